"""The claim schema is the single source of truth: record, enums, columns and dtypes agree with
it; validation reports every error with row, line and column."""

from __future__ import annotations

import json
from dataclasses import fields

import jsonschema
import pandas as pd
import pytest

from factcheck import schema as S
from factcheck.claims import Claim, categories, claim_fields, make_claim_id, qualifiers
from factcheck.errors import SchemaError, ValidationFailed
from factcheck.table import to_frame, write_table

from .conftest import REPO


def good_claim(**over) -> dict:
    rec = Claim(claim_id=make_claim_id("a", "figure", 3, 8), article_id="a", source="S",
                published="2024-01-02", kind="figure", category="killed", value=12.0, low=12.0,
                high=12.0, qualifier="exact", unit="person", text="12 people", sentence="12 people died.",
                start=3, end=8, superseded=False).as_record()
    rec.update(over)
    return rec


def test_record_fields_equal_schema_properties_in_order():
    assert claim_fields() == S.columns("claim")
    assert set(S.load_schema("claim")["required"]) == set(claim_fields())


def test_record_types_match_schema_types():
    props = S.load_schema("claim")["properties"]
    py = {"string": "str", "number": "float", "integer": "int", "boolean": "bool"}
    for f in fields(Claim):
        kinds = props[f.name]["type"]
        kinds = [kinds] if isinstance(kinds, str) else kinds
        base = [k for k in kinds if k != "null"][0]
        assert py[base] in str(f.type), f"{f.name}: record type {f.type} vs schema {kinds}"
        assert ("null" in kinds) == ("None" in str(f.type)), f"{f.name}: nullability differs"


def test_enums_come_from_the_schema():
    assert "killed" in categories() and "count" in categories() and len(categories()) == 14
    assert qualifiers()[0] == "exact" and "vague" in qualifiers()


def test_every_schema_is_valid_2020_12():
    for name in S.list_schemas():
        sch = S.load_schema(name)
        assert sch["$schema"].endswith("2020-12/schema")
        jsonschema.Draft202012Validator.check_schema(sch)


def test_frame_dtypes_derive_from_schema():
    df = to_frame([good_claim()])
    assert list(df.columns) == S.columns("claim")
    assert str(df["value"].dtype) == "Float64" and str(df["start"].dtype) == "Int64"
    assert str(df["superseded"].dtype) == "boolean"


def test_claim_id_is_stable_and_span_specific():
    assert make_claim_id("a", "figure", 1, 5) == make_claim_id("a", "figure", 1, 5)
    assert make_claim_id("a", "figure", 1, 5) != make_claim_id("a", "figure", 1, 6)
    assert len(make_claim_id("x", "quote", 0, 1)) == 16


def test_valid_frame_passes_and_missing_values_are_null_not_nan():
    df = to_frame([good_claim(), good_claim(claim_id="0" * 16, value=None, low=None, high=None)])
    assert S.validate(df, "claim") is df
    recs = S.frame_records(df)
    assert recs[1]["value"] is None and recs[1]["speaker"] is None


def test_frame_with_bad_kind_and_bad_start_names_both():
    df = pd.DataFrame([good_claim(), good_claim(kind="rumour"), good_claim(start="x")])
    with pytest.raises(ValidationFailed) as info:
        S.validate(df, "claim")
    got = {(i.row, i.column, i.keyword) for i in info.value.issues}
    assert (2, "kind", "enum") in got and (3, "start", "type") in got
    assert all(i.row != 1 for i in info.value.issues)


def test_non_figure_rows_must_not_carry_figure_fields():
    issues = S.record_issues(good_claim(kind="quote"), "claim")
    assert {"category", "value", "qualifier"} <= {i.column for i in issues}


def test_dates_are_checked_as_dates():
    issues = S.record_issues(good_claim(event_date="2023-02-30"), "claim")
    assert [(i.column, i.keyword) for i in issues] == [("event_date", "format")]


def test_csv_file_errors_carry_row_line_and_column(tmp_path):
    df = to_frame([good_claim(), good_claim(claim_id="1" * 16, sentence="two\nlines")])
    path = tmp_path / "c.csv"
    write_table(df, path)
    text = path.read_text().split("\n")
    # Row 2 spans lines 3-4 (a newline inside its sentence); break row 1's kind and row 2's start.
    text[1] = text[1].replace(",figure,", ",rumour,")
    text[3] = text[3].replace(",3,8,", ",three,8,")
    path.write_text("\n".join(text))
    issues = list(S.file_issues(path, "claim"))
    got = sorted((i.row, i.line, i.column, i.keyword) for i in issues)
    assert got == [(1, 2, "kind", "enum"), (2, 3, "start", "type")]
    assert "three" in [i for i in issues if i.column == "start"][0].message


@pytest.mark.parametrize("content, keyword", [
    (b"", "file"),
    (b"\x00\x01\x02\x03binary", "file"),
    (b"claim_id,article_id\n", "required"),
    (b"caf\xe9,\xfd not utf8\n", "encoding"),
])
def test_broken_files_are_issues_not_crashes(tmp_path, content, keyword):
    path = tmp_path / "t.csv"
    path.write_bytes(content)
    issues = list(S.file_issues(path, "claim"))
    assert issues and issues[0].keyword == keyword


def test_ragged_row_is_reported_with_its_line(tmp_path):
    path = tmp_path / "r.csv"
    write_table(to_frame([good_claim()]), path)
    with open(path, "a") as fh:
        fh.write("a,b,c\n")
    issues = list(S.file_issues(path, "claim"))
    assert [(i.row, i.line, i.keyword) for i in issues] == [(2, 3, "columns")]


def test_unknown_and_missing_columns_reported_once(tmp_path):
    df = to_frame([good_claim(), good_claim(claim_id="1" * 16)]).drop(columns=["cue"])
    df["extra_col"] = "x"
    path = tmp_path / "h.csv"
    df.to_csv(path, index=False)
    issues = list(S.file_issues(path, "claim"))
    assert sorted((i.column, i.keyword) for i in issues) == [("cue", "required"), ("extra_col", "additionalProperties")]


def test_jsonl_and_json_files(tmp_path):
    jl = tmp_path / "c.jsonl"
    jl.write_text(json.dumps(good_claim()) + "\n{oops\n" + json.dumps(good_claim(end="x")) + "\n")
    got = [(i.row, i.line, i.column, i.keyword) for i in S.file_issues(jl, "claim")]
    assert got == [(2, 2, None, "json"), (3, 3, "end", "type")]
    js = tmp_path / "c.json"
    js.write_text(json.dumps([good_claim(), good_claim(kind=None)]))
    assert [(i.row, i.column) for i in S.file_issues(js, "claim")] == [(2, "kind")]


def test_unknown_schema_name_lists_known_ones():
    with pytest.raises(SchemaError, match="claim"):
        S.load_schema("nope")


def test_schema_file_path_is_accepted():
    assert S.load_schema(REPO / "schemas" / "article.schema.json")["title"] == "factcheck article"


def test_table_schema_export_mirrors_json_schema():
    ts = S.table_schema("claim")
    names = [f["name"] for f in ts["fields"]]
    assert names == S.columns("claim")
    by = {f["name"]: f for f in ts["fields"]}
    assert by["kind"]["constraints"]["enum"] == ["figure", "quote", "statement"]
    assert by["start"]["type"] == "integer" and by["event_date"]["type"] == "date"
    assert by["text"]["constraints"]["required"] is True
