"""Numbers in running text: digits, number words, scale words and suffixes, fractions, units.

:func:`scan` finds every number-like expression in a text and reads its value, its scale
(``1.2 million``, ``$25m``, ``5.5bn``), the currency sign before it and the unit, percent sign
or currency word after it. It knows nothing about what the number counts or whether it is a
date; that is :mod:`factcheck.extract.figures`' business.

The words come from the rule table ``figures.toml`` (number words, scales, suffixes, fraction
words, vague amounts, units). :func:`grammar` compiles them into regular expressions once per
set of rule files.

Out of scope: numbers written with a decimal comma (``1,5``), Roman numerals, ordinals as
numbers (``third`` is never read as 3), arithmetic in words (``one over three``), numbers in
other languages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..dates import MONTHS
from ..rules import load_rules

# Unicode vulgar fractions and their values.
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
                    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
                    "⅞": 7 / 8}
# A written fraction a/b is a number only with a denominator up to this; "9/11" and dates
# written with slashes are not fractions.
MAX_DENOMINATOR = 100
# Largest magnitude a number may take: beyond it (digit strings of IDs, phone numbers read as
# one) a value is not a quantity and would not survive float arithmetic in comparisons.
MAX_VALUE = 1e18
# Spaces that group thousands ("40 000", "1 234 567"): narrow and non-breaking spaces always;
# a plain space only when it groups at least twice, since "on Oct. 7 240 hostages" is two numbers.
THIN_SPACES = "\u00a0\u202f\u2009"
# What may follow a spaced unit letter ("36 C"): the end of the phrase or a lower-case word
_SPACED_UNIT_END = re.compile(r"[.,;:)]|\s*$|\s+\(|\s+(?!(?:and|or|to)\s+[A-Z]\b)[a-z]")
# ... and what may follow one that is a unit after a space only where its phrase ends ("2,650 m)")
_SPACED_PHRASE_END = re.compile(r"[,;)]|\.(?!\d)")


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")  # the word after a number


@dataclass(slots=True)
class Number:
    """A number as it stands in the text, read.

    ``start``/``end`` cover the whole expression (currency sign, number, scale, unit);
    ``num_start``/``num_end`` the number itself. ``value`` is None for a vague amount, whose
    interval is ``low``/``high``.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: float | None
    kind: str  # digits | words | vague
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # pint unit name
    unit_kind: str | None = None  # currency | percent | measure | time | None
    unit_text: str | None = None
    scaled: bool = False  # a scale word or suffix was applied ("1.2 million")
    scale: float = 1.0  # the factor it applied
    hyphen_word: str | None = None  # the word after a hyphen ("four-day" -> "day")
    fraction: str | None = None  # "singular" for "a third", "plural" for "two thirds"
    integer: bool = False  # written as plain digits with no comma, point or scale (years, IDs)


# Number marks. A text is written with continental marks ("1.400 people", "3,5 per cent") when
# it has more numbers that only that convention explains ("2.527.544", "1.111,11", "3,5") than
# numbers only the English one does ("1,400", "3.5"); in such a text "1.400" is 1400, elsewhere
# 1.4. Numbers that explain themselves are read the same in any text.
_CONTINENTAL_ONLY = re.compile(
    r"\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d|,\d)|\d{1,3}(?:\.\d{3})+,\d+(?!\d|,\d)|\d+,\d{1,2}(?!\d|,\d)")
_ENGLISH_ONLY = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+\.\d{1,2}(?!\d|\.\d)")
_MARKED_RUN = re.compile(r"\d[\d.,]*[.,][\d.,]*")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")


def _continental(text: str) -> bool:
    """Whether ``text`` writes its numbers with continental marks (see above). Each run of
    digits and marks that no mark or digit precedes is read from its start, once."""
    if "," not in text and "." not in text:
        return False
    cont = english = 0
    for m in _MARKED_RUN.finditer(text):
        i = m.start()
        if i and text[i - 1] in ".,":
            continue  # (".5": not a number's start)
        run = m.group()
        if _CONTINENTAL_ONLY.match(run):
            cont += 1
        if _ENGLISH_ONLY.match(run):
            english += 1
    return cont > 0 and cont > english


def _plain(raw: str, continental: bool) -> str:
    """``raw`` (digits with marks, spaces removed) as Python reads a float."""
    if "," in raw and "." in raw:
        if raw.index(".") < raw.index(","):
            return raw.replace(".", "").replace(",", ".")  # "1.111,11"
        return raw.replace(",", "")  # "1,234.5"
    if "." in raw:
        if raw.count(".") > 1 or (continental and _DOT_GROUPS.fullmatch(raw)):
            return raw.replace(".", "")  # "2.527.544"; "1.400" in a continental text
        return raw
    if "," in raw and _COMMA_DECIMAL.fullmatch(raw):
        return raw.replace(",", ".")  # "3,5"
    return raw.replace(",", "")


