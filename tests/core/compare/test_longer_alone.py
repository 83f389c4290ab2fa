"""A sentence twice as long as its only partner, with a figure, a moment or a name the other
lacks, adds detail (round 166)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import Comparison, compare_texts, longer_alone
from desktop_app.core.compare.longer_alone import LONGER_ALONE_RATIO, sentence_words
from desktop_app.core.compare.near_copies import LIKENESS_WORD
from desktop_app.core.compare.relations import relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    Label,
    detailed_both_ways,
    mirrored_label,
    sentence_terms,
)

_RICHER = (
    "Fire crews from three stations searched the rubble with a dog for an hour before "
    "confirming that no one was trapped."
)
_POORER = "Firefighters checked the rubble before declaring the site clear."
_OPENING_A = "The old mill chimney at Marlowby collapsed onto the yard on Sunday."
_OPENING_B = "The chimney of the old Marlowby mill fell into its yard on Sunday."


def _labels(comparison: Comparison) -> list[Label]:
    """Each pair's relation and detail side, in text order."""
    return [(pair.relation, pair.detail_side) for pair in comparison.pairs]


def _both_ways(text_a: str, text_b: str) -> tuple[list[Label], list[Label]]:
    """The labels comparing A with B, and comparing B with A with the side named as in A
    against B."""
    return _labels(compare_texts(text_a, text_b)), _labels(compare_texts(text_b, text_a).mirrored())


def _related(rich: str, poor: str, alone: tuple[bool, bool]) -> tuple[Label, Label]:
    """The label with ``rich`` as A, and with it as B (``alone`` given for ``rich`` first)."""
    a, b = sentence_terms(rich, poor)
    forward = relation_of(a, b, rich, poor, shares_quote=False, alone=alone)
    backward = relation_of(b, a, poor, rich, shares_quote=False, alone=alone[::-1])
    return forward[:2], backward[:2]


def test_the_built_pair_is_the_same_fact_by_the_other_five_ways() -> None:
    # the rule's own case: no other way to more detail takes it
    assert _related(_RICHER, _POORER, (False, True)) == (("same_fact", None),) * 2


def test_twice_the_words_alone_with_a_figure_of_its_own_adds_detail_both_ways() -> None:
    assert _related(_RICHER, _POORER, (True, True)) == (("adds_detail", "a"), ("adds_detail", "b"))
    # the poorer side's own partners do not matter
    assert _related(_RICHER, _POORER, (True, False)) == (
        ("adds_detail", "a"),
        ("adds_detail", "b"),
    )


def test_the_texts_label_the_longer_sentence_more_detail_both_ways_and_off() -> None:
    text_a, text_b = f"{_OPENING_A} {_RICHER}", f"{_OPENING_B} {_POORER}"
    expected = [("same_fact", None), ("adds_detail", "a")]
    assert _both_ways(text_a, text_b) == (expected, expected)
    with patched(longer_alone, "LONGER_ALONE", False):
        assert _both_ways(text_a, text_b) == ([("same_fact", None)] * 2,) * 2


def test_short_of_twice_the_words_is_the_same_fact() -> None:
    # two words more and the long side (21 words) falls short of twice the other's (11)
    poor = "Firefighters checked all of the rubble before declaring the site clear."
    assert _related(_RICHER, poor, (True, True)) == (("same_fact", None),) * 2


def test_a_long_side_with_no_value_or_name_of_its_own_is_the_same_fact() -> None:
    rich = (
        "Fire crews searched the rubble with a dog before confirming that nobody was trapped "
        "under the fallen bricks."
    )
    assert _related(rich, _POORER, (True, True)) == (("same_fact", None),) * 2


@pytest.mark.parametrize(
    ("name", "starts", "label"),
    [
        # entry 51: three stations, a dog and an hour against the rubble checked
        ("chimney_marlowby", ("Fire crews from three stations", "Firefighters checked"), "a"),
        # entry 160, Canadian English: the day, the place and the depth against the ring
        ("ring_potato_tamsworth", ("On Oct. 9, the man", "The potato had grown"), "a"),
        # entry 83: the month, the contractor and every check against "last month"
        ("lift_harrowgate_corrowby", ("Both lifts were serviced", "The lift was serviced"), "a"),
    ],
)  # fmt: skip
def test_development_pairs_add_detail_both_ways_and_not_off(
    name: str, starts: tuple[str, str], label: str
) -> None:
    assert detailed_both_ways(load(name), starts) == [("adds_detail", label)] * 2
    with patched(longer_alone, "LONGER_ALONE", False):
        assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2


