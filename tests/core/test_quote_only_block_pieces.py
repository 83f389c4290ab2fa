"""Quotes across a block's edge whose smaller piece now stands on a twin block:
``core.quote_only_block_pieces``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_block_pieces import (
    cut_off_a_twins_piece,
    head_on_a_twin,
    tail_on_a_twin,
)
from desktop_app.core.quote_search import Placement

#: A sailing: its number, where it goes, when it leaves and its fare.
Sailing = tuple[int, str, str, int]

SAILINGS: list[Sailing] = [
    (1, "Yarmouth", "07:10", 12),
    (2, "Cowes", "07:40", 15),
    (3, "Ryde", "08:05", 18),
    (4, "Fishbourne", "08:30", 21),
]


def _sailing(number: int, port: str, leaves: str, fare: int) -> str:
    return (
        f"Sailing {number} — {port}, {leaves} from Lymington\n"
        f"Calls at {port} an hour later.\n"
        "Not on bank holidays.\n"
        f"Fare {fare} pounds to {port}, cash only."
    )


def _timetable(sailings: list[Sailing]) -> str:
    return "Timetable\n\n" + "\n\n".join(_sailing(*one) for one in sailings) + "\n\nEnds."


def _order(*numbers: int) -> list[Sailing]:
    return [SAILINGS[number - 1] for number in numbers]


def _tail_quote() -> tuple[str, int, int]:
    """The old timetable and a passage from sailing 1's last line into sailing 2's header."""
    old = _timetable(SAILINGS)
    start = old.index("cash only.")
    end = old.index("Sailing 2") + len("Sailing")
    return old, start, end


def test_a_header_word_of_the_next_sailing_now_on_a_twin_is_cut_off() -> None:
    old, start, end = _tail_quote()
    position, quote = describe(old, start, end)
    assert quote.suffix.startswith(" 2 — Cowes")
    new = _timetable(_order(1, 3, 2, 4))  # sailing 3 now follows sailing 1
    at = new.index("cash only.\n\nSailing 3")
    found = Placement("exact", at, at + len(quote.exact), 1.0)
    cut = tail_on_a_twin(new, found.start, found.end, quote)
    assert cut == at + len("cash only.")
    placed = cut_off_a_twins_piece(new, quote, found, position.start)
    assert (placed.state, placed.start, placed.end) == ("fuzzy", at, cut)


def test_the_next_sailing_still_beside_it_keeps_the_whole_passage() -> None:
    old, start, end = _tail_quote()
    position, quote = describe(old, start, end)
    at = old.index("cash only.\n\nSailing 2")
    found = Placement("exact", at, at + len(quote.exact), 1.0)
    assert tail_on_a_twin(old, found.start, found.end, quote) is None
    assert cut_off_a_twins_piece(old, quote, found, position.start) == found


def test_the_next_sailing_renumbered_where_it_stands_keeps_the_whole_passage() -> None:
    old, start, end = _tail_quote()
    _, quote = describe(old, start, end)
    renumbered = [(number + 10, port, leaves, fare) for number, port, leaves, fare in SAILINGS]
    new = _timetable(renumbered)  # its own next block, its figure corrected: not a twin
    at = new.index("cash only.\n\nSailing 12")
    assert tail_on_a_twin(new, at, at + len(quote.exact), quote) is None


def test_a_piece_with_no_figure_beside_it_is_not_cut() -> None:
    old = "Rules\n\nKeep left.\nNo dogs.\n\nGate A opens early\n\nKeep left.\nNo dogs.\n\nGate B"
    start = old.index("No dogs.")
    end = start + len("No dogs.\n\nGate")
    _, quote = describe(old, start, end)
    assert tail_on_a_twin(old.replace("Gate A", "Gate C"), start, end, quote) is None


def test_a_last_line_of_the_sailing_before_now_on_a_twin_is_cut_off() -> None:
    old = _timetable(SAILINGS)
    start = old.index("cash only.", old.index("Sailing 1"))
    end = old.index("\n", old.index("Sailing 2"))
    position, quote = describe(old, start, end)
    assert "Fare 12 pounds" in quote.prefix  # the figure that tells the sailings apart
    new = _timetable(_order(3, 2, 1, 4))  # sailing 3 now stands before sailing 2
    at = new.index("cash only.\n\nSailing 2")
    found = Placement("exact", at, at + len(quote.exact), 1.0)
    cut = head_on_a_twin(new, found.start, found.end, quote)
    assert cut == new.index("Sailing 2")
    placed = cut_off_a_twins_piece(new, quote, found, position.start)
    assert (placed.state, placed.start, placed.end) == ("fuzzy", cut, found.end)


def test_the_larger_piece_out_of_its_own_context_goes_to_review() -> None:
    old, start, end = _tail_quote()
    position, quote = describe(old, start, end)
    new = _timetable(_order(1, 3, 2, 4)).replace("Fare 12 pounds", "Fare 14 pounds")
    at = new.index("cash only.\n\nSailing 3")
    found = Placement("exact", at, at + len(quote.exact), 1.0)
    placed = cut_off_a_twins_piece(new, quote, found, position.start)
    assert (placed.state, placed.start, placed.end) == ("review", found.start, found.end)


@settings(max_examples=60, deadline=None)
@given(st.permutations([1, 2, 3, 4]))
def test_the_tail_is_cut_exactly_when_sailing_two_no_longer_follows_sailing_one(
    order: list[int],
) -> None:
    old, start, end = _tail_quote()
    _, quote = describe(old, start, end)
    new = _timetable(_order(*order))
    at = new.index("cash only.", new.index("Sailing 1"))
    follower = order.index(1) + 1
    if follower == len(order):
        return  # sailing 1 is last: no header after it to quote
    found = Placement("exact", at, at + len(quote.exact), 1.0)
    cut = tail_on_a_twin(new, found.start, found.end, quote)
    if order[follower] == 2:
        assert cut is None
    else:
        assert cut == at + len("cash only.")


def _notices(order: list[tuple[int, str, int]]) -> str:
    return "Works\n\n" + "\n\n".join(
        f"Notice {number} — {street}\n{street} closes for {days} days.\n"
        "No parking while the works last."
        for number, street, days in order
    )


def test_a_larger_piece_now_on_a_twin_block_goes_to_review() -> None:
    notices = [(1, "King Faisal Street", 5), (2, "Clock Square", 7), (3, "Airport Road", 9)]
    old = _notices(notices)
    start = old.index("No parking", old.index("Notice 1"))
    end = old.index("Notice 2") + len("Notice 2")
    position, quote = describe(old, start, end)
    new = _notices([notices[2], notices[1], notices[0]])  # notice 3's stock line before 2
    at = new.index("No parking while the works last.\n\nNotice 2")
    found = Placement("exact", at, at + len(quote.exact), 1.0)
    assert head_on_a_twin(new, found.start, found.end, quote) is None  # not the smaller
    assert head_on_a_twin(new, found.start, found.end, quote, smaller=False) is not None
    placed = cut_off_a_twins_piece(new, quote, found, position.start)
    assert (placed.state, placed.start, placed.end) == ("review", found.start, found.end)
