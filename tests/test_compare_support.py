"""Builders of small claims tables for the comparison tests (and a check that they are valid).

Tests build figures and quotes by the claim column contract, not by today's extractor, so
the comparison is tested on what the full extractor is specified to produce.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from factcheck.articles import read_articles
from factcheck.claims import make_claim_id
from factcheck.extract.text import Document
from factcheck.schema import validate
from factcheck.table import to_frame

_offsets = itertools.count(0, 50)

# The intervals the qualifiers imply, for hand-built figures (the extractor's job in real runs).
APPROX = 0.05


def interval(value: float | None, qualifier: str) -> tuple[float | None, float | None]:
    if value is None:
        return None, None
    return {
        "exact": (value, value), "at_least": (value, None), "more_than": (value, None),
        "at_most": (0.0, value), "less_than": (0.0, value),
        "approx": (value * (1 - APPROX), value * (1 + APPROX)), "range": (value, value),
        "vague": (None, None),
    }[qualifier]


def figure(article: str, text: str, value: float | None, *, category: str = "killed",
           qualifier: str = "exact", low="auto", high="auto", sentence: str | None = None,
           subject: str | None = None, published: str | None = "2023-11-01", source: str | None = None,
           unit: str | None = "person", superseded: bool | None = None, event_date: str | None = None,
           speaker: str | None = None) -> dict:
    """One figure record; ``low``/``high`` follow the qualifier unless given."""
    lo, hi = interval(value, qualifier)
    start = next(_offsets)
    return {
        "claim_id": make_claim_id(article, "figure", start, start + len(text)),
        "article_id": article, "source": source or f"outlet of {article}", "published": published,
        "kind": "figure", "category": category, "value": value,
        "low": lo if low == "auto" else low, "high": hi if high == "auto" else high,
        "qualifier": qualifier, "unit": unit, "subject": subject, "speaker": speaker,
        "speaker_role": None, "cue": None, "event_date": event_date, "stated_on": None,
        "text": text, "sentence": sentence if sentence is not None else text,
        "start": start, "end": start + len(text), "superseded": superseded, "warning": None,
    }


def quote(article: str, text: str, speaker: str | None, *, role: str | None = None,
          published: str | None = "2023-11-01", source: str | None = None) -> dict:
    start = next(_offsets)
    return {
        "claim_id": make_claim_id(article, "quote", start, start + len(text)),
        "article_id": article, "source": source or f"outlet of {article}", "published": published,
        "kind": "quote", "category": None, "value": None, "low": None, "high": None,
        "qualifier": None, "unit": None, "subject": None, "speaker": speaker, "speaker_role": role,
        "cue": "said", "event_date": None, "stated_on": None, "text": text, "sentence": text,
        "start": start, "end": start + len(text), "superseded": None, "warning": None,
    }


def table(*records: dict):
    """Records as a claims DataFrame, checked against the claim schema."""
    df = to_frame(list(records), schema="claim")
    validate(df, "claim")
    return df


def article_figure(path: Path, text: str, value: float, *, nth: int = 1, **fields) -> dict:
    """A figure of a real article: ``text`` found in its body (the ``nth`` time), with the
    article's id, source, date and the sentence the text stands in."""
    art = read_articles(path)[0]
    doc = Document(art)
    at = -1
    for _ in range(nth):
        at = art.text.index(text, at + 1)
    sent = doc.sentence_at(at)
    claim = doc.claim("figure", at, at + len(text), sentence=sent, value=value,
                      category=fields.pop("category", "killed"), qualifier=fields.get("qualifier", "exact"),
                      unit=fields.pop("unit", "person"))
    rec = claim.as_record()
    lo, hi = interval(value, fields.pop("qualifier", "exact") if "qualifier" in fields else rec["qualifier"])
    rec.update(low=lo, high=hi)
    rec.update(fields)
    return rec


def test_builders_make_valid_claims():
    df = table(figure("a", "at least 1,400", 1400, qualifier="at_least"), quote("b", "We will win.", "X"))
    assert df["low"].iloc[0] == 1400 and df["high"].isna().iloc[0]