def _words(items: Iterable[str]) -> list[str]:
    return sorted({str(w) for w in items}, key=lambda w: (-len(w), w))


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos`` (lower case, without a full stop): "oct" in "Oct. 7"."""
    j = pos
    while j > 0 and text[j - 1] in " .":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


def _digits_before(text: str, pos: int) -> bool:
    """Does a digit and one space stand right before ``pos`` ("0800 221")?"""
    return pos >= 2 and text[pos - 1] == " " and text[pos - 2].isdigit()


def _in_zero_led_run(text: str, pos: int) -> bool:
    """Is the number at ``pos`` a later group of a run of digit groups split by single spaces
    that opens with a zero ("221" in "0800 221 500")?"""
    if not _digits_before(text, pos):
        return False
    j = pos - 1
    while j > 0 and (text[j - 1].isdigit() or text[j - 1] == " " and j >= 2 and text[j - 2].isdigit()):
        j -= 1
    return text[j] == "0"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases as a trie ("a(?:bout|t\\s+(?:least|most))"): the engine
    tries a few characters at each position instead of every phrase in turn. Longer phrases
    win over their prefixes ("more than" over "more") because every branch is greedy."""
    trie: dict = {}
    for w in {" ".join(str(w).split()) for w in words}:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _emit(trie)
    return body or r"(?!x)x"


def _emit(node: dict) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(node[ch]) for ch in sorted(k for k in node if k)]
    if not alts:
        return ""
    if "" in node:
        return "(?:" + "|".join(alts) + ")?"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# Letters that match a letter of another case under re.IGNORECASE but do not lower-case to it
# (long s, Kelvin sign, dotless i, dotted capital I): a text with one is scanned the slow way.
_ODD_CASE = ("\u017f", "\u212a", "\u0131", "\u0130")


# One to three capital letters at the start of a word, right before a currency sign.
_COUNTRY_LETTERS = re.compile(r"(?<![\w$])[A-Z]{1,3}$")


