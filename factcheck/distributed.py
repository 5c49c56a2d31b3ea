"""The extractor as a DataFrame function, and the Dask engine that runs it over a cluster.

:func:`extract_frame` turns an articles frame (the article schema's columns) into a claims
frame (the claim schema's columns): plain pandas, no Dask needed. :func:`extract_dask` maps it
over the partitions of a ``dask.dataframe``. :func:`extract_to_dask` is ``factcheck extract
--engine dask``: it cuts the inputs into partitions (byte ranges of JSONL files, groups of
article files, the row groups of Parquet article tables), extracts each partition on a worker,
and writes the claims on this side, partition by partition in input order, so the table is
the same as the local engine's, row for row. Dask is imported only inside these functions.

Input files must be readable by the workers under the same paths (a local cluster, or a
shared file system); output is written by this process.
"""

from __future__ import annotations

import contextlib
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from .articles import (
    ARTICLE_SUFFIXES,
    Article,
    article_files,
    decode_jsonl_line,
    duplicate_error,
    parse_jsonl,
    settle,
)
from .errors import ArticleError, FactcheckError
from .extract import DEFAULT_OPTIONS, ExtractOptions
from .parallel import BATCHES_PER_WORKER, extract_items
from .run import RunResult, iter_inputs
from .schema import columns

# Bytes of input in one partition: about a second of extraction on one core, so that task
# overhead (milliseconds) is small and a run of a few MB still spreads over the workers.
PARTITION_BYTES = 2_000_000
# Article files in one partition at most, however small (bounds a partition's file opens).
PARTITION_FILES = 200
# Seconds to wait for a scheduler given with --scheduler before giving up.
CONNECT_TIMEOUT = 30
PARQUET_SUFFIXES = (".parquet", ".pq")


# ---------------------------------------------------------------------------------------------
# The DataFrame function


def articles_frame(articles: Iterable[Article]):
    """Articles as a DataFrame with the article schema's columns (strings, missing as NA)."""
    import pandas as pd

    cols = columns("article")
    rows = [a.as_record() for a in articles]
    return pd.DataFrame({c: pd.Series([r[c] for r in rows], dtype="string") for c in cols})


def extract_frame(articles, options: ExtractOptions = DEFAULT_OPTIONS, *,
                  on_error: Callable[[ArticleError], None] | None = None):
    """The claims of every row of an articles frame, as a claims frame in row order.

    Rows are read as :meth:`Article.from_record` reads a JSON record (``id`` and ``text``
    required, the other article fields optional, extra columns kept as metadata); ids must be
    unique. A row that cannot be read, or whose extraction fails, goes to ``on_error`` and the
    others go on; without ``on_error`` the first such error is raised."""
    from .table import to_frame

    claims = []
    for outcome in extract_items(settle(_frame_items(articles)), options):
        if outcome.error is not None:
            if on_error is None:
                raise outcome.error
            on_error(outcome.error)
        claims.extend(outcome.claims)
    return to_frame(claims)


def extract_dask(articles, options: ExtractOptions = DEFAULT_OPTIONS):
    """:func:`extract_frame` over every partition of a ``dask.dataframe`` of articles (lazy).
    An unreadable row or a failed extraction raises; ids must be unique within a partition."""
    from .table import empty_frame

    return articles.map_partitions(extract_frame, options, meta=empty_frame("claim"))


def _frame_items(articles) -> Iterator[Article | ArticleError]:
    names = [str(c) for c in articles.columns]
    for i, values in enumerate(articles.itertuples(index=False, name=None)):
        rec = {k: _plain(v) for k, v in zip(names, values, strict=True)}
        where = rec.pop("path", None) or f"articles row {i}"
        if rec.get("id") is None:
            rec.pop("id", None)
        try:
            yield Article.from_record(rec, where=str(where))
        except ArticleError as exc:
            yield exc


def _plain(value):
    """A cell as JSON would give it: NA and NaN become None."""
    try:
        import pandas as pd

        if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)):
            return None
    except (TypeError, ValueError):  # an array-like cell: keep it as it is
        pass
    return value


# ---------------------------------------------------------------------------------------------
# Partitions


