"""Edits with ground truth, to judge re-anchoring: every character remembers where it came from.

A :class:`TrackedText` starts as the old text and is changed by logged operations
(replace, move, copy). Each character keeps its offset in the old text, or -1 when it was
typed in or pasted as a copy (a copy is a decoy, not the passage). Where an old passage
*should* land therefore follows from the log alone (:meth:`TrackedText.truth`): the largest
stretch of its surviving characters that still follow each other; the passage is
*findable* when at least half of its characters survive, *gone* otherwise.

A placement is **right** when both ends are within :data:`TOLERANCE` code points of the
true ends (an end whose own character was replaced may also lie anywhere on the text that
replaced it); **wrong** when it is placed anywhere else, or placed although the passage
is gone, without being marked for review. Review and orphaned outcomes are never wrong.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from desktop_app.core.quote_search import Placement

TOLERANCE = 3
#: Longest replacement treated as editing a word (whose shared letters survive).
WORD_EDIT = 24
#: Least share of a passage's characters that must survive for it to be findable.
FINDABLE = 0.5
Verdict = Literal["right", "wrong", "review", "orphaned", "partial"]


@dataclass(frozen=True)
class Truth:
    """Where an old passage is now: acceptable ranges for each end, and how much survived."""

    survived: float
    start_range: tuple[int, int]
    end_range: tuple[int, int]
    #: Where copies of a passage whose original is gone lie. Only :meth:`on_passage` (the
    #: looser test) accepts a placement there; :meth:`verdict` counts it wrong, since the
    #: passage itself is gone.
    copied_to: tuple[int, int] | None = None
    #: From the first to the last surviving character, when they stayed close together
    #: (within twice the passage's length: reordered inside, not split apart).
    extent: tuple[int, int] | None = None

    @property
    def findable(self) -> bool:
        """At least half of the passage is still there."""
        return self.survived >= FINDABLE

    def holds(self, start: int, end: int) -> bool:
        """Both ends within tolerance of their ranges."""
        (s_lo, s_hi), (e_lo, e_hi) = self.start_range, self.end_range
        return (
            s_lo - TOLERANCE <= start <= s_hi + TOLERANCE
            and e_lo - TOLERANCE <= end <= e_hi + TOLERANCE
        )

    def on_passage(self, placement: Placement) -> bool:
        """Whether a placement lies mostly (at least half of it) on the surviving passage:
        right, or imprecise at its ends (a looser test than :meth:`verdict`)."""
        if placement.state in ("orphaned", "review"):
            return True
        places = [self.copied_to] if self.copied_to else []
        if self.survived > 0:
            lo, hi = self.start_range[0], self.end_range[1]
            if self.extent is not None:
                lo, hi = min(lo, self.extent[0]), max(hi, self.extent[1])
            places.append((lo, hi))
        length = placement.end - placement.start
        return any(
            (min(placement.end, hi) - max(placement.start, lo)) * 2 >= length for lo, hi in places
        )

    def verdict(self, placement: Placement) -> Verdict:
        """Judge a placement of this passage."""
        if placement.state == "orphaned":
            return "orphaned"
        if placement.state == "review":
            return "review"
        if self.survived > 0 and self.holds(placement.start, placement.end):
            return "right" if self.findable else "partial"
        return "wrong"


class TrackedText:
    """A text under logged edits; ``origin[i]`` is the old offset of character ``i`` (or -1)."""

    def __init__(self, text: str) -> None:
        self.old = text
        self.chars = list(text)
        self.origin = list(range(len(text)))
        #: For a pasted copy, the old offset of the character it copies (else -1).
        self.copy_of = [-1] * len(text)
        self.log: list[str] = []

    @property
    def text(self) -> str:
        """The text now."""
        return "".join(self.chars)

    def replace(self, at: int, length: int, inserted: str) -> None:
        """Replace ``length`` characters at ``at`` by ``inserted`` (typed: no origin).

        Characters that a short replacement repeats at its start or end are kept (with their
        origin): replacing "said" by "stated" changes "ai" into "tate", as any diff sees it.
        """
        deleted = self.chars[at : at + length]
        if max(length, len(inserted)) > WORD_EDIT:
            deleted = []  # a rewritten sentence shares its full stop by chance, not by descent
        head = 0
        while head < min(len(deleted), len(inserted)) and deleted[head] == inserted[head]:
            head += 1
        tail = 0
        while (
            tail < min(len(deleted), len(inserted)) - head
            and deleted[length - 1 - tail] == inserted[len(inserted) - 1 - tail]
        ):
            tail += 1
        at, length, inserted = (
            at + head,
            length - head - tail,
            inserted[head : len(inserted) - tail],
        )
        if not length and not inserted:
            return
        self.chars[at : at + length] = list(inserted)
        self.origin[at : at + length] = [-1] * len(inserted)
        self.copy_of[at : at + length] = [-1] * len(inserted)
        self.log.append(f"replace {at}+{length} by {inserted[:20]!r}")

    def move(self, at: int, length: int, to: int) -> None:
        """Cut ``length`` characters at ``at`` and paste them at ``to`` (of the text after
        the cut); they keep their origin."""
        chars, origin = self.chars[at : at + length], self.origin[at : at + length]
        copies = self.copy_of[at : at + length]
        del self.chars[at : at + length], self.origin[at : at + length]
        del self.copy_of[at : at + length]
        self.chars[to:to] = chars
        self.origin[to:to] = origin
        self.copy_of[to:to] = copies
        self.log.append(f"move {at}+{length} to {to}")

    def copy(self, at: int, length: int, to: int) -> None:
        """Paste a copy of ``length`` characters at ``at`` at ``to``; the copy is new text."""
        self.chars[to:to] = self.chars[at : at + length]
        self.copy_of[to:to] = [
            o if o >= 0 else c
            for o, c in zip(
                self.origin[at : at + length], self.copy_of[at : at + length], strict=True
            )
        ]
        self.origin[to:to] = [-1] * length
        self.log.append(f"copy {at}+{length} to {to}")

    def truths(self, spans: list[tuple[int, int]]) -> list[Truth]:
        """Where each old ``[start, end)`` should land now."""
        where = [-1] * len(self.old)
        for index, old in enumerate(self.origin):
            if old >= 0:
                where[old] = index
        return [self._truth(where, start, end) for start, end in spans]

    def _inside(self, before: int, after: int, start: int, end: int) -> bool:
        """Whether everything between two surviving characters of old ``[start, end)`` is
        new text or more of the passage (else they are in different places)."""
        return all(o == -1 or start <= o < end for o in self.origin[before + 1 : after])

    def _truth(self, where: list[int], start: int, end: int) -> Truth:
        # Stretches of the new text made of the passage's surviving characters, in the order
        # they stand now (parts reordered inside it, or brought together when a sentence
        # between them moved away, are one stretch), joined over text typed since.
        runs: list[list[int]] = []
        for now in sorted(where[old] for old in range(start, end) if where[old] >= 0):
            if runs and self._inside(runs[-1][-1], now, start, end):
                runs[-1].append(now)
            else:
                runs.append([now])
        if not runs:
            copies = [i for i, c in enumerate(self.copy_of) if start <= c < end]
            if copies:  # copied, then the original deleted: the copy is where it went
                return Truth(0.0, (-1, -1), (-1, -1), (copies[0], copies[-1] + 1))
            return Truth(0.0, (-1, -1), (-1, -1))
        main = max(runs, key=len)
        copied_to = None
        if len(main) < FINDABLE * (end - start):  # mostly gone: a whole copy is no error either
            copies = [i for i, c in enumerate(self.copy_of) if start <= c < end]
            copied_to = (copies[0], copies[-1] + 1) if copies else None
        first, last = main[0], main[-1] + 1
        start_lo = first
        if where[start] != first:  # its first characters were edited: their replacement counts
            while start_lo > 0 and self.origin[start_lo - 1] == -1:
                start_lo -= 1
        end_hi = last
        if where[end - 1] != main[-1]:
            while end_hi < len(self.origin) and self.origin[end_hi] == -1:
                end_hi += 1
        text = self.chars
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        survived = len(main) / (end - start)
        everything = [now for run in runs for now in run]
        extent = (min(everything), max(everything) + 1)
        compact = extent[1] - extent[0] <= 2 * (end - start)
        return Truth(
            survived,
            (start_lo, first),
            (last, end_hi),
            copied_to,
            extent=extent if compact else None,
        )


def word_spans(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    """``count`` spans of whole words, 1 to 25 words long, as a reader would select."""
    starts = [
        i for i in range(len(text)) if not text[i].isspace() and (i == 0 or text[i - 1].isspace())
    ]
    spans = []
    for _ in range(count):
        first = rng.randrange(len(starts))
        last = min(len(starts) - 1, first + rng.choice((1, 2, 3, 5, 8, 12, 25)))
        start = starts[first]
        end = starts[last] if last > first else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans
