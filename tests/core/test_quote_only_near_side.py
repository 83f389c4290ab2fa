"""A best guess in review placed alone on the one copy of its quote beside a whole side of its
context, near where it stood: ``core.quote_only_near_side``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_near_side import (
    NEAR_SIDE,
    placed_on_its_near_side,
    the_only_copy_beside_a_side,
)
from desktop_app.core.quote_search import Placement, search
from desktop_app.core.reanchor import place
from desktop_app.core.records import AnchorState, TextPosition, TextQuote

OLD = (
    "Register of results, court 2.\n\n"
    "Case 101: Smith v Jones. Outcome: dismissed. Fine: none.\n"
    "Case 102: Brown v Green. Outcome: adjourned to 4 May. Fine: none.\n"
    "Case 103: White v Black. Outcome: dismissed. Fine: none.\n"
)
#: Shorter than ``quote_search.CLEAR_QUOTE``: found away from where it stood, the search asks
#: both sides of its context to agree.
QUOTE = "Brown v Green"


def _described() -> tuple[TextPosition, TextQuote]:
    start = OLD.index(QUOTE)
    return describe(OLD, start, start + len(QUOTE))


def _edited(padding: int) -> str:
    """The register with the heading lengthened by ``padding`` code points and case 102's
    outcome (the stored suffix) changed."""
    heading = "Register of results, court 2, sitting at Leeds" + "." * (padding + 1)
    return OLD.replace("Register of results, court 2.", heading).replace(
        "adjourned to 4 May", "struck out by consent"
    )


def test_a_short_quote_beside_its_whole_prefix_near_where_it_stood_is_placed() -> None:
    position, quote = _described()
    new = _edited(10)
    start = new.index(QUOTE)
    assert search(new, position, quote, alone=True).state == "review"
    found = place(new, position, quote)
    assert (found.state, found.start, found.end) == ("moved", start, start + len(QUOTE))


def test_the_rule_moves_nothing_but_a_guess_in_review_on_its_copy() -> None:
    position, quote = _described()
    new = _edited(10)
    start = new.index(QUOTE)
    guess = Placement("review", start, start + len(QUOTE), 0.87)
    assert placed_on_its_near_side(new, position, quote, guess, position.start).state == "moved"
    settled: tuple[AnchorState, ...] = ("exact", "moved", "fuzzy", "orphaned")
    for state in settled:
        given_placement = Placement(state, start, start + len(QUOTE), 0.87)
        assert placed_on_its_near_side(new, position, quote, given_placement, position.start) == (
            given_placement
        )
    elsewhere = Placement("review", start + 1, start + 1 + len(QUOTE), 0.5)
    assert placed_on_its_near_side(new, position, quote, elsewhere, position.start) == elsewhere


def test_another_copy_reading_a_side_of_the_context_keeps_it_in_review() -> None:
    # Case 102 listed again below, its outcome as it stood: that copy reads the whole
    # window, and the one near where the passage stood is no longer the only candidate.
    position, quote = _described()
    new = _edited(10) + "Case 104: Brown v Green. Outcome: adjourned to 4 May. Fine: none.\n"
    start = new.index(QUOTE)
    assert not the_only_copy_beside_a_side(new, quote, start)
    guess = Placement("review", start, start + len(QUOTE), 0.87)
    assert placed_on_its_near_side(new, position, quote, guess, position.start) == guess


def test_a_copy_beside_neither_side_is_not_the_passage() -> None:
    position, quote = _described()
    new = _edited(10).replace("Case 102: Brown", "Case 112: Brown")
    start = new.index(QUOTE)
    assert not the_only_copy_beside_a_side(new, quote, start)
    guess = Placement("review", start, start + len(QUOTE), 0.87)
    assert placed_on_its_near_side(new, position, quote, guess, position.start) == guess


def test_a_shorter_stored_context_is_left_alone() -> None:
    new = _edited(10)
    start = new.index(QUOTE)
    quote = TextQuote(QUOTE, prefix="Case 102: ", suffix=". Outcome: struck")
    guess = Placement("review", start, start + len(QUOTE), 0.87)
    position = TextPosition(start - 10, start - 10 + len(QUOTE))
    assert placed_on_its_near_side(new, position, quote, guess, position.start) == guess


@settings(max_examples=40, deadline=None)
@given(padding=st.integers(min_value=0, max_value=140))
def test_a_guess_is_placed_only_within_the_leeway(padding: int) -> None:
    position, quote = _described()
    new = _edited(padding)
    start = new.index(QUOTE)
    guess = Placement("review", start, start + len(QUOTE), 0.87)
    placed = placed_on_its_near_side(new, position, quote, guess, position.start)
    if abs(start - position.start) <= NEAR_SIDE:
        assert (placed.state, placed.start, placed.end) == ("moved", start, start + len(QUOTE))
        assert new[start - len(quote.prefix) : start] == quote.prefix
    else:
        assert placed == guess
