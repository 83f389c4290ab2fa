"""Large figures two sentences alone give: kept as a pair where weak pairs are dropped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import large_figures
from desktop_app.core.compare.large_figures import (
    LARGE_FIGURE,
    figure_value,
    large_figures_alone,
    same_large_figure,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import compared_both_ways
from tests.core.compare.sentence_pairs import texts_terms


def _same(text_a: str, text_b: str, k: int = 0, m: int = 0) -> tuple[bool, bool]:
    """Whether A's sentence ``k`` and B's sentence ``m`` share a large figure, read from A's
    side and from B's."""
    terms_a, terms_b = texts_terms(text_a, text_b)
    alone_a = large_figures_alone(terms_a).get(k, frozenset())
    alone_b = large_figures_alone(terms_b).get(m, frozenset())
    return (
        same_large_figure((alone_a, alone_b), (terms_a[k], terms_b[m])),
        same_large_figure((alone_b, alone_a), (terms_b[m], terms_a[k])),
    )


CROWD_A = "Around 12,000 people attended this year's carnival."
CROWD_B = "Twelve thousand of us lined the streets on Saturday."


def test_one_large_figure_written_in_digits_and_in_words_ties_two_sentences() -> None:
    assert _same(CROWD_A, CROWD_B) == (True, True)
    assert _same("The plant will cost £1.2bn to build.", "It will cost £1.2 billion.") == (
        True,
        True,
    )


def test_a_small_count_recurs_by_chance() -> None:
    assert _same("About 600 homes lost power.", "The firm employs 600 people.") == (False, False)


def test_a_year_is_no_large_figure() -> None:
    assert _same("The pier opened in 1998.", "A storm hit the pier in 1998.") == (False, False)


def test_money_and_a_count_are_two_things() -> None:
    assert _same("The budget was £98,000 last year.", "The district has 98,000 residents.") == (
        False,
        False,
    )


def test_a_figure_another_sentence_of_its_text_gives_too_is_not_alone() -> None:
    text_a = CROWD_A + " Organisers had expected 12,000 visitors."
    terms_a, _ = texts_terms(text_a, CROWD_B)
    assert large_figures_alone(terms_a) == {}
    terms_a, _ = texts_terms(CROWD_A, CROWD_B)
    assert large_figures_alone(terms_a) == {0: frozenset({"#12000"})}
    assert _same(text_a, CROWD_B) == (False, False)


def test_values_of_keys() -> None:
    assert figure_value("#12000") == 12000.0
    assert figure_value("#2.5") == 2.5
    assert figure_value("#B6270") is None


@given(
    st.integers(1, 5_000_000),
    st.one_of(st.none(), st.integers(1, 5_000_000)),
    st.sampled_from(("people", "visitors", "tonnes")),
    st.sampled_from(("", "£")),
)
def test_large_figures_are_read_alike_from_both_sides(
    first: int, other: int | None, things: str, sign: str
) -> None:
    second = first if other is None else other
    text_a = f"Officials counted {first:,} {things} on Monday."
    text_b = f"Their own count gave {sign}{second:,} on Monday."
    from_a, from_b = _same(text_a, text_b)
    assert from_a == from_b
    assert from_a == (first == second and first >= LARGE_FIGURE and not sign)


def test_the_engine_keeps_a_crowd_counted_alike_late_in_both_texts() -> None:
    truth = load("carnival_wendlebury")
    a_start = "Around 12,000 people attended"
    b_start = "Twelve thousand of us lined"

    def crowd_pairs() -> list[bool]:
        return [
            any(a.text.startswith(a_start) and b.text.startswith(b_start) for a, b in pairs)
            for pairs in compared_both_ways(truth.text_a, truth.text_b)
        ]

    assert crowd_pairs() == [True, True]
    with patched(large_figures, "LARGE_FIGURE", float("inf")):
        assert crowd_pairs() == [False, False]  # a weak late pair without the rule
