"""Claims as records and as a DataFrame; reading and writing CSV, JSON, JSONL and Parquet.

Column order and dtypes come from the JSON Schema (``schemas/claim.schema.json``). Missing
values are pandas NA in memory, empty cells in CSV and ``null`` in JSON. Every file is
written whole or not at all.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from ._io import atomic_open, atomic_path
from .errors import TableError
from .schema import column_dtypes, columns, frame_records

FORMATS = ("csv", "json", "jsonl", "parquet")
EXTENSIONS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".parquet": "parquet", ".pq": "parquet"}

# Cells that a spreadsheet would run as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def format_for(path: str | Path, default: str | None = None) -> str:
    """The table format a file name implies (``claims.csv`` -> ``csv``)."""
    fmt = EXTENSIONS.get(Path(path).suffix.lower(), default)
    if fmt is None:
        raise TableError(f"{path}: cannot tell the format from the extension; name the file .csv, .json, .jsonl or .parquet, or pass --format.")
    return fmt


def empty_frame(schema: str | dict = "claim"):
    """An empty table with every column and dtype of the schema."""
    import pandas as pd

    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in column_dtypes(schema).items()})


def to_frame(records: Iterable[Any], schema: str | dict = "claim"):
    """Claims (or dicts) as a DataFrame with the schema's columns, in order, with nullable dtypes."""
    import pandas as pd

    rows = list(records)
    dtypes = column_dtypes(schema)
    if not rows:
        return empty_frame(schema)
    if all(hasattr(r, "__slots__") for r in rows):
        # Claim records: read each column straight off the objects, with no dict per row.
        data = {c: [getattr(r, c, None) for r in rows] for c in dtypes}
        extra: list[str] = []
    else:
        rows = [r.as_record() if hasattr(r, "as_record") else r for r in rows]
        data = {c: [row.get(c) for row in rows] for c in dtypes}
        extra = [c for c in rows[0] if c not in dtypes]
    frame = pd.DataFrame({c: pd.Series(v, dtype=dtypes[c]) for c, v in data.items()})
    for c in extra:
        frame[c] = [row.get(c) for row in rows]
    return frame


@dataclass(frozen=True)
class Rendered:
    """Rows already written out as text for one format (see :func:`render`): what a worker
    process sends back, so that the process that writes the file only appends text."""

    fmt: str
    text: str  # csv: rows without the header; jsonl: one line a row; json: rows joined by ",\n"
    rows: int

    def __len__(self) -> int:
        return self.rows


# The formats :func:`render` writes without building a DataFrame.
TEXT_FORMATS = ("csv", "jsonl", "json")


