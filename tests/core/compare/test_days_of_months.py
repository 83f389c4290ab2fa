"""A figure before a month name of any language is a day of the month, no count (round 195)."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import terms
from desktop_app.core.compare.calendar_words_table import MONTH_NAMES
from desktop_app.core.compare.terms import tokens
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load


def _counts(text: str) -> list[tuple[str, str]]:
    return [(token.key, token.value) for token in tokens(text) if token.kind == "quantity"]


def _days_of_months_off() -> AbstractContextManager[None]:
    """The reading before round 195: only English and Russian months end what a figure counts."""
    return patched(terms, "DAYS_OF_MONTHS", False)


@pytest.mark.parametrize(
    "text",
    [
        "Polres ẹllo Kamis, 14 Oktober 2027, nẹngirẹ pegawai.",  # Sangir
        "Operação Pyka Mex o mõ ar, terça-feira, 16 de novembro de 2027.",  # Kayapó
        "Vakuvĩ na Mũthunzũni ũtukũ wa Wakatano, 5 Machi 2027.",  # Kamba
        "El tancament està previst per al 31 de març.",  # Catalan
        # scripts without capitals, their vowel signs marks, their digits their own (review)
        "राजेंद्र महाविद्यालय, करमौली, 17 जनवरी 2027",  # Hindi
        "মথাউৰি ১২ জুলাই, ২০২৬, দেওবাৰে নিশা",  # Assamese
        "انتظامیہ ہُند بیان، اننت ناگ، ۱۲ نومبر ۲۰۲۶",  # Kashmiri
    ],
)
def test_a_day_before_a_month_name_counts_nothing(text: str) -> None:
    assert _counts(text) == []
    with _days_of_months_off():
        assert _counts(text) != []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The council hired 12 workers in October.", ("qty:work", "#12")),
        # past the last day of a month a figure counts what follows, month name or not
        ("Ba ne 40 Oktober tau.", ("qty:oktob", "#40")),
        ("Kang ₱900 nga mais sa tupadahan.", ("qty:mai", "#900")),
    ],
)
def test_other_figures_still_count(text: str, count: tuple[str, str]) -> None:
    assert count in _counts(text)


def test_the_sangir_fishing_pair_reads_its_dates_as_days() -> None:
    truth = load("rumpon_dalokaweng")
    for text in (truth.text_a, truth.text_b):
        assert not any(key == "qty:oktob" for key, _ in _counts(text))
    with _days_of_months_off():
        assert any(key == "qty:oktob" for key, _ in _counts(truth.text_a + truth.text_b))


#: Every name of four letters or more written in letters and marks (vowel signs, tone marks:
#: "अगस्त", "a̱kitat"), as ``terms._UNIT_WORD`` cuts a word.
_LONG_NAMES = sorted(
    {
        name
        for names in MONTH_NAMES.values()
        for name in names
        if len(name) >= 4 and regex.fullmatch(r"[\p{L}\p{M}]+", name)
    }
)


@given(name=st.sampled_from(_LONG_NAMES), day=st.integers(1, 31), year=st.integers(1990, 2030))
def test_any_day_before_any_month_name_counts_nothing(name: str, day: int, year: int) -> None:
    assert _counts(f"Ita {day} {name} {year}.") == []
    assert _counts(f"Ita {day} de {name}.") == []
