"""Load the JSON Schemas in ``schemas/`` and validate tables, records and files against them.

Validation collects every problem, never only the first: each :class:`~factcheck.errors.Issue`
names the data row (1-based), the file's line where there is a file, the column, the failed
keyword, the bad value and a message a person can act on.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .errors import Issue, SchemaError, ValidationFailed

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
SCHEMA_SUFFIX = ".schema.json"

# How each JSON Schema type maps to a pandas dtype in a claims table.
DTYPES = {"string": "string", "number": "Float64", "integer": "Int64", "boolean": "boolean"}

TRUE_WORDS = frozenset({"true", "True", "TRUE", "1"})
FALSE_WORDS = frozenset({"false", "False", "FALSE", "0"})
# When several keywords fail on one cell, report the most telling one.
KEYWORD_RANK = {"enum": 0, "format": 1, "pattern": 2, "minimum": 3, "minLength": 3, "type": 4}
INTEGER_TEXT = re.compile(r"^[+-]?\d+(\.0*)?$")


def list_schemas() -> list[str]:
    """The names of the schemas that ship with factcheck (``claim``, ``article``, ...)."""
    return sorted(p.name[: -len(SCHEMA_SUFFIX)] for p in SCHEMA_DIR.glob("*" + SCHEMA_SUFFIX))


@cache
def _load_named(name: str) -> dict:
    path = SCHEMA_DIR / f"{name}{SCHEMA_SUFFIX}"
    if not path.is_file():
        raise SchemaError(
            f"no schema named {name!r}. Known schemas: {', '.join(list_schemas())}; "
            "or give the path of a schema file."
        )
    return _read_schema_file(path)


def _read_schema_file(path: Path) -> dict:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError as JSError

    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaError(f"{path}: cannot read the schema ({exc}). Give a JSON Schema file.") from exc
    try:
        Draft202012Validator.check_schema(schema)
    except JSError as exc:
        raise SchemaError(f"{path}: not a valid JSON Schema 2020-12: {exc.message}") from exc
    return schema


def load_schema(schema: str | Path | dict) -> dict:
    """A schema by name (``"claim"``), by file path, or as a dict already loaded."""
    if isinstance(schema, dict):
        return schema
    if isinstance(schema, Path) or str(schema).endswith(".json") or "/" in str(schema):
        path = Path(schema)
        if not path.is_file():
            raise SchemaError(f"{path}: no such schema file. Give a schema name ({', '.join(list_schemas())}) or an existing file.")
        return _read_schema_file(path)
    return _load_named(str(schema))


def columns(schema: str | Path | dict = "claim") -> list[str]:
    """The table's columns in order: the schema's properties as written."""
    return list(load_schema(schema)["properties"])


def _types(prop: dict) -> list[str]:
    t = prop.get("type", "string")
    return [t] if isinstance(t, str) else list(t)


def column_dtypes(schema: str | Path | dict = "claim") -> dict[str, str]:
    """The pandas dtype of each column, derived from the property's JSON type."""
    out = {}
    for name, prop in load_schema(schema)["properties"].items():
        kinds = [t for t in _types(prop) if t != "null"]
        out[name] = DTYPES.get(kinds[0] if kinds else "string", "object")
    return out


@cache
def _validator_for(schema_json: str):
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_json)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validator(schema: str | Path | dict = "claim"):
    """A jsonschema validator with format checking on (dates are checked as dates)."""
    return _validator_for(json.dumps(load_schema(schema), sort_keys=True))


# ---------------------------------------------------------------------------------------------
# Messages


def _expected(error) -> str:
    v = error.validator_value
    if error.validator == "type":
        kinds = [v] if isinstance(v, str) else list(v)
        names = {"integer": "a whole number", "number": "a number", "string": "text",
                 "boolean": "true or false", "null": "empty", "object": "an object", "array": "a list"}
        return " or ".join(names.get(k, k) for k in kinds)
    return str(v)


def _message(error, column: str | None) -> str:
    value = error.instance
    kw = error.validator
    col = f"{column!r} " if column else ""
    if kw == "type":
        shown = "an empty cell" if value is None else repr(value)
        return f"{col}is {shown}; it must be {_expected(error)}."
    if kw == "enum":
        allowed = ", ".join(str(x) for x in error.validator_value if x is not None)
        return f"{col}is {value!r}; it must be one of: {allowed}" + (" (or empty)." if None in error.validator_value else ".")
    if kw == "format":
        fmt = error.validator_value
        hint = {"date": "a date as YYYY-MM-DD"}.get(fmt, fmt)
        return f"{col}is {value!r}; it must be {hint}."
    if kw == "pattern":
        return f"{col}is {value!r}; it does not match the pattern {error.validator_value}."
    if kw == "required":
        return error.message.replace("is a required property", "is missing; add the column (it may be empty).")
    if kw == "additionalProperties":
        return f"{error.message}; remove it or check its spelling."
    if kw in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return f"{col}is {value!r}; {error.message.split(' is ', 1)[-1]}."
    if kw == "minLength":
        return f"{col}is empty; it must hold text."
    return f"{col}{error.message}"


