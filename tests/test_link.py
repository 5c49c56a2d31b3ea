"""Link stage: a figure inside a quote or statement takes its speaker; link() is pure."""

from __future__ import annotations

from dataclasses import replace

from factcheck.articles import Article
from factcheck.extract import ExtractOptions, extract_article
from factcheck.extract.link import link
from factcheck.extract.text import Document

TEXT = "Officials said 40 people were hurt. “We counted 12 bodies,” Dr. Lena Ortiz said. The storm left 300 homeless."


def _doc():
    return Document(Article(id="l", text=TEXT, published="2024-03-07"))


def _figure(doc, word, **kw):
    i = TEXT.index(word)
    return doc.claim("figure", i, i + len(word), value=float(word), **kw)


def _speech(doc, kind, inner, speaker, cue="said"):
    i = TEXT.index(inner)
    return doc.claim(kind, i, i + len(inner), speaker=speaker, cue=cue)


def test_figures_inside_take_speaker_and_cue():
    doc = _doc()
    claims = [_speech(doc, "statement", "40 people were hurt", "Officials"),
              _figure(doc, "40"),
              _speech(doc, "quote", "We counted 12 bodies", "Lena Ortiz"),
              _figure(doc, "12"),
              _figure(doc, "300")]
    out = link(doc, claims)
    by_text = {c.text: c for c in out if c.kind == "figure"}
    assert (by_text["40"].speaker, by_text["40"].cue) == ("Officials", "said")
    assert by_text["12"].speaker == "Lena Ortiz"
    assert by_text["300"].speaker is None


def test_link_is_pure_and_keeps_own_speaker():
    doc = _doc()
    own = _figure(doc, "40", speaker="the hospital")
    claims = [_speech(doc, "statement", "40 people were hurt", "Officials"), own, _figure(doc, "12")]
    before = list(claims)
    out = link(doc, claims)
    assert claims == before  # input untouched
    assert out[1] is own  # a figure with a speaker is left as it is
    assert out[2] == claims[2]  # nothing holds "12" here


def test_narrowest_holder_wins():
    doc = _doc()
    wide = replace(_speech(doc, "statement", TEXT[:80], "Wide"), start=0, end=80, text=TEXT[:80])
    narrow = _speech(doc, "quote", "We counted 12 bodies", "Lena Ortiz")
    (fig,) = [c for c in link(doc, [wide, narrow, _figure(doc, "12")]) if c.kind == "figure"]
    assert fig.speaker == "Lena Ortiz"


def test_whole_pipeline_links_figures():
    art = Article(id="p", text=TEXT, published="2024-03-07")
    figs = [c for c in extract_article(art, ExtractOptions()) if c.kind == "figure"]
    spk = {c.text: c.speaker for c in figs}
    assert spk.get("12") == "Lena Ortiz"
