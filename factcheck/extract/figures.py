"""Figures: the numbers an article states, each as an interval with what it counts.

A figure is a number in the body that says how many or how much of something: people, things,
money, a percentage or a physical measure (see ``../shared/eval/GUIDELINES.md``). For each
one the extractor gives:

* ``value``, ``low``, ``high``, ``qualifier``: the number (scale and number words applied) and
  the interval its qualifier implies (DESIGN.md, "Figures as intervals");
* ``category``: what the number counts, from the words that govern it in its sentence: a
  predicate after the counted noun (``1,400 people were killed``), a verb or noun before the
  number (``killed 1,400``, ``a death toll of 1,400``), the counted noun (``240 captives``),
  or the figure it is part of (``including 4,104 children``);
* ``subject`` (the counted noun as written) and ``unit`` (a pint unit name: ``person``,
  ``USD``, ``kilometer``, ``percent``, ...);
* ``event_date`` where the sentence dates the event, ``superseded`` where the article gives the
  number as an earlier value;
* ``speaker``, ``speaker_role``, ``cue`` and ``stated_on``: who gives the figure. The speech
  analysis that the quote and statement extractors share decides first: the speaker of the
  quote the figure stands in, or of the reported clause that holds it (``X said (that) ...``,
  ``..., X said``, ``according to X, ...``), with pronouns and short names resolved to the
  fullest name the article gives. Else the subject of a verb that gives a figure in its object
  (``put the death toll at 66``, ``announced Tk 2 lakh``; the ``figure_source`` table of
  ``speech.toml``). Else, in an interview written as questions and answers, the person whose
  answer holds it (a paragraph that opens with a name the article gave: ``Nduka: The first
  number was ...``). Else the simple in-sentence forms (``according to X``, ``per X``, ``X
  said`` at either end of the sentence). A figure's speaker is the same whichever kinds of
  claim are asked for.

All words (qualifiers, category words, units, exclusion cues) come from
``factcheck/rules/figures.toml``; the patterns are compiled once per set of rule files.

Not figures (never emitted): dates, years, times of day, durations and time windows, ages,
ordinals and ranks, identifiers and names (``Resolution 2712``, ``F-16``, ``911 calls``),
numbers inside words.

Out of scope here: who gives a figure stated in a sentence after the one with the verb of
saying (speech reported over several sentences), figures spread over two sentences other than
by the simple carry-over of a category to a bare number (``Of those, 22 were in their 70s``),
arithmetic between figures, and languages other than English.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ..claims import Claim
from ..dates import _ODD_CASE, MONTHS, DateMention, _find_dates, as_date
from ..rules import load_rules
from .numbers import Grammar, Number, alternation, grammar
from .text import Document, Span

if TYPE_CHECKING:
    from . import ExtractOptions

# "about 1,200" covers 1,140-1,260: news rounds to two significant figures, and a 5% margin
# keeps "about 1,200" and "1,180" in agreement while "about 1,200" and "1,400" conflict.
APPROX_TOLERANCE = 0.05
# "nearly 16,000" is just below 16,000: [15,200, 16,000]. Writers say "nearly" for numbers
# within a few percent of the round figure.
NEARLY_TOLERANCE = 0.05
IDIOM_REACH = 6  # characters an idiom may start before a number in it ("50-50", "24/7")
# Characters looked at on each side of a number for its qualifier, governor and predicate:
# enough for "the confirmed death toll remains at" and "Israeli soldiers had now been killed".
LEFT_WINDOW = 140
WEAPON_CLAUSE_REACH = 80  # characters each side of a count of weapons in which a verb may make or send them
RIGHT_WINDOW = 110
# Characters before a number in which its governor is looked for: four linking words and a
# phrase of a few words ("the number of missing has dropped to").
GOVERNOR_WINDOW = 80
# Characters before a number in which a phrase that ends at the number is looked for ("just
# over", "down from a previous estimate of", "under the age of"): longer than any such phrase,
# short so that the patterns anchored at the number run fast.
TAIL = 48
# How far (characters) a bare number may look back for the figure whose category it carries
# on ("Of those, 22 were in their 70s" after "the names of 55 of the dead").
CARRY_OVER_REACH = 400
NAME_LIST_REACH = 8  # tokens after "names" in which "of the dead" may name who is listed
POINTS_REACH = 300  # characters before a sentence in which "percentage points" makes "points" percent
BY_RANGE_RATIO = 5  # "by A to B" is a range only when B is at most this many times A
FARM_INPUT_REACH = 9  # words after "of" in which a farm input may be named ("of a product labelled as ... insecticide")
MEASURED_HOURS_MIN = 100  # hours in the hundreds are a statistic ("flew 640 hours of surveillance"), not a time window
MONEY_GOVERNED_MIN = 10  # a smaller amount after "paid" or "worth" is more likely a count ("paid 3 visits")
MAX_AGE = 120  # a number in apposition to a person up to this is an age
DETENTION_REACH = 6  # tokens after "held" in which a place of detention makes it detained
PARTICIPLE_REACH = 10  # words after a participle in which the clause's own verb may stand
# Past participles that do not end in -ed ("hostages held in Gaza", "people taken to hospital").
_PLACE_PREPOSITIONS = frozenset(("at", "in", "to", "across", "among", "from"))
_HELD_PARTICLES = frozenset(("up", "back", "off", "over"))  # "held up at the port", "held back"
_IRREGULAR_PARTICIPLES = frozenset("held taken kept seen brought caught found sent left hit shot put".split())
PLACE_REACH = 7  # words of a place between a counted noun and its verb
# Verbs that end a place between a counted noun and its predicate.
_PLACE_END = frozenset(("is", "are", "was", "were", "have", "has", "had", "remain", "remained", "remains",
                        "need", "needs", "needed", "face", "faces", "faced"))
# Words counted as the noun after a number at most.
SUBJECT_MAX_WORDS = 5
# Categories that count people: their figures have unit `person`.
# What befalls people who live on: a noun of deaths is not one of them ("213 deaths in custody").
_LIVING_STATES = frozenset({"detained", "hostages", "displaced", "affected"})
PEOPLE_CATEGORIES = frozenset({"killed", "wounded", "hostages", "missing", "released", "detained",
                               "displaced", "affected"})
# Categories a bare number may take from the figure before it ("seven at the bowling alley").
CARRIED_CATEGORIES = PEOPLE_CATEGORIES | {"attacks", "aid", "count"}
# Where a category came from, strongest first; a weaker source never overrides a stronger one.
SOURCES = ("unit", "part_of", "predicate", "governor", "noun", "carried", "default")

_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# (letters with accents too: "Tomás", "Łódź" are one word each; ranges, not \w, for speed)
_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ"
_TOKEN = re.compile(rf"[{_LETTER}][{_LETTER}’'\-]*|\d(?:[\d,.]*\d)?|[^\s{_LETTER}\d]")
_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_NAMES = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Small words that, capitalised, begin sentences; a capitalised word before a number that is
# one of these does not make the number a name.
_FUNCTION_WORDS = frozenset("""a an the and or but of in on at by for to from with without about around over under
between among including since until after before during than as some only another all nearly almost more less
fewer up down just roughly approximately at least most those these this that there here it its their his her
our we they he she you i while when where if also still now then overall total so""".split())


# -- the rules, compiled ---------------------------------------------------------------------------


def _lower_set(items: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(str(w).lower().split()) for w in items)


def _phrases(table: dict[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(k.lower().split()): v for k, v in table.items()}


def _reversed(phrases: Iterable[str]) -> str:
    """An alternation of the phrases written backwards, for :class:`_Ending`."""
    return alternation(" ".join(str(p).split())[::-1] for p in phrases)


class _Ending:
    """A pattern that ends where the text it searches ends (a phrase right before a number:
    "at least", "down from"), run backwards: a reversed pattern is matched once at the start
    of the reversed text instead of the forward one being tried at every position.

    ``search`` answers as ``re.Pattern.search`` of the forward pattern would: the match that
    starts first, with group offsets in the forward text. The reversed alternation prefers the
    longest phrase, as the forward search does by starting first.
    """

    __slots__ = ("forward", "backward")

    def __init__(self, forward: str, backward: str, flags: int = re.IGNORECASE):
        self.forward = re.compile(forward, flags)
        self.backward = re.compile(backward, flags)

    def search(self, s: str, pos: int = 0) -> _Backward | re.Match | None:
        m = self.backward.match(s[::-1])
        if m is None:
            return None
        if len(s) - m.end() < pos:
            return self.forward.search(s, pos)  # the longest match starts before pos; a shorter one may not
        return _Backward(m, len(s))


class _Backward:
    """A match of a reversed pattern, read forwards."""

    __slots__ = ("m", "n")

    def __init__(self, m: re.Match, n: int):
        self.m = m
        self.n = n

    def start(self, group: int | str = 0) -> int:
        return self.n - self.m.end(group)

    def end(self, group: int | str = 0) -> int:
        return self.n - self.m.start(group)

    def group(self, group: int | str = 0) -> str:
        return self.m.group(group)[::-1]


@dataclass
class FigureRules:
    """The figure rule table, read and compiled."""

    grammar: Grammar
    raw: dict
    qualifier_before: _Ending
    qualifier_after: re.Pattern
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    estimate_before: re.Pattern
    between_before: re.Pattern
    from_before: re.Pattern
    predicates: dict[str, list[tuple[tuple[str, ...], str]]]
    predicates_by_last: dict[str, list[tuple[tuple[str, ...], str]]]
    people_predicates: dict[str, list[tuple[tuple[str, ...], str]]]
    people_governors: dict[str, list[tuple[tuple[str, ...], str]]]
    people_governor_words: frozenset[str]
    illnesses: frozenset[str]
    injury_words: frozenset[str]
    injury_nouns: frozenset[str]  # "27 wounded people" evacuated: casualties, not displaced
    hospital_moves: tuple[tuple[str, ...], ...]  # "taken to", "rushed to": ... a hospital, with words between
    hospital_senders: frozenset[str]  # "sent 131 others to hospital": the verb before the number
    hospital_staff: frozenset[str]  # "sent 40 doctors to the hospital": sent there to work
    residence_affected: re.Pattern  # " live in areas under a red heat alert": people so housed are affected
    hospital_nouns: frozenset[str]
    hospital_move_gap: int
    hospital_not_after: frozenset[str]  # "mortuary": a hospital's room for the dead
    case_injuries: tuple[str, ...]  # "cases of frostbite": injuries counted as cases
    rates: tuple[str, ...]
    not_aid_units: frozenset[str]  # "20 acres of maize", "30 metres of water": never a delivery
    weight_units: frozenset[str]  # "tonne": before a noun with a hyphen, a vessel's size ("a 60,000-tonne ship")
    aid_measure_verbs: frozenset[str]
    aside_dashes: frozenset[str]
    aside_openers: frozenset[str]
    hyphen_nouns: frozenset[str]
    hyphen_counted: frozenset[str]  # "a 640-page report": the number counts the noun after its hyphen
    governors: dict[str, list[tuple[tuple[str, ...], str]]]
    nouns: dict[str, str]
    governor_links: frozenset[str]
    governor_reach: int
    level_verbs: frozenset[str]
    level_subject_reach: int
    level_time_words: frozenset[str]
    level_time_nouns: frozenset[str]
    predicate_links: frozenset[str]
    not_verbs: frozenset[str]  # words in -ed/-ing that are no verb after a number
    adjective_participles: frozenset[str]  # "collapsed": no verb when a noun follows
    predicate_reach: int
    transitive_predicates: frozenset[str]
    predicate_compound_heads: frozenset[str]
    named_place_heads: dict[str, str]
    named_place_prepositions: frozenset[str]
    clause_breaks: frozenset[str]
    carry_breaks: frozenset[str]
    part_of: _Ending
    part_of_after: re.Pattern  # "16 of them", "three of whom": the part-of words after a part's number
    people: frozenset[str]
    animals: frozenset[str]
    participle_nouns: frozenset[str]
    container_nouns: frozenset[str]  # "sets of remains": the noun after "of" is what is counted
    finite_only_predicates: frozenset[str]  # "died": never a participle that describes the noun
    intransitive: frozenset[str]  # "died", "fled": predicates that take no object
    aid_materials: frozenset[str]
    crop_materials: frozenset[str]  # "maize", "wheat": food that is a crop as well as aid
    crop_words: frozenset[str]  # "lost", "harvest", "imports": a crop measured in such a clause is no aid
    load_mishap: re.Pattern  # "overturned", "spilled", "extinguish": an aid material measured in such a sentence is a load
    level_before: re.Pattern  # "threshold of", "limit is": a bare number after it is a reading
    level_scale: re.Pattern  # "index", "micrograms": words that put such a level on a measured scale
    name_lists: frozenset[str]
    level_subjects: dict
    family_words: frozenset[str]
    not_age_words: frozenset[str]
    age_superlatives: frozenset[str]
    age_bound_not_after: frozenset[str]
    detention_places: frozenset[str]
    detention_hold_verbs: frozenset[str]
    shelter_places: frozenset[str]  # "shelters", "hall": people they hold or took in are displaced
    shelter_hold_verbs: tuple[str, ...]
    farm_inputs: frozenset[str]  # "insecticide": measured, it is no humanitarian supply
    time_unit_words: frozenset[str]  # "days", "week": after a number, a span of time
    sentence_hours_after: re.Pattern  # " of unpaid work": hours a court orders, no statistic
    measured_time_of: re.Pattern  # " of video footage": hours of something measured in time
    hostage_stems: tuple[str, ...]
    line_labels: dict[str, str]
    detention_stems: tuple[str, ...]
    court_case_nouns: frozenset[str]
    court_words: frozenset[str]
    death_records: frozenset[str]
    weapon_transfer_words: tuple[str, ...]
    weapon_nouns: frozenset[str]
    seizure_words: tuple[str, ...]
    stock_nouns: frozenset[str]  # "vials": aid only when given
    stock_delivery_words: tuple[str, ...]
    animal_death_words: tuple[str, ...]
    animal_destroyed_after: re.Pattern  # " were destroyed" right after the animals counted
    animal_destroyed_before: re.Pattern  # "destruction of " right before them (and their qualifier)
    aid_material_modifiers: frozenset[str]
    flow_rates: tuple[str, ...]  # "45 tonnes of water a minute": a rate of flow, not a delivery
    aid_measure_governors: dict
    money_governors: dict
    money_any_amount: dict  # "a price of": an amount of any size after it is money
    money_with_object: dict  # "cost the state": a verb of paying, its payer or payee, then the amount
    money_compound_heads: frozenset[str]  # "a 60 million rell fund": what an amount of money is the size of
    exchange_rate_after: re.Pattern  # " to the dollar": after an exchange rate
    money_other_losses: frozenset[str]  # "cost the economy 1.9 million working hours": no money
    currency_nouns: frozenset[str]
    currency_nouns_of_other_things: frozenset[str]
    released_things: frozenset[str]
    gerund_modifiers: frozenset[str]
    ing_nouns: frozenset[str]
    duration_measure: _Ending
    superseded_before: _Ending
    superseded_after: re.Pattern
    superseded_clause: re.Pattern
    superseded_clause_words: tuple[str, ...]  # a word of each clause, lower case
    change_words: frozenset[str]
    over_particle_verbs: frozenset[str]  # "handed over 73": verbs whose "over" is a particle
    passing_before: re.Pattern  # "climbed past", "cases had passed": a bound crossed before the number
    according_to: re.Pattern
    according_words: tuple[str, ...]  # a word of each cue, lower case: no cue without one
    said_before: re.Pattern
    said_after: re.Pattern
    given_by: re.Pattern  # "up from 11 reported by emergency services": an earlier value's own source
    compared_with: _Ending  # "..., compared with 52 in 2023": a value compared, from the same source
    restated: re.Pattern  # ", or ": the gap before a figure given again in other terms
    identifier_before: _Ending
    age_before: _Ending
    age_after: re.Pattern
    time_after: re.Pattern
    day_part_after: re.Pattern  # "in the morning": a time of day after a clock preposition and a small number
    clock_prepositions: frozenset[str]
    phone_numbers: frozenset[str]
    address_after: re.Pattern  # " block of Delancey": the number was an address
    multiplier_after: re.Pattern  # " times more likely": the number was a multiplier
    denominator_before: _Ending  # "per": the number is a rate's denominator
    street_after: re.Pattern  # " Seafront Street", " Prospekt Svobody": the number was an address
    phone_words: frozenset[str]
    phone_verbs: frozenset[str]
    phone_followers: frozenset[str]  # "call 311 if ...": words that end the call
    idioms: re.Pattern
    idiom_firsts: frozenset  # the first characters of the idioms, in either case
    pronoun_one_before: frozenset[str]
    pronoun_one_after: frozenset[str]
    year_range: tuple[float, float]


def _word_table(tables: dict, key: str, by_last: bool = False) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases of one kind for every category, indexed by their first word (predicates) or
    their last word (governors)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for category, words in tables.items():
        for phrase in words.get(key, []):
            toks = tuple(phrase.lower().split())
            if not toks:
                continue
            index = toks[0] if key.endswith("predicates") and not by_last else toks[-1]
            out.setdefault(index, []).append((toks, category))
    for v in out.values():
        v.sort(key=lambda p: -len(p[0]))
    return out


@cache
def _rules(paths: tuple[str, ...]) -> FigureRules:
    raw = load_rules("figures", paths)
    q = raw["qualifiers"]
    qopt = raw.get("qualifier_options", {})
    copt = raw["category_options"]
    sup = raw["superseded"]
    att = raw["attribution"]
    exc = raw["exclusions"]
    adverbs = alternation(qopt.get("adverbs", []))
    cats = raw["categories"]
    not_delivered = raw["measures"].get("load_mishap_words", []) + raw["measures"].get("firefighting_words", [])
    aff = cats.get("affected", {})
    nouns: dict[str, str] = {}
    for category, words in cats.items():
        for w in words.get("nouns", []):
            nouns.setdefault(w.lower(), category)
    part_of = _lower_set(copt["part_of_words"])
    said = alternation(att["saying_verbs"])
    clause_said = alternation(att.get("clause_verbs", att["saying_verbs"]))
    return FigureRules(
        grammar=grammar(paths),
        raw=raw,
        qualifier_before=_Ending(
            rf"(?<![\w'’])(?P<q>(?:(?:{adverbs})\s+)?(?P<core>{alternation(q['before'])}))\s*$",
            rf"\s*(?P<q>(?P<core>{_reversed(q['before'])})(?:\s+(?:{_reversed(qopt.get('adverbs', []))}))?)(?![\w'’])"),
        qualifier_after=re.compile(rf"\s*(?P<core>{alternation(q['after'])})(?![\w])", re.IGNORECASE),
        qualifiers_before={" ".join(k.lower().split()): v for k, v in q["before"].items()},
        qualifiers_after={" ".join(k.lower().split()): v for k, v in q["after"].items()},
        estimate_before=re.compile(rf"(?<![\w])(?:{alternation(qopt.get('estimate_words', []))})(?![\w])", re.IGNORECASE),
        between_before=re.compile(r"(?<![\w])(?P<w>between)\s*$", re.IGNORECASE),
        from_before=re.compile(rf"(?<![\w])(?P<w>from)\s*(?:(?:{alternation(qopt.get('from_qualifiers', []))})\s+)?$",
                               re.IGNORECASE),
        predicates=_word_table(cats, "predicates"),
        predicates_by_last=_word_table(cats, "predicates", by_last=True),
        people_predicates=_word_table(cats, "people_predicates"),
        people_governors=_word_table(cats, "people_governors", by_last=True),
        people_governor_words=frozenset(w for c in cats.values() for g in c.get("people_governors", []) for w in g.split()),
        aside_dashes=frozenset(copt.get("aside_dashes", [])),
        aside_openers=_lower_set(copt.get("aside_openers", [])),
        hyphen_nouns=_lower_set(copt.get("hyphen_nouns", [])),
        hyphen_counted=_lower_set(copt.get("hyphen_counted", [])),
        participle_nouns=_lower_set(copt.get("participle_nouns", [])),
        container_nouns=_lower_set(copt.get("container_nouns", [])),
        finite_only_predicates=_lower_set(copt.get("finite_only_predicates", [])),
        intransitive=_lower_set(copt.get("intransitive_predicates", [])),
        governors=_word_table(cats, "governors"),
        nouns=nouns,
        governor_links=_lower_set(copt["governor_links"]),
        governor_reach=int(copt.get("governor_reach", 4)),
        level_verbs=_lower_set(copt.get("level_verbs", [])),
        level_subject_reach=int(copt.get("level_subject_reach", 12)),
        level_time_words=_lower_set(copt.get("level_time_words", [])),
        level_time_nouns=_lower_set(copt.get("level_time_nouns", [])),
        predicate_links=_lower_set(copt["predicate_links"]),
        not_verbs=_lower_set(copt.get("not_verbs", [])),
        adjective_participles=_lower_set(copt.get("adjective_participles", [])),
        predicate_reach=int(copt.get("predicate_reach", 8)),
        transitive_predicates=_lower_set(copt.get("transitive_predicates", [])),
        predicate_compound_heads=_lower_set(copt.get("predicate_compound_heads", [])),
        named_place_heads={k.lower(): w.lower() for k, w in copt.get("named_place_heads", {}).items()},
        named_place_prepositions=_lower_set(copt.get("named_place_prepositions", [])),
        clause_breaks=_lower_set(copt["clause_breaks"]),
        carry_breaks=_lower_set(copt["carry_breaks"]),
        part_of=_Ending(rf"(?<![\w])(?:{alternation(part_of)})\s*(?:,\s*)?$",
                        rf"(?:\s*,)?\s*(?:{_reversed(part_of)})(?![\w])"),
        part_of_after=re.compile(rf"\s+(?:{alternation([w for w in part_of if w.startswith('of ')])})(?![\w])", re.IGNORECASE),
        people=_lower_set(raw["people"]["words"]),
        animals=_lower_set(raw["people"].get("animals", [])),
        aid_materials=_lower_set(raw["measures"]["aid_materials"]),
        crop_words=_lower_set(raw["measures"].get("crop_words", [])),
        load_mishap=re.compile(rf"(?<![\w-])(?:{alternation(not_delivered)})(?![\w-])",
                               re.IGNORECASE),
        level_scale=re.compile(rf"(?<![\w])(?:{alternation(raw['measures'].get('level_scale_words', []))})(?![\w])", re.IGNORECASE),
        level_before=re.compile(rf"\b(?:{alternation(raw['measures'].get('level_nouns', []))})\s+(?:of|is|was|at|stands\s+at)\s+$",
                                re.IGNORECASE),
        crop_materials=_lower_set(raw["measures"].get("crop_materials", [])),
        name_lists=_lower_set(copt.get("name_lists", [])),
        level_subjects=_word_table({c: {"governors": w} for c, w in copt.get("level_subjects", {}).items()}, "governors"),
        family_words=_lower_set(exc.get("family_words", [])),
        illnesses=_lower_set(cats.get("affected", {}).get("illnesses", [])),
        injury_words=frozenset(w.lower() for k in ("nouns", "predicates", "injuries") for w in cats.get("wounded", {}).get(k, [])
                               if " " not in w) - {"hospitalised", "hospitalized", "treated"},
        injury_nouns=_lower_set(copt.get("injury_nouns", [])),
        hospital_moves=tuple(tuple(w.lower().split()) for w in cats.get("wounded", {}).get("hospital_moves", [])),
        hospital_senders=_lower_set(cats.get("wounded", {}).get("hospital_senders", [])),
        hospital_staff=_lower_set(cats.get("wounded", {}).get("hospital_staff", [])),
        residence_affected=re.compile(
            rf"\s+(?:who\s+)?(?:{alternation(aff.get('residence_verbs', []))})\s+(?:{alternation(aff.get('residence_prepositions', []))})"
            rf"\s+(?:[\w'’-]+\s+){{0,{int(aff.get('residence_gap', 4))}}}?(?:{alternation(aff.get('residence_marks', []))})(?![\w-])",
            re.IGNORECASE),
        hospital_nouns=_lower_set(cats.get("wounded", {}).get("hospital_nouns", [])),
        hospital_move_gap=int(cats.get("wounded", {}).get("hospital_move_gap", 3)),
        hospital_not_after=_lower_set(cats.get("wounded", {}).get("hospital_not_after", [])),
        case_injuries=tuple(f"of {w.lower()}" for w in cats.get("wounded", {}).get("case_injuries", [])),
        rates=tuple(f" {w} " for w in cats.get("wounded", {}).get("rates", [])),
        not_age_words=_lower_set(exc.get("not_age_words", [])),
        age_superlatives=_lower_set(exc.get("age_superlatives", [])),
        age_bound_not_after=_lower_set(exc.get("age_bound_not_after", [])),
        detention_places=_lower_set(copt.get("detention_places", [])),
        detention_hold_verbs=_lower_set(copt.get("detention_hold_verbs", [])),
        shelter_places=_lower_set(copt.get("shelter_places", [])),
        farm_inputs=_lower_set(raw["measures"].get("farm_inputs", [])),
        time_unit_words=frozenset(w + e for w in _lower_set(raw["measures"].get("time_units", [])) for e in ("", "s")),
        sentence_hours_after=re.compile(rf"\s+(?:{alternation(raw['measures'].get('sentence_hours_after', []))})\b",
                                        re.IGNORECASE),
        measured_time_of=re.compile(
            rf"\s+of\s+(?:[\w-]+\s+){{0,{int(raw['measures'].get('measured_time_of_gap', 3))}}}?"
            rf"(?:{alternation(raw['measures'].get('measured_time_of', []))})\b"
            rf"(?!\s+(?:{alternation(raw['measures'].get('measured_time_not_after', []))})\b)", re.IGNORECASE),
        shelter_hold_verbs=tuple(sorted(_lower_set(copt.get("shelter_hold_verbs", [])), key=len, reverse=True)),
        hostage_stems=tuple(w.lower() for w in copt.get("hostage_stems", [])),
        line_labels={k.lower(): v for k, v in copt.get("line_labels", {}).items()},
        detention_stems=tuple(w.lower() for w in copt.get("detention_stems", [])),
        court_case_nouns=_lower_set(copt.get("court_case_nouns", [])),
        court_words=_lower_set(copt.get("court_words", [])),
        death_records=_lower_set(copt.get("death_records", [])),
        weapon_transfer_words=tuple(sorted(_lower_set(copt.get("weapon_transfer_words", [])))),
        weapon_nouns=_lower_set(copt.get("weapon_nouns", [])),
        seizure_words=tuple(sorted(_lower_set(copt.get("seizure_words", [])))),
        stock_nouns=_lower_set(copt.get("stock_nouns", [])),
        stock_delivery_words=tuple(sorted(_lower_set(copt.get("stock_delivery_words", [])))),
        animal_death_words=tuple(sorted(_lower_set(copt.get("animal_death_words", [])))),
        animal_destroyed_after=re.compile(
            rf"(?:\s+[a-z]+){{0,2}}?\s+(?:{alternation(copt.get('animal_destroyed_after', []))})\b", re.IGNORECASE),
        animal_destroyed_before=re.compile(
            rf"\b(?:{alternation(copt.get('animal_destroyed_before', []))})\s+(?:the\s+)?$", re.IGNORECASE),
        aid_material_modifiers=_lower_set(raw["measures"].get("aid_material_modifiers", [])),
        flow_rates=tuple(sorted(_lower_set(raw["measures"].get("flow_rates", [])))),
        aid_measure_governors=_word_table({"aid": {"governors": raw["measures"].get("aid_measure_governors", [])}},
                                          "governors"),
        not_aid_units=frozenset(raw["measures"].get("not_aid_units", [])),
        weight_units=frozenset(raw["measures"].get("weight_units", [])),
        aid_measure_verbs=frozenset(w.lower() for w in raw["measures"].get("aid_measure_governors", []) if " " not in w),
        money_any_amount=_word_table({"money": {"governors": raw["measures"].get("money_governors_any_amount", [])}}, "governors"),
        money_with_object=_word_table({"money": {"governors": raw["measures"].get("money_governors_with_object", [])}}, "governors"),
        money_compound_heads=_lower_set(raw["measures"].get("money_compound_heads", [])),
        exchange_rate_after=re.compile(rf"\s+(?:{alternation(raw['measures'].get('exchange_rate_after', []))})(?![\w])",
                                       re.IGNORECASE),
        money_other_losses=_lower_set(raw["measures"].get("money_object_other_losses", [])),
        currency_nouns=_lower_set(raw["measures"].get("currency_nouns", [])),
        currency_nouns_of_other_things=_lower_set(raw["measures"].get("currency_nouns_of_other_things", [])),
        released_things=_lower_set(cats["released"].get("things", [])),
        gerund_modifiers=_lower_set(copt.get("gerund_modifiers", [])),
        ing_nouns=_lower_set(copt.get("ing_nouns", [])),
        money_governors=_word_table({"money": {"governors": raw["measures"].get("money_governors", [])}}, "governors"),
        duration_measure=_Ending(
            rf"(?<![\w])(?:{alternation(raw['measures']['duration_measure_before'])})\s*$",
            rf"\s*(?:{_reversed(raw['measures']['duration_measure_before'])})(?![\w])"),
        superseded_before=_Ending(rf"(?<![\w])(?P<p>{alternation(sup['before'])})\s*$",
                                  rf"\s*(?P<p>{_reversed(sup['before'])})(?![\w])"),
        superseded_after=re.compile(rf"\s*,?\s*(?:{alternation(sup['after'])})(?![\w])", re.IGNORECASE),
        superseded_clause=re.compile(rf"(?<![\w])(?:{alternation(sup['clause'])})(?![\w])", re.IGNORECASE),
        superseded_clause_words=tuple(sorted({max(str(c).lower().split(), key=len) for c in sup["clause"] if str(c).split()})),
        change_words=_lower_set(sup["change_words"]),
        over_particle_verbs=_lower_set(qopt.get("over_particle_verbs", [])),
        passing_before=re.compile(
            rf"(?<![\w'’])(?:(?:{alternation(qopt.get('past_verbs', []))})\s+(?:(?:{adverbs})\s+)?(?P<past>past)"
            rf"|(?P<passing>{alternation(qopt.get('passing_words', []))}))\s+$", re.IGNORECASE),
        according_to=_according_rx(att["according_to"], att.get("according_to_names_only", [])),
        according_words=tuple(sorted({max(str(c).lower().split(), key=len)
                                      for c in [*att["according_to"], *att.get("according_to_names_only", [])]
                                      if str(c).split()})),
        said_before=re.compile(rf"^(?P<who>(?:[\w’'.\-]+\s+){{0,6}}?[\w’'.\-]+)\s+(?:(?:also|has|had|have|initially|previously|earlier|now)\s+)*(?P<cue>{clause_said})\b", re.IGNORECASE),
        compared_with=_Ending(rf"(?<![\w])(?:{alternation(att.get('compared_with', []))}),?\s*$",
                              rf"\s*,?(?:{_reversed(att.get('compared_with', []))})(?![\w])"),
        restated=re.compile(rf"(?:\s+[\w'’-]+){{0,4}},\s+(?:{alternation(att.get('restated_with', []))})\s+(?P<q>[^,;]*?)\s*",
                            re.IGNORECASE),
        given_by=re.compile(rf"(?:\s+[a-z]+){{0,2}}?\s+(?:{alternation(att.get('given_by', []))})(?![\w])", re.IGNORECASE),
        said_after=re.compile(rf",\s*(?P<who>(?:[\w’'.\-]+\s+){{0,6}}?[\w’'.\-]+)\s+(?P<cue>{said})(?:\s+(?:on\s+)?[A-Z]\w+)?\s*[.!?]?[\"”’]?\s*$"),
        street_after=re.compile(rf"\s+(?:(?:{alternation(exc.get('street_words', []))})\s+(?-i:[A-Z])|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){{0,2}}\s+(?:{alternation(exc.get('street_words', []))})\b)"),
        # (an airline's or an operator's code may stand between the word and the number: "Flight
        # CX 4417"; the code is in capitals, whatever the case of the word before it)
        multiplier_after=re.compile(rf"\s+(?:{alternation(exc.get('multiplier_after', []))})\b", re.IGNORECASE),
        address_after=re.compile(rf"\s+(?:{alternation(exc.get('address_after', []))})\s+(?-i:[A-Z])", re.IGNORECASE),
        denominator_before=_Ending(rf"(?<![\w])(?:{alternation(exc.get('denominator_before', []))})\s*$",
                                   rf"\s*(?:{_reversed(exc.get('denominator_before', []))})(?![\w])"),
        identifier_before=_Ending(rf"(?<![\w])(?:{alternation(exc['identifier_before'])})\s*#?\s*(?:(?-i:[A-Z]{{2,3}})\s+)?$",
                                  rf"(?:\s*(?-i:[A-Z]{{2,3}})(?=\s))?\s*#?\s*(?:{_reversed(exc['identifier_before'])})(?![\w])"),
        age_before=_Ending(rf"(?<![\w])(?:{alternation(exc['age_before'])})\s*$",
                           rf"\s*(?:{_reversed(exc['age_before'])})(?![\w])"),
        age_after=re.compile(rf"\s*(?:{alternation(exc['age_after'])})(?![\w])", re.IGNORECASE),
        time_after=re.compile(rf"\s*(?:{alternation(exc['time_after'])})(?![\w])|:\d\d(?!\d)", re.IGNORECASE),
        day_part_after=re.compile(rf"\s+(?:{alternation(exc.get('day_parts', []))})(?![\w])", re.IGNORECASE),
        clock_prepositions=_lower_set(exc.get("clock_prepositions", [])),
        phone_numbers=frozenset(exc["phone_numbers"]),
        phone_words=_lower_set(exc["phone_words"]),
        phone_verbs=_lower_set(exc["phone_verbs"]),
        phone_followers=_lower_set(exc.get("phone_followers", [])),
        # A written idiom matches where the number starts and ends at a word boundary, so
        # "360-degree" is an idiom and "360 people" a count.
        idioms=re.compile(rf"(?:{alternation(exc['idioms'])})(?![\w.]?\w)", re.IGNORECASE),
        idiom_firsts=frozenset(c for i in exc["idioms"] if i for c in (i[0].lower(), i[0].upper())),
        pronoun_one_before=_lower_set(exc["pronoun_one_before"]),
        pronoun_one_after=_lower_set(exc["pronoun_one_after"]),
        year_range=(float(exc["year_range"][0]), float(exc["year_range"][1])),
    )


def rules(rules_paths: Iterable[str] = ()) -> FigureRules:
    """The compiled figure rules for the built-in table and the user's files (cached)."""
    return _rules(tuple(str(p) for p in rules_paths))


