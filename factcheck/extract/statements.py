"""Statements: reported speech without (or beyond) quotation marks, with its speaker.

A statement is the clause that a verb of saying or ``according to`` attributes to a speaker:
``X said (that) ...``, ``..., X said``, ``..., said X, the ...``, ``According to X, ...``,
``X told reporters ...``, ``X claimed / announced / warned ...``; reported requests, calls and
orders (``urged Israel to take ...`` gives "Israel to take ..."), promises (``vowed to ...``),
and a clause that goes on after the attribution (``..., Green said, and he has ...``).
``text`` is the reported clause without the attribution; ``stated_on`` is the day the article
gives to the saying (``said on Wednesday``), resolved against the published date: a weekday
is the last such day on or before publication.

Out of scope: a verb of saying whose object is only a noun (``confirmed the new toll``), verbs
of thinking (``believe``, ``suspect``), ``reportedly`` or ``is said to`` with no one named,
a clause that is wholly a quotation (that is a quote, see :mod:`.quotes`), reported speech
inside a quotation, and speech reported over several sentences with one verb of saying (only
the sentence with the verb is taken).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..claims import Claim
from .speakers import analyse, is_outlet, outlet_words
from .text import Document


def extract(doc: Document, options) -> Iterator[Claim]:
    """Every statement of ``doc`` with its speaker, role, verb of saying and date."""
    paths = getattr(options, "rules_paths", ())
    an = analyse(doc, paths)
    text = doc.text
    qs = an.quotes
    qstarts = [q.start for q in qs]
    seen: set[tuple[int, int]] = set()
    outlet = outlet_words(doc.article.source)
    for at in an.attributions:
        if at.form == "quote_credit" or (at.form == "quote_only" and not at.clause_end > at.clause_start):
            continue
        a, b = at.clause_start, at.clause_end
        if b <= a or (a, b) in seen:
            continue
        if _within_one_quote(a, b, qs, qstarts, text):
            continue
        if _IT_AS_OBJECT.match(text, a, b):
            continue  # "said it quietly as the boats came in": "it" is the verb's object, no clause
        if at.speaker and outlet and is_outlet(at.speaker, outlet, an.rules.mastheads):
            continue  # "A Tribune analysis of the data found that ...": the article's own finding
        seen.add((a, b))
        yield doc.claim(
            "statement", a, b, sentence=at.sentence, speaker=at.speaker, speaker_role=at.speaker_role,
            cue=at.cue, stated_on=at.stated_on, warning=at.warning,
        )


_IT_AS_OBJECT = re.compile(r"it\s+(?:\w+ly|again|twice|once|aloud)\b(?!\s+(?:is|was|has|had|will|would|can|could)\b)")


def _within_one_quote(a: int, b: int, qs, qstarts, text: str) -> bool:
    """Is ``text[a:b]`` all inside one quotation (give or take its marks)?"""
    i = bisect.bisect_right(qstarts, a + 1) - 1
    if i < 0:
        return False
    q = qs[i]
    return q.open <= a <= q.start + 1 and b <= q.end + 1 or (q.start <= a and b <= q.end + 1)
