"""Figures: numbers the article states, as intervals (first version: digits, a few qualifiers).

Out of scope here: number words, ranges, units, categories beyond a keyword look-up. The full
extractor replaces this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .text import Document

QUALIFIERS = {"at least": "at_least", "more than": "more_than", "over": "more_than",
              "about": "approx", "around": "approx", "nearly": "approx", "up to": "at_most"}
CATEGORY_WORDS = {"killed": "killed", "murdering": "killed", "dead": "killed", "wounding": "wounded",
                  "injured": "wounded", "captives": "hostages", "hostages": "hostages"}
_QUAL = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
NUMBER = re.compile(rf"(?:\b(?P<qual>{_QUAL})\s+)?(?<![\w.,])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w,.]?\d)")


def extract(doc: Document, options) -> Iterator:
    for m in NUMBER.finditer(doc.text):
        value = float(m["num"].replace(",", ""))
        qual = QUALIFIERS.get((m["qual"] or "").lower(), "exact")
        sent = doc.sentence_at(m.start())
        window = doc.text[max(sent.start, m.start() - 30): min(sent.end, m.end() + 30)].lower()
        category = next((c for w, c in CATEGORY_WORDS.items() if w in window), "count")
        low, high = value, value
        if qual in ("at_least", "more_than"):
            high = None
        elif qual == "at_most":
            low = 0.0
        yield doc.claim("figure", m.start(), m.end(), sentence=sent, value=value, low=low, high=high,
                        qualifier=qual, category=category, unit="person")
