"""Dates: publication dates in headers, and the dates an article's sentences mention.

Date mentions are found with patterns built from the tables below and resolved against the
article's published date: a weekday is the last such day on or before publication, a day and
month without a year is the last such date on or before publication, so a resolved date is
never after the article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
# Words that name a day by its distance from the publication day.
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                 "this evening": 0, "yesterday": -1, "last night": -1}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "a": 1}

_month = "|".join(sorted(MONTHS, key=len, reverse=True))
_weekday = "|".join(WEEKDAYS)
_rel = "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True))
_num = "|".join(NUMBER_WORDS) + r"|\d+"

MONTH_DAY = re.compile(
    rf"\b(?P<month>{_month})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE)
DAY_MONTH = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_month})\b\.?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE)
WEEKDAY = re.compile(rf"\b(?P<weekday>{_weekday})(?:'s)?\b", re.IGNORECASE)
RELATIVE = re.compile(rf"\b(?P<rel>{_rel})\b", re.IGNORECASE)
DAYS_AGO = re.compile(rf"\b(?P<n>{_num})\s+days?\s+ago\b", re.IGNORECASE)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
NUMERIC_DMY = re.compile(r"\b(?P<day>[0-3]?\d)-(?P<mon>[A-Za-z]{3,9})-(?P<year>(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text: where it stands and what it says."""

    start: int
    end: int
    text: str
    kind: str  # month_day | weekday | relative | days_ago | iso
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None

    def resolve(self, published: dt.date | None) -> dt.date | None:
        """The calendar date, never after ``published``; None when it cannot be told."""
        if self.kind in ("iso", "month_day") and self.year is not None:
            return _safe_date(self.year, self.month, self.day)
        if published is None:
            return None
        if self.kind == "month_day":
            d = _safe_date(published.year, self.month, self.day)
            if d is not None and d > published:
                d = _safe_date(published.year - 1, self.month, self.day)
            return d
        if self.kind == "weekday":
            back = (published.weekday() - self.weekday) % 7
            return published - dt.timedelta(days=back)
        if self.kind in ("relative", "days_ago"):
            return published + dt.timedelta(days=self.offset)
        return None


