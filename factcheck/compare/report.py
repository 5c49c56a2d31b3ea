"""The comparison report: one self-contained HTML page, no script, no network.

Each group of the same figure gets a timeline drawn as inline SVG by hand: one mark per
figure at its published date, a vertical bar for its interval (an arrow where the interval
is unbounded), one colour per source. Conflicts and revisions come first, then updates,
agreements and single figures; then the quotes that drift. Every piece of article text is
HTML-escaped, and the page's Content-Security-Policy forbids scripts and any fetch, so a
``<script>`` in an article is shown as text and could not run even if it got through.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections.abc import Mapping
from pathlib import Path

from .._io import atomic_open
from ..schema import frame_records
from .intervals import _num

# The page may load nothing and run nothing: styles inline, images only as data: URIs.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

# Chart geometry in SVG user units (the SVG scales with the page width).
WIDTH, HEIGHT = 640, 220
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 96, 16, 36
UNDATED_GAP = 56  # room at the right for figures without a publication date
MIN_LABEL_GAP = 72  # a date label is left out when it would overlap the one before
X_PAD = 24  # keeps the first and last dates' marks off the axes
POINT_RADIUS = 5
Y_TICKS = 4
# Headroom above the largest bound so that arrows of unbounded intervals stay visible.
Y_HEADROOM = 0.12
# Colour-blind-safe palette (Okabe & Ito), one colour per source in order of appearance.
# Okabe & Ito's yellow is left out: too faint on white.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#7F7F7F")

STATUS_LABEL = {"conflict": "Conflict", "revised": "Revised", "updated": "Updated",
                "agree": "Agree", "single": "Single source"}

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:980px;padding:1rem 1.5rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
section.group{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.status{display:inline-block;padding:0 .5em;border-radius:3px;font-size:.85rem;font-weight:600;color:#fff}
.status-conflict{background:#b00020}.status-revised{background:#c75000}.status-updated{background:#005ea2}
.status-agree{background:#2e7d32}.status-single{background:#666}
.status-altered{background:#c75000}.status-reattributed{background:#b00020}.status-same{background:#2e7d32}
svg.timeline{width:100%;height:auto;max-width:720px;display:block;margin:.5rem 0}
svg.timeline text{font:11px system-ui,sans-serif;fill:#333}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0}
th,td{border-bottom:1px solid #eee;text-align:left;padding:.2rem .4rem;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.why{color:#555;font-size:.9rem}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.legend span{margin-right:1em;white-space:nowrap}.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em;vertical-align:-1px}
"""


