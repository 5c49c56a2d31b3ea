"""Extraction in worker processes: the same rows in the same order as one process, errors
recorded in their place, and input read only a bounded way ahead of the output."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.articles import Article, read_articles
from factcheck.cli import main
from factcheck.errors import ArticleError
from factcheck.parallel import BATCH_CHARS, BATCHES_PER_WORKER, Outcome, extract_items
from factcheck.run import extract_to
from factcheck.table import read_table


@pytest.fixture(scope="module")
def dev_articles(dev_dir) -> list[Article]:
    return read_articles([dev_dir])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, dev_articles):
    """The dev articles 30 times over under distinct ids (~550 kB: several batches)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(30):
            for a in dev_articles:
                fh.write(json.dumps({"id": f"{a.id}-{i}", "text": a.text, "source": a.source,
                                     "published": a.published}) + "\n")
    return path


def _rows(outcomes: list[Outcome]) -> list[tuple]:
    return [(o.article.id if o.article else None, [c.as_record() for c in o.claims], str(o.error))
            for o in outcomes]


def test_workers_give_the_same_outcomes_in_the_same_order(dev_articles):
    serial = list(extract_items(dev_articles, jobs=1))
    # One article per batch: every article goes through the pool and back.
    pooled = list(extract_items(dev_articles, jobs=2, batch_chars=1))
    assert _rows(pooled) == _rows(serial)
    assert sum(len(o.claims) for o in serial) > 0


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_cli_jobs_2_writes_the_same_file_as_jobs_1(tmp_path, corpus, fmt):
    assert corpus.stat().st_size > 2 * BATCH_CHARS  # so that --jobs 2 does start a pool
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"claims-{jobs}.{fmt}"
        res = CliRunner().invoke(main, ["extract", str(corpus), "--jobs", str(jobs), "-o", str(out)])
        assert res.exit_code == 0, res.output
        outs.append(out)
    if fmt == "parquet":
        assert read_table(outs[0]).equals(read_table(outs[1]))
    else:
        assert outs[0].read_bytes() == outs[1].read_bytes()
    assert len(read_table(outs[0])) > 100


def test_a_failing_article_is_recorded_in_its_place_and_the_rest_go_on(dev_articles):
    # A text that is not a string makes extraction itself raise, in any worker start method.
    broken = Article(id="broken", text=["not", "a", "string"], path="broken.json")  # type: ignore[arg-type]
    unreadable = ArticleError("missing.txt", "no such file or folder.", "Check the path.")
    items = [dev_articles[0], broken, unreadable, *dev_articles[1:4]]
    for jobs, batch in ((1, 50_000), (2, 1)):
        out = list(extract_items(items, jobs=jobs, batch_chars=batch))
        assert [o.article.id if o.article else None for o in out] == \
            [dev_articles[0].id, "broken", None, *(a.id for a in dev_articles[1:4])]
        assert "extraction failed (TypeError" in str(out[1].error) and out[1].error.path == "broken.json"
        assert out[2].error is unreadable
        assert all(o.error is None and o.claims for o in (out[0], *out[3:]) if o.article.text.strip())


def test_run_counts_the_unreadable_record_and_writes_the_others(tmp_path, dev_articles):
    path = tmp_path / "in.jsonl"
    records = [{"id": a.id, "text": a.text} for a in dev_articles[:3]]
    records.insert(1, {"id": "no-text"})
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "c.csv"
    result = extract_to([path], out, jobs=2)
    assert result.articles == 3 and len(result.errors) == 1
    assert "has no `text`" in str(result.errors[0])
    assert set(read_table(out)["article_id"]) <= {a.id for a in dev_articles[:3]}


def test_input_is_read_only_a_bounded_way_ahead(dev_articles):
    pulled = 0

    def items():
        nonlocal pulled
        for i in range(400):
            pulled += 1
            a = dev_articles[i % len(dev_articles)]
            yield Article(id=f"{a.id}-{i}", text=a.text)

    jobs, per_batch = 2, 3
    outcomes = extract_items(items(), jobs=jobs, batch_chars=10**9, batch_articles=per_batch)
    next(outcomes)
    # The window of batches, plus the batch being gathered when the window filled.
    assert pulled <= (jobs * BATCHES_PER_WORKER + 1) * per_batch
    rest = list(outcomes)
    assert len(rest) == 399 and pulled == 400


def test_jobs_must_be_positive():
    res = CliRunner().invoke(main, ["extract", "-", "--jobs", "0"], input="text")
    assert res.exit_code == 2
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_items([], jobs=0))
