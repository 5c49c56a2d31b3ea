"""Quality gate on articles written for the tests (tests/heldout/): prose the extractors' rules
were not tuned on, scored by ../shared/eval/score.py like the dev set. Floors only move up."""

from __future__ import annotations

import importlib.util

import pytest

from factcheck.api import extract
from factcheck.table import write_table

from .conftest import REPO, SCORER

HELDOUT = REPO / "tests" / "heldout"

# What the committed extractors reach, rounded down; raise them when the extractors improve.
FLOORS = {
    ("figures", "f1"): 0.98,
    ("figures", "category_acc"): 0.95,
    ("figures", "qualifier_acc"): 0.99,
    ("quotes", "f1"): 0.95,
    ("quotes", "speaker_acc"): 0.99,
    ("statements", "f1"): 0.94,
    ("statements", "speaker_acc"): 0.95,
}


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory):
    if not SCORER.exists():
        pytest.fail(f"{SCORER} is missing: the scorer lives in ../shared beside the checkout")
    out = tmp_path_factory.mktemp("heldout") / "claims.csv"
    write_table(extract([HELDOUT / "articles"]), out)
    spec = importlib.util.spec_from_file_location("factcheck_eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score(str(HELDOUT / "gold.jsonl"), str(out))


@pytest.mark.parametrize("kind, metric", sorted(FLOORS))
def test_heldout_quality_floor(heldout_scores, kind, metric):
    got = heldout_scores[kind][metric]
    assert got >= FLOORS[(kind, metric)], (
        f"held-out {kind} {metric} fell to {got} (floor {FLOORS[(kind, metric)]}); misses: "
        + "; ".join(heldout_scores["misses"][:10]))