def _leaf_errors(error) -> Iterator[Any]:
    # if/then/else and allOf wrap the useful errors; report the innermost ones.
    if error.context:
        for sub in error.context:
            yield from _leaf_errors(sub)
    else:
        yield error


def record_issues(record: dict, schema: str | Path | dict = "claim", *, row: int | None = None,
                  line: int | None = None) -> list[Issue]:
    """Every schema problem of one record, one per cell, in column order."""
    sch = load_schema(schema)
    errors = [e for top in validator(sch).iter_errors(record) for e in _leaf_errors(top)]
    # One issue per cell: an enum or format message says more than the type message beside it.
    errors.sort(key=lambda e: KEYWORD_RANK.get(str(e.validator), 5))
    order = {name: i for i, name in enumerate(sch.get("properties", {}))}
    issues = []
    seen_paths: set[str] = set()
    for error in errors:
        if error.validator != "required" and error.json_path in seen_paths:
            continue
        seen_paths.add(error.json_path)
        path = list(error.absolute_path)
        column = str(path[0]) if path else None
        if error.validator == "required" and column is None and "'" in error.message:
            column = error.message.split("'")[1]
        issues.append(Issue(
            row=row, line=line, column=column, keyword=str(error.validator),
            value=None if error.validator == "required" else error.instance if column else None,
            message=_message(error, column), path=error.json_path,
        ))
    issues.sort(key=lambda i: order.get(i.column or "", -1))
    return issues


def _plain(v: Any) -> Any:
    """A pandas/numpy cell as a plain Python value; NA and NaN become None."""
    if v is None:
        return None
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover - pandas is a core dependency
        pass
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
        if isinstance(v, float) and math.isnan(v):
            return None
    return v


def frame_records(df) -> list[dict]:
    """A DataFrame's rows as plain dicts, missing values as None (never NaN)."""
    cols = {c: [_plain(v) for v in df[c].tolist()] for c in df.columns}
    return [dict(zip(cols, vals, strict=True)) for vals in zip(*cols.values(), strict=True)] if cols else [{} for _ in range(len(df))]


def iter_issues(data, schema: str | Path | dict = "claim") -> Iterator[Issue]:
    """Every problem of a DataFrame, a list of records, or a file (CSV, JSON, JSONL, Parquet)."""
    if isinstance(data, (str, Path)):
        yield from file_issues(data, schema)
        return
    if hasattr(data, "columns") and hasattr(data, "to_dict"):
        records: Iterable[dict] = frame_records(data)
    else:
        records = data
    for i, rec in enumerate(records, start=1):
        yield from record_issues(rec, schema, row=i)


def validate(data, schema: str | Path | dict = "claim"):
    """Check a DataFrame, records or a file against a schema; raise ValidationFailed with every
    problem, or return ``data`` unchanged when it is valid."""
    issues = list(iter_issues(data, schema))
    if issues:
        raise ValidationFailed(issues, source=str(data) if isinstance(data, (str, Path)) else "table")
    return data


# ---------------------------------------------------------------------------------------------
# Files


def _coerce_cell(text: str, prop: dict) -> Any:
    """A CSV cell as the value its column's type asks for; left as text when it does not parse,
    so that the validator reports it with the value the file holds."""
    kinds = _types(prop)
    if text == "":
        return None if "null" in kinds else ("" if "string" in kinds else None)
    if "integer" in kinds and INTEGER_TEXT.match(text.strip()):
        return int(float(text))
    if "number" in kinds:
        try:
            f = float(text)
        except ValueError:
            return text
        return f if math.isfinite(f) else text
    if "boolean" in kinds:
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
    return text


def _decode(raw: bytes, path: str) -> tuple[str | None, Issue | None]:
    if not raw.strip():
        return None, Issue(None, None, None, "file", None, f"{path} is empty; expected a header line and rows.")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Issue(None, None, None, "file", None, f"{path} is binary, not a text table; give a CSV, JSON, JSONL or Parquet file.")
    for enc in ("utf-8-sig", "utf-16"):
        try:
            return raw.decode(enc), None
        except UnicodeDecodeError:
            if enc == "utf-8-sig" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                break
    return None, Issue(None, 1, None, "encoding", None, f"{path} is not UTF-8 text; save it as UTF-8.")


