"""Records <-> DataFrame, and CSV/JSON/JSONL/Parquet round trips of hostile text; atomic writes."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from factcheck import schema as S
from factcheck.claims import make_claim_id
from factcheck.errors import TableError
from factcheck.table import TableWriter, excel_safe_frame, read_table, to_frame, write_table

HOSTILE = [
    'He said, "1,400, not 1,200," and left.',
    "line one\nline two\r\nline three",
    "עשרות הרוגים — 死者 — قتلى — смерть",
    "=HYPERLINK(\"http://x\")",
    "tab\tand ; semicolon, comma",
    "",
]


def rows() -> list[dict]:
    out = []
    for i, t in enumerate(HOSTILE):
        out.append(dict(
            claim_id=make_claim_id("a", "quote", i, i + 1), article_id="a,b\"c", source=t or None,
            published="2024-01-02", kind="quote", text=t or "x", sentence=t, start=i, end=i + 1,
            speaker=t or None))
    out.append(dict(claim_id=make_claim_id("a", "figure", 9, 12), article_id="a", source=None,
                    published=None, kind="figure", category="money", value=2.5e9, low=2.5e9, high=None,
                    qualifier="more_than", unit="USD", text="$2.5bn", sentence="s", start=9, end=12,
                    superseded=True))
    return out


@pytest.mark.parametrize("ext", ["csv", "json", "jsonl", "parquet"])
def test_round_trip(tmp_path, ext):
    df = to_frame(rows())
    path = tmp_path / f"t.{ext}"
    write_table(df, path)
    back = read_table(path)
    assert list(back.columns) == S.columns("claim")
    # CSV has one empty cell for null and for "": the table's empty strings come back as null.
    expected = df.copy()
    if ext == "csv":
        expected["sentence"] = expected["sentence"].replace("", pd.NA)
    pd.testing.assert_frame_equal(back, expected, check_dtype=True)
    assert not list(S.iter_issues(back)) or ext == "csv"


def test_csv_is_utf8_with_fixed_header(tmp_path):
    path = tmp_path / "t.csv"
    write_table(to_frame(rows()), path)
    raw = path.read_bytes()
    assert raw.decode("utf-8").split("\n", 1)[0] == ",".join(S.columns("claim"))
    assert "死者".encode() in raw


def test_json_is_a_list_with_nulls(tmp_path):
    path = tmp_path / "t.json"
    write_table(to_frame(rows()), path)
    data = json.loads(path.read_text())
    assert isinstance(data, list) and data[-1]["high"] is None and data[-1]["value"] == 2.5e9


def test_empty_table_still_has_header(tmp_path):
    path = tmp_path / "e.csv"
    write_table(to_frame([]), path)
    assert path.read_text().strip() == ",".join(S.columns("claim"))


def test_failed_write_leaves_previous_file_intact(tmp_path):
    path = tmp_path / "keep.csv"
    path.write_text("previous content\n")
    with pytest.raises(RuntimeError):
        with TableWriter(path, "csv") as w:
            w.write(to_frame(rows()))
            raise RuntimeError("killed midway")
    assert path.read_text() == "previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


def test_excel_safe_neutralises_formulas():
    df = excel_safe_frame(to_frame(rows()))
    assert df.loc[3, "text"].startswith("'=HYPERLINK")
    assert df.loc[0, "text"] == HOSTILE[0]


def test_unknown_extension_is_a_clear_error(tmp_path):
    with pytest.raises(TableError, match="extension"):
        write_table(to_frame([]), tmp_path / "t.xlsx")
