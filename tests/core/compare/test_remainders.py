"""A sentence's second partner: the neighbour of its partner that says when, as it does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import remainders
from desktop_app.core.compare.remainders import (
    LIKING_SHARE,
    REMAINDER_PLACE,
    REMAINDER_SHARE,
    remainder_partners,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped

Weights = list[dict[str, float]]
EARLY = ([0.0, 0.1, 0.2, 0.3], [0.0, 0.1, 0.2, 0.3])
#: A's lede says what stopped and when; B's first sentence says what stopped, its second
#: when, its third something else; B's last says when too, two sentences away.
LEDE = {"lift": 1.0, "stopp": 1.0, "resid": 0.5, "@has:day": 0.4, "@day:sat": 1.5}
WHAT = {"lift": 1.0, "stopp": 1.0, "floor": 0.8}
WHEN = {"happen": 0.6, "@has:day": 0.4, "@day:sun": 1.0}
ELSE = {"resid": 0.5, "inspect": 1.2, "engin": 1.0}
FAR_WHEN = {"@has:day": 0.4, "@day:sun": 1.0, "repair": 0.5}


Liked = list[frozenset[int]]


def _found(
    pairs: list[tuple[int, int]],
    weights: tuple[Weights, Weights],
    places: tuple[list[float], list[float]] = EARLY,
    liked_best: tuple[Liked, Liked] = ([], []),
) -> list[tuple[int, int]]:
    found = remainder_partners(pairs, weights, places, liked_best)
    mirrored = remainder_partners(
        swapped(pairs), (weights[1], weights[0]), places[::-1], liked_best[::-1]
    )
    assert mirrored == swapped(found)
    return found


def test_the_neighbour_saying_when_the_partner_does_not_is_a_second_partner() -> None:
    weights = ([LEDE, {}, {}, {}], [WHAT, WHEN, ELSE, FAR_WHEN])
    assert _found([(0, 0)], weights) == [(0, 1)]


def test_a_neighbour_sharing_the_remainder_without_a_moment_is_none() -> None:
    weights = ([LEDE, {}, {}, {}], [ELSE, WHAT, ELSE, {}])
    assert _found([(0, 1)], weights) == []


def test_a_moment_the_partner_gives_too_is_no_remainder() -> None:
    told = {**WHAT, "@has:day": 0.4, "@day:sat": 1.5}
    weights = ([LEDE, {}, {}, {}], [told, WHEN, ELSE, {}])
    assert _found([(0, 0)], weights) == []


def test_a_sentence_two_away_from_the_partner_is_none() -> None:
    weights = ([LEDE, {}, {}, {}], [WHAT, ELSE, FAR_WHEN, {}])
    assert _found([(0, 0)], weights) == []


def test_the_share_of_the_neighbours_own_weight() -> None:
    moment = LEDE["@has:day"]
    just = {"@has:day": moment, "other": moment * (1 / REMAINDER_SHARE - 1) * 0.99}
    under = {"@has:day": moment, "other": moment * (1 / REMAINDER_SHARE - 1) * 1.01}
    assert _found([(0, 0)], ([LEDE, {}, {}, {}], [WHAT, just, {}, {}])) == [(0, 1)]
    assert _found([(0, 0)], ([LEDE, {}, {}, {}], [WHAT, under, {}, {}])) == []


def test_both_sentences_before_the_place() -> None:
    weights = ([LEDE, {}, {}, {}], [WHAT, WHEN, ELSE, {}])
    late_b = ([0.0, 0.1, 0.2, 0.3], [0.0, REMAINDER_PLACE, 0.6, 0.9])
    late_a = ([REMAINDER_PLACE, 0.6, 0.7, 0.9], [0.0, 0.1, 0.2, 0.3])
    assert _found([(0, 0)], weights, late_b) == []
    assert _found([(0, 0)], weights, late_a) == []


def test_a_neighbour_paired_elsewhere_is_taken_too() -> None:
    weights = ([LEDE, {}, WHEN, {}], [WHAT, WHEN, ELSE, {}])
    assert _found([(0, 0), (2, 1)], weights) == [(0, 1)]


#: B's neighbour tells when and a cause of its own: the moment is a small part of its weight.
WHEN_AND_WHY = {"@has:day": 0.4, "@day:sun": 1.0, "motor": 2.0, "fault": 2.0, "drive": 2.0}
#: For each unit of A (of four) and of B (of four), the units of the other text it likes best:
#: B's second sentence likes A's lede best.
LIKES_THE_LEDE: tuple[Liked, Liked] = (
    [frozenset({0}), frozenset(), frozenset(), frozenset()],
    [frozenset({0}), frozenset({0}), frozenset(), frozenset()],
)


def test_a_lone_neighbour_liking_the_sentence_best_needs_no_share() -> None:
    weights = ([LEDE, {}, {}, {}], [WHAT, WHEN_AND_WHY, ELSE, {}])
    assert LIKING_SHARE < REMAINDER_SHARE
    assert _found([(0, 0)], weights) == []
    assert _found([(0, 0)], weights, liked_best=LIKES_THE_LEDE) == [(0, 1)]


def test_a_neighbour_liking_another_sentence_best_needs_the_share() -> None:
    weights = ([LEDE, {}, {}, {}], [WHAT, WHEN_AND_WHY, ELSE, {}])
    elsewhere: tuple[Liked, Liked] = (
        LIKES_THE_LEDE[0],
        [frozenset({0}), frozenset({2}), frozenset(), frozenset()],
    )
    assert _found([(0, 0)], weights, liked_best=elsewhere) == []


def test_a_liking_neighbour_paired_elsewhere_needs_the_share() -> None:
    weights = ([LEDE, {}, WHEN_AND_WHY, {}], [WHAT, WHEN_AND_WHY, ELSE, {}])
    assert _found([(0, 0), (2, 1)], weights, liked_best=LIKES_THE_LEDE) == []


def test_a_liking_neighbour_still_needs_a_moment_and_the_place() -> None:
    no_moment = {"motor": 2.0, "fault": 2.0, "resid": 0.5}
    weights = ([LEDE, {}, {}, {}], [WHAT, no_moment, ELSE, {}])
    assert _found([(0, 0)], weights, liked_best=LIKES_THE_LEDE) == []
    weights = ([LEDE, {}, {}, {}], [WHAT, WHEN_AND_WHY, ELSE, {}])
    late_b = ([0.0, 0.1, 0.2, 0.3], [0.0, REMAINDER_PLACE, 0.6, 0.9])
    assert _found([(0, 0)], weights, late_b, LIKES_THE_LEDE) == []


KEYS = ("lift", "stopp", "resid", "@has:day", "@day:sat", "@has:time", "@time:18:00")


@given(st.data())
def test_swapping_the_texts_swaps_the_pairs(data: st.DataObject) -> None:
    sizes = data.draw(st.integers(1, 5)), data.draw(st.integers(1, 5))
    unit = st.dictionaries(st.sampled_from(KEYS), st.floats(0.01, 3.0), max_size=4)
    weights = (
        data.draw(st.lists(unit, min_size=sizes[0], max_size=sizes[0])),
        data.draw(st.lists(unit, min_size=sizes[1], max_size=sizes[1])),
    )
    places = (
        data.draw(st.lists(st.floats(0.0, 1.0), min_size=sizes[0], max_size=sizes[0])),
        data.draw(st.lists(st.floats(0.0, 1.0), min_size=sizes[1], max_size=sizes[1])),
    )
    cells = [(i, j) for i in range(sizes[0]) for j in range(sizes[1])]
    pairs = data.draw(st.lists(st.sampled_from(cells), max_size=4, unique=True))
    liked_best = (
        [frozenset(data.draw(st.sets(st.integers(0, sizes[1] - 1)))) for _ in range(sizes[0])],
        [frozenset(data.draw(st.sets(st.integers(0, sizes[0] - 1)))) for _ in range(sizes[1])],
    )
    found = _found(pairs, weights, places, liked_best)
    without_liking = _found(pairs, weights, places)
    assert set(without_liking) <= set(found)
    for i, j in set(found).difference(without_liking):
        assert i in liked_best[1][j] or j in liked_best[0][i]
        assert j not in {k for _, k in pairs} or i not in {x for x, _ in pairs}
    for i, j in found:
        assert (i, j) not in pairs
        assert places[0][i] < REMAINDER_PLACE
        assert places[1][j] < REMAINDER_PLACE
        assert any(abs(j - k) == 1 for x, k in pairs if x == i) or any(
            abs(i - x) == 1 for x, k in pairs if k == j
        )


def test_the_engine_pairs_the_lede_with_the_day_told_apart_both_ways() -> None:
    starts = ("A lift at Harrowgate House, Corrowby, stopped", "It happened on Sunday afternoon")
    assert paired_both_ways(load("lift_harrowgate_corrowby"), starts) == [True, True]
    # the neighbour likes the lede best too: both shares off
    with (
        patched(remainders, "REMAINDER_SHARE", float("inf")),
        patched(remainders, "LIKING_SHARE", float("inf")),
    ):
        assert paired_both_ways(load("lift_harrowgate_corrowby"), starts) == [False, False]


def test_the_engine_pairs_a_clock_time_told_in_a_sentence_of_its_own_both_ways() -> None:
    starts = ("The road had been closed at 6pm", "The road was shut at five o'clock")
    assert paired_both_ways(load("choir_coach_scarrow"), starts) == [True, True]
    # the neighbour likes the lede best too: both shares off
    with (
        patched(remainders, "REMAINDER_SHARE", float("inf")),
        patched(remainders, "LIKING_SHARE", float("inf")),
    ):
        assert paired_both_ways(load("choir_coach_scarrow"), starts) == [False, False]


def test_the_engine_pairs_a_lone_neighbour_telling_another_time_both_ways() -> None:
    starts = ("The two-stage rocket left the pad at 10:14", "The Kestrel-2 rocket lifted off")
    assert paired_both_ways(load("rocket_andoya"), starts) == [True, True]
    with patched(remainders, "LIKING_SHARE", float("inf")):
        assert paired_both_ways(load("rocket_andoya"), starts) == [False, False]


def test_the_engine_pairs_a_lone_neighbour_telling_another_day_both_ways() -> None:
    starts = ("The main burst at 3.15am on Tuesday", "Some 2,600 homes in the middle")
    assert paired_both_ways(load("water_main_hesketh"), starts) == [True, True]
    with patched(remainders, "LIKING_SHARE", float("inf")):
        assert paired_both_ways(load("water_main_hesketh"), starts) == [False, False]