def test_a_long_sentence_the_engine_pairs_twice_stays_the_same_fact() -> None:
    # entry 5: six libraries and a date against "Kettle Lane is one of the six.", the long
    # sentence paired with the next one too ("The others are Moorside, …"): the writers'
    # one sentence against two
    truth = load("library_cuts")
    starts = ("The libraries at Kettle Lane", "Kettle Lane is one of the six.")
    assert detailed_both_ways(truth, starts) == [("same_fact", None)] * 2
    rich = next(p.a.text for p in truth.pairs if p.a.text.startswith(starts[0]))
    poor = next(p.b.text for p in truth.pairs if p.b.text.startswith(starts[1]))
    assert _related(rich, poor, (True, True))[0] == ("adds_detail", "a")


_WORDS = st.sampled_from(
    ["crews", "rubble", "dog", "searched", "stations", "three", "hour", "Marlowby", "site", "12"]
)


@given(
    words_a=st.lists(_WORDS, min_size=1, max_size=14),
    words_b=st.lists(_WORDS, min_size=1, max_size=14),
    alone=st.tuples(st.booleans(), st.booleans()),
)
def test_the_rule_only_turns_the_same_fact_into_detail_on_the_longer_side_and_mirrors(
    words_a: list[str], words_b: list[str], alone: tuple[bool, bool]
) -> None:
    text_a = "The " + " ".join(words_a) + "."
    text_b = "The " + " ".join(words_b) + "."
    forward = mirrored_label(text_a, text_b, alone)
    a, b = sentence_terms(text_a, text_b)
    with patched(longer_alone, "LONGER_ALONE", False):
        off = relation_of(a, b, text_a, text_b, shares_quote=False, alone=alone)[:2]
    if forward != off:
        side = forward[1]
        assert off == ("same_fact", None)
        assert side is not None
        rich_words, poor_words = (words_a, words_b) if side == "a" else (words_b, words_a)
        assert alone[0 if side == "a" else 1]
        assert len(rich_words) + 1 >= LONGER_ALONE_RATIO * (len(poor_words) + 1)


#: Chinese, written without spaces: the crews checked the rubble on 5 March (a date, two
#: clauses) against three stations' crews searching it with a dog for an hour (one clause).
_ZH_SHORT_DATED = "3月5日，消防员检查了废墟。"
_ZH_LONG = "三个消防站的消防员带着一只搜救犬在废墟里仔细搜查了整整一个小时才确认没有人被困在里面。"
_ZH_LONG_DATED = "三个消防站的消防员于3月5日带着搜救犬搜查了废墟，确认没有人被困。"


def test_chinese_is_counted_by_the_character_not_by_the_clause() -> None:
    # two clauses against one, but a third of the characters: no more detail
    assert sentence_words(_ZH_SHORT_DATED) == 12
    assert _related(_ZH_SHORT_DATED, _ZH_LONG, (True, True)) == (("same_fact", None),) * 2
    # the long side with the date of its own is more detail, both ways
    assert _related(_ZH_LONG_DATED, "消防员检查了废墟。", (True, True)) == (
        ("adds_detail", "a"),
        ("adds_detail", "b"),
    )


@given(st.text(st.characters(exclude_categories=["Cs"], max_codepoint=0x2FFF)))
def test_words_without_ideographs_are_counted_as_relations_counts_them(text: str) -> None:
    assert sentence_words(text) == len(LIKENESS_WORD.findall(text))


@given(
    st.text(st.characters(exclude_categories=["Cs"], max_codepoint=0x2FFF)),
    st.text(st.sampled_from("消防员废墟月日のカタ"), min_size=1),
)
def test_each_ideograph_or_kana_is_one_word_more(text: str, ideographs: str) -> None:
    assert sentence_words(f"{text} {ideographs}") == sentence_words(text) + len(ideographs)
