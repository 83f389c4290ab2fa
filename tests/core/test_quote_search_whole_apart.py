"""Placed alone, a quote read word for word with its whole context a few code points from
where it stood is taken over whole copies farther than ``WHOLE_APART`` (``quote_search``);
nearer copies, and a copy added or removed before it (which moves it past ``NEAR``), leave
it to review: the rule knows only where the passage stood, not which copy it was."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import NEAR, TWIN_NEAR, WHOLE_APART, search
from desktop_app.core.reanchor import place
from tests.core.test_quote_search_whole_near import NOTICE, OPENING, PASSAGE, _filler

#: The opening paragraph and the notice: the passage with its whole context, each time.
BLOCK = f"{OPENING}\n\n{NOTICE}"
#: Filler paragraphs between two blocks that set their passages farther apart than
#: WHOLE_APART but not than TWIN_NEAR (checked below), and fewer, nearer than WHOLE_APART.
APART = st.integers(min_value=20, max_value=40)
NEARER = st.integers(min_value=1, max_value=15)


def _blocks(title: str, betweens: list[int]) -> str:
    """``title``, then a block, and after each count of ``betweens`` filler paragraphs
    another block; the guide's last line closes it."""
    parts = [title, BLOCK]
    for between in betweens:
        parts += [_filler(between), BLOCK]
    return "\n\n".join([*parts, "End of the guide."])


def _passages(text: str) -> list[int]:
    """Where each copy of the passage starts."""
    starts, at = [], text.find(PASSAGE)
    while at != -1:
        starts.append(at)
        at = text.find(PASSAGE, at + 1)
    return starts


def test_the_copies_stand_between_whole_apart_and_twin_near() -> None:
    for between, nearer in ((20, 1), (40, 15)):
        apart, close = _passages(_blocks("Room 4", [between])), _passages(_blocks("R", [nearer]))
        assert WHOLE_APART < apart[1] - apart[0] <= TWIN_NEAR
        assert close[1] - close[0] < WHOLE_APART


@settings(max_examples=40, deadline=None)
@given(
    added=st.text(alphabet="abcdefgh ", min_size=1, max_size=NEAR),
    between=APART,
    which=st.sampled_from([0, 1]),
)
def test_a_whole_copy_shifted_a_little_is_taken_over_copies_apart(
    added: str, between: int, which: int
) -> None:
    old = _blocks("Room 4", [between])
    new = _blocks("Room 4" + added, [between])  # the title grew: everything after it shifts
    start = _passages(old)[which]
    position, quote = describe(old, start, start + len(PASSAGE))
    expected = start + len(added)
    for placement in (search(new, position, quote, alone=True), place(new, position, quote)):
        assert (placement.state, placement.start, placement.end) == (
            "moved",
            expected,
            expected + len(PASSAGE),
        )
    in_a_batch = search(new, position, quote)  # not alone: a neighbour vouches, or nothing does
    assert (in_a_batch.state, in_a_batch.start) == ("review", expected)


@settings(max_examples=25, deadline=None)
@given(added=st.text(alphabet="abcdefgh ", min_size=1, max_size=NEAR), between=NEARER)
def test_a_whole_copy_nearer_than_whole_apart_leaves_it_to_review(added: str, between: int) -> None:
    old = _blocks("Room 4", [between])
    new = _blocks("Room 4" + added, [between])
    start = _passages(old)[1]
    position, quote = describe(old, start, start + len(PASSAGE))
    placement = place(new, position, quote)
    assert (placement.state, placement.start) == ("review", start + len(added))


@settings(max_examples=20, deadline=None)
@given(between=APART, after=APART)
def test_a_copy_added_before_it_leaves_it_to_review(between: int, after: int) -> None:
    """The second of two copies, a third added before both: it is the third copy now and
    stands a block farther on, past NEAR, so the rule does not take it; both copies near
    where it stood score alike, and the guess goes to review."""
    assume(after != between)  # else the block put in reads as one put in after the passage
    old = _blocks("Room 4", [between])
    new = _blocks("Room 4", [after, between])  # a block and filler put in after the title
    start = _passages(old)[1]
    assert all(abs(copy - start) > NEAR for copy in _passages(new))
    position, quote = describe(old, start, start + len(PASSAGE))
    assert place(new, position, quote).state == "review"


@settings(max_examples=20, deadline=None)
@given(before=APART, between=APART)
def test_a_copy_removed_before_it_leaves_it_to_review(before: int, between: int) -> None:
    """The third of three copies, the first cut with the filler after it: it is the second
    copy now and stands a block nearer the top, past NEAR: review, as a copy added."""
    old = _blocks("Room 4", [before, between])
    new = _blocks("Room 4", [between])
    start = _passages(old)[2]
    assert all(abs(copy - start) > NEAR for copy in _passages(new))
    position, quote = describe(old, start, start + len(PASSAGE))
    assert place(new, position, quote).state == "review"
