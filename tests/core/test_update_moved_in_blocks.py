"""A passage across a blank line placed whole around a paragraph moved in between its pieces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextQuote
from desktop_app.core.update_moved_in_blocks import moved_in_paragraphs, review_moved_in_block

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


def _whole(new: str) -> tuple[int, int]:
    start = new.index("shown separately")
    return start, new.index("Table 2: Income") + len("Table 2: Income")


def test_a_heading_moved_in_between_the_pieces_sends_a_fuzzy_placement_to_review() -> None:
    start, end = _whole(NEW)
    assert moved_in_paragraphs(OLD, NEW, start, end, QUOTE)
    placed = review_moved_in_block(OLD, NEW, QUOTE, Placement("fuzzy", start, end, 0.8))
    assert placed == Placement("review", start, end, 0.8)


def test_a_typed_paragraph_or_a_placement_the_diff_is_sure_of_is_kept() -> None:
    typed = NEW.replace("3. Finance", "A new note")
    start, end = _whole(typed)
    assert not moved_in_paragraphs(OLD, typed, start, end, QUOTE)
    start, end = _whole(NEW)
    exact = Placement("moved", start, end, 1.0)
    assert review_moved_in_block(OLD, NEW, QUOTE, exact) == exact
    fuzzy = Placement("fuzzy", start, end, 0.8)
    one_line = TextQuote(exact="Table 2.", prefix="", suffix="")
    assert review_moved_in_block(OLD, NEW, one_line, fuzzy) == fuzzy


def test_a_paragraph_of_the_passage_itself_is_not_a_block_moved_in() -> None:
    old = "One.\n\nTwo.\n\nThree."
    quote = TextQuote(exact=old, prefix="", suffix="")
    assert not moved_in_paragraphs(old, old, 0, len(old), quote)


paragraphs = st.lists(
    st.text(alphabet="abc .", min_size=1, max_size=12).filter(str.strip), min_size=2, max_size=6
)


@given(paragraphs)
def test_never_doubted_when_the_passage_stands_as_it_was(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    quote = TextQuote(exact=text, prefix="", suffix="")
    placement = Placement("fuzzy", 0, len(text), 0.9)
    assert review_moved_in_block(text, text, quote, placement) == placement