def esc(value) -> str:
    """Any value as text safe inside HTML (and inside attribute values)."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return html.escape(str(value), quote=True)


def fmt_number(v) -> str:
    f = _num(v)
    if f is None:
        return ""
    return f"{f:,.0f}" if f == int(f) and abs(f) < 1e15 else f"{f:,.4g}"


def interval_text(fig: Mapping) -> str:
    lo, hi, val = _num(fig.get("low")), _num(fig.get("high")), _num(fig.get("value"))
    if lo is None and hi is None:
        return fmt_number(val) if val is not None else "vague"
    left = "(" if fig.get("qualifier") == "more_than" or lo is None else "["
    right = ")" if fig.get("qualifier") == "less_than" or hi is None else "]"
    return f"{left}{fmt_number(lo) if lo is not None else '−∞'}, {fmt_number(hi) if hi is not None else '∞'}{right}"


def _date(v) -> dt.date | None:
    if not v:
        return None
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# The chart


def _nice_ticks(lo: float, hi: float, n: int = Y_TICKS) -> list[float]:
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    ticks = []
    t = first
    while t <= hi + 1e-9:
        ticks.append(round(t, 10))
        t += step
    return ticks


def timeline_svg(group_id: str, figs: list[Mapping], colours: Mapping[str, str]) -> str:
    """An inline SVG timeline of one group's figures: value and interval per source over time."""
    dated = [_date(f.get("published")) for f in figs]
    known = sorted({d for d in dated if d})
    has_undated = any(d is None for d in dated)
    plot_right = WIDTH - MARGIN_RIGHT - (UNDATED_GAP if has_undated else 0)
    plot_w, plot_h = plot_right - MARGIN_LEFT, HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    bounds = [x for f in figs for x in (_num(f.get("low")), _num(f.get("high")), _num(f.get("value"))) if x is not None]
    top = max(bounds) if bounds else 1.0
    bottom = min(0.0, min(bounds)) if bounds else 0.0
    top = top + (top - bottom) * Y_HEADROOM or 1.0
    ticks = _nice_ticks(bottom, top)
    top = max(top, ticks[-1])

    def y(v: float) -> float:
        return MARGIN_TOP + plot_h * (1 - (v - bottom) / (top - bottom))

    span = (known[-1] - known[0]).days if len(known) > 1 else 0

    def x(d: dt.date | None, k: int) -> float:
        if d is None:
            return WIDTH - MARGIN_RIGHT - UNDATED_GAP / 2
        if span == 0:
            return MARGIN_LEFT + plot_w / 2
        return MARGIN_LEFT + X_PAD + (plot_w - 2 * X_PAD) * (d - known[0]).days / span

    label = f"Timeline of {group_id}: {len(figs)} figures"
    out = [f'<svg class="timeline" data-group="{esc(group_id)}" data-figures="{len(figs)}" role="img" '
           f'aria-label="{esc(label)}" viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg">',
           f'<title>{esc(label)}</title>']
    # Axes and grid.
    for t in ticks:
        yy = y(t)
        out.append(f'<line class="grid" x1="{MARGIN_LEFT}" x2="{plot_right}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{MARGIN_LEFT - 6}" y="{yy + 4:.1f}" text-anchor="end">{esc(fmt_number(t))}</text>')
    out.append(f'<line class="axis" x1="{MARGIN_LEFT}" x2="{MARGIN_LEFT}" y1="{MARGIN_TOP}" y2="{HEIGHT - MARGIN_BOTTOM}" stroke="#999"/>')
    out.append(f'<line class="axis" x1="{MARGIN_LEFT}" x2="{plot_right}" y1="{HEIGHT - MARGIN_BOTTOM}" y2="{HEIGHT - MARGIN_BOTTOM}" stroke="#999"/>')
    last_label = -math.inf
    for d in known:
        if x(d, 0) - last_label < MIN_LABEL_GAP:
            continue
        last_label = x(d, 0)
        out.append(f'<text x="{x(d, 0):.1f}" y="{HEIGHT - MARGIN_BOTTOM + 16}" text-anchor="middle">{esc(d.isoformat())}</text>')
    if has_undated:
        out.append(f'<text x="{x(None, 0):.1f}" y="{HEIGHT - MARGIN_BOTTOM + 16}" text-anchor="middle">undated</text>')
    # Figures: several on one date are spread sideways so that none hides another.
    drawn_bars = 0
    slots: dict = {}
    for k, (_f, d) in enumerate(zip(figs, dated, strict=True)):
        slots.setdefault(d, []).append(k)
    for d, ks in slots.items():
        for n, k in enumerate(ks):
            f = figs[k]
            cx = x(d, k) + (n - (len(ks) - 1) / 2) * (POINT_RADIUS * 2.4)
            colour = colours.get(str(f.get("source") or f.get("article_id")), PALETTE[0])
            lo, hi, val = _num(f.get("low")), _num(f.get("high")), _num(f.get("value"))
            tip = (f"{f.get('source') or f.get('article_id')} ({f.get('published') or 'undated'}): "
                   f"{f.get('text')} — interval {interval_text(f)}" + (" — superseded (an earlier value)" if f.get("superseded") else ""))
            y1 = y(lo) if lo is not None else y(bottom)
            y2 = y(hi) if hi is not None else MARGIN_TOP
            out.append(f'<g class="figure" data-article="{esc(f.get("article_id"))}"><title>{esc(tip)}</title>')
            if (lo is not None or hi is not None) and abs(y1 - y2) >= 0.5:
                drawn_bars += 1
                out.append(f'<line class="figure-interval" x1="{cx:.1f}" x2="{cx:.1f}" y1="{y1:.1f}" y2="{y2:.1f}" '
                           f'stroke="{colour}" stroke-width="3" stroke-opacity="0.55"/>')
                if hi is None:
                    out.append(f'<polygon class="unbounded" points="{cx - 5:.1f},{y2 + 7:.1f} {cx + 5:.1f},{y2 + 7:.1f} {cx:.1f},{y2:.1f}" fill="{colour}"/>')
                if lo is None:
                    out.append(f'<polygon class="unbounded" points="{cx - 5:.1f},{y1 - 7:.1f} {cx + 5:.1f},{y1 - 7:.1f} {cx:.1f},{y1:.1f}" fill="{colour}"/>')
            if val is not None:
                fill = "#fff" if f.get("superseded") else colour
                out.append(f'<circle class="figure-point" data-value="{val:g}" cx="{cx:.1f}" cy="{y(val):.1f}" r="{POINT_RADIUS}" '
                           f'fill="{fill}" stroke="{colour}" stroke-width="2"/>')
            out.append("</g>")
    out.append("</svg>")
    # The bars and points drawn are counted on the element (a point interval has none), so that a test
    # in a browser can check that each was laid out.
    points = sum(1 for f in figs if _num(f.get("value")) is not None)
    out[0] = out[0].replace('role="img"', f'data-intervals="{drawn_bars}" data-points="{points}" role="img"', 1)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# The page


