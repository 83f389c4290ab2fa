"""Abbreviations that close a name, and a name after a title, may end a sentence (round 195)."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import sentence_bounds, split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


def _name_endings_off() -> AbstractContextManager[None]:
    """The splitter as in round 190: "Ltd", "Rd" and "Ng" read by their title shape."""
    return patched(units, "NAME_ENDINGS", False)


@pytest.mark.parametrize(
    "line",
    [
        "The contract went to Hoang Trading Co. Ltd. Workers were sent home at noon.",
        "The lorry overturned on Station Rd. Police closed it for an hour.",
        "The crash was outside a house on Mill Ln. Neighbours heard it.",
        "The boat belonged to Mr Ng. Police said nothing more.",
        "The stall was run by Dr Ng. Customers queued all day.",
    ],
)
def test_a_name_ending_ends_its_sentence(line: str) -> None:
    assert len(_sentences(line)) == 2
    with _name_endings_off():
        assert _sentences(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # a closer before a comma or a small letter, and titles stacked before a name
        "News release, Tolberg & District Co-operative Ltd., Tolberg, Sask.",
        "Tolberg & District Co-operative Ltd. will open its grocery store in May.",
        "The bag was returned to Dr. Smt. Meenal Kulkarni of Ganeshnagar.",
        "Kapala Dinas, Muhammad Arsyad Dg. Bali, nakana ce'la' la'bi jai.",
        # Tausug "Hji." (Hadji), a listed title since round 195
        "In Kapitan sin barangay, Hji. Abdurasad Sali, laung niya tabangan niya.",
        # "Sq." heads a rank before a name, as South Asian air forces write it (review)
        "The pilot, Sq. Ldr. Ahmed Khan, landed the jet safely at Peshawar.",
        "The flight was led by Sq. Cdr. Nuwan Perera of the air force.",
        "The patrol boat of Lt Cdr. Rao docked at noon.",
    ],
)
def test_titles_and_closers_inside_a_sentence_stay_whole(line: str) -> None:
    assert _sentences(line) == [line]


#: A built pair: a court report and a council notice naming a company and a road.
REPORT = (
    "The tender was won by Hoang Trading Co. Ltd. Workers began on Station Rd. "
    "Police closed the road for a week.\n"
)
NOTICE = (
    "Police closed the road for a week while Hoang Trading Co. Ltd. repaired it.\n\n"
    "Workers began on Station Rd. on Monday.\n"
)


def test_the_built_pair_ends_sentences_after_the_closers_both_ways() -> None:
    for first, second in ((REPORT, NOTICE), (NOTICE, REPORT)):
        result = compare_texts(first, second)
        report = result.units_a if first is REPORT else result.units_b
        assert [unit.text for unit in report] == [
            "The tender was won by Hoang Trading Co. Ltd.",
            "Workers began on Station Rd.",
            "Police closed the road for a week.",
        ]
    with _name_endings_off():
        assert len(compare_texts(REPORT, NOTICE).units_a) == 1


def test_the_hadji_of_the_fishing_pair_opens_his_sentence_whole() -> None:
    truth = load("tuki_pulagasan")
    for text, other in ((truth.text_b, truth.text_a), (truth.text_a, truth.text_b)):
        ends = [text[unit.start : unit.end] for unit in split_units(text, other)]
        assert not any(end.endswith("Hji.") for end in ends)
    b_units = split_units(truth.text_b, truth.text_a)
    assert any(
        truth.text_b[u.start : u.end].startswith("In Kapitan sin barangay, Hji. Abdurasad")
        for u in b_units
    )


_OPENERS = st.sampled_from(["Workers", "Police", "Neighbours", "Residents", "Officials"])


@given(closer=st.sampled_from(sorted(units._NAME_CLOSERS)), opener=_OPENERS)
def test_any_closer_before_a_capitalised_word_ends_the_sentence(closer: str, opener: str) -> None:
    line = f"The work went to Acme {closer.capitalize()}. {opener} said it was late."
    assert len(_sentences(line)) == 2


@given(
    title=st.sampled_from(["Mr", "Mrs", "Ms", "Dr"]),
    name=st.sampled_from(["Ng", "Smt", "Dg", "Bpk"]),
    opener=_OPENERS,
)
def test_a_shaped_word_after_an_unstopped_title_is_a_name(
    title: str, name: str, opener: str
) -> None:
    line = f"The boat belonged to {title} {name}. {opener} said nothing."
    assert len(_sentences(line)) == 2
    stopped = f"The boat belonged to {title}. {name}. Kulkarni of Ganeshnagar."
    assert len(_sentences(stopped)) == 1
