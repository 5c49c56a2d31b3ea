"""Extraction over a pool of processes, in input order, with a bounded amount of text in flight.

Articles are grouped into batches by size and sent to worker processes; results come back in
the order the articles were read, so the table is the same, row for row, as one process
writes. At most ``BATCHES_PER_WORKER`` batches per worker are in flight at once, so memory
stays flat however large the input is. With one job, or when the whole input fits in one
batch, no pool is started at all.

An article whose extraction raises is recorded as an :class:`~factcheck.errors.ArticleError`
and the others go on; a :class:`~factcheck.errors.FactcheckError` (a bad rule table, say)
concerns every article and stops the run, as it does without a pool.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from .articles import Article
from .claims import Claim
from .errors import ArticleError, FactcheckError
from .extract import DEFAULT_OPTIONS, ExtractOptions, extract_article

log = logging.getLogger(__name__)

# Characters of article text in one batch: ~0.1 s of work at 2 MB/s. The batch's claims come
# back as one table, and a table of ~2,000 rows costs little more to build than one of 500
# (batches of 50,000 characters added about 10% CPU on a 10 MB corpus); a few hundred kB of
# articles still spread over several workers.
BATCH_CHARS = 200_000
# Articles in one batch at most, however short they are (bounds the claims a batch returns).
BATCH_ARTICLES = 100
# Batches in flight per worker: two keep every worker busy while the parent writes what the
# previous batch found; more would only hold more text in memory.
BATCHES_PER_WORKER = 2


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity where the platform tells)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS and Windows have no sched_getaffinity
        return os.cpu_count() or 1


@dataclass
class Outcome:
    """What became of one input item: an article and its claims, or an error."""

    article: Article | None
    claims: list[Claim] = field(default_factory=list)
    error: ArticleError | None = None


def extraction_error(article: Article, exc_name: str, message: str) -> ArticleError:
    """The recorded problem of an article whose extraction raised ``exc_name(message)``."""
    return ArticleError(article.path or article.id, f"extraction failed ({exc_name}: {message}).",
                        "This is a bug in factcheck: please report it with the article.")


def extract_one(article: Article, options: ExtractOptions = DEFAULT_OPTIONS) -> Outcome:
    """One article's claims, or its error (a FactcheckError is raised: it concerns every article)."""
    try:
        return Outcome(article, extract_article(article, options))
    except FactcheckError:
        raise
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
        log.debug("extraction failed on %s", article.path, exc_info=True)
        return Outcome(article, error=extraction_error(article, exc.__class__.__name__, str(exc)))


def extract_items(items: Iterable[Article | ArticleError], options: ExtractOptions = DEFAULT_OPTIONS,
                  *, jobs: int = 1, batch_chars: int = BATCH_CHARS,
                  batch_articles: int = BATCH_ARTICLES) -> Iterator[Outcome]:
    """An :class:`Outcome` for every item, in the order of ``items``.

    ``items`` are articles and the errors met while reading them (they pass through in their
    place). ``jobs`` > 1 extracts in that many worker processes."""
    batches, here = _plan(items, jobs, batch_chars, batch_articles)
    if batches is None:
        yield from _serial(here, options)
        return
    for batch, results in _pooled(batches, _work, options, jobs):
        yield from _outcomes(batch, results)


@dataclass
class Chunk:
    """Consecutive items' outcomes (their claims left out) and those claims as one table."""

    outcomes: list[Outcome]
    claims: object  # the claims as a table: a DataFrame, or what ``tabulate`` made of them


def extract_tables(items: Iterable[Article | ArticleError], options: ExtractOptions = DEFAULT_OPTIONS,
                   *, jobs: int = 1, chunk_claims: int = 5_000, batch_chars: int = BATCH_CHARS,
                   batch_articles: int = BATCH_ARTICLES,
                   tabulate: Callable[[list[Claim]], object] | None = None) -> Iterator[Chunk]:
    """:func:`extract_items` with the claims as tables, a :class:`Chunk` at a time, in order.

    ``tabulate`` makes a chunk's table from its claims: by default a DataFrame
    (:func:`~factcheck.table.to_frame`); :func:`~factcheck.table.render` (with its format
    bound by ``functools.partial``) gives rows of text ready to append to a file. With a pool
    each batch's table is made in its worker, so ``tabulate`` must pickle: turning claims
    into table rows is work, and the parent, which also reads and writes, is the one process
    that does not run in parallel. Without one, a chunk holds about ``chunk_claims`` claims."""
    from .table import to_frame

    if tabulate is None:
        tabulate = to_frame
    batches, here = _plan(items, jobs, batch_chars, batch_articles)
    if batches is not None:
        if tabulate is to_frame:
            # pandas and the claim schema loaded here, before the pool starts: forked workers
            # inherit them instead of each loading them again (about 0.4 s of CPU a worker).
            to_frame([])
        work = partial(_work_table, tabulate=tabulate)
        for batch, (results, frame) in _pooled(batches, work, options, jobs):
            yield Chunk(list(_outcomes(batch, results)), frame)
        return
    outcomes: list[Outcome] = []
    pending: list = []
    for outcome in _serial(here, options):
        pending.extend(outcome.claims)
        outcome.claims = []
        outcomes.append(outcome)
        if len(pending) >= chunk_claims:
            yield Chunk(outcomes, tabulate(pending))
            outcomes, pending = [], []
    if outcomes:
        yield Chunk(outcomes, tabulate(pending))


