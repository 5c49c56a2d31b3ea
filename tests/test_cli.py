"""The command line: every command, every exit status, data on stdout and diagnostics on stderr."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck import schema as S
from factcheck.claims import make_claim_id
from factcheck.cli import main
from factcheck.table import read_table, to_frame, write_table

from .conftest import REPO, SEEDS


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


def test_help_lists_commands_and_each_has_help_with_example(runner):
    res = run(runner, "--help")
    assert res.exit_code == 0
    for name in main.commands:
        assert name in res.output
        sub = run(runner, name, "--help")
        assert sub.exit_code == 0 and "Example:" in sub.output, name


def test_extract_seed_to_csv_file(runner, tmp_path):
    out = tmp_path / "claims.csv"
    res = run(runner, "extract", str(SEEDS), "-o", str(out))
    assert res.exit_code == 0, res.output
    df = read_table(out)
    assert not list(S.iter_issues(df))
    assert set(df["article_id"]) == {"000_7c609068368f20e4"}
    assert (df["kind"] == "figure").sum() >= 3


def test_extract_to_stdout_is_csv(runner):
    res = run(runner, "extract", str(SEEDS))
    assert res.exit_code == 0
    header = next(csv.reader(io.StringIO(res.stdout)))
    assert header == S.columns("claim")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "parquet"])
def test_extract_format_follows_extension(runner, tmp_path, fmt):
    out = tmp_path / f"c.{fmt}"
    assert run(runner, "extract", str(SEEDS), "-o", str(out)).exit_code == 0
    assert len(read_table(out)) >= 3


def test_every_claim_text_is_found_at_its_offsets(runner, tmp_path, dev_dir):
    from factcheck.articles import read_articles

    out = tmp_path / "dev.csv"
    res = run(runner, "extract", str(dev_dir), "-o", str(out))
    assert res.exit_code == 0
    df = read_table(out)
    texts = {a.id: a.text for a in read_articles([dev_dir])}
    assert sorted(texts) == sorted(p.stem for p in dev_dir.glob("*.txt"))
    assert set(df["article_id"]) <= set(texts)
    for row in df.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_skipped_input_exits_1_and_the_rest_is_written(runner, tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("published: 2024-01-01\n\nAt least 12 people were killed.\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "feed.jsonl").write_text('{"id": "j1", "text": "At least 12 were hurt."}\n{broken\n')
    out, errs = tmp_path / "c.csv", tmp_path / "skipped.csv"
    res = run(runner, "extract", str(tmp_path / "in"), "-o", str(out), "--errors", str(errs))
    assert res.exit_code == 1
    assert "empty.txt" in res.stderr and "feed.jsonl:2" in res.stderr
    assert "Traceback" not in res.output
    assert set(read_table(out)["article_id"]) == {"good", "j1"}
    rows = list(csv.DictReader(open(errs)))
    assert [(r["path"].rsplit("/", 1)[-1], r["line"]) for r in rows] == [("empty.txt", ""), ("feed.jsonl", "2")]


def test_nothing_readable_exits_2_and_writes_nothing(runner, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "c.csv"
    res = run(runner, "extract", str(tmp_path / "empty.txt"), "-o", str(out))
    assert res.exit_code == 2 and "no article could be read" in res.stderr
    assert not out.exists()


@pytest.mark.parametrize("args", [
    ["extract"],
    ["extract", "x.txt", "--format", "xlsx"],
    ["extract", "x.txt", "--kinds", "rumour"],
    ["extract", "x.txt", "--published", "yesterday-ish"],
    ["extract", "x.txt", "--format", "parquet"],
    ["nonsense"],
    ["schema", "nope"],
    ["validate", "no-such-file.csv"],
])
def test_usage_errors_exit_2(runner, args):
    res = run(runner, *args)
    assert res.exit_code == 2, (args, res.output)


def _claims(tmp_path):
    recs = [dict(claim_id=make_claim_id("a", "figure", i, i + 2), article_id="a", source="S",
                 published="2024-01-02", kind="figure", category="killed", value=12.0, low=12.0,
                 high=12.0, qualifier="exact", unit="person", text="12", sentence="12 died.",
                 start=i, end=i + 2, superseded=False) for i in range(3)]
    path = tmp_path / "c.csv"
    write_table(to_frame(recs), path)
    return path


def test_validate_valid_file_exits_0(runner, tmp_path):
    res = run(runner, "validate", str(_claims(tmp_path)))
    assert res.exit_code == 0 and "valid" in res.stdout


def test_validate_names_bad_rows_and_columns(runner, tmp_path):
    path = _claims(tmp_path)
    lines = path.read_text().split("\n")
    lines[1] = lines[1].replace(",figure,", ",rumour,")
    lines[3] = lines[3].replace(",2,4,False", ",two,4,False")
    path.write_text("\n".join(lines))
    res = run(runner, "validate", str(path))
    assert res.exit_code == 1
    assert "row 1, line 2, column 'kind'" in res.stdout and "rumour" in res.stdout
    assert "row 3, line 4, column 'start'" in res.stdout and "'two'" in res.stdout
    res = run(runner, "validate", str(path), "--format", "json")
    errors = json.loads(res.stdout)
    assert res.exit_code == 1
    assert sorted((e["row"], e["column"]) for e in errors) == [(1, "kind"), (3, "start")]


def test_validate_never_crashes_on_junk(runner, tmp_path):
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    res = run(runner, "validate", str(junk), str(empty))
    assert res.exit_code == 1 and "binary" in res.stdout and "empty" in res.stdout


def test_validate_with_named_and_file_schema(runner, tmp_path):
    art = tmp_path / "a.jsonl"
    art.write_text(json.dumps({"id": "x", "text": "t", "published": "2024-13-01"}) + "\n")
    res = run(runner, "validate", str(art), "--schema", "article")
    assert res.exit_code == 1 and "published" in res.stdout
    res = run(runner, "validate", str(art), "--schema", str(REPO / "schemas" / "article.schema.json"))
    assert res.exit_code == 1


def test_schema_lists_prints_and_exports_table_schema(runner):
    res = run(runner, "schema")
    assert res.exit_code == 0 and "claim" in res.stdout and "article" in res.stdout
    res = run(runner, "schema", "claim")
    assert json.loads(res.stdout)["title"] == "factcheck claim"
    res = run(runner, "schema", "claim", "--table-schema")
    assert [f["name"] for f in json.loads(res.stdout)["fields"]] == S.columns("claim")


def test_python_dash_m_runs_and_help_avoids_heavy_imports():
    code = ("import sys, runpy; sys.argv=['factcheck','--help'];\n"
            "try:\n runpy.run_module('factcheck', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "print('heavy:' + ','.join(m for m in ('pandas','pint','trafilatura','jsonschema') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Usage:" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "heavy:"


def test_excel_safe_neutralises_formula_cells(runner, tmp_path):
    src = tmp_path / "f.txt"
    src.write_text('source: =HYPERLINK("http://x")\npublished: 2024-01-01\n\n12 people were killed.\n')
    plain, safe = tmp_path / "plain.csv", tmp_path / "safe.csv"
    assert run(runner, "extract", str(src), "-o", str(plain)).exit_code == 0
    assert run(runner, "extract", str(src), "-o", str(safe), "--excel-safe").exit_code == 0
    assert read_table(plain)["source"].iloc[0].startswith("=")
    assert read_table(safe)["source"].iloc[0].startswith("'=")


def test_no_vague_leaves_out_amounts_without_a_number(runner, tmp_path):
    src = tmp_path / "v.txt"
    src.write_text("published: 2024-01-01\n\nDozens of people were hurt and 12 were killed.\n")
    with_vague, without = tmp_path / "a.csv", tmp_path / "b.csv"
    assert run(runner, "extract", str(src), "-o", str(with_vague), "--kinds", "figure").exit_code == 0
    assert run(runner, "extract", str(src), "-o", str(without), "--kinds", "figure", "--no-vague").exit_code == 0
    assert sorted(read_table(with_vague)["qualifier"]) == ["exact", "vague"]
    assert list(read_table(without)["qualifier"]) == ["exact"]
