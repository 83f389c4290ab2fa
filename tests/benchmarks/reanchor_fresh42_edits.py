"""Operations the forty-second-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a housing officer, a secretary or a converter would; typed text
has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh23_kit import Span, sections
from tests.benchmarks.reanchor_fresh42_kit import (
    CHAM_I,
    CHAM_II,
    CHAM_NG_FINAL,
    CHAM_NG_SIGN,
    CHAM_RUN,
    CHAM_U,
    CHAM_UE,
    MINUTE,
    PLATE,
    REJANG_E,
    REJANG_I,
    REJANG_N,
    REJANG_NG,
    REJANG_O,
    REJANG_RUN,
    REJANG_U,
    REJANG_VIRAMA,
)
from tests.storage.edit_simulation import TrackedText

#: What comes before a rota line's name: "Week 11  9 Mar  ".
ROTA_PREFIX = re.compile(r"Week [0-9]{1,2}  [0-9]{1,2} [A-Z][a-z]{2}  ")
#: Each vowel sign and the one another writer puts in its place.
CHAM_OTHER_VOWEL = {CHAM_I: CHAM_II, CHAM_II: CHAM_I, CHAM_U: CHAM_UE, CHAM_UE: CHAM_U}
REJANG_OTHER_VOWEL = {
    REJANG_I: REJANG_E,
    REJANG_E: REJANG_I,
    REJANG_U: REJANG_O,
    REJANG_O: REJANG_U,
}
#: Each final and the one another writer puts in its place.
CHAM_OTHER_FINAL = {CHAM_NG_SIGN: CHAM_NG_FINAL, CHAM_NG_FINAL: CHAM_NG_SIGN}
REJANG_OTHER_FINAL = {REJANG_NG: REJANG_N, REJANG_N: REJANG_NG}


def status_closed(tracked: TrackedText, job: re.Match[str], closed: str) -> None:
    """A job's status (group 4 of a ``JOB`` match, "Open" or "Awaiting parts") typed over
    as ``closed`` ("Closed 14 Mar")."""
    tracked.replace(job.start(4), len(job[4]), closed)


def amount_corrected(tracked: TrackedText, amount: re.Match[str], transposed: bool) -> None:
    """An amount (a match of ``AMOUNT``) corrected by one figure: with ``transposed`` the
    first two different neighbouring figures of its pounds swapped ("£1,240.00" as
    "£1,420.00"), else (or where there are none) the last figure of its pounds one on, a 9
    becoming an 8 ("£240.00" as "£241.00")."""
    start, end = amount.span(1)
    figures = tracked.text[start:end]
    if transposed:
        spots = [
            i
            for i in range(len(figures) - 1)
            if figures[i].isdigit() and figures[i + 1].isdigit() and figures[i] != figures[i + 1]
        ]
        if spots:
            at = spots[0]
            tracked.replace(start + at, 2, figures[at + 1] + figures[at])
            return
    digit = int(figures[-1])
    tracked.replace(end - 1, 1, str(digit + 1 if digit < 9 else digit - 1))


def names_rotated(tracked: TrackedText, lines: list[Span]) -> None:
    """The names of a run of rota lines (one after the other in an item) each moved one line
    down, the last one's to the first line: every name cut and pasted, keeping its origin."""
    item_start, item_end = lines[0][0], lines[-1][1]  # moves inside keep the length

    def name_start(index: int) -> int:
        line = lines_in(tracked.text, item_start, item_end)[index]
        found = ROTA_PREFIX.match(tracked.text, line[0])
        assert found is not None
        return found.end()

    lengths = [end - name_start(index) for index, (_, end) in enumerate(lines)]
    last = lines_in(tracked.text, item_start, item_end)[-1]
    tracked.move(last[1] - lengths[-1], lengths[-1], name_start(0))
    for index in range(len(lines) - 1):
        line = lines_in(tracked.text, item_start, item_end)[index]
        to = name_start(index + 1)
        tracked.move(line[1] - lengths[index], lengths[index], to - lengths[index])


def minutes_renumbered(tracked: TrackedText) -> None:
    """Every minute numbered anew from 1 in the order they now stand; only the figures that
    change are typed."""
    found = list(MINUTE.finditer(tracked.text))
    for number, minute in reversed(list(enumerate(found, start=1))):
        if minute[1] != str(number):
            tracked.replace(minute.start(1), len(minute[1]), str(number))


