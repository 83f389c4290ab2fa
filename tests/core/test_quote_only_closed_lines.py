"""A placement far off while the passage's neighbour lines meet where it stood:
``core.quote_only_closed_lines``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_closed_lines import (
    lines_met_nearer,
    neighbour_lines,
    review_where_its_lines_met,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextQuote

#: The stock line that closes every week's hours.
STOCK = "Orders for Saturday must reach the desk by 16:00 on Friday."


def hours(weeks: int, stock_in: set[int]) -> str:
    """A reading room's hours of ``weeks`` weeks (from 1), each closing with its Saturday
    line (the desk closing at another time each week) and, in the weeks of ``stock_in``,
    the stock line under it."""
    blocks = []
    for week in range(1, weeks + 1):
        lines = [
            f"Printed books reading room · week {week} · staffed by the reader services team",
            f"Tue {week + 6} March  09:30–17:00  Manuscripts desk closes 16:15",
            f"Sat {week + 10} March  09:30–16:00  Manuscripts desk closes 15:{week + 10}",
        ]
        if week in stock_in:
            lines.append(STOCK)
        blocks.append("\n".join(lines))
    return "Opening hours\n\n" + "\n\n".join(blocks) + "\n\nEnd of the hours.\n"


def stock_of_week(text: str, week: int) -> tuple[int, int]:
    """The span of the stock line closing ``week``."""
    start = text.index(STOCK, text.index(f"· week {week} ·"))
    return start, start + len(STOCK)


def test_neighbour_lines_of_a_whole_line() -> None:
    prefix, suffix = "  Manuscripts desk closes 16:15\n", "\n\nWeek 2 — from 13 March"
    quote = TextQuote(exact=STOCK, prefix=prefix, suffix=suffix)
    assert neighbour_lines(quote) == (prefix, suffix[1:])


def test_no_neighbour_lines_for_part_of_a_line_or_a_short_side() -> None:
    assert (
        neighbour_lines(TextQuote(exact="by 16:00", prefix="reach the desk ", suffix="\n\nA"))
        is None
    )
    assert neighbour_lines(TextQuote(exact=STOCK, prefix="closes 16:15\n", suffix=" on\n")) is None
    assert (
        neighbour_lines(TextQuote(exact=STOCK, prefix="16:15\n", suffix="\n\nPrinted books"))
        is None
    )


def test_a_pruned_copy_found_on_the_kept_one_goes_to_review() -> None:
    old = hours(4, {1, 2, 3, 4})
    new = hours(4, {1})
    start, end = stock_of_week(old, 3)
    position, quote = describe(old, start, end)
    kept = stock_of_week(new, 1)
    # the kept copy stands under another Saturday line; the third week's lines now meet
    assert new[kept[0] - len(quote.prefix) : kept[0]] != quote.prefix
    assert quote.prefix + quote.suffix[1:] in new
    found = place(new, position, quote)
    assert found.state == "review"
    assert (found.start, found.end) == kept


def test_the_kept_copy_keeps_its_place() -> None:
    old = hours(4, {1, 2, 3, 4})
    new = hours(4, {1})
    start, end = stock_of_week(old, 1)
    found = place(new, *describe(old, start, end))
    assert found.state == "exact"
    assert (found.start, found.end) == (start, end)


def test_a_line_moved_whole_is_not_held_back_by_lines_meeting_elsewhere() -> None:
    old = hours(3, {1})
    start, end = stock_of_week(old, 1)
    position, quote = describe(old, start, end)
    # a heading put in above: the line moved on, its neighbours meet nowhere
    new = "Notice\n\n" + old
    found = place(new, position, quote)
    assert found.state in ("exact", "moved")
    assert (found.start, found.end) == (start + 8, end + 8)


def test_only_a_meeting_nearer_where_it_stood_than_the_placement_tells() -> None:
    old = hours(4, {1, 2, 3, 4})
    new = hours(4, {1})
    _, quote = describe(old, *stock_of_week(old, 3))
    kept = stock_of_week(new, 1)
    placement = Placement("moved", *kept, 0.95)
    # where the third week's line stood: its neighbours meet there now
    assert lines_met_nearer(new, quote, placement, len(new) - 200)
    # expected right by the kept copy: every meeting is farther off
    assert not lines_met_nearer(new, quote, placement, kept[0] + 1)
    assert review_where_its_lines_met(new, quote, placement, kept[0] + 1) == placement


def test_a_meeting_that_takes_in_the_placement_does_not_tell() -> None:
    # the line before the passage holds its words: the guess on them lies inside the very
    # place where the neighbour lines now meet, which is no other place than the guess
    quote = TextQuote(
        exact="Closed all day.",
        prefix="Note: Closed all day.\n",
        suffix="\nTue 2 March  open 09:30–17:00",
    )
    new = "Hours\n\nNote: Closed all day.\nTue 2 March  open 09:30–17:00\n"
    start = new.index(quote.exact)
    placement = Placement("moved", start, start + len(quote.exact), 0.9)
    met = new.index(quote.prefix + quote.suffix[1:])
    assert met < start < met + len(quote.prefix)
    expected = new.index("Tue 2 March")  # where the passage stood: the meeting itself
    assert not lines_met_nearer(new, quote, placement, expected)
    # the same meeting standing apart from the guess tells
    apart = new + "\nNote: Closed all day. Closed all day.\n"
    far = apart.rindex(quote.exact)
    far_placement = Placement("moved", far, far + len(quote.exact), 0.9)
    assert lines_met_nearer(apart, quote, far_placement, expected)


def test_a_copy_reading_the_whole_context_is_left_alone() -> None:
    old = hours(4, {1, 2, 3, 4})
    new = hours(4, {1})
    _, quote = describe(old, *stock_of_week(old, 3))
    # a copy standing with the third week's own Saturday line above it (a section moved
    # whole reads so), while the third week's lines meet where it stood
    moved = new.replace(
        "End of the hours.",
        f"Sat 13 March  09:30–16:00  Manuscripts desk closes 15:13\n{STOCK}\n\n"
        "Printed books reading room · week 9 · staffed by volunteers",
    )
    at = moved.rindex(STOCK)
    placement = Placement("moved", at, at + len(STOCK), 0.95)
    assert moved[at - len(quote.prefix) : at] == quote.prefix
    assert moved[at + len(STOCK) : at + len(STOCK) + len(quote.suffix)] == quote.suffix
    assert not lines_met_nearer(moved, quote, placement, len(new) - 200)


@settings(max_examples=40, deadline=None)
@given(weeks=st.integers(min_value=2, max_value=6), data=st.data())
def test_pruned_copies_go_to_review_and_kept_ones_stay(weeks: int, data: st.DataObject) -> None:
    every = set(range(1, weeks + 1))
    kept_weeks = data.draw(st.sets(st.sampled_from(sorted(every)), min_size=1), label="kept")
    week = data.draw(st.sampled_from(sorted(every)), label="annotated")
    old = hours(weeks, every)
    new = hours(weeks, kept_weeks)
    start, end = stock_of_week(old, week)
    position, quote = describe(old, start, end)
    found = place(new, position, quote)
    if week in kept_weeks:
        # its own copy is the best guess, and the rule never sends it to review (other
        # rules may, when the last week's copy and another read the context alike)
        own = stock_of_week(new, week)
        assert (found.start, found.end) == own
        on_its_own = Placement("moved", *own, 1.0)
        assert review_where_its_lines_met(new, quote, on_its_own, start) == on_its_own
    elif max(kept_weeks) < week:
        # pruned, the copies kept all above it (the first kept, the later ones cut): a
        # guess on one of them is never left as a placement
        assert found.state in ("review", "orphaned")
