"""Figures as intervals: when two figures agree, conflict, or one updates or revises the other.

A figure's interval comes from the claim's own ``low`` and ``high`` (the extractor derives them
from the qualifier and its tolerances; they are not derived again here). A null bound is
unbounded on that side; when both are null and ``value`` is set, the interval is the point
[value, value]. ``more_than`` and ``less_than`` make the bound open: ``over 240`` is (240, ∞),
so it meets 242 but not 240.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Qualifiers whose bound excludes the number itself.
OPEN_LOW_QUALIFIERS = frozenset({"more_than"})
OPEN_HIGH_QUALIFIERS = frozenset({"less_than"})

INF = math.inf


def _num(v: Any) -> float | None:
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed or half-open interval of the real line; ±inf for an unbounded side."""

    low: float = -INF
    high: float = INF
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def of(cls, value=None, low=None, high=None, qualifier=None) -> Interval | None:
        """The interval of a figure's columns; None for a figure with no number at all."""
        value, low, high = _num(value), _num(low), _num(high)
        if low is None and high is None:
            if value is None:
                return None if qualifier != "vague" else cls()
            return cls(value, value)
        lo = -INF if low is None else low
        hi = INF if high is None else high
        return cls(lo, hi,
                   low_open=qualifier in OPEN_LOW_QUALIFIERS and low is not None,
                   high_open=qualifier in OPEN_HIGH_QUALIFIERS and high is not None)

    @classmethod
    def of_row(cls, row: Mapping) -> Interval | None:
        """The interval of a claims-table row (a dict or a pandas row)."""
        return cls.of(row.get("value"), row.get("low"), row.get("high"), row.get("qualifier"))

    @property
    def empty(self) -> bool:
        if self.low > self.high:
            return True
        return self.low == self.high and (self.low_open or self.high_open)

    def meets(self, other: Interval) -> bool:
        """True when the two intervals share at least one number."""
        return not self.intersect(other).empty

    def intersect(self, other: Interval) -> Interval:
        if self.low > other.low or (self.low == other.low and self.low_open):
            lo, lo_open = self.low, self.low_open
        else:
            lo, lo_open = other.low, other.low_open
        if self.high < other.high or (self.high == other.high and self.high_open):
            hi, hi_open = self.high, self.high_open
        else:
            hi, hi_open = other.high, other.high_open
        return Interval(lo, hi, lo_open, hi_open)

    def below(self, other: Interval) -> bool:
        """True when every number of ``self`` is smaller than every number of ``other``."""
        if self.high < other.low:
            return True
        return self.high == other.low and (self.high_open or other.low_open)

    def above(self, other: Interval) -> bool:
        return other.below(self)

    def bounds(self) -> tuple[float | None, float | None]:
        """(low, high) with None for an unbounded side, as the tables store them."""
        return (None if self.low == -INF else self.low, None if self.high == INF else self.high)

    def __str__(self) -> str:
        lo = "-∞" if self.low == -INF else f"{self.low:,.10g}"
        hi = "∞" if self.high == INF else f"{self.high:,.10g}"
        return f"{'(' if self.low_open or self.low == -INF else '['}{lo}, {hi}{')' if self.high_open or self.high == INF else ']'}"


def intersection(intervals: Iterable[Interval]) -> Interval | None:
    """The numbers every interval holds, or None when they do not all meet."""
    out: Interval | None = None
    for iv in intervals:
        out = iv if out is None else out.intersect(iv)
        if out.empty:
            return None
    return out


# The relation of a later figure to an earlier one.
SAME, CONSISTENT, CONFLICT, INCREASED, REVISED_DOWN = "same", "consistent", "conflict", "increased", "revised_down"


def anchor(iv: Interval) -> Interval:
    """The number an interval is pinned to: ``at least 1,300`` is anchored at 1,300, ``up to
    7,000`` at 7,000; a bounded interval is its own anchor."""
    if iv.high == INF and iv.low != -INF:
        return Interval(iv.low, iv.low)
    if iv.low == -INF and iv.high != INF:
        return Interval(iv.high, iv.high)
    return iv


def rose(earlier: Interval, later: Interval) -> bool:
    """A running count rose: the later interval lies above the earlier one's anchor, and its
    own anchor does too (``at least 1,300`` -> ``more than 1,400``; not ``over 240`` -> ``242``
    when the order in time is unknown, which the caller decides)."""
    return later.above(anchor(earlier)) and anchor(later).above(anchor(earlier))


def relation(a: Interval, b: Interval, *, identical: bool = False, cumulative: bool = False,
             order: int | None = None) -> str:
    """How figure ``b`` stands to figure ``a``.

    ``identical``: the two state the same number the same way (then ``same``). ``order`` is
    -1 when ``a`` is earlier than ``b``, 1 when later, None or 0 when the order is unknown.
    For a running count (``cumulative``) in a known order, a later interval wholly below the
    earlier one is a revision (``revised_down``) and a later one above the earlier anchor is an
    update (``increased``). Otherwise meeting intervals are ``consistent`` and disjoint ones a
    ``conflict``.
    """
    if identical:
        return SAME
    if cumulative and order:
        earlier, later = (a, b) if order < 0 else (b, a)
        if later.below(earlier):
            return REVISED_DOWN
        if rose(earlier, later):
            return INCREASED
    if a.meets(b):
        return CONSISTENT
    return CONFLICT


# A figure converted from another unit was rounded by its writer: "6 miles (9.7 km)" is
# 9.656 km. Converted intervals are widened by this share of their value on each side so
# that such pairs meet; 1% covers rounding to two or three significant digits.
UNIT_CONVERSION_TOLERANCE = 0.01


def converted(iv: Interval, unit: str | None, to: str | None) -> Interval | None:
    """``iv`` in unit ``to`` (widened by :data:`UNIT_CONVERSION_TOLERANCE`); None when the units
    do not convert. The same or a missing unit leaves the interval as it is."""
    if not unit or not to or unit == to:
        return iv
    from ..units import convert

    factor = convert(1.0, unit, to)
    if factor is None:
        return None

    def scale(x: float) -> float:
        return x if math.isinf(x) else x * factor

    lo, hi = scale(iv.low), scale(iv.high)
    if factor < 0:  # pragma: no cover - no unit of counts or sizes converts with a sign flip
        lo, hi = hi, lo
    pad_lo = 0.0 if math.isinf(lo) else abs(lo) * UNIT_CONVERSION_TOLERANCE
    pad_hi = 0.0 if math.isinf(hi) else abs(hi) * UNIT_CONVERSION_TOLERANCE
    return Interval(lo - pad_lo, hi + pad_hi, iv.low_open, iv.high_open)
