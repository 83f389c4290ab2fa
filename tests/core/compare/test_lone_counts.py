"""One count on each side, of things named otherwise, beside the same word: a contradiction."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import counted_scales
from desktop_app.core.compare.relations import COUNT_FRAME_WORDS, lone_count_difference
from tests.core.compare.by_entry import patched
from tests.core.compare.sentence_pairs import relations_both_ways, sentence_terms


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Hawaiian: "$85,000" against "kanaono kaukani" (60,000), both after "he"
        ("Ua manaʻo ʻia he $85,000 ke kumukūʻai o ka huki ʻana.",
         "He kanaono kaukani kālā ke kumukūʻai o ka huki ʻana, a ʻaʻohe inikua o Kalama."),
        # Maithili: "₹२,०००" against "पाँच सय टाका" (500 taka), both after "परिवार कें"
        ("जिला प्रशासन प्रत्येक प्रभावित परिवार कें ₹२,००० क सहायता देत।",
         "प्रत्येक परिवार कें पाँच सय टाका देल जाएत, से सुनि लोक हँसि देलक।"),
        # Manx: "£350,000" against "three keead thousane punt" after "ec mysh"
        ("Ta'n chaillt er ny choontey ec mysh £350,000.",
         "Ta'n chaillt er ny choontey ec mysh three keead thousane punt, dy reir y chompanee."),
    ],
)  # fmt: skip
def test_one_count_beside_the_same_word_contradicts(text_a: str, text_b: str) -> None:
    assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


def test_the_same_count_named_otherwise_agrees() -> None:
    text_a = "Mazinibii'igan $45,000 apiitendaagwad."
    text_b = "45,000 zhooniyaa apiitendaagwad, ikido Lorraine."
    a, b = sentence_terms(text_a, text_b)
    assert lone_count_difference(a, b, text_a, text_b) == ""
    assert "contradicts" not in relations_both_ways(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # no word beside one count stands beside the other
        ("Mazinibii'igan $45,000 apiitendaagwad.", "60,000 zhooniyaa gii-gimoodigaade."),
        # a rough figure ("nesten", nearly, read as such): "20 mil" is 200 kilometres
        ("Tungtrafikken må kjøre om Sunndalsøra, en omvei på nesten 200 kilometer.",
         "For tungtransporten betyr stengingen en omvei på nesten 20 mil om Sunndalsøra."),
        # a date on one side: more than one thing to compare, the rule stands aside
        ("Mazinibii'igan $45,000 apiitendaagwad.",
         "60,000 zhooniyaa apiitendaagwad, 26 Gashkadino-giizis 2026."),
        # two counts on one side
        ("Mazinibii'igan $45,000 apiitendaagwad.",
         "60,000 zhooniyaa apiitendaagwad, 12 mazinibii'iganan."),
    ],
)  # fmt: skip
def test_no_frame_or_more_to_compare_is_no_lone_count(text_a: str, text_b: str) -> None:
    a, b = sentence_terms(text_a, text_b)
    assert lone_count_difference(a, b, text_a, text_b) == ""
    assert lone_count_difference(b, a, text_b, text_a) == ""


def test_a_word_between_the_count_and_the_word_is_met_only_within_a_few_words() -> None:
    # "zhooniyaa" (dollars) between the other count and the word: more than round 87's frame
    # allows, and since round 206 within ``counted_scales.COUNTED_TERM_WORDS`` of both counts
    text_a, text_b = "Mazinibii'igan $45,000 apiitendaagwad.", "60,000 zhooniyaa apiitendaagwad."
    a, b = sentence_terms(text_a, text_b)
    assert lone_count_difference(a, b, text_a, text_b) == "45,000 ≠ 60,000"
    with patched(counted_scales, "COUNTED_TERM_WORDS", 0):
        assert lone_count_difference(a, b, text_a, text_b) == ""
        assert lone_count_difference(b, a, text_b, text_a) == ""


@given(
    st.integers(11, 99_999),
    st.integers(11, 99_999),
    st.integers(0, counted_scales.COUNTED_TERM_WORDS + 1),
)
def test_counts_contradict_when_different_and_close_to_the_frame_word(
    figure_a: int, figure_b: int, between: int
) -> None:
    text_a = f"Mazinibii'igan ${figure_a:,} apiitendaagwad."
    text_b = f"{figure_b:,} {' '.join(['zhooniyaa'] * between)} apiitendaagwad.".replace("  ", " ")
    a, b = sentence_terms(text_a, text_b)
    forward = lone_count_difference(a, b, text_a, text_b)
    backward = lone_count_difference(b, a, text_b, text_a)
    # beside it (round 87), or the word within ``COUNTED_TERM_WORDS`` after each count
    near = between <= COUNT_FRAME_WORDS or between + 1 <= counted_scales.COUNTED_TERM_WORDS
    expected = figure_a != figure_b and near
    assert bool(forward) == bool(backward) == expected