def _status(status: str, label: str | None = None) -> str:
    return f'<span class="status status-{esc(status)}">{esc(label or STATUS_LABEL.get(status, status))}</span>'


def _figure_table(figs: list[Mapping]) -> str:
    rows = ["<table><thead><tr><th>Source</th><th>Published</th><th>Figure</th><th>Interval</th>"
            "<th>Sentence</th></tr></thead><tbody>"]
    for f in figs:
        note = " <em>(superseded)</em>" if f.get("superseded") else ""
        rows.append(f"<tr><td>{esc(f.get('source') or f.get('article_id'))}</td><td>{esc(f.get('published') or 'undated')}</td>"
                    f"<td>{esc(f.get('text'))}{note}</td><td class=num>{esc(interval_text(f))}</td>"
                    f"<td>{esc(f.get('sentence'))}</td></tr>")
    rows.append("</tbody></table>")
    return "".join(rows)


def _group_section(g: Mapping, figs: list[Mapping], colours: Mapping[str, str]) -> str:
    figs = sorted(figs, key=lambda f: (str(f.get("published") or "9999"), not f.get("superseded"), f.get("start") or 0))
    consensus = interval_text({"low": g.get("consensus_low"), "high": g.get("consensus_high"), "value": None}) \
        if g.get("consensus_low") is not None or g.get("consensus_high") is not None else "none"
    sources = []
    for f in figs:
        s = str(f.get("source") or f.get("article_id"))
        if s not in sources:
            sources.append(s)
    legend = "".join(f'<span><i class="swatch" style="background:{colours[s]}"></i>{esc(s)}</span>' for s in sources)
    return (f'<section class="group" id="group-{esc(_slug(g["group_id"]))}" data-status="{esc(g["status"])}">'
            f'<h3>{_status(g["status"])} {esc(g.get("category"))}: {esc(g.get("subject"))}'
            f'{" in " + esc(g.get("place")) if g.get("place") else ""} <small>({esc(g["group_id"])})</small></h3>'
            f'<p class="why">{esc(g.get("explanation"))}</p>'
            f'<p>{esc(g.get("n_articles"))} articles, {esc(g.get("n_sources"))} sources; values {esc(fmt_number(g.get("min")))}'
            f'–{esc(fmt_number(g.get("max")))}; consensus {esc(consensus)}.</p>'
            f'{timeline_svg(str(g["group_id"]), figs, colours)}<p class="legend">{legend}</p>'
            f'{_figure_table(figs)}</section>')


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", str(text)).strip("-") or "group"


def _diff_html(word_diff: str | None) -> str:
    if not word_diff:
        return ""
    text = esc(word_diff)
    text = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", text)
    return re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", text)


