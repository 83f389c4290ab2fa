"""A passage in review placed alone on the one copy of its own block, moved whole elsewhere:
``core.quote_only_moved_blocks``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_moved_blocks import neighbours_meet, placed_on_its_moved_block
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote

#: A letter-book of one-line entries, each with its own date (no two alike but for figures).
ENTRIES = [
    "Leeds, 3 May 1917: parcel sent by the 10:40 train.",
    "Leeds, 9 June 1917: Mother better, the cough gone.",
    "Leeds, 14 July 1917: the mill on short time again.",
    "Leeds, 2 August 1917: rent paid, with thanks to Tom.",
    "Leeds, 30 August 1917: rain every day since Whitsun.",
]
#: The passage: the third entry, whose stored context reaches past a blank line both ways.
PASSAGE = 2
GUESS = Placement("review", 0, 10, 0.5)


def _book(entries: list[str]) -> str:
    return "Letters\n\n" + "\n\n".join(entries) + "\n\nEnds."


def _passage() -> tuple[TextPosition, TextQuote]:
    old = _book(ENTRIES)
    start = old.index(ENTRIES[PASSAGE])
    return describe(old, start, start + len(ENTRIES[PASSAGE]))


def test_a_reversed_entry_in_review_goes_to_its_one_copy() -> None:
    position, quote = _passage()
    new = _book(ENTRIES[::-1])
    assert neighbours_meet(new, quote) is False
    placed = placed_on_its_moved_block(new, position, quote, GUESS)
    at = new.index(ENTRIES[PASSAGE])
    assert (placed.state, placed.start, placed.end) == ("moved", at, at + len(quote.exact))


def test_an_entry_cut_out_stays_in_review_on_a_copy_left_elsewhere() -> None:
    position, quote = _passage()
    kept = [entry for index, entry in enumerate(ENTRIES) if index != PASSAGE]
    new = _book([*kept, ENTRIES[PASSAGE]])  # the entry cut, a copy of it left at the end
    assert neighbours_meet(new, quote) is True
    assert placed_on_its_moved_block(new, position, quote, GUESS) == GUESS


def test_a_placed_passage_or_a_context_within_the_block_is_left_as_it_is() -> None:
    position, quote = _passage()
    new = _book(ENTRIES[::-1])
    placed = Placement("fuzzy", 5, 20, 0.9)
    assert placed_on_its_moved_block(new, position, quote, placed) == placed
    inside = TextQuote(exact="the mill on short time", prefix="Leeds, 14 July 1917: ", suffix=".")
    assert neighbours_meet(new, inside) is None
    assert placed_on_its_moved_block(new, position, inside, GUESS) == GUESS


def test_an_entry_with_a_figure_twin_stays_in_review() -> None:
    position, quote = _passage()
    twin = ENTRIES[PASSAGE].replace("14 July", "15 July")
    new = _book([*ENTRIES[::-1], twin])
    assert placed_on_its_moved_block(new, position, quote, GUESS) == GUESS


@settings(max_examples=80, deadline=None)
@given(st.permutations(range(len(ENTRIES))))
def test_an_entry_of_a_reordered_book_is_its_own_or_left_in_review(order: list[int]) -> None:
    position, quote = _passage()
    new = _book([ENTRIES[index] for index in order])
    placed = placed_on_its_moved_block(new, position, quote, GUESS)
    beside = [order.index(PASSAGE - 1), order.index(PASSAGE + 1)]
    if beside[1] == beside[0] + 1:  # the entries stored around it now meet: cut out, or moved
        assert placed == GUESS
    else:
        at = new.index(ENTRIES[PASSAGE])
        assert (placed.start, placed.end) == (at, at + len(quote.exact))
        assert placed.state == ("exact" if at == position.start else "moved")
