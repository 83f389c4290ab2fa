"""Bantu numerals with a class prefix, the noun before them, and Nguni hour words (round 182)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import bantu_numerals
from desktop_app.core.compare.bantu_numerals import (
    CLASS_PREFIXES,
    SHORT_PREFIX_STEM,
    STEMS,
    class_prefixed_value,
    counted_noun_before,
)
from desktop_app.core.compare.numerals import read_numerals
from desktop_app.core.compare.terms import tokens
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, relations_both_ways

_SIX_ROOFS = "Sisuse uphahla lwamakilasi angu-6, sadiliza nodonga lwehholo."
_EIGHT_ROOFS = "Sisuse uphahla lwamakilasi ayisishiyagalombili."


def _read(text: str) -> list[str]:
    return [numeral.key for numeral in read_numerals(text, 0, len(text))]


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("ababili", 2),  # Zulu, class 2: two people
        ("ezine", 4),  # Zulu, class 10: "izigidi ezine", four million
        ("amane", 4),
        ("ezintathu", 3),  # Zulu and Xhosa, class 10 with its nasal
        ("abathandathu", 6),  # Xhosa, class 2: the nasal of "ntandathu" dropped
        ("abasixhenxe", 7),  # Xhosa, six to nine with "si"
        ("ayisishiyagalombili", 8),  # Zulu copula with "isi-"
        ("letisihlanu", 5),  # Swati relative
        ("babiri", 2),  # Kinyarwanda
        ("basatu", 3),  # Luganda
        ("vapfumbamwe", 9),  # Shona
        ("zitatu", 3),  # Chewa
    ],
)
def test_class_prefixed_numerals_read(word: str, value: int) -> None:
    assert class_prefixed_value(word) == Decimal(value)


@pytest.mark.parametrize(
    "word",
    [
        "kabili",  # Bemba: and
        "kabini",  # Bambara: since
        "chine",  # Shona: has
        "bane",  # English; a two-letter prefix before a short stem
        "mane",
        "abili",  # Italian: able
        "misere",  # French without its accent; Shona "sere" is left out
        "machina",  # Shona "china" (4) is left out
        "etano",  # Spanish and Portuguese: ethane; no one-letter prefix
        "esatu",
        "anya",  # Igbo: eye
        "banani",
        "satu",  # Malay one: a stem alone is no prefixed numeral
    ],
)
def test_common_words_of_other_languages_read_no_number(word: str) -> None:
    assert class_prefixed_value(word) is None
    assert _read(f"kwa {word} ya") == []


def test_a_capitalised_word_inside_a_sentence_is_a_name_not_a_numeral() -> None:
    assert _read("Wazalwa eMabini, uthi babiri bafika.") == ["#2"]
    assert _read("Born in Mabini, he said.") == []


def test_a_unit_after_tens_or_and_is_left_unread() -> None:
    # Zulu "kwamashumi amane" is forty (the phrase with "kwa-" glued on), not four
    assert _read("abantu abangaphezu kwamashumi amane") == ["#40"]
    # Ndebele "amatshumi" is tens the tables lack: its unit is not read as five
    assert _read("Amapulazi angamatshumi amahlanu ahlaselwe.") == []
    # Kinyarwanda "cumi na babiri" is twelve: the two is not read alone
    assert _read("Abantu cumi na babiri barakomeretse.") == []


def test_the_reader_is_off_by_its_switch() -> None:
    with patched(bantu_numerals, "READ_CLASS_PREFIXED", False):
        assert class_prefixed_value("ababili") is None
        assert _read("abantu ababili") == []
        assert _read("abantu abangaphezu kwamashumi amane") == []


def test_the_noun_before_a_bantu_count_is_its_slot() -> None:
    slots = {t.slot: t.value for t in tokens(_EIGHT_ROOFS) if t.slot}
    assert slots == {"qty:lwamak": "#8"}
    slots = {t.slot: t.value for t in tokens(_SIX_ROOFS) if t.slot}
    assert slots["qty:lwamak"] == "#6"
    assert counted_noun_before("The 6 boats", 4, "6") is None
    with patched(bantu_numerals, "NOUN_BEFORE", False):
        assert "qty:lwamak" not in {t.slot for t in tokens(_EIGHT_ROOFS)}


def test_counts_of_one_noun_contradict_both_ways_and_not_off() -> None:
    assert relations_both_ways(_SIX_ROOFS, _EIGHT_ROOFS) == ("contradicts", "contradicts")
    with patched(bantu_numerals, "READ_CLASS_PREFIXED", False):
        assert "contradicts" not in relations_both_ways(_SIX_ROOFS, _EIGHT_ROOFS)
    same = ("Sisuse uphahla lwamakilasi angu-8.", _EIGHT_ROOFS)
    assert relations_both_ways(*same) == ("same_fact", "same_fact")


def test_an_hour_after_the_nguni_hour_word_is_a_clock_time() -> None:
    times = [t.value for t in tokens("Sihlasele ngehora lesithathu ntambama.") if t.slot]
    assert times == ["3:00"]
    struck = ("Isiphepho sihlasele cishe ngo-14:00.", "Isiphepho sihlasele ngehora lesithathu.")
    assert relations_both_ways(*struck) == ("contradicts", "contradicts")


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        # entry 31, Zulu: the classrooms unroofed, 6 against eight; the storm at 14:00
        # against three in the afternoon
        ("isiphepho_nquthu", ("Sisuse uphahla lwamakilasi angu-6", "Sisuse uphahla")),
        ("isiphepho_nquthu", ("Isiphepho, esihambisana", "Lesi siphepho")),
        # entry 91, Swati: the goats the crocodile ate, 4 against five
        ("ingwenya_lusweni", ("Ingwenya ibulale timbuti", "Ingwenya idle timbuti")),
        # entry 40, Xhosa: the bus's passengers, 38 against more than forty
        ("ibhasi_ngcobo", ("Ibhasi, ebisuka eMthatha", "Ibhasi, ebithwele")),
    ],
)
def test_development_pairs_contradict_both_ways_and_not_off(
    name: str, starts: tuple[str, str]
) -> None:
    assert related_both_ways(load(name), starts) == ["contradicts"] * 2
    with patched(bantu_numerals, "READ_CLASS_PREFIXED", False):
        assert "contradicts" not in related_both_ways(load(name), starts)


_LONG_STEMS = sorted(stem for stem in STEMS if len(stem) >= SHORT_PREFIX_STEM)


def _readings(word: str) -> list[Decimal]:
    """The values of every split of ``word`` into a prefix and a stem the reader allows,
    the shortest prefix first."""
    return [
        Decimal(STEMS[word[k:]])
        for k in range(2, len(word))
        if word[:k] in CLASS_PREFIXES
        and word[k:] in STEMS
        and (len(word[k:]) >= SHORT_PREFIX_STEM or (k >= 3 and word[0] in "aeiou"))
    ]


@given(st.sampled_from(sorted(CLASS_PREFIXES)), st.sampled_from(_LONG_STEMS))
def test_a_prefix_and_a_long_stem_read_as_a_stem_of_the_tables(prefix: str, stem: str) -> None:
    value = class_prefixed_value(prefix + stem)
    # "ezi" + "ntathu" is "ezin" + "tathu" too: both splits are three
    assert value is not None
    assert value in _readings(prefix + stem)


@given(st.text(alphabet="abehiklmnostuzŵ", min_size=1, max_size=14))
def test_a_word_read_is_a_prefix_and_a_stem_of_the_tables(word: str) -> None:
    readings = _readings(word)
    assert class_prefixed_value(word) == (readings[0] if readings else None)
    # never as the unit of tens ("amashumi amane") nor after "and" ("cumi na babiri")
    assert class_prefixed_value(word, "amashumi") is None
    assert class_prefixed_value(word, "na") is None
