"""One sentence word for word with a figure in digits changed contradicts (round 110)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.relations import swapped_figure
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, relations_both_ways


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # entry 99: the crocodile's return, "kumi" (the tenth month) read as 10 on both sides
        ("Mboma ikwenda vutulwa mu mfinda ya Luki mu 10 ngonda ya kumi.",
         "Mboma ikwenda vutulwa mu mfinda ya Luki mu 17 ngonda ya kumi.", "10 ≠ 17"),
        # a built pair: the year of a copied sentence changed
        ("The hall was built in 1912 by the parish.", "The hall was built in 1921 by the parish.",
         "1912 ≠ 1921"),
    ],
)  # fmt: skip
def test_a_copied_sentence_with_its_figure_changed_contradicts(
    text_a: str, text_b: str, shown: str
) -> None:
    assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")
    assert swapped_figure(text_a, text_b) == shown
    assert swapped_figure(text_b, text_a) == " ≠ ".join(shown.split(" ≠ ")[::-1])


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same value in other digits (entry 29, Marathi)
        ("इमारतीत एकूण १२ सदनिका असून", "इमारतीत एकूण 12 सदनिका असून"),
        # a word changed beside the figure
        ("The hall was built in 1912.", "The hall was finished in 1921."),
        # a figure against a word
        ("The hall was built in 1912.", "The hall was built in spring."),
        # nothing changed
        ("The hall was built in 1912.", "The hall was built in 1912."),
    ],
)  # fmt: skip
def test_other_changes_are_left_to_the_other_rules(text_a: str, text_b: str) -> None:
    assert swapped_figure(text_a, text_b) == ""
    assert swapped_figure(text_b, text_a) == ""


def test_the_development_pair_is_a_contradiction_both_ways() -> None:
    starts = ("Mboma ikwenda vutulwa", "Mboma ikwenda vutulwa")
    assert related_both_ways(load("mboma_kivwanza"), starts) == ["contradicts", "contradicts"]


@given(
    words=st.lists(st.sampled_from(["the", "boat", "left", "at", "dawn", "with"]), max_size=6),
    place=st.integers(0, 6),
    figure_a=st.integers(0, 5000),
    figure_b=st.integers(0, 5000),
)
def test_the_rule_is_symmetric_and_reads_only_a_changed_value(
    words: list[str], place: int, figure_a: int, figure_b: int
) -> None:
    place = min(place, len(words))
    text_a = " ".join([*words[:place], str(figure_a), *words[place:]])
    text_b = " ".join([*words[:place], str(figure_b), *words[place:]])
    forward, backward = swapped_figure(text_a, text_b), swapped_figure(text_b, text_a)
    assert forward == (f"{figure_a} ≠ {figure_b}" if figure_a != figure_b else "")
    assert backward == (f"{figure_b} ≠ {figure_a}" if figure_a != figure_b else "")
