"""Shared helpers for the relation and pairing tests: two one-sentence texts' terms, relations
and similarity bonuses."""

from __future__ import annotations

from collections.abc import Set

from desktop_app.core.compare import align, compare_texts
from desktop_app.core.compare.align import UnitTerms, similarity, unit_terms
from desktop_app.core.compare.relations import relation_of
from desktop_app.core.compare.units import split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import Truth

#: A pair's relation and the side with more detail, if any.
Label = tuple[str, str | None]
#: The side with more detail named from the other text: A's is B's once the texts swap.
MIRRORED_SIDE: dict[str | None, str | None] = {"a": "b", "b": "a", None: None}
#: ``relations.CONTAINED_WORDS_RATIO`` with the fourth way to more detail switched off: no
#: sentence is that many times another's words.
CONTAINED_WAY_OFF = 1e6


def texts_terms(text_a: str, text_b: str) -> tuple[list[UnitTerms], list[UnitTerms]]:
    """The terms of each sentence of two texts."""
    units = (split_units(text_a, text_b), split_units(text_b, text_a))
    terms_a, terms_b = unit_terms((text_a, text_b), units)
    return terms_a, terms_b


def sentence_terms(text_a: str, text_b: str) -> tuple[UnitTerms, UnitTerms]:
    """The terms of two one-sentence texts."""
    (a,), (b,) = texts_terms(text_a, text_b)
    return a, b


def bonus_both_ways(check: str, text_a: str, text_b: str) -> list[float]:
    """What ``align``'s ``check`` adds to the similarity of the two one-sentence texts, A
    against B and B against A (the check on, less the check off)."""
    a, b = sentence_terms(text_a, text_b)
    with_check = [similarity(a, b), similarity(b, a)]
    with patched(align, check, lambda *_, **__: False):
        without = [similarity(a, b), similarity(b, a)]
    return [round(x - y, 9) for x, y in zip(with_check, without, strict=True)]


def relations_both_ways(text_a: str, text_b: str) -> tuple[str, str]:
    """The relation of the two sentences, A against B and B against A."""
    a, b = sentence_terms(text_a, text_b)
    forward, _, _ = relation_of(a, b, text_a, text_b, shares_quote=False)
    backward, _, _ = relation_of(b, a, text_b, text_a, shares_quote=False)
    return forward, backward


def mirrored_label(text_a: str, text_b: str, alone: tuple[bool, bool]) -> Label:
    """The relation and detail side of two one-sentence texts paired ``alone`` (whether each
    has no other partner), A against B, after checking that B against A mirrors it."""
    a, b = sentence_terms(text_a, text_b)
    forward = relation_of(a, b, text_a, text_b, shares_quote=False, alone=alone)[:2]
    backward = relation_of(b, a, text_b, text_a, shares_quote=False, alone=alone[::-1])[:2]
    assert backward == (forward[0], MIRRORED_SIDE[forward[1]])
    return forward


def related_both_ways(truth: Truth, starts: tuple[str, str]) -> list[str]:
    """The relation of the one pair the engine makes of the passages of ``truth``'s texts that
    start with ``starts`` (A's first), comparing A with B and B with A."""
    return [relation for relation, _ in detailed_both_ways(truth, starts)]


def detailed_both_ways(truth: Truth, starts: tuple[str, str]) -> list[Label]:
    """The relation and detail side of the one pair the engine makes of the passages of
    ``truth``'s texts that start with ``starts`` (A's first), comparing A with B and B with A,
    the side named as in A against B both times."""
    first, second = starts
    labels: list[Label] = []
    for comparison in (
        compare_texts(truth.text_a, truth.text_b),
        compare_texts(truth.text_b, truth.text_a).mirrored(),
    ):
        (pair,) = [
            p
            for p in comparison.pairs
            if p.a.text.startswith(first) and p.b.text.startswith(second)
        ]
        labels.append((pair.relation, pair.detail_side))
    return labels


def labelled_both_ways(
    richer: UnitTerms,
    poorer: UnitTerms,
    texts: tuple[str, str],
    articles: tuple[Set[str], Set[str]],
) -> tuple[Label, Label]:
    """The relation and its detail side with the richer sentence as A, and with it as B;
    ``articles`` are the terms of the richer side's article and of the poorer side's."""
    rich_text, poor_text = texts
    forward = relation_of(
        richer, poorer, rich_text, poor_text, shares_quote=False, text_terms=articles
    )
    backward = relation_of(
        poorer, richer, poor_text, rich_text, shares_quote=False, text_terms=articles[::-1]
    )
    return forward[:2], backward[:2]
