"""Every reader: the header .txt form, the seed's form, Markdown, HTML, JSON, JSONL, folders, stdin;
decoding and line endings; id clashes."""

from __future__ import annotations

import io
import json

import pytest

from factcheck.articles import Article, decode_bytes, iter_articles, read_articles
from factcheck.errors import ArticleError

from .conftest import SEEDS

SEED = SEEDS / "000_7c609068368f20e4.txt"


def read_one(path, **kw) -> Article:
    arts = read_articles([path], **kw)
    assert len(arts) == 1
    return arts[0]


def test_header_txt(tmp_path):
    p = tmp_path / "a1.txt"
    p.write_text("source: Daily Planet\nurl: https://example.org/x\ntitle: Storm hits\n"
                 "published: 2024-02-03\nauthor: L. Lane\ncompleteness: full\n\n"
                 "At least 12 people died.\n\nSecond paragraph.\n", encoding="utf-8")
    a = read_one(p)
    assert (a.id, a.source, a.url, a.title, a.published, a.author) == (
        "a1", "Daily Planet", "https://example.org/x", "Storm hits", "2024-02-03", "L. Lane")
    assert a.text == "At least 12 people died.\n\nSecond paragraph."
    assert a.meta["completeness"] == "full"


def test_header_unknown_values_are_null(tmp_path):
    p = tmp_path / "u.txt"
    p.write_text("source: X\ntitle: unknown (URL slug: foo)\npublished: unknown\n\nBody.\n")
    a = read_one(p)
    assert a.title is None and a.published is None and a.source == "X"


def test_header_without_body_names_the_fix(tmp_path):
    p = tmp_path / "h.txt"
    p.write_text("source: X\npublished: 2024-01-01\n\n\n")
    with pytest.raises(ArticleError, match="no body.*blank line"):
        read_articles([p])


def test_plain_text_without_header(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("OCCUPIED JERUSALEM: The army said 5 people were hurt.\n")
    a = read_one(p)
    assert a.text.startswith("OCCUPIED JERUSALEM:") and a.source is None


def test_seed_form_takes_date_and_drops_caption_and_credit():
    a = read_one(SEED)
    assert a.id == "000_7c609068368f20e4"
    assert a.published == "2023-11-03"
    assert a.author == "JNS Staff Report" and a.source == "JNS"
    assert "Photo:" not in a.text and "Amos Ben-Gershom" not in a.text
    assert "Kirya military headquarters" not in a.text  # the caption
    assert "November 3, 2023" not in a.text  # the date line
    assert a.text.startswith("The top U.S. diplomat is expected to push")
    assert a.text.endswith("according to the U.S. State Department.")


def test_markdown_front_matter(tmp_path):
    p = tmp_path / "m.md"
    p.write_text("---\ntitle: Floods\noutlet: River News\ndate: 2024-05-06\nurl: https://e.org/f\n---\n\n"
                 "Floods displaced 3,000 people.\n")
    a = read_one(p)
    assert (a.title, a.source, a.published, a.url) == ("Floods", "River News", "2024-05-06", "https://e.org/f")
    assert a.text == "Floods displaced 3,000 people."


def test_markdown_bad_yaml_is_an_error(tmp_path):
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: [unclosed\n---\nBody\n")
    with pytest.raises(ArticleError, match="front matter is not valid YAML"):
        read_articles([p])


HTML_PAGE = """<!doctype html><html lang="en"><head>
<title>Quake kills 40 in coastal town | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="og:title" content="Quake kills 40 in coastal town">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2024-03-09T08:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article>
<h1>Quake kills 40 in coastal town</h1>
<p>At least 40 people were killed when a strong earthquake struck the coastal town on Friday, the regional governor said.</p>
<p>Rescue teams searched collapsed buildings through the night, and officials said more than 200 people were injured.</p>
<p>The governor said the town's hospital was treating the wounded in tents because its main building was damaged.</p>
</article>
<aside>Most read: Celebrity chef opens restaurant</aside>
<footer>Copyright Harbour Times. Subscribe to our newsletter.</footer>
</body></html>"""


def test_html_body_and_metadata_without_boilerplate(tmp_path):
    p = tmp_path / "quake.html"
    p.write_text(HTML_PAGE)
    a = read_one(p)
    assert a.source == "Harbour Times"
    assert a.title == "Quake kills 40 in coastal town"
    assert a.author == "Ana Ruiz"
    assert a.published and a.published.startswith("2024-03-09")
    assert "At least 40 people were killed" in a.text
    assert "more than 200 people were injured" in a.text
    for junk in ("World news menu", "Celebrity chef", "Subscribe to our newsletter"):
        assert junk not in a.text


def test_jsonl_one_article_per_record_and_bad_line_reported(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"id": "r1", "text": "Two died.", "source": "A"}) + "\n"
                 + "{not json\n"
                 + json.dumps({"id": "r3", "text": 5}) + "\n"
                 + json.dumps({"text": "no id"}) + "\n"
                 + json.dumps({"id": "r5", "text": "Five died.", "published": "2024-01-02"}) + "\n")
    errors: list[ArticleError] = []
    arts = list(iter_articles([p], on_error=errors.append))
    assert [a.id for a in arts] == ["r1", "r5"]
    assert arts[1].published == "2024-01-02" and arts[0].source == "A"
    assert [(e.line, e.reason.split(" (")[0]) for e in errors] == [
        (2, "the line is not valid JSON"), (3, "the record's `text` is int, not a string."),
        (4, "the record has no `id`.")]
    assert all(str(p) in str(e) for e in errors)


