"""The number parser: digits, words, scales, fractions, units, vague amounts (factcheck.extract.numbers)."""

from __future__ import annotations

import re

import pytest

from factcheck.extract.numbers import alternation, grammar, parse_number, scan
from factcheck.units import canonical


@pytest.mark.parametrize("text, value", [
    ("1,400", 1400), ("2.3", 2.3), ("1.2 million", 1_200_000), ("$25m", 25_000_000), ("5.5bn", 5.5e9),
    ("70%", 70), ("3.8 per cent", 3.8), ("twelve", 12), ("two hundred and forty", 240),
    ("Thirty-nine", 39), ("a dozen", 12), ("half a million", 500_000), ("one-third", 1 / 3),
    ("three quarters", 0.75), ("one and a half", 1.5), ("a hundred and two", 102),
    ("twenty-one thousand three hundred", 21_300), ("seven", 7), ("zero", 0), ("10k", 10_000),
    ("US$ 1MM", 1e6), ("€10B", 1e10), ("£2,000", 2000), ("1,234,567", 1_234_567), (".08", 0.08),
    ("4.800", 4.8), ("1.3e6", 1.3e6), ("2 1/2", 2.5), ("3/4", 0.75), ("2½", 2.5),
    ("minus five point five", -5.5), ("-15", -15), ("13 lakh", 1.3e6), ("1 crore", 1e7),
    ("three dozens", 36), ("two thousand and two hundred", 2200), ("nine hundred thousand", 900_000),
    ("1 234 567", 1_234_567), ("40\u202f000", 40_000), ("2.5 billion dollars", 2.5e9),
    ("1 312", 1312), ("R250 000", 250_000), ("N4.5m", 4.5e6), ("Sh200 million", 2e8),
])
def test_parse_number(text, value):
    got = parse_number(text)
    assert got == pytest.approx(value), f"{text!r} read as {got}, expected {value}"


@pytest.mark.parametrize("text, units", [
    ("130,000 liters", "liter"), ("6 miles", "mile"), ("9.7 km", "kilometer"), ("$25 million", "USD"),
    ("70%", "percent"), ("3.8 per cent", "percent"), ("40 shekels", "ILS"), ("€5", "EUR"),
    ("24 hours", "hour"), ("27-kilometer", "kilometer"), ("10kg", "kilogram"), ("5 tonnes", "metric_ton"),
    ("R250 000", "ZAR"), ("N50m", "NGN"), ("KSh3.5 billion", "shilling"), ("R2,500", "ZAR"),
])
def test_unit_after_number(text, units):
    found = scan(text)
    assert len(found) == 1 and found[0].unit == units, [(n.value, n.unit) for n in found]
    assert found[0].end == len(text), "the unit belongs to the number's span"


@pytest.mark.parametrize("text, low, high", [
    ("dozens of", 24, 99), ("hundreds of", 200, 999), ("thousands", 2000, 9999),
    ("tens of thousands", 20000, 99999), ("Scores of", 40, 199), ("hundreds of thousands", 200_000, 999_999),
])
def test_vague_amounts_are_intervals_without_value(text, low, high):
    (n,) = scan(text)
    assert n.kind == "vague" and n.value is None and (n.low, n.high) == (low, high)


def test_vague_money_takes_its_currency():
    (n,) = scan("Tens of millions of dollars in aid")
    assert n.unit == "USD" and n.kind == "vague"


@pytest.mark.parametrize("text, values", [
    ("three-nought-four", [3, 0, 4]),   # digits spelled one by one are separate numbers
    ("two and three", [2, 3]),          # "and" joins only after hundred/thousand
    ("13 Israelis and 12 Thais", [13, 12]),
    ("1, 234, 567", [1, 234, 567]),     # a comma with a space does not group thousands
    ("on Oct. 7 240 hostages", [7, 240]),  # after a month, a plain space groups only twice or more
    ("on 7 May 2024 300 left", [7, 2024, 300]),
    ("call 0800 221 500 now", []),           # a phone number's groups are no quantities
])
def test_numbers_that_stay_apart(text, values):
    assert [n.value for n in scan(text)] == values


@pytest.mark.parametrize("text", ["a", "an", "third", "the first batch", "someone", "often", "tent"])
def test_no_number(text):
    assert scan(text) == []


def test_article_needs_a_scale_or_fraction():
    assert [n.value for n in scan("a truck and a dozen trucks")] == [12]


def test_unit_table_names_are_pint_units():
    """Every unit the tables name must be one pint knows, under that very name."""
    g = grammar()
    names = set(g.unit_words.values()) | set(g.unit_abbr.values()) | set(g.currency_before.values()) \
        | set(g.currency_after.values())
    bad = {u for u in names if canonical(u) is None}
    assert not bad, f"units pint does not know: {sorted(bad)}; fix factcheck/rules/figures.toml or units.py"


