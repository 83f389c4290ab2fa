"""A placement's end cut back from the next paragraph's head it ran into (update path)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.quote_search import Placement
from desktop_app.core.update_next_heads import HEAD, next_head_left_out

QUOTE = "Q3. Give the grid reference.\n(3 marks)"
NEW = (
    "Q2. Give the grid reference.\n(3 marks)\n\n"
    "Q3. Suggest two ways the town could cope.\n(4 marks)"
)


def test_the_next_items_old_number_is_left_out() -> None:
    placed = Placement("fuzzy", 0, NEW.index(" Suggest"), 0.95)  # "…(3 marks)\n\nQ3."
    cut = next_head_left_out(NEW, QUOTE, placed)
    assert cut == Placement("fuzzy", 0, NEW.index("\n\n"), 0.95)
    assert NEW[cut.start : cut.end].endswith("(3 marks)")


def test_placements_the_rule_does_not_concern_are_kept() -> None:
    ends_at_break = Placement("fuzzy", 0, NEW.index("\n\n"), 0.95)
    assert next_head_left_out(NEW, QUOTE, ends_at_break) == ends_at_break
    across = Placement("fuzzy", 0, NEW.index(" Suggest"), 0.95)
    quote_across = QUOTE + "\n\nQ4."  # the quote itself ran into the next item's number
    assert next_head_left_out(NEW, quote_across, across) == across
    assert next_head_left_out(NEW, QUOTE + "\n", across) == across
    assert next_head_left_out(NEW, "Q3. Give the grid reference.\n(2 marks)", across) == across
    review = Placement("review", across.start, across.end, 0.9)
    assert next_head_left_out(NEW, QUOTE, review) == review
    long_head = Placement("fuzzy", 0, NEW.index("\n(4 marks)"), 0.9)  # a whole line, not a head
    assert next_head_left_out(NEW, QUOTE, long_head) == long_head


def test_a_quote_ending_with_the_head_keeps_it() -> None:
    new = "Intro\n\nQ3."
    placed = Placement("fuzzy", 0, len(new), 0.9)
    assert next_head_left_out(new, "Intro\nQ3.", placed) == placed


@given(
    st.text(alphabet="Qq0123456789.· @abc", min_size=1, max_size=HEAD).filter(str.strip),
    st.text(alphabet="abc ", min_size=1, max_size=10),
)
def test_a_short_head_after_the_quotes_last_line_is_always_cut(head: str, last: str) -> None:
    quote = f"Some words\n{last}x"
    new = f"{quote}\n\n{head} and more"
    placed = Placement("fuzzy", 0, len(quote) + 2 + len(head), 0.9)
    if quote.endswith(head):
        return
    assert next_head_left_out(new, quote, placed) == Placement("fuzzy", 0, len(quote), 0.9)
