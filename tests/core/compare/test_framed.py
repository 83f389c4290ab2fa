"""A figure against words the engine cannot read, between the same two words (round 47)."""

from __future__ import annotations

from collections.abc import Callable, Set

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.framed import FRAME_WORDS, Read, framed_difference, read_spans
from desktop_app.core.compare.numerals import AMBIGUOUS, word_value
from desktop_app.core.compare.terms import stem, tokens

#: A rule of ``framed``: two sentences, their word keys and read spans -> what differs.
Rule = Callable[[str, str, Set[str], Set[str], Read, Read], str]


def difference_by(rule: Rule, text_a: str, text_b: str) -> str:
    """What ``rule`` finds differing between two sentences, read as the engine reads them."""
    tokens_a, tokens_b = tokens(text_a), tokens(text_b)
    keys_a = {token.key for token in tokens_a}
    keys_b = {token.key for token in tokens_b}
    return rule(text_a, text_b, keys_a, keys_b, read_spans(tokens_a), read_spans(tokens_b))


def assert_differs_both_ways(rule: Rule, text_a: str, text_b: str, difference: str) -> None:
    """``rule`` finds ``difference`` ("x ≠ y") from A to B, and "y ≠ x" with the sides swapped."""
    assert difference_by(rule, text_a, text_b) == difference
    mirrored = " ≠ ".join(reversed(difference.split(" ≠ ")))
    assert difference_by(rule, text_b, text_a) == mirrored


def _difference(text_a: str, text_b: str) -> str:
    return difference_by(framed_difference, text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        # Samoan: 28 feet against "luasefulu" (twenty) between "e" and "futu"
        ("O le vaʻa e 28 futu le umi.", "O le vaʻa e luasefulu futu le umi.", "28 ≠ luasefulu"),
        # Aymara: a number of two words between "Jawirax" and "utanak" (Wolof "ñaar-fukki"
        # and Breton "Tregont" were such words until round 67 gave their languages a table:
        # see test_num2words2_languages)
        (
            "Jawirax 32 utanak apasïna.",
            "Jawirax kimsa tunka utanak apasïna.",
            "32 ≠ kimsa tunka",
        ),
        # the sentence's start is a frame too (Lezgian)
        ("12 кӀвализ яд акатна.", "ЦӀуд кӀвализ яд акатна.", "12 ≠ ЦӀуд"),
        # a clock time in digits against an hour in words (Wolof)
        (
            "Agsi nañu ci 01:30 ci guddi.",
            "Agsi nañu ci ñetti waxtu ci guddi.",
            "01:30 ≠ ñetti waxtu",
        ),
    ],
)
def test_a_figure_against_unread_words_in_its_frame_differs(
    text_a: str, text_b: str, difference: str
) -> None:
    assert_differs_both_ways(framed_difference, text_a, text_b, difference)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the other side gives the figure too
        ("O le vaʻa e 28 futu le umi.", "O le vaʻa e 28 futu, luasefulu futu le umi."),
        # a number the engine reads is compared by the engine, not here
        ("The boat is 28 feet long.", "The boat is twenty feet long."),
        # more unread words than a number takes
        ("O le vaʻa e 28 futu.", "O le vaʻa e tele lava ma le matagofie futu."),
        # the words in the frame are the first side's own words, not a figure
        ("Na o mai tagata 12 ma.", "Na o mai tagata mai ma."),
        # a figure in brackets is an aside: punctuation breaks the frame
        ("Pak Sarmin (58), garwane, tilar donya.", "Pak Sarmin seket garwane tilar donya."),
        # nothing frames a figure that stands alone
        ("28", "luasefulu"),
        # a figure in words on both sides is no figure in digits
        ("Tekau mā whā i ora.", "Tekau mā rima i ora."),
    ],
)
def test_no_difference_without_a_figure_framed_against_unread_words(
    text_a: str, text_b: str
) -> None:
    assert _difference(text_a, text_b) == ""
    assert _difference(text_b, text_a) == ""


