"""The context doubt of a placement by the diff, its copies scored only when asked: the
same answers as when every copy was scored first (``core.diff_doubts``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.copy_index import CopyIndex
from desktop_app.core.diff_doubts import (
    CONTEXT_KEPT,
    DIFF_CONTEXT,
    REPEATED_CONTEXT,
    SHORT_MOVE,
    _context_doubtful,
    _one_side_unique,
    _other_copies_carried,
    _others_carried,
)
from desktop_app.core.overlay_marks import context_similarity_unmarked
from desktop_app.core.quote_search import MARGIN, copy_starts, elsewhere, score
from desktop_app.core.records import TextPosition, TextQuote

#: Phrases that repeat (so quotes have copies), and words to edit the texts with.
PHRASES = ["the decision followed talks. ", "Ruiz said so. ", "Hart said so. ", "in the end, "]
WORDS = ["Critics ", "agreed ", "that ", "officials ", "\n\n", "later "]


def _context_doubtful_scoring_first(
    alignment: Alignment,
    position: TextPosition,
    start: int,
    end: int,
    quote: TextQuote,
    moved: bool,
) -> bool:
    """``_context_doubtful`` as first written: every copy scored before anything is asked."""
    text = alignment.new
    if moved and end - start >= SHORT_MOVE:
        return False
    prefix, suffix = context_similarity_unmarked(text, start, end, quote)
    if max(prefix, suffix) < DIFF_CONTEXT:
        return True
    if moved:
        return False
    if min(prefix, suffix) >= CONTEXT_KEPT:
        return False
    copies = elsewhere(text, start, end, quote, alignment.copies)
    if not copies:
        return False
    carried = _other_copies_carried(alignment, position, quote)
    if carried is not None and carried == {copy.start for copy in copies}:
        return False
    if min(prefix, suffix) < REPEATED_CONTEXT:
        return not (
            _one_side_unique(prefix, suffix, copies) and _others_carried(alignment, position, quote)
        )
    placed = score(text, start, end, quote, start).score
    return any(copy.score > placed - MARGIN for copy in copies)


_PIECES = st.sampled_from(PHRASES + WORDS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, min_size=2, max_size=24),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 3), _PIECES), max_size=6),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=-20, max_value=20),
    st.booleans(),
)
def test_the_context_doubt_answers_as_when_every_copy_was_scored_first(
    pieces: list[str],
    edits: list[tuple[int, int, str]],
    start: int,
    length: int,
    shift: int,
    moved: bool,
) -> None:
    old = "".join(pieces)
    edited = list(pieces)
    for at, cut, typed in edits:  # pieces cut, and others typed in their place
        at = min(at, len(edited))
        edited[at : at + cut] = [typed]
    new = "".join(edited)
    start = min(start, len(old) - 1)
    end = min(len(old), start + length)
    position, quote = describe(old, start, end)
    if not quote.exact.strip():
        return
    alignment = Alignment(old, new)
    new_start = max(0, min(len(new), position.start + shift))
    new_end = max(new_start, min(len(new), new_start + len(quote.exact)))
    expected = _context_doubtful_scoring_first(
        alignment, position, new_start, new_end, quote, moved
    )
    got = _context_doubtful(alignment, position, new_start, new_end, quote, moved)
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PHRASES + WORDS), min_size=1, max_size=30),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=400),
    st.sampled_from([*PHRASES, "said so", "the "]),
)
def test_copy_starts_are_where_the_scored_copies_stand_with_or_without_an_index(
    pieces: list[str], start: int, length: int, exact: str
) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + length)
    quote = TextQuote(exact=exact, prefix="", suffix="")
    index = CopyIndex(text, scans_first=0)  # indexed from the first string asked for
    starts = copy_starts(text, start, end, exact, index)
    assert starts == copy_starts(text, start, end, exact)
    assert [copy.start for copy in elsewhere(text, start, end, quote)] == starts
    for at in starts:  # outside the placement, the nearest first
        assert text.startswith(exact, at)
        assert at + len(exact) <= start or end <= at
    assert starts == sorted(starts, key=lambda at: abs(at - start))
