"""The ``diff`` and ``compare`` commands: thin over factcheck.compare, with the CLI's exit statuses."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.conftest import SEEDS

SEED = SEEDS / "000_7c609068368f20e4.txt"
LATER = ("source: Test Wire\npublished: 2023-11-10\n\n"
         "Israel has lowered the death toll of the Oct. 7 Hamas attack to around 1,200 people killed, "
         "a government spokesman said on Friday.\n")


@pytest.fixture
def later(tmp_path):
    p = tmp_path / "later.txt"
    p.write_text(LATER, encoding="utf-8")
    return p


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("command", ["diff", "compare"])
def test_help_ends_with_an_example(command):
    res = run(command, "--help")
    assert res.exit_code == 0 and f"Example: factcheck {command}" in res.output


def test_diff_to_stdout(later):
    res = run("diff", SEED, later)
    assert res.exit_code == 0, res.output
    df = pd.read_csv(io.StringIO(res.stdout))
    killed = df[(df["category"] == "killed") & (df["status"] != "only_a")]
    assert list(killed["status"]) == ["revised_down"]


def test_diff_to_a_file_is_valid(later, tmp_path):
    out = tmp_path / "d.jsonl"
    res = run("diff", SEED, later, "-o", out)
    assert res.exit_code == 0 and res.stdout == ""
    assert run("validate", out, "--schema", "diff").exit_code == 0


def test_diff_of_an_invalid_table_is_an_error_naming_it(tmp_path, later):
    bad = tmp_path / "bad.csv"
    bad.write_text("claim_id,kind\nxyz,figure\n", encoding="utf-8")
    res = run("diff", bad, later)
    assert res.exit_code == 1
    assert res.stderr.startswith("Error: ") and "bad.csv" in res.stderr


def test_diff_of_a_missing_file_is_a_usage_error(later, tmp_path):
    res = run("diff", tmp_path / "nope.txt", later)
    assert res.exit_code == 2


def test_compare_writes_its_folder(later, tmp_path):
    out = tmp_path / "out"
    res = run("compare", SEED, later, "-o", out)
    assert res.exit_code == 0, res.output
    assert {p.name for p in out.iterdir()} >= {"figures.csv", "groups.csv", "quotes.csv", "report.html"}
    assert "group(s)" in res.stderr and "report.html" in res.stderr
    groups = pd.read_csv(out / "groups.csv")
    assert "revised" in set(groups["status"])


def test_compare_skips_an_unreadable_input_and_says_so(later, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    res = run("compare", SEED, later, empty, "-o", out)
    assert res.exit_code == 1
    assert (out / "report.html").is_file()


def test_compare_with_nothing_readable_is_status_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = run("compare", empty, "-o", tmp_path / "out")
    assert res.exit_code == 2 and "Error: no input could be read" in res.stderr


def test_compare_with_a_bad_tracked_file_is_an_error(later, tmp_path):
    pins = tmp_path / "t.toml"
    pins.write_text('[[figure]]\nid = "x"\ncategory = "deaths"\n', encoding="utf-8")
    res = run("compare", SEED, later, "-o", tmp_path / "out", "--tracked", pins)
    assert res.exit_code == 1 and "category 'deaths'" in res.stderr
