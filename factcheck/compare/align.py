"""Alignment: which figures across articles are the same figure, and why.

Each figure gets a :class:`Signature` (category, unit, subgroup, place, scope, event date,
the article's story names) read from its columns and the rule table ``compare.toml``. Two
figures are the same figure when their signatures are compatible; :func:`group_figures`
gathers every figure into groups and records, for each figure, the reason it joined its
group. Pinned figures (:mod:`.tracked`) go to their pin's group before anything else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from ..rules import load_rules
from ..units import canonical, compatible
from .tracked import TrackedFigure, pin_for

INCREMENT, CUMULATIVE = "period", "running"

# A figure's effective date when it is superseded: the earlier state its article reports,
# ordered just before that article's own claims.
SUPERSEDED_RANK, CURRENT_RANK = 0, 1


@dataclass(frozen=True)
class CompareRules:
    """The compiled rule table ``compare.toml`` (with a user's files merged over it)."""

    cumulative: frozenset[str]
    generic: re.Pattern
    generic_for_category: dict[str, frozenset[str]]
    subgroups: dict[str, re.Pattern]
    places: dict[str, list[re.Pattern]]
    placeless: frozenset[str]
    increment: list[re.Pattern]
    running: list[re.Pattern]
    subject_window: int
    min_shared_names: int
    stop_names: frozenset[str]
    same_words: float
    altered_min: float
    subject_required: frozenset[str]
    stop_words: frozenset[str]


def _words(words: Iterable[str]) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def _patterns(items: Iterable[str]) -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in items]


@cache
def _compiled(paths: tuple[str, ...]) -> CompareRules:
    t = load_rules("compare", paths)
    subj = t.get("subjects", {})
    return CompareRules(
        cumulative=frozenset(t.get("cumulative_categories", ())),
        generic=_words(subj.get("generic", ())),
        generic_for_category={k: frozenset(v) for k, v in subj.get("generic_for_category", {}).items()},
        subgroups={k: _words(v) for k, v in subj.get("subgroups", {}).items()},
        places={k: _patterns(v) for k, v in t.get("places", {}).items() if k != "ignore_for_categories"},
        placeless=frozenset(t.get("places", {}).get("ignore_for_categories", ())),
        increment=_patterns(t.get("scope", {}).get("increment_patterns", ())),
        running=_patterns(t.get("scope", {}).get("cumulative_patterns", ())),
        subject_window=int(t.get("fallback", {}).get("subject_window_words", 3)),
        min_shared_names=int(t.get("story", {}).get("min_shared_names", 2)),
        stop_names=frozenset(t.get("story", {}).get("stop_names", ())),
        same_words=float(t.get("quotes", {}).get("same_words_similarity", 0.9)),
        altered_min=float(t.get("quotes", {}).get("altered_min_similarity", 0.6)),
        subject_required=frozenset(t.get("subject_required_categories", ())),
        stop_words=frozenset(w.lower() for w in subj.get("stop_words", ())),
    )


def compare_rules(rules_paths: Iterable[str] = ()) -> CompareRules:
    """The comparison rules, with the user's TOML files merged over ``compare.toml``."""
    return _compiled(tuple(str(p) for p in rules_paths))


# ---------------------------------------------------------------------------------------------
# Signatures


def _s(v) -> str | None:
    if v is None:
        return None
    s = str(v)
    return None if s in ("", "nan", "<NA>", "None") else s


def _date(v) -> dt.date | None:
    s = _s(v)
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Signature:
    """What a figure counts, where and over which period: the facts alignment compares."""

    category: str | None
    unit: str | None
    subject: str  # as written, or the words after the number
    subgroups: frozenset[str]
    place: str | None
    place_from: str  # "subject", "sentence" or ""
    scope: str  # INCREMENT or CUMULATIVE
    event_date: str | None
    article_id: str
    published: dt.date | None
    superseded: bool
    label: str = "people"  # the group's name: subgroup(s), the counted thing, or "people"

    @property
    def subject_label(self) -> str:
        return self.label


