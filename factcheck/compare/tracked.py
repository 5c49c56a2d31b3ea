"""Tracked figures: a small TOML file that pins figures to a named group.

    # tracked.toml
    [[figure]]
    id = "oct7-israel-killed"          # the group's id in every output
    category = "killed"
    words = ["Israel", "Israelis", "Oct. 7"]   # any of them in the figure's subject or sentence
    not_words = ["Gaza", "Palestinians"]       # optional: none of them may appear
    event_date = "2023-10-07"          # optional: a figure with another known event date is left out

A figure that matches a pin joins the pin's group whatever the automatic alignment would
say; the first matching pin wins. ``subject`` is accepted as another name for ``words``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..claims import categories
from ..errors import FactcheckError

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
KNOWN_KEYS = frozenset({"id", "category", "words", "subject", "not_words", "event_date", "description"})


class TrackedFiguresError(FactcheckError):
    """A tracked-figures file could not be read or holds a pin that cannot be used."""


def _words_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class TrackedFigure:
    """One pin: figures of ``category`` whose subject or sentence names one of ``words``."""

    id: str
    category: str
    words: tuple[str, ...] = ()
    not_words: tuple[str, ...] = ()
    event_date: str | None = None
    description: str = ""

    def matches(self, figure: Mapping) -> bool:
        """True when a claims-table row (as a dict) is this pinned figure."""
        if figure.get("category") != self.category:
            return False
        if self.event_date and figure.get("event_date") and str(figure["event_date"])[:10] != self.event_date:
            return False
        haystack = " ".join(str(figure.get(c) or "") for c in ("subject", "sentence", "text"))
        want = _words_pattern(self.words)
        if want is not None and not want.search(haystack):
            return False
        avoid = _words_pattern(self.not_words)
        return not (avoid is not None and avoid.search(haystack))

    def reason(self) -> str:
        bits = [f"pinned by tracked figure {self.id!r} (category {self.category}"]
        if self.words:
            bits.append(f"; words {', '.join(self.words)}")
        if self.event_date:
            bits.append(f"; event {self.event_date}")
        return "".join(bits) + ")"


def _as_words(value, path: str, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(w, str) for w in value):
        return tuple(value)
    raise TrackedFiguresError(f"{path}: {where}: {key!r} must be a word or a list of words, not {value!r}.")


def parse_tracked(data: Mapping, path: str = "tracked figures") -> list[TrackedFigure]:
    """Pins from a parsed TOML document (its ``[[figure]]`` tables)."""
    entries = data.get("figure", [])
    if not isinstance(entries, list):
        raise TrackedFiguresError(f"{path}: 'figure' must be a list of tables; write each pin as [[figure]].")
    pins: list[TrackedFigure] = []
    seen: set[str] = set()
    known_categories = set(categories())
    for n, entry in enumerate(entries, start=1):
        where = f"figure {n}"
        if not isinstance(entry, dict):
            raise TrackedFiguresError(f"{path}: {where} is not a table; write it as [[figure]] with keys below.")
        unknown = sorted(set(entry) - KNOWN_KEYS)
        if unknown:
            raise TrackedFiguresError(f"{path}: {where} has unknown key(s) {', '.join(unknown)}; use {', '.join(sorted(KNOWN_KEYS))}.")
        pid = entry.get("id")
        if not isinstance(pid, str) or not ID_PATTERN.match(pid):
            raise TrackedFiguresError(f"{path}: {where} needs an 'id' of letters, digits, '-', '_', '.' or ':' (got {pid!r}).")
        if pid in seen:
            raise TrackedFiguresError(f"{path}: {where}: id {pid!r} is used twice; give each pin its own id.")
        seen.add(pid)
        category = entry.get("category")
        if category not in known_categories:
            raise TrackedFiguresError(f"{path}: {where} ({pid}): category {category!r} is not one of {', '.join(sorted(known_categories))}.")
        event_date = entry.get("event_date")
        if isinstance(event_date, dt.date):
            event_date = event_date.isoformat()
        if event_date is not None:
            try:
                dt.date.fromisoformat(str(event_date))
            except ValueError:
                raise TrackedFiguresError(f"{path}: {where} ({pid}): event_date {event_date!r} is not a date; write YYYY-MM-DD.") from None
        words = _as_words(entry.get("words", entry.get("subject")), path, where, "words")
        pins.append(TrackedFigure(
            id=pid, category=category, words=words,
            not_words=_as_words(entry.get("not_words"), path, where, "not_words"),
            event_date=str(event_date) if event_date else None,
            description=str(entry.get("description", "")),
        ))
    return pins


def load_tracked(path: str | Path) -> list[TrackedFigure]:
    """The pins of a tracked-figures TOML file."""
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise TrackedFiguresError(f"{p}: no such tracked-figures file.") from None
    except tomllib.TOMLDecodeError as exc:
        raise TrackedFiguresError(f"{p}: not valid TOML ({exc}). See `factcheck compare --help` for the shape.") from None
    return parse_tracked(data, str(p))


def pin_for(figure: Mapping, pins: list[TrackedFigure]) -> TrackedFigure | None:
    """The first pin a figure matches, or None."""
    for pin in pins:
        if pin.matches(figure):
            return pin
    return None
