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


# -- rows rendered without pandas (what `extract` writes) ------------------------------------


def claim_records() -> list:
    """Claim records, as the extractor makes them, with hostile text and awkward floats."""
    from factcheck.claims import Claim

    out = [Claim(**r) for r in rows()]
    for i, v in enumerate([1 / 3, 1e20, 1e-7, -0.0, 1e16, 123456789012.5, 0.0]):
        out.append(Claim(claim_id=make_claim_id("b", "figure", i, i + 1), article_id="b", source="-5 dead",
                         published="2024-01-02T10:00:00+02:00", kind="figure", category="killed", value=v,
                         low=v, high=None if i % 2 else v * 2, qualifier="exact", text="@x", sentence="+y",
                         start=i, end=i + 1, superseded=bool(i % 2)))
    return out


def _written(tmp_path, fmt: str, parts: list, excel_safe: bool = False) -> str:
    path = tmp_path / f"t-{len(list(tmp_path.iterdir()))}.{fmt}"
    with TableWriter(path, fmt, excel_safe=excel_safe) as w:
        for p in parts:
            w.write(p)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
@pytest.mark.parametrize("excel_safe", [False, True])
def test_rendered_rows_are_what_the_dataframe_path_writes(tmp_path, fmt, excel_safe):
    from factcheck.table import render

    claims = claim_records()
    halves = [claims[:5], claims[5:]]
    by_pandas = _written(tmp_path, fmt, [to_frame(h) for h in halves], excel_safe)
    rendered = _written(tmp_path, fmt, [render(h, fmt, excel_safe=excel_safe) for h in halves])
    assert rendered == by_pandas
    if fmt == "csv":
        assert ("'=HYPERLINK" in rendered) is excel_safe
        assert "1e+20" in rendered and "0.3333333333333333" in rendered


def test_rendered_dict_records_treat_nan_as_missing(tmp_path):
    from factcheck.table import render

    recs = rows()
    recs[-1]["high"] = float("nan")
    assert _written(tmp_path, "csv", [render(recs, "csv")]) == _written(tmp_path, "csv", [to_frame(recs)])
    assert json.loads(render(recs, "jsonl").text.splitlines()[-1])["high"] is None


def test_rendered_rows_of_another_format_are_refused(tmp_path):
    from factcheck.table import render

    with pytest.raises(TableError, match="jsonl"):
        _written(tmp_path, "csv", [render(claim_records(), "jsonl")])
    with pytest.raises(TableError, match="parquet"):
        render(claim_records(), "parquet")


def test_rendered_empty_chunks_still_give_a_header(tmp_path):
    from factcheck.table import render

    assert _written(tmp_path, "csv", [render([], "csv")]) == ",".join(S.columns("claim")) + "\n"
    assert json.loads(_written(tmp_path, "json", [render([], "json"), render(claim_records()[:2], "json")])) \
        == S.frame_records(to_frame(claim_records()[:2]))
