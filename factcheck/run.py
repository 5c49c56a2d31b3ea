"""The batch runner behind ``factcheck extract``: articles in, claims table out, problems kept.

Inputs are read lazily and the table is written in chunks to a temporary file that replaces
the output only when the run finishes, so a run that is killed leaves the earlier file intact.
An input that cannot be read, or an article whose extraction fails, is recorded as a problem
and the run goes on with the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .articles import Article, iter_articles
from .errors import ArticleError, FactcheckError
from .extract import DEFAULT_OPTIONS, ExtractOptions, extract_article

log = logging.getLogger(__name__)

# Claims gathered before a chunk is written: large enough that DataFrame overhead is small,
# small enough that memory stays flat on a big archive.
CHUNK_CLAIMS = 5_000


@dataclass
class RunResult:
    """What a run read, found and skipped."""

    articles: int = 0
    claims: int = 0
    errors: list[ArticleError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def extract_to(inputs: Iterable[str | Path], output: str | Path | None, *, fmt: str = "csv",
               options: ExtractOptions = DEFAULT_OPTIONS, source: str | None = None,
               published: str | None = None, excel_safe: bool = False, stream=None,
               progress: Callable[[int, int], None] | None = None) -> RunResult:
    """Extract every article in ``inputs`` and write one claims table to ``output``
    (or to ``stream`` when ``output`` is None). Returns counts and the skipped inputs.

    Nothing is written when no article could be read (the caller reports that)."""
    from .table import TableWriter, to_frame

    result = RunResult()
    articles = iter_articles(inputs, source=source, published=published, on_error=result.errors.append)
    first = _first(articles)
    if first is None:
        return result
    with TableWriter(output, fmt, excel_safe=excel_safe, stream=stream) as writer:
        pending: list = []
        for article in _chain(first, articles):
            result.articles += 1
            pending.extend(_extract_one(article, options, result))
            if len(pending) >= CHUNK_CLAIMS:
                writer.write(to_frame(pending))
                result.claims += len(pending)
                pending = []
            if progress is not None:
                progress(result.articles, result.claims + len(pending))
        writer.write(to_frame(pending))
        result.claims += len(pending)
    return result


def _extract_one(article: Article, options: ExtractOptions, result: RunResult) -> list:
    try:
        return extract_article(article, options)
    except FactcheckError:
        raise
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
        log.debug("extraction failed on %s", article.path, exc_info=True)
        result.errors.append(ArticleError(
            article.path or article.id, f"extraction failed ({exc.__class__.__name__}: {exc}).",
            "This is a bug in factcheck: please report it with the article."))
        return []


def _first(it):
    for item in it:
        return item
    return None


def _chain(first, rest):
    yield first
    yield from rest


def write_errors(errors: list[ArticleError], path: str | Path) -> None:
    """The skipped inputs and their reasons as a CSV (path, line, reason, fix)."""
    import csv

    from ._io import atomic_open

    with atomic_open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "line", "reason", "fix"], lineterminator="\n")
        w.writeheader()
        for e in errors:
            w.writerow(e.as_record())
