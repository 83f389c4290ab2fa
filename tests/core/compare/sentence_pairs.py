"""Shared helpers for the relation tests: two one-sentence texts' terms and relations."""

from __future__ import annotations

from collections.abc import Set

from desktop_app.core.compare.align import UnitTerms, unit_terms
from desktop_app.core.compare.relations import relation_of
from desktop_app.core.compare.units import split_units


def texts_terms(text_a: str, text_b: str) -> tuple[list[UnitTerms], list[UnitTerms]]:
    """The terms of each sentence of two texts."""
    terms_a, terms_b = unit_terms((text_a, text_b), (split_units(text_a), split_units(text_b)))
    return terms_a, terms_b


def sentence_terms(text_a: str, text_b: str) -> tuple[UnitTerms, UnitTerms]:
    """The terms of two one-sentence texts."""
    (a,), (b,) = texts_terms(text_a, text_b)
    return a, b


def relations_both_ways(text_a: str, text_b: str) -> tuple[str, str]:
    """The relation of the two sentences, A against B and B against A."""
    a, b = sentence_terms(text_a, text_b)
    forward, _, _ = relation_of(a, b, text_a, text_b, shares_quote=False)
    backward, _, _ = relation_of(b, a, text_b, text_a, shares_quote=False)
    return forward, backward


def labelled_both_ways(
    richer: UnitTerms,
    poorer: UnitTerms,
    texts: tuple[str, str],
    articles: tuple[Set[str], Set[str]],
) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
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
