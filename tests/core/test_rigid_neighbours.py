"""Passages of a batch placed at once when their exact copy moved as their neighbours moved."""

from __future__ import annotations

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_search import Placement, search
from desktop_app.core.rigid_neighbours import placed_with_neighbours
from tests.present import present

PARAGRAPHS = [
    "Kazakhstan joined the Abraham Accords on Thursday, the first country to do so in years.",
    "Officials in Astana described the move as a natural step for a country of its size.",
    "Analysts pointed to critical minerals as the real prize of the summit in Washington.",
    "Trade between the two countries has doubled since 2020, according to customs figures.",
    "Teachers in Shymkent staged a short strike over pay on the same day as the signing.",
]
OLD = "\n\n".join(PARAGRAPHS)
OPENING = "A new opening paragraph, written for the revised version of this article.\n\n"
QUOTES = ["the first country", "a natural step", "critical minerals", "has doubled", "strike"]


def _wanted(old: str) -> list[tuple[int, int]]:
    return [(old.index(quote), old.index(quote) + len(quote)) for quote in QUOTES]


def _placed(new: str, old: str = OLD) -> list[Placement | None]:
    wanted = []
    for start, end in _wanted(old):
        position, quote = describe(old, start, end)
        wanted.append((position, quote, position.start))
    return placed_with_neighbours(new, wanted, [None] * len(wanted))


def test_a_passage_that_moved_with_both_neighbours_is_placed_as_the_search_places_it() -> None:
    new = OPENING + OLD
    placed = _placed(new)
    shift = len(OPENING)
    middle = placed[1:-1]
    assert all(placement is not None for placement in middle)
    for placement, (start, end) in zip(placed, _wanted(OLD), strict=True):
        if placement is None:
            continue
        position, quote = describe(OLD, start, end)
        searched = search(new, position, quote)
        assert (placement.state, placement.start, placement.end) == ("moved", *searched[1:3])
        assert (placement.start, placement.end) == (start + shift, end + shift)


def test_a_passage_that_moved_with_one_neighbour_is_placed_though_the_other_moved_away() -> None:
    # an opening paragraph added and the last two paragraphs swapped: the third passage
    # moved as its earlier neighbour did, while its later one moved further
    new = OPENING + "\n\n".join([*PARAGRAPHS[:3], PARAGRAPHS[4], PARAGRAPHS[3]])
    placed = _placed(new)
    start, end = _wanted(OLD)[2]
    position, quote = describe(OLD, start, end)
    searched = search(new, position, quote)
    assert placed[2] == Placement("moved", searched.start, searched.end, present(placed[2]).score)
    assert (searched.state, searched.start) == ("moved", start + len(OPENING))


def test_a_passage_far_from_its_place_with_one_neighbour_is_left_to_the_search() -> None:
    # the same swap after a long opening: a passage far from where it was, moved as one
    # neighbour only, may stand in a pasted copy of its stretch
    opening = OPENING * 6
    new = opening + "\n\n".join([*PARAGRAPHS[:3], PARAGRAPHS[4], PARAGRAPHS[3]])
    assert _placed(new)[2] is None


def test_a_passage_moved_unlike_both_neighbours_is_left_to_the_search() -> None:
    # the middle paragraph moved to the end: its neighbours stayed, it did not
    new = "\n\n".join(PARAGRAPHS[:2] + PARAGRAPHS[3:] + [PARAGRAPHS[2]])
    assert _placed(new)[2] is None


def test_a_near_copy_where_the_passage_was_expected_leaves_it_to_the_search() -> None:
    # a paragraph copied to the top, then the passages of the original (where they were)
    # edited: the neighbours moved to the copy together, and only a look for rivals tells
    lead, tail = "According to a spokesman quoted on Friday, ", ", as reported by agencies today."
    quotes = ["the move was natural", "the real prize was minerals", "the two sides would trade"]
    paragraph = " ".join(lead + quote + tail for quote in quotes)
    edited = paragraph.replace("the ", "teh ")
    first = "Kazakhstan joined the Abraham Accords on Thursday after months of quiet talks."
    old = "\n\n".join([first, paragraph])
    new = "\n\n".join([paragraph, first, edited])
    wanted = []
    for quote in quotes:
        position, described = describe(old, old.index(quote), old.index(quote) + len(quote))
        wanted.append((position, described, position.start))
    assert placed_with_neighbours(new, wanted, [None] * len(wanted))[1] is None


def test_neighbours_that_moved_apart_leave_the_passage_to_the_search() -> None:
    # a sentence put between the second and third paragraphs: the passages around it
    # moved by different amounts, and the one between them is not placed at once
    inserted = "Officials gave no timetable for the first joint projects in the region. "
    new = OLD.replace(PARAGRAPHS[2], inserted * 2 + PARAGRAPHS[2])
    placed = _placed(new)
    assert placed[1] is None  # its next neighbour moved by the inserted sentences


def test_the_batch_takes_the_passages_placed_at_once() -> None:
    new = OPENING + OLD
    requests = [Request(*describe(OLD, start, end)) for start, end in _wanted(OLD)]
    placements = place_all(new, requests)
    shift = len(OPENING)
    for placement, (start, end) in zip(placements, _wanted(OLD), strict=True):
        assert (placement.state, placement.start, placement.end) == (
            "moved",
            start + shift,
            end + shift,
        )
