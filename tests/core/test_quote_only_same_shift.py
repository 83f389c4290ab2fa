"""Best guesses in review placed when both neighbours moved by as much and the stored
context stands whole around them: ``core.quote_only_same_shift``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.figure_twins import stands_whole
from desktop_app.core.quote_only_same_shift import SAME_SHIFT, placed_with_the_same_shift
from desktop_app.core.quote_search import Placement

SCHOOLS = ("Riverside Academy", "Riverside Primary", "St John's Primary", "St Mary's Infants")


def _closures(statuses: list[str], updates: int = 0) -> str:
    """A school closures page: updates typed in at the top, then one entry per school."""
    head = "".join(f"Update 07:{10 + n:02d}: Check again later.\n\n" for n in range(updates))
    entries = "\n\n".join(
        f"{school}\nStatus: {status}\nReason: flooding on the access road."
        for school, status in zip(SCHOOLS, statuses, strict=True)
    )
    return f"School closures\n\n{head}{entries}\n\nPlease check before you travel.\n"


def _request(old: str, piece: str, occurrence: int = 0) -> Request:
    at = -1
    for _ in range(occurrence + 1):
        at = old.index(piece, at + 1)
    return Request(*describe(old, at, at + len(piece)))


def _placed(new: str, piece: str, occurrence: int = 0) -> Placement:
    at = -1
    for _ in range(occurrence + 1):
        at = new.index(piece, at + 1)
    return Placement("moved", at, at + len(piece), 1.0)


def _batch(
    old: str, new: str, occurrence: int, guess: int
) -> tuple[list[Request], list[Placement]]:
    """Requests for the school heads around one "Status: Closed" line and for that line,
    the heads placed on their quotes and the line in review on its ``guess``-th copy."""
    requests = [
        _request(old, SCHOOLS[occurrence]),
        _request(old, "Status: Closed", occurrence),
        _request(old, SCHOOLS[occurrence + 1]),
    ]
    at = _placed(new, "Status: Closed", guess)
    placements = [
        _placed(new, SCHOOLS[occurrence]),
        at._replace(state="review", score=0.9),
        _placed(new, SCHOOLS[occurrence + 1]),
    ]
    return requests, placements


def test_a_stock_line_below_updates_typed_in_is_placed_where_it_stood() -> None:
    old = _closures(["Closed"] * 4)
    new = _closures(["Closed"] * 4, updates=2)
    requests, placements = _batch(old, new, 1, 1)
    settled = placed_with_the_same_shift(new, requests, placements)
    assert settled[1] == placements[1]._replace(state="moved")
    assert settled[0] == placements[0]
    assert settled[2] == placements[2]


def test_a_guess_on_another_copy_of_the_line_stays_in_review() -> None:
    old = _closures(["Closed"] * 4)
    new = _closures(["Closed"] * 4, updates=2)
    requests, placements = _batch(old, new, 1, 2)
    assert placed_with_the_same_shift(new, requests, placements) == placements


def test_a_guess_whose_neighbour_moved_otherwise_stays_in_review() -> None:
    old = _closures(["Closed"] * 4)
    new = _closures(["Closed"] * 4, updates=2)
    requests, placements = _batch(old, new, 1, 1)
    after = placements[2]
    placements[2] = after._replace(start=after.start + SAME_SHIFT + 1)
    assert placed_with_the_same_shift(new, requests, placements)[1].state == "review"


def test_a_guess_with_a_neighbour_on_one_side_only_stays_in_review() -> None:
    old = _closures(["Closed"] * 4)
    new = _closures(["Closed"] * 4, updates=2)
    requests, placements = _batch(old, new, 1, 1)
    placements[2] = placements[2]._replace(state="fuzzy")
    assert placed_with_the_same_shift(new, requests, placements)[1].state == "review"


def test_a_guess_whose_context_changed_stays_in_review() -> None:
    old = _closures(["Closed"] * 4)
    new = _closures(["Closed"] * 4, updates=2).replace("flooding", "floods", 2)
    requests, placements = _batch(old, new, 1, 1)
    assert not stands_whole(new, placements[1].start, requests[1].quote)
    assert placed_with_the_same_shift(new, requests, placements)[1].state == "review"


def test_a_guess_that_stayed_in_place_is_exact() -> None:
    old = _closures(["Closed"] * 4)
    requests, placements = _batch(old, old, 1, 1)
    assert placed_with_the_same_shift(old, requests, placements)[1].state == "exact"


def test_a_batch_without_reviews_is_returned_as_it_is() -> None:
    old = _closures(["Closed"] * 4)
    requests, placements = _batch(old, old, 1, 1)
    placements[1] = placements[1]._replace(state="moved")
    assert placed_with_the_same_shift(old, requests, placements) == placements


@settings(max_examples=40, deadline=None)
@given(
    statuses=st.lists(st.sampled_from(["Closed", "Open", "Late"]), min_size=4, max_size=4),
    updates=st.integers(0, 3),
)
def test_place_all_puts_no_status_line_on_another_entry(statuses: list[str], updates: int) -> None:
    """Whatever the statuses and updates typed in above, every status line the batch places
    stands in its own school's entry."""
    old = _closures(statuses)
    new = _closures(statuses, updates=updates)
    spans = []
    for school in SCHOOLS:
        head = old.index(school)
        line = old.index("Status: ", head)
        spans += [(head, head + len(school)), (line, old.index("\n", line))]
    found = place_all(new, [Request(*describe(old, start, end)) for start, end in spans])
    for number, placement in enumerate(found[1::2]):
        if placement.state in ("exact", "moved"):
            own = new.index(SCHOOLS[number])
            assert own < placement.start < own + len(SCHOOLS[number]) + 2


def test_a_guess_that_a_witness_nearby_says_moved_otherwise_stays_in_review() -> None:
    old = _closures(["Closed"] * 4)
    new = _closures(["Closed"] * 4, updates=2)
    reason = "Reason: flooding on the access road."
    requests = [
        _request(old, reason, 0),
        _request(old, SCHOOLS[1]),
        _request(old, "Status: Closed", 1),
        _request(old, reason, 1),
    ]
    head = _placed(new, SCHOOLS[1])
    placements = [
        _placed(new, reason, 0),
        head._replace(state="fuzzy"),  # a witness (found once), not a neighbour placed exactly
        _placed(new, "Status: Closed", 1)._replace(state="review", score=0.9),
        _placed(new, reason, 1),
    ]
    assert placed_with_the_same_shift(new, requests, placements)[2].state == "moved"
    elsewhere = new.index(SCHOOLS[3])
    placements[1] = head._replace(state="fuzzy", start=elsewhere, end=elsewhere + len(SCHOOLS[3]))
    assert placed_with_the_same_shift(new, requests, placements)[2].state == "review"
