"""Weekday names written with plain letters where CLDR marks them (round 182)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import terms
from desktop_app.core.compare.terms import tokens
from desktop_app.core.compare.weekdays_table import WEEKDAY_NAMES
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, relations_both_ways

_MONDAY = "Ua pani ʻia ke awa o Hāna a hiki i ka Pōʻakahi."
_TUESDAY = "Ua pani ʻia ke awa a hiki i ka Pōʻalua."


def _days(text: str) -> list[str]:
    return [token.value for token in tokens(text) if token.slot == "day"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (_MONDAY, "mon"),  # Hawaiian, CLDR "Poʻakahi"
        ("a hiki i ka Poʻaha", "thu"),  # CLDR "Poʻahā"
        ("a hiki i ka Pōʻahā", "thu"),
    ],
)
def test_a_name_with_its_marks_folded_is_the_day(text: str, day: str) -> None:
    assert _days(text) == [day]


def test_a_name_cldr_capitalises_stays_a_day_only_capitalised() -> None:
    # Yakut "бээтиҥсэ" (Friday) is capitalised in CLDR: "бээтинсэ" in lower case stays unread
    assert _days("Туорар суол бээтинсэттэн аһыллыа.") == []
    assert _days("Туорар суол Бээтинсэ аһыллыа.") == ["fri"]


def test_two_days_contradict_both_ways_and_not_off() -> None:
    assert relations_both_ways(_MONDAY, _TUESDAY) == ("contradicts", "contradicts")
    with patched(terms, "FOLD_DAY_LETTERS", False):
        assert _days(_MONDAY) == []
        assert "contradicts" not in relations_both_ways(_MONDAY, _TUESDAY)


def test_the_development_pair_contradicts_both_ways_and_not_off() -> None:
    # entry 46, Hawaiian: the harbour closed until Monday against until Tuesday
    starts = ("Ua pani ʻia ke awa o Hāna", "Ua pani ʻia ke awa a hiki")
    assert related_both_ways(load("moku_hana"), starts) == ["contradicts"] * 2
    with patched(terms, "FOLD_DAY_LETTERS", False):
        assert related_both_ways(load("moku_hana"), starts) == ["same_fact"] * 2


@pytest.mark.parametrize("word", ["pono", "hana", "moku", "сарсыарда", "kona", "aloha", "pōhaku"])
def test_ordinary_words_are_no_days(word: str) -> None:
    assert _days(f"ka {word} nui") == []


@given(st.sampled_from(sorted(WEEKDAY_NAMES)))
def test_every_cldr_name_folded_reads_as_its_own_day_or_none(name: str) -> None:
    folded = name.translate(terms._PLAIN_LETTERS)
    entry = terms._day_entry(folded)
    # a folded name two days share is left out; otherwise it is the name's day
    assert entry is None or entry[0] == WEEKDAY_NAMES[name][0] or folded in WEEKDAY_NAMES