@dataclass(frozen=True)
class Part:
    """A partition of the input: a byte range of a JSONL file, or a group of article files."""

    kind: str  # "jsonl" or "files"
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    first_line: int = 1


@dataclass
class PartResult:
    """What a worker found in one partition (errors as records: ArticleError does not pickle)."""

    claims: object  # a claims DataFrame
    errors: list[dict]
    ids: list[tuple[str, str]]  # (article id, where) of every article, in order


def plan(paths: Iterable[str | Path], *, partition_bytes: int = PARTITION_BYTES) -> tuple[list, list[ArticleError]]:
    """The partitions of ``paths`` in input order: :class:`Part` items, and Parquet article
    tables as paths (Dask reads those by row group). Missing paths and empty folders are
    errors."""
    parts: list = []
    errors: list[ArticleError] = []
    group: list[str] = []
    group_bytes = 0

    def flush():
        nonlocal group, group_bytes
        if group:
            parts.append(Part("files", tuple(group)))
            group, group_bytes = [], 0

    for raw in paths:
        p = Path(raw)
        if str(raw) == "-":
            raise FactcheckError("--engine dask reads files; give paths, not - for standard input.")
        if p.is_dir():
            files = article_files(p)
            if not files:  # the readers' own message
                errors.extend(e for e in iter_inputs([p]) if isinstance(e, ArticleError))
        elif p.is_file():
            files = [p]
        else:
            flush()
            errors.extend(e for e in iter_inputs([p]) if isinstance(e, ArticleError))
            continue
        for f in files:
            if f.suffix.lower() in PARQUET_SUFFIXES:
                flush()
                parts.append(str(f))
            elif ARTICLE_SUFFIXES.get(f.suffix.lower()) == "jsonl" and f.stat().st_size > partition_bytes:
                flush()
                parts.extend(_jsonl_parts(f, partition_bytes))
            else:
                group.append(str(f))
                group_bytes += f.stat().st_size
                if group_bytes >= partition_bytes or len(group) >= PARTITION_FILES:
                    flush()
    flush()
    return parts, errors


def _jsonl_parts(path: Path, partition_bytes: int) -> Iterator[Part]:
    """Byte ranges of about ``partition_bytes`` that start and end at line boundaries, with
    the number of the first line of each (one pass over the file, counting newlines)."""
    size = path.stat().st_size
    start, line = 0, 1
    with open(path, "rb") as fh:
        while start < size:
            fh.seek(min(start + partition_bytes, size))
            fh.readline()  # to the end of the line the cut falls in
            stop = min(fh.tell(), size)
            fh.seek(start)
            lines = fh.read(stop - start).count(b"\n")
            yield Part("jsonl", (str(path),), start, stop, line)
            start, line = stop, line + lines


def _part_items(part: Part) -> Iterator[Article | ArticleError]:
    if part.kind == "files":
        yield from iter_inputs(part.paths)
        return
    path = part.paths[0]
    with open(path, "rb") as fh:
        fh.seek(part.start)
        data = fh.read(part.stop - part.start)
    offset = part.first_line - 1
    for item in parse_jsonl((decode_jsonl_line(line) for line in data.split(b"\n")), path):
        if isinstance(item, ArticleError) and item.line is not None:
            item = ArticleError(item.path, item.reason, item.fix, item.line + offset)
        yield item


def run_part(part, options: ExtractOptions, source: str | None, published: str | None) -> PartResult:
    """In a worker: read one partition (a :class:`Part`, or a frame of articles) and extract it."""
    items = _frame_items(part) if not isinstance(part, Part) else _part_items(part)
    claims, errors, ids = [], [], []
    for outcome in extract_items(settle(items, source=source, published=published), options):
        if outcome.article is not None:
            ids.append((outcome.article.id, outcome.article.path or "?"))
        if outcome.error is not None:
            errors.append(outcome.error.as_record())
        claims.extend(outcome.claims)
    from .table import to_frame

    return PartResult(to_frame(claims), errors, ids)


# ---------------------------------------------------------------------------------------------
# The engine


