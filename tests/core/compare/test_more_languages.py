"""Numbers, weekdays and clock times of Swahili, Tagalog, Welsh, Basque and Malay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.numerals import TAGALOG_WORDS, read_numerals
from desktop_app.core.compare.terms import tokens


def _values(text: str) -> list[str]:
    return [n.key for n in read_numerals(text, 0, len(text))]


def _keys(text: str) -> set[str]:
    return {token.key for token in tokens(text)}


def _time_values(text: str) -> list[str]:
    return [token.value for token in tokens(text) if token.slot == "time"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Swahili: the hundred and the thousand before their multiplier, noun-class forms
        ("mazao ya ekari mia moja na ishirini yaliharibiwa", "#120"),
        ("elfu mbili mia tatu", "#2300"),
        ("wakulima wa vijiji vinne", "#4"),
        ("kundi la tembo zaidi ya sitini", "#60"),
        # Tagalog: the linker "-ng" / "-g", "na" and "at" between the parts
        ("Isandaan at dalawampung puwesto ang natupok", "#120"),
        ("Mahigit limandaang tindero", "#500"),
        ("Dalawang bumbero ang nasugatan", "#2"),
        ("apat na raang pamilya", "#400"),
        ("tatlong daan at limampu", "#350"),
        ("limampu't dalawang tindero", "#52"),
        ("dalawampu’t isang taon", "#21"),
        ("kumi na mbili", "#12"),
        # Welsh: decimal tens, short and mutated forms
        ("hyd at saith deg milltir yr awr", "#70"),
        ("rhyw bum mil o bobl", "#5000"),
        ("chwe deg o stondinau", "#60"),
        # Basque: a ten joined by "-ta", a number said alone with "-ak"
        ("hogeita sei metro luze", "#26"),
        ("berrogeita hamar arrantzale", "#50"),
        ("bederatziak baltsatik jaso zituen", "#9"),
        # Malay: the ten after its unit
        ("kira-kira lapan puluh peratus bangunan", "#80"),
        ("lapan puluh tiga pekerja", "#83"),
        # German: a hundred thousand glued
        ("einhunderttausend Menschen", "#100000"),
    ],
)
def test_numbers_in_words_of_more_languages_are_read(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "daan-daang manininda",  # hundreds of: no figure
        "a bump in the road",  # Welsh "bump" is five only beside a scale
        "la mia tre volte",  # Italian "mia" is no Swahili hundred
    ],
)
def test_words_that_are_numbers_only_beside_others_are_not_read_alone(text: str) -> None:
    assert "#500" not in _values(text)
    assert "#5" not in _values(text)
    assert "#100" not in _values(text)
    assert "#300" not in _values(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(w for w in TAGALOG_WORDS if w[-1] in "aeiou")))
def test_a_tagalog_number_with_its_linker_is_the_same_number(word: str) -> None:
    assert _values(f"{word}ng tao") == _values(f"mga {word} tao")


_MALAY_UNITS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=9), st.integers(min_value=0, max_value=9))
def test_malay_tens_and_units_read_back(tens: int, unit: int) -> None:
    words = f"{_MALAY_UNITS[tens - 1]} puluh" + (f" {_MALAY_UNITS[unit - 1]}" if unit else "")
    assert _values(f"seramai {words} orang") == [f"#{tens * 10 + unit}"]


_BASQUE_UNITS = ("bat", "bi", "hiru", "lau", "bost", "sei", "zazpi", "zortzi", "bederatzi")


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from((("hogeita", 20), ("berrogeita", 40), ("hirurogeita", 60))),
    st.integers(min_value=1, max_value=9),
)
def test_basque_tens_joined_to_a_unit_read_back(tens: tuple[str, int], unit: int) -> None:
    word, base = tens
    assert _values(f"{word} {_BASQUE_UNITS[unit - 1]} lagun") == [f"#{base + unit}"]


def test_weekdays_of_swahili_basque_tagalog_and_welsh() -> None:
    swahili = _keys("usiku wa Jumanne kuamkia Jumatano")
    assert {"@day:tue", "@day:wed"} <= swahili
    assert "@day:fri" not in swahili  # "Jumatano" starts like Malay "Jumat"
    assert "@day:tue" in _keys("Asteartean, patroia ohartu zen")
    assert "@day:thu" in _keys("Kofradiak bilera egingo du ostegun arratsaldean")
    assert "@day:sun" in _keys("nitong madaling-araw ng Linggo")
    assert "@day:thu" in _keys("Natupok ang palengke noong Huwebes")
    assert {"@day:thu", "@day:fri", "@day:wed"} <= _keys("ddydd Iau a dydd Gwener, nos Fercher")


def test_words_that_spell_those_weekdays_elsewhere_are_not_days() -> None:
    assert not any(k.startswith("@day:") for k in _keys("Tynnodd Llun o'r Maes. Iau oedd hi."))
    assert not any(k.startswith("@day:") for k in _keys("Isang linggo na ang nakalipas."))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Maafisa walifika saa nane usiku", "2:00"),  # Swahili hours start at six
        ("walirudi kufikia saa kumi na mbili asubuhi", "6:00"),
        ("walifika saa tatu usiku", "21:00"),
        ("nagsimula bandang alas-tres ng madaling-araw", "~3:00"),
        ("Naapula ang apoy pasado alas-siyete ng umaga", "~>7:00"),
        ("Asteartean, goizeko bostak aldera", "5:00"),
        ("arratsaldeko hirurak arte", "15:00"),
        ("Am hanner awr wedi naw daeth y cyhoeddiad", "9:30"),
        ("brynhawn Iau am bedwar o'r gloch", "16:00"),
        ("yn fuan wedi 10 o'r gloch", "~>10:00"),
        ("am chwarter i ddeg", "9:45"),
    ],
)
def test_clock_times_of_swahili_tagalog_basque_and_welsh(text: str, value: str) -> None:
    assert value in _time_values(text)


def test_hedges_of_these_languages_make_a_figure_rough() -> None:
    for text in ("tua 8,000 o ymwelwyr", "Mahigit 150 puwesto", "zaidi ya 60 tembo",
                 "kira-kira 300 pekerja"):  # fmt: skip
        assert any(token.hedged for token in tokens(text) if token.kind == "number"), text


def test_a_figure_in_words_aligns_with_the_same_in_digits_and_contradicts_another() -> None:
    same = compare_texts(
        "Tembo hao waliharibu mazao kwenye takriban ekari 120. Walinzi walifika.",
        "Mazao ya ekari mia moja na ishirini yaliharibiwa. Wakazi walilalamika sana.",
    )
    assert [(p.a.text[:5], p.b.text[:5]) for p in same.pairs] == [("Tembo", "Mazao")]
    assert same.pairs[0].relation != "contradicts"
    hours = compare_texts(
        "Maafisa wetu walifika eneo la tukio saa nane usiku.",
        "Askari wa KWS walifika eneo la tukio saa tisa usiku.",
    )
    assert [p.relation for p in hours.pairs] == ["contradicts"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("about a hundred at five sites", ["#100", "#5"]),  # English "at" joins nothing
        ("sto na pięć osób", ["#5"]),  # Polish "na" (for), and "sto" read only beside others
    ],
)
def test_swahili_and_tagalog_conjunctions_join_only_their_own_numbers(
    text: str, values: list[str]
) -> None:
    assert _values(text) == values


def test_a_finnish_saa_before_a_number_is_no_swahili_hour() -> None:
    assert _time_values("Jokainen perhe saa kaksi lippua.") == []
    assert "#2" in _keys("Jokainen perhe saa kaksi lippua.")


def test_number_words_that_are_names_when_capitalised_are_no_numbers_there() -> None:
    assert _values("Er stieg in die Wanne und rief Sita in Lima an.") == []
    assert _values("wakulima sita na vijiji vinne") == ["#6", "#4"]
