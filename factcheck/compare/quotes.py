"""Quotes across articles: the same words, changed words, or the same words from another mouth.

Two quotes in different articles form a pair when

- they have the same speaker and their words are at least ``altered_min_similarity`` alike:
  ``same`` when the words are (nearly) the same, ``altered`` when they changed (the pair
  carries a word-level diff: ``within [-two-] {+three+} years``);
- or their words are at least ``same_words_similarity`` alike and the speakers differ:
  ``reattributed``.

Speakers are the same when their names match after dropping titles and case, or when one
name is the other's last part (``Blinken`` and ``Antony Blinken``). Quotes with no speaker
are paired only by words (``same`` when identical, ``altered`` when nearly so) and never
called reattributed.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable, Mapping

from ..schema import frame_records
from .align import CompareRules, compare_rules

QUOTE_PAIR_SCHEMA = "quote_pair"
SAME, ALTERED, REATTRIBUTED = "same", "altered", "reattributed"

WORD = re.compile(r"[\w’'-]+")
# Titles dropped before two speakers' names are compared.
TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "president", "minister", "prime", "secretary",
                    "gov", "governor", "mayor", "sen", "senator", "rep", "gen", "lt", "col", "the"})


def words(text: str) -> list[str]:
    """The words of a quote (punctuation left out), lower-cased, curly quotes made straight."""
    return [w.replace("’", "'") for w in WORD.findall(text.lower())]


def similarity(a: str, b: str) -> float:
    """Word-level similarity in [0, 1] (difflib's ratio over the word sequences)."""
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).ratio()


def word_diff(a: str, b: str) -> str:
    """``a`` turned into ``b`` as words: unchanged words as they are, ``[-removed-]``, ``{+added+}``."""
    ta, tb = re.findall(r"\S+", a), re.findall(r"\S+", b)
    na = [w.lower().strip(".,;:!?\"“”‘’'") for w in ta]
    nb = [w.lower().strip(".,;:!?\"“”‘’'") for w in tb]
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=na, b=nb, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(tb[j1:j2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(ta[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(tb[j1:j2]) + "+}")
    return " ".join(out)


def _name(speaker: str | None) -> list[str]:
    if not speaker:
        return []
    toks = [t.strip(".,").lower() for t in re.findall(r"[\w.’'-]+", speaker)]
    return [t for t in toks if t and t not in TITLES]


def same_speaker(a: str | None, b: str | None) -> bool | None:
    """True or False when both speakers are known; None when either is not."""
    na, nb = _name(a), _name(b)
    if not na or not nb:
        return None
    if na == nb:
        return True
    short, long_ = (na, nb) if len(na) < len(nb) else (nb, na)
    return long_[-len(short):] == short


def _pair_id(a: str, b: str) -> str:
    return hashlib.blake2b(f"{a}\x1f{b}".encode(), digest_size=8).hexdigest()


def _side(prefix: str, q: Mapping) -> dict:
    return {f"{prefix}_claim_id": q.get("claim_id"), f"{prefix}_article": q.get("article_id"),
            f"{prefix}_source": q.get("source"), f"{prefix}_published": q.get("published"),
            f"{prefix}_speaker": q.get("speaker"), f"{prefix}_speaker_role": q.get("speaker_role"),
            f"{prefix}_text": q.get("text")}


def _who(q: Mapping) -> str:
    role = q.get("speaker_role")
    return f"{q.get('speaker')}" + (f" ({role})" if role else "")


def quote_pairs(quotes: list[Mapping], rules: CompareRules) -> list[dict]:
    """The pairs among quote rows (dicts), earlier article first where dates are known."""
    rows = []
    for x in range(len(quotes)):
        for y in range(x + 1, len(quotes)):
            a, b = quotes[x], quotes[y]
            if a.get("article_id") == b.get("article_id"):
                continue
            if (b.get("published") or "") < (a.get("published") or "") and a.get("published") and b.get("published"):
                a, b = b, a
            sim = similarity(a.get("text") or "", b.get("text") or "")
            speaker = same_speaker(a.get("speaker"), b.get("speaker"))
            if speaker is True and sim == 1.0:
                status, reason = SAME, f"the same words, both credited to {_who(a)}"
            elif speaker is True and sim >= rules.altered_min:
                status, reason = ALTERED, f"the same speaker, {_who(a)}; the wording changed"
            elif speaker is False and sim >= rules.same_words:
                status = REATTRIBUTED
                reason = (f"the same words credited to {_who(a)} in {a.get('article_id')} "
                          f"and to {_who(b)} in {b.get('article_id')}")
            elif speaker is None and sim == 1.0:
                status, reason = SAME, "the same words; the speaker is not named in both"
            elif speaker is None and sim >= rules.same_words:
                status, reason = ALTERED, "nearly the same words, changed; the speaker is not named in both"
            else:
                continue
            diff = None if sim == 1.0 else word_diff(a.get("text") or "", b.get("text") or "")
            rows.append({"pair_id": _pair_id(str(a.get("claim_id")), str(b.get("claim_id"))),
                         **_side("a", a), **_side("b", b), "status": status,
                         "similarity": round(sim, 4), "word_diff": diff,
                         "reason": f"{reason} (word similarity {sim:.2f})"})
    return rows


def compare_quotes(claims, *, rules_paths: Iterable[str] = (), validate_output: bool = True):
    """The quote pairs of a claims DataFrame, as a table in the ``quote_pair`` schema."""
    from ..schema import validate
    from ..table import to_frame

    rules = compare_rules(rules_paths)
    quotes = [r for r in frame_records(claims) if r.get("kind") == "quote" and r.get("text")] if len(claims) else []
    out = to_frame(quote_pairs(quotes, rules), schema=QUOTE_PAIR_SCHEMA)
    if validate_output:
        validate(out, QUOTE_PAIR_SCHEMA)
    return out
