"""The words that differ in a near copy, and which suggested pairs are accepted links."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import AlignedPair, Span
from desktop_app.core.compare_marks import (
    accepted_pairs,
    differing_words,
    linked_spans,
    near_copy_differences,
)
from desktop_app.core.link_edits import link_passages
from desktop_app.core.new_records import make_article, new_project

WORD = re.compile(r"\w+(?:['’.,\-]\w+)*")


def _kept_words(text: str, runs: tuple[tuple[int, int], ...]) -> list[str]:
    """The words of ``text`` outside ``runs``, case-folded."""
    return [
        m.group().casefold()
        for m in WORD.finditer(text)
        if not any(s <= m.start() < e for s, e in runs)
    ]


def test_a_changed_word_and_an_added_word_are_found_on_their_side() -> None:
    a = "Officials said 12 people were hurt in the blast on Monday."
    b = "Officials said fifteen people were injured in the blast on Monday morning."
    runs_a, runs_b = differing_words(a, b)
    assert [a[s:e] for s, e in runs_a] == ["12", "hurt"]
    assert [b[s:e] for s, e in runs_b] == ["fifteen", "injured", "morning"]


def test_case_spacing_and_punctuation_alone_are_not_differences() -> None:
    a = "The Minister said: “we will act”."
    b = "the minister said   we will act"
    assert differing_words(a, b) == ((), ())


def test_adjacent_differing_words_are_one_run() -> None:
    a = "The talks collapsed late on Friday."
    b = "The talks broke down without agreement on Friday."
    runs_a, runs_b = differing_words(a, b)
    assert [a[s:e] for s, e in runs_a] == ["collapsed late"]
    assert [b[s:e] for s, e in runs_b] == ["broke down without agreement"]


def test_differences_of_a_pair_are_in_article_offsets() -> None:
    text_a = "Heading\n\nThe mayor opened the bridge on Tuesday."
    text_b = "Intro.\nThe mayor opened the new bridge on Tuesday."
    a = Span(9, len(text_a), text_a[9:])
    b = Span(7, len(text_b), text_b[7:])
    pair = AlignedPair(a, b, "near_copy", None, 0.9, ("bridge",))
    runs_a, runs_b = near_copy_differences(pair)
    assert runs_a == ()
    assert [text_b[s:e] for s, e in runs_b] == ["new"]


texts = st.lists(
    st.sampled_from(["the", "mayor", "said", "12", "Bridge", "bridge", "don't", "ça", "—", ","]),
    max_size=30,
).map(" ".join)


@given(texts, texts)
def test_runs_lie_inside_the_passage_in_order_on_word_edges(a: str, b: str) -> None:
    for text, runs in zip((a, b), differing_words(a, b), strict=True):
        edges = {m.start() for m in WORD.finditer(text)}, {m.end() for m in WORD.finditer(text)}
        previous_end = -1
        for start, end in runs:
            assert 0 <= start < end <= len(text)
            assert start > previous_end
            assert start in edges[0]
            assert end in edges[1]
            previous_end = end


@given(texts, texts)
def test_what_is_left_unmarked_reads_the_same_on_both_sides(a: str, b: str) -> None:
    runs_a, runs_b = differing_words(a, b)
    assert _kept_words(a, runs_a) == _kept_words(b, runs_b)


@given(texts)
def test_identical_passages_have_no_differences(text: str) -> None:
    assert differing_words(text, text) == ((), ())


def test_a_link_between_the_two_passages_makes_the_pair_accepted() -> None:
    text_a = "First fact here.  Second fact there."
    text_b = "Second fact there, said B. First fact here."
    a = make_article(text_a, title="A")
    b = make_article(text_b, title="B")
    project = new_project([a, b])
    pairs = (
        # The engine's span may carry white space: accepting trims it, as linking does.
        AlignedPair(
            Span(0, 17, text_a[0:17]), Span(27, 43, text_b[27:43]), "same_fact", None, 0.9, ()
        ),
        AlignedPair(
            Span(18, 36, text_a[18:36]), Span(0, 17, text_b[0:17]), "same_fact", None, 0.8, ()
        ),
    )
    assert accepted_pairs(pairs, (text_a, text_b), linked_spans(project, a.id, b.id)) == frozenset()
    link_passages(project, (a.id, 0, 17), (b.id, 27, 43), "same fact").apply(project)
    assert accepted_pairs(pairs, (text_a, text_b), linked_spans(project, a.id, b.id)) == {0}
    # A link made from B's side counts the same.
    link_passages(project, (b.id, 0, 17), (a.id, 18, 36), "same fact").apply(project)
    assert accepted_pairs(pairs, (text_a, text_b), linked_spans(project, a.id, b.id)) == {0, 1}
    assert linked_spans(project, a.id, "another article") == set()
