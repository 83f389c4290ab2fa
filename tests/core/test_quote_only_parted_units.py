"""Quotes across a block's edge placed whole while the units on either side moved apart:
``core.quote_only_parted_units``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.figure_twins import Requested
from desktop_app.core.quote_only_parted_units import (
    nearest_moves,
    parted_piece,
    review_parted_units,
    told_moves,
)
from desktop_app.core.quote_search import Placement
from tests.core.numbered_units import INSERTED, VERSES, Verse, hymn_text, in_order, renumbered

#: The join the passage quotes: verse 2's last refrain line into verse 3's first line.
JOIN = "home, bring them home.\n\nVerse {}:\n[01:05.18] The fishers"


def _batch(verses: list[Verse]) -> tuple[str, list[Requested], list[Placement]]:
    """Every verse's own first line and the passage across verse 2's end, placed in the
    new text of ``verses``: the first lines where they stand, the passage on the join of
    a unit ending in the refrain and old verse 3's head, wherever that now is."""
    old, new = hymn_text(VERSES), hymn_text(verses)
    requests: list[Requested] = []
    placements: list[Placement] = []
    for _, sung, first, _ in VERSES:
        line = f"[{sung}] {first}"
        start = old.index(line)
        position, quote = describe(old, start, start + len(line))
        requests.append((position, quote, None))
        at = new.index(line)
        placements.append(Placement("exact" if at == start else "moved", at, at + len(line), 1.0))
    old_join = JOIN.format(3)
    start = old.index(old_join)
    position, quote = describe(old, start, start + len(old_join))
    requests.append((position, quote, None))
    number = next(number for number, sung, _, _ in verses if sung == "01:05.18")
    at = new.index(JOIN.format(number))
    placements.append(Placement("fuzzy", at, at + len(JOIN.format(number)), 0.95))
    return new, requests, placements


def test_a_passage_across_units_that_moved_apart_goes_to_review() -> None:
    new, requests, placements = _batch(in_order(1, 3, 2, 4, 5))
    settled = review_parted_units(new, requests, placements)
    assert settled[-1] == placements[-1]._replace(state="review")
    assert settled[:-1] == placements[:-1]


def test_a_passage_across_units_pushed_down_together_stays() -> None:
    new, requests, placements = _batch(renumbered([INSERTED, *VERSES]))
    assert review_parted_units(new, requests, placements) == placements


def test_told_moves_leave_out_passages_whose_quote_stands_twice() -> None:
    new, requests, placements = _batch(list(VERSES))
    ends, starts, moves = told_moves(new, requests, placements)
    assert len(ends) == len(starts) == len(VERSES)  # the refrain's join is not told
    assert moves == [0] * (2 * len(VERSES))


@settings(max_examples=80, deadline=None)
@given(
    edge=st.integers(min_value=0, max_value=500),
    spots=st.lists(st.integers(min_value=0, max_value=500), min_size=2, max_size=12, unique=True),
    shifts=st.lists(st.integers(min_value=-400, max_value=400), min_size=12, max_size=12),
)
def test_nearest_moves_read_the_nearest_told_passage_on_either_side(
    edge: int, spots: list[int], shifts: list[int]
) -> None:
    spans = sorted((spot, spot + 5, shift) for spot, shift in zip(spots, shifts, strict=False))
    ends = [end for _, end, _ in sorted(spans, key=lambda one: one[1])]
    starts = [start for start, _, _ in spans]
    moves = [move for _, _, move in sorted(spans, key=lambda one: one[1])] + [
        move for _, _, move in spans
    ]
    before = [move for _, end, move in spans if end <= edge]
    after = [move for start, _, move in spans if start >= edge + 2]
    expected = (
        (before[-1], after[0]) if before and after and abs(before[-1] - after[0]) > 120 else None
    )
    assert nearest_moves(edge, ends, starts, moves) == expected


def test_a_piece_counts_only_where_its_sides_passage_moved_it() -> None:
    new, requests, placements = _batch(in_order(1, 3, 2, 4, 5))
    position, quote, _ = requests[-1]
    placed = placements[-1].start
    head_now = new.index("home, bring them home.\n\nVerse 4:")  # old verse 2's end
    moved_there = head_now - position.start
    assert parted_piece(new, position.start, quote, placed, (moved_there, placed - position.start))
    # moved apart, but to where no copy of either piece stands: a deletion, not a reorder
    assert not parted_piece(new, position.start, quote, placed, (len(new), placed - position.start))
    # the side's passage moved it onto the placement itself
    assert not parted_piece(new, position.start, quote, placed, (placed - position.start, 0))
