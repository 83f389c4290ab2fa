"""Operations the fortieth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a lab manager, a safety officer, a converter or a co-author would;
typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh35_edits import script_digits_switched
from tests.benchmarks.reanchor_fresh38_edits import block_moved
from tests.benchmarks.reanchor_fresh40_kit import (
    BAMUM_DIGITS,
    BAMUM_RUN,
    BATAK_FINAL_NG,
    BATAK_KILLER,
    BATAK_RUN,
    KOQNDON,
    NG_SIGN,
    PANGOLAT,
    PANONGONAN,
    PERSON,
    STEP,
    TUKWENTIS,
    UNIT_MARK,
)
from tests.storage.edit_simulation import TrackedText

#: The letter NGA, written with a pangolat for a final ng where a keyboard has no sign.
NGA = "\u1bdd"
#: What a unit converter writes for each mark, either way.
UNIT_SWITCH = {"µ": "u", "u": "µ", "×": "x", "x": "×"}
BAMUM_MARKS = re.compile(f"[{KOQNDON}{TUKWENTIS}]")


def first_step(text: str) -> int:
    """The lowest step number on a page (1 when there are no steps)."""
    return min((int(m[1]) for m in STEP.finditer(text)), default=1)


def steps_renumbered(tracked: TrackedText, first: int) -> None:
    """Every "Step N." numbered anew from ``first`` in the order the steps now stand; only
    the figures that change are typed."""
    found = list(STEP.finditer(tracked.text))
    for index, step in reversed(list(enumerate(found))):
        number = str(first + index)
        if step[1] != number:
            tracked.replace(step.start(1), len(step[1]), number)


def item_moved_before(tracked: TrackedText, item: Span, before: Span) -> None:
    """``item`` (with the blank line before it) cut and pasted in front of the earlier item
    ``before``; it keeps its origin."""
    block_moved(tracked, (item[0] - 2, item[1]), before[0] - 2)


def figure_corrected(tracked: TrackedText, figures: re.Match[str], zero: bool) -> None:
    """A volume's or a temperature's figures (group 1 of ``figures``) corrected by one
    figure: with ``zero`` a zero added or, where they end in one, taken off ("5 µL" as "50
    µL", "50 µL" as "5 µL"), else the first figure one on ("37 °C" as "47 °C")."""
    start, end = figures.span(1)
    words = figures[1]
    if zero and words.isdigit():
        if words.endswith("0") and len(words) >= 2:
            tracked.replace(end - 1, 1, "")
        else:
            tracked.replace(end, 0, "0")
        return
    at = start + (1 if words.startswith("−") else 0)
    digit = int(tracked.text[at])
    tracked.replace(at, 1, str(digit + 1 if digit < 9 else digit - 1))


def code_list_revised(tracked: TrackedText, codes: re.Match[str], added: str | None) -> None:
    """A list of hazard codes ("H315, H319") revised in place: ``added`` typed at its end,
    or (when None) its last code taken out with the comma before it."""
    if added is not None:
        tracked.replace(codes.end(), 0, f", {added}")
        return
    last = codes[0].rindex(", ")
    tracked.replace(codes.start() + last, len(codes[0]) - last, "")


def names_swapped(tracked: TrackedText, first: Span, second: Span) -> None:
    """The people of two rota slots swapped: each line's name typed over as the other's (what
    the two names share at their ends stays, "Priya Ram" and "n" of "Priya Raman")."""
    text = tracked.text
    one = PERSON.search(text, *first)
    other = PERSON.search(text, *second)
    assert one is not None
    assert other is not None
    later, earlier = sorted((one, other), key=lambda m: m.start(), reverse=True)
    tracked.replace(later.start(), len(later[0]), earlier[0])
    tracked.replace(earlier.start(), len(earlier[0]), later[0])


def lines_swapped(tracked: TrackedText, first: Span, second: Span) -> None:
    """Two neighbouring lines (``second`` right after ``first``) swapped: the second cut with
    the line break before it and pasted in front of the first; both keep their origin."""
    start, end = second
    block_moved(tracked, (start - 1, end), first[0] - 1)


def units_respelt(tracked: TrackedText, span: Span, to_ascii: bool) -> int:
    """Units in ``span`` as a converter writes them: "µL", "µg" and "× g" as "uL", "ug" and
    "x g" (``to_ascii``), or the other way (the other way round when none is to change);
    each mark typed on its own. How much ``span`` grew (never)."""
    return marks_switched(
        tracked, span, UNIT_MARK, lambda m: UNIT_SWITCH[m[0]], lambda m: m in "ux", to_ascii
    )


def bamum_respelt(tracked: TrackedText, span: Span, dropped: bool, western: bool) -> int:
    """Bamum in ``span`` as another writer gives it: figures as Western digits (``western``)
    or as Bamum digits (the other way on a run already so), and the combining koqndon and
    tukwentis left out (``dropped``, a keyboard without them) or each written as the other.
    How much ``span`` grew (never: it shrinks by the marks dropped)."""
    script_digits_switched(tracked, span, BAMUM_RUN, BAMUM_DIGITS, western)
    grown = 0
    marks = [
        m
        for run in BAMUM_RUN.finditer(tracked.text, *span)
        for m in BAMUM_MARKS.finditer(tracked.text, *run.span())
    ]
    for mark in reversed(marks):
        if dropped:
            tracked.replace(mark.start(), 1, "")
            grown -= 1
        else:
            tracked.replace(mark.start(), 1, TUKWENTIS if mark[0] == KOQNDON else KOQNDON)
    return grown


def batak_respelt(tracked: TrackedText, span: Span, panongonan: bool, ng_spelt: bool) -> int:
    """Batak in ``span`` as another keyboard types it: with ``ng_spelt`` every final ng sign
    written as the letter NGA and a pangolat (or every such pair as the sign, when there is
    no sign); then every pangolat as the panongonan (``panongonan``) or every panongonan as
    the pangolat (the other way round when none is to change). How much ``span`` grew."""
    grown = 0
    for run in reversed([m.span() for m in BATAK_RUN.finditer(tracked.text, *span)]):
        moved = 0
        if ng_spelt:
            moved = marks_switched(
                tracked,
                run,
                BATAK_FINAL_NG,
                lambda m: NGA + PANGOLAT if m[0] == NG_SIGN else NG_SIGN,
                lambda m: m == NG_SIGN,
                False,
            )
        marks_switched(
            tracked,
            (run[0], run[1] + moved),
            BATAK_KILLER,
            lambda m: PANONGONAN if m[0] == PANGOLAT else PANGOLAT,
            lambda m: m == PANGOLAT,
            not panongonan,
        )
        grown += moved
    return grown
