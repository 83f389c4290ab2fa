"""A best guess in review that moved as the passages on both sides of it did: placed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.carried_reviews import place_carried_reviews
from desktop_app.core.disputed_copies import SAME_SHIFT
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote

BEFORE = "The council met on Monday to discuss the budget for the coming year. "
PASSAGE = "harbour wall repairs"
AFTER = " were put off until the spring, when the weather is calmer and the tides lower."
LEAD = "Notice to residents.\n\n"
MOVED_BY = 2500


def _texts(edited_word: str = "") -> tuple[str, str, int]:
    """An old text, the same paragraph moved down by :data:`MOVED_BY` code points with
    ``edited_word`` put right before the passage, and the passage's old start."""
    old = LEAD + BEFORE + "The " + PASSAGE + AFTER
    put = f"{edited_word} " if edited_word else ""
    filler = "".join(f"Item {n} of the agenda was read and noted. " for n in range(80))
    new = LEAD + filler[: MOVED_BY - len(put)] + "\n\n" + BEFORE + "The " + put + PASSAGE + AFTER
    return old, new, old.index(PASSAGE)


def _batch(
    old: str, new: str, start: int, shifts: tuple[int, int]
) -> tuple[list[TextPosition], list[TextQuote], list[Placement]]:
    """The passage (reviewed at its copy in ``new``) and its two neighbours, placed moved by
    ``shifts``."""
    spans = [
        (old.index(BEFORE), old.index(BEFORE) + len(BEFORE) - 1),
        (start, start + len(PASSAGE)),
        (old.index(AFTER) + 1, len(old)),
    ]
    positions, quotes = [], []
    for lo, hi in spans:
        position, quote = describe(old, lo, hi)
        positions.append(position)
        quotes.append(quote)
    found = new.index(PASSAGE)
    placements = [
        Placement("moved", spans[0][0] + shifts[0], spans[0][1] + shifts[0], 1.0),
        Placement("review", found, found + len(PASSAGE), 0.85),
        Placement("moved", spans[2][0] + shifts[1], spans[2][1] + shifts[1], 1.0),
    ]
    return positions, quotes, placements


def test_a_best_guess_that_moved_with_both_neighbours_is_placed() -> None:
    old, new, start = _texts("whole")
    shift = new.index(PASSAGE) - start
    positions, quotes, placements = _batch(old, new, start, (shift, shift))
    place_carried_reviews(new, positions, quotes, placements, [False] * 3)
    assert placements[1].state == "moved"
    assert new[placements[1].start : placements[1].end] == PASSAGE


def test_a_best_guess_whose_neighbour_stayed_behind_stays_in_review() -> None:
    old, new, start = _texts("whole")
    shift = new.index(PASSAGE) - start
    positions, quotes, placements = _batch(old, new, start, (0, shift))
    place_carried_reviews(new, positions, quotes, placements, [False] * 3)
    assert placements[1].state == "review"


def test_a_best_guess_with_a_copy_whose_context_agrees_too_stays_in_review() -> None:
    old, new, start = _texts("whole")
    new += "\n\nThe " + PASSAGE + AFTER
    shift = new.index(PASSAGE) - start
    positions, quotes, placements = _batch(old, new, start, (shift, shift))
    place_carried_reviews(new, positions, quotes, placements, [False] * 3)
    assert placements[1].state == "review"


def test_a_settled_review_is_left_alone() -> None:
    old, new, start = _texts("whole")
    shift = new.index(PASSAGE) - start
    positions, quotes, placements = _batch(old, new, start, (shift, shift))
    place_carried_reviews(new, positions, quotes, placements, [False, True, False])
    assert placements[1].state == "review"


@given(st.integers(-60, 60), st.integers(-60, 60))
def test_placed_only_when_both_neighbours_moved_by_as_much(before: int, after: int) -> None:
    old, new, start = _texts("whole")
    shift = new.index(PASSAGE) - start
    positions, quotes, placements = _batch(old, new, start, (shift + before, shift + after))
    place_carried_reviews(new, positions, quotes, placements, [False] * 3)
    carried = abs(before) <= SAME_SHIFT and abs(after) <= SAME_SHIFT
    assert placements[1].state == ("moved" if carried else "review")


def _with_a_typo(new: str, start: int) -> tuple[str, int, list[Placement]]:
    """``new`` with a typo in the passage, where the passage stands, and the placements of
    :func:`_batch` with the passage's neighbours moved as it did (the passage in review)."""
    typed = "harbour wal repairs"
    new = new.replace(PASSAGE, typed)
    found = new.index(typed)
    _positions, _quotes, placements = _batch_spans(start, found - start)
    placements[1] = Placement("review", found, found + len(typed), 0.8)
    return new, found, placements


def _batch_spans(
    start: int, shift: int
) -> tuple[list[TextPosition], list[TextQuote], list[Placement]]:
    old, _new, _start = _texts("whole")
    spans = [
        (old.index(BEFORE), old.index(BEFORE) + len(BEFORE) - 1),
        (start, start + len(PASSAGE)),
        (old.index(AFTER) + 1, len(old)),
    ]
    described = [describe(old, lo, hi) for lo, hi in spans]
    placements = [Placement("moved", lo + shift, hi + shift, 1.0) for lo, hi in spans]
    return [p for p, _q in described], [q for _p, q in described], placements


def test_a_near_copy_that_moved_with_both_neighbours_is_placed_fuzzy() -> None:
    _old, new, start = _texts()  # a typo the only edit
    new, found, placements = _with_a_typo(new, start)
    positions, quotes, _placements = _batch_spans(start, 0)
    place_carried_reviews(new, positions, quotes, placements, [False] * 3)
    assert placements[1] == Placement("fuzzy", found, found + len("harbour wal repairs"), 0.8)


def test_a_near_copy_while_the_quote_stands_exactly_elsewhere_stays_in_review() -> None:
    _old, new, start = _texts()  # a typo the only edit
    new, _found, placements = _with_a_typo(new, start)
    new += "\n\nNo " + PASSAGE + " today."
    positions, quotes, _placements = _batch_spans(start, 0)
    place_carried_reviews(new, positions, quotes, placements, [False] * 3)
    assert placements[1].state == "review"
