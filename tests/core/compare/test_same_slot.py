"""Two sentences still alone, each the other's best, giving a value in one slot: one fact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import engine, same_slot
from desktop_app.core.compare.same_slot import (
    MOMENT_ONE_SIDE_SCORE,
    SAME_SLOT_PLACE,
    SAME_SLOT_SCORE,
    moment_on_one_side,
    same_slot_pairs,
    ties,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import (
    draw_places_and_paired,
    paired_both_ways,
    swapped,
    swapped_scores,
)

Slots = list[set[str]]
EVEN = ([0.0, 0.25, 0.5], [0.0, 0.25, 0.5])


def _found(
    scores: dict[tuple[int, int], float],
    slots: tuple[Slots, Slots],
    paired: tuple[set[int], set[int]] = (set(), set()),
    places: tuple[list[float], list[float]] = EVEN,
) -> list[tuple[int, int]]:
    return same_slot_pairs(paired, scores, slots, places)


TIMES = ([{"time"}, {"qty:contai"}, set()], [{"time"}, {"qty:contai"}, {"day"}])


def test_two_lone_sentences_preferring_each_other_and_giving_a_time_pair() -> None:
    assert _found({(0, 0): 0.19, (1, 1): 0.23}, TIMES) == [(0, 0), (1, 1)]


def test_a_sentence_already_paired_takes_no_more_partners_here() -> None:
    scores = {(0, 0): 0.19, (1, 1): 0.23}
    assert _found(scores, TIMES, paired=({0}, set())) == [(1, 1)]
    assert _found(scores, TIMES, paired=(set(), {1})) == [(0, 0)]


def test_a_sentence_liking_another_better_is_no_partner() -> None:
    # the sentence preferred instead gives no clock time: since round 145 it pairs by the
    # clock time on one side only
    assert _found({(0, 0): 0.19, (0, 2): 0.3}, TIMES) == [(0, 2)]
    assert _found({(0, 0): 0.19, (2, 0): 0.3}, TIMES) == [(2, 0)]


def test_slots_must_meet_and_a_year_ties_nothing() -> None:
    slots = ([{"year"}, {"qty:contai"}], [{"year", "day"}, {"qty:shee"}])
    assert _found({(0, 0): 0.3, (1, 1): 0.3}, slots) == []


def test_the_floor_and_the_place() -> None:
    low = SAME_SLOT_SCORE * 0.99
    assert _found({(0, 0): low}, TIMES) == []
    assert _found({(0, 0): SAME_SLOT_SCORE}, TIMES) == [(0, 0)]
    late = ([0.0, SAME_SLOT_PLACE], [SAME_SLOT_PLACE, 0.0])
    assert _found({(0, 0): 0.3, (1, 1): 0.3}, TIMES, places=late) == []


@given(st.data())
def test_swapping_the_texts_swaps_the_pairs(data: st.DataObject) -> None:
    size_a, size_b = data.draw(st.integers(1, 5)), data.draw(st.integers(1, 5))
    cells = [(g, h) for g in range(size_a) for h in range(size_b)]
    scores = data.draw(st.dictionaries(st.sampled_from(cells), st.floats(0.0, 1.0)))
    kinds = st.sets(st.sampled_from(("year", "day", "time", "qty:shee")), max_size=2)
    slots = (
        data.draw(st.lists(kinds, min_size=size_a, max_size=size_a)),
        data.draw(st.lists(kinds, min_size=size_b, max_size=size_b)),
    )
    places, paired = draw_places_and_paired(data, (size_a, size_b))
    found = same_slot_pairs(paired, scores, slots, places)
    mirrored = same_slot_pairs(
        (paired[1], paired[0]), swapped_scores(scores), (slots[1], slots[0]), (places[1], places[0])
    )
    assert mirrored == swapped(found)
    for g, h in found:
        assert g not in paired[0]
        assert h not in paired[1]
        # a slot both give that ties them from its floor, or a clock time one side gives
        tied = any(ties(slot) for slot in slots[0][g] & slots[1][h])
        one_side = moment_on_one_side(slots[0][g], slots[1][h])
        assert (tied and scores[g, h] >= SAME_SLOT_SCORE) or (
            one_side and scores[g, h] >= MOMENT_ONE_SIDE_SCORE
        )
        assert all(score <= scores[g, h] for (x, y), score in scores.items() if x == g or y == h)


#: Sentence 0 of each side gives a clock time, sentence 1 none, sentence 2 a weekday alone.
MOMENTS = ([{"time"}, set(), {"day"}], [{"time", "day"}, {"qty:shee"}, set()])


def test_a_clock_time_on_one_side_only_pairs_from_its_own_floor_on_either_side() -> None:
    score = MOMENT_ONE_SIDE_SCORE
    assert score < SAME_SLOT_SCORE
    assert _found({(0, 1): score}, MOMENTS) == [(0, 1)]
    assert _found({(1, 0): score}, MOMENTS) == [(1, 0)]
    assert _found({(0, 1): score * 0.99}, MOMENTS) == []
    assert _found({(1, 0): score * 0.99}, MOMENTS) == []


def test_a_clock_time_on_both_sides_still_needs_the_slot_floor() -> None:
    between = (MOMENT_ONE_SIDE_SCORE + SAME_SLOT_SCORE) / 2
    assert _found({(0, 0): between}, MOMENTS) == []
    assert _found({(0, 0): SAME_SLOT_SCORE}, MOMENTS) == [(0, 0)]


def test_a_weekday_or_a_count_on_one_side_only_ties_nothing() -> None:
    assert _found({(2, 2): 0.5, (1, 1): 0.5, (2, 1): 0.4}, MOMENTS) == []
    assert moment_on_one_side({"time"}, set())
    assert moment_on_one_side(set(), {"time"})
    assert not moment_on_one_side({"day"}, set())
    assert not moment_on_one_side({"time", "day"}, {"time"})


def test_a_clock_time_on_one_side_asks_the_rest_of_the_rule() -> None:
    scores = {(0, 1): MOMENT_ONE_SIDE_SCORE}
    assert _found(scores, MOMENTS, paired=({0}, set())) == []
    assert _found(scores, MOMENTS, paired=(set(), {1})) == []
    assert _found({**scores, (2, 1): 0.3}, MOMENTS) == []
    late = ([SAME_SLOT_PLACE, 0.0, 0.0], [0.0, 0.0, 0.0])
    assert _found(scores, MOMENTS, places=late) == []


def test_the_engine_pairs_a_clock_time_and_a_part_of_the_day_both_ways() -> None:
    starts = ("The last skier was lowered to the snow at 1.40pm.", "The last of them reached")
    assert paired_both_ways(load("chairlift_glenvarrick"), starts) == [True, True]
    with patched(same_slot, "MOMENT_ONE_SIDE_SCORE", float("inf")):
        assert paired_both_ways(load("chairlift_glenvarrick"), starts) == [False, False]


def test_the_engine_pairs_two_clock_times_told_in_other_words_both_ways() -> None:
    starts = ("All guests were off the wheel by 8.25pm.", "She was up there in the cold until")
    assert paired_both_ways(load("ferriswheel_cromby"), starts) == [True, True]
    with patched(same_slot, "SAME_SLOT_SCORE", float("inf")):
        assert paired_both_ways(load("ferriswheel_cromby"), starts) == [False, False]


def test_the_engine_pairs_two_deadlines_late_in_both_texts() -> None:
    starts = ("The faulty lift will be repaired by 27 November.", "The association says")
    assert paired_both_ways(load("lift_harrowgate_corrowby"), starts) == [True, True]
    # Round 93's moments told apart keep this pair too (two deadlines, one month each): with
    # that spare off, this rule alone keeps it.
    with (
        patched(engine, "moments_told_apart", lambda *_: False),
        patched(same_slot, "SAME_SLOT_PLACE", 0.5),
    ):
        assert paired_both_ways(load("lift_harrowgate_corrowby"), starts) == [False, False]
    with patched(engine, "moments_told_apart", lambda *_: False):
        assert paired_both_ways(load("lift_harrowgate_corrowby"), starts) == [True, True]
