"""The orchestrator: read an article's text, run each registered extractor, link the claims,
and put them in order.

Each kind of claim has a module with one function ``extract(doc, options) -> Iterator[Claim]``
registered in :data:`EXTRACTORS`. The stages of :func:`extract_article` are listed in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..articles import Article
from ..claims import Claim
from .text import Document

Extractor = Callable[[Document, "ExtractOptions"], Iterable[Claim]]

# Order of kinds when two claims start at the same offset.
KIND_ORDER = {"quote": 0, "statement": 1, "figure": 2}


def _registry() -> dict[str, Extractor]:
    from . import figures

    found: dict[str, Extractor] = {"figure": figures.extract}
    try:
        from . import quotes
    except ImportError:
        pass
    else:
        found["quote"] = quotes.extract
    try:
        from . import statements
    except ImportError:
        pass
    else:
        found["statement"] = statements.extract
    return found


EXTRACTORS: dict[str, Extractor] = _registry()


@dataclass(frozen=True)
class ExtractOptions:
    """What to extract and with which rules. Travels through every stage; no module globals."""

    kinds: tuple[str, ...] = ("figure", "quote", "statement")
    rules_paths: tuple[str, ...] = ()  # extra rule tables (TOML) merged over the built-in ones
    extra: dict = field(default_factory=dict)

    def active(self) -> list[str]:
        unknown = [k for k in self.kinds if k not in KIND_ORDER]
        if unknown:
            raise ValueError(f"unknown kind(s) {', '.join(unknown)}; choose from {', '.join(KIND_ORDER)}")
        return [k for k in self.kinds if k in EXTRACTORS]


DEFAULT_OPTIONS = ExtractOptions()


def prepare(article: Article) -> Document:
    """Stage 1: the article's text split into paragraphs and sentences."""
    return Document(article)


def run_extractors(doc: Document, options: ExtractOptions) -> list[Claim]:
    """Stage 2: every active extractor over the document."""
    claims: list[Claim] = []
    for kind in options.active():
        claims.extend(EXTRACTORS[kind](doc, options))
    return claims


def link_claims(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Stage 3: cross-kind links (a figure inside a quote or statement takes its speaker)."""
    try:
        from .link import link
    except ImportError:
        return claims
    return link(doc, claims)


def order(claims: list[Claim]) -> list[Claim]:
    """Stage 4: claims by position, then kind, then length; duplicates dropped."""
    seen: set[str] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, KIND_ORDER.get(c.kind, 9), c.end)):
        if c.claim_id in seen:
            continue
        seen.add(c.claim_id)
        out.append(c)
    return out


def extract_article(article: Article, options: ExtractOptions = DEFAULT_OPTIONS) -> list[Claim]:
    """Every claim of one article, in order of position."""
    doc = prepare(article)
    claims = run_extractors(doc, options)
    claims = link_claims(doc, claims)
    return order(claims)


def iter_claims(articles: Iterable[Article], options: ExtractOptions = DEFAULT_OPTIONS) -> Iterator[Claim]:
    """Claims of many articles, article by article, lazily."""
    for article in articles:
        yield from extract_article(article, options)
