"""A sentence telling in one what the other text tells in two side by side: its second half."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, neighbours
from desktop_app.core.compare import second_halves as halves
from desktop_app.core.compare.grams import Vector
from desktop_app.core.compare.second_halves import FRESH_PIECES_SCORE, LATE_PLACE, second_halves
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import assert_swapping_swaps, run_mirrored, run_pair_rule
from tests.core.compare.test_neighbours import KIEL_A, KIEL_B

#: A's sentence 0 tells a fire ("fir", "ire") and three people hurt ("hur", "urt"); B tells
#: the fire in its sentence 0 and the people hurt in its sentence 1; B's 2 and 3 tell
#: something else. A's 1 is paired with B's 3.
A_VECTORS: list[Vector] = [
    {"fir": 0.5, "ire": 0.5, "hur": 0.5, "urt": 0.5},
    {"mar": 0.7, "ket": 0.7},
]
B_VECTORS: list[Vector] = [
    {"fir": 0.7, "ire": 0.7},
    {"hur": 0.6, "urt": 0.6, "two": 0.5},
    {"roa": 0.7, "oad": 0.7},
    {"mar": 0.7, "ket": 0.7},
]
PAIRS = [(0, 0), (1, 3)]
#: The word cosine less the position term, of the distinct sentences that share a term.
PLACED = {(0, 0): 0.4, (0, 1): 0.1, (1, 3): 0.5, (1, 2): 0.02}


def _run(
    pairs: list[tuple[int, int]] = PAIRS,
    placed: dict[tuple[int, int], float] = PLACED,
    vectors: tuple[list[Vector], list[Vector]] = (A_VECTORS, B_VECTORS),
    places: tuple[list[float], list[float]] | None = None,
) -> list[tuple[int, int]]:
    return run_pair_rule(second_halves, pairs, placed, vectors, places, spread=0.25)


def test_the_sentence_beside_a_partner_that_tells_the_rest_is_paired() -> None:
    assert _run() == [(0, 1)]


def test_the_rule_sees_both_sides_alike() -> None:
    assert run_mirrored(_run, PAIRS, PLACED, (A_VECTORS, B_VECTORS)) == [(1, 0)]


def test_pieces_the_first_partner_already_holds_are_no_evidence() -> None:
    # B's 0 now holds "hur" and "urt" too: B's 1 adds nothing A's 0 had left untold
    vectors = [{**B_VECTORS[0], "hur": 0.2, "urt": 0.2}, *B_VECTORS[1:]]
    assert _run(vectors=(A_VECTORS, vectors)) == []


def test_fresh_pieces_under_the_floor_are_not_enough() -> None:
    weak = 0.9 * FRESH_PIECES_SCORE / 2 / 0.5  # two pieces, at 0.5 on A's side
    vectors = [*B_VECTORS[:1], {"hur": weak, "urt": weak, "two": 0.9}, *B_VECTORS[2:]]
    assert _run(vectors=(A_VECTORS, vectors)) == []


def test_a_sentence_liking_another_better_by_words_is_not_taken() -> None:
    assert _run(placed={**PLACED, (1, 1): 0.2}) == []


def test_a_lone_unpaired_sentence_between_two_pairs_is_left_to_only_b() -> None:
    # B's 2 paired as well: B's 1 alone between two pairs is a passage of its own
    assert _run(pairs=[*PAIRS, (1, 2)]) == []
    saved = halves.ONLY_OPENING_RUNS
    halves.ONLY_OPENING_RUNS = False
    try:
        assert _run(pairs=[*PAIRS, (1, 2)]) == [(0, 1)]
    finally:
        halves.ONLY_OPENING_RUNS = saved


def test_two_sentences_late_in_both_texts_are_left_alone() -> None:
    late = ([LATE_PLACE, 1.0], [LATE_PLACE, LATE_PLACE, 0.95, 1.0])
    assert _run(places=late) == []


_PIECES = st.sampled_from(["fir", "ire", "hur", "urt", "two", "mar", "ket", "roa"])
_VECTOR = st.dictionaries(_PIECES, st.floats(0.05, 1.0), max_size=5)


@given(
    st.lists(_VECTOR, min_size=1, max_size=5),
    st.lists(_VECTOR, min_size=1, max_size=5),
    st.data(),
)
def test_swapping_the_texts_swaps_the_pairs(
    vectors_a: list[Vector], vectors_b: list[Vector], data: st.DataObject
) -> None:
    pairs, found = assert_swapping_swaps(_run, vectors_a, vectors_b, data)
    assert set(found).isdisjoint(pairs)


def test_a_sentence_the_paired_one_likes_less_than_another_is_not_taken() -> None:
    # A's 0 shares its untold pieces more with B's 2, which stands further off
    vectors = [*B_VECTORS[:2], {"hur": 0.7, "urt": 0.7}, B_VECTORS[3]]
    assert _run(vectors=(A_VECTORS, vectors)) == []
    saved = halves.PAIRED_PREFERS
    halves.PAIRED_PREFERS = False
    try:
        assert _run(vectors=(A_VECTORS, vectors)) == [(0, 1)]
    finally:
        halves.PAIRED_PREFERS = saved


def test_in_the_engine_the_wall_of_the_school_hall_is_the_second_half() -> None:
    # a development pair in Zulu: A's sentence tells the roof and the hall's wall, B tells
    # them in two sentences side by side; the words of the second meet A's only inflected
    truth = load("isiphepho_nquthu")
    wall = ("Sisuse uphahla lwamakilasi angu-6", "Udonga lwehholo lwesikole nalo luwile.")

    def paired() -> bool:
        found = compare_texts(truth.text_a, truth.text_b)
        return any(
            pair.a.text.startswith(wall[0]) and pair.b.text == wall[1] for pair in found.pairs
        )

    assert any(pair.a.text.startswith(wall[0]) and pair.b.text == wall[1] for pair in truth.pairs)
    assert paired()
    saved = halves.FRESH_PIECES_SCORE
    halves.FRESH_PIECES_SCORE = float("inf")
    try:
        assert not paired()
    finally:
        halves.FRESH_PIECES_SCORE = saved


def test_without_next_partners_the_second_half_is_still_found() -> None:
    # the built canal story of ``test_neighbours``: "lost steering near Rendsburg and
    # blocked both lanes" is told by B in two sentences side by side
    saved = neighbours.NEXT_PARTNER_SCORE
    neighbours.NEXT_PARTNER_SCORE = float("inf")
    try:
        pairs = compare_texts(KIEL_A, KIEL_B).pairs
    finally:
        neighbours.NEXT_PARTNER_SCORE = saved
    assert any(
        pair.a.text.startswith("The vessel lost steering")
        and pair.b.text == "Both lanes were shut."
        for pair in pairs
    )


def test_a_far_second_half_needs_more_pieces_of_its_own() -> None:
    # B's 2 (two sentences from A's 0's partner) tells the people hurt; B's 1 something else
    vectors = [B_VECTORS[0], {"two": 0.9, "roa": 0.4}, {"hur": 0.7, "urt": 0.7}, B_VECTORS[3]]
    placed = {(0, 0): 0.4, (0, 2): 0.1, (1, 3): 0.5}
    assert _run(placed=placed, vectors=(A_VECTORS, vectors)) == [(0, 2)]
    saved = halves.FAR_FRESH_PIECES_SCORE
    halves.FAR_FRESH_PIECES_SCORE = 0.8  # the fresh pieces give 0.7
    try:
        assert _run(placed=placed, vectors=(A_VECTORS, vectors)) == []
    finally:
        halves.FAR_FRESH_PIECES_SCORE = saved
