"""A figure against a number word read only beside another, beside the same word (round 72)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.framed import VALUED_LETTERS, read_spans, valued_difference
from desktop_app.core.compare.numerals import AMBIGUOUS, WORD_VALUES
from desktop_app.core.compare.terms import stem, tokens
from tests.core.compare.test_framed import NONSENSE, assert_differs_both_ways, difference_by


def _difference(text_a: str, text_b: str) -> str:
    return difference_by(valued_difference, text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        # Indonesian: "lima" (five, and a city) after the same "selama" as "dua" (two)
        (
            "Dilarang mendaki selama dua tahun.",
            "Terancam dilarang mendaki selama lima tahun.",
            "dua ≠ lima",
        ),
        # Bambara: an hour in digits after "lɛrɛ", "kelen" (one) after it on the other side
        (
            "Tasuma donna lɛrɛ 2 ni miniti 15 waati la.",
            "Tasuma daminɛna su tilancɛ lɛrɛ kelen waati la.",
            "2 ≠ kelen",
        ),
        # Irish: "trí" (three, and through) before "a chlog", where "ceathair" (four) stands
        (
            "Fuarthas glaoch ag a ceathair a chlog ar maidin.",
            "Fuair an Garda Cósta an comhartha ag a trí a chlog.",
            "ceathair ≠ trí",
        ),
    ],
)
def test_a_number_word_read_only_beside_another_contradicts_a_figure(
    text_a: str, text_b: str, difference: str
) -> None:
    assert_differs_both_ways(valued_difference, text_a, text_b, difference)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same value: "lima" is five, as 5 is
        ("Dilarang mendaki selama 5 tahun.", "Terancam dilarang mendaki selama lima tahun."),
        # a word of two letters is mostly an article or a preposition ("de" is two somewhere)
        ("32 fedas son mòrtas.", "Una quarantena de fedas son mòrtas."),
        # no frame word in common: "lima" stands beside other words
        ("Dilarang mendaki selama 2 tahun.", "Kota Lima dikunjungi tahun lalu."),
        # the first side gives the word's value too
        ("Selama dua tahun, lima pendaki dilarang.", "Dilarang selama lima tahun."),
        # a figure set apart by punctuation has no frame word
        ("Dilarang selama (2) tahun.", "Dilarang selama lima tahun."),
    ],
)
def test_no_difference_without_a_frame_word_and_another_value(text_a: str, text_b: str) -> None:
    assert _difference(text_a, text_b) == ""
    assert _difference(text_b, text_a) == ""


def test_the_engine_labels_such_a_pair_a_contradiction_both_ways() -> None:
    text_a = "Pihak taman nasional melarang keempat pendaki mendaki selama dua tahun."
    text_b = "Pihak taman nasional melarang keempat pendaki mendaki selama lima tahun."
    (pair,) = compare_texts(text_a, text_b).pairs
    assert (pair.relation, pair.differences) == ("contradicts", ("dua ≠ lima",))
    (swapped,) = compare_texts(text_b, text_a).pairs
    assert (swapped.relation, swapped.differences) == ("contradicts", ("lima ≠ dua",))


#: Number words of the tables read only beside another, long enough to stand against a figure.
_VALUED = sorted(
    word
    for word in AMBIGUOUS
    if len(word) >= VALUED_LETTERS and word in WORD_VALUES and word.isalpha() and word.islower()
)
_words = st.lists(st.sampled_from(NONSENSE), min_size=2, max_size=8)


@given(
    _words,
    st.integers(min_value=1, max_value=8),
    st.sampled_from(_VALUED),
    st.integers(min_value=1, max_value=999),
)
def test_a_figure_against_a_valued_word_differs_both_ways_unless_equal(
    words: list[str], where: int, valued: str, figure: int
) -> None:
    where = min(where, len(words))
    text_a = " ".join([*words[:where], str(figure), *words[where:]])
    text_b = " ".join([*words[:where], valued, *words[where:]])
    # some such words are read as a count before a noun ("tien quazzle"): then no rule of
    # unread words applies
    assume(not read_spans(tokens(text_b)))
    difference = _difference(text_a, text_b)
    assert _difference(text_b, text_a) == " ≠ ".join(reversed(difference.split(" ≠ ")))
    if WORD_VALUES[valued] == figure:
        assert difference == ""
    elif len({stem(word) for word in words}) == len(words) and stem(valued) not in {
        stem(word) for word in words
    }:
        assert difference == f"{figure} ≠ {valued}"


@given(_words, st.sampled_from(_VALUED))
def test_a_sentence_with_a_valued_word_against_itself_is_a_near_copy(
    words: list[str], valued: str
) -> None:
    text = " ".join([words[0], valued, *words[1:]])
    assert _difference(text, text) == ""
    (pair,) = compare_texts(text, text).pairs
    assert pair.relation == "near_copy"