def _safe_date(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


# Words one of which every match of a pattern holds (case aside): a text without any of them
# is not searched with that pattern. Month names all begin with one of twelve stems, weekdays
# end in "day", relative days end in one of a few words.
_MONTH_STEMS = tuple(sorted({m[:3] for m in MONTHS}))
_RELATIVE_WORDS = tuple(sorted({r.split()[-1] for r in RELATIVE_DAYS}))
# Letters that match another letter under re.IGNORECASE without lower-casing to it (long s,
# Kelvin sign, dotless i, dotted capital I): a text with one is searched with every pattern.
_ODD_CASE = ("\u017f", "\u212a", "\u0131", "\u0130")


# Where a pattern may match, found in the lower-cased text with cheap literal searches: the
# pattern is then tried only there (see _matches_at), which gives what finditer gives. Month
# names all begin with one of twelve stems; an ISO date has a hyphen after its year.
_MONTH_STEM = re.compile("|".join(_MONTH_STEMS))
_WEEKDAY_NAME = re.compile("|".join(WEEKDAYS))
_ODD_CASE_CHAR = re.compile("[" + "".join(_ODD_CASE) + "]")
_DAY_SUFFIXES = ("st", "nd", "rd", "th")


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, left to right, without overlaps."""
    return _find_dates(text, 0)


def _find_dates(text: str, base: int, low: str | None = None) -> list[DateMention]:
    """:func:`find_dates` with every offset moved on by ``base`` (``text`` is a slice of a
    longer text that starts at ``base``). ``low`` is ``text.lower()`` when the caller has it
    and knows that ``text`` holds none of the letters in ``_ODD_CASE``."""
    found: list[DateMention] = []
    if low is None and _ODD_CASE_CHAR.search(text) is None:
        low = text.lower()
    if low is not None and len(low) == len(text):
        iso_at = _iso_starts(text)
        # (a month name starts a word: both patterns have a word boundary before it, which a
        # letter before the stem rules out, as in "summary" or "remarks")
        month_at = [p for m in _MONTH_STEM.finditer(low) if not (p := m.start()) or not low[p - 1].isalpha()]
        day_month = any(_day_before(low, p) for p in month_at)
        weekday_at = [m.start() for m in _WEEKDAY_NAME.finditer(low)] if "day" in low else []
        relative = any(w in low for w in _RELATIVE_WORDS)
        ago = "ago" in low and "day" in low
        iso: Iterable[re.Match] = _matches_at(ISO_DATE, text, iso_at)
        month_days: Iterable[re.Match] = _matches_at(MONTH_DAY, text, month_at)
        day_months: Iterable[re.Match] = DAY_MONTH.finditer(text) if day_month else ()
        weekdays: Iterable[re.Match] = _matches_at(WEEKDAY, text, weekday_at)
    else:
        iso, month_days, day_months = ISO_DATE.finditer(text), MONTH_DAY.finditer(text), DAY_MONTH.finditer(text)
        weekdays = WEEKDAY.finditer(text)
        relative = ago = True
    for m in iso:
        found.append(DateMention(m.start() + base, m.end() + base, m.group(), "iso", int(m["month"]), int(m["day"]),
                                 int(m["year"])))
    for matches in (month_days, day_months):
        for m in matches:
            day = int(m["day"])
            if not 1 <= day <= 31:
                continue
            month = MONTHS.get(m["month"].casefold())
            # Month names are capitalised in news text; "may 5" or "mar" in lower case are words.
            if not m["month"][0].isupper() or month is None:
                continue
            year = int(m["year"]) if m["year"] else None
            found.append(DateMention(m.start() + base, m.end() + base, m.group(), "month_day", month, day, year))
    for m in weekdays:
        weekday = WEEKDAYS.get(m["weekday"].casefold())
        if weekday is not None:  # None for a letter that matches only under re.IGNORECASE
            found.append(DateMention(m.start() + base, m.end() + base, m.group(), "weekday", weekday=weekday))
    for m in RELATIVE.finditer(text) if relative else ():
        offset = RELATIVE_DAYS.get(m["rel"].casefold())
        if offset is not None:
            found.append(DateMention(m.start() + base, m.end() + base, m.group(), "relative", offset=offset))
    for m in DAYS_AGO.finditer(text) if ago else ():
        n = m["n"].casefold()
        days = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if days is not None:
            found.append(DateMention(m.start() + base, m.end() + base, m.group(), "days_ago", offset=-days))
    if len(found) > 1:
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def _iso_starts(text: str) -> list[int]:
    """Where an ISO date may start: four characters before a hyphen that follows a digit."""
    out = []
    i = text.find("-", 4)
    while i >= 0:
        if text[i - 1].isdigit():
            out.append(i - 4)
        i = text.find("-", i + 1)
    return out


def _day_before(low: str, p: int) -> bool:
    """Whether DAY_MONTH may find a month at ``p``: white space before it, maybe "of" and white
    space before that, and before them a digit or a digit and "st", "nd", "rd" or "th"."""
    j = _skip_space_back(low, p)
    if j == p:
        return False
    if _day_ends_at(low, j):
        return True
    if j >= 2 and low[j - 2:j] == "of":
        k = _skip_space_back(low, j - 2)
        return k < j - 2 and _day_ends_at(low, k)
    return False


def _skip_space_back(low: str, j: int) -> int:
    while j > 0 and low[j - 1].isspace():
        j -= 1
    return j


def _day_ends_at(low: str, j: int) -> bool:
    if j >= 1 and low[j - 1].isdigit():
        return True
    return j >= 3 and low[j - 2:j] in _DAY_SUFFIXES and low[j - 3].isdigit()


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """What ``pattern.finditer(text)`` gives when no match can start outside ``starts``
    (ascending): the pattern tried at each of them, after the end of the last match."""
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m:
            yield m
            end = m.end()


def parse_date(text: str | None) -> str | None:
    """A publication date as ISO (``2023-11-03`` or ``2023-11-03T10:00:00+00:00``), or None.

    Accepts ISO dates and date-times, ``November 3, 2023``, ``3 Nov 2023``, ``13-Sep-2023``.
    """
    if text is None:
        return None
    if isinstance(text, dt.datetime):
        return text.isoformat()
    if isinstance(text, dt.date):
        return text.isoformat()
    s = str(text).strip()
    if not s or s.lower().startswith("unknown"):
        return None
    try:
        if "T" in s or (len(s) > 10 and s[10] == " " and ":" in s):
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).isoformat()
        if len(s) == 10:
            return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        pass
    m = NUMERIC_DMY.fullmatch(s)
    if m and m["mon"].lower() in MONTHS:
        d = _safe_date(int(m["year"]), MONTHS[m["mon"].lower()], int(m["day"]))
        return d.isoformat() if d else None
    for mention in find_dates(s):
        if mention.year is not None and mention.end - mention.start >= len(s.strip(" .,")) - 1:
            d = mention.resolve(None)
            return d.isoformat() if d else None
    return None


def as_date(published: str | None) -> dt.date | None:
    """The date part of an ISO date or date-time string."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
