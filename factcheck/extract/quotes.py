"""Quotes: spans in quotation marks that reproduce someone's words, with their speaker.

A quote is one span from its opening mark to its closing mark (``text`` is the words inside;
``start``/``end`` point inside the marks): whole sentences, a quote broken by an attribution
(``"A," he said. "B."`` gives two quotes, one speaker), a quote that runs on over paragraphs,
fragments inside reported speech and short quoted phrases. The speaker comes from the
attribution that frames the quote (``"...," X said``, ``X said: "..."``, ``said X``), from the
reported clause that holds it (``said he planned to discuss "..."``), or, for a quoted
sentence with no verb of its own, from the quote just before it in the same or the previous
paragraph, unless speech is credited to someone else in between. A quoted phrase with no verb of saying has no speaker.

Out of scope: names of operations, works, titles and nicknames in quotation marks (a Title
Case phrase with no verb of saying, or one that opens with a name word such as
``Operation``); quotes nested inside a quote (part of the outer one); apostrophes; quotation
marks in the header lines (not part of the body). An unclosed quote is reported to the end
of its paragraph with a ``warning``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..claims import Claim
from .speakers import (
    Attribution,
    QuoteSpan,
    analyse,
    compiled,
    credited_after,
    credited_by_line,
    introduced_before,
)
from .text import Document

UNCLOSED = "unclosed quotation mark: the quote runs to the end of its paragraph"
# A Title Case phrase this long or shorter in quotation marks may be a name, not words said.
NAME_MAX_WORDS = 6
_QWORD = re.compile(r"[^\W\d_][\w’'\-]*|\d[\w,.]*")
_LETTER = re.compile(r"[^\W\d_]")
_GAP_AFTER = re.compile(r"[\s,;:—–-]*")
_GAP_AFTER_END = re.compile(r"[\s,;:—–?!.-]*")
_GAP_BEFORE = re.compile(r"[\s,:]*(?:that\s*)?")
_END_PUNCT = re.compile(r"[.!?,;:]$")
_TITLED_OPENING = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*")


def extract(doc: Document, options) -> Iterator[Claim]:
    """Every quote of ``doc`` with its speaker, role and verb of saying."""
    paths = getattr(options, "rules_paths", ())
    an = analyse(doc, paths)
    for w in an.warnings:
        note = f"{doc.article.id}: {w}"
        if note not in doc.warnings:
            doc.warnings.append(note)
    for q, a, b, at in framed(doc, paths):
        warning = None
        if q.unclosed:
            warning = UNCLOSED
            note = f"{doc.article.id}: {UNCLOSED} (offset {q.open})"
            if note not in doc.warnings:
                doc.warnings.append(note)
        if at is not None and at.warning:
            warning = "; ".join(x for x in (warning, at.warning) if x)
        yield doc.claim(
            "quote", a, b, sentence=doc.sentence_at(a),
            speaker=at.speaker if at else None, speaker_role=at.speaker_role if at else None,
            cue=at.cue if at else None, stated_on=at.stated_on if at else None, warning=warning,
        )


def framed(doc: Document, rules_paths=()) -> list[tuple[QuoteSpan, int, int, Attribution | None]]:
    """The quotes of ``doc`` (names in quotation marks left out), each with the offsets of its
    words and the attribution that credits it, if any (computed once per document and shared
    with the figure extractor, which gives a figure inside a quote to the quote's speaker)."""
    paths = tuple(str(x) for x in rules_paths)
    key = ("quotes", paths)
    out = doc.cache.get(key)
    if out is not None:
        return out
    rules = compiled(paths)
    an = analyse(doc, paths)
    text = doc.text
    cue_starts = [at.cue_start for at in an.attributions]
    last: tuple[QuoteSpan, Attribution | None] | None = None
    out = []
    for q in an.quotes:
        a, b = _inner(text, q)
        if b <= a or not _LETTER.search(text, a, b):
            continue
        lo = bisect.bisect_left(cue_starts, doc.sentence_at(q.open).start)
        own = doc.sentence_at(q.close)
        hi = bisect.bisect_right(cue_starts, own.end)
        near = an.attributions[lo:hi]
        if text[q.close + 1:own.end].strip() == "" and own.end < len(text):
            # '"Is this justice?" Amira Saleh asked.': an attribution in the next sentence whose
            # clause is this one
            nxt = doc.sentence_at(_next_start(text, own.end))
            near = near + [o for o in an.attributions[hi:bisect.bisect_right(cue_starts, nxt.end)]
                           if o.form == "trailing" and o.clause_start < o.sentence.start]
        at, closing = _frame(text, q, near)
        # a Title Case phrase is a name unless a verb of saying closes on it ("Never Again," he said)
        if _is_name(text[a:b], rules) and (not closing or _starts_name(text[a:b], rules)):
            continue
        if at is None and not q.unclosed:
            # '"..." Those were the words of Amina Saleh': named right after it
            at = credited_after(doc, paths, q.close + 1)
        if at is None and not q.unclosed and text[q.close + 1:own.end].strip() == "" and own.end < len(text):
            # '"..." Kemal Ostrowski, a firefighter who advises the group, said it quietly': the
            # next sentence's subject says "it"
            nxt = doc.sentence_at(_next_start(text, own.end))
            at = None if "\n" in text[q.close:nxt.start] else next((o for o in an.attributions[hi:bisect.bisect_right(cue_starts, nxt.end)]
                       if o.form == "subject_first" and o.subject_start == nxt.start and o.kind == "person"
                       and o.speaker and _SAID_IT.match(text, o.cue_end)), None)
        if at is None and not q.unclosed:
            # a line of its own after a heading's label or a colon ("Mayor: '...'")
            at = credited_by_line(doc, paths, q.open, q.close)
        carried = last[1] if at is None and last is not None and last[1] is not None and _starts_sentence(doc, q) \
            and _near(doc, last[0], q) and not _other_speaker_between(an.attributions, cue_starts, last, q) else None
        if at is None and not q.unclosed:
            # a quotation standing alone, then a paragraph that opens with a person who speaks:
            # hers, before any carry-over from the quote before (but a name after a title only
            # when no quote before may carry over)
            at = _named_next(doc, q, an.attributions, cue_starts, titled=carried is None)
        if at is None:
            at = carried
        if at is None and not q.unclosed and _starts_sentence(doc, q):
            at = _paraphrased_before(doc, q, an.attributions, cue_starts)
        if at is None and not q.unclosed:
            at = introduced_before(doc, paths, q.open)
        last = (q, at)
        out.append((q, a, b, at))
    out = _repeated(text, out)
    doc.cache[key] = out
    return out


REPEATED_QUOTE_REACH = 1500  # characters between a quote and the longer one it repeats, at most
REPEATED_QUOTE_MIN_WORDS = 3


def _repeated(text: str, out: list) -> list:
    """A quote that no one is credited with and whose words stand again in a nearby quote that
    someone is: that one's (a live page's heading "14:20 - 'It felt like an earthquake'" over
    its entry's "'It felt like an earthquake. The ceiling came down,' Ines Dorrow told ...")."""
    words = [" ".join(_WORD.findall(text[a:b].lower())) for _, a, b, _ in out]
    for i, (q, a, b, at) in enumerate(out):
        if at is not None or len(words[i].split()) < REPEATED_QUOTE_MIN_WORDS:
            continue
        other = next((o for j, o in enumerate(out) if j != i and o[3] is not None and o[3].speaker
                      and abs(o[1] - a) <= REPEATED_QUOTE_REACH and f" {words[i]} " in f" {words[j]} "), None)
        if other is not None:
            out[i] = (q, a, b, other[3])
    return out


_WORD = re.compile(r"[\w’'-]+")


_SAID_IT = re.compile(r"\s+(?:it|this)\s+(?!is\b|was\b|has\b|had\b|will\b|would\b)")


def _next_start(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return min(pos, len(text) - 1)


def _paraphrased_before(doc: Document, q: QuoteSpan, atts: list[Attribution], cue_starts: list[int]) -> Attribution | None:
    """A quotation that opens a sentence with no attribution of its own, right after a sentence
    (in its paragraph or the one before) in which one person's words are reported: 'Tasha
    Greer said she was in the kitchen when she heard shots. / "Then everybody was running."'"""
    text = doc.text
    k = q.open
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0:
        return None
    prev = doc.sentence_at(k - 1)
    if prev.end > q.open:
        return None
    para_q = doc.paragraph_at(q.open)
    if doc.paragraph_at(prev.start).start != para_q.start:
        i = bisect.bisect_left(doc._paragraph_starts, para_q.start)
        if i == 0 or doc.paragraphs[i - 1].start != doc.paragraph_at(prev.start).start:
            return None
    lo = bisect.bisect_left(cue_starts, prev.start)
    hi = bisect.bisect_right(cue_starts, prev.end)
    found = [at for at in atts[lo:hi] if at.sentence.start == prev.start]
    speakers = {at.speaker for at in found}
    if len(speakers) == 1 and found[0].speaker and found[0].kind == "person":
        return found[0]
    return None


def _named_next(doc: Document, q: QuoteSpan, atts: list[Attribution], cue_starts: list[int],
                titled: bool = True) -> Attribution | None:
    """A quote that is a paragraph of its own, and the next paragraph opens with a person who
    speaks ('"I thought a plane had crashed." / Jenna Morales, who lives nearby, said ...'):
    the anecdote's words are hers."""
    text = doc.text
    para = doc.paragraph_at(q.open)
    if text[para.start:q.open].strip() or text[q.close + 1:para.end].strip(" .!?"):
        return None
    i = bisect.bisect_left(doc._paragraph_starts, para.start)
    if i + 1 >= len(doc.paragraphs):
        return None
    para2 = doc.paragraphs[i + 1]
    nxt = doc.sentence_at(para2.start)
    lo = bisect.bisect_left(cue_starts, nxt.start)
    for at in atts[lo:]:
        if at.cue_start >= nxt.end:
            break
        if at.form == "subject_first" and at.subject_start == nxt.start and at.kind == "person" and at.speaker \
                and (titled or text.startswith(at.speaker, at.subject_start)):
            # (with a quote before that may carry over, not a name after its title: "Police
            # Superintendent Karl Devlin told a special meeting ...": a new part of the story)
            return at
    # '"My son had a fever ..." / Siti Rahmawati, a street vendor, spent four nights ... She
    # said ...': the paragraph opens with a person and goes on with her words
    opener = text[nxt.start:nxt.end]
    for at in atts[lo:]:
        if at.cue_start >= para2.end:
            break
        if at.kind == "person" and at.speaker and " " in at.speaker and (opener.startswith(at.speaker) or titled and (
                at.speaker in opener and _TITLED_OPENING.fullmatch(opener, 0, opener.find(at.speaker)))):
            # (or after capitalised words only: "Dravonia's President Aurel Vassan repeated ...")
            return at
    return None


def _other_speaker_between(atts: list[Attribution], cue_starts: list[int],
                           last: tuple[QuoteSpan, Attribution], q: QuoteSpan) -> bool:
    """Is speech credited to someone else between the quote ``last`` and ``q``? Then ``q``
    does not continue ``last``'s speaker."""
    prev_q, prev_at = last
    lo = bisect.bisect_right(cue_starts, prev_q.close)
    hi = bisect.bisect_left(cue_starts, q.open)
    # (not a relative clause about the speaker's own body: "said Ana Brel of the Ostrel
    # Tenants' Union, which says it has recorded ...")
    return any(o is not prev_at and o.parent is not prev_at and o.speaker != prev_at.speaker
               and not prev_at.subject_start <= o.subject_start < prev_at.subject_end
               for o in atts[lo:hi])


def _inner(text: str, q: QuoteSpan) -> tuple[int, int]:
    a, b = q.start, q.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def _frame(text: str, q: QuoteSpan, near: list[Attribution]) -> tuple[Attribution | None, bool]:
    """The attribution that credits quote ``q`` (among those ``near`` it, in the sentences it
    spans): one right after its closing mark, one right before its opening mark, or the
    reported clause that holds it. The flag says whether a verb of saying closes on it."""
    after = before = inside = None
    for at in near:
        if at.frame_start >= q.close and _GAP_AFTER.fullmatch(text, q.close + 1, max(q.close + 1, at.frame_start)) \
                and at.form in ("trailing", "inverted", "according"):
            after = after or at
        elif at.form in ("trailing", "inverted", "according") and at.clause_start <= q.open < at.clause_end + 2 \
                and at.frame_start > q.open and (q.close >= at.frame_start or _GAP_AFTER_END.fullmatch(text, q.close + 1, max(q.close + 1, at.frame_start))):
            after = after or at
        elif at.cue_end <= q.open and at.clause_start <= q.open + 1 < at.clause_end + 1:
            inside = at
        elif at.form in ("trailing", "inverted", "according") and at.clause_start <= q.open and q.close <= at.clause_end + 1:
            inside = inside or at  # 'Another 19 drones were "lost", most likely to jamming, the air force said.'

        elif at.cue_end <= q.open and _GAP_BEFORE.fullmatch(text, at.frame_end, max(at.frame_end, q.open)):
            before = at
    return (after or inside or before), after is not None


def _is_name(inner: str, rules) -> bool:
    if _END_PUNCT.search(inner.strip()):
        return False
    words = _QWORD.findall(inner)
    if not words or len(words) > NAME_MAX_WORDS:
        return _starts_name(inner, rules)
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in rules.name_small for w in words)


def _starts_name(inner: str, rules) -> bool:
    s = inner.strip()
    return any(s == h or s.startswith(h + " ") for h in rules.name_heads)


def _starts_sentence(doc: Document, q: QuoteSpan) -> bool:
    sent = doc.sentence_at(q.open)
    para = doc.paragraph_at(q.open)
    return q.open in (sent.start, para.start) or not doc.text[sent.start:q.open].strip()


def _near(doc: Document, prev: QuoteSpan, q: QuoteSpan) -> bool:
    """Is ``q`` in the same paragraph as ``prev`` ends, or in the next one?"""
    p_prev = doc.paragraph_at(prev.close)
    p_q = doc.paragraph_at(q.open)
    if p_prev.start == p_q.start:
        return True
    i = bisect.bisect_left(doc._paragraph_starts, p_prev.start)
    return i + 1 < len(doc.paragraphs) and doc.paragraphs[i + 1].start == p_q.start
