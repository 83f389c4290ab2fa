"""Years from 1800 read as years, and old history two sentences alone date tied (round 104)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import engine, large_figures, terms
from desktop_app.core.compare.large_figures import HISTORY_BEFORE
from desktop_app.core.compare.terms import tokens
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways
from tests.core.compare.test_large_figures import _same

DISTILLERY_OPENED = "Di distileri opn iina 1891"
DISTILLERY_CLOSED = "Di distileri did kluoz fi tuu ier"
PIER_A = "The 1,100-foot pier, opened in 1872"
PIER_B = "The 150-year-old pier, which opened in 1872"


def _years(text: str) -> list[str]:
    return [token.value for token in tokens(text) if token.kind == "year"]


def test_a_nineteenth_century_year_is_a_year() -> None:
    assert _years(DISTILLERY_OPENED + ", an dem mek di ram.") == ["1891"]
    assert _years("The pier opened in 1800.") == ["1800"]


def test_an_earlier_four_figure_number_is_still_a_figure() -> None:
    assert _years("The chalice was given to the church in 1712.") == []
    assert _years("Some 1799 people signed.") == []


def test_two_sentences_dated_to_years_apart_are_no_pair_either_way() -> None:
    truth = load("rumvat_pimentagully")
    starts = (DISTILLERY_OPENED, DISTILLERY_CLOSED)
    assert paired_both_ways(truth, starts) == [False, False]
    # unread, the old year leaves a late year on one side only: round 152's ``years_aside``
    # would drop the pair too, so it is switched off to see the years read apart do it
    with (
        patched(terms, "_YEARS", range(1900, 2101)),
        patched(engine, "years_aside_pairs", lambda *_args: []),
    ):
        assert paired_both_ways(truth, starts) == [True, True]


def test_old_history_both_texts_date_alike_stays_a_pair_either_way() -> None:
    truth = load("pier_saltmouth")
    starts = (PIER_A, PIER_B)
    assert paired_both_ways(truth, starts) == [True, True]
    with patched(large_figures, "HISTORY_BEFORE", 1800):
        assert paired_both_ways(truth, starts) == [False, False]


def test_an_old_year_two_sentences_alone_give_ties_them_and_a_recent_one_does_not() -> None:
    assert _same("The pier opened in 1872.", "It was built in 1872 of iron.") == (True, True)
    assert _same("The pier opened in 1998.", "A storm hit the pier in 1998.") == (False, False)


def test_an_old_year_another_sentence_gives_too_ties_nothing() -> None:
    assert _same(
        "The pier opened in 1872. Its first steamer called in 1872.", "It was built in 1872."
    ) == (False, False)


@example(1750, 1750)  # a large figure
@example(1872, 1872)  # an old year
@example(1998, 1998)  # a recent year: no tie
@given(st.integers(1700, 2100), st.integers(1700, 2100))
def test_old_years_tie_alike_from_both_sides(year_a: int, year_b: int) -> None:
    from_a, from_b = _same(f"The pier opened in {year_a}.", f"It was built in {year_b} of iron.")
    assert from_a == from_b
    # before 1800 a large figure, from 1800 an old year; from HISTORY_BEFORE a recent year
    assert from_a == (year_a == year_b and year_a < HISTORY_BEFORE)
