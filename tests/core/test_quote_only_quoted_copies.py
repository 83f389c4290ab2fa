"""A best guess on a copy a reply quotes with "> " marks: ``core.quote_only_quoted_copies``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_quoted_copies import (
    context_reads_without_marks,
    placed_off_a_quoted_copy,
    without_quote_marks,
)
from desktop_app.core.quote_search import Placement

MESSAGE = (
    "Hello all,\n"
    "The decision fell after a long session with 14 votes against 3.\n"
    "\n"
    "The works start in April and end in October, weather allowing.\n"
    "Thanks,\nMia\n"
)
QUOTE = "a long session with"


def quoted(message: str) -> str:
    """``message`` as a reply quotes it: each line marked "> ", a blank line ">"."""
    return "\n".join(f"> {line}" if line else ">" for line in message.split("\n"))


def reply_on_top(message: str) -> str:
    """A reply quoting ``message`` above the message itself, as a thread's export reads."""
    return f"Thanks, see below.\n\nOn Monday Mia wrote:\n{quoted(message)}\n\n{message}"


def _review_on_the_quoted_copy(text: str, quote: str) -> Placement:
    start = text.index(quote)
    return Placement("review", start, start + len(quote), 0.9)


def test_marks_are_read_out_only_at_line_starts() -> None:
    assert without_quote_marks("a\n> b\n>\n> c") == "a\nb\n\nc"
    assert without_quote_marks("a > b") == "a > b"


def test_a_guess_on_the_quoted_copy_goes_to_the_unmarked_passage() -> None:
    start = MESSAGE.index(QUOTE)
    position, quote = describe(MESSAGE, start, start + len(QUOTE))
    text = reply_on_top(MESSAGE)
    guess = _review_on_the_quoted_copy(text, QUOTE)
    assert context_reads_without_marks(text, guess.start, guess.end, quote)
    placed = placed_off_a_quoted_copy(text, position, quote, guess)
    assert placed.state in ("exact", "moved")
    assert placed.start == text.rindex(QUOTE)
    assert text[placed.start : placed.end] == QUOTE


def test_a_context_typed_over_is_no_quoted_copy() -> None:
    start = MESSAGE.index(QUOTE)
    position, quote = describe(MESSAGE, start, start + len(QUOTE))
    # the quoted copy's prefix has a word typed over besides its marks
    text = reply_on_top(MESSAGE).replace("> The decision fell", "> The decision came", 1)
    guess = _review_on_the_quoted_copy(text, QUOTE)
    assert placed_off_a_quoted_copy(text, position, quote, guess) == guess


def test_two_unmarked_copies_leave_it_in_review() -> None:
    start = MESSAGE.index(QUOTE)
    position, quote = describe(MESSAGE, start, start + len(QUOTE))
    text = reply_on_top(MESSAGE) + "\n" + MESSAGE
    guess = _review_on_the_quoted_copy(text, QUOTE)
    assert placed_off_a_quoted_copy(text, position, quote, guess) == guess


def test_a_guess_placed_or_unmarked_is_left_alone() -> None:
    start = MESSAGE.index(QUOTE)
    position, quote = describe(MESSAGE, start, start + len(QUOTE))
    text = reply_on_top(MESSAGE)
    at = text.index(QUOTE)
    moved = Placement("moved", at, at + len(QUOTE), 0.9)
    assert placed_off_a_quoted_copy(text, position, quote, moved) == moved
    unmarked = Placement("review", text.rindex(QUOTE), text.rindex(QUOTE) + len(QUOTE), 0.9)
    assert placed_off_a_quoted_copy(text, position, quote, unmarked) == unmarked


WORDS = st.sampled_from(["tide", "boat", "quay", "wall", "storm", "vote", "harbour", "April"])
LINES = st.lists(WORDS, min_size=3, max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(LINES, min_size=4, max_size=9),
    st.integers(min_value=0, max_value=8),
    st.data(),
)
def test_a_quoted_guess_lands_only_on_a_whole_unmarked_stretch(
    lines: list[str], pick: int, data: st.DataObject
) -> None:
    message = "\n".join(lines) + "\n"
    line = lines[pick % len(lines)]
    line_start = message.index(line + "\n") if (line + "\n") in message else message.index(line)
    begin = data.draw(st.integers(min_value=0, max_value=len(line) - 1))
    finish = data.draw(st.integers(min_value=begin + 1, max_value=len(line)))
    start, end = line_start + begin, line_start + finish
    position, quote = describe(message, start, end)
    text = reply_on_top(message)
    quoted_start = text.index("> " + line) + 2 + begin
    guess = Placement("review", quoted_start, quoted_start + end - start, 0.9)
    placed = placed_off_a_quoted_copy(text, position, quote, guess)
    if placed == guess:
        return
    # placed only where the quote stands with its whole stored context, unmarked
    assert placed.state in ("exact", "moved")
    assert text[placed.start - len(quote.prefix) : placed.start] == quote.prefix
    assert text[placed.start : placed.end] == quote.exact
    assert text.startswith(quote.suffix, placed.end)
    assert placed.start > text.index(message)