def sections_merged(tracked: TrackedText, first: int, count: int, names: str) -> None:
    """Sections ``first`` to ``first + count - 1`` made one: the first's heading typed over
    as ``names``, the later ones' headings and one-line notes cut, and every later item that
    repeats an item of the first section but for the section's name (a block's fire notice)
    cut; in the first section's items its name is typed over as "your block" where the items
    were so repeated."""
    text = tracked.text
    found = sections(text)[first : first + count]
    heading_words = text[slice(*found[0][0])]

    def plain(span: Span, name: str) -> str:
        return text[slice(*span)].replace(name, "\0")

    kept = {plain(item, heading_words) for item in found[0][1] if "\n" in text[slice(*item)]}
    cuts: list[Span] = []
    repeated = False
    for heading, under in found[1:]:
        name = text[slice(*heading)]
        end = heading[1]
        if under and "\n" not in text[slice(*under[0])]:
            end = under[0][1]
        cuts.append((heading[0] - 2, end))
        for item in under:
            if "\n" in text[slice(*item)] and plain(item, name) in kept:
                cuts.append((item[0] - 2, item[1]))
                repeated = True
    for start, end in sorted(cuts, reverse=True):
        tracked.replace(start, end - start, "")
    if repeated:
        for item in reversed(found[0][1]):
            for at in reversed(
                [m.start() for m in re.finditer(re.escape(heading_words), text[slice(*item)])]
            ):
                tracked.replace(item[0] + at, len(heading_words), "your block")
    tracked.replace(found[0][0][0], len(heading_words), names)


def plates_respelt(tracked: TrackedText, span: Span, joined: bool) -> int:
    """Plates in ``span`` written run together (``joined``: "AB12 CDE" as "AB12CDE") or with
    their space, or the other way round when none is to change; each space cut or typed on
    its own. How much ``span`` grew."""
    found = list(PLATE.finditer(tracked.text, *span))
    if all((plate[2] == "") == joined for plate in found):
        joined = not joined
    grown = 0
    for plate in reversed(found):
        if joined and plate[2]:
            tracked.replace(plate.start(2), 1, "")
            grown -= 1
        elif not joined and not plate[2]:
            tracked.replace(plate.start(3), 0, " ")
            grown += 1
    return grown


def _marks_swapped(tracked: TrackedText, span: Span, other: dict[str, str]) -> int:
    """Every mark of ``other`` in ``span`` typed over as the one it maps to; how many."""
    spots = [at for at in range(*span) if tracked.text[at] in other]
    for at in spots:
        tracked.replace(at, 1, other[tracked.text[at]])
    return len(spots)


def cham_respelt(tracked: TrackedText, span: Span, vowels: bool) -> int:
    """Cham in ``span`` as another writer gives it: the vowel signs i and ii, u and ue each
    written as the other (``vowels``), or the final ng written as a letter where it was a
    sign and as a sign where it was a letter; the other kind of mark when ``span`` holds none
    of the one asked for. How much ``span`` grew (never)."""
    kinds = [CHAM_OTHER_VOWEL, CHAM_OTHER_FINAL]
    for other in kinds if vowels else kinds[::-1]:
        if sum(
            _marks_swapped(tracked, run.span(), other)
            for run in CHAM_RUN.finditer(tracked.text, *span)
        ):
            break
    return 0


def rejang_respelt(tracked: TrackedText, span: Span, vowels: bool, dropped: bool) -> int:
    """Rejang in ``span`` as another writer gives it: the vowel signs i and e, u and o each
    written as the other (``vowels``), or the consonant signs ng and n each as the other
    (the other kind when ``span`` holds none of the one asked for); with ``dropped`` the
    virama left out too. How much ``span`` grew."""
    kinds = [REJANG_OTHER_VOWEL, REJANG_OTHER_FINAL]
    for other in kinds if vowels else kinds[::-1]:
        if sum(
            _marks_swapped(tracked, run.span(), other)
            for run in REJANG_RUN.finditer(tracked.text, *span)
        ):
            break
    grown = 0
    if dropped:
        for at in reversed([at for at in range(*span) if tracked.text[at] == REJANG_VIRAMA]):
            tracked.replace(at, 1, "")
            grown -= 1
    return grown
