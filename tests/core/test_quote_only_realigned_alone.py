"""A best guess placed alone where it stood once its context is realigned:
``core.quote_only_realigned_alone``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_realigned_alone import ALONE_LEEWAY, placed_where_it_realigns
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextPosition, TextQuote

OLD = (
    "Minutes of the meeting.\n\nMembers present: Ann, Bob, Carl.\n\n"
    "The council approved the new budget on Tuesday evening after a long debate about roads."
    "\n\nNext meeting in March."
)
#: The lines above the passage lengthened, a word beside it shortened ("Tuesday" as "Tue"):
#: the quote stands once, 30 code points on, its context alike only once realigned.
NEW = (
    "Minutes of the meeting held in the town hall.\n\nMembers present: Ann, Bob, Carl and Dee."
    "\n\nThe council approved the new budget on Tue evening after a long debate about roads."
    "\n\nNext meeting in March."
)
QUOTE = "approved the new budget"


def _described() -> tuple[TextPosition, TextQuote]:
    start = OLD.index(QUOTE)
    return describe(OLD, start, start + len(QUOTE))


def _guess(text: str) -> Placement:
    at = text.index(QUOTE)
    return Placement("review", at, at + len(QUOTE), 0.84)


def test_a_lone_copy_near_where_it_stood_is_placed_alone() -> None:
    position, quote = _described()
    found = place(NEW, position, quote)
    at = NEW.index(QUOTE)
    assert found.state == "moved"
    assert (found.start, found.end) == (at, at + len(QUOTE))


def test_the_rule_places_what_the_search_left_in_review() -> None:
    position, quote = _described()
    guess = _guess(NEW)
    placed = placed_where_it_realigns(NEW, position, quote, guess, position.start)
    assert placed == guess._replace(state="moved")


def test_a_quote_standing_twice_stays_in_review() -> None:
    position, quote = _described()
    twice = NEW.replace(
        "Next meeting", "The council approved the new budget on Tue.\n\nNext meeting"
    )
    assert place(twice, position, quote).state == "review"
    guess = _guess(twice)
    assert placed_where_it_realigns(twice, position, quote, guess, position.start) == guess


def test_a_copy_farther_than_the_leeway_stays_in_review() -> None:
    position, quote = _described()
    far = "x" * (ALONE_LEEWAY + 10) + "\n\n" + NEW
    assert place(far, position, quote).state == "review"
    guess = _guess(far)
    assert placed_where_it_realigns(far, position, quote, guess, position.start) == guess


def test_the_hint_is_where_it_is_expected() -> None:
    position, quote = _described()
    far = "x" * (ALONE_LEEWAY + 10) + "\n\n" + NEW
    guess = _guess(far)
    placed = placed_where_it_realigns(far, position, quote, guess, guess.start - 20)
    assert placed == guess._replace(state="moved")


def test_a_placed_or_orphaned_passage_is_left_as_it_is() -> None:
    position, quote = _described()
    at = NEW.index(QUOTE)
    for state in ("exact", "moved", "fuzzy", "orphaned"):
        placement = Placement(state, at, at + len(QUOTE), 0.9)
        assert placed_where_it_realigns(NEW, position, quote, placement, position.start) == (
            placement
        )


def _realigned(old: str, new: str, expected: int | None = None) -> Placement:
    """What the rule makes of the one copy of :data:`QUOTE` in ``new``, a best guess in
    review, for the passage on it in ``old`` (expected where it stood unless told)."""
    start = old.index(QUOTE)
    position, quote = describe(old, start, start + len(QUOTE))
    guess = _guess(new)
    return placed_where_it_realigns(
        new, position, quote, guess, position.start if expected is None else expected
    )


def test_a_quote_at_an_edge_of_the_text_is_placed_on_its_one_context_side() -> None:
    # the side past the old text's edge is stored empty and read as agreeing (nothing was
    # there to change); the other side, its words shortened, must still agree
    at_start = QUOTE + " on Tuesday evening after a long debate about roads."
    new = "Minutes of the meeting.\n\n" + QUOTE + " on Tue evening after debate about roads."
    assert _realigned(at_start, new).state == "moved"
    at_end = "Minutes of the meeting held on Tuesday evening. The council " + QUOTE
    new = "Minutes of the meeting held Tue evening. The council " + QUOTE + ".\n\nMore."
    assert _realigned(at_end, new).state == "moved"
    assert _realigned(at_end, new.replace(QUOTE, "x " + QUOTE + " and " + QUOTE)).state == (
        "review"
    )


def test_an_expectation_past_the_end_of_a_shorter_text_leaves_it_in_review() -> None:
    old = "y" * 200 + "\n\nMinutes. The council " + QUOTE + " on Tuesday after a long debate."
    new = "Minutes. The council " + QUOTE + " on Tue after a long debate."
    assert _realigned(old, new).state == "review"
    assert _realigned(old, new, expected=len(new) + 1_000).state == "review"
    assert _realigned(old, new, expected=len(new)).state == "moved"


#: What may stand above or below the text: another copy of the quote among them, and runs
#: long enough to carry it past :data:`ALONE_LEEWAY` from where it stood.
_PIECES = ("abc ", ".", "\n", "\n\n", "x" * 30, QUOTE)


@settings(max_examples=60, deadline=None)
@given(
    above=st.lists(st.sampled_from(_PIECES), max_size=8).map("".join),
    below=st.lists(st.sampled_from(_PIECES), max_size=3).map("".join),
    nudge=st.sampled_from((0, 0, 0, -1, 1, 2)),
)
def test_a_guess_is_placed_exactly_when_its_quote_stands_once_near_where_it_stood(
    above: str, below: str, nudge: int
) -> None:
    position, quote = _described()
    text = above + NEW + below
    at = len(above) + NEW.index(QUOTE) + nudge
    guess = Placement("review", at, at + len(QUOTE), 0.5)
    placed = placed_where_it_realigns(text, position, quote, guess, position.start)
    assert (placed.start, placed.end) == (guess.start, guess.end)
    once_near = (
        text[at : at + len(QUOTE)] == QUOTE
        and text.count(QUOTE) == 1
        and abs(at - position.start) <= ALONE_LEEWAY
    )
    assert placed.state == ("moved" if once_near else "review")
