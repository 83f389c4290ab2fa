"""Day ordinals, slashed currencies, a lone time, short words ending in a vowel (round 170)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import closing_sections, compare_texts, units
from desktop_app.core.compare.units import sentence_bounds
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import compared_both_ways, paired_both_ways

#: A regex that matches nothing: a rule switched off.
NEVER = regex.compile(r"(?!)")


@contextmanager
def these_rules_off() -> Iterator[None]:
    """The four rules of round 170 switched off."""
    with ExitStack() as stack:
        stack.enter_context(patched(units, "_DOTTED_DAY_MONTHS", frozenset()))
        stack.enter_context(patched(units, "_SLASHED_CURRENCY", NEVER))
        stack.enter_context(patched(units, "_TIME_ALONE", NEVER))
        stack.enter_context(patched(units, "_VOWELS", frozenset()))
        yield


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


@pytest.mark.parametrize(
    "line",
    [
        "An der Nuecht vu Mëttwoch op Donneschdeg, den 3. Dezember 2026, ass eng Statu gefall.",
        "Das Verfahren mit den Angestellten läuft bis am 14. März.",
        "Onmaked Dummad yate multa B/. 5,000 uugsa, capitán bela uugsa.",
        "La multa fue de S/. 120 por cada pasajero.",
        "By 9.40 p.m. Wróbel had been expelled from the event.",
        "Shortly after 11 p.m. Crews from three stations arrived.",
        # the abbreviations cut before a vowel still join their figure
        "W czwartek około godz. 7.15 konstrukcja o wysokości ok. 60 metrów runęła.",
        "Ilaqutaasa unnukkut nal. 22 missaani politiit attavigaat.",
    ],
)
def test_a_day_a_currency_a_time_or_an_abbreviation_keeps_the_sentence_whole(line: str) -> None:
    assert _sentences(line) == [line]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Муоста түөрт уон биэс миэтэрэ этэ. 2023 сыллаахха комиссия кэллэ.",
         ["Муоста түөрт уон биэс миэтэрэ этэ.", "2023 сыллаахха комиссия кэллэ."]),
        ("Pirarucu ga cota ga 2027 nagu. 52 ga pescador rü 14 ga canoa.",
         ["Pirarucu ga cota ga 2027 nagu.", "52 ga pescador rü 14 ga canoa."]),
        # a time inside a longer sentence still ends it before a capital
        ("The blaze was reported at 3:40 a.m. Crews from three stations came.",
         ["The blaze was reported at 3:40 a.m.", "Crews from three stations came."]),
        ("It was 9 p.m. Police arrived.", ["It was 9 p.m.", "Police arrived."]),
        # a figure before an English month is no German day
        ("The team won 3. March was a bad month.", ["The team won 3.", "March was a bad month."]),
        ("Ihr Alter: 45. Dezember ist ihr Monat.", ["Ihr Alter: 45.", "Dezember ist ihr Monat."]),
    ],
)  # fmt: skip
def test_a_sentence_ending_before_a_figure_or_a_capital_still_ends(
    line: str, expected: list[str]
) -> None:
    assert _sentences(line) == expected


def test_switched_off_the_rules_cut_or_join_as_before() -> None:
    with these_rules_off():
        assert len(_sentences("Donneschdeg, den 3. Dezember 2026, ass gefall.")) == 2
        assert len(_sentences("Yate multa B/. 5,000 uugsa.")) == 2
        assert len(_sentences("By 9.40 p.m. Wróbel had been expelled.")) == 2
        assert len(_sentences("Миэтэрэ этэ. 2023 сыллаахха кэллэ.")) == 1


def test_a_day_ordinal_keeps_the_sentence_whole_in_a_comparison_both_ways() -> None:
    text_a = "Den 3. Dezember 2026 ass d'Statu gefall. Si weit 250 Kilo."
    text_b = "D'Statu ass den 3. Dezember 2026 gefall. Si weit 250 Kilo."
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert len(result.units_a) == len(result.units_b) == 2
    with these_rules_off():
        assert len(compare_texts(text_a, text_b).units_a) == 3


def test_the_balboa_fine_is_no_sentence_of_its_own_in_the_hammock_pair() -> None:
    truth = load("hamaca_bakrute")
    for pairs in compared_both_ways(truth.text_a, truth.text_b):
        assert not any(a.text.endswith("B/.") or b.text.endswith("B/.") for a, b in pairs)
    # both sentences close their texts under headings of their own: round 186's
    # ``closing_sections`` drops their pair too
    with these_rules_off(), patched(closing_sections, "CLOSING_SECTIONS_SCORE", 0.0):
        assert paired_both_ways(truth, ("MINSA tä ngwian B/.", "Cacique regional")) == [
            True,
            True,
        ]


def test_the_sakha_bridge_sentence_from_2023_is_paired_with_its_own_both_ways() -> None:
    truth = load("muosta_amga")
    starts = ("2023 сыллаахха оҥоһуллубут", "2023 сыллаахха комиссия")
    assert paired_both_ways(truth, starts) == [True, True]
    with these_rules_off():
        assert paired_both_ways(truth, starts) == [False, False]


_PIECES = st.sampled_from(
    ["den", "3.", "Dezember", "2026", "B/.", "5,000", "By", "9.40", "p.m.", "Wróbel", "этэ.",
     "2023", "ok.", "60", "nagu.", "52", "word.", "The"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=20))
@example(["By", "9.40", "p.m.", "Wróbel", "этэ.", "2023", "den", "3.", "Dezember"])
def test_the_rules_remove_ends_only_after_a_day_a_currency_or_a_time_and_add_them_after_a_vowel(
    pieces: list[str],
) -> None:
    line = " ".join(pieces)
    now = {end for _, end in sentence_bounds(line)}
    with these_rules_off():
        before = {end for _, end in sentence_bounds(line)}
    for end in before - now:
        assert line[:end].split()[-1] in {"3.", "B/.", "p.m."}
    for end in now - before:
        assert line[:end].split()[-1] in {"этэ.", "nagu."} or end == len(line)
