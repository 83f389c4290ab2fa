"""Operations the forty-third-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a concert manager, a librarian, a choir secretary or a converter
would; typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh43_kit import (
    BUGINESE_E,
    BUGINESE_I,
    BUGINESE_O,
    BUGINESE_PALLAWA,
    BUGINESE_RUN,
    BUGINESE_U,
    BUHID_I,
    BUHID_RUN,
    BUHID_SINGLE,
    BUHID_U,
    DURATION,
    MOVEMENT,
    RETURNED,
    ROMAN,
)
from tests.storage.edit_simulation import TrackedText

#: Each Buginese vowel sign and the one another writer puts in its place.
BUGINESE_OTHER_VOWEL = {
    BUGINESE_I: BUGINESE_E,
    BUGINESE_E: BUGINESE_I,
    BUGINESE_U: BUGINESE_O,
    BUGINESE_O: BUGINESE_U,
}
#: Each Buhid vowel sign and the one another writer puts in its place.
BUHID_OTHER_VOWEL = {BUHID_I: BUHID_U, BUHID_U: BUHID_I}
#: What a PDF's running head says: "Page 3 of 8".
RUNNING_HEAD = "Page {page} of 8"


def spans_swapped(tracked: TrackedText, first: Span, second: Span) -> None:
    """Two spans (``first`` before ``second``, not overlapping) swapped by two moves: both
    keep their origin, the text between them stays."""
    (start, end), (later, later_end) = first, second
    length, later_length = end - start, later_end - later
    tracked.move(later, later_length, start)
    tracked.move(start + later_length, length, later + later_length - length)


def clock_shifted(clock: str, minutes: int) -> str:
    """A time of day "19:30" moved by ``minutes`` ("20:00" for 30)."""
    hours, mins = divmod(int(clock[:2]) * 60 + int(clock[3:]) + minutes, 60)
    return f"{hours % 24:02}:{mins:02}"


def times_moved(tracked: TrackedText, times: re.Match[str], minutes: int) -> None:
    """A call's times (a ``CALL_TIMES`` match, "19:30–22:00") both moved by ``minutes``; only
    the figures that change are typed ("19:30" as "20:00" types "20:0")."""
    for group in (2, 1):
        clock = times[group]
        tracked.replace(times.start(group), len(clock), clock_shifted(clock, minutes))


def movement_cut(tracked: TrackedText, lines: list[Span], index: int, minutes: int) -> None:
    """A work's movement (``lines`` are the work's lines, ``lines[index]`` a movement) cut
    with the line break before it, the later movements renumbered (only the numerals'
    changed letters typed) and the work's duration on its head line cut by ``minutes``."""
    text = tracked.text
    start, end = lines[index]
    head = DURATION.search(text, *lines[0])
    later = [line for line in lines[index + 1 :] if MOVEMENT.fullmatch(text, *line)]
    for line in reversed(later):
        numeral = MOVEMENT.fullmatch(text, *line)
        assert numeral is not None
        now = ROMAN[ROMAN.index(numeral[1]) - 1]
        tracked.replace(line[0], len(numeral[1]), now)
    tracked.replace(start - 1, end - start + 1, "")
    if head is not None:
        shorter = str(max(4, int(head[1]) - minutes))
        tracked.replace(head.start(1), len(head[1]), shorter)


def status_returned(tracked: TrackedText, loan: re.Match[str]) -> None:
    """A loan's status (group 1 of a ``LOAN`` match, "On loan") typed over as "Returned"."""
    tracked.replace(loan.start(1), len(loan[1]), RETURNED)


def line_ends_hyphenated(tracked: TrackedText, paragraph: Span, every: int) -> int:
    """Prose copied out of a PDF: in ``paragraph``, every ``every``-th line break before a
    word of six letters or more moved into that word ("the\\nsymphony" as "the sym-\\nphony":
    the break typed as a space, "-\\n" typed in the word); how much the paragraph grew."""
    text = tracked.text
    breaks = [m.start() for m in re.finditer(r"\n(?=[A-Za-z]{6,})", text[slice(*paragraph)])]
    grown = 0
    for at in reversed(breaks[::every]):
        at += paragraph[0]
        word = re.match(r"[A-Za-z]+", text[at + 1 :])
        assert word is not None
        split = len(word[0]) // 2
        tracked.replace(at + 1 + split, 0, "-\n")
        tracked.replace(at, 1, " ")
        grown += 2
    return grown


def running_head_inserted(tracked: TrackedText, line_end: int, page: int) -> None:
    """A PDF's running head ("Page 3 of 8") typed on a line of its own after the line that
    ends at ``line_end``."""
    tracked.replace(line_end, 0, "\n" + RUNNING_HEAD.format(page=page))


def _marks_swapped(tracked: TrackedText, span: Span, other: dict[str, str]) -> int:
    """Every mark of ``other`` in ``span`` typed over as the one it maps to; how many."""
    spots = [at for at in range(*span) if tracked.text[at] in other]
    for at in spots:
        tracked.replace(at, 1, other[tracked.text[at]])
    return len(spots)


def _stops_dropped(tracked: TrackedText, span: Span, stop: str) -> int:
    """Every ``stop`` in ``span`` cut; how many."""
    spots = [at for at in range(*span) if tracked.text[at] == stop]
    for at in reversed(spots):
        tracked.replace(at, 1, "")
    return len(spots)


def buginese_respelt(tracked: TrackedText, span: Span, dropped: bool) -> int:
    """Buginese in ``span`` as another writer gives it: the vowel signs i and e, u and o each
    written as the other; with ``dropped`` the pallawa left out too. How much ``span`` grew."""
    for run in BUGINESE_RUN.finditer(tracked.text, *span):
        _marks_swapped(tracked, run.span(), BUGINESE_OTHER_VOWEL)
    return -_stops_dropped(tracked, span, BUGINESE_PALLAWA) if dropped else 0


def buhid_respelt(tracked: TrackedText, span: Span, dropped: bool) -> int:
    """Buhid in ``span`` as another writer gives it: the vowel signs i and u each written as
    the other (where the i sign stands for e and the u sign for o, a writer may hear the
    other vowel); with ``dropped`` the single punctuation left out too. How much ``span``
    grew."""
    for run in BUHID_RUN.finditer(tracked.text, *span):
        _marks_swapped(tracked, run.span(), BUHID_OTHER_VOWEL)
    return -_stops_dropped(tracked, span, BUHID_SINGLE) if dropped else 0