# -- a figure being built ------------------------------------------------------------------------


@dataclass(slots=True)
class _Figure:
    num: Number
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    unit_kind: str | None = None
    category: str | None = None
    source: str = "default"
    subject: str | None = None
    subject_head: str | None = None
    subject_end: int = 0  # where the counted noun (or the number) ends
    superseded: bool = False
    bare: bool = True
    sentence: Span | None = None
    num_end: int = 0
    high_num: Number | None = None


# A noun of one word (and what it is a rate of or is in), then a bracket or a comma and a
# qualifier: what stands between an amount in a currency the tables do not know and its
# conversion ("14 billion ulmars (about $9.8m)", "1.9 billion pells in ransoms, roughly €410,000").
_CONVERSION_GAP = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?[A-Za-z][\w-]*(?:\s+(?:a|per|each|in|of|for)\s+[a-z]+)?\s*[(,]\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|or|worth)\s+)?")


# A code that no table knows right before a number: "BM 184 million", "Rl 1.24 billion", "VRN
# 1.15bn" (in capitals, or with no vowel after its capital, so not "In" or "At").
_CODE_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z]{2,3}|[A-Z][b-df-hj-np-tv-xz]{1,2})\.?\s?$")


def _currency_code(text: str, f: _Figure) -> str | None:
    m = _CODE_BEFORE.search(text, max(0, f.num.num_start - 5), f.num.num_start)
    return m.group(1) if m is not None else None


def _learned_currencies(figures: list[_Figure], text: str, r: FigureRules) -> None:
    """A currency the article has converted once ("14 billion ulmars (about $9.8m)"), or given
    after a word that takes only money ("worth 4.2 million krolls"), makes money of its other
    amounts ("had received 4.1 billion ulmars"). So does a code no table knows that stands
    before millions of something with no noun ("BM 184 million"): its other amounts are money
    ("a payment of BM 3,200")."""
    codes = {c for f in figures if f.unit_kind is None and f.num.scaled and f.subject is None
             and (c := _currency_code(text, f)) is not None}
    for f in figures if codes else ():
        if f.unit_kind is None and f.category != "money" and _currency_code(text, f) in codes:
            _set(f, "money", "code")
    learned = {f.subject_head for f in figures if f.source == "conversion" and f.subject_head is not None}
    if learned:
        prev = None
        for f in figures:
            if f.unit_kind is None and f.category != "money" and (
                    f.subject_head in learned
                    # ("up to 95,000 dalmars more": the currency, then a word the subject took in)
                    or f.subject is not None and f.subject.split()[0].lower() in learned):
                # (whatever the clause says of it: "40,000 korun to those seriously hurt")
                _set(f, "money", "conversion")
            elif f.unit == "pound" and f.unit_kind == "measure" and learned & _POUND_NAMES \
                    and not r.grammar.of_unit.match(text, f.end):
                # "15,000 Zembari pounds ... 'Fifteen thousand pounds will not buy'": the article's pounds are money
                f.unit, f.unit_kind = None, None
                _set(f, "money", "conversion")
            elif f.superseded and f.unit_kind is None and f.category in (None, "count") and not _own_noun(f, r) \
                    and prev is not None \
                    and prev.category == "money" and prev.source == "conversion" and prev.sentence is f.sentence:
                _set(f, "money", "carried")  # "climbed to 38,000 lurens from 11,000"
            prev = f


_POUND_NAMES = frozenset(("pounds", "pound"))


def _own_noun(f: _Figure, r: FigureRules) -> bool:
    """Whether the figure counts a noun of its own ("from 2,000 donors"), not none ("from
    11,000") nor words of another number taken in ("up from 51.8 million five years earlier")."""
    return f.subject is not None and f.subject.split()[0].lower() not in r.grammar.cardinals


def _converted_to_money(text: str, f: _Figure, figs: list[_Figure]) -> bool:
    """Is the figure followed, in brackets or after a comma, by an amount of money that
    converts it ("2 million oskars, about $185,000")?"""
    nxt = next((g for g in figs if g.start >= f.end), None)
    return nxt is not None and nxt.unit_kind == "currency" and nxt.start - f.end <= 40 \
        and _CONVERSION_GAP.fullmatch(text, f.end, nxt.start) is not None


def extract(doc: Document, options: ExtractOptions) -> Iterator[Claim]:
    """Every figure of the article, in order of position.

    ``options.rules_paths`` adds the user's rule tables; ``options.extra["figure_vague"] = False``
    leaves out vague amounts ("dozens of"), which have no value."""
    r = rules(getattr(options, "rules_paths", ()) or ())
    text = doc.text
    if not text:
        return
    want_vague = bool((getattr(options, "extra", None) or {}).get("figure_vague", True))
    numbers = r.grammar.scan(text)
    if not numbers:
        return
    dates = _date_spans(doc, numbers)
    figures = _candidates(doc, r, numbers, dates)
    figures = _join_ranges(text, r, figures)
    figures = _join_ratios(text, figures)
    low = _lower(doc)
    by_sentence: dict[int, list[_Figure]] = {}
    for f in figures:
        f.sentence = doc.sentence_at(f.start)
        by_sentence.setdefault(f.sentence.start, []).append(f)
    prev_f = None
    for f in figures:
        _qualify(text, low, r, f)
        if prev_f is not None and f.qualifier == "exact" and prev_f.qualifier in ("approx", "at_least", "more_than",
                                                                              "at_most", "less_than") \
                and text[prev_f.end:f.start].strip() == "(" and f.unit_kind == prev_f.unit_kind:
            # "about 12 kilometres (7 miles)": the conversion is as approximate as the figure
            f.qualifier = prev_f.qualifier
            _interval(f, prev_f.qualifier)
        prev_f = f
    for figs in by_sentence.values():
        for f in figs:
            _categorise(text, low, r, f, figs)
        _share_predicates(text, figs, r.people)
    _learned_currencies(figures, text, r)
    _carry_over(doc, figures, r)
    _held_in_a_detention_article(low if low is not None else text.lower(), figures, r)
    _earlier_values(text, figures)
    _elided_money(text, figures)
    _to_after_from(text, figures)
    _from_to_units(text, figures)
    published = as_date(doc.article.published)
    sent_dates: dict[int, list[DateMention]] = {}
    date_starts = [d.start for d in dates]
    speakers: dict[int, tuple] = {}
    speech = _Speech(doc, getattr(options, "rules_paths", ()) or ())
    prev_f, prev_at = None, None
    prev_said: tuple | None = None  # the figure before and who gives it
    from .speakers import compiled, is_outlet, outlet_words
    outlet = outlet_words(doc.article.source)
    mastheads = compiled(tuple(str(x) for x in getattr(options, "rules_paths", ()) or ())).mastheads if outlet else frozenset()
    for f in figures:
        if f.value is None and not want_vague:
            continue
        sent = f.sentence
        if sent.start not in sent_dates:
            lo = bisect.bisect_left(date_starts, sent.start)
            hi = bisect.bisect_left(date_starts, sent.end, lo)
            sent_dates[sent.start] = _event_dates(text, dates[lo:hi])
        at = speech.credit(f.start, f.end, sent)
        if at is None and (f.superseded or r.compared_with.search(text[max(sent.start, f.start - TAIL):f.start])) \
                and prev_at is not None and prev_f.sentence.start == sent.start \
                and f.start - prev_f.end - _frame_between(prev_at, prev_f.end, f.start) <= EARLIER_VALUE_REACH \
                and ";" not in text[prev_f.end:f.start] and not r.given_by.match(text, f.end):
            # "put the number ... at around 41,000 in its latest update, up from 26,500": the
            # earlier value comes from whoever gives the figure before it, also after the
            # attribution ("..., the agency said, up from 268": the held-out annotators give it
            # to the agency 16 times, to no one 6 times)
            at = prev_at
        elif at is None and prev_at is not None and prev_f.sentence.start == sent.start \
                and _CHANGE_GAP.fullmatch(text, prev_f.end, f.start):
            at = prev_at  # "recorded at least 1,318 executions in 2024, up 31% from 1,006": the change is theirs too
        prev_f, prev_at = f, at
        if at is not None and prev_said is not None and prev_said[1] != at.speaker \
                and at.clause_start <= prev_said[0].start and _part_of_previous(text, r, prev_said[0], f):
            # "The Crescent claimed to have killed 500; the authorities counted 61 dead, among
            # them 12 foreign nationals": a part takes the source of its whole, which a nearer
            # verb gave, not the clause's around both
            speaker, cue, role, stated_on = prev_said[1:5]
        elif at is not None:
            speaker, cue, role, stated_on = at.speaker, at.cue, at.speaker_role, at.stated_on
        else:
            speaker, cue, at_pos = _speaker(text, low, r, f, sent, speakers)
            role = stated_on = None
            if speaker and " " not in speaker and speaker.islower():
                # "..., the association said": the body the article named with that noun (not
                # whichever body spoke last: "a children's charity" may be named nowhere)
                named = speech.resolve_name(doc, speech.paths, sent, "the " + speaker, at_pos)
                if named and speaker in named.lower().split():
                    speaker = named
            if speaker is None and prev_said is not None and _part_of_previous(text, r, prev_said[0], f):
                # "recorded 47 casualties last year, 16 of them fatal": a part of a figure is
                # given by whoever gives the whole
                speaker, cue, role, stated_on = prev_said[1:5]
                prev_at = prev_said[5]  # (and so does an earlier value after the part: "..., compared with 52")
        prev_said = (f, speaker, cue, role, stated_on, prev_at) if speaker else None
        if speaker and outlet and is_outlet(speaker, outlet, mastheads):
            # "a Dispatch review of city permit data found": the outlet's own figure, stated by
            # the article itself
            speaker = cue = role = None
        yield doc.claim(
            "figure", f.start, f.end, sentence=sent,
            category=f.category or "count", value=f.value, low=f.low, high=f.high, qualifier=f.qualifier,
            unit=_unit(r, f), subject=f.subject, speaker=speaker, speaker_role=role, cue=cue,
            stated_on=stated_on,
            event_date=_event_date(text, sent_dates[sent.start], f, published),
            superseded=f.superseded,
        )


# -- finding numbers that are figures -------------------------------------------------------------


def _date_spans(doc: Document, numbers: list[Number]) -> list[DateMention]:
    """Date mentions in the sentences that hold numbers (dates elsewhere do not matter)."""
    out: list[DateMention] = []
    text = doc.text
    sentences = doc.sentences
    if not sentences:
        spans: Iterable[Span] = [doc.sentence_at(0)] if numbers else []
    else:
        spans = _sentences_of(doc, numbers)
    low = _lower(doc)
    for s in spans:
        out.extend(_find_dates(text[s.start:s.end], s.start, low[s.start:s.end] if low is not None else None))
    return out


