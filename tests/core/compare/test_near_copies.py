"""A near copy keeps the other sentence's order but for one end moved, and the figures in its
body (round 173)."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import near_copies
from desktop_app.core.compare.near_copies import figure_inside, one_end_moved
from desktop_app.core.compare.relations import (
    NEAR_COPY_RATIO,
    _near_copy,
    relation_of,
    word_likeness,
)
from tests.core.compare.by_entry import any_order_near_copies, patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    MIRRORED_SIDE,
    Label,
    detailed_both_ways,
    sentence_terms,
)

_WIRE = (
    "Prosecutors said that an investigation into two former managers of the bank was continuing."
)
_WIRE_MOVED = (
    "An investigation into two former managers of the bank was continuing, prosecutors said."
)
_CAPSULE = "A new capsule, to be opened in 2127, will be sealed in the same stone in September."
_CAPSULE_RETOLD = "A new capsule will go into the stone in September, to be opened in 2127."
_BRIDGE_DATED = "The old footbridge, built in 1887, will close on Monday for repairs to its deck."
_BRIDGE = "The old footbridge will close on Monday for repairs to its deck."
_APPEAL = "Anyone who saw the fire at the mill should call police."
_APPEAL_NUMBERED = (
    "Anyone who saw the fire at the mill should call police on 101 quoting incident 4471."
)


def _related(text_a: str, text_b: str) -> tuple[Label, Label]:
    """The label of A against B, and of B against A with the side named as in A against B."""
    a, b = sentence_terms(text_a, text_b)
    forward = relation_of(a, b, text_a, text_b, shares_quote=False)
    backward = relation_of(b, a, text_b, text_a, shares_quote=False)
    return forward[:2], (backward[0], MIRRORED_SIDE[backward[1]])


def _off() -> AbstractContextManager[None]:
    """The rotation rule off: words shared in any order make a near copy again."""
    return any_order_near_copies()


def test_a_wire_rewrite_moving_who_said_it_to_the_end_stays_a_near_copy() -> None:
    assert one_end_moved(_WIRE, _WIRE_MOVED)
    assert one_end_moved(_WIRE_MOVED, _WIRE)
    assert _related(_WIRE, _WIRE_MOVED) == (("near_copy", None),) * 2


def test_a_clause_moved_inside_the_sentence_is_the_same_fact_both_ways_and_a_copy_off() -> None:
    assert not one_end_moved(_CAPSULE, _CAPSULE_RETOLD)
    assert _related(_CAPSULE, _CAPSULE_RETOLD) == (("same_fact", None),) * 2
    with _off():
        assert _related(_CAPSULE, _CAPSULE_RETOLD) == (("near_copy", None),) * 2


def test_a_figure_in_the_body_one_side_lacks_is_no_near_copy_both_ways_and_off() -> None:
    assert figure_inside(_BRIDGE_DATED, _BRIDGE)
    assert figure_inside(_BRIDGE, _BRIDGE_DATED)
    assert _related(_BRIDGE_DATED, _BRIDGE) == (("adds_detail", "a"),) * 2
    with patched(near_copies, "FIGURE_INSIDE", False):
        assert _related(_BRIDGE_DATED, _BRIDGE) == (("near_copy", None),) * 2


def test_a_phone_number_added_at_the_end_stays_a_near_copy() -> None:
    # the writers' near copy: the line reused, a number or who said it added after it
    assert not figure_inside(_APPEAL, _APPEAL_NUMBERED)
    assert _related(_APPEAL, _APPEAL_NUMBERED) == (("near_copy", None),) * 2


def test_a_figure_for_a_figure_in_one_word_each_is_left_to_the_other_rules() -> None:
    assert not figure_inside("The road is 7 kilometres long.", "The road is seven kilometres long.")


@pytest.mark.parametrize(
    ("name", "starts", "label", "off"),
    [
        # entry 155, American English: the capsule's opening year moved to the end
        ("timecapsule_hollisferry", ("A new capsule, to be opened", "A new capsule will go"),
         ("same_fact", None), ("near_copy", None)),
        # entry 146, Tzeltal: the night moved to the front, the bell's place changed
        ("campana_joltsemen", ("Te mayordomoetik", "Ta ak'ubal"),
         ("same_fact", None), ("near_copy", None)),
        # Cook Islands Māori: "E 7 kiromita" against "ʻItu kiromita"
        ("ngaro_rarotonga", ("E 7 kiromita", "ʻItu kiromita"),
         ("same_fact", None), ("near_copy", None)),
        # entry 140, Urhobo: the date "te ọke 30 June" and the place added inside
        ("atm_oghorovwe", ("Ọlọpa vwẹ Oghọrọvwẹ", "Ọlọpa ta nẹ"),
         ("adds_detail", "a"), ("near_copy", None)),
        # the wire rewrite that moved "prosecutors said" stays a near copy, on and off
        ("bank_fine_tallinn", ("Prosecutors said separately", "A criminal investigation"),
         ("near_copy", None), ("near_copy", None)),
    ],
)  # fmt: skip
def test_development_pairs_both_ways_and_off(
    name: str, starts: tuple[str, str], label: Label, off: Label
) -> None:
    truth = load(name)
    assert detailed_both_ways(truth, starts) == [label] * 2
    with _off(), patched(near_copies, "FIGURE_INSIDE", False):
        assert detailed_both_ways(truth, starts) == [off] * 2


def _wire_of(words: int) -> tuple[str, str]:
    """A sentence of ``words`` words and the same with its first third moved to the end (in
    order too unlike for ``NEAR_COPY_RATIO``: only the rotation makes it a near copy)."""
    said = [f"w{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(words)]  # no digits
    moved = said[words // 3 :] + said[: words // 3]
    return " ".join(said) + ".", " ".join(moved) + "."


def test_a_sentence_longer_than_the_cap_is_never_rotated_and_is_a_near_copy_off() -> None:
    # each rotation is a word matcher's run: past ROTATED_WORDS_AT_MOST words none is tried
    at_most = _wire_of(near_copies.ROTATED_WORDS_AT_MOST)
    past = _wire_of(near_copies.ROTATED_WORDS_AT_MOST + 1)
    assert word_likeness(*at_most) < NEAR_COPY_RATIO
    assert one_end_moved(*at_most)
    assert _near_copy(*at_most, shares_quote=False)
    assert not one_end_moved(*past)
    assert not one_end_moved(past[1], past[0])
    assert not _near_copy(*past, shares_quote=False)
    with _off():
        assert _near_copy(*past, shares_quote=False)


def test_a_long_pair_of_few_repeated_words_is_answered_without_rotating() -> None:
    # 300 words of two alternating against the same halved: 123 s with every rotation tried
    alternating, halved = " ".join(["the", "a"] * 150), " ".join(["a"] * 150 + ["the"] * 150)
    with patched(near_copies, "_rotations", _no_rotation_expected):
        assert not one_end_moved(alternating, halved)


def _no_rotation_expected(words: list[str]) -> list[list[str]]:
    raise AssertionError(f"a sentence of {len(words)} words was rotated")


_WORDS = st.sampled_from(
    ["the", "capsule", "stone", "sealed", "opened", "police", "said", "in", "2127", "7", "seven"]
)


@given(
    words_a=st.lists(_WORDS, min_size=1, max_size=12),
    words_b=st.lists(_WORDS, min_size=1, max_size=12),
)
def test_the_rules_are_symmetric_and_only_unmake_near_copies(
    words_a: list[str], words_b: list[str]
) -> None:
    text_a, text_b = " ".join(words_a) + ".", " ".join(words_b) + "."
    assert figure_inside(text_a, text_b) == figure_inside(text_b, text_a)
    assert one_end_moved(text_a, text_b) == one_end_moved(text_b, text_a)
    on = _related(text_a, text_b)
    assert on[0] == on[1]
    with _off(), patched(near_copies, "FIGURE_INSIDE", False):
        off = _related(text_a, text_b)
    if on != off:
        assert off[0] == ("near_copy", None)
        assert on[0][0] != "near_copy"
