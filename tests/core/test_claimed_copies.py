"""Passages of one batch that stood apart but landed on one stretch: the one at home keeps it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.claimed_copies import settle_claimed_copies
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState, TextPosition


def test_a_passage_at_home_keeps_the_stretch_and_a_rival_from_afar_is_orphaned() -> None:
    # passage 1 stood 400 code points later than passage 0 and was drawn onto its copy;
    # passage 0 moved as its neighbours (2 and 3) did, passage 1 did not
    positions = [
        TextPosition(100, 130),
        TextPosition(500, 530),
        TextPosition(40, 60),
        TextPosition(160, 180),
    ]
    placements = [
        Placement("exact", 110, 140, 1.0),
        Placement("moved", 110, 140, 0.98),
        Placement("moved", 50, 70, 1.0),
        Placement("moved", 170, 190, 1.0),
    ]
    settle_claimed_copies(positions, placements, [False] * 4, "orphaned")
    assert [p.state for p in placements] == ["exact", "orphaned", "moved", "moved"]


def test_rivals_none_of_them_at_home_go_to_review() -> None:
    # which of two passages that stood apart the stretch holds, no neighbour tells
    positions = [TextPosition(100, 130), TextPosition(500, 530)]
    placements = [Placement("moved", 110, 140, 1.0), Placement("moved", 112, 142, 0.98)]
    settle_claimed_copies(positions, placements, [False, False], "orphaned")
    assert [p.state for p in placements] == ["review", "review"]


def test_rivals_both_at_home_keep_their_places() -> None:
    # each moved as its own neighbours did: nothing here tells which is wrong
    positions = [
        TextPosition(100, 130),
        TextPosition(500, 530),
        TextPosition(40, 60),
        TextPosition(560, 580),
    ]
    placements = [
        Placement("moved", 110, 140, 1.0),
        Placement("moved", 112, 142, 1.0),
        Placement("moved", 50, 70, 1.0),
        Placement("moved", 172, 192, 1.0),
    ]
    settle_claimed_copies(positions, placements, [False] * 4, "orphaned")
    assert all(p.state == "moved" for p in placements)


def test_nested_old_spans_are_no_rivals() -> None:
    # a passage and a shorter one inside it, annotated both: one place, no conflict
    positions = [TextPosition(100, 160), TextPosition(110, 130), TextPosition(40, 60)]
    placements = [
        Placement("moved", 300, 360, 1.0),
        Placement("moved", 310, 330, 1.0),
        Placement("moved", 240, 260, 1.0),
    ]
    settle_claimed_copies(positions, placements, [False] * 3, "orphaned")
    assert all(p.state == "moved" for p in placements)


def test_a_settled_rival_keeps_the_stretch() -> None:
    positions = [TextPosition(100, 130), TextPosition(500, 530)]
    placements = [Placement("moved", 110, 140, 0.9), Placement("exact", 110, 140, 1.0)]
    settle_claimed_copies(positions, placements, [False, True], "review")
    assert [p.state for p in placements] == ["review", "exact"]


@given(
    st.lists(
        st.tuples(st.integers(0, 2000), st.integers(1, 60), st.integers(-300, 300)),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["review", "orphaned"]),
)
def test_only_placements_sharing_a_stretch_with_a_passage_from_elsewhere_change(
    passages: list[tuple[int, int, int]], loser: AnchorState
) -> None:
    positions = [TextPosition(start, start + length) for start, length, _shift in passages]
    placements = [
        Placement("moved", max(0, start + shift), max(0, start + shift) + length, 1.0)
        for start, length, shift in passages
    ]
    before = list(placements)
    settle_claimed_copies(positions, placements, [False] * len(placements), loser)
    for index, (old, new) in enumerate(zip(before, placements, strict=True)):
        if new == old:
            continue
        assert new in (old._replace(state=loser), old._replace(state="review"))
        assert any(  # a rival: overlapping by half the shorter, its old span apart
            other != index
            and min(old.end, them.end) - max(old.start, them.start)
            >= 0.5 * min(old.end - old.start, them.end - them.start)
            and (
                positions[other].end <= positions[index].start
                or positions[index].end <= positions[other].start
            )
            for other, them in enumerate(before)
        )
