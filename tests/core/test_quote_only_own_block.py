"""A passage in review or orphaned placed on the one copy of its own row's window, rows
re-sorted: ``core.quote_only_own_block``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_own_block import (
    own_row_start,
    own_row_window,
    placed_on_its_own_row,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextPosition, TextQuote

#: A reading list whose entries (rows between blank lines) share their stock lines.
ROWS = [
    "Elliott, J. H., Imperial Spain\nLondon: Penguin, 2002\nAvailable as an e-book",
    "Strang, G., Linear Algebra\nWellesley: Cambridge Press, 2016\nAvailable as an e-book",
    "Mithun, M., The Languages of North America\nCambridge: CUP, 1999\nFurther reading",
    "Hall, P., Cities of Tomorrow\nOxford: Blackwell, 2015\nAvailable as an e-book",
    "Braudel, F., The Mediterranean\nLondon: Collins, 2019\nFurther reading",
]
HEAD = "Reading list\n\n"


def _text(order: list[int]) -> str:
    return HEAD + "\n\n".join(ROWS[index] for index in order) + "\n"


def _described(text: str, quote: str, occurrence: int = 0) -> tuple[TextPosition, TextQuote]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return describe(text, start, start + len(quote))


def test_the_window_is_cut_at_the_rows_edges() -> None:
    old = _text([0, 1, 2, 3, 4])
    _position, quote = _described(old, "Cambridge Press, 2016")
    found = own_row_window(quote)
    assert found is not None
    window, cut_before, cut_after = found
    assert (cut_before, cut_after) == (False, True)
    assert window.endswith("Cambridge Press, 2016\nAvailable as an e-book")
    assert "Imperial Spain" not in window
    assert "Mithun" not in window


def test_a_best_guess_in_review_on_its_own_row_is_placed_after_a_resort() -> None:
    old = _text([0, 1, 2, 3, 4])
    new = _text([4, 2, 0, 3, 1])
    position, quote = _described(old, "Wellesley: Cambridge Press, 2016")
    at = new.index("Wellesley: Cambridge Press, 2016")
    guess = Placement("review", at, at + len(quote.exact), 0.8)
    placed = placed_on_its_own_row(new, position, quote, guess, position.start)
    assert placed is not None
    assert (placed.state, placed.start, placed.end) == ("moved", at, at + len(quote.exact))


def test_a_best_guess_off_its_own_row_or_an_orphan_is_left() -> None:
    """Only the search's own best guess is placed: the rule never moves a passage."""
    old = _text([0, 1, 2, 3, 4])
    new = _text([4, 2, 0, 3, 1])
    position, quote = _described(old, "Wellesley: Cambridge Press, 2016")
    elsewhere = Placement("review", 0, len(quote.exact), 0.8)
    orphan = Placement("orphaned", 0, 0, 0.0)
    assert placed_on_its_own_row(new, position, quote, elsewhere, position.start) is None
    assert placed_on_its_own_row(new, position, quote, orphan, position.start) is None


def test_a_placed_passage_is_left_alone() -> None:
    old = _text([0, 1, 2, 3, 4])
    position, quote = _described(old, "Wellesley: Cambridge Press, 2016")
    placed = Placement("exact", position.start, position.end, 1.0)
    assert placed_on_its_own_row(old, position, quote, placed, position.start) is None


def test_a_row_standing_twice_or_changed_gives_no_copy() -> None:
    """The window of a stock line closing a row reaches back to the row's own figures: a
    row standing twice, or its figures changed, leaves no one copy to place it on."""
    old = _text([0, 1, 2, 3, 4])
    _position, quote = _described(old, "Available as an e-book")
    assert own_row_start(old, quote) == old.index("Available as an e-book")
    doubled = old.replace(ROWS[0], ROWS[0] + "\n\n" + ROWS[0])
    assert own_row_start(doubled, quote) is None
    assert own_row_start(old.replace("2002", "2012"), quote) is None


def test_a_passage_across_two_rows_no_longer_beside_each_other_is_not_joined() -> None:
    """A passage spanning two rows has no window of its own row; after a re-sort that parts
    the rows it is not placed on a stretch joining other rows."""
    old = _text([0, 1, 2, 3, 4])
    position, quote = _described(old, "e-book\n\nStrang, G.")
    assert own_row_window(quote) is None
    new = _text([4, 2, 0, 3, 1])
    guess = Placement("orphaned", 0, 0, 0.0)
    assert placed_on_its_own_row(new, position, quote, guess, position.start) is None
    for found in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        assert found.state in ("review", "orphaned")


def test_one_at_a_time_and_in_a_batch_place_the_resorted_rows() -> None:
    old = _text([0, 1, 2, 3, 4])
    new = _text([4, 2, 0, 3, 1])
    quotes = ["London: Penguin, 2002", "Wellesley: Cambridge Press, 2016", "Cambridge: CUP, 1999"]
    requests = [Request(*_described(old, quote)) for quote in quotes]
    alone = [place(new, request.position, request.quote) for request in requests]
    batch = place_all(new, requests)
    for quote, one, many in zip(quotes, alone, batch, strict=True):
        at = new.index(quote)
        for placed in (one, many):
            assert placed.state in ("exact", "moved", "fuzzy")
            assert (placed.start, placed.end) == (at, at + len(quote))


@settings(max_examples=60, deadline=None)
@given(order=st.permutations(range(len(ROWS))), row=st.integers(0, len(ROWS) - 1))
def test_any_resort_puts_a_rows_own_line_on_that_row(order: list[int], row: int) -> None:
    """Whatever order the rows are put in, the one copy of a row's own window is found on
    that row, or nothing is; never on another row."""
    old = _text(list(range(len(ROWS))))
    new = _text(order)
    first_line = ROWS[row].split("\n", 1)[0]
    _position, quote = _described(old, first_line)
    start = own_row_start(new, quote)
    assert start is not None
    row_start = new.index(ROWS[row])
    assert row_start <= start < row_start + len(ROWS[row])
    assert new[start : start + len(quote.exact)] == quote.exact
