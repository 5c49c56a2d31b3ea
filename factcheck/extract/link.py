"""Link stage: claims of one kind that borrow from claims of another.

A figure that stands inside a quote or a statement (by offsets) and has no speaker of its
own takes that claim's speaker, role and verb of saying (``"126 hostages had been
confirmed", Hecht said`` makes Richard Hecht the source of 126). When quotes and statements
overlap, the narrowest span that holds the figure wins.

Out of scope: links across sentences that do not hold the figure, and any change to a figure
that already has a speaker. :func:`link` is a pure function: it returns new claims
(copies with the speaker filled in) and leaves its input unchanged.
"""

from __future__ import annotations

import bisect

from ..claims import Claim
from .text import Document

SPEECH_KINDS = ("quote", "statement")


def link(doc: Document | None, claims: list[Claim]) -> list[Claim]:
    """``claims`` with every speakerless figure inside a quote or statement credited to its
    speaker. ``doc`` is accepted for the orchestrator's signature and not needed."""
    speech = sorted((c for c in claims if c.kind in SPEECH_KINDS and c.speaker),
                    key=lambda c: (c.start, c.end))
    if not speech:
        return list(claims)
    starts = [c.start for c in speech]
    # reach[i]: the furthest end among speech[0..i]; the search back from a figure stops where
    # no earlier claim reaches the figure's end
    reach: list[int] = []
    far = -1
    for c in speech:
        far = max(far, c.end)
        reach.append(far)
    out: list[Claim] = []
    for c in claims:
        if c.kind == "figure" and not c.speaker:
            holder = _narrowest_holder(speech, starts, reach, c.start, c.end)
            if holder is not None:
                # a new claim (as dataclasses.replace makes, without its per-field checks)
                rec = c.as_record()
                rec.update(speaker=holder.speaker, speaker_role=c.speaker_role or holder.speaker_role,
                           cue=c.cue or holder.cue)
                c = Claim(**rec)
        out.append(c)
    return out


def _narrowest_holder(speech: list[Claim], starts: list[int], reach: list[int], start: int, end: int) -> Claim | None:
    """The narrowest of ``speech`` (sorted by start) that holds ``start:end``; of equally narrow
    ones, the one that starts last."""
    best = None
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0 and reach[i] >= end:
        s = speech[i]
        if end <= s.end and (best is None or s.end - s.start < best.end - best.start):
            best = s
        i -= 1
    return best
