"""The paragraph tables an update's rules share answer as each rule's own reading did."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.cloned_stretches import (
    _candidates,
    anchors_figures_aside,
    doubled_stretches,
    paired_once,
    paired_once_figures_aside,
    paragraph_counts,
    paragraph_texts,
    paragraphs_paired_once,
)
from desktop_app.core.repeated_paragraphs import RepeatedParagraphs

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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=30), st.sets(st.integers(0, 40)))
def test_runs_are_candidates_only_where_some_paragraph_stands_again(
    keys: list[int], more_often: set[int]
) -> None:
    # every run holds a paragraph of ``more_often`` standing again one run further on:
    # with no paragraph repeated there is none (what lets ``doubled_stretches`` stop at
    # once), and every run from all keys that holds one such paragraph is among them
    found = _candidates(keys, more_often)
    if len(set(keys)) == len(keys):
        assert found == []
    for first, size in found:
        assert any(
            keys[at] == keys[at + size] and keys[at] in more_often
            for at in range(first, first + size)
        )
    assert found == [
        (first, size)
        for first, size in _candidates(keys, set(keys))
        if any(
            keys[at] == keys[at + size] and keys[at] in more_often
            for at in range(first, first + size)
        )
    ]


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_doubled_stretches_lie_over_paragraphs_standing_again(old: str, new: str) -> None:
    masked = paragraph_texts(new)[2]
    stretches = doubled_stretches(old, new)
    if len(set(masked)) == len(masked):
        assert stretches == []
    for start, end in stretches:
        assert 0 <= start < end <= len(new)


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS)
def test_repeated_paragraphs_find_the_copies_each_paragraph_read_finds(old: str, new: str) -> None:
    repeated = RepeatedParagraphs(old, new)
    old_counts, new_counts = Counter(paragraph_texts(old)[1]), Counter(paragraph_texts(new)[1])
    copies: dict[str, list[int]] = {}
    for index, text in enumerate(paragraph_texts(new)[1]):
        if old_counts[text] > 1 or new_counts[text] > old_counts[text] > 0:
            copies.setdefault(text, []).append(index)
    assert repeated.copies == copies
    assert repeated.applies == bool(copies)
