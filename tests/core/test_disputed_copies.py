"""A placement on one copy of a repeated quote while a neighbour moved to another copy: review."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.disputed_copies import review_disputed_copies
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextPosition, TextQuote

CLOSING = "This e-mail is confidential. If it reached you in error, delete it.\nEnds"
BODIES = [
    "Oliver wrote that the sensors arrive on Tuesday with the second pallet.",
    "Marta asked whether the invoice for March could be split in two parts.",
    "Somchai confirmed the customs papers were filed before the holiday began.",
    "Ingrid replied that the warehouse in Felixstowe closes early on Fridays.",
    "Kwame sent the revised drawings and a note about the bracket tolerances.",
]


def _log(order: list[int]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """A log of the entries in ``order``, each a body and the shared closing lines; the
    spans of each entry's body and of its closing, by entry number."""
    text, bodies, closings = "Messages\n\n", {}, {}
    for entry in order:
        bodies[entry] = (len(text), len(text) + len(BODIES[entry]))
        text += BODIES[entry] + "\n"
        closings[entry] = (len(text), len(text) + len(CLOSING))
        text += CLOSING + "\n\n"
    return text, [bodies[n] for n in sorted(order)], [closings[n] for n in sorted(order)]


def _described(
    text: str, spans: list[tuple[int, int]]
) -> tuple[list[TextPosition], list[TextQuote]]:
    """The stored position and quote of each span of ``text``."""
    described = [describe(text, start, end) for start, end in spans]
    return [position for position, _ in described], [quote for _, quote in described]


def test_a_copy_placed_by_position_that_a_neighbour_moved_elsewhere_is_reviewed() -> None:
    # the first entry's closing placed on the copy nearest its old offsets, which closes
    # another entry now; its body, just above it, moved on with the copy after it
    old, old_bodies, old_closings = _log([0, 1, 2])
    new, new_bodies, new_closings = _log([1, 0, 2])
    positions, quotes = _described(old, [old_bodies[0], old_closings[0]])
    placements = [
        Placement("moved", *new_bodies[0], 1.0),
        Placement("moved", *new_closings[1], 1.0),  # the copy that closes entry 1 now first
    ]
    review_disputed_copies(new, positions, quotes, placements, [False, False])
    assert [p.state for p in placements] == ["moved", "review"]


def test_a_copy_that_moved_as_its_neighbours_did_is_kept() -> None:
    old, old_bodies, old_closings = _log([0, 1, 2])
    new, new_bodies, new_closings = _log([1, 0, 2])
    positions, quotes = _described(old, [old_bodies[0], old_closings[0]])
    placements = [
        Placement("moved", *new_bodies[0], 1.0),
        Placement("moved", *new_closings[0], 1.0),
    ]
    review_disputed_copies(new, positions, quotes, placements, [False, False])
    assert [p.state for p in placements] == ["moved", "moved"]


def test_a_settled_placement_is_left_alone() -> None:
    old, old_bodies, old_closings = _log([0, 1, 2])
    new, _new_bodies, new_closings = _log([1, 0, 2])
    positions, quotes = _described(old, [old_bodies[0], old_closings[0]])
    placements = [
        Placement("moved", 0, 0, 1.0),
        Placement("moved", *new_closings[1], 1.0),
    ]
    review_disputed_copies(new, positions, quotes, placements, [True, True])
    assert placements[1].state == "moved"


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(BODIES))))
def test_no_closing_lands_silently_in_another_entry_of_a_reordered_log(order: list[int]) -> None:
    old, old_bodies, old_closings = _log(list(range(len(BODIES))))
    new, new_bodies, new_closings = _log(order)
    spans = [span for pair in zip(old_bodies, old_closings, strict=True) for span in pair]
    truths = [span for pair in zip(new_bodies, new_closings, strict=True) for span in pair]
    placements = place_all(new, [Request(*describe(old, start, end)) for start, end in spans])
    for placement, truth in zip(placements, truths, strict=True):
        if placement.state in PLACED_STATES:
            assert (placement.start, placement.end) == truth
