"""The Claim record: one row of the claims table.

The field names and order are those of ``schemas/claim.schema.json``; a test fails when the
two drift apart. Enums are read from the schema so that there is one list of each.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from functools import cache

from .schema import load_schema


@cache
def _enum(name: str) -> tuple[str, ...]:
    spec = load_schema("claim")["properties"][name]["enum"]
    return tuple(v for v in spec if v is not None)


def kinds() -> tuple[str, ...]:
    """The kinds of claim: figure, quote, statement."""
    return _enum("kind")


def categories() -> tuple[str, ...]:
    """The figure categories, in the schema's order."""
    return _enum("category")


def qualifiers() -> tuple[str, ...]:
    """The figure qualifiers, in the schema's order."""
    return _enum("qualifier")


def make_claim_id(article_id: str, kind: str, start: int, end: int) -> str:
    """A stable 16-hex-digit id: the same article, kind and span give the same id on every run."""
    key = f"{article_id}\x1f{kind}\x1f{start}\x1f{end}".encode()
    return hashlib.blake2b(key, digest_size=8).hexdigest()


@dataclass(slots=True)
class Claim:
    """A figure, a quote or a statement, with its exact text and offsets in the article.

    Treat a claim as a value: the extractor never changes one after making it. (It is not a
    frozen dataclass because a frozen one takes four times as long to make, and the extractor
    makes one for every figure, quote and statement.)"""

    claim_id: str
    article_id: str
    source: str | None
    published: str | None
    kind: str
    category: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    subject: str | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    event_date: str | None = None
    stated_on: str | None = None
    text: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0
    superseded: bool | None = None
    warning: str | None = field(default=None)

    def as_record(self) -> dict:
        """The claim as a plain dict in column order (what the schema validates)."""
        # Every field is a plain value: no deep copy (dataclasses.asdict) is needed.
        return {name: getattr(self, name) for name in self.__slots__}


def claim_fields() -> list[str]:
    """The Claim record's field names, in order."""
    return [f.name for f in fields(Claim)]
