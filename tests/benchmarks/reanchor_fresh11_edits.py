"""Operations the eleventh-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a transcript tidier, a bilingual typesetter, a plain-text
export, a print typesetter, a contract style, a timetable, an accessible version, a
footnoting editor or a safety reviewer would, so the truth of every passage is known.
"""

from __future__ import annotations

from tests.benchmarks.reanchor_fresh7_places import Span
from tests.storage.edit_simulation import TrackedText

NOTES = "Notes"


def twin_first(tracked: TrackedText, first: Span, second: Span) -> None:
    """A paragraph and its twin swapped: the twin now stands first, a blank line between."""
    length = first[1] - first[0]
    assert tracked.text[first[1] : second[0]] == "\n\n"
    tracked.move(first[0], length, second[1] - length)
    tracked.replace(first[0], 2, "")
    tracked.replace(first[0] + second[1] - second[0], 0, "\n\n")


def twin_dropped(tracked: TrackedText, first: Span, second: Span) -> None:
    """The twin after a paragraph deleted, with the blank line before it."""
    tracked.replace(first[1], second[1] - first[1], "")


def footnoted(tracked: TrackedText, found: list[tuple[Span, Span]]) -> None:
    """Asides moved to numbered notes at the end, under "Notes": " (words)" becomes "[1]"
    where it stood, and "1. words" a line of the notes (the words keep their origin)."""
    tracked.replace(len(tracked.chars), 0, f"\n{NOTES}\n\n")
    notes = 0
    for number, (whole, words) in reversed(list(enumerate(found, start=1))):
        length = words[1] - words[0]
        heading_end = len(tracked.chars) - notes
        tracked.move(words[0], length, heading_end - length)
        start = heading_end - length
        tracked.replace(start + length, 0, "\n")
        tracked.replace(start, 0, f"{number}. ")
        notes += len(f"{number}. ") + length + 1
        tracked.replace(whole[0], 3, f"[{number}]")


def broken(tracked: TrackedText, at: int) -> None:
    """A word broken at a line end before ``at`` ("inter-\\nnational")."""
    tracked.replace(at, 0, "-\n")


def joined(tracked: TrackedText, rows: list[Span]) -> None:
    """Lines of a paragraph run together with spaces."""
    for _, end in reversed(rows[:-1]):
        assert tracked.chars[end] == "\n"
        tracked.replace(end, 1, " ")


def abbreviated(name: str) -> str:
    """ "Monday" → "Mon", "Monday to Friday" → "Mon–Fri", "September" → "Sep"."""
    if " to " in name:
        first, last = name.split(" to ")
        return f"{first[:3]}–{last[:3]}"
    return name[:3]