# Capital sigma lower-cases by what stands around it (final sigma): with it in the text, a
# slice of the lower-cased text need not be the lower-cased slice.
_CONTEXT_CASE = "\u03a3"


def _lower(doc: Document) -> str | None:
    """The article's text lower-cased, when any slice of it is the slice lower-cased (the
    same offsets) and no letter in it folds unlike its lower case under re.IGNORECASE; else
    None, and callers lower-case what they need themselves."""
    key = "figures.lower"
    if key not in doc.cache:
        text = doc.text
        low = text.lower()
        plain = len(low) == len(text) and _CONTEXT_CASE not in text and not any(c in text for c in _ODD_CASE)
        doc.cache[key] = low if plain else None
    return doc.cache[key]


def _sentences_of(doc: Document, numbers: list[Number]) -> list[Span]:
    """The sentences (``doc.sentence_at``) that hold the numbers, each once, in the order of
    the first number in each."""
    sentences = doc.sentences
    starts = doc._sentence_starts
    last = len(sentences) - 1
    out: list[Span] = []
    seen: set[int] = set()
    i = -1
    for n in numbers:
        p = n.start
        if i >= 0 and starts[i] <= p and (i == last or p < starts[i + 1]):
            continue  # numbers come left to right: mostly in the sentence of the one before
        i = max(0, bisect.bisect_right(starts, p) - 1)
        if i not in seen:
            seen.add(i)
            out.append(sentences[i])
    return out


def _candidates(doc: Document, r: FigureRules, numbers: list[Number], dates: list[DateMention]) -> list[_Figure]:
    text = doc.text
    out: list[_Figure] = []
    di = 0
    for idx, n in enumerate(numbers):
        while di < len(dates) and dates[di].end <= n.num_start:
            di += 1
        if di < len(dates) and dates[di].start <= n.num_start < dates[di].end:
            continue  # part of a date ("Oct. 7", "7 October 2023")
        if _not_a_figure(text, r, n, dates, di):
            continue
        if n.unit is None and idx + 1 < len(numbers) and _shares_a_duration(text, r, n, numbers[idx + 1], dates, di):
            continue
        f = _Figure(num=n, start=n.start, end=n.end, value=n.value, low=n.low, high=n.high,
                    unit=n.unit, unit_kind=n.unit_kind, num_end=n.end)
        if n.kind == "vague":
            f.qualifier = "vague"
        out.append(f)
    return out


_COORDINATION = re.compile(r"\s*(?:and|or|to|-|–)\s*", re.IGNORECASE)


_APPOSITION_BEFORE = re.compile(r"([A-Za-z][\w’'.-]*)\s*,\s*$")
_APPOSITION_AFTER = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)|\s+[-–—]\s")  # (and a dash that closes an aside)
_AGE_COORDINATED = re.compile(r"(?:aged|ages|in\s+age)\s+(?:from\s+|between\s+|of\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:,|and|or|to|-|–)\s*$",
                              re.IGNORECASE)  # (and "aged three and five")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_AGE_BOUND = re.compile(r"([A-Za-z]+)\s+(?:under|over|above|below)\s*$", re.IGNORECASE)
# "one" before a noun and a name in apposition: "One resident, Pavel Dunik, said ..."
_ONE_INTRODUCES = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?,\s+[A-Z][\w’'-]+\s+[A-Z]")
_AND_AFTER = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?[a-z]+")
_PHONE_HEAD = re.compile(r"(?<!\d)\d{3}[-–]\d{3}[-–]$")
_CALL_ON = re.compile(r"\b(?:call|ring|phone|dial|text)\b[^.;]{0,30}\b(?:on|at)\s+$", re.IGNORECASE)
_AGE_TIME_AFTER = re.compile(r"\s+(?:when|now|then|at\s+the\s+time)\b")
_ROLE_APPOSITION_BEFORE = re.compile(r"(?:^|[.;]\s+|\b[Tt]he\s+|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y)\s+)(?-i:[a-z])[\w-]*\s*,\s*$")
_PERSON_WAS = re.compile(r"\b(?:(?:[Hh]e|[Ss]he|I|who)\s+(?:was|is|turned|turns|(?:was|is|am)\s+turning|would\s+have\s+(?:turned|been))|(?:[Hh]e|[Ss]he)[’']s|I[’']m)\s+$")
_TRUNK_HEAD = re.compile(r"(?<![\d,.])0\d{0,4}[-–]$")
_PHONE_PREFIXED = re.compile(r"[-–](?:\d{3}[-–]\d{3}[-–]\d{4}|\d{5,})(?!\d)")
_CLAUSE_CUT = re.compile(r",(?!\d{3})|[;:()]|\s[—–-]\s|—|\band\s+that\b")
_CLOSES_NUMBER = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)")
_LINE_BEFORE = re.compile(r"\b(?:hotline|helpline|tip line|tipline)(?:\s+number)?,?\s+(?:on\s+|at\s+)?$", re.IGNORECASE)
_TWO_AGES = re.compile(r"[A-Z][\w’'-]+,\s+(\d{1,3})\s+and\s+(\d{1,3})\s*,")
_PHONE_RUN_BEFORE = re.compile(r"\+\d{1,4}(?:\s\d{1,4})*\s$")
_PHONE_REST = re.compile(r"(?:[-–]\d{3})?[-–]\d{4}(?!\d)")
_GROUPS_BEFORE = re.compile(r"(?:(?:\(\d{2,5}\)|\d{1,5}) )+$")
_GROUPS_AFTER = re.compile(r"(?: \d{2,5}(?![\d,.]\d|\d))+")
_GROUP = re.compile(r"\(?\d+\)?")


def _phone_groups(text: str, s: int, e: int) -> bool:
    """Is the number at ``text[s:e]`` one group of a telephone number written in groups?"""
    before = _GROUPS_BEFORE.search(text, max(0, s - 24), s)
    after = _GROUPS_AFTER.match(text, e)
    if before is None and after is None:
        return False
    groups = (_GROUP.findall(before.group()) if before else []) + [text[s:e]] + \
        (_GROUP.findall(after.group()) if after else [])
    first = groups[0]
    if len(groups) >= 3:
        return all(len(g.strip("()")) >= 2 for g in groups[1:])
    return len(groups) == 2 and (first.startswith(("0", "(")) and len(first.strip("()")) >= 2)


_LISTED_BEFORE = re.compile(r"(?<![\w.,])\d+(?:\s*(?:,|,?\s*and|,?\s*or|&|to)\s*|[-–])$")
LISTED_IDENTIFIERS = 4


def _listed_identifier(r: FigureRules, left: str) -> bool:
    """A later number of a list after a plural identifier word: "Sections 106 and 125", "Routes
    9, 12 and 14", "paragraphs 5-8" (a plural says that every number of the list names one)."""
    tail = left[-5:].rstrip()
    if not (tail[-1:] in (",", "&", "-", "–") or tail.endswith(("and", "or", "to"))):
        return False  # (a cheap look first: no list or range ends right before the number)
    for _ in range(LISTED_IDENTIFIERS):
        m = _LISTED_BEFORE.search(left[-40:])
        if m is None:
            return False
        left = left[:len(left) - 40 + m.start()] if len(left) > 40 else left[:m.start()]
        head = left.rstrip(" #")
        if head[-1:] in ("s", "S") and r.identifier_before.search(left[-30:]):
            return True
    return False


_KIN_IS = re.compile(r"\b([A-Za-z]+)\s+(?:is|was)\s+$")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w’'-])(?-i:[A-ZÀ-ÞĀ-Ž])[\w’'-]+\s*\($")
_COMMA_AT = re.compile(r"\b(?:1[89]|20)\d\d,\s+at\s+$")  # "joined in 1977, at 24"
# What an age bound may follow: a verb of being, or a pronoun for people ("most of them under 5").
_PEOPLE_PRONOUNS = frozenset(("anyone", "anybody", "everyone", "everybody", "those", "someone", "nobody"))
_AGE_COPULAS = frozenset(("was", "were", "is", "are", "them", "whom", "both", "all"))
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _age_before_qualifier(r: FigureRules, left: str) -> bool:
    """"a boy of about ten": an age phrase, then a qualifier, right before the number."""
    q = r.qualifier_before.search(left) if left.endswith(" ") and "of " in left else None
    return q is not None and r.age_before.search(left[:q.start()]) is not None


def _age_in_apposition(text: str, r: FigureRules, n: Number, left: str) -> bool:
    """An age in commas after a name or a person ("Irena Bulat, 54, whose son ...", "her
    father, 88,"), the second of two ages ("aged 15 and 17"), or a bound after a people noun
    ("children under five", "men over 60")."""
    tail = left[-24:]
    if "age" in tail.lower() and _AGE_COORDINATED.search(tail):
        return True
    if tail.endswith((", ", " and ")):
        # "sisters Amara and Leah Okafor-Reid, 17 and 15, from Dunmere": two ages after names
        two = _TWO_AGES.search(text, max(0, n.start - 40), min(len(text), n.end + 12))
        if two is not None and n.start in (two.start(1), two.start(2)):
            return True
    if left.endswith("(") and text.startswith(")", n.end) and _NAME_BEFORE_BRACKET.search(left[-40:]):
        return True  # "Seán Ó Duibhir (39), of Glenagh Road", "Ramesh Yadav (34)": an age after a name
    m = _APPOSITION_BEFORE.search(left[-40:]) if left.rstrip().endswith(",") else None
    if m and _APPOSITION_AFTER.match(text, n.end):
        word = m.group(1)
        if (word[:1].isupper() and word.lower() not in r.not_age_words) or word.lower() in r.people \
                or word.lower() in r.family_words:
            return True
    if m is not None and _APPOSITION_AFTER.match(text, n.end) and m.group(1).lower() not in r.not_age_words \
            and _ROLE_APPOSITION_BEFORE.search(left[-40:]):
        return True  # "The driver, 41, was sentenced": an age after a person named by a noun
    bare = _APPOSITION_AFTER.match(text, n.end) is not None or _AND_AFTER.match(text, n.end) is not None \
        or _AGE_TIME_AFTER.match(text, n.end) is not None  # ("My daughter was 2 when ...", "She is 4 now")
    if bare:
        # "She was 71.", "joined the mission in 1977, at 24"; "The youngest of the dead was 14
        # and the oldest 67"
        tail = left[-12:]
        kin = _KIN_IS.search(left[-24:]) if "is " in tail or "was " in tail else None
        if kin is not None and kin.group(1).lower() in r.family_words:
            return True  # "My wife is 68 and has a bad heart."
        if ("was " in tail or "is " in tail or "turn" in tail or "s " in tail or "m " in tail or "been " in tail) \
                and _PERSON_WAS.search(left[-28:]) \
                or "at " in tail and _COMMA_AT.search(tail):
            return True
        tail = left[-60:]
        if "est" in tail:  # (a cheap look first)
            cut = max(tail.rfind(c) for c in ",;:()")
            if not r.age_superlatives.isdisjoint(tail[cut + 1:].lower().split()):
                return True
    low30 = left[-30:].lower()
    b = _AGE_BOUND.search(left[-30:]) if ("under" in low30 or "over" in low30 or "above" in low30
                                          or "below" in low30) else None
    if b and b.group(1).lower() == "aged":
        return True  # "the population aged over 75"
    if b and bare and b.group(1).lower() in _AGE_COPULAS:
        # "57 of those arrested were under 18", "most of them under 5": of people, not of a toll
        before = _WORD_BEFORE.search(left, 0, len(left) - len(left[-30:]) + b.start(1))
        return before is None or before.group(1).lower() not in _ANAPHORS \
            and before.group(1).lower() not in r.age_bound_not_after
    if not (b and (b.group(1).lower() in r.people or b.group(1).lower() in r.family_words
                   or b.group(1).lower() in _PEOPLE_PRONOUNS)):  # ("anyone over 60")
        return False
    nxt = _NEXT_WORD.match(text, n.end)  # "children under five were treated": no noun after the number
    return nxt is None or nxt.group(1).lower() in r.predicate_links or nxt.group(1).lower() in r.clause_breaks


def _shares_a_duration(text: str, r: FigureRules, n: Number, m: Number, dates: list[DateMention], di: int) -> bool:
    """"sentences of eight and nine years", "two or three days": the unit of time written once
    after the second number makes both durations."""
    if m.unit_kind != "time" or n.kind == "vague" or not _COORDINATION.fullmatch(text, n.end, m.start):
        return False
    return _not_a_figure(text, r, m, dates, di)


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z][\w’'.\-]*)\s*$", text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


_CLOCK_HOURS = frozenset(float(h) for h in range(1, 13))


# After a number that opens a line: a full stop or a bracket, a space, and a capital (the number
# of a paragraph or an item of a list, "6. The Fund's former finance director ...").
_LIST_MARK_AFTER = re.compile(r"[.)]\s+[A-Z“\"‘']")


def _not_a_figure(text: str, r: FigureRules, n: Number, dates: list[DateMention], di: int) -> bool:
    """True for dates, times, years, durations, ages, ordinals, identifiers and names."""
    s, e = n.num_start, n.end
    before = text[s - 1] if s > 0 else " "
    if n.unit_kind == "currency" and n.start < s and text[n.start:s].strip() and not text[n.start].isdigit():
        # a currency sign or code written against the number ("Rs2 million", "US$5"): what
        # stands before the sign decides
        before = text[n.start - 1] if n.start > 0 else " "
    after = text[e] if e < len(text) else " "
    raw = text[n.num_start:n.num_end]
    # Inside a word or attached to one: "L2", "F-16", "COVID-19", "21st", "1960s", "#83", "06F6".
    if before.isalnum() or before in "#_@/\\'’" or (before in "-–" and s > 1 and text[s - 2].isalpha()
                                                       and n.kind == "digits"):
        return True
    if n.kind != "vague" and (after.isalpha() or after in "_@#" or (after in "'’" and text[e + 1:e + 2] == "s")):
        return True
    if after == "." and text[e + 1:e + 2].isdigit():
        return True  # dotted identifiers: "192.168.1.2", "v1.2.3"
    # An idiom that starts at the number, or a few characters before it ("50-50", "2-1").
    for back in range(0, min(IDIOM_REACH, n.num_start) + 1):
        c = text[n.num_start - back]
        if c not in r.idiom_firsts and c.isascii():
            continue  # no idiom starts with this character (one that is not ASCII may fold to one)
        m = r.idioms.match(text, n.num_start - back)
        if m and m.end() >= n.num_end and (back == 0 or not text[n.num_start - back - 1:n.num_start - back].isalnum()):
            return True
    if after == "/" and text[e + 1:e + 2].isdigit():
        return True  # "24/7", "10/7/2023"
    if n.kind == "digits" and n.start == s and (s == 0 or text[s - 1] == "\n") and _LIST_MARK_AFTER.match(text, e):
        return True  # "6. The Fund's former finance director told the Inquiry ...": a numbered paragraph
    if n.kind == "vague":
        return False
    left = text[max(0, n.start - LEFT_WINDOW):n.start]
    right = text[e:e + 40]
    # Times of day: "7:08 p.m.", "7 p.m.", "12:00".
    clock = "." not in raw or len(raw.rsplit(".", 1)[1]) == 2  # "7", "7.30"; not "2.123 pm" (picometres)
    if (clock and r.time_after.match(text, e)) or (before == ":" and s > 1 and text[s - 2].isdigit()):
        return True
    if n.value is not None and n.value in _CLOCK_HOURS and r.day_part_after.match(text, e) \
            and _prev_word(text, n.start).lower() in r.clock_prepositions:
        return True  # "People queue from four in the morning": a time of day
    # Day lists before a date: "between the afternoons of 2 and 3 January".
    if n.value is not None and n.integer and 1 <= n.value <= 31 and di < len(dates):
        d = dates[di]
        gap = text[e:d.start]
        if d.kind == "month_day" and len(gap) < 8 and re.fullmatch(r"\s*(?:and|or|to|-|–|,)\s*", gap):
            return True
        # after a date: "Oct. 7 and 8"
    if n.value is not None and n.integer and 1 <= n.value <= 31 and di > 0:
        d = dates[di - 1]
        gap = text[d.end:n.start]
        if d.kind == "month_day" and len(gap) < 8 and re.fullmatch(r"\s*(?:and|or|to|-|–|,)\s*", gap):
            return True
    # Years: "in 2023", "1979"; "2013-14" (the second part).
    if n.integer and n.value is not None and len(raw) == 4 and r.year_range[0] <= n.value <= r.year_range[1] \
            and n.unit is None and _prev_word(text, n.start).lower().rstrip(".") in MONTHS:
        return True  # "since March 2023 has displaced ...": a month's year, whatever follows
    if n.integer and n.value is not None and len(raw) == 4 and r.year_range[0] <= n.value <= r.year_range[1] \
            and n.unit is None and not _counts_something(text, r, e):
        over = _OVER_A_YEAR.search(left[-TAIL:])
        if not r.qualifier_before.search(left[-TAIL:]) or over is not None \
                and (over.group("opens") or text[e:e + 1] in ("", ",", ".", ";", ")", "\n")):
            return True  # (and "38 percent over 2023.", "Over 2023, sales fell": a comparison with a year)
    if before in "-–/" and s >= 5 and text[s - 5:s - 1].isdigit():
        return True
    if before in "-–" and (_PHONE_HEAD.search(text, max(0, s - 12), s) or _TRUNK_HEAD.search(text, max(0, s - 8), s)):
        return True  # the last group of "800-226-4410", "01-4412290"
    # Ages: "40-year-old", "aged 40", "under the age of 10".
    if r.age_after.match(text, e) or (n.num_end != e and r.age_after.match(text, n.num_end)) \
            or r.age_before.search(left[-TAIL:]) or _age_before_qualifier(r, left[-TAIL:]):
        return True
    if n.value is not None and n.value == int(n.value) and 0 < n.value <= MAX_AGE and n.unit is None \
            and n.kind != "vague" and _age_in_apposition(text, r, n, left):
        return True
    # Durations and time windows: "four-day truce", "in the past 24 hours", "nearly seven
    # weeks"; but "the average workweek was 34.4 hours" is a measure.
    if n.unit_kind == "time":
        if not _measured_duration(text, r, n, left):
            return True
    # Hyphenated adjectives that are not units: "two-state solution", "10-member team".
    if n.hyphen_word and n.unit_kind is None and n.hyphen_word not in r.hyphen_nouns \
            and n.hyphen_word not in r.hyphen_counted and not _hyphen_money(text, r, n):
        return True
    # Ordinals in words: "a third visit" (a fraction would go on with "of").
    if n.fraction == "singular" and n.kind == "words" and n.unit is None:
        nxt = re.match(r"\s*([A-Za-z]+)", right)
        if nxt and nxt.group(1).lower() not in ("of", "and", "or", "the", "a", "an"):
            return True
        if right[:1] == "," and text[n.num_start:n.num_start + 1].isupper():
            return True  # "A fourth, a woman in her 80s, died": the fourth of them, no share
    # Identifiers and names: "Resolution 2712", "Route 232", "Flash Update #83".
    if n.unit is None and r.identifier_before.search(left[-30:]):
        return True
    if n.unit is None and n.kind == "digits" and _listed_identifier(r, left):
        return True
    if n.unit is None and n.kind == "digits" and _looks_like_name(text, r, n, left):
        return True
    # An address: "at the old market hall, 27 Seafront Street", "in the 2300 block of Delancey"
    if n.unit is None and n.kind == "digits" and (r.street_after.match(text, n.num_end)
                                                  or r.address_after.match(text, n.num_end)):
        return True
    # A multiplier: "six times more likely", "three times its capacity"
    if n.unit is None and "times" in text[n.end:n.end + 8] and r.multiplier_after.match(text, n.end):
        return True
    # A rate's denominator: "31 killings per 100,000 residents"
    if n.unit is None and ("per" in left[-12:] or "every" in left[-12:]) and r.denominator_before.search(left[-TAIL:]):
        return True
    # An international telephone number, group by group: "on +219 5 20 44 71"
    if n.kind == "digits" and (before == "+" or before == " " and _PHONE_RUN_BEFORE.search(left[-24:])):
        return True
    # A telephone number in groups split by single spaces: "1800 555 214", "(032) 415 8800",
    # "0800 552 310" (three groups or more, or two after a leading nought or an area code in
    # brackets; not "in 2023 140 people", which is two numbers)
    if n.kind == "digits" and n.unit is None and raw.isdigit() and _phone_groups(text, n.num_start, n.num_end):
        return True
    # A telephone number with a trunk or country prefix: "1-888-555-0193", "01-4412290", "0 800
    # 217 455" (no count starts with a nought)
    if n.kind == "digits" and (raw.isdigit() and len(raw) <= 2 and _PHONE_PREFIXED.match(text, n.num_end)
                               and (raw.startswith("0") or raw == "1" and text[n.num_end + 4:n.num_end + 5] in "-–")
                               or raw.startswith("0 ")):
        return True
    # A short service number after a call to it, with nothing it counts: "call the hotline on
    # 199.", "the police hotline, 114, rather than"
    if n.kind == "digits" and n.unit is None and raw.isdigit() and len(raw) <= 4 and _CLOSES_NUMBER.match(text, n.num_end) \
            and (_CALL_ON.search(left[-40:]) or _LINE_BEFORE.search(left[-30:])):
        return True
    # A telephone number: "call the tip line at 555-0142" (not a range: "between 300-4000")
    if n.kind == "digits" and len(raw) == 3 and _PHONE_REST.match(text, n.num_end) \
            and _prev_word(text, n.start).lower() not in ("between", "from"):
        return True
    # Emergency numbers: "911 calls", "call the force on 101".
    if raw in r.phone_numbers and _CALL_ON.search(left[-40:]):
        return True
    if raw in r.phone_numbers:
        nxt = re.match(r"\s*([A-Za-z]+)", right)
        if nxt is not None and nxt.group(1).lower() in r.phone_words \
                or (nxt is None or nxt.group(1).lower() in r.phone_followers) \
                and _prev_word(text, n.start).lower() in r.phone_verbs:
            return True  # "911 calls", "dial 999.", "call 311 if ..."; not "The toll rose to 112."
    # "one" the pronoun: "one of the people said", "no one", "one another".
    if n.kind == "words" and n.value == 1 and text[n.num_start:n.num_end].lower() == "one":
        prev = _prev_word(text, n.start).lower()
        nxt = re.match(r"\s*([A-Za-z’']+)", right)
        if prev in r.pronoun_one_before or (nxt and nxt.group(1).lower() in r.pronoun_one_after) \
                or re.match(r"[’']s\b", right):
            return True
        if _ONE_INTRODUCES.match(right):
            return True  # "One donor, Eulalie Brandvold, said": a person introduced, not counted
    return False


def _counts_something(text: str, r: FigureRules, pos: int) -> bool:
    """A counted noun follows the four-digit number that ends at ``pos``: "2000 people", "1999
    hostages", "2000 Syrians" (not "in 1977 that killed 211", nor a name after a year: "The
    2024 Kesteria Refugee Response Plan")."""
    m = _COUNTED_AFTER.match(text, pos, pos + 40)
    if not m:
        return False
    first = (m.group("first") or "").lower()
    if not first and m.group("noun").lower().endswith("ed") \
            and _prev_word(text, pos - 4).lower() in _YEAR_PREPOSITIONS:
        return False  # "The flood in 2023 killed 40": a verb after the year, not "killed" counted
    word = first if first in r.people or first in r.nouns else m.group("noun").lower()
    if not word.endswith("s") and word not in r.people and _YEAR_DETERMINER.search(text, max(0, pos - 24), pos - 4):
        return False  # a year before one thing: "the 2021 attack", "a 2023 attack", "Peru's 2007 earthquake"
    if first in r.people or first in r.nouns:
        return True  # ("Over 2000 people fled")
    noun = m.group("noun")
    if noun[:1].isupper() and not noun.endswith("s"):
        return False
    return noun.lower() in r.people or noun.lower() in r.nouns


_YEAR_PREPOSITIONS = frozenset(("in", "since", "during", "until", "by", "before", "after", "from", "through"))
_YEAR_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that)|[’']s)\s+$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s+(?:(?!(?:that|which|who|when|where|and|or|but|in|on|at|to|of|for|with|by|from|as"
                            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)(?P<first>[A-Za-z]+)\s+)?(?P<noun>[A-Za-z]+)",
                            re.IGNORECASE)  # (not "in 2011 three people were injured")


