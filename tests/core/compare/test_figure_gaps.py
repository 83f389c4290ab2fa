"""A figure where the other side, in much the same words, writes words it cannot read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import relations
from desktop_app.core.compare.time_gaps import gap_figure_difference
from tests.core.compare.sentence_pairs import relations_both_ways, sentence_terms


def _both_ways(text_a: str, text_b: str) -> tuple[str, str]:
    """The rule's difference with the two sentences as A and B, and exchanged."""
    a, b = sentence_terms(text_a, text_b)
    return gap_figure_difference(a, b, text_a, text_b), gap_figure_difference(b, a, text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # Wallisian: "toko hogofulu-ma-nima" (fifteen people) where A counts 9
        ("Ko te kau gāue e toko 9 ʻa te SPT neʻe nātou gāue ʻi te pō kātoa.",
         "Ko te kau gāue e toko hogofulu-ma-nima ʻa te SPT neʻe gāue ʻi te pō kātoa.",
         "9 ≠ hogofulu-ma-nima"),
        # Rarotongan: "ʻitu tauatini tārā" (seven thousand dollars) against $12,000
        ("E $12,000 te moni o te kimikimi.", "E ʻitu tauatini tārā te moni o te kimikimi.",
         "12,000 ≠ ʻitu tauatini tārā"),
        # Maithili: "चारि कर्मचारी" (four workers) against २
        ("२ एएनएम कें निलंबित कएल गेल अछि।", "चारि कर्मचारी निलंबित कएल गेल अछि।",
         "२ ≠ चारि कर्मचारी"),
        # a built pair: a word no table reads where the count stands
        ("The fishermen landed 40 boxes of cod at the quay.",
         "The fishermen landed ngahuru boxes of cod at the quay.", "40 ≠ ngahuru"),
    ],
)  # fmt: skip
def test_a_figure_against_unread_words_in_its_place_contradicts(
    text_a: str, text_b: str, shown: str
) -> None:
    reversed_shown = " ≠ ".join(reversed(shown.split(" ≠ ")))
    assert _both_ways(text_a, text_b) == (shown, reversed_shown)
    assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # figures that name something: a road, a rocket, an ordinal, a telephone number
        ("Crews closed the E136 near the bridge on Monday.",
         "Crews closed the road near the bridge on Monday."),
        ("It was the second flight of Kestrel-2.", "It was the second flight of the rocket."),
        ("The workings were abandoned in the early 20th century.",
         "The workings were abandoned in the early twentieth century."),
        ("Anyone who smells gas should call the emergency number on 0800 111 999.",
         "Anyone who smells gas should call the emergency number, the company says."),
        # a figure on both sides: `differences` compares them
        ("The fishermen landed 40 boxes of cod at the quay.",
         "The fishermen landed 45 boxes of cod at the quay."),
        # not the same sentence: too few of the other side's words met
        ("The fishermen landed 40 boxes of cod at the quay.",
         "Traders at the market said ngahuru boxes were sold before noon to buyers from town."),
    ],
)  # fmt: skip
def test_no_figure_that_counts_faces_unread_words(text_a: str, text_b: str) -> None:
    assert _both_ways(text_a, text_b) == ("", "")


def test_sentences_less_alike_than_the_likeness_floor_are_not_read_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text_a = "Ko te kau gāue e toko 9 ʻa te SPT neʻe nātou gāue ʻi te pō kātoa."
    text_b = "Ko te kau gāue e toko hogofulu-ma-nima ʻa te SPT neʻe gāue ʻi te pō kātoa."
    assert relations.word_likeness(text_a, text_b) < 1.0
    monkeypatch.setattr(relations, "GAP_FIGURE_LIKENESS", 1.0)
    assert relations_both_ways(text_a, text_b) == ("near_copy", "near_copy")


_WORDS = st.sampled_from(
    ["fishermen", "landed", "boxes", "cod", "quay", "crew", "storm", "harbour", "Orkney", "the"]
)


@given(
    before=st.lists(_WORDS, min_size=1, max_size=5),
    after=st.lists(_WORDS, max_size=5),
    figure=st.sampled_from(["40", "$12,000", "3.5", "E136", "20th", "0800", "२"]),
    said=st.lists(st.sampled_from(["ngahuru", "hogofulu", "tauatini", "kimikimi"]),
                  min_size=1, max_size=3),
)  # fmt: skip
def test_the_rule_is_symmetric(
    before: list[str], after: list[str], figure: str, said: list[str]
) -> None:
    text_a = " ".join([*before, figure, *after]) + "."
    text_b = " ".join([*before, *said, *after]) + "."
    forward, backward = _both_ways(text_a, text_b)
    assert backward == (" ≠ ".join(reversed(forward.split(" ≠ "))) if forward else "")
    relation_a_to_b, relation_b_to_a = relations_both_ways(text_a, text_b)
    assert relation_a_to_b == relation_b_to_a
