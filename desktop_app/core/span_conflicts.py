"""Passages of one batch placed on the same span though they stood in different places."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.quote_search import MARGIN, PLACED_STATES, Placement
from desktop_app.core.records import TextPosition


def review_shared_spans(
    positions: Sequence[TextPosition], placements: list[Placement], settled: Sequence[bool]
) -> None:
    """Send to review each placement that shares its span with the placement of a passage
    that stood elsewhere (different old offsets: copies of one sentence, one of them
    deleted, all found on the copy that is left), unless it is the one the caller settled
    there or, none being settled, it scores :data:`MARGIN` more than each of the others: at
    most one of them is the passage, and which one is a guess."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for index, placement in enumerate(placements):
        if placement.state in PLACED_STATES:
            by_span.setdefault((placement.start, placement.end), []).append(index)
    for members in by_span.values():
        olds = {(positions[index].start, positions[index].end) for index in members}
        if len(olds) < 2:
            continue  # one passage (annotated more than once) or none in conflict
        keep = _kept(members, placements, settled)
        for index in members:
            if index != keep and not settled[index]:
                if (positions[index].start, positions[index].end) == _old(positions, keep):
                    continue  # the same old passage as the one kept
                placements[index] = placements[index]._replace(state="review")


def _old(positions: Sequence[TextPosition], index: int | None) -> tuple[int, int] | None:
    return None if index is None else (positions[index].start, positions[index].end)


def _kept(members: list[int], placements: list[Placement], settled: Sequence[bool]) -> int | None:
    """The member that keeps the span: the settled one, else the clear best by score."""
    for index in members:
        if settled[index]:
            return index
    ranked = sorted(members, key=lambda index: -placements[index].score)
    best, runner_up = ranked[0], ranked[1]
    if placements[best].score - placements[runner_up].score >= MARGIN:
        return best
    return None
