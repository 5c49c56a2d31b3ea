"""Value recall of the figure extractor on other projects' test cases (../shared/peers/).

Each case's sentence becomes an Article; an expected value counts as found when some figure's
value, low or high equals it within 1e-6 relative. Floors are what the extractor reached when
they were set, rounded down; they only move up. Target (issue 3): recall >= 0.9 on both.

Peer items the GUIDELINES say are not figures are not counted, by rule (never by case):

* durations and time windows ("three days", "two-year", "3 years"): GUIDELINES, "Not figures";
* years ("1979", "in 2013"): GUIDELINES, "Not figures";
* identifiers: dotted numbers ("192.168.1.2"), numbers hyphened to a name ("SCP-173");
* quantities implied by an indefinite article with no number written ("a gallon", "a penny",
  "a dozen" as one dozen): a figure is a number the article states.

Representation: quantulum3 gives a range ("8- to 16-meter") as its midpoint and half-width;
the extractor gives the ends, so the expected value is the low end (value - uncertainty). A
measurement error ("9.83e-3 +/- 1e-5") is not a range and keeps its value.

Everything else counts, including the cases the extractor misses on purpose or by limitation
(Recognizers' word fractions like "one hundred thirty fifths", "twenty-firsts"; quantulum3's
units glued to digits like "32K", "1500b", "-10C"; model numbers such as "Bahco 9031").
"""

from __future__ import annotations

import json
import re

import pytest

from factcheck.articles import Article
from factcheck.extract import ExtractOptions
from factcheck.extract import figures as F
from factcheck.extract.text import Document

FLOORS = {"quantulum3_quantities.jsonl": 0.92, "recognizers_number_en.jsonl": 0.91}
OPTIONS = ExtractOptions(kinds=("figure",))
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second"}
TIME_AFTER = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|seconds?)\b", re.IGNORECASE)
DOTTED = re.compile(r"\d+(?:\.\d+){2,}")
YEAR = re.compile(r"(?:18|19|20)\d\d")


def _values(text: str) -> list[float]:
    out: list[float] = []
    for c in F.extract(Document(Article(id="peer", text=text)), OPTIONS):
        out += [v for v in (c.value, c.low, c.high) if v is not None]
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _quantulum_expected(case: dict) -> list[tuple[float, str]]:
    """(value, surface) of the items that count."""
    out = []
    for item in case["expected"]:
        value, surface, unit = item["value"], item.get("surface", ""), item.get("unit", "")
        if unit in TIME_UNITS:
            continue  # a duration
        if unit == "dimensionless" and YEAR.fullmatch(surface.strip()):
            continue  # a year
        if re.match(r"(?i)an?\b", surface) and not re.search(r"\d", surface):
            continue  # "a gallon": the article is the number
        unc = item.get("uncertainty")
        if unc and "±" not in surface and "+/-" not in surface:
            value = value - unc  # a range: its low end
        out.append((float(value), surface))
    return out


def _recognizers_expected(case: dict) -> list[tuple[float, str]]:
    text = case["text"]
    out = []
    for item in case["expected"]:
        if not isinstance(item["value"], (int, float)):
            continue
        start, end = item["start"], item["end"] + 1
        if any(m.start() <= start < m.end() for m in DOTTED.finditer(text)):
            continue  # an IP address or version number
        if TIME_AFTER.match(text, end):
            continue  # a duration
        if text[start:start + 1].isdigit() and re.search(r"[A-Za-z]-$", text[:start]):
            continue  # a name: "SCP-173"
        out.append((float(item["value"]), item["text"]))
    return out


def _cases(peers_dir, name):
    with open(peers_dir / name, encoding="utf-8") as fh:
        for line in fh:
            case = json.loads(line)
            if name.startswith("recognizers"):
                if case.get("model") != "NumberModel" or "not_supported" in case:
                    continue
                yield case, _recognizers_expected(case)
            else:
                yield case, _quantulum_expected(case)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_value_recall_on_peer_cases(peers_dir, name):
    found = total = 0
    missed = []
    for case, expected in _cases(peers_dir, name):
        got = _values(case["text"])
        for value, surface in expected:
            total += 1
            if any(_same(value, g) for g in got):
                found += 1
            else:
                missed.append(f"{surface!r}={value} in {case['text'][:60]!r}")
    recall = found / total
    assert total > 100, f"{name}: only {total} items counted; is the peer file complete?"
    assert recall >= FLOORS[name], (
        f"{name}: value recall {recall:.3f} ({found}/{total}) is below the floor {FLOORS[name]}; "
        f"missed: {missed}")
