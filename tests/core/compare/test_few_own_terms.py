"""A richer side says a little more of a poorer one that tells hardly anything of its own
(round 97)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, relations
from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.grams import gram_set
from desktop_app.core.compare.relations import (
    DETAIL_NEW_TERMS,
    FEW_OWN_NEW_TERMS,
    FEW_OWN_TERMS,
)
from tests.core.compare.sentence_pairs import labelled_both_ways

#: What both sides say (long words, so that the poorer side's own words barely lower how
#: much of it the richer side covers).
_SHARED = [
    "council", "closes", "riverside", "library", "because", "flooding", "damaged", "shelves",
]  # fmt: skip
#: What only the richer side says, though the poorer side's article says it elsewhere.
_RICHER_ELSEWHERE = ["repairs", "expected", "contractors", "reading", "rooms", "children", "lent"]
#: What only the richer side says and the poorer side's article nowhere.
_RICHER_NEW = ["springtime", "insurers", "assessing"]
#: Words of the poorer side's own: none shares a piece of three letters with the richer side,
#: and the richer side's article says them elsewhere, so that only ``own_terms`` weighs them.
_OWN_WORDS = ["zebu", "quip", "jinx", "vow", "ohm"]


def _terms(words: list[str]) -> UnitTerms:
    weights = dict.fromkeys(words, 1.0)
    norm = sum(w * w for w in weights.values()) ** 0.5
    return UnitTerms(weights, norm, {word: word for word in words}, {}, sum(weights.values()))


def _relations(new: int, own: int) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
    """The relation with the richer side (``new`` terms its pair's article lacks) as A, and
    with it as B, against a poorer side with ``own`` words of its own."""
    rich_words = _SHARED + _RICHER_ELSEWHERE + _RICHER_NEW[:new]
    poor_words = _SHARED + _OWN_WORDS[:own]
    richer, poorer = _terms(rich_words), _terms(poor_words)
    rich_text, poor_text = " ".join(rich_words) + ".", " ".join(poor_words) + "."
    articles = (set(rich_words) | set(_OWN_WORDS), set(poor_words) | set(_RICHER_ELSEWHERE))
    return labelled_both_ways(richer, poorer, (rich_text, poor_text), articles)


def test_the_built_sides_share_no_piece_of_the_poorer_sides_own_words() -> None:
    rich_text = " ".join(_SHARED + _RICHER_ELSEWHERE + _RICHER_NEW)
    for word in _OWN_WORDS:
        assert gram_set(word).isdisjoint(gram_set(rich_text))


def test_two_new_terms_against_a_side_with_two_of_its_own_are_more_detail() -> None:
    assert FEW_OWN_NEW_TERMS == DETAIL_NEW_TERMS - 1
    assert _relations(FEW_OWN_NEW_TERMS, FEW_OWN_TERMS) == (
        ("adds_detail", "a"),
        ("adds_detail", "b"),
    )


def test_the_same_against_a_side_with_three_of_its_own_is_the_same_fact() -> None:
    assert _relations(FEW_OWN_NEW_TERMS, FEW_OWN_TERMS + 1) == (
        ("same_fact", None),
        ("same_fact", None),
    )


def test_one_new_term_is_not_enough() -> None:
    assert _relations(FEW_OWN_NEW_TERMS - 1, 1) == (("same_fact", None), ("same_fact", None))


def test_without_the_rule_the_same_pair_was_the_same_fact(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(relations, "FEW_OWN_TERMS", -1)
    assert _relations(FEW_OWN_NEW_TERMS, 1) == (("same_fact", None), ("same_fact", None))


@given(st.integers(0, len(_RICHER_NEW) - 1), st.integers(1, FEW_OWN_TERMS + 2))
def test_more_detail_needs_two_new_terms_and_at_most_two_of_the_poorer_sides_own(
    new: int, own: int
) -> None:
    forward, backward = _relations(new, own)
    if new >= FEW_OWN_NEW_TERMS and own <= FEW_OWN_TERMS:
        assert (forward, backward) == (("adds_detail", "a"), ("adds_detail", "b"))
    else:
        assert forward == backward == ("same_fact", None)


#: Sentences alone, each its own article, that only this rule reads as more detail (a bus
#: every half hour; "no one was hurt" after "no one was in the house").
_FURTHER_FACT = [
    ("Tra Sestri Levante e Recco sono stati attivati bus sostitutivi.",
     "Sono già in servizio autobus sostitutivi tra Sestri Levante e Recco, con una corsa ogni "
     "mezz'ora."),
    ("Уйин юртын нокин ӧй вал.", "Со дыре юртын нокин ӧй вал, адямиос ӧз сӧсыръяськы."),
]  # fmt: skip


def _detail_both_ways(poorer: str, richer: str) -> tuple[tuple[str, str | None], ...]:
    (forward,) = compare_texts(richer, poorer).pairs
    (backward,) = compare_texts(poorer, richer).pairs
    return (forward.relation, forward.detail_side), (backward.relation, backward.detail_side)


@pytest.mark.parametrize(("poorer", "richer"), _FURTHER_FACT)
def test_a_richer_sentence_with_a_further_fact_adds_detail_on_either_side(
    poorer: str, richer: str
) -> None:
    assert _detail_both_ways(poorer, richer) == (("adds_detail", "a"), ("adds_detail", "b"))


@pytest.mark.parametrize(("poorer", "richer"), _FURTHER_FACT)
def test_without_the_rule_the_further_fact_was_the_same_fact(
    poorer: str, richer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(relations, "FEW_OWN_TERMS", -1)
    assert _detail_both_ways(poorer, richer) == (("same_fact", None), ("same_fact", None))
