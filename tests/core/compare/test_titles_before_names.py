"""Titles before a name end no sentence; "no" and "ca" abbreviate before figures (round 169)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import sentence_bounds
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways

#: The titles round 169 added to ``units._TITLES``.
ADDED_TITLES = frozenset(
    str.split(
        "sto sta bro alh pst drs drh drg hj kh pdt moh muh abd mnr mev const cst cpl govt lic "
        "মো திரு"
    )
)


#: The titles round 172 moved to ``units._CAPITALISED_TITLES`` that were titles in either
#: case before round 169 (months, days, "Sen.", "Hon.", "Det." …).
OLDER_TITLES_NOW_CAPITALISED = units._CAPITALISED_TITLES - frozenset(
    str.split("ma bi bw ir dt sto sta bro")
)


@contextmanager
def titles_as_before() -> Iterator[None]:
    """The splitter as before round 169: no new titles, "no" and "ca" titles before anything,
    the older titles in either case and before any word (round 172's conditions off)."""
    older = units._TITLES - ADDED_TITLES | {"no", "ca"} | OLDER_TITLES_NOW_CAPITALISED
    with ExitStack() as stack:
        stack.enter_context(patched(units, "_TITLES", older))
        stack.enter_context(patched(units, "_CAPITALISED_TITLES", frozenset()))
        stack.enter_context(patched(units, "_FIGURE_ABBREVIATIONS", frozenset()))
        stack.enter_context(patched(units, "_TITLES_BEFORE_FULL_NAMES", frozenset()))
        stack.enter_context(patched(units, "_NO_NAME_AFTER_TITLE", frozenset()))
        yield


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Ayon kay Provincial Veterinarian Dr. Ma. Teresa Soriano, walay rabies.",
        "Mkuu wa KWS wa Kanda ya Tsavo, Bi. Rehema Mwakisha, aliwataka wakazi watulie.",
        "Mwakilishi wa Wadi, Bw. Daniel Mwanyumba, anasema wakulima wamechoka.",
        "Kepala BPBD Sumenep, Ir. Abd. Rahman, ngoca' pèssèr la ilang.",
        "Kalèbun Karang Pèllè, H. Moh. Sahlan, bân para kyai mutusaghi.",
        "Kepala Dinas, Ir. Andi Baso Tenriawaru, makkeda penyakit ice-ice.",
        "Geng tenang, kata dr. Hj. Nurhayati lek RSUD Praya.",
        "Die burgemeester, mnr. Sakkie Marais, het gesê hulle is diep dankbaar.",
        "The date allowed Const. Renée Tremblay to trace the ring's owner.",
        "Salseng Chidimgre Govt. Higher Secondary Schoolo porai.",
        "Presidente municipal, Lic. Gerardo Ortiz Campos, arhispti.",
        "Bro. Jose and Sto. Niño parish, with Alh. Musa and Pst. Daniel, met KH. Ahmad.",
        "কোস্ট গার্ডের কমান্ডার ক্যাপ্টেন মো. রফিকুল ইসলাম জানিয়েছেন।",
        "இணை ஆணையர் திரு. எஸ். பாலமுருகன் தெரிவித்தார்.",
        "Ward No. 6 and nos. 4 and 5 held ca. 50 people.",
    ],
)
def test_a_title_before_a_name_ends_no_sentence(line: str) -> None:
    assert _sentences(line) == [line]


