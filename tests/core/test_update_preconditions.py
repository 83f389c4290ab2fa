"""The update path's per-annotation preconditions give the answers of the checks they skip."""

from __future__ import annotations

from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.paired_paragraphs import PairedParagraphs
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState

#: Paragraphs that make twins (the same words in another order, one figure apart),
#: refrains and stock lines, so that pairing, doubling and refrains all have work to do.
PARAGRAPHS = [
    "Chorus",
    "Yes.",
    "I agree.",
    "23. I agree.",
    "24. I agree.",
    "Stewards will open the gates.\nPlease stay off the pitch.",
    "Please stay off the pitch.\nStewards will open the gates.",
    "71' Free kick to Cardiff.",
    "73' Free kick to Cardiff.",
    "Full time: the whistle goes.",
    "A long paragraph that stands once, about the weather at the ground today.",
]
TEXTS = st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=10)


def _eager_follow(
    paired: PairedParagraphs, start: int, end: int, exact: str, placement: Placement
) -> Placement:
    """``PairedParagraphs.follow`` without its precondition: the pairing worked out."""

    class Eager(PairedParagraphs):
        def carried_with_its_paragraph(self, start: int, end: int, placement: Placement) -> bool:
            return False

    return Eager(paired.old, paired.new).follow(start, end, exact, placement)


def _spans(paragraphs: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for paragraph in paragraphs:
        spans.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    return spans


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS, st.data())
def test_a_passage_carried_with_its_paragraph_word_for_word_is_left_as_the_pairing_leaves_it(
    old_paragraphs: list[str], new_paragraphs: list[str], data: st.DataObject
) -> None:
    old, new = "\n\n".join(old_paragraphs), "\n\n".join(new_paragraphs)
    old_spans, new_spans = _spans(old_paragraphs), _spans(new_paragraphs)
    old_index = data.draw(st.integers(0, len(old_paragraphs) - 1))
    text = old_paragraphs[old_index]
    lo = data.draw(st.integers(0, len(text) - 1))
    hi = data.draw(st.integers(lo + 1, len(text)))
    start, end = old_spans[old_index][0] + lo, old_spans[old_index][0] + hi
    exact = old[start:end]
    same = [index for index, paragraph in enumerate(new_paragraphs) if paragraph == text]
    if same:  # placed on a new paragraph reading as its own, shifted by as much
        new_lo = new_spans[data.draw(st.sampled_from(same))][0]
        shifted = new_lo + lo
        state: AnchorState = "exact" if shifted == start else "moved"
        placement = Placement(state, shifted, shifted + hi - lo, 1.0)
        paired = PairedParagraphs(old, new)
        assert paired.carried_with_its_paragraph(start, end, placement)
        assert paired.follow(start, end, exact, placement) == placement
        assert _eager_follow(paired, start, end, exact, placement) == placement
    # any other placement: the precondition says yes only where the eager answer is the
    # placement itself, and ``follow`` answers as the eager reading does
    other = data.draw(st.integers(0, len(new)))
    other_end = data.draw(st.integers(other, len(new)))
    other_state: AnchorState = data.draw(st.sampled_from(get_args(AnchorState)))
    placement = Placement(other_state, other, other_end, 0.9)
    paired = PairedParagraphs(old, new)
    eager = _eager_follow(paired, start, end, exact, placement)
    if paired.carried_with_its_paragraph(start, end, placement):
        assert eager == placement
    assert paired.follow(start, end, exact, placement) == eager


def test_a_passage_whose_paragraph_changed_asks_for_the_pairing() -> None:
    old = "Chorus\n\n71' Free kick to Cardiff.\n\nFull time: the whistle goes."
    new = "Chorus\n\n71' Free kick to Cardiff, taken short.\n\nFull time: the whistle goes."
    start = old.index("Free")
    placement = Placement("exact", start, start + 4, 1.0)
    assert not PairedParagraphs(old, new).carried_with_its_paragraph(start, start + 4, placement)


def test_a_passage_placed_off_its_paragraphs_shift_asks_for_the_pairing() -> None:
    old = "23. I agree.\n\n24. I agree."
    new = "24. I agree.\n\n23. I agree."
    start = old.index("I agree", 14)  # on "24. I agree.", the second paragraph
    placement = Placement("exact", start, start + 7, 1.0)  # left on "23. I agree." now
    paired = PairedParagraphs(old, new)
    assert not paired.carried_with_its_paragraph(start, start + 7, placement)
    moved = paired.follow(start, start + 7, "I agree", placement)
    assert (moved.start, moved.end) == (4, 11)  # taken to its own paragraph, now first
