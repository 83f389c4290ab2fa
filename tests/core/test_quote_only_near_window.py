"""A best guess in review placed alone on its whole stored window, once and near where it
stood: ``core.quote_only_near_window``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.placement_doubts import pasted_beside
from desktop_app.core.quote_only_near_window import (
    NEAR_WINDOW,
    placed_on_its_near_window,
    told_apart_inside,
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


#: A live blog's entry, a paragraph of its own between two others (as in test_placement_doubts).
BLOG_BEFORE = "Crowds gathered outside the ministry as the delegation arrived in the capital."
BLOG_ENTRY = "14:13 GMT\nUpdate: Officials in Astana warned that trade would grow as routes opened."
BLOG_AFTER = "Reporting by Aigerim Seitkali; Editing by Mark Potter."
BLOG_QUOTE = "Update: Officials in"
BLOG_OPENING = "A paragraph added at the top moves every passage of the text."


def _blog(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _blog_described() -> tuple[TextPosition, TextQuote]:
    old = _blog(BLOG_BEFORE, BLOG_ENTRY, BLOG_AFTER)
    start = old.index(BLOG_QUOTE)
    return describe(old, start, start + len(BLOG_QUOTE))


def test_a_pasted_copy_edited_in_the_passages_own_words_leaves_the_copy_reading_them() -> None:
    # The entry pasted again below itself and the copy's "Astana" (in the stored suffix)
    # changed: the copies differ in the passage's own words, and the first reads them as
    # stored, its whole window standing once.
    position, quote = _blog_described()
    copy = BLOG_ENTRY.replace("Astana", "Almaty")
    new = _blog(BLOG_OPENING, BLOG_BEFORE, BLOG_ENTRY, copy, BLOG_AFTER)
    start = new.index(BLOG_QUOTE)
    assert pasted_beside(new, start, start + len(BLOG_QUOTE), BLOG_QUOTE)
    assert told_apart_inside(new, start, start + len(BLOG_QUOTE), quote)
    found = place(new, position, quote)
    assert (found.state, found.start, found.end) == ("moved", start, start + len(BLOG_QUOTE))


def test_a_pasted_copy_edited_past_the_window_leaves_the_passage_a_guess() -> None:
    # The copy edited past the stored suffix ("grow"): only the paragraph across the blank
    # line tells the copies apart, and one of the two keeps it whichever holds the passage.
    position, quote = _blog_described()
    copy = BLOG_ENTRY.replace("grow", "trow")
    for new in (
        _blog(BLOG_OPENING, BLOG_BEFORE, BLOG_ENTRY, copy, BLOG_AFTER),
        _blog(BLOG_OPENING, BLOG_BEFORE, copy, BLOG_ENTRY, BLOG_AFTER),
    ):
        start = window_start(new, quote)
        assert start is not None
        assert not told_apart_inside(new, start, start + len(BLOG_QUOTE), quote)
        assert place(new, position, quote).state == "review"


def test_an_edited_copy_reading_the_quote_otherwise_is_no_window() -> None:
    # The copy edited in the passage's own words stands first: the entry reading them as
    # stored lost the paragraph before, so the whole window stands nowhere.
    position, quote = _blog_described()
    copy = BLOG_ENTRY.replace("Astana", "Almaty")
    new = _blog(BLOG_OPENING, BLOG_BEFORE, copy, BLOG_ENTRY, BLOG_AFTER)
    assert window_start(new, quote) is None
    assert place(new, position, quote).state == "review"


def test_a_paragraph_pasted_twice_with_the_copy_between_edited_stays_a_guess_here() -> None:
    # The entry, its copy edited in the passage's own words, the entry again: the copy beside
    # the first entry reads them otherwise, but the entry two paragraphs on reads them as
    # stored, and only the paragraph across the blank line tells the two entries apart. (In
    # ``place`` an earlier rule, ``placed_on_its_whole_stretch``, decides this text first.)
    position, quote = _blog_described()
    copy = BLOG_ENTRY.replace("Astana", "Almaty")
    new = _blog(BLOG_OPENING, BLOG_BEFORE, BLOG_ENTRY, copy, BLOG_ENTRY, BLOG_AFTER)
    start = window_start(new, quote)
    assert start == new.index(BLOG_QUOTE)
    end = start + len(BLOG_QUOTE)
    assert pasted_beside(new, start, end, BLOG_QUOTE)
    assert not told_apart_inside(new, start, end, quote)
    expected = position.start + len(BLOG_OPENING) + 2
    guess = Placement("review", start, end, 0.99)
    assert placed_on_its_near_window(new, position, quote, guess, expected) == guess
    # the third paragraph edited too: the first entry alone reads the passage's own words
    edited_twice = _blog(BLOG_OPENING, BLOG_BEFORE, BLOG_ENTRY, copy, copy, BLOG_AFTER)
    assert told_apart_inside(edited_twice, start, end, quote)
    placed = placed_on_its_near_window(edited_twice, position, quote, guess, expected)
    assert (placed.state, placed.start, placed.end) == ("moved", start, end)


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdefgh ", min_size=1, max_size=8), min_size=6, max_size=14),
    first=st.integers(min_value=0, max_value=200),
    length=st.integers(min_value=1, max_value=30),
    edit_at=st.integers(min_value=0, max_value=200),
    edited_first=st.booleans(),
)
def test_only_a_copy_unlike_in_the_window_inside_its_paragraph_tells_copies_apart(
    words: list[str], first: int, length: int, edit_at: int, edited_first: bool
) -> None:
    # A paragraph pasted beside itself, the copy changed at one character anywhere (or
    # nowhere past its end): the copies are told apart exactly when the window, cut to
    # the paragraph, no longer stands in the copy.
    paragraph = "Entry " + " ".join(words) + " ends."
    start_in = first % (len(paragraph) - 1)
    end_in = min(len(paragraph), start_in + length)
    copy = paragraph
    if edit_at < len(paragraph):
        copy = paragraph[:edit_at] + "Z" + paragraph[edit_at + 1 :]
    pair = (copy, paragraph) if edited_first else (paragraph, copy)
    text = _blog(BLOG_BEFORE, *pair, BLOG_AFTER)
    own = text.index(paragraph, len(BLOG_BEFORE) + (len(copy) + 2 if edited_first else 0))
    start, end = own + start_in, own + end_in
    quote = TextQuote(
        text[start:end], prefix=text[max(0, start - 32) : start], suffix=text[end : end + 32]
    )
    inside = text[max(own, start - 32) : min(own + len(paragraph), end + 32)]
    assert told_apart_inside(text, start, end, quote) == (inside not in copy)
