"""An article's lede read as more detail is the same fact: it sums the story up (round 142)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import Comparison, compare_texts, cut_down, relations
from desktop_app.core.compare.relations import relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    MIRRORED_SIDE,
    Label,
    detailed_both_ways,
    sentence_terms,
)

_RICHER = (
    "A young giraffe escaped from Corbenhall Safari Park early this morning and walked about "
    "a mile along the A611 ring road before it was recaptured."
)
_POORER = "It had slipped out of Corbenhall Safari Park in the early morning."
_MORE_A = "Keepers said the animal was calm and unhurt."
_MORE_B = "Police closed the road for two hours while vets sedated it."


def _labels_both_ways(text_a: str, text_b: str) -> tuple[list[Label], list[Label]]:
    """Every pair's relation and detail side comparing A with B, and comparing B with A with
    the side named as in A against B."""
    return _labels(compare_texts(text_a, text_b)), _labels(compare_texts(text_b, text_a).mirrored())


def _labels(comparison: Comparison) -> list[Label]:
    """Each pair's relation and detail side, in text order."""
    return [(pair.relation, pair.detail_side) for pair in comparison.pairs]


def test_the_richer_lede_against_a_later_sentence_is_the_same_fact_both_ways() -> None:
    text_a, text_b = f"{_RICHER} {_MORE_A}", f"{_MORE_B} {_POORER}"
    assert _labels_both_ways(text_a, text_b) == ([("same_fact", None)], [("same_fact", None)])
    with patched(relations, "LEDE_SUMS_UP", False):
        assert _labels_both_ways(text_a, text_b) == (
            [("adds_detail", "a")],
            [("adds_detail", "a")],
        )


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same sentence second in its article: no lede, more detail
        (f"{_MORE_A} {_RICHER}", f"{_MORE_B} {_POORER}"),
        # a text of one sentence sums nothing up, a headline over it or not
        (_RICHER, _POORER),
        (f"Giraffe on the loose\n\n{_RICHER}", _POORER),
    ],
)
def test_the_richer_sentence_elsewhere_or_alone_still_adds_detail(text_a: str, text_b: str) -> None:
    assert _labels_both_ways(text_a, text_b) == ([("adds_detail", "a")], [("adds_detail", "a")])


def test_a_headline_and_byline_above_the_lede_leave_it_the_lede() -> None:
    text_a = f"GIRAFFE ON THE LOOSE\nBy Jane Smith\n\n{_RICHER} {_MORE_A}"
    text_b = f"{_MORE_B} {_POORER}"
    assert _labels_both_ways(text_a, text_b) == ([("same_fact", None)], [("same_fact", None)])


def test_a_copy_of_the_lede_later_in_its_text_is_the_lede_too() -> None:
    # the lede told again word for word at the end: both copies sum the story up alike
    text_a, text_b = f"{_RICHER} {_MORE_A} {_RICHER}", f"{_MORE_B} {_POORER}"
    assert _labels_both_ways(text_a, text_b) == ([("same_fact", None)] * 2,) * 2


def test_one_sentence_told_twice_sums_nothing_up() -> None:
    # a text of one sentence pasted twice is a text of one sentence: both copies add detail
    text_a, text_b = f"{_RICHER}\n\n{_RICHER}", f"{_MORE_B} {_POORER}"
    assert _labels_both_ways(text_a, text_b) == ([("adds_detail", "a")] * 2,) * 2


def test_the_poorer_lede_against_a_richer_later_sentence_still_gives_the_detail() -> None:
    rich, poor = sentence_terms(_RICHER, _POORER)
    forward = relation_of(rich, poor, _RICHER, _POORER, shares_quote=False, ledes=(False, True))
    backward = relation_of(poor, rich, _POORER, _RICHER, shares_quote=False, ledes=(True, False))
    assert (forward[:2], backward[:2]) == (("adds_detail", "a"), ("adds_detail", "b"))


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        # entry 131: the giraffe's escape, its mile and its recapture against its slipping out
        ("giraffe_corbenhall", ("A young giraffe escaped", "It had slipped out")),
        # entry 132, Kituba: the day, the hour and the curtain's fall against its jamming
        ("curtain_kinsaku", ("Na kilumbu ya Sabala", "Yo kangamaka na kati-kati")),
        # entry 91: the macaw's escape and the door left open against the door
        ("parrot_cullerby", ("A hyacinth macaw escaped", "A door had been left open")),
    ],
)  # fmt: skip
def test_development_ledes_are_the_same_fact_both_ways(name: str, starts: tuple[str, str]) -> None:
    assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2
    with patched(relations, "LEDE_SUMS_UP", False):
        assert detailed_both_ways(load(name), starts) == [("adds_detail", "a")] * 2


_WORDS = st.sampled_from(
    ["giraffe", "escaped", "park", "road", "mile", "morning", "keepers", "recaptured", "A611"]
)


@given(
    words_a=st.lists(_WORDS, min_size=1, max_size=12),
    words_b=st.lists(_WORDS, min_size=1, max_size=12),
    ledes=st.tuples(st.booleans(), st.booleans()),
)
def test_the_rule_only_takes_more_detail_from_a_lede_and_mirrors(
    words_a: list[str], words_b: list[str], ledes: tuple[bool, bool]
) -> None:
    text_a = " ".join(words_a).capitalize() + "."
    text_b = " ".join(words_b).capitalize() + "."
    a, b = sentence_terms(text_a, text_b)
    # round 189's ways past the lede (a partner cut down from it, a lede naming five places)
    # switched off: "Giraffe a611." against "Giraffe." is more detail with them on
    with patched(cut_down, "CUT_DOWN", False), patched(cut_down, "NAMED_LEDE", False):
        forward = relation_of(a, b, text_a, text_b, shares_quote=False, ledes=ledes)[:2]
        backward = relation_of(b, a, text_b, text_a, shares_quote=False, ledes=ledes[::-1])[:2]
        plain = relation_of(a, b, text_a, text_b, shares_quote=False)[:2]
    assert backward == (forward[0], MIRRORED_SIDE[forward[1]])
    detail_side = plain[1] if plain[0] == "adds_detail" else None
    if detail_side is not None and ledes[0 if detail_side == "a" else 1]:
        assert forward == ("same_fact", None)
    else:
        assert forward == plain