def extract_to_dask(inputs: Iterable[str | Path], output: str | Path | None, *, fmt: str = "csv",
                    options: ExtractOptions = DEFAULT_OPTIONS, source: str | None = None,
                    published: str | None = None, excel_safe: bool = False, stream=None,
                    jobs: int = 1, scheduler: str | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    partition_bytes: int = PARTITION_BYTES) -> RunResult:
    """:func:`factcheck.run.extract_to` on a Dask cluster: a local one of ``jobs`` worker
    processes on 127.0.0.1, or the running scheduler at ``scheduler``. An ``output`` that is
    a folder (or ends with ``/``) gets partitioned Parquet, one file a partition."""
    from .table import TableWriter

    result = RunResult()
    parts, read_errors = plan(inputs, partition_bytes=partition_bytes)
    result.errors.extend(read_errors)
    if not parts:
        return result
    folder = output is not None and (str(output).endswith(("/", "\\")) or Path(output).is_dir())
    with _client(scheduler, jobs) as client:
        frames = _results(client, parts, options, source, published, result)
        before = []  # the frames of partitions that held no article: nothing is written if none does
        for df in frames:
            before.append(df)
            if result.articles:
                break
        if not result.articles:
            return result
        frames = chain(before, frames)
        if folder:
            _write_folder(Path(output), frames, progress, result)
        else:
            with TableWriter(output, fmt, excel_safe=excel_safe, stream=stream) as writer:
                for df in frames:
                    writer.write(df)
                    result.claims += len(df)
                    if progress is not None:
                        progress(result.articles, result.claims)
    return result



@contextlib.contextmanager
def _client(scheduler: str | None, jobs: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise FactcheckError("--engine dask needs Dask: pip install 'factcheck[dist]'.") from exc
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as exc:
            raise FactcheckError(f"cannot reach the Dask scheduler at {scheduler} ({exc}). "
                                 "Start one with `dask scheduler`, or leave out --scheduler for a local cluster.") from exc
        with client:
            yield client
        return
    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def _results(client, parts: list, options, source, published, result: RunResult) -> Iterator:
    """Each partition's claims frame in input order, with at most ``BATCHES_PER_WORKER``
    partitions a worker in flight; errors, counts and cross-partition duplicate ids go into
    ``result`` (the claims of a duplicate are dropped, as the local engine never extracts it)."""
    from dask import delayed

    tasks = iter(_tasks(parts, options, source, published, delayed))
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = workers * BATCHES_PER_WORKER
    window: deque = deque()
    seen: dict[str, str] = {}
    for task in tasks:
        window.append(client.compute(task))
        while len(window) >= limit:
            yield _settle(window.popleft().result(), seen, result)
    while window:
        yield _settle(window.popleft().result(), seen, result)


def _tasks(parts: list, options, source, published, delayed) -> Iterator:
    run = delayed(run_part, pure=True)
    for part in parts:
        if isinstance(part, Part):
            yield run(part, options, source, published)
        else:
            import dask.dataframe as dd

            for frame in dd.read_parquet(part).to_delayed():
                yield run(frame, options, source, published)


def _settle(part: PartResult, seen: dict[str, str], result: RunResult):
    result.errors.extend(ArticleError(**e) for e in part.errors)
    dropped = set()
    for article_id, where in part.ids:
        if article_id in seen:
            dropped.add(article_id)
            result.errors.append(duplicate_error(Article(id=article_id, text="", path=where), seen[article_id]))
        else:
            seen[article_id] = where
            result.articles += 1
    claims = part.claims
    if dropped:
        claims = claims[~claims["article_id"].isin(dropped)].reset_index(drop=True)
    return claims


def _write_folder(folder: Path, frames: Iterator, progress, result: RunResult) -> None:
    """One Parquet file a partition (``part.00000.parquet`` ...) in a new folder that replaces
    ``folder`` at the end; an existing folder is replaced only if it holds nothing else."""
    from .table import TableWriter

    if folder.exists() and any(not (p.name.startswith("part.") and p.suffix == ".parquet")
                               for p in folder.iterdir()):
        raise FactcheckError(f"{folder}: the folder holds files other than part.*.parquet; "
                             "give a new or empty folder for partitioned Parquet.")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".factcheck-tmp-{folder.name}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        for i, df in enumerate(frames):
            with TableWriter(tmp / f"part.{i:05d}.parquet", "parquet") as writer:
                writer.write(df)
            result.claims += len(df)
            if progress is not None:
                progress(result.articles, result.claims)
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