def test_json_object_and_list(tmp_path):
    one = tmp_path / "single.json"
    one.write_text(json.dumps({"text": "Ten were hurt.", "title": "T"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "x", "text": "a"}, {"id": "y", "text": "b"}]))
    arts = read_articles([one, many])
    assert [a.id for a in arts] == ["single", "x", "y"]


def test_folder_recursive_stable_order_and_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z body.")
    (tmp_path / "a.txt").write_text("A body.")
    (tmp_path / "b" / "c.md").write_text("C body.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert [a.id for a in read_articles([tmp_path])] == ["a", "c", "z"]


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(ArticleError, match="holds no article files"):
        read_articles([tmp_path])


def test_stdin():
    arts = list(iter_articles(["-"], stdin=io.BytesIO(b"source: S\n\nOne body.\n")))
    assert arts[0].id == "stdin" and arts[0].source == "S" and arts[0].text == "One body."


def test_id_clash_names_both_inputs(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "same.txt").write_text("one")
    (tmp_path / "y" / "same.txt").write_text("two")
    errors: list[ArticleError] = []
    arts = list(iter_articles([tmp_path], on_error=errors.append))
    assert len(arts) == 1 and len(errors) == 1
    assert "x/same.txt" in str(errors[0]) and "y/same.txt" in str(errors[0])


def test_defaults_fill_what_inputs_lack(tmp_path):
    (tmp_path / "a.txt").write_text("source: Own\n\nBody.")
    (tmp_path / "b.txt").write_text("Body.")
    a, b = read_articles([tmp_path], source="Given", published="2024-06-01")
    assert a.source == "Own" and b.source == "Given" and b.published == "2024-06-01"


@pytest.mark.parametrize("raw, expected", [
    ("Caf\u00e9 \u2014 1,400 killed".encode("utf-8"), "Caf\u00e9 \u2014 1,400 killed"),
    (b"\xef\xbb\xbfBOM text", "BOM text"),
    (b"\xef\xbb\xbfBOM then a Latin-1 caf\xe9", "BOM then a Latin-1 caf\u00e9"),
    ("UTF-16 text \u00e9".encode("utf-16"), "UTF-16 text \u00e9"),
    ("Latin-1 caf\u00e9 and na\u00efve words in a longer sentence for detection".encode("latin-1"),
     "Latin-1 caf\u00e9 and na\u00efve words in a longer sentence for detection"),
])
def test_decoding(raw, expected):
    assert decode_bytes(raw, "f.txt").lstrip("\ufeff") == expected


@pytest.mark.parametrize("raw, reason", [(b"", "empty"), (b"  \n ", "empty"), (bytes(range(256)) * 4, "binary")])
def test_undecodable_inputs_name_the_problem(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        decode_bytes(raw, "f.bin")


def test_crlf_normalised_before_offsets(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"source: S\r\npublished: 2024-01-01\r\n\r\nLine one.\r\n\r\nLine two.\r\n")
    a = read_one(p)
    assert "\r" not in a.text and a.text == "Line one.\n\nLine two."


def test_jsonl_is_read_line_by_line(tmp_path, monkeypatch):
    from pathlib import Path

    p = tmp_path / "big.jsonl"
    p.write_text("".join(json.dumps({"id": f"r{i}", "text": f"{i} died."}) + "\n" for i in range(50)))

    def refuse(self):
        raise AssertionError(f"{self} was read whole")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    ids = [a.id for a in iter_articles([p])]
    assert ids == [f"r{i}" for i in range(50)]


def test_html_parser_recursion_error_falls_back_to_text(monkeypatch):
    import trafilatura

    from factcheck.articles import parse_html

    def too_deep(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", too_deep)
    article = parse_html("<html><body><p>At least 4 people died.</p></body></html>", "r", "r.html")
    assert article.text == "At least 4 people died."
    assert article.meta["html_fallback"].startswith("RecursionError")
