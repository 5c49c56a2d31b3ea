"""The errors factcheck raises. Each message names the file, row or field and the fix."""

from __future__ import annotations

from dataclasses import dataclass


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose."""


class ArticleError(FactcheckError):
    """An input could not be read as an article; the message says where and what to do."""

    def __init__(self, path: str, reason: str, fix: str = "", line: int | None = None):
        self.path = path
        self.reason = reason
        self.fix = fix
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        message = f"{where}: {reason}"
        if fix:
            message += f" {fix}"
        super().__init__(message)

    def as_record(self) -> dict:
        """The error as a row of the `--errors` CSV."""
        return {"path": self.path, "line": self.line, "reason": self.reason, "fix": self.fix}


class SchemaError(FactcheckError):
    """A schema name or file could not be found or is not a valid JSON Schema."""


class TableError(FactcheckError):
    """A claims table could not be read or written."""


@dataclass(frozen=True)
class Issue:
    """One problem found while validating a table: where it is, what failed, and the bad value."""

    row: int | None  # 1-based data row (the first record after the header is row 1)
    line: int | None  # 1-based line in the file, where the input was a file
    column: str | None
    keyword: str  # the JSON Schema keyword that failed ("type", "enum", ...) or a parse check
    value: object
    message: str
    path: str = ""  # JSON path inside the record ("$.start")

    def as_record(self) -> dict:
        return {
            "row": self.row,
            "line": self.line,
            "column": self.column,
            "keyword": self.keyword,
            "value": self.value if isinstance(self.value, (str, int, float, bool, type(None))) else repr(self.value),
            "message": self.message,
            "path": self.path,
        }

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where) or 'table'}: {self.message}"


class ValidationFailed(FactcheckError):
    """A table broke its schema; `issues` holds every problem, not only the first."""

    def __init__(self, issues: list[Issue], source: str = "table"):
        self.issues = issues
        self.source = source
        shown = "\n".join(f"  {i}" for i in issues[:20])
        more = f"\n  … and {len(issues) - 20} more" if len(issues) > 20 else ""
        super().__init__(f"{source}: {len(issues)} schema error(s)\n{shown}{more}")
