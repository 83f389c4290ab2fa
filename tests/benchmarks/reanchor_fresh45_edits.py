"""Operations the forty-fifth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a station manager, a producer, a scheduler or a converter would;
typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh45_kit import (
    LISU_COMMA,
    LISU_FULL_STOP,
    LISU_RUN,
    LISU_TONES,
    NEWS_ITEM,
    SAURASHTRA_DANDA,
    SAURASHTRA_RUN,
)
from tests.storage.edit_simulation import TrackedText

#: Each Lisu tone letter and the one another writer hears in its place (MYA TI and NA PO,
#: MYA CYA and MYA BO, MYA NA and MYA JEU).
_TONE = list(LISU_TONES.values())
LISU_OTHER_TONE = {
    _TONE[0]: _TONE[1],
    _TONE[1]: _TONE[0],
    _TONE[2]: _TONE[3],
    _TONE[3]: _TONE[2],
    _TONE[4]: _TONE[5],
    _TONE[5]: _TONE[4],
}
#: The Lisu tone letters and punctuation as an old typewriter gives them, in Latin lookalikes.
LISU_LOOKALIKES = {
    _TONE[0]: ".",
    _TONE[1]: ",",
    _TONE[2]: "..",
    _TONE[3]: ".,",
    _TONE[4]: ";",
    _TONE[5]: ":",
    LISU_COMMA: "-.",
    LISU_FULL_STOP: "=",
}
#: Saurashtra vowel signs and the one of the other length (I and II, U and UU, E and EE, O
#: and OO).
SAURASHTRA_OTHER_LENGTH = {
    "\ua8b6": "\ua8b7",
    "\ua8b7": "\ua8b6",
    "\ua8b8": "\ua8b9",
    "\ua8b9": "\ua8b8",
    "\ua8be": "\ua8bf",
    "\ua8bf": "\ua8be",
    "\ua8c1": "\ua8c2",
    "\ua8c2": "\ua8c1",
}
#: What breaks into a bulletin.
BREAKING = (
    "BREAKING  Power cut across the upper valley",
    "BREAKING  Bridge at Sant Pere closed after a crash",
    "BREAKING  Storm warning for the coast tonight",
)


def clock_after(time: str, hours: int) -> str:
    """``time`` ("16:00") ``hours`` later, round the clock."""
    return f"{(int(time[:2]) + hours) % 24:02}{time[2:]}"


def slot_typed(tracked: TrackedText, slot: Span, new: str) -> None:
    """A slot ("16:00–18:00") typed over as ``new``; only the figures that change are typed."""
    tracked.replace(slot[0], slot[1] - slot[0], new)


def line_moved_after(tracked: TrackedText, line: Span, after: int) -> int:
    """A line (not an item's first) cut with the line break before it and pasted at old
    offset ``after`` (the end of another line, outside it); it keeps its origin. Where the
    line now starts."""
    start, end = line[0] - 1, line[1]
    length = end - start
    to = after - length if after > start else after
    tracked.move(start, length, to)
    return to + 1


def figure_on(figures: str, at: int) -> str:
    """``figures`` with the figure at ``at`` one on (a 9 one back)."""
    digit = int(figures[at])
    return figures[:at] + str(digit + 1 if digit < 9 else 8) + figures[at + 1 :]


def frequency_retuned(tracked: TrackedText, frequency: re.Match[str], up: bool) -> None:
    """A frequency (group 1 of a ``FREQUENCY`` match, "88.4") moved three tenths up or down
    within its megahertz ("88.4" as "88.7" or "88.1"): its last figure typed over."""
    tenths = int(frequency[1][-1])
    tenths = tenths + 3 if (up and tenths <= 6) or tenths <= 2 else tenths - 3
    tracked.replace(frequency.end(1) - 1, 1, str(tenths))


def stories_renumbered(tracked: TrackedText, start: int, end: int) -> None:
    """The numbered stories between ``start`` and ``end`` numbered anew from 1 in the order
    they stand; only the figures that change are typed."""
    for number, story in reversed(list(enumerate(NEWS_ITEM.finditer(tracked.text, start, end), 1))):
        if story[1] != str(number):
            tracked.replace(story.start(1), len(story[1]), str(number))


def _marks_swapped(tracked: TrackedText, span: Span, other: dict[str, str]) -> int:
    """Every character of ``other`` in ``span`` typed over as what it maps to (from the end);
    how much ``span`` grew."""
    grown = 0
    for at in reversed([at for at in range(*span) if tracked.text[at] in other]):
        said = other[tracked.text[at]]
        tracked.replace(at, 1, said)
        grown += len(said) - 1
    return grown


def lisu_respelt(tracked: TrackedText, span: Span, lookalikes: bool) -> int:
    """Lisu in ``span`` as another writer gives it: the tone letters each written as the
    neighbouring tone another ear hears (MYA TI as NA PO, MYA NA as MYA JEU, and back) or,
    with ``lookalikes``, tone letters and punctuation typed as the Latin lookalikes an old
    typewriter has ("." for MYA TI, "=" for the full stop). How much ``span`` grew."""
    grown = 0
    for run in reversed(list(LISU_RUN.finditer(tracked.text, *span))):
        grown += _marks_swapped(
            tracked, run.span(), LISU_LOOKALIKES if lookalikes else LISU_OTHER_TONE
        )
    return grown


def saurashtra_respelt(tracked: TrackedText, span: Span, latin_stop: bool) -> int:
    """Saurashtra in ``span`` as another writer gives it: every vowel sign of one length
    written as the other (I as II, OO as O); with ``latin_stop`` the danda typed as ".". How
    much ``span`` grew (never)."""
    for run in reversed(list(SAURASHTRA_RUN.finditer(tracked.text, *span))):
        _marks_swapped(tracked, run.span(), SAURASHTRA_OTHER_LENGTH)
        if latin_stop:
            _marks_swapped(tracked, run.span(), {SAURASHTRA_DANDA: "."})
    return 0
