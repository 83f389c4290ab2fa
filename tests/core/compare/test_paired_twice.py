"""A sentence paired twice adds detail to one partner only with twice its words (round 178)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import paired_twice
from desktop_app.core.compare.engine import compare_texts
from desktop_app.core.compare.longer_alone import sentence_words
from desktop_app.core.compare.paired_twice import PAIRED_TWICE_RATIO, told_beside
from desktop_app.core.compare.relations import relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    Label,
    detailed_both_ways,
    mirrored_label,
    sentence_terms,
)

#: Entry 25's Roman mosaic: 31 words against 20; the richer one read as more detail by the
#: older ways (``relations._more_detail``).
_RICHER = (
    "The mosaic is now covered again, under sand and plastic sheeting, and a security guard "
    "watches the site at night after two men with metal detectors were seen there on Sunday."
)
_POORER = (
    "The mosaic has been covered over again with sand and sheeting to protect it from frost "
    "and from souvenir hunters."
)


def _related(rich: str, poor: str, alone: tuple[bool, bool] | None) -> tuple[Label, Label]:
    """The label with ``rich`` as A, and with it as B (``alone`` given for ``rich`` first)."""
    a, b = sentence_terms(rich, poor)
    backward_alone = None if alone is None else alone[::-1]
    forward = relation_of(a, b, rich, poor, shares_quote=False, alone=alone)
    backward = relation_of(b, a, poor, rich, shares_quote=False, alone=backward_alone)
    return forward[:2], backward[:2]


def test_the_built_pair_is_more_detail_when_the_richer_sentence_is_paired_alone() -> None:
    assert sentence_words(_RICHER) < PAIRED_TWICE_RATIO * sentence_words(_POORER)
    expected = (("adds_detail", "a"), ("adds_detail", "b"))
    assert _related(_RICHER, _POORER, (True, True)) == expected
    # the poorer side's own partners do not matter
    assert _related(_RICHER, _POORER, (True, False)) == expected


def test_paired_twice_and_short_of_twice_the_words_is_the_same_fact_both_ways() -> None:
    assert _related(_RICHER, _POORER, (False, True)) == (("same_fact", None),) * 2
    assert _related(_RICHER, _POORER, (False, False)) == (("same_fact", None),) * 2


def test_the_rule_is_off_by_its_switch_and_without_partners_known() -> None:
    expected = (("adds_detail", "a"), ("adds_detail", "b"))
    with patched(paired_twice, "PAIRED_TWICE", False):
        assert _related(_RICHER, _POORER, (False, True)) == expected
    assert _related(_RICHER, _POORER, None) == expected


def test_twice_the_words_paired_twice_still_adds_detail() -> None:
    poor = "The mosaic is covered again."
    assert sentence_words(_RICHER) >= PAIRED_TWICE_RATIO * sentence_words(poor)
    assert _related(_RICHER, poor, (False, True)) == (("adds_detail", "a"), ("adds_detail", "b"))


@pytest.mark.parametrize(
    ("name", "starts", "label"),
    [
        # entry 25: the guard and the metal detectors told beside the police patrol
        ("mosaic_brampton", ("The mosaic has been covered", "The mosaic is now covered"), "b"),
        # entry 154, Isthmus Zapotec: seven players struck, two taken to Juchitán's hospital
        # by ambulance, the seven told in the other text's sentence of the players struck
        ("rayo_guiexhoo", ("7 jugador biaba", "Chupa de laacabe"), "a"),
    ],
)  # fmt: skip
def test_development_pairs_are_the_same_fact_both_ways_and_more_detail_off(
    name: str, starts: tuple[str, str], label: str
) -> None:
    assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2
    with patched(paired_twice, "PAIRED_TWICE", False):
        assert detailed_both_ways(load(name), starts) == [("adds_detail", label)] * 2


def test_a_sentence_paired_twice_keeps_more_detail_on_twice_the_words() -> None:
    # entry 154: the same Zapotec sentence against the four words of the seven struck
    starts = ("7 jugador biaba", "Gadxe xcuidi biaba lu layú.")
    assert detailed_both_ways(load("rayo_guiexhoo"), starts) == [("adds_detail", "a")] * 2


def test_a_sentence_paired_with_two_copies_of_one_sentence_is_paired_alone() -> None:
    # the poorer sentence told twice in B: the copy adds nothing beside it
    text_a = (
        "Archaeologists in Brampton have finished digging a Roman villa floor this summer. "
        f"{_RICHER} The dig will reopen next year with students from the university."
    )
    text_b = (
        "A Roman villa floor was dug up in Brampton by archaeologists this summer. "
        f"{_POORER} Police patrols pass the field twice a night. {_POORER}"
    )
    forward = [
        (pair.relation, pair.detail_side)
        for pair in compare_texts(text_a, text_b).pairs
        if pair.a.text == _RICHER
    ]
    backward = [
        (pair.relation, pair.detail_side)
        for pair in compare_texts(text_b, text_a).pairs
        if pair.b.text == _RICHER
    ]
    assert forward == [("adds_detail", "a")] * 2
    assert backward == [("adds_detail", "b")] * 2


_WORDS = st.sampled_from(
    ["mosaic", "sand", "sheeting", "covered", "guard", "night", "Sunday", "two", "site", "12"]
)


@given(
    words_a=st.lists(_WORDS, min_size=1, max_size=14),
    words_b=st.lists(_WORDS, min_size=1, max_size=14),
    alone=st.tuples(st.booleans(), st.booleans()),
)
def test_the_rule_only_turns_detail_into_the_same_fact_on_a_short_side_paired_twice(
    words_a: list[str], words_b: list[str], alone: tuple[bool, bool]
) -> None:
    text_a = "The " + " ".join(words_a) + "."
    text_b = "The " + " ".join(words_b) + "."
    forward = mirrored_label(text_a, text_b, alone)
    a, b = sentence_terms(text_a, text_b)
    with patched(paired_twice, "PAIRED_TWICE", False):
        off = relation_of(a, b, text_a, text_b, shares_quote=False, alone=alone)[:2]
    if forward != off:
        assert forward == ("same_fact", None)
        side = off[1]
        assert off[0] == "adds_detail"
        assert side is not None
        rich, poor = (text_a, text_b) if side == "a" else (text_b, text_a)
        assert not alone[0 if side == "a" else 1]
        assert sentence_words(rich) < PAIRED_TWICE_RATIO * sentence_words(poor)


@given(st.integers(0, 60), st.integers(0, 60), st.booleans())
def test_told_beside_asks_for_a_second_partner_and_less_than_twice_the_words(
    rich: int, other: int, alone: bool
) -> None:
    assert told_beside(rich, other, alone=alone) == (
        not alone and rich < PAIRED_TWICE_RATIO * max(1, other)
    )
