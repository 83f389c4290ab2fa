"""Passages in review placed on the one copy of their own block when both neighbours kept
their distance from it: ``core.quote_only_kept_distances``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request
from desktop_app.core.quote_only_kept_distances import (
    beside_a_near_twin,
    paragraph_around,
    placed_between_kept_neighbours,
    quoted_twice,
)
from desktop_app.core.quote_search import Placement
from tests.core.burial_register import ENTRIES, Entry
from tests.core.burial_register import entry_text as _entry
from tests.core.burial_register import register_text as _register


def _header(number: int) -> str:
    return f"No. {number}"


def _request(old: str, piece: str) -> Request:
    at = old.index(piece)
    return Request(*describe(old, at, at + len(piece)))


def _placed(new: str, piece: str) -> Placement:
    at = new.index(piece)
    return Placement("moved", at, at + len(piece), 1.0)


def _batch(
    old_entries: list[Entry], new_entries: list[Entry], number: int
) -> tuple[str, list[Request], list[Placement]]:
    """The new register, requests for the headers of the entries either side of entry
    ``number`` (placed on their quotes) and for that entry whole (in review)."""
    old = _register(old_entries)
    new = _register(new_entries)
    numbers = [entry[0] for entry in old_entries]
    rank = numbers.index(number)
    whole = _entry(*old_entries[rank])
    pieces = [_header(numbers[rank - 1]), whole, _header(numbers[rank + 1])]
    requests = [_request(old, piece) for piece in pieces]
    placements = [
        _placed(new, pieces[0]),
        Placement("review", 0, 10, 0.5),
        _placed(new, pieces[2]),
    ]
    return new, requests, placements


def test_a_whole_entry_of_a_reversed_register_is_placed_on_its_one_copy() -> None:
    new, requests, placements = _batch(ENTRIES, ENTRIES[::-1], 419)
    settled = placed_between_kept_neighbours(new, requests, placements)
    at = new.index(_entry(*ENTRIES[2]))
    assert settled[1].state == "moved"
    assert (settled[1].start, settled[1].end) == (at, at + len(_entry(*ENTRIES[2])))
    assert settled[0] == placements[0]
    assert settled[2] == placements[2]


def test_an_entry_whose_neighbour_moved_far_away_stays_in_review() -> None:
    # 418 now stands at the far end: its distance from 419 is no longer what it was.
    reordered = [ENTRIES[2], ENTRIES[3], ENTRIES[0], ENTRIES[4], ENTRIES[1]]
    new, requests, placements = _batch(ENTRIES, reordered, 419)
    settled = placed_between_kept_neighbours(new, requests, placements)
    assert settled[1] == placements[1]


def test_an_entry_with_a_neighbour_on_one_side_only_stays_in_review() -> None:
    new, requests, placements = _batch(ENTRIES, ENTRIES[::-1], 419)
    settled = placed_between_kept_neighbours(
        new, requests, [placements[0], placements[1], Placement("review", 0, 10, 0.5)]
    )
    assert settled[1].state == "review"


def test_words_two_passages_quote_at_two_places_were_there_twice() -> None:
    line = "Kovalenko now has 18 goals this season."
    old = f"Report.\n\n{line}\n\n{line}\n\nKey moments"
    first = old.index(line)
    second = old.index(line, first + 1)
    requests = [
        Request(*describe(old, first, first + len(line))),
        Request(*describe(old, second, second + len(line))),
        Request(*describe(old, first, first + len(line))),
        Request(*describe(old, first, first + 9)),
    ]
    assert quoted_twice(requests) == {0, 1, 2}
    assert quoted_twice(requests[2:]) == set()


def test_a_paragraph_that_stood_twice_and_was_cut_once_stays_in_review() -> None:
    old = _register([*ENTRIES[:2], ENTRIES[2], ENTRIES[2], *ENTRIES[3:]])
    new = _register(ENTRIES[::-1])
    whole = _entry(*ENTRIES[2])
    first = old.index(whole)
    second = old.index(whole, first + 1)
    requests = [
        _request(old, _header(418)),
        Request(*describe(old, first, first + len(whole))),
        Request(*describe(old, second, second + len(whole))),
        _request(old, _header(420)),
    ]
    review = Placement("review", 0, 10, 0.5)
    placements = [_placed(new, _header(418)), review, review, _placed(new, _header(420))]
    settled = placed_between_kept_neighbours(new, requests, placements)
    assert settled[1] == review
    assert settled[2] == review


def test_a_paragraph_retyped_right_beside_itself_is_a_near_twin() -> None:
    entry = _entry(*ENTRIES[1])
    retyped = entry.replace("fever", "feverr")
    text = "Burials\n\n" + entry + "\n\n" + retyped + "\n\nEnds."
    at = text.index(entry)
    assert beside_a_near_twin(text, at, at + 10)
    register = _register(ENTRIES)
    at = register.index(entry)
    assert not beside_a_near_twin(register, at, at + 10)


def test_the_paragraph_around_a_span_is_bounded_by_blank_lines() -> None:
    text = "one\n\ntwo three\n\nfour"
    at = text.index("three")
    assert text[slice(*paragraph_around(text, at, at + 5))] == "two three"
    assert text[slice(*paragraph_around(text, 0, 0))] == "one"


@settings(max_examples=60, deadline=None)
@given(st.permutations(ENTRIES), st.sampled_from([418, 419, 420]))
def test_a_placement_made_is_always_the_entry_itself(new_entries: list[Entry], number: int) -> None:
    new, requests, placements = _batch(ENTRIES, list(new_entries), number)
    settled = placed_between_kept_neighbours(new, requests, placements)
    own = _entry(*next(entry for entry in ENTRIES if entry[0] == number))
    if settled[1].state != "review":
        assert new[settled[1].start : settled[1].end] == own
        assert new.count(own) == 1
