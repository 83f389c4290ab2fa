"""Second partners in both openings: the sentence beside a partner that tells the rest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import openings
from desktop_app.core.compare.grams import Vector
from desktop_app.core.compare.openings import opening_second_partners, plain_words
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import (
    assert_swapping_swaps,
    engine_has_pair,
    has_pair,
    paired_sides,
    run_mirrored,
    run_pair_rule,
)

#: Each sentence's plain words (the weights play no part). A's 0 tells a break-in: how the
#: burglars came in (B's 2) and how long they stayed (B's 1, its partner). The rest are
#: paired in order and share nothing with them.
A_WORDS: list[Vector] = [
    {"burglar": 1.0, "skylight": 1.0, "security": 1.0, "minute": 1.0, "inside": 1.0},
    {"alarm": 1.0},
    {"police": 1.0},
    {"icon": 1.0},
    {"insurer": 1.0},
    {"reward": 1.0},
]
B_WORDS: list[Vector] = [
    {"alarm": 1.0},
    {"minute": 1.0, "inside": 1.0},
    {"skylight": 1.0, "security": 1.0, "camera": 1.0},
    {"police": 1.0},
    {"icon": 1.0},
    {"insurer": 1.0},
    {"reward": 1.0},
]
PAIRS = [(0, 1), (1, 0), (2, 3), (3, 4), (4, 5), (5, 6)]
#: The word cosine less the position term, of the sentences that share a term.
PLACED = {(0, 1): 0.3, (0, 2): 0.15, (1, 0): 0.5, (2, 3): 0.5, (3, 4): 0.5, (4, 5): 0.5}
PLACED.update({(5, 6): 0.5})


def _run(
    pairs: list[tuple[int, int]] = PAIRS,
    placed: dict[tuple[int, int], float] = PLACED,
    words: tuple[list[Vector], list[Vector]] = (A_WORDS, B_WORDS),
    places: tuple[list[float], list[float]] | None = None,
) -> list[tuple[int, int]]:
    # every sentence within the first half of its text, B's 2 at a sixth
    return run_pair_rule(opening_second_partners, pairs, placed, words, places, spread=0.5)


def test_the_sentence_beside_a_partner_telling_the_rest_is_paired() -> None:
    assert _run() == [(0, 2)]


def test_the_rule_sees_both_sides_alike() -> None:
    assert run_mirrored(_run, PAIRS, PLACED, (A_WORDS, B_WORDS)) == [(2, 0)]


def test_sentences_past_the_opening_are_left_alone() -> None:
    early_a = [k / 10 for k in range(6)]
    late_b = [k / 10 for k in range(7)]
    late_b[2] = openings.SECOND_OPENING_PLACE + 0.05
    assert _run(places=(early_a, late_b)) == []
    late_a = [openings.SECOND_OPENING_PLACE + 0.05, *early_a[1:]]
    assert _run(places=(late_a, [k / 10 for k in range(7)])) == []
    assert _run(places=(early_a, [k / 10 for k in range(7)])) == [(0, 2)]


def test_a_new_sentence_liking_another_better_by_words_is_not_taken() -> None:
    words_a = [*A_WORDS[:3], {**A_WORDS[3], "camera": 1.0}, *A_WORDS[4:]]
    placed = {**PLACED, (3, 2): 0.2}
    assert _run(placed=placed, words=(words_a, B_WORDS)) == []
    # a tie counts as best
    placed[3, 2] = PLACED[0, 2]
    assert _run(placed=placed, words=(words_a, B_WORDS)) == [(0, 2)]


def test_words_the_partners_already_hold_are_not_the_rest() -> None:
    # B's 1 tells the skylight too: B's 2 shares one word of its own with A's 0
    partner = {**B_WORDS[1], "skylight": 1.0}
    assert _run(words=(A_WORDS, [B_WORDS[0], partner, *B_WORDS[2:]])) == []
    # B's 2 repeats both of the partner's words beside its own two: more than one held
    echo = {**B_WORDS[2], "minute": 1.0, "inside": 1.0}
    assert _run(words=(A_WORDS, [*B_WORDS[:2], echo, *B_WORDS[3:]])) == []
    with patched(openings, "SECOND_HELD_WORDS", 2):
        assert _run(words=(A_WORDS, [*B_WORDS[:2], echo, *B_WORDS[3:]])) == [(0, 2)]


def test_one_word_of_its_own_is_not_enough() -> None:
    one = {"skylight": 1.0, "camera": 1.0}
    assert _run(words=(A_WORDS, [*B_WORDS[:2], one, *B_WORDS[3:]])) == []
    with patched(openings, "SECOND_FRESH_WORDS", 1):
        assert _run(words=(A_WORDS, [*B_WORDS[:2], one, *B_WORDS[3:]])) == [(0, 2)]


def test_names_figures_moments_and_counts_are_no_plain_words() -> None:
    weights = {"skylight": 0.5, "westmoor": 0.9, "#300": 0.7, "@day:wed": 0.2, "qty:kg": 0.1}
    assert plain_words(weights, frozenset({"westmoor"})) == frozenset({"skylight"})


def test_a_sentence_away_from_the_partners_is_not_taken() -> None:
    # the same sentence, two places after the partner: B's 1 and 3 swap
    words_b = [B_WORDS[0], B_WORDS[3], B_WORDS[1], B_WORDS[2], *B_WORDS[4:]]
    pairs = [(0, 2), (1, 0), (2, 1), (3, 4), (4, 5), (5, 6)]
    placed = {(0, 2): 0.3, (0, 3): 0.15, (1, 0): 0.5, (2, 1): 0.5, (3, 4): 0.5, (4, 5): 0.5}
    placed[5, 6] = 0.5
    assert _run(pairs, placed, (A_WORDS, words_b)) == [(0, 3)]
    far = [B_WORDS[0], B_WORDS[1], B_WORDS[3], B_WORDS[4], B_WORDS[2], *B_WORDS[5:]]
    pairs = [(0, 1), (1, 0), (2, 2), (3, 3), (4, 5), (5, 6)]
    placed = {(0, 1): 0.3, (0, 4): 0.15, (1, 0): 0.5, (2, 2): 0.5, (3, 3): 0.5, (4, 5): 0.5}
    placed[5, 6] = 0.5
    assert _run(pairs, placed, (A_WORDS, far), ([0.1] * 6, [0.1] * 7)) == []


def test_a_lone_sentence_is_taken_only_in_the_order_of_its_neighbours() -> None:
    # B's 2 stands alone between B's 1 (A's 0's partner) and B's 3; when B's 3 is the
    # partner of a sentence before A's 0, the two stories cross there
    words_a = [{"police": 1.0}, *A_WORDS[:2], *A_WORDS[3:]]
    placed = {(1, 1): 0.3, (1, 2): 0.15, (2, 0): 0.5, (0, 3): 0.5, (3, 4): 0.5, (4, 5): 0.5}
    placed[5, 6] = 0.5
    pairs = [(1, 1), (2, 0), (0, 3), (3, 4), (4, 5), (5, 6)]
    assert _run(pairs, placed, (words_a, B_WORDS)) == []
    # with B's 3 unpaired, B's 2 opens a run and is taken
    pairs = [(1, 1), (2, 0), (3, 4), (4, 5), (5, 6)]
    assert _run(pairs, placed, (words_a, B_WORDS)) == [(1, 2)]


_WORDS = st.sampled_from(["skylight", "security", "minute", "inside", "alarm", "camera"])
_SENTENCE = st.dictionaries(_WORDS, st.just(1.0), max_size=4)


@given(
    st.lists(_SENTENCE, min_size=1, max_size=6),
    st.lists(_SENTENCE, min_size=1, max_size=6),
    st.data(),
)
def test_swapping_the_texts_swaps_the_pairs(
    words_a: list[Vector], words_b: list[Vector], data: st.DataObject
) -> None:
    pairs, found = assert_swapping_swaps(_run, words_a, words_b, data)
    paired_a, paired_b = paired_sides(pairs)
    for i, j in found:
        assert (i in paired_a) != (j in paired_b)
        assert len(set(words_a[i]) & set(words_b[j])) >= openings.SECOND_FRESH_WORDS


def test_in_the_engine_the_skylight_is_paired() -> None:
    # a development pair: the agency's first sentences tell the entry and the time inside,
    # the other text the time inside ("They spent less than ten minutes inside.") and,
    # just before it, the skylight the cameras show
    truth = load("museum_theft")
    skylight = ("The burglars entered through a skylight", "Security cameras show two men")
    assert has_pair(truth.pairs, skylight)
    assert engine_has_pair(truth, skylight)
    with patched(openings, "SECOND_OPENING_PLACE", -1.0):
        assert not engine_has_pair(truth, skylight)
