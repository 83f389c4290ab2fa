"""Quote only, in a batch: a passage on a block that now stands twice side by side, a copy put in.

Editors make a new section from an old one: they paste a block of paragraphs (a section, an
entry, a forecast area) again right beside itself and then correct one copy's figures (a
heading renumbered, a quantity or a time changed), or type a new block after the model of
the one it goes before. The copies read alike but for figures, and the passage's quote with
its stored context may read word for word on any of them: which copy holds the annotated
passage, the text cannot say. Blocks that read alike but for figures stand side by side in
many texts from the start (a register's entries, a timetable's footnotes), so the twins
alone tell nothing; what tells that copies were put in is the batch's other passages: those
placed before the run of twins kept one shift, those after it moved on by the length of the
blocks put in (all but one of the run, and of any other run between them: sections cloned
one after the other, give or take :data:`SLACK` a block for figures retyped longer or
shorter). A placement inside such a run, or across its edge (a passage of two blocks, a
copy now put in between its pieces), then goes to review, its best guess kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from desktop_app.core.quote_only_figures import masked
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.update_paragraph_copies import paragraph_spans

#: Most paragraphs in a block looked at for its copy right beside it.
MOST_PARAGRAPHS = 8
#: Most code points a block by which the passages after a run of twins may have moved on
#: by more or less than the blocks put in (headings renumbered "9" -> "10", figures
#: corrected).
SLACK = 8
#: Paragraphs are separated by a blank line.
BREAK = "\n\n"


class TwinRun(NamedTuple):
    """Blocks of paragraphs side by side that read alike but for figures, not all word for
    word alike: from the first one's start to the last one's end, and how many."""

    start: int
    end: int
    blocks: int

    def put_in(self) -> float:
        """The code points that all blocks of the run but one take, with their blank lines
        (the blocks' lengths averaged: the copies differ in figures only)."""
        return (self.end - self.start + len(BREAK)) * (self.blocks - 1) / self.blocks

    def holds_part_of(self, placement: Placement) -> bool:
        """Whether ``placement`` lies inside the run or across its edge."""
        return placement.start < self.end and self.start < placement.end

    def held_whole_by(self, placement: Placement) -> bool:
        """Whether ``placement`` holds the whole run, every block of it."""
        return placement.start <= self.start and self.end <= placement.end


def twin_runs(text: str) -> list[TwinRun]:
    """The runs of two or more blocks of one to :data:`MOST_PARAGRAPHS` paragraphs of
    ``text``, each block standing right after the one before it, that read alike with every
    figure read as any other, but not all word for word (blocks that are themselves a
    smaller block repeated are left to the run of the smaller ones)."""
    paragraphs = text.split(BREAK)
    figures_aside = masked(text).split(BREAK)  # masking keeps every blank line
    count = len(paragraphs)
    runs: list[TwinRun] = []
    spans: list[tuple[int, int]] = []  # each paragraph's start and end, when first needed
    for size, firsts in enumerate(_alike_beside(figures_aside), start=1):
        resume = 0
        for first in firsts:
            if first < resume or first + 2 * size > count:
                continue
            block = figures_aside[first : first + size]
            if _of_smaller_blocks(block):  # a run of smaller blocks: found at their size
                continue
            after = first + size
            while after + size <= count and figures_aside[after : after + size] == block:
                after += size
            if after == first + size:
                continue
            if not spans:
                spans = paragraph_spans(text)
            if any(
                paragraphs[at : at + size] != paragraphs[first : first + size]
                for at in range(first + size, after, size)
            ):
                runs.append(TwinRun(spans[first][0], spans[after - 1][1], (after - first) // size))
            resume = after - size + 1
    return runs


def _alike_beside(figures_aside: list[str]) -> list[list[int]]:
    """For each distance of one to :data:`MOST_PARAGRAPHS` paragraphs, in order, the
    paragraphs (by index, ascending) that read, figures aside, as the one that far after
    them: where a run of blocks of that many paragraphs may start."""
    firsts: list[list[int]] = [[] for _ in range(MOST_PARAGRAPHS)]
    seen: dict[str, list[int]] = {}
    for index, paragraph in enumerate(figures_aside):
        earlier = seen.setdefault(paragraph, [])
        for before in reversed(earlier):
            if index - before > MOST_PARAGRAPHS:
                break
            firsts[index - before - 1].append(before)
        earlier.append(index)
    for found in firsts:
        found.sort()
    return firsts


def _of_smaller_blocks(block: list[str]) -> bool:
    """Whether ``block`` (its paragraphs) is a smaller block repeated."""
    size = len(block)
    return any(
        block == block[:smaller] * (size // smaller)
        for smaller in range(1, size // 2 + 1)
        if size % smaller == 0
    )


def review_cloned_blocks(
    text: str, old_starts: Sequence[int], placements: Sequence[Placement]
) -> list[Placement]:
    """``placements`` (of passages that started at ``old_starts``), those placed inside or
    across the edge of a run of twin blocks (:func:`twin_runs`) sent to review when the
    nearest passages placed exactly before and after the run moved on by the length of all
    its blocks but one (and of those of other runs between the two, apart from each other),
    give or take :data:`SLACK` a block: copies were put in, and which holds the passage is
    a guess."""
    settled = list(placements)
    if not any(placement.state in PLACED_STATES for placement in placements):
        return settled
    runs = twin_runs(text)
    if not runs:
        return settled
    shifts = sorted(
        (placement.start, placement.end, placement.start - old)
        for placement, old in zip(placements, old_starts, strict=True)
        if placement.state in ("exact", "moved")
    )
    for index, placement in enumerate(placements):
        if placement.state not in PLACED_STATES:
            continue
        if any(run.holds_part_of(placement) and _copies_put_in(shifts, runs, run) for run in runs):
            settled[index] = placement._replace(state="review")
    return settled


def _copies_put_in(shifts: list[tuple[int, int, int]], runs: list[TwinRun], run: TwinRun) -> bool:
    """Whether the passages placed nearest before and after ``run`` (start, end and shift
    of each, by start) moved on by the length of all its blocks but one, with those of the
    other runs between them (none of them holding a passage placed exactly: runs put in
    one after the other)."""
    before = [(end, shift) for start, end, shift in shifts if end <= run.start]
    after = [(start, shift) for start, end, shift in shifts if start >= run.end]
    if not before or not after:
        return False
    (low, shift_before), (high, shift_after) = before[-1], after[0]
    put_in, blocks = 0.0, 0
    for other in _apart(r for r in runs if low <= r.start and r.end <= high):
        put_in += other.put_in()
        blocks += other.blocks - 1
    return abs(shift_after - shift_before - put_in) <= SLACK * blocks


def _apart(runs: Iterable[TwinRun]) -> list[TwinRun]:
    """Of ``runs``, the longest first, those that overlap none taken before them."""
    taken: list[TwinRun] = []
    for run in sorted(runs, key=lambda r: (r.start - r.end, r.start)):
        if all(run.end <= other.start or other.end <= run.start for other in taken):
            taken.append(run)
    return taken
