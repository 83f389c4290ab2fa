"""A text joined up, its line-end hyphens removed: a passage that began or ended inside a
word broken over two lines keeps to its own characters of that word, on the update path
and by the quote alone (``anchoring.inside_a_word``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from tests.core.test_reanchor import _updated_once

WORDS = "A well-known account by a visiting engineer describes the settlement as a long-term "
MORE = "experiment in terracing, with water carried from the north-west spring by a channel."
SENTENCE = WORDS + MORE
#: Where a line may break inside a word (after at least two letters, before two more).
BREAKS = [
    at
    for at in range(2, len(SENTENCE) - 2)
    if SENTENCE[at - 2 : at].isalpha() and SENTENCE[at : at + 2].isalpha()
]
#: Breaks with at least three letters of the word on either side (the whole word is then
#: more than a code point away from either part).
WIDE_BREAKS = [at for at in BREAKS if SENTENCE[at - 3 : at + 3].isalpha()]


@settings(max_examples=30, deadline=None)
@given(at=st.sampled_from(BREAKS), ends_there=st.booleans())
def test_a_passage_at_a_broken_word_keeps_its_own_part_of_it(at: int, ends_there: bool) -> None:
    old = "Kayakoy\n\n" + SENTENCE[:at] + "-\n" + SENTENCE[at:] + "\n\nThe end."
    new = "Kayakoy\n\n" + SENTENCE + "\n\nThe end."
    broken = old.index("-\n")
    head = old.index(SENTENCE[:1], 9)
    span = (head, broken + 1) if ends_there else (broken + 2, old.index("\n\nThe end."))
    result = _updated_once(old, span, new)
    joined = new.index(SENTENCE)
    expected = (joined, joined + at) if ends_there else (joined + at, joined + len(SENTENCE))
    assert result.state in ("fuzzy", "moved", "exact")
    assert (result.placement.start, result.placement.end) == expected


@settings(max_examples=30, deadline=None)
@given(at=st.sampled_from(WIDE_BREAKS), ends_there=st.booleans())
def test_by_the_quote_alone_too_a_passage_keeps_its_part_of_a_broken_word(
    at: int, ends_there: bool
) -> None:
    old = "Kayakoy\n\n" + SENTENCE[:at] + "-\n" + SENTENCE[at:] + "\n\nThe end."
    new = "Kayakoy\n\n" + SENTENCE + "\n\nThe end."
    broken = old.index("-\n")
    span = (old.index(SENTENCE[:1], 9), broken + 1) if ends_there else (broken + 2, len(old) - 10)
    (placement,) = place_all(new, [Request(*describe(old, *span))])
    joined = new.index(SENTENCE)
    expected = (joined, joined + at) if ends_there else (joined + at, joined + len(SENTENCE))
    if placement.state != "review":  # its ends pinned by likeness: a code point either way
        assert abs(placement.start - expected[0]) <= 1
        assert abs(placement.end - expected[1]) <= 1
