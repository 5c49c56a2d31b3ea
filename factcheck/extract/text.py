"""Shared text tools: paragraphs and sentences with character offsets, and the Document that
extractors read (the article, its spans, and a helper that makes claims).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from ..articles import Article
from ..claims import Claim, make_claim_id
from ..dates import MONTHS, WEEKDAYS

# Words that end with a period without ending the sentence. Lower case, without the period.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st lt gen col maj capt sgt cpl pvt adm cmdr gov sen rep rev hon pres
supt insp det amb brig rs
jan feb mar apr jun jul aug sep sept oct nov dec
no nos vol p pp fig ch art sec para approx est inc corp co ltd llc bros dept univ assn
u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e etc vs v al ft mt
""".split())
# Abbreviations that stand before a number ("No. 5", "pp. 12-14"): before anything else the
# period may end a sentence ("Frank Wieczorek said before voting no. He said").
_BEFORE_NUMBERS = frozenset("no nos vol pp fig ch art sec para".split())
# Characters that may close a sentence after its final punctuation.
CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"
TERMINAL = ".!?"
# A hard-wrapped line break is a space; a line this short that ends without punctuation is a
# heading or a dateline and stands alone.
HEADING_MAX = 60

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s+|$)")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_LINE_BREAKS = tuple(TERMINAL + CLOSERS + ":")
_LIST_ITEMS = ("- ", "• ", "* ", "– ", "— ", "· ")
# Abbreviations that often end a sentence: of places, of times of day, of companies.
_FINAL_ABBREVIATIONS = frozenset(("u.s", "u.k", "u.n", "d.c", "etc", "a.m", "p.m", "inc", "ltd", "corp"))
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_FIRST_WORD = re.compile(r"[^ ]*")


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs: blocks between blank lines; a single line break also ends a paragraph when
    the line before ends a sentence or is a short heading (else it is a hard wrap)."""
    spans: list[Span] = []
    for block in _BLOCK.finditer(text):
        start = block.start()
        body = block.group()
        if "\n" not in body:
            _strip_into(spans, text, start, block.end())
            continue
        pos = cur = start
        lines = body.split("\n")
        for k, line in enumerate(lines):
            line_end = pos + len(line)
            stripped = line.rstrip()
            if line_end == block.end() or stripped.endswith(_LINE_BREAKS) or len(stripped) <= HEADING_MAX \
                    or lines[k + 1].lstrip().startswith(_LIST_ITEMS):
                # (an item of a list starts a line of its own: "- At least 61 people are dead")
                _strip_into(spans, text, cur, line_end)
                cur = line_end + 1
            pos = line_end + 1
    return spans


def _strip_into(out: list[Span], text: str, begin: int, end: int) -> None:
    """Append the span ``text[begin:end]`` without its surrounding white space, if any is left."""
    seg = text[begin:end]
    body = seg.strip()
    if body:
        lead = len(seg) - len(seg.lstrip())
        out.append(Span(begin + lead, begin + lead + len(body), body))


def sentence_spans(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    """Sentences with offsets. A period after an abbreviation, an initial or a decimal point
    does not end a sentence; a sentence never crosses a paragraph.

    One pass over the text: the places where a sentence may end are found by one regular
    expression over the whole text and walked together with the paragraphs."""
    paras = paragraphs if paragraphs is not None else paragraph_spans(text)
    out: list[Span] = []
    if not paras:
        return out
    ends = _SENTENCE_END.finditer(text, paras[0].start)
    m = next(ends, None)
    for para in paras:
        begin, stop = para.start, para.end
        while m is not None and m.end() <= stop:
            if m.start() >= begin and _is_boundary(text, m.start(), m.end(), stop):
                _strip_into(out, text, begin, m.end())
                begin = m.end()
            m = next(ends, None)
        _strip_into(out, text, begin, stop)
    return out


def _is_boundary(text: str, punct_start: int, end: int, stop: int) -> bool:
    """Whether the punctuation ``text[punct_start:end]`` ends a sentence of the paragraph
    that ends at ``stop``."""
    j = end
    while j < stop and text[j].isspace():
        j += 1
    if j >= stop:
        return True
    if text[punct_start] == "." and text[punct_start:end].rstrip(CLOSERS) == ".":
        # The word before the period: the run of letters and dots that ends at it.
        k = punct_start
        while k > 0 and text[k - 1] in _WORD_CHARS:
            k -= 1
        word = text[k:punct_start].lstrip(".").lower()
        # (a letter right after digits or a slash is a unit, not an initial: "it reached 46.8C.
        # Then", "the guideline of 10 mm/s. He said")
        initial = len(word) == 1 and word.isalpha() and not (k > 0 and (text[k - 1].isdigit() or text[k - 1] == "/"))
        if initial and word not in ABBREVIATIONS and text[j] in OPENERS:
            return True  # "in the camp's Sector C. \"Many of the children ...\"": a quotation opens a sentence
        if word in _BEFORE_NUMBERS and not initial and not text[j].isdigit():
            pass  # "voted no. He said": "No. 5", "p. 12" stand before a number
        elif word and (word in ABBREVIATIONS or initial):
            # "Lt. Gen. Herzi", "Oct. 7", "J. Smith": not an end, unless a quote or a
            # plainly new sentence follows one that often ends a sentence ("U.S. The",
            # "between noon and 5 p.m. The ministry said").
            nxt = _FIRST_WORD.match(text, j, stop).group() if text[j].isupper() else ""
            if not (word in _FINAL_ABBREVIATIONS and nxt in SENTENCE_STARTERS or word in _CLOCK and _after_clock(nxt)):
                return False
    first = text[j]
    return first.isupper() or first.isdigit() or first in OPENERS or first in "—-–"


_CLOCK = frozenset(("a.m", "p.m"))


def _after_clock(word: str) -> bool:
    """Does a capitalised ``word`` after "a.m." or "p.m." open a new sentence? Not a day, a
    month or a time zone ("7 p.m. Monday", "9 a.m. GMT")."""
    w = word.rstrip(",.;:")
    return len(w) > 1 and not w.isupper() and w.lower() not in WEEKDAYS and w.lower() not in MONTHS


# Words that, capitalised after "U.S." or "p.m." and a space, begin a new sentence rather than a name.
SENTENCE_STARTERS = frozenset("The A An It He She They We This That These Those In On At But And "
                              "Many Most Some Several Its His Her Their There Our However Meanwhile".split())


@dataclass
class Document:
    """An article prepared for extraction: its text, paragraphs and sentences."""

    article: Article
    warnings: list[str] = field(default_factory=list)
    # Analyses that several extractors share (the speech pass), keyed by their producer and
    # options; they live and die with the document.
    cache: dict = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraph_spans(self.text)

    @cached_property
    def sentences(self) -> list[Span]:
        return sentence_spans(self.text, self.paragraphs)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def sentence_at(self, offset: int) -> Span:
        """The sentence that holds ``offset`` (or the nearest one before it)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i < 0:
            return self.sentences[0] if self.sentences else Span(0, len(self.text), self.text)
        return self.sentences[i]

    def paragraph_at(self, offset: int) -> Span:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i < 0:
            return self.paragraphs[0] if self.paragraphs else Span(0, len(self.text), self.text)
        return self.paragraphs[i]

    def claim(self, kind: str, start: int, end: int, *, sentence: Span | None = None, **fields) -> Claim:
        """A claim over ``text[start:end]`` with the article's fields filled in."""
        art = self.article
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"claim span {start}:{end} is outside the article ({len(self.text)} characters)")
        sent = sentence or self.sentence_at(start)
        return Claim(
            claim_id=make_claim_id(art.id, kind, start, end), article_id=art.id, source=art.source,
            published=art.published, kind=kind, text=self.text[start:end], sentence=sent.text,
            start=start, end=end, **fields,
        )
