"""Quotes across articles: kept, altered, or credited to someone else."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck.compare import compare_quotes
from factcheck.compare.quotes import same_speaker, similarity, word_diff
from factcheck.schema import columns
from tests.test_compare_support import quote, table

TWO = "We will rebuild every home in the Gaza envelope within two years."
THREE = "We will rebuild every home in the Gaza envelope within three years."


def test_same_speaker_changed_wording_is_altered_with_a_word_diff():
    df = compare_quotes(table(
        quote("a", TWO, "Nir Barkat", role="Economy Minister", published="2023-11-01"),
        quote("b", THREE, "Barkat", role="minister", published="2023-11-05"),
    ))
    assert len(df) == 1
    row = df.iloc[0]
    assert row["status"] == "altered"
    assert row["word_diff"] == "We will rebuild every home in the Gaza envelope within [-two-] {+three+} years."
    assert 0.6 <= row["similarity"] < 1
    assert (row["a_article"], row["b_article"]) == ("a", "b")


def test_same_words_another_speaker_is_reattributed():
    df = compare_quotes(table(
        quote("a", TWO, "Nir Barkat", role="Economy Minister"),
        quote("b", TWO, "Alon Davidi", role="mayor of Sderot"),
    ))
    row = df.iloc[0]
    assert row["status"] == "reattributed"
    assert "Nir Barkat (Economy Minister)" in row["reason"] and "Alon Davidi (mayor of Sderot)" in row["reason"]
    assert row["similarity"] == 1 and pd.isna(row["word_diff"])


def test_same_words_same_speaker_is_same_and_unrelated_quotes_pair_with_nothing():
    df = compare_quotes(table(
        quote("a", TWO, "Nir Barkat"),
        quote("b", "We will rebuild every home in the Gaza envelope within two years!", "Nir Barkat"),
        quote("c", "The economy will recover by spring.", "Nir Barkat"),
        quote("d", "Completely different words about the weather today.", "Someone Else"),
    ))
    assert list(df["status"]) == ["same"]
    assert set(df[["a_article", "b_article"]].iloc[0]) == {"a", "b"}


def test_nearly_the_same_words_with_one_speaker_unnamed_are_altered_not_same():
    df = compare_quotes(table(quote("a", TWO, "Nir Barkat"), quote("b", THREE, None)))
    assert list(df["status"]) == ["altered"] and "not named" in df.iloc[0]["reason"]


def test_quotes_in_one_article_are_not_paired():
    assert compare_quotes(table(quote("a", TWO, "X"), quote("a", TWO, "Y"))).empty


def test_the_earlier_article_is_a():
    df = compare_quotes(table(quote("late", TWO, "Nir Barkat", published="2023-12-01"),
                              quote("early", THREE, "Nir Barkat", published="2023-11-01")))
    assert df.iloc[0]["a_article"] == "early"
    assert "{+two+}" in df.iloc[0]["word_diff"]


@pytest.mark.parametrize("a, b, expected", [
    ("Antony Blinken", "Blinken", True),
    ("Secretary of State Antony Blinken", "Antony Blinken", True),
    ("Nir Barkat", "Alon Davidi", False),
    ("Nir Barkat", None, None),
])
def test_same_speaker(a, b, expected):
    assert same_speaker(a, b) is expected


def test_similarity_and_word_diff():
    assert similarity(TWO, TWO) == 1.0
    assert similarity(TWO, "Nothing alike here at all") < 0.3
    assert word_diff("a b c", "a x c") == "a [-b-] {+x+} c"


def test_schema_and_empty_input():
    df = compare_quotes(table())
    assert list(df.columns) == columns("quote_pair") and df.empty


def test_end_to_end_over_article_text(tmp_path):
    """Two small articles quoting one minister, one with changed words, then a mayor."""
    from factcheck.compare import load_claims
    from factcheck.extract import EXTRACTORS

    if "quote" not in EXTRACTORS:
        pytest.xfail("the quote extractor is not committed yet")
    texts = {
        "one.txt": ("2023-11-01", f"Economy Minister Nir Barkat said: “{TWO}”"),
        "two.txt": ("2023-11-05", f"Economy Minister Nir Barkat said on Sunday: “{THREE}”"),
        "three.txt": ("2023-11-07", f"Sderot mayor Alon Davidi said: “{TWO}”"),
    }
    for name, (date, body) in texts.items():
        (tmp_path / name).write_text(f"source: Wire {name}\npublished: {date}\n\n{body}\n", encoding="utf-8")
    df = compare_quotes(load_claims(sorted(tmp_path.glob("*.txt"))))
    statuses = {(r.a_article, r.b_article): r.status for r in df.itertuples()}
    assert statuses.get(("one", "two")) == "altered"
    assert statuses.get(("one", "three")) == "reattributed"
