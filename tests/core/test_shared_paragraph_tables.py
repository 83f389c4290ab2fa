"""The paragraph tables an update's rules share answer as each rule's own reading did."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.cloned_stretches import (
    anchors_figures_aside,
    paired_once,
    paired_once_figures_aside,
    paragraph_counts,
    paragraph_texts,
    paragraphs_paired_once,
)

#: Paragraphs that repeat, differ by a figure or stand once, and the blank lines between.
PARAGRAPHS = ["Refrain line", "Item 1", "Item 2", "Item 12", "A note", "Close", "x 3\ny 4"]
TEXTS = st.lists(st.sampled_from(PARAGRAPHS), max_size=12).map("\n\n".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_paragraph_counts_count_the_paragraph_texts(text: str) -> None:
    assert paragraph_counts.__wrapped__(text) == Counter(paragraph_texts(text)[1])


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS)
def test_shared_pairings_are_each_rules_own(old: str, new: str) -> None:
    _, old_texts, old_masked = paragraph_texts(old)
    _, new_texts, new_masked = paragraph_texts(new)
    for masked, old_side, new_side in (
        (False, old_texts, new_texts),
        (True, old_masked, new_masked),
    ):
        assert paragraphs_paired_once.__wrapped__(old, new, masked=masked) == paired_once(
            old_side, new_side, range(len(old_side)), range(len(new_side))
        )
    assert anchors_figures_aside.__wrapped__(old, new) == paired_once_figures_aside(
        old_texts, new_texts, old_masked, new_masked
    )


def test_a_heading_renumbered_is_paired_figures_aside_only() -> None:
    old, new = "Item 1\n\nA note", "Item 2\n\nA note"
    assert paragraphs_paired_once(old, new, masked=False) == {1: 1}
    assert paragraphs_paired_once(old, new, masked=True) == {0: 0, 1: 1}
    assert anchors_figures_aside(old, new) == {1: 1, 0: 0}