def render(claims: Sequence[Any], fmt: str, *, excel_safe: bool = False) -> Rendered:
    """Claim records as the rows of a CSV, JSONL or JSON table, exactly as writing
    ``to_frame(claims)`` through :class:`TableWriter` gives them, without pandas: a float as
    its shortest repr, a missing value as an empty cell (CSV) or ``null``, booleans as
    ``True``/``False`` in CSV."""
    if fmt not in TEXT_FORMATS:
        raise TableError(f"render writes {', '.join(TEXT_FORMATS)}, not {fmt!r}.")
    names = columns("claim")
    try:
        rows = list(map(attrgetter(*names), claims))
    except AttributeError:  # records as dicts
        rows = [tuple(c.get(n) for n in names) for c in claims]
    # A NaN is a missing value, as in a DataFrame (the extractor makes none; dicts may hold one).
    floats = _float_positions()
    if any(row[i] != row[i] for row in rows for i in floats):
        rows = [tuple(None if isinstance(v, float) and v != v else v for v in row) for row in rows]
    if fmt == "csv":
        if excel_safe:
            rows = [tuple("'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for v in row)
                    for row in rows]
        buf = io.StringIO()
        # The csv module writes None as an empty cell, a float as its repr, True as "True":
        # what pandas writes for the schema's nullable dtypes.
        csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
        return Rendered(fmt, buf.getvalue(), len(rows))
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    lines = [dumps(dict(zip(names, row, strict=True))) for row in rows]
    if fmt == "jsonl":
        return Rendered(fmt, "".join(line + "\n" for line in lines), len(rows))
    return Rendered(fmt, ",\n".join(lines), len(rows))


@cache
def _float_positions() -> tuple[int, ...]:
    """Where the float columns stand in a claims row."""
    return tuple(i for i, t in enumerate(column_dtypes("claim").values()) if t == "Float64")


def conform(df, schema: str | dict = "claim"):
    """A table with the schema's columns in order and its dtypes (extra columns kept after)."""
    import pandas as pd

    dtypes = column_dtypes(schema)
    out = {}
    for c, t in dtypes.items():
        s = df[c] if c in df.columns else pd.Series([None] * len(df), index=df.index)
        # pandas 3 reads a CSV column without blanks as `str`, not object: map that too.
        if t == "boolean" and (s.dtype == object or pd.api.types.is_string_dtype(s.dtype)):
            s = s.map(_to_bool)
        out[c] = s.astype(t)
    frame = pd.DataFrame(out, index=df.index)
    for c in df.columns:
        if c not in dtypes:
            frame[c] = df[c]
    return frame.reset_index(drop=True)


def _to_bool(v):
    if isinstance(v, str):
        return {"true": True, "false": False, "1": True, "0": False}.get(v.strip().lower())
    return v


def records(df) -> list[dict]:
    """Rows as plain dicts with None for missing values."""
    return frame_records(df)


def excel_safe_frame(df):
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe."""
    out = df.copy()
    for c in out.columns:
        if str(out[c].dtype) in ("string", "object", "str"):
            out[c] = out[c].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v)
    return out


def read_table(path: str | Path, fmt: str | None = None, schema: str | dict = "claim"):
    """Read a claims table (CSV, JSON, JSONL or Parquet) with the schema's dtypes."""
    import pandas as pd

    p = Path(path)
    fmt = fmt or format_for(p)
    if not p.is_file():
        raise TableError(f"{p}: no such file.")
    try:
        if fmt == "csv":
            df = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            df = df.replace({"": None})
        elif fmt == "json":
            data = json.loads(p.read_text(encoding="utf-8-sig"))
            df = pd.DataFrame(data if isinstance(data, list) else [data])
        elif fmt == "jsonl":
            with open(p, encoding="utf-8-sig") as fh:
                df = pd.DataFrame([json.loads(line) for line in fh if line.strip()])
        elif fmt == "parquet":
            df = pd.read_parquet(p)
        else:
            raise TableError(f"{p}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    except TableError:
        raise
    except Exception as exc:  # noqa: BLE001 - every reader failure becomes one clear error
        raise TableError(f"{p}: cannot read as {fmt.upper()} ({exc.__class__.__name__}: {exc}). Run `factcheck validate {p}` to see where.") from exc
    try:
        return conform(df, schema)
    except (TypeError, ValueError) as exc:
        raise TableError(f"{p}: a cell does not fit its column's type ({exc}). Run `factcheck validate {p}` to see which.") from exc


def write_table(df, path: str | Path, fmt: str | None = None, *, excel_safe: bool = False) -> Path:
    """Write a table whole or not at all. The format follows the extension unless ``fmt`` is given."""
    p = Path(path)
    fmt = fmt or format_for(p)
    with TableWriter(p, fmt, excel_safe=excel_safe) as writer:
        writer.write(df)
    return p


class TableWriter:
    """Write a table in chunks to a temporary file that replaces ``path`` on a clean close.

    CSV and JSONL are appended chunk by chunk, JSON is streamed as one list, Parquet is
    written in row groups. If the block raises, the earlier file at ``path`` is untouched.
    """

    def __init__(self, path: str | Path | None, fmt: str = "csv", *, excel_safe: bool = False,
                 stream=None, schema: str | dict = "claim"):
        if fmt not in FORMATS:
            raise TableError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
        if fmt == "parquet" and path is None:
            raise TableError("Parquet cannot go to standard output; give -o FILE.parquet.")
        self.path = Path(path) if path is not None else None
        self.fmt = fmt
        self.excel_safe = excel_safe
        self.schema = schema
        self.rows = 0
        self._stream = stream
        self._ctx = None
        self._fh = None
        self._parquet = None
        self._tmp = None
        self._header_done = False

    def __enter__(self) -> TableWriter:
        if self.path is None:
            self._fh = self._stream
        elif self.fmt == "parquet":
            self._ctx = atomic_path(self.path)
            self._tmp = self._ctx.__enter__()
        else:
            self._ctx = atomic_open(self.path, "w", newline="")
            self._fh = self._ctx.__enter__()
        if self.fmt == "json":
            self._fh.write("[")
        return self

    def write(self, df) -> None:
        """Append rows: a DataFrame in the schema's column order, or :class:`Rendered` rows
        of this writer's format (made with this writer's ``excel_safe``)."""
        if isinstance(df, Rendered):
            self._write_rendered(df)
            return
        if self.excel_safe and self.fmt == "csv":
            df = excel_safe_frame(df)
        if self.fmt == "csv":
            df.to_csv(self._fh, index=False, header=not self._header_done, lineterminator="\n",
                      quoting=csv.QUOTE_MINIMAL)
            self._header_done = True
        elif self.fmt in ("json", "jsonl"):
            for rec in frame_records(df):
                line = json.dumps(rec, ensure_ascii=False)
                if self.fmt == "jsonl":
                    self._fh.write(line + "\n")
                else:
                    self._fh.write(("," if self.rows else "") + "\n" + line)
                    self.rows += 1
                    continue
                self.rows += 1
            return
        elif self.fmt == "parquet":
            self._write_parquet(df)
        self.rows += len(df)

    def _write_rendered(self, part: Rendered) -> None:
        if part.fmt != self.fmt:
            raise TableError(f"rows rendered as {part.fmt} cannot go into a {self.fmt} table.")
        if self.fmt == "csv" and not self._header_done:
            self._fh.write(",".join(columns(self.schema)) + "\n")
            self._header_done = True
        if part.rows:
            self._fh.write(("," if self.rows else "") + "\n" + part.text if self.fmt == "json" else part.text)
        self.rows += part.rows

    def _write_parquet(self, df) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise TableError("Parquet needs pyarrow: pip install 'factcheck[parquet]'.") from exc
        table = pa.Table.from_pandas(df, preserve_index=False)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(str(self._tmp), table.schema)
        self._parquet.write_table(table)

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is None:
                if self.fmt == "json":
                    self._fh.write("\n]\n" if self.rows else "]\n")
                elif self.fmt == "csv" and not self._header_done:
                    self._fh.write(",".join(columns(self.schema)) + "\n")
                elif self.fmt == "parquet" and self._parquet is None:
                    self._write_parquet(empty_frame(self.schema))
            if self._parquet is not None:
                self._parquet.close()
        finally:
            if self._ctx is not None:
                self._ctx.__exit__(exc_type, exc, tb)
            elif self._fh is not None:
                self._fh.flush()
        return False
