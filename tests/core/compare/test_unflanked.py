"""Two sentences of one topic, with no pair beside them and no word of their own (round 114)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import engine
from desktop_app.core.compare.unflanked import UNFLANKED_OPENING, UNFLANKED_REACH, unflanked_pairs
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped

Pair = tuple[int, int]

HOPI_GAMES = "Hintsakpi “Sikyatsvi Kwaakwahu”"
HOPI_BASKETBALL = "Hopit ep basketball pas a'ni himu"
ROAD_UNTIL_19_MARCH = "Station Road will remain closed between the railway bridge"
ROAD_UNTIL_26TH = "Station Road, meanwhile, will stay shut until the 26th of March"


def _none_own(_i: int, _j: int) -> int:
    return 0


def _no_slot(_i: int, _j: int) -> bool:
    return False


def _unflanked(pairs: list[Pair], own: int = 0, slot: bool = False) -> list[Pair]:
    return unflanked_pairs(pairs, lambda _i, _j: own, lambda _i, _j: slot)


def test_a_lone_pair_past_the_openings_sharing_only_the_story_is_dropped() -> None:
    assert _unflanked([(8, 11)]) == [(8, 11)]
    assert _unflanked([(2, 2), (9, 14)]) == [(2, 2), (9, 14)]


def test_a_pair_beside_it_keeps_it_up_to_the_reach_on_both_sides() -> None:
    reach = UNFLANKED_REACH
    assert _unflanked([(8, 11), (8 + reach, 11 - reach)]) == []
    assert _unflanked([(8, 11), (7, 12)]) == []
    far = (8 + reach + 1, 11 + reach + 1)
    assert _unflanked([(8, 11), far]) == sorted([(8, 11), far])


def test_a_pair_sharing_a_sentence_is_no_pair_beside_it() -> None:
    # the same sentence of A with another of B: a second partner, not a neighbour
    assert _unflanked([(8, 11), (8, 12)]) == [(8, 11), (8, 12)]


def test_the_openings_a_term_of_their_own_and_one_slot_keep_the_pair() -> None:
    opening = UNFLANKED_OPENING
    assert _unflanked([(opening - 1, 9)]) == []
    assert _unflanked([(9, opening - 1)]) == []
    assert _unflanked([(8, 11)], own=1) == []
    assert _unflanked([(8, 11)], slot=True) == []


def test_no_reach_drops_nothing() -> None:
    assert unflanked_pairs([(8, 11)], _none_own, _no_slot, reach=0) == []


@given(
    st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12)), max_size=8, unique=True),
    st.sets(st.tuples(st.integers(0, 12), st.integers(0, 12))),
    st.integers(0, 4),
)
def test_swapping_the_texts_swaps_the_result_and_every_drop_stands_alone(
    pairs: list[Pair], own_pairs: set[Pair], reach: int
) -> None:
    found = unflanked_pairs(pairs, lambda i, j: int((i, j) in own_pairs), _no_slot, reach=reach)
    mirrored = unflanked_pairs(
        swapped(pairs), lambda j, i: int((i, j) in own_pairs), _no_slot, reach=reach
    )
    assert mirrored == swapped(found)
    for i, j in found:
        assert (i, j) in pairs
        assert (i, j) not in own_pairs
        assert min(i, j) >= UNFLANKED_OPENING
        assert not any(
            k != i and m != j and abs(k - i) <= reach and abs(m - j) <= reach for k, m in pairs
        )


def test_a_development_pair_of_one_topic_goes_both_ways() -> None:
    # the Hopi games that matter to both schools, against basketball that matters to the Hopi
    truth = load("taalawpi_sikyatsvi")
    starts = (HOPI_GAMES, HOPI_BASKETBALL)
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(engine, "unflanked_pairs", lambda *_args: []):
        assert paired_both_ways(truth, starts) == [True, True]


def test_one_value_told_two_ways_stays_both_ways() -> None:
    # the road shut until 19 March against the 26th: a contradiction, kept by its one slot
    truth = load("watermain_quarrington")
    starts = (ROAD_UNTIL_19_MARCH, ROAD_UNTIL_26TH)
    assert paired_both_ways(truth, starts) == [True, True]
    with patched(
        engine,
        "unflanked_pairs",
        lambda pairs, own, _slot: unflanked_pairs(pairs, own, _no_slot),
    ):
        assert paired_both_ways(truth, starts) == [False, False]
