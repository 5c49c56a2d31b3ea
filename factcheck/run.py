"""The batch runner behind ``factcheck extract``: articles in, claims table out, problems kept.

Inputs are read lazily and the table is written in chunks to a temporary file that replaces
the output only when the run finishes, so a run that is killed leaves the earlier file intact.
An input that cannot be read, or an article whose extraction fails, is recorded as a problem
and the run goes on with the others. With ``jobs`` > 1 articles are extracted in worker
processes (:mod:`factcheck.parallel`) and the table is the same, row for row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

from .articles import iter_items
from .errors import ArticleError
from .extract import DEFAULT_OPTIONS, ExtractOptions
from .parallel import Chunk, extract_tables

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
               progress: Callable[[int, int], None] | None = None, jobs: int = 1) -> RunResult:
    """Extract every article in ``inputs`` and write one claims table to ``output``
    (or to ``stream`` when ``output`` is None). Returns counts and the skipped inputs.

    ``jobs`` > 1 extracts in that many processes; the table is the same, row for row.
    Nothing is written when no article could be read (the caller reports that)."""
    from .table import TEXT_FORMATS, TableWriter, render

    result = RunResult()
    # Text formats are written from the claims directly (in the workers, with a pool); only
    # Parquet goes through a DataFrame.
    tabulate = partial(render, fmt=fmt, excel_safe=excel_safe) if fmt in TEXT_FORMATS else None
    chunks = extract_tables(iter_inputs(inputs, source=source, published=published), options, jobs=jobs,
                            chunk_claims=CHUNK_CLAIMS, tabulate=tabulate)
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
    """One write of the tables gathered (nothing when there are none: the writer puts out a
    CSV header or an empty Parquet file on closing)."""
    if not frames:
        return
    if not hasattr(frames[0], "columns"):  # rendered rows: appended as they are
        for part in frames:
            writer.write(part)
        return
    import pandas as pd

    writer.write(frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True))



# The articles and read errors of a run, in input order (JSONL read line by line).
iter_inputs = iter_items


def write_errors(errors: list[ArticleError], path: str | Path) -> None:
    """The skipped inputs and their reasons as a CSV (path, line, reason, fix)."""
    import csv

    from ._io import atomic_open

    with atomic_open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "line", "reason", "fix"], lineterminator="\n")
        w.writeheader()
        for e in errors:
            w.writerow(e.as_record())
