"""A number in words giving a figure's first digits is a part of it only when more follows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.relations import part_of_figure


def _terms(figure_key: str, surface: str) -> UnitTerms:
    return UnitTerms({figure_key: 1.0}, 1.0, {figure_key: surface}, {}, 1.0)


def _is_part(figure: int, word: int, text_a: str, text_b: str) -> tuple[bool, bool]:
    """Whether ``part_of_figure`` drops "figure ≠ tristo", with the figure on A, and on B."""
    a, b = _terms(f"#{figure}", str(figure)), _terms(f"#{word}", "tristo")
    forward = part_of_figure(f"{figure} ≠ tristo", a, b, text_a, text_b)
    backward = part_of_figure(f"tristo ≠ {figure}", b, a, text_b, text_a)
    return forward, backward


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Slovene: "tristo" (300) against 350 firefighters, round 72's loss
        ("Z ognjem se bori okoli 350 gasilcev iz vse Primorske.",
         "V nedeljo je na terenu gasilo tristo gasilcev."),
        # Upper Sorbian: "třiceći" (30) against 38 cows
        ("Wobornicy móžachu 38 kruwow z přitykaneho hrodźa wuwjesć.",
         "Wjeńka a wobornicy wuwjedźechu wšě třiceći kruwow z hrodźa."),
    ],
)  # fmt: skip
def test_first_digits_before_the_figures_own_word_contradict(text_a: str, text_b: str) -> None:
    for comparison in (compare_texts(text_a, text_b), compare_texts(text_b, text_a)):
        (pair,) = comparison.pairs
        assert pair.relation == "contradicts"


@given(st.integers(2, 9), st.integers(1, 9), st.integers(0, 9))
def test_first_digits_are_a_part_only_with_an_unread_word_after_them(
    hundreds: int, tens: int, units: int
) -> None:
    figure = 100 * hundreds + 10 * tens + units
    figure_text = f"Gasilo je {figure} gasilcev."
    # the rest of the compound ("petdeset") after the first digits: a part of the figure
    assert _is_part(figure, 100 * hundreds, figure_text, "Gasilo je tristo petdeset.") == (
        True,
        True,
    )
    # the figure's own word after them, an unread word before: a count of its own
    assert _is_part(figure, 100 * hundreds, figure_text, "Zdaj tristo gasilcev.") == (
        False,
        False,
    )


@given(st.integers(2, 9), st.integers(1, 9))
def test_last_digits_are_a_part_with_an_unread_word_on_either_side(tens: int, units: int) -> None:
    figure = 10 * tens + units
    figure_text = f"Je {figure} настай малчин."
    # Mongolian "Тавин найман настай": the unread tens before the units read
    assert _is_part(figure, units, figure_text, "Тавин tristo настай малчин.") == (True, True)
    assert _is_part(figure, units, figure_text, "Je tristo ба настай.") == (True, True)
    assert _is_part(figure, units, figure_text, "Je tristo настай.") == (False, False)
