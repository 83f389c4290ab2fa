"""A passage across a blank line placed whole around its neighbour block moved in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextQuote
from desktop_app.core.update_moved_in_blocks import (
    moved_in_neighbour,
    neighbour_blocks,
    review_moved_in_block,
)

OLD = (
    "3. Finance\n\nIncome rose. Restricted funds are shown separately in\nTable 2.\n\n"
    "Table 2: Income and spending\n\nItem 2024 2025"
)
EXACT = "shown separately in\nTable 2.\n\nTable 2: Income"
NEW = (
    "Income rose. Restricted funds are shown separately in\nTable 2.\n\n3. Finance\n\n"
    "Table 2: Income and spending\n\nItem 2024 2025"
)
QUOTE = TextQuote(exact=EXACT, prefix="Restricted funds are ", suffix=" and spending")
OLD_START = OLD.index(EXACT)
OLD_END = OLD_START + len(EXACT)


def _whole(new: str) -> tuple[int, int]:
    start = new.index("shown separately")
    return start, new.index("Table 2: Income") + len("Table 2: Income")


def test_the_blocks_beside_a_passage() -> None:
    assert neighbour_blocks(OLD, OLD_START, OLD_END) == ("3. Finance", "Item 2024 2025")
    assert neighbour_blocks("One.\n\nTwo.", 0, 3) == ("", "Two.")
    assert neighbour_blocks("One.\n\nTwo.", 6, 9) == ("One.", "")


def test_its_neighbour_heading_moved_in_between_the_pieces_sends_it_to_review() -> None:
    start, end = _whole(NEW)
    assert moved_in_neighbour(OLD, NEW, OLD_START, OLD_END, start, end, QUOTE)
    fuzzy = Placement("fuzzy", start, end, 0.8)
    placed = review_moved_in_block(OLD, NEW, OLD_START, OLD_END, QUOTE, fuzzy)
    assert placed == Placement("review", start, end, 0.8)


def test_a_typed_or_copied_paragraph_or_a_sure_placement_is_kept() -> None:
    typed = NEW.replace("3. Finance", "A new note")
    start, end = _whole(typed)
    assert not moved_in_neighbour(OLD, typed, OLD_START, OLD_END, start, end, QUOTE)
    copied = "3. Finance\n\n" + NEW
    start, end = _whole(copied)
    assert not moved_in_neighbour(OLD, copied, OLD_START, OLD_END, start, end, QUOTE)
    start, end = _whole(NEW)
    sure = Placement("moved", start, end, 1.0)
    assert review_moved_in_block(OLD, NEW, OLD_START, OLD_END, QUOTE, sure) == sure
    one_line = TextQuote(exact="Table 2.", prefix="", suffix="")
    fuzzy = Placement("fuzzy", start, end, 0.8)
    assert review_moved_in_block(OLD, NEW, OLD_START, OLD_END, one_line, fuzzy) == fuzzy


paragraphs = st.lists(
    st.text(alphabet="abc .", min_size=1, max_size=12).filter(str.strip), min_size=2, max_size=6
)


@given(paragraphs)
def test_never_doubted_when_the_passage_stands_as_it_was(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    quote = TextQuote(exact=text, prefix="", suffix="")
    placement = Placement("fuzzy", 0, len(text), 0.9)
    assert review_moved_in_block(text, text, 0, len(text), quote, placement) == placement
