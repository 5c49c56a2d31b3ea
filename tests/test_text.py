"""Paragraphs and sentences: tables of texts and how they split, offsets, and the Document API."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.articles import Article
from factcheck.extract.text import Document, paragraph_spans, sentence_spans


def sentences(text: str) -> list[str]:
    return [s.text for s in sentence_spans(text)]


def paragraphs(text: str) -> list[str]:
    return [p.text for p in paragraph_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # plain ends
    ("One. Two! Three? Four.", ["One.", "Two!", "Three?", "Four."]),
    ("No final stop", ["No final stop"]),
    # titles and ranks
    ("Lt. Gen. Herzi Halevi spoke. He left.", ["Lt. Gen. Herzi Halevi spoke.", "He left."]),
    ("Mr. Biden and Dr. Smith met. They talked.", ["Mr. Biden and Dr. Smith met.", "They talked."]),
    # places
    ("The U.S. military said 12. Others disagreed.", ["The U.S. military said 12.", "Others disagreed."]),
    ("Aid came from the U.S. The rest came later.", ["Aid came from the U.S.", "The rest came later."]),
    ("He flew to the U.S. Army base.", ["He flew to the U.S. Army base."]),
    # times of day and companies end a sentence before a plain sentence opener
    ("Work stops between noon and 5 p.m. The ministry said so.", ["Work stops between noon and 5 p.m.", "The ministry said so."]),
    ("The blast came at 4 a.m. It woke the town.", ["The blast came at 4 a.m.", "It woke the town."]),
    ("The flight left at 6 p.m. Monday.", ["The flight left at 6 p.m. Monday."]),
    ("It opens at 9 a.m. GMT daily.", ["It opens at 9 a.m. GMT daily."]),
    ("Avoid washing between 6 p.m. and 10 p.m. Brief outages hit 18,000 homes.",
     ["Avoid washing between 6 p.m. and 10 p.m.", "Brief outages hit 18,000 homes."]),
    ("Shares of Kessler Inc. The firm said it would appeal.", ["Shares of Kessler Inc.", "The firm said it would appeal."]),
    # months: "Oct. 7" goes on, "Oct. 7." ends
    ("Since Oct. 7, 1,200 were killed. It was the worst day.", ["Since Oct. 7, 1,200 were killed.", "It was the worst day."]),
    ("It happened on Oct. 7. Then the war began.", ["It happened on Oct. 7.", "Then the war began."]),
    # a letter right after digits is a unit or a plural, not an initial
    ("By noon it was 46.8C. Meteoval said so.", ["By noon it was 46.8C.", "Meteoval said so."]),
    ("Most were in their 60s. One was a child.", ["Most were in their 60s.", "One was a child."]),
    # ... and so is one after a slash (batches 234-237)
    ("It stayed under 10 mm/s. He said so.", ["It stayed under 10 mm/s.", "He said so."]),
    # rupees written "Rs." before the amount
    ("The State gave Rs. 4 lakh to each family.", ["The State gave Rs. 4 lakh to each family."]),
    # initials
    ("J. R. Smith wrote it. She agreed.", ["J. R. Smith wrote it.", "She agreed."]),
    # decimals and numbers
    ("Rates rose 3.8 percent. Jobs grew.", ["Rates rose 3.8 percent.", "Jobs grew."]),
    ("It was 1.5. 2 more came.", ["It was 1.5.", "2 more came."]),
    # a lower-case word after a period does not start a sentence
    ("about 5 p.m. local time. Then", ["about 5 p.m. local time.", "Then"]),
    ("e.g. this one. Next", ["e.g. this one.", "Next"]),
    # quotes closing a sentence
    ('"We will win," he said. "Never."', ['"We will win," he said.', '"Never."']),
    ("He said: “It is over.” She left.", ["He said: “It is over.”", "She left."]),
    ("He asked “why?” Nobody answered.", ["He asked “why?”", "Nobody answered."]),
    ("(See the table.) The rest follows.", ["(See the table.)", "The rest follows."]),
    ("It ended. “Finally,” she said.", ["It ended.", "“Finally,” she said."]),
    # dashes and ellipses
    ("It was over. — Not quite.", ["It was over.", "— Not quite."]),
    ("Wait… Then it came.", ["Wait…", "Then it came."]),
])
def test_sentence_table(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # blank lines
    ("First para.\n\nSecond para.", ["First para.", "Second para."]),
    ("First.\n   \n\nSecond.", ["First.", "Second."]),
    # hard-wrapped lines join
    ("The death toll rose to 1,200 on Friday as the army revised its\ncount of the dead from the attack on Oct. 7 last month, officials\nsaid.",
     ["The death toll rose to 1,200 on Friday as the army revised its\ncount of the dead from the attack on Oct. 7 last month, officials\nsaid."]),
    # a line that ends a sentence ends the paragraph
    ("It was a long line of text that ends with a full stop here at the end.\nNext line.",
     ["It was a long line of text that ends with a full stop here at the end.", "Next line."]),
    # headings and datelines stand alone
    ("Gaza death toll\nThe ministry said on Monday that the number of people killed had risen again sharply",
     ["Gaza death toll", "The ministry said on Monday that the number of people killed had risen again sharply"]),
    ("Key figures:\n- 1,200 killed", ["Key figures:", "- 1,200 killed"]),
    # each item of a list stands alone, however long and unpunctuated
    ("- At least 61 people are confirmed dead and more than 300 injured, according to the agency\n"
     "- Rescuers are searching 14 collapsed buildings in the provincial capital, Sarnic",
     ["- At least 61 people are confirmed dead and more than 300 injured, according to the agency",
      "- Rescuers are searching 14 collapsed buildings in the provincial capital, Sarnic"]),
    ("", []),
    ("\n\n  \n", []),
])
def test_paragraph_table(text, expected):
    assert paragraphs(text) == expected


def test_a_sentence_never_crosses_a_paragraph():
    text = "Heading without stop\n\nthe body starts in lower case. And goes on."
    assert sentences(text) == ["Heading without stop", "the body starts in lower case.", "And goes on."]


def test_hard_wrapped_sentence_keeps_its_line_break():
    text = ("Officials said about 240 people were taken hostage during the raid across the\n"
            "border. Dozens were later freed.")
    assert sentences(text) == ["Officials said about 240 people were taken hostage during the raid across the\nborder.",
                               "Dozens were later freed."]


def test_offsets_point_into_the_text():
    text = "  Lead.  Second one!\n\n\tThird?  \nFourth line here"
    for span in [*sentence_spans(text), *paragraph_spans(text)]:
        assert text[span.start:span.end] == span.text
        assert span.text == span.text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB .!?\n\t\"'”’)“(U.S.Lt.7—…,:")), max_size=80))
def test_sentences_cover_the_text_in_order(text):
    paras = paragraph_spans(text)
    sents = sentence_spans(text, paras)
    for span in [*paras, *sents]:
        assert text[span.start:span.end] == span.text and span.text.strip() == span.text and span.text
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))
    # every sentence lies inside one paragraph, and every paragraph is covered by its sentences
    for p in paras:
        inside = [s for s in sents if p.start <= s.start and s.end <= p.end]
        assert inside and inside[0].start == p.start and inside[-1].end == p.end
    assert sum(1 for s in sents if any(p.start <= s.start and s.end <= p.end for p in paras)) == len(sents)


def test_document_lookups():
    text = "First sentence here. Second one.\n\nNew paragraph."
    doc = Document(Article(id="a", text=text, source="s", published="2023-11-10"))
    assert [s.text for s in doc.sentences] == ["First sentence here.", "Second one.", "New paragraph."]
    assert doc.sentence_at(text.index("Second") + 3).text == "Second one."
    assert doc.sentence_at(text.index("Second") - 1).text == "First sentence here."
    assert doc.paragraph_at(text.index("New")).text == "New paragraph."
    claim = doc.claim("figure", 0, 5, category="count")
    assert claim.sentence == "First sentence here." and claim.text == "First"
    with pytest.raises(ValueError):
        doc.claim("figure", 10, 5)


def test_no_ends_a_sentence_unless_a_number_follows():
    text = "Frank Lee said so before voting no. He left. It was item No. 5 on the list."
    doc = Document(Article(id="t", text=text))
    assert [s.text for s in doc.sentences] == ["Frank Lee said so before voting no.", "He left.",
                                                "It was item No. 5 on the list."]


def test_an_initial_p_does_not_end_a_sentence():
    doc = Document(Article(id="t", text="Jane P. Smith said so. See pp. 12-14 of the report."))
    assert [s.text for s in doc.sentences] == ["Jane P. Smith said so.", "See pp. 12-14 of the report."]
