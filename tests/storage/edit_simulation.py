"""Synthetic edits of an article with ground truth, to judge re-anchoring.

An :class:`EditedText` is an old text, a list of non-overlapping edits (position, deleted
length, inserted text) and the new text. Where an annotation *should* land follows from
the edit list alone:

* its ends map through the edits (an end inside a replaced stretch maps to the end of
  the replacement);
* an end is *ambiguous* by the size of any edit within :data:`NEAR_END` code points of
  it (an insertion exactly at the start may or may not belong to the passage; "the the
  relationship" after inserting a word holds the quote "the relationship" twice over),
  plus :data:`SLACK` code points;
* a passage whose text was deleted maps to an empty span where it was; placing it
  anywhere else is wrong (an orphan is the right outcome).

A placement is **right** when both ends are within their ambiguity of the mapped ends;
**imprecise** when it is on the right passage (it overlaps the mapped span by at least
half of their union) but an end is further off, typically by words inserted next to the
passage; **orphaned** when the annotation was orphaned; and **wrong** otherwise: on
another passage, or placed although the passage was deleted.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from desktop_app.core.anchoring import describe
from desktop_app.core.reanchor import Placement, place
from desktop_app.core.records import TextPosition, TextQuote

SLACK = 2
NEAR_END = 8
Verdict = Literal["right", "imprecise", "orphaned", "wrong"]


@dataclass(frozen=True)
class Edit:
    """Replace ``deleted`` code points at ``at`` (old text) by ``inserted``."""

    at: int
    deleted: int
    inserted: str


@dataclass(frozen=True)
class EditedText:
    """An old text, the edits applied to it, and the new text."""

    old: str
    edits: tuple[Edit, ...]
    new: str

    def map_offset(self, offset: int, *, end: bool) -> int:
        """Where old ``offset`` is in the new text."""
        shift = 0
        for edit in self.edits:
            if edit.at >= offset and not (end and edit.at == offset and edit.deleted == 0):
                break
            if offset < edit.at + edit.deleted or (end and offset == edit.at + edit.deleted):
                return edit.at + shift + (len(edit.inserted) if end else 0)
            shift += len(edit.inserted) - edit.deleted
        return offset + shift

    def ambiguity(self, offset: int) -> int:
        """How far a right placement of an end at old ``offset`` may be from the mapped one."""
        return SLACK + sum(
            max(edit.deleted, len(edit.inserted))
            for edit in self.edits
            if edit.at - NEAR_END <= offset <= edit.at + edit.deleted + NEAR_END
        )

    def verdict(self, start: int, end: int, placement: Placement) -> Verdict:
        """Judge where an annotation of old ``[start, end)`` was placed."""
        if not placement.placed:
            return "orphaned"
        new_start = self.map_offset(start, end=False)
        new_end = self.map_offset(end, end=True)
        if abs(placement.start - new_start) <= self.ambiguity(start) and abs(
            placement.end - new_end
        ) <= self.ambiguity(end):
            return "right"
        overlap = min(placement.end, new_end) - max(placement.start, new_start)
        union = max(placement.end, new_end) - min(placement.start, new_start)
        return "imprecise" if union > 0 and overlap * 2 >= union else "wrong"


def word_spans(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    """``count`` spans of whole words, 2 to 25 words long, as a reader would select."""
    starts = [
        i for i in range(len(text)) if not text[i].isspace() and (i == 0 or text[i - 1].isspace())
    ]
    spans = []
    for _ in range(count):
        first = rng.randrange(len(starts))
        last = min(len(starts) - 1, first + rng.randint(2, 25))
        start = starts[first]
        end = starts[last] if last > first else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def random_edits(rng: random.Random, text: str, rate: float, words: tuple[str, ...]) -> EditedText:
    """Edit ``text`` at about ``rate`` edits per 100 words: insert, delete or replace words,
    typos, and now and then a whole sentence removed or a paragraph added."""
    boundaries = [i for i in range(1, len(text)) if text[i - 1] == " "] or [0]
    count = max(1, int(len(boundaries) * rate / 100))
    chosen = sorted(rng.sample(boundaries, min(count, len(boundaries))))
    edits: list[Edit] = []
    last_end = -1
    for at in chosen:
        if at <= last_end:
            continue
        kind = rng.random()
        next_space = text.find(" ", at)
        word_end = next_space + 1 if next_space != -1 else len(text)
        if kind < 0.3:
            inserted = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) + " "
            edit = Edit(at, 0, inserted)
        elif kind < 0.55:
            stop = word_end
            for _ in range(rng.randint(0, 2)):
                more = text.find(" ", stop)
                stop = more + 1 if more != -1 else len(text)
            edit = Edit(at, stop - at, "")
        elif kind < 0.8:
            edit = Edit(at, word_end - at, rng.choice(words) + " ")
        elif kind < 0.95:
            if word_end - at < 3:
                continue
            offset = at + rng.randrange(word_end - at - 1)
            edit = Edit(offset, 1, rng.choice("abcdefghijklmnopqrstuvwxyz"))
        else:
            stop = text.find(". ", at)
            if stop == -1:
                continue
            edit = Edit(at, stop + 2 - at, "")
        if edit.inserted == text[edit.at : edit.at + edit.deleted]:
            continue  # replacing a word by itself changes nothing
        edits.append(edit)
        last_end = edit.at + edit.deleted
    parts: list[str] = []
    previous = 0
    for edit in edits:
        parts += [text[previous : edit.at], edit.inserted]
        previous = edit.at + edit.deleted
    parts.append(text[previous:])
    return EditedText(text, tuple(edits), "".join(parts))


def judge(edited: EditedText, spans: list[tuple[int, int]]) -> dict[Verdict, int]:
    """Re-anchor each span in the edited text; count right, orphaned and wrong placements."""
    counts: dict[Verdict, int] = {"right": 0, "imprecise": 0, "orphaned": 0, "wrong": 0}
    for start, end in spans:
        position, quote = describe(edited.old, start, end)
        counts[edited.verdict(start, end, place(edited.new, position, quote))] += 1
    return counts


def selectors(text: str, start: int, end: int) -> tuple[TextPosition, TextQuote]:
    """Position and quote of ``text[start:end]`` (re-exported for tests)."""
    return describe(text, start, end)