def _subject_text(fig: Mapping, rules: CompareRules) -> str:
    subject = _s(fig.get("subject"))
    if subject:
        return subject
    sentence, text = _s(fig.get("sentence")) or "", _s(fig.get("text")) or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return ""
    after = re.findall(r"[\w'’.-]+", sentence[at + len(text):])
    return " ".join(after[: rules.subject_window])


def _place(fig: Mapping, subject: str, rules: CompareRules) -> tuple[str | None, str]:
    for name, pats in rules.places.items():
        if any(p.search(subject) for p in pats):
            return name, "subject"
    sentence, text = _s(fig.get("sentence")) or "", _s(fig.get("text")) or ""
    at = sentence.find(text) if text else -1
    centre = at + len(text) / 2 if at >= 0 else len(sentence) / 2
    best: tuple[float, str] | None = None
    for name, pats in rules.places.items():
        for p in pats:
            for m in p.finditer(sentence):
                d = abs((m.start() + m.end()) / 2 - centre)
                if best is None or d < best[0]:
                    best = (d, name)
    return (best[1], "sentence") if best else (None, "")


def _scope(fig: Mapping, rules: CompareRules) -> str:
    sentence = _s(fig.get("sentence")) or ""
    if any(p.search(sentence) for p in rules.running):
        return CUMULATIVE
    if any(p.search(sentence) for p in rules.increment):
        return INCREMENT
    return CUMULATIVE


def signature(fig: Mapping, rules: CompareRules) -> Signature:
    """The signature of one figure (a claims-table row as a dict)."""
    category = _s(fig.get("category"))
    subject = _subject_text(fig, rules)
    groups = frozenset(k for k, pat in rules.subgroups.items() if pat.search(subject))
    groups -= rules.generic_for_category.get(category or "", frozenset())
    # "women and children" names one group, not two.
    if "women_and_children" in groups:
        groups -= {"women", "children"}
    place, place_from = (None, "") if category in rules.placeless else _place(fig, subject, rules)
    sup = fig.get("superseded")
    if groups:
        label = "+".join(sorted(groups))
    elif category in rules.subject_required:
        label = "-".join(sorted(content_words(subject, rules))[:3]) or "unspecified"
    else:
        label = "people"
    return Signature(
        category=category, unit=canonical(_s(fig.get("unit"))) or _s(fig.get("unit")),
        subject=subject, subgroups=groups, place=place, place_from=place_from,
        scope=_scope(fig, rules), event_date=_s(fig.get("event_date")),
        article_id=str(fig.get("article_id")), published=_date(fig.get("published")),
        superseded=bool(sup) if sup is not None and _s(sup) is not None else False,
        label=label,
    )


# ---------------------------------------------------------------------------------------------
# Stories: which articles tell the same story


NAME_TOKEN = re.compile(r"[A-Z][\w’'.-]*[\w]")


def article_names(claims: Iterable[Mapping], rules: CompareRules) -> dict[str, frozenset[str]]:
    """Per article, the names its claims' sentences use (capitalised words not opening a sentence)."""
    names: dict[str, set[str]] = {}
    seen: set[tuple[str, str]] = set()
    for c in claims:
        aid, sentence = str(c.get("article_id")), _s(c.get("sentence")) or ""
        if (aid, sentence) in seen:
            continue
        seen.add((aid, sentence))
        bag = names.setdefault(aid, set())
        for m in NAME_TOKEN.finditer(sentence):
            if m.start() == 0 or sentence[: m.start()].rstrip().endswith((".", "!", "?", "“", '"')):
                continue
            word = m.group().rstrip(".").replace("’s", "").replace("'s", "")
            if word not in rules.stop_names:
                bag.add(word)
    return {k: frozenset(v) for k, v in names.items()}


# ---------------------------------------------------------------------------------------------
# Compatibility


def compatible_figures(a: Signature, b: Signature, rules: CompareRules,
                       names: Mapping[str, frozenset[str]] | None = None) -> tuple[bool, str]:
    """Whether two figures are the same figure, and why (or why not), in a few words.

    ``names`` (per article, from :func:`article_names`) lets figures of unknown place align
    only when their articles share names; without it (a diff of two inputs the user chose to
    compare) they are taken to tell one story."""
    if not a.category or a.category != b.category:
        return False, f"categories differ ({a.category} vs {b.category})"
    if a.unit and b.unit and not compatible(a.unit, b.unit):
        return False, f"units do not convert ({a.unit} vs {b.unit})"
    if a.subgroups != b.subgroups:
        return False, f"different groups ({a.subject_label} vs {b.subject_label})"
    if a.scope != b.scope:
        return False, "one counts a single period, the other the running total"
    reasons = [f"same category {a.category}"]
    if a.category in rules.subject_required:
        shared_words = content_words(a.subject, rules) & content_words(b.subject, rules)
        if not shared_words:
            return False, f"{a.category} figures of different things ({a.subject or '?'!r} vs {b.subject or '?'!r})"
        reasons.append(f"subjects share {', '.join(sorted(shared_words))}")
    if a.category not in rules.subject_required:
        reasons.append(f"same group ({a.subject_label})" if a.subgroups else "generic subjects (people)")
    if a.unit and b.unit and a.unit != b.unit:
        reasons.append(f"units convert ({a.unit} ~ {b.unit})")
    if a.place and b.place:
        if a.place != b.place:
            return False, f"different places ({a.place} vs {b.place})"
        reasons.append(f"same place {a.place}")
    elif a.article_id != b.article_id and names is not None:
        shared = names.get(a.article_id, frozenset()) & names.get(b.article_id, frozenset())
        if len(shared) < rules.min_shared_names:
            return False, "place unknown and the articles share too few names to be one story"
        reasons.append(f"place unknown; same story ({', '.join(sorted(shared)[:3])})")
    elif a.article_id != b.article_id:
        reasons.append("place unknown (the inputs are taken to tell one story)")
    cumulative_run = a.category in rules.cumulative and a.scope == CUMULATIVE
    if a.event_date and b.event_date and a.event_date != b.event_date:
        if not cumulative_run:
            return False, f"different events ({a.event_date} vs {b.event_date})"
        reasons.append(f"running total (event dates {a.event_date}, {b.event_date})")
    elif a.event_date and a.event_date == b.event_date:
        reasons.append(f"same event date {a.event_date}")
    if a.scope == INCREMENT:
        if not (a.event_date and a.event_date == b.event_date):
            return False, "counts over a period need the same known event date"
        reasons.append("same period")
    return True, "; ".join(reasons)


def content_words(subject: str, rules: CompareRules) -> frozenset[str]:
    """The words of a subject that say what is counted, singular: no stop words, no numbers, no
    generic people words (a count of "Palestinians" says who, not what)."""
    out = set()
    for w in re.findall(r"[A-Za-z][\w’'-]*", subject or ""):
        w = w.lower().strip("’'")
        if len(w) < 3 or w in rules.stop_words or rules.generic.fullmatch(w):
            continue
        out.add(w[:-1] if w.endswith("s") and not w.endswith(("ss", "as", "us", "is")) else w)
    return frozenset(out)


def _score(a: Signature, b: Signature) -> int:
    """How much two compatible figures share beyond the minimum: breaks ties between groups."""
    score = 0
    if a.place and a.place == b.place:
        score += 4
    if a.event_date and a.event_date == b.event_date:
        score += 2
    if a.subject and a.subject.lower() == b.subject.lower():
        score += 1
    return score


# ---------------------------------------------------------------------------------------------
# Grouping


