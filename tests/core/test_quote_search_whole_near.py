"""Placed alone, a quote read word for word with its whole context a few code points from
where it stood is taken though whole copies of it stand far off (``quote_search``,
``alone``); a whole copy near it, or a search as in a batch, still leaves it to review."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import NEAR, TWIN_NEAR, search
from desktop_app.core.reanchor import place

NOTICE = (
    "Visitors are asked not to touch the objects on display.\n"
    "Flash photography is not permitted in this gallery."
)
PASSAGE = "not to touch the objects"
#: Stands before each notice: the title lies outside the passage's context.
OPENING = "This guide takes you through the ground floor, room by room, from the main hall."


def _filler(count: int) -> str:
    """``count`` paragraphs unlike each other and unlike the notice."""
    return "\n\n".join(
        f"Case {number}: a bowl of glazed earthenware, catalogue entry {number * 37 + 11}."
        for number in range(count)
    )


def _gallery(title: str, between: int) -> str:
    """The opening paragraph and the notice under ``title``, and both again after
    ``between`` filler paragraphs (the notice's passage with its whole context twice)."""
    block = f"{OPENING}\n\n{NOTICE}"
    return f"{title}\n\n{block}\n\n{_filler(between)}\n\n{block}\n\nEnd of the guide."


def _first_passage(text: str) -> tuple[int, int]:
    start = text.index(PASSAGE)
    return start, start + len(PASSAGE)


def test_the_far_copy_stands_beyond_twin_near() -> None:
    text = _gallery("Room 4", 60)
    assert text.rindex(PASSAGE) - text.index(PASSAGE) > TWIN_NEAR


@settings(max_examples=40, deadline=None)
@given(added=st.text(alphabet="abcdefgh ", min_size=1, max_size=NEAR))
def test_a_whole_copy_shifted_a_little_is_taken_alone(added: str) -> None:
    old = _gallery("Room 4", 60)
    new = _gallery("Room 4" + added, 60)  # the title grew: everything after it shifts
    position, quote = describe(old, *_first_passage(old))
    expected = position.start + len(added)
    for placement in (search(new, position, quote, alone=True), place(new, position, quote)):
        assert (placement.state, placement.start, placement.end) == (
            "moved",
            expected,
            expected + len(PASSAGE),
        )
    in_a_batch = search(new, position, quote)
    assert (in_a_batch.state, in_a_batch.start) == ("review", expected)


@settings(max_examples=20, deadline=None)
@given(added=st.text(alphabet="abcdefgh ", min_size=1, max_size=NEAR))
def test_a_whole_copy_near_it_leaves_it_to_review(added: str) -> None:
    old = _gallery("Room 4", 3)
    new = _gallery("Room 4" + added, 3)
    assert new.rindex(PASSAGE) - new.index(PASSAGE) < TWIN_NEAR
    position, quote = describe(old, *_first_passage(old))
    placement = search(new, position, quote, alone=True)
    assert placement.state == "review"


def test_shifted_farther_than_near_it_is_left_to_review() -> None:
    old = _gallery("Room 4", 60)
    new = _gallery("Room 4, east wing", 60)
    position, quote = describe(old, *_first_passage(old))
    assert new.index(PASSAGE) - position.start > NEAR
    assert search(new, position, quote, alone=True).state == "review"
