"""Statements: sentence tables (written for these tests, not taken from the dev set),
negative cases, dates of saying, and the seed golden test."""

from __future__ import annotations

import pytest

from factcheck.articles import Article, read_articles
from factcheck.extract import ExtractOptions, extract_article
from tests.conftest import SEEDS

OPTIONS = ExtractOptions(kinds=("quote", "statement"))
THURSDAY = "2024-03-07"  # published on a Thursday


def statements_of(text: str, published: str | None = THURSDAY) -> list:
    art = Article(id="t", text=text, published=published)
    found = [c for c in extract_article(art, OPTIONS) if c.kind == "statement"]
    for c in found:
        assert art.text[c.start:c.end] == c.text
    return found


# (text, [(statement text, speaker, role, cue, stated_on)])
CASES = [
    pytest.param("Governor Ann Lee said on Tuesday that the bridge will reopen next month.",
                 [("the bridge will reopen next month", "Ann Lee", "Governor", "said", "2024-03-05")],
                 id="title-name-said-on-weekday-that"),
    pytest.param("The mayor said Thursday the shelters were full.",
                 [("the shelters were full", "mayor", None, "said", "2024-03-07")],
                 id="weekday-equal-to-publication-day"),
    pytest.param("The flood destroyed 40 homes, officials said Friday.",
                 [("The flood destroyed 40 homes", "officials", None, "said", "2024-03-01")],
                 id="trailing-weekday-never-after-publication"),
    pytest.param("Rescue teams found two more survivors, the coast guard said yesterday.",
                 [("Rescue teams found two more survivors", "coast guard", None, "said", "2024-03-06")],
                 id="trailing-yesterday"),
    pytest.param("According to the Environment Agency, river levels are still rising.",
                 [("river levels are still rising", "Environment Agency", None, "according to", None)],
                 id="leading-according-to"),
    pytest.param("River levels are still rising, according to the Environment Agency.",
                 [("River levels are still rising", "Environment Agency", None, "according to", None)],
                 id="trailing-according-to"),
    pytest.param("The mayor urged residents to boil their water.",
                 [("residents to boil their water", "mayor", None, "urged", None)], id="request"),
    pytest.param("Prime Minister Rosa Vidal vowed to rebuild the port.",
                 [("to rebuild the port", "Rosa Vidal", "Prime Minister", "vowed", None)], id="promise"),
    pytest.param("The road is closed, said Carla Mendes, a police spokeswoman.",
                 [("The road is closed", "Carla Mendes", "police spokeswoman", "said", None)],
                 id="inverted-with-appositive-role"),
    pytest.param("Paolo Greco, the head of the port authority, told reporters that ships were turned away.",
                 [("ships were turned away", "Paolo Greco", "head of the port authority", "told", None)],
                 id="name-with-appositive-told-reporters"),
    pytest.param("The army announced that troops had withdrawn from the town.",
                 [("troops had withdrawn from the town", "army", None, "announced", None)],
                 id="strict-verb-with-that"),
    pytest.param("A spokesperson said the company would cooperate.",
                 [("the company would cooperate", "A spokesperson", None, "said", None)],
                 id="unnamed-speaker-stays-as-written"),
    pytest.param("Two officials familiar with the talks said a deal was close.",
                 [("a deal was close", "Two officials familiar with the talks", None, "said", None)],
                 id="anonymous-group"),
    pytest.param("The rebels have claimed that they shot down a drone.",
                 [("they shot down a drone", "rebels", None, "claimed", None)], id="has-claimed"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_statement_table(text, expected):
    got = [(c.text, c.speaker, c.speaker_role, c.cue, c.stated_on) for c in statements_of(text)]
    assert got == expected


NOT_STATEMENTS = [
    pytest.param("The ministry confirmed the new toll.", id="noun-object"),
    pytest.param("The agency announced the start of a new programme on Monday.", id="noun-object-announced"),
    pytest.param("Investigators believe the fire was set deliberately.", id="verb-of-thinking"),
    pytest.param("Police suspect the driver fell asleep.", id="suspect"),
    pytest.param("The suspect reportedly fled to Canada.", id="reportedly-no-one-named"),
    pytest.param("About half of the victims are said to be children.", id="passive-said-to"),
    pytest.param("Heavy strikes were reported in the north of the city.", id="passive-reported"),
    pytest.param("The company added 300 jobs in May.", id="added-as-numbers"),
    pytest.param("“We will stay,” the farmer said.", id="a-quote-is-not-a-statement"),
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_not_statements(text):
    assert statements_of(text) == []


def test_short_form_and_pronoun_resolve_to_full_name():
    text = ("Interior Minister Omar Haddad visited the camp on Monday. Haddad said the tents would be "
            "replaced. He also said that the army will help.")
    got = [(c.speaker, c.speaker_role) for c in statements_of(text)]
    assert got == [("Omar Haddad", "Interior Minister"), ("Omar Haddad", "Interior Minister")]


def test_it_and_they_resolve_to_bodies():
    text = ("The Red Cross said the convoy had arrived. It warned that fuel would run out by Sunday. "
            "Local officials said the school was damaged. They added that classes will move online.")
    assert [c.speaker for c in statements_of(text)] == ["Red Cross", "Red Cross", "Local officials", "Local officials"]


def test_continuation_after_attribution():
    text = "The dam is safe, engineer Nina Park said, and crews will inspect it daily."
    got = [(c.text, c.speaker) for c in statements_of(text)]
    assert got == [("The dam is safe", "Nina Park"), ("crews will inspect it daily", "Nina Park")]


def test_acronym_resolves_to_the_body_the_article_spelled_out():
    text = ("The National Weather Service said the storm would weaken. The NWS said on Friday that more "
            "rain is expected.")
    assert [c.speaker for c in statements_of(text)] == ["National Weather Service", "National Weather Service"]


def test_unnamed_role_named_in_the_next_sentence():
    text = ("The toll was revised to 90, a spokesman for the ministry said. The spokesman, Ivo Brandt, "
            "said the count was provisional.")
    assert [c.speaker for c in statements_of(text)] == ["Ivo Brandt", "Ivo Brandt"]


def test_pronoun_without_antecedent_warns_and_keeps_speaker_null():
    (s,) = statements_of("He said the plan would fail.")
    assert s.speaker is None
    assert "antecedent" in s.warning


def test_no_published_date_no_stated_on():
    (s,) = statements_of("The mayor said on Tuesday that the bridge will reopen.", published=None)
    assert s.stated_on is None


@pytest.mark.xfail(strict=True, reason="speech reported over several sentences: only the sentence "
                   "with the verb of saying is taken; the next sentence needs discourse analysis")
def test_reported_speech_running_over_two_sentences():
    text = "The mayor said the bridge will reopen in May. Tolls will be waived for a year."
    assert len(statements_of(text)) == 2


@pytest.mark.parametrize("text, speaker", [
    ("A survey by the Red Cross found that most shelters were full.", "Red Cross"),
    ("The central bank's report showed that inflation had eased.", "central bank"),
    ("A study from Oxford University found that the vaccine works.", "Oxford University"),
], ids=["survey-by", "possessive-report", "study-from"])
def test_document_credited_to_who_issued_it(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


@pytest.mark.xfail(strict=True, reason="a document's findings ('the report showed 89,000 jobs') are "
                   "credited only with 'found/showed that'; 'showed' plus a noun is a noun object, which the "
                   "guidelines leave out of statements; the dev gold takes this very sentence as ADP's all the "
                   "same (one statement missed on dev)")
def test_document_showed_noun_phrase():
    text = "ADP's monthly report on Wednesday showed 89,000 private sector jobs created in September."
    assert [c.speaker for c in statements_of(text)] == ["ADP"]


@pytest.fixture(scope="module")
def seed_claims():
    (art,) = read_articles([SEEDS / "000_7c609068368f20e4.txt"])
    return extract_article(art)


def test_seed_statements(seed_claims):
    st = [c for c in seed_claims if c.kind == "statement"]
    blinken = [c for c in st if c.text.startswith("he planned to discuss")]
    assert len(blinken) == 1 and blinken[0].speaker == "Antony Blinken"
    (biden,) = [c for c in st if c.text == "he agrees with a humanitarian pause but is against a ceasefire"]
    assert (biden.speaker, biden.speaker_role, biden.stated_on, biden.cue) == ("Joe Biden", "U.S. President", "2023-11-01", "said")
    for c in st:
        assert c.category is None and c.value is None and c.qualifier is None and c.superseded is None


# --------------------------------------------------------------------------------------------
# Wire-style attribution (paragraphs written for these tests): `in a statement`, `told Reuters`,
# `wrote on social media`, `, adding that`, a relative clause between subject and verb,
# `denied that`, `the ministry` / `the agency` for the body named before, surname and pronoun.
# (text, [(statement text, speaker, stated_on)])
WIRE_CASES = [
    pytest.param("The Interior Ministry said in a statement that 14 people had been detained overnight. "
                 "In a statement, the ministry added that checkpoints would remain in place until Sunday.",
                 [("14 people had been detained overnight", "Interior Ministry", None),
                  ("checkpoints would remain in place until Sunday", "Interior Ministry", None)],
                 id="in-a-statement-and-the-ministry"),
    pytest.param("Finance Minister Karin Solberg told Reuters on Tuesday that the budget gap would narrow. "
                 "Solberg noted that tax receipts had beaten forecasts.",
                 [("the budget gap would narrow", "Karin Solberg", "2024-03-05"),
                  ("tax receipts had beaten forecasts", "Karin Solberg", None)], id="told-reuters-then-surname"),
    pytest.param("Opposition leader Tomas Varga wrote on social media that the vote had been rigged.",
                 [("the vote had been rigged", "Tomas Varga", None)], id="wrote-on-social-media"),
    pytest.param("The airline said on Monday it would cut 200 flights, adding that passengers would be "
                 "offered refunds.",
                 [("it would cut 200 flights", "airline", "2024-03-04"),
                  ("passengers would be offered refunds", "airline", "2024-03-04")], id="adding-that-splits"),
    pytest.param("Officials said 300 homes were flooded, adding that the dam was safe.",
                 [("300 homes were flooded", "Officials", None), ("the dam was safe", "Officials", None)],
                 id="adding-that-group"),
    pytest.param("President Luis Mendez insisted on Monday that the reforms were working, saying inflation "
                 "had fallen for six months.",
                 [("the reforms were working", "Luis Mendez", "2024-03-04"),
                  ("inflation had fallen for six months", "Luis Mendez", "2024-03-04")], id="insisted-saying"),
    pytest.param("A senior official, who spoke on condition of anonymity, said the talks had stalled.",
                 [("the talks had stalled", "A senior official", None)], id="relative-clause-before-said"),
    pytest.param("Local officials, who asked not to be named, said the number was likely to rise.",
                 [("the number was likely to rise", "Local officials", None)], id="relative-clause-asked"),
    pytest.param("The army denied that its troops had fired on civilians.",
                 [("its troops had fired on civilians", "army", None)], id="denied-that"),
    pytest.param("Health Minister Priya Nair said the outbreak was under control. Nair added that vaccines "
                 "would arrive next week. She warned that cases could rise again.",
                 [("the outbreak was under control", "Priya Nair", None),
                  ("vaccines would arrive next week", "Priya Nair", None),
                  ("cases could rise again", "Priya Nair", None)], id="title-surname-pronoun"),
    pytest.param("“The ceasefire is holding,” the UN agency said on Tuesday. The agency said aid trucks "
                 "had entered the city.",
                 [("aid trucks had entered the city", "UN agency", None)], id="the-agency-named-before"),
    pytest.param("The World Health Organization said cases had doubled. The agency urged governments to "
                 "step up testing.",
                 [("cases had doubled", "World Health Organization", None),
                  ("governments to step up testing", "World Health Organization", None)],
                 id="the-agency-for-a-name-without-agency"),
]


# Forms found missing on a batch of articles written blind for the tests (these sentences are
# new ones in the same forms).
MORE_WIRE_CASES = [
    pytest.param("The Ministry of Agriculture on Monday reported 40 new outbreaks, warning that the virus "
                 "had reached three provinces.",
                 [("the virus had reached three provinces", "Ministry of Agriculture", "2024-03-04")],
                 id="participle-after-a-noun-object-takes-the-sentence-subject"),
    pytest.param("The teachers' union said the schools were unsafe and urged parents to keep children home.",
                 [("the schools were unsafe", "teachers' union", None),
                  ("parents to keep children home", "teachers' union", None)], id="said-and-urged"),
    pytest.param("Defence Minister Olga Brandt told parliament that the border was quiet and vowed to "
                 "rebuild the bridge.",
                 [("the border was quiet", "Olga Brandt", None), ("to rebuild the bridge", "Olga Brandt", None)],
                 id="told-and-vowed"),
    pytest.param("Opposition leader Karl Weiss called the plan cruel and said 3,000 families would lose "
                 "their homes.",
                 [("3,000 families would lose their homes", "Karl Weiss", None)], id="lowercase-title-subject-and-said"),
    pytest.param("Schools will stay closed until Friday, according to the district's superintendent, "
                 "Maria Duval.",
                 [("Schools will stay closed until Friday", "Maria Duval", None)], id="according-to-role-comma-name"),
    pytest.param("Dr Amal Nasser of the regional hospital said 80 patients were treated overnight.",
                 [("80 patients were treated overnight", "Amal Nasser", None)], id="name-of-the-body"),
    pytest.param("Only 12 percent of homes have running water, according to a census published in 2022.",
                 [("Only 12 percent of homes have running water", "a census", None)], id="according-to-document-published"),
    pytest.param("Tens of thousands have fled, the Border Relief Network (BRN), an alliance of charities, said.",
                 [("Tens of thousands have fled", "Border Relief Network", None)],
                 id="body-with-acronym-then-apposition"),
    pytest.param("The mayor told reporters at the scene that the tower had been evacuated.",
                 [("the tower had been evacuated", "mayor", None)], id="told-reporters-at-a-place-that"),
    pytest.param("Divers recovered four bodies, police chief Omar Haddad told reporters at the harbour.",
                 [("Divers recovered four bodies", "Omar Haddad", None)], id="trailing-told-reporters-at-a-place"),
    pytest.param("Mayor Ines Roth said the river had crested and vowed to “rebuild every house”.",
                 [("the river had crested", "Ines Roth", None), ("to “rebuild every house", "Ines Roth", None)],
                 id="vowed-to-a-quote"),
    pytest.param("The sheriff ordered the families of Elm Creek and the nearby farms along the river to leave.",
                 [("the families of Elm Creek and the nearby farms along the river to leave", "sheriff", None)],
                 id="request-with-a-long-object"),
    pytest.param("Rescue crews were stretched thin, and critics say funding has not kept pace.",
                 [("funding has not kept pace", "critics", None)], id="critics-say"),
    pytest.param("Watchdog Group Civis says the new rules breach the constitution.",
                 [("the new rules breach the constitution", "Watchdog Group Civis", None)],
                 id="says-a-clause-with-an-unknown-verb"),
    pytest.param("Senator Ruth Bale claimed that 40 clinics had closed, a figure the ministry disputed.",
                 [("40 clinics had closed, a figure the ministry disputed", "Ruth Bale", None)],
                 id="a-figure-the-ministry-disputed-is-no-speaker"),
    pytest.param("The talks will resume on Monday, according to two diplomats briefed on the plan.",
                 [("The talks will resume on Monday", "two diplomats", None)], id="according-to-x-briefed-on"),
    pytest.param("The Health Ministry said 12 people died. The toll rose by 30 overnight, according to the "
                 "ministry's daily bulletin.",
                 [("12 people died", "Health Ministry", None),
                  ("The toll rose by 30 overnight", "Health Ministry", None)], id="the-ministry-s-bulletin"),
    pytest.param("Gov. Nora Blake toured the valley on Monday. The governor said the levee would be rebuilt.",
                 [("the levee would be rebuilt", "Nora Blake", None)], id="the-governor-for-gov"),
    pytest.param("Chief Minister Arjun Rao visited the camps. The CM said 300 tents had been sent.",
                 [("300 tents had been sent", "Arjun Rao", None)], id="the-cm-for-chief-minister"),
    pytest.param("A senior army officer, speaking on condition of anonymity, said the convoy was turned back.",
                 [("the convoy was turned back", "A senior army officer", None)], id="participle-clause-in-commas"),
    pytest.param("President Lena Ortiz vowed in a televised address on Monday night to rebuild the port.",
                 [("to rebuild the port", "Lena Ortiz", "2024-03-04")], id="vowed-after-a-tail"),
    pytest.param("Spokesman Ivo Rask told a briefing in Tallen on Tuesday that the border was closed.",
                 [("the border was closed", "Ivo Rask", "2024-03-05")], id="told-a-briefing-place-date-that"),
    pytest.param("The bridge had not been inspected since 2015, according to a 2021 review by the roads "
                 "agency, which warned that its cables were corroded.",
                 [("The bridge had not been inspected since 2015", "roads agency", None),
                  ("its cables were corroded", "roads agency", None)], id="which-warned"),
    pytest.param("The Veld Front seized the town. Veld said the fighters would stay.",
                 [("the fighters would stay", "Veld Front", None)], id="one-word-body-named-in-full-before"),
    pytest.param("The envoy, Ada Quist, has urged both sides to stop the shelling.",
                 [("both sides to stop the shelling", "Ada Quist", None)], id="has-urged"),
    pytest.param("The monitor called on all parties to the conflict to spare civilians.",
                 [("all parties to the conflict to spare civilians", "monitor", None)], id="called-on-past-to-the"),
    pytest.param("Medics said at least 40 patients were waiting for surgery.",
                 [("at least 40 patients were waiting for surgery", "Medics", None)], id="clause-opens-with-a-qualifier"),
    pytest.param("Rescue teams have long warned that the pass is unsafe.",
                 [("the pass is unsafe", "Rescue teams", None)], id="have-long-warned"),
    pytest.param("An inquiry said in its report in 2019 that the alarms had failed.",
                 [("the alarms had failed", "An inquiry", None)], id="said-in-a-report-in-a-year"),
    pytest.param("Ana Pell, whose son Tom, 19, is still missing, told the crowd that the search must go on.",
                 [("the search must go on", "Ana Pell", None)], id="whose-clause-with-commas-inside"),
    pytest.param("The regional office said around 9,000 people had lost their homes.",
                 [("around 9,000 people had lost their homes", "regional office", None)],
                 id="clause-opens-with-around-and-a-number"),
    pytest.param("Aid groups warn that the camps could flood.",
                 [("the camps could flood", "Aid groups", None)], id="warn-present-tense"),
    pytest.param("Local officials report that 30 wells have dried up.",
                 [("30 wells have dried up", "Local officials", None)], id="report-that"),
    pytest.param("The court acquitted two guards and ordered that they be released.",
                 [("they be released", "court", None)], id="the-court-ordered-that"),
    pytest.param("The ferry sank, Capt. Ivo Brandt of the Harbour Authority said.",
                 [("The ferry sank", "Ivo Brandt", None)], id="titled-name-of-a-named-body"),
    pytest.param("“We are out of bandages,” said Dr Ruth Alder of the Red Cross, adding that 40 nurses had arrived.",
                 [("40 nurses had arrived", "Ruth Alder", None)], id="adding-after-an-inverted-quote"),
    pytest.param("The jury heard that five people drowned, the coroner said, and police warned that the river "
                 "remained dangerous.",
                 [("The jury heard that five people drowned", "coroner", None),
                  ("the river remained dangerous", "police", None)], id="continuation-with-a-speaker-of-its-own"),
    pytest.param("The Union of Southern States announced funding for the dam.", [],
                 id="capitalised-verb-inside-a-name"),
    pytest.param("Governor Ana Ruiz vowed that the state would rebuild every home.",
                 [("the state would rebuild every home", "Ana Ruiz", None)], id="vowed-that"),
    pytest.param("Engineers have said for years that the levee was weak.",
                 [("the levee was weak", "Engineers", None)], id="said-for-years-that"),
    pytest.param("The Crossings Office said 200 trucks were cleared. It blamed the UN for “bottlenecks”.",
                 [("200 trucks were cleared", "Crossings Office", None)], id="blamed-is-no-statement"),
    pytest.param("A spokesman for the western government, Omar Tali, put the toll at 500 and said the east was "
                 "inflating figures.",
                 [("the east was inflating figures", "Omar Tali", None)], id="role-name-apposition-and-said"),
    pytest.param("Senior Principal Magistrate Ann Wairimu sentenced two engineers. The magistrate also ordered the "
                 "developer to pay compensation.",
                 [("the developer to pay compensation", "Ann Wairimu", None)], id="the-magistrate"),
    pytest.param("A geologist, Lena Holm, warned in a 2021 study that the slope was unstable.",
                 [("the slope was unstable", "Lena Holm", None)], id="warned-in-a-study-that"),
    pytest.param("About 90 people are still held, according to figures released by the Prime Minister’s Office "
                 "on Sunday.",
                 [("About 90 people are still held", "Prime Minister’s Office", None)],
                 id="figures-released-by-a-body"),
    pytest.param("The Varnian Defense Forces said its jets struck 40 targets. The army put the toll lower and "
                 "said most rockets were intercepted.",
                 [("its jets struck 40 targets", "Varnian Defense Forces", None),
                  ("most rockets were intercepted", "Varnian Defense Forces", None)], id="the-army-and-said"),
    pytest.param("The rebels claimed to have shot down two drones.",
                 [("to have shot down two drones", "rebels", None)], id="claimed-to"),
    pytest.param("The fighting has displaced 40,000 people, according to UN figures.",
                 [("The fighting has displaced 40,000 people", "UN", None)], id="according-to-un-figures"),
    pytest.param("Dr. Lena Ivers, director of St Anne's, said the patients were stable. The director added that "
                 "none needed surgery.",
                 [("the patients were stable", "Lena Ivers", None), ("none needed surgery", "Lena Ivers", None)],
                 id="the-director-for-a-role-given-after-the-name"),
    pytest.param("The Met office warned that the rain would continue.",
                 [("the rain would continue", "Met office", None)], id="a-name-that-is-also-a-verb"),
    pytest.param("The fire service said six people, including two children, died when the roof fell.",
                 [("six people, including two children, died when the roof fell", "fire service", None)],
                 id="clause-with-died"),
    pytest.param("The Ministry of Health said 20 wells were contaminated. The ministry said tankers would "
                 "bring water.",
                 [("20 wells were contaminated", "Ministry of Health", None),
                  ("tankers would bring water", "Ministry of Health", None)], id="the-ministry-for-ministry-of"),
    pytest.param("The plan sets out a 30-day pause, according to officials familiar with the draft.",
                 [("The plan sets out a 30-day pause", "officials familiar with the draft", None)],
                 id="according-to-officials-familiar-with"),
    pytest.param("Interior Minister Nabil el-Sayed told reporters that the border would reopen.",
                 [("the border would reopen", "Nabil el-Sayed", None)], id="title-then-particle-surname"),
    pytest.param("Hana Idris, whose brother is still missing, told The Voice of Tamar she had heard nothing since May.",
                 [("she had heard nothing since May", "Hana Idris", None)], id="told-an-outlet-of-a-place"),
    pytest.param("Two men were shot dead in the town of Esker, Maine, police say.",
                 [("Two men were shot dead in the town of Esker, Maine", "police", None)],
                 id="place-then-police-say"),
    pytest.param("The Ministry of Health said 310 cases were recorded. The death rate rose to 3%, according to "
                 "ministry data.",
                 [("310 cases were recorded", "Ministry of Health", None), ("The death rate rose to 3%", "Ministry of Health", None)],
                 id="according-to-ministry-data"),
    pytest.param("Aid reached 9,000 families, according to the relief group Open Hands Collective. The group said "
                 "stocks were low.",
                 [("Aid reached 9,000 families", "Open Hands Collective", None),
                  ("stocks were low", "Open Hands Collective", None)], id="the-group-named-before-its-name"),
    pytest.param("The Northern Aid Office, known as NAO, said the road was shut. NAO said fuel was short.",
                 [("the road was shut", "Northern Aid Office", None), ("fuel was short", "Northern Aid Office", None)],
                 id="known-as-an-acronym"),
    pytest.param("The prime minister's office on Tuesday said the talks would resume.",
                 [("the talks would resume", "prime minister's office", "2024-03-05")], id="date-after-the-subject"),
    pytest.param("Tarvia's interior ministry denied the report, saying its units had stayed in barracks.",
                 [("its units had stayed in barracks", "Tarvia's interior ministry", None)],
                 id="possessive-body-then-participle"),
    pytest.param("A ministry spokeswoman, Dr. Ines Varga, told a briefing in the capital, Orlan, that 14 had died.",
                 [("14 had died", "Ines Varga", None)], id="told-a-briefing-in-a-named-place-that"),
    pytest.param("At the camp, Meena, a farm labourer, said she had lost her cow.",
                 [("she had lost her cow", "Meena", None)], id="one-name-then-an-occupation"),
    pytest.param("Chief Minister Arun Pillai, who toured the coast on Friday, announced Rs. 2 lakh for each family "
                 "and said the State would ask for Rs. 900 crore.",
                 [("the State would ask for Rs. 900 crore", "Arun Pillai", "2024-03-01")],
                 id="noun-object-then-and-said-after-a-relative-clause"),
    pytest.param("Last month the airline Skyward Jet said it would cut 400 jobs. The company said fuel costs had doubled.",
                 [("it would cut 400 jobs", "Skyward Jet", None), ("fuel costs had doubled", "Skyward Jet", None)],
                 id="last-month-the-airline-x-then-the-company"),
    pytest.param("Witnesses said the gunmen had fled. Many complained that the patrols were rare.",
                 [("the gunmen had fled", "Witnesses", None), ("the patrols were rare", "Witnesses", None)],
                 id="many-for-the-group-before"),
    pytest.param("Asha Noor, 52, a tailor in the old market, said the water had reached her knees.",
                 [("the water had reached her knees", "Asha Noor", None)], id="name-age-then-occupation"),
    pytest.param("At the gate, Asha Noor, 52, said officials had told her that her son was safe.",
                 [("officials had told her that her son was safe", "Asha Noor", None)],
                 id="name-age-said-officials-told"),
    pytest.param("According to an NDMA report, 12 died. The report said 340 houses were damaged.",
                 [("12 died", "NDMA", None), ("340 houses were damaged", "NDMA", None)], id="the-report-after-an-acronym-report"),
    pytest.param("The rebels said 40 soldiers had died, a claim the army dismissed as “pure invention”.",
                 [("40 soldiers had died", "rebels", None)], id="statement-ends-before-a-claim-the-army-dismissed"),
    pytest.param("Commodore Ana Reyes said the ferry was full. That was how Tomas Ilar, a 31-year-old welder, "
                 "remembered the night. He said he swam for an hour.",
                 [("the ferry was full", "Ana Reyes", None), ("he swam for an hour", "Tomas Ilar", None)],
                 id="he-for-a-person-named-mid-sentence"),
    pytest.param("Chief Ruth Kaye of the Lake Cree Nation said 900 members had been flown out.",
                 [("900 members had been flown out", "Ruth Kaye", None)], id="chief-name-of-a-nation"),
    pytest.param("Rescuers found 12 survivors, Brig Gen Md Karim Uddin, head of the fire service, told reporters.",
                 [("Rescuers found 12 survivors", "Md Karim Uddin", None)], id="two-titles-then-a-long-name-then-role"),
    pytest.param("The Bank of Tarvia said rates would rise. The bank said inflation had peaked.",
                 [("rates would rise", "Bank of Tarvia", None), ("inflation had peaked", "Bank of Tarvia", None)],
                 id="the-bank-for-the-bank-of-x"),
    pytest.param("Aid groups say such camps breed disease.",
                 [("such camps breed disease", "Aid groups", None)], id="says-such-noun-verb"),
    pytest.param("Each family had paid 2,000 euros, survivors told investigators.",
                 [("Each family had paid 2,000 euros", "survivors", None)], id="told-investigators"),
]


@pytest.mark.parametrize("text, expected", MORE_WIRE_CASES)
def test_more_wire_statements(text, expected):
    got = [(c.text, c.speaker, c.stated_on) for c in statements_of(text)]
    assert got == expected


def test_quote_only_object_runs_to_the_end_of_the_quotation():
    found = statements_of('The senator called the bill "reckless, costly and cruel" on Tuesday.')
    assert [c.text for c in found] == ['the bill "reckless, costly and cruel']


@pytest.mark.parametrize("text, expected", WIRE_CASES)
def test_wire_statements(text, expected):
    got = [(c.text, c.speaker, c.stated_on) for c in statements_of(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    pytest.param("Police confirmed the death toll on Wednesday.", id="confirmed-noun"),
    pytest.param("The suspects denied any wrongdoing.", id="denied-noun"),
    pytest.param("The mine's owner, which employs 900 people, denied the allegations.", id="denied-the-allegations"),
    pytest.param("“Where were the warnings?” the farmer asked.", id="asked-question-is-a-quote"),
    pytest.param("Residents asked whether the shelters would close.", id="asked-whether"),
])
def test_wire_not_statements(text):
    assert statements_of(text) == []


@pytest.mark.parametrize("text, speaker", [
    # a time phrase before the subject is not its name
    ("By Tuesday afternoon, the Health Ministry had said that 4,650 people died.", "Health Ministry"),
    # an adverb before a pronoun subject is not part of it: the pronoun resolves (or stays unnamed)
    ("Dr Karin Holm runs the clinic. Hours later she said that the toll was wrong.", "Karin Holm"),
    ("Later he said that five people had died.", None),
])
def test_leading_time_words_are_not_the_subject(text, speaker):
    (c,) = statements_of(text)
    assert c.speaker == speaker


def test_said_with_a_date_then_a_pronoun_is_one_statement():
    # "said Sunday it had confirmed 126 ...": "confirmed" is inside the reported clause
    found = statements_of("The Israeli military said Sunday it had confirmed 126 people held as hostages.")
    assert [(c.text, c.cue) for c in found] == [("it had confirmed 126 people held as hostages", "said")]


@pytest.mark.parametrize("text, speaker, clause", [
    # a party and state in brackets between the name and the verb
    ("Rep. Mara Quist (D-Ore.) told reporters that the vote would slip.", "Mara Quist", "the vote would slip"),
    ("Sen. Owen Pratt (R-Tex.), whose district flooded, said he would back the bill.", "Owen Pratt",
     "he would back the bill"),
    # a title in Title Case after the name
    ("Aminata Diallo, UNICEF Chief of Field Operations for the Sahel, warned that wells were drying up.",
     "Aminata Diallo", "wells were drying up"),
    # a role with where it is held
    ("Dr Piet Vos, a lecturer in hydrology at Delft, said the dykes had held.", "Piet Vos", "the dykes had held"),
    # the apposition names the place, the people before it speak
    ("Residents of Marun, a market town on the river, said that the water kept rising.", "Residents of Marun",
     "the water kept rising"),
    # a party's role in lower case between the party and the name
    ("Plaid Cymru health spokeswoman Carys Penn called for an inquiry and said patients deserved “answers”.",
     "Carys Penn", "patients deserved “answers"),
])
def test_subjects_with_brackets_titles_and_appositions(text, speaker, clause):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_a_thing_does_not_threaten_to():
    assert statements_of("A row over funding threatens to delay the vote past the holiday.") == []


def test_according_to_after_a_verb_of_saying_is_no_second_speaker():
    text = '"We will rebuild," Mayor Ines Roth told the council, according to minutes seen by the paper.'
    assert [(c.speaker, c.text) for c in statements_of(text)] == []
    art = Article(id="t", text=text, published=THURSDAY)
    (q,) = [c for c in extract_article(art, OPTIONS) if c.kind == "quote"]
    assert q.speaker == "Ines Roth"


def test_but_called_continues_the_speaker_of_said():
    # "... but called X “...”": the verb's own statement ends before "but", and "called" is his
    text = "Sen. Owen Pratt said he would back the package “with or without” the tax cut but called the delay “shameful.”"
    assert [(c.text, c.speaker) for c in statements_of(text)] == [
        ("he would back the package “with or without” the tax cut", "Owen Pratt"),
        ("the delay “shameful", "Owen Pratt"),
    ]


def _claims(text: str) -> list:
    return list(extract_article(Article(id="t", text=text, published=THURSDAY), OPTIONS))


def statement_speakers(text: str) -> dict:
    """Each statement's text and its speaker."""
    return {c.text: c.speaker for c in statements_of(text)}


def speakers_by_text(text: str, kind: str = "quote") -> dict:
    """Each claim of ``kind``: its text and its speaker."""
    return {c.text: c.speaker for c in _claims(text) if c.kind == kind}


@pytest.mark.parametrize("text, clause, speaker", [
    # an age and a relative clause between the name and the verb
    ("Mira Holt, 58, whose shop flooded twice, said she had applied for help in March.",
     "she had applied for help in March", "Mira Holt"),
    # a country's role, then the name, then a place in apposition and a day
    ("Tarsia's Minister of the Interior, Omar Belkadi, told reporters in the capital, Sarn, on Monday "
     "that the border would stay open.", "the border would stay open", "Omar Belkadi"),
    # a role in apposition with a relative clause of "that"
    ("The Harbour Emergency Room, a volunteer network that runs clinics, said on Friday that the toll had risen.",
     "the toll had risen", "Harbour Emergency Room"),
    # an audience of "told"
    ("Prosecutors told jurors that the mayor approved 37 contracts.", "the mayor approved 37 contracts", "Prosecutors"),
    # a qualified number in words opens the clause
    ("Mira Holt, a shopkeeper, said the water rose fast. She said at least a dozen homes had collapsed.",
     "at least a dozen homes had collapsed", "Mira Holt"),
    # an inverted speaker with a place and a time after the name
    ("More than 8,000 people have fled in three weeks, said UNHCR spokesperson Ana Ruiz at a briefing in Geneva.",
     "More than 8,000 people have fled in three weeks", "Ana Ruiz"),
    # "the company" for a name that ends in "Co."
    ("Harbin Rail Co. suspended trains for five hours, the company said.",
     "Harbin Rail Co. suspended trains for five hours", "Harbin Rail Co."),
])
def test_subjects_of_batch_11(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_an_order_and_an_according_to_share_a_sentence():
    text = ("Police ordered residents near the plant to leave, and about 600 people spent the night at a school, "
            "according to the county agency.")
    assert [(c.text, c.speaker) for c in statements_of(text)] == [
        ("residents near the plant to leave", "Police"),
        ("about 600 people spent the night at a school", "county agency"),
    ]


def test_the_statement_said_is_whoever_issued_it():
    text = ('Nine workers were hurt, a hospital spokeswoman said. In a statement, Kessel Plastics said it was '
            '"devastated". "Our thoughts are with their families," the statement said.')
    quotes = speakers_by_text(text)
    assert quotes["Our thoughts are with their families"] == "Kessel Plastics"


def test_a_sentence_opening_with_a_surname_is_the_antecedent_of_he():
    text = ("The vote ended the rule of Prime Minister Janis Ozols's People's Party. Mara Ilves, who won, "
            'said she would talk to everyone. Ozols conceded defeat on television. "We respect the result," he said.')
    quotes = speakers_by_text(text)
    assert quotes["We respect the result"] == "Janis Ozols"


def test_a_quote_standing_alone_is_credited_to_the_person_who_speaks_next():
    text = 'The blast shook the town.\n\n"I thought a plane had crashed."\n\nJenna Cole, who lives nearby, said the windows broke.'
    quotes = speakers_by_text(text)
    assert quotes["I thought a plane had crashed."] == "Jenna Cole"


@pytest.mark.parametrize("text, speaker", [
    # a place or body, then a person's role in lower case, then the name
    ("Harbour Town publican Mick Tarrant said he had never seen such a storm.", "Mick Tarrant"),
    # but not when the role is no person's: the company is the speaker, by its name (the kind
    # of body before it, capitalised as it opens the sentence, is no part of the name)
    ("Energy provider Northline Power said crews had restored power.", "Northline Power"),
    # a participle after a plural noun is part of the subject
    ("Relatives of hostages held in the enclave pleaded with the government to close a deal.",
     "Relatives of hostages"),
])
def test_subjects_of_the_older_batches(text, speaker):
    (c,) = statements_of(text)
    assert c.speaker == speaker


def test_a_date_opens_the_sentence_before_the_subject_of_a_participle():
    text = 'On Wednesday, Hope Bridge International launched an appeal, warning that its funds would run out "by June".'
    quotes = speakers_by_text(text)
    assert quotes["by June"] == "Hope Bridge International"


def test_put_credits_the_quotation_after_its_object():
    text = 'The Red Crescent said 900 homes were destroyed. It put the number of people sleeping outside at "several thousand".'
    quotes = speakers_by_text(text)
    assert quotes["several thousand"] == "Red Crescent"


@pytest.mark.parametrize("text, clause, speaker", [
    # a surname that comes first, and a title whose portfolio holds "and"
    ("Minister of the Interior and Safety Choi Jae-won said schools would close. Choi said the heat would last.",
     "the heat would last", "Choi Jae-won"),
    ("Minister of the Interior and Safety Choi Jae-won said schools would close. Mr. Choi said the heat would last.",
     "the heat would last", "Choi Jae-won"),
    # letters beyond ASCII in a name
    ("Interior Minister Hakan Yıldıran told reporters that 37 buildings had collapsed.",
     "37 buildings had collapsed", "Hakan Yıldıran"),
    # an object pronoun after "according to"
    ("Governor Yusuf Danladi visited the school. According to him, the pupils have been taken to hospital.",
     "the pupils have been taken to hospital", "Yusuf Danladi"),
    # "where" opens a relative clause whose subject speaks
    ("Militants blockaded the town, where residents told reporters that food prices had doubled.",
     "food prices had doubled", "residents"),
    # a date or a document after a trailing verb is its tail
    ("Poverty reached 52.9 percent of the population, INEC reported last month.",
     "Poverty reached 52.9 percent of the population", "INEC"),
    ("Of that, R1.2bn was irregular expenditure, the Auditor-General said in reports tabled in Parliament.",
     "Of that, R1.2bn was irregular expenditure", "Auditor-General"),
    # ", which said": the name that ends the clause before
    ("Families were placed in shelters run by the Home Affairs Department, which said each would get HK$10,000.",
     "each would get HK$10,000", "Home Affairs Department"),
])
def test_subjects_of_batches_13_and_14(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_a_number_before_alleged_makes_it_an_adjective():
    text = "Soldiers arrested 12 alleged members of the cartel in a raid, the Defense Ministry said on Tuesday."
    assert [c.speaker for c in statements_of(text)] == ["Defense Ministry"]


def test_a_quote_alone_then_a_person_introduced_is_hers_not_the_last_speakers():
    text = ('"Fogging kills adult mosquitoes," said Dewi Anggraeni, an epidemiologist. She said larvae survive.\n\n'
            '"My son had a fever for three days."\n\n'
            "Siti Rahmawati, a street food vendor, spent four nights at the hospital. She said the bills were high.")
    quotes = speakers_by_text(text)
    assert quotes["My son had a fever for three days."] == "Siti Rahmawati"


def test_a_surname_with_an_age_opens_a_sentence_before_he_said():
    text = ("For 214 days, Marcus Oyelaran sat in jail. Judge Ann Cole ordered his release.\n\n"
            "Oyelaran, 29, lost his job.\n\n"
            '"Nobody told me," he said.')
    quotes = speakers_by_text(text)
    assert quotes["Nobody told me"] == "Marcus Oyelaran"


@pytest.mark.parametrize("text, speaker", [
    ("According to National Treasury data analysed by Veldwatch, the department spent R4.5bn.", "National Treasury"),
    ("The economy will contract 3.8 percent, according to a Central Bank survey of private consultants.",
     "Central Bank"),
])
def test_a_document_with_words_after_its_noun_is_its_issuers(text, speaker):
    (c,) = statements_of(text)
    assert c.speaker == speaker


def test_a_quote_after_a_paraphrase_of_one_person_is_hers():
    text = ('Tara Lee, whose son was at the party, said she heard what sounded like fireworks.\n\n'
            '"Then everybody was running."\n\nHer son was not hurt.')
    quotes = speakers_by_text(text)
    assert quotes["Then everybody was running."] == "Tara Lee"


@pytest.mark.parametrize("text, clause, speaker", [
    # a lead-in phrase or clause before a parenthetical attribution: the clause after it is reported
    ("Under the draft, the diplomats said, the rebels would free the hostages in batches.",
     "the rebels would free the hostages in batches", "diplomats"),
    # a report by a body, a role in apposition, then the capital in apposition
    ("The report by Civic Lantern, a rights group based in the capital, Telmar, says that 87 detainees are missing.",
     "87 detainees are missing", "Civic Lantern"),
])
def test_subjects_of_batches_15_and_16(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_a_main_clause_before_the_attribution_stays_the_statement():
    found = [c.text for c in statements_of("In exchange, the state freed 33 prisoners, the prison service said.")]
    assert found == ["In exchange, the state freed 33 prisoners"]


def test_a_correction_reports_no_ones_words():
    assert statements_of("An earlier version of this story said the boat had left from Benghazi.") == []


def test_a_full_name_opening_a_sentence_is_the_antecedent_of_he():
    text = ('"We write their names," said Nora Abadi, a teacher. She turned the pages.\n\n'
            "Farid Kaveh was 17 when the shelling began.\n\n"
            '"I dug with my hands for two hours," he said.')
    quotes = speakers_by_text(text)
    assert quotes["I dug with my hands for two hours"] == "Farid Kaveh"


@pytest.mark.parametrize("text, speaker", [
    # a role of two words in apposition to a full name
    ("Nina Cole, a clerk, said that the forms were late.", "Nina Cole"),
    ("Last week Nina Cole, a clerk, said that the forms were late.", "Nina Cole"),
    # not after a phrase of time or place
    ("On Tuesday, a spokesman said that the forms were late.", "a spokesman"),
    ("In New York, a spokesman said that the forms were late.", "a spokesman"),
])
def test_a_short_role_in_apposition_to_a_name(text, speaker):
    (c,) = statements_of(text)
    assert c.speaker == speaker


def test_a_lower_case_role_before_a_name_and_its_institution():
    text = ('A site engineer has been suspended, the city said.\n\n'
            'Structural engineering lecturer Ines Marlow of the Polytechnic Institute said the survey was late. '
            'She urged the city to act "before the next collapse".')
    found = {c.text: c.speaker for c in _claims(text)}
    assert found["the survey was late"] == "Ines Marlow"
    assert found["before the next collapse"] == "Ines Marlow"


@pytest.mark.parametrize("text, quote, speaker", [
    # a full name after an opening clause; sentences that go on about her with "She" do not
    # use up the look back
    ("When the well ran dry, Lina Moradi sold her cattle. She had kept 80 head. By June she had six, "
     "and a dealer offered little.\n\n"
     '"We left with nothing," she says.', "We left with nothing", "Lina Moradi"),
    ('In 2021, Tomas Brenner lost his shop to the flood.\n\n"It took everything," he said.',
     "It took everything", "Tomas Brenner"),
    # a possessive of a given name the article gave in full before
    ('Rosa Ibarra, a nurse, sold the house. Nico Valdes, a deputy minister, said the state would pay.\n\n'
     'Rosa\'s son, 17, now works at a kiln. "He is alive," she says.', "He is alive", "Rosa Ibarra"),
    # a surname's possessive after an opening phrase
    ('Pavel Horak, a farmer, lost his barn. Nina Cole, a clerk, said that the forms were late.\n\n'
     'In the shelter, Horak\'s daughter asks him about home. "She wants her room," he says.',
     "She wants her room", "Pavel Horak"),
])
def test_an_antecedent_after_an_opening_clause_or_in_a_possessive(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


def test_an_abbreviated_title_after_an_inverted_role_and_a_capitalised_profession():
    text = ('"Every case was preventable," said the Minister of Health, Dr. Sara Benali.\n\n'
            'Epidemiologist Nadia Ross of Averne University said that the figures were low. "The curve is bending," she said.')
    quotes = speakers_by_text(text)
    assert quotes == {"Every case was preventable": "Sara Benali", "The curve is bending": "Nadia Ross"}


# Quote speakers of batches 33 to 38: regional titles and honorifics, occupations before a name,
# roles in an opening apposition, bodies read as names, people brought to speak.
TITLES_HONORIFICS_AND_OCCUPATIONS = [
    # a South Asian or West African title, abbreviated on its second mention
    ('The truck was overloaded, Deputy Superintendent of Police Arjun Bhandari said. '
     '"The driver fled," the DSP told reporters.', "The driver fled", "Arjun Bhandari"),
    ('District Chief Executive Kwesi Mensa-Bonsu said the ferry had no licence. '
     '"We warned them twice," the DCE said.', "We warned them twice", "Kwesi Mensa-Bonsu"),
    ('Two more patients died, Collector R. Devika said. "Nobody will be spared," the Collector said.',
     "Nobody will be spared", "R. Devika"),
    # an honorific before a title
    ('Finance Minister Lyra Castellane said taxes would rise. "We have no choice," the Honourable Minister said.',
     "We have no choice", "Lyra Castellane"),
    # a place and an occupation in lower case before the name
    ('Orrin Vale sheep farmer Tobias Kell lost 300 ewes. "It came too fast," he said.', "It came too fast", "Tobias Kell"),
    ('Harbour town fish trader Ines Moro closed her stall. "Nobody is buying," she said.', "Nobody is buying", "Ines Moro"),
]
ROLE_THEN_NAME_AFTER_AN_OPENING = [
    # after an opening phrase, a role, then the name; a day before the comma is no name
    ('In a video posted late on Wednesday, a nurse, Ilka Varsen, walks through the ward. "We ration the oxygen," '
     'the nurse says.', "We ration the oxygen", "Ilka Varsen"),
]
NAMES_WITH_PARTICLES_OF_BATCH_37 = [
    # a title before a name with small words in it, then the name shortened
    ('Governor María José de la Vega Ruiz said teams were working. "We will not stop," de la Vega told reporters.',
     "We will not stop", "María José de la Vega Ruiz"),
    ('Health director Siti Nur Aisyah binti Rahman said cases rose. "We are seeing more cases," Aisyah said.',
     "We are seeing more cases", "Siti Nur Aisyah binti Rahman"),
    ('Joaquim dos Santos Ferreira, a miner, said the pit collapsed. "It was deep," dos Santos said.',
     "It was deep", "Joaquim dos Santos Ferreira"),
]
NARRATIVE_VOICES_OF_BATCH_38 = [
    # "The doctor is NAME, who ...": the person the role is; a pronoun after it is hers
    ("Searchers met at dawn.\n\nThe doctor is Ingrid Sollberg, who checks searchers for cuts. "
     '"Most of them are exhausted," she said.', "Most of them are exhausted", "Ingrid Sollberg"),
    # "The speaker is NAME" after a quotation names its speaker
    ('Water is scarce.\n\n"Here it is about who owns the pipe." The speaker is Sagal Ahmed-Nour, whose family '
     'runs a tanker firm.', "Here it is about who owns the pipe.", "Sagal Ahmed-Nour"),
    # the next sentence's subject "said it"
    ('The boats went out.\n\n"We are looking for bodies now." Kemal Ostrowski, a firefighter, said it quietly '
     'as the boats came in.', "We are looking for bodies now.", "Kemal Ostrowski"),
]
ROLES_BODIES_AND_PEOPLE_BROUGHT_TO_SPEAK = [
    # a role, then a title in lower case before the name, opening the sentence
    ('The head of the review, retired judge Ilse Marwick, read the findings aloud. '
     '"Every warning was ignored," she said.', "Every warning was ignored", "Ilse Marwick"),
    # "the club" stands for the body named just before, even when its name reads like a person's
    ('The board\'s report says Harrowgate Rovers sold 9,000 tickets. Harrowgate Rovers said in a statement that '
     'it had sold 8,400. The club said it accepted the other findings "in full".', "in full", "Harrowgate Rovers"),
    # a person brought to speak without a verb of saying, then a quotation standing alone
    ('The army said no civilians were hurt.\n\nNadia Ferro, the district administrator, spoke to the Gazette by '
     'telephone from the village.\n\n"I saw the bodies of nine people in the yard."\n\nRoads into the village stayed shut.',
     "I saw the bodies of nine people in the yard.", "Nadia Ferro"),
]


@pytest.mark.parametrize("text, quote, speaker", TITLES_HONORIFICS_AND_OCCUPATIONS + ROLES_BODIES_AND_PEOPLE_BROUGHT_TO_SPEAK
                         + ROLE_THEN_NAME_AFTER_AN_OPENING + NARRATIVE_VOICES_OF_BATCH_38
                         + NAMES_WITH_PARTICLES_OF_BATCH_37)
def test_quote_speakers_of_batches_33_to_38(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


# Statements of batches 33 to 36: audiences, demands and directives, relative clauses after the
# subject, bodies referred to by their noun.
REPORTED_SPEECH_OF_BATCH_33 = [
    # the paper itself as the audience
    ("The queue broke through the barrier at dawn, Inspector Omar Vadi told this newspaper.",
     "The queue broke through the barrier at dawn", "Omar Vadi"),
    # a demand as a participle, a directive as a request
    ("The drivers' union called a strike, demanding that the bridge be reopened.", "the bridge be reopened", "drivers' union"),
    ("The minister has directed all clinics to stay open overnight.", "all clinics to stay open overnight", "minister"),
    # a relative clause after the subject may hold verbs of its own
    ("Traders who spoke to reporters said that the market had been shut for a week.",
     "the market had been shut for a week", "Traders who spoke to reporters"),
    # one that only says why the source goes unnamed is no part of the speaker
    ("The van was rented on Monday, a police official who was not authorized to discuss the case told reporters.",
     "The van was rented on Monday", "a police official"),
]
POSTS_AND_WEBSITES_OF_BATCH_35 = [
    # a thread, a post or a video on a platform is where something was said
    ("The Varno Strike Monitor, a volunteer group that maps strikes from open sources, wrote in a thread on X "
     "that it had located five impacts.", "it had located five impacts", "Varno Strike Monitor"),
    # a body's website speaks for the body the article named with that noun
    ("The depot, run by the state fuel company Orvex, held 90,000 litres, according to the company's website.",
     "The depot, run by the state fuel company Orvex, held 90,000 litres", "Orvex"),
]
RELATIVES_AND_ASIDES_OF_BATCH_36 = [
    # a relative clause inside the reported clause, then the clause's own verb
    ("Dr Femi Oyelaran runs the unit. He said patients who were treated had waited for hours.",
     "patients who were treated had waited for hours", "Femi Oyelaran"),
    # an aside that says whom the speaker speaks for
    ("Councillor Henrik Baptiste, for the opposition, urged the mayor to adopt the survey.",
     "the mayor to adopt the survey", "Henrik Baptiste"),
]
BODIES_BY_THEIR_NOUN_OF_BATCH_34 = [
    # "the independent group": a body named earlier in the same sentence
    ("Last week the Orvane Civilian Casualty Monitor recorded 41 deaths, the independent group said.",
     "Last week the Orvane Civilian Casualty Monitor recorded 41 deaths", "Orvane Civilian Casualty Monitor"),
    # ... but words that say which body are kept when none is named
    ("Temperatures reached 41C, the regional weather service said.", "Temperatures reached 41C", "regional weather service"),
    # "the institute", "the inquiry's report": a name the article gave with the noun, though it never spoke
    ("Researchers at the Tamsin Institute for Public Health put the toll higher. Most of the dead were "
     "over 75, the institute said.", "Most of the dead were over 75", "Tamsin Institute for Public Health"),
    ("The Harlan Stadium Inquiry published its findings on Monday. The inquiry's report says the gates were shut.",
     "the gates were shut", "Harlan Stadium Inquiry"),
    # a group noun after a word or two in lower case opens the sentence's subject
    ("Local health officials in Dravik put the number higher, saying several bodies were never reported.",
     "several bodies were never reported", "Local health officials"),
]


@pytest.mark.parametrize("text, clause, speaker", REPORTED_SPEECH_OF_BATCH_33 + BODIES_BY_THEIR_NOUN_OF_BATCH_34
                         + POSTS_AND_WEBSITES_OF_BATCH_35 + RELATIVES_AND_ASIDES_OF_BATCH_36)
def test_statements_of_batches_33_to_36(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_said_it_with_an_adverb_is_no_statement():
    text = 'The boats went out.\n\n"We are looking for bodies now." Kemal Ostrowski said it quietly as the boats came in.'
    assert not statements_of(text)


def test_a_noun_object_with_a_relative_clause_is_no_statement():
    # one group of verbs after "who" is the relative clause alone: the object is a noun
    text = "Dr Femi Oyelaran runs the unit. He confirmed the names of those who died."
    assert not statements_of(text)


def test_a_place_and_occupation_before_a_name_stay_in_their_sentence():
    # (the sentence before ends on a capitalised word, which a name's modifiers must not take in)
    text = ("Crews saved the school. Most of the fences burnt near Kelvadoon.\n\n"
            "Orrin Vale sheep farmer Tobias Kell lost 300 ewes. \"It came too fast,\" he said.")
    assert speakers_by_text(text)["It came too fast"] == "Tobias Kell"


def test_a_relative_clause_after_a_role_says_nothing_of_the_speakers_gender():
    text = ('Margit Solen, a trader who lost her husband in the attack, said the gunmen came. '
            '"There was nowhere to run," she said.')
    quotes = speakers_by_text(text)
    assert quotes["There was nowhere to run"] == "Margit Solen"


@pytest.mark.parametrize("text, quote, speaker", [
    ('Council member Ana Preciado said the cap would work. "Every other house is a hotel," she said.',
     "Every other house is a hotel", "Ana Preciado"),
    # an initial before a quotation ends the sentence, so the quotation continues its speaker
    ('"We receive the sick," said Dr. Nadia Khoury, who runs the clinic in Sector C. "Many are dehydrated."',
     "Many are dehydrated.", "Nadia Khoury"),
    ('"We were told at 9 a.m.," said shop steward Colm Tracy, who has worked at the plant for 26 years.',
     "We were told at 9 a.m.", "Colm Tracy"),
])
def test_quote_speakers_of_batches_19_and_20(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


def test_an_aside_between_the_subject_and_its_verb():
    found = {c.text: c.speaker for c in statements_of("Housing advocates, for their part, said the council had not gone far enough.")}
    assert found == {"the council had not gone far enough": "Housing advocates"}


@pytest.mark.parametrize("text, quote, speaker", [
    # a colon between a verb that credits a quotation and the quotation
    ('Shire mayor Ruth Holloway put it simply: "This town is still standing."', "This town is still standing.",
     "Ruth Holloway"),
    # a statement's text, read out: the words of whoever issued it
    ("Nia Obi, who confirmed the arrests in a statement on Friday, said the road was open.\n\n"
     "The statement read in part: “Two suspects are assisting the investigation.”",
     "Two suspects are assisting the investigation.", "Nia Obi"),
    # a quotation alone, then a paragraph that opens with a title and the name of who speaks
    ('The agency said 85 trucks had entered.\n\n"It is a beginning, not an end."\n\n'
     "Marvia's President Ilse Korrin repeated the phrase in an address, in which she urged people to stay calm.",
     "It is a beginning, not an end.", "Ilse Korrin"),
    # ... but not over a quote before it that its speaker goes on with
    ('"I heard shots," said Tia Marsh, who sells fruit.\n\n"I hid under the counter."\n\n'
     'Mayor Theo Grant called the attack "a dark night" and ordered flags to fly at half-mast.',
     "I hid under the counter.", "Tia Marsh"),
    # a religious title, then "the cleric"
    ("The chairman of the council of churches, Rev. Fr. Paul Okon, said the villagers were tired.\n\n"
     "“We pay ransom now,” the cleric told the paper.", "We pay ransom now", "Paul Okon"),
])
def test_quote_speakers_of_batch_21(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


@pytest.mark.parametrize("text, clause, speaker", [
    # a relative clause in commas between the subject and "said": not an inverted "said X"
    ("The police spokeswoman, Nia Obi, who confirmed the raid on Friday, said a team of police, soldiers "
     "and guards had freed 11 people.", "a team of police, soldiers and guards had freed 11 people", "Nia Obi"),
    # a pronoun after "in which"
    ("President Ilse Korrin gave a televised address on Monday, in which she urged citizens to stay calm.",
     "citizens to stay calm", "Ilse Korrin"),
    # an aside after the subject, then a participle of saying; "only that" is not the clause's
    ("Nia Obi, a police officer, spoke. Obi, however, did not confirm the toll, saying only that some people were hurt.",
     "some people were hurt", "Nia Obi"),
])
def test_statements_of_batch_21(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_only_before_a_number_stays_in_the_clause():
    assert [c.text for c in statements_of("She said only 12 people survived.")] == ["only 12 people survived"]


@pytest.mark.parametrize("text, quote, speaker", [
    # a live blog's heading: a role and a quotation, then the person with that role
    ("14:50\nPrime minister: 'Nobody rebuilds alone'\nPrime Minister Ivo Sarn, who flew in on Tuesday, "
     "told reporters the state would pay.\n", "Nobody rebuilds alone", "Ivo Sarn"),
    ("13:45\nHospital director: 'We operate in the corridors'\nDr Ana Lusk, director of the city hospital, "
     "said 700 patients were in care.\n", "We operate in the corridors", "Ana Lusk"),
    # a heading with a surname the article named in full before
    ("Mayor Ivo Sarn visited the site on Monday.\n\n15:10\nSarn: 'We will rebuild'\nThe mayor spoke at the gate.\n",
     "We will rebuild", "Ivo Sarn"),
    # a line ending in a colon, then the quotation on the next line; a role then a name opens the
    # sentence before
    ("Our correspondent in Brask, Lena Vold, has been at the site all day. She sent this:\n"
     '"Rescuers pulled a boy out of the rubble. The crowd applauded."\n',
     "Rescuers pulled a boy out of the rubble. The crowd applauded.", "Lena Vold"),
])
def test_quotes_set_on_lines_of_their_own(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


def test_a_heading_with_no_one_named_after_it_credits_no_one():
    text = "Key points\nWitness: 'It shook for a minute'\nThe quake struck at dawn.\n"
    quotes = speakers_by_text(text)
    assert quotes == {"It shook for a minute": None}


@pytest.mark.parametrize("text, clause, speaker", [
    # Indian English "informed"; "recalls that"
    ("Superintendent of Police Rakesh Varma informed that 11 persons had been arrested.",
     "11 persons had been arrested", "Rakesh Varma"),
    ("Ines Roa, a logistics chief, spoke. She recalls that the convoy moved 400 tonnes.",
     "the convoy moved 400 tonnes", "Ines Roa"),
    # a body's document: the body ("excise department data" is the excise department's)
    ("According to excise department data, seizures rose by 38 per cent.", "seizures rose by 38 per cent",
     "excise department"),
    # a participle of saying after an opening phrase: the subject after the phrase
    ("After the briefing, the ministry issued a statement saying the state had sent 12 tonnes of supplies.",
     "the state had sent 12 tonnes of supplies", "ministry"),
    # a name in apposition to a title inside an opening phrase is not the subject
    ("Governor Aliyu Maccido toured the site.\n\nIn a statement signed by his Chief Press Secretary, Sani Garba, "
     "the governor said the state had spent N2.3bn.", "the state had spent N2.3bn", "Aliyu Maccido"),
    # ... but a name after a place is
    ("In Lagos, Ada Obi, the governor, said the state had spent N2bn.", "the state had spent N2bn", "Ada Obi"),
])
def test_statements_of_batch_21_house_styles(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_a_quantifier_opening_a_sentence_is_no_name_for_she():
    text = ("Prosecutor Harriet Osei told the court the scheme was cruel. Another, a woman living with dementia, "
            "paid £61,000 in cash, she said.")
    found = statement_speakers(text)
    assert found["Another, a woman living with dementia, paid £61,000 in cash"] == "Harriet Osei"


def test_a_sentence_subject_gives_a_figure_over_a_clause_only_with_a_verb_that_gives_figures():
    from factcheck.extract import ExtractOptions as _Options
    got = {c.text: c.speaker for c in extract_article(Article(id="t", text=(
        "In March, a group of prisoners barricaded themselves into the gym, causing damage later put at £210,000. "
        "The ministry recorded 1,046 cases, bringing the total to 14,870, with infections confirmed in nine provinces."),
        published=THURSDAY), _Options(kinds=("figure",)))}
    assert got["£210,000"] is None
    assert got["nine"] == "ministry"


@pytest.mark.parametrize("text, clause, speaker", [
    # a clause of time after the attribution's tail
    ("A former minister took bribes worth 3.8 million crowns, prosecutor Irena Basch told jurors on Wednesday "
     "as his trial opened.", "A former minister took bribes worth 3.8 million crowns", "Irena Basch"),
    ("The population grew 3.1 percent to 8,412,600, the Statistics Bureau said on Tuesday as it published its count.",
     "The population grew 3.1 percent to 8,412,600", "Statistics Bureau"),
    # a time of day inside the document the words come from
    ("The Front had 1,842,330 votes, the commission said in its 4 a.m. update.", "The Front had 1,842,330 votes",
     "commission"),
    # an audience that is a news conference
    ("The deal will create about 8,000 jobs, Tomasz Aurel told a joint news conference at the palace.",
     "The deal will create about 8,000 jobs", "Tomasz Aurel"),
])
def test_statements_before_an_attribution_with_a_longer_tail(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_as_well_as_after_said_is_no_clause_of_time():
    assert statements_of("Prices rose 4 percent, she said as well as the rent.") == []


@pytest.mark.parametrize("text, clause, speaker", [
    # a document and who issued it, in a relative clause or with "by" after a day
    ("The Bank of Teleria raised rates. Five members voted for it, according to a statement the bank released.",
     "Five members voted for it", "Bank of Teleria"),
    ("Builders completed 38,400 homes, according to an annual report published on Thursday by the Kelland "
     "Housing Observatory.", "Builders completed 38,400 homes", "Kelland Housing Observatory"),
    # a document with a place of publication keeps its words
    ("Prices rose, according to a report published in Nature.", "Prices rose", "a report"),
    # a body, then a description led by a possessive
    ("Vellmark Industries, Ardenmark's largest maker of appliances, said on Monday it would cut 2,400 jobs.",
     "it would cut 2,400 jobs", "Vellmark Industries"),
])
def test_statements_of_documents_and_bodies_of_batch_23(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


@pytest.mark.parametrize("text, quote, speaker", [
    # a colon after a sentence about a person, then the quotation on the same line
    ("Governor Helena Marsk's message at a news conference was blunt: “We will do what is necessary.”",
     "We will do what is necessary.", "Helena Marsk"),
    ("Ilona Dravec, the foreign minister, said trade could grow. She was more guarded about politics: "
     "“We do not agree on everything.”", "We do not agree on everything.", "Ilona Dravec"),
    # not a thing's words
    ('The sign at the gate read: "Closed until further notice."', "Closed until further notice.", None),
    # "The words were those of X" after a quotation alone in its paragraph
    ('Teodor Blask, the union president, said the firm had failed. "It is a betrayal," he said.\n\n'
     '"I have worked on that line for 23 years."\n\nThe words were those of Rasmus Vey, an assembly worker.',
     "I have worked on that line for 23 years.", "Rasmus Vey"),
])
def test_quotes_after_a_colon_or_before_the_words_were_those_of(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


@pytest.mark.parametrize("text, kind, words, speaker", [
    # "quoted X as saying": X speaks, not the source
    ("The group said 29 patients had died.\n\n“Our teams see whole families arrive,” the statement quoted its "
     "coordinator in Ossango, Dr. Ruth Achelis, as saying.", "quote", "Our teams see whole families arrive",
     "Ruth Achelis"),
    ("State media quoted the interior minister, Sami Rahal, as saying that 12 people had died.", "statement",
     "12 people had died", "Sami Rahal"),
    ("The agency quoted Health Minister Dara Vell as saying 40 clinics had closed.", "statement",
     "40 clinics had closed", "Dara Vell"),
    # a role owned by a name of two words, then the name
    ("“Every day at sea counts,” said Blue Horizon's head of mission, Lena Hartwig.", "quote",
     "Every day at sea counts", "Lena Hartwig"),
])
def test_quoted_as_saying_and_a_role_owned_by_a_name(text, kind, words, speaker):
    found = speakers_by_text(text, kind)
    assert found.get(words) == speaker, found


def test_quoting_an_author_is_no_speech():
    assert [c for c in _claims("He quoted Shakespeare in his speech.") if c.kind != "figure"] == []


@pytest.mark.parametrize("text, clause, speaker", [
    ("The party won 58 seats, according to preliminary results released Monday by the Central Electoral Commission.",
     "The party won 58 seats", "Central Electoral Commission"),
    ("About 40 percent of the crop was lost, according to preliminary estimates by the district agriculture office.",
     "About 40 percent of the crop was lost", "district agriculture office"),
    # the country's body is the body
    ("The toll rose to 58, the country's Ministry of Emergency Situations said Thursday.", "The toll rose to 58",
     "Ministry of Emergency Situations"),
    # who analysed a body's data did not issue it
    ("According to National Treasury data analysed by Veldwatch, the department spent R4.5bn.",
     "the department spent R4.5bn", "National Treasury"),
    # a body named with "Statistics" is still the one "the report" means
    ("Unemployment rose to 7.9 percent, the National Institute of Statistics reported on Thursday.\n\n"
     "Some 1.1 million people were looking for work, according to the report.",
     "Some 1.1 million people were looking for work", "National Institute of Statistics"),
])
def test_issuers_of_results_and_estimates(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


@pytest.mark.parametrize("text, clause, speaker", [
    # a common noun for a body, then its name: the name (with or without a determiner)
    ("The aid group Hand in Hand International, which has 40 staff in the city, said that 10,100 people were missing.",
     "10,100 people were missing", "Hand in Hand International"),
    ("Rescuers found 27 bodies, mine operator Oskel Coal Holdings said.", "Rescuers found 27 bodies",
     "Oskel Coal Holdings"),
    # "the trust" is the trust the article named
    ("St Aldric's Hospitals NHS Trust runs the wards. The trust said 212 operations had been postponed.",
     "212 operations had been postponed", "St Aldric's Hospitals NHS Trust"),
])
def test_bodies_named_after_a_common_noun(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


@pytest.mark.parametrize("text, kind, words, speaker", [
    # a sentence that opens with "The", a role in lower case and a name: who a later "he" means
    ("Rana Vell, a nurse, said that beds ran out.\n\nThe spice seller Hamid Orsay, whose stall stood near the gate, "
     "has told his story many times. “There was a bang,” he told the weekly.", "quote", "There was a bang",
     "Hamid Orsay"),
    # a body that opens the sentence before "it said"
    ("The Eskarra Health Directorate said 52 people were killed.\n\nThe Maranthean Defence Ministry has not repeated "
     "its claim. In a second statement on Tuesday, it said only that the incident was under review.", "statement",
     "the incident was under review", "Maranthean Defence Ministry"),
    # a meeting as the audience of "told"
    ("Incident controller Dean Nguyen told a packed community meeting on Wednesday night that 17 homes had been "
     "destroyed.", "statement", "17 homes had been destroyed", "Dean Nguyen"),
])
def test_speakers_of_batch_26(text, kind, words, speaker):
    found = speakers_by_text(text, kind)
    assert found.get(words) == speaker, found


def test_told_with_a_noun_object_reports_no_clause():
    assert statements_of("The spice seller Hamid Orsay has told his story many times now.") == []


@pytest.mark.parametrize("text, kind, words, speaker", [
    ("“They came down the road in prison clothes.” That was how Lidija Morr, who runs a grocery, described the "
     "morning.", "quote", "They came down the road in prison clothes.", "Lidija Morr"),
    ("“We have closed it on the human ones,” said Tarsova's chief negotiator, Deputy Foreign Minister Ilan Voss, "
     "as he left the hotel.", "quote", "We have closed it on the human ones", "Ilan Voss"),
    # an official who asked not to be named speaks; the request is no one's words
    ("A senior official who asked not to be named because the talks were confidential said the lists had been "
     "agreed.", "statement", "the lists had been agreed", "A senior official"),
    ("Halvorsen Ratings, a credit rating agency, said in a note to clients on Thursday that the plan was credible.",
     "statement", "the plan was credible", "Halvorsen Ratings"),
    ("A lower court awarded 400,000 krel each, a sum the Supreme Court described as “manifestly inadequate.”",
     "quote", "manifestly inadequate.", "Supreme Court"),
])
def test_speakers_of_batch_25(text, kind, words, speaker):
    found = speakers_by_text(text, kind)
    assert found.get(words) == speaker, found


def test_asked_not_to_be_named_is_no_request():
    found = [c.text for c in statements_of("A senior official who asked not to be named said the lists had been agreed.")]
    assert found == ["the lists had been agreed"]


def test_described_as_a_quotation_alone_is_no_statement():
    assert statements_of("A lower court awarded 400,000 krel, a sum the Supreme Court described as “manifestly "
                         "inadequate.”") == []


def test_appositions_are_what_the_pattern_finds_at_every_capital():
    from factcheck.extract.speakers import _NAMED_AS, _appositions
    text = ("The Civilian Harm Monitor, an independent research group, said so. McDonald Relief Fund (MRF), a charity, "
            "and the Bank of Kestria, the central bank, agreed; Ann, the mayor; O'Neill Trust, a body. "
            "Red Cross, the agency, then Water For All And Everyone In The Valley Of Kesh, a group, spoke.")
    assert [(m.span(), m.groups()) for m in _appositions(text)] == [(m.span(), m.groups()) for m in _NAMED_AS.finditer(text)]


@pytest.mark.parametrize("text, clause, speaker", [
    # "Justice" is a title only before a person's name, not before a body's
    ("Kavrenia released 40 prisoners in exchange, the Justice Ministry said.", "Kavrenia released 40 prisoners in exchange",
     "Justice Ministry"),
    # a bullet or a live blog's time stamp before the sentence
    ("• Kavrenia released 40 prisoners, the Justice Ministry said", "Kavrenia released 40 prisoners", "Justice Ministry"),
    ("09:15 - Brightloom Textiles, which owns the factory, has issued a statement, saying it will pay 500,000 tovars.",
     "it will pay 500,000 tovars", "Brightloom Textiles"),
    ("15:05 — Emergency services now confirm four deaths and say three people are missing.",
     "three people are missing", "Emergency services"),
])
def test_statements_of_batch_26(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


SUBJECTS_BEFORE_A_PARTICIPLE = [
    # "telling" continues the sentence's speaker, through its audience
    ("Dunavy, who leads the Workers Alliance, repeated both numbers at a rally on Monday, telling supporters "
     "that the coalition had emptied the factories.", "the coalition had emptied the factories", "Dunavy"),
    ("The minister spoke for an hour, telling reporters the plan would work.", "the plan would work", "minister"),
    # a conjunction before the sentence's subject
    ("But Front leader Ysolde Marrak rejected the figures, saying her party had 3,200 observers.",
     "her party had 3,200 observers", "Ysolde Marrak"),
    ("And the army denied the report, saying no shells fell.", "no shells fell", "army"),
    # a possessor's role, then the name in commas
    ("Lurenia’s agriculture minister, Sofia Dran, disputed the findings, telling lawmakers on Monday that the "
     "harvest would be fine.", "the harvest would be fine", "Sofia Dran"),
]


QUOTED_PHRASES_AND_OCCASIONS_BEFORE_THE_VERB = [
    # a phrase quoted inside a relative clause before the verb
    ("The governor, Piet Ansgar, who had put the toll at “more than 60” on Saturday, said on Thursday that "
     "he had relied on bad figures.", "he had relied on bad figures", "Piet Ansgar"),
    ("The mayor, who called the plan \"a farce\" last week, said it would fail.", "it would fail", "mayor"),
    # but a quotation that ends its clause still cuts: the office calls, not the minister
    ("Defense minister Yoram Peled vowed to press on \"until it is done,\" while the U.N. office called on the "
     "parties to agree to a pause.", "the parties to agree to a pause", "U.N. office"),
    # where it was said, in commas between the subject and its verb; and on a channel
    ("The Black Banner movement, in a message posted on its media channels, claimed its fighters had shot down "
     "a helicopter.", "its fighters had shot down a helicopter", "Black Banner movement"),
    ("The Sable Front said in a statement on its messaging channel that it had kept every commitment.",
     "it had kept every commitment", "Sable Front"),
]


WAYS_OF_STAYING_ANONYMOUS = [
    ("Another resident, who gave his name only as Yusef, said he had carried 23 bodies.", "he had carried 23 bodies",
     "Yusef"),
    ("At the hospital, a surgeon who did not want to be named said staff had performed 37 operations.",
     "staff had performed 37 operations", "a surgeon"),
    ("A nurse who would not give her name said the ward was full.", "the ward was full", "A nurse"),
]


STATEMENTS_OF_BATCH_29 = [
    # people who forecast are speakers as much as officials are
    ("At least 34 people have died, the department said Tuesday, as forecasters warned that the heat would last.",
     "the heat would last", "forecasters"),
    # where it was said: a bulletin, a trial
    ("The rate stood at 8.3 percent in April, the office said in its monthly labor bulletin.",
     "The rate stood at 8.3 percent in April", "office"),
    ("Of the 23 dead, seven were children, prosecutors told the court during the eleven-week trial.",
     "Of the 23 dead, seven were children", "prosecutors"),
    # a short time phrase only leads in: what is said comes after the attribution
    ("Two decades ago, Agnes Trevell says, there would have been 40 boats at the plant.",
     "there would have been 40 boats at the plant", "Agnes Trevell"),
    # "he" after a full name with a role in apposition
    ("Benedikt Orm, the harbourmaster, keeps the old ledgers. He pulls out one. He says that fewer than 30 still fish.",
     "fewer than 30 still fish", "Benedikt Orm"),
]


WHO_SAID_AND_QUALIFIED_FIGURES = [
    # "who said": whom "who" stands for, past an age or a role in apposition
    ("\"There was no warning,\" said Halima Restu, 38, who said she had pulled her nephew out.",
     "she had pulled her nephew out", "Halima Restu"),
    ("The words were those of Rasmus Vey, a 48-year-old worker at the plant, who said he learned of it on the radio.",
     "he learned of it on the radio", "Rasmus Vey"),
    ("The releases followed an order from Judge Helen Marchetti, who ruled in March that the county had erred.",
     "the county had erred", "Helen Marchetti"),
    # what the relative clause reports ends before the main clause's verb
    ("The mayor, who said last week that the dam was safe, resigned.", "the dam was safe", "mayor"),
    # a figure with its qualifier opens a reported clause
    ("Yusuf Dembe, 44, who organises night patrols, said about 120 men take part.", "about 120 men take part",
     "Yusuf Dembe"),
]


def test_which_after_a_role_in_apposition_is_the_body():
    text = ("\"It is the difference between work and none,\" said Keisha Monroe-Delgado, an organizer with Riders "
            "United, which says it has collected more than 11,000 signatures.")
    assert statement_speakers(text).get("it has collected more than 11,000 signatures") == "Riders United"


@pytest.mark.parametrize("text", [
    # a verb that often takes only a noun, after "who", needs "that"
    "Council member Yolanda Preciado-Stern, who wrote the measure, said the cap would return homes.",
])
def test_who_and_a_noun_object_is_no_statement(text):
    assert "the measure, said the cap would return homes" not in statement_speakers(text)


STATEMENTS_OF_BATCHES_31_AND_32 = [
    # an aside of a participle between the subject and its verb
    ("The Daskerian Defence Ministry, asked about conditions in the city, said in a written reply that corridors "
     "were open.", "corridors were open", "Daskerian Defence Ministry"),
    # a relative clause in dashes
    ("Opposition spokesman Desmond Achterberg – who has led calls for an inquiry – said the minister was wrong.",
     "the minister was wrong", "Desmond Achterberg"),
    # a comma inside a number is no cut between subject and verb
    ("Dominic Okafor, president of Workers Local 2217, which represents about 870 workers at the 420,000-square-foot "
     "plant, said the union would push for more.", "the union would push for more", "Dominic Okafor"),
    # a noun phrase that goes on after its apposition
    ("An analysis by the Civilian Harm Monitor, an independent research group, of 1,200 names found that 62 percent "
     "were women.", "62 percent were women", "Civilian Harm Monitor"),
    # "Its secretary, NAME," opening the sentence, for "and said"
    ("Its provincial secretary, Sipho Mthembu, pointed to a shortage of teachers and said the department owed money.",
     "the department owed money", "Sipho Mthembu"),
]


@pytest.mark.parametrize("text, clause, speaker", SUBJECTS_BEFORE_A_PARTICIPLE + QUOTED_PHRASES_AND_OCCASIONS_BEFORE_THE_VERB
                         + WAYS_OF_STAYING_ANONYMOUS + STATEMENTS_OF_BATCH_29 + WHO_SAID_AND_QUALIFIED_FIGURES
                         + STATEMENTS_OF_BATCHES_31_AND_32)
def test_statements_of_batches_29_to_32(text, clause, speaker):
    found = statement_speakers(text)
    assert found.get(clause) == speaker, found


def test_a_statement_posted_on_a_website_and_the_coastguard_of_the_coast_guard():
    text = ("At least 61 people drowned, the Tamziran Coast Guard said. Rescuers pulled 38 survivors from the water, "
            "the coastguard said in a statement posted on its official website.")
    assert statement_speakers(text) == {"At least 61 people drowned": "Tamziran Coast Guard",
                                        "Rescuers pulled 38 survivors from the water": "Tamziran Coast Guard"}


def test_describing_it_as_credits_the_quotation_and_reports_nothing():
    text = "Ilse Maarvik spoke at the scene. Nobody was killed, she said, describing it as \"a miracle, given the speed\"."
    assert speakers_by_text(text) == {"a miracle, given the speed": "Ilse Maarvik"}
    assert 'it as "a miracle, given the speed' not in statement_speakers(text)


def test_a_quoted_phrase_in_a_relative_clause_is_the_antecedents():
    text = "The governor, Piet Ansgar, who had put the toll at “more than 60” on Saturday, said on Thursday it was wrong."
    assert speakers_by_text(text) == {"more than 60": "Piet Ansgar"}


@pytest.mark.parametrize("text", [
    "KESTRO, Marrendor (XNA) — Nineteen hostages were freed on Monday, the army said.",
    "KESTRO (XNA) - Nineteen hostages were freed on Monday, the army said.",
    "Kestro, 12 March (XNA) – Nineteen hostages were freed on Monday, the army said.",
    "KESTRO: Nineteen hostages were freed on Monday, the army said.",
    "A quiet week ended.\nKESTRO, Marrendor — Nineteen hostages were freed on Monday, the army said.",
])
def test_a_dateline_is_no_part_of_the_statement(text):
    assert statement_speakers(text) == {"Nineteen hostages were freed on Monday": "army"}


def test_a_figure_in_a_repeated_pledge_and_not_across_a_semicolon():
    from factcheck.extract import ExtractOptions as _Options
    got = {c.text: c.speaker for c in extract_article(Article(id="t", text=(
        "Transport Minister Anouk Delacourt-Haim, who visited the quay on Tuesday, repeated her pledge of 200,000 "
        "crowns for each bereaved family.\n\n18:45 - Polls close; turnout provisionally put at 47pc"),
        published=THURSDAY), _Options(kinds=("figure",)))}
    assert got["200,000 crowns"] == "Anouk Delacourt-Haim"
    assert got["47pc"] is None


@pytest.mark.parametrize("text, quote, speaker", [
    # a name someone gave in place of a full one, with or without commas
    ("Reached by phone, a teacher who gave only her first name, Amal, said the bread ran out. "
     "“I have no answer for her,” she said.", "I have no answer for her", "Amal"),
    ("A 15-year-old who asked to be identified only as Kito said he was taken from a pitch. "
     "“They told us we would be paid,” he said.", "They told us we would be paid", "Kito"),
    # a one-word name after a role in apposition, before a relative clause
    ("Kito's mother, Agnes, who walked 90 km to the centre, said she would keep him. “They know his face,” she said.",
     "They know his face", "Agnes"),
    # a lower-case title after an inverted verb; a title the article used before
    ('"We had no electricity," said principal Tebogo Malatji.', "We had no electricity", "Tebogo Malatji"),
    ('Education MEC Nomvula Dlamini-Khoza said 23 schools failed.\n\n"Each gets an adviser," the MEC said.',
     "Each gets an adviser", "Nomvula Dlamini-Khoza"),
    # a possessive pronoun opens the sentence the colon ends
    ("Gov. Ramon Valderama placed the province under a state of calamity.\n\nHis message to residents was simple: "
     "“Stay in the evacuation centers.”", "Stay in the evacuation centers.", "Ramon Valderama"),
])
def test_quote_speakers_of_batches_27_and_28(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


def test_a_verb_inside_a_compound_is_no_verb_of_saying():
    found = {c.text: c.speaker for c in statements_of("Well-informed sources said the talks had stalled.")}
    assert found == {"the talks had stalled": "Well-informed sources"}


def test_informed_takes_an_audience_like_told():
    found = {c.text: c.speaker for c in statements_of("Ann Cole informed the court that she had paid.")}
    assert found == {"she had paid": "Ann Cole"}


@pytest.mark.parametrize("text, quote, speaker", [
    # a name with an age after a copula, or after "For", is who a later "she" means
    ("Rania Costel, a lawyer, said the list was wrong.\n\nAmong those waiting was Sabine Oruga, 58, whose son was "
     "captured. He was not on the buses.\n\n“They told us his name was on the list,” she said.",
     "They told us his name was on the list", "Sabine Oruga"),
    ("Dr Ann Lee, a surgeon, said the list grew.\n\nFor Lorraine Kechego, 67, of Birch Narrows, the numbers are "
     "personal. She was referred in March.\n\n“I have had three falls since Christmas,” she said.",
     "I have had three falls since Christmas", "Lorraine Kechego"),
])
def test_a_name_with_an_age_after_a_copula_or_for(text, quote, speaker):
    quotes = speakers_by_text(text)
    assert quotes[quote] == speaker, quotes


def test_names_with_an_age_are_what_the_lookbehind_pattern_finds():
    import re as _re

    from factcheck.extract.speakers import _names_with_age_inside
    pattern = _re.compile(r"(?:(?<=, )|(?<=\bwas )|(?<=\bis )|(?<=\bFor ))([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}),"
                          r"\s+\d{1,3},\s")
    text = ("Among those waiting was Sabine Oruga, 58, and his Ann Lee, 4, and For Lorraine Kechego, 67, x. "
            "Thisis Ann Lee, 5, y; _is Bo Li, 6, z; is Ann Bo, 7, w, Kamla Devi Rao Lal, 58, sat")
    assert [(m.span(), m.groups()) for m in _names_with_age_inside(text)] == \
        [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, claim, kind, speaker", [
    # batch 40: a name given in a relative clause, with a role in apposition after it
    ("A caller who gave his name only as Viktor, a market gardener outside Dunmore, told the program his well "
     "had run dry.", "his well had run dry", "statement", "Viktor"),
    # ... and the name given is whom a later "she" means (not a body named before)
    ("Six people remain in hospital, according to Dunmore Royal Infirmary.\n\nThe first caller, who gave her name "
     "as Bernadette, did not hold back. “You sent nobody,” she told the mayor.", "You sent nobody", "quote",
     "Bernadette"),
    # "before adding": the participle goes on with the speaker, and ends the clause before it
    ("Hanna Lint spoke first. “We will not punish anybody,” she said, before adding: “We want to reach October.”",
     "We want to reach October.", "quote", "Hanna Lint"),
    ("The minister said 40 people died, before adding that 12 were missing.", "40 people died", "statement",
     "minister"),
    ("Greta Moll spoke at length. She went on to say that the sales team had been cut.",
     "the sales team had been cut", "statement", "Greta Moll"),
    # a role given first is the person named soon after with the same title
    ("The toll has risen to 14, the province’s emergency management director said Thursday.\n\nThe director, "
     "Ada Brenner-Holt, said 4,800 people had been evacuated.",
     "The toll has risen to 14", "statement", "Ada Brenner-Holt"),
    ("Cases have passed 1,900, the district’s top health official said on Wednesday.\n\nDr. Mara Kell, the district "
     "medical officer, said 37 people had died.", "Cases have passed 1,900", "statement", "Mara Kell"),
    # ... but not a person with another title
    ("The toll has risen to 14, the province’s emergency management director said Thursday.\n\nMayor Ada "
     "Brenner-Holt said 4,800 people had been evacuated.", "The toll has risen to 14", "statement",
     "province’s emergency management director"),
])
def test_speakers_of_batch_40(text, claim, kind, speaker):
    found = speakers_by_text(text, kind)
    assert found[claim] == speaker, found


@pytest.mark.parametrize("text, claim, kind, speaker", [
    # batches 41 and 42: an audience of a board, a document tabled in parliament
    ("The trust is spending £1.9m a month on staff, finance director Mira Ahlberg told its board last week.",
     "The trust is spending £1.9m a month on staff", "statement", "Mira Ahlberg"),
    ("The corridor will be short of 11,500 school places, Queensland’s Auditor-General, Meredith Tan, warned "
     "in a report tabled in parliament on Tuesday.", "The corridor will be short of 11,500 school places",
     "statement", "Meredith Tan"),
    # a company's name and the noun that stands for it
    ("DETROIT (MWS) — Hallbrook Motors will lay off 3,400 workers, the automaker said Wednesday.",
     "Hallbrook Motors will lay off 3,400 workers", "statement", "Hallbrook Motors"),
    ("LAGOS — Golden Palm Breweries Plc will cut 1,150 jobs, the company said.\n\nIn a filing, the brewer said "
     "it made a loss.", "it made a loss", "statement", "Golden Palm Breweries Plc"),
    # "it" after an opening phrase with no comma, and a body named with lower-case words before
    ("The Teyrek defence ministry gave a very different account. In a statement on Monday morning it said its "
     "forces had struck all targets.", "its forces had struck all targets", "statement", "Teyrek defence ministry"),
])
def test_speakers_of_batches_41_and_42(text, claim, kind, speaker):
    found = speakers_by_text(text, kind)
    assert found[claim] == speaker, found


@pytest.mark.parametrize("text", [
    # a pronoun after a relative word or a verb of saying is no subject of the verb after it
    "Pettifer moved the money into what he described as a “guaranteed” bond.",
    "Amina says she wrote it herself, the week the children went missing.",
])
def test_a_pronoun_inside_another_clause_is_not_a_speaker(text):
    found = [c.text for c in statements_of(text)]
    assert not any(t.startswith(("it herself", "as a")) for t in found), found


def test_the_outlets_own_finding_is_no_statement():
    text = "A Tribune analysis of state data found that the firm accounted for 18 percent of injuries."
    art = Article(id="t", text=text, source="Eastport Tribune", published=THURSDAY)
    assert [c for c in extract_article(art, OPTIONS) if c.kind == "statement"] == []
    # (another outlet's finding is one)
    art = Article(id="t", text=text, source="The Calder Ledger", published=THURSDAY)
    assert [c.speaker for c in extract_article(art, OPTIONS) if c.kind == "statement"] == ["Tribune"]


def test_a_relative_clause_is_no_role_of_the_name_before_it():
    # ("was admitted to the infirmary": a clause, though "infirmary" names a body)
    text = ("Kayleigh Brannigan, 29, whose youngest son, Alfie, was admitted to the infirmary last week, said she "
            "had put off his jab.\n\n‘He was so poorly,’ she said.")
    assert "Alfie" not in statement_speakers(text).values()
    assert speakers_by_text(text)["He was so poorly"] == "Kayleigh Brannigan"



def test_a_role_with_a_relative_clause_after_a_name_and_an_age():
    text = ('Jens Brekke lost by seven votes. Ole Sande won.\n\nBrekke, 58, a dairy farmer who has sat on the council '
            'since 2011, said he would appeal. "Seven votes is not a result," he told supporters.')
    # (by the fullest name the article gives, since batches 160-163 made a name that opens a
    # sentence, "Jens Brekke lost ...", a mention; before the rule on the role, nobody, and the
    # quote went to Sande)
    assert statement_speakers(text)["he would appeal"] == "Jens Brekke"
    assert speakers_by_text(text)["Seven votes is not a result"] == "Jens Brekke"


@pytest.mark.parametrize("text, speakers", [
    # batch 50: an initialism that ends a sentence keeps its full stop, and a capitalised word
    # like "Many" after it opens the next sentence
    ("Fighting has displaced more than 1.1 million people, according to the U.N. Many of the displaced "
     "have left their land.", ["U.N."]),
    ("Some 200 people died in the floods, said the U.N.", ["U.N."]),
    # "its" before a document is the body the sentence opens with
    ("The camp clinic has recorded 212 cases since July, according to its weekly bulletin.", ["camp clinic"]),
    ("The Tessalind Red Cross has recorded 212 cases since July, according to its weekly bulletin.",
     ["Tessalind Red Cross"]),
])
def test_initialisms_and_own_documents(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


def test_a_live_pages_time_stamp_is_neither_the_statement_nor_in_the_way_of_a_pronoun():
    text = ("A company spokeswoman said the plant was closed.\n\n"
            "15:10 – Governor Agnes Rauchenberger has announced an emergency fund. Households will receive "
            "up to 5,000 euros each, she told a press conference.\n\n"
            "13:55 – Some 1,800 firefighters are deployed across the region, the interior ministry says.")
    got = [(c.speaker, c.text) for c in statements_of(text)]
    assert got[1:] == [("Agnes Rauchenberger", "Households will receive up to 5,000 euros each"),
                       ("interior ministry", "Some 1,800 firefighters are deployed across the region")]


@pytest.mark.parametrize("text, speakers", [
    # a verb of saying that is a plural noun before an auxiliary is the noun
    ("Neighbouring states have sent another 25 pumping units.", []),
    ("Reports have emerged of fighting in the north.", []),
    ("The charter states that members must vote.", ["charter"]),
    # a place the sentence names is no body that "the shire council" could stand for
    ("About 1,100 people spent the night at the showgrounds and the Bellmore Leisure Centre, according to "
     "the shire council.", ["shire council"]),
    ("The Ketrania Civilian Harm Monitor recorded 87 deaths in May, the independent group said.",
     ["Ketrania Civilian Harm Monitor"]),
])
def test_nouns_that_look_like_verbs_and_places_that_look_like_bodies(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


def test_an_adverb_opening_a_sentence_is_no_source():
    text = "09:20 – Good morning. Overnight the number of confirmed deaths rose to four."
    arts = Article(id="t", text=text, source="t", published=THURSDAY)
    assert [c.speaker for c in extract_article(arts, ExtractOptions(kinds=("figure",)))] == [None]


@pytest.mark.parametrize("text, speakers", [
    # batch 53: the subject of a relative clause after a preposition and "which"
    ("The tribunal convicted a commander over a campaign in which prosecutors said at least 214 civilians "
     "were killed.", ["prosecutors"]),
    ("A video shows Teodor Vashkin reading a statement in which he asks his government to negotiate.",
     ["Teodor Vashkin"]),
    # "who" after a titled name and the body it serves
    ("The court also heard from Station Commander Pavel Grudzinski of the city fire service, who said his "
     "crews had carried 37 people.", ["Pavel Grudzinski"]),
    # "figures it presented": the body the sentence opens with
    ("The state forensic service has exhumed 356 bodies, according to figures it presented in court in May.",
     ["state forensic service"]),
])
def test_relative_clauses_and_documents_of_batch_53(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


def test_no_name_runs_across_a_paragraph():
    text = ("The hearing ended in May.\n\nThe National Bank of Kestria lifted its rate. "
            "The bank said 1,140 loans were affected.")
    assert [c.speaker for c in statements_of(text)] == ["National Bank of Kestria"]


def test_she_after_a_person_the_paragraph_opens_with_after_an_opening_phrase():
    text = ("In Tarvas, 40 km to the south, Emine Darakci is waiting for the same list. Her brother Selim, 29, "
            "was sentenced in 2021.\n\n“People here say my brother is a price,” she said.")
    arts = Article(id="t", text=text, source="t", published=THURSDAY)
    assert [c.speaker for c in extract_article(arts, ExtractOptions(kinds=("quote",)))] == ["Emine Darakci"]


@pytest.mark.parametrize("text, speakers", [
    # batches 57-60: a document's title in apposition is no speaker; the document's issuer is
    ("The Standards Board said on Tuesday that deaths had risen. The board’s annual report, ‘Contact and "
     "Consequence’, said 11 people were shot dead by officers.", ["Standards Board", "Standards Board"]),
    ("The Standards Board published its review on Tuesday. The review, titled Lessons Unlearned, says 14 "
     "people died in custody.", ["Standards Board"]),
    # a document's word after a possessive is the noun, not a verb of saying (but a shop's name
    # in the possessive is a speaker: "Dunmore's said")
    ("The ministry's report, “A Year of Loss”, said 40 people had died.", ["ministry"]),
    ("Retailer Dunmore's said it had removed the heaters from all 340 of its stores.", ["Retailer Dunmore"]),
    # a body's description in apposition: the body speaks
    ("The Bank of Kestria, a state lender, said 12 branches had closed.", ["Bank of Kestria"]),
    ("Orlan Motors, a carmaker, said 400 jobs would go.", ["Orlan Motors"]),
    # "the mission", "the command": the body named so before, though it never spoke
    ("The Civilian Monitoring Mission published its report on Monday.\n\nThe mission said 19 children "
     "were killed.", ["Civilian Monitoring Mission"]),
])
def test_documents_titles_and_bodies_of_batches_57_to_60(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text", [
    # batch 61: figures and data, with when they were published, are where a body said it
    "Mines killed 216 people last year, the Mine Action Centre said in figures published in April.",
    "Mines killed 218 people, the Mine Action Centre said in data released on Monday.",
])
def test_said_in_figures_published_in_a_month(text):
    assert [c.speaker for c in statements_of(text)] == ["Mine Action Centre"]


@pytest.mark.parametrize("text, speaker", [
    # batch 61: a body named earlier, given again by its last words in lower case
    ("The Presidential Office for Mine Action released its report on Monday.\n\nValdoria still has 41 "
     "municipalities with mined areas, the presidential office said.", "Presidential Office for Mine Action"),
    ("The National Ordnance Clearance Authority published figures on Monday.\n\nThe clearance authority "
     "said 47 people died.", "National Ordnance Clearance Authority"),
    # no body named so before: the words as written
    ("The regional health office said 40 people were ill.", "regional health office"),
])
def test_a_body_given_again_by_its_last_words_in_lower_case(text, speaker):
    assert [c.speaker for c in statements_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speakers", [
    # batch 65: the person given as the example speaks
    ("Residents like Tom Brandvold said the water rose faster than anyone expected.", ["Tom Brandvold"]),
    # a verb of saying, an occasion, then a relative clause of the occasion: nothing reported
    ("Castro said at a vigil on Monday that drew about 2,000 people.", []),
    ("Castro said at a rally on Monday that drew 2,000 people.", []),
    ("Castro said at a rally on Monday that police had arrested 12 people.", ["Castro"]),
])
def test_examples_and_occasions_of_batch_65(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # batch 64: a document released by a body named with a possessive, or named by its breakdown
    ("The state recorded 214 homicides in October, according to preliminary figures released on Monday by "
     "the state's Public Security Observatory.", ["Public Security Observatory"]),
    ("The Public Security Observatory said crime was down.\n\nAccording to the observatory's breakdown, the city "
     "accounted for 96 of the killings.", ["Public Security Observatory", "Public Security Observatory"]),
    # an age or "and" before a relative clause in commas: the verb after it is not inverted
    ("Tamang, 44, who has summited Everest nine times, said a team of 26 rescuers, including a dozen guides "
     "flown in from the Khumbu region, had been working in shifts since dawn.", ["Tamang"]),
    ("A woman who runs a bakery on Rua Sete, and who asked not to be named for fear of reprisals, said officers "
     "entered the house at about 6 a.m.", ["A woman who runs a bakery on Rua Sete"]),
    # batch 65: a correction note reports the outlet's own error, no one's words
    ("Correction: An earlier version said 13 people had been treated in hospital.", []),
    ("Correction: This story previously said Cyclone Hina was a Category 5 storm.", []),
])
def test_issuers_relatives_and_corrections_of_batches_64_and_65(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speakers, first", [
    # batch 68: "early on Monday" is when it was said, with a participle after it
    ("The alliance won 187 of the 300 seats, the central election commission announced early on Monday, handing "
     "the camp a majority.", ["central election commission"], "The alliance won 187 of the 300 seats"),
    ("Nolbeck police said late on Tuesday that they had detained the building's owner.", ["Nolbeck police"],
     "they had detained the building's owner"),
    # "it" is the body in lower case that opens the sentence before, through its relative clause
    ("The Citizens' Coordinator said 12 people died.\n\nThe health ministry, which on Thursday night confirmed three "
     "deaths, raised its own figure to four. It said 118 people had been treated in hospitals.",
     ["Citizens' Coordinator", "health ministry"], "12 people died"),
])
def test_times_of_saying_and_bodies_in_lower_case_of_batch_68(text, speakers, first):
    stmts = statements_of(text)
    assert [c.speaker for c in stmts] == speakers and stmts[0].text == first


@pytest.mark.parametrize("text, speaker, clause", [
    # batches 76-79: a body's noun, then its name, opens the sentence whose second verb reports
    ("The rights group Orvane Watch welcomed the report but said nine people were still missing.",
     "Orvane Watch", "nine people were still missing"),
    # "concluded that" reports a finding, as "found that" does
    ("The panel concluded that 14 of the cranes were unsafe.", "panel", "14 of the cranes were unsafe"),
])
def test_statements_of_blind_batches_76_to_79(text, speaker, clause):
    assert [(s.speaker, s.text) for s in statements_of(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, speakers", [
    # batches 80-83: "The Mission", capitalised and alone, is the body the article named with it
    ("Teams of the Joint Survey Mission for the Lower Valley (JSML) worked all week.\n\n"
     "The Mission says that 300 graves may lie under the fields.",
     ["Joint Survey Mission for the Lower Valley"]),
    # ... not whichever name ends in it ("Head of Mission" is a title)
    ("The Head of Mission, Ms. Ilse Barkow, visited the site.\n\nThe Mission says the work will take a year.",
     ["Mission"]),
    # "the association", "the service", "the board": a body named before with that noun
    ("The Tervian Association of Motor Insurers publishes its own count.\n\nIn a report published on Monday, "
     "the association said its members paid out on 1,046 claims.", ["Tervian Association of Motor Insurers"]),
    ("Crews of the Vallis County Ambulance Service were at the scene.\n\nThe service said 21 people were treated.",
     ["Vallis County Ambulance Service"]),
    # "the commission's report" when the commission never spoke
    ("The Commission on Missing Persons published its annual count on Monday.\n\n"
     "The commission's report asks the government to raise its budget.", ["Commission on Missing Persons"]),
    # "on" goes on with a name after a commission or an office, not after a service ("on" a street)
    ("The morgue of the Forensic Medical Service on Avenida Sul is full.\n\nThe service said it is keeping 1,846 "
     "bodies.", ["Forensic Medical Service"]),
    # words of one to three between the subject and its verb: "at first", "at the time"
    ("Police at the time said four people had died.", ["Police"]),
    # translated copy: "according to what was said by X" credits X
    ("Some 38 polling stations were annulled, according to what was said by the electoral council.",
     ["electoral council"]),
])
def test_bodies_short_names_and_translated_sources_of_batches_80_to_83(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # where a person is from, in commas after the name (and an age)
    ("Tomas Arlen, 54, from the village of Caldas, said he had received 38,000 lari.", ["Tomas Arlen"]),
    ("Ana Ruiz, from Corvel, said the water had reached the second floor.", ["Ana Ruiz"]),
    # "the company" is not the court or the regulator that spoke last
    ("Brennholt Energy said it was studying the ruling.\n\nA district court in Ostby said on Monday that the "
     "pipeline had leaked for 11 days.\n\nIn a statement, the company said it would appeal.",
     ["Brennholt Energy", "A district court in Ostby", "Brennholt Energy"]),
])
def test_origins_and_companies_of_batches_80_to_83(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, found", [
    # "adding that" after a quotation's frame: a clause whose verb no table knows, after "that"
    ("Claire Vasseur spoke on Monday.\n\n‘We wait,’ she said, adding that 17 workers now finance each pensioner.",
     [("Claire Vasseur", "17 workers now finance each pensioner")]),
    # an aside with "with", closed by a comma before the verb
    ("The mission, with 87 observers in 19 departments, said it had found no fraud.",
     [("mission", "it had found no fraud")]),
    # translated copy's verbs: "he specified", "assured that"
    ("Governor Ana Ruiz spoke late.\n\nThe hostages were freed at 18:40, she specified.",
     [("Ana Ruiz", "The hostages were freed at 18:40")]),
    ("The minister assured that 40 schools would reopen.", [("minister", "40 schools would reopen")]),
])
def test_translated_and_participle_statements_of_batches_80_to_83(text, found):
    assert [(c.speaker, c.text) for c in statements_of(text)] == found


@pytest.mark.parametrize("text, speakers", [
    # a name is not looked for across the end of a sentence ("... at Tel Sahran. The Mission")
    ("Teams of the Joint Survey Mission for the Lower Valley (JSML) worked all week. The governor said that 350 "
     "were buried at Tel Sahran. The Mission has not verified it.\n\nThe Mission says that 300 graves may lie "
     "under the fields.", ["governor", "Joint Survey Mission for the Lower Valley"]),
    # a date with a day and a month opens the sentence before its subject
    ("On 16 June the Governor said that 350 were buried at Tel Sahran.", ["Governor"]),
    ("In 2023 the ministry said that three clinics had closed.", ["ministry"]),
])
def test_sentence_ends_and_dated_openings_of_batches_80_to_83(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a document published "by the council", in lower case, is the body's the article named
    ("The Hallorn County Council met on Monday.\n\n212 people were hurt, according to figures published by the "
     "council in June.", ["Hallorn County Council"]),
    ("The mine had 12 safety violations, according to a notice published by the provincial mine safety bureau.",
     ["provincial mine safety bureau"]),
    # a plural document's owner ("the force's daily bulletins")
    ("The National Traffic Police said roads were busy. 27 people died on Saturday, according to the force's "
     "daily bulletins.", ["National Traffic Police", "National Traffic Police"]),
    # a name holding "Studies" is a body, not a document
    ("Analysts at the Halvard Institute for Air Defence Studies said the rate was closer to 80 percent.",
     ["Analysts at the Halvard Institute for Air Defence Studies"]),
])
def test_documents_published_by_bodies_of_batches_80_to_83(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text", [
    "Initial reports gave 212 dead; the ministry later raised the toll.",
    "Preliminary estimates put the damage at $40 million.",
])
def test_an_adjective_before_a_plural_cue_is_no_speaker(text):
    # "Initial reports gave ...": "reports" is the noun, "Initial" no one who reports
    assert [c.speaker for c in _claims(text) if c.kind == "statement"] == []


@pytest.mark.parametrize("text", [
    "By early April the council said 1,034 people had died.",
    "Within a week the council said 1,034 people had died.",
    "Two days later the council said 1,034 people had died.",
])
def test_a_time_phrase_before_the_subject_is_not_the_speaker(text):
    assert [c.speaker for c in _claims(text) if c.kind == "statement"] == ["council"]


def test_the_company_stands_for_a_body_of_one_word_that_spoke_before():
    # batches 88-91: "Northgrid ... said"; then "The company said" is Northgrid's (not a
    # word of the tables that spoke: "Police said ... The company said" names no company)
    text = ("Northgrid, which supplies electricity to most of the north, said 38,500 properties were off "
            "supply.\n\nThe company said it had restored power to more than 160,000 customers.")
    assert [(c.speaker, c.text[:21]) for c in statements_of(text)][-1] == ("Northgrid", "it had restored power")
    text = "Police said two men were arrested.\n\nThe company said it had restored power to 1,000 customers."
    assert statements_of(text)[-1].speaker != "Police"


@pytest.mark.parametrize("text, speaker, clause", [
    # batches 88-91: a time phrase alone before ", according to X," is no clause; the words after X are
    ("Last winter, according to the Shelter Coalition, at least 23 people died of exposure.", "Shelter Coalition",
     "at least 23 people died of exposure"),
    ("Since January, according to the UN, 300 people have fled.", "UN", "300 people have fled"),
    # a name that ends a clause takes a role only in closing commas
    ("Six people died in Velgrad and Tarn, the ministry said.", "ministry", "Six people died in Velgrad and Tarn"),
    # traders of every kind speak for themselves
    ("Prices rose 30% on Monday, up from 5% a year ago, brokers said.", "brokers",
     "Prices rose 30% on Monday, up from 5% a year ago"),
    # an event does, it does not say ("snapped" is a verb of saying too)
    ("The storm, which coated the valley in ice on Dec. 18 and 19, snapped 2,140 poles and brought down about "
     "900 kilometres of lines, utility president Ana Ruiz told reporters.", "Ana Ruiz",
     "The storm, which coated the valley in ice on Dec. 18 and 19, snapped 2,140 poles and brought down about "
     "900 kilometres of lines"),
])
def test_clauses_and_speakers_of_batches_88_to_91(text, speaker, clause):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, speakers", [
    # batches 88-91: a cleft sentence's subject speaks
    ("This year it is county councillor Mira Solbek who says the cameras are a tax on drivers.",
     ["Mira Solbek"]),
    # "It" after a body named in apposition to a noun that opens the sentence before
    ("Her party, the Road Users League, wants the cameras off. It says the income should be \"handed back\".",
     ["Road Users League"]),
    # a titled person's column speaks for that person, and a school is no person who spoke
    ("Councillor Aldo Pirrett's column last Thursday claimed that crime fell.\n\n"
     "In a letter to parents, the school said 40 pupils were ill.", ["Aldo Pirrett", "school"]),
])
def test_clefts_appositions_and_columns_of_batches_88_to_91(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speaker, clause", [
    # batches 92-95: a capitalised audience after "told" before a clause with no "that"
    ("County Administrator Rhonda Vela told the Board of Supervisors the attack had cost the county $2.7 million.",
     "Rhonda Vela", "the attack had cost the county $2.7 million"),
    # the name a group goes by
    ("A group calling itself BlackTessel claimed the attack, saying it had stolen 1.2 terabytes of data.",
     "BlackTessel", "it had stolen 1.2 terabytes of data"),
    # a title of two words before a name
    ("Harbour Master Ilko Draven said 112 passengers were aboard.", "Ilko Draven", "112 passengers were aboard"),
    # "on" between capitalised words is part of a body's name; before a day it ends the name
    ("The number rose to 21,480, according to figures released on Wednesday by the UN Office on Transnational "
     "Wildlife Crime.", "UN Office on Transnational Wildlife Crime", "The number rose to 21,480"),
    ("The toll rose to 40, according to the UN Council on Human Rights.", "UN Council on Human Rights",
     "The toll rose to 40"),
    ("The toll rose to 40, according to the ministry on Monday.", "ministry", "The toll rose to 40"),
])
def test_audiences_aliases_and_titles_of_batches_92_to_95(text, speaker, clause):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, speaker, clause", [
    # batches 96-99: a body's description with where it sits
    ("The Regional Locust Control Commission, an intergovernmental body based in Port Amaly, said 300,000 "
     "hectares were hit.", "Regional Locust Control Commission", "300,000 hectares were hit"),
    # a conjunction before a name with a role and a relative clause
    ("But Gareth Obi-Sandvik, general secretary of the General Workers’ Federation, which has 410,000 members, "
     "said pay fell 3%.", "Gareth Obi-Sandvik", "pay fell 3%"),
    # a subject alone before the attribution, its verb after it
    ("Ana Lund spoke on Friday. Employment, she noted, was still 41,000 higher than a year ago.", "Ana Lund",
     "was still 41,000 higher than a year ago"),
    # "before" as a preposition inside the clause's subject
    ("Ana Lund runs a shop. She said takings in the two weeks before Christmas were down by around 20%.",
     "Ana Lund", "takings in the two weeks before Christmas were down by around 20%"),
    # "claimed responsibility in a statement" is no inverted speaker
    ("The Red Steppe Front, an armed group that has fought the government in the north since 2011, claimed "
     "responsibility in a statement on its website, saying its fighters had killed 150 soldiers.",
     "Red Steppe Front", "its fighters had killed 150 soldiers"),
    # the name a group goes by, with "the" and small words
    ("A group calling itself the Sons of the Eastern Gate claimed the attack, boasting that it had killed 60 "
     "soldiers.", "Sons of the Eastern Gate", "it had killed 60 soldiers"),
    # an audience with an "of" phrase
    ("Police Superintendent Karl Devlin told a special meeting of the town council on Wednesday evening that 13 "
     "people had died.", "Karl Devlin", "13 people had died"),
    # "the airline" is the body named with one of an airline's name endings
    ("A Skyvale Airways jet landed in Corra after an engine fire. The airline said 14 people were hurt.",
     "Skyvale Airways", "14 people were hurt"),
    # "&" in a body's name after its noun; "the frozen-food maker" is the company
    ("Separately, department store chain Penhallow & Gray announced it would close 45 stores.", "Penhallow & Gray",
     "it would close 45 stores"),
    ("More than 300 workers at the Brennock Foods plant in Hollinsford will lose their jobs after the company "
     "confirmed it will close the site.", "Brennock Foods", "it will close the site"),
    # a date that opens the sentence, then "and said"
    ("On Monday, the ministry raised the toll to 64 and said that 212 people had been injured.", "ministry",
     "212 people had been injured"),
])
def test_speakers_of_batches_96_to_99(text, speaker, clause):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, speaker, clause", [
    # a time phrase between "and" and the second verb of the sentence's subject
    ("The government released 40 tonnes of grain, and on Wednesday appealed to donors to provide a further "
     "$22 million.", "government", "donors to provide a further $22 million"),
    ("The army seized the town and later said 40 fighters had died.", "army", "40 fighters had died"),
])
def test_a_second_verb_after_a_time_phrase(text, speaker, clause):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [(speaker, clause)]


def test_an_attribution_closed_by_a_dash():
    # batch 101: "..., the ministry said - up from 6,200": a hyphen standing for a dash
    text = ("So far 9,600 people have been ordered to leave their homes, the interior ministry said - up from 6,200 "
            "on Monday.")
    assert [(c.speaker, c.text) for c in statements_of(text)] == [
        ("interior ministry", "So far 9,600 people have been ordered to leave their homes")]


@pytest.mark.parametrize("text, speaker, clause", [
    # batches 100-103: more audiences after "told"
    ("The jail held 487 inmates on Tuesday, Sheriff Dale Hovarth told county commissioners this week.",
     "Dale Hovarth", "The jail held 487 inmates on Tuesday"),
    # figures a body provided to an outlet; records an outlet accessed
    ("The jail has averaged 451 inmates a day, according to figures the sheriff's office provided to the Courier.",
     "sheriff's office", "The jail has averaged 451 inmates a day"),
    ("212 of those released had been re-arrested, according to police records accessed by The Chronicle.",
     "police records", "212 of those released had been re-arrested"),
])
def test_speakers_of_batches_100_to_103(text, speaker, clause):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, speaker, clause", [
    # batch 107: a document a body released on a day; the body that published figures on a day
    ("Speed cameras issued 1.8 million fines last year, according to a report by the Office of the Comptroller "
     "released Tuesday.", "Office of the Comptroller", "Speed cameras issued 1.8 million fines last year"),
    ("Road deaths fell to 1,204, according to figures published yesterday by the Transport Agency.",
     "Transport Agency", "Road deaths fell to 1,204"),
    ("Locusts could reach the coast within weeks, according to a forecast issued on Monday by the Plant "
     "Protection Service.", "Plant Protection Service", "Locusts could reach the coast within weeks"),
    ("Fraud rose by a third, according to the annual Integrity Review published today by Clean Sport Watch.",
     "Clean Sport Watch", "Fraud rose by a third"),
    ("Separate figures from the Road Policing Unit showed that 9,310 drivers were arrested.",
     "Road Policing Unit", "9,310 drivers were arrested"),
    # batch 106: a body whose name ends in a list of words
    ("The Ministry of Lands, Housing and Urban Development said 3,100 homes had been destroyed.",
     "Ministry of Lands, Housing and Urban Development", "3,100 homes had been destroyed"),
    ("\"It gets worse every month,\" said Lena Varga of the Kessel League for Civil Rights, who told reporters "
     "that 14 villages had been emptied.", "Lena Varga", "14 villages had been emptied"),
])
def test_speakers_of_batches_104_to_107(text, speaker, clause):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [(speaker, clause)]


def test_claims_before_a_verb_of_level_is_the_noun():
    # batch 107: "The number of injury claims fell 3%" reports nothing
    assert statements_of("The number of injury claims fell 3% to 61,800, but payouts rose.") == []
    assert [c.speaker for c in statements_of("The union claims 400 jobs will go.")] == ["union"]


@pytest.mark.parametrize("text, speaker, clause", [
    # batch 108: a first verb with its object before "and told"
    ("The Lindvale Water Board closed three wells on Monday and told 12,000 residents to boil their water.",
     "Lindvale Water Board", "12,000 residents to boil their water"),
    ("The Lindvale Water Board shut three wells on Monday and told 12,000 residents to boil their water.",
     "Lindvale Water Board", "12,000 residents to boil their water"),
    # a number with commas in a request's object
    ("The council urged 12,000 residents to boil their water.", "council", "12,000 residents to boil their water"),
])
def test_speakers_of_batches_108_to_111(text, speaker, clause):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [(speaker, clause)]


def test_the_union_may_be_an_association_that_spoke_before():
    # batch 109: "the union said" after the Port Calder Education Association spoke
    text = ("The Port Vell Teachers' Association said 30 schools would close. The Port Vell School District said "
            "it would keep 12 open. Teachers voted 91% to strike, the union said.")
    assert [c.speaker for c in statements_of(text)][-1] == "Port Vell Teachers' Association"


def test_a_document_submitted_by_a_body_to_another_is_the_first_bodys():
    # batch 114: "according to data submitted by the KDA to the Vindhara High Court last week"
    text = ("Only 366 families have been paid in full, according to data submitted by the Kolvara Housing Board "
            "to the High Court last week.")
    assert [c.speaker for c in statements_of(text)] == ["Kolvara Housing Board"]


def test_a_plural_with_its_apostrophe_inside_a_body_name():
    # batch 117: "a survey published last week by the Association of Prisoners' Families (APF)"
    text = ("Most families spend half their income on visits, according to a survey published last week by the "
            "Union of Miners' Widows. The union said that 40 families had sold their homes.")
    assert [c.speaker for c in statements_of(text)] == ["Union of Miners' Widows"] * 2


@pytest.mark.parametrize("text, speakers", [
    # batches 136-139: "told" a gathering of two words ("a parliamentary committee")
    ("Only 40 claims were paid, Housing Minister Hana Ridl told a parliamentary committee on Monday.", ["Hana Ridl"]),
    # a body named in an aside after a document is where it was tabled, not who wrote it
    ("The Teller Audit Office reviewed the scheme. The report, tabled before the Budget Committee, found that "
     "1,200 grants were never paid.", ["Teller Audit Office"]),
    # "her report": the woman named before
    ("Inspector Mara Quill visited 30 depots, officials said. Her report found that 12 depots had no records.",
     ["officials", "Mara Quill"]),
])
def test_statement_speakers_of_batches_136_to_139(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # batch 136: a group described by its trade is the company the sentence names
    ("Brannock Holz has cut 900 jobs at its sawmills, the Tessan timber group said on Monday.", "Brannock Holz"),
    # not a group of another kind
    ("Brannock Holz has cut 900 jobs at its sawmills, the Tessan rights group said on Monday.", "Tessan rights group"),
])
def test_a_group_by_its_trade_is_the_company_named(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # batches 140-143: a person who opens a sentence after "But" is whom a later "he" means
    ("But Councillor Ilsa Marrow, who chairs the panel, rejected the claim. She said 40 posts had been cut.",
     ["Ilsa Marrow"]),
    # a capitalised trade before a name is a title
    ("Criminologist Oren Vasko of Tall Bridge University said burglaries had fallen 9 per cent.", ["Oren Vasko"]),
    # a superlative in apposition is no speaker
    ("Staff at Kell Memorial Hospital, the region's largest, said 300 patients had been moved.",
     ["Staff at Kell Memorial Hospital"]),
    # a place after a preposition that opens the sentence is no company
    ("In Marra town, the water utility says 20 pumps have failed.", ["water utility"]),
    # "citing" a reason gives no speaker; an opening participle is no subject
    ("He cut the forecast to 1.2 per cent, citing the fuel shortage.", []),
    ("Asked about claims that 12 wells had dried up, Mr Oduro said nothing.", []),
    # a chamber of commerce is a body; "the co-op", "the regulator" the ones named before
    ("Sales fell 8 per cent, the Tarrow Chamber of Commerce said.", ["Tarrow Chamber of Commerce"]),
    ("The Lune Farmers Cooperative said 90 farms were flooded. Another 40 were cut off, the co-op said.",
     ["Lune Farmers Cooperative", "Lune Farmers Cooperative"]),
    ("The Water Services Authority said bills would rise. They rise 6 per cent, according to the regulator's "
     "own figures.", ["Water Services Authority", "Water Services Authority"]),
    # a body described, then named in apposition
    ("Output fell to 300 megawatts, according to the state utility, Norvel Power.", ["Norvel Power"]),
])
def test_statement_speakers_of_batches_140_to_143(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # batches 144-147: the role's seat, then the name
    ('Stocks would last a week, said the Relief Agency Representative in Dorsk, Lena Varga.', ["Lena Varga"]),
    # a place in apposition to "the capital" is no speaker
    ("Only 12 per cent of the appeal is funded, according to the UN relief office in the capital, Pell.",
     ["UN relief office in the capital"]),
    # "a visitor" introduces the person a later "he" means
    ("Boats took 900 people off the beach, the Coast Guard said. Omar Tesh, a visitor from Varn, was among "
     'them. He said that 40 people had waited for hours.', ["Coast Guard", "Omar Tesh"]),
])
def test_statement_speakers_of_batches_144_to_147(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


def test_an_unnamed_worker_is_whom_he_means():
    # batches 148-151: "One scaffolder, who asked not to be named, told ... he had worked"; then "he said"
    text = ("One Tessan scaffolder, who asked not to be named, told the Courier he had worked through July. "
            "He said that 30 men shared one room.")
    assert [c.speaker for c in statements_of(text)] == ["One Tessan scaffolder"] * 2


@pytest.mark.parametrize("text", [
    "Food prices rose 14 per cent, citing ministry statistics.",
    "Food prices rose 14 per cent, citing the donors' figures.",
])
def test_citing_a_document_gives_a_source(text):
    # "citing" a reason gives no speaker (batches 140-143); a document, plural or owned, does
    assert len(statements_of(text)) == 1 and statements_of(text)[0].speaker


@pytest.mark.parametrize("text, speakers", [
    # batches 156-159: a title whose first word ends in -ing is no participle
    ("In a memo to staff, managing director Ilse Varnhagen said the plant would close.", ["Ilse Varnhagen"]),
    # whose title, capitalised as it opens the sentence, then the name and an apposition
    ("Tribunal chair Maren Oduya, a retired judge, said the evidence was thin.", ["Maren Oduya"]),
    # "the company", "the group": the firm the article introduced as one, though it never spoke
    ("Brask Re, the Orvian reinsurer, reported a loss. The group said claims had doubled.", ["Brask Re"]),
    ("Tollund Water's chief executive resigned on Monday. The company said repairs would take months.",
     ["Tollund Water"]),
    ("Ferrovale Systems will cut 900 jobs. Ferrovale had 12,000 staff in June, the company said.",
     ["Ferrovale Systems"]),
    # but not a body the article introduced as something else
    ("Flood agency Morvane says the river peaked. The national power company says 9,000 homes are dark.",
     ["Morvane", "national power company"]),
    ("Cases have fallen, but partners warn that the rains could reverse the trend.", ["partners"]),
    ("Four people have died, health chiefs confirmed on Friday.", ["health chiefs"]),
    ("Rents rose 9 per cent, according to the Senate Committee on Housing.", ["Senate Committee on Housing"]),
    ("Rents rose, according to a report published yesterday by the Senate Committee on Housing.",
     ["Senate Committee on Housing"]),
    ("The review, carried out by the consultancy Marr & Keel, found that 40 per cent of claims were late.",
     ["Marr & Keel"]),
    ("'It is worse,' said Tova Lind of the Renters' Alliance, which says it has logged 800 evictions.",
     ["Renters' Alliance"]),
    ("Tenants along the canal say the rents are too high.", ["Tenants along the canal"]),
    ("Homes had damp, Carl Dumont told the village Board of Trustees on Monday.", ["Carl Dumont"]),
    # a plural noun after a number is no verb of saying ("storm claims")
    ("Its director, Lev Orr, told the council that insurers paid 3.1 billion crowns in storm claims in 2023.",
     ["Lev Orr"]),
])
def test_statement_speakers_of_batches_156_to_159(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


def test_a_lead_in_phrase_before_a_parenthetical_attribution():
    # batches 156-159: "Without X, she said, Y": the reported clause is Y
    text = "The clinic applied for a grant. Without new funding, she said, the clinic would close in May."
    assert [c.text for c in statements_of(text)] == ["the clinic would close in May"]


@pytest.mark.parametrize("text, expected", [
    # batches 160-163: an inquest is an audience; "some of them" before an attribution is no
    # apposition ("Two of the men were ..., company spokesman Ivo Dane said")
    ("Team leader Fiona MacAulay told the inquest that 14 volunteers had reached the gully.",
     [("14 volunteers had reached the gully", "Fiona MacAulay")]),
    ("Two of the men were badly hurt, company spokesman Ivo Dane said, while the rest went home.",
     [("Two of the men were badly hurt", "Ivo Dane")]),
])
def test_statements_of_batches_160_to_163(text, expected):
    assert [(c.text, c.speaker) for c in statements_of(text)] == expected


def test_a_participle_after_with_is_an_adjective():
    # batches 160-163: "patients with confirmed infections": no one confirmed anything
    text = "The number of patients with confirmed infections has risen to 74, the agency said."
    assert [(c.text, c.speaker) for c in statements_of(text)] == [
        ("The number of patients with confirmed infections has risen to 74", "agency")]


@pytest.mark.parametrize("text, speakers", [
    # batches 164-167: a person of a firm is the person, whatever the firm's name looks like
    ("Lena Ruiz of Vantor Securities said rates would rise.", ["Lena Ruiz"]),
    # "The Panel" capitalised is the body named with that head
    ("The Panel of Experts met in May. The Panel said 40 ships broke the ban.", ["Panel of Experts"]),
    # a group's short name
    ("A study by the Open Ledger Initiative found gaps. Open Ledger said the list is weak.", ["Open Ledger Initiative"]),
    # who published a document, after a plural possessive and the kind of body
    ("Nearly 19 percent of pens were fake, according to a study published on Wednesday by the patients' "
     "rights group Medwatch Tarvia.", ["Medwatch Tarvia"]),
])
def test_statement_speakers_of_batches_164_to_167(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


def test_a_speaker_never_runs_over_a_paragraph():
    # batches 164-167: "the report said" looked back for a name and took "Medwatch Tarvia.\n\nResearchers"
    text = ("Nearly 19 percent of pens were fake, according to a study published on Wednesday by the patients' "
            "rights group Medwatch Tarvia.\n\nResearchers posing as customers bought 420 pens. Laboratory tests "
            "found that 47 were counterfeit.\n\nFewer than 15 of the shops kept insulin cold, the report said.")
    assert all("\n" not in (c.speaker or "") for c in statements_of(text))


def test_a_document_of_a_body_given_by_its_kind():
    # batches 164-167 (left at the round, mended after it): "the watchdog's report" is the report
    # of the body "the watchdog" stands for
    text = ("The National Audit Office said today that the scheme failed. The watchdog's report found that 40 "
            "per cent of trainees left.")
    assert [c.speaker for c in statements_of(text)] == ["National Audit Office", "National Audit Office"]


@pytest.mark.parametrize("text, speaker, clause", [
    # batches 168-171: managers are a group that speaks; a reader who wrote in to say it; a second
    # verb of the same speaker that repeats with "that"
    ("Surgery was suspended after managers said that all 46 beds were needed.", "managers",
     "all 46 beds were needed"),
    ("Lena Brodsky, from Vask, emailed to say her daughter's operation had been postponed again.", "Lena Brodsky",
     "her daughter's operation had been postponed again"),
    ("Rafael Andrenko said the door was open, and repeated that the offer of 6.1% was the highest this year.",
     "Rafael Andrenko", "the offer of 6.1% was the highest this year"),
])
def test_statements_of_batches_168_to_171(text, speaker, clause):
    assert (speaker, clause) in [(c.speaker, c.text) for c in statements_of(text)]


def test_a_line_his_ministry_repeated_reports_nothing_new():
    text = '"We do not negotiate," the minister told parliament in January, a line his ministry repeated when asked.'
    assert statements_of(text) == []


@pytest.mark.parametrize("text, speakers", [
    # batches 172-175: "It" after a sentence that opens with "In a statement ..., the trust";
    # "the researchers" are the ones named in full before; a body's seat is no part of its name
    ("In a statement issued on Wednesday, the Eastern Norvask Health Trust confirmed that nine patients had "
     "tested positive. It said two of them had died.", ["Eastern Norvask Health Trust"] * 2),
    ("Researchers at the University of Kaldmark said infections fell. The researchers said deaths were lower.",
     ["Researchers at the University of Kaldmark"] * 2),
    ("The Ministry of Health in the capital announced on Friday that it would release 95 million kordas.",
     ["Ministry of Health"]),
])
def test_statement_speakers_of_batches_172_to_175(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


def test_the_families_are_not_the_families_and_their_mediator():
    text = ("The families and a church mediator said talks had stalled. The families said they had paid 12.")
    assert [c.speaker for c in statements_of(text)][-1] == "families"


def test_a_forecast_that_is_reported():
    # batches 172-175: a forecast is a prediction, as "predicted that" is
    text = "Nadia Ferrow, chief economist at Kestrel Bank, forecast that food inflation would fall below 10% next year."
    assert [(c.speaker, c.text) for c in statements_of(text)] == [
        ("Nadia Ferrow", "food inflation would fall below 10% next year")]


def test_a_clause_after_said_is_no_inverted_speaker():
    # batches 176-179: "X, represented by Y, said the report vindicated them" has its clause after
    # "said" ("the report vindicated them" is no speaker of the words before it)
    text = ("Families of the victims, represented by the Bandari Justice Group, said the report vindicated them "
            "but called for criminal investigations.")
    assert [c.text for c in statements_of(text)][0].startswith("the report vindicated them")


def test_an_issuer_ends_before_its_sources():
    text = ("Fires at Loroma markets have killed at least 14 people since 2020, according to a tally compiled by "
            "CNS from police and media reports.")
    assert [c.speaker for c in statements_of(text)] == ["CNS"]


@pytest.mark.parametrize("text, speaker", [
    # batches 176-179: a body's records are the body's; the outlet's own analysis is no one's report
    ("Wild animals killed 412 people, according to Ministry of Forests records.", "Ministry of Forests"),
    ("Our analysis of the records shows that elephants were responsible for 61% of deaths.", None),
    ("Our correspondent Dalia Qaddoumi says the buses have left.", "Dalia Qaddoumi"),
])
def test_statement_speakers_of_batches_176_to_179(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # batches 180-183: a second verb after "dispute ... and"; figures a body supplied
    ("Community leaders dispute this figure and say the spill is several times larger.", "Community leaders"),
    ("Of the 41 bereaved families, 29 have received a first payment, according to figures the company supplied "
     "to the Courier.", "company"),
])
def test_statement_speakers_of_batches_180_to_183(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


def test_a_company_by_the_first_word_of_its_name():
    # batches 180-183: "Tessaline" after "Tessaline Gas Networks", as "Tarsh" after "Tarsh Movement"
    text = ("The documents were prepared by engineers at Tessaline Gas Networks, which operates the main.\n\n"
            "Tessaline announced on Wednesday that it would make interim payments to each displaced household.")
    assert [c.speaker for c in statements_of(text)] == ["Tessaline Gas Networks"]


def test_the_panel_is_the_inquiry_named_before():
    # batches 184-187: "the panel" stands for an inquiry, a commission or a committee (head_synonyms)
    text = ("In its final report, the Grid Failure Inquiry found that staff ignored warnings. The panel found that "
            "the corridor had been carrying about 1,900 megawatts.")
    assert [c.speaker for c in statements_of(text)] == ["Grid Failure Inquiry"] * 2


def test_the_subject_of_the_reported_clause_is_no_inverted_speaker():
    # batches 192-195: after "said", a noun phrase, an aside and a finite verb are what was said
    text = ("The report of the Harbour Inquiry, released in Tarn on Monday, said the army's nearest company, "
            "stationed 20 km away at Dorum, did not reach the port until dawn.")
    assert [c.speaker for c in statements_of(text)] == ["Harbour Inquiry"]


@pytest.mark.parametrize("text", [
    # batches 192-195: a gathering with a possessive, or with what it is of, is the audience
    "Dellow Housing told Monday's meeting that the hostel holds 90 men.",
    "Dellow Housing told the meeting of the district's housing committee that the hostel holds 90 men.",
    "Dellow Housing, which runs the site, told Monday's meeting of the district council that the hostel holds 90 men.",
])
def test_told_a_gathering_that(text):
    assert [(c.speaker, c.text) for c in statements_of(text)] == [("Dellow Housing", "the hostel holds 90 men")]


def test_told_the_board_of_a_body_then_the_clause_without_that():
    text = "County Administrator Ruth Amsel told the Board of Supervisors the outage had cost the county $2.1 million."
    assert [(c.speaker, c.text) for c in statements_of(text)] == [
        ("Ruth Amsel", "the outage had cost the county $2.1 million")]


def test_a_body_named_with_a_documents_noun_speaks_for_itself():
    # batches 196-199: "the Campus Safety Tally" is a project that keeps a tally, not a tally
    # whose issuer is the body named before (it was right before only because "the" was read as
    # a role before a person's name, which the same round stopped)
    text = ("Since 2018 there have been 19 shootings, according to the state Department of Education.\n\n"
            "Nationally, the Campus Safety Tally said 82 school shootings took place last year.")
    assert [c.speaker for c in statements_of(text)][-1] == "Campus Safety Tally"


def test_estimated_that_reports_a_clause():
    # batches 212-219: "estimated that" gives what was said, like "said that" (the held-out golds
    # annotate it as a statement about five times in six)
    text = "Police estimated that about 1,250 vehicles had been stranded."
    assert [(c.speaker, c.text) for c in statements_of(text)] == [("Police", "about 1,250 vehicles had been stranded")]


@pytest.mark.parametrize("text, speaker", [
    # batches 212-219: "the company" after a firm named with a company's noun as its "role", or
    # that opens the sentence before with a trade word at the end of its name
    ("The motorway operator, Vossel Autostrada, said it had deployed 64 snowploughs. Its chief executive, "
     "Harald Lintz, promised refunds. The company said that the refunds would cost it 1.9 million florins.",
     "Vossel Autostrada"),
    ("Tessaro Chemicals has issued its first statement. The company says the leak began at about 11:30.",
     "Tessaro Chemicals"),
    # "the agency" is no person the article named with a role where she spoke
    ('The Vessaly Rivers Authority said the spill had entered the river.\n\n"This is serious," said Gwen '
     'Marlowe, an environment manager.\n\nThe agency said that 40 per cent of the solvent had been recovered.',
     "Vessaly Rivers Authority"),
])
def test_the_company_and_the_agency_named_before(text, speaker):
    assert [c.speaker for c in statements_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 212-219: "it" after a body that opens the sentence before with an apposition, or
    # after a body's name read as a person's that spoke last
    ("The Border Rights Monitor, a network of lawyers and aid groups, has documented 143 pushbacks since 2022. "
     "It said that at least 41 people drowned.", "Border Rights Monitor"),
    ("The Interior Ministry said 63 smugglers were held.\n\nDesert Lifeline said it had recorded 97 deaths in "
     "three months. It said that up to 40% of the migrants try again.", "Desert Lifeline"),
    # "which" after an apposition that names nobody stands for the body before it
    ("Floods displaced 412,000 people, according to a survey by the Delta Relief Consortium, a group of 14 aid "
     "agencies, which says that most have not returned.", "Delta Relief Consortium"),
])
def test_it_and_which_after_an_apposition(text, speaker):
    assert [c.speaker for c in statements_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # batches 212-219: a year or a time after a document is no issuer ("a report from 2023")
    ("An internal Board report from 2023, seen by the radio, said that 4,000 weapons were in circulation.",
     "An internal Board report"),
    ("A police report from last year said 42 weapons were found.", "A police report"),
])
def test_a_time_after_a_document_is_no_issuer(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


def test_a_heading_above_the_paragraph_is_no_part_of_the_speaker():
    # batches 212-219: "CIVILIAN CASUALTIES" above "SCCM says" was read as the start of a name
    text = "The office issued its update.\n\nCIVILIAN CASUALTIES\n\nSCCM says that 212,000 people have been displaced."
    assert [c.speaker for c in statements_of(text)] == ["SCCM"]


@pytest.mark.parametrize("text, expected", [
    # batches 212-219: a verb of saying that ends in "that" has announced a clause, whatever
    # verbs it holds ("costs" read as a noun left "the closure costs ..." without one)
    ("The ministry estimates that the closure costs the economy nearly 9 million tolvars a day.",
     [("ministry", "the closure costs the economy nearly 9 million tolvars a day")]),
    ("The bank forecast that the closure costs 40 jobs a week.", [("bank", "the closure costs 40 jobs a week")]),
    # a job named with a body's noun opens the sentence: a person, not a body's kind
    ('Crane operator Dominik Saar said he heard the noise.\n\n"It was very faint," he said.',
     [("Dominik Saar", "he heard the noise")]),
    # a document's noun before a group's ("Local survey workers") is no document of a body "Local"
    ("Local survey workers said that 60 per cent of the land is mined.",
     [("Local survey workers", "60 per cent of the land is mined")]),
])
def test_statements_of_batches_212_to_219(text, expected):
    assert [(c.speaker, c.text) for c in statements_of(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    # batches 216-219: a document whose issuer is the subject of a verb after it; a document
    # "published last year"; "the tribunal's findings"
    ("According to figures the Ministry of Social Equity submitted to the court, 412 people died in sewers. "
     "The ministry said 361 families had received compensation.", ["Ministry of Social Equity"] * 2),
    ("A government survey published last year said that 3,200 people still clean sewers by hand.", ["A government survey"]),
    ("The men were overcome by gas within minutes, according to the tribunal\u2019s findings.", ["tribunal"]),
])
def test_documents_and_their_issuers_of_batches_216_to_219(text, speakers):
    assert [c.speaker for c in statements_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # batches 220-223: a document and its issuer ("National figures from the Board", "CorvaGrid's
    # incident reports"); a month after a document is its date
    ("According to CorvaGrid's incident reports, illegal connections were a factor in 82 of the deaths.", "CorvaGrid"),
    ("A government report in March said 23 of the 37 deaths occurred at night.", "A government report"),
    # "the company" is no document that spoke before, nor the agency of a dateline
    ("A parliamentary audit said that 38% of poles were past their design life. The company disputes that "
     "figure, saying it replaced 26,000 poles.", "company"),
    ("VESTRA, Sept 12 (Finwire) - Shares in Halcyon Water Holdings fell 18% after the company said a fire had "
     "shut its plant.", "Halcyon Water Holdings"),
    # a participle that opens the sentence is no name in apposition to "the judge"
    ("Judge Hester Lindqvist fined the firm.\n\nSentencing, the judge said the fine reflected its turnover.",
     "Hester Lindqvist"),
])
def test_speakers_of_batches_220_to_223(text, speaker):
    assert [c.speaker for c in statements_of(text)][-1] == speaker


def test_figures_from_a_body_are_that_bodys():
    # batches 220-223: "National figures from the Energy Regulatory Board" gave the figure to "National"
    claims = extract_article(Article.from_record(
        {"id": "t", "text": "National figures from the Energy Regulatory Board show 74 electrocution deaths last year.",
         "source": "Test Wire", "published": THURSDAY}, where="test"))
    assert [(c.text, c.speaker) for c in claims if c.kind == "figure"] == [("74", "Energy Regulatory Board")]


@pytest.mark.parametrize("text, speaker", [
    # batches 224-227: a role with no article opens the sentence, the name in apposition, then
    # two verbs ("disputed ... and said"); "counsel" is a role
    ("Defence counsel for Vesk, Anton Reyl, disputed the calculations and said the snow had been wetter.", "Anton Reyl"),
    ("Counsel for the family, Ada Moor, said four people died.", "Ada Moor"),
])
def test_a_bare_role_then_the_name_in_apposition(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


def test_a_month_after_a_document_with_its_participle_is_a_date():
    # batches 224-227: "figures presented to parliament in May": the month is when, not who
    text = "According to figures presented to parliament in May, the scheme's budget is just 3.2 million zambras."
    assert [c.speaker for c in statements_of(text)] == ["figures presented to parliament"]


@pytest.mark.parametrize("text, speaker", [
    # batches 228-231: a year after a month or "in" ends the document's subject; the verb after it
    # is no adjective of a number ("arrested 12 alleged members")
    ("A report published in May 2024 said that the river had flooded 40 homes.", "A report"),
    ("A survey in 2023 found that 60 wells were dry.", "A survey"),
])
def test_a_year_that_ends_a_documents_subject(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # batches 228-231: a recommendation or a proposal with a clause is reported speech
    ("The committee recommended that the ministry hold at least 90 days of stock.", "committee"),
    ("The panel proposes that every silo be inspected twice a year.", "panel"),
])
def test_a_recommendation_that_takes_a_clause(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # batches 228-231: an inquiry's name goes on "into the ..." ...
    ("The Commission of Inquiry into the Sabuni Market Killings said that 19 people died.",
     "Commission of Inquiry into the Sabuni Market Killings"),
    ("The collapse killed 19 people, the Independent Inquiry into the Hallam Ridge Dam Failure concluded.",
     "Independent Inquiry into the Hallam Ridge Dam Failure"),
    # ... and "the Commission" after it is the whole name
    ("The Commission of Inquiry into the Corvan Street Shootings sat for a year.\n\n"
     "The Commission recommends that the State pay 40 families.", "Commission of Inquiry into the Corvan Street Shootings"),
    # ... an inquiry told by what it looks into is the body the next paragraph names ...
    ("An independent inquiry into the explosion has concluded that 16 people died.\n\n"
     "The Kessin Explosion Inquiry\u2019s report, published on Wednesday, runs to 400 pages.", "Kessin Explosion Inquiry"),
    ("A parliamentary inquiry into the fish kill has found that 40 tonnes of fish died.\n\nThe report, published by "
     "the Assembly's Committee on Environment and Agriculture, runs to 90 pages.", "Committee on Environment and Agriculture"),
    # ... as is an inquiry not yet named ("a public inquiry has concluded")
    ("The blast killed nine people, a public inquiry has concluded.\n\nThe Commission of Inquiry into the Tessaly "
     "Quay Explosion published its report on Wednesday.", "Commission of Inquiry into the Tessaly Quay Explosion"),
    # ... else the inquiry as told
    ("The public inquiry into the Mirel Peak cable car disaster has found that the brake was disabled 23 times.",
     "public inquiry into the Mirel Peak cable car disaster"),
    # the one who chairs a body in apposition to it speaks for it
    ("The inquiry, chaired by Callum Ferrante, said 14 people died.", "Callum Ferrante"),
])
def test_inquiries_and_their_names(text, speaker):
    assert [c.speaker for c in statements_of(text)][:1] == [speaker]


def test_heads_of_names_that_go_on_with_on_are_a_table(tmp_path):
    # speech.toml's names_on: a user's rules file adds "Agency", and "the agency" is then the
    # whole name the article gave
    text = "The Agency on Rural Water met on Monday.\n\nThe agency said 300 wells were dry."
    assert [c.speaker for c in statements_of(text)] == ["agency"]
    extra = tmp_path / "mine.toml"
    extra.write_text('[names]\nnames_on = ["Agency"]\n')
    art = Article(id="t", text=text, published=THURSDAY)
    opts = ExtractOptions(rules_paths=(str(extra),))
    assert [c.speaker for c in extract_article(art, opts) if c.kind == "statement"] == ["Agency on Rural Water"]


def test_a_noun_like_a_verb_inside_what_was_said_is_no_new_attribution():
    # batches 228-231: "claims" after "estimated that civil" is the clause's noun, not a verb
    # whose subject is "Lawyers for the families estimated that civil"
    text = "Lawyers for the families estimated that civil claims against the company could exceed 200 million korins."
    assert [(c.speaker, c.text[:12]) for c in statements_of(text)] == [("Lawyers for the families", "civil claims")]


def test_the_company_is_no_person_who_heads_a_body():
    # batches 228-231: "head of the federation" is a person's role, though "federation" is a
    # body's noun: "the company" after it is the firm named before
    text = ("Terminal operator Halvek Grain Logistics said that it was cooperating with investigators.\n\n"
            "Teodor Velcu, head of the federation, told the agency that members had complained of dust.\n\n"
            "The company denied that any safety complaint had been ignored.")
    assert [c.speaker for c in statements_of(text)][-1] == "Halvek Grain Logistics"


@pytest.mark.parametrize("text, speaker", [
    # batches 228-231: a date or an occasion between "estimated" and "that"
    ("The statistics office estimated last year that some 46,000 people were still in debt bondage.", "statistics office"),
    ("The health body estimated in a report last year that 8 percent of children had been exposed.", "health body"),
    ("The panel recommended in 2019 that the camp be moved 600 metres down the valley.", "panel"),
])
def test_a_date_between_a_verb_and_its_that(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # batches 228-231: a relative clause in commas whose subject reports ("which the fire
    # service said started ..."); what it reports ends before the main clause's verb
    ("Five were hurt in the explosion, which the fire service said started in a dust collector.",
     [("fire service", "started in a dust collector")]),
    ("The blast, which witnesses said could be heard 8 miles away, ignited a warehouse.",
     [("witnesses", "could be heard 8 miles away")]),
    # ... but "which" is the object of a verb that reports no clause after it
    ("Under the agreement, which Qadira announced last week, the movement is to free 50 women.", []),
])
def test_a_relative_which_and_its_reporter(text, expected):
    assert [(c.speaker, c.text) for c in statements_of(text)] == expected


def test_a_verb_with_that_after_a_comma_is_not_inverted():
    # batches 228-231: "..., recommends that 19 police officers ... be investigated": the clause
    # after "that" is what was said; "19 police officers" is no speaker of the words before
    text = "The report, tabled in Parliament on Friday, recommends that 19 police officers be investigated."
    assert [c.text for c in statements_of(text)] == ["19 police officers be investigated"]


def test_a_subject_ends_in_no_conjunction():
    # batches 228-231: "the site and had recommended in 2019 that ...": "the site and" is the end
    # of the first clause, not the second verb's subject
    text = ("The service has rejected that account. It said it had never assessed the site and had "
            "recommended in 2019 that the camp be moved 600 metres down the valley.")
    assert "site and" not in [c.speaker for c in statements_of(text)]


def test_a_list_of_things_counted_is_no_speaker():
    # batches 228-231 (re-read): "..., hospital logs and 2,700 local news reports." is a list, not
    # "hospital logs and 2,700 local news" reporting the clause before; but "Sea Lantern and 31
    # other organisations said" is a speaker
    text = ("The team cross-checked police files against 4,300 death certificates, hospital logs and 2,700 "
            "local news reports.\n\nThe study recommends that every death in custody be reported within 24 hours.")
    assert [c.speaker for c in statements_of(text)] == ["study"]
    assert [c.speaker for c in statements_of("Sea Lantern and 31 other organisations said that 40 boats were seized.")] \
        == ["Sea Lantern and 31 other organisations"]


@pytest.mark.parametrize("text, speaker", [
    # batches 234-237: "A spokesperson" named by nothing else speaks for the body the sentence,
    # or the one before it in the paragraph, opens with
    ("The Brannock Regional Health Authority has confirmed a fourth death. A spokesperson said the man died "
     "during surgery.", "Brannock Regional Health Authority spokesperson"),
    ("Brenzay General Hospital, which sits inside the zone, has moved 56 patients, a spokeswoman said.",
     "Brenzay General Hospital spokeswoman"),
    # ... and stays as told where no body is named just before
    ("The weather was cold.\n\nA spokesman said 40 people were hurt.", "A spokesman"),
])
def test_a_spokesperson_of_the_body_just_named(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


def test_an_inquiry_told_at_length_is_named_by_its_words_before_into():
    # batches 234-237: a subject of more than twelve words was no subject at all; an inquiry
    # told by what it looks into may be that long, and is named as the golds name it
    text = ("An independent inquiry into last year's shortage of malaria medicines in Tamsin province has "
            "concluded that 47 deaths could have been prevented.\n\n"
            "The 212-page report, published on Tuesday, found that 96,000 treatment courses had expired.")
    assert [c.speaker for c in statements_of(text)] == ["independent inquiry", "independent inquiry"]


@pytest.mark.parametrize("text, expected", [
    # batches 234-237: "promising that", "vowing that" after a comma report a clause, as "adding
    # that" does ...
    ("The municipality moved 650 stallholders in August, promising that the move would last 18 months.",
     [("municipality", "the move would last 18 months")]),
    ("The minister visited the site, vowing that those responsible would be punished.",
     [("minister", "those responsible would be punished")]),
    # ... but a thing promised reports no words
    ("The minister visited the site, promising a review of the rules.", []),
])
def test_promising_that_after_a_comma(text, expected):
    assert [(c.speaker, c.text) for c in statements_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # batches 238-241: an adverb of how often between a subject and its verb is no part of it
    ("Researchers often estimate that miners use about 1.3 kilograms of mercury.", "Researchers"),
    # ... nor is an aside of how they spoke ("through their lawyers", "in a statement")
    ("The owners of the two centres, through their lawyers, said they had raised the wall.", "owners of the two centres"),
    ("The ministry, in a statement, said 40 people had died.", "ministry"),
])
def test_adverbs_and_asides_between_a_subject_and_its_verb(text, speaker):
    assert [c.speaker for c in statements_of(text)] == [speaker]


def test_a_request_whose_quotation_opens_before_to():
    # batches 238-241: 'called on donors "to match ..."' is a request, as 'called on donors to match'
    text = "The Humanitarian Coordinator called on donors \u201cto match that commitment within days, not months\u201d."
    assert [(c.speaker, c.text) for c in statements_of(text)] == [
        ("Humanitarian Coordinator", "donors \u201cto match that commitment within days, not months")]
