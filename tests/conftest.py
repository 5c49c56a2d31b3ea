"""Shared fixtures: paths to the repository, the seed, and the dev set beside the checkout."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "eval" / "dev"
GOLD = SHARED / "eval" / "dev.gold.jsonl"
SCORER = SHARED / "eval" / "score.py"
PEERS = SHARED / "peers"
SEEDS = REPO / "seeds"


def _need(path: Path) -> None:
    if not path.exists():
        pytest.fail(f"{path} is missing: the dev set and peers live in ../shared beside the checkout")


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    _need(DEV)
    return DEV


@pytest.fixture(scope="session")
def peers_dir() -> Path:
    _need(PEERS)
    return PEERS


@pytest.fixture(scope="session")
def dev_claims_csv(tmp_path_factory, dev_dir) -> Path:
    """The whole dev set extracted once per test session, as a claims CSV."""
    from factcheck.api import extract
    from factcheck.table import write_table

    out = tmp_path_factory.mktemp("dev") / "dev.csv"
    write_table(extract([dev_dir]), out)
    return out


@pytest.fixture(scope="session")
def dev_scores(dev_claims_csv) -> dict:
    """``../shared/eval/score.py`` run on the dev set: figures, quotes, statements and misses."""
    _need(SCORER)
    spec = importlib.util.spec_from_file_location("factcheck_eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score(str(GOLD), str(dev_claims_csv))