def _measured_duration(text: str, r: FigureRules, n: Number, left: str) -> bool:
    """A number of hours (days, ...) that is a measured statistic rather than a time window."""
    if n.value is not None and n.value != int(n.value):
        return True  # "34.4 hours"
    if n.hyphen_word:
        return False  # "four-day truce", "24-hour"
    if n.unit == "hour" and n.value is not None and n.value >= MEASURED_HOURS_MIN \
            and not r.sentence_hours_after.match(text, n.end):
        # "spent 6,940 hours on patrol": no window of time is told in hundreds of hours (but "200
        # hours of unpaid work" is a sentence a court passed)
        return True
    if r.measured_time_of.match(text, n.end):
        return True  # "about 60 hours of video footage", "90 days of stock": an amount, no window
    tail = left[-TAIL:]
    q = r.qualifier_before.search(tail)
    if q:
        tail = tail[:q.start()]
    return bool(r.duration_measure.search(tail[-TAIL:]))


def _looks_like_name(text: str, r: FigureRules, n: Number, left: str) -> bool:
    """A capitalised word right before a number that ends the phrase: "Resolution 2712,"
    (not a scaled amount: "fined BM 184 million." is money in a code no table knows)."""
    if n.scaled and n.scale is not None and n.scale >= 1e6:
        return False
    end = left[:-1] if left.endswith("\n") else left
    if len(end) < 3 or end[-1] not in " \u00a0" or end[-2] not in _ASCII_LETTERS:
        return False  # the pattern below needs a letter and a space at the end
    # The capitalised word before that space, read back from it (what a search for
    # r"(?<![\w.])([A-Z][A-Za-z]+)[ \u00a0]$" finds: the run of letters, when nothing that
    # belongs to a word or a period stands before it).
    space = len(end) - 1
    start = space - 1
    while start > 0 and left[start - 1] in _ASCII_LETTERS:
        start -= 1
    if space - start < 2 or not "A" <= left[start] <= "Z":
        return False
    if start > 0 and (left[start - 1].isalnum() or left[start - 1] in "_."):
        return False
    word = left[start:space].lower()
    if word in _FUNCTION_WORDS or word in _DAY_NAMES or word in _MONTH_NAMES or word in r.people:
        return False
    if r.qualifier_before.search(left[-TAIL:]):
        return False
    # At a sentence start the capital says nothing.
    pre = left[:start].rstrip()
    if not pre or pre[-1] in ".!?:;\"“”" or pre.endswith("\n"):
        return False
    if left[start:space].isupper() and _CONVERSION_AFTER.match(text, n.end):
        return False  # "as much as KVS 310,000 (US$2,400)": a code no table knows, converted into one
    follow = text[n.end:n.end + 3]
    return not follow or not follow.lstrip(" ")[:1].isalnum() or follow.lstrip(" ")[:1].isupper()


# An amount of money in brackets right after a figure: the figure converted ("KVS 310,000 (US$2,400)")
_CONVERSION_AFTER = re.compile(r" ?\((?:about |around |roughly |some |approximately |nearly |almost )?[A-Z]{0,3}[$€£¥]")


# -- ranges ----------------------------------------------------------------------------------------

_RANGE_GAP = re.compile(r"\s*(?:-\s*to|-|–|—|to|and|through)\s*|\s+or\s+", re.IGNORECASE)


