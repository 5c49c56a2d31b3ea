"""The Dask engine: the DataFrame function, a real local cluster on 127.0.0.1, and a cluster
started with `dask scheduler` and `dask worker`; each compared row for row with the local
engine. Dask is part of `.[all]`, so these fail (not skip) when it is missing."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pandas as pd
import pytest

from factcheck.articles import read_articles
from factcheck.distributed import articles_frame, extract_frame, extract_to_dask, plan
from factcheck.errors import ArticleError
from factcheck.run import extract_to
from factcheck.table import read_table

from .conftest import REPO

# Small partitions, so that the test inputs (a few hundred kB) span several of them.
PARTITION_BYTES = 40_000
# Seconds allowed for a subprocess (scheduler, worker, CLI) to start or finish.
PROCESS_TIMEOUT = 120


@pytest.fixture(scope="module")
def dev_articles(dev_dir):
    return read_articles([dev_dir])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, dev_articles, dev_dir):
    """Two JSONL files (one with a bad line, a record without text, and an id that repeats
    one of the other file), plus the dev folder itself."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    for name, copies in (("a", 6), ("b", 3)):
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(copies):
                for a in dev_articles:
                    fh.write(json.dumps({"id": f"{a.id}-{name}{i}", "text": a.text, "source": a.source,
                                         "published": a.published}) + "\n")
                if name == "b" and i == 1:
                    fh.write("{not json\n")
                    fh.write(json.dumps({"id": "no-text"}) + "\n")
                    fh.write(json.dumps({"id": f"{dev_articles[0].id}-a0", "text": "A repeated id: 5 words."}) + "\n")
    return [folder / "a.jsonl", folder / "b.jsonl", dev_dir]


def test_extract_frame_gives_the_local_claims(dev_articles, tmp_path):
    local = tmp_path / "local.parquet"
    extract_to([a.path for a in dev_articles], local, fmt="parquet")
    claims = extract_frame(articles_frame(dev_articles))
    assert claims.equals(read_table(local))
    assert len(claims) > 0


def test_extract_frame_reports_bad_rows(dev_articles):
    frame = pd.concat([articles_frame(dev_articles[:2]),
                       pd.DataFrame({"id": ["x"], "text": [pd.NA]}, dtype="string")], ignore_index=True)
    with pytest.raises(ArticleError, match="has no `text`"):
        extract_frame(frame)
    errors = []
    claims = extract_frame(frame, on_error=errors.append)
    assert len(errors) == 1 and set(claims["article_id"]) <= {a.id for a in dev_articles[:2]}


def test_plan_cuts_jsonl_at_line_starts(corpus):
    parts, errors = plan(corpus, partition_bytes=PARTITION_BYTES)
    assert not errors
    jsonl = [p for p in parts if p.kind == "jsonl"]
    assert len(jsonl) > 4
    for p in jsonl:
        with open(p.paths[0], "rb") as fh:
            fh.seek(p.start)
            data = fh.read(p.stop - p.start)
            fh.seek(0)
            assert fh.read(p.start).count(b"\n") + 1 == p.first_line
        assert data.endswith(b"\n")


@pytest.mark.slow
def test_local_cluster_writes_what_the_local_engine_writes(corpus, tmp_path, dev_articles):
    local_csv, dask_csv, dask_dir = tmp_path / "local.csv", tmp_path / "dask.csv", tmp_path / "parts"
    local = extract_to(corpus, local_csv, jobs=1)
    ran = extract_to_dask(corpus, dask_csv, jobs=2, partition_bytes=PARTITION_BYTES)
    assert dask_csv.read_bytes() == local_csv.read_bytes()
    assert (ran.articles, ran.claims) == (local.articles, local.claims)
    assert sorted(map(str, ran.errors)) == sorted(map(str, local.errors))
    bad_line = 2 * len(dev_articles) + 1  # numbered in the file, not in its partition
    assert any(e.line == bad_line and "not valid JSON" in str(e) for e in ran.errors)
    assert any("already the id" in str(e) for e in ran.errors)

    extract_to_dask(corpus, str(dask_dir) + "/", jobs=2, partition_bytes=PARTITION_BYTES)
    parts = sorted(dask_dir.glob("part.*.parquet"))
    assert len(parts) > 4
    together = pd.concat([read_table(p) for p in parts], ignore_index=True)
    assert together.equals(read_table(local_csv))


@pytest.mark.slow
def test_parquet_articles_and_dask_dataframes(dev_articles, tmp_path):
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    from factcheck.distributed import extract_dask

    frame = articles_frame(dev_articles)
    expected = extract_frame(frame)
    src = tmp_path / "articles.parquet"
    frame.to_parquet(src, row_group_size=3)
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster):
        lazy = extract_dask(dd.from_pandas(frame, npartitions=3))
        assert lazy.compute().reset_index(drop=True).equals(expected)
    out = tmp_path / "claims.parquet"
    ran = extract_to_dask([src], out, fmt="parquet", jobs=2)
    assert ran.articles == len(dev_articles) and not ran.errors
    assert read_table(out).equals(expected)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=PROCESS_TIMEOUT / 4)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=PROCESS_TIMEOUT / 4)


@pytest.mark.slow
def test_cli_on_a_running_scheduler_and_worker(corpus, tmp_path):
    from dask.distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    dask = [sys.executable, "-m", "dask"]
    started = []
    try:
        started.append(subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                         "--no-dashboard"], env=env, cwd=tmp_path,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        started.append(subprocess.Popen([*dask, "worker", address, "--host", "127.0.0.1", "--nworkers", "1",
                                         "--nthreads", "1", "--no-dashboard"], env=env, cwd=tmp_path,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + PROCESS_TIMEOUT
        while True:  # the scheduler listens once its port accepts a connection
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the dask scheduler did not start"
                assert started[0].poll() is None, "the dask scheduler exited"
                time.sleep(0.2)
        with Client(address, timeout=PROCESS_TIMEOUT) as client:
            client.wait_for_workers(1, timeout=PROCESS_TIMEOUT)
        out = tmp_path / "claims.csv"
        proc = subprocess.run([sys.executable, "-m", "factcheck", "extract", *map(str, corpus), "--engine", "dask",
                               "--scheduler", address, "-o", str(out)],
                              env=env, capture_output=True, text=True, timeout=PROCESS_TIMEOUT)
        assert proc.returncode == 1, proc.stderr  # the corpus holds bad records: exit 1, the rest written
        assert "not valid JSON" in proc.stderr
        local = tmp_path / "local.csv"
        extract_to(corpus, local, jobs=1)
        assert out.read_bytes() == local.read_bytes()
    finally:
        for proc in reversed(started):
            _stop(proc)


def test_cli_usage_errors(tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    runner = CliRunner()
    res = runner.invoke(main, ["extract", "x.txt", "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "--scheduler needs --engine dask" in res.output
    res = runner.invoke(main, ["extract", "x.txt", "--engine", "dask", "-o", str(tmp_path) + "/", "--format", "csv"])
    assert res.exit_code == 2 and "partitioned Parquet" in res.output
