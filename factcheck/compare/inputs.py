"""The inputs of diff and compare: claims tables or articles, told apart by name and content.

``.csv`` and ``.parquet`` files are claims tables. ``.json``/``.jsonl`` files are claims
tables when their first record has the claim columns ``claim_id`` and ``kind``, and articles
otherwise. Everything else (``.txt``, ``.md``, ``.html``, folders) is read as articles and
extracted. Claims tables are validated against the claim schema before use.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import FactcheckError, TableError, ValidationFailed

TABLE_ONLY_SUFFIXES = frozenset({".csv", ".parquet", ".pq"})
MAYBE_TABLE_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
# A claims table's first record names these columns; an article record does not.
CLAIM_MARKERS = frozenset({"claim_id", "kind"})


def _first_record(path: Path) -> dict | None:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            if path.suffix.lower() == ".json":
                data = json.load(fh)
                first = data[0] if isinstance(data, list) and data else data
            else:
                line = next((ln for ln in fh if ln.strip()), "")
                first = json.loads(line) if line else None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, StopIteration):
        return None
    return first if isinstance(first, dict) else None


def is_claims_table(path: str | Path) -> bool:
    """True when ``path`` is read as a claims table rather than as articles."""
    p = Path(path)
    suffix = p.suffix.lower()
    if p.is_dir():
        return False
    if suffix in TABLE_ONLY_SUFFIXES:
        return True
    if suffix in MAYBE_TABLE_SUFFIXES:
        first = _first_record(p)
        return first is not None and CLAIM_MARKERS <= set(first)
    return False


def read_claims_table(path: str | Path):
    """A claims table, checked against the claim schema (every problem reported at once)."""
    from ..schema import validate
    from ..table import read_table

    df = read_table(path, schema="claim")
    try:
        validate(df, "claim")
    except ValidationFailed as exc:
        raise ValidationFailed(exc.issues, source=f"{path} (as a claims table)") from None
    return df


def load_claims(paths: Iterable[str | Path] | str | Path, *, source: str | None = None,
                published: str | None = None, on_error: Callable[[FactcheckError], None] | None = None):
    """One claims DataFrame from claims tables and articles (files or folders) together.

    Without ``on_error`` the first unreadable input raises; with it, each failure is handed
    over and the other inputs are still read.
    """
    import pandas as pd

    from ..api import extract
    from ..table import conform, empty_frame

    if isinstance(paths, (str, Path)):
        paths = [paths]
    frames = []
    article_paths: list[str | Path] = []
    for p in paths:
        if is_claims_table(p):
            try:
                frames.append(read_claims_table(p))
            except (TableError, ValidationFailed) as exc:
                if on_error is None:
                    raise
                on_error(exc)
        else:
            article_paths.append(p)
    if article_paths:
        kwargs = {"source": source, "published": published}
        if on_error is not None:
            kwargs["on_error"] = on_error
        frames.append(extract(article_paths, **kwargs))
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame("claim")
    df = conform(pd.concat(frames, ignore_index=True), "claim")
    dupes = df["claim_id"][df["claim_id"].duplicated()].unique().tolist()
    if dupes:
        raise TableError(f"claim id(s) {', '.join(map(str, dupes[:3]))} appear in more than one input; "
                         "give each article once (an article and the table extracted from it are the same claims).")
    return df
