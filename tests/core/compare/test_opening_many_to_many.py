"""Many to many in both openings: two paired sentences that share what their partners lack."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import openings
from desktop_app.core.compare.grams import Vector
from desktop_app.core.compare.openings import opening_many_to_many
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

#: Each sentence's pieces of words, and its plain words the same. A's 0 tells the broken
#: mooring and the wind (its partner B's 1 the wind), B's 0 the broken mooring and the
#: fish that got out (its partner A's 1 the fish); the rest are paired in order.
A_VECTORS: list[Vector] = [
    {"mooring": 0.5, "line": 0.5, "wind": 0.5, "gust": 0.5},
    {"fish": 0.6, "escape": 0.6, "count": 0.53},
    {"police": 1.0},
    {"icon": 1.0},
    {"insurer": 1.0},
    {"reward": 1.0},
]
B_VECTORS: list[Vector] = [
    {"fish": 0.5, "escape": 0.5, "mooring": 0.5, "line": 0.5},
    {"wind": 0.7, "gust": 0.7},
    {"police": 1.0},
    {"icon": 1.0},
    {"insurer": 1.0},
    {"reward": 1.0},
]
PAIRS = [(0, 1), (1, 0), (2, 2), (3, 3), (4, 4), (5, 5)]
#: The word cosine less the position term, of the sentences that share a term.
PLACED = {(0, 0): 0.2, (0, 1): 0.5, (1, 0): 0.5, (2, 2): 0.5, (3, 3): 0.5, (4, 4): 0.5}
PLACED.update({(5, 5): 0.5})


def _rule(
    pairs: list[Pair],
    groups: tuple[list[int], list[int]],
    placed: dict[Pair, float],
    vectors: Vectors,
    places: Places,
) -> list[Pair]:
    # the toy sentences' plain words are the keys of their pieces
    return opening_many_to_many(pairs, groups, placed, vectors, places, vectors)


def _run(
    pairs: list[Pair] = PAIRS,
    placed: dict[Pair, float] = PLACED,
    vectors: Vectors = (A_VECTORS, B_VECTORS),
    places: Places | None = None,
) -> list[Pair]:
    # every sentence within the first half of its text
    return run_pair_rule(_rule, pairs, placed, vectors, places, spread=0.5)


def test_two_paired_sentences_telling_what_their_partners_lack_are_paired() -> None:
    assert _run() == [(0, 0)]


def test_the_rule_sees_both_sides_alike() -> None:
    assert run_mirrored(_run, PAIRS, PLACED, (A_VECTORS, B_VECTORS)) == [(0, 0)]


def test_sentences_past_the_opening_are_left_alone() -> None:
    places = [k / 10 for k in range(6)]
    late = [openings.MANY_OPENING_PLACE + 0.05, *places[1:]]
    assert _run(places=(late, places)) == []
    assert _run(places=(places, late)) == []
    assert _run(places=(places, places)) == [(0, 0)]


def test_a_sentence_liking_another_better_by_words_is_not_taken() -> None:
    # A's 0 shares a word with B's 3 that scores more than B's 0 (its partner set aside)
    assert _run(placed={**PLACED, (0, 3): 0.3}) == []
    assert _run(placed={**PLACED, (3, 0): 0.3}) == []
    # its own partner, scoring more, does not count
    assert _run(placed={**PLACED, (0, 1): 0.9}) == [(0, 0)]


def test_a_sentence_liking_another_better_by_pieces_is_not_taken() -> None:
    # B's 2 now shares more pieces with A's 0 than B's 0 does
    pieces = {"mooring": 0.7, "line": 0.7}
    assert _run(vectors=(A_VECTORS, [*B_VECTORS[:2], pieces, *B_VECTORS[3:]])) == []


def test_words_a_partner_already_holds_are_not_shared_news() -> None:
    # B's 1, A's 0's partner, tells the mooring too: one word left of A's 0's own
    partner = {**B_VECTORS[1], "mooring": 0.1}
    assert _run(vectors=(A_VECTORS, [B_VECTORS[0], partner, *B_VECTORS[2:]])) == []
    # and A's 1, B's 0's partner, the line
    partner = {**A_VECTORS[1], "line": 0.1}
    assert _run(vectors=([A_VECTORS[0], partner, *A_VECTORS[2:]], B_VECTORS)) == []


def test_a_sentence_without_a_partner_is_not_this_rule() -> None:
    pairs = [pair for pair in PAIRS if pair != (1, 0)]
    assert _run(pairs=pairs) == []
    assert _run(pairs=[*PAIRS, (0, 0)]) == []


_PIECES = st.sampled_from(["mooring", "line", "wind", "gust", "fish", "escape"])
_VECTOR = st.dictionaries(_PIECES, st.floats(0.05, 1.0), max_size=4)


@given(
    st.lists(_VECTOR, min_size=1, max_size=6),
    st.lists(_VECTOR, min_size=1, max_size=6),
    st.data(),
)
def test_swapping_the_texts_swaps_the_pairs(
    vectors_a: list[Vector], vectors_b: list[Vector], data: st.DataObject
) -> None:
    pairs, found = assert_swapping_swaps(_run, vectors_a, vectors_b, data)
    paired_a, paired_b = paired_sides(pairs)
    for i, j in found:
        assert i in paired_a
        assert j in paired_b
        assert (i, j) not in pairs
        assert len(set(vectors_a[i]) & set(vectors_b[j])) >= openings.SECOND_FRESH_WORDS


def test_in_the_engine_the_broken_mooring_is_paired() -> None:
    # a development pair (entry 10): the wire's opening gives the broken mooring and the
    # wind, the other's the broken mooring and the fish that got out, each paired already
    truth = load("salmon_yell")
    mooring = ("Nordhav said a mooring line", "Nordhav Seafood, the Norwegian firm")
    assert has_pair(truth.pairs, mooring)
    assert engine_has_pair(truth, mooring)
    with patched(openings, "MANY_OPENING_PLACE", -1.0):
        assert not engine_has_pair(truth, mooring)
