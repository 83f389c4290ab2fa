"""Weaker partners standing apart from their sentence's better partners: dropped as echoes."""

from __future__ import annotations

import random
from collections.abc import Set
from contextlib import nullcontext

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import engine
from desktop_app.core.compare.echoes import (
    ECHO_STORY_PLACE,
    FAR_ECHO_OWN_TERMS,
    FAR_ECHO_REACH,
    FAR_ECHO_SHARE,
    far_echo_pairs,
    own_terms_counter,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import Pair, compared_both_ways, swapped, swapped_scores

Shared = dict[Pair, frozenset[str]]
SIZES = (20, 20)

#: A's 5 tells its fact with B's 5 (the skiers lowered on ropes); B's 9, four sentences
#: away, meets it on "skiers" and "chairs" alone, words of the whole story.
FAR_SCORES = {(5, 5): 0.5, (5, 9): 0.2}
FAR_SHARED: Shared = {
    (5, 5): frozenset({"rope", "lower", "skiers"}),
    (5, 9): frozenset({"skiers", "chairs"}),
}
#: The terms that one sentence of each text alone holds: none of the far pair's.
OWN: frozenset[str] = frozenset({"rope", "lower", "seven", "youngest"})


def _far(
    scores: dict[Pair, float],
    shared: Shared,
    own: Set[str] = OWN,
    specific: Set[Pair] = frozenset(),
) -> list[Pair]:
    def in_common(i: int, j: int) -> Set[str]:
        return shared.get((i, j), frozenset())

    def own_terms(terms: Set[str]) -> int:
        return len(terms & own)

    return far_echo_pairs(scores, in_common, own_terms, lambda i, j: (i, j) in specific, SIZES)


def _both_ways(
    scores: dict[Pair, float],
    shared: Shared,
    own: Set[str] = OWN,
    specific: Set[Pair] = frozenset(),
) -> list[Pair]:
    """The far echoes found, after checking that swapping the texts swaps them."""
    found = _far(scores, shared, own, specific)
    mirrored = {(j, i): terms for (i, j), terms in shared.items()}
    assert _far(swapped_scores(scores), mirrored, own, set(swapped(list(specific)))) == swapped(
        found
    )
    return found


def test_a_weaker_partner_far_from_the_better_one_sharing_only_story_words_is_dropped() -> None:
    assert _both_ways(FAR_SCORES, FAR_SHARED) == [(5, 9)]


def test_one_term_of_their_own_is_still_an_echo_two_are_a_fact() -> None:
    assert FAR_ECHO_OWN_TERMS == 1
    one = {**FAR_SHARED, (5, 9): frozenset({"skiers", "chairs", "youngest"})}
    assert _both_ways(FAR_SCORES, one) == [(5, 9)]
    two = {**FAR_SHARED, (5, 9): frozenset({"skiers", "youngest", "seven"})}
    assert _both_ways(FAR_SCORES, two) == []


def test_a_weaker_partner_beside_the_better_one_stays() -> None:
    # one sentence told in two side by side: the second half of the fact
    assert FAR_ECHO_REACH == 2
    beside = {(5, 5): 0.5, (5, 6): 0.2}
    shared = {(5, 5): FAR_SHARED[5, 5], (5, 6): FAR_SHARED[5, 9]}
    assert _both_ways(beside, shared) == []
    # any better partner beside it is enough
    scores = {**FAR_SCORES, (5, 8): 0.4}
    shared = {**FAR_SHARED, (5, 8): frozenset({"skiers"})}
    assert _both_ways(scores, shared) == []


def test_a_figure_or_a_moment_in_common_keeps_it() -> None:
    assert _both_ways(FAR_SCORES, FAR_SHARED, specific={(5, 9)}) == []


def test_a_partner_nearly_as_good_as_the_better_one_stays() -> None:
    near = FAR_SCORES[5, 5] * FAR_ECHO_SHARE
    assert _both_ways({**FAR_SCORES, (5, 9): near}, FAR_SHARED) == []
    assert _both_ways({**FAR_SCORES, (5, 9): near - 0.01}, FAR_SHARED) == [(5, 9)]


def test_a_sentence_s_only_partner_and_the_better_partner_stay() -> None:
    assert _both_ways({(5, 9): 0.2}, FAR_SHARED) == []
    # the better partner of the other sentence, far from it, is judged from that side
    scores = {(5, 9): 0.2, (15, 9): 0.6}
    shared = {(5, 9): FAR_SHARED[5, 9], (15, 9): frozenset({"chairs", "stopped"})}
    assert _both_ways(scores, shared) == [(5, 9)]


def test_in_either_opening_it_stays() -> None:
    assert 1 / (SIZES[0] - 1) < ECHO_STORY_PLACE <= 5 / (SIZES[0] - 1)
    scores = {(5, 1): 0.5, (5, 9): 0.2}
    shared = {(5, 1): FAR_SHARED[5, 5], (5, 9): FAR_SHARED[5, 9]}
    assert _both_ways(scores, shared) == [(5, 9)]
    scores = {(1, 5): 0.5, (1, 9): 0.2}
    shared = {(1, 5): FAR_SHARED[5, 5], (1, 9): FAR_SHARED[5, 9]}
    assert _both_ways(scores, shared) == []


def test_own_terms_are_held_by_one_sentence_of_each_text_and_are_no_counts() -> None:
    keys_a = [{"rope", "skiers", "qty:skiers"}, {"skiers"}, {"youngest", "@has:time"}]
    keys_b = [{"rope", "qty:skiers"}, {"skiers", "youngest", "@has:time"}, {"youngest"}]
    shared = {"rope", "skiers", "youngest", "qty:skiers", "@has:time"}
    # "skiers" stands in two of A's sentences, "youngest" in two of B's
    assert own_terms_counter((keys_a, keys_b))(shared) == 1
    assert own_terms_counter((keys_b, keys_a))(shared) == 1
    assert own_terms_counter((keys_a, keys_b))(frozenset()) == 0


#: Sentence places for the property test: 1 in the openings (under ``ECHO_STORY_PLACE`` of 20),
#: 3 and 4 side by side, 4 and 6 just ``FAR_ECHO_REACH`` apart, the rest far apart.
_PLACES = (1, 3, 4, 6, 11, 17)
_CELLS = [(i, j) for i in _PLACES for j in _PLACES]
_TERMS = ("skiers", "chairs", "rope", "youngest", "seven")


@given(
    st.dictionaries(st.sampled_from(_CELLS), st.sampled_from((0.1, 0.2, 0.3, 0.5)), max_size=12),
    st.dictionaries(st.sampled_from(_CELLS), st.frozensets(st.sampled_from(_TERMS))),
    st.frozensets(st.sampled_from(_TERMS)),
    st.frozensets(st.sampled_from(_CELLS)),
    st.randoms(use_true_random=False),
)
def test_swapping_swaps_order_does_not_matter_and_mutual_best_pairs_stay(
    scores: dict[Pair, float],
    shared: Shared,
    own: frozenset[str],
    specific: frozenset[Pair],
    shuffler: random.Random,
) -> None:
    dropped = _both_ways(scores, shared, own, specific)
    cells = list(scores.items())
    shuffler.shuffle(cells)
    assert _far(dict(cells), shared, own, specific) == dropped
    for (i, j), score in scores.items():
        others = [s for (k, m), s in scores.items() if (k == i) != (m == j)]
        if all(s <= score for s in others) or (i, j) in specific:
            assert (i, j) not in dropped


def test_the_engine_drops_a_far_second_partner_that_echoes_the_story() -> None:
    truth = load("chairlift_glenvarrick")
    ropes = "Rescuers used ropes to lower skiers from the chairs."
    off = patched(engine, "far_echo_pairs", lambda *_: [])
    for context, echoed in ((off, True), (nullcontext(), False)):
        with context:
            for pairs in compared_both_ways(truth.text_a, truth.text_b):
                partners = [b.text for a, b in pairs if a.text == ropes]
                # A's sentence keeps the partner that tells its fact either way; B's count of
                # skiers, four sentences away, shares "skiers" and "chairs" with it alone
                assert any(b.startswith("Mountain rescuers from") for b in partners)
                assert any(b.startswith("There were 38 skiers") for b in partners) is echoed