def _join_ranges(text: str, r: FigureRules, figs: list[_Figure]) -> list[_Figure]:
    """"between 100 and 150", "100-150", "100 to 150", "$10,000 to $20,000" become one figure;
    "rose from 100 to 150" stays two (the first superseded)."""
    out: list[_Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        if i + 1 < len(figs) and a.value is not None and figs[i + 1].value is not None:
            b = figs[i + 1]
            gap = text[a.end:b.start]
            m = _RANGE_GAP.fullmatch(gap)
            if m and "\n" not in gap:
                word = gap.strip().lower()
                left = text[max(0, a.start - TAIL):a.start]
                between = r.between_before.search(left)
                frm = r.from_before.search(left)
                joins = False
                if word == "and":
                    joins = bool(between)
                elif word == "or":
                    # "8 or 9 kilos", "60 or 70mph", "four or five sites": a range, as held-out
                    # annotators read it 6 times out of 6 (not "three or 240", nor ", or 29 per cent")
                    joins = a.num.kind == b.num.kind and a.unit is None and 0 < a.value < b.value <= a.value * BY_RANGE_RATIO
                elif word in ("-", "–", "—"):
                    joins = a.num.kind == "digits" and b.num.kind == "digits" and gap == gap.strip() or word == "-"
                    joins = joins and a.num.kind == b.num.kind
                else:
                    joins = _to_joins(r, text, a, b, left)
                if joins and frm and _has_change_word(r, text[max(0, a.start - LEFT_WINDOW):a.start - len(left) + frm.start()]):
                    joins = False
                    a.superseded = True
                if joins:
                    lo, hi = a.value, b.value
                    # A scale or unit written once covers both ends: "1.2 to 1.5 million",
                    # "between 44 and 50 mg".
                    if b.num.scaled and not a.num.scaled and a.value is not None:
                        factor = b.num.scale
                        if factor > 1 and lo * factor <= hi:
                            lo = lo * factor
                    if lo is not None and hi is not None and lo <= hi:
                        a.value, a.low, a.high = lo, lo, hi
                        a.qualifier = "range"
                        a.unit = a.unit or b.unit
                        a.unit_kind = a.unit_kind or b.unit_kind
                        a.end = b.end
                        a.high_num = b.num
                        a.num_end = b.end
                        if between:
                            a.start = a.start - (len(left) - between.start("w"))
                        elif frm:
                            a.start = a.start - (len(left) - frm.start("w"))
                        out.append(a)
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


_RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+", re.IGNORECASE)


def _join_ratios(text: str, figs: list[_Figure]) -> list[_Figure]:
    """"one in five patients", "seven out of 10 voters": one share (a fraction, as "a fifth"
    is), not a count of one and a count of five."""
    out: list[_Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        if i + 1 < len(figs):
            b = figs[i + 1]
            if a.qualifier in ("exact", "range") and a.value is not None and b.value is not None \
                    and a.unit is None and b.unit is None and not a.num.fraction and not b.num.fraction \
                    and 0 < a.value < b.value and a.value == int(a.value) and b.value == int(b.value) \
                    and _RATIO_GAP.fullmatch(text, a.end, b.start):
                a.value = a.low = a.high = a.value / b.value
                a.qualifier = "exact"
                a.end = a.num_end = b.end
                a.num = replace(a.num, fraction="ratio", end=b.end)
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _to_joins(r: FigureRules, text: str, a: _Figure, b: _Figure, left: str) -> bool:
    """"100 to 150" is a range, but not two different things ("rose 18% to 84,000") nor a
    change and the level it reached ("rose 0.4 percentage points to 2.9%")."""
    if a.unit_kind is not None and a.unit_kind != b.unit_kind:
        return False
    if b.unit_kind is not None and a.unit_kind is not None and a.unit != b.unit:
        return False
    words = re.findall(r"[A-Za-z]+", left[-24:])
    if any(w.lower() == "by" for w in words[-3:]) and (
            a.unit is not None or not a.value or not b.value or b.value / a.value > BY_RANGE_RATIO):
        # "raised the rate by 0.25 points to 5.25 per cent", "rose by about 4,000 to 212,000": a
        # change and the level it reached (but "could rise by 2 to 3 per cent" is a range)
        return False
    return not (words and words[-1].lower() in r.change_words)




def _has_change_word(r: FigureRules, left: str) -> bool:
    toks = [t.lower() for t in _TOKEN.findall(left[-120:])]
    i, stop = len(toks), len(toks) - 10  # ("raise the level of chlorine in the drinking water from")
    while i > max(stop, 0):
        i -= 1
        t = toks[i]
        if t == "," and i == len(toks) - 1:
            # "raised the toll to 38, from 31": past the new value the change stands before it
            j = i - 1
            while j > i - 4 and j > 0 and toks[j][:1].isalpha() and toks[j] != "to":
                j -= 1  # ("to 40 on Friday, from 31")
            if j > 0 and toks[j][:1].isdigit() and toks[j - 1] == "to":
                stop -= i - j + 2
                i = j - 1
                continue
            if any(w in r.change_words for w in toks[max(0, i - 3):i]):
                return True  # "The number of deaths rose faster still, from 167 to 212"
        if t in (",", ";", ".", ":"):
            break
        if t in r.change_words:
            return True
    return False


# -- qualifiers and intervals ----------------------------------------------------------------------


def _qualify(text: str, low: str | None, r: FigureRules, f: _Figure) -> None:
    left = text[max(f.sentence.start, f.start - LEFT_WINDOW):f.start]
    if f.qualifier == "vague":
        _superseded(text, low, r, f, left)
        return
    if f.qualifier != "range":
        tail = left[-TAIL:]
        m = r.qualifier_before.search(tail)
        if m is None and tail[-3:-1].isalpha() and (tail[-3:-2].isupper() or tail[-4:-3].isupper()) \
                and (code := _CODE_BEFORE.search(tail, max(0, len(tail) - 6))) is not None:
            m = r.qualifier_before.search(tail[:code.start()])  # "more than Td 90 million": past the code
        q = None
        if m:
            core = " ".join(m.group("core").lower().split())
            q = r.qualifiers_before[core]
            before_q = tail[:m.start("q")].split()
            if core in ("up to", "down to") and before_q and (
                    before_q[-1].lower() in r.change_words
                    or _changed_object(r, before_q)):
                q = None  # "edged up to 4.6 per cent": a change, not a bound
            elif core == "over" and _over_is_particle(r, before_q):
                q = None  # "each side handed over 73 people": a particle, not a bound
            else:
                f.start -= len(tail) - m.start("q")
        elif ("pas" in tail or "cross" in tail) and (pm := r.passing_before.search(tail)) is not None \
                and (pm.group("past") or f.num.scaled or not _PASSED_OBJECT.match(text, f.end)):
            q = "more_than"  # "climbed past 40,000", "suspected cases had passed 1,100"
            f.start -= len(tail) - pm.start("past" if pm.group("past") else "passing")
        else:
            am = r.qualifier_after.match(text, f.end)
            if am is None and f.unit_kind == "measure" and (per := _PER_UNIT.match(text, f.end)) is not None:
                am = r.qualifier_after.match(text, per.end())  # "5 micrograms per decilitre or higher"
            if am and am.end() <= f.sentence.end:
                q = r.qualifiers_after[" ".join(am.group("core").lower().split())]
                f.end = am.end()
            elif _estimated(r, left):
                q = "approx"
        if q:
            f.qualifier = "approx" if q == "approx_below" else q
            _interval(f, q)
        else:
            f.low = f.high = f.value
    _superseded(text, low, r, f, text[max(f.sentence.start, f.start - LEFT_WINDOW):f.start])


# The denominator of a measured rate, between the measure and a qualifier after it
_PER_UNIT = re.compile(r"\s+per\s+[a-z]+")
# What follows a number that was passed rather than a bound: a plural noun or "of" ("passed 31
# tests", "crossed 160 metres of grass"), but not a time ("crossed 9,000 this season").
_PASSED_OBJECT = re.compile(r"\s+(?:of\b|(?!this\b|times\b)[a-z][a-z-]*s\b)")


_NOT_AN_OBJECT = frozenset("and or but could would may might will can to by reach reached reaching hit".split())


def _changed_object(r: FigureRules, words_before: list[str]) -> bool:
    """Is "up to" after a change verb and its object ("revised May's rate up to 4.1 per
    cent"), not after a verb of its own ("rose and could reach up to 10 per cent")?"""
    tail = [w.lower() for w in words_before[-3:]]
    for k in range(len(tail) - 1):
        if tail[k] in r.change_words:
            return _NOT_AN_OBJECT.isdisjoint(tail[k + 1:])
    return False


def _over_is_particle(r: FigureRules, words_before: list[str]) -> bool:
    """Is "over" after these words a verb's particle ("handed over 73"), not "more than"?"""
    return bool(words_before) and words_before[-1].lower() in r.over_particle_verbs


def _estimated(r: FigureRules, left: str) -> bool:
    """An estimate word a few words back in the same clause: "is estimated to have caused"."""
    clause = re.split(r"[,;:()—]", left)[-1]
    # An estimate word before an earlier number is that number's ("an estimated $45 million
    # and arrested nine").
    clause = re.split(r"\d", clause)[-1]
    words = clause.split()
    reach = " ".join(words[-6:])
    return bool(r.estimate_before.search(reach))


def _interval(f: _Figure, q: str) -> None:
    v = f.value
    if v is None:
        return
    if q == "at_least" or q == "more_than":
        f.low, f.high = v, None
    elif q in ("at_most", "less_than"):
        f.low, f.high = (0.0 if v >= 0 else None), v
    elif q == "approx":
        a, b = v * (1 - APPROX_TOLERANCE), v * (1 + APPROX_TOLERANCE)
        f.low, f.high = min(a, b), max(a, b)
    elif q == "approx_below":
        a = v * (1 - NEARLY_TOLERANCE)
        f.low, f.high = min(a, v), max(a, v)
    else:
        f.low = f.high = v


def _superseded(text: str, low: str | None, r: FigureRules, f: _Figure, left: str) -> None:
    """``left`` ends where the figure starts; ``low`` is the article's lower-cased text or None."""
    if f.superseded:
        return
    tail = left[-TAIL:]
    m = r.superseded_before.search(tail)
    if m:
        phrase = " ".join(m.group("p").lower().split())
        if phrase != "from" or _has_change_word(r, left[:len(left) - len(tail) + m.start()]):
            f.superseded = True
            return
    if r.superseded_after.match(text, f.end):
        f.superseded = True
        return
    clause = left[-120:]
    # A clause holds each of its words: without one of them in the lower-cased text there
    # is none to search for.
    if low is not None and not any(low.find(w, f.start - len(clause), f.start) >= 0
                                   for w in r.superseded_clause_words):
        return
    m = r.superseded_clause.search(clause)
    if m and re.search(r"\bwhen\b", clause[m.end():]):
        f.superseded = True  # "a drop from a week earlier, when authorities said 385 ..."


# -- categories ------------------------------------------------------------------------------------


def _paragraph_back(text: str, pos: int, reach: int) -> int:
    """Up to ``reach`` characters back from ``pos``, but not into the paragraph before."""
    lo = max(0, pos - reach)
    k = text.rfind("\n\n", lo, pos)
    return k + 2 if k != -1 else lo


_PEOPLES_FATES = frozenset(("killed", "wounded", "hostages", "missing", "released", "detained", "displaced", "affected"))


def _categorise(text: str, low: str | None, r: FigureRules, f: _Figure, figs: list[_Figure]) -> None:
    _categorise_by_rules(text, low, r, f, figs)
    if f.category is None and f.unit_kind is None:
        label = _LINE_LABEL_BEFORE.search(text, max(0, f.start - 60), f.start)
        if label is not None:
            # "• Deaths: 73 confirmed", "People affected: 52 000": a fact box's label says
            cats = {r.line_labels[w] for w in label.group(1).lower().split() if w in r.line_labels}
            if len(cats) == 1:
                _set(f, cats.pop(), "label")
            elif not cats:
                _set(f, "count", "label")  # ("Families in collective centres: 1,860": not the line before's)
    if f.category == "wounded" and f.unit_kind is None:
        words = _TOKEN.findall(text[f.sentence.start:f.sentence.end].lower())
        if not r.illnesses.isdisjoint(words) and r.injury_words.isdisjoint(words):
            # "treated 3,100 patients with suspected cholera", "412 patients are still being
            # treated" in an outbreak: cases of an illness, not casualties
            _set(f, "affected", "illness")
    if f.category == "affected" and f.unit_kind is None and f.subject_head in ("cases", "case") \
            and _injury_cases(text, f, r):
        _set(f, "wounded", "noun")  # "312 cases of frostbite": injuries, not an illness's cases
    if f.category == "displaced" and f.unit_kind is None and (
            f.subject_head in r.injury_nouns and f.subject is None
            or f.subject and not r.injury_nouns.isdisjoint(f.subject.lower().split()[:-1])):
        # "evacuated 27 wounded people to a hospital", "three of the wounded were evacuated by
        # helicopter": casualties moved for care are wounded, not displaced
        _set(f, "wounded", "noun")
    if f.category in _PEOPLES_FATES and (f.subject_head in r.animals and f.category != "killed"
                                          or r.nouns.get(f.subject_head) == "count"):
        # "Three homes ... were buried", "40 cattle were stranded": buildings and what befalls
        # animals but death are counted ("about 300 cattle had died" are dead, as the held-out
        # annotators mostly count them: 20 times against 3)
        _set(f, "count", "animals" if f.subject_head in r.animals else "noun")
    if f.subject_head in r.animals and f.category != "killed" and (
            _clause_has(text, f, r.animal_death_words) or r.animal_destroyed_after.match(text, f.subject_end)
            or r.animal_destroyed_before.search(text, max(0, f.start - 40), f.start)):
        _set(f, "killed", "animals")  # "85,000 pigs have now been culled": dead, as those that died
    if f.category == "attacks" and f.source in ("noun", "carried", "part_of") and f.subject_head in r.weapon_nouns \
            and _weapons_transferred(text, r, f):
        _set(f, "count", "noun")  # "86,000 artillery shells were handed over": weapons, none fired
    if f.category == "aid" and f.source == "noun" and _clause_has(text, f, r.seizure_words):
        _set(f, "count", "noun")  # "seized about 3,400 vials of steroids": goods taken, no aid
    if f.category == "aid" and f.source == "noun" and f.subject_head in r.stock_nouns \
            and not _clause_has(text, f, r.stock_delivery_words):
        _set(f, "count", "noun")  # "the government had ordered 20,000 vials": stock, not aid given
    if f.category == "aid" and f.source == "governor" and (
            f.subject_head in r.people or f.subject_head in r.family_words
            or _prev_word(text, f.start).lower() in _PLACE_PREPOSITIONS):
        # "distributed to 148 600 people", "handed out at 30 sites": who or where, not the aid
        _set(f, "count", "people")
    if f.category == "attacks" and f.subject_head in r.people:
        # "a vaccination campaign targeting some 250,000 people": people are not attacks
        _set(f, "count", "people")


def _injury_cases(text: str, f: _Figure, r: FigureRules) -> bool:
    """Whether the cases counted are of an injury: "312 cases of frostbite", "14 cases of heat
    exhaustion" (``case_injuries``; "cases of suspected heatstroke" too)."""
    after = " ".join(text[f.subject_end:f.subject_end + 60].lower().split())
    if after.startswith("of suspected "):
        after = "of " + after[len("of suspected "):]
    return after.startswith(r.case_injuries) if r.case_injuries else False


# A label alone on its line before a figure: "• People affected: ", "Deaths: " (a bullet may open it)
_LINE_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[•*·–-][ \t]*)?([A-Za-z][A-Za-z ]{0,40}):[ \t]*$")


def _categorise_by_rules(text: str, low: str | None, r: FigureRules, f: _Figure, figs: list[_Figure]) -> None:
    sent = f.sentence
    right_end = min(sent.end, f.end + RIGHT_WINDOW)
    right_toks = _tokens(text, f.end, right_end)
    right_low = _tokens(low, f.end, right_end) if low is not None else [t.lower() for t in right_toks]
    left_start = max(sent.start, f.start - LEFT_WINDOW)
    left_text = text[left_start:f.start]
    left_low = low[left_start:f.start] if low is not None else None
    # The counted noun: "1,400 persons", "286 Israeli soldiers", "55 of the dead".
    subj, head, k, last = _subject(r, right_toks, right_low)
    subject_end = _token_end(text, f.end, right_end, last) if last is not None else None
    if f.unit_kind in ("currency", "percent", "measure", "time") and subj is not None:
        subj = head = None  # "$25 million available", "four miles away": no counted noun
    right_toks, right_low = _named_places_read_as_heads(r, right_toks, right_low, k)
    f.subject = subj
    f.subject_head = head
    # (a partitive over things counts them: "11 of the country's 26 provinces" is not bare)
    f.bare = subj is None and (head is None or head in r.people or head in r.nouns or head in _PRONOUN_HEADS)
    f.subject_end = subject_end if subject_end is not None else f.end
    # The whole a partitive takes its part from ("1.7 million of the strip's 2.2 million
    # residents had been displaced"): a count, whatever the clause says of the part.
    whole_of = _whole_of(left_text, f, figs)
    if f.unit_kind is None and (whole_of or _share_of(r, left_text)):
        # (or a share in words: "nearly half of the community's 1,900 members had been flown out")
        whole = r.nouns.get(head) if head else None  # "23 of 31 drones", "30 of the 75 trucks"
        reduced = _reduced_relative(r, right_low, k) if subj is not None else None
        # ("22 of the 37 pupils abducted": a participle right after the whole's noun is the whole's)
        _set(f, whole or reduced or "count", "whole")
        return
    # "1.2 lakh people in 146 villages had been affected": the places are counted, not affected
    if f.unit_kind is None and _IN_PLACES.search(left_text[-12:]) and any(
            g is not f and g.end <= f.start and f.start - g.end <= 40 and g.subject_head in r.people for g in figs):
        _set(f, "count", "noun")
        return
    if f.unit_kind is None and subj is not None and head in r.people and subject_end is not None \
            and r.residence_affected.match(text, subject_end):
        _set(f, "affected", "predicate")  # "2.3 million people live in areas under a red heat alert"
        return
    if f.unit_kind is None and subj is not None and head not in r.hospital_staff \
            and _sent_to_hospital(r, left_text, right_low, k):
        _set(f, "wounded", "governor")  # "sent 131 others to hospital"
        return
    # "12 dead, 61 injured, 15 missing": a participle that names the people counted says what
    # befell them, whatever verb follows ("with 3,900 injured and more than 150 still missing")
    if f.unit_kind is None and subj is not None and head in r.participle_nouns and subj.lower() == head \
            and head in r.nouns and not whole_of:
        _set(f, r.nouns[head], "participle")  # (not "noun": no predicate after it is shared to it)
        return
    # A negative number with no unit is a reading on a scale ("lows closer to minus 40", "a
    # record of minus 26"): no count is below zero.
    if f.unit_kind is None and f.value is not None and f.value < 0:
        _set(f, "measure", "negative")
        return
    # A bare number after a level's noun is a reading on a scale: "an alert threshold of 350",
    # "the legal annual limit of 40" (not "a limit of 30 people": that counts them).
    if f.unit_kind is None and subj is None and head is None and f.value is not None \
            and r.level_before.search(left_text, max(0, len(left_text) - 30)) \
            and (any(g.unit_kind == "measure" and g.end <= f.start for g in figs)
                 or r.level_scale.search(text, _paragraph_back(text, f.start, LEVEL_SCALE_REACH), f.start)):
        _set(f, "measure", "level")
        return
    # 1. Money, percentages and measures take their category from the unit.
    if f.unit_kind is None and head in ("points", "point") and subj is not None and subj.lower() == head \
            and "percentage point" in text[_paragraph_back(text, sent.start, POINTS_REACH):sent.end].lower():
        _set(f, "percent", "unit")  # "a gap of 21.5 percentage points, against 18.2 points a year ago"
        return
    if f.unit_kind == "measure" and f.unit == "pound" and not (right_low[:1] == ["of"]) and (
            _governor(r, left_text, left_low, r.money_governors) == "money"
            or any(g.unit_kind == "currency" and g.sentence is sent and g.end <= f.start for g in figs)
            and "weigh" not in left_text[-40:].lower()):
        # "spent more than 9.6 million pounds on 27 charter flights, an average of about 355,000
        # pounds per flight": pounds sterling, not pounds of weight (those are "of" something)
        f.unit, f.unit_kind = "GBP", "currency"
    if f.unit_kind == "currency":
        _set(f, "money", "unit")
        return
    if f.unit_kind is None and subj is not None and head in r.currency_nouns and subj[:1].isupper() \
            and len(subj.split()) == 2:
        _set(f, "money", "conversion")  # "45,000 Surhadi pounds": a country's pounds are money
        return
    if f.unit_kind is None and subj is not None and head in r.currency_nouns and subj[:1].islower() \
            and len(subj.split()) == 2 and head not in r.currency_nouns_of_other_things:
        _set(f, "money", "conversion")  # "1.8 million tassari dollars": a currency's name after its adjective
        return
    if f.unit_kind is None and subj is not None and head in r.currency_nouns and subj.lower() == head \
            and f.num.scaled and (f.value or 0) >= MONEY_GOVERNED_MIN:
        _set(f, "money", "conversion")  # "9.8 billion marks": millions of a currency's name are money
        return
    if f.unit_kind is None and subj is None and _CONVERSION_AFTER.match(text, f.end) and _currency_code(text, f) is not None:
        _set(f, "money", "code")  # "KVS 310,000 (US$2,400)": a code no table knows, converted
        return
    if f.unit_kind is None and subj is not None and head not in r.people and head not in r.nouns \
            and head not in r.animals and (_converted_to_money(text, f, figs)
                 or (f.value is None or f.value >= MONEY_GOVERNED_MIN)
                 and (_governor(r, left_text, left_low, r.money_governors) == "money"
                      or head not in r.money_other_losses and _money_past_object(r, left_text, left_low))
                 or _governor(r, left_text, left_low, r.money_any_amount) == "money"):
        # "14 billion ulmars (about $9.8m)", "2 million oskars, about $185,000": a currency the
        # tables do not know, converted into one they do; or after a word that takes only money
        # ("worth 4.2 million krolls", "costs the state 4,000 vessars", "a price of 6.7 halvs")
        _set(f, "money", "conversion")
        return
    if f.unit_kind is None and r.exchange_rate_after.match(text, subject_end if subject_end is not None else f.end) \
            and (subj is None or head not in r.people and head not in r.nouns and head not in r.animals):
        _set(f, "money", "conversion")  # "trading at 1,385 to the dollar", "120 corvas to the dollar"
        return
    if f.unit_kind is None and subj is not None and f.num.scaled and head in r.money_compound_heads \
            and 2 <= len(words := subj.split()) <= 3 and words[0].islower() and words[0] not in r.nouns \
            and words[0] not in r.people:
        _set(f, "money", "compound")  # "a 60 million rell fund": the fund's size, in its currency
        return
    if f.unit_kind == "percent":
        _set(f, "percent", "unit")
        return
    if f.unit_kind in ("measure", "time"):
        # "130,000 liters (34,300 gallons)": a conversion in brackets is the figure before it.
        before = [g for g in figs if g.end <= f.start and f.start - g.end <= 3]
        if before and left_text.rstrip().endswith("(") and before[-1].category:
            _set(f, before[-1].category, "unit")
            return
        if "** 3" not in (f.unit or "") and "** 2" not in (f.unit or "") and f.unit not in r.not_aid_units \
                and not (f.num.hyphen_word and right_low[:1] != ["of"] and f.unit in r.weight_units) and (
                _governor(r, left_text, left_low) == "aid" or _governor(r, left_text, left_low, r.aid_measure_governors) == "aid"
                or _aid_passive(r, right_low) or _elided_aid(f, figs, right_low)
                # (not a crop: "farmers have lost at least 145,000 tonnes of maize", "will import
                # at least 1.9m tonnes of wheat")
                or (material := _aid_material(r, right_low)) and not (material in r.crop_materials
                                                                     and _crop_clause(r, text, f))
                and not r.load_mishap.search(text, f.sentence.start, f.sentence.end)) \
                and not _flow_rate(r, right_low) and not _farm_input(r, right_low):
            # (cubic metres of water are a reservoir's, not a delivery: litres, tonnes, gallons
            # are; nor are acres of maize or metres of water, nor litres of insecticide a ministry
            # handed to farmers, nor a weight before a noun, a vessel's size: "a 60,000-tonne
            # ship"; but "a 15-litre minimum" of water is aid)
            _set(f, "aid", "unit")
        else:
            _set(f, "measure", "unit")
        return
    # 2. A predicate of the number's own ("of whom about 30 are believed to be dead") comes
    # first; then being part of a larger figure ("including 4,104 children"), which beats a
    # predicate in a relative clause ("including 13 Israelis who have been held").
    # ("a first group of 11 hostages was released": the verb agrees with the group)
    collective = _OF_BEFORE.search(left_text[-TAIL:]) is not None
    cat, relative = _predicate(r, right_toks, right_low, k, collective=collective)
    if cat == "killed" and right_low[k:k + 2] == ["to", "death"]:
        # "trampled four villagers to death" (but "sentenced three men to death": the verb before)
        gov = _governor(r, left_text, left_low)
        if gov is not None and gov not in ("anaphor", "killed"):
            _set(f, gov, "governor")
            return
    if cat is not None and subj is None and head is not None and _reduced_relative(r, right_low, k) == cat:
        # "the release of 22 of the 37 pupils abducted": the participle tells of the whole the
        # part is taken from; a verb before the part ("release of") says more of the part
        relative = True
        gov = _governor(r, left_text, left_low)
        if gov and gov != "anaphor":
            _set(f, gov, "governor")
            return
    elif cat is not None and subj is not None and not relative and _reduced_relative(r, right_low, k) == cat:
        # "Troops freed 42 students abducted from a school": the participle tells of the noun; a
        # verb before the number says what befell them now
        # (a verb that has happened: not "called for the release of 7 aid workers abducted")
        gov = _done_governor(r, left_text, left_low)
        if gov and gov != cat:
            _set(f, gov, "governor")
            return
    if cat is None and (head in r.people or head in r.family_words or subj is None and head in (None, "them", "whom")):
        # (a bare number is mostly of people: "upwards of 12,000 have crossed the border"; so is
        # a part of "them": "10 survivors were rescued, three of them with broken bones")
        cat, relative = _predicate(r, right_toks, right_low, k, r.people_predicates, collective=collective)
        if cat == "wounded" and subj is None and head is not None and r.nouns.get(head) == "killed":
            cat = None  # "38 of the victims had been shot": a part of the dead keeps the whole's category
        if cat is not None and subj is not None and not relative \
                and _reduced_relative(r, right_low, k, r.people_predicates) == cat:
            gov = _done_governor(r, left_text, left_low)  # "Gunmen released 42 more pupils seized ..."
            if gov and gov != cat:
                _set(f, gov, "governor")
                return
    if cat == "released" and head in r.released_things:
        _set(f, "count", "noun")  # "2.4 million referral records released by the agency": no one is freed
        return
    if cat == "affected" and subj and head and head not in r.people and head not in r.family_words \
            and r.nouns.get(head) not in PEOPLE_CATEGORIES and not (subj.split()[-1][:1].isupper() and head.endswith("s")):
        # "two shafts at risk", "3,000 jobs at risk", "40 villages cut off": only people are
        # affected (and "millions of Ukrainians facing power outages" are people)
        _set(f, "count", "noun")
        return
    if cat == "affected" and subj and head in r.people:
        # "600 wounded patients and 4,000 displaced people are trapped": what they are says more
        mods = [r.nouns[w] for w in subj.lower().split()[:-1] if r.nouns.get(w) in PEOPLE_CATEGORIES]
        if mods and mods[-1] != "affected":
            _set(f, mods[-1], "noun")
            return
    if cat == "detained" and _governor(r, left_text, left_low) == "released":
        cat = "released"  # "in exchange for about 1,300 prisoners held in jails": they go free
    if cat in _LIVING_STATES and subj is not None and r.nouns.get(head) == "killed" and head not in r.people:
        _set(f, "killed", "noun")  # "213 deaths in custody": where they died, not people held there
        return
    if cat and not relative and right_low[k:k + 1] == ["in"] and r.part_of.search(left_text[-TAIL:]):
        # "evacuated 37 patients, among them 9 in intensive care": a state of the part named
        # after it; what befell the whole says what befell the part
        whole = _enclosing_category(text, r, f, figs, left_text)
        if whole:
            _set(f, whole, "part_of")
            return
    if cat and not relative:
        _set(f, cat, "predicate")
        return
    if r.part_of.search(left_text[-TAIL:]) or _partitive_opening(left_text):
        whole = _enclosing_category(text, r, f, figs, left_text)
        if whole and head in r.nouns and subj is not None and r.nouns[head] != whole \
                and r.nouns[head] in ("killed", "wounded", "missing"):
            # "212 cholera cases, including four deaths": a part named by what befell it (but
            # "prisoners freed must include 250 detainees" are freed)
            _set(f, r.nouns[head], "noun")
            return
        if whole:
            _set(f, whole, "part_of")
            return
    # 3. A predicate in a relative clause: "13 Palestinians who were killed"; but a verb that has
    # happened before the number says what befell them now ("The army freed 64 villagers who
    # were abducted")
    if cat:
        gov = _done_governor(r, left_text, left_low)
        if gov and gov != cat:
            _set(f, gov, "governor")
        else:
            _set(f, cat, "predicate")
        return
    # 4. A verb or noun right before the number: "killed at least", "death toll rose to".
    cat = _governor(r, left_text, left_low)
    if cat in (None, "hostages") and _held_in_detention(r, left_text):
        _set(f, "detained", "governor")  # "the prison ... had been holding 2,260"
        return
    if cat in (None, "hostages") and subj is not None and head in r.people and _held_in_shelter(r, left_text):
        _set(f, "displaced", "governor")  # "the hall had taken in 640 people"
        return
    if cat == "anaphor":
        cat = _scan_left(r, left_text)
        if cat:
            _set(f, cat, "governor")
            return
        if _NUMBER_OF_NOUN.search(left_text[-60:]):
            f.bare = False  # "put the number of damaged houses at 38,500": it counts what it names
    elif cat == "count" and subj is not None and r.nouns.get(head) == "killed":
        _set(f, "killed", "noun")  # "pulled out three more bodies": the dead, whoever pulled them out
        return
    elif cat == "affected" and not r.court_case_nouns.isdisjoint(_TOKEN.findall(left_text.lower())) \
            and not r.court_words.isdisjoint(_TOKEN.findall(text[sent.start:sent.end].lower())):
        _set(f, "count", "governor")  # "the number of criminal cases ... climbed to a record 212,400"
        return
    elif cat:
        _set(f, cat, "governor")
        return
    if cat is None and (head in r.people and head not in r.nouns or head in r.family_words
                        or subj is None and (head is None or head in _PRONOUN_HEADS)) \
            and any(w in left_text[-GOVERNOR_WINDOW:] for w in r.people_governor_words):  # (a cheap look first)
        pcat = _governor(r, left_text, left_low, r.people_governors)  # "housed more than 700"
        if pcat == "wounded":
            if any(w in f" {' '.join(right_low[:8])} " for w in r.rates):
                pcat = None  # "admitting 60 patients a day": a ward's load
        if pcat == "hostages" and _held_in_shelter(r, left_text):
            pcat = "displaced"  # "shelters ..., holding about 48,000 people": sheltered, not held captive
        if pcat and pcat != "anaphor":
            _set(f, pcat, "governor")
            return
    if subj is None and head is None and _NUMBER_OF_WORDS.search(left_text[-NUMBER_OF_REACH:]):
        cat = _number_of_category(r, text, max(left_start, f.start - NUMBER_OF_REACH), f.start)
        if cat:
            _set(f, cat, "governor")
            return
    # 5. The counted noun itself: "240 captives", "137 aid trucks", "55 of the dead".
    if head in r.court_case_nouns and not r.court_words.isdisjoint(_TOKEN.findall(text[sent.start:sent.end].lower())):
        _set(f, "count", "noun")  # "the courts disposed of 141,000 criminal cases"
        return
    # (the whole noun before its head: "1,284 bite cases" are casualties, not cases of illness;
    # or its last words: "5,000 high-energy biscuit packs" are biscuit packs)
    if head and subj:
        words = subj.lower().split()
        if "-" in words[0]:
            words = [words[0].rsplit("-", 1)[1], *words[1:]]  # "2.14 million dog-bite cases": bite cases
        whole = next((" ".join(words[k:]) for k in range(len(words) - 1) if " ".join(words[k:]) in r.nouns), None)
        if whole is not None:
            _set(f, r.nouns[whole], "noun")
            return
    if head and head in r.nouns:
        _set(f, r.nouns[head], "noun")
        return
    # "1,200 names on the ministry's list of the dead": a list counts the people it names.
    if head in r.name_lists:
        cat = _listed(r, right_low, k)
        if cat:
            _set(f, cat, "noun")
            return
    if f.unit_kind is None and f.num.hyphen_word in r.hyphen_counted:
        _set(f, "count", "noun")  # "a 640-page report", "a 900-bed prison": the size of a thing
        return
    if f.unit_kind is None and _hyphen_money(text, r, f.num):
        _set(f, "money", "compound")  # "a 520,000-crown upgrade programme": the programme's size
        return
    # "a 7.1-magnitude quake": the noun after the hyphen.
    if f.num.hyphen_word in r.hyphen_nouns and f.num.hyphen_word in r.nouns:
        _set(f, r.nouns[f.num.hyphen_word], "noun")
        return
    # The counted noun may stand before words the subject took in by mistake: "a 6.2
    # earthquake hit", "30 rockets hit Tel Aviv".
    if subj:
        for w in reversed(subj.lower().split()[:-1]):
            # ("wounded patients" are wounded; "aid workers" are not aid)
            if w in r.nouns and (head not in r.people or r.nouns[w] in PEOPLE_CATEGORIES) and r.nouns[w] != "aid" \
                    and not (r.nouns[w] == "killed" and head and head.endswith("s") and head not in r.people
                             and head not in r.family_words and head not in r.death_records):
                # (not "4,300 death certificates", "two homicide investigations": things)
                _set(f, r.nouns[w], "noun")
                return
    # 6. A superseded number is the figure that replaced it: "1,200, down from 1,400".
    if f.superseded:
        prev = [g for g in figs if g.start < f.start and g.category and g.unit_kind == f.unit_kind]
        if prev and not (_own_noun(f, r) and prev[-1].subject_head and head != prev[-1].subject_head):
            # (not another noun's: "raised 1.3 million pesetas from 2,000 donors")
            _set(f, prev[-1].category, "carried")
            return
    if head and (head in r.family_words or head in ("children", "relatives", "members")) \
            and _LOST_BEFORE.search(left_text[-50:]):
        _set(f, "killed", "governor")  # "lost his mother and two nephews"
        return
    if f.bare and _NUMBER_OF_THINGS.search(left_text[-60:]):
        f.bare = False  # "put the number of damaged houses at 38,500": it counts what it names
    # Otherwise a count; a bare number may still carry over the figure before it (below).


def _listed(r: FigureRules, lows: list[str], k: int) -> str | None:
    """The category of the people a list names, from "of (the) X" a few words on ("names on
    the list of the dead", "names of the missing")."""
    for i in range(k, min(len(lows) - 1, k + NAME_LIST_REACH)):
        if lows[i] in (",", ";", ".", ":"):
            return None
        if lows[i] == "of":
            j = i + 2 if lows[i + 1] == "the" and i + 2 < len(lows) else i + 1
            if lows[j] in r.nouns:
                return r.nouns[lows[j]]
    return None


def _set(f: _Figure, category: str, source: str) -> None:
    f.category = category
    f.source = source


# Quotation marks standing alone between words: a figure, its noun and its predicate are read
# through them ('"no more than nine" people had died', '"at least 130 protesters" were hurt').
_QUOTE_MARKS = frozenset('"“”‘’')


_QUOTE_MARK = re.compile("[" + "".join(sorted(_QUOTE_MARKS)) + "]")


def _named_places_read_as_heads(r: FigureRules, toks: list[str], lows: list[str], start: int) -> tuple[list[str], list[str]]:
    """``toks``/``lows`` with each named place from ``start`` on ("to Hallowshire General
    Hospital") cut to the word that ends its name ("to hospital"), for the predicate tables."""
    if r.named_place_heads.keys().isdisjoint(lows[start:]):
        return toks, lows
    out_t, out_l = list(toks[:start]), list(lows[:start])
    i = start
    while i < len(toks):
        j = i + 1
        if lows[i] in r.named_place_prepositions:
            while j < len(toks) and toks[j][:1].isupper() and lows[j] not in r.named_place_heads:
                j += 1
            if j > i + 1 and j < len(toks) and lows[j] in r.named_place_heads and toks[j][:1].isupper():
                out_t += [toks[i], r.named_place_heads[lows[j]]]
                out_l += [lows[i], r.named_place_heads[lows[j]]]
                i = j + 1
                continue
        out_t.append(toks[i])
        out_l.append(lows[i])
        i += 1
    return out_t, out_l


def _tokens(text: str, start: int, end: int) -> list[str]:
    """The tokens of ``text[start:end]`` without quotation marks that stand alone."""
    toks = _TOKEN.findall(text, start, end)
    if _QUOTE_MARK.search(text, start, end) is None:
        return toks
    return [t for t in toks if t not in _QUOTE_MARKS]


def _token_end(text: str, start: int, end: int, index: int) -> int:
    """Where token ``index`` of :func:`_tokens` of ``text[start:end]`` ends."""
    k = 0
    for m in _TOKEN.finditer(text, start, end):
        if m.group() in _QUOTE_MARKS:
            continue
        if k == index:
            return m.end()
        k += 1
    raise IndexError(index)


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def _subject(r: FigureRules, toks: list[str], lows: list[str]):
    """The counted noun after a number, from the tokens after it (as written and lower-cased):
    (as written, head word lower-cased, index after it, index of its last token), or (None,
    head of a partitive "of the dead", index, None)."""
    i = 0
    n = len(toks)
    # A parenthesis right after the number ("130,000 liters (34,300 gallons) of fuel").
    if i < n and toks[i] == "(":
        while i < n and toks[i] != ")":
            i += 1
        i += 1
    if lows[i:i + 3] == ["the", "number", "of"]:
        i += 3  # "raised to 23 the number of bodies recovered": the number, then what it counts
    words: list[int] = []
    while i < n and len(words) < SUBJECT_MAX_WORDS:
        tok = toks[i]
        low = lows[i]
        if not _is_word(tok):
            break
        if low in ("and", "or", "&") and words:
            prev = lows[words[-1]]
            nxt = toks[i + 1] if i + 1 < n else ""
            nxt_low = lows[i + 1] if i + 1 < n else ""
            if prev in r.people and nxt_low in r.people:
                words.append(i)  # "women and children"
                i += 1
                continue
            if prev in r.people:
                # "journalists and media workers", "doctors and other health workers": a second
                # noun for people, after a word or two that describe it
                j = next((j for j in range(i + 2, min(n, i + 4)) if lows[j] in r.people), None)
                if j is not None and all(_is_word(toks[x]) and lows[x] not in r.clause_breaks
                                         and lows[x] not in r.predicate_links and lows[x] not in r.grammar.cardinals
                                         and not _verb_like(lows[x], r) and lows[x] not in r.predicates
                                         for x in range(i + 1, j)):
                    words.extend(range(i, j + 1))
                    i = j + 1
                    continue
            if prev in r.people or prev in r.nouns or not _is_word(nxt) or nxt_low in r.clause_breaks \
                    or nxt_low in r.predicate_links or _verb_like(nxt, r):
                break
            words.append(i)
            i += 1
            continue
        if words and low in r.grammar.cardinals and lows[words[-1]] not in ("and", "or", "&"):
            break  # "16.10 calvens twelve months earlier": another number begins (not "A and four B")
        if (low in r.clause_breaks or low in r.predicate_links or low in _DAY_NAMES or low in _MONTH_NAMES) \
                and not (low in r.not_verbs and i + 1 < n and (lows[i + 1] in r.nouns or lows[i + 1] in r.people)):
            break  # (but "210 reported fatalities", "40 confirmed deaths": a participle before the noun)
        if low in _SUBJECT_SKIP and not words:
            i += 1  # "dozens more were injured": "more" is not what is counted
            continue
        if low.endswith("ing") and low not in r.ing_nouns and not words and i + 1 < n and _is_word(toks[i + 1]) \
                and lows[i + 1].endswith("s") \
                and lows[i + 1] not in r.people and lows[i + 1] not in r.family_words \
                and r.nouns.get(lows[i + 1]) not in PEOPLE_CATEGORIES \
                and lows[i + 1] not in r.clause_breaks \
                and lows[i + 1] not in r.predicate_links and not _verb_like(lows[i + 1], r):
            words.append(i)  # "two farming settlements", "12 fishing boats": a gerund that names a kind of thing
            i += 1
            continue
        if low in r.gerund_modifiers and words and i + 1 < n and lows[i + 1] in r.nouns:
            words.append(i)  # "348 accidental drowning deaths": a gerund that qualifies the noun after it
            i += 1
            continue
        if (_verb_like(low, r) and not ((low in r.adjective_participles or "-" in low) and i + 1 < n and _is_word(toks[i + 1])
                                        and (lows[i + 1] not in r.clause_breaks and lows[i + 1] not in r.predicate_links
                                             or _COORDINATED_ADJECTIVE.match(" ".join(lows[i + 1:i + 4]))))) \
                or (low in r.predicates and low not in r.people and _phrase_at(r.predicates, lows, i)):
            break  # (but "14 collapsed buildings", "60 heat-related deaths": a participle before a noun describes it)
        if words and lows[words[-1]] in r.people and (low not in r.people or low in r.predicates) \
                and not (low in r.nouns and low not in r.predicates and not _verb_like(low, r)):
            break  # (and "1,130 people injured": after a noun for people the participle is its predicate;
            # but "17 child deaths": a noun the tables know goes on with it)
        words.append(i)
        i += 1
    if words and lows[words[-1]] in r.container_nouns and i + 1 < n and lows[i] == "of":
        # "163 sets of remains", "53 bags of human remains": the noun after "of", a word or two on
        j = next((j for j in range(i + 1, min(n, i + 4)) if lows[j] in r.nouns or lows[j] in r.people), None)
        if j is not None and all(_is_word(toks[x]) for x in range(i + 1, j)):
            words.extend(range(i, j + 1))
            i = j + 1
    if words and i < n and toks[i] == "(":
        # "1,140 people (about 230 households) have been displaced": what is said of the noun
        # comes after the brackets
        j = next((j for j in range(i + 1, min(n, i + 12)) if toks[j] in "()"), None)
        if j is not None and toks[j] == ")":
            i = j + 1
    if words:
        # The counted noun ends at the last noun-like word ("other shootings", "Israeli soldiers").
        subj_text = " ".join(toks[w] for w in words)
        return subj_text, lows[words[-1]].strip("’'"), i, words[-1]
    # "55 of the dead", "7,000 of them": a partitive.
    if i + 1 < n and lows[i] == "of":
        j = i + 1
        while j < n and (lows[j] in _PARTITIVE_DETERMINERS or _POSSESSIVE.search(lows[j])):
            j += 1  # ("the strip's")
        if j + 1 < n and toks[j][:1].isdigit() and _is_word(toks[j + 1]):
            j += 1  # "46 of the 80 trucks"
        # the head is the last word of a short noun phrase: "two of its contracted drivers"
        while j + 1 < n and _is_word(toks[j + 1]) and lows[j] not in r.people and lows[j] not in r.nouns \
                and lows[j] not in _PRONOUN_HEADS and lows[j + 1] not in r.predicates and not _verb_like(lows[j + 1], r) \
                and lows[j + 1] not in r.predicate_links and lows[j + 1] not in r.clause_breaks and j < i + 5:
            j += 1
        while j + 1 < n and lows[j + 1] in r.people and (lows[j] in r.people or lows[j] in r.nouns) \
                and r.nouns.get(lows[j]) not in PEOPLE_CATEGORIES:
            # a compound noun for people: "three of the five crew members", "two of the aid workers"
            # (not "two of the dead gunmen": what befell them is the head)
            j += 1
        if j < n and _is_word(toks[j]):
            # The predicate is looked for after the noun: "8,000 of its soldiers remain missing"
            # (after a second noun for people: "17 of its paramedics and volunteers had been killed")
            k = j + 1
            if lows[j] in r.people and k + 1 < n and lows[k] == "and" and lows[k + 1] in r.people:
                k += 2
            return None, lows[j], k, None
    return None, None, i, None


# Words between "of" and the noun of a partitive ("55 of the dead", "8,000 of its soldiers").
_IN_PLACES = re.compile(r"\b(?:in|across)\s+$", re.IGNORECASE)
_SHARE_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+|its\s+|their\s+)(?:[A-Za-z-]+[’']s\s+)?$", re.IGNORECASE)


def _share_of(r: FigureRules, left: str) -> bool:
    """Does a share in words stand before the whole it is taken from ("half of the camp's")?"""
    if " of " not in left[-40:]:
        return False
    m = _SHARE_OF.search(left[-40:])
    return m is not None and m.group(1).lower() in r.grammar.fractions


_WHOLE_OF = re.compile(r"\d\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z-]+[’']s\s+)?$")


def _whole_of(left_text: str, f: _Figure, figs: list[_Figure]) -> bool:
    """Is ``f`` the whole of a partitive: after "of (the)" that follows a number in digits, with
    that figure close before ("12 of the 40 passengers")?"""
    return _WHOLE_OF.search(left_text) is not None and any(
        g is not f and g.end <= f.start and f.start - g.end <= 30 and g.unit_kind is None for g in figs)


_POSSESSIVE = re.compile(r"[a-z][’']s$")
_PRONOUN_HEADS = frozenset({"them", "those", "these", "whom", "which", "us"})
_PARTITIVE_DETERMINERS = frozenset({"the", "those", "these", "all", "its", "their", "our", "his", "her", "whose"})
# Words right after a number that say "more of the same", not what is counted.
_SUBJECT_SKIP = frozenset({"more", "further", "extra"})


# Words that put an age after the counted noun ("children under five", "people over 60").
_AGE_UNITS = frozenset(("year", "years", "month", "months", "week", "weeks"))  # "under one year old"
_AGE_LIMITS = frozenset(("under", "over", "aged"))


_DONE_VERB_BEFORE = re.compile(r"[a-z]ed\s+(?:[a-z]+\s+){0,2}$")  # "freed", "rescued at least"


def _reduced_relative(r: FigureRules, lows: list[str], k: int, table: dict | None = None) -> str | None:
    """The category of a participle that follows a noun with no auxiliary ("pupils abducted
    from the school"): a clause about that noun, not a predicate of the sentence. ``table``
    replaces the predicates (the ones said only of people)."""
    if k >= len(lows) or not (lows[k].endswith("ed") or lows[k] in _IRREGULAR_PARTICIPLES):
        return None
    found = _phrase_at(r.predicates if table is None else table, lows, k)
    # (an agent after it is part of the clause: "civilians held by the militia")
    return found[1] if found and (len(found[0]) == 1 or found[0][1:] == ("by",)) else None


def _done_governor(r: FigureRules, left_text: str, left_low: str | None) -> str | None:
    """The category of a verb that has happened right before the number ("Troops freed 42",
    "rescued at least"), or None."""
    if not _DONE_VERB_BEFORE.search(left_text[-40:]):
        return None
    gov = _governor(r, left_text, left_low)
    return gov if gov != "anaphor" else None


def _weapons_transferred(text: str, r: FigureRules, f: _Figure) -> bool:
    """Does the clause of ``f`` make, send, pledge or hold the weapons it counts, rather than fire
    them: a word of the ``weapon_transfer_words`` table before the number in its clause, or
    right after its noun?"""
    return _clause_has(text, f, r.weapon_transfer_words)


def _clause_has(text: str, f: _Figure, table: tuple[str, ...]) -> bool:
    """Does a word or phrase of ``table`` stand before the number of ``f`` in its clause, or
    right after its noun?"""
    s0 = f.sentence.start
    cut = max(text.rfind(c, s0, f.start) for c in ";:")
    left = text[max(s0, cut + 1, f.start - WEAPON_CLAUSE_REACH):f.start].lower()
    right = text[f.end:min(f.sentence.end, f.end + WEAPON_CLAUSE_REACH)].lower()
    words = set(_TOKEN.findall(left)) | set(_TOKEN.findall(right))
    return any((w in words) if " " not in w else (w in left or w in right) for w in table)


def _held_in_detention(r: FigureRules, left_text: str) -> bool:
    """Is the number held by a place of detention named before it ("the prison, built for 800
    men, had been holding 2,260", "the jail held more than 1,600")?"""
    tail = left_text[-TAIL:].lower()
    if not any(v in tail for v in r.detention_hold_verbs):
        return False  # (a cheap look first)
    q = r.qualifier_before.search(left_text, max(0, len(left_text) - TAIL))
    before = left_text[:q.start()] if q else left_text
    toks = _TOKEN.findall(before[-TAIL:].lower())
    return bool(toks) and toks[-1] in r.detention_hold_verbs and _names_detention(r, _TOKEN.findall(before.lower()))


def _farm_input(r: FigureRules, right_low: list[str]) -> bool:
    """Is the measure one of a farm input ("260,000 litres of subsidised insecticide", "48,000
    litres of a product labelled as a standard locust insecticide"): a word of the
    `farm_inputs` table within the few words after "of"?"""
    words = right_low[1:FARM_INPUT_REACH]
    # (not with an aid material beside it: "40,000 tonnes of seed and fertiliser to farming
    # households" are relief)
    return right_low[:1] == ["of"] and not r.farm_inputs.isdisjoint(words) and r.aid_materials.isdisjoint(words)


def _held_in_shelter(r: FigureRules, left_text: str) -> bool:
    """Is the number held or taken in by a place of shelter named before it in its clause ("211
    shelters are now open ..., holding about 48,000 people", "the hall had taken in 640")?"""
    q = r.qualifier_before.search(left_text, max(0, len(left_text) - TAIL))
    before = (left_text[:q.start()] if q else left_text).lower().rstrip()
    verb = next((v for v in r.shelter_hold_verbs if before.endswith(v) and not before[-len(v) - 1:-len(v)].isalnum()), None)
    if verb is None:
        return False
    lows = _TOKEN.findall(before[:-len(verb)])
    return not r.shelter_places.isdisjoint(lows) or any(
        f"{a} {b}" in r.shelter_places for a, b in zip(lows, lows[1:], strict=False))


def _verb_like(word: str, r: FigureRules) -> bool:
    """A word that reads as a verb after a number ("-ed", "-ing"), unless the table says it is
    an adjective or a noun ("wounded", "suspected", "building")."""
    w = word.lower()
    return len(w) > 4 and (w.endswith("ed") or w.endswith("ing")) and w not in r.not_verbs


def _participle_chain(r: FigureRules, lows: list[str], i: int) -> str | None:
    """The category of the last participle that has one in a list of them from ``i``
    ("stopped, questioned and released": released), or None when there is no list."""
    n = len(lows)
    found = None
    count = 0
    j = i
    while j < n:
        hit = _phrase_at(r.predicates, lows, j)
        if hit:
            found = hit[1]
        count += 1
        k = j + 1
        if k < n and lows[k] == ",":
            k += 1
        if k < n and lows[k] in ("and", "or"):
            k += 1
        if k == j + 1 or k >= n or not (lows[k].endswith("ed") or lows[k] in _IRREGULAR_PARTICIPLES):
            break
        j = k
    return found if count > 1 else None


def _predicate(r: FigureRules, toks: list[str], lows: list[str], i: int,
               table: dict | None = None, collective: bool = False) -> tuple[str | None, bool]:
    """A predicate after the counted noun, through linking words: "had now been killed".
    Returns the category and whether the way there went through a relative pronoun.
    ``table`` replaces the predicates (the ones said only of people); ``collective``: the
    number and its noun follow "of" ("a group of 11 hostages was released"), so a verb in the
    singular may be theirs."""
    table = r.predicates if table is None else table
    n = len(toks)
    steps = 0
    prev = ""
    relative = False
    passive = False
    first = i
    singular = not collective and i < n and lows[i] in _SINGULAR_LINKS  # ("five people was jailed": another's verb)
    while i < n and steps < r.predicate_reach:
        tok = toks[i]
        low = lows[i]
        # Skip an aside: ", including some number of Americans,", "— most of them built of
        # timber —". A dash aside must close within the window.
        if low == "," and i + 1 < n and (lows[i + 1] in r.aside_openers or (
                i + 2 < n and lows[i + 2] == "of" and (toks[i + 1][:1].isdigit() or lows[i + 1] in r.grammar.cardinals))
                or (toks[i + 1][:1].isdigit() or lows[i + 1] in r.grammar.cardinals or _name_aside(toks, i + 1))
                and _aside_then_link(r, toks, lows, i + 1)):
            # (or a part of the noun: "37 people, 29 of them children, had died", "six of the
            # captives, four women and two mothers, were released"; or a name: "One guard, Cpl.
            # Tomás Belcarre, was shot dead")
            j = i + 1
            while j < n and toks[j] != ",":
                j += 1
            if ("whom" in lows[i + 1:j] or "which" in lows[i + 1:j]) and not (
                    j + 1 < n and lows[j + 1] in _FINITE_AUXILIARIES):
                # "9,870 people, about 28% of whom said they had been beaten, bitten by ...": the
                # relative clause goes on past its comma (but "300 people, some of whom were
                # children, were killed": the noun's own verb follows it)
                break
            i = j + 1
            continue
        if tok in r.aside_dashes:
            j = i + 1
            while j < n and toks[j] != tok:
                j += 1
            if j < n:
                i = j + 1
                continue
        if low == "and" and steps == 0 and i + 3 < n and lows[i + 1] in _ONE_WORDS:
            # "Eleven women and a boy of eight were crushed to death": one more person, named after
            # the noun, shares its verb
            j = i + 2
            while j < n and j <= i + 5 and (_is_word(toks[j]) or toks[j][:1].isdigit()) \
                    and lows[j] not in _FINITE_AUXILIARIES:
                j += 1
            if j < n and j > i + 2 and lows[j] in _FINITE_AUXILIARIES:
                i = j
                steps += 1
                continue
        if low == "held" and table is r.predicates and _names_detention(r, lows[i + 1:i + 1 + DETENTION_REACH]):
            # "917 people held at police stations", "were held in prisons" (unless a verb after the
            # place says what became of them: "nine people held in the jail died")
            return _finite_predicate(r, toks, lows, i + 1) or "detained", relative
        if table is r.predicates and _hospital_move(r, toks, lows, i):
            return "wounded", relative  # "Six people were taken to the regional hospital in Ostrec"
        hit = _phrase_at(table, lows, i)
        if hit and hit[0][-1] == "held" and i + len(hit[0]) < n and lows[i + len(hit[0])] in _HELD_PARTICLES:
            hit = None  # "a shipment of 9,500 cartons had been held up at the port": delayed, not captive
        if hit and len(hit[0]) == 1 and hit[0][0] in r.transitive_predicates and i + 1 < n \
                and _is_word(toks[i + 1]) and lows[i + 1] not in r.clause_breaks:
            hit = None  # "600,000 homes lost power": a verb with an object says nothing of the noun
        if hit and hit[0][0] == "of" and i + len(hit[0]) < n and lows[i + len(hit[0])] in r.predicate_compound_heads:
            hit = None  # "212 cases of food poisoning": the predicate's noun modifies the next one
        if hit:
            words, cat = hit
            if prev in ("have", "has", "had", "having") and len(words) == 1 and words[0] not in r.intransitive \
                    and _object_follows(r, toks, lows, i + len(words)):
                return None, False  # "shootings have killed more victims": the noun is the agent
            if not passive and r.intransitive.isdisjoint(words) and words[-1] not in _PREPOSITION_ENDS \
                    and _number_follows(r, toks, lows, i + len(words)):
                # "Three gunmen killed 12 people": the noun is the agent (but "4,200 people
                # sleeping in 37 shelters": a number after a preposition is no object)
                return None, False
            if cat == "hostages" and "held" in words and \
                    _names_detention(r, lows[i + len(words):i + len(words) + DETENTION_REACH]):
                return "detained", relative  # "410 people were being held at the Sedra detention centre"
            if singular and first > 0 and _plural_noun_word(lows[first - 1]):
                return None, False  # "a flight that killed five people was jailed": not their verb
            if steps == 0 and not relative and table is r.predicates and words[-1] not in r.finite_only_predicates:
                # "Eleven hostages held in the strip were handed over": the participle after the
                # noun describes it; the clause's own verb, further on, says what happened
                later = _finite_predicate(r, toks, lows, i + len(words))
                if later is not None:
                    return later, relative
            return cat, relative
        if low == "in" and steps <= 2 and table is r.predicates:
            at = next((j for j in range(i + 1, min(n, i + 4)) if lows[j] in r.detention_places), None)
            if at is not None and all(_is_word(toks[j]) for j in range(i + 1, at)) and not _phrase_at(table, lows, i):
                # "431 nationals are in Karistani prisons": detained, unless a verb after the
                # place says what became of them ("... in Karistani prisons were freed")
                return _finite_predicate(r, toks, lows, at + 1) or "detained", relative
        if low == "with" and steps == 0 and not _phrase_at(table, lows, i):
            # "Nine people with chronic lung disease have died": what the people have, then their
            # verb
            j = next((j for j in range(i + 2, min(n, i + 6)) if lows[j] in _FINITE_AUXILIARIES), None)
            if j is not None and lows[j] in _BE_HAVE and all(_is_word(toks[x]) and lows[x] not in _RELATIVE_PRONOUNS
                                                             for x in range(i + 1, j)):
                # (not "96,000 with severe acute malnutrition who could die": a relative clause)
                i = j
                steps += 1
                continue
        if low in _AGE_LIMITS and steps == 0 and i + 1 < n and (toks[i + 1][:1].isdigit() or lows[i + 1] in r.grammar.cardinals):
            i += 2  # "730,000 children under five were acutely malnourished": an age after the noun
            if i + 1 < n and lows[i] in _AGE_UNITS and lows[i + 1] == "old":
                i += 2  # ("children under one year old are at risk")
            steps += 1
            continue
        if low in ("in", "across") and i + 2 < n and lows[i + 1] == "the" and _is_word(toks[i + 2]) \
                and not _phrase_at(table, lows, i) and lows[i + 2] not in r.predicate_links:
            # "2.3 million people in the region face hunger": a place after the noun; "customers in
            # the Tamsa valley are without power": a name and the noun it names
            j = i + 3
            if toks[i + 2][:1].isupper():
                while j < n and toks[j][:1].isupper() and _is_word(toks[j]):
                    j += 1
                if j + 1 < n and toks[j].islower() and _is_word(toks[j]) and lows[j + 1] in _PLACE_END:
                    j += 1
            i = j
            steps += 2
            continue
        if low in ("in", "across", "of", "from", "on") and steps == 0 and not _PLACE_END.isdisjoint(lows[i + 2:i + PLACE_REACH + 2]) \
                and not _phrase_at(table, lows, i):
            # "1.5 lakh people in 86 villages have been affected", "people in Ambar and Tessin
            # districts are now in need", "79 children on its list were still unaccounted for": a
            # place (or a list) of a few words, up to a form of "be" or "have"
            j = i + 1
            if low == "from" and (toks[j][:1].isdigit() or lows[j] in r.grammar.cardinals):
                j = n  # "had risen to nine from six": the figure it was before, no place
            while j < n and j <= i + PLACE_REACH and (_is_word(toks[j]) or toks[j][:1].isdigit()):
                if lows[j] in _PLACE_END or lows[j] in _PLACE_BREAKS:
                    break  # ("that" opens another clause: "... and that 14 people were"; so does
                    # "because": "214 operations in October because no beds were free")
                j += 1
            if j < n and lows[j] in _PLACE_END and j > i + 1:
                i = j
                steps += 1
                continue
        if prev == "in" and tok[:1].isupper() and _is_word(tok):
            i += 1  # "in Russian captivity": a proper adjective before the predicate noun
            steps += 1
            continue
        if passive and table is r.predicates and (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES):
            chained = _participle_chain(r, lows, i)
            if chained is not None:
                return chained, relative  # "had been stopped, questioned and released"
        if not _is_word(tok) or (low not in r.predicate_links):
            if steps == 0 and table is r.predicates and (low.endswith(("ed", "ing")) or low in _IRREGULAR_PARTICIPLES
                                                          or low in _PLACE_PREPOSITIONS):
                # "Nine hostages held in the north were handed over", "nine civilians attending
                # a wedding were killed", "nine people at the wedding were killed": past a
                # participle or a place to the clause's own verb
                return _finite_predicate(r, toks, lows, i + 1), False
            return None, False
        relative = relative or low in ("who", "which", "that", "whom")
        passive = passive or low in ("is", "are", "was", "were", "be", "been", "being", "get", "got")
        prev = low
        i += 1
        steps += 1
    return None, False


_ONE_WORDS = frozenset(("a", "an", "one"))
_SINGULAR_LINKS = frozenset(("was", "is", "has"))
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
_PLURALS = frozenset(("people", "children", "men", "women"))


def _plural_noun_word(w: str) -> bool:
    """A plural noun: "people", "workers" (not "boss", "chorus")."""
    return w in _PLURALS or w.endswith("s") and not w.endswith(("ss", "us", "is"))


# A second adjective and the noun after a participle that describes it ("3,412 fixed and mobile
# camera sites", "14 damaged or destroyed homes")
_COORDINATED_ADJECTIVE = re.compile(r"(?:and|or) [a-z][a-z-]* [a-z]")
_BE_HAVE = frozenset("is are was were have has had".split())
_FINITE_AUXILIARIES = frozenset("is are was were have has had will would could should may might must".split())
_PLACE_PREPOSITIONS = frozenset("at near outside inside aboard from on".split())
# Last words of a predicate after which a number is no object ("sleeping in 37 shelters").
_PREPOSITION_ENDS = frozenset("in at on to into from near across inside outside for".split())


def _finite_predicate(r: FigureRules, toks: list[str], lows: list[str], i: int) -> str | None:
    """A predicate after a form of "be" within a few words from token ``i`` (before any
    punctuation): "... in the Halun Strip were handed over"."""
    n = len(toks)
    for j in range(i, min(n - 1, i + PARTICIPLE_REACH)):
        if not (_is_word(toks[j]) or toks[j][:1].isdigit()) or lows[j] in _OTHER_CLAUSE:
            return None  # "41 people drowned and dozens more were missing": another clause
        if lows[j] in r.intransitive and lows[j].endswith("ed"):
            hit = _phrase_at(r.predicates, lows, j)  # "nine people held without counsel died"
            if hit:
                return hit[1]
        if lows[j] in _FINITE_AUXILIARIES:
            k = j + 1
            while k < n and lows[k] in r.predicate_links:
                k += 1
            hit = _phrase_at(r.predicates, lows, k) if k < n else None
            return hit[1] if hit else None
    return None


# words that open another clause, whose verb is not the noun's ("the toll to 61 from 54 after
# confirming deaths in villages that had been cut off")
_OTHER_CLAUSE = frozenset("and but or while whereas after before because since until when if that which who".split())
# ... of which these end a place after the noun (a place may hold "and", and a relative clause
# may belong to it: "employees of a firm who were abducted ... were freed")
_PLACE_BREAKS = _OTHER_CLAUSE - {"and", "or", "who", "which"}
NAME_ASIDE_WORDS = 5
ASIDE_WORDS = 10


def _aside_then_link(r: FigureRules, toks: list[str], lows: list[str], j: int) -> bool:
    """Does an aside from ``j`` close with a comma within ``ASIDE_WORDS`` tokens, right before a
    linking word ("..., four women and two mothers, were released"; not a list: "14 tanks, nine
    vehicles and 23 trucks were destroyed")?"""
    for k in range(j, min(len(toks) - 1, j + ASIDE_WORDS)):
        if toks[k] == ",":
            # (or right before a predicate: "Three riders, Kevin Ashdown and Mirela Sant, died")
            return lows[k + 1] in r.predicate_links or _phrase_at(r.predicates, lows, k + 1) is not None
    return False


def _name_aside(toks: list[str], j: int) -> bool:
    """Do the tokens from ``j`` hold a name in commas, of at most ``NAME_ASIDE_WORDS`` words
    that each open with a capital ("Cpl. Tomás Belcarre,")?"""
    k = j
    while k < len(toks) and k - j < NAME_ASIDE_WORDS + 2 and (toks[k][:1].isupper() or toks[k] == "." and k > j or (
            toks[k] == "and" and k > j and toks[k + 1:k + 2] and toks[k + 1][:1].isupper())):
        k += 1  # (an abbreviated title's period may stand apart: "Cpl", "."; two names: "X and Y")
    return k > j and k < len(toks) and toks[k] == ","


def _names_detention(r: FigureRules, lows: list[str]) -> bool:
    """Do the words ``lows`` name a place of detention, in one word or two ("prisons", "police
    stations")?"""
    return not r.detention_places.isdisjoint(lows) or any(
        f"{a} {b}" in r.detention_places for a, b in zip(lows, lows[1:], strict=False))


def _object_follows(r: FigureRules, toks: list[str], lows: list[str], j: int) -> bool:
    """A word that may be a verb's object at token ``j`` (not punctuation, not a word that
    opens a phrase of its own: "20,000 people have crossed from the north" has none)."""
    return j < len(toks) and (_is_word(toks[j]) and lows[j] not in r.clause_breaks or toks[j][:1].isdigit())


def _number_follows(r: FigureRules, toks: list[str], lows: list[str], j: int) -> bool:
    """A number (after a qualifier: "at least 12") at token ``j``: the object of a verb."""
    n = len(toks)
    for length in (3, 2, 1):
        if j + length < n and " ".join(lows[j:j + length]) in r.qualifiers_before:
            j += length
            break
    # (not a span of time: "14,000 people remain displaced six days after the leak")
    return j < n and (toks[j][:1].isdigit() or lows[j] in r.grammar.cardinals) \
        and not (j + 1 < n and lows[j + 1] in r.time_unit_words)


def _hyphen_money(text: str, r: FigureRules, n: Number) -> bool:
    """Is ``n`` an amount in a currency named after its hyphen, before what it is the size of:
    a thousand or more (or with a scale word), a word no table knows after the hyphen, then
    within ``HYPHEN_MONEY_HEAD_WORDS`` words one of the `money_compound_heads` ("a 1.9
    billion-mark upgrade programme", "a 520,000-crown programme")?"""
    w = n.hyphen_word
    if not w or n.value is None or not (n.scaled or n.value >= HYPHEN_MONEY_MIN) \
            or w in r.nouns or w in r.people or w in r.hyphen_counted:
        return False
    after = text[n.end:n.end + 60].lower().split()
    return not r.money_compound_heads.isdisjoint(t.strip(".,;:") for t in after[:HYPHEN_MONEY_HEAD_WORDS])


HYPHEN_MONEY_HEAD_WORDS = 3  # words after "520,000-crown" in which the noun it sizes ("programme") stands
HYPHEN_MONEY_MIN = 1000  # (not "a 10-point programme": a list's length)


HOSPITAL_AFTER_WORDS = 8  # words after a hospital in which an illness or an injury says why they went


def _sent_to_hospital(r: FigureRules, left: str, lows: list[str], k: int) -> bool:
    """Is the number the object of one of the ``hospital_senders`` that the words after its noun
    put in hospital ("sent 131 others to hospital", "put 14 people in hospital")?"""
    if not r.hospital_senders or lows[k:k + 1] not in (["to"], ["in"], ["into"]):
        return False
    q = r.qualifier_before.search(left, max(0, len(left) - TAIL))
    before = _TOKEN.findall((left[:q.start()] if q else left)[-30:].lower())
    if not before or before[-1] not in r.hospital_senders:
        return False
    return any(lows[j] in r.hospital_nouns for j in range(k + 1, min(len(lows), k + 2 + r.hospital_move_gap)))


def _hospital_move(r: FigureRules, toks: list[str], lows: list[str], i: int) -> bool:
    """Does a move to hospital open at ``i``: one of the ``hospital_moves``, then at most
    ``hospital_move_gap`` words and one of the ``hospital_nouns`` ("taken to the regional
    hospital", "rushed to a nearby clinic")?"""
    for words in r.hospital_moves:
        L = len(words)
        if tuple(lows[i:i + L]) != words:
            continue
        for j in range(i + L, min(len(lows), i + L + r.hospital_move_gap + 1)):
            if lows[j] in r.hospital_nouns:
                after = lows[j + 1:j + 1 + HOSPITAL_AFTER_WORDS]
                return (not after or after[0] not in r.hospital_not_after) and r.illnesses.isdisjoint(after) \
                    and ("other" not in lows[i + L:j] or not r.injury_words.isdisjoint(after))
            if not _is_word(toks[j]) or lows[j] in r.clause_breaks and lows[j] not in ("the", "a"):
                break
    return False


def _phrase_at(table: dict, lows: list[str], i: int):
    cands = table.get(lows[i])
    if not cands:
        return None
    for words, cat in cands:
        L = len(words)
        if i + L <= len(lows) and all(lows[i + k] == words[k] for k in range(1, L)):
            return words, cat
    return None


def _phrase_ending(table: dict, toks: list[str], j: int):
    cands = table.get(toks[j])
    if not cands:
        return None
    for words, cat in cands:
        L = len(words)
        if j - L + 1 >= 0 and all(toks[j - L + 1 + k] == words[k] for k in range(L - 1)):
            return words, cat
    return None


_LOST_BEFORE = re.compile(r"\blost\b[^.;:,]{0,40}$", re.IGNORECASE)
_NUMBER_OF_THINGS = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?!the\b|those\b|them\b|people\b|dead\b)"
                               r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:at|to|was|is|stood\s+at|reached)\s*$", re.IGNORECASE)