def _quotes_section(quotes: list[Mapping]) -> str:
    drift = [q for q in quotes if q.get("status") != "same"]
    kept = [q for q in quotes if q.get("status") == "same"]
    if not quotes:
        return "<h2>Quotes</h2><p>No quote appears in more than one article.</p>"
    parts = [f"<h2>Quotes that drift ({len(drift)})</h2>"]
    for title, items in (("", drift), ("Quotes repeated word for word", kept)):
        if not items:
            continue
        if title:
            parts.append(f"<details><summary>{esc(title)} ({len(items)})</summary>")
        parts.append('<table class="quotes"><thead><tr><th>Status</th><th>A</th><th>B</th><th>Change</th></tr></thead><tbody>')
        for q in items:
            parts.append(
                f'<tr data-status="{esc(q.get("status"))}"><td>{_status(q.get("status"), q.get("status"))}</td>'
                f'<td>“{esc(q.get("a_text"))}”<br><small>{esc(q.get("a_speaker") or "unnamed")}'
                f'{", " + esc(q.get("a_speaker_role")) if q.get("a_speaker_role") else ""} — {esc(q.get("a_source") or q.get("a_article"))}, {esc(q.get("a_published") or "undated")}</small></td>'
                f'<td>“{esc(q.get("b_text"))}”<br><small>{esc(q.get("b_speaker") or "unnamed")}'
                f'{", " + esc(q.get("b_speaker_role")) if q.get("b_speaker_role") else ""} — {esc(q.get("b_source") or q.get("b_article"))}, {esc(q.get("b_published") or "undated")}</small></td>'
                f'<td>{_diff_html(q.get("word_diff"))}<div class="why">{esc(q.get("reason"))}</div></td></tr>')
        parts.append("</tbody></table>")
        if title:
            parts.append("</details>")
    return "".join(parts)


def render_report(figures, groups, quotes, *, title: str = "factcheck comparison") -> str:
    """The report page as a string. ``figures`` carry ``group_id`` (from :func:`~factcheck.compare.align`),
    ``groups`` and ``quotes`` are the tables of :func:`~factcheck.compare.compare`."""
    fig_rows = frame_records(figures) if len(figures) else []
    group_rows = frame_records(groups) if len(groups) else []
    quote_rows = frame_records(quotes) if len(quotes) else []
    by_group: dict[str, list[dict]] = {}
    for f in fig_rows:
        by_group.setdefault(str(f.get("group_id")), []).append(f)
    colours: dict[str, str] = {}
    for f in sorted(fig_rows, key=lambda f: str(f.get("published") or "9999")):
        s = str(f.get("source") or f.get("article_id"))
        if s not in colours:
            colours[s] = PALETTE[len(colours) % len(PALETTE)]
    counts: dict[str, int] = {}
    for g in group_rows:
        counts[g["status"]] = counts.get(g["status"], 0) + 1
    summary = ", ".join(f"{counts[s]} {STATUS_LABEL[s].lower()}" for s in STATUS_LABEL if counts.get(s))
    shown = [g for g in group_rows if g["status"] != "single"]
    single = [g for g in group_rows if g["status"] == "single"]
    body = [f"<h1>{esc(title)}</h1>",
            f"<p>{len(fig_rows)} figures in {len(group_rows)} groups ({esc(summary or 'none')}); "
            f"{len(quote_rows)} quote pairs.</p>",
            "<h2>Figures across sources</h2>"]
    if not shown:
        body.append("<p>No figure is stated by more than one article.</p>")
    body.extend(_group_section(g, by_group.get(str(g["group_id"]), []), colours) for g in shown)
    if single:
        body.append(f"<details><summary>Figures from a single article ({len(single)} groups)</summary>")
        body.extend(_group_section(g, by_group.get(str(g["group_id"]), []), colours) for g in single)
        body.append("</details>")
    body.append(_quotes_section(quote_rows))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")


def write_report(path: str | Path, figures, groups, quotes, *, title: str = "factcheck comparison") -> Path:
    """Write the report page whole or not at all."""
    p = Path(path)
    page = render_report(figures, groups, quotes, title=title)
    with atomic_open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)
    return p
