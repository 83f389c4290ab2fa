"""A figure whose points set off thousands and whose comma sets off decimals is read so."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, terms
from desktop_app.core.compare.terms import number_key
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import relations_both_ways, sentence_terms


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("1.480.000,00", "#1480000"),
        ("186.400,00", "#186400"),
        ("2.500,50", "#2500.5"),
        ("1.234.567,89", "#1234567.89"),
        # the other ways stay as they were read
        ("1,234.56", "#1234.56"),
        ("1,480,000", "#1480000"),
        ("1.480.000", "#1480000"),
        ("1.200", "#1200"),
        ("3,5", "#3.5"),
        ("12,00,000", "#1200000"),
    ],
)
def test_the_readings(written: str, key: str) -> None:
    assert number_key(written) == key


def test_off_the_comma_is_a_thousands_mark_as_before() -> None:
    with patched(terms, "POINT_THOUSANDS_COMMA_DECIMALS", False):
        assert number_key("1.480.000,00") != "#1480000"
        assert number_key("1,234.56") == "#1234.56"


_DIGITS_EN = "The municipality paid R$ 1,480,000 for the new water tank."
_DIGITS_PT = "A prefeitura pagou R$ 1.480.000,00 pelo novo reservatório."
_OTHER_PT = "A prefeitura pagou R$ 1.840.000,00 pelo novo reservatório."


@pytest.mark.parametrize(("first", "second"), [(_DIGITS_EN, _DIGITS_PT), (_DIGITS_PT, _DIGITS_EN)])
def test_one_sum_written_two_ways_is_one_figure_both_ways_and_not_off(
    first: str, second: str
) -> None:
    a, b = sentence_terms(first, second)
    assert "#1480000" in a.figures & b.figures
    assert "contradicts" not in relations_both_ways(first, second)
    with patched(terms, "POINT_THOUSANDS_COMMA_DECIMALS", False):
        a, b = sentence_terms(first, second)
        assert not a.figures & b.figures


def test_two_sums_written_the_same_way_still_differ() -> None:
    a, b = sentence_terms(_DIGITS_PT, _OTHER_PT)
    assert a.figures == {"#1480000"}
    assert b.figures == {"#1840000"}
    assert relations_both_ways(_DIGITS_PT, _OTHER_PT) == ("contradicts", "contradicts")


def test_internet_maruwai_loses_a_false_pair_and_keeps_it_off() -> None:
    truth = load("internet_maruwai")
    # a false pair the engine made while "R$ 38.400,00" read "#38.4"
    contract = truth.text_a.index("Contrato custo R$ 38.400,00")
    speed = truth.text_b.index("Internet 100 mega")

    def paired_contract() -> bool:
        result = compare_texts(truth.text_a, truth.text_b)
        return any((pair.a.start, pair.b.start) == (contract, speed) for pair in result.pairs)

    assert not paired_contract()
    with patched(terms, "POINT_THOUSANDS_COMMA_DECIMALS", False):
        assert paired_contract()


@given(st.integers(min_value=1000, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_the_two_ways_of_writing_a_sum_read_alike(whole: int, cents: int) -> None:
    english = f"{whole:,}.{cents:02d}"
    continental = english.replace(",", " ").replace(".", ",").replace(" ", ".")
    assert number_key(continental) == number_key(english)