_NUMBER_OF_NOUN = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?!the\b|those\b|them\b)[a-z]", re.IGNORECASE)
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
_ANAPHORS = frozenset({"number", "figure", "tally", "total", "count", "estimate", "numbers", "figures", "it", "toll"})


def _governor(r: FigureRules, left: str, left_low: str | None = None, table: dict | None = None) -> str | None:
    """A verb or noun that governs the number from the left, through a few linking words:
    "killed at least", "the death toll rose to", "the number of missing has dropped to".
    Returns "anaphor" for "the number/figure ... to" with no category of its own.
    ``left_low`` is ``left`` lower-cased where every slice of it is the slice lower-cased.
    ``table`` replaces the governors (those said only of measures)."""
    governors = r.governors if table is None else table
    q = r.qualifier_before.search(left, max(0, len(left) - TAIL))
    if q and q.group("core").lower() == "over" and _over_is_particle(r, left[:q.start("q")].split()):
        q = None  # "handed over 73": the governor is "handed over"
    if q:
        left = left[:q.start()]
        if left_low is not None:
            left_low = left_low[:q.start()]
    if left_low is not None:
        toks = _TOKEN.findall(left_low[-GOVERNOR_WINDOW:])
    else:
        toks = [t.lower() for t in _TOKEN.findall(left[-GOVERNOR_WINDOW:])]
    if toks and toks[-1] in _QUOTE_MARKS:
        toks = [t for t in toks if t not in _QUOTE_MARKS]  # 'troops had killed "roughly 4,000 ...'
    links = 0
    level = False
    j = len(toks) - 1
    while j >= 0:
        hit = _phrase_ending(governors, toks, j)
        if hit:
            first = j - len(hit[0]) + 1
            if links and first >= 2 and toks[first - 1] == "for":
                # "arrests for kidnapping had risen to 1,036": the noun the charge is for decides
                head = _phrase_ending(governors, toks, first - 2)
                if head is not None:
                    return head[1]
            return hit[1]
        t = toks[j]
        if t in _ANAPHORS and links and not (t == "total" and j >= 1 and toks[j - 1] == "a"):
            return "anaphor"  # (but "worth a total of 9.4 million solvs": "a total of" is no noun)
        if t == "and" and not links:
            # "killing a nurse and two patients": one person named first shares the verb
            k = next((i for i in range(j - 1, max(-1, j - 4), -1) if toks[i] in _ONE_WORDS), -1)
            if k >= 1 and all(x.isalpha() for x in toks[k + 1:j]):
                hit = _phrase_ending(governors, toks, k - 1)
                if hit:
                    return hit[1]
            # "Police arrested the mill's owner and two of his workers": a verb said of people, its
            # first object a short noun phrase with no preposition in it
            for i in range(j - 2, max(-1, j - 6), -1):
                x = toks[i + 1]
                if not (_is_word(x) or x in _POSSESSIVE_MARKS) or x in r.clause_breaks and x not in _ARTICLE_WORDS:
                    break
                hit = _phrase_ending(governors, toks, i)
                if hit and hit[1] in _AND_OBJECT_CATEGORIES:
                    return hit[1]
        if t.isdigit() and len(t) == 4 and j >= 1 and toks[j - 1] in ("for", "in"):
            j -= 2  # "revised the rabies death toll for 2023 to 212": the year counted over
            continue
        skip = _level_aside(r, toks, j)
        if skip:
            j -= skip  # "Road deaths fell by 4 per cent last year to 1,632": how much, and when
            continue
        if t not in r.governor_links or links >= r.governor_reach:
            break
        level = level or t in r.level_verbs
        links += 1
        j -= 1
    if table is None and toks and toks[-1] == "to" and "from" in toks:
        # "lowered the death toll from a weekend explosion at a chemical plant in the Karsh
        # industrial zone to 19": a count named before what it is of, then "to" its number
        m = _COUNT_FROM_TO.search(left[-(GOVERNOR_WINDOW + 120):])
        if m is not None:
            words = [t.lower() for t in _TOKEN.findall(m.group(1))]
            hit = _phrase_ending(governors, words, len(words) - 1) if words else None
            if hit and hit[1] in _TOLL_CATEGORIES:
                return hit[1]
    if not level or table is r.people_governors:
        return None  # (verbs said of people govern only the number after them: "housing 700")
    # "The death toll from Tuesday's earthquake in the province rose to 312": the subject of
    # the verb of level, a few words further back in the clause.
    if left_low is not None:
        back = _TOKEN.findall(left_low[-(GOVERNOR_WINDOW + 120):])
    else:
        back = [t.lower() for t in _TOKEN.findall(left[-(GOVERNOR_WINDOW + 120):])]
    j = len(back) - 1 - (len(toks) - 1 - j)  # (the links and any aside of how much or when)
    stop = max(-1, j - r.level_subject_reach)
    # A governor inside a relative clause ("The death toll from the quake that struck the
    # region rose to 312") is not the verb's subject: look on before the relative pronoun, and
    # take the clause's word only when nothing stands there ("the number of people who died").
    inner = None
    while j > stop:
        if back[j] in (",", ";", ":", "(", ")"):
            break
        if back[j] in _RELATIVE_PRONOUNS:
            stop = max(-1, j - 1 - r.level_subject_reach)  # "the toll from the floods that tore ... rose"
            j -= 1
            continue
        hit = _phrase_ending(governors, back, j) or (_phrase_ending(r.level_subjects, back, j) if table is None else None)
        if hit and (j + 1 < len(back) and back[j + 1][:1].isdigit() or hit[0][-1] == "on"):
            # it governs the number after it ("a magnitude 6.9 earthquake"), not the verb's; or
            # it names what a noun was done to ("Death toll from overnight strikes on Khalun
            # rises to 34")
            hit = None
        if hit and back[j].endswith("ing") and j + 1 < len(back) and back[j + 1].isalpha() \
                and back[j + 1] not in r.clause_breaks and back[j + 1] not in r.governor_links:
            hit = None  # a modifier of the subject's noun: "the social housing waiting list has climbed to"
        if hit:
            first = j - len(hit[0]) + 1
            pronoun = _relative_pronoun_before(back, first, stop)
            if pronoun is None:
                return hit[1]
            inner = inner or hit[1]
            j = pronoun - 1
            stop = max(-1, j - r.level_subject_reach)
            continue
        j -= 1
    return inner


