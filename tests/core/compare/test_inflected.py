"""Pairs in both openings held by words inflected or compounded: pieces meet, words do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import inflected
from desktop_app.core.compare.grams import Vector
from desktop_app.core.compare.inflected import INFLECTED_RATIO, INFLECTED_SCORE, inflected_pairs
from desktop_app.core.compare.openings import OPENING_MIN_UNITS, OPENING_PLACE
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import (
    Pair,
    Places,
    Vectors,
    assert_swapping_swaps,
    engine_has_pair,
    has_pair,
    paired_sides,
    run_mirrored,
    run_pair_rule,
)

#: A's 0 and B's 0 name one ferry port in two cases ("Virtsust" / "Virtsus": "vir", "irt",
#: "rts" meet, the endings do not); A's 1 and B's 1 are unpaired and tell nothing in
#: common; the rest are paired in order.
A_VECTORS: list[Vector] = [
    {"vir": 0.5, "irt": 0.5, "rts": 0.5, "sus": 0.5},
    {"sch": 1.0},
    {"bri": 1.0},
    {"roa": 1.0},
    {"mar": 1.0},
    {"ket": 1.0},
]
B_VECTORS: list[Vector] = [
    {"vir": 0.5, "irt": 0.5, "rts": 0.5, "ust": 0.5},
    {"ban": 1.0},
    {"bri": 1.0},
    {"roa": 1.0},
    {"mar": 1.0},
    {"ket": 1.0},
]
#: Their pieces' cosine: 0.75.
PIECES_COSINE = 0.75
PAIRS = [(2, 2), (3, 3), (4, 4), (5, 5)]
#: The word cosine of the sentences that share a term: A's 0 and B's 0 share one word.
WORDS = {(0, 0): 0.1, (2, 2): 0.5, (3, 3): 0.5, (4, 4): 0.5, (5, 5): 0.5}


def _rule(
    pairs: list[Pair],
    groups: tuple[list[int], list[int]],
    words: dict[Pair, float],
    vectors: Vectors,
    places: Places,
) -> list[Pair]:
    return inflected_pairs(pairs, groups, lambda g, h: words.get((g, h), 0.0), vectors, places)


def _run(
    pairs: list[Pair] = PAIRS,
    words: dict[Pair, float] = WORDS,
    vectors: Vectors = (A_VECTORS, B_VECTORS),
    places: Places | None = None,
) -> list[Pair]:
    return run_pair_rule(_rule, pairs, words, vectors, places, spread=OPENING_PLACE)


def test_two_opening_sentences_whose_pieces_meet_better_than_their_words_are_paired() -> None:
    assert PIECES_COSINE >= INFLECTED_SCORE
    assert _run() == [(0, 0)]


def test_the_rule_sees_both_sides_alike() -> None:
    assert run_mirrored(_run, PAIRS, WORDS, (A_VECTORS, B_VECTORS)) == [(0, 0)]


def test_sentences_whose_words_meet_as_well_are_left_to_the_other_rules() -> None:
    just_under = PIECES_COSINE / INFLECTED_RATIO - 0.01
    assert _run(words={**WORDS, (0, 0): just_under}) == [(0, 0)]
    assert _run(words={**WORDS, (0, 0): PIECES_COSINE / INFLECTED_RATIO + 0.01}) == []


def test_pieces_that_meet_little_pair_nothing() -> None:
    # one piece in common of many: a cosine under INFLECTED_SCORE
    faint_a: list[Vector] = [{"vir": 0.1, "zzz": 0.995}, *A_VECTORS[1:]]
    faint_b: list[Vector] = [{"vir": 0.1, "yyy": 0.995}, *B_VECTORS[1:]]
    assert INFLECTED_SCORE > 0.1 * 0.1
    assert _run(words={**WORDS, (0, 0): 0.0}, vectors=(faint_a, faint_b)) == []


def test_two_sentences_past_the_opening_are_left_alone() -> None:
    late = [OPENING_PLACE + 0.1 + k / 20 for k in range(6)]
    early = [k / 10 for k in range(6)]
    assert _run(places=(late, late)) == []
    assert _run(places=(late, early)) == []
    assert _run(places=(early, early)) == [(0, 0)]


def test_a_sentence_liking_another_better_by_pieces_takes_that_one() -> None:
    # B's 1 holds all of A's 0's pieces, so A's 0 prefers it, and B's 1 prefers A's 0 back
    vectors = [B_VECTORS[0], dict(A_VECTORS[0]), *B_VECTORS[2:]]
    assert _run(vectors=(A_VECTORS, vectors)) == [(0, 1)]


def test_a_sentence_with_a_partner_is_not_taken() -> None:
    assert _run(pairs=[*PAIRS, (0, 1)]) == []
    assert _run(pairs=[*PAIRS, (1, 0)]) == []


def test_texts_of_a_few_sentences_are_left_alone() -> None:
    few = OPENING_MIN_UNITS
    assert len(A_VECTORS) == len(B_VECTORS) == few + 1
    pairs = [(i, j) for i, j in PAIRS if max(i, j) < few]
    assert _run(pairs, WORDS, (A_VECTORS[:few], B_VECTORS)) == []
    assert _run(pairs, WORDS, (A_VECTORS, B_VECTORS[:few])) == []


_PIECES = st.sampled_from(["vir", "irt", "rts", "sus", "ust", "bri", "roa", "sch"])
_VECTOR = st.dictionaries(_PIECES, st.floats(0.05, 1.0), max_size=5)


@given(
    st.lists(_VECTOR, min_size=1, max_size=8),
    st.lists(_VECTOR, min_size=1, max_size=8),
    st.data(),
)
def test_swapping_the_texts_swaps_the_pairs(
    vectors_a: list[Vector], vectors_b: list[Vector], data: st.DataObject
) -> None:
    pairs, found = assert_swapping_swaps(_run, vectors_a, vectors_b, data)
    paired_a, paired_b = paired_sides(pairs)
    assert all(i not in paired_a and j not in paired_b for i, j in found)


def test_in_the_engine_the_rescued_herders_are_paired() -> None:
    # a development pair in Sesotho: both tell of the rescued herders ("pholositsoeng") early
    # in their texts, their other words apart
    herders = ("Balisana ba pholositsoeng ba isitsoe", "Bohle ba pholositsoeng")
    truth = load("lehloa_mokhotlong")
    assert has_pair(truth.pairs, herders)
    assert engine_has_pair(truth, herders)
    with patched(inflected, "INFLECTED_SCORE", 2.0):
        assert not engine_has_pair(truth, herders)


def test_in_the_engine_a_village_named_alike_pairs_nothing() -> None:
    # a development pair in Bashkir: the fire's first sentence and a villager's line share
    # only the village's name ("Ҡыҙыл Яр"), which the story gives everywhere
    lines = ("Бөрйән районының Ҡыҙыл Яр", "Ҡыҙыл Яр ауылы халҡы")
    assert not engine_has_pair(load("yylqy_qyzylyar"), lines)
