"""Figures as intervals: meeting, conflicting, updating and revising."""

from __future__ import annotations

import math

import pytest

from factcheck.compare.intervals import (
    CONFLICT,
    CONSISTENT,
    INCREASED,
    REVISED_DOWN,
    SAME,
    UNIT_CONVERSION_TOLERANCE,
    Interval,
    converted,
    intersection,
    relation,
)


def iv(value=None, low=None, high=None, qualifier="exact"):
    return Interval.of(value, low, high, qualifier)


@pytest.mark.parametrize("a, b, meets", [
    # The issue's own examples.
    (iv(1400, 1400, None, "at_least"), iv(1200, 1140, 1260, "approx"), False),
    (iv(240, 240, None, "more_than"), iv(242, 242, 242), True),
    # "over 240" excludes 240 itself; "at least 240" does not.
    (iv(240, 240, None, "more_than"), iv(240, 240, 240), False),
    (iv(240, 240, None, "at_least"), iv(240, 240, 240), True),
    # "fewer than 100" excludes 100.
    (iv(100, 0, 100, "less_than"), iv(100, 100, 100), False),
    (iv(100, 0, 100, "at_most"), iv(100, 100, 100), True),
    # Null bounds are unbounded; a point with no bounds is [value, value].
    (iv(None, None, None, "vague"), iv(5, 5, 5), True),
    (iv(7000, None, None), iv(7000, 7000, 7000), True),
    (iv(7000, None, None), iv(7001, None, None), False),
    (iv(100, 100, 150, "range"), iv(150, 150, 150), True),
    (iv(100, 100, 150, "range"), iv(151, 151, 151), False),
])
def test_meets(a, b, meets):
    assert a.meets(b) is meets
    assert b.meets(a) is meets


def test_a_figure_with_no_number_has_no_interval():
    assert Interval.of(None, None, None, "exact") is None


def test_null_bounds_are_unbounded():
    at_least = iv(1400, 1400, None, "at_least")
    assert at_least.low == 1400 and at_least.high == math.inf
    assert at_least.bounds() == (1400, None)


@pytest.mark.parametrize("earlier, later, status", [
    (iv(1300, 1300, None, "at_least"), iv(1400, 1400, None, "more_than"), INCREASED),
    (iv(1400, 1400, None, "more_than"), iv(1200, 1140, 1260, "approx"), REVISED_DOWN),
    (iv(2300, 2300, None, "more_than"), iv(13300, 13300, None, "more_than"), INCREASED),
    (iv(1400, 1400, None, "at_least"), iv(1400, 1400, 1400), CONSISTENT),
    (iv(1200, 1140, 1260, "approx"), iv(1250, 1250, 1250), CONSISTENT),
])
def test_running_counts_in_time(earlier, later, status):
    assert relation(earlier, later, cumulative=True, order=-1) == status
    # The same pair given the other way round (b earlier than a) reads the same.
    assert relation(later, earlier, cumulative=True, order=1) == status


def test_without_an_order_or_for_a_count_that_does_not_run_disjoint_is_a_conflict():
    a, b = iv(1400, 1400, None, "at_least"), iv(1200, 1140, 1260, "approx")
    assert relation(a, b, cumulative=True, order=0) == CONFLICT
    assert relation(a, b, cumulative=False, order=-1) == CONFLICT
    # Without an order, "over 240" and "242" simply agree.
    assert relation(iv(240, 240, None, "more_than"), iv(242, 242, 242), cumulative=True, order=0) == CONSISTENT


def test_identical_is_same():
    a = iv(5, 5, 5)
    assert relation(a, a, identical=True) == SAME


def test_intersection():
    got = intersection([iv(1300, 1300, None, "at_least"), iv(1400, 1400, None, "more_than"), iv(1500, 0, 1500, "at_most")])
    assert (got.low, got.high, got.low_open) == (1400, 1500, True)
    assert intersection([iv(1, 1, 1), iv(2, 2, 2)]) is None


def test_converted_units_meet_within_rounding():
    miles, km = iv(6, 6, 6), iv(9.7, 9.7, 9.7)
    in_km = converted(miles, "mile", "kilometer")
    assert in_km.meets(km)
    # A real difference is still a difference.
    assert not converted(iv(7, 7, 7), "mile", "kilometer").meets(km)
    assert UNIT_CONVERSION_TOLERANCE < 0.05
    assert converted(miles, "mile", "person") is None