def test_the_engine_labels_such_a_pair_a_contradiction() -> None:
    text_a = "O le vaʻa faifaiva e 28 futu le umi na goto i le sami."
    text_b = "O le vaʻa faifaiva e luasefulu futu le umi na goto i le sami."
    (pair,) = compare_texts(text_a, text_b).pairs
    assert pair.relation == "contradicts"
    assert pair.differences == ("28 ≠ luasefulu",)


#: Made-up words no number table reads (checked below) and no stop-word list holds.
NONSENSE = ("blorf", "quazzle", "vrintok", "zmokt", "pleebu", "gworna", "skivvet", "trumpha")
_words = st.lists(st.sampled_from(NONSENSE), min_size=2, max_size=8)


def test_the_made_up_words_are_plain_words() -> None:
    for word in NONSENSE:
        (token,) = tokens(f"{word}")
        assert token.kind == "word"


@given(_words, st.integers(min_value=0, max_value=8), st.integers(min_value=11, max_value=999))
def test_a_figure_set_where_the_other_side_has_a_new_word_differs_both_ways(
    words: list[str], where: int, figure: int
) -> None:
    where = min(where, len(words))
    unread = "snorvelik"
    text_a = " ".join([*words[:where], str(figure), *words[where:]])
    text_b = " ".join([*words[:where], unread, *words[where:]])
    difference = _difference(text_a, text_b)
    # the frame is met on the other side unless a frame word repeats and meets another copy
    # first; either way the two sides see the same difference mirrored
    assert _difference(text_b, text_a) == " ≠ ".join(reversed(difference.split(" ≠ ")))
    if len({stem(word) for word in words}) == len(words):
        assert difference == f"{figure} ≠ {unread}"


@given(_words, st.integers(min_value=11, max_value=999))
def test_a_sentence_against_itself_has_no_framed_difference(words: list[str], figure: int) -> None:
    text = " ".join([words[0], str(figure), *words[1:]])
    assert _difference(text, text) == ""


def test_a_run_longer_than_frame_words_is_not_a_figure() -> None:
    long_run = " ".join(["snorvelik"] * (FRAME_WORDS + 1))
    assert _difference("blorf 28 zmokt", f"blorf {long_run} zmokt") == ""
    assert _difference("blorf 28 zmokt", "blorf snorvelik zmokt") == "28 ≠ snorvelik"


def test_a_number_word_of_the_figures_value_read_only_beside_another_says_the_figure() -> None:
    # Urdu "چھ" (six) is read only beside another number word; against "۶" it agrees (round 86)
    text_a = "آگ پر صبح ۶ بجے مکمل قابو پایا گیا۔"
    text_b = "آگ پر صبح چھ بجے قابو پایا گیا۔"
    assert difference_by(framed_difference, text_a, text_b) == ""
    assert difference_by(framed_difference, text_b, text_a) == ""
    # an unread word that is no number word of the figure's value still differs
    assert_differs_both_ways(
        framed_difference, text_a, "آگ پر صبح بہت بجے قابو پایا گیا۔", "۶ ≠ بہت"
    )


def _value(word: str) -> int:
    """The value of a number word of the tables (0 for a word of none)."""
    value, _ = word_value(word)
    return int(value or 0)


#: Number words of one digit that the engine reads only beside another ("afar", "fire",
#: "otto", "sitt"): nearly all are left unread alone, so that only
#: ``framed._says_the_figure`` keeps them from differing from the digit they are worth.
_AMBIGUOUS_DIGITS = sorted(word for word in AMBIGUOUS if 2 <= _value(word) <= 9)


@given(st.sampled_from(_AMBIGUOUS_DIGITS))
def test_a_number_word_read_only_beside_another_in_the_frame_of_its_value_never_differs(
    word: str,
) -> None:
    value = _value(word)
    text_a = f"Ngati mapeto {value} kolimbe wamba."
    text_b = f"Ngati mapeto {word} kolimbe wamba."
    assert difference_by(framed_difference, text_a, text_b) == ""
    assert difference_by(framed_difference, text_b, text_a) == ""