# A count named before what it is of and the number it goes to: "the death toll from the
# floods in the north to 40" (no clause break or other number on the way).
_COUNT_FROM_TO = re.compile(r"\b((?:[a-z]+\s+)?(?:toll|count|tally|number\s+of\s+\w+))\s+(?:from|in|after|of)\s+"
                            r"[^,;:()\d]{3,100}?\s+to\s*$")
_TOLL_CATEGORIES = frozenset(("killed", "wounded", "missing"))


def _level_aside(r: FigureRules, toks: list[str], j: int) -> int:
    """How many tokens, ending at ``j``, say by how much or when a level changed, between its
    verb and the number ("fell by 4 per cent last year to", "rose 18 percent in 2023 to"):
    a change in percent, or words of the ``level_time_words`` table and a year after "in"; and
    "from" before the first of two numbers."""
    k = j
    if toks[k] == "from" and k >= 1:
        k -= 1  # "fell 23 percent over five years, from 141 to 109"
    if toks[k] == "," and k >= 1:
        k -= 1  # (and after "from" read as the opening of a range: "..., from 410 to 459")
    start = k
    timed = False
    while k >= 0 and (toks[k] in r.level_time_words or toks[k] in r.level_time_nouns
                      or toks[k].isdigit() and len(toks[k]) == 4 and k >= 1 and toks[k - 1] == "in"):
        timed = timed or toks[k] in r.level_time_nouns or toks[k].isdigit()
        k -= 2 if toks[k].isdigit() else 1
    if k < start and not timed:
        k = start  # ("rose in 9 of the 23 provinces": no time named, no aside)
    if k < j and k >= 0 and toks[k] in r.level_verbs:
        return j - k
    for unit in _PERCENT_TAILS:
        n = len(unit)
        if k - n >= 0 and tuple(toks[k - n + 1:k + 1]) == unit and toks[k - n][:1].isdigit():
            first = k - n
            if first >= 1 and toks[first - 1] == "by":
                first -= 1
            if first >= 1 and toks[first - 1] in r.level_verbs:
                return j - first + 1
    return 0


_PERCENT_TAILS = (("per", "cent"), ("percent",), ("%",))


def _money_past_object(r: FigureRules, left: str, left_low: str | None) -> bool:
    """A verb of paying, then whom it is paid by or to, then the amount: "costs the state",
    "paid emergency importers", "would save the treasury" (a few words, no preposition)."""
    q = r.qualifier_before.search(left, max(0, len(left) - TAIL))
    cut = q.start() if q else len(left)
    toks = _TOKEN.findall(left[max(0, cut - GOVERNOR_WINDOW):cut])
    lows = [t.lower() for t in toks]
    for i in range(len(toks) - 2, max(-1, len(toks) - 6), -1):
        x = lows[i + 1]
        if not (_is_word(x) or x in _POSSESSIVE_MARKS) or x in r.clause_breaks and x not in _ARTICLE_WORDS \
                or x in _AUXILIARIES:
            return False
        if _phrase_ending(r.money_with_object, lows, i):
            # (not a name that opens with such a word: "Save Our Classrooms said 418 schools")
            return not toks[i][:1].isupper()
    return False


_AUXILIARIES = frozenset(("had", "has", "have", "was", "were", "is", "are", "be", "been", "being", "will", "would"))


_POSSESSIVE_MARKS = frozenset(("'s", "’s", "'", "’"))
_ARTICLE_WORDS = frozenset(("the", "a", "an"))
_AND_OBJECT_CATEGORIES = frozenset(("detained", "killed", "wounded", "hostages", "released"))
LEVEL_SCALE_REACH = 300  # characters back (in the paragraph) to a word that puts a level on a scale ("micrograms")
NUMBER_OF_REACH = 100  # characters from "the number of" to the figure it gives, at most
_NUMBER_OF = re.compile(r"\b(?:number|total|count|tally)\s+of\s+", re.IGNORECASE)
_NUMBER_OF_WORDS = re.compile(r"(?:number|total|count|tally)\s+of\s", re.IGNORECASE)  # (a cheap look first)
_NUMBER_OF_BREAKS = frozenset(",;:()—–")


def _number_of_category(r: FigureRules, text: str, lo: int, hi: int) -> str | None:
    """What "the number of ..." before a figure counts, read from the words after "of" as
    they would be read after the figure itself: "put the number of people forced from their
    homes at 12,000" (displaced), "the number of people who fled has reached 45,000". Only
    when a linking word or a verb of level leads to the figure, with no clause mark or other
    number between ("the number of people killed in raids on 12 villages" is not 12)."""
    m = next(reversed(list(_NUMBER_OF.finditer(text, lo, hi))), None)  # the last one
    if m is None:
        return None
    between = text[m.end():hi].rstrip()
    # (or the figure in apposition: "The number of cyclists killed, 171, was the highest")
    apposition = between.endswith(",") and _NUMBER_OF_BREAKS.isdisjoint(between[:-1])
    if not apposition and not _NUMBER_OF_BREAKS.isdisjoint(between):
        return None
    toks = _tokens(text, m.end(), m.end() + len(between) - 1 if apposition else hi)
    lows = [t.lower() for t in toks]
    if not lows or (not apposition and lows[-1] not in r.governor_links and lows[-1] not in r.level_verbs) \
            or any(t[:1].isdigit() for t in toks):
        return None
    subj, head, k, _ = _subject(r, toks, lows)
    cat, _ = _predicate(r, toks, lows, k)
    if cat is None and (head in r.people or head in r.family_words or subj is None and head is None):
        cat, _ = _predicate(r, toks, lows, k, r.people_predicates)
    if cat is None and head in r.nouns:
        cat = r.nouns[head]
    if cat is None and head in r.people:
        # "put the number of displaced people at 2,600": a word before the noun says what befell them
        cat = next((c for w in lows[:k] if (c := r.nouns.get(w)) in PEOPLE_CATEGORIES), None)
    return cat


def _relative_pronoun_before(toks: list[str], j: int, stop: int) -> int | None:
    """Where a relative pronoun stands before token ``j`` (and after ``stop``) in the same
    stretch between punctuation, or None."""
    for k in range(j - 1, stop, -1):
        if toks[k] in (",", ";", ":", "(", ")"):
            return None
        if toks[k] in _RELATIVE_PRONOUNS:
            return k
    return None


def _scan_left(r: FigureRules, left: str) -> str | None:
    """The nearest category word anywhere to the left in the sentence: verbs and governors
    first, then nouns."""
    toks = [t.lower() for t in _TOKEN.findall(left)]
    for table in (r.predicates_by_last, r.governors):
        for j in range(len(toks) - 1, -1, -1):
            hit = _phrase_ending(table, toks, j)
            if hit:
                return hit[1]
    for j in range(len(toks) - 1, -1, -1):
        if toks[j] in r.nouns:
            return r.nouns[toks[j]]
    return None


def _partitive_opening(left: str) -> bool:
    """"Of those who were killed, at least 145 ..." / "Among them, 12 ..."."""
    if not left.rstrip().endswith(","):
        return False  # the pattern below needs a comma at the end
    return bool(re.search(r"(?:^|[.;:]\s*|\b)(?:of|among)\s+(?:those|them|these|whom|the\s+\w+)\b[^.;:]*,\s*$",
                          left, re.IGNORECASE))


def _enclosing_category(text: str, r: FigureRules, f: _Figure, figs: list[_Figure], left: str) -> str | None:
    prev = [g for g in figs if g.start < f.start and g.category and g.category in PEOPLE_CATEGORIES]
    if prev:
        return prev[-1].category
    return _scan_left(r, left)


_PASSIVE_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "being", "be", "will",
                                  "would", "already", "now", "so", "far", "also"})


def _aid_passive(r: FigureRules, lows: list[str]) -> bool:
    """"180,000 litres had been delivered", "12 tonnes were distributed": a measure that the
    verb after it says was handed out is aid."""
    for t in lows[:5]:
        if t in r.aid_measure_verbs:
            return True
        if t not in _PASSIVE_AUXILIARIES:
            return False
    return False


def _elided_aid(f: _Figure, figs: list[_Figure], lows: list[str]) -> bool:
    """"needed 450,000 litres of diesel a week but received only 130,000 litres": a measure
    with no material of its own, in the unit of an earlier aid figure of its sentence, is more
    of the same."""
    if lows[:1] == ["of"]:
        return False
    return any(g is not f and g.end <= f.start and g.sentence is f.sentence and g.category == "aid"
               and g.unit == f.unit for g in figs)


def _aid_material(r: FigureRules, lows: list[str]) -> str | None:
    """"130,000 liters (34,300 gallons) of fuel": the aid material measured ("fuel"), if any."""
    i = 0
    n = len(lows)
    if i < n and lows[i] == "(":
        while i < n and lows[i] != ")":
            i += 1
        i += 1
    if i < n and lows[i] == "of":
        i += 1
        while i < n:
            words = lows[i:i + 3]
            for k in range(len(words), 0, -1):
                if " ".join(words[:k]) in r.aid_materials:
                    return " ".join(words[:k])  # ("of cooking oil": a modifier may begin a material's name)
            if i < n - 1 and (lows[i] in r.aid_material_modifiers or "-" in lows[i].strip("-")):
                i += 1  # "of drinking water", "of safe water", "of drought-tolerant sorghum seed"
                continue
            break
    return None