class Grammar:
    """The compiled number patterns for one set of rule tables."""

    def __init__(self, rules: dict):
        nw = rules["number_words"]
        self.units = {k.lower(): float(v) for k, v in nw["units"].items()}
        self.teens = {k.lower(): float(v) for k, v in nw["teens"].items()}
        self.tens = {k.lower(): float(v) for k, v in nw["tens"].items()}
        scales = {k.lower(): float(v) for k, v in rules["scales"].items()}
        self.dozen = {k for k, v in scales.items() if v == 12}
        self.hundred = {k for k, v in scales.items() if v == 100}
        self.scales = {k: v for k, v in scales.items() if v not in (12, 100)}
        self.all_scales = scales
        self.fractions = {k.lower(): float(v) for k, v in rules["fraction_words"].items()}
        self.suffixes = {k: float(v) for k, v in rules["scale_suffixes"].items()}
        self.currency_suffixes = {k: float(v) for k, v in rules.get("scale_suffixes_currency_only", {}).items()}
        # ("3m people": a million of people, never metres)
        self.people_words = frozenset(w.lower() for w in rules.get("people", {}).get("words", []))
        self.negative = {w.lower() for w in rules.get("number_options", {}).get("negative_words", [])}
        self.vague = {k.lower(): (float(v[0]), float(v[1])) for k, v in rules["vague"].items()}
        self.cardinals = {**self.units, **self.teens, **self.tens}
        self.currency_before = dict(rules["currency_before"])
        # Codes that are a currency only when they touch the number ("R250 000", "N4.5m",
        # "Sh200 million"); a code of one letter only before a large or scaled amount ("R5
        # rifle", "N95 mask" are names).
        self.currency_tight = dict(rules.get("currency_before_tight", {}))
        self.currency_after = {k.lower(): v for k, v in rules["currency_after"].items()}
        # Signs that a country's letters may stand before ("NT$", "FT$"): a currency of its own.
        self.local_signs = frozenset(rules.get("currency_options", {}).get("local_signs", []))
        self.percent_words = [w for w in rules["percent"]["words"]]
        self.unit_words = {k.lower(): v for k, v in rules["unit_words"].items()}
        self.unit_abbr = dict(rules["unit_abbreviations"])
        self.glued_abbr = frozenset(rules.get("unit_abbreviation_options", {}).get("glued", []))
        self.spaced_abbr = frozenset(rules.get("unit_abbreviation_options", {}).get("spaced", []))
        self.spaced_end_abbr = frozenset(rules.get("unit_abbreviation_options", {}).get("spaced_at_end", []))
        self.time_units = set(rules["measures"]["time_units"])
        # ("two night watchmen": a noun that opens with a word of time is no unit)
        self.time_word_nouns = re.compile(
            rf"(?:{alternation(rules['measures'].get('time_word_nouns', []))})(?![\w'’])", re.IGNORECASE)

        card = alternation(self.cardinals)
        follows_article = alternation([*scales, *self.fractions])
        any_word = alternation([*self.cardinals, *scales, *self.fractions, "point"])
        start = rf"(?:(?:half\s+)?an?\s+(?={follows_article}\b)|(?:{card})\b)"
        self.words_at = re.compile(
            rf"{start}(?:{any_word})?(?:(?:\s*-\s*|\s+and\s+|\s*&\s*|,\s+|\s+)(?:an?\s+)?(?:{any_word})(?![\w'’]))*(?![\w'’])",
            re.IGNORECASE)
        self.vague_at = re.compile(rf"(?:{alternation(self.vague)})(?![\w'’-])", re.IGNORECASE)
        # (a code in letters is no currency inside a word: "YEARS 5" holds no "ARS"; a sign may
        # follow letters: "T$4.5 million")
        cur = (rf"(?<![A-Za-z])(?:{alternation([c for c in self.currency_before if c[:1].isalpha()])})"
               rf"|{alternation([c for c in self.currency_before if not c[:1].isalpha()])}")
        tight = alternation(self.currency_tight) if self.currency_tight else r"(?!x)x"
        # Thousands grouped by plain spaces ("1 312", "250 000"): one group is enough, except
        # after a month, where the first number is a day ("Oct. 7 240 hostages"); then only
        # two groups or more make one number (``digits_after_month``).
        # Continental marks ("1.400", "2.527.544", "3,5", "1.111,11") are alternatives after the
        # English ones: "1,400" stays 1400. Which "1.400" is meant is decided per text (see
        # :func:`_continental`); a comma before one or two digits is a decimal comma unless it
        # stands in a list ("22,24,26").
        def number(space_groups: str) -> str:
            return (r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)|\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[" + THIN_SPACES
                    + r"]\d{3})+(?![\d])" + rf"|\d{{1,3}}(?: \d{{3}}){space_groups}(?![\d])"
                    + r"|\d{1,3}(?:\.\d{3})+(?![\d])(?:,\d+(?![\d]|,\d))?"
                    + r"|(?<!\d,)\d+,\d{1,2}(?![\d]|,\d)|\d+)(?:\.\d+)?|\.\d+")
        vulgar = "".join(VULGAR_FRACTIONS)

        def digits(space_groups: str) -> re.Pattern:
            return re.compile(
                rf"(?:(?P<cur>{cur})\s?|(?<![\w])(?P<tcur>{tight})(?=\d))?(?:(?<![\w.,)%/-])(?P<sign>[-−]))?"
                rf"(?:(?P<num>{number(space_groups)})"
                rf"(?P<frac>\s+\d{{1,2}}/\d{{1,3}}(?![\d/])|/\d{{1,3}}(?![\d/])|[{vulgar}])?"
                r"(?P<exp>[eE][+-]?\d+(?![\w])|\s?[x×]\s?10\s?\^?[-−+]?\d+|\^[-+−]*\d+)?"
                rf"|(?P<vulgar>[{vulgar}]))")
        self.digits_at = digits("+")
        self.digits_after_month = digits("{2,}")
        # What may stand before the digits: a currency sign, a minus, a decimal point.
        # The last characters of such prefixes: only after one of them (or a space after a
        # currency) is the prefix looked for.
        self._currency_last = frozenset(c[-1] for c in self.currency_before)
        self._prefix_last = self._currency_last | {"-", "−", "."} | {c[-1] for c in self.currency_tight}
        self.digits_prefix = re.compile(rf"(?:(?:{cur})\s?|(?<![\w])(?:{tight}))?(?:(?<![\w.,)%/-])[-−])?(?:(?<![\w.])\.)?$")
        # Where a number may start: digits, a vulgar fraction, or a number word (or "a"/"an"
        # before a scale or fraction word) at the start of a word. Cheap to run over the whole
        # text; the full patterns above run only at these places.
        vague_first = {w.split()[0] for w in self.vague}
        self.anchors = re.compile(
            rf"(?P<d>\d+|[{vulgar}])|(?<![\w'’])(?P<w>{alternation([*self.cardinals, *vague_first, 'half'])}"
            rf"|an?\s+{follows_article})(?![\w'’])", re.IGNORECASE)
        # The same places found faster, in two passes: digits, and number words in the lower-cased
        # text (a case-sensitive alternation of literals lets the regex engine skip every
        # position whose character cannot start a number word). The boundary before a word is
        # checked by :meth:`_anchors`.
        # A digit that starts a run of digits, or a vulgar fraction.
        self.digit_anchors = re.compile(rf"[\d{vulgar}](?<!\d\d)")
        # "a" and "an" start a number only before a scale or fraction word ("a million") or as
        # the first word of a vague amount ("a few hundred"): not at every "a".
        article = ("a", "an")
        starts = {*self.cardinals, "half", *(f"{a} {w}" for a in article for w in [*scales, *self.fractions])}
        for phrase in self.vague:
            words = phrase.split()
            starts.add(" ".join(words[:2]) if words[0] in article and len(words) > 1 else words[0])
        self.word_anchors = re.compile(rf"(?:{alternation(starts)})(?![\w'’])")
        # Scale words and suffixes after a number.
        self.scale_after = re.compile(rf"\s*-?\s*(?P<w>{alternation(scales)})(?![\w'’])", re.IGNORECASE)
        suffix = alternation(self.suffixes)
        self.suffix_after = re.compile(rf"(?P<sp>\s?)(?P<s>{suffix})(?![A-Za-z])")
        self.currency_suffix_after = re.compile(rf"(?P<s>{alternation(self.currency_suffixes)})(?![A-Za-z])")
        # Units, percent and currencies after a number.
        self.unit_after = re.compile(
            rf"(?P<sep>\s*-\s*|\s?)(?:(?P<pct>{alternation(self.percent_words)})(?![A-Za-z])"
            rf"|(?P<cur>{alternation(self.currency_after)})(?![A-Za-z])"
            rf"|(?P<unit>{alternation(self.unit_words)})(?![A-Za-z]))", re.IGNORECASE)
        # ("3 km", "3km", and the adjective "a 3-km radius")
        self.abbr_after = re.compile(rf"(?P<sep>\s?|-)(?P<abbr>{alternation(self.unit_abbr)})(?![A-Za-z0-9²³-])")
        self.of_unit = re.compile(r"\s+of\b")
        self.over_gap = re.compile(r"\s+over\s+", re.IGNORECASE)
        self.alone_after = re.compile(r"\s*(?:[.?!;]|$)")
        self.sign_after = re.compile(r"\s?(?P<s>[€£$¥₪])")
        # ("plus or minus 2.5 points" is a margin, not a negative number)
        not_after = "".join(f"(?<!{re.escape(x)} )" for x in rules.get("number_options", {}).get("not_negative_after", []))
        self.negative_before = re.compile(rf"(?<![\w]){not_after}(?:{alternation(self.negative)})\s+$", re.IGNORECASE)
        self.word_token = re.compile(r"[A-Za-z]+|&|,|-")

    # -- reading ------------------------------------------------------------------------------

    def scan(self, text: str) -> list[Number]:
        """Every number-like expression in ``text``, left to right."""
        out: list[Number] = []
        last_end = 0
        continental = _continental(text)
        for p in self._anchors(text):
            if p < last_end:
                continue
            if not text[p].isalpha():
                c = text[p - 1] if p > last_end else ""
                if c and (c in self._prefix_last or (c.isspace() and p - 2 >= last_end
                                                     and text[p - 2] in self._currency_last)):
                    pm = self.digits_prefix.search(text, max(last_end, p - 8), p)
                else:
                    pm = None
                m = self.digits_at.match(text, pm.start() if pm else p) or self.digits_at.match(text, p)
                if m is None:
                    continue
                if m.group("vulgar") is not None:
                    n = Number(m.start(), m.end(), m.start(), m.end(), VULGAR_FRACTIONS[m.group("vulgar")], "digits",
                               fraction="plural")
                    self._read_unit(text, n)
                else:
                    n = self._digits(text, m, continental)
                if n is not None:
                    out.append(n)
                    last_end = n.end
                else:
                    last_end = m.end()
                continue
            vm = self.vague_at.match(text, p)
            if vm:
                lo, hi = self.vague[" ".join(vm.group().lower().split())]
                n = Number(p, vm.end(), p, vm.end(), None, "vague", lo, hi)
                self._read_unit(text, n)
                if n.unit is None:
                    # "tens of millions of dollars", "thousands of liters"
                    om = self.of_unit.match(text, n.end)
                    if om:
                        self._read_unit(text, n, om.end())
                        if n.unit is None:
                            n.end = p + len(vm.group())
                out.append(n)
                last_end = n.end
                continue
            wm = self.words_at.match(text, p)
            if wm:
                found = self._words(text, p, wm.end())
                out.extend(found)
                last_end = max([p + 1] + [n.end for n in found])
        return self._divisions(text, out)

    def _anchors(self, text: str) -> list[int]:
        """Where a number may start, left to right: digits, a vulgar fraction, or a number word
        at the start of a word."""
        found = [m.start() for m in self.digit_anchors.finditer(text)]
        low = text.lower()
        if len(low) != len(text) or any(c in text for c in _ODD_CASE):
            # Lower-casing moved offsets or a letter folds unlike its lower case: the slow way.
            return [a.start() for a in self.anchors.finditer(text)]
        search = self.word_anchors.search
        pos = 0
        words = False
        while (m := search(low, pos)) is not None:
            p = m.start()
            if p and (text[p - 1].isalnum() or text[p - 1] in "_'’"):
                pos = p + 1  # inside a word ("someone"); a number word may still start after it
                continue
            found.append(p)
            words = True
            pos = m.end()
        if words:
            found.sort()
        return found

    def _divisions(self, text: str, found: list[Number]) -> list[Number]:
        """"one over three", "1 over 20": a quotient, when the two numbers stand alone (not
        "$2000 over 3 years", where "over" is a span of time)."""
        if len(found) < 2:
            return found
        out: list[Number] = []
        i = 0
        while i < len(found):
            a = found[i]
            if i + 1 < len(found):
                b = found[i + 1]
                if (a.value is not None and b.value and a.unit is None and b.unit is None
                        and self.over_gap.fullmatch(text, a.end, b.start) and self.alone_after.match(text, b.end)):
                    out.append(Number(a.start, b.end, a.num_start, b.num_end, a.value / b.value, a.kind,
                                      fraction="plural"))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _digits(self, text: str, m: re.Match, continental: bool = False) -> Number | None:
        raw = m.group("num")
        if " " in raw and raw.count(" ") == 1 and (_word_before(text, m.start("num")) in MONTHS
                                                   or _digits_before(text, m.start("num"))):
            # after a month the first number is a day ("Oct. 7 240"); after digits and a space,
            # groups are a phone number's ("0800 221 500"), not thousands
            m = self.digits_after_month.match(text, m.start())
            raw = m.group("num")
        p = m.start("num")
        if raw[0] == "0" and len(raw) >= 3 and raw[1].isdigit() or (
                p >= 2 and text[p - 1] == " " and text[p - 2].isdigit() and _in_zero_led_run(text, p)):
            return None  # "0800 221 500", "082": a phone number, an identifier or a time
        clean = raw.replace(" ", "")
        for ch in THIN_SPACES:
            clean = clean.replace(ch, "")
        clean = _plain(clean, continental)
        try:
            value = float(clean)
        except ValueError:
            return None
        frac = m.group("frac")
        is_fraction = None
        if frac:
            frac_s = frac.strip()
            if frac_s in VULGAR_FRACTIONS:
                value += VULGAR_FRACTIONS[frac_s]
            elif frac_s.startswith("/"):
                den = float(frac_s[1:])
                if "." in raw or "," in raw or not 0 < value < den <= MAX_DENOMINATOR:
                    return None
                value = value / den
                is_fraction = "plural"
            else:
                a, b = frac_s.split("/")
                if not 0 < float(a) < float(b) <= MAX_DENOMINATOR:
                    return None
                value += float(a) / float(b)
        exp = m.group("exp")
        if exp:
            e = exp.strip().lower()
            try:
                if e.startswith("e"):
                    value *= 10.0 ** int(e[1:])
                elif e.startswith("^"):
                    sign = -1 if e.count("-") + e.count("−") == 1 else 1
                    value = value ** (sign * int(e.lstrip("^+-−")))
                else:
                    tail = re.sub(r"^[x×]\s?10\s?\^?", "", e).replace("−", "-")
                    value *= 10.0 ** int(tail)
            except (OverflowError, ValueError, ZeroDivisionError):
                return None
        start = m.start()
        if m.group("sign"):
            value = -value
        elif not m.group("cur"):
            nm = self.negative_before.search(text, max(0, start - 12), start)
            if nm:
                value, start = -value, nm.start()
        n = Number(start, m.end(), m.start("num") if not m.group("sign") else m.start("sign"), m.end(), value, "digits",
                   fraction=is_fraction,
                   integer=raw.isdigit() and not frac and not exp)
        cur = m.group("cur")
        if cur:
            n.unit, n.unit_kind, n.unit_text = self.currency_before[self._currency_key(cur)], "currency", cur
            own = _COUNTRY_LETTERS.search(text, max(0, start - 4), start) if cur in self.local_signs else None
            if own is not None:
                # "FT$180 million": letters before the sign make a country's own dollar the tables
                # do not know; money still, in no unit pint could compare
                n.start, n.unit, n.unit_text = own.start(), None, own.group() + cur
        elif m.group("tcur"):
            cur = m.group("tcur")
            n.unit, n.unit_kind, n.unit_text = self.currency_tight[cur], "currency", cur
        # Suffix letters: "$25m", "5.5bn", "10k".
        pos = n.end
        sm = self.suffix_after.match(text, pos)
        if sm and not (sm.group("sp") and len(sm.group("s")) == 1 and sm.group("s") not in "kKMG"):
            n.value = _scaled(value, self.suffixes[sm.group("s")])
            n.scale = self.suffixes[sm.group("s")]
            n.end = sm.end()
            n.scaled = True
            n.integer = False
        elif cur or self._million_of_a_unit(text, pos):
            # ("$25m"; and "4.2m litres": a million of the unit after it, not metres)
            cm = self.currency_suffix_after.match(text, pos)
            if cm:
                n.value = _scaled(value, self.currency_suffixes[cm.group("s")])
                n.scale = self.currency_suffixes[cm.group("s")]
                n.end = cm.end()
                n.scaled = True
                n.integer = False
        self._read_scale(text, n)
        if m.group("tcur") and len(cur) == 1 and cur.isalpha() and not n.scaled and abs(value) < 1000:
            # "R5 rifle": one letter before a small bare number is part of a name
            n.unit = n.unit_kind = n.unit_text = None
            n.start = m.start("num") if not m.group("sign") else m.start("sign")
        self._read_unit(text, n)
        if n.value is not None and (math.isnan(n.value) or abs(n.value) > MAX_VALUE):
            return None
        return n

    def _currency_key(self, cur: str) -> str:
        if cur in self.currency_before:
            return cur
        for k in self.currency_before:
            if k.lower() == cur.lower():
                return k
        return cur

    def _read_scale(self, text: str, n: Number) -> None:
        """Scale words after the number: "1.2 million", "three lakh crore", "3 dozens"."""
        while True:
            sm = self.scale_after.match(text, n.end)
            if not sm:
                return
            word = sm.group("w").lower()
            if "-" in text[n.end:sm.start("w")] and word not in self.all_scales:
                return
            n.value = _scaled(n.value if n.value is not None else 1.0, self.all_scales[word])
            n.scale *= self.all_scales[word]
            n.end = sm.end()
            n.scaled = True
            n.integer = False

    def _million_of_a_unit(self, text: str, pos: int) -> bool:
        """Does a suffix that scales only money ("m") stand at ``pos`` before a unit written out
        or a word for people ("4.2m litres", "1.5m tonnes", "3m people")? Then it scales the
        number of them."""
        cm = self.currency_suffix_after.match(text, pos)
        if cm is None or not text[cm.end():cm.end() + 1] == " ":
            return False
        um = self.unit_after.match(text, cm.end())
        if um is not None and not um.group("pct") and not um.group("cur"):
            return True
        nxt = _NEXT_WORD.match(text, cm.end())
        return nxt is not None and nxt.group(1).lower() in self.people_words

    def _read_unit(self, text: str, n: Number, pos: int | None = None) -> None:
        """The unit, percent sign or currency word after the number (or after ``pos``)."""
        pos = n.end if pos is None else pos
        um = self.unit_after.match(text, pos)
        am = self.abbr_after.match(text, pos)
        if am and (not um or am.end() > um.end()):
            sep = am.group("sep")
            abbr = am.group("abbr")
            # "in" after a number is mostly the preposition; take it as inches only at the end.
            if abbr == "in" and text[am.end():am.end() + 2].strip(" .,;)") != "":
                return
            if abbr in self.glued_abbr and (sep or n.kind != "digits") and not (
                    sep and n.kind == "digits" and (
                        abbr in self.spaced_abbr and _SPACED_UNIT_END.match(text, am.end())
                        or sep == " " and abbr in self.spaced_end_abbr and _SPACED_PHRASE_END.match(text, am.end()))):
                return  # "5 m" could be a letter, "Two F-16" a name: these only touch digits
            unit = self.unit_abbr[abbr]
            n.unit, n.unit_kind, n.unit_text = unit, "time" if unit in self.time_units else "measure", abbr
            if sep == "-":
                n.hyphen_word = abbr.lower()
            n.end = am.end()
            return
        if um:
            sep = um.group("sep")
            if um.group("pct"):
                if n.unit_kind == "currency":
                    return
                n.unit, n.unit_kind, n.unit_text = "percent", "percent", um.group("pct")
            elif um.group("cur"):
                key = " ".join(um.group("cur").lower().split())
                n.unit, n.unit_kind, n.unit_text = self.currency_after[key], "currency", um.group("cur")
            else:
                if n.unit_kind == "currency":
                    return
                key = " ".join(um.group("unit").lower().split())
                unit = self.unit_words[key]
                if unit in self.time_units and self.time_word_nouns.match(text, um.start("unit")):
                    return
                n.unit, n.unit_kind, n.unit_text = unit, "time" if unit in self.time_units else "measure", um.group("unit")
            if "-" in sep:
                n.hyphen_word = um.group(0).lstrip(" -").lower()
            n.end = um.end()
            return
        if n.unit_kind is None:
            sm = self.sign_after.match(text, pos)
            if sm and n.kind == "digits":
                sym = sm.group("s")
                if sym in self.currency_before:
                    n.unit, n.unit_kind, n.unit_text = self.currency_before[sym], "currency", sym
                    n.end = sm.end()
                    return
        # A hyphenated word after the number that is no unit ("two-state", "10-member").
        if pos < len(text) and text[pos] == "-":
            hm = re.match(r"-([A-Za-z]+)", text[pos:pos + 40])
            if hm and self._kind(hm.group(1).lower()) is None:
                n.hyphen_word = hm.group(1).lower()

    # -- number words -------------------------------------------------------------------------

    def _words(self, text: str, start: int, end: int) -> list[Number]:
        span = text[start:end]
        toks: list[tuple[str, int, int]] = []
        seps: list[str] = []
        prev_end = 0
        pending = ""
        for tm in self.word_token.finditer(span):
            t = tm.group()
            if t in (",", "&", "-"):
                pending += t
                continue
            gap = span[prev_end:tm.start()]
            toks.append((t.lower(), start + tm.start(), start + tm.end()))
            seps.append("and" if t.lower() == "and" else (pending or ("," if "," in gap else " ")))
            pending = ""
            prev_end = tm.end()
        # "and" is a separator, not a word: fold it into the next word's separator.
        words: list[tuple[str, int, int]] = []
        wseps: list[str] = []
        carry = ""
        for (w, s, e), sep in zip(toks, seps, strict=True):
            if w == "and":
                carry = "and"
                continue
            if w == "&":
                carry = "and"
                continue
            words.append((w, s, e))
            wseps.append(carry or sep)
            carry = ""
        out: list[Number] = []
        i = 0
        while i < len(words):
            res = self._parse_words(words, wseps, i)
            if res is None:
                i += 1
                continue
            j, value, fraction = res
            n = Number(words[i][1], words[j - 1][2], words[i][1], words[j - 1][2], value, "words", fraction=fraction)
            self._read_scale(text, n)
            self._read_unit(text, n)
            out.append(n)
            i = j
        # "minus five": the sign word stands before the sequence.
        for n in out:
            sm = self.negative_before.search(text, max(0, n.start - 12), n.start)
            if sm and n.value is not None:
                n.value = -n.value
                n.start = sm.start()
        return out

    def _kind(self, w: str) -> str | None:
        if w in self.units:
            return "unit"
        if w in self.teens:
            return "teen"
        if w in self.tens:
            return "tens"
        if w in self.hundred:
            return "hundred"
        if w in self.scales:
            return "scale"
        if w in self.dozen:
            return "dozen"
        if w == "half":
            return "half"
        if w in self.fractions:
            return "fraction"
        if w in ("a", "an"):
            return "article"
        if w == "point":
            return "point"
        return None

    def _parse_words(self, words, seps, i):
        """One number from ``words[i:]``: (index after it, value, fraction kind) or None."""
        n = len(words)
        k = i
        total = 0.0
        group = 0.0
        last: str | None = None
        top_scale = math.inf
        fraction = None
        kinds = [self._kind(w) for w, _, _ in words]
        if kinds[k] == "half" and k + 2 < n and kinds[k + 1] == "article" and kinds[k + 2] in ("scale", "hundred", "dozen"):
            return k + 3, 0.5 * self.all_scales[words[k + 2][0]], None
        if kinds[k] == "article":
            if k + 1 >= n or kinds[k + 1] not in ("scale", "hundred", "dozen", "fraction", "half"):
                return None
            if kinds[k + 1] in ("fraction", "half"):
                den = self.fractions.get(words[k + 1][0], 2.0)
                return k + 2, 1.0 / den, "singular"
            group = 1.0
            last = "article"
            k += 1
        while k < n:
            w = words[k][0]
            kind = kinds[k]
            sep = seps[k] if k > i else ""
            # "three million, two hundred and forty": a comma goes on only after a scale word and
            # before a group that has a scale of its own.
            if sep == "," and (last != "scale" or not any(x in ("hundred", "scale") for x in kinds[k + 1:k + 3])):
                break
            if sep == "and":
                # "one and a half", "twenty and three fifths": a fraction after "and".
                if k + 1 < n and kinds[k] == "article" and kinds[k + 1] in ("fraction", "half") and last in ("unit", "teen", "tens", "hundred", "scale"):
                    total += group + 1.0 / self.fractions.get(words[k + 1][0], 2.0)
                    return k + 2, total, None
                if last in ("unit", "teen", "tens", "hundred", "scale") and kind in ("unit", "teen", "tens"):
                    # "... and three fifths"
                    if k + 1 < n and kinds[k + 1] == "fraction":
                        total += group + self.cardinals[w] / self.fractions[words[k + 1][0]]
                        return k + 2, total, None
                    if last not in ("hundred", "scale"):
                        break
                elif last not in ("hundred", "scale"):
                    break
            if kind == "unit":
                if last not in (None, "tens", "hundred", "scale") or (last == "tens" and sep == "and"):
                    break
                group += self.units[w]
            elif kind == "teen" or kind == "tens":
                if last not in (None, "hundred", "scale"):
                    break
                group += self.cardinals[w]
            elif kind == "hundred":
                if last not in ("unit", "teen", "tens", "article") or group >= 100:
                    break
                group = (group or 1.0) * 100.0
            elif kind == "scale":
                v = self.scales[w]
                if last not in ("unit", "teen", "tens", "hundred", "article") or v >= top_scale:
                    break
                total += (group or 1.0) * v
                group = 0.0
                top_scale = v
            elif kind == "dozen":
                if last not in ("unit", "teen", "tens", "article"):
                    break
                group = (group or 1.0) * 12.0
                k += 1
                last = kind
                break
            elif kind == "fraction":
                if last not in ("unit", "teen", "tens", "hundred", "scale"):
                    break
                den = self.fractions[w]
                whole = total + group
                # "one hundred thirty fifths" is 100/35; "twenty fifths" is 20/5.
                if last == "tens" and den < 10 and k - 1 > i and seps[k - 1] != "and":
                    tens = self.tens[words[k - 1][0]]
                    whole, den = whole - tens, tens + den
                total, group = 0.0, whole / den
                fraction = "plural" if whole != 1 else "singular"
                k += 1
                last = kind
                break
            elif kind == "point":
                if last not in ("unit", "teen", "tens", "hundred", "scale") or k + 1 >= n:
                    break
                digits = ""
                j = k + 1
                while j < n and kinds[j] in ("unit", "teen", "tens"):
                    v = self.cardinals[words[j][0]]
                    if kinds[j] == "unit":
                        digits += str(int(v))
                        j += 1
                    elif kinds[j] == "tens" and j + 1 < n and kinds[j + 1] == "unit" and seps[j + 1] != "and":
                        digits += str(int(v + self.units[words[j + 1][0]]))
                        j += 2
                        break
                    else:
                        digits += str(int(v))
                        j += 1
                        break
                if not digits:
                    break
                total += group + float("0." + digits)
                return j, total, None
            else:
                break
            last = kind
            k += 1
        if last is None or last == "article" or k == i:
            return None
        return k, total + group, fraction


@cache
def _grammar(paths: tuple[str, ...]) -> Grammar:
    return Grammar(load_rules("figures", paths))


def grammar(rules_paths: Iterable[str] = ()) -> Grammar:
    """The number grammar for the built-in rule table and the user's files (cached)."""
    return _grammar(tuple(str(p) for p in rules_paths))


def scan(text: str, rules_paths: Iterable[str] = ()) -> list[Number]:
    """Every number-like expression in ``text`` with its value, scale and unit."""
    return grammar(rules_paths).scan(text)


def parse_number(text: str, rules_paths: Iterable[str] = ()) -> float | None:
    """The value of ``text`` when it is one number ("two hundred and forty", "$25m", "5.5bn")."""
    found = [n for n in scan(text, rules_paths) if n.kind != "vague"]
    if len(found) == 1 and not text[:found[0].start].strip() and not text[found[0].end:].strip(" .,"):
        return found[0].value
    return None


def _scaled(value: float, scale: float) -> float:
    """``value * scale`` without the binary rounding a reader would see ("4.1 billion" is
    4100000000.0, not 4099999999.9999995): twelve significant digits are more than any
    figure in an article states."""
    return float(f"{value * scale:.12g}")
