"""Comparison: the same figures and quotes across articles, outlets and dates.

Public functions:

- :func:`align` — every figure of a claims table with its group and the reason it joined;
- :func:`group_figures` — the groups themselves: timeline status, consensus, explanation;
- :func:`diff_claims` / :func:`diff_files` — input A against input B, row by row;
- :func:`compare_quotes` — quotes kept, altered or reattributed across articles;
- :func:`compare` — all of it over many inputs, written to a folder with an HTML report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import FactcheckError
from ..schema import frame_records
from .align import article_names, compare_rules
from .align import group_figures as _assign
from .diff import diff_claims
from .groups import group_status
from .inputs import is_claims_table, load_claims
from .quotes import compare_quotes
from .tracked import TrackedFigure, TrackedFiguresError, load_tracked

__all__ = [
    "CompareResult", "TrackedFigure", "TrackedFiguresError", "align", "compare", "compare_quotes",
    "diff_claims", "diff_files", "group_figures", "is_claims_table", "load_claims", "load_tracked",
]

GROUP_SCHEMA = "group"
FIGURES_FILE, GROUPS_FILE, QUOTES_FILE, REPORT_FILE = "figures.csv", "groups.csv", "quotes.csv", "report.html"
# Statuses in the order the report shows them: what a reader must see first.
STATUS_ORDER = {"conflict": 0, "revised": 1, "updated": 2, "agree": 3, "single": 4}


def _pins(tracked) -> list[TrackedFigure]:
    if tracked is None:
        return []
    if isinstance(tracked, (str, Path)):
        return load_tracked(tracked)
    return list(tracked)


def _aligned(claims, tracked, rules_paths):
    rules = compare_rules(rules_paths)
    records = frame_records(claims) if len(claims) else []
    figs = [r for r in records if r.get("kind") == "figure"]
    keys, reasons, sigs = _assign(figs, tracked=_pins(tracked), rules=rules,
                                  names=article_names(records, rules))
    return rules, figs, keys, reasons, sigs


def align(claims, *, tracked=None, rules_paths: Iterable[str] = ()):
    """The figures of ``claims`` with two more columns: ``group_id`` and ``reason`` (why the
    figure is in that group). ``tracked`` is a tracked-figures file or a list of pins."""
    import pandas as pd

    from ..table import to_frame

    _, figs, keys, reasons, _ = _aligned(claims, tracked, rules_paths)
    out = to_frame(figs, schema="claim")
    out["group_id"] = pd.Series(keys, dtype="string")
    out["reason"] = pd.Series(reasons, dtype="string")
    return out


def group_figures(claims, *, tracked=None, rules_paths: Iterable[str] = (), validate_output: bool = True):
    """One row per group of the same figure (the ``group`` schema), conflicts and revisions first."""
    from ..schema import validate
    from ..table import to_frame

    rules, figs, keys, _, sigs = _aligned(claims, tracked, rules_paths)
    members: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        members.setdefault(k, []).append(i)
    rows = []
    for key, idx in members.items():
        gf, gs = [figs[i] for i in idx], [sigs[i] for i in idx]
        st = group_status(gf, gs, rules)
        values = [f["value"] for f in gf if f.get("value") is not None]
        dates = sorted(str(f["published"])[:10] for f in gf if f.get("published"))
        low, high = st["consensus"].bounds() if st["consensus"] is not None else (None, None)
        rows.append({
            "group_id": key, "category": gs[0].category, "subject": gs[0].subject_label,
            "place": gs[0].place, "n_figures": len(gf),
            "n_articles": len({f.get("article_id") for f in gf}),
            "n_sources": len({f.get("source") for f in gf if f.get("source")}),
            "min": min(values) if values else None, "max": max(values) if values else None,
            "consensus_low": low, "consensus_high": high,
            "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
            "status": st["status"], "explanation": st["explanation"],
        })
    rows.sort(key=lambda r: (STATUS_ORDER[r["status"]], -r["n_articles"], r["group_id"]))
    out = to_frame(rows, schema=GROUP_SCHEMA)
    if validate_output:
        validate(out, GROUP_SCHEMA)
    return out


def diff_files(a, b, *, out: str | Path | None = None, tracked=None, rules_paths: Iterable[str] = (),
               source: str | None = None, published: str | None = None):
    """``diff_claims`` of two inputs (article files, folders or claims tables); written to
    ``out`` (whole or not at all) when given. Returns the diff table."""
    from ..table import write_table

    left = load_claims(a, source=source, published=published)
    right = load_claims(b, source=source, published=published)
    table = diff_claims(left, right, tracked=_pins(tracked), rules_paths=rules_paths)
    if out is not None:
        write_table(table, out)
    return table


@dataclass(frozen=True)
class CompareResult:
    """What :func:`compare` wrote and how much of it there is."""

    figures: Path
    groups: Path
    quotes: Path
    report: Path
    n_figures: int
    n_groups: int
    n_quote_pairs: int
    n_failed_inputs: int
    statuses: dict


def compare(paths, out_dir: str | Path, *, tracked=None, rules_paths: Iterable[str] = (),
            source: str | None = None, published: str | None = None,
            on_error: Callable[[FactcheckError], None] | None = None, title: str = "factcheck comparison"
            ) -> CompareResult:
    """Compare many inputs and write ``figures.csv``, ``groups.csv``, ``quotes.csv`` and
    ``report.html`` into ``out_dir`` (each file whole or not at all).

    ``on_error`` receives each input that cannot be read; the others are still compared.
    """
    from ..table import write_table
    from .report import write_report

    failed: list[FactcheckError] = []

    def note(err: FactcheckError) -> None:
        failed.append(err)
        if on_error is not None:
            on_error(err)

    claims = load_claims(paths, source=source, published=published,
                         on_error=note if on_error is not None else None)
    pins = _pins(tracked)
    figures = align(claims, tracked=pins, rules_paths=rules_paths)
    groups = group_figures(claims, tracked=pins, rules_paths=rules_paths)
    quotes = compare_quotes(claims, rules_paths=rules_paths)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths_out = {name: out / name for name in (FIGURES_FILE, GROUPS_FILE, QUOTES_FILE, REPORT_FILE)}
    write_table(figures, paths_out[FIGURES_FILE])
    write_table(groups, paths_out[GROUPS_FILE])
    write_table(quotes, paths_out[QUOTES_FILE])
    write_report(paths_out[REPORT_FILE], figures, groups, quotes, title=title)
    return CompareResult(
        figures=paths_out[FIGURES_FILE], groups=paths_out[GROUPS_FILE], quotes=paths_out[QUOTES_FILE],
        report=paths_out[REPORT_FILE], n_figures=len(figures), n_groups=len(groups),
        n_quote_pairs=len(quotes), n_failed_inputs=len(failed),
        statuses=groups["status"].value_counts().to_dict() if len(groups) else {},
    )
