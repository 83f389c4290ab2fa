"""Listed titles that are also words ending sentences: a capital, a name after them (round 172)."""

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

#: The titles round 169 left needing their capital.
ROUND_169_CAPITALISED = frozenset(str.split("ma bi bw ir dt"))


@contextmanager
def titles_as_before() -> Iterator[None]:
    """The splitter as round 169 left it: the words round 172 moved are titles in either case,
    "Ma." needs only its capital, and any word may follow a title."""
    moved = units._CAPITALISED_TITLES - ROUND_169_CAPITALISED
    with ExitStack() as stack:
        stack.enter_context(patched(units, "_TITLES", units._TITLES | moved))
        stack.enter_context(patched(units, "_CAPITALISED_TITLES", ROUND_169_CAPITALISED))
        stack.enter_context(patched(units, "_TITLES_BEFORE_FULL_NAMES", frozenset()))
        stack.enter_context(patched(units, "_NO_NAME_AFTER_TITLE", frozenset()))
        yield


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


CUT_NOW = [
    # a surname that is also a title, before a pronoun, one capitalised word or a figure
    ("The firm was founded by Jack Ma. It grew fast.", 2),
    ("The soloist was Yo-Yo Ma. Tickets sold out.", 2),
    ("The winner was Jack Ma. 30 people came.", 2),
    # "Govt." ending a sentence before one capitalised word
    ("The plan was approved by the Govt. Protests followed.", 2),
    # listed words that are ordinary small words: Italian, English, Swedish, Danish, Ladino
    ("Non ci sto. Il sindaco ha risposto subito.", 2),
    ("La casa sta. Domani arriva la pioggia.", 2),
    ("Thanks, bro. See you tomorrow.", 2),
    ("Det var fullt i rummet, säger hon. Hon har haft säsongskort länge.", 2),
    ("Vandet skal koges, før du drikker det. Kogeanbefalingen gælder 4.300 husstande.", 2),
    ("Hallarna besiktigas före jul. Arenan fyller 56 år.", 2),
    ("Ke me yevava a la eskola por la mar. Ma el miercoles vino.", 2),
]


@pytest.mark.parametrize(("line", "count"), CUT_NOW)
def test_a_title_word_ending_a_sentence_ends_it(line: str, count: int) -> None:
    assert len(_sentences(line)) == count


@pytest.mark.parametrize(("line", "count"), CUT_NOW)
def test_switched_off_the_title_word_joins_the_sentences(line: str, count: int) -> None:
    with titles_as_before():
        assert len(_sentences(line)) == count - 1


@pytest.mark.parametrize(
    "line",
    [
        # the titles round 169 kept before names stay titles
        "Ayon kay Provincial Veterinarian Dr. Ma. Teresa Soriano, walay rabies.",
        "Salseng Chidimgre Govt. Higher Secondary Schoolo porai.",
        "Bro. Jose and Sto. Niño parish, with Alh. Musa and Pst. Daniel, met KH. Ahmad.",
        "Kan 2019, nalupad man an atop kan Sta. Cruz Elementary School.",
        "Distrikt Chief Executive, Hon. Cuthbert Der, yɛlɛ ka.",
        "Det. Sgt. Anna Cole and Sen. Maria Lopez met on Sept. 14 at the Co. Cork office.",
        "The board meets on Mon. Jan. 5 in Op. 27 hall.",
        # surnames that are also pronouns after a title: the Chinese He, the Hmong Her
        "Dr. He Jiankui said the twins were healthy.",
        "Gen. He Weidong and Mr. Her met the press.",
        # written small before a name in Polish and Russian, titles in either case
        "Rzecznik straży, st. kpt. Marek Nowicki, mówi, że gen. Roman Polko przyjechał.",
        "Под водой оказались 312 домов на ул. Береговой и на ул. Луговой.",
        # a badge number after a title, a single letter standing for a name
        "Const. 1234 arrested him, and Mr. A said nothing.",
    ],
)
def test_titles_before_a_name_still_end_no_sentence(line: str) -> None:
    assert _sentences(line) == [line]


def test_a_surname_title_ends_its_sentence_in_a_comparison_both_ways() -> None:
    text_a = "The company was founded by Jack Ma. It grew fast in its first years."
    text_b = "It grew fast in its first years. Its founder is the teacher Jack Ma."
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert len(result.units_a) == len(result.units_b) == 2
        assert any(span.text.startswith("It grew fast") for span in result.units_a)
    with titles_as_before():
        result = compare_texts(text_a, text_b)
        assert len(result.units_a) == 1


def test_the_swedish_arena_quote_ends_where_she_says_it() -> None:
    truth = load("arena_lulea")
    said = "säger hon."
    assert said in truth.text_b
    ends = [span.text for span in compare_texts(truth.text_a, truth.text_b).units_b]
    assert any(text.endswith(said) for text in ends)
    with titles_as_before():
        ends = [span.text for span in compare_texts(truth.text_a, truth.text_b).units_b]
        assert not any(text.endswith(said) for text in ends)


_WORDS = st.sampled_from(
    ["Ma", "ma", "Govt", "sto", "Sto", "bro", "Hon", "hon", "It", "Teresa", "Soriano", "30", "the"]
)
_PIECES = st.one_of(_WORDS, _WORDS.map(lambda word: word + "."))


@given(st.lists(_PIECES, max_size=20))
@example(["Jack", "Ma.", "It", "grew."])
@example(["Dr.", "Ma.", "Teresa", "Soriano"])
def test_the_rule_only_adds_ends_after_a_listed_title(pieces: list[str]) -> None:
    line = " ".join(pieces)
    now = {end for _, end in sentence_bounds(line)}
    with titles_as_before():
        before = {end for _, end in sentence_bounds(line)}
    assert before <= now
    for end in now - before:
        word = line[:end].split()[-1].rstrip(".").lower()
        assert word in units._TITLES | units._CAPITALISED_TITLES
