"""Quality gate for quotes and statements on the dev set (../shared/eval). The floors are
what the extractors reached when they were pinned, rounded down a little: they may be raised,
never lowered without a reason in the commit message."""

from __future__ import annotations

import pytest

FLOORS = {
    ("quotes", "f1"): 0.97,
    ("quotes", "speaker_acc"): 0.97,
    ("statements", "f1"): 0.96,
    ("statements", "speaker_acc"): 0.95,
}


@pytest.mark.parametrize("kind, metric", list(FLOORS))
def test_dev_floor(dev_scores, kind, metric):
    got = dev_scores[kind][metric]
    floor = FLOORS[(kind, metric)]
    misses = [m for m in dev_scores["misses"] if kind[:-1] in m]
    assert got >= floor, f"{kind} {metric} {got} fell below the pinned floor {floor}; misses: {misses}"
