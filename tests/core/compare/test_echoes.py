"""Weaker partners that share nothing a better partner does not: dropped as echoes."""

from __future__ import annotations

import random
from collections.abc import Set
from contextlib import nullcontext

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import echoes, engine
from desktop_app.core.compare.echoes import (
    ECHO_STORY_HOLDERS,
    ECHO_STORY_PLACE,
    echo_pairs,
    story_words,
    told_in_common,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import Pair, compared_both_ways, swapped, swapped_scores
from tests.core.compare.test_crossings import _terms

Shared = dict[Pair, frozenset[str]]
SIZES = (20, 20)

#: A's 3 tells its fact with B's 3 (the mill, the weir, Wednesday); B's 5 meets it on the
#: mill and Wednesday alone, which B's 3 shares with it too.
ECHO_SCORES = {(3, 3): 0.6, (3, 5): 0.25}
ECHO_SHARED: Shared = {
    (3, 3): frozenset({"mill", "weir", "@day:wed"}),
    (3, 5): frozenset({"mill", "@day:wed"}),
}


def _echoes(scores: dict[Pair, float], shared: Shared, story: Set[str] = frozenset()) -> list[Pair]:
    def in_common(i: int, j: int) -> Set[str]:
        return shared.get((i, j), frozenset())

    return echo_pairs(scores, in_common, story, SIZES)


def _both_ways(
    scores: dict[Pair, float], shared: Shared, story: Set[str] = frozenset()
) -> list[Pair]:
    """The echoes found, after checking that swapping the texts swaps them."""
    found = _echoes(scores, shared, story)
    mirrored = {(j, i): terms for (i, j), terms in shared.items()}
    assert _echoes(swapped_scores(scores), mirrored, story) == swapped(found)
    return found


def test_a_weaker_partner_sharing_only_what_the_better_one_shares_is_dropped() -> None:
    assert _both_ways(ECHO_SCORES, ECHO_SHARED) == [(3, 5)]


def test_a_weaker_partner_sharing_a_term_of_its_own_stays() -> None:
    shared = {**ECHO_SHARED, (3, 5): frozenset({"mill", "@day:wed", "sluice"})}
    assert _both_ways(ECHO_SCORES, shared) == []


def test_a_figure_of_its_own_is_a_term_of_its_own() -> None:
    shared = {**ECHO_SHARED, (3, 5): frozenset({"mill", "#14"})}
    assert _both_ways(ECHO_SCORES, shared) == []


def test_better_partners_cover_it_together() -> None:
    scores = {(3, 3): 0.6, (3, 4): 0.5, (3, 5): 0.25}
    shared = {
        (3, 3): frozenset({"mill", "weir"}),
        (3, 4): frozenset({"@day:wed", "closed"}),
        (3, 5): frozenset({"mill", "@day:wed"}),
    }
    assert _both_ways(scores, shared) == [(3, 5)]


def test_a_partner_scoring_as_much_or_more_stays() -> None:
    assert _both_ways({(3, 3): 0.25, (3, 5): 0.25}, ECHO_SHARED) == []
    # stronger, the echo is the better partner, and the weaker one shares the weir besides
    assert _both_ways({(3, 3): 0.2, (3, 5): 0.25}, ECHO_SHARED) == []


def test_a_sentence_s_only_partner_stays() -> None:
    assert _both_ways({(3, 5): 0.25}, ECHO_SHARED) == []
    # the better partner of the other sentence covers nothing of this pair's terms
    scores = {(3, 5): 0.25, (7, 5): 0.6}
    shared = {(3, 5): ECHO_SHARED[3, 5], (7, 5): frozenset({"sluice"})}
    assert _both_ways(scores, shared) == []


def test_past_the_openings_a_story_word_of_its_own_is_no_fact_of_its_own() -> None:
    assert 3 / (SIZES[0] - 1) >= ECHO_STORY_PLACE  # A's 3 and B's 3 stand past the openings
    shared = {**ECHO_SHARED, (3, 5): frozenset({"mill", "ferry"})}
    assert _both_ways(ECHO_SCORES, shared) == []
    assert _both_ways(ECHO_SCORES, shared, story={"ferry"}) == [(3, 5)]


def test_in_either_opening_a_story_word_still_counts() -> None:
    assert 1 / (SIZES[0] - 1) < ECHO_STORY_PLACE
    scores = {(1, 3): 0.6, (1, 5): 0.25}
    shared = {(1, 3): frozenset({"mill"}), (1, 5): frozenset({"mill", "ferry"})}
    assert _both_ways(scores, shared, story={"ferry"}) == []


def test_story_words_are_held_by_many_sentences_of_either_text_and_are_no_figures() -> None:
    many = ECHO_STORY_HOLDERS + 1
    keys_a = [{"ferry", "#14", "@day:wed", "qty:people"}] * many + [{"sluice"}]
    keys_b = [{"ferry", "weir"}, {"sluice"}]
    assert story_words((keys_a, keys_b)) == {"ferry"}
    assert story_words((keys_b, keys_a)) == {"ferry"}
    assert story_words((keys_a[:ECHO_STORY_HOLDERS], keys_b)) == set()


def test_told_in_common_keeps_figures_moments_and_counts_not_a_moment_merely_given() -> None:
    a = _terms("mill", "#14", "qty:people", "@day:wed", "@has:day", "weir")
    b = _terms("mill", "#14", "qty:people", "@day:wed", "@has:day", "sluice")
    assert told_in_common(a, b) == {"mill", "#14", "qty:people", "@day:wed"}
    assert told_in_common(a, b) == told_in_common(b, a)


_CELLS = [(i, j) for i in range(0, 10, 2) for j in range(0, 10, 2)]
_TERMS = ("mill", "weir", "#14", "@day:wed", "sluice")


@given(
    st.dictionaries(st.sampled_from(_CELLS), st.sampled_from((0.1, 0.2, 0.3, 0.5)), max_size=12),
    st.dictionaries(st.sampled_from(_CELLS), st.frozensets(st.sampled_from(_TERMS))),
    st.frozensets(st.sampled_from(_TERMS)),
    st.randoms(use_true_random=False),
)
def test_swapping_swaps_order_does_not_matter_and_mutual_best_pairs_stay(
    scores: dict[Pair, float], shared: Shared, story: frozenset[str], shuffler: random.Random
) -> None:
    dropped = _both_ways(scores, shared, story)
    cells = list(scores.items())
    shuffler.shuffle(cells)
    assert _echoes(dict(cells), shared, story) == dropped
    for (i, j), score in scores.items():
        others = [s for (k, m), s in scores.items() if (k == i) != (m == j)]
        if all(s < score for s in others):
            assert (i, j) not in dropped


def test_the_engine_drops_a_second_partner_that_only_echoes_the_first() -> None:
    truth = load("silo_brackenford")
    residents = "Residents were asked to keep windows and doors closed until Wednesday morning."
    road = "The road to Ollerby stayed shut until about three o'clock on Wednesday morning."
    off = patched(engine, "echo_pairs", lambda *_: [])
    for context, echoed in ((off, True), (nullcontext(), False)):
        with context:
            for pairs in compared_both_ways(truth.text_a, truth.text_b):
                texts = {(a.text, b.text) for a, b in pairs}
                # A's sentence keeps the partner that tells its fact either way
                assert any(a == residents and b.startswith("Residents were") for a, b in texts)
                assert ((residents, road) in texts) is echoed


def test_the_engine_drops_a_second_partner_sharing_beyond_the_first_only_a_story_word() -> None:
    truth = load("ferry_fennick")
    charter = "Islanders say a small charter boat will start taking foot passengers on Friday."
    plain = patched(echoes, "ECHO_STORY_HOLDERS", len(truth.text_a))
    for context, echoed in ((plain, True), (nullcontext(), False)):
        # the far echoes (``far_echo_pairs``) drop this pair too: this test reads the story
        # words of ``echo_pairs`` alone
        with context, patched(engine, "far_echo_pairs", lambda *_: []):
            for pairs in compared_both_ways(truth.text_a, truth.text_b):
                partners = [a for a, b in pairs if b.text == charter]
                # B's sentence keeps the chartered boat; "Islanders", held by four of B's
                # sentences, is all that A's appointments share with it beyond that boat
                assert any(a.text.startswith("A chartered boat will carry") for a in partners)
                assert any(a.text.startswith("Islanders with hospital") for a in partners) is echoed
