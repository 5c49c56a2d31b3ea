"""Rule tables: the words the extractors look for, as data.

Each table is a TOML file in this folder (``figures.toml``, ``speech.toml``, ...). A user
extends them with TOML files of the same shape (``factcheck extract --rules my.toml``): lists
are extended, tables are merged key by key, plain values are replaced.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..errors import FactcheckError

RULES_DIR = Path(__file__).resolve().parent


def merge(base: dict, extra: dict) -> dict:
    """``extra`` over ``base``: lists extended (without repeats), tables merged, values replaced."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise FactcheckError(f"{path}: no such rules file.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise FactcheckError(f"{path}: not valid TOML ({exc}). Fix the file; see factcheck/rules/*.toml for the shape.") from exc


@cache
def _load(name: str, extra_paths: tuple[str, ...]) -> dict:
    table = _read(RULES_DIR / f"{name}.toml")
    for p in extra_paths:
        user = _read(Path(p))
        # A user file may hold several tables' sections, keyed by table name, or one table's keys.
        table = merge(table, user.get(name, user) if name in user else user)
    return table


def load_rules(name: str, extra_paths: Iterable[str] = ()) -> dict:
    """The rule table ``name`` with the user's files merged over it (cached)."""
    return _load(name, tuple(str(p) for p in extra_paths))