def test_alternation_prefers_the_longest_phrase():
    rx = re.compile(rf"(?:{alternation(['more', 'more than', 'at least', 'at'])})")
    assert rx.match("more than 5").group() == "more than"
    assert rx.match("at least 5").group() == "at least"
    assert rx.match("at 5").group() == "at"


def test_user_rules_extend_the_scale_words(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text("[scales]\ngazillion = 1e15\n")
    assert parse_number("two gazillion", [str(extra)]) is None or parse_number("2 gazillion", [str(extra)]) == 2e15
    assert parse_number("2 gazillion", [str(extra)]) == 2e15
    assert parse_number("2 gazillion") is None


@pytest.mark.parametrize("text", ["an R5 rifle", "N95 masks", "the R21 highway"])
def test_one_letter_currency_codes_need_a_large_amount(text):
    """"R" and "N" (rand, naira) before a small bare number are part of a name."""
    assert [n.unit for n in scan(text)] == [None]


@pytest.mark.parametrize("text, value", [
    ("2.527.544", 2_527_544), ("1.111,11", 1111.11), ("3,5", 3.5), ("61,4 billion", 61.4e9),
    ("0,8 %", 0.8), ("US$ 2,9 million", 2.9e6), ("12.400.000,50", 12_400_000.5),
])
def test_continental_marks_that_explain_themselves(text, value):
    # Two dot groups, a dot group before a comma, or a comma before one or two digits: no English
    # number is written so, whatever the rest of the text does.
    got = parse_number(text)
    assert got == pytest.approx(value), f"{text!r} read as {got}, expected {value}"


def test_a_comma_list_is_not_a_decimal():
    assert [n.value for n in scan("exercises 22,24,26,31.")] == [22, 24, 26, 31]


def _values(text):
    return [n.value for n in scan(text) if n.kind == "digits"]


def test_one_dot_group_follows_the_text_convention():
    # "1.200" is 1200 in a text that writes "3,5" and "2,9 million", and 1.2 in one that writes
    # "3.5" and "1,400".
    assert _values("Some 1.200 rescuers searched 3,5 hectares; damage of 2,9 million.") == [1200, 3.5, 2.9e6]
    assert _values("Some 1.200 tonnes, 3.5 hectares and 1,400 homes.") == [1.2, 3.5, 1400]
    # with no evidence either way, English
    assert _values("A 1.200 reading.") == [1.2]


@pytest.mark.parametrize("text, value, unit, end", [
    ("a 3-km radius", 3, "kilometer", "3-km"), ("a 9-mm pistol", 9, "millimeter", "9-mm"),
    # a letter that is a unit only when glued to the digits stays a name after a hyphen
    ("Two F-16 jets", 2, None, "Two"),
])
def test_unit_abbreviation_after_a_hyphen(text, value, unit, end):
    n = scan(text)[0]
    assert (n.value, n.unit, text[n.start:n.end]) == (value, unit, end)


def test_continental_reading_counts_each_number_once_from_its_start():
    # The convention is decided on whole runs of digits and marks, read from where they start:
    # ".5,25" starts with a mark and counts for neither side; "1.200,5" counts once.
    from factcheck.extract.numbers import _continental
    assert _continental("rates of .5,25 and 1.200 rescuers and 1,400 homes") is False
    assert _continental("1.200,5 tonnes and 1,400 homes and 3,5 hectares") is True
    assert _continental("1.200,5 tonnes, 1,400 homes and 2.5 hectares") is False


@pytest.mark.parametrize("text, unit", [
    # ISO codes before the amount, and a country's dollar written with its letters
    ("NGN 25,000", "NGN"), ("PHP 15,000", "peso"), ("SEK 4 million", "crown"), ("PKR 2 billion", "PKR"),
    ("NT$3 billion", "TWD"), ("J$ 800", "JMD"),
])
def test_currency_codes_before_the_number(text, unit):
    found = scan(text)
    assert len(found) == 1 and found[0].unit == unit and found[0].unit_kind == "currency", \
        [(n.value, n.unit) for n in found]
    assert found[0].start == 0, "the code belongs to the number's span"


def test_a_dollar_the_tables_do_not_know_is_money_without_a_unit():
    (n,) = scan("FT$180 million")
    assert (n.start, n.value, n.unit, n.unit_kind, n.unit_text) == (0, 180e6, None, "currency", "FT$")


def test_a_currency_code_inside_a_word_is_no_currency():
    # (capitals of a headline: "YEARS" ends in the Argentine peso's code)
    assert [n.unit for n in scan("TEN YEARS 5 MONTHS")] == ["year", "month"]
