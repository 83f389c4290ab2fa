"""A best guess in review placed alone on its whole stored window, once and near where it
stood: ``core.quote_only_near_window``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_near_window import (
    NEAR_WINDOW,
    placed_on_its_near_window,
    window_start,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place
from desktop_app.core.records import AnchorState, TextPosition, TextQuote

OLD = (
    "Register of results, court 2.\n\n"
    "Case 101: Smith v Jones. Outcome: dismissed. Fine: none.\n"
    "Case 102: Brown v Green. Outcome: adjourned to 4 May. Fine: none.\n"
    "Case 103: White v Black. Outcome: dismissed. Fine: none.\n"
)
QUOTE = "adjourned to 4 May"
#: Case 102's line pasted above itself and its fine changed: the copy where the passage stood
#: reads the quote and the stored prefix, the line after it the quote and its whole context.
COPY = "Case 102: Brown v Green. Outcome: adjourned to 4 May. Fine: £200 and costs.\n"
NEW = OLD.replace("Case 102:", COPY + "Case 102:")


def _described() -> tuple[TextPosition, TextQuote]:
    start = OLD.index(QUOTE)
    return describe(OLD, start, start + len(QUOTE))


def _window(text: str) -> tuple[int, int]:
    start = text.index(QUOTE, text.rindex("Case 102: Brown v Green. Outcome: adjourned"))
    return start, start + len(QUOTE)


def test_the_copy_with_the_whole_window_is_placed_one_at_a_time() -> None:
    position, quote = _described()
    found = place(NEW, position, quote)
    assert found.state == "moved"
    assert (found.start, found.end) == _window(NEW)


def test_the_rule_moves_a_guess_in_review_to_the_window() -> None:
    position, quote = _described()
    at = NEW.index(QUOTE)
    guess = Placement("review", at, at + len(QUOTE), 0.99)
    placed = placed_on_its_near_window(NEW, position, quote, guess, position.start)
    assert placed.state == "moved"
    assert (placed.start, placed.end) == _window(NEW)


def test_a_window_standing_twice_stays_in_review() -> None:
    position, quote = _described()
    twice = NEW + "\n" + OLD
    assert window_start(twice, quote) is None
    at = twice.index(QUOTE)
    guess = Placement("review", at, at + len(QUOTE), 0.99)
    assert placed_on_its_near_window(twice, position, quote, guess, position.start) == guess


def test_a_window_farther_than_the_leeway_stays_in_review() -> None:
    position, quote = _described()
    far = NEW.replace(COPY, COPY * 3)
    start, end = _window(far)
    assert start - position.start > NEAR_WINDOW
    guess = Placement("review", start, end, 0.9)
    assert placed_on_its_near_window(far, position, quote, guess, position.start) == guess
    assert placed_on_its_near_window(far, position, quote, guess, start - 10).state == "moved"


def test_a_shorter_stored_context_is_no_window() -> None:
    quote = TextQuote(QUOTE, prefix="Outcome: ", suffix=". Fine: none.")
    assert window_start(NEW, quote) is None


def test_placed_and_orphaned_states_are_left_alone() -> None:
    position, quote = _described()
    settled: tuple[AnchorState, ...] = ("exact", "moved", "fuzzy", "orphaned")
    for state in settled:
        given_placement = Placement(state, 3, 9, 0.5)
        assert (
            placed_on_its_near_window(NEW, position, quote, given_placement, position.start)
            == given_placement
        )


@settings(max_examples=60, deadline=None)
@given(
    filler=st.integers(min_value=0, max_value=160),
    twice=st.booleans(),
)
def test_a_guess_is_moved_only_to_its_one_window_within_the_leeway(
    filler: int, twice: bool
) -> None:
    position, quote = _described()
    text = NEW.replace(COPY, COPY + "Note: " + "x" * filler + ".\n")
    if twice:
        text += "\n" + OLD
    at = text.index(QUOTE)
    guess = Placement("review", at, at + len(QUOTE), 0.9)
    placed = placed_on_its_near_window(text, position, quote, guess, position.start)
    start = window_start(text, quote)
    if start is None or abs(start - position.start) > NEAR_WINDOW:
        assert placed == guess
    else:
        assert not twice
        assert (placed.start, placed.end, placed.state) == (start, start + len(QUOTE), "moved")
        assert text[placed.start - 32 : placed.end + 32] == quote.prefix + QUOTE + quote.suffix
