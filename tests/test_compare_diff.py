"""``diff``: input A against input B, one row per aligned pair or unmatched figure."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck.compare import diff_claims, diff_files, is_claims_table, load_claims
from factcheck.errors import ValidationFailed
from factcheck.schema import columns, validate
from factcheck.table import write_table
from tests.conftest import SEEDS
from tests.test_compare_support import figure, table

SEED = SEEDS / "000_7c609068368f20e4.txt"
LATER = """source: Test Wire
published: 2023-11-10

Israel has lowered the death toll of the Oct. 7 Hamas attack to around 1,200 people killed, a government spokesman said on Friday.
"""

DIFF_COLUMNS = ["key", "category", "subject", "a_article", "a_value", "a_low", "a_high", "a_qualifier",
                "a_text", "b_article", "b_value", "b_low", "b_high", "b_qualifier", "b_text", "status",
                "delta", "reason"]


@pytest.fixture
def later_article(tmp_path):
    p = tmp_path / "later_1200.txt"
    p.write_text(LATER, encoding="utf-8")
    return p


def test_schema_columns_are_the_issues():
    assert columns("diff") == DIFF_COLUMNS


def test_seed_against_a_later_lower_toll_is_a_revision(later_article, tmp_path):
    out = tmp_path / "diff.csv"
    df = diff_files(SEED, later_article, out=out)
    killed = df[(df["category"] == "killed") & df["a_text"].notna() & df["b_text"].notna()]
    assert len(killed) == 1, df[["key", "a_text", "b_text", "status"]]
    row = killed.iloc[0]
    assert (row["a_text"], row["b_text"]) == ("at least 1,400", "around 1,200")
    # The issue accepts conflict or revised_down; the dates are known, so: B is later and lower.
    assert row["status"] == "revised_down"
    assert row["delta"] == -200
    assert "same place israel" in row["reason"] and "falls below" in row["reason"]
    # The file holds the same table and is valid against the diff schema.
    validate(str(out), "diff")
    assert list(pd.read_csv(out).columns) == DIFF_COLUMNS


def test_figures_without_a_counterpart_are_only_a_or_only_b(later_article):
    df = diff_files(SEED, later_article)
    only_a = df[df["status"] == "only_a"]
    assert {"over 5,000", "over 240"} <= set(only_a["a_text"])
    assert only_a["b_article"].isna().all() and only_a["delta"].isna().all()
    assert only_a["reason"].str.contains("B has no|no figure of B").all()
    back = diff_files(later_article, SEED)
    assert set(back[back["status"] == "only_b"]["b_text"]) >= {"over 5,000", "over 240"}


def test_statuses_on_hand_built_claims():
    a = table(
        figure("a", "over 240", 240, category="hostages", qualifier="more_than", published="2023-11-03",
               sentence="Hamas took over 240 captives back to Gaza from Israel."),
        figure("a", "at least 1,300", 1300, qualifier="at_least", published="2023-10-15",
               sentence="The attack killed at least 1,300 in Israel."),
        figure("a", "5,000", 5000, category="wounded", published="2023-10-15",
               sentence="5,000 were wounded in Israel."),
    )
    b = table(
        figure("b", "242", 242, category="hostages", published="2023-10-15",
               sentence="Hamas holds 242 hostages taken from Israel."),
        figure("b", "more than 1,400", 1400, qualifier="more_than", published="2023-11-03",
               sentence="More than 1,400 people were killed in Israel."),
        figure("b", "5,000", 5000, category="wounded", published="2023-11-03",
               sentence="5,000 were wounded in Israel."),
    )
    df = diff_claims(a, b).set_index("category")
    # "over 240" (later) and "242" (earlier): the intervals meet.
    assert df.loc["hostages", "status"] == "consistent"
    assert df.loc["killed", "status"] == "increased" and df.loc["killed", "delta"] == 100
    assert df.loc["wounded", "status"] == "same"


def test_a_superseded_figure_stands_for_the_earlier_state():
    a = table(figure("a", "more than 1,400", 1400, qualifier="more_than", published="2023-11-03",
                     sentence="More than 1,400 people were killed in Israel."))
    b = table(
        figure("b", "about 1,200", 1200, qualifier="approx", published="2023-11-10",
               sentence="Israel lowered its toll to about 1,200 people, down from more than 1,400."),
        figure("b", "more than 1,400", 1400, qualifier="more_than", published="2023-11-10", superseded=True,
               sentence="Israel lowered its toll to about 1,200 people, down from more than 1,400."),
    )
    df = diff_claims(a, b)
    by_b = df.set_index("b_text")
    assert by_b.loc["more than 1,400", "status"] == "same"
    assert "replaced" in by_b.loc["more than 1,400", "reason"]
    assert by_b.loc["about 1,200", "status"] == "revised_down"


def test_claims_tables_and_articles_are_told_apart(tmp_path, later_article):
    csv = tmp_path / "seed.csv"
    write_table(load_claims(SEED), csv)
    jsonl = tmp_path / "seed.jsonl"
    write_table(load_claims(SEED), jsonl)
    article_json = tmp_path / "article.json"
    article_json.write_text('{"id": "x", "source": "S", "published": "2023-11-10", "text": "Some 12 people were killed."}', encoding="utf-8")
    assert is_claims_table(csv) and is_claims_table(jsonl)
    assert not is_claims_table(article_json) and not is_claims_table(later_article)
    from_table = diff_files(csv, later_article)
    from_text = diff_files(SEED, later_article)
    assert from_table.equals(from_text)


def test_an_invalid_claims_table_is_refused_with_every_problem(tmp_path, later_article):
    csv = tmp_path / "bad.csv"
    df = load_claims(SEED)
    df.loc[0, "kind"] = "number"
    df.loc[1, "start"] = -3
    write_table(df, csv)
    with pytest.raises(ValidationFailed) as err:
        diff_files(csv, later_article)
    text = str(err.value)
    assert "bad.csv" in text and "'kind'" in text and "'start'" in text


def test_the_diff_is_validated_before_it_is_written(tmp_path, later_article, monkeypatch):
    out = tmp_path / "diff.csv"
    out.write_text("earlier content\n", encoding="utf-8")
    import factcheck.compare.diff as diff_module

    real = diff_module.pair_status

    def broken(*args, **kwargs):
        status, words, delta = real(*args, **kwargs)
        return "different", words, delta

    monkeypatch.setattr(diff_module, "pair_status", broken)
    with pytest.raises(ValidationFailed, match="status"):
        diff_files(SEED, later_article, out=out)
    assert out.read_text(encoding="utf-8") == "earlier content\n"


def test_units_convert_in_a_diff():
    a = table(figure("a", "6 miles", 6, category="measure", unit="mile", subject="from the border fence",
                     sentence="The town lies 6 miles from the border fence."))
    b = table(figure("b", "9.7 km", 9.7, category="measure", unit="kilometer", subject="from the border",
                     sentence="The town lies 9.7 km from the border."))
    row = diff_claims(a, b).iloc[0]
    assert row["status"] == "consistent" and "units convert" in row["reason"]
    # delta is in A's unit: 9.7 km is 6.027 miles.
    assert row["delta"] == pytest.approx(9.7 / 1.609344 - 6)
