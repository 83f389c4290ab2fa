"""Quotes across blocks placed whole where a running line was moved in between their
pieces: ``core.quote_only_moved_in_blocks``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_moved_in_blocks import (
    moved_in_pieces,
    review_moved_in_blocks,
)
from desktop_app.core.quote_search import Placement

BODY = [
    "The council voted to raise the sea wall by a metre.",
    "Fishermen welcomed the decision; one said that they lost two boats in January.",
    "Work begins in April and ends in October, with the quay open throughout.",
    "Two thirds of the cost fall to the environment agency.",
]


def _page(number: int) -> str:
    return f"[Machine translation · page {number} of 5]"


def _article(blocks: list[str]) -> str:
    return "\n\n".join(blocks)


def _old() -> list[str]:
    return [_page(1), BODY[0], _page(2), BODY[1], _page(3), BODY[2], _page(4), BODY[3]]


def _quote_across_page_two() -> tuple[str, int, int]:
    """The old article and a passage from the end of its first paragraph, across the
    running line of page 2, into the paragraph after it (the larger piece)."""
    old = _article(_old())
    start = old.index("by a metre.")
    end = old.index("one said that they")
    return old, start, end


def _moved(blocks: list[str], which: int, after: int) -> list[str]:
    """``blocks`` with the block at ``which`` moved after the block at ``after``."""
    moved = blocks[which]
    rest = blocks[:which] + blocks[which + 1 :]
    at = rest.index(blocks[after]) + 1
    return [*rest[:at], moved, *rest[at:]]


def test_a_running_line_moved_in_between_the_pieces_sends_the_passage_to_review() -> None:
    old, start, end = _quote_across_page_two()
    _position, quote = describe(old, start, end)
    new = _article(_moved(_old(), 4, 1))  # page 3's line now after the first paragraph
    whole_start = new.index("by a metre.")
    whole_end = new.index("one said that they")
    assert _page(3) in new[whole_start:whole_end]
    pieces = moved_in_pieces(new, quote, whole_start, whole_end)
    assert pieces == (whole_start + len("by a metre."), new.index(_page(2)))
    found = Placement("fuzzy", whole_start, whole_end, 0.9)
    assert review_moved_in_blocks(new, quote, found) == found._replace(state="review")


def test_two_running_lines_moved_in_side_by_side_are_one_gap() -> None:
    old = _article(_old())
    start = old.index("The council voted")
    end = old.index(BODY[1]) + len("Fishermen")
    _position, quote = describe(old, start, end)
    new = _article(_moved(_moved(_old(), 6, 1), 5, 1))  # pages 3 and 4 before page 2
    whole_end = new.index(BODY[1]) + len("Fishermen")
    pieces = moved_in_pieces(new, quote, start, whole_end)
    assert pieces == (start + len(BODY[0]), new.index(_page(2)))
    found = Placement("moved", start, whole_end, 0.9)
    assert review_moved_in_blocks(new, quote, found).state == "review"


def test_a_new_paragraph_standing_nowhere_else_is_no_moved_in_block() -> None:
    old, start, end = _quote_across_page_two()
    _position, quote = describe(old, start, end)
    blocks = _old()
    blocks.insert(2, "A paragraph the editor wrote for this edition alone.")
    new = _article(blocks)
    found = Placement("fuzzy", new.index("by a metre."), new.index("one said that they"), 0.9)
    assert moved_in_pieces(new, quote, found.start, found.end) is None
    assert review_moved_in_blocks(new, quote, found) == found


def test_a_placement_reading_as_its_quote_is_left_alone() -> None:
    old, start, end = _quote_across_page_two()
    _position, quote = describe(old, start, end)
    found = Placement("exact", start, end, 1.0)
    assert review_moved_in_blocks(old, quote, found) == found


def test_a_passage_in_review_is_left_alone() -> None:
    old, start, end = _quote_across_page_two()
    _position, quote = describe(old, start, end)
    new = _article(_moved(_old(), 4, 1))
    found = Placement("review", new.index("by a metre."), new.index("one said that"), 0.7)
    assert review_moved_in_blocks(new, quote, found) == found


@settings(max_examples=60, deadline=None)
@given(
    which=st.sampled_from([0, 4, 6]),
    head_words=st.integers(min_value=1, max_value=9),
    tail_words=st.integers(min_value=1, max_value=12),
)
def test_the_moved_in_line_is_found_wherever_the_quote_is_cut(
    which: int, head_words: int, tail_words: int
) -> None:
    """Any running line moved in between a paragraph and page 2's line: the pieces are
    told apart at its edges, and the placement goes to review, its guess kept."""
    old = _article(_old())
    first = BODY[0].split(" ")
    second = BODY[1].split(" ")
    start = old.index(BODY[0]) + len(" ".join(first[: len(first) - head_words])) + 1
    end = old.index(BODY[1]) + len(" ".join(second[:tail_words]))
    _position, quote = describe(old, start, end)
    new = _article(_moved(_old(), which, 1))
    whole_start = new.index(old[start : old.index("\n\n", start)])
    whole_end = new.index(BODY[1]) + len(" ".join(second[:tail_words]))
    head, _, tail = quote.exact.partition("\n\n")
    pieces = moved_in_pieces(new, quote, whole_start, whole_end)
    assert pieces is not None
    assert new[whole_start : pieces[0]] == head
    assert new[pieces[1] : whole_end] == tail
    found = Placement("fuzzy", whole_start, whole_end, 0.9)
    assert review_moved_in_blocks(new, quote, found) == found._replace(state="review")


def test_a_block_of_the_quote_edited_in_place_is_no_split() -> None:
    """A long passage whose middle block was reworded reads as a near copy there: an
    edit, not a block moved in."""
    old = _article(_old())
    start = old.index(BODY[0])
    end = old.index(BODY[2]) + len(BODY[2])
    _position, quote = describe(old, start, end)
    new = old.replace("they lost two boats in January", "they lost 2 boats in January")
    found = Placement("fuzzy", start, end - 2, 0.95)
    assert moved_in_pieces(new, quote, found.start, found.end) is None
    assert review_moved_in_blocks(new, quote, found) == found


def test_a_line_reading_only_as_one_elsewhere_sends_the_passage_to_review() -> None:
    """A numbered line that reads as no block of the quote, only as one standing elsewhere
    (a running line moved in, or a numbered paragraph added): the text does not settle
    which, and the passage goes to review, its best guess kept."""
    old = _article(_old())
    start = old.index("by a metre.")
    end = old.index(BODY[2]) + len("Work begins")
    _position, quote = describe(old, start, end)
    blocks = _old()
    blocks.insert(blocks.index(BODY[1]) + 1, "Printed on 4 March")
    blocks.append("Printed on 9 March")
    new = _article(blocks)
    found = Placement("fuzzy", new.index("by a metre."), new.index(BODY[2]) + 11, 0.9)
    assert moved_in_pieces(new, quote, found.start, found.end) is not None
    assert review_moved_in_blocks(new, quote, found) == found._replace(state="review")
