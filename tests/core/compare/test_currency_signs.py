"""Figures right after the same currency sign on each side contradict (round 181)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import currency_signs
from desktop_app.core.compare.currency_signs import sign_before
from desktop_app.core.compare.relations import relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, sentence_terms

_PAID = "The bank paid ₦4,300,000 back to the trader."
_GOT = "The trader got ₦3,400,000 from the bank."


def _related(text_a: str, text_b: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The relation and its differences, A against B and B against A."""
    a, b = sentence_terms(text_a, text_b)
    forward = relation_of(a, b, text_a, text_b, shares_quote=False)
    backward = relation_of(b, a, text_b, text_a, shares_quote=False)
    return (forward[0], forward[2]), (backward[0], backward[2])


def test_two_sums_after_one_sign_contradict_both_ways() -> None:
    assert _related(_PAID, _GOT) == (
        ("contradicts", ("4,300,000 ≠ 3,400,000",)),
        ("contradicts", ("3,400,000 ≠ 4,300,000",)),
    )


def test_the_rule_is_off_by_its_switch() -> None:
    with patched(currency_signs, "SIGN_BEFORE", False):
        assert _related(_PAID, _GOT) == (("same_fact", ()), ("same_fact", ()))


def test_the_same_sum_and_a_total_with_its_parts_do_not_contradict() -> None:
    same = ("The fire engine cost GH₵ 40,000.", "The assembly bought the engine for GH₵ 40,000.")
    assert _related(*same) == (("same_fact", ()), ("same_fact", ()))
    # entry 18's airline: the debts roughly alike, the £11 million a part of them
    parts = (
        "Administrators said the airline owed creditors £48.6 million.",
        "Its debts are nearly £49 million, including £11 million owed to airports.",
    )
    assert [relation for relation, _ in _related(*parts)] == ["same_fact", "same_fact"]


@pytest.mark.parametrize(
    ("name", "starts", "off"),
    [
        # entry 139, Dagbani: the solar pump's cost, GH₵ 38,000 against GH₵ 52,000 (off, more
        # detail since round 196's ``one_sided``)
        ("bulli_kpalgbuni", ("Di mini di sola", "Kpalgbuni FM wum"), "adds_detail"),
        # entry 140, Urhobo: the bank's refund, ₦4,300,000 against ₦3,400,000
        ("atm_oghorovwe", ("Banki na kẹ ihwo", "Banki na ta nẹ"), "same_fact"),
        # entry 108: the repairs at £1.2 million against £850,000
        ("greenhouse_quillerby", ("The trustees estimate", "Repairs could cost"), "same_fact"),
    ],
)  # fmt: skip
def test_development_pairs_contradict_both_ways_and_not_off(
    name: str, starts: tuple[str, str], off: str
) -> None:
    assert related_both_ways(load(name), starts) == ["contradicts"] * 2
    with patched(currency_signs, "SIGN_BEFORE", False):
        assert related_both_ways(load(name), starts) == [off] * 2


@pytest.mark.parametrize(
    ("text", "sign"),
    [("nyɛla GH₵ 38,000", "GH₵"), ("na ₦4,300,000", "₦"), ("N$85 000", "N$"), ("at 5", "")],
)
def test_the_sign_read_before_a_figure(text: str, sign: str) -> None:
    start = next(k for k, char in enumerate(text) if char.isdigit())
    assert sign_before(text, start) == sign


@given(st.text(alphabet="abGHN ₵₦$£€.,5", max_size=12))
def test_a_sign_read_ends_the_text_before_the_figure(before: str) -> None:
    sign = sign_before(before + "5", len(before))
    assert not sign or before.rstrip().endswith(sign)
    assert not sign or sign[-1] in "₵₦$£€"
    with patched(currency_signs, "SIGN_BEFORE", False):
        assert sign_before(before + "5", len(before)) == ""
