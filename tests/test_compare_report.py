"""``compare``: the four outputs, their schemas, and a report page that is safe and self-contained."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from factcheck.compare import align, compare, compare_quotes, group_figures
from factcheck.compare.report import render_report
from factcheck.schema import validate
from tests.test_compare_support import figure, quote, table

HOSTILE = '<script>document.title="pwned"</script><img src=x onerror="document.title=1">'


def hostile_claims():
    return table(
        figure("a", "at least 1,400", 1400, qualifier="at_least", published="2023-11-03", source="Outlet A",
               sentence=f"Gunmen killed at least 1,400 people in Israel. {HOSTILE}"),
        figure("b", "about 1,200", 1200, qualifier="approx", published="2023-11-10", source="Outlet <B>",
               sentence="About 1,200 people were killed in Israel, officials said."),
        figure("c", "at least 1,300", 1300, qualifier="at_least", published="2023-10-15", source="Outlet C",
               sentence="At least 1,300 people were killed in Israel."),
        quote("a", f"We will rebuild within two years {HOSTILE}", "Nir Barkat", published="2023-11-03"),
        quote("b", f"We will rebuild within three years {HOSTILE}", "Nir Barkat", published="2023-11-10"),
    )


def page_of(claims) -> str:
    return render_report(align(claims), group_figures(claims), compare_quotes(claims))


def test_article_text_is_escaped_and_nothing_is_fetched():
    page = page_of(hostile_claims())
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    assert "Outlet &lt;B&gt;" in page
    # Nothing to load: no src/href attributes and no URL but the SVG namespace.
    assert not re.search(r"<[^>]*\s(src|href)\s*=", page)
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) <= {"http://www.w3.org/2000/svg"}
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_each_group_has_a_timeline_conflicts_and_revisions_first():
    page = page_of(hostile_claims())
    charts = re.findall(r'<svg class="timeline" data-group="([^"]+)" data-figures="(\d+)"', page)
    assert charts and charts[0][1] == "3"
    statuses = re.findall(r'<section class="group" id="[^"]+" data-status="(\w+)"', page)
    assert statuses[0] == "revised"
    # One point per figure with a value, one interval bar per bounded figure, an arrow for "at least".
    first = page[page.index("<svg"):page.index("</svg>")]
    assert first.count('class="figure-point"') == 3
    assert first.count('class="figure-interval"') == 3 and first.count('class="unbounded"') == 2
    assert "within [-two-] {+three+} years" not in page and "<del>two</del> <ins>three</ins>" in page


def test_compare_writes_four_valid_outputs(tmp_path, dev_dir):
    out = tmp_path / "report"
    result = compare([dev_dir], out)
    for name in ("figures.csv", "groups.csv", "quotes.csv", "report.html"):
        assert (out / name).is_file(), name
    validate(str(out / "groups.csv"), "group")
    validate(str(out / "quotes.csv"), "quote_pair")
    figures = pd.read_csv(out / "figures.csv")
    groups = pd.read_csv(out / "groups.csv")
    assert figures["group_id"].notna().all() and set(figures["group_id"]) == set(groups["group_id"])
    assert result.n_figures == len(figures) and result.n_groups == len(groups)
    assert groups["n_figures"].sum() == len(figures)
    assert sum(result.statuses.values()) == len(groups)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count('<svg class="timeline"') == len(groups)


def test_compare_keeps_earlier_outputs_when_it_fails(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("earlier", encoding="utf-8")
    import factcheck.compare.report as report

    def boom(*a, **k):
        raise RuntimeError("chart failed")

    monkeypatch.setattr(report, "render_report", boom)
    csv = tmp_path / "claims.csv"
    from factcheck.table import write_table

    write_table(hostile_claims(), csv)
    with pytest.raises(RuntimeError):
        compare([csv], out)
    assert (out / "report.html").read_text(encoding="utf-8") == "earlier"


def test_an_empty_comparison_is_still_a_page():
    empty = table()
    page = render_report(align(empty), group_figures(empty), compare_quotes(empty))
    assert "No figure is stated by more than one article" in page and "<svg" not in page