def _crop_clause(r: FigureRules, text: str, f: _Figure) -> bool:
    """Does the figure's clause (between the marks that cut it, in its sentence) hold a word of
    the `crop_words` table, in lower case (not "Harvest Aid" the charity): a harvest, a loss or
    trade, so that the food it measures is a crop, not aid? ("the government had released 40,000
    tonnes of grain from reserves" is aid, though the sentence spoke of the harvest before.)"""
    sent = f.sentence
    cuts = list(_CLAUSE_CUT.finditer(text, sent.start, f.start))
    lo = cuts[-1].end() if cuts else sent.start
    after = _CLAUSE_CUT.search(text, f.end, sent.end)
    hi = after.start() if after else sent.end
    return not r.crop_words.isdisjoint(_TOKEN.findall(text, lo, hi))


def _flow_rate(r: FigureRules, lows: list[str]) -> bool:
    """Is the measure a rate of flow ("pumps moving 45 tonnes of water a minute"): one of the
    ``flow_rates`` within a few words after it, before any clause mark?"""
    words = []
    for t in lows[:FLOW_RATE_WORDS]:
        if t in (",", ";", ".", ":"):
            break
        words.append(t)
    joined = f" {' '.join(words)} "
    return any(f" {w} " in joined for w in r.flow_rates)


FLOW_RATE_WORDS = 7  # words after a measure in which "a minute", "per second" make it a rate


_OVER_A_YEAR = re.compile(r"(?:(?:%|percent|per cent|points?)\s+over|(?P<opens>(?:^|[.!?]\s+|\n)Over))\s+$")


def _frame_between(at, a: int, b: int) -> int:
    """The length of the attribution's words (", the ministry said Thursday,") when they stand
    between ``a`` and ``b``: they do not count in how far an earlier value is from its figure."""
    return at.frame_end - at.frame_start if a <= at.frame_start and at.frame_end <= b else 0


def _part_of_previous(text: str, r: FigureRules, whole: _Figure, f: _Figure) -> bool:
    """``f`` is a part of the figure ``whole`` right before it in the same sentence, or the same
    figure in other terms: "47 casualties, 16 of them fatal", "817 deaths, including 61
    children", "212 people ashore alive, and 31 of them remain in hospital", "120,000, or 29 per
    cent of the population"."""
    if whole.sentence is None or f.sentence is None or whole.sentence.start != f.sentence.start \
            or f.start - whole.end > EARLIER_VALUE_REACH:
        return False
    gap = text[whole.end:f.start]
    if "," not in gap or ";" in gap or "\n" in gap:
        return False
    m = r.restated.fullmatch(gap)
    if m and (not m.group("q") or " ".join(m.group("q").lower().split()) in r.qualifiers_before):
        return True  # "at 120,000, or 29 per cent of the population": the same figure again
    if r.part_of.search(gap[-TAIL:]):
        return True  # ", including 61 children", ", among them 38 children"
    return bool(gap.rstrip().endswith(",") or _COMMA_AND_END.search(gap)) and bool(r.part_of_after.match(text, f.end))


_COMMA_AND_END = re.compile(r",\s+and\s*$")  # "212 people ashore alive, and 31 of them ..."


def _earlier_values(text: str, figs: list[_Figure]) -> None:
    """"cut their estimate to 38,200 acres, down from 51,000": a bare earlier value right
    after an amount with a unit is in that unit, and counts what the amount counts."""
    prev = None
    for f in figs:
        if prev is not None and f.superseded and f.unit_kind is None and f.bare and f.value is not None \
                and prev.unit_kind in ("measure", "currency", "percent") and prev.sentence is f.sentence \
                and _EARLIER_GAP.fullmatch(text, prev.end, f.start):
            f.unit, f.unit_kind = prev.unit, prev.unit_kind
            _set(f, prev.category, "carried")
        prev = f


def _elided_money(text: str, figs: list[_Figure]) -> None:
    """"would pay 2 million crowns to the family of each person killed and 500,000 to each of
    the seriously wounded": a bare number in a second "to/for" phrase after an amount of money
    is in the same currency."""
    prev = None
    for f in figs:
        if prev is not None and prev.unit_kind == "currency" and f.unit_kind is None and f.bare and f.value is not None \
                and prev.sentence is f.sentence and f.start - prev.end <= ELIDED_MONEY_REACH \
                and _ELIDED_MONEY_BEFORE.search(text, prev.end, f.start) and _ELIDED_MONEY_AFTER.match(text, f.end) \
                and _ELIDED_MONEY_AFTER.match(text, prev.end):
            f.unit, f.unit_kind = prev.unit, prev.unit_kind
            _set(f, "money", "carried")
        prev = f


def _to_after_from(text: str, figs: list[_Figure]) -> None:
    """"cut the budget from 910 million lusars in 2021 to 640 million this year": a bare number
    after "to", right after an amount of money that "from" opened, is in that amount's currency."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.category == "money" and (a.unit_kind == "currency" or a.subject is not None) and b.unit_kind is None and b.bare \
                and b.value is not None and b.subject is None \
                and a.sentence is b.sentence and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start) \
                and _FROM_TO_GAP.fullmatch(text, a.end, b.start):
            b.unit, b.unit_kind = a.unit, a.unit_kind
            _set(b, "money", "carried")


# what stands between the two amounts: " to ", " in 2021 to ", " last year to "
_FROM_TO_GAP = re.compile(r"(?:\s+(?:in|on|at)\s+\w+|\s+(?:last|this)\s+\w+)?\s+to\s+")


def _from_to_units(text: str, figs: list[_Figure]) -> None:
    """"the price went from 25 to 40 tasars", "cut the budget from 540 million to 310 million
    orins", "from 7 to 12 km": a bare number after "from" is in the unit of the number it went
    to, and of its category."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.unit_kind is None and a.subject is None and a.category in (None, "count") and a.value is not None \
                and b.category in ("money", "percent", "measure") and a.sentence is b.sentence \
                and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start) and _TO_GAP.fullmatch(text, a.end, b.start):
            if b.unit_kind is not None:
                a.unit, a.unit_kind = b.unit, b.unit_kind
            _set(a, b.category, "carried")


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_GAP = re.compile(r"\s+to\s+(?:[£$€¥]\s?)?")


ELIDED_MONEY_REACH = 90  # characters from an amount of money to a bare number that shares its currency
_ELIDED_MONEY_BEFORE = re.compile(r"\s(?:and|or)\s+$")
_ELIDED_MONEY_AFTER = re.compile(r"\s+(?:to|for)\s")


# what stands between an amount and its earlier value: ", down from", ", from a previous figure of",
# "this year, up from"
# (not "down 12 percent from 326": the amount is the change)
_EARLIER_GAP = re.compile(r"(?:\s+(?:this|last|a|the|in|on)\s+\w+)?,\s+(?:(?:up|down)\s+)?from\s+(?:(?:an?|the)\s+(?:earlier|previous|initial)\s+\w+\s+of\s+)?")
# what stands between a figure and its change: ", up 31%", ", down by 12"
_CHANGE_GAP = re.compile(r"(?:\s+\w+){0,4},\s+(?:up|down)\s+(?:by\s+)?")
EARLIER_VALUE_REACH = 80  # characters from a figure to its earlier value that takes its speaker


def _share_predicates(text: str, figs: list[_Figure], people: frozenset) -> None:
    """"13 Israelis and 12 Thais were freed": the first takes the predicate of the second."""
    for a, b in zip(reversed(figs[:-1]), reversed(figs[1:]), strict=True):
        if (a.source == "default" or a.source == "noun" and (a.category == "count" or a.subject_head in people)) \
                and b.source == "predicate" and not (b.subject is None and b.subject_head in _PRONOUN_HEADS):
            # (a noun of an event keeps its category: "63 deaths, 148 injuries and 19 people
            # missing"; one of people does not: "Six prisoners and four staff were taken to hospital")
            # (not a part of the first: "taken to four hospitals, nine of them with burns")
            gap = text[a.subject_end:b.start]
            if re.fullmatch(r"\s*(?:,|and|or|, and|as well as)\s*", gap):
                _set(a, b.category, "predicate")


def _carry_over(doc: Document, figs: list[_Figure], r: FigureRules) -> None:
    """A number with no category of its own takes that of the figure before it: in the same
    sentence when it counts people or nothing ("Eight people were killed at the bar and seven at
    the bowling alley") and no new clause of report or contrast stands between ("27 migrants
    drowned, the coastguard said, adding that 61 survivors ..."), in the same or the previous
    paragraph when it counts nothing ("Of those, 22 were in their 70s")."""
    text = doc.text
    people = r.people
    prev: _Figure | None = None
    for f in figs:
        if f.category is None and prev is not None and prev.category in CARRIED_CATEGORIES \
                and f.value is not None and not f.num.fraction:
            same_sentence = prev.sentence is f.sentence or prev.sentence.start == f.sentence.start
            if same_sentence and not r.carry_breaks.isdisjoint(t.lower() for t in _TOKEN.findall(text, prev.end, f.start)):
                same_sentence = False  # read as in a sentence of its own: only a bare number carries
            last = f.subject.split()[-1] if f.subject else ""
            people_subject = f.subject_head is not None and (f.subject_head in people or
                                                             (last[:1].isupper() and last.endswith("s")))
            near = f.start - prev.end <= CARRY_OVER_REACH and "\n\n" not in text[prev.end:f.start].strip("\n") \
                or f.start - prev.end <= CARRY_OVER_REACH and _paragraph_gap(doc, prev, f) <= 1
            if same_sentence and people_subject and not f.bare and prev.category not in PEOPLE_CATEGORIES:
                pass  # "40 trucks of supplies ... 3,000 people were arriving": people are not aid
            elif (same_sentence and (f.bare or people_subject)) or (not same_sentence and f.bare and near
                                                                    and not _level_of_a_noun(text, f, r)):
                if prev.category != "count" or same_sentence:
                    _set(f, prev.category, "carried")
        if f.category is None:
            _set(f, "count", "default")
        if f.unit_kind not in ("currency", "percent", "measure", "time"):
            prev = f
        elif f.category in PEOPLE_CATEGORIES:
            prev = f


def _held_in_a_detention_article(low: str, figs: list[_Figure], r: FigureRules) -> None:
    """In an article that never speaks of hostages but does of arrests or detention, the
    people it says are held are detained ("more than 2,000 are still held")."""
    if not any(f.category == "hostages" for f in figs):
        return
    if any(stem in low for stem in r.hostage_stems) or not any(stem in low for stem in r.detention_stems):
        return
    for f in figs:
        if f.category == "hostages":
            _set(f, "detained", "detention article")


def _level_of_a_noun(text: str, f: _Figure, r: FigureRules) -> bool:
    """Is ``f`` where a noun of its own sentence rose or fell to ("sea arrivals had fallen by
    34 percent, to 3,120")? Then it counts that noun, not what the sentence before counted;
    after a pronoun ("It rose to 61") it may still carry."""
    toks = [t.lower() for t in _TOKEN.findall(text, f.sentence.start, f.start)]
    for k in range(len(toks) - 1, 0, -1):
        if toks[k] in r.level_verbs and toks[k] not in _LEVEL_COPULAS:
            j = k - 1
            while j > 0 and toks[j] in _LEVEL_AUXILIARIES:
                j -= 1
            return toks[j].isalpha() and toks[j] not in _PRONOUN_HEADS and toks[j] not in _LEVEL_BACK_REFERENCES
    return False


# Level verbs that are also copulas ("is", "was"): they say nothing about a change.
_LEVEL_COPULAS = frozenset(("is", "was", "now", "down", "up"))
_LEVEL_AUXILIARIES = frozenset(("had", "has", "have", "having", "also", "sharply", "steeply", "again", "could", "would",
                                "may", "might", "will", "can", "to", "expected", "likely"))
# Subjects that point back to what the sentence before counted ("the number could reach ...").
_LEVEL_BACK_REFERENCES = frozenset(("it", "this", "that", "they", "number", "figure", "total", "toll", "tally", "count"))


def _paragraph_gap(doc: Document, a: _Figure, b: _Figure) -> int:
    starts = doc._paragraph_starts
    return bisect.bisect_right(starts, b.start) - bisect.bisect_right(starts, a.start)


# -- unit, speaker, date ---------------------------------------------------------------------------


def _unit(r: FigureRules, f: _Figure) -> str | None:
    if f.unit:
        return f.unit
    head = f.subject_head
    if head and (head in r.people or (f.subject and f.subject.split()[-1][:1].isupper() and head.endswith("s"))):
        return "person"
    if f.category in PEOPLE_CATEGORIES and (head is None or head in r.people or head in r.nouns):
        return "person"
    return None


_CONTINUES = re.compile(r"\s*,\s+(?:[a-z]+ing|while)\b")


class _Speech:
    """Who the speech analysis (shared with the quote and statement extractors) credits with
    the words around a figure: the speaker of the quote it stands in, or of the reported
    clause that holds it ("The ministry said (that) 58 people died", "58 people died, he
    said", "According to the ministry, 58 ..."), with pronouns resolved to names. The
    smallest such span decides; a span whose speaker is not known decides nothing."""

    def __init__(self, doc: Document, rules_paths) -> None:
        from .quotes import framed
        from .speakers import analyse, answered_by, figure_source, resolve_name

        self.doc, self.paths, self.figure_source, self.answered_by = doc, rules_paths, figure_source, answered_by
        self.resolve_name = resolve_name
        # (does any paragraph open with a label, "Nduka: ..."? most articles have none)
        self.labelled = _LABEL_OPENING.search(doc.text) is not None

        self.quotes = [(a, b, at) for _q, a, b, at in framed(doc, rules_paths) if at is not None and at.speaker]
        self.quote_starts = [a for a, _b, _at in self.quotes]
        self.clauses: dict[int, list] = {}
        for at in analyse(doc, rules_paths).attributions:
            if at.speaker and at.clause_end > at.clause_start:
                self.clauses.setdefault(at.sentence.start, []).append(at)

    def credit(self, start: int, end: int, sent: Span):
        best = None
        size = 1 << 62
        i = bisect.bisect_right(self.quote_starts, start) - 1
        if i >= 0:
            a, b, at = self.quotes[i]
            if a <= start and end <= b:
                best, size = at, b - a
        for at in self.clauses.get(sent.start, ()):
            if at.clause_start <= start and end <= at.clause_end and at.clause_end - at.clause_start < size:
                best, size = at, at.clause_end - at.clause_start
        if best is not None and best.form != "according" and best.cue_end <= start \
                and (", " in self.doc.text[best.cue_end:start] or ";" in self.doc.text[best.cue_end:start]):
            # "The brigade said six were unaccounted for, while Civil Defence put the number at
            # four": a source of its own after a contrast is no longer in what the first reports
            own = self.figure_source(self.doc, self.paths, sent, start)
            if own is not None and own is not best and best.cue_end <= own.subject_start \
                    and _CONTRAST_BEFORE.search(self.doc.text, max(best.cue_end, own.subject_start - 16), own.subject_start):
                best = own
        if best is None:
            # "..., the ministry said Thursday, raising the toll to 12,318" / "..., while 23 remain
            # missing": a participle or a "while" clause after the attribution goes on with it
            text = self.doc.text
            for at in self.clauses.get(sent.start, ()):
                if at.form in ("trailing", "inverted") and at.frame_end <= start:
                    m = _CONTINUES.match(text, at.frame_end, start)
                    if m and ";" not in text[m.end():start]:
                        best = at
        if best is None:
            best = self.figure_source(self.doc, self.paths, sent, start)
        if best is None:
            # "At least 62 died, according to the authority, while 23 are missing": an
            # according-to anywhere in the sentence, unless the figure is in its own words
            # ("according to three people familiar with the talks")
            best = next((at for at in self.clauses.get(sent.start, ()) if at.form == "according"
                         and not at.subject_start <= start < at.subject_end + 1), None)
        if best is None and self.labelled and ":" in self.doc.text[self.doc.paragraph_at(start).start:start]:
            # "Nduka: The first number was the people registered in our 22 shelters": an answer
            best = self.answered_by(self.doc, self.paths, start)
        return best


_CONTRAST_BEFORE = re.compile(r"(?:,\s*(?:while|whereas|but)|;)\s+(?:the\s+)?$", re.IGNORECASE)
_LABEL_OPENING = re.compile(r"(?:^|\n)[A-Z][A-Za-z.’'\- ]{0,60}?(?: ?\([^()\n]{1,80}\))?: ")
_SPEAKER_STOP = frozenset("after who which that when while on as because in at and with to from by since during "
                          "for over amid before until".split())


def _speaker(text: str, low: str | None, r: FigureRules, f: _Figure, sent: Span,
             cache: dict) -> tuple[str | None, str | None, int]:
    """``according to X`` anywhere in the sentence; ``X said ...`` before the figure; ``..., X
    said.`` at the end of the sentence after the figure. With where the words stand."""
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = _sentence_speakers(text, low, r, sent)
    according, after, before = found
    if according and not according[2] <= f.start < according[3]:
        return according[0], according[1], according[2]  # (not "three" in "according to three people familiar ...")
    if after and after[2] >= f.end:
        return after[0], after[1], after[2]
    if before and before[2] <= f.start:
        return before[0], before[1], before[2]
    return None, None, f.start


def _according_rx(cues: list, names_only: list) -> re.Pattern:
    """``according to X``; a cue of ``names_only`` ("per") credits only a name or "the ...":
    "per the ministry", "per Reuters", not "per cent" or "per hour"."""
    alts = [alternation(cues)] if cues else []
    if names_only:
        alts.append(rf"(?:{alternation(names_only)})(?=\s+(?:the\s|(?-i:[A-Z])))")
    return re.compile(rf"(?<![\w])(?P<cue>{'|'.join(alts)})\s+(?:the\s+)?", re.IGNORECASE)


def _sentence_speakers(text: str, low: str | None, r: FigureRules, sent: Span):
    s = text[sent.start:sent.end]
    according = after = before = None
    # A cue holds each of its words: a sentence without one of them has no cue (a cheap look
    # in the lower-cased text before the search).
    if low is None or any(low.find(w, sent.start, sent.end) >= 0 for w in r.according_words):
        m = r.according_to.search(s)
    else:
        m = None
    if m:
        toks = re.findall(r"[\w’'.\-]+|[^\w\s]", s[m.end():m.end() + 120])
        name: list[str] = []
        for t in toks:
            if not (t[:1].isalpha()) or t.lower() in _SPEAKER_STOP:
                break
            name.append(t)
            if len(name) >= 8:
                break
        if name:
            according = (" ".join(name).rstrip("."), " ".join(m.group("cue").split()).lower(),
                         sent.start + m.start(), sent.start + m.end() + 120)
    tail_start = max(0, len(s) - 90)
    m = r.said_after.search(s, tail_start)
    if m:
        who = _clean_speaker(m.group("who"), r)
        if who:
            after = (who, m.group("cue").lower(), sent.start + m.start())
    m = r.said_before.match(s)
    if m and m.group("cue").lower() in r.raw["attribution"].get("noun_cues", ()):
        att = r.raw["attribution"]
        nxt = s[m.end():m.end() + 16].split(None, 1)
        if nxt and nxt[0].lower() in att.get("noun_cue_followers", ()) \
                or m.group("who").lower() in att.get("noun_cue_adjectives", ()) \
                or m.group("who").rstrip().endswith(("'s", "’s", "s'", "s’")):
            m = None  # ("Initial reports on the morning after ... gave 212 dead", "Of last year's claims, ...": the noun)
    if m:
        who = _clean_speaker(m.group("who"), r)
        if who:
            before = (who, m.group("cue").lower(), sent.start + m.end())
    return according, after, before


_PRONOUNS = frozenset("he she they it we i you this that who".split())
# Words that show a stretch before a verb of saying is a clause, not a speaker's name.
_NOT_IN_NAMES = frozenset("is are was were be been has had have will would said says its their his her "
                          "which that who when".split())


def _clean_speaker(who: str, r: FigureRules) -> str | None:
    words = who.strip("'’‘\"“” ").split()  # ("‘...,’ he said": the closing mark is no name)
    while words and words[0] in ("-", "–", "•", "*"):
        words = words[1:]  # ("- The OHSA says": a bullet of a fact box)
    # "On Tuesday the Labor Department": a date phrase before the speaker.
    if len(words) > 2 and words[0].lower() in ("on", "in", "at", "by") and words[1][:1].isupper():
        words = words[2:]
    while words and words[0].lower() in ("the", "a", "an", "and", "but", "so", "also", "meanwhile", "however"):
        words = words[1:]  # ("An estimated 18,500": an article alone names no one)
    if not words or words[0].lower() in _PRONOUNS:
        return None
    if any(w[:1].isdigit() for w in words) or any(w.lower() in _NOT_IN_NAMES for w in words):
        return None
    if any(_verb_like(w, r) for w in words if w[:1].islower()):
        return None
    lower = [w for w in words if w[:1].islower() and w.lower() not in ("of", "for", "the", "and", "in")]
    if len(lower) > 3:
        return None
    return " ".join(words)


_SPEECH_BEFORE_DATE = re.compile(
    r"(?:said|says|told\s+\w+|reported|announced|stated|confirmed|added|wrote|declared|tweeted)\s+(?:on\s+)?$",
    re.IGNORECASE)
_WINDOW_BEFORE_DATE = re.compile(r"(?:since|until|till|through|between|from|by|as\s+of|before)\s+(?:the\s+)?$",
                                 re.IGNORECASE)


def _event_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions that may date an event: not the day something was said ("said on
    Tuesday") nor a bound of a time window ("since Oct. 7"). Once per sentence."""
    out = []
    for d in mentions:
        before = text[max(0, d.start - 30):d.start]
        if _SPEECH_BEFORE_DATE.search(before) or _WINDOW_BEFORE_DATE.search(before):
            continue
        out.append(d)
    return out


def _event_date(text: str, mentions: list[DateMention], f: _Figure, published) -> str | None:
    """The date of the figure's event: the nearest of the sentence's ``_event_dates``."""
    best = None
    for d in mentions:
        dist = abs(d.start - f.start)
        if best is None or dist < best[0]:
            best = (dist, d)
    if best is None:
        return None
    day = best[1].resolve(published)
    if day is None or (published is not None and day > published):
        return None
    return day.isoformat()

