"""More detail on a side follows the article, not the place it is given: development pairs."""

from __future__ import annotations

import pytest

from desktop_app.core.compare import compare_texts
from tests.core.compare.devset import load

#: Development pairs where the engine reads a long lede of A as more detail than a short
#: sentence of B (contradictions in the truth: a count or a time B tells in words no table
#: reads), from entries 90, 99, 109 and 117. Round 122 ran all 416 pairs with the articles
#: swapped: no pair and no label changed, so "more detail in A" 69 times against "in B" 4
#: times for true contradictions is the set's shape (A the longer sentence 1.5 times or more
#: in 504 true contradictions found, B in 101), not a rule that looks at A alone.
LONG_LEDES_OF_A = ("koneteina_lalotai", "bonyi_nundkhor", "radio_mast_panliet", "kulu_bomakoo")


@pytest.mark.parametrize("name", LONG_LEDES_OF_A)
def test_swapping_the_articles_swaps_every_pair_and_its_side_of_more_detail(name: str) -> None:
    truth = load(name)
    forward = compare_texts(truth.text_a, truth.text_b)
    backward = compare_texts(truth.text_b, truth.text_a)
    assert backward == forward.mirrored()
    sides = {pair.detail_side for pair in forward.pairs if pair.relation == "adds_detail"}
    swapped = {pair.detail_side for pair in backward.pairs if pair.relation == "adds_detail"}
    assert "a" in sides
    assert swapped == {{"a": "b", "b": "a"}[side] for side in sides if side}
