"""Groups of the same figure across many articles: their timeline, status and consensus.

A group's status reads its figures in time (published date; a superseded figure stands just
before its article's own claims):

- ``single``: one article only;
- ``conflict``: two articles of the same date (or, for a count that does not run, any two
  articles) give intervals that do not meet;
- ``revised``: a running count falls, in a later article, below an earlier interval;
- ``updated``: a running count rises in a later article;
- ``agree``: everything else (every pair of intervals meets).

Figures with no publication date cannot be placed in time: in a running count they are
placed by value (so they never make a revision or a conflict) and the explanation says so;
in other counts they are compared with every figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .align import CUMULATIVE, CompareRules, Signature
from .diff import order_of
from .intervals import INCREASED, REVISED_DOWN, Interval, converted, intersection, relation, rose

AGREE, UPDATED, REVISED, CONFLICT, SINGLE = "agree", "updated", "revised", "conflict", "single"
# Vague amounts ("dozens", "hundreds") are shown in their group but never decide its status:
# their intervals are conventions of the extractor, too loose to call a revision or conflict.
VAGUE = "vague"


@dataclass
class Finding:
    kind: str  # conflict, revised, updated, undated, same_article
    i: int
    j: int


def _interval(fig: Mapping, sig: Signature, unit: str | None) -> Interval | None:
    iv = Interval.of_row(fig)
    return None if iv is None else (converted(iv, sig.unit, unit) or iv)


def _fmt(fig: Mapping) -> str:
    return f"{fig.get('text')!r} ({fig.get('article_id')}, {fig.get('published') or 'undated'})"


def group_status(figs: list[Mapping], sigs: list[Signature], rules: CompareRules) -> dict:
    """Status, consensus interval and a one-line explanation of one group's figures."""
    unit = next((s.unit for s in sigs if s.unit), None)
    ivs = [_interval(f, s, unit) for f, s in zip(figs, sigs, strict=True)]
    articles = {s.article_id for s in sigs}
    cumulative = sigs[0].category in rules.cumulative and sigs[0].scope == CUMULATIVE
    findings: list[Finding] = []
    n = len(figs)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = ivs[i], ivs[j]
            if a is None or b is None or VAGUE in (figs[i].get("qualifier"), figs[j].get("qualifier")):
                continue
            si, sj = sigs[i], sigs[j]
            same_article = si.article_id == sj.article_id
            if same_article and si.superseded == sj.superseded:
                if not a.meets(b):
                    findings.append(Finding("same_article", i, j))
                continue
            undated = si.published is None or sj.published is None
            order = order_of(si, sj) if cumulative else 0
            if cumulative and undated and not same_article:
                # Placed by value: an undated figure above a dated one is read as later.
                if rose(a, b) or rose(b, a):
                    findings.append(Finding(UPDATED, *((i, j) if rose(a, b) else (j, i))))
                findings.append(Finding("undated", i, j))
                continue
            rel = relation(a, b, cumulative=cumulative, order=order)
            if rel == REVISED_DOWN:
                findings.append(Finding(REVISED, *((i, j) if order < 0 else (j, i))))
            elif rel == INCREASED:
                findings.append(Finding(UPDATED, *((i, j) if order < 0 else (j, i))))
            elif rel == "conflict":
                findings.append(Finding(CONFLICT, i, j))
    kinds = [f.kind for f in findings]
    if len(articles) < 2:
        status = SINGLE
    elif CONFLICT in kinds:
        status = CONFLICT
    elif REVISED in kinds:
        status = REVISED
    elif UPDATED in kinds:
        status = UPDATED
    else:
        status = AGREE
    consensus = intersection(iv for iv in _current(figs, sigs, ivs, cumulative) if iv is not None)
    return {"status": status, "consensus": consensus,
            "explanation": _explain(status, findings, figs, sigs, len(articles))}


def _current(figs, sigs, ivs, cumulative: bool) -> list[Interval | None]:
    """The intervals that stand for the group's current state: for a running count, the
    latest article's own figures and any undated figure not below them; else every figure
    that is not superseded."""
    live = [k for k, s in enumerate(sigs) if not s.superseded and figs[k].get("qualifier") != VAGUE] \
        or list(range(len(sigs)))
    if not cumulative:
        return [ivs[k] for k in live]
    dated = [k for k in live if sigs[k].published is not None]
    if not dated:
        return [ivs[k] for k in live]
    last = max(sigs[k].published for k in dated)
    latest = [k for k in dated if sigs[k].published == last]
    out = [ivs[k] for k in latest]
    for k in live:
        if sigs[k].published is None and ivs[k] is not None and all(
                ivs[m] is None or not ivs[k].below(ivs[m]) for m in latest):
            out.append(ivs[k])
    return out


def _explain(status: str, findings: list[Finding], figs, sigs, n_articles: int) -> str:
    def first(kind: str) -> Finding | None:
        return next((f for f in findings if f.kind == kind), None)

    notes = []
    if first("undated"):
        f = first("undated")
        k = f.i if sigs[f.i].published is None else f.j
        notes.append(f"{_fmt(figs[k])} has no date and is placed by its value")
    if first("same_article"):
        f = first("same_article")
        notes.append(f"{figs[f.i].get('article_id')} itself gives both {figs[f.i].get('text')!r} and {figs[f.j].get('text')!r}")
    tail = ("; " + "; ".join(notes)) if notes else ""
    if status == SINGLE:
        return f"only {sigs[0].article_id} states it ({len(figs)} mention{'s' if len(figs) != 1 else ''}){tail}"
    if status == CONFLICT:
        f = first(CONFLICT)
        return f"{_fmt(figs[f.i])} and {_fmt(figs[f.j])} do not meet and neither is later{tail}"
    if status == REVISED:
        f = first(REVISED)
        return f"revised down: {_fmt(figs[f.j])} falls below the earlier {_fmt(figs[f.i])}{tail}"
    if status == UPDATED:
        ups = [f for f in findings if f.kind == UPDATED]
        start = min(ups, key=lambda f: (sigs[f.i].published is None, sigs[f.i].published, figs[f.i].get("value") or 0)).i
        end = max(ups, key=lambda f: (sigs[f.j].published is None, sigs[f.j].published or sigs[f.i].published,
                                      figs[f.j].get("value") or 0)).j
        return f"updated: {_fmt(figs[start])} rose to {_fmt(figs[end])}{tail}"
    return f"all {len(figs)} figures from {n_articles} articles meet{tail}"
