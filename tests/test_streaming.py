"""Streaming: inputs are read lazily (a JSONL file line by line), the table is written in
chunks, memory does not grow with the input, and one very long article goes through."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc

import pytest

from factcheck import run
from factcheck.articles import iter_articles, read_articles
from factcheck.errors import ArticleError
from factcheck.extract import ExtractOptions
from factcheck.run import extract_to, iter_inputs
from factcheck.table import read_table

FIGURES = ExtractOptions(kinds=("figure",))
LONG_ARTICLE_TIMEOUT = 600  # seconds


@pytest.fixture(scope="module")
def dev_articles(dev_dir):
    return read_articles([dev_dir])


def _jsonl(path, articles, copies: int):
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(copies):
            for a in articles:
                fh.write(json.dumps({"id": f"{a.id}-{i}", "text": a.text}) + "\n")
    return path


def _as_items(paths, **kwargs):
    errors: list = []
    out = []
    for article in iter_articles(paths, on_error=errors.append, **kwargs):
        out.extend(str(e) for e in errors)
        errors.clear()
        out.append(article)
    return out + [str(e) for e in errors]


def test_lazy_reader_gives_what_iter_articles_gives(tmp_path, dev_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("title: A\n\nAt least 12 people were killed.\n", encoding="utf-8")
    (folder / "b.jsonl").write_bytes(
        b'\xef\xbb\xbf{"id": "b1", "text": "Some 40 homes burned.", "published": "2023-11-03"}\r\n'
        b"not json\n\n"
        b'{"id": "a", "text": "A duplicate id."}\n'
        b'{"id": "b3"}\n')
    (folder / "d.jsonl").write_bytes(b'{"id": "b2", "text": "Caf\xe9 owners said 3 were hurt."}\n')  # Windows-1252
    (folder / "c.json").write_text(json.dumps([{"id": "c1", "text": "Two of 9 returned."}]), encoding="utf-8")
    (folder / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (folder / "wide.jsonl").write_text('{"id": "w1", "text": "UTF-16 with 5 words."}\n', encoding="utf-16")
    (tmp_path / "nothing").mkdir()
    paths = [folder, tmp_path / "missing.txt", tmp_path / "nothing", dev_dir]
    ours = list(iter_inputs(paths, source="Wire", published="2023-11-05"))
    theirs = _as_items(paths, source="Wire", published="2023-11-05")
    assert [str(x) if isinstance(x, ArticleError) else x for x in ours] == theirs
    assert any(isinstance(x, ArticleError) and "already the id" in str(x) for x in ours)
    assert next(x for x in ours if getattr(x, "id", None) == "b2").text == "Café owners said 3 were hurt."


def test_a_large_jsonl_file_is_not_read_whole(tmp_path, dev_articles):
    path = _jsonl(tmp_path / "big.jsonl", dev_articles, 400)  # ~7.8 MB
    size = path.stat().st_size
    tracemalloc.start()
    try:
        articles = iter_inputs([path])
        first = next(articles)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert first.id.endswith("-0")
    assert peak < size / 20, f"taking the first article allocated {peak} bytes of a {size}-byte file"
    assert sum(1 for _ in articles) == 400 * len(dev_articles) - 1


def test_memory_does_not_grow_with_the_input(tmp_path, dev_articles, monkeypatch):
    # Chunks of 200 claims, so both inputs span several chunks in a short test.
    monkeypatch.setattr(run, "CHUNK_CLAIMS", 200)
    small = _jsonl(tmp_path / "small.jsonl", dev_articles, 12)
    large = _jsonl(tmp_path / "large.jsonl", dev_articles, 48)
    extract_to([small], tmp_path / "warm.csv", options=FIGURES)  # imports and caches first
    peaks = {}
    for name, path in (("small", small), ("large", large)):
        tracemalloc.start()
        try:
            result = extract_to([path], tmp_path / f"{name}.csv", options=FIGURES)
            peaks[name] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert result.claims > 2 * run.CHUNK_CLAIMS
    assert peaks["large"] < 1.5 * peaks["small"], peaks


def test_chunked_writing_gives_the_same_table(tmp_path, dev_articles, monkeypatch):
    path = _jsonl(tmp_path / "in.jsonl", dev_articles, 3)
    whole = tmp_path / "whole.csv"
    extract_to([path], whole)
    monkeypatch.setattr(run, "CHUNK_CLAIMS", 7)
    for fmt in ("csv", "jsonl", "json", "parquet"):
        out = tmp_path / f"chunked.{fmt}"
        extract_to([path], out, fmt=fmt)
        assert read_table(out).equals(read_table(whole)), fmt
    assert (tmp_path / "chunked.csv").read_bytes() == whole.read_bytes()


@pytest.mark.slow
def test_a_15_mb_article_goes_through(tmp_path, dev_articles):
    """Ordinary paragraphs, 15 MB of them in one article, through the full extractor: every
    step must be linear in article length (three were not; see benchmarks/README.md)."""
    paragraphs = [p for a in dev_articles for p in a.text.split("\n\n")]
    body, size, i = [], 0, 0
    while size < 15_000_000:
        body.append(paragraphs[i % len(paragraphs)])
        size += len(body[-1]) + 2
        i += 1
    text = "\n\n".join(body)
    src = tmp_path / "long.txt"
    src.write_text("title: a very long article\n\n" + text, encoding="utf-8")
    out = tmp_path / "long.csv"
    # A bound on time so that a regression to quadratic work fails instead of hanging CI:
    # some 50 times the seconds it takes (the speed itself is measured in benchmarks/).
    proc = subprocess.run([sys.executable, "-m", "factcheck", "extract", str(src), "--jobs", "1", "-o", str(out)],
                          capture_output=True, text=True, timeout=LONG_ARTICLE_TIMEOUT)
    assert proc.returncode == 0, proc.stderr
    claims = read_table(out)
    assert len(claims) > 1000 and set(claims["kind"]) == {"figure", "quote", "statement"}
    for row in claims.sample(200, random_state=1).itertuples():
        assert text[row.start:row.end] == row.text
