"""The figure extractor (factcheck.extract.figures): what it finds, how it labels it, and what it
leaves alone. The sentences are written for these tests, in the style of wire copy."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.articles import Article, read_articles
from factcheck.extract import ExtractOptions, extract_article
from factcheck.extract import figures as F
from factcheck.extract.text import Document

from .conftest import SEEDS

OPTIONS = ExtractOptions(kinds=("figure",))


def figures(text: str, published: str | None = "2024-03-08", options: ExtractOptions = OPTIONS):
    art = Article(id="t", text=text, published=published)
    out = list(F.extract(Document(art), options))
    for c in out:
        assert art.text[c.start:c.end] == c.text, (c.text, art.text[c.start:c.end])
        assert c.kind == "figure"
    return out


def one(text: str, **kw):
    found = figures(text, **kw)
    assert len(found) == 1, f"expected one figure in {text!r}, got {[(c.text, c.value) for c in found]}"
    return found[0]


def check(claim, expected: dict):
    for key, want in expected.items():
        got = getattr(claim, key)
        if isinstance(want, float) and got is not None:
            assert got == pytest.approx(want), f"{key}: got {got!r}, expected {want!r} ({claim.text!r})"
        else:
            assert got == want, f"{key}: got {got!r}, expected {want!r} ({claim.text!r} in {claim.sentence!r})"


# -- values: digits, words, scales, money, percent --------------------------------------------------

VALUES = [
    ("Officials counted 1,400 ballots by noon.", dict(value=1400.0, text="1,400", qualifier="exact")),
    ("The river rose 2.3 metres overnight.", dict(value=2.3, unit="meter", category="measure", text="2.3 metres")),
    ("The program reaches 1.2 million households.", dict(value=1.2e6, text="1.2 million")),
    ("The city set aside $25m for repairs.", dict(value=25e6, unit="USD", category="money", text="$25m")),
    ("Exports fell to 5.5bn last quarter.", dict(value=5.5e9, text="5.5bn")),
    ("Turnout reached 70% in the capital.", dict(value=70.0, unit="percent", category="percent", text="70%")),
    ("Inflation eased to 3.8 per cent.", dict(value=3.8, unit="percent", category="percent", text="3.8 per cent")),
    ("Twelve families returned to the village.", dict(value=12.0, text="Twelve")),
    ("The shelter took in two hundred and forty families.", dict(value=240.0, text="two hundred and forty")),
    ("Thirty-nine lawmakers signed the letter.", dict(value=39.0, text="Thirty-nine")),
    ("Police questioned a dozen witnesses.", dict(value=12.0, text="a dozen")),
    ("The appeal raised half a million pounds sterling.", dict(value=5e5, unit="GBP", category="money")),
    ("The region lost one-third of its harvest.", dict(value=1 / 3, text="one-third")),
    ("The ministry paid €40 million to the contractors.", dict(value=40e6, unit="EUR", category="money")),
    ("The flood covered 6 miles of coastline.", dict(value=6.0, unit="mile", category="measure")),
    ("The fire burned 9.7 km from the town.", dict(value=9.7, unit="kilometer", category="measure")),
]


@pytest.mark.parametrize("text, expected", VALUES)
def test_values(text, expected):
    check(one(text), expected)


# -- ranges ---------------------------------------------------------------------------------------

RANGES = [
    ("Between 100 and 150 students attended.", dict(value=100.0, low=100.0, high=150.0, qualifier="range", text="Between 100 and 150")),
    ("The survey found 100-150 nests.", dict(value=100.0, low=100.0, high=150.0, qualifier="range", text="100-150")),
    ("Organizers expect 100 to 150 boats.", dict(value=100.0, high=150.0, qualifier="range", text="100 to 150")),
    ("Grants of $10,000 to $20,000 will be offered.", dict(value=10000.0, high=20000.0, qualifier="range", unit="USD", category="money", text="$10,000 to $20,000")),
    ("The bank kept rates at 5.25%–5.5%.", dict(value=5.25, high=5.5, qualifier="range", category="percent")),
    ("The storm left 1.2 to 1.5 million homes without power.", dict(value=1.2e6, low=1.2e6, high=1.5e6, qualifier="range")),
]


@pytest.mark.parametrize("text, expected", RANGES)
def test_ranges(text, expected):
    check(one(text), expected)


# -- vague amounts ---------------------------------------------------------------------------------

VAGUE = [
    ("Dozens of people fled the fire.", dict(value=None, low=24.0, high=99.0, qualifier="vague", category="displaced")),
    ("Hundreds of homes were flooded.", dict(value=None, low=200.0, high=999.0, qualifier="vague")),
    ("Thousands marched through the city.", dict(value=None, low=2000.0, high=9999.0, qualifier="vague")),
    ("Tens of thousands of soldiers massed at the border.", dict(value=None, low=20000.0, high=99999.0, qualifier="vague")),
    ("Scores of volunteers joined the search.", dict(value=None, low=40.0, high=199.0, qualifier="vague")),
    ("Tens of millions of dollars will go to farmers.", dict(value=None, qualifier="vague", category="money", unit="USD")),
]


@pytest.mark.parametrize("text, expected", VAGUE)
def test_vague_amounts(text, expected):
    check(one(text), expected)


def test_vague_amounts_can_be_left_out():
    opts = ExtractOptions(kinds=("figure",), extra={"figure_vague": False})
    assert figures("Dozens of people fled and 12 were hurt.", options=opts)[0].value == 12.0
    assert len(figures("Dozens of people fled and 12 were hurt.", options=opts)) == 1


# -- qualifiers and their intervals ----------------------------------------------------------------

A, N = F.APPROX_TOLERANCE, F.NEARLY_TOLERANCE
QUALIFIERS = [
    ("At least 40 people were hurt.", "at_least", 40.0, None, "At least 40"),
    ("No fewer than 40 people were hurt.", "at_least", 40.0, None, "No fewer than 40"),
    ("More than 40 people were hurt.", "more_than", 40.0, None, "More than 40"),
    ("The quake injured over 40 people.", "more_than", 40.0, None, "over 40"),
    ("The toll tops 40.", "more_than", 40.0, None, "tops 40"),
    ("Upwards of 40 people were hurt.", "more_than", 40.0, None, "Upwards of 40"),
    ("Up to 40 people were hurt.", "at_most", 0.0, 40.0, "Up to 40"),
    ("As many as 40 people were hurt.", "at_most", 0.0, 40.0, "As many as 40"),
    ("Fewer than 40 people were hurt.", "less_than", 0.0, 40.0, "Fewer than 40"),
    ("Less than 40 people were hurt.", "less_than", 0.0, 40.0, "Less than 40"),
    ("About 40 people were hurt.", "approx", 40 * (1 - A), 40 * (1 + A), "About 40"),
    ("Some 40 people were hurt.", "approx", 40 * (1 - A), 40 * (1 + A), "Some 40"),
    ("Roughly 40 people were hurt.", "approx", 40 * (1 - A), 40 * (1 + A), "Roughly 40"),
    ("An estimated 40 people were hurt.", "approx", 40 * (1 - A), 40 * (1 + A), "An estimated 40"),
    ("Nearly 40 people were hurt.", "approx", 40 * (1 - N), 40.0, "Nearly 40"),
    ("Almost 40 people were hurt.", "approx", 40 * (1 - N), 40.0, "Almost 40"),
    ("Just over 40 people were hurt.", "more_than", 40.0, None, "Just over 40"),
    ("Officials said 40 or more people were hurt.", "at_least", 40.0, None, "40 or more"),
    ("40 people were hurt.", "exact", 40.0, 40.0, "40"),
    ("The damage is estimated to have reached $40 million.", "approx", 40e6 * (1 - A), 40e6 * (1 + A), "$40 million"),
]


@pytest.mark.parametrize("text, qualifier, low, high, span", QUALIFIERS)
def test_qualifiers(text, qualifier, low, high, span):
    c = one(text)
    check(c, dict(qualifier=qualifier, text=span))
    assert (c.low is None) == (low is None) and (c.high is None) == (high is None)
    if low is not None:
        assert c.low == pytest.approx(low)
    if high is not None:
        assert c.high == pytest.approx(high)


# -- categories: active, passive and nominal forms -------------------------------------------------

CATEGORIES = [
    ("Gunmen killed 1,400 people in the attack.", "killed", "people"),
    ("1,400 people were killed in the attack.", "killed", "people"),
    ("The attack left a death toll of 1,400.", "killed", None),
    ("By Friday the toll rose to 1,400.", "killed", None),
    ("The ministry reported 1,400 dead.", "killed", "dead"),
    ("Officials said 306 soldiers have been killed since the invasion.", "killed", "soldiers"),
    ("Three others died in hospital.", "killed", "others"),
    ("The blast wounded 57 passengers.", "wounded", "passengers"),
    ("At least 57 people were injured.", "wounded", "people"),
    ("Militants are holding 240 hostages.", "hostages", "hostages"),
    ("Between 90 and 120 people are believed to be held by the group.", "hostages", "people"),
    ("Some 35 fishermen were abducted off the coast.", "hostages", "fishermen"),
    ("Up to 300 people are missing after the landslide.", "missing", "people"),
    ("Some 80 climbers remain unaccounted for.", "missing", "climbers"),
    ("The group freed 24 captives on Sunday.", "released", "captives"),
    ("Twenty prisoners are to be released on Monday.", "released", "prisoners"),
    ("Police arrested 61 protesters.", "detained", "protesters"),
    ("Nearly 340,000 residents have been displaced by the fighting.", "displaced", "residents"),
    ("More than 5,000 families fled the town.", "displaced", "families"),
    ("The drought has affected 2.3 million farmers.", "affected", "farmers"),
    ("Officials say 4 million people are in need of food aid.", "affected", "people"),
    ("Some 137 aid trucks crossed the border.", "aid", "aid trucks"),
    ("The army said it struck 450 targets overnight.", "attacks", "targets"),
    ("The militants fired 120 rockets at the city.", "attacks", "rockets"),
    ("Only nine other bombings have killed more people.", "attacks", "other bombings"),
    ("Crews rebuilt more than 2,000 homes.", "count", "homes"),
    ("Employers added 187,000 jobs in August.", "count", "jobs"),
]


@pytest.mark.parametrize("text, category, subject", CATEGORIES)
def test_categories(text, category, subject):
    check(one(text), dict(category=category, subject=subject))


def test_including_inherits_the_enclosing_category():
    found = figures("Strikes have killed 9,500 people, including 4,104 children, the ministry said.")
    assert [(c.value, c.category) for c in found] == [(9500.0, "killed"), (4104.0, "killed")]


def test_including_takes_the_verb_of_the_clause_before():
    c = one("The group released the first batch of hostages on Friday, including 13 Israelis who have been held since October.")
    check(c, dict(value=13.0, category="released", subject="Israelis", unit="person"))


def test_two_figures_in_one_coordinated_clause_share_the_predicate():
    found = figures("Officials said 13 Israelis and 12 Thais were freed on Friday.")
    assert [(c.value, c.category) for c in found] == [(13.0, "released"), (12.0, "released")]


def test_a_bare_number_carries_the_category_of_the_one_before():
    found = figures("Four people were killed at the market and six at the station, police said.")
    assert [(c.value, c.category) for c in found] == [(4.0, "killed"), (6.0, "killed")]


def test_a_bare_number_carries_over_to_the_next_sentence():
    found = figures("The coroner has named 41 of the dead. Of those, 12 were children.")
    assert [(c.value, c.category) for c in found] == [(41.0, "killed"), (12.0, "killed")]


def test_a_report_or_contrast_between_figures_stops_the_carry_over():
    # a counted noun after "adding that" / "while" is read as in a sentence of its own
    found = figures("Nine climbers died on the ridge, the guides said, adding that 40 hikers were brought down safely.")
    assert [(c.value, c.category) for c in found] == [(9.0, "killed"), (40.0, "count")]
    found = figures("Six fishermen drowned, while 14 sailors reached the shore.")
    assert [(c.value, c.category) for c in found] == [(6.0, "killed"), (14.0, "count")]
    # a bare number still takes the category across the break, as it does across sentences
    found = figures("Six fishermen drowned on Monday, officials said, and three on Tuesday.")
    assert [(c.value, c.category) for c in found] == [(6.0, "killed"), (3.0, "killed")]


@pytest.mark.parametrize("sentence, expected", [
    # quotation marks between the number, its noun and its predicate are read through
    ('The rebels insisted that "no more than six" people had died.', [(6.0, "killed", "at_most")]),
    ('Medics said "at least 40 students" were treated for injuries.', [(40.0, "wounded", "at_least")]),
    ('A further 9,000 are "at immediate risk" of flooding, the agency said.', [(9000.0, "affected", "exact")]),
    # the subject of a verb of level stands before a relative clause that holds a governor
    ("The death toll from the cyclone that struck the coast on Monday rose to 215.", [(215.0, "killed", "exact")]),
    ("The number of people who died in the fire rose to 31.", [(31.0, "killed", "exact")]),
    ("The death toll from a magnitude 7.0 quake that hit the valley rose to 88.",
     [(7.0, "measure", "exact"), (88.0, "killed", "exact")]),
    # found missing on a third blind batch (these sentences are new ones in the same forms)
    ("Nine hostages held in the north were handed over on Friday.", [(9.0, "released", "exact")]),
    ("Some 2,000 people in coastal villages have been affected.", [(2000.0, "affected", "approx")]),
    ('The army said its troops had killed "about 300 fighters".', [(300.0, "killed", "approx")]),
    ("Two medics were among the dead.", [(2.0, "killed", "exact")]),
    ("About 14 people were in critical condition.", [(14.0, "wounded", "approx")]),
    ("Some 80 people are believed to be trapped under the rubble.", [(80.0, "missing", "approx")]),
    ("Four aid workers were killed.", [(4.0, "killed", "exact")]),
    ("Around 120 wounded patients were moved south.", [(120.0, "wounded", "approx")]),
    ("The death toll from the storms that swept the coast on Sunday rose to 140.", [(140.0, "killed", "exact")]),
    ("Officials warned that the toll could reach 500.", [(500.0, "killed", "exact")]),
    ("About 5,000 residents were ordered to evacuate.", [(5000.0, "displaced", "approx")]),
    ("The region's 3 million people need clean water.", [(3000000.0, "affected", "exact")]),
    ("Some 1.2 million people, or 40 percent of the population, have been displaced.",
     [(40.0, "percent", "exact"), (1200000.0, "displaced", "approx")]),
    ("At least 30 people drowned and dozens more were missing.", [(30.0, "killed", "at_least")]),
    # found missing on a fourth blind batch (new sentences in the same forms)
    ("The village lies about 20 kilometres (12 miles) from the coast.",
     [(20.0, "measure", "approx"), (12.0, "measure", "approx")]),
    ("Only 30 of the 75 trucks of flour have arrived.", [(30.0, "aid", "exact"), (75.0, "aid", "exact")]),
    ("More than 900 residents of hill villages have been evacuated.", [(900.0, "displaced", "more_than")]),
    ("The list names 40 prisoners eligible for release.", [(40.0, "released", "exact")]),
    ("An estimated 2 million people face crisis levels of hunger.", [(2000000.0, "affected", "approx")]),
    ("Winds reached 140 kmph.", [(140.0, "measure", "exact")]),
    ("Nearly 50,000 people were moved to shelters.", [(50000.0, "displaced", "approx")]),
    ("Another 120 people are recorded as missing.", [(120.0, "missing", "exact")]),
    ("At least 800 patients are without access to dialysis.", [(800.0, "affected", "at_least")]),
    ("Some 300 wounded patients and 2,000 displaced people are trapped in the hospital.",
     [(300.0, "wounded", "approx"), (2000.0, "displaced", "exact")]),
    ("Cases rose to 2,140 on Monday.", [(2140.0, "affected", "exact")]),
    ("Turnout was 47pc.", [(47.0, "percent", "exact")]),
    ("Cases doubled to 4,800, while hospitalisations rose by a fifth.", [(0.2, "count", "exact"), (4800.0, "count", "exact")]),
    # found missing on a fifth blind batch (new sentences in the same forms)
    ("Roughly 900,000 of the region's 1.2 million residents have been displaced.",
     [(900000.0, "displaced", "approx"), (1200000.0, "count", "exact")]),
    ("Two of its hired drivers were killed on the road.", [(2.0, "killed", "exact")]),
    ("Seven hostages held for 14 months by the militia were handed over on Monday.", [(7.0, "released", "exact")]),
    ("Three firefighters were treated for burns.", [(3.0, "wounded", "exact")]),
    ("Nine of the men needed hospital treatment.", [(9.0, "wounded", "exact")]),
    ("The trucks carried 12 tonnes of therapeutic food.", [(12.0, "aid", "exact")]),
    ("Each refugee receives about 1,200 kilocalories a day.", [(1200.0, "measure", "approx")]),
    ("The town had recorded one homicide in five years.", [(1.0, "killed", "exact")]),
    ("Inspectors carried out checks at 200 chemical plants.", [(200.0, "count", "exact")]),
    ("The draft would open 12 aid corridors.", [(12.0, "count", "exact")]),
    ("More than 3 million people, more than half of the population, need humanitarian assistance.",
     [(3000000.0, "affected", "more_than")]),
    ("Some 40,000 households were left without power.", [(40000.0, "affected", "approx")]),
    # a reservoir's water is a measure, not a delivery (this was a strict xfail until 2026-11-25)
    ("The dam holds 2.1 billion cubic metres of water.", [(2.1e9, "measure", "exact")]),
    ("The lorries brought 30,000 litres of water.", [(30000.0, "aid", "exact")]),
    # found missing on a sixth blind batch
    ("The yield fell 9 basis points.", [(9.0, "percent", "exact")]),
    ("Hourly earnings rose 9 cents.", [(9.0, "money", "exact")]),
    ("Samples had a strength of 12 megapascals.", [(12.0, "measure", "exact")]),
    ("Four officials were yesterday jailed over the collapse.", [(4.0, "detained", "exact")]),
    ("Some 50,000 people in three provinces needed aid.", [(3.0, "count", "exact"), (50000.0, "affected", "approx")]),
    ("About 11,000 people remain under evacuation orders.", [(11000.0, "displaced", "approx")]),
    ("As many as 2,000 people are staying in 40 relief camps.", [(40.0, "count", "exact"), (2000.0, "displaced", "at_most")]),
    ("The farmer lost his mother and two nephews.", [(2.0, "killed", "exact")]),
    # found missing on a seventh blind batch
    ("Nearly 90,000 people in 120 villages have been affected.", [(120.0, "count", "exact"), (90000.0, "affected", "approx")]),
    ("Gunmen killed 30 people and took roughly 200 others hostage.", [(30.0, "killed", "exact"), (200.0, "hostages", "approx")]),
    ("Rescuers said 1,200 people had been rescued.", [(1200.0, "count", "exact")]),
    ("The trucks carried 3,000 blankets, 900 tarpaulins and 40 tonnes of rations.",
     [(40.0, "aid", "exact"), (900.0, "aid", "exact"), (3000.0, "aid", "exact")]),
    ("The doctor said three of them died at the scene.", [(3.0, "killed", "exact")]),
    # held in detention is detained, held by a group is hostages
    ("About 600 migrants are being held at the Varo detention centre.", [(600.0, "detained", "approx")]),
    ("About 60 people are being held by the militia.", [(60.0, "hostages", "approx")]),
    # a list counts the people it names
    ("Researchers checked 900 names on the army's list of the missing.", [(900.0, "missing", "exact")]),
    # measures of supplies
    ("Crews handed out 80,000 litres of drinking water.", [(80000.0, "aid", "exact")]),
    ("Tankers deliver about 50,000 litres a day to the camp.", [(50000.0, "aid", "approx")]),
    ("The ship sank 12 nautical miles off the cape.", [(12.0, "measure", "exact")]),
    ("The health ministry received 400,000 doses of measles vaccine.", [(400000.0, "aid", "exact")]),
    # people who fell ill, moved into shelters, or were taken to hospital
    ("More than 700 villagers fell ill after drinking from the well.", [(700.0, "affected", "more_than")]),
    ("Some 6,000 people have crossed from the north since Friday.", [(6000.0, "displaced", "approx")]),
    ("The school gym now shelters more than 900.", [(900.0, "displaced", "more_than")]),
    ("About 3,000 residents are still living in temporary shelters.", [(3000.0, "displaced", "approx")]),
    ("Eleven miners were taken to hospital with burns.", [(11.0, "wounded", "exact")]),
    # currency names after the number
    ("The council approved 40 million dinars for repairs.", [(40000000.0, "money", "exact")]),
    ("The fine was 250,000 Swedish crowns.", [(250000.0, "money", "exact")]),
    ("Damage was put at 3 billion Egyptian pounds.", [(3000000000.0, "money", "exact")]),
])
def test_categories_in_new_prose(sentence, expected):
    want = sorted((round(v, 6), c, q) for v, c, q in expected)
    assert _figure_triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Among those freed was Mira Holt, 71, who had been held for 50 days.",
    "Jonas Berg, 34, said he heard the blast; his mother, 88, was unhurt.",
    "The dead included teenagers, aged 15 and 17.",
    "The victims ranged in age from 19 to 64.",
    "Doctors treated children under five for dehydration.",
    "Survivors clung to the hull and let go one after another.",
])
def test_ages_and_idioms_are_not_figures(sentence):
    assert figures(sentence) == []


def test_the_number_of_things_is_not_carried_over():
    found = figures("Twelve fishermen remain missing. Officials put the number of damaged houses at 3,500.")
    assert [(c.value, c.category) for c in found] == [(12.0, "missing"), (3500.0, "count")]


def test_a_number_in_commas_after_a_month_or_a_weekday_is_a_figure():
    assert [c.value for c in figures("In March, 40 people died. On Tuesday, 12 more were found.")] == [40.0, 12.0]


def test_a_currency_code_written_against_the_number():
    found = figures("The court ordered them to pay Rs2 million each and a fine of Rs800,000.")
    assert [(c.text, c.value, c.unit, c.category) for c in found] == [
        ("Rs2 million", 2000000.0, "INR", "money"), ("Rs800,000", 800000.0, "INR", "money")]


def test_currency_names_have_units():
    assert one("The council approved 40 million dinars for repairs.").unit == "dinar"
    assert one("Damage was put at 3 billion Egyptian pounds.").unit == "EGP"
    assert one("Loans of 200 million yuan were agreed.").unit == "CNY"


def test_another_does_not_override_a_predicate():
    found = figures("Nine people were killed and another 31 were injured.")
    assert [(c.value, c.category) for c in found] == [(9.0, "killed"), (31.0, "wounded")]


def test_a_list_of_names_counts_the_people_named():
    assert one("Police released the names of 55 of the dead.").category == "killed"
    assert one("The group published the names of 14 women and children to be freed.").category == "released"


def test_measures_of_aid_are_aid():
    found = figures("Israel agreed to allow 130,000 liters (34,300 gallons) of fuel a day into Gaza.")
    check(found[0], dict(value=130000.0, category="aid", unit="liter", text="130,000 liters"))
    check(found[1], dict(value=34300.0, category="aid", unit="gallon"))


def test_measured_hours_are_a_measure():
    check(one("In May the average workweek was 34.4 hours."), dict(value=34.4, category="measure", unit="hour"))


def test_people_counts_have_unit_person():
    assert one("Rescuers pulled 14 survivors from the rubble.").unit == "person"
    assert one("Rescuers found 14 Egyptians in the rubble.").unit == "person"
    assert one("Workers cleared 14 roads.").unit is None


def test_user_rules_add_category_words(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text('[categories.attacks]\nnouns = ["flotillas"]\n')
    text = "The navy turned back 14 flotillas."
    assert one(text).category == "count"
    opts = ExtractOptions(kinds=("figure",), rules_paths=(str(extra),))
    assert one(text, options=opts).category == "attacks"


# -- superseded -------------------------------------------------------------------------------------

SUPERSEDED = [
    ("The toll was revised to around 1,200 from a previous estimate of 1,400.", [(1200.0, False), (1400.0, True)]),
    ("Officials lowered the toll to 1,200, down from more than 1,400.", [(1200.0, False), (1400.0, True)]),
    ("The figure was 126, up from 120 reported on Saturday.", [(126.0, False), (120.0, True)]),
    ("The number of missing fell to 66, down from 385 a week earlier.", [(66.0, False), (385.0, True)]),
    ("The count of missing rose from 100 to 150 overnight.", [(100.0, True), (150.0, False)]),
    ("About 300 people were evacuated.", [(300.0, False)]),
]


@pytest.mark.parametrize("text, expected", SUPERSEDED)
def test_superseded(text, expected):
    assert [(c.value, c.superseded) for c in figures(text)] == expected


def test_superseded_takes_the_category_of_the_figure_that_replaced_it():
    found = figures("Israel lowered its death toll to about 1,200 people, down from more than 1,400.")
    assert [(c.value, c.category, c.qualifier) for c in found] == [(1200.0, "killed", "approx"), (1400.0, "killed", "more_than")]


# -- event dates ----------------------------------------------------------------------------------

DATES = [
    ("Gunmen killed 30 people on Oct. 7, officials said.", "2023-11-03", "2023-10-07"),
    ("The October 7 attack killed 1,200 people.", "2023-11-03", "2023-10-07"),
    ("Floods killed 12 people on Tuesday.", "2023-11-03", "2023-10-31"),  # 2023-11-03 is a Friday
    ("Floods killed 12 people on Friday.", "2023-11-03", "2023-11-03"),   # the same weekday is the publication day
    ("Floods killed 12 people on Tuesday.", None, None),                  # published unknown
    ("Floods killed 12 people on Dec. 20.", "2023-11-03", "2022-12-20"),  # never after publication
    ("Floods killed 12 people.", "2023-11-03", None),
    ("Twelve people were killed, authorities said Thursday.", "2023-11-03", None),  # the day of saying is not the event's
]


@pytest.mark.parametrize("text, published, event_date", DATES)
def test_event_date(text, published, event_date):
    assert one(text, published=published).event_date == event_date


# -- speaker and cue (the simple in-sentence forms) ------------------------------------------------

def test_according_to_gives_speaker_and_cue():
    c = one("More than 300 people have been killed, according to the Health Ministry.")
    assert (c.speaker, c.cue) == ("Health Ministry", "according to")


def test_said_at_the_end_gives_speaker():
    c = one("Eight people were killed at the bar, state police said Thursday.")
    assert (c.speaker, c.cue) == ("state police", "said")


def test_no_speaker_when_the_article_states_it():
    assert one("Eight people were killed at the bar.").speaker is None


# -- speaker from the speech analysis: quotes, reported clauses, sources ------------------------


def _by_text(text: str) -> dict:
    return {c.text: c for c in figures(text)}


@pytest.mark.parametrize("text, figure, speaker, cue", [
    # a figure inside a quote is the quote's speaker's, by the fullest name the article gives
    ('Governor Amina Bello visited the camp. "We counted 312 families here," Bello said.', "312", "Amina Bello", "said"),
    # a reported clause, with the pronoun resolved to the name
    ("Dr Karin Holm runs the clinic. She said that 41 patients had been admitted.", "41", "Karin Holm", "said"),
    # a verb whose subject gives the figure after it, without reporting speech
    ("The Association of Mayors, which compiles data from towns, put the death toll at 66.", "66", "Association of Mayors", "put"),
    ("Labour Minister Rokeya Rahman announced Tk 2 lakh for each family.", "Tk 2 lakh", "Rokeya Rahman", "announced"),
    ("The football federation suspended all matches and pledged 1.5 million dinars to the families.",
     "1.5 million dinars", "football federation", "pledged"),
    # "per" credits a name, never a unit
    ("Unemployment rose to 4.6 per cent, per the statistics office.", "4.6 per cent", "statistics office", "per"),
])
def test_speaker_from_the_speech_analysis(text, figure, speaker, cue):
    c = _by_text(text)[figure]
    assert (c.speaker, c.cue) == (speaker, cue)


@pytest.mark.parametrize("text, figure", [
    # a noun, not a verb: "its estimate", "an estimated"
    ("Floods damaged an estimated 1,200 water points.", "an estimated 1,200"),
    # passive: the figure is the subject's, no one gives it
    ("May's figure was revised down to 147,000.", "147,000"),
    # a subordinate clause after the object: the verb's subject does not give the toll
    ("Tarsia announced the start of the operation, hours after gunmen killed at least 1,400 people.", "at least 1,400"),
    # a document is not a source
    ("The median forecast was for a gain of 150,000 jobs.", "150,000"),
    # units after "per" are no speakers
    ("Gusts reached 230 kilometres per hour.", "230 kilometres per hour"),
    ("The payments are $180 per person.", "$180"),
])
def test_no_speaker_from_nouns_units_and_other_clauses(text, figure):
    c = _by_text(text)[figure]
    assert c.speaker is None, (c.speaker, c.cue)


def test_figure_speakers_do_not_depend_on_the_kinds_asked_for():
    text = ('Mayor Lena Ortiz spoke at the school. "Two kids are in hospital," she said. '
            "Police said 14 people were hurt. The ministry put the toll at 9.")
    art = Article(id="t", text=text, published="2024-03-08")
    alone = [(c.text, c.speaker) for c in F.extract(Document(art), OPTIONS)]
    from factcheck.extract import extract_article
    full = [(c.text, c.speaker) for c in extract_article(art, ExtractOptions()) if c.kind == "figure"]
    assert alone == full
    assert dict(alone) == {"Two": "Lena Ortiz", "14": "Police", "9": "ministry"}


# -- not figures ----------------------------------------------------------------------------------

NOT_FIGURES = [
    ("The talks began on Oct. 7 in Cairo.", "date"),
    ("The talks began on 7 October 2023 in Cairo.", "date"),
    ("Fighting raged between the afternoons of 2 and 3 January.", "day list"),
    ("The law was passed in 2019.", "year"),
    ("The ceasefire collapsed at 7:08 p.m. local time.", "time"),
    ("The meeting starts at 9 a.m. sharp.", "time"),
    ("The curfew begins at 12:00 on the dot.", "time"),
    ("The parties agreed to a four-day truce.", "duration"),
    ("No rain fell in the past 24 hours.", "time window"),
    ("The suspect was caught eight days earlier.", "time window"),
    ("They have been held for nearly seven weeks.", "duration"),
    ("One month after the fire, crews were still clearing debris.", "duration"),
    ("The 40-year-old suspect fled on foot.", "age"),
    ("Most victims were in their 70s.", "age"),
    ("The victim was under the age of 10.", "age"),
    ("A man aged 34 was detained.", "age"),  # "detained" alone, no number
    ("It was her third visit this year.", "ordinal"),
    ("The first batch arrived by truck.", "ordinal"),
    ("He finished 15th in the race.", "ordinal"),
    ("The agency issued Flash Update #83.", "identifier"),
    ("The council adopted Resolution 2712.", "identifier"),
    ("Traffic was blocked on Route 232, police said.", "identifier"),
    ("Two F-16 jets flew over the city.", None),  # "Two" is a figure; "F-16" is not (checked below)
    ("The first 911 calls came in at dusk.", "identifier"),
    ("Storm Daniel hit the coast hard.", "name"),
    ("The firm sold its L2 unit.", "inside a word"),
    ("The COVID-19 rules were lifted.", "identifier"),
    ("One of the people said the weapon was bought legally.", "pronoun"),
    ("No one was hurt in the blast.", "pronoun"),
    ("The unrest of the 1960s left scars.", "decade"),
    ("Police stand by 24/7.", "idiom"),
]


@pytest.mark.parametrize("text, why", NOT_FIGURES)
def test_not_figures(text, why):
    found = figures(text)
    if why is None:
        assert [c.text for c in found] == ["Two"], found
    else:
        assert found == [], f"{why}: {[c.text for c in found]}"


def test_under_the_age_of_keeps_the_count_but_not_the_age():
    found = figures("There was one listed victim under the age of 10.")
    assert [(c.value, c.text) for c in found] == [(1.0, "one")]


def test_a_number_of_hours_in_a_time_window_is_not_a_measure_but_a_statistic_is():
    assert figures("Rescuers worked for 36 hours straight.") == []
    assert one("The average workweek was 40.1 hours.").category == "measure"


# -- the seed ---------------------------------------------------------------------------------------

def test_seed_golden():
    (art,) = read_articles(SEEDS / "000_7c609068368f20e4.txt")
    found = list(F.extract(Document(art), OPTIONS))
    got = [(c.value, c.category, c.qualifier, c.event_date, c.low, c.high) for c in found]
    assert got == [
        (1400.0, "killed", "at_least", "2023-10-07", 1400.0, None),
        (5000.0, "wounded", "more_than", "2023-10-07", 5000.0, None),
        (240.0, "hostages", "more_than", "2023-10-07", 240.0, None),
    ], got
    assert [c.text for c in found] == ["at least 1,400", "over 5,000", "over 240"]
    assert all(c.unit == "person" and c.superseded is False for c in found)
    for c in found:
        assert art.text[c.start:c.end] == c.text


# -- properties ---------------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    _check_claims(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "at least", "about", "between", "and", "to", "-", "1,400", "12", "2.5", "million", "$", "%", "per cent",
    "twenty", "one", "a", "dozen", "dozens of", "people", "were", "killed", "Oct.", "7", "on", "Tuesday",
    ",", ".", "(", ")", "down from", "more than", "hundred", "half", "third", "km", "hours", "\n\n", "including",
    "of", "the", "-year-old", "#", "F-", "Route", "9/11", "1/2", "½", "e5", "minus", "bn", "m",
]), max_size=40).map(" ".join))
def test_never_raises_on_number_like_text(text):
    _check_claims(text)


def _check_claims(text):
    art = Article(id="h", text=text, published="2024-01-01")
    for c in F.extract(Document(art), OPTIONS):
        assert text[c.start:c.end] == c.text
        for v in (c.value, c.low, c.high):
            assert v is None or math.isfinite(v)
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        assert c.superseded in (True, False)


# -- regressions from probing prose in other styles -------------------------------------------------

def test_own_predicate_beats_the_enclosing_figure():
    found = figures("The group still holds 136 hostages, of whom about 30 are believed to be dead.")
    assert [(c.value, c.category) for c in found] == [(136.0, "hostages"), (30.0, "killed")]


def test_prisoners_exchanged_for_hostages_are_released():
    found = figures("Some 50 hostages were freed in exchange for 150 Palestinian prisoners.")
    assert [(c.value, c.category) for c in found] == [(50.0, "released"), (150.0, "released")]


def test_a_comparison_with_another_period_is_not_superseded():
    found = figures("The agency recorded 1,045 deaths in 2022, compared with 987 in 2021.")
    assert [(c.value, c.superseded) for c in found] == [(1045.0, False), (987.0, False)]


def test_a_year_earlier_without_when_is_not_superseded():
    found = figures("Revenue rose 12% from a year earlier, and the firm said it would cut 1,800 jobs.")
    assert [(c.value, c.category, c.superseded) for c in found] == [(12.0, "percent", False), (1800.0, "count", False)]


def test_an_earthquake_that_struck_is_not_an_attack():
    assert one("The magnitude 7.5 earthquake struck at dawn.").category == "measure"


def test_death_toll_behind_a_long_subject():
    found = figures("The death toll from Monday's landslide in the northern valley rose to 61 on Friday, up from 44 a day earlier.")
    assert [(c.value, c.category, c.superseded) for c in found] == [(61.0, "killed", False), (44.0, "killed", True)]


def test_up_to_after_a_change_verb_is_not_a_bound():
    assert one("The jobless rate ticked up to 4.1 per cent.").qualifier == "exact"


def test_predicate_beyond_a_dash_aside():
    found = figures("About 1.9 million people — roughly 85% of the population — have been displaced.")
    assert [(c.value, c.category) for c in found] == [(1.9e6, "displaced"), (85.0, "percent")]


@pytest.mark.parametrize("sentence, category", [
    ("About 300 homes — most of them built of timber — were destroyed.", "count"),
    ("About 300 people — most of them women — were killed.", "killed"),
    ("Some 120 people, mostly women and children, were wounded.", "wounded"),
    ("At least 40 people, officials said, were killed.", "killed"),
    # an unclosed dash is no aside
    ("About 300 people — and then the rain came and everyone was killed.", "count"),
])
def test_asides_do_not_block_the_predicate(sentence, category):
    assert figures(sentence)[0].category == category


def test_a_dash_aside_leaves_the_percentage_a_percentage():
    found = figures("Roughly 85% of the district's homes — most of them built of timber — were destroyed.")
    assert [(c.value, c.category, c.qualifier) for c in found] == [(85.0, "percent", "approx")]


@pytest.mark.parametrize("sentence, value", [
    ("A 6.2 earthquake hit the island.", 6.2),
    ("A magnitude 6.2 earthquake struck the coast.", 6.2),
    ("A 7.1-magnitude quake hit the region on Monday.", 7.1),
    ("The quake measured 5.9.", 5.9),
    ("The quake measured 5.9 on the Richter scale.", 5.9),
    ("A 5.4 aftershock followed an hour later.", 5.4),
])
def test_bare_magnitude(sentence, value):
    found = figures(sentence)
    assert [(c.value, c.category) for c in found] == [(value, "measure")]


def test_quakes_counted_are_a_count():
    assert one("12 earthquakes hit the region last year.").category == "count"


def test_a_noun_before_a_verb_the_subject_took_in():
    assert one("30 rockets hit Tel Aviv.").category == "attacks"


@pytest.mark.parametrize("sentence, qualifier", [
    ("Prices edged up to 3.1 percent.", "exact"),
    ("The toll crept up to 412.", "exact"),
    ("The unemployment rate climbed to 4.3%.", "exact"),
    ("Exports rose to 1,200 tonnes.", "exact"),
    ("The death toll fell to 30.", "exact"),
    ("Up to 300 people were killed.", "at_most"),
    ("The storm could leave up to 2,000 people homeless.", "at_most"),
])
def test_up_to_bounds_only_without_a_verb_of_change(sentence, qualifier):
    assert one(sentence).qualifier == qualifier


@pytest.mark.parametrize("sentence, category", [
    ("About 4,000 refugees crossed into Chad.", "displaced"),
    ("More than 500 migrants crossed the border on Tuesday.", "displaced"),
    ("Some 2,300 people arrived at the camp overnight.", "displaced"),
    ("About 120 families arrived at the shelter.", "displaced"),
    # things that cross are not people
    ("Some 40 aid trucks crossed into Gaza.", "aid"),
])
def test_people_crossing_or_arriving_at_camps_are_displaced(sentence, category):
    assert one(sentence).category == category


def test_death_toll_behind_a_long_subject_climbed():
    found = one("The death toll from Monday's landslide in the northern hills climbed to 87.")
    assert (found.value, found.category, found.qualifier) == (87.0, "killed", "exact")


def test_odd_case_letters_do_not_break_dates():
    found = one("On ſunday 5 people were killed.")
    assert (found.value, found.category) == (5.0, "killed")


@pytest.mark.parametrize("sentence, values", [
    ("At least 360 people were hurt.", [360.0]),  # a count, though "360-degree" is an idiom
    ("A 360-degree review found 12 faults.", [12.0]),
    ("The vote was 50-50.", []),
    ("They won 2-1 before 4,000 fans.", [4000.0]),
])
def test_idioms_are_not_figures_but_their_numbers_elsewhere_are(sentence, values):
    from factcheck.articles import Article
    from factcheck.extract import ExtractOptions, extract_article

    found = extract_article(Article(id="i", text=sentence), ExtractOptions(kinds=("figure",)))
    assert [c.value for c in found] == values


# -- unseen prose: wire-style paragraphs outside the dev domains ----------------------------------
# Wars other than Gaza, quakes, floods, storms, epidemics, migration, economy, elections, courts.
# Each paragraph lists every figure it holds (vague amounts aside) as (value, category,
# qualifier); durations, ages, years, times, ordinals and identifiers in it must not appear.
# Shares in words ("a third of", "one in five") are one figure, as "one-third" is.

UNSEEN_PROSE = [
    ("Russian shelling killed four civilians and wounded 11 others in Kherson overnight, the regional governor said. Ukraine's air force said it shot down 23 of 31 drones launched at the country.",
     [(4.0, 'killed', 'exact'), (11.0, 'wounded', 'exact'), (23.0, 'attacks', 'exact'), (31.0, 'attacks', 'exact')]),
    ('Two of the wounded were in critical condition. A drone strike on a bus station killed one person and injured nine, officials said.',
     [(2.0, 'wounded', 'exact'), (1.0, 'killed', 'exact'), (9.0, 'wounded', 'exact')]),
    ('Kyiv and Moscow exchanged 190 prisoners of war on Wednesday, the third swap this year. Ukraine says more than 8,000 of its soldiers remain in Russian captivity.',
     [(190.0, 'released', 'exact'), (8000.0, 'hostages', 'more_than')]),
    ('The besieged city has been without power for 40 days, and aid agencies estimate that 120,000 people remain trapped inside. A convoy of 14 trucks carrying 300 tonnes of flour reached the outskirts on Monday.',
     [(120000.0, 'affected', 'approx'), (14.0, 'aid', 'exact'), (300.0, 'aid', 'exact')]),
    ('A magnitude 6.8 earthquake struck the mountainous region at 3:17 a.m., killing at least 312 people. Rescuers said 150 people were still missing and about 2,400 homes had been destroyed.',
     [(6.8, 'measure', 'exact'), (312.0, 'killed', 'at_least'), (150.0, 'missing', 'exact'), (2400.0, 'count', 'approx')]),
    ('Floods have forced more than 45,000 people from their homes across three provinces, the disaster agency said. Around 1.2 million people are affected, and a third of the farmland is under water.',
     [(45000.0, 'displaced', 'more_than'), (3.0, 'count', 'exact'), (1200000.0, 'affected', 'approx'), (0.333333, 'count', 'exact')]),
    ('The storm made landfall with winds of 210 km/h. Nearly 600,000 homes lost power and 38 shelters opened for evacuees.',
     [(210.0, 'measure', 'exact'), (600000.0, 'count', 'approx'), (38.0, 'count', 'exact')]),
    ('Health officials reported 1,245 new cholera cases and 17 deaths in the past week, bringing the total since the outbreak began to 9,870 cases. One in five patients is a child under the age of five.',
     [(1245.0, 'affected', 'exact'), (17.0, 'killed', 'exact'), (9870.0, 'affected', 'exact'), (0.2, 'count', 'exact')]),
    ('The ministry said 3.4 million doses had been administered during the second wave, covering 62 per cent of adults. Hospital admissions rose 14% in the week to Sunday.',
     # (doses given out are counted, as batch 45's annotator has it; doses shipped or delivered are aid)
     [(3400000.0, 'count', 'exact'), (62.0, 'percent', 'exact'), (14.0, 'percent', 'exact')]),
    ('At least 61 migrants drowned when their boat capsized off the coast, the UN migration agency said. The coastguard rescued 25 survivors, and dozens remain missing.',
     [(61.0, 'killed', 'at_least'), (25.0, 'count', 'exact')]),
    ('More than 2,700 people crossed the Channel in small boats last month, the Home Office said, up from 1,900 in the same month last year.',
     [(2700.0, 'displaced', 'more_than'), (1900.0, 'displaced', 'exact')]),
    ('Inflation fell to 3.2 per cent in March from 3.9 per cent in February, while the central bank kept its main rate at 5.25%. The government has set aside £4.5bn for energy support, and the deficit reached €12bn.',
     [(3.2, 'percent', 'exact'), (3.9, 'percent', 'exact'), (5.25, 'percent', 'exact'), (4500000000.0, 'money', 'exact'), (12000000000.0, 'money', 'exact')]),
    ('The company will cut between 1,500 and 2,000 jobs over the next two years, saving $300m to $400m a year. Its shares more than doubled in 2021.',
     [(1500.0, 'count', 'range'), (300000000.0, 'money', 'range')]),
    ('The incumbent won 54.3% of the vote, or roughly 8.1 million ballots, on a turnout of 71 percent. Her rival took 38 seats in the 150-member parliament.',
     # (the size before "-member" is a count since batches 192-195: the held-out annotators take it)
     [(54.3, 'percent', 'exact'), (8100000.0, 'count', 'approx'), (71.0, 'percent', 'exact'), (38.0, 'count', 'exact'),
      (150.0, 'count', 'exact')]),
    ('Police arrested 47 people after clashes in the capital, and 12 officers were hurt. A court later sentenced three men to 15 years in prison.',
     [(47.0, 'detained', 'exact'), (12.0, 'wounded', 'exact'), (3.0, 'detained', 'exact')]),
    ('Forty-two people were killed in the attack, including 11 children, the health ministry said. The 10 victims identified so far were all from the same village.',
     [(42.0, 'killed', 'exact'), (11.0, 'killed', 'exact'), (10.0, 'killed', 'exact')]),
    ("Hundreds of families fled the fighting, and tens of thousands more are sheltering in schools. A quarter of the city's 400,000 residents have left.",
     [(400000.0, 'count', 'exact'), (0.25, 'count', 'exact')]),
    ('The army said it had killed 35 fighters in a series of raids and seized 200 rifles.',
     [(35.0, 'killed', 'exact'), (200.0, 'count', 'exact')]),
    ('Gunmen kidnapped 80 students from a boarding school in the state, police said.',
     [(80.0, 'hostages', 'exact')]),
    ('Wildfires have burned more than 150,000 hectares since June, and some 3,000 firefighters are battling the blazes. The fire came within 5 miles of the town.',
     [(150000.0, 'measure', 'more_than'), (3000.0, 'count', 'approx'), (5.0, 'measure', 'exact')]),
    ('Prices rose 0.4 percentage points to 2.9%, the statistics office said. Unemployment was unchanged at 4.1 per cent, and wages grew by an average of £35 a week.',
     [(0.4, 'percent', 'exact'), (2.9, 'percent', 'exact'), (4.1, 'percent', 'exact'), (35.0, 'money', 'exact')]),
    ('The World Health Organization said 14 countries had reported cases of the new variant. Since January, 2,150 people have died of measles in the region.',
     [(14.0, 'count', 'exact'), (2150.0, 'killed', 'exact')]),
    ('Typhoon Haima damaged 12,000 houses and destroyed 3,500 more, leaving 80,000 people homeless. The government sent 500 tonnes of rice and 20,000 hygiene kits.',
     [(12000.0, 'count', 'exact'), (3500.0, 'count', 'exact'), (80000.0, 'displaced', 'exact'), (500.0, 'aid', 'exact'), (20000.0, 'aid', 'exact')]),
    ('Israeli strikes killed 9 people in southern Lebanon on Tuesday, and Hezbollah said it fired 40 rockets at northern Israel. Six soldiers were lightly injured.',
     [(9.0, 'killed', 'exact'), (40.0, 'attacks', 'exact'), (6.0, 'wounded', 'exact')]),
    ("Sudan's army and the RSF have been fighting since April 2023; the conflict has killed an estimated 15,000 people and displaced 8.6 million. At 10:30 on Monday, a shell hit a market, killing 23.",
     [(15000.0, 'killed', 'approx'), (8600000.0, 'displaced', 'exact'), (23.0, 'killed', 'exact')]),
    ('Officials said seven people died in the landslide, bringing the death toll from the monsoon season to 214. Eighty-one remain unaccounted for.',
     [(7.0, 'killed', 'exact'), (214.0, 'killed', 'exact'), (81.0, 'missing', 'exact')]),
    ('Authorities evacuated 9,500 residents from low-lying areas.',
     [(9500.0, 'displaced', 'exact')]),
    ('Turkish air strikes hit 32 targets in northern Iraq and Syria overnight, the defence ministry said, adding that 59 militants were "neutralised".',
     [(32.0, 'attacks', 'exact'), (59.0, 'count', 'exact')]),
    ('The number of people seeking asylum rose by 18% to 84,000 last year. About one in three applications was approved.',
     [(18.0, 'percent', 'exact'), (84000.0, 'count', 'exact'), (0.333333, 'count', 'approx')]),
    ("A 22-year-old man was charged with murder and will appear in court on Friday. He faces up to 25 years in jail. The victim's family offered a reward of $10,000.",
     [(10000.0, 'money', 'exact')]),
    ('Three people were killed and 14 injured when a missile hit an apartment block in Dnipro, the governor said. Rescuers pulled two survivors from the rubble.',
     [(3.0, 'killed', 'exact'), (14.0, 'wounded', 'exact'), (2.0, 'count', 'exact')]),
    ('The army said it had destroyed 12 tanks and 30 armoured vehicles over the weekend. Ukraine said Russia launched 6 missiles and 48 Shahed drones overnight, of which 40 were intercepted.',
     [(12.0, 'count', 'exact'), (30.0, 'count', 'exact'), (6.0, 'attacks', 'exact'), (48.0, 'attacks', 'exact'), (40.0, 'attacks', 'exact')]),
    ('Some 4,000 people have been evacuated from villages along the river, and 27 are still missing after the flash floods. Authorities said 1,100 houses were damaged.',
     [(4000.0, 'displaced', 'approx'), (27.0, 'missing', 'exact'), (1100.0, 'count', 'exact')]),
    ('The outbreak has infected more than 3,000 people and killed 58 since it was first detected in May. Vaccination teams reached 250,000 children in a two-week campaign.',
     [(3000.0, 'count', 'more_than'), (58.0, 'killed', 'exact'), (250000.0, 'count', 'exact')]),
    ('Greek authorities said 32 bodies had been recovered from the sea and 104 people rescued. The boat, which left Libya on Tuesday, was carrying up to 500 migrants.',
     [(32.0, 'killed', 'exact'), (104.0, 'count', 'exact'), (500.0, 'count', 'at_most')]),
    ('GDP grew 0.6% in the third quarter, down from 0.9% in the second. The retailer reported pre-tax profits of £1.2 billion, up 8 per cent on a year earlier.',
     [(0.6, 'percent', 'exact'), (0.9, 'percent', 'exact'), (1200000000.0, 'money', 'exact'), (8.0, 'percent', 'exact')]),
    ('Turnout was 58.7 percent, the electoral commission said. The ruling party won 212 of the 400 seats, down from 240 in 2019.',
     [(58.7, 'percent', 'exact'), (212.0, 'count', 'exact'), (400.0, 'count', 'exact'), (240.0, 'count', 'exact')]),
    ('A man was jailed for 12 years on Thursday for his part in a robbery that netted €2.3m. Two accomplices received sentences of eight and nine years.',
     [(2300000.0, 'money', 'exact'), (2.0, 'count', 'exact')]),
    ('Of the 1,200 workers, many at the plant will lose their jobs. The union said 300 had already left since 2020.',
     [(1200.0, 'count', 'exact'), (300.0, 'count', 'exact')]),
    ('Hamas released 24 hostages on Friday, and Israel freed 39 Palestinian prisoners.',
     [(24.0, 'released', 'exact'), (39.0, 'released', 'exact')]),
    ('The fighting has left more than 500 dead on both sides, including 120 soldiers. One Israeli soldier was killed and two were seriously wounded in a separate clash.',
     [(500.0, 'killed', 'more_than'), (120.0, 'killed', 'exact'), (1.0, 'killed', 'exact'), (2.0, 'wounded', 'exact')]),
    ('Shelling of the city lasted six hours. The first shell landed at 6 p.m. Residents said the 2014 ceasefire line was 3 km to the east, and Highway 5 was closed.',
     [(3.0, 'measure', 'exact')]),
    ('Police said they had seized 1.5 tonnes of cocaine worth an estimated $45 million and arrested nine suspects. The drugs were hidden in 60 containers.',
     [(1.5, 'measure', 'exact'), (45000000.0, 'money', 'approx'), (9.0, 'detained', 'exact'), (60.0, 'count', 'exact')]),
    ('The wildfire forced about 20,000 people to flee and destroyed 850 homes. Firefighters said it was 40% contained.',
     [(20000.0, 'displaced', 'approx'), (850.0, 'count', 'exact'), (40.0, 'percent', 'exact')]),
    ('Cases doubled in a week to 4,800, while hospitalisations rose by a fifth. Officials said 7 in 10 adults had received a booster.',
     [(4800.0, 'count', 'exact'), (0.2, 'count', 'exact'), (0.7, 'count', 'exact')]),
]


UNSEEN_PROSE += [
    ("Ten people, among them four children, died when a mortar round hit a queue for bread. The UN said 2.3 million people in the region face acute hunger.",
     [(10.0, "killed", "exact"), (4.0, "killed", "exact"), (2.3e6, "affected", "exact")]),
    ("Officials recorded 5,600 irregular crossings in the first six months, a 40 percent drop. At least 1,000 people have drowned in the central Mediterranean this year.",
     [(5600.0, "count", "exact"), (40.0, "percent", "exact"), (1000.0, "killed", "at_least")]),
    ("The state will spend $1.5 billion over five years on flood defences. The bill passed the Senate by 62 votes to 38.",
     [(1.5e9, "money", "exact"), (62.0, "count", "exact"), (38.0, "count", "exact")]),
    ("Hurricane Ida knocked out power to more than a million customers and killed at least 26 people in four states.",
     [(1e6, "count", "more_than"), (26.0, "killed", "at_least"), (4.0, "count", "exact")]),
    ("Israeli forces detained 25 Palestinians in overnight raids in the West Bank, the prisoners' group said, bringing the number arrested since October to more than 7,000.",
     [(25.0, "detained", "exact"), (7000.0, "detained", "more_than")]),
    ("Mpox cases rose to 1,342 on Tuesday from 1,210 a week earlier. The outbreak has spread to 11 of the country's 26 provinces.",
     [(1342.0, "affected", "exact"), (1210.0, "affected", "exact"), (11.0, "count", "exact"), (26.0, "count", "exact")]),
    ("A 5.9-magnitude aftershock struck 20 km south of the city at a depth of 10 km. No injuries were reported.",
     [(5.9, "measure", "exact"), (20.0, "measure", "exact"), (10.0, "measure", "exact")]),
]


def _figure_triples(text):
    found = [c for c in figures(text) if c.value is not None]
    return sorted((round(c.value, 6), c.category, c.qualifier) for c in found)


@pytest.mark.parametrize("paragraph, expected", UNSEEN_PROSE)
def test_unseen_prose(paragraph, expected):
    want = sorted((round(v, 6), c, q) for v, c, q in expected)
    assert _figure_triples(paragraph) == want


@pytest.mark.parametrize("sentence, expected", [
    # a partitive reaches its predicate, through a proper adjective ("in Russian captivity")
    ("Ukraine says more than 8,000 of its soldiers remain in Russian captivity.", [(8000.0, "hostages", "more_than")]),
    ("Twelve of the miners were rescued on Sunday.", [(12.0, "count", "exact")]),
    # a verb with an object says nothing of the counted noun
    ("Nearly 600,000 homes lost power.", [(600000.0, "count", "approx")]),
    ("Nine fishermen were lost at sea.", [(9.0, "missing", "exact")]),
    # a change and the level it reached are two figures, not a range
    ("Prices rose 0.4 percentage points to 2.9%.", [(0.4, "percent", "exact"), (2.9, "percent", "exact")]),
    ("Applications rose by 18% to 84,000.", [(18.0, "percent", "exact"), (84000.0, "count", "exact")]),
    ("Between 20 and 30 people were hurt, and losses ran to $300m to $400m.",
     [(20.0, "wounded", "range"), (300e6, "money", "range")]),
    # a ratio is one share
    ("Seven out of 10 voters backed the plan.", [(0.7, "count", "exact")]),
    # a unit of time written once covers both numbers
    ("The pair were jailed for two and three years respectively.", []),
    ("Talks could take four or five weeks, and 30 delegates will attend.", [(30.0, "count", "exact")]),
    # an estimate word belongs to the number it stands before
    ("Police seized drugs worth an estimated $45 million and arrested nine suspects.",
     [(45e6, "money", "approx"), (9.0, "detained", "exact")]),
    # severity adverbs between the verb and the predicate
    ("Six soldiers were lightly injured and two critically wounded.", [(2.0, "wounded", "exact"), (6.0, "wounded", "exact")]),
    ("Gunmen forced 300 villagers from their homes.", [(300.0, "displaced", "exact")]),
    # a place after the counted noun does not hide its predicate
    ("Four people in the car were killed.", [(4.0, "killed", "exact")]),
    ("Aid agencies say 120,000 people remain trapped in the city.", [(120000.0, "affected", "exact")]),
    ("The two sides exchanged 190 prisoners of war.", [(2.0, "count", "exact"), (190.0, "released", "exact")]),
    # the counted noun before an active verb with a number for object is the agent
    ("Three gunmen killed 12 people at a market.", [(3.0, "count", "exact"), (12.0, "killed", "exact")]),
    ("Two suspects kidnapped at least 11 tourists.", [(2.0, "count", "exact"), (11.0, "hostages", "at_least")]),
    # ... but not after a passive or an intransitive verb
    ("Five people were killed 2 km from the border.", [(2.0, "measure", "exact"), (5.0, "killed", "exact")]),
    ("Twelve people died 3 days after the blast.", [(12.0, "killed", "exact")]),
    ("A court sentenced three men to 15 years in prison.", [(3.0, "detained", "exact")]),
    # adjectives in -ed between the number and its noun ("suspected", "associated")
    ("Officials logged 640 suspected measles cases and 9 associated deaths.",
     [(9.0, "killed", "exact"), (640.0, "affected", "exact")]),
    ("About 2,000 families were living in makeshift shelters.", [(2000.0, "displaced", "approx")]),
    # a number that a noun of its own sentence fell to does not carry the sentence before's
    ("Nine migrants drowned on Monday. Crossings had fallen by half this year, to 1,850.",
     [(9.0, "killed", "exact"), (1850.0, "count", "exact")]),
    ("Nine migrants drowned on Monday. The toll could reach 20.", [(9.0, "killed", "exact"), (20.0, "killed", "exact")]),
    # a capacity is a plain count, whatever the figure before it counts
    ("The camp shelters 9,000 displaced people, well above its capacity of 3,000.",
     [(3000.0, "count", "exact"), (9000.0, "displaced", "exact")]),
    # a participle right after the whole's noun tells of the whole; the part keeps its verb
    ("Officials confirmed the release of 9 of the 25 farmers kidnapped last week.",
     [(9.0, "released", "exact"), (25.0, "hostages", "exact")]),
    ("The agency had pre-positioned 12 tonnes of hygiene supplies.", [(12.0, "aid", "exact")]),
    # an age after the counted noun does not hide its predicate
    ("Some 41,000 children under five are severely malnourished.", [(41000.0, "affected", "approx")]),
    # a prison after the counted noun, unless a verb after it says what became of them
    ("About 300 of its citizens are in foreign jails.", [(300.0, "detained", "approx")]),
    ("Some 90 men in Karistani jails were freed on Monday.", [(90.0, "released", "approx")]),
    # temperatures written the British way, and pesos
    ("It was 46.8C in the valley and 31C at midnight.", [(31.0, "measure", "exact"), (46.8, "measure", "exact")]),
    ("The government pledged P20,000 to each family.", [(20000.0, "money", "exact")]),
    ("Two F-16 jets and three C-130 planes landed.", [(2.0, "count", "exact"), (3.0, "count", "exact")]),
    # a part named by what befell it, and people who crossed a border
    ("The clinic logged 90 measles cases, including three deaths.", [(3.0, "killed", "exact"), (90.0, "affected", "exact")]),
    ("More than 5,000 people have crossed the border since May.", [(5000.0, "displaced", "more_than")]),
    # people are never attacks; camps host the displaced; prisoners brought home are freed
    ("A campaign targeting 80,000 people starts in June.", [(80000.0, "count", "exact")]),
    ("The camps host about 9,000 people.", [(9000.0, "displaced", "approx")]),
    ("The army brought home 40 soldiers in the swap.", [(40.0, "released", "exact")]),
    # taka and reais
    ("The fund pays Tk 2 lakh to each family and 5,100 reais to each shop.",
     [(5100.0, "money", "exact"), (200000.0, "money", "exact")]),
    # a phone number is no figure
    ("Families can call the hotline on 0800 221 500.", []),
    # a currency no table knows, after a word that takes only money, and then everywhere in the article
    ("The catch was worth 4.2 million krolls. A technician earns 3,800 krolls a month. The ministry paid 31 million krolls.",
     [(4200000.0, "money", "exact"), (3800.0, "money", "exact"), (31000000.0, "money", "exact")]),
    # temperatures in degrees; injuries said of people only; people help is for; homes lost; people housed
    ("It forecast highs of between 43 and 45 degrees.", [(43.0, "measure", "range")]),
    ("Rescuers brought 107 miners to the surface, 31 with injuries.", [(107.0, "count", "exact"), (31.0, "wounded", "exact")]),
    ("The others were taken to three area hospitals with injuries.", [(3.0, "count", "exact")]),
    ("The appeal seeks $310 million to help 2.3 million people.", [(310000000.0, "money", "exact"), (2300000.0, "affected", "exact")]),
    ("The court ordered payments to 112 households that lost their homes.", [(112.0, "displaced", "exact")]),
    ("The centre is built for 250 people but housed more than 700 on Sunday.",
     [(250.0, "count", "exact"), (700.0, "displaced", "more_than")]),
    # only people disappear; a participle before a noun describes it
    ("Since 2021, 140,000 factory jobs have disappeared.", [(140000.0, "count", "exact")]),
    ("Her husband and two brothers disappeared at a checkpoint.", [(2.0, "missing", "exact")]),
    ("Teams are still working at 14 collapsed buildings.", [(14.0, "count", "exact")]),
    # military euphemisms; escapees recaptured or at large; a name in commas between noun and verb
    ("Up to 120 militants were eliminated in the strikes.", [(120.0, "killed", "at_most")]),
    ("By Monday, 87 of the escapees had been recaptured and 125 were still at large.",
     [(87.0, "detained", "exact"), (125.0, "missing", "exact")]),
    ("One guard, Cpl. Tomás Belcarre, was shot dead at a watchtower.", [(1.0, "killed", "exact")]),
    ("He said six of the captives, four elderly women and two nursing mothers, were released on Saturday.",
     [(6.0, "released", "exact"), (4.0, "released", "exact"), (2.0, "released", "exact")]),
    ("That leaves 26 people in the hands of the kidnappers.", [(26.0, "hostages", "exact")]),
    ("Some 5 million doses are in the hands of health workers.", [(5000000.0, "aid", "approx")]),
    # verbs said only of people: housing, helping, seizing; not of stalls, companies or knives
    ("The building, which housed about 150 stalls, gave way.", [(150.0, "count", "approx")]),
    ("The fund will help 40 companies.", [(40.0, "count", "exact")]),
    ("Police pointed to more than 7,200 knives seized in sweeps.", [(7200.0, "count", "more_than")]),
    ("Gunmen seized 12 people. The army seized 200 rifles.", [(12.0, "hostages", "exact"), (200.0, "count", "exact")]),
    # ways to die, be hurt and lose a home
    ("Some 262 people were stabbed to death last year.", [(262.0, "killed", "approx")]),
    ("Two firefighters suffered minor injuries.", [(2.0, "wounded", "exact")]),
    ("At least 64 residents were left without a home.", [(64.0, "displaced", "at_least")]),
    ("Some 412,000 people were living away from their homes.", [(412000.0, "displaced", "approx")]),
    # held in places of detention, of one word or two; unless being exchanged
    ("The centre documented the names of 917 people held at police stations.", [(917.0, "detained", "exact")]),
    ("Some 410 people were held in prisons.", [(410.0, "detained", "approx")]),
    ("Hostages will be freed in exchange for about 1,300 prisoners held in jails.", [(1300.0, "released", "approx")]),
    # people who cannot go home, moved to higher ground, relocated; jobs lost are no people lost
    ("We have 118,000 people who cannot go home tonight.", [(118000.0, "displaced", "exact")]),
    ("Officials moved between 3,000 and 4,000 people to higher ground.", [(3000.0, "displaced", "range")]),
    ("The government would relocate roughly 340 households.", [(340.0, "displaced", "approx")]),
    ("The office said 86,000 jobs had been lost since the floods.", [(86000.0, "count", "exact")]),
    # a phrase that holds its own object after "had" is still the noun's predicate
    ("She said about 9,000 residents had spent the night in tents set up in parks.", [(9000.0, "displaced", "approx")]),
    # the old price of an amount in a learned currency is money too
    ("A laborer earns about 2,500 lurens a day. A sack had climbed to 38,000 lurens from 11,000 in January.",
     [(2500.0, "money", "approx"), (38000.0, "money", "exact"), (11000.0, "money", "exact")]),
    # "the number of ..." names what the figure after it counts, read as after the figure itself
    ("Officials put the number of people forced from their homes at 12,000.", [(12000.0, "displaced", "exact")]),
    ("The number of people who fled their homes has reached 45,000.", [(45000.0, "displaced", "exact")]),
    ("The total number of people detained now stands at 1,204.", [(1204.0, "detained", "exact")]),
    ("The number of people killed in raids on 12 villages is unknown.", [(12.0, "count", "exact")]),
    ("The number of visitors to the fair was 3,000.", [(3000.0, "count", "exact")]),
    # an emergency number is one only when it is called: a toll can end a sentence on 112
    ("In an emergency, residents should dial 999.", []),
    ("The toll rose to 112.", [(112.0, "killed", "exact")]),
    ("The toll rose to 911, officials said.", [(911.0, "killed", "exact")]),
    # people treated or admitted are casualties; of an illness, cases; at a rate, a ward's load
    ("Clinics in the valley treated 212 people after the blast.", [(212.0, "wounded", "exact")]),
    ("The two hospitals admitted nearly 900 patients with heat exhaustion.", [(2.0, "count", "exact"), (900.0, "wounded", "approx")]),
    ("Field teams have treated 4,300 patients with suspected typhoid.", [(4300.0, "affected", "exact")]),
    ("The ward is admitting up to 45 patients a day.", [(45.0, "count", "at_most")]),
    ("The vote treated 40 councils alike.", [(40.0, "count", "exact")]),
    # a measure handed out, or elided after one of aid, is aid; a river's metres are not
    ("Officials said 95,000 litres had been distributed by Sunday.", [(95000.0, "aid", "exact")]),
    ("The town asked for 60 tonnes of flour a week but got only 25 tonnes.", [(60.0, "aid", "exact"), (25.0, "aid", "exact")]),
    ("The river rose 3 metres overnight and another 2 metres were forecast.", [(3.0, "measure", "exact"), (2.0, "measure", "exact")]),
    # people in treatment are casualties, unless the sentence names an illness and no injury
    ("Another 52 people are under treatment, nine of them in the burns unit.", [(52.0, "wounded", "exact"), (9.0, "wounded", "exact")]),
    ("In the measles outbreak, 230 children were still being treated.", [(230.0, "affected", "exact")]),
    ("Guards said 7 of the inmates needed hospital treatment for beatings and malnutrition.", [(7.0, "wounded", "exact")]),
    # a hyphenated word before the noun describes it; "gone up to" is a change, not a bound
    ("Clinics have logged close to 45 heat-related deaths.", [(45.0, "killed", "approx")]),
    ("The toll from the landslide has gone up to 19.", [(19.0, "killed", "exact")]),
    ("Relatives say the true toll is closer to 30.", [(30.0, "killed", "approx")]),
    # a noun for people after "injured" is still what is counted, and its verb says what befell them
    ("Two more injured pilgrims died overnight.", [(2.0, "killed", "exact")]),
    # ages said with a verb of being, a pronoun, a superlative or a year before them
    ("Since January, 2,150 people have died of measles, most of them under 5.", [(2150.0, "killed", "exact")]),
    ("Police said 40 of those detained were under 16.", [(40.0, "detained", "exact")]),
    ("The youngest of the victims was 9 and the oldest 81.", []),
    ("He was 58.", []),
    ("She moved to the coast in 1984, at 31.", []),
    ("The toll was over 75.", [(75.0, "killed", "more_than")]),
    # a person introduced by "one", a legal count, a helpline and "day one" are not counts
    ("One teacher, Mirela Oast, said the roof fell in.", []),
    ("The jury found him guilty on count 4, a charge of fraud.", []),
    ("The council's flood helpline is 1822.", []),
    ("We knew that from day one.", []),
    ("By his count 31 bodies had been recovered.", [(31.0, "killed", "exact")]),
    # new arrivals, people sleeping outdoors or living away from home are displaced
    ("About 2,400 new arrivals were registered at the border.", [(2400.0, "displaced", "approx")]),
    ("Some 900 people are sleeping outdoors.", [(900.0, "displaced", "approx")]),
    ("The agency says 52,000 people are still living away from home.", [(52000.0, "displaced", "exact")]),
    # a list of participles says what became of the people at its last one that tells
    ("Another 84 people had been stopped, searched and released by midnight.", [(84.0, "released", "exact")]),
    ("Some 30 men were detained, questioned and later charged.", [(30.0, "detained", "approx")]),
    # people who left their homes or sleep in shelters are displaced, a number after "in" being no object
    ("More than 8,000 people had left their homes by Sunday.", [(8000.0, "displaced", "more_than")]),
    ("The map showed 2,100 people sleeping in 14 shelters.", [(14.0, "count", "exact"), (2100.0, "displaced", "exact")]),
    # "from" before a number is the figure before, not a place before a later clause's verb
    ("It said the number of confirmed deaths had risen to seven from five and that 12 people were still missing.",
     [(5.0, "killed", "exact"), (7.0, "killed", "exact"), (12.0, "missing", "exact")]),
    # prisoners to be exchanged go free; burials are deaths; interceptions are attacks; safety violations are not
    ("The sides are due to exchange 80 prisoners on Friday.", [(80.0, "released", "exact")]),
    ("Volunteers counted at least 19 burials.", [(19.0, "killed", "at_least")]),
    ("The army reported more than 150 drone interceptions.", [(150.0, "attacks", "more_than")]),
    ("The mine was cited for 12 safety violations.", [(12.0, "count", "exact")]),
    # an unknown currency after a verb of paying or a word for losses; but not a few of something paid
    ("The union estimated losses at 40 million selms.", [(40e6, "money", "approx")]),
    ("The firm would pay 150,000 selms to each family.", [(150000.0, "money", "exact")]),
    ("He paid 3 visits to the site.", [(3.0, "count", "exact")]),
    # "by A to B" is a change and the level it reached, unless B is a few times A at most
    ("The bank raised its rate by 0.25 percentage points to 5.25 per cent.", [(0.25, "percent", "exact"), (5.25, "percent", "exact")]),
    ("The number out of work rose by about 4,000 to 212,000.", [(4000.0, "count", "approx"), (212000.0, "count", "exact")]),
    ("Prices could rise by 2 to 3 per cent.", [(2.0, "percent", "range")]),
    # "up to" after a change verb and its object is no bound; after "by" it is
    ("The office revised April's rate up to 3.9 per cent.", [(3.9, "percent", "exact")]),
    ("The quota could rise by up to 15 per cent.", [(15.0, "percent", "at_most")]),
    # a price in an unknown currency; a number word ends the counted noun
    ("A loaf cost an average of 14.20 dorins in May, against 11.90 dorins twelve months earlier.",
     [(11.9, "money", "exact"), (14.2, "money", "exact")]),
    ("The war has cost 40,000 jobs.", [(40000.0, "count", "exact")]),
    # points after percentage points in the same paragraph are percentage points
    ("The gap is 21.5 percentage points, against 18.2 points a year ago.", [(18.2, "percent", "exact"), (21.5, "percent", "exact")]),
    ("The home side won by 18 points.", [(18.0, "count", "exact")]),
])
def test_unseen_prose_cases(sentence, expected):
    want = sorted((round(v, 6), c, q) for v, c, q in expected)
    assert _figure_triples(sentence) == want


def test_a_number_after_a_comma_and_at_is_an_age_only_after_a_year():
    # "joined in 1977, at 24" is an age; "put the number higher, at 23" is the number
    assert [v for v, _c, _q in _figure_triples("Officials put the number higher, at 23, saying several died at home.")] == [23.0]
    assert _figure_triples("She joined the mission in 1977, at 24.") == []


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("The rebels said they had captured 17 soldiers.", [(17.0, "detained", "exact")],
                 marks=pytest.mark.xfail(strict=True, reason="'captured' also governs places and weapons; not a category word yet")),
    pytest.param("Nearly half of the workers will lose their jobs.", [(0.5, "count", "approx")],
                 marks=pytest.mark.xfail(strict=True, reason="bare 'half' is not read as a number (only 'half a million', 'a half')")),
    pytest.param("Two soldiers were killed and five wounded in clashes with militants, who lost 14 fighters.",
                 [(2.0, "killed", "exact"), (5.0, "wounded", "exact"), (14.0, "killed", "exact")],
                 marks=pytest.mark.xfail(strict=True, reason="'lost 14 fighters' is not a governor ('lost 3,000 jobs' is no death toll); the count carries 'wounded' over")),
    pytest.param("Hamas freed 24 hostages. Of the hostages, 13 were Israeli.", [(13.0, "released", "exact"), (24.0, "released", "exact")],
                 marks=pytest.mark.xfail(strict=True, reason="a partitive opening names its noun ('hostages'), not the figure it refers back to")),
])
def test_unseen_prose_known_gaps(sentence, expected):
    want = sorted((round(v, 6), c, q) for v, c, q in expected)
    assert _figure_triples(sentence) == want


# -- rounds on held-out batches 11 and 12 -----------------------------------------------------


@pytest.mark.parametrize("text, figure, category, value, unit", [
    # a participle before the counted noun
    ("More than 210 reported fatalities were recorded in the region.", "More than 210", "killed", 210, "person"),
    ("Officials listed 40 confirmed deaths.", "40", "killed", 40, "person"),
    # past a participle or a place to the clause's own verb, modal verbs included
    ("At least nine guests attending a wedding were killed.", "At least nine", "killed", 9, "person"),
    ("Some 30 people at the market were wounded.", "Some 30", "wounded", 30, "person"),
    ("Under the deal, 18 hostages held in the tunnels would be freed.", "18", "released", 18, "person"),
    # currencies: zloty, Swiss francs by code, Singapore dollars, a hyphenated amount
    ("Repayments fall by about 130 zloty a month.", "about 130 zloty", "money", 130, "PLN"),
    ("It is a typical 400,000-zloty loan.", "400,000-zloty", "money", 400_000, "PLN"),
    ("The fund released CHF 450,000 on Monday.", "CHF 450,000", "money", 450_000, "CHF"),
    ("The plan costs S$1.2 billion.", "S$1.2 billion", "money", 1.2e9, "SGD"),
    # units: degrees written "deg C", data sizes, basis points
    ("Highs reached 35 deg C on Friday.", "35 deg C", "measure", 35, "degree_Celsius"),
    ("About 700 gigabytes of files were stolen.", "About 700 gigabytes", "measure", 700, "gigabyte"),
    ("Analysts expect a 25 bps cut.", "25 bps", "percent", 25, "percent"),
])
def test_categories_and_units_of_batches_11_and_12(text, figure, category, value, unit):
    c = _by_text(text)[figure]
    assert (c.category, c.value, c.unit) == (category, value, unit)


@pytest.mark.parametrize("text, figure, speaker", [
    # a participle or "while" after the attribution goes on with its speaker
    ("Strikes killed 47 people overnight, the Health Ministry said Thursday, raising the toll to 12,318.",
     "12,318", "Health Ministry"),
    ("The toll rose to 58, the agency reported on Thursday, while 23 people remain missing.", "23", "agency"),
    # an according-to anywhere in the sentence, by the name the speech analysis resolves
    ("At least 62 died, according to the Disaster Risk Reduction and Management Authority, while 23 are missing.",
     "23", "Disaster Risk Reduction and Management Authority"),
    # more verbs whose subject gives the figure; a capitalised title before the name
    ("The White House asked Congress last month for $24 billion.", "$24 billion", "White House"),
    ("Labour and Employment Adviser Rokeya Rahman announced Tk 2 lakh for each family.", "Tk 2 lakh", "Rokeya Rahman"),
])
def test_speakers_of_batches_10_to_12(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


def test_figures_in_an_interviews_answers_are_the_interviewees():
    text = ("Ines Valcourt has run the Marrow Flood Agency since 2020.\n\n"
            "MP: How many people are still in shelters?\n\n"
            "Valcourt: About 12,500 people, in 31 shelters. We have spent 4 million euros so far.\n\n"
            "MP: And the critics who say 20,000?")
    got = {c.text: c.speaker for c in extract_article(Article(id="qa", text=text, source="t"), ExtractOptions(kinds=("figure",)))}
    assert got["About 12,500"] == "Ines Valcourt" and got["31"] == "Ines Valcourt" and got["4 million euros"] == "Ines Valcourt"
    # the interviewer's label names no one; the figure is the critics' who "say 20,000"
    assert got["20,000"] == "critics"


def test_a_figure_in_the_speakers_own_words_is_not_theirs():
    c = _by_text("A row threatens the vote, according to three people familiar with the talks.")["three"]
    assert c.speaker is None


@pytest.mark.parametrize("text, figure, category, qualifier, value, unit", [
    # "over" after "handed" is a particle; after "taking" it is still "more than"
    ("Each side handed over 73 prisoners.", "73", "released", "exact", 73, "person"),
    ("Gunmen stormed the town, taking over 240 hostages.", "over 240", "hostages", "more_than", 240, "person"),
    ("Ash fell as far as two kilometres away.", "as far as two kilometres", "measure", "at_most", 2, "kilometer"),
    ("The city spent Rp 4.7 billion on fogging.", "Rp 4.7 billion", "money", "exact", 4.7e9, "IDR"),
    ("Families paid 300 million rupiah.", "300 million rupiah", "money", "exact", 3e8, "IDR"),
    ("Losses reached ₩5 billion.", "₩5 billion", "money", "exact", 5e9, "KRW"),
    ("Two students were pronounced dead at the scene.", "Two", "killed", "exact", 2, "person"),
    ("Two women, aged 37 and 71, were injured.", "Two", "wounded", "exact", 2, "person"),
    ("Troops seized more than 20,000 rounds of ammunition.", "more than 20,000", "count", "more_than", 20000, None),
    ("The army said it had neutralised 15 fighters.", "15", "killed", "exact", 15, "person"),
    ("At least nine people held without counsel died in the jail.", "At least nine", "killed", "at_least", 9, "person"),
])
def test_figures_of_batches_13_and_14(text, figure, category, qualifier, value, unit):
    c = _by_text(text)[figure]
    assert (c.category, c.qualifier, c.value, c.unit) == (category, qualifier, value, unit)


@pytest.mark.parametrize("text, figure, category, value, unit", [
    ("AEMET warns of rainfall of up to 180 l/m² in 12 hours.", "up to 180 l/m²", "measure", 180, "liter / meter ** 2"),
    ("Some 212 litres per square metre fell in four hours.", "Some 212 litres per square metre", "measure", 212,
     "liter / meter ** 2"),
    ("A nurse earns about 350,000 Congolese francs a month.", "about 350,000 Congolese francs", "money", 350_000, "franc"),
    ("After an exchange of fire, eleven terrorists were sent to hell.", "eleven", "killed", 11, "person"),
])
def test_figures_of_batches_15_and_16(text, figure, category, value, unit):
    c = _by_text(text)[figure]
    assert (c.category, c.value, c.unit) == (category, value, unit)


def test_plus_or_minus_is_a_margin_not_a_negative_number():
    c = _by_text("The poll has a margin of error of plus or minus 2.5 percentage points.")["2.5 percentage points"]
    assert (c.value, c.category) == (2.5, "percent")
    assert _by_text("Temperatures fell to minus 2C overnight.")["minus 2C"].value == -2


@pytest.mark.parametrize("text, figure, category, qualifier", [
    ("Two boys from our village died on the road.", "Two", "killed", "exact"),
    ("Two people, a caretaker and a police officer, have been killed.", "Two", "killed", "exact"),
    ("There are perhaps 90,000 people in the camp.", "perhaps 90,000", "count", "approx"),
])
def test_figures_of_batches_19_and_20(text, figure, category, qualifier):
    c = _by_text(text)[figure]
    assert (c.category, c.qualifier) == (category, qualifier)


@pytest.mark.parametrize("text, figure, category, qualifier", [
    ("The toll rose to 27, with 14 more persons admitted to the district hospital.", "14", "wounded", "exact"),
    ("At least 61 persons were undergoing treatment, of whom six had lost their eyesight.", "At least 61", "wounded",
     "at_least"),
    ("Three people were killed, while five others sustained gunshot injuries.", "five", "wounded", "exact"),
    ("Two firefighters were treated for heat exhaustion.", "Two", "wounded", "exact"),
    ("The count found 2,318 people experiencing homelessness.", "2,318", "displaced", "exact"),
    ("203 people were in emergency accommodation.", "203", "displaced", "exact"),
    ("The government still holds about 3,000 people without charge.", "about 3,000", "detained", "approx"),
    ("The agency moved 41,000 tonnes of grain.", "41,000 tonnes", "aid", "exact"),
    ("Farmers lost 300 acres of maize.", "300 acres", "measure", "exact"),
    ("Its budget this year will top $210 million.", "will top $210 million", "money", "more_than"),
    ("Arrivals are expected to exceed 1,000 a day.", "to exceed 1,000", "count", "more_than"),
])
def test_figures_of_batch_21(text, figure, category, qualifier):
    c = _by_text(text)[figure]
    assert (c.category, c.qualifier) == (category, qualifier)


@pytest.mark.parametrize("text, value", [
    ("It received $4.1 billion.", 4_100_000_000.0),
    ("4.1 million people voted.", 4_100_000.0),
    ("It costs $2.55m.", 2_550_000.0),
])
def test_a_scaled_value_has_no_binary_rounding_a_reader_would_see(text, value):
    (c,) = [c for c in _by_text(text).values()]
    assert c.value == value and repr(c.value) == repr(value)


@pytest.mark.parametrize("text, figure, category", [
    # batch 22
    # a currency no table knows, converted into one that is known; the article's other amounts in it
    ("The ministry needs 14 billion ulmars (about $9.8m) and has received 4.1 billion ulmars.", "14 billion", "money"),
    ("The ministry needs 14 billion ulmars (about $9.8m) and has received 4.1 billion ulmars.", "4.1 billion", "money"),
    ("Each family will receive 2 million oskars, about $185,000, the minister said.", "2 million", "money"),
    # people are not converted into money
    ("About 40 people (about $3 a head) came to the dinner.", "About 40", "count"),
    ("Some 14 of them had been held without charge for a year.", "Some 14", "detained"),
    ("At least 40 were being held incommunicado at a police academy.", "At least 40", "detained"),
    ("At least 140,000 people had no access to latrines.", "At least 140,000", "affected"),
    ("It needs $86m to feed 1.3 million people.", "1.3 million", "affected"),
    ("It shipped 1.2 million sachets of oral rehydration salts.", "1.2 million", "aid"),
    # batch 24
    # after a noun for people, a participle is the predicate, not part of the noun
    ("The toll rose to 377, with 1,130 people injured and 214 still missing.", "1,130", "wounded"),
    ("The toll rose to 377, with 1,130 people injured and 214 still missing.", "214", "missing"),
    ("Volunteers helped bury about 150 people.", "about 150", "killed"),
    # ... but a landslide that buried houses kills no houses
    ("A landslide buried three houses above the port.", "three", "count"),
    ("About 27,000 people are taking shelter in camps.", "About 27,000", "displaced"),
    ("The country would send 20 tonnes of tents and blankets.", "20 tonnes", "aid"),
    ("Of those rescued, 31 had been treated on board for burns.", "31", "wounded"),
    # batch 26
    ("At the hospital, 17 survivors remain on the wards.", "17", "wounded"),
    ("Doctors said three passengers would need surgery.", "three", "wounded"),
    ("At least 1,300 members are held without trial in jails.", "At least 1,300", "detained"),
    ("The government pledged 5 million florins to the families.", "5 million florins", "money"),
    # a condition of a part does not override the whole it is part of, nor an elided verb
    ("It evacuated 37 patients, among them 9 in intensive care, from the hospital.", "9", "displaced"),
    ("Four of them died at the scene and two in hospital.", "two", "killed"),
    # batch 28
    ("At least 1,150 children under five were being treated for acute malnutrition.", "At least 1,150", "affected"),
    ("Forensic teams recovered the remains of 63 people.", "63", "killed"),
    ("The group documented 31 killings during the expulsions.", "31", "killed"),
    ("Some 26,000 people had been driven out.", "Some 26,000", "displaced"),
    ("About 300 men and boys went missing after the raid.", "About 300", "missing"),
    ("The office registered 4,200 disappearances.", "4,200", "missing"),
    ("Monitors recorded 1,284 ceasefire violations.", "1,284", "attacks"),
    ("The ministry holds 3,100 people on charges linked to the revolt.", "3,100", "detained"),
    ("Each family receives 3 kg of lentils.", "3 kg", "aid"),
    # a part in commas after the counted noun does not block the predicate
    ("Officials said 37 people, 29 of them children, had died of malnutrition.", "37", "killed"),
    ("At least 12 people, five of them children, were killed.", "At least 12", "killed"),
])
def test_categories_from_blind_batches_22_to_28(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 39 and 40: an earlier value after the figure a source gives comes from the same
    # source; one with a source of its own does not. After a trailing attribution annotators
    # differ (batch 16 leaves it to the article, batch 39 gives the source); counted over all
    # held-out batches on 2026-11-27 they give it to the source 16 times against 6, as does this
    ("The toll rose to 312 on Thursday, the civil protection agency said, up from 268 a day earlier.",
     "268", "civil protection agency"),
    ("The Relief Office put the number of people made homeless at around 41,000, up from 26,500 on Tuesday.",
     "26,500", "Relief Office"),
    ("The governor's office had put the number of dead at 19, up from 11 reported by emergency services.",
     "11", None),
    # verbs that give a figure with a noun object
    ("The Health Ministry, which counts only deaths registered at hospitals, gave a lower toll of 287.",
     "287", "Health Ministry"),
    ("Fire officials cut their estimate of the area burned to 38,200 acres.", "38,200 acres", "Fire officials"),
    # the name before an apposition gives the figure; a plain noun opening the sentence is a body
    ("The Relief Coordination Office, a U.N.-backed body, put the number of homeless at 41,000.",
     "41,000", "Relief Coordination Office"),
    ("Health authorities in Namaro province have revised the number of deaths to 38.",
     "38", "Health authorities in Namaro province"),
    # "cut" alone is no verb of giving figures
    ("Power cut to 180,000 homes", "180,000", None),
])
def test_speakers_of_batches_39_and_40(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure, category", [
    # an earlier value after an amount with a unit is in that unit (not "down 12 percent from")
    ("Officials cut their estimate to 38,200 acres, down from 51,000, after the flight.", "51,000", "measure"),
    ("The county recorded 287 overdose deaths, down 12 percent from 326 in 2022.", "326", "killed"),
    # a bare number in a second "to" phrase after money is money
    ("The state will pay 2 million crowns to each bereaved family and 500,000 to each of the wounded.",
     "500,000", "money"),
    # people treated are casualties, unless an illness is named; homes treated are not
    ("A total of 214 people had been treated after the crush.", "214", "wounded"),
    ("She said 214 people were treated for cholera.", "214", "affected"),
    ("The council said 640 homes had been treated since April.", "640", "count"),
    ("Ten doctors treated patients.", "Ten", "count"),
    # a named place and its noun between the counted noun and the predicate
    ("About 4,300 customers in the Tamsa valley are still without electricity.", "About 4,300", "affected"),
    ("Some 2.3 million people in the Sahel face hunger.", "Some 2.3 million", "affected"),
    # the clause's own verb, past a long place, says what became of them
    ("Seventeen pupils abducted from a boarding school in Kembe State last week have been freed.",
     "Seventeen", "released"),
    # ... but not a verb in another clause
    ("The group revised the toll to 61 from 54 after confirming deaths in two villages that had been cut off.",
     "61", "killed"),
    ("Of those, 1,150 spent last night in 14 emergency shelters.", "1,150", "displaced"),
    ("The principal said 87 boarders could not be accounted for.", "87", "missing"),
    ("Relatives said 97 people have not been found.", "97", "missing"),
    ("A candle burns for each of the 23 workers taken from the camp.", "23", "hostages"),
    # a length is never aid
    ("The hull lies in about 30 metres of water.", "about 30 metres", "measure"),
    ("Trucks delivered 4,000 litres of water.", "4,000 litres", "aid"),
])
def test_categories_from_blind_batches_39_and_40(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, category", [
    # batches 41 and 42: currencies and units written with a space or a hyphen
    ("It signed a KSh 38.5 billion deal.", "KSh 38.5 billion", "money"),
    ("It will build a 250-megawatt solar farm.", "250-megawatt", "measure"),
    ("It adds 100 megawatt-hours of battery storage.", "100 megawatt-hours", "measure"),
    # a clause of reason ends the place after the noun
    ("He said the trust had cancelled 214 operations in October because no beds were free.", "214", "count"),
    # a word before the noun of a level's subject is not the subject ("housing" waiting list)
    ("The social housing waiting list has climbed to 9,870.", "9,870", "count"),
    # only people are affected; things at risk or cut off are counted
    ("The demand would put at least two shafts at risk.", "at least two", "count"),
    ("Some 3,000 jobs are at risk.", "Some 3,000", "count"),
    ("Rescuers had yet to reach about 40 villages cut off by landslides.", "about 40", "count"),
    ("She said 430 households living on steep slopes were at risk.", "430", "affected"),
    ("Shelling left around 40,000 residents without running water.", "around 40,000", "affected"),
    # a verb that has happened beats a participle that tells of the noun; a request does not
    ("Troops freed 42 students abducted from a boarding school, the army said.", "42", "released"),
    ("The office called for the release of 7 aid workers abducted by armed groups.", "7", "hostages"),
    ("Its fighters had killed 40 soldiers and captured nine.", "nine", "hostages"),
    ("Rebels captured three towns.", "three", "count"),
    ("The agency said it had distributed 3,200 emergency shelter kits.", "3,200", "aid"),
    ("He said 79 children on its list were still unaccounted for.", "79", "missing"),
    ("The government says it holds 540 rebel fighters as prisoners of war.", "540", "detained"),
])
def test_categories_from_blind_batches_41_and_42(text, figure, category):
    assert _by_text(text)[figure].category == category


def test_the_outlet_is_no_source_of_its_own_figures():
    text = ("Construction started on 6,315 housing units last year, a Dispatch review of permit data found. "
            "Analysts surveyed by data firm Lumen Metrics had expected 12,000.")
    art = Article(id="t", text=text, source="The Prairie Dispatch", published="2024-05-22")
    got = {c.text: c.speaker for c in F.extract(Document(art), OPTIONS)}
    assert got == {"6,315": None, "12,000": "Analysts surveyed by data firm Lumen Metrics"}
    # (a body's full name in a bulletin the body publishes itself stays its speaker)
    text = "The National Emergency Operations Centre has confirmed 9 deaths."
    art = Article(id="t", text=text, source="Tamberlin National Emergency Operations Centre", published="2024-11-06")
    assert [c.speaker for c in F.extract(Document(art), OPTIONS)] == ["National Emergency Operations Centre"]


@pytest.mark.parametrize("text", [
    # batches 43 and 44: identifiers, telephone numbers and ages that are no figures
    "Deputies stopped a sedan near mile marker 37 at about 11:40 p.m.",
    "Anyone with information is asked to call the tip line at 555-0142.",
    "Police appeal for witnesses to call 101, quoting log 118 of 18 November.",
    "Seán Ó Duibhir (39), of Glenagh Road, pleaded guilty.",
    "The deceased were identified as Ramesh Yadav (34) and Sunil Paswan (27).",
    "Her mother waited all night. She's 74.",
])
def test_no_figures_in_batches_43_and_44(text):
    assert figures(text) == [], [(c.text, c.value) for c in figures(text)]


@pytest.mark.parametrize("text", [
    # every number of a list after a plural identifier word names one; so does a number after a
    # capitalised code between the word and it
    "The suspects face charges under Sections 5 and 11 of the act.",
    "Bus routes 12, 31 and 47 were suspended on Tuesday.",
    "Flights 12 and 14 were cancelled.",
    "(Updates toll, adds the minister's comments in paragraphs 5-8)",
    "Flight CX 4417 was diverted.",
])
def test_no_figures_in_lists_of_identifiers(text):
    assert figures(text) == [], [(c.text, c.value) for c in figures(text)]


def test_a_list_needs_a_plural_identifier_word_and_a_code_needs_capitals():
    # (a singular word names one number only; a lower-case word between is no code)
    assert [c.value for c in figures("Route 9 and 14 other roads were closed.")] == [14.0]
    assert [c.value for c in figures("Along the route of 12 towns, power failed.")] == [12.0]


@pytest.mark.parametrize("text, value", [
    ("Temperatures reached 36 C on Tuesday.", 36.0),
    ("It was 36 C (97 F) at noon.", 36.0),
    ("The gyms dropped to minus 2 C.", -2.0),
])
def test_a_temperature_letter_after_a_space_ends_the_phrase(text, value):
    c = figures(text)[0]
    assert (c.value, c.category, c.unit) == (value, "measure", "degree_Celsius")


def test_a_capital_letter_after_a_space_before_a_list_of_letters_is_no_temperature():
    assert [c.unit for c in figures("Groups 3 C and D met.")] != ["degree_Celsius"]


@pytest.mark.parametrize("text, expected", [
    # batches 49-52 counted livestock losses; later batches (63-69, 84, 92) count dead animals
    # among the dead, 20 times against 2, so they are killed; what else befalls them is counted
    ("Officials said about 300 cattle had died and at least 14 hog deer had drowned.",
     [(300.0, "killed"), (14.0, "killed")]),
    ("About 40 cattle were stranded on the levee.", [(40.0, "count")]),
    ("He said nearly half of the community's 1,900 members had been flown out.", [(1900.0, "count")]),
    # the phases of a food-security scale, guests of relatives, people still sought
    ("Some 2.3 million people are now in crisis (IPC Phase 3) or worse, including 410,000 in emergency.",
     [(2300000.0, "affected"), (410000.0, "affected")]),
    ("Across the region, 1.4 million people are in emergency levels of hunger.", [(1400000.0, "affected")]),
    ("Another 120,000 people were staying with relatives.", [(120000.0, "displaced")]),
    ("Between 70 and 80 people were still being sought.", [(70.0, "missing")]),
    ("Three people who made their own way to hospital were counted late.", [(3.0, "wounded")]),
    ("The attackers threw at least three grenades.", [(3.0, "attacks")]),
    # the people aid is for are in need, unless their noun says more
    ("The appeal will fund therapeutic food for 24,000 children.", [(24000.0, "affected")]),
    ("Cuts could halve food rations for 420,000 refugees.", [(420000.0, "displaced")]),
    ("The town's population reached 1.42 million.", [(1420000.0, "count")]),
    # money in a currency the tables do not know
    ("A sack of maize sold for 38,000 marenzi last week, against 15,500 a year ago.",
     [(38000.0, "money"), (15500.0, "money")]),
    ("Transfers of 45,000 Surhadi pounds a month go to each family.", [(45000.0, "money")]),
    ("The state will pay 250,000 korun to each family and 40,000 korun to those seriously hurt.",
     [(250000.0, "money"), (40000.0, "money")]),
    ("The fish weighed 12 pounds.", [(12.0, "measure")]),
    # a pronoun ends the counted noun; cartons of food in a store are supplies
    ("The army has cleared only 112 of the 350 aid convoys it was asked to approve.", [(112.0, "aid"), (350.0, "aid")]),
    ("The tent's store room held 1,900 cartons on Monday.", [(1900.0, "aid")]),
])
def test_categories_of_batches_49_to_52(text, expected):
    assert [(c.value, c.category) for c in figures(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    # batch 52: a body's own count gives it the figures, with no verb of saying; a place's toll
    # is nobody's count
    ("The Health Ministry's toll stood at 23 dead and 61 injured on Monday.", ["Health Ministry", "Health Ministry"]),
    ("The Interior Ministry's toll, unchanged since Saturday, is 27 dead.", ["Interior Ministry"]),
    ("Kessaly's death toll rose to 300.", [None]),
    # a relative clause about the subject does not cut it from its verb
    ("Police, who on Saturday had given a toll of “at least 17”, put the number of dead at 21 at noon.",
     [None, "Police"]),
    ("Foreign governments have confirmed the deaths of seven of their citizens.", ["Foreign governments"]),
])
def test_figure_sources_of_batch_52(text, speakers):
    assert [c.speaker for c in figures(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # batch 49: a source of its own after "while" is no longer in what the first one reports
    ("The fire brigade said six people were unaccounted for, while Civil Defence put the number at four.",
     ["fire brigade", "Civil Defence"]),
    # a document's issuer after "published this week by", or by a document with an aside
    ("The jet landed 740 metres beyond the zone, according to a preliminary report published this week by "
     "the Air Accident Investigation Directorate.", ["Air Accident Investigation Directorate"]),
    ("A preliminary report by the Rail Accident Investigation Office, released on Thursday evening, said the "
     "train was travelling at 96 km/h.", ["Rail Accident Investigation Office"]),
    ("A report by the Sorrel Institute, an independent body, published on Thursday, says waits contributed to "
     "between 210 and 260 deaths.", ["Sorrel Institute"]),
    # a body with its acronym in brackets gives a figure; "the operator" is the one named so
    ("The state operator, Kervanian State Railways (KSR), gave a lower toll of 17 dead. Police said 20 died. "
     "The operator said 63 passengers had been injured.",
     ["Kervanian State Railways", "Police", "Kervanian State Railways"]),
])
def test_figure_sources_of_batch_49(text, speakers):
    assert [c.speaker for c in figures(text)] == speakers


@pytest.mark.parametrize("text, expected", [
    # batches 53-56: a participle that names the people counted keeps its category
    ("The authority put the toll at 637, with 3,900 injured and more than 150 still missing.",
     [(637.0, "killed"), (3900.0, "wounded"), (150.0, "missing")]),
    ("The latest figures: 12 dead, 61 injured, 15 missing, 1,480 people evacuated.",
     [(12.0, "killed"), (61.0, "wounded"), (15.0, "missing"), (1480.0, "displaced")]),
    # buildings are counted whatever befell them
    ("Three homes on the lower edge of the village were buried.", [(3.0, "count")]),
    # truces and exchanges
    ("Vessarian units had opened fire 96 times in the same period.", [(96.0, "attacks")]),
    ("It holds the names of 1,246 servicemen whose fate is unknown.", [(1246.0, "missing")]),
    ("Both governments agreed to an all-for-all exchange covering about 2,400 prisoners.", [(2400.0, "released")]),
    ("The governor's office said some 2,500 people had left border villages since Saturday.", [(2500.0, "displaced")]),
    ("The commission still lists 1,140 people as missing.", [(1140.0, "missing")]),
    ("The hospital said 63 patients remained on admission.", [(63.0, "wounded")]),
    ("Two miners are still trapped.", [(2.0, "affected")]),
    ("The camp has two water tankers and 1,200 mattresses.", [(2.0, "aid"), (1200.0, "aid")]),
    # (a school moving its pupils does not displace them)
    ("The council closed five schools, moving about 2,300 pupils to larger sites.", [(5.0, "count"), (2300.0, "count")]),
])
def test_categories_of_batches_53_to_56(text, expected):
    got = [(c.value, c.category) for c in figures(text)]
    assert got == expected


def test_an_age_bound_after_anyone_is_no_figure():
    assert [c.value for c in figures("The phase frees 60 people, including anyone over 60.")] == [60.0]


def test_an_adjective_opening_a_sentence_is_no_name():
    (c,) = figures("Forensic teams have since exhumed the remains of 171 people.")
    assert c.speaker is None


def test_a_preposition_opening_a_sentence_is_no_source():
    (c,) = figures("By noon the nurses had measured 212 children.")
    assert c.speaker != "By"


@pytest.mark.parametrize("text", [
    # batches 49-52: telephone numbers in groups, numbers that name a runway, a bay or an
    # account, an address, a month's year, an ordinal, and ages after a noun or before "when"
    "Relatives can call the Coast Guard family desk on (032) 415 8800.",
    "Residents needing help can call the recovery line on 1800 555 214.",
    "Witnesses can call the force on 101, quoting log 212.",
    "Updates are posted by phone at 541-555-0148.",
    "Relatives can call a hotline, 800-226-4410, the office said.",
    "A book of condolence has been opened at Lowbridge Methodist Church, 3 Chapel Row.",
    "The jet overran runway 26 and stopped near bay 14.",
    "Readers can give at any branch, account 4471-0092-18.",
    "A fourth, a woman in her 80s, died in hospital.",
    "The driver, 41, was sentenced in June.",
    "My daughter was 2 when the rains failed. She is 4 now.",
])
def test_no_figures_in_batches_49_to_52(text):
    assert figures(text) == [], [(c.text, c.value) for c in figures(text)]


@pytest.mark.parametrize("text, values", [
    # (two numbers side by side are not a telephone number; a toll in commas is no age)
    ("In 2023 140 people died.", [140.0]),
    ("Fighting since March 2023 has displaced some 900,000 people.", [900000.0]),
    ("On Oct. 7 240 hostages were taken.", [240.0]),
    ("The toll, 41, is final.", [41.0]),
    ("A third of the injured were women.", [1 / 3]),
])
def test_what_the_rules_of_batches_49_to_52_leave(text, values):
    assert [c.value for c in figures(text)] == values


def test_a_range_written_like_a_telephone_number_is_still_a_range():
    (c,) = figures("Between 300-4000 people came.")
    assert (c.value, c.high, c.qualifier) == (300.0, 4000.0, "range")


@pytest.mark.parametrize("text, source, figure, speaker", [
    # the outlet's own analysis is the article's; a body's bulletin or a place is not the outlet
    ("A Tribune analysis of state data found that the firm accounted for 18 percent of injuries.",
     "Eastport Tribune", "18 percent", None),
    ("HRN says some 4,700 families are still living under plastic sheeting.", "HRN Field Bulletin", "some 4,700",
     "HRN"),
    ("Velmora says it has killed more than 6,000 fighters.", "Velmora Today", "more than 6,000", "Velmora"),
    ("The Health Cluster has requested 8,000 litres of fluids.", "Northern Corridor Health Cluster",
     "8,000 litres", "Health Cluster"),
    # "gave" a recipient a figure gives no source
    ("The opposition says it won 46% of the vote. The official results gave the ruling Accord 52.7% and 168 seats.",
     "Ledger", "52.7%", None),
    # a document that gives a figure is the body that issued it
    ("The Lindmark Prison Service published its annual figures on Monday. The figures, released after a "
     "four-month delay, put the number of self-inflicted deaths at 61.", "The Calder Ledger", "61",
     "Lindmark Prison Service"),
    # according to an acronym, a survey described at length, a study published by researchers
    ("About 4.2 million people die of it each year, according to the WHO.", "Ledger", "About 4.2 million", "WHO"),
    ("According to a survey of 1,500 adults carried out last spring for the Office of the Police and Crime "
     "Commissioner, 62 per cent of residents trust the police.", "Ledger", "62 per cent",
     "Office of the Police and Crime Commissioner"),
    ("More than 310,000 children attend such schools, according to a study published Tuesday by researchers at "
     "the Kestrel Institute of Technology.", "Ledger", "More than 310,000",
     "researchers at the Kestrel Institute of Technology"),
])
def test_speakers_of_batches_43_and_44(text, source, figure, speaker):
    art = Article(id="t", text=text, source=source, published="2024-06-18")
    got = {c.text: c.speaker for c in extract_article(art, ExtractOptions()) if c.kind == "figure"}
    assert got[figure] == speaker, got


@pytest.mark.parametrize("text", [
    # batches 45 and 46: epidemiological weeks, clock times, ages after "who is", ages in words
    "Between 19 and 25 August (epidemiological week 34), it counted the cases in week 34.",
    "Weekly new cases fell in week 25 compared with week 24.",
    "‘We had a queue by half past eight,’ he said.",
    "Alfie, who is four, is now recovering at home.",
    "Two children, aged three and five, were seen.",
])
def test_no_figures_in_batches_45_and_46(text):
    assert [c.text for c in figures(text) if c.text != "Two"] == []


@pytest.mark.parametrize("text, figure, category", [
    ("Ozone exceeded 240 micrograms per cubic metre at the station.", "exceeded 240 micrograms per cubic metre",
     "measure"),
    ("We had 210 admissions on Monday alone.", "210", "wounded"),
    ("Admissions for asthma rose to 512 from 340 over the same period.", "512", "wounded"),
    ("Of those tested, 1,104 people were positive for mpox.", "1,104", "affected"),
    ("Two vaccinators were briefly detained at a checkpoint.", "Two", "detained"),
    ("Teams had 259,400 doses administered.", "259,400", "count"),
    ("Some 684 cases were recorded, 211 of them needing hospital treatment.", "211", "wounded"),
    ("The group said 1,604 of the detainees had since been released.", "1,604", "released"),
    ("A spokesman said two people had head injuries.", "two", "wounded"),
    ("The court granted bail to 38 of the people arrested.", "38", "released"),
    # a place is said of people only: consultations held in collective centres are counted
    ("Mobile teams conducted 4,210 consultations in collective centres.", "4,210", "count"),
    ("Power to four pumping stations had been disconnected.", "four", "count"),
])
def test_categories_from_blind_batches_45_and_46(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text", [
    # batches 47 and 48: addresses, international telephone numbers, ages
    "Clothes can be left at the old market hall, 27 Seafront Street, or call +219 5 20 44 71.",
    "Report damage to the operator on +391 40 555 014.",
    "Flowers were laid outside the building at 3 Prospekt Svobody.",
    "“My wife is 68 and has a bad heart.”",
    "Divers recovered a woman and a boy of about ten.",
])
def test_no_figures_in_batches_47_and_48(text):
    assert figures(text) == [], [(c.text, c.value) for c in figures(text)]


@pytest.mark.parametrize("text, figure, category", [
    ("A fire tore through the camp, destroying more than 300 tents.", "more than 300", "count"),
    ("The fire left about 2,600 people without shelter.", "about 2,600", "displaced"),
    ("Aldmark deported 127 people on a charter flight.", "127", "count"),
    ("Nine of them did not survive the crossing.", "Nine", "killed"),
    ("Survivors said at least 15 other people had fallen overboard.", "at least 15", "missing"),
    ("Nineteen people were flown to hospital.", "Nineteen", "wounded"),
    # houses swept away are counted, people swept away are missing
    ("He said 64 houses had been swept away.", "64", "count"),
    ("He said 12 people had been swept away.", "12", "missing"),
])
def test_categories_from_blind_batches_47_and_48(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, category", [
    # batches 57-60: a verb that has happened before the number beats what the noun's clause
    # tells of the people ("who were abducted", "seized from")
    ("Soldiers freed 64 villagers who were abducted from their farms last month.", "64", "released"),
    ("Gunmen released 42 more pupils seized from the school.", "42", "released"),
    ("Rescuers pulled out 30 people who were trapped under a wall.", "30", "count"),
    # deaths are no people held, however the clause places them
    ("The report counted 213 deaths in custody last year.", "213", "killed"),
    # a place of detention holding people: detained; what it holds by its size is counted
    ("The prison, built for 800 men, was holding 2,260 on the day of the riot.", "2,260", "detained"),
    ("The jail had been holding 1,690 inmates.", "1,690", "detained"),
    ("Police stations in the city, which hold about 800 people, were full.", "about 800", "count"),
    ("Some 4,900 people are being held on remand.", "Some 4,900", "detained"),
    ("Up to 9,000 people are held in police lock-ups.", "Up to 9,000", "detained"),
    # people taken, with nothing after but the clause's end or its time
    ("They say 97 people were taken when gunmen raided the village.", "97", "hostages"),
    ("Police first said 41 workers had been taken.", "41", "hostages"),
    ("Her two sons are still held.", "two", "hostages"),
    ("Police said 14 people were taken to hospital.", "14", "wounded"),
    # people who never came back
    ("More than 60 of them were never found.", "More than 60", "missing"),
    ("The families say 36 children have not come home.", "36", "missing"),
    ("The blast forced staff to evacuate some 260 people.", "some 260", "displaced"),
    # one person named first, or after, shares the verb
    ("The missile hit the ward, killing a nurse and two patients.", "two", "killed"),
    ("Eleven women and a boy were crushed to death at the gates.", "Eleven", "killed"),
    ("Eight patients were still in critical care.", "Eight", "wounded"),
    # people shot; a part of the dead keeps the whole's category
    ("At least 19 people were shot, four of them fatally.", "At least 19", "wounded"),
    ("At least 19 people were shot, four of them fatally.", "four", "killed"),
    ("Autopsies found 38 of the victims had been shot in the back.", "38", "killed"),
    # charges, court cases and records
    ("Two officers face criminal charges.", "Two", "count"),
    ("The courts disposed of 141,000 criminal cases last year.", "141,000", "count"),
    ("The clinic reported 1,200 new cases of cholera.", "1,200", "affected"),
    ("Detectives opened two homicide investigations.", "two", "count"),
    ("She signed five death certificates that week.", "five", "killed"),
    # weapons are counted whatever holds them; raids hit targets
    ("Researchers estimate 500,000 illicit firearms are held by civilians.", "500,000", "count"),
    ("Officers raided 52 properties before dawn.", "52", "attacks"),
])
def test_categories_from_blind_batches_57_to_60(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text", [
    # batches 57-60: telephone numbers with a trunk or country prefix, and short service numbers
    "Families can call the city hotline on 0 800 217 455 or visit the office.",
    "Residents can call a hotline at 1-888-555-0193 on weekdays.",
    "A family support desk is open on 01-4412290.",
    "It urged residents to call the hotline on 199.",
    "He urged anyone who sees an inmate to call the police hotline, 114, rather than approach them.",
    # addresses, markers and berths
    "The victim was shot in the 2300 block of Delancey Avenue.",
    "The bus was stopped near kilometre 212.",
    "The vessel remained under guard at berth 11 on Tuesday.",
    # two ages after names
    "They include sisters Amara and Leah Okafor-Reid, 17 and 15, from Dunmere.",
])
def test_no_figures_in_batches_57_to_60(text):
    assert figures(text) == [], [(c.text, c.value) for c in figures(text)]


@pytest.mark.parametrize("text, values", [
    # a rate's denominator is no figure; the rate's count is
    ("That works out to about 31 killings per 100,000 residents.", [31.0]),
    # a call for a vote still counts what it votes on; a number before a noun after "call" counts
    ("The council will call a vote on 12 proposals.", [12.0]),
    ("The toll rose to 112.", [112.0]),
])
def test_denominators_and_counts_after_a_call_of_batches_57_to_60(text, values):
    assert [c.value for c in figures(text)] == values


@pytest.mark.parametrize("text, figure, category", [
    # batch 62: weapons made, sent, pledged or held are counted; weapons fired are attacks
    ("Partners had handed over 41 armoured vehicles and 86,000 artillery shells during the month.", "86,000",
     "count"),
    ("The plant made about 30,000 large-calibre shells last year.", "about 30,000", "count"),
    ("Only around 260 of the 600 interceptor missiles pledged with them have arrived.", "Only around 260", "count"),
    ("The package also includes around 400 reconnaissance drones.", "around 400", "count"),
    ("The army said at least five shells hit the hospital building.", "at least five", "attacks"),
    ("Overnight the enemy fired 40 missiles, the air force said.", "40", "attacks"),
    ("Investigators traced rifles from the shipments to at least 11 attacks.", "at least 11", "attacks"),
])
def test_weapons_sent_or_made_are_counted_of_batch_62(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text", [
    # batches 63-65: multipliers are no counts (but "warned three times this year" is)
    "Black residents were six times more likely to be searched.",
    "The camp holds three times the number it was built for.",
    "Infections were 37 times higher than last year.",
    "The shelter is running at three times its capacity.",
    # the second end of an age range, an age a person is coming up to, streets named by number
    "The men were between the ages of 15 and 34.",
    "But she was turning fifteen.",
    "Both men belonged to the Calle 40 gang.",
])
def test_no_figures_in_batches_63_to_65(text):
    assert figures(text) == [], [(c.text, c.value) for c in figures(text)]


def test_a_number_of_times_in_a_period_is_still_counted():
    assert [c.value for c in figures("The union had warned the company at least three times this year.")] == [3.0]


@pytest.mark.parametrize("text, figure, category", [
    # batch 64: the subject of a verb of level names what a bare number counts
    ("The number of murders rose to 55.", "55", "killed"),
    ("Killings fell to 139 a month.", "139", "killed"),
    ("Reports of missing persons rose to 212 in the second quarter.", "212", "missing"),
    ("Shootings rose to 388 in the year to June.", "388", "attacks"),
])
def test_level_subjects_of_batch_64(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, category", [
    # batch 63: people ordered or moved out, or spending the night away, are displaced
    ("The district government ordered more than 11,000 people to leave villages on the slopes.", "more than 11,000",
     "displaced"),
    ("About 1,300 residents have been moved out of homes below the slide.", "About 1,300", "displaced"),
    ("About 350 residents spent the night on cots in the school gym.", "About 350", "displaced"),
    # a part of "them" is people, with what befell it
    ("Rescuers pulled 10 survivors out, three of them with broken bones.", "three", "wounded"),
    ("He said 2.1 million people had been displaced, and 1.4 million of them faced hunger.", "1.4 million",
     "affected"),
])
def test_categories_from_blind_batch_63(text, figure, category):
    assert _by_text(text)[figure].category == category


def test_a_zone_widened_from_one_size_to_another_gives_two_figures():
    assert [c.text for c in figures("The agency widened the exclusion zone from 5 kilometres to 7 kilometres.")] \
        == ["5 kilometres", "7 kilometres"]


@pytest.mark.parametrize("text, figure, category", [
    # batches 66-67: a crew member is a person; megalitres are a unit; masks handed out are aid
    ("One crew member, an oiler, was killed in the strike.", "One", "killed"),
    ("It said one crew member was injured when a winch cable snapped.", "one", "wounded"),
    ("The city used an average of 640 megalitres a day last week.", "640 megalitres", "measure"),
    ("The county has handed out 25,000 masks since Sunday.", "25,000", "aid"),
])
def test_categories_from_blind_batches_66_and_67(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, category", [
    # batch 69: children kept from school are affected
    ("She said 112,000 pupils were out of school.", "112,000", "affected"),
    ("The delay keeps some 212,000 pupils out of class.", "some 212,000", "affected"),
])
def test_children_out_of_school_are_affected_of_batch_69(text, figure, category):
    assert _by_text(text)[figure].category == category


def test_a_part_of_two_nouns_for_people_takes_their_predicate():
    # batch 69: "17 of its paramedics and volunteers had now been killed"
    assert _by_text("The society said 17 of its paramedics and volunteers had now been killed on duty.")["17"] \
        .category == "killed"


@pytest.mark.parametrize("text, figure, category", [
    # batches 70-73: executions are deaths; death row holds people; people forcibly disappeared
    # are missing; the injured who succumb and the deceased are dead
    ("The group recorded at least 1,318 executions in 16 countries in 2024.", "at least 1,318", "killed"),
    ("Varesh executed at least 172 people last year.", "at least 172", "killed"),
    ("Montavia hanged between 38 and 45 prisoners.", "between 38 and 45", "killed"),
    ("At least 27,300 people were known to be on death row at the end of 2024.", "At least 27,300", "detained"),
    ("The prison population reached 88,350 in March.", "88,350", "detained"),
    ("More than 1,400 people were forcibly disappeared in the region last year.", "More than 1,400", "missing"),
    ("The toll rose to 14 after five of the injured succumbed at the hospital.", "five", "killed"),
    ("Identification of four of the deceased was still pending.", "four", "killed"),
    ("The army said 287 enemy soldiers had been taken prisoner in that sector.", "287", "detained"),
    # a second noun for people after "and", with words that describe it
    ("At least 112 journalists and media workers were killed around the world in 2024.", "At least 112", "killed"),
    # the dead pulled from the rubble are dead, whoever pulled them out
    ("Firefighters pulled out three more bodies from the debris.", "three", "killed"),
    ("Rescuers pulled out 14 survivors.", "14", "count"),
    # homes and customers cut off from a service, people told to boil water, people marooned
    ("The cascading failure left about 2.3 million households in the dark.", "about 2.3 million", "affected"),
    ("The outage left roughly 3.1 million customers without service.", "roughly 3.1 million", "affected"),
    ("About 42,000 households have been told to boil their tap water.", "About 42,000", "affected"),
    ("Some 6.5 lakh people remain marooned in four districts.", "Some 6.5 lakh", "affected"),
    ("Officials said 38,650 people had taken refuge in the shelters.", "38,650", "displaced"),
    ("More than 400,000 people are still living in schools and roadside tents.", "More than 400,000", "displaced"),
    # attacks on places count attacks; a toll after "strikes on X" is still a toll
    ("Investigators blame the gang for attacks on at least 40 hospitals and clinics.", "at least 40", "attacks"),
    ("09:42 GMT – Death toll from overnight strikes on Khalun rises to 34", "34", "killed"),
    ("I would not be surprised if the number of dead goes above 200.", "above 200", "killed"),
    # an adjective in -ing before the noun is not a verb after the number
    ("About 42,000 households in Holloway Bridge and three surrounding villages were told to boil their water.",
     "three", "count"),
    # a part of the figure before is not the figure's predicate
    ("She said 58 people had been taken to four hospitals, nine of them with burns.", "four", "count"),
    # an aside between spaced hyphens
    ("Police said two men - the factory's owner and a floor manager - had been arrested.", "two", "detained"),
    # a rate of flow is a measure, not a delivery
    ("Pumps capable of moving 45 tonnes of water a minute were brought in.", "45 tonnes", "measure"),
    ("Trucks delivered 45 tonnes of water on Monday.", "45 tonnes", "aid"),
    # currencies and units the tables had not known
    ("The parliament approved an extra 2.1 billion korun in defence spending.", "2.1 billion korun", "money"),
    ("The river was passing 548,000 cusecs on Monday evening.", "548,000 cusecs", "measure"),
])
def test_categories_from_blind_batches_70_to_73(text, figure, category):
    assert _by_text(text)[figure].category == category


def test_a_level_raised_from_one_amount_to_another_gives_two_figures():
    # batch 73: "raise" is a verb of change, even a few words before "from about"
    text = ("Hackers tried to raise the level of chlorine in the drinking water from about 2 parts per million "
            "to 60 parts per million, officials said.")
    assert [(c.text, c.unit) for c in figures(text)] == [("about 2 parts per million", "ppm"),
                                                         ("60 parts per million", "ppm")]


def test_an_amount_in_indian_digit_grouping_before_a_comma():
    # batch 70: "Rs 1,86,40,000, according to ..." is 18,640,000 rupees
    figs = figures("Hundi collections amounted to Rs 1,86,40,000, according to the temple's officer.")
    assert [(c.text, c.value, c.category) for c in figs] == [("Rs 1,86,40,000", 18640000.0, "money")]


def test_a_change_after_a_figure_takes_its_source():
    # batch 71: ", up 31% from 1,006" is the group's, as the figure it changes
    text = ("The London-based group Lantern Rights International recorded at least 1,318 executions in 16 "
            "countries in 2024, up 31% from 1,006 in 2023.")
    assert {c.text: c.speaker for c in figures(text)} == {
        "at least 1,318": "Lantern Rights International", "16": "Lantern Rights International",
        "31%": "Lantern Rights International", "1,006": "Lantern Rights International"}


@pytest.mark.parametrize("text, figure, category", [
    # batches 74-75: sought treatment, discharged, lasting injuries
    ("The deputy commissioner's office said 337 people had sought treatment at public facilities.", "337",
     "wounded"),
    ("The rest were stable and 64 had already been discharged, he said.", "64", "wounded"),
    ("The court ordered compensation for 31 people who survived with lasting injuries.", "31", "wounded"),
    ("She said at least four people drown before the boat turned over.", "at least four", "killed"),
    # a verb said of people governs a count after "and" and a first object
    ("Police arrested the mill's owner and two of his workers.", "two", "detained"),
    ("Police arrested the suspect on Monday and 12 people protested.", "12", "count"),
    # custody officers are staff, not people in custody
    ("The centre should have 130 custody officers on duty across a day.", "130", "count"),
    ("Two suspects remain in custody.", "Two", "detained"),
])
def test_categories_from_blind_batches_74_and_75(text, figure, category):
    assert _by_text(text)[figure].category == category


def test_pounds_spent_are_money_and_pounds_weighed_are_a_measure():
    text = ("The department has spent more than 9.6 million pounds on 27 charter flights since January, an "
            "average of about 355,000 pounds per flight. The shipment cost 4,000 pounds and weighed 300 pounds.")
    got = {c.text: (c.category, c.unit) for c in figures(text)}
    assert got["more than 9.6 million pounds"] == got["about 355,000 pounds"] == got["4,000 pounds"] == ("money", "GBP")
    assert got["300 pounds"] == ("measure", "pound")


def test_an_earlier_value_after_a_date_word_is_in_the_same_currency():
    got = {c.text: (c.category, c.unit) for c in figures(
        "The budget rose to 6.2 million euros this year, up from 4.5 million in 2023, according to documents.")}
    assert got["4.5 million"] == ("money", "EUR")


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 76-79: a body named with its head noun before, though it never spoke, is whom
    # "the ministry" means (and "on the" belongs to a body's name)
    ("The Ministry of Civil Order has published a far lower figure. In a statement, the ministry said that "
     "31 people had died.", "31", "Ministry of Civil Order"),
    ("The Independent Commission on the Varrow Riots held its last hearing in May. The commission said 2,310 "
     "people were arrested.", "2,310", "Independent Commission on the Varrow Riots"),
    # a place's possessive before a body's name is not part of it
    ("Estrany's Commission on Missing Persons opened the site. About 150 relatives have given samples, the "
     "commission said.", "About 150", "Commission on Missing Persons"),
    # "the report of" a named body: the body reports
    ("The report of the Harbour Safety Panel found that 14 of the cranes were unsafe.", "14", "Harbour Safety Panel"),
    # a body's own toll, named in lower case
    ("The government's toll has stood at 47 since October.", "47", "government"),
    # an apposition after "protesters in Dravenia" is the subject only when a comma closes it
    ("At least 14 people have been killed in clashes between police and protesters in Kessar, the Interior "
     "Ministry said on Wednesday, raising the toll from nine.", "At least 14", "Interior Ministry"),
])
def test_speakers_of_blind_batches_76_to_79(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure", [
    # a label before a colon names no one: a fact-check's verdict, a live page's update
    ("THE VERDICT: Misleading. Marsh's 40,000 counts everyone recruited.", "40,000"),
    ("Update: The official net increase is 27,400.", "27,400"),
    # nor does "a survey of" a number of people: they are the ones asked
    ("A survey of 4,000 staff found that 31 percent planned to leave.", "4,000"),
])
def test_labels_and_surveyed_people_give_no_figure(text, figure):
    assert _by_text(text)[figure].speaker is None


def test_citing_a_quotation_is_no_source_and_the_subject_gives_the_figures():
    found = _by_text("The central bank on Tuesday cut its growth forecast to 1.8% from 3.1%, citing “domestic unrest”.")
    assert (found["1.8%"].speaker, found["3.1%"].speaker) == ("central bank", "central bank")


@pytest.mark.parametrize("text, figure, unit", [
    # currencies by name, singular after a scale word too
    ("The state pledged 500 million escudos for rebuilding.", "500 million escudos", "escudo"),
    ("The repairs came to 1.4 billion dinar.", "1.4 billion dinar", "dinar"),
    ("Farmers lost 3.8 billion baht.", "3.8 billion baht", "THB"),
    ("The fine was 60 million dong.", "60 million dong", "VND"),
])
def test_currencies_by_name(text, figure, unit):
    c = _by_text(text)[figure]
    assert (c.category, c.unit) == ("money", unit)


def test_people_held_in_an_article_of_arrests_and_no_hostages_are_detained():
    arrests = "Police arrested 400 protesters on Monday. The rights network says more than 2,000 are still held."
    kidnap = "Gunmen kidnapped 40 villagers on Monday. The rights network says more than 20 are still held."
    assert _by_text(arrests)["more than 2,000"].category == "detained"
    assert _by_text(kidnap)["more than 20"].category == "hostages"


def test_a_fact_box_label_gives_the_category_of_its_line():
    found = _by_text("Situation at a glance\n• People affected: 52 000\n• Deaths: 73 confirmed; 41 missing\n"
                     "• Families in collective centres: 1,860\n")
    assert [found[t].category for t in ("52 000", "73", "41", "1,860")] == ["affected", "killed", "missing", "count"]


def test_an_estimated_figure_names_no_speaker():
    assert _by_text("An estimated 18,500 people have fled, most of them sheltering in 46 schools.")["46"].speaker is None


def test_a_named_bodys_figures_are_its_own_whatever_letter_its_name_opens_with():
    # (the guard against "the ministry's figures imply" is for an owner in lower case only)
    assert _by_text("By Monday night the Tamziran Coast Guard's figures stood at 23 dead.")["23"].speaker \
        == "Tamziran Coast Guard"
    assert _by_text("At 38 deaths, the ministry's figures imply a fatality rate of about 0.09%.")["about 0.09%"].speaker is None


def test_continental_copy_keeps_its_figures_whole():
    text = ("Civil protection said 1.874 people had been moved to shelters and about 3,5 hectares "
            "of hillside had slid away. Damage is put at 2.500 million pesos (some US$ 2,9 million).")
    got = {c.text: (c.value, c.category) for c in figures(text)}
    assert got["1.874"][0] == 1874
    assert got["about 3,5 hectares"][0] == pytest.approx(3.5)
    assert got["2.500 million pesos"] == (pytest.approx(2.5e9), "money")
    assert got["some US$ 2,9 million"] == (pytest.approx(2.9e6), "money")


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 80-83: "..., the movement said" after the article named the body with that noun
    ("The Orrin Valley Movement held a rally.\n\nThe movement said on its radio station that the army had broken "
     "the truce 19 times.", "19", "Orrin Valley Movement"),
    # ... but not whichever body spoke last when none was named so
    ("The Ministry of Education said schools reopened.\n\nRepairs will cost about $34 million, a children's "
     "charity said.", "about $34 million", "a children's charity"),
    # "at first" between the subject and the verb that gives the figure
    ("Coastal Water Co. apologised. The company at first put the discharge at 1.9 million gallons.",
     "1.9 million gallons", "Coastal Water Co."),
    # "its own estimate" is a noun, not a verb that gives the figure
    ("Brennholt Energy said it would appeal. The company raised its own estimate to 4,100 barrels in 2023.",
     "4,100 barrels", "Brennholt Energy"),
])
def test_figure_sources_of_batches_80_to_83(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure, category", [
    # batches 80-83: translated order, the number before what it counts
    ("The coastguard raised to 23 the number of bodies recovered.", "23", "killed"),
    ("Civil protection raised to 3 400 the number of people evacuated.", "3 400", "displaced"),
    # a container's count is of what it holds, when the tables know that
    ("Teams recovered all 163 sets of remains from the site.", "163", "killed"),
    ("Investigators opened 53 bags of human remains.", "53", "killed"),
    # "holding" takes hostages only of people (or of "them"), not of records
    ("A database holding more than 4,000 DNA profiles was opened.", "more than 4,000", "count"),
    ("Rebels are holding 240 people in the hills.", "240", "hostages"),
    ("The militia admitted holding 31 of them.", "31", "hostages"),
    # people who remain in intensive care are casualties; a part of those evacuated is evacuated
    ("Four remain in intensive care.", "Four", "wounded"),
    ("The group evacuated 37 patients, among them 9 in intensive care, from the hospital.", "9", "displaced"),
])
def test_categories_of_batches_80_to_83(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, unit", [
    ("Dissolved oxygen fell under 2 milligrams per liter.", "under 2 milligrams per liter", "milligram / liter"),
    ("Ammonia reached 3.8 mg/L downstream.", "3.8 mg/L", "milligram / liter"),
    ("Samples held 40 ppm of benzene.", "40 ppm", "ppm"),
])
def test_concentrations_are_measures(text, figure, unit):
    c = _by_text(text)[figure]
    assert (c.category, c.unit) == ("measure", unit)


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 84-87: a document that names the body that issued it gives that body's figure
    ("Figures released by the Transport Ministry on Friday show 1,975 people died on the roads.",
     "1,975", "Transport Ministry"),
    ("Port Authority records obtained by the Gazette show that 318 containers were lost.", "318", "Port Authority"),
    ("Labour Office data indicate 4,620 jobs went in March.", "4,620", "Labour Office"),
    ("A Northfield Insights poll published on Monday found 58 percent opposed the plan.", "58 percent",
     "Northfield Insights"),
    ("A survey of 2,400 tenants by the Renters' Alliance of Dunmere, released in May, found 41 percent were "
     "behind on rent.", "41 percent", "Renters' Alliance of Dunmere"),
    ("A study by the Marrow Institute last year found 72% of the wells were polluted.", "72%", "Marrow Institute"),
    # the body named in full before its noun stands for it
    ("The Kestrin Department of Health opened two clinics. Department records show about 3,400 patients were "
     "seen.", "about 3,400", "Kestrin Department of Health"),
    # a bare figure after "said" is the sayer's ("police counted 9,000; organisers said 30,000")
    ("Police counted 9,000 marchers in the capital; the federation said 30,000.", "30,000", "federation"),
    # a date phrase before the subject: "Within a week", "Two days later"
    ("Within a week the coast guard had raised the toll to 87.", "87", "coast guard"),
])
def test_figure_sources_of_batches_84_to_87(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure", [
    # a document nobody is said to have issued, or no document at all, gives no one's figure
    ("Photos show 14 bodies lying in the square.", "14"),
    ("Official figures show 2,310 people died.", "2,310"),
    # "reports" and "estimates" after an adjective, or before a preposition, are nouns
    ("Initial reports on the morning after the blast gave 212 dead.", "212"),
    ("Preliminary estimates suggest 40 people died.", "40"),
])
def test_figures_that_no_document_or_noun_gives(text, figure):
    assert _by_text(text)[figure].speaker is None


def test_a_clause_after_says_leaves_the_earlier_source():
    # "says about 40 people are missing" is no bare figure: the verb before it still gives it
    text = ("The Coastal Rescue Agency said the boat sank.\n\nThe agency has raised the toll to 12 and says about "
            "40 people are missing.")
    assert _by_text(text)["about 40"].speaker == "Coastal Rescue Agency"


@pytest.mark.parametrize("text, figure, unit", [
    ("Readings peaked at 2.4 microsieverts per hour near the gate.", "2.4 microsieverts per hour", "microsievert / hour"),
    ("Doses stayed below the annual limit of 20 millisieverts.", "20 millisieverts", "millisievert"),
    ("Samples held up to 9 000 becquerels per litre.", "up to 9 000 becquerels per litre", "becquerel / liter"),
    ("Milk was above the limit of 100 Bq/kg.", "100 Bq/kg", "becquerel / kilogram"),
    ("A rate of 9.8 µSv/h was logged at the fence.", "9.8 µSv/h", "microsievert / hour"),
    ("The worker absorbed about 6 grays.", "about 6 grays", "gray"),
    ("The source held 1,400 gigabecquerels.", "1,400 gigabecquerels", "gigabecquerel"),
    ("The well held 480 micrograms per litre of arsenic.", "480 micrograms per litre", "microgram / liter"),
])
def test_radiation_and_trace_units_are_measures(text, figure, unit):
    c = _by_text(text)[figure]
    assert (c.category, c.unit) == ("measure", unit)


@pytest.mark.parametrize("text, figure, category", [
    ("Thirty-seven people were in hospital on Sunday.", "Thirty-seven", "wounded"),
    ("Nine others were treated and released.", "Nine", "wounded"),
    ("Three workers remained under observation.", "Three", "wounded"),
    ("Twenty-one people had been admitted with breathing difficulties.", "Twenty-one", "wounded"),
    ("Some 40 workers were contaminated.", "Some 40", "affected"),
    # "died at the scene and four more in hospital": still the dead
    ("Nineteen people died at the scene and four more in hospital.", "four", "killed"),
])
def test_categories_of_batches_84_to_87(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, speaker", [
    # a part of a figure comes from whoever gives the whole, whether the part follows
    # "including" or is "N of them"
    ("The Crash Registry recorded 47 crashes last year, 16 of them fatal.", "16", "Crash Registry"),
    ("The Monitoring Group has documented at least 817 deaths, including 61 children.", "61", "Monitoring Group"),
    ("The Monitoring Group has logged 212 incidents this year, and 31 of them involved children.",
     "31", "Monitoring Group"),
    # and an earlier value after the part is theirs too
    ("The Crash Registry recorded 47 crashes last year, 16 of them fatal, compared with 52 in 2023.", "52",
     "Crash Registry"),
    # a part with a source of its own keeps it; a figure that merely follows is no part
    ("The Crash Registry recorded 47 crashes last year, 16 of them fatal according to the police.", "16",
     "police"),
    ("The Crash Registry recorded 47 crashes last year, and 16 people died in floods.", "16", None),
])
def test_parts_and_comparisons_of_a_figure_given_by_a_source(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure, speaker, superseded", [
    # "raised the toll to 38, from 31": the value after the comma is the one replaced
    ("The governor's office has raised the confirmed death toll to 38, from 31 on Monday night.",
     "31", "governor's office", True),
    ("The Red Cross raised its estimate of the homeless to 34,000 on Monday, from 20,000 on Sunday.",
     "20,000", "Red Cross", True),
    # "lifted" with what it lifts gives a figure; lifting people does not
    ("The Fire Authority has lifted the number of homes destroyed to 112, up from 87.", "112", "Fire Authority", False),
    ("Firefighters lifted 14 people from the rubble.", "14", None, False),
    # a comma with no new value before it still ends the change
    ("Aid reached 40 villages in the north, from 12 depots.", "12", None, False),
])
def test_revised_values_after_a_comma(text, figure, speaker, superseded):
    c = _by_text(text)[figure]
    assert (c.speaker, c.superseded) == (speaker, superseded)


@pytest.mark.parametrize("text, figure, category", [
    # people taken ill are affected; hospitalisations are casualties
    ("More than 300 pupils were taken ill after lunch.", "More than 300", "affected"),
    ("At least 57 diners fell sick with norovirus.", "At least 57", "affected"),
    ("Nearly 90 guests reported symptoms within two days.", "Nearly 90", "affected"),
    ("The strain was linked to three deaths and 19 hospitalisations.", "19", "wounded"),
    # a temperature with no "degrees", or after the word for it
    ("It was minus 12 Celsius in the capital.", "minus 12 Celsius", "measure"),
    ("Wind chills reached minus 41 overnight.", "minus 41", "measure"),
    # relief reports' metric tonnes and the materials of aid after a modifier
    ("The agency delivered 1,240 metric tonnes of food.", "1,240 metric tonnes", "aid"),
    ("Partners distributed an estimated 86 MT of rice.", "an estimated 86 MT", "aid"),
    ("Each family received 5 litres of cooking oil.", "5 litres", "aid"),
    ("The mine produced 2.1 million tonnes of coal.", "2.1 million tonnes", "measure"),
    # money: a currency named in full, and millions of a currency's name
    ("The repairs cost 4.2 billion soms (about 8.1 million U.S. dollars).", "about 8.1 million U.S. dollars", "money"),
    ("The army will receive 9.8 billion marks next year.", "9.8 billion", "money"),
    ("Students got 40 marks.", "40", "count"),
])
def test_categories_of_batches_88_to_91(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, speaker", [
    # a document that names the body that issued it gives that body's figure through a verb
    # of giving figures too, as through "show"
    ("The Defence Ministry's own annual report puts the figure at 16,150.", "16,150", "Defence Ministry"),
    ("The Treasury's impact assessment, published in August, puts the cost at about 640 crowns.",
     "about 640 crowns", "Treasury"),
    ("A Vox Data poll put support at 41 percent.", "41 percent", "Vox Data"),
    ("A Vox Data poll published on Sunday put support at 41 percent.", "41 percent", "Vox Data"),
    ("According to a Pell County Schools presentation, the savings are $2.6 million.", "$2.6 million",
     "Pell County Schools"),
    # a document no body is said to have issued still gives no one's figure
    ("Preliminary estimates put the toll at 40.", "40", None),
    # the document's own verb gives the figure though a verb of giving figures follows it,
    # and a body's initials stand for the name the article spelled out
    ("Figures from the National Statistics Bureau show recorded offences fell to 412,300.", "412,300",
     "National Statistics Bureau"),
    ("The National Standards Office (NSO) inspects the site. Figures published by the NSO show it has "
     "recorded 17 incidents.", "17", "National Standards Office"),
])
def test_documents_that_name_their_issuer_give_figures_of_batches_88_to_91(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 88-91: a figure given again in other terms comes from the same source
    ("The Relief Mission puts the number facing hunger at 120,000, or 29 per cent of the population.",
     "29 per cent", "Relief Mission"),
    ("The Relief Office counted 500 families, or about 2,400 people.", "about 2,400", "Relief Office"),
    # a body's initials before a document stand for the body, without the document
    ("The Hollin Aid Network (HAN) runs clinics. According to HAN assessments, 412,000 people need food aid.",
     "412,000", "Hollin Aid Network"),
    # an event that raises a toll gives no figure
    ("Fighting on Wednesday raised the toll among aid workers to 9 this year.", "9", None),
    # "By Monday afternoon" opens the sentence before its subject
    ("By Monday afternoon the Central Electoral Commission had revised turnout to 68.9 per cent.",
     "68.9 per cent", "Central Electoral Commission"),
])
def test_restated_figures_and_subjects_of_batches_88_to_91(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, found", [
    # batches 88-91: "m" before a unit written out or a word for people is a million, not metres
    ("The tanker carried 3.8m litres of diesel.", [(3800000.0, "3.8m litres")]),
    ("Some 1.2m refugees have fled.", [(1200000.0, "Some 1.2m")]),
    ("The wall is 4.2m high.", [(4.2, "4.2m")]),
    # ages: a bound after "aged", "both" or a part, an age closed by a dash or followed by "or"
    ("The population aged over 75 was growing.", []),
    ("Two people - both over 80 - have died.", [(2.0, "Two")]),
    ("Eleven of the patients are over 65 or pregnant.", [(11.0, "Eleven")]),
    ("The three who died - Edna Marsh, 91, Walter Pike, 88, and Iris Doyle, 84 - were taken to hospital.",
     [(3.0, "three")]),
    # a number to call, whatever word follows the call
    ("She urged residents to call 311 if they saw someone in distress.", []),
    ("The agency called 311 people.", [(311.0, "311")]),
])
def test_millions_ages_and_numbers_to_call_of_batches_88_to_91(text, found):
    assert [(c.value, c.text) for c in figures(text)] == found


def test_transcript_labels_of_batch_94_name_who_gives_each_figure():
    # labels in capitals, with titles, roles or a name in brackets; "Q:" is the outlet's own
    # question and "A:" the answer of the person the introduction names; a section label of
    # a bulletin ("Shelter:") and the dateline of the first paragraph name no one
    text = ("VELMORE: Regional Governor Anka Veselic and Harbour Master Ilko Draven briefed reporters. Finance "
            "Minister Tove Arnesdal spoke to us later.\n\n"
            "VESELIC: Seven people are confirmed dead.\n\n"
            "DRAVEN: The manifest lists 112 passengers.\n\n"
            "CALLER (MARIEKE, VELDHOVEN): Eleven lorries.\n\n"
            "MR. VESELIC: I would add that we have recorded 19 attacks.\n\n"
            "Shelter: Partners distributed 2,150 tents to families without shelter.")
    got = {c.text: c.speaker for c in extract_article(Article(id="tr", text=text, source="t"), ExtractOptions(kinds=("figure",)))}
    assert (got["Seven"], got["112"], got["Eleven"], got["19"]) == ("Anka Veselic", "Ilko Draven", "Marieke", "Anka Veselic")
    assert got["2,150"] is None
    text = ("ARVEN: Finance Minister Tove Arnesdal unveiled her budget on Tuesday. She spoke to our editor.\n\n"
            "Q: Your budget pays for 9,000 posts.\n\n"
            "A: Receipts came in 2.4 billion marks above target.")
    got = {c.text: c.speaker for c in extract_article(Article(id="qa", text=text, source="t"), ExtractOptions(kinds=("figure",)))}
    assert (got["9,000"], got["2.4 billion"]) == (None, "Tove Arnesdal")


@pytest.mark.parametrize("text, figure, category", [
    # batches 92-95: dead animals and their carcasses are among the dead
    ("Poachers have killed at least 23 elephants since January.", "at least 23", "killed"),
    ("Rangers found 19 carcasses near the river.", "19", "killed"),
    ("The carcasses of three elephants were found.", "three", "killed"),
    ("At least 60 rhinos were poached last year.", "At least 60", "killed"),
    ("The park has 1,400 elephants.", "1,400", "count"),
    # drug concentrations and the currencies of more countries
    ("The sample held 38 nanograms per millilitre of the drug.", "38 nanograms per millilitre", "measure"),
    ("The owner set aside 20 million kronar for the families.", "20 million", "money"),
])
def test_categories_of_batches_92_to_95(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 96-99: "the company" is the firm its own sentence names, though it never spoke
    ("Vantor Components will close its plant in Greyford, eliminating 740 jobs, the company said on Tuesday.",
     "740", "Vantor Components"),
    ("Repairing the damage will cost Lakeshore Hydro between $55 million and $70 million, the utility said.",
     "between $55 million and $70 million", "Lakeshore Hydro"),
    ("Aerquessa's insurers have offered a settlement of 210,000 rials per victim, the airline confirmed.",
     "210,000 rials", "Aerquessa"),
    ("Maria Lund, 45, lost 300 euros, the company said.", "300 euros", "company"),  # a person, by her age
    # a body the lede leaves unnamed is the next named body that speaks
    ("Security forces killed at least 11 people, a rights group said on Monday.\n\n"
     "The Ostrelian Centre for Civil Liberties said it had documented 917 names.",
     "at least 11", "Ostrelian Centre for Civil Liberties"),
    ("Police killed 12 people, a doctors' union said.\n\nThe Tarsalen Hospitals Association said 40 were hurt.",
     "12", "a doctors' union"),  # a union is no association
    ("The Dolvika City Military Administration said 40 were hurt. Around 4,800 people spent the night in the "
     "stations, the metro operator said.", "Around 4,800", "metro operator"),  # a public body is no operator
    # words that say which of a body's documents, before the body
    ("The agriculture ministry said 30 people had died. Early estimates from the ministry put wheat losses at "
     "95,000 tonnes.", "95,000 tonnes", "agriculture ministry"),
    ("Initial reports from local authorities on 27 January put the toll at five dead.", "five", None),
    ("Provincial home department data shows that 142 security personnel lost their lives.", "142",
     "Provincial home department"),
    # an earlier value after the attribution is the source's too
    ("Swarms have infested more than 214,000 hectares, the agriculture ministry said Thursday, up from 158,000 "
     "hectares a week earlier.", "158,000 hectares", "agriculture ministry"),
    ("Consumer prices rose 4.3 percent in September from a year earlier, the National Institute of Statistics "
     "reported, up from 3.9 percent in August.", "3.9 percent", "National Institute of Statistics"),
    # a part takes the source of its whole, which its own verb gave
    ("The Crescent claimed to have killed 500 foreigners; the authorities counted 61 dead, among them 12 foreign "
     "nationals.", "12", "authorities"),
    ("The health ministry raises the death toll to 15.", "15", "health ministry"),
    ("When the Iron Crescent claimed the bombing, its statement said 240 soldiers had been killed.", "240",
     "Iron Crescent"),
])
def test_figure_speakers_of_batches_96_to_99(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure, category", [
    # batches 96-99: South Asian copy's "martyred" is killed
    ("Twelve policemen were martyred in the blast.", "Twelve", "killed"),
    ("Two soldiers embraced martyrdom during the exchange of fire.", "Two", "killed"),
])
def test_categories_of_batches_96_to_99(text, figure, category):
    assert _by_text(text)[figure].category == category


@pytest.mark.parametrize("text, number", [
    # a year after "over" that ends the phrase, or before one thing, is no figure
    ("Provincial data shows an increase of 38 percent over 2023.", "2023"),
    ("Over 2023 as a whole, sales fell by 4%.", "2023"),
    ("The 2024 Kesteria Refugee Response Plan seeks US$486 million.", "2024"),
    ("Police blame the group for a 2023 attack on a hospital.", "2023"),
    ("Peru's 2007 earthquake killed 500 people.", "2007"),
    ("In 1998, four members of a club were killed, and in 2011 three people were injured.", "2011"),
    ("It came after a collision at Kell in 1977 that killed 211.", "1977"),
])
def test_years_of_batches_96_to_99(text, number):
    assert not any(number in t for t in _by_text(text))
    assert "over 2000" in _by_text("The toll rose to over 2000.")  # (counts still)
    assert "Over 2000" in _by_text("Over 2000 people fled.")
    assert "About 2000" in _by_text("About 2000 Syrians fled.")


def test_an_adjective_before_the_company_noun_keeps_the_company():
    # batch 99: "the frozen-food maker" is the company that spoke before
    text = ("More than 300 workers at the Brennock Foods plant will lose their jobs after the company confirmed "
            "it will close the site. The frozen-food maker told staff on Tuesday that 340 roles would go.")
    assert _by_text(text)["340"].speaker == "Brennock Foods"


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 100-103: a dash after the attribution, then an earlier value
    ("So far 9,600 people have been ordered to leave their homes, the interior ministry said - up from 6,200 on "
     "Monday.", "6,200", "interior ministry"),
    # a prefecture is a body that gives figures
    ("On Monday the provincial prefecture raised the official death toll to 19, up from 16.", "19",
     "provincial prefecture"),
    # every figure of a list after a verb that gives figures
    ("The ministry recorded 63 deaths, 148 injuries and 19 missing people.", "148", "ministry"),
    ("The agency announced the start of the operation, hours after gunmen killed 1,400.", "1,400", None),
    ("The group has logged 41 strikes in the province this month, three more than the military acknowledged.",
     "three", None),  # (an item of a list is a number and a few words)
])
def test_figure_speakers_of_batches_100_to_103(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, categories", [
    # a noun of an event keeps its category in a list that ends in a predicate; one of people does not
    ("The authority reports 63 deaths, 148 injuries and 19 people missing.",
     {"63": "killed", "148": "wounded", "19": "missing"}),
    ("Six prisoners and four staff were taken to hospital.", {"Six": "wounded", "four": "wounded"}),
])
def test_categories_of_batches_100_to_103(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batch 104: vials of antivenom or vaccine are supplies when given (a hospital's own order is a
    # count since batches 192-195: see test_vials_are_aid_only_when_given); not goods seized
    ("A relief agency delivered 600 vials of antivenom on Friday; the hospital ordered 2,000 more vials.",
     {"600": "aid", "2,000": "count"}),
    ("Customs officers seized 1,200 vials of counterfeit insulin at the port.", {"1,200": "count"}),
    # bites are injuries; a noun of two words before its head ("bite cases" are no illness)
    ("Clinics in the valley logged 3,410 bite cases last year.", {"3,410": "wounded"}),
    ("Five of the children had been bitten before the dog was caught.", {"Five": "wounded"}),
    # batch 105: nights in shelters and evacuation camps
    ("About 140 people spent Friday night in the sports hall and 56 slept at the church.",
     {"About 140": "displaced", "56": "displaced"}),
    ("By Monday 12,300 people remained in evacuation camps.", {"12,300": "displaced"}),
    # people stranded by a closure are affected, as held-out annotators give it 2 times to 1
    ("Ash closed the airport for a third day, stranding about 3,000 passengers.", {"about 3,000": "affected"}),
    # batch 106: casualties moved for care are wounded; residents moved are displaced
    ("Rescuers evacuated 31 injured people to the regional hospital.", {"31": "wounded"}),
    ("Two of the wounded were flown to the capital by helicopter.", {"Two": "wounded"}),
    ("Soldiers evacuated 900 residents from the valley.", {"900": "displaced"}),
    # weapons handed in or seized are counted, not fired
    ("The former rebels surrendered 820 rifles and 45 mortars at the camp.", {"45": "count"}),
    ("Militants fired 45 mortars at the base.", {"45": "attacks"}),
    ("Police seized 14 weapons, including three grenade launchers.", {"three": "count"}),
    # people freed from those who held them
    ("Troops freed 17 farmers held by the gang since March.", {"17": "released"}),
    # a force's strength is a count, not the wounded of the sentence before
    ("At least 12 soldiers have been killed this year and 40 wounded. The force deploys 8,400 troops.",
     {"8,400": "count"}),
    # batch 107: a verb of level past a change in percent and a time phrase
    ("Traffic deaths fell 9 per cent last year to 2,214.", {"2,214": "killed"}),
    ("Homicides fell by 12 percent over three years, from 459 to 404.", {"459": "killed", "404": "killed"}),
    ("Homicides rose by 12 percent over three years, from 410 to 459.", {"from 410 to 459": "killed"}),
    ("The daily toll ranged between 30 and 52.", {"between 30 and 52": "killed"}),
    ("Robberies rose in 6 of the 14 districts.", {"6": "count"}),
    # a relative clause in commas goes on past its comma; an aside before the noun's own verb does not
    ("The report covers 5,300 migrants, about a third of whom said they had been robbed, bitten by dogs or held.",
     {"5,300": "count"}),
    ("About 60 people, some of whom were children, were injured.", {"About 60": "wounded"}),
    # the dead people bury
    ("\"We buried four people on Sunday,\" the village head said. The mudslide buried 30 homes.",
     {"four": "killed", "30": "count"}),
])
def test_categories_of_batches_104_to_107(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_a_year_after_a_preposition_before_a_verb_is_no_figure():
    # batch 104: "The flood in 2023 killed 40" counts 40 dead, not 2,023 of anything
    assert sorted(_by_text("The storm in 2022 killed 19 people.\n\nThe flood in 2023 killed 40.")) == ["19", "40"]


@pytest.mark.parametrize("text, figure, speaker", [
    # batch 107: a document released on a day by a body; "Separate figures" name no one
    ("Speed cameras issued 1.8 million fines last year, according to a report by the Office of the "
     "Comptroller released Tuesday.", "1.8 million", "Office of the Comptroller"),
    ("Road deaths fell to 1,204, according to figures published yesterday by the Transport Agency.", "1,204",
     "Transport Agency"),
    ("Locusts could reach the coast within weeks, according to a forecast issued on Monday by the Plant "
     "Protection Service, which counted 40 swarms.", "40", "Plant Protection Service"),
    ("Separate figures from the Road Policing Unit showed that 9,310 drivers were arrested.", "9,310",
     "Road Policing Unit"),
    ("County police figures show 24 murders so far this year.", "24", "County police"),
    # "claims" before a verb of level is the noun
    ("The number of injury claims rose 6% to 48,200, the highest in a decade.", "48,200", None),
    # batch 106: a body whose name ends in a list of words
    ("The Ministry of Lands, Housing and Urban Development said 3,100 homes had been destroyed.", "3,100",
     "Ministry of Lands, Housing and Urban Development"),
    # the person before "who", not a body in their description
    ("\"It gets worse every month,\" said Lena Varga of the Kessel League for Civil Rights, who told reporters "
     "that 14 villages had been emptied.", "14", "Lena Varga"),
    # a role named before the person, who then says more
    ("The bill came to 320,000 pounds, according to the county's Police Commissioner, Dana Irwin, who said it "
     "was justified.", "320,000 pounds", "Dana Irwin"),
])
def test_figure_speakers_of_batches_104_to_107(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, categories", [
    # batches 108-111: a toll named before what it is of, then "to" its number
    ("The ministry lowered the death toll from Saturday's blast at the fertiliser depot in the port to 31 from 34.",
     {"31": "killed", "34": "killed"}),
    # a noun the tables know after a noun for people goes on with it
    ("Clinics recorded 22 child deaths in March.", {"22": "killed"}),
    ("The baby weighed 4.9 kilogrammes on admission.", {"4.9 kilogrammes": "measure"}),
    # held up at a port is delayed, not captive
    ("A shipment of 4,000 cartons of therapeutic food had been held up at customs.", {"4,000": "aid"}),
    # what is handed out or distributed is aid; the people it is distributed to are counted
    ("Volunteers handed out 900 torches at the shelter.", {"900": "aid"}),
    ("Food was distributed to 12,500 people in the camps.", {"12,500": "count"}),
    ("Free lunches are being handed out at 30 sites across the district.", {"30": "count"}),
    # nights away from home
    ("Council staff moved 140 residents into hotels.", {"140": "displaced"}),
    ("About 90 people slept on camp beds in the hall.", {"About 90": "displaced"}),
    ("Police took 60 people to shelters.", {"60": "displaced"}),
])
def test_categories_of_batches_108_to_111(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_nights_away_are_a_duration_not_a_figure():
    # batch 108: "forced about 150 residents out of their homes for four nights"
    got = _by_text("The blast forced about 150 residents out of their homes for four nights.")
    assert sorted(got) == ["about 150"] and got["about 150"].category == "displaced"


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 108-111: a poll published on a day by a body; letters after a name
    ("A survey by Norland Polling published this week found 61 percent of voters backed the strike.", "61 percent",
     "Norland Polling"),
    ("Its lawyer, Miriam Oduya KC, told the court the firm had paid 2.4 million marks.", "2.4 million",
     "Miriam Oduya"),
    # an adverb that opens the sentence is no name
    ("Nationally, the government's Food Security Council said 800,000 people would need aid.", "800,000",
     "Food Security Council"),
    # a police statement is the police's
    ("More than 300 people were moved to shelters, according to a police statement.", "More than 300", "police"),
    # a bullet of a fact box is no part of a name
    ("Key facts:\n\n- The Safety Authority says exposure above 10 ppm is unsafe.", "above 10 ppm", "Safety Authority"),
])
def test_figure_speakers_of_batches_108_to_111(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


def test_two_numbers_joined_by_or_are_a_range():
    # batches 107 and 108: "60 or 70mph", "8 or 9 kilos" (held-out annotators read "A or B" as a
    # range six times out of six); not two numbers far apart, nor a share after a comma
    got = _by_text("Some of the fish weighed 8 or 9 kilos. The result was three or 240, or 12 percent.")
    assert (got["8 or 9 kilos"].qualifier, got["8 or 9 kilos"].low, got["8 or 9 kilos"].high) == ("range", 8.0, 9.0)
    assert "three" in got and "240" in got and "12 percent" in got


@pytest.mark.parametrize("text, categories", [
    # batches 112-115: vessels detained are counted; only people are detained
    ("The coastguard detained 17 vessels and arrested 140 crew.", {"17": "count", "140": "detained"}),
    # people evicted, in temporary accommodation or sleeping rough are displaced
    ("Bailiffs evicted about 90 people from the block.", {"about 90": "displaced"}),
    ("Some 8,200 households are living in temporary accommodation.", {"Some 8,200": "displaced"}),
    ("The count found 640 people bedded down in doorways.", {"640": "displaced"}),
])
def test_categories_of_batches_112_to_115(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 116-119: things taken from a place are no hostages; only people are taken
    ("Inspectors found listeria in 6 of the 20 swabs taken from the dairy.", {"6": "count", "20": "count"}),
    ("Rebels still hold 31 villagers taken from the market.", {"31": "hostages"}),
    # "of food" before a noun it modifies is no food carried
    ("Clinics logged 57 cases of food poisoning after the fair.", {"57": "affected"}),
    ("The bakery admitted four breaches of food hygiene rules.", {"four": "count"}),
    ("A convoy brought 12 trucks of food to the camp.", {"12": "aid"}),
    # the last words of a counted noun the tables know: "high-energy biscuit packs"
    ("The agency delivered 7,500 high-energy biscuit packs.", {"7,500": "aid"}),
    # a named hospital or prison is read as "hospital" or "prison"
    ("Nine diners were taken to Portview Royal Infirmary overnight.", {"Nine": "wounded"}),
    ("Another 45 men were held in Grenmoor Central Prison without trial.", {"45": "detained"}),
])
def test_categories_of_batches_116_to_119(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 116-119: the time the document came out is no part of its issuer's name
    ("According to figures published by the ministry in March, arrests rose to 2,104.", "2,104", "ministry"),
    ("Turnout reached 61.4 per cent, according to results announced by the Vardan Electoral Board on 3 May.",
     "61.4 per cent", "Vardan Electoral Board"),
    # information gathered by a body is the body's
    ("According to information gathered by the Harbour Watch Network, 28 boats sank.", "28",
     "Harbour Watch Network"),
    # a description of the body, then its name, after "published by"
    ("One in five stalls failed, or 212 stalls, according to a study published on Monday by the watchdog group "
     "Fair Market Alliance.", "212", "Fair Market Alliance"),
    # a body's analysis of another's data is the first body's
    ("The Tollan Hunger Coalition said food prices had doubled. The coalition's analysis of Grain Board data "
     "shows that 340,000 families skip meals.", "340,000", "Tollan Hunger Coalition"),
    # the seat of a body is part of its name when the letters in brackets spell it
    ("The International Monitoring Office in Kessaly (IMOK) opened in Vetra. The Office said 19 prisoners had "
     "died.", "19", "International Monitoring Office in Kessaly"),
    # "the review" is the review the article gave as a source before, not the body that spoke last
    ("Nine of the 30 pumps failed, according to an independent review released on Friday. The Water Board "
     "said 12 homes flooded. The review said the upkeep budget had been cut to 80,000 dollars.",
     "80,000 dollars", "review"),
    # a month's name and a full stop end a sentence, whatever the name's length
    ("The inquiry opened in June. The Office said 21 prisoners had died.", "21", "Office"),
])
def test_figure_speakers_of_batches_116_to_119(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 120-123: a time between a subject and its verb is no part of its name
    ("Varenia's government last month asked donors to provide 30 million euros.", "30 million euros",
     "Varenia's government"),
    # a survey carried out by a body named after its noun ("the charity WellSpring")
    ("Each family gets 7 litres of water a day, according to a survey carried out last month by the charity "
     "Clearbrook.", "7 litres", "Clearbrook"),
    # a plural after a possessive is a noun, not a verb of saying
    ("Of this year's claims, 4,120 came from farmers.", "4,120", None),
    # "the chamber": the body the article named with that noun
    ("The Ostrian Chamber of Surveyors met on Monday. The chamber says 41 percent of towers lack permits.",
     "41 percent", "Ostrian Chamber of Surveyors"),
])
def test_figure_speakers_of_batches_120_to_123(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, categories", [
    # batches 120-123: "arrests for kidnapping": the noun, not what it is for
    ("The ministry said arrests for kidnapping had risen to 1,036, from 688.", {"1,036": "detained", "688": "detained"}),
    # stoves and kerosene handed out are aid
    ("The society has distributed 9,500 stoves and 4,000 litres of kerosene.",
     {"9,500": "aid", "4,000 litres": "aid"}),
])
def test_categories_of_batches_120_to_123(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 124-127: the dead and the hurt counted together are casualties (wounded)
    ("The centre said 96 people had been killed or injured by ordnance this year.", {"96": "wounded"}),
    ("Unexploded shells killed or maimed 318 children in 2024.", {"318": "wounded"}),
    ("Four people were killed and nine injured.", {"Four": "killed", "nine": "wounded"}),
    # a noun for casualties before the head; "between" ends the counted noun
    ("The clinic received 640 war-wounded patients in May.", {"640": "wounded"}),
    ("The hospital received 72 trauma cases between Monday and Thursday.", {"72": "wounded"}),
])
def test_categories_of_batches_124_to_127(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 124-127: a role, then the name in commas, after a leading "According to"
    ("According to the clinic's chief surgeon, Dr Ilse Moravek, the men had each lost 6 kilograms.",
     "6 kilograms", "Ilse Moravek"),
    ("According to the ministry, Varna Province, the worst hit, lost 30 homes.", "30", "ministry"),
    # "the Vestmark potash producer": a company described by its country and trade is the one the
    # sentence named before
    ("Kallor Minerals shares fell 9% after the Vestmark potash producer said an explosion killed 4 workers.",
     "4", "Kallor Minerals"),
])
def test_figure_speakers_of_batches_124_to_127(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, categories", [
    # batches 128-131: animals culled or slaughtered are dead, as those that died; not what is
    # destroyed beside them
    ("More than 85,000 pigs have now been culled.", {"More than 85,000": "killed"}),
    ("Nearly 38,000 cattle, sheep and pigs are to be slaughtered.", {"Nearly 38,000": "killed"}),
    ("The floods destroyed 450 acres of maize and swept away at least 120 livestock.",
     {"at least 120": "count"}),
])
def test_categories_of_batches_128_to_131(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 128-131: a name inside the clause before "she wrote" is not whom "she" means
    ("Principal Dana Vokes wrote to parents on Monday. Social Security numbers of 3,870 staff were also taken, "
     "she wrote.", "3,870", "Dana Vokes"),
    # a role that opens the sentence, in capitals for that, then the name
    ("Village headman Ruben Okafor-Lind said 140 goats were stolen. \"We cannot stop them,\" he said.",
     "140", "Ruben Okafor-Lind"),
])
def test_figure_speakers_of_batches_128_to_131(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 132-135: a company's name without the word that ends it is the company
    ("Brenner Agro Holdings runs 11 estates. Brenner Agro said it had suspended 14 foremen.", "14",
     "Brenner Agro Holdings"),
    # not a person's name that a foundation bears
    ("The Maria Lund Foundation opened in May. Maria Lund said 4 people had died.", "4", "Maria Lund"),
])
def test_figure_speakers_of_batches_132_to_135(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, categories", [
    # batches 136-139: food measured in a clause of harvest, loss or trade is a crop, not aid
    ("Growers in the delta have lost about 82,000 tonnes of rice to the floods.", {"about 82,000 tonnes": "measure"}),
    ("The board expects to import 600,000 tonnes of wheat next year.", {"600,000 tonnes": "measure"}),
    # but aid in a clause of its own, though the sentence spoke of the harvest before
    ("The harvest failed, and the state released 9,000 tonnes of maize from its reserves.", {"9,000 tonnes": "aid"}),
    # and "Harvest" in a name is no harvest; a hyphened word before the material describes it
    ("Harvest Relief handed out 50 tonnes of food and 12 tonnes of flood-resistant rice seed.",
     {"50 tonnes": "aid", "12 tonnes": "aid"}),
    # hectares written "ha"
    ("Spray teams treated 4,300 ha of pasture.", {"4,300 ha": "measure"}),
    # "a total of" after a word of money: an unknown currency is money
    ("Inspectors issued 2,100 tickets worth a total of 3.6 million dorvas.", {"3.6 million": "money", "2,100": "count"}),
    # a participle of the road that describes the noun after it
    ("Police arrested 30 drivers and seized 77 uninsured cars.", {"77": "count", "30": "detained"}),
])
def test_categories_of_batches_136_to_139(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, figure, speaker", [
    # batches 136-139: "the X Survey" named as a body is the body, not a survey to find the issuer of
    ('Mayor Lena Brook said 30 homes were lost. The flow was 2 km long, according to the Kessan Geological Survey.',
     "2 km", "Kessan Geological Survey"),
    # "it" after a body that opens its own sentence, or the one before with a time between
    ("The port board said 40 ships were idle. The Varro Coast Authority logged 12 spills; it said 300 birds had died.",
     "300", "Varro Coast Authority"),
    ("The Ministry of Fisheries on Monday closed 14 harbours. It said 2,000 boats were stuck.", "2,000",
     "Ministry of Fisheries"),
    # "the force" for a constabulary
    ("Dalby Constabulary said 9 drivers were held. The force said it had added 15 patrols.", "15", "Dalby Constabulary"),
])
def test_figure_speakers_of_batches_136_to_139(text, figure, speaker):
    assert _by_text(text)[figure].speaker == speaker


@pytest.mark.parametrize("text, categories", [
    # batches 140-143: a negative number with no unit is a reading, not a count
    ("Overnight lows near minus 31 are forecast for the valley.", {"minus 31": "measure"}),
    # a payment, a shortfall or losses in a currency no table knows are money, and so is every
    # amount in that currency in the article
    ("The fund will make a payment of 900 krell to each family. A loaf is 14 krell.",
     {"900": "money", "14": "money"}),
])
def test_categories_of_batches_140_to_143(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_the_agent_of_a_participle_gives_no_figure():
    # batches 140-143: "A fund set up by X and Y has raised ..." is not Y's figure
    text = "A fund set up by the Courier and the Harl Chamber of Commerce has raised 2.1 million korun."
    assert _by_text(text)["2.1 million korun"].speaker is None


@pytest.mark.parametrize("text, categories", [
    # batches 144-147: a code no table knows before millions is a currency, and its other
    # amounts are money
    ("The trust lost KV 310 million in the scheme. Each member got KV 2,400 back.",
     {"310 million": "money", "2,400": "money"}),
    # "embezzled", "owed", "a deposit of" take only money
    ("He embezzled 4.1 billion tarns. Savers who were owed 8,000 tarns each have been paid.",
     {"4.1 billion": "money", "8,000": "money"}),
    # not a word before a number ("In", "At")
    ("At 14 sites the pumps failed.", {"14": "count"}),
])
def test_categories_of_batches_144_to_147(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 148-151: people in hospitals, on ventilation or dialysis, or losing their sight
    # are casualties
    ("About 70 people remain in hospitals across the district.", {"About 70": "wounded"}),
    ("Nine of the men are on mechanical ventilation.", {"Nine": "wounded"}),
    ("Six people required dialysis.", {"Six": "wounded"}),
])
def test_categories_of_batches_148_to_151(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_oxygen_cylinders_are_aid():
    # batches 152-155: oxygen cylinders and concentrators are supplies, like tents and blankets
    got = _by_text("Partners sent 600 oxygen cylinders and 45 concentrators to the district.")
    assert {t: got[t].category for t in ("600", "45")} == {"600": "aid", "45": "aid"}


@pytest.mark.parametrize("text, qualifiers", [
    # batches 156-159: a bound crossed is "more than"; "past" only after a verb of rising, and
    # what was passed (a plural noun after the number) is no bound
    ("Reported infections climbed past 2,300 on Sunday.", {"past 2,300": "more_than"}),
    ("The number of suspected cases had passed 870 by Friday.", {"passed 870": "more_than"}),
    ("Sugar has crossed Rs 95 a kilo in the capital.", {"crossed Rs 95": "more_than"}),
    ("She has passed 14 exams this year.", {"14": "exact"}),
    ("In the past 48 hours, 9 people died.", {"9": "exact"}),
    # a cap is a bound
    ("Compensation is capped at $40,000 per household.", {"capped at $40,000": "at_most"}),
    # a currency code the tables do not know stands between the qualifier and the number
    ("The firm was fined more than Vk 12 million over the leak.", {"more than Vk 12 million": "more_than"}),
])
def test_qualifiers_of_batches_156_to_159(text, qualifiers):
    got = _by_text(text)
    assert {t: got[t].qualifier for t in qualifiers} == qualifiers


@pytest.mark.parametrize("text, categories", [
    # batches 156-159: what befell the people counted, said before the noun or after the number
    ("The charity put the number of displaced people at 3,400.", {"3,400": "displaced"}),
    ("About 530 people reported vomiting and diarrhoea.", {"About 530": "affected"}),
    ("At least 12 workers had been diagnosed with lung disease.", {"At least 12": "affected"}),
    ("So far 312 tenants have moved out.", {"312": "displaced"}),
    ("About 90 families were rehoused.", {"About 90": "displaced"}),
    ("About 80 filters were picked up at the village hall.", {"About 80": "aid"}),
    ("The leak forced the utility to cut off water to 45,000 residents.", {"45,000": "affected"}),
    # water supplied as usual harms no one
    ("The plant supplies hot water to some 30,000 people.", {"some 30,000": "count"}),
    # Tanzanian and Ugandan shillings by their codes
    ("Farmers lost TSh 2.6 billion in the floods.", {"TSh 2.6 billion": "money"}),
])
def test_categories_of_batches_156_to_159(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_a_scaled_amount_after_a_code_is_no_name():
    # batches 160-163: "fined BM 184 million." ends its sentence, as "Resolution 2712." would; a
    # million is no name's number
    got = _by_text("The court heard the case. The firm was fined BM 184 million.")
    assert got["184 million"].value == 184e6 and got["184 million"].category == "money"


@pytest.mark.parametrize("text, categories", [
    # batches 160-163: a level on a measured scale is a reading, not a count
    ("Sulphur dioxide at the Mill Lane monitor reached 540 micrograms per cubic metre, above the alert "
     "threshold of 350.", {"350": "measure"}),
    ("Smog covered the city. The Pollutant Index passed the hazardous level of 300 on Monday.", {"300": "measure"}),
    # but a limit on a count stays a count
    ("The ferry has a licensed limit of 80.", {"80": "count"}),
    # what the people have, then their verb
    ("Nine people with chronic lung disease have died.", {"Nine": "killed"}),
    # (but not a verb in a relative clause after them)
    ("An estimated 50,000 children are malnourished, including 8,000 with severe wasting who could die "
     "without care.", {"8,000": "affected"}),
])
def test_categories_of_batches_160_to_163(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_exceed_before_a_currency_code_is_more_than():
    got = _by_text("Losses to fishing exceed MDF 2.1 billion, the ministry says.")
    assert got["exceed MDF 2.1 billion"].qualifier == "more_than"


@pytest.mark.parametrize("text, categories", [
    # batches 164-167: supply cut off to people affects them; first aid is for the hurt; people
    # moved into hotels are displaced
    ("The blast cut supply to 1,800 households.", {"1,800": "affected"}),
    ("Medics gave first aid to 37 people at the scene.", {"37": "wounded"}),
    ("So far 143 residents had been moved into hotels and temporary homes.", {"143": "displaced"}),
])
def test_categories_of_batches_164_to_167(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 168-171: a currency's name after its adjective in lower case is money; a code no
    # table knows is money when a bracket converts it; a compound noun for people in a partitive;
    # names in apposition before the verb; things released free no one; evacuations displace
    ("The province released 1.8 million tassari dollars in emergency funds.", {"1.8 million": "money"}),
    ("Charges have risen to as much as KVS 310,000 (US$2,400).", {"as much as KVS 310,000": "money"}),
    ("Three of the five crew members were killed.", {"Three": "killed"}),
    ("Two of the aid workers were wounded.", {"Two": "wounded"}),
    ("Three riders, Kevin Ashdown and Mirela Sant, died at the scene.", {"Three": "killed"}),
    ("Our analysis of 2.4 million referral records released by the agency shows the strain.",
     {"2.4 million": "count"}),
    ("The agency has recorded 58,300 evacuations across five districts.", {"58,300": "displaced"}),
    ("More than 40 departures and arrivals have been cancelled, the airport said.", {"More than 40": "count"}),
    ("Police arrested a record 1,640 drivers for drink-driving.", {"1,640": "detained"}),
    ("The number of cyclists killed, 171, was the highest in 15 years.", {"171": "killed"}),
    ("Two patients in intensive care died during transfers.", {"Two": "killed"}),
    ("Police arrested 12 people. Belmora has 3,412 fixed and mobile camera sites.", {"3,412": "count"}),
    ("Partners delivered 22 tonnes of medicines and 6,500 litres of intravenous fluids.",
     {"6,500 litres": "aid"}),
    ("Mount Ibrenne (2,650 m) erupted on Monday.", {"2,650 m": "measure"}),
    ("The linings were worn to less than 1 millimetre.", {"less than 1 millimetre": "measure"}),
])
def test_categories_of_batches_168_to_171(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_students_marks_after_a_word_are_no_money():
    got = _by_text("Candidates needed 450 total marks to pass.")
    assert got["450"].category == "count"


def test_heavier_than_bounds_from_below():
    got = _by_text("The inquiry called for a ban on coaches heavier than 18 tonnes on the pass.")
    assert got["heavier than 18 tonnes"].qualifier == "more_than"


def test_a_court_backlog_at_a_record_is_no_illness():
    got = _by_text("The number of criminal cases waiting to be heard in the courts has climbed to a record "
                   "212,400, according to figures released by the court office.")
    assert got["212,400"].category == "count"


def test_a_row_of_data_is_no_answer():
    # batches 168-171: "Region: figures" in a data piece names no one who gives them
    text = "Road deaths by region in 2023:\n\nVellmar Uplands: 11.2 per 100,000; 241 deaths"
    doc = extract_article(Article(id="t", text=text))
    assert [c.speaker for c in doc if c.kind == "figure"] == [None, None]


@pytest.mark.parametrize("text, categories", [
    # batches 172-175: a gerund of a deadly event before the noun; "from A to B" in B's unit;
    # people infected, blinded or on dialysis; patients dying
    ("The council counted 348 accidental drowning deaths last year.", {"348": "killed"}),
    ("The zone was widened from 7 to 12 km on Monday.", {"7": "measure"}),
    ("About 3,700 patients acquire MRSA in the country's hospitals each year.", {"About 3,700": "affected"}),
    ("The directorate said 38 newborns had been infected.", {"38": "affected"}),
    ("The ward closed after an outbreak, with two patients dying and seven more falling ill.", {"two": "killed"}),
    ("Of the survivors, 23 are completely blind and 14 still need regular dialysis, the authority said.",
     {"23": "wounded", "14": "wounded"}),
])
def test_categories_of_batches_172_to_175(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_trafficking_cases_are_no_casualties():
    got = _by_text("Of 143 wildlife trafficking cases concluded since 2016, only 11 per cent ended in a custodial sentence.")
    assert got["143"].category == "count"


@pytest.mark.parametrize("text, categories", [
    # batches 176-179: a gerund that names a kind of thing; "to death" after the object; a
    # combined worth; a critical but stable condition; "licensed" before the noun
    ("Elephants trampled four villagers to death and injured nine others in a raid on two farming settlements.",
     {"four": "killed", "two": "count"}),
    ("Police seized 12 fishing boats.", {"12": "count"}),
    ("Claims remained unpaid, worth a combined 41.7 million sirins.", {"41.7 million": "money"}),
    ("Eight patients remained in care, two of them in a critical but stable condition. There are about 61,000 "
     "licensed semi-automatic weapons in the country.", {"two": "wounded", "about 61,000": "count"}),
])
def test_categories_of_batches_176_to_179(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_sentenced_to_death_is_no_death_toll():
    assert _by_text("The court sentenced three men to death.")["three"].category == "detained"


def test_a_change_after_a_comma_is_two_figures():
    # batches 176-179: "rose faster still, from 167 to 212" is a change, not a range
    got = _by_text("The number of deaths rose faster still, from 167 to 212, an increase of 27%.")
    assert {"167", "212"} <= set(got)


def test_passing_millions_of_a_currency_is_a_bound():
    got = _by_text("Insured losses from the fire have passed 400 million zentas, insurers said.")
    assert got["passed 400 million"].qualifier == "more_than"


def test_a_time_of_day_in_words_is_no_figure():
    assert "four" not in _by_text("People queue from four in the morning with their jerrycans.")
    assert _by_text("Gunmen killed four in the morning raid.")["four"].category == "killed"


@pytest.mark.parametrize("text, key, category, qualifier", [
    # batches 180-183: blood-lead readings; a qualifier after a measured rate's denominator
    ("Of those, 1,843 had readings of 5 micrograms per decilitre or higher.", "5 micrograms per decilitre or higher",
     "measure", "at_least"),
    ("In all, 2,985 had blood-lead levels at or above 5 µg/dL.", "at or above 5 µg/dL", "measure", "at_least"),
])
def test_readings_of_batches_180_to_183(text, key, category, qualifier):
    got = _by_text(text)[key]
    assert (got.category, got.qualifier) == (category, qualifier)


@pytest.mark.parametrize("text, categories", [
    # batches 184-187: a hyphenated noun before "cases" ("dog-bite cases" are bite cases); people
    # with dog bites
    ("Hospitals recorded 2.14 million dog-bite cases between 2014 and 2023.", {"2.14 million": "wounded"}),
    ("Health partners recorded 627 people with dog bites or scratches in the camp.", {"627": "wounded"}),
])
def test_categories_of_batches_184_to_187(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_the_articles_pounds_are_money():
    # batches 184-187: once "15,000 Zembari pounds" is money, "Fifteen thousand pounds" in a quote is too
    got = _by_text('Their families have each received 15,000 Zembari pounds from the relief fund. "Fifteen thousand '
                   'pounds will not buy even three heifers," said Miriam Achola.')
    assert got["Fifteen thousand pounds"].category == "money"
    assert _by_text("The lorry carried 15,000 pounds of maize.")["15,000 pounds"].category != "money"


@pytest.mark.parametrize("text, categories", [
    # batches 192-195: an amount in a currency no table knows after a verb of paying and its payer
    # or payee, after the noun of a price (any amount), or before what it is the size of
    ("The new scanner cost the hospital about 3,900 ostrels.", {"about 3,900": "money"}),
    ("The ministry paid two private firms 12 million ostrels for the work.", {"12 million": "money"}),
    ("Strips sold at an average price of 4.5 ostrels each.", {"4.5": "money"}),
    ("The council approved a 25 million ostrel fund for repairs.", {"25 million": "money"}),
    ("The rescue cost the regional government around 2.6 million merovian lev.", {"around 2.6 million": "money"}),
    # ... but not hours a strike cost, nor a count after a name that opens with a verb of paying
    ("The strike cost the economy 2.1 million working hours.", {"2.1 million": "count"}),
    ("Save Our Rivers said 312 schools took part.", {"312": "count"}),
])
def test_money_of_batches_192_to_195(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, category", [
    # batches 192-195: vials are aid when given, a count when bought, held or made
    ("The health ministry ordered 30,000 vials from an overseas maker.", "count"),
    ("The plant will produce up to 90,000 vials a year.", "count"),
    ("The charity delivered 2,400 vials to rural clinics.", "aid"),
])
def test_vials_are_aid_only_when_given(text, category):
    (got,) = [c for c in figures(text)]
    assert got.category == category


def test_hundreds_of_hours_are_a_measure_and_a_storm_of_hours_is_no_figure():
    got = _by_text("Patrol aircraft flew 820 hours of surveillance last season. The storm lasted 36 hours.")
    assert {t: c.category for t, c in got.items()} == {"820 hours": "measure"}


@pytest.mark.parametrize("text, key", [
    # batches 192-195: a number before a hyphen and a noun it counts is the size of a thing
    ("The 348-page report was published on Monday.", "348"),
    ("They plan a 500-bed hospital on the site.", "500"),
    ("A three-member panel will hear the appeal.", "three"),
    ("Fire spread through the 14-storey block.", "14"),
])
def test_sizes_before_a_hyphen_are_counts(text, key):
    got = _by_text(text)
    assert got[key].category == "count"
    assert not _by_text("Both sides back a two-state solution and a four-day truce.")


@pytest.mark.parametrize("text, categories", [
    # batches 196-199: people a shelter holds or took in are displaced, not hostages; people moved
    # out of danger are displaced; inmates who escaped are counted, and those returned to
    # custody or recaptured are detained; a capacity is a count
    ("Officials say 190 shelters are open along the coast, holding about 52,000 people.", {"about 52,000": "displaced"}),
    ("The warden said the hall had taken in 710 people overnight.", {"710": "displaced"}),
    ("Gunmen are still holding 40 people in the village.", {"40": "hostages"}),
    ("Nurses moved 31 patients to the ground-floor ward.", {"31": "displaced"}),
    ("Nine inmates escaped from the jail before dawn.", {"Nine": "count"}),
    ("By Friday, 212 had been returned to custody.", {"212": "detained"}),
    ("Police have recaptured 14 of the inmates who broke out.", {"14": "detained"}),
    ("The jail holds 2,300 detainees in space meant for 1,400.", {"1,400": "count"}),
])
def test_categories_of_batches_196_to_199(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 200-203: a conversion after what the amount was in teaches the currency; a ransom
    # demanded is money; people taken at gunpoint are hostages, those who walked free released;
    # a farm input handed out is measured, not aid, unless relief goods stand beside it
    ("The gang collected at least 1.9 billion pells in ransoms, roughly €410,000, and police traced 340 million "
     "pells of it.", {"at least 1.9 billion": "money", "340 million": "money"}),
    ("The kidnappers demanded 250 million korvas for the men.", {"250 million": "money"}),
    ("The engineer and his two drivers were taken at gunpoint near Hesh.", {"two": "hostages"}),
    ("Six road engineers walked free on Wednesday.", {"Six": "released"}),
    ("The ministry distributed 260,000 litres of subsidised insecticide.", {"260,000 litres": "measure"}),
    ("The ministry will distribute 40,000 tonnes of seed and fertiliser to farming households.",
     {"40,000 tonnes": "aid"}),
])
def test_categories_of_batches_200_to_203(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 204-207: the article's currency before a word the subject took in ("dalmars
    # more"); money borrowed; people treated; a span of time after a predicate is no object
    ("Each household would receive a flat payment of 180,000 dalmars, with up to 95,000 dalmars more for families.",
     {"up to 95,000": "money"}),
    ("The state had borrowed 95 million soldes last year.", {"95 million": "money"}),
    ("The ministry said that 612 people had received treatment at health facilities.", {"612": "wounded"}),
    ("An estimated 14,000 people remain displaced six days after the leak.", {"An estimated 14,000": "displaced"}),
    ("The floods displaced 300 families.", {"300": "displaced"}),
])
def test_categories_of_batches_204_to_207(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_numbered_paragraphs_and_hours_of_unpaid_work_are_no_figures():
    # batches 208-211: "6. The Fund's former finance director ...": the number of a paragraph;
    # hours a court orders stay a duration, however many
    got = _by_text("The inquiry found:\n\n6. The former finance director said 12 memos went unread.\n\n"
                   "She was ordered to carry out 200 hours of unpaid work.")
    assert sorted(got) == ["12"]


@pytest.mark.parametrize("text, categories", [
    # batches 212-219: fuel in a sentence of a crash or a spill is a load, not a delivery
    ("A tanker carrying nearly 28,000 litres of petrol collided with a cement lorry.", {"nearly 28,000 litres": "measure"}),
    ("The tanker, which was carrying roughly 40,000 litres of diesel, lost its brakes on the approach.",
     {"roughly 40,000 litres": "measure"}),
    ("A convoy of 22 trucks carrying 45,000 litres of fuel reached Osk.", {"45,000 litres": "aid"}),
])
def test_categories_of_batches_212_to_219(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 212-219: people at risk past an age ("under one year old") or past "considered";
    # people left without piped or tap water
    ("Some 18,500 children under one year old are at risk of missing routine immunisation.",
     {"Some 18,500": "affected"}),
    ("Some 38,000 people are now considered at risk of food shortages.", {"Some 38,000": "affected"}),
    ("The intake was shut, leaving about 22,000 households without tap water.", {"about 22,000": "affected"}),
    ("Up to 18,000 residents were without piped water after the blast.", {"Up to 18,000": "affected"}),
])
def test_people_at_risk_and_without_water(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 212-219: a move to a hospital with words between; people unconscious or escaping
    # with cuts; the dead "initially reported"
    ("Six people were taken to the regional hospital in Ostrec.", {"Six": "wounded"}),
    ("Another 11 were rushed to a nearby clinic, the ambulance service said.", {"11": "wounded"}),
    ("Two of the passengers were unconscious when the doors were opened.", {"Two": "wounded"}),
    ("Two passengers escaped with minor cuts.", {"Two": "wounded"}),
    ("Four people were initially reported dead.", {"Four": "killed"}),
    # ... not bodies brought to a mortuary, people taken in with an illness, or patients moved to
    # other hospitals with no injury named
    ("At least 35 bodies had been taken to the town's hospital mortuary by mid-afternoon.", {"At least 35": "killed"}),
    ("Three had been taken to the district hospital with dysentery.", {"Three": "count"}),
])
def test_people_taken_to_hospital(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 220-223: volts are a measure, never aid ("a 400-volt supply"); an amount in a
    # currency named after its hyphen, before what it is the size of, is money
    ("He touched an 11,000-volt line.", {"11,000-volt": "measure"}),
    ("The overhead 400-volt supply failed.", {"400-volt": "measure"}),
    ("The board approved a 1.9 billion-mark upgrade programme.", {"1.9 billion": "money"}),
    ("Valleyline runs the route under a 1.6 million-thalm annual contract.", {"1.6 million": "money"}),
    ("It announced a 520,000-crown upgrade programme.", {"520,000": "money"}),
])
def test_categories_of_batches_220_to_223(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 228-231: cases of an injury are casualties, cases of an illness are not
    ("Medics treated 312 cases of frostbite at the camp.", {"312": "wounded"}),
    ("Inspectors logged 14 cases of heat exhaustion and 40 cases of cholera.", {"14": "wounded", "40": "affected"}),
])
def test_cases_of_an_injury(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 228-231: an amount of something measured in time is a measure, not a window
    ("Police reviewed 60 hours of video footage.", {"60 hours": "measure"}),
    ("The town had six hours of electricity a day.", {"six hours": "measure"}),
    # grain in store or handled, flour a mill makes, a concentration and a ship's size are no aid
    ("The terminal had a storage cell holding about 9,000 tonnes of wheat.", {"about 9,000 tonnes": "measure"}),
    ("The mill produced around 650 tonnes of flour a day.", {"around 650 tonnes": "measure"}),
    ("A cloud of 50 grams of flour per cubic metre of air can ignite.", {"50 grams": "measure"}),
    ("You cannot load a 60,000-tonne ship there.", {"60,000-tonne": "measure"}),
    ("The agency delivered 9,000 tonnes of wheat to the camps.", {"9,000 tonnes": "aid"}),
    # people poisoned are affected; those tested are counted
    ("Nurses tested 187 children, and 64 had elevated blood lead.", {"187": "count", "64": "affected"}),
])
def test_categories_of_batches_228_to_231(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 232-233: animals destroyed are dead, as those culled; homes destroyed are not
    ("Her flock of about 11,000 birds was destroyed in a single afternoon.", {"about 11,000": "killed"}),
    ("Outbreaks forced the destruction of some 310,000 birds.", {"some 310,000": "killed"}),
    ("The storm destroyed 450 acres of maize and swept away at least 120 livestock.", {"at least 120": "count"}),
])
def test_animals_destroyed(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


def test_three_days_of_power_cuts_are_a_window():
    assert "three days" not in _by_text("The town faced three days of power cuts.")


def test_a_short_hyphenated_list_is_no_amount():
    # "a 10-point programme" is a programme's length, not money in a currency called "point"
    assert _by_text("A 10-point programme was agreed.")["10"].category != "money"


@pytest.mark.parametrize("text, categories", [
    # batches 224-227: a bare amount an amount of money went to ("from 25 million crowns to 50
    # million"); areas with a hyphen before a noun ("the 6,400-square-metre roof")
    ("The union asked the government to double the fund from 25 million crowns to 50 million.",
     {"50 million": "money"}),
    ("The budget was cut from €910 million in 2021 to 640 million this year.", {"640 million": "money"}),
    ("The 6,400-square-metre roof fell in.", {"6,400-square-metre": "measure"}),
    # (not a count that rose "from 1,150 to 1,620 a year" after an amount of money)
    ("The budget was cut from 4.8 million euros to 2.9 million euros, while patrols rose from 1,150 to 1,620 a year.",
     {"1,620": "count"}),
])
def test_amounts_carried_and_hyphenated_areas(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 232-237: an exchange rate is money, in whatever currency ("1,385 to the dollar")
    ("The keral traded at 1,385 to the dollar on Tuesday.", {"1,385": "money"}),
    ("The decree converts savings at 410 corones to the dollar.", {"410": "money"}),
    ("The pesar weakened 2.4% to 15.2 per dollar.", {"15.2": "money", "2.4%": "percent"}),
    # ... and makes no currency of the bare numbers after it
    ("The pesar fell to 15.2 per dollar. Police have since freed 540.", {"540": "released"}),
    # a currency no table knows, after "raised" or "costed at", is money all through the article
    ("An appeal has raised 86,500 dravs. Each trader will get a little over 400 dravs.",
     {"86,500": "money", "a little over 400": "money"}),
    ("The new hall, costed at 14.8 million dravs, was approved.", {"14.8 million": "money"}),
    # ... but animals raised are animals, and those who gave are counted, not money
    ("She raised 48,000 Pekin ducks a year. Some 2,000 ducks died in May.",
     {"48,000": "count", "Some 2,000": "killed"}),
    ("The page had raised 1.3 million pesetas from more than 2,000 donors.",
     {"1.3 million": "money", "more than 2,000": "count"}),
    # nets against malaria and courses of treatment are aid
    ("The charity handed out 40,000 insecticide-treated nets and 18,000 treatment courses.",
     {"40,000": "aid", "18,000": "aid"}),
    # water poured on a fire is a measure, not a delivery
    ("Firefighters needed more than 400,000 litres of water to extinguish it.", {"more than 400,000 litres": "measure"}),
    ("Tankers delivered 30,000 litres of water to the camp.", {"30,000 litres": "aid"}),
    # animals culled, before their noun, are dead
    ("The mountain provinces reported fewer than 400,000 culled birds.", {"fewer than 400,000": "killed"}),
    # a word of time that opens a noun is no unit: "two night watchmen" are people killed
    ("The blaze killed two night watchmen, officials said.", {"two": "killed"}),
    # what is said of the noun comes after its brackets
    ("Field teams say 1,140 people (about 230 households) have been displaced.",
     {"1,140": "displaced", "about 230": "displaced"}),
])
def test_exchange_rates_local_money_nets_fire_water_and_culls(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 238-241: a verb in the singular after a plural noun is another subject's, and a
    # verb that is never a participle is the number's own, whatever the sentence says later
    ("A charter boss whose pilot flew a plane that killed five people was jailed for six years.", {"five": "killed"}),
    ("The owner of a gold pit in which 11 workers died was sentenced on Wednesday.", {"11": "killed"}),
    # ... but a group's verb is its members' ("a first group of 11 hostages was released")
    ("Police said a first group of 11 hostages was released on Saturday.", {"11": "released"}),
    # those a leak or a crash sent to hospital are wounded, not those sent to work there
    ("The gas killed two people and sent 131 others to hospital.", {"two": "killed", "131": "wounded"}),
    ("The ministry sent 40 doctors to the hospital in Arlen.", {"40": "count"}),
    # a gas that leaked is no aid delivered
    ("The median leak involved 85 kg of gas.", {"85 kg": "measure"}),
])
def test_verbs_of_another_subject_hospital_and_leaks(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories


@pytest.mark.parametrize("text, categories", [
    # batches 238-241: people who live where something befalls the place are affected ...
    ("An estimated 2.3 million people live in areas under a red heat alert.", {"An estimated 2.3 million": "affected"}),
    ("About 25,000 people live in the sub-districts where cases have been reported.", {"About 25,000": "affected"}),
    ("About 12,000 people live in the affected villages.", {"About 12,000": "affected"}),
    # ... not those who merely live somewhere
    ("Roughly 700,000 people live in the Salla region.", {"Roughly 700,000": "count"}),
])
def test_people_living_where_something_befalls_the_place(text, categories):
    got = _by_text(text)
    assert {t: got[t].category for t in categories} == categories
