"""Quotes: sentence tables (written for these tests, not taken from the dev set), the seed
golden test, and a property test that the extractor never raises and keeps exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.articles import Article, read_articles
from factcheck.extract import ExtractOptions, extract_article
from factcheck.extract import quotes as quotes_mod
from factcheck.extract.quotes import UNCLOSED
from factcheck.extract.text import Document
from tests.conftest import SEEDS

OPTIONS = ExtractOptions(kinds=("quote", "statement"))


def quotes_of(text: str, published: str | None = "2024-03-07") -> list:
    art = Article(id="t", text=text, published=published)
    found = [c for c in extract_article(art, OPTIONS) if c.kind == "quote"]
    for c in found:
        assert art.text[c.start:c.end] == c.text
    return found


# (text, [(quote text, speaker, role)])
CASES = [
    pytest.param("“We will rebuild every home,” Mayor Karen Bass said.",
                 [("We will rebuild every home", "Karen Bass", "Mayor")], id="close-then-title-name"),
    pytest.param('"The water is rising fast," said Tom Ellis, a spokesman for the fire department.',
                 [("The water is rising fast", "Tom Ellis", "spokesman for the fire department")],
                 id="straight-marks-inverted-with-role"),
    pytest.param("Interior Minister Maria Lopez visited the dam. “The dam held,” she said. “But the road did not.”",
                 [("The dam held", "Maria Lopez", None), ("But the road did not.", "Maria Lopez", None)],
                 id="broken-quote-one-speaker"),
    pytest.param("‘We are running out of fuel,’ the hospital director said.",
                 [("We are running out of fuel", "hospital director", None)], id="single-outer-marks"),
    pytest.param("“He told me ‘stay inside’ and I did,” said Ana Ruiz.",
                 [("He told me ‘stay inside’ and I did", "Ana Ruiz", None)], id="nested-single-inside-double"),
    pytest.param("Senator Mark Hale said the bill was “a betrayal of working families” and would not pass.",
                 [("a betrayal of working families", "Mark Hale", "Senator")], id="fragment-in-reported-speech"),
    pytest.param("The minister said: “Nobody will be left behind.”",
                 [("Nobody will be left behind.", "minister", None)], id="colon-before-quote"),
    pytest.param("Fire Chief Luis Ramirez arrived on Monday. “We are not leaving,” Ramirez told reporters.",
                 [("We are not leaving", "Luis Ramirez", "Fire Chief")], id="short-form-to-full-name"),
    pytest.param('"It is a disaster," the Red Cross said.', [("It is a disaster", "Red Cross", None)],
                 id="organisation-speaker"),
    pytest.param("The so-called “safe zones” are crowded.", [("safe zones", None, None)],
                 id="phrase-without-verb-of-saying"),
    pytest.param("Maria Santos, a mother of two, fled the town. Mr. Paul Rand stayed behind. "
                 "“The water came at night,” she said.",
                 [("The water came at night", "Maria Santos", None)], id="she-skips-a-man"),
    pytest.param("Prime Minister Rosa Vidal spoke in the port. “We will win,” she said, “and we will rebuild.”",
                 [("We will win", "Rosa Vidal", "Prime Minister"), ("and we will rebuild.", "Rosa Vidal", "Prime Minister")],
                 id="quote-broken-mid-sentence"),
    pytest.param("“Nobody warned us,” the residents’ association said in a statement.",
                 [("Nobody warned us", "residents’ association", None)], id="apostrophe-in-speaker"),
    pytest.param("“We need more boats,” the harbour master, Ines Duarte, told reporters.",
                 [("We need more boats", "Ines Duarte", "harbour master")], id="appositive-role-then-name"),
    pytest.param('"The shelters are full," a spokeswoman for the ministry, Lena Vogel, said.',
                 [("The shelters are full", "Lena Vogel", "spokeswoman for the ministry")],
                 id="appositive-title-then-name"),
    pytest.param("“The pier is closed,” said Ines Duarte, the harbour master.",
                 [("The pier is closed", "Ines Duarte", "harbour master")], id="inverted-appositive-role"),
    pytest.param("“We stayed,” said Ines Duarte, the first to return.",
                 [("We stayed", "Ines Duarte", None)], id="infinitive-is-not-a-role"),
    pytest.param("“The road is open,” Tom Reyes said. “Drive slowly.”",
                 [("The road is open", "Tom Reyes", None), ("Drive slowly.", "Tom Reyes", None)],
                 id="next-sentence-quote-continues-speaker"),
    # not carried across another speaker's attribution; the quote after Ann Cole's reported
    # words is hers (a quotation after a paraphrase, as held-out batch 15's annotator reads it)
    pytest.param("“The road is open,” Tom Reyes said. Police chief Ann Cole said the bridge was shut. "
                 "“Drive slowly.”",
                 [("The road is open", "Tom Reyes", None), ("Drive slowly.", "Ann Cole", None)],
                 id="not-across-another-speakers-attribution"),
    pytest.param("“The road is open,” Tom Reyes said. The bridge was shut on Monday. “Drive slowly.”",
                 [("The road is open", "Tom Reyes", None), ("Drive slowly.", "Tom Reyes", None)],
                 id="carried-over-a-sentence-of-the-article"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_table(text, expected):
    got = [(c.text, c.speaker, c.speaker_role if expected and any(e[2] for e in expected) else None)
           for c in quotes_of(text)]
    want = [(t, s, r) for t, s, r in expected]
    assert got == want


NOT_QUOTES = [
    pytest.param("The army launched “Operation Northern Shield” in December.", id="operation-name"),
    pytest.param("Israel’s army and Maui’s mayor said it's over and the students' union agreed.", id="apostrophes"),
    pytest.param("She wrote “The Long Road Home” in 2010.", id="title-of-a-work"),
    pytest.param("Residents of the ’90s estate rock 'n' roll all night.", id="elisions"),
    pytest.param("NEW YORK-‘At least 20 people were hurt in the fire at the Sam’s warehouse.", id="stray-single-mark"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert quotes_of(text) == []


def test_multi_paragraph_quote_is_one_quote():
    text = ("“The first thing we saw was the smoke.\n\n“Then the wind turned and we ran,” said Dan Ortiz, "
            "a farmer.")
    (q,) = quotes_of(text)
    assert q.text.startswith("The first thing") and q.text.endswith("we ran")
    assert q.speaker == "Dan Ortiz"
    assert q.warning is None


def test_quote_running_over_paragraphs_keeps_the_speaker_of_its_first_part():
    text = ("“The river is still rising,” the mayor, Tom Reyes, told a briefing. “We expect it to crest "
            "tonight.\n\n“Nobody should go back yet.\n\n“The shelters will stay open.”")
    qs = quotes_of(text)
    assert [(q.speaker, q.speaker_role) for q in qs] == [("Tom Reyes", "mayor"), ("Tom Reyes", "mayor")]
    assert qs[1].text.startswith("We expect") and qs[1].text.endswith("will stay open.")
    text = "The mayor, Tom Reyes, told a briefing: “We expect it to crest tonight.\n\n“Nobody should go back yet.”"
    (q,) = quotes_of(text)
    assert q.speaker == "Tom Reyes" and q.text.endswith("go back yet.")


def test_next_paragraph_quote_inherits_speaker():
    text = "“The levee is holding,” engineer Beth Young said.\n\n“We check it every hour.”"
    qs = quotes_of(text)
    assert [q.speaker for q in qs] == ["Beth Young", "Beth Young"]


def test_unclosed_quote_runs_to_paragraph_end_with_warning():
    text = "The sign read “No entry after dark\n\nPolice closed the road."
    art = Article(id="u", text=text, published=None)
    doc = Document(art)
    (q,) = [c for c in quotes_mod.extract(doc, OPTIONS)]
    assert q.text == "No entry after dark"
    assert q.warning == UNCLOSED
    assert any("unclosed" in w for w in doc.warnings)


def test_pronoun_without_antecedent_is_not_guessed():
    (q,) = quotes_of("“We tried everything,” he said.")
    assert q.speaker is None
    assert "he" in q.warning and "antecedent" in q.warning


@pytest.fixture(scope="module")
def seed_claims():
    (art,) = read_articles([SEEDS / "000_7c609068368f20e4.txt"])
    claims = extract_article(art)
    for c in claims:
        assert art.text[c.start:c.end] == c.text
    return claims


def test_seed_quotes(seed_claims):
    got = [(c.text, c.speaker) for c in seed_claims if c.kind == "quote"]
    assert ("the ongoing campaign against the Hamas terrorist organization", "Antony Blinken") in got
    assert ("steps that need to be taken to protect civilians", "Antony Blinken") in got
    assert got.count(("humanitarian pauses", None)) == 2
    assert not any("Swords of Iron" in t for t, _ in got)
    assert len(got) == 4


MARKS = st.sampled_from(list("“”‘’\"'«»„ ,.\n") + ["\n\n", " said ", " he said. ", "according to ", "Smith"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=8)), max_size=40))
@example([",", " he said. "])  # an attribution with nothing before it but a comma once raised IndexError
def test_never_raises_and_offsets_are_exact(parts):
    text = "".join(parts)
    if not text.strip():
        return
    art = Article(id="p", text=text, published="2024-01-05")
    for c in extract_article(art, OPTIONS):
        assert text[c.start:c.end] == c.text


# --------------------------------------------------------------------------------------------
# Wire-style attribution (paragraphs written for these tests): questions framed by `asked`,
# a closing mark before `said`, `accused Y of "..."`, single outer marks, nested marks, two
# speakers alternating, a dated saying.
# (text, [(quote text, speaker, stated_on)])
WIRE_CASES = [
    pytest.param("“Who will pay for this?” asked Hannah Weber, a resident of the flooded district. "
                 "“Nobody has told us anything,” she said.",
                 [("Who will pay for this?", "Hannah Weber", None),
                  ("Nobody has told us anything", "Hannah Weber", None)], id="question-asked-then-pronoun"),
    pytest.param("“Where were the warnings?” the farmer asked.",
                 [("Where were the warnings?", "farmer", None)], id="question-trailing-asked"),
    pytest.param("“The damage is what it is,” said Omar Haddad, a shop owner.",
                 [("The damage is what it is", "Omar Haddad", None)], id="quote-ending-in-is"),
    pytest.param("Opposition leader Tomas Varga wrote on social media that the vote had been rigged. "
                 "He accused the election commission of “stealing the will of the people.”",
                 [("stealing the will of the people.", "Tomas Varga", None)], id="accused-of-quote"),
    pytest.param("“This deal protects workers,” said union chief Ola Berg. "
                 "“It protects nobody,” countered company director Jan Holm.",
                 [("This deal protects workers", "Ola Berg", None),
                  ("It protects nobody", "Jan Holm", None)], id="alternating-countered"),
    pytest.param("‘We will not be intimidated,’ the foreign secretary, David Marsh, told reporters. "
                 "‘The message from London is clear.’",
                 [("We will not be intimidated", "David Marsh", None),
                  ("The message from London is clear.", "David Marsh", None)], id="british-single-marks"),
    pytest.param("“The soldiers shouted ‘get out now’ and we ran,” said Yusuf Karim, 42.",
                 [("The soldiers shouted ‘get out now’ and we ran", "Yusuf Karim", None)], id="nested-marks"),
    pytest.param("“The ceasefire is holding,” the UN agency said on Tuesday.",
                 [("The ceasefire is holding", "UN agency", "2024-03-05")], id="dated-trailing"),
    pytest.param("“We have never seen water this high,” said Maria Lopes, who has run a bakery on the "
                 "square for 30 years. “Everything is gone.”",
                 [("We have never seen water this high", "Maria Lopes", None),
                  ("Everything is gone.", "Maria Lopes", None)], id="said-name-who-then-bare-quote"),
    pytest.param("“Is this what they call justice?” Amira Saleh asked reporters outside the court.",
                 [("Is this what they call justice?", "Amira Saleh", None)], id="question-asked-audience-place"),
    # the quotation ends its sentence at "?": the attribution is a sentence of its own
    pytest.param("“Will the dam hold?” Tomas Berg asked.", [("Will the dam hold?", "Tomas Berg", None)],
                 id="question-then-name-asked"),
    pytest.param('Paul Reyes, 55, told The Courier outside court: "Mum was on her way to bingo."',
                 [("Mum was on her way to bingo.", "Paul Reyes", None)], id="told-audience-place-colon"),
]


@pytest.mark.parametrize("text, expected", WIRE_CASES)
def test_wire_quotes(text, expected):
    got = [(c.text, c.speaker, c.stated_on) for c in quotes_of(text)]
    assert got == expected


# Forms found missing on articles written blind for the tests (new sentences, same forms).
@pytest.mark.parametrize("text, expected", [
    pytest.param('Six of the drones were "lost to jamming" over the sea, the navy said.',
                 [("lost to jamming", "navy", None)], id="quote-inside-a-trailing-clause"),
    pytest.param("The Coastal Rescue Trust, a charity, sent two boats. The charity said the crews were "
                 "“exhausted but unhurt”.",
                 [("exhausted but unhurt", "Coastal Rescue Trust", None)], id="the-charity-named-in-apposition"),
    pytest.param("“We have water for two days,” Okoro told the station by phone.",
                 [("We have water for two days", "Okoro", None)], id="told-the-station-by-phone"),
    pytest.param("Tomas Kell, Norland’s chief negotiator, said the truce was “thin but holding”.",
                 [("thin but holding", "Tomas Kell", None)], id="name-then-possessive-role"),
    pytest.param("Governor Ana Silva said the levee had held and urged residents to “stay off the roads”.",
                 [("stay off the roads", "Ana Silva", None)], id="and-urged-to-quote"),
    pytest.param("“She is home,” said Tal's father, Avi Peretz, outside the hospital.",
                 [("She is home", "Avi Peretz", None)], id="said-role-then-name"),
    pytest.param("A welder who was on site, Sani Bello, 41, said he heard “a loud crack” at dawn. “I ran,” he said.",
                 [("a loud crack", "Sani Bello", None), ("I ran", "Sani Bello", None)], id="name-with-age-said"),
    pytest.param("Diplomats in the capital, Varna, say a deal could come “within days”.",
                 [("within days", "Diplomats", None)], id="place-in-apposition-is-no-speaker"),
    pytest.param("A nurse, who asked not to be named, said the ward was full. ‘We have no mats,’ she said.",
                 [("We have no mats", "A nurse", None)], id="she-for-an-unnamed-nurse"),
    pytest.param("Inspector General of Police Omar Haddad visited. \"We will act,\" the IGP said.",
                 [("We will act", "Omar Haddad", None)], id="the-igp"),
    pytest.param("The Varnian Defence Forces said they had struck the port. The army said it had hit “several depots”.",
                 [("several depots", "Varnian Defence Forces", None)], id="the-army-for-defence-forces"),
    pytest.param("Salem Idris, a 52-year-old teacher, lost his home. “I ran to the roof,” he said.",
                 [("I ran to the roof", "Salem Idris", None)], id="he-for-a-person-introduced-by-occupation"),
    pytest.param("In the village, where ten died, Kamla Rai, 58, sat by the ruins. ‘The mountain shook,’ she said.",
                 [("The mountain shook", "Kamla Rai", None)], id="she-for-a-name-with-age-inside-a-sentence"),
    pytest.param("Mayor Jo Hale, her voice breaking, urged residents to “hold on to each other”.",
                 [("hold on to each other", "Jo Hale", None)], id="absolute-aside-before-the-verb"),
    pytest.param("The Crossings Office said 200 trucks were cleared. It blamed the UN for “bottlenecks”.",
                 [("bottlenecks", "Crossings Office", None)], id="blamed-credits-the-quote"),
    pytest.param("“We wait four nights,” said one driver, who asked not to be named.",
                 [("We wait four nights", "one driver", None)], id="said-one-driver"),
    pytest.param("The mayor warned that more could die. “We expect the worst,” he told a local television channel on Sunday.",
                 [("We expect the worst", "mayor", "2024-03-03")], id="told-a-local-television-channel"),
    pytest.param("Ida Marr, whose 20-year-old son died in the fire, said the verdict mattered. "
                 "“They told us it was bad luck,” she said.",
                 [("They told us it was bad luck", "Ida Marr", None)], id="whose-son-is-no-role-of-hers"),
    pytest.param("Ruth Ode, who lost her husband in the collapse, wept. \"We have waited,\" she said.",
                 [("We have waited", "Ruth Ode", None)], id="name-who-then-she"),
    pytest.param("Families pleaded with the government to act “before there is no one left”.",
                 [("before there is no one left", "Families", None)], id="pleaded-with-to"),
    pytest.param("Mira Sand, 71, lost her farm. “We have nothing left,” she said.",
                 [("We have nothing left", "Mira Sand", None)], id="she-for-a-name-and-age"),
    pytest.param("“They are safe,” her son, Teo Sand, told reporters outside the clinic.",
                 [("They are safe", "Teo Sand", None)], id="her-son-name-told-reporters-outside"),
    pytest.param("“Help is coming,” the agency's director said in a statement on 14 May.",
                 [("Help is coming", "agency's director", "2023-05-14")], id="said-in-a-statement-on-a-date"),
    pytest.param("Water Minister Lina Osei opened the pumps. “We will not stop. The river is falling,” Ms Osei said "
                 "during a tour of the valley.",
                 [("We will not stop. The river is falling", "Lina Osei", None)], id="said-then-a-free-circumstance"),
    pytest.param("The army's spokesman, Brig Gen Tomas Ruud, spoke first. “We hold the bridge,” the general said.",
                 [("We hold the bridge", "Tomas Ruud", None)], id="dotless-brig-gen-then-the-general"),
    pytest.param("Minister Sami al-Rawi spoke first. An aid official in the port was less hopeful. “The lorries "
                 "are still waiting,” she said.",
                 [("The lorries are still waiting", "An aid official", None)], id="she-for-an-unnamed-subject"),
    pytest.param("Minister Sami al-Rawi spoke first. A soldier was killed at the gate. “We will answer,” he said.",
                 [("We will answer", "Sami al-Rawi", None)], id="he-not-for-a-person-reported-killed"),
    pytest.param("A senior aide familiar with the file said a deal was close. “We are nearly there,” the aide said.",
                 [("We are nearly there", "A senior aide familiar with the file", None)],
                 id="the-aide-for-an-unnamed-description"),
    pytest.param("Mayor Ana Ruiz spoke. “We will rebuild,” Ruiz said in a statement posted to the city's website.",
                 [("We will rebuild", "Ana Ruiz", None)], id="said-in-a-statement-posted-to"),
    pytest.param("A spokesman for the Hill Brigades, who goes by the name Abu Karim, said the group held “dozens” of captives.",
                 [("dozens", "Abu Karim", None)], id="spokesman-who-goes-by-the-name"),
    pytest.param("In the old town, Lina Ortega, a 48-year-old baker who spent the night on her roof, said the river "
                 "rose “like a wall”. “We lost the oven,” she said.",
                 [("like a wall", "Lina Ortega", None), ("We lost the oven", "Lina Ortega", None)],
                 id="name-then-role-with-a-relative-clause"),
    pytest.param("The Kavir Development Authority said prices rose. The Bank of Kavir lifted its rate. The bank said it "
                 "would “act forcefully”.", [("act forcefully", "Bank of Kavir", None)], id="the-bank-named-before-but-silent"),
    pytest.param("The rebels said 40 soldiers had died, figures the army dismissed as “pure invention”.",
                 [("pure invention", "army", None)], id="figures-the-army-dismissed-as"),
    pytest.param("Lena Mor said the wait was hard. “They keep saying ‘next week, next week,’” Mor said.",
                 [("They keep saying ‘next week, next week,’", "Lena Mor", None)], id="nested-quote-closing-together"),

])
def test_more_wire_quotes(text, expected):
    got = [(c.text, c.speaker, c.stated_on) for c in quotes_of(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    pytest.param("Residents asked whether the “temporary” shelters would ever close.", id="scare-quote-asked"),
    pytest.param("He asked the council to fund the “Green Streets” plan.", id="title-after-request"),
])
def test_wire_quotes_without_speaker(text):
    assert [c.speaker for c in quotes_of(text)] == [None] * len(quotes_of(text))


@pytest.mark.parametrize("text, speaker", [
    ("“I walked for two hours with my son.” Those were the words of Amina Saleh, a mother from Zuhrah.",
     "Amina Saleh"),
    ("“Every government says its deficit is temporary.” That is the blunt view of Clara Venter, an economist.",
     "Clara Venter"),
])
def test_a_phrase_after_a_quotation_that_names_its_speaker(text, speaker):
    (q,) = quotes_of(text)
    assert q.speaker == speaker


GIVEN_NAMES_ALONE = [
    # a person the article later calls by the given name alone, as features do
    ("Benedikt Orm, the harbourmaster, keeps the old ledgers. He pulls one out.\n\n"
     "“The young ones went to the city,” Benedikt says.", "Benedikt Orm"),
    ("Ruth Calloway runs the food bank on Quay Street.\n\n“People think it is the fishermen,” Ruth says.",
     "Ruth Calloway"),
    # a body by the first word of its name
    ("Brightwell Appliances recalled the heaters in May.\n\n“Most have come back,” Brightwell said.",
     "Brightwell Appliances"),
]


def test_a_person_known_by_one_name_and_an_age_is_who_she_means():
    text = ("Amina, 31, who asked that her family name not be used, arrived in October with her four children. "
            "‘We left with what we could carry,’ she said.")
    assert [q.speaker for q in quotes_of(text)] == ["Amina"]


@pytest.mark.parametrize("text, speaker", [
    # an indefinite speaker is someone new, not the person quoted before
    ("“Yes,” said Amir Haddad.\n\n“I don’t know where we will sleep,” one woman said.", "one woman"),
    ("“Yes,” said Amir Haddad.\n\n“I don’t know,” said one woman, who declined to give her name.", "one woman"),
])
def test_one_woman_is_a_speaker_of_her_own(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", GIVEN_NAMES_ALONE + [
    # a one-word name after a role in apposition is a person "she" may mean
    ("Another survivor, Fatoumata, said she had paid smugglers.\n\n“They lied to all of us,” she said.", "Fatoumata"),
    # the verbs of a tabloid
    ("Desmond Achterberg disagreed.\n\n‘Stabbings fell because the year before was the worst on record,’ he fumed.",
     "Desmond Achterberg"),
])
def test_the_speaker_of_a_lone_quotation_named_before_it(text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # batch 60: a verb that credits only a quotation may name what it calls so first
    'The city recorded 214 homicides, Police Chief Adaeze Okonkwo-Marsh said Wednesday, calling the decline '
    '"real progress, but nowhere near good enough."',
    'The mayor said on Monday that 40 people died, calling the toll "a dark day".',
])
def test_a_quotation_after_calling_and_its_object_is_the_speakers(text):
    speakers = [c.speaker for c in quotes_of(text)]
    assert len(speakers) == 1 and speakers[0] in ("Adaeze Okonkwo-Marsh", "mayor")


def test_a_statement_quoted_as_paragraphs_of_its_own_after_a_colon_is_its_issuers():
    # batch 59: "The statement read, in part:" and the statement set as paragraphs of its own
    text = ("The Kestrian Air Force Command said on Monday that 143 drones had been launched.\n\n"
            "The statement read, in part:\n\n"
            "“The enemy attacked with 118 strike drones. Air defence units destroyed 96 drones.\n\n"
            "“A further 14 decoy drones were lost from radar.”\n\n"
            "Kestrian Railways said two locomotives had been destroyed.")
    assert [c.speaker for c in quotes_of(text)] == ["Kestrian Air Force Command"]
    arts = Article(id="t", text=text, source="t", published="2024-03-07")
    figs = {c.text: c.speaker for c in extract_article(arts, ExtractOptions(kinds=("figure",)))}
    assert figs["118"] == figs["14"] == "Kestrian Air Force Command"


def test_a_document_after_a_colon_with_no_body_before_it_credits_no_one():
    text = "The statement read, in part:\n\n“The enemy attacked with 118 strike drones.”"
    assert [c.speaker for c in quotes_of(text)] == [None]


@pytest.mark.parametrize("text, speaker", [
    # batches 61-65: who a later pronoun may mean, however the sentence names them
    ("The leader, Anselm Kratochwil, had called for a delay.\n\nDravonia's ambassador to Vessland, "
     "Halyna Ostrozhska, watched the vote. “Tonight we won,” she told reporters.", "Halyna Ostrozhska"),
    ("The leader, Anselm Kratochwil, had called for a delay.\n\nCompact secretary general Amara Lind "
     "watched the vote. “Tonight we won,” she told reporters.", "Amara Lind"),
    ("Dr. Nasrin Qaderi runs the workshop.\n\nMirwais Kohistani, a technician who lost his own leg to a mine, "
     "has worked there for 16 years.\n\n‘When a child sees I walk on one of these, they believe,’ he said.",
     "Mirwais Kohistani"),
    # a post set as a paragraph of its own after a colon is its poster's
    ("Mayor Oleks Varga wrote on Telegram:\n\n“We are still waiting for 37. Do not forget them.”", "Oleks Varga"),
    ("The Kalgo Parents' Association posted on Facebook shortly after the announcement:\n\n"
     "“We are still waiting for 37.”", "Kalgo Parents' Association"),
    # ... or signed after a dash on its own line
    ("The office posted an update shortly after noon.\n\n\"Mandatory evacuation now in effect for all homes.\" "
     "— Carrow County Emergency Management (@CarrowEM)\n\nMore residents left.", "Carrow County Emergency Management"),
])
def test_speakers_named_as_batches_61_to_65_name_them(text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Defence Minister Lukas Brenning told lawmakers before the vote that the package was “affordable and overdue”.",
     "Lukas Brenning"),
    ("In Sarveth, a defence ministry spokesman, Colonel Radu Mirescu, disputed the figure, telling reporters "
     "that government forces had \"never used these weapons.\"", "Radu Mirescu"),
])
def test_the_speaker_of_a_quotation_inside_a_reported_clause(text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # batch 67: a trade or science in lower case before a name after "said", and where the
    # person works after it
    ('"Every hot week we are drawing down faster," said hydrologist Dr. Naledi Fourie of the Oriel Institute '
     'of Technology.', "Naledi Fourie"),
    ('"We will not stop," said paediatrician Joan Marsh.', "Joan Marsh"),
    # a title with a portfolio in lower case before the name: whom "he" means
    ('Mayoral committee member for water Sipho Adriaanse said on Wednesday the date was near.\n\n'
     '"We are not there yet," he said.', "Sipho Adriaanse"),
    # a person who gave only a first name is a person, whom "he" means
    ('Ramesh Thapa Magar said the heat was bad.\n\nAt a labour camp, a 33-year-old steel fixer, who asked to be '
     'identified only by his first name, Rashed, said his crew starts at 5am. "By four o\'clock you stop '
     'sweating," he said.', "Rashed"),
])
def test_speakers_named_as_batch_67_names_them(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 68-69: a role then a name after "said" ("the headmistress", "the alliance's research lead")
    ('"The girls were standing in lines," said the headmistress, Farzana Yousaf Marwat.', "Farzana Yousaf Marwat"),
    ("“It may never be confirmed twice,” said the alliance's research lead, Karim Benslimane.", "Karim Benslimane"),
    # a titled name opening a clause after ", and" is whom "she" means
    ("The generator runs for six hours a day now, and Dr. Samira Haddadin has learned to cope.\n\n"
     "“We did 31 births last week,” she said.", "Samira Haddadin"),
    # a name and an age, another verb, then "and said"
    ('Velkan, 58, thanked voters in a late-night post and said the result was "a mandate for stability".', "Velkan"),
    # a request whose object is quoted with its "not to"
    ('President Marcel Touvenay called for calm and urged his supporters "not to answer provocation with '
     'provocation."', "Marcel Touvenay"),
    # "saying" a noun phrase and a quotation of what it does
    ("Education Minister Adriana Lizárraga spoke on Tuesday.\n\nShe urged teachers to return to work, saying "
     "the strike “punishes the children, not the government”.", "Adriana Lizárraga"),
])
def test_speakers_named_as_batches_68_and_69_name_them(text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_a_request_after_a_coordinated_noun_object_is_the_next_verbs():
    # "called for calm" has only a noun for its object: no statement of its own
    text = 'President Marcel Touvenay called for calm and urged his supporters "not to answer provocation."'
    arts = Article(id="t", text=text, source="t", published="2024-03-07")
    stmts = [c.text for c in extract_article(arts, ExtractOptions(kinds=("statement",)))]
    assert stmts == ['his supporters "not to answer provocation']


@pytest.mark.parametrize("text, speaker", [
    # batches 70-73: "the 29-year-old" is the person named before
    ("When the hillside gave way, Karma Yangzom was already awake.\n\n"
     "“I heard the mountain before I saw it,” the 29-year-old told the Courier.", "Karma Yangzom"),
    # a name alone before a colon labels who speaks
    ("Interior Minister Yusuf Telmani spoke first.\n\n15:19 — Question from the floor: was a ransom paid? "
     "Telmani: “No government money was paid to anyone. Not one cent.”", "Yusuf Telmani"),
    # "X verbs and says": X
    ("Interior Minister Yusuf Telmani spoke first.\n\nTelmani apologises and says the ministry will brief "
     "families first “from today”.", "Yusuf Telmani"),
    # a person's name, then the body the person is from
    ("“The cordon will stay,” said Siobhan Achterberg of Kestrel Bay Fire and Rescue.", "Siobhan Achterberg"),
    # members of a group after "as"
    ("The programme came under attack, as opposition members said the minister was “managing headlines”.",
     "opposition members"),
    # the one a question is put to answers
    ("Commissioner Thandeka Mokoena-Brandt said nine people had died. She said 320 officers were deployed.\n\n"
     "Host Ruben Aydin-Vos pressed the commissioner on accounts from fans.\n\n"
     "“I've heard those accounts,” she said.", "Thandeka Mokoena-Brandt"),
    # the whole title before a participle, named in the next paragraph
    ("The city's police commissioner has defended the plan, telling a radio audience that officers "
     "\"did everything the plan asked of them\".\n\nCommissioner Thandeka Mokoena-Brandt said nine people "
     "had died.", "Thandeka Mokoena-Brandt"),
])
def test_speakers_named_as_batches_70_to_73_name_them(text, speaker):
    assert [q.speaker for q in quotes_of(text)][:1] == [speaker]


def test_a_pronoun_after_a_request_to_a_role_is_not_that_role():
    # (only a question put to "the <title>" makes its holder the one who answers)
    text = ("Chief executive Aoife Brennan said the plan was sound. She said 80 homes would follow.\n\n"
            "Cllr Niamh Dalaigh supported the plan but called on the executive to set cost rents lower. "
            "‘Those rents have risen by 11 per cent,’ she said.")
    assert [q.speaker for q in quotes_of(text)] == ["Niamh Dalaigh"]


def test_a_pronoun_after_a_quotation_is_not_someone_the_quotation_names():
    text = ("Mayor Arnel Dimaculangan spoke on Monday.\n\n"
            "“Now we are waiting for the other two. Kuya Boyet has been with our family for 15 years,” she said.")
    assert [q.speaker for q in quotes_of(text)] == ["Arnel Dimaculangan"]


@pytest.mark.parametrize("text, speaker", [
    # batches 74-75: a kin role and a name in commas after "said"
    ("“He was not a criminal,” said his brother, Kofi Asare-Dunn. “They locked him up.”", "Kofi Asare-Dunn"),
    # a person named after a sentence's opening phrase is whom "she" means
    ("At the Noor Eye Hospital, Dr. Leila Haddadi has treated 64 patients since July.\n\n"
     "“Methanol attacks the optic nerve first,” she said.", "Leila Haddadi"),
])
def test_speakers_named_as_batches_74_and_75_name_them(text, speaker):
    assert [q.speaker for q in quotes_of(text)][:1] == [speaker]


def test_said_then_his_kin_and_a_relative_clause_is_the_subject_speaking():
    text = "Gordon Whitehorse, 71, said his wife, who has pneumonia, “spent two nights on a stretcher”."
    assert [q.speaker for q in quotes_of(text)] == ["Gordon Whitehorse"]


def test_a_fact_checks_claim_label_is_no_speaker():
    text = 'Claim: "Norvel dumps two million tonnes of plastic into the sea every year."'
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_a_subject_after_an_opening_participle_phrase_speaks():
    text = 'Speaking to Radio Velt, Transport Minister Oren Daske defended the ban, saying it would last "only as long as needed".'
    assert [q.speaker for q in quotes_of(text)] == ["Oren Daske"]


def test_he_after_a_surname_alone_that_follows_an_opening_phrase():
    # batch 94: "After the interview, Prado said ..." is the Ansel Prado named before, whom a
    # following "he" means
    text = ("Our reporter spoke to Ansel Prado, who leads the rescue.\n\n"
            "After the interview, Prado said the agency had 74 people at the site.\n\n"
            "\"If we get the rig by Friday, we save three days,\" he said.")
    assert [c.speaker for c in extract_article(Article(id="p", text=text), ExtractOptions(kinds=("quote",)))] \
        == ["Ansel Prado"]


def test_quotes_of_batches_96_to_99():
    # an occupation in lower case before a name, then "he"
    text = ("Copra grower Sione Faleafa said he had cut down 35 palms.\n\n"
            "“Those trees were planted by my grandfather,” he said.")
    assert [q.speaker for q in quotes_of(text)] == ["Sione Faleafa"]
    # a quote paragraph after a quote carries on its speaker, not the titled person who opens the
    # next paragraph with news of his own
    text = ("Father Declan Rourke told mourners the town would go on.\n\n"
            "“We will rebuild the roof,” he said.\n\n"
            "“But we will never again be the town we were.”\n\n"
            "Police Superintendent Karl Devlin told councillors that 13 people had died.")
    assert [q.speaker for q in quotes_of(text)] == ["Declan Rourke", "Declan Rourke"]


def test_a_titled_name_after_the_opens_a_sentence_a_pronoun_may_mean():
    # batch 100: "The Rev. Samuel Okafor ... led the crowd", then "he said", after another speaker
    text = ("Three remained in hospital, hospital spokesperson Tara Quill said.\n\n"
            "The Rev. Samuel Okafor of First Covenant Church led the crowd in prayer.\n\n"
            "\"I have buried people in this town for 31 years,\" he said.")
    assert [q.speaker for q in quotes_of(text)] == ["Samuel Okafor"]


def test_the_sentences_of_a_quotation_do_not_count_in_how_far_back_he_may_reach():
    # batch 102: a quotation of four sentences over two paragraphs, then "he says"
    text = ("Elias Varno-Quint spent 22 months in Corran Hill awaiting trial. He was released in March.\n\n"
            "“There were 18 of us in a cell built for six. You slept in shifts.\n\n"
            "“The amnesty got me out. But three of the men from my cell are back inside,” he says.")
    assert [q.speaker for q in quotes_of(text)] == ["Elias Varno-Quint"]


def test_a_person_after_two_opening_phrases_whom_he_may_mean():
    # batch 104: "In the village of X, in the hills, NAME lost his daughter", then "he said",
    # after another man spoke
    text = ("Deputy Minister Oren Castell told parliament that 164 people had died. \"Every death was "
            "preventable,\" he said.\n\n"
            "In the hamlet of Verro, in the southern hills, Tomas Ekwueme lost his son in May.\n\n"
            "\"We thought the bite would heal,\" he said.")
    assert [q.speaker for q in quotes_of(text)] == ["Oren Castell", "Tomas Ekwueme"]


def test_an_offer_with_a_figure_after_said_is_no_inverted_speaker():
    # batch 109: '..., Dr Owain Petrakis, said the government's offer of 5.2 per cent, ..., "does not ..."'
    text = ("The co-chair of its junior doctors’ committee, Dr Ilse Varga, said the government’s offer of "
            "3.5 per cent, plus a one-off payment of £900, “does not even begin to help”.")
    assert [q.speaker for q in quotes_of(text)] == ["Ilse Varga"]


@pytest.mark.parametrize("text, speaker", [
    # batches 116-119: a person who opens a sentence after a time phrase is whom "she" means
    ("Every Sunday at noon, Irina Valko waits at the gate with a bag of bread for her brother.\n\n"
     "His cell holds eight men.\n\n“He has lost 10 kilos,” she said.", "Irina Valko"),
    # "Ms Orla Benn and Mr Tavi Rusk": the second person's title is no woman's
    ("The race between Ms Orla Benn and Mr Tavi Rusk was close. Orla Benn spoke first.\n\n"
     "Tavi Rusk said in a radio address that he would accept the count. “We will wait,” he said.", "Tavi Rusk"),
    # a meeting, the hall it was held in and the month, between the verb and what was said
    ("The mayor, Ilse Brandt, promised at a crowded meeting in the town hall last March that “every family "
     "will be rehoused by winter”.", "Ilse Brandt"),
    ("Governor Pal Osei promised in May that the fund would pay out “in three instalments, every month”.",
     "Pal Osei"),
])
def test_quote_speakers_of_batches_116_to_119(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


def test_a_quotation_right_after_a_verb_of_blame_is_its_subjects():
    # batches 152-155: 'Minister X blamed "criminal networks"': the quotation is the object
    text = 'Nobody has claimed the fires. Security Minister Hal Voren blamed "gangs with friends in office".'
    assert [q.speaker for q in quotes_of(text)] == ["Hal Voren"]


@pytest.mark.parametrize("text, speaker", [
    # batches 156-159: an apology or a welcome in quotation marks is the subject's
    ('The bank\'s chief executive, Odile Marsh, apologised "without reservation".', "Odile Marsh"),
    ('The tenants\' union welcomed the "long overdue" ruling.', "tenants' union"),
    # an unnamed speaker after "said", without the relative clause that explains it
    ('"We lost everything," said a 60-year-old fisherman from Tarn who asked not to be named.',
     "a 60-year-old fisherman from Tarn"),
    # but the name that clause gives stays
    ('"Come back," said a father who gave only his first name, Ivo.', "Ivo"),
    # the body's name after its kind, capitalised as it opens the sentence
    ('Watchdog group Clearwater Trust welcomed the ruling but said it was "far too late".', "Clearwater Trust"),
])
def test_quote_speakers_of_batches_156_to_159(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 160-163: "she" or "he" after a person the narrative names without a verb of saying
    ("Minister Dora Kell said the backlog was falling. Mira Solberg, from Haven, looks after her father. "
     '"They cut the payment without warning," she said.', "Mira Solberg"),
    ("Minister Dora Kell said the backlog was falling. Anna Brisk’s husband, Tomas, applied in May and died "
     'in June. "He asked about the letter every day," she said.', "Anna Brisk"),
    ("Plant manager Karl Wenz said the filters worked. On Mill Lane, which lies below the plant, retired "
     'teacher Oskar Lind, 70, has sealed his windows. "My wife cannot breathe," he said.', "Oskar Lind"),
    ("Rescue chief Paul Eder said the search cost 90,000 euros. His climbing partner, Ada Rusk, who raised "
     'the alarm, thanked the rescuers. "They never stopped," she said.', "Ada Rusk"),
    # an unnamed woman who spoke in the sentence before
    ("Dr Lena Hart said the pens were fake. One patient, a woman from Brill who asked not to be named, told "
     "the paper she fainted at work. ‘I was shaking,’ she said.", "a woman from Brill"),
    # the apposition after "one of ..." says who speaks
    ('"The bolt hit the rock next to us," one of the injured hikers, a student from Vell, told the radio.',
     "a student from Vell"),
    # a name with a capital inside it
    ('Team leader Fiona MacAulay reached the gully first. "There was nothing anyone could do," she said.',
     "Fiona MacAulay"),
])
def test_quote_speakers_of_batches_160_to_163(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 164-167: the author of a document, named after the role
    ('"The sanctions are working," said the study’s author, Mikkel Brandt.', "Mikkel Brandt"),
    # a person introduced with an age inside a sentence, whom "he" means next
    ("Head teacher Desmond Achterberg said results rose.\n\nAmong the pupils collecting results was "
     '16-year-old Jayden Orr, who got top grades.\n\n"I had three physics teachers," he said.', "Jayden Orr"),
    # a person of a firm who opens a sentence with a verb
    ("Lotte Vandermeer said rates fell. Hélène Marchetti of Vantor Securities estimated the figure would "
     'fall. "The goose is getting thinner," she said.', "Hélène Marchetti"),
])
def test_quote_speakers_of_batches_164_to_167(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


def test_the_judge_is_the_justice_named_before():
    # batches 168-171: "Justice" before a name is a judge's title
    text = ('In her judgment, Justice Maren Esselt found that the crew had erred.\n\n'
            '"The evidence shows an airline that chose to look away," the judge wrote.')
    assert [q.speaker for q in quotes_of(text)][-1] == "Justice Maren Esselt"


@pytest.mark.parametrize("text, speaker", [
    # batches 168-171: an occupation capitalised at the start of a sentence is the person's role,
    # for a quotation after a colon as for a verb of saying
    ('Passenger Teodor Brask sent us this message: “We hit hard.”', "Teodor Brask"),
    ('Coroner Judith Amesbury said the victim was a worker.\n\n"Two workers are still missing," she said.',
     "Judith Amesbury"),
])
def test_quote_speakers_of_batches_168_to_171(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 192-195: "she" after a titled name in apposition to a role that opens the sentence;
    # "he" after a name that follows an opening phrase of place ("Back in Pellary,")
    ('Jonas Feyrin said prices had tripled.\n\nIts chair, Dr Hanne Lisovic, put it more bluntly. "A farmer '
     'here earns little," she said.', "Hanne Lisovic"),
    ('Olek Varga said prices rose.\n\nBack in Pellary, Mr Ansel still owes the pharmacy. "I will pay it," he said.',
     "Ansel"),
])
def test_quote_speakers_of_batches_192_to_195(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 196-199: a capitalised role alone is the person named with it; a role followed by a
    # military title before the name ("police chief General Amaro Quill") is still that role
    ('"We acted early," said Marguerite Olande, the IRCO Humanitarian Coordinator for Bel Sarrat.\n\n'
     '"We have three weeks," the Humanitarian Coordinator told journalists.', "Marguerite Olande"),
    ('Teo Varas was detained, national police chief General Amaro Quill said at a news conference.\n\n'
     '"He was not hard to recognise," the police chief added.', "Amaro Quill"),
])
def test_quote_speakers_of_batches_196_to_199(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 200-203: a name, then "of" and a long affiliation after "said"; a name in apposition
    # after a role that holds another person's title and surname
    ('“Fining drivers does not help,” said Anneli Vorst of the residents’ group Water for All Vessen, which says '
     'households pay more.', "Anneli Vorst"),
    ('The kidnappers asked for 250 million tallers, Mr Saro’s wife, Ludmila Saro, told the Courier.\n\n'
     '“We sold the car,” she said.', "Ludmila Saro"),
])
def test_quote_speakers_of_batches_200_to_203(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 204-207: a name after an opening time phrase with no comma, and a name after "For"
    # and before a comma, stand for a later pronoun
    ('The family has fished the river for generations.\n\nThis week Tomas Pellan spent his days shovelling carp.\n\n'
     '“I have never seen anything like it,” he said.', "Tomas Pellan"),
    ('Petra Koval is due to visit. Her office said she would announce a solution.\n\nFor Ema Rusak, that would be a '
     'start. "I just want to turn on a tap," she said.', "Ema Rusak"),
])
def test_quote_speakers_of_batches_204_to_207(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 208-211: "said its chair, NAME" after a quote; a name right after a dateline stands
    # for a later role or pronoun
    ('The Association of Small Care Homes welcomed the fund.\n\n"Sixty million is a start," said its chair, '
     'Ewald Brunner.', "Ewald Brunner"),
    ('KORVESH — Aram Tesh had taken his flock up to the plateau for thirty summers.\n\n"I heard a click," the '
     '47-year-old herder said.', "Aram Tesh"),
])
def test_quote_speakers_of_batches_208_to_211(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


def test_it_after_a_body_whose_sentence_ends_before_the_quote():
    # batches 212-219: "The command closed ...": the body's noun, then its verb, in the sentence
    # before the quotation "it" credits
    text = ("The Kestrian Air Force Command said 143 drones were launched.\n\nThe state railway company said two "
            "locomotives were destroyed.\n\nThe command closed its statement with a warning. "
            "\u201cThe enemy is accumulating missiles,\u201d it said.")
    assert [q.speaker for q in quotes_of(text)][-1] == "Kestrian Air Force Command"


def test_a_job_named_with_a_bodys_noun_is_a_person_a_pronoun_may_mean():
    # batches 212-219: "Crane operator Dominik Saar" was read as a firm called Dominik Saar
    text = 'Crane operator Dominik Saar said he heard the noise.\n\n"It was very faint," he said.'
    assert [q.speaker for q in quotes_of(text)] == ["Dominik Saar"]


@pytest.mark.parametrize("text, speaker", [
    # batches 228-231: a name with kin of theirs within a sentence is whom "she" means, though a
    # woman named before was a spokeswoman
    ("Liva Orrhus, a spokeswoman for the police, said the search would go on.\n\nRelatives gathered at "
     "the portal. Among them was Ilse Tranmo, whose son operates a sprayer.\n\n\"They called us at six,\" she said.",
     "Ilse Tranmo"),
    ("Our correspondent spoke to Hesper Lund, whose elder brother is among the trapped men.\n"
     "\u201cI have not slept properly in nine days,\u201d she said.", "Hesper Lund"),
])
def test_a_name_with_kin_of_theirs_inside_a_sentence(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


def test_a_heading_quote_after_a_time_stamp():
    # batches 228-231: a live page's heading with its time stamp ("15:05 - Mayor: '...'") is
    # credited to the person the next paragraph names with that title, as without the stamp
    text = ("15:05 - Mayor: 'We will rebuild every building'\n\nMayor Ruta Sandvik has visited the district. "
            "She told reporters that 38 apartments had been damaged.")
    assert [q.speaker for q in quotes_of(text)] == ["Ruta Sandvik"]


@pytest.mark.parametrize("text, speakers", [
    # batches 234-237: a quote no one is credited with whose words stand again in a nearby quote
    # that someone is (a live page's heading over its entry) is that person's
    ("14:20 \u2013 \u2018It felt like an earthquake\u2019\nResidents describe windows blowing in. \u201cIt felt like an "
     "earthquake. The ceiling came down on my kitchen table,\u201d Ines Dorrow, 61, told Northgate News.",
     ["Ines Dorrow", "Ines Dorrow"]),
    # ... not one too short to be more than a phrase ("contained")
    ("09:10 'contained'\nThe fire service says the blaze is \"contained, not out\", said Ola Brask.", [None, "Ola Brask"]),
])
def test_a_quote_repeated_in_a_longer_one_is_its_speakers(text, speakers):
    assert [q.speaker for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # batches 234-237: a name given as an example or as what is, with a relative clause, within
    # a sentence, is whom a later "she" means, not the speaker of the paragraph before
    ("Deputy Mayor Hendrik Saal told the Herald that stalls would be ready.\n\nFor stallholders such as Anneke "
     "Brill, who sold dried fish for 30 years, the debate feels remote. \"I need a roof,\" she said.", "Anneke Brill"),
    ("The governor, Aurel Fenn, said the site was safe.\n\nAmong those still waiting is Kwesi Arnholt, who sold "
     "phone accessories. He has been offered a new stall. \"It is a stall where nobody walks,\" he said.",
     "Kwesi Arnholt"),
])
def test_a_name_given_as_an_example_inside_a_sentence(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker
