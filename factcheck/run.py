"""The batch runner behind ``factcheck extract``: articles in, claims table out, problems kept.

Inputs are read lazily and the table is written in chunks to a temporary file that replaces
the output only when the run finishes, so a run that is killed leaves the earlier file intact.
An input that cannot be read, or an article whose extraction fails, is recorded as a problem
and the run goes on with the others. With ``jobs`` > 1 articles are extracted in worker
processes (:mod:`factcheck.parallel`) and the table is the same, row for row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

from .articles import (
    ARTICLE_SUFFIXES,
    Article,
    article_files,
    iter_articles,
    parse_jsonl,
    read_path,
)
from .dates import parse_date
from .errors import ArticleError
from .extract import DEFAULT_OPTIONS, ExtractOptions
from .parallel import Chunk, extract_tables

# Claims gathered before a chunk is written: large enough that DataFrame overhead is small,
# small enough that memory stays flat on a big archive.
CHUNK_CLAIMS = 5_000
# Bytes at the start of a JSONL file looked at for a UTF-16/32 BOM or NUL bytes.
JSONL_SNIFF_BYTES = 4096


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
               progress: Callable[[int, int], None] | None = None, jobs: int = 1) -> RunResult:
    """Extract every article in ``inputs`` and write one claims table to ``output``
    (or to ``stream`` when ``output`` is None). Returns counts and the skipped inputs.

    ``jobs`` > 1 extracts in that many processes; the table is the same, row for row.
    Nothing is written when no article could be read (the caller reports that)."""
    from .table import TableWriter

    result = RunResult()
    chunks = extract_tables(iter_inputs(inputs, source=source, published=published), options, jobs=jobs,
                            chunk_claims=CHUNK_CLAIMS)
    before: list[Chunk] = []  # chunks up to the first article: nothing is written if there is none
    for chunk in chunks:
        before.append(chunk)
        if any(o.article is not None for o in chunk.outcomes):
            break
    else:
        for chunk in before:
            result.errors.extend(o.error for o in chunk.outcomes)
        return result
    with TableWriter(output, fmt, excel_safe=excel_safe, stream=stream) as writer:
        pending: list = []  # claims tables not yet written, and their rows
        rows = 0
        for chunk in chain(before, chunks):
            for outcome in chunk.outcomes:
                result.articles += outcome.article is not None
                if outcome.error is not None:
                    result.errors.append(outcome.error)
            if len(chunk.claims):
                pending.append(chunk.claims)
                rows += len(chunk.claims)
            if rows >= CHUNK_CLAIMS:
                _write(writer, pending)
                result.claims += rows
                pending, rows = [], 0
            if progress is not None:
                progress(result.articles, result.claims + rows)
        _write(writer, pending)
        result.claims += rows
    return result


def _write(writer, frames: list) -> None:
    """One write of the tables gathered (an empty one too: the writer then puts out a header)."""
    import pandas as pd

    from .table import empty_frame

    writer.write(frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True) if frames else empty_frame())



# ---------------------------------------------------------------------------------------------
# Reading inputs lazily


def iter_inputs(paths: Iterable[str | Path], *, source: str | None = None, published: str | None = None,
                stdin=None) -> Iterator[Article | ArticleError]:
    """The articles in ``paths`` and the errors met reading them, in input order.

    The same articles and errors as :func:`factcheck.articles.iter_articles` (ids unique in
    the run, ``source`` and ``published`` filling what an input lacks), except that a JSONL
    file is read line by line, so that memory does not grow with the file. Errors come out in
    their place among the articles, which keeps a parallel run's error list in input order.
    """
    items = (item for raw_path in paths for item in _expand(raw_path, stdin))
    return settle(items, source=source, published=published)


def settle(items: Iterable[Article | ArticleError], *, source: str | None = None,
           published: str | None = None, seen: dict[str, str] | None = None) -> Iterator[Article | ArticleError]:
    """Articles with ``source`` and ``published`` filled where they lack them, and an error in
    place of an article whose id an earlier one has (``seen``: id -> where, kept across calls)."""
    fill_published = parse_date(published) if published else None
    if published and not fill_published:
        raise ArticleError("--published", f"{published!r} is not a date.", "Give it as YYYY-MM-DD.")
    seen = {} if seen is None else seen
    for item in items:
        if isinstance(item, ArticleError):
            yield item
        elif item.id in seen:
            yield duplicate_error(item, seen[item.id])
        else:
            seen[item.id] = item.path or "?"
            if (source and not item.source) or (fill_published and not item.published):
                item = replace(item, source=item.source or source, published=item.published or fill_published)
            yield item


def duplicate_error(article: Article, first: str) -> ArticleError:
    """The error of an article whose id is already the id of the article read from ``first``."""
    return ArticleError(article.path or "?", f"article id {article.id!r} is already the id of {first}.",
                        "Rename one of the files or give the records distinct ids.")


def _expand(raw_path: str | Path, stdin) -> Iterator[Article | ArticleError]:
    p = Path(raw_path)
    if str(raw_path) != "-":
        files = article_files(p) if p.is_dir() else [p] if p.is_file() else []
        if files:
            for f in files:
                yield from _read_jsonl_lazily(f) if ARTICLE_SUFFIXES.get(f.suffix.lower()) == "jsonl" else read_path(f)
            return
    # Standard input, a missing path, an empty folder: as the readers report them.
    errors: list[ArticleError] = []
    for article in iter_articles([raw_path], on_error=errors.append, stdin=stdin):
        yield from errors
        errors.clear()
        yield article
    yield from errors


def _read_jsonl_lazily(path: Path) -> Iterator[Article | ArticleError]:
    """A JSONL file line by line. JSON Lines is UTF-8; a line that is not is read as
    Windows-1252, as the whole-file reader would. A UTF-16 or UTF-32 file (rare: a BOM or NUL
    bytes at the start) or an empty one goes to the whole-file reader and its messages."""
    try:
        fh = open(path, "rb")
    except OSError:
        yield from read_path(path)
        return
    with fh:
        head = fh.read(JSONL_SNIFF_BYTES)
        if not head.strip() or b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield from read_path(path)
            return
        fh.seek(0)
        yield from parse_jsonl((decode_jsonl_line(line) for line in fh), str(path))


def decode_jsonl_line(raw: bytes) -> str:
    """One line of a JSONL file as text: UTF-8 (a BOM dropped), else Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def write_errors(errors: list[ArticleError], path: str | Path) -> None:
    """The skipped inputs and their reasons as a CSV (path, line, reason, fix)."""
    import csv

    from ._io import atomic_open

    with atomic_open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "line", "reason", "fix"], lineterminator="\n")
        w.writeheader()
        for e in errors:
            w.writerow(e.as_record())