def _plan(items: Iterable[Article | ArticleError], jobs: int, batch_chars: int,
          batch_articles: int) -> tuple[Iterator[list] | None, Iterable[Article | ArticleError]]:
    """(batches for a pool, None), or (None, the items to extract in this process) when a
    pool would only add its start-up: one job, or input that fits in one batch."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        return None, items
    batches = _batches(items, batch_chars, batch_articles)
    first = next(batches, None)
    second = next(batches, None) if first is not None else None
    if second is None:
        return None, first or []
    return _chain(first, second, batches), []


def _serial(items, options: ExtractOptions) -> Iterator[Outcome]:
    for item in items:
        yield Outcome(None, error=item) if isinstance(item, ArticleError) else extract_one(item, options)


def _batches(items: Iterable[Article | ArticleError], max_chars: int, max_articles: int) -> Iterator[list]:
    batch: list = []
    chars = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Article):
            chars += len(item.text)
        if chars >= max_chars or len(batch) >= max_articles:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _chain(*parts):
    yield parts[0]
    yield parts[1]
    yield from parts[2]


def _pooled(batches: Iterator[list], work, options: ExtractOptions, jobs: int) -> Iterator[tuple]:
    """(batch, what ``work`` returned for its articles) in order, at most ``BATCHES_PER_WORKER``
    batches a worker in flight."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=jobs)
    window: deque = deque()
    limit = jobs * BATCHES_PER_WORKER
    try:
        for batch in batches:
            window.append((batch, pool.submit(work, [a for a in batch if isinstance(a, Article)], options)))
            while len(window) >= limit:
                batch, future = window.popleft()
                yield batch, future.result()
        while window:
            batch, future = window.popleft()
            yield batch, future.result()
    except BrokenProcessPool as exc:
        raise FactcheckError("a worker process died (out of memory, or killed) while extracting; "
                             "run again with --jobs 1 to see which article.") from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _outcomes(batch: list, results: list[tuple]) -> Iterator[Outcome]:
    """A batch's items with what the worker found for its articles, in order."""
    found = iter(results)
    for item in batch:
        if isinstance(item, ArticleError):
            yield Outcome(None, error=item)
            continue
        claims, failure = next(found)
        if isinstance(failure, BaseException):
            raise failure
        yield Outcome(item, claims, extraction_error(item, *failure) if failure else None)


def _work(articles: list[Article], options: ExtractOptions) -> list[tuple]:
    """In a worker: (claims, failure) for each article, where failure is None, a (class name,
    message) pair, or a FactcheckError to raise in the parent."""
    out: list[tuple] = []
    for article in articles:
        try:
            out.append((extract_article(article, options), None))
        except FactcheckError as exc:
            out.append(([], _portable(exc)))
            break
        except Exception as exc:  # noqa: BLE001 - recorded in the parent, the batch goes on
            out.append(([], (exc.__class__.__name__, str(exc))))
    return out


def _work_table(articles: list[Article], options: ExtractOptions,
                tabulate: Callable[[list[Claim]], object]) -> tuple[list[tuple], object]:
    """In a worker: :func:`_work`'s failures, and every claim of the batch as one table."""
    results = _work(articles, options)
    claims = [c for found, _ in results for c in found]
    return [([], failure) for _, failure in results], tabulate(claims)


def _portable(exc: FactcheckError) -> FactcheckError:
    """The error itself if it survives pickling, else a FactcheckError with its message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - an exception class whose arguments do not round-trip
        return FactcheckError(str(exc))
    return exc
