"""Whatever the input, factcheck reports and goes on: property and fuzz tests over the readers,
the extractors and the validator. Every output is schema-valid and every claim's text stands
at its offsets."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import schema as S
from factcheck.articles import Article, parse_html, parse_jsonl, read_path
from factcheck.errors import ArticleError
from factcheck.extract import extract_article
from factcheck.table import to_frame

from .conftest import SEEDS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEED_TEXT = (SEEDS / "000_7c609068368f20e4.txt").read_text(encoding="utf-8")

# Characters that stress the extractors: digits and separators, quotation marks of every kind,
# sentence punctuation, dashes, newlines, and a few scripts.
TRICKY = st.sampled_from(list("0123456789,.%$€£-–—\"'“”‘’«»()[]:;!?\n\r\t ") +
                         ["at least ", "more than ", "about ", " million", " said", " killed", "According to ",
                          "Mr. ", "U.S. ", "per cent", "½", "١٢٣", "万", "\u200b", "\ufeff", "\x00"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(TRICKY, st.text(max_size=8)), max_size=80).map("".join))


def check_claims(article: Article) -> None:
    claims = extract_article(article)
    for c in claims:
        assert article.text[c.start:c.end] == c.text
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
    issues = list(S.iter_issues(to_frame(claims), "claim"))
    assert not issues, issues[:3]


@SETTINGS
@given(TEXTS)
def test_extraction_never_raises_and_output_is_valid(text):
    if not text.strip():
        return
    check_claims(Article(id="prop", text=text, published="2024-02-29"))


@st.composite
def mutated_seed(draw):
    text = SEED_TEXT
    for _ in range(draw(st.integers(1, 12))):
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 40)))
        op = draw(st.sampled_from(["delete", "insert", "replace", "duplicate"]))
        piece = draw(st.one_of(TRICKY, st.text(max_size=6)))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + piece + text[i:]
        elif op == "replace":
            text = text[:i] + piece + text[j:]
        else:
            text = text[:j] + text[i:j] + text[j:]
    return text


@SETTINGS
@given(mutated_seed())
def test_fuzz_mutated_real_article(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "mutant.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    for item in read_path(path):
        assert isinstance(item, (Article, ArticleError))
        if isinstance(item, Article):
            check_claims(item)


@SETTINGS
@given(st.binary(max_size=600), st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".dat"]))
def test_readers_turn_any_bytes_into_articles_or_errors(tmp_path_factory, raw, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(raw)
    for item in read_path(path):
        assert isinstance(item, (Article, ArticleError))
        if isinstance(item, ArticleError):
            assert str(path) in str(item)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)


@SETTINGS
@given(st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["id", "text", "source", "published", "url", "x"]), JSON_VALUES, max_size=5).map(json.dumps),
    st.text(max_size=30)), max_size=8))
def test_jsonl_lines_never_raise(lines):
    for item in parse_jsonl(lines, "feed.jsonl"):
        assert isinstance(item, (Article, ArticleError))
        if isinstance(item, ArticleError):
            assert item.line is not None and 1 <= item.line <= len(lines)


TAGS = st.sampled_from(["p", "div", "span", "article", "script", "style", "nav", "b", "table", "td", "h1", "a"])


@st.composite
def html_fragments(draw):
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(TAGS)
        parts.append(draw(st.sampled_from([f"<{tag}>", f"</{tag}>", f"<{tag} class='x'>", "<!--", "-->", "&amp;", "&#x41;", "<"])))
        parts.append(draw(TEXTS))
    return "".join(parts)


@SETTINGS
@given(html_fragments())
def test_html_fragments_never_raise(html):
    try:
        article = parse_html(html, "frag", "frag.html")
    except ArticleError as exc:
        assert "frag.html" in str(exc)
        return
    check_claims(article)


def test_html_nested_thousands_deep_falls_back_to_text_with_its_figures():
    html = "<html><body>" + "<div>" * 20000 + "<p>At least 40 people were killed in the blast.</p>" + "</div>" * 20000 + "</body></html>"
    article = parse_html(html, "deep", "deep.html")
    assert "At least 40 people were killed" in article.text
    figures = [c for c in extract_article(article) if c.kind == "figure"]
    assert [f.value for f in figures] == [40.0]


@SETTINGS
@given(st.binary(max_size=500), st.sampled_from(["csv", "json", "jsonl", "parquet"]))
def test_validate_never_raises_on_any_bytes(tmp_path_factory, raw, fmt):
    path = tmp_path_factory.mktemp("val") / f"t.{fmt}"
    path.write_bytes(raw)
    issues = list(S.file_issues(path, "claim"))
    assert all(i.message for i in issues)
