"""Date mentions (factcheck.dates.find_dates): the patterns are tried only where a cheap look
in the lower-cased text says one may match; that must find what a search everywhere finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import find_dates

# A long s after the text sends find_dates down the path that searches everywhere (a letter
# that folds unlike its lower case); after a space it matches nothing itself.
SLOW = " \u017f"

TEXTS = [
    "On Oct. 7, 2023, militants crossed the border; by Monday's count 1,400 were dead.",
    "The 3rd of March and 12 of\nMarch, 2024 and 4th March and 5 MARCH and 6 may.",
    "Officials met on 2023-10-07-2023-11-01 and on 1999-12-31; 12345-10-07 is not a date.",
    "two days ago, a day ago, 10 days ago, yesterday, last night and this morning",
    "May 5 people may decide in March 45 or March 3; Decemberr 3 and Dec 3rd, 2023.",
    "The market in Marseille, the decision on Sunday's vote and Saturdays.",
    "Sept. 11, 2001 — and 11 September — and September 11th",
]


@pytest.mark.parametrize("text", TEXTS)
def test_dates_found_as_a_search_everywhere_finds_them(text):
    assert find_dates(text) == find_dates(text + SLOW)


_PIECES = st.sampled_from(["Oct.", "October", "oct", "May", "may", "Monday", "monday's", "3rd", "of", "2023",
                           "2023-10-07", "-", "7", "31", "days", "ago", "a", "two", "today", "last night",
                           "March", "mar", "market", ",", ".", " ", "  ", "\n", "Dec", "th", "12th"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_dates_from_pieces_found_as_a_search_everywhere_finds_them(pieces):
    text = " ".join(pieces)
    assert find_dates(text) == find_dates(text + SLOW)
