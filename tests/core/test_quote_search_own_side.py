"""Placed alone, a quote at its old offsets with only the side of its context reaching into
another paragraph whole (the next one's or the one's before), while its own paragraph's side
stands whole around another copy, is weighed with the other copies (``quote_search``,
``alone``); a batch keeps the shortcut (its neighbours vouch for where it was)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import search
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextPosition, TextQuote

STOCK = "Does not run on public holidays."
ENTRIES = [
    "7 Oct 2026 — train 1740\nCalls at Treorchy and Ystrad Rhondda on request.\n" + STOCK,
    "8 Oct 2026 — train 1810\nCalls at Pentre and Ton Pentre; change at Porth.\n" + STOCK,
    "9 Oct 2026 — train 1845\nCalls at Llwynypia and Tonypandy; no buffet car.\n" + STOCK,
]

#: The same entries with the stock line first and the date last: the side of the stock
#: line's context that reaches into another paragraph is its prefix (the heading before).
STOCK_FIRST = [
    "\n".join((stock, calls, date))
    for date, calls, stock in (entry.split("\n") for entry in ENTRIES)
]


def _timetable(order: list[int], entries_of: list[str] = ENTRIES) -> str:
    entries = "\n\n".join(entries_of[index] for index in order)
    return f"Part 1 · Weekdays\n\n{entries}\n\nPart 2 · Weekends\n\nNo trains run on Sundays."


def _last_stock(text: str) -> tuple[int, int]:
    start = text.rindex(STOCK)
    return start, start + len(STOCK)


def test_the_entries_are_alike_in_length() -> None:
    # the resorted entry's stock line stands exactly where the passage's stood
    assert len({len(entry) for entry in ENTRIES}) == 1


def _weighed_alone_kept_in_a_batch(
    new: str, position: TextPosition, quote: TextQuote, owner: int
) -> None:
    """Placed alone, the quote (at its old offsets in ``new``, on another entry's copy) goes
    to its own entry's copy at ``owner`` or to review; searched as in a batch, it stays."""
    assert new[position.start : position.end] == quote.exact
    for placement in (search(new, position, quote, alone=True), place(new, position, quote)):
        assert placement.state == "review" or placement.start == owner
    in_a_batch = search(new, position, quote)
    assert (in_a_batch.state, in_a_batch.start) == ("exact", position.start)


def test_a_stock_line_of_a_resorted_entry_is_not_taken_on_the_next_heading_alone() -> None:
    old, new = _timetable([0, 1]), _timetable([1, 0])
    position, quote = describe(old, *_last_stock(old))
    owner = new.index(ENTRIES[1]) + len(ENTRIES[1]) - len(STOCK)
    _weighed_alone_kept_in_a_batch(new, position, quote, owner)


def test_a_stock_line_opening_a_resorted_entry_is_not_taken_on_the_heading_alone() -> None:
    old, new = _timetable([0, 1], STOCK_FIRST), _timetable([1, 0], STOCK_FIRST)
    start = old.index(STOCK)
    position, quote = describe(old, start, start + len(STOCK))
    assert "\n\n" in quote.prefix  # the side standing whole is the heading's
    assert "\n\n" not in quote.suffix
    _weighed_alone_kept_in_a_batch(new, position, quote, new.index(STOCK_FIRST[0]))


def test_an_unchanged_text_keeps_the_quote_where_it_was() -> None:
    old = _timetable([0, 1])
    position, quote = describe(old, *_last_stock(old))
    placement = search(old, position, quote, alone=True)
    assert (placement.state, placement.start, placement.end) == (
        "exact",
        position.start,
        position.end,
    )


def test_its_own_line_edited_where_it_stood_keeps_it_there() -> None:
    # the line before retyped (as long as it was), and no other copy reads it as stored:
    # nothing says the passage left
    old = _timetable([0, 1])
    edited = "Pentre only; buses replace it at Porth."
    new = old.replace("Pentre and Ton Pentre; change at Porth.", edited)
    assert len(new) == len(old)
    position, quote = describe(old, *_last_stock(old))
    placement = search(new, position, quote, alone=True)
    assert (placement.state, placement.start, placement.end) == (
        "exact",
        position.start,
        position.end,
    )


@settings(max_examples=60, deadline=None)
@given(st.permutations([0, 1, 2]), st.permutations([0, 1, 2]))
def test_a_stock_line_is_placed_on_its_own_entry_or_left_for_review(
    old_order: list[int], new_order: list[int]
) -> None:
    old, new = _timetable(old_order), _timetable(new_order)
    position, quote = describe(old, *_last_stock(old))
    owner = old_order[-1]
    own = new.index(ENTRIES[owner]) + len(ENTRIES[owner]) - len(STOCK)
    placement = place(new, position, quote)
    assert placement.state != "orphaned"
    if placement.state != "review":
        assert placement.start == own