def test_switched_off_the_titles_cut_the_sentence_as_before() -> None:
    with titles_as_before():
        assert _sentences("Mkuu wa Kanda, Bi. Rehema Mwakisha, aliwataka wakazi.") == [
            "Mkuu wa Kanda, Bi.",
            "Rehema Mwakisha, aliwataka wakazi.",
        ]
        assert len(_sentences("The date allowed Const. Renée Tremblay to trace it.")) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a short title is a word of other languages, small when it ends a sentence
        (
            "Sefa miliyɔn 5 di jagokɛla tɔɔrɔlenw ma. Meri ko sugu bɛna da.",
            ["Sefa miliyɔn 5 di jagokɛla tɔɔrɔlenw ma.", "Meri ko sugu bɛna da."],
        ),
        (
            "Ñu ngi doon xeex ak safara bi. Kilifay sapeer-pompiye yi dem na.",
            ["Ñu ngi doon xeex ak safara bi.", "Kilifay sapeer-pompiye yi dem na."],
        ),
        # "no" and "ca" before a capital: Twi's determiner, Zapotec's plural
        (
            "Wɔahwehwɛ nnipa mmienu a wɔayera no. Wɔbɛtoa hwehwɛ no so Yawoada.",
            ["Wɔahwehwɛ nnipa mmienu a wɔayera no.", "Wɔbɛtoa hwehwɛ no so Yawoada."],
        ),
        (
            "Biiyacabe yoo guiiba' ca. Cruz Roja bidii primeros auxilios.",
            ["Biiyacabe yoo guiiba' ca.", "Cruz Roja bidii primeros auxilios."],
        ),
        # a sentence ending before a title still ends
        (
            "Maji yalifika. Bi. Rehema Mwakisha aliwataka wakazi watulie.",
            ["Maji yalifika.", "Bi. Rehema Mwakisha aliwataka wakazi watulie."],
        ),
    ],
)
def test_the_same_words_ending_a_sentence_still_end_it(line: str, expected: list[str]) -> None:
    assert _sentences(line) == expected


def test_a_title_keeps_its_sentence_whole_in_a_comparison_both_ways() -> None:
    text_a = "Kepala Dinas, Ir. Andi Baso, makkeda rumput laut mate. Petani massu."
    text_b = "Rumput laut mate, makkeda Kepala Dinas, Ir. Andi Baso. Pabbalu de'na lettu."
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert result.units_a[0].text.endswith(("mate.", "Andi Baso."))
        assert len(result.units_a) == len(result.units_b) == 2
    with titles_as_before():
        result = compare_texts(text_a, text_b)
        assert result.units_a[0].text == "Kepala Dinas, Ir."
        assert len(result.units_a) == len(result.units_b) == 3


def test_the_swahili_regional_head_is_one_sentence_in_the_elephant_pair_both_ways() -> None:
    truth = load("tembo_kasigau")
    # A's "Bi." cut off its name: "Rehema Mwakisha." paired with B's half before
    starts = ("Rehema Mwakisha.", "Rehema Mwakisha, aliwataka")
    assert paired_both_ways(truth, starts) == [False, False]
    with titles_as_before():
        assert paired_both_ways(truth, starts) == [True, True]


def test_the_buginese_head_of_service_is_paired_whole_in_the_seaweed_pair_both_ways() -> None:
    truth = load("seaweed_lampoko")
    starts = ("Kepala Dinas, Ir. Andi", "Kepala Dinas Andi Baso")
    assert paired_both_ways(truth, starts) == [True, True]
    with titles_as_before():
        assert paired_both_ways(truth, starts) == [False, False]


_WORDS = st.sampled_from(["Ma", "ma", "Bi", "bi", "Ir", "Const", "no", "No", "ca", "Rehema", "di"])
_PIECES = st.one_of(
    _WORDS,
    _WORDS.map(lambda word: word + "."),
    st.sampled_from(["5", "Teresa", "sefa", "“", ", "]),
)


@given(st.lists(_PIECES, max_size=24))
@example(["Tsavo,", "Bi.", "Rehema", "tae."])
@example(["a", "wɔayera", "no.", "Wɔbɛtoa", "no."])
def test_the_titles_only_remove_ends_after_a_title_and_add_ends_after_no_or_ca(
    pieces: list[str],
) -> None:
    line = " ".join(pieces)
    now = {end for _, end in sentence_bounds(line)}
    with titles_as_before():
        before = {end for _, end in sentence_bounds(line)}
    for end in before - now:  # an end removed: after a title of round 169
        word = line[:end].split()[-1].rstrip(".").lower()
        assert word in ADDED_TITLES | units._CAPITALISED_TITLES | {"no", "ca"} or end == len(line)
    for end in now - before:  # an end added: after "no" or "ca" before no figure
        word = line[:end].split()[-1].rstrip(".").lower()
        assert word in {"no", "ca"} or end == len(line)
