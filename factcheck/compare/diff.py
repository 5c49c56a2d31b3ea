"""``diff``: the figures of input A against those of input B, one row per aligned pair or
unmatched figure, in the shape of ``schemas/diff.schema.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..schema import frame_records
from ..units import convert
from .align import (
    CUMULATIVE,
    CompareRules,
    Signature,
    compare_rules,
    compatible_figures,
    effective_order,
    group_figures,
)
from .intervals import CONFLICT, INCREASED, REVISED_DOWN, SAME, Interval, converted, relation
from .tracked import TrackedFigure

ONLY_A, ONLY_B = "only_a", "only_b"
DIFF_SCHEMA = "diff"

# Columns that make two mentions of a figure in one article the same statement.
MENTION_KEY = ("value", "low", "high", "qualifier", "unit", "superseded")


def _figures(df) -> list[dict]:
    if df is None or not len(df):
        return []
    return [r for r in frame_records(df) if r.get("kind") == "figure"]


def _dedupe(rows: list[int], figs: list[Mapping]) -> list[int]:
    """One row per distinct statement in each article: a figure repeated word for word in the
    same article is the same claim for a diff."""
    seen: set[tuple] = set()
    out = []
    for i in rows:
        key = (figs[i].get("article_id"), *(figs[i].get(c) for c in MENTION_KEY))
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def order_of(a: Signature, b: Signature) -> int:
    """-1 when figure ``a`` stands for an earlier state than ``b``, 1 when later, 0 when unknown."""
    if a.published is None or b.published is None:
        if a.article_id == b.article_id and a.superseded != b.superseded:
            return -1 if a.superseded else 1
        return 0
    ka, kb = effective_order(a), effective_order(b)
    return -1 if ka < kb else 1 if ka > kb else 0


def identical(a: Mapping, b: Mapping) -> bool:
    """The two figures state the same number in the same way."""
    return all(_same(a.get(c), b.get(c)) for c in ("value", "low", "high", "qualifier")) and \
        (a.get("unit") or None) == (b.get("unit") or None)


def _same(x, y) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return x == y


def pair_status(a: Mapping, b: Mapping, sa: Signature, sb: Signature, rules: CompareRules) -> tuple[str, str, float | None]:
    """The status of figure ``b`` against figure ``a``, the words that explain it, and the delta."""
    ia, ib = Interval.of_row(a), Interval.of_row(b)
    if ia is None or ib is None:
        return "consistent", "a figure without a number (a vague amount) meets any number", None
    ib_in_a = converted(ib, sb.unit, sa.unit) or ib
    cumulative = sa.category in rules.cumulative and sa.scope == CUMULATIVE
    order = order_of(sa, sb)
    status = relation(ia, ib_in_a, identical=identical(a, b), cumulative=cumulative, order=order)
    delta = None
    if a.get("value") is not None and b.get("value") is not None:
        bv = float(b["value"])
        if sa.unit and sb.unit and sa.unit != sb.unit:
            bv = convert(bv, sb.unit, sa.unit)
        delta = None if bv is None else bv - float(a["value"])
    words = {
        SAME: "stated alike",
        "consistent": f"intervals meet ({ia} and {ib_in_a})",
        INCREASED: f"a running count: the later figure {'B' if order < 0 else 'A'} is above the earlier one",
        REVISED_DOWN: f"a running count: the later figure {'B' if order < 0 else 'A'} falls below the earlier interval",
        CONFLICT: f"intervals do not meet ({ia} and {ib_in_a})" + (
            "" if not cumulative else "; no known order in time to call it an update or a revision"),
    }[status]
    if sa.superseded or sb.superseded:
        words += "; " + " and ".join(f"{side}'s figure is an earlier value its article reports as replaced"
                                     for side, s in (("A", sa), ("B", sb)) if s.superseded)
    return status, words, delta


def _empty_side(prefix: str) -> dict:
    return {f"{prefix}_{c}": None for c in ("article", "value", "low", "high", "qualifier", "text")}


def _side(prefix: str, fig: Mapping) -> dict:
    return {f"{prefix}_article": fig.get("article_id"), f"{prefix}_value": fig.get("value"),
            f"{prefix}_low": fig.get("low"), f"{prefix}_high": fig.get("high"),
            f"{prefix}_qualifier": fig.get("qualifier"), f"{prefix}_text": fig.get("text")}


def _best(i: int, candidates: list[int], figs, sigs) -> int:
    """The candidate nearest to figure ``i``: same superseded state first, then closest value."""
    def cost(j: int) -> tuple:
        vi, vj = figs[i].get("value"), figs[j].get("value")
        gap = abs(vi - vj) if vi is not None and vj is not None else float("inf")
        return (sigs[i].superseded != sigs[j].superseded, gap)
    return min(candidates, key=cost)


def diff_claims(a, b, *, tracked: list[TrackedFigure] | None = None,
                rules_paths: Iterable[str] = (), validate_output: bool = True):
    """The diff table of claims ``a`` against claims ``b`` (DataFrames in the claim schema).

    Figures are aligned over both inputs together (:func:`.align.group_figures`); within a
    group every figure of B is paired with its nearest figure of A and every figure of A left
    over with its nearest of B. Groups on one side only give ``only_a`` / ``only_b`` rows.
    """
    from ..schema import validate
    from ..table import to_frame

    rules = compare_rules(rules_paths)
    fa, fb = _figures(a), _figures(b)
    figs = fa + fb
    side = ["a"] * len(fa) + ["b"] * len(fb)
    # The user chose to compare A with B: figures of unknown place are taken to be one story.
    names = None
    keys, reasons, sigs = group_figures(figs, tracked=tracked, rules=rules, names=names)
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        by_key.setdefault(k, []).append(i)
    rows: list[dict] = []
    for key, members in by_key.items():
        members = _dedupe(members, figs)
        left = [i for i in members if side[i] == "a"]
        right = [i for i in members if side[i] == "b"]
        first = sigs[members[0]]
        common = {"key": key, "category": first.category, "subject": first.subject_label}
        if not left or not right:
            prefix, status = ("a", ONLY_A) if left else ("b", ONLY_B)
            other = fb if left else fa
            for i in left or right:
                rows.append({**common, **(_side("a", figs[i]) if left else _empty_side("a")),
                             **(_side("b", figs[i]) if right else _empty_side("b")),
                             "status": status, "delta": None,
                             "reason": _unmatched_reason(sigs[i], other, rules, names, "B" if left else "A")})
            continue
        pairs: list[tuple[int, int]] = []
        for j in right:
            pairs.append((_best(j, left, figs, sigs), j))
        used_a = {i for i, _ in pairs}
        for i in left:
            if i not in used_a:
                pairs.append((i, _best(i, right, figs, sigs)))
        for i, j in sorted(pairs, key=lambda p: (figs[p[0]].get("start") or 0, figs[p[1]].get("start") or 0)):
            status, words, delta = pair_status(figs[i], figs[j], sigs[i], sigs[j], rules)
            rows.append({**common, **_side("a", figs[i]), **_side("b", figs[j]),
                         "status": status, "delta": delta, "reason": f"{reasons[j] or reasons[i]}; {words}"})
    out = to_frame(rows, schema=DIFF_SCHEMA)
    if validate_output:
        validate(out, DIFF_SCHEMA)
    return out


def _unmatched_reason(sig: Signature, other: list[Mapping], rules: CompareRules,
                      names: Mapping[str, frozenset[str]] | None, other_name: str) -> str:
    from .align import signature

    same_cat = [f for f in other if f.get("category") == sig.category]
    if not same_cat:
        return f"{other_name} has no {sig.category or 'uncategorised'} figure"
    _, why = compatible_figures(sig, signature(same_cat[0], rules), rules, names)
    return f"no figure of {other_name} is the same figure (nearest: {same_cat[0].get('text')!r}: {why})"