@dataclass
class Group:
    key: str
    members: list[int] = field(default_factory=list)
    pinned: TrackedFigure | None = None


def _key(sig: Signature, pin: TrackedFigure | None) -> str:
    if pin is not None:
        return pin.id
    parts = [sig.category or "uncategorised", sig.place or "anywhere", sig.subject_label]
    if sig.scope == INCREMENT:
        parts.append(f"period-{sig.event_date or 'undated'}")
    return "/".join(parts)


def _order(sig: Signature, row: Mapping) -> tuple:
    return (sig.published or dt.date.max, str(row.get("article_id")),
            SUPERSEDED_RANK if sig.superseded else CURRENT_RANK, int(row.get("start") or 0))


def group_figures(figures: list[Mapping], *, tracked: list[TrackedFigure] | None = None,
                  rules: CompareRules | None = None, names: Mapping[str, frozenset[str]] | None = None,
                  ) -> tuple[list[str], list[str], list[Signature]]:
    """Give each figure a group key and the reason it joined that group.

    ``figures`` are claims-table rows (dicts) of kind figure; ``names`` as for
    :func:`compatible_figures`. Returns three lists parallel to
    ``figures``: group keys, reasons, signatures. A figure joins the earliest-opened group
    whose every member it is compatible with (the group with most in common when several
    are); pinned figures join their pin's group.
    """
    rules = rules or compare_rules()
    sigs = [signature(f, rules) for f in figures]
    keys: list[str] = [""] * len(figures)
    reasons: list[str] = [""] * len(figures)
    groups: list[Group] = []
    by_pin: dict[str, Group] = {}
    for i in sorted(range(len(figures)), key=lambda i: _order(sigs[i], figures[i])):
        pin = pin_for(figures[i], tracked or [])
        if pin is not None:
            g = by_pin.get(pin.id)
            if g is None:
                g = by_pin[pin.id] = Group(pin.id, pinned=pin)
                groups.append(g)
            g.members.append(i)
            reasons[i] = pin.reason()
            continue
        best: tuple[int, int, Group, str] | None = None
        for n, g in enumerate(groups):
            if g.pinned is not None:
                continue
            why = ""
            ok = True
            for j in g.members:
                ok, why_j = compatible_figures(sigs[j], sigs[i], rules, names)
                if not ok:
                    break
                if j == g.members[0]:
                    why = why_j
            if ok:
                score = max(_score(sigs[j], sigs[i]) for j in g.members)
                if best is None or score > best[0]:
                    best = (score, n, g, why)
        if best is None:
            g = Group(_key(sigs[i], None))
            groups.append(g)
            g.members.append(i)
            reasons[i] = "first figure of its group: " + _describe(sigs[i])
        else:
            best[2].members.append(i)
            first = figures[best[2].members[0]]
            reasons[i] = f"{best[3]} (as {first.get('text')!r} in {first.get('article_id')})"
    # Keys: readable, unique.
    used: Counter[str] = Counter()
    for g in groups:
        key = g.key if g.pinned else _key(sigs[g.members[0]], None)
        used[key] += 1
        if used[key] > 1:
            key = f"{key}#{used[key]}"
        for i in g.members:
            keys[i] = key
    return keys, reasons, sigs


def _describe(sig: Signature) -> str:
    bits = [f"category {sig.category}", f"group {sig.subject_label}"]
    bits.append(f"place {sig.place} (from the {sig.place_from})" if sig.place else "place unknown")
    bits.append("a count over one period" if sig.scope == INCREMENT else "a running total" if sig.category else "")
    if sig.event_date:
        bits.append(f"event {sig.event_date}")
    return "; ".join(b for b in bits if b)


def effective_order(sig: Signature) -> tuple:
    """Sort key of a figure in time: published date, superseded figures before current ones."""
    return (sig.published or dt.date.max, SUPERSEDED_RANK if sig.superseded else CURRENT_RANK)