def csv_issues(text: str, schema: str | Path | dict = "claim") -> Iterator[Issue]:
    """Every problem of a CSV table given as text: header, ragged rows, unparseable cells, schema."""
    sch = load_schema(schema)
    props = sch.get("properties", {})
    required = list(sch.get("required", []))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield Issue(None, 1, None, "header", None, "the table is empty; expected a header line.")
        return
    except csv.Error as exc:
        yield Issue(None, 1, None, "csv", None, f"the header line cannot be read as CSV ({exc}).")
        return
    missing = [c for c in required if c not in header]
    for col in missing:
        yield Issue(None, 1, col, "required", None, f"the header has no column {col!r}; add it (its cells may be empty).")
    allow_extra = sch.get("additionalProperties", True) is not False
    unknown = [c for c in header if c not in props]
    if not allow_extra:
        for col in unknown:
            yield Issue(None, 1, col, "additionalProperties", None, f"the header has an unknown column {col!r}; remove it or check its spelling.")
    dupes = {c for c in header if header.count(c) > 1}
    for col in sorted(dupes):
        yield Issue(None, 1, col, "header", None, f"the header names column {col!r} more than once.")
    known = [(i, c) for i, c in enumerate(header) if c in props]
    row = 0
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row += 1
            yield Issue(row, line, None, "csv", None, f"the row cannot be read as CSV ({exc}); check its quotation marks.")
            # Resume on the next physical line: the csv module cannot recover mid-record.
            return
        row += 1
        this_line, line = line, reader.line_num + 1
        if not cells:
            row -= 1
            continue
        if len(cells) != len(header):
            yield Issue(row, this_line, None, "columns", len(cells),
                        f"the row has {len(cells)} cells but the header has {len(header)}; check for a missing or extra comma.")
            continue
        record = {c: _coerce_cell(cells[i], props[c]) for i, c in known}
        for issue in record_issues(record, sch, row=row, line=this_line):
            if issue.keyword == "required" and issue.column in missing:
                continue
            yield issue


def _json_issues(text: str, sch: dict, path: str) -> Iterator[Issue]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Issue(None, exc.lineno, None, "json", None, f"not valid JSON ({exc.msg}, column {exc.colno}).")
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        yield Issue(None, 1, None, "json", None, "expected a list of objects or one object.")
        return
    for i, rec in enumerate(data, start=1):
        if not isinstance(rec, dict):
            yield Issue(i, None, None, "type", rec, f"item {i} is not an object.")
            continue
        yield from record_issues(rec, sch, row=i)


def _jsonl_issues(text: str, sch: dict) -> Iterator[Issue]:
    row = 0
    for lineno, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        row += 1
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Issue(row, lineno, None, "json", None, f"the line is not valid JSON ({exc.msg}, column {exc.colno}).")
            continue
        if not isinstance(rec, dict):
            yield Issue(row, lineno, None, "type", None, "the line is not a JSON object.")
            continue
        yield from record_issues(rec, sch, row=row, line=lineno)


def file_issues(path: str | Path, schema: str | Path | dict = "claim", fmt: str | None = None) -> Iterator[Issue]:
    """Every problem of a table file. The format follows the extension unless ``fmt`` is given."""
    from .table import format_for

    p = Path(path)
    sch = load_schema(schema)
    if not p.is_file():
        yield Issue(None, None, None, "file", None, f"{p}: no such file.")
        return
    fmt = fmt or format_for(p, default="csv")
    if fmt == "parquet":
        try:
            import pandas as pd

            df = pd.read_parquet(p)
        except Exception as exc:  # noqa: BLE001 - any reader failure is one issue, not a crash
            yield Issue(None, None, None, "file", None, f"{p}: cannot read as Parquet ({exc.__class__.__name__}: {exc}).")
            return
        yield from iter_issues(df, sch)
        return
    raw = p.read_bytes()
    text, problem = _decode(raw, str(p))
    if problem:
        yield problem
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "json":
        yield from _json_issues(text, sch, str(p))
    elif fmt == "jsonl":
        yield from _jsonl_issues(text, sch)
    else:
        yield from csv_issues(text, sch)


def table_schema(schema: str | Path | dict = "claim") -> dict:
    """A Frictionless Table Schema derived from a JSON Schema, for ``frictionless validate``."""
    sch = load_schema(schema)
    required = set(sch.get("required", []))
    fields = []
    for name, prop in sch["properties"].items():
        kinds = [t for t in _types(prop) if t != "null"]
        kind = kinds[0] if kinds else "string"
        field: dict[str, Any] = {"name": name, "type": kind, "description": prop.get("description", "")}
        if prop.get("format") == "date":
            field["type"] = "date"
        constraints: dict[str, Any] = {}
        if name in required and "null" not in _types(prop):
            constraints["required"] = True
        if "enum" in prop:
            constraints["enum"] = [v for v in prop["enum"] if v is not None]
        if "pattern" in prop:
            # Frictionless anchors patterns at both ends; JSON Schema does not. Ours are anchored.
            constraints["pattern"] = prop["pattern"].lstrip("^").rstrip("$")
        if "minimum" in prop:
            constraints["minimum"] = prop["minimum"]
        if "minLength" in prop:
            constraints["minLength"] = prop["minLength"]
        if constraints:
            field["constraints"] = constraints
        if kind == "boolean":
            field["trueValues"] = ["True", "true"]
            field["falseValues"] = ["False", "false"]
        fields.append(field)
    out = {"fields": fields, "missingValues": [""]}
    if "claim_id" in sch["properties"]:
        out["primaryKey"] = ["claim_id"]
    return out
