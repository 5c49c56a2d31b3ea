"""Big inputs finish in bounded memory, and a run killed midway leaves the earlier output
as it was (the CLI in real subprocesses)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from factcheck.table import read_table

# Peak resident memory allowed for the CLI on 100,000 small records: Python, pandas and the
# rule tables take about 150 MB; reading everything at once would take far more.
MAX_RSS_MB = 400


def _records(path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"r{i}", "published": "2024-05-01",
                                 "text": f"At least {i + 2} people were hurt in district {i % 7}, officials said."}) + "\n")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "factcheck", "extract", *args]


# Runs the CLI in a fresh interpreter and prints that process's own peak RSS (KiB) on stdout
# at the end. VmHWM belongs to the process's memory map, which exec makes new; ru_maxrss
# would carry over the forking test process's size, and RUSAGE_CHILDREN every earlier child.
RSS_WRAPPER = """
import runpy, sys
sys.argv = ["factcheck"] + sys.argv[1:]
code = 0
try:
    runpy.run_module("factcheck", run_name="__main__")
except SystemExit as exc:
    code = exc.code or 0
with open("/proc/self/status") as fh:
    print(next(line.split()[1] for line in fh if line.startswith("VmHWM:")))
sys.exit(code)
"""


@pytest.mark.slow
def test_100000_records_in_bounded_memory(tmp_path):
    src, out = tmp_path / "feed.jsonl", tmp_path / "claims.csv"
    _records(src, 100_000)
    proc = subprocess.run([sys.executable, "-c", RSS_WRAPPER, "extract", str(src), "-o", str(out),
                           "--jobs", "1", "--kinds", "figure"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    peak_mb = int(proc.stdout.strip().splitlines()[-1]) / 1024
    assert peak_mb < MAX_RSS_MB, f"peak RSS {peak_mb:.0f} MB"
    table = read_table(out)
    assert len(table) == 100_000 and table["article_id"].iloc[-1] == "r99999"
    assert table["value"].iloc[-1] == 100_001


@pytest.mark.slow
def test_kill_9_midway_leaves_the_previous_output(tmp_path):
    src, out = tmp_path / "feed.jsonl", tmp_path / "claims.csv"
    _records(src, 60_000)
    out.write_text("the previous run's table\n", encoding="utf-8")
    proc = subprocess.Popen(_cli(str(src), "-o", str(out), "--jobs", "1"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        # Wait until the run is writing its temporary file, then kill it without warning.
        while time.monotonic() < deadline and proc.poll() is None:
            temps = [p for p in tmp_path.iterdir() if p.name.startswith(".factcheck-tmp-")]
            if temps and temps[0].stat().st_size > 0:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed; give it more input"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert out.read_text(encoding="utf-8") == "the previous run's table\n"
