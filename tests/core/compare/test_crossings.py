"""Pairs of two sentences each paired better elsewhere: dropped past the openings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.crossings import (
    CROSSING_PLACE,
    TOLD_APART_MOMENTS,
    crossing_pairs,
    moments_told_apart,
    specific_in_common,
)
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import Pair, compared_both_ways, swapped, swapped_scores

SIZES = (20, 20)
#: A's 8 tells its fact with B's 8, B's 9 its own with A's 9; A's 8 and B's 9 also meet,
#: more weakly than either's own partner.
CROSSING = {(8, 8): 0.5, (9, 9): 0.45, (8, 9): 0.2}


def _no_specific(i: int, j: int) -> bool:
    return False


def _crossing(scores: dict[Pair, float], sizes: tuple[int, int] = SIZES) -> list[Pair]:
    return crossing_pairs(scores, sizes, _no_specific)


def _crossing_mirrored(scores: dict[Pair, float], sizes: tuple[int, int] = SIZES) -> list[Pair]:
    return crossing_pairs(swapped_scores(scores), (sizes[1], sizes[0]), _no_specific)


def test_a_pair_weaker_than_both_sentences_other_partners_is_dropped() -> None:
    assert _crossing(CROSSING) == [(8, 9)]


def test_the_rule_sees_both_sides_alike() -> None:
    assert _crossing_mirrored(CROSSING) == swapped(_crossing(CROSSING)) == [(9, 8)]


def test_a_sentence_with_no_other_partner_keeps_the_pair() -> None:
    assert _crossing({(8, 8): 0.5, (8, 9): 0.2}) == []
    assert _crossing_mirrored({(8, 8): 0.5, (8, 9): 0.2}) == []


def test_a_pair_as_strong_as_either_other_partner_stays() -> None:
    assert _crossing({**CROSSING, (8, 9): 0.45}) == []
    assert _crossing({**CROSSING, (9, 9): 0.2}) == []


def test_a_pair_in_either_opening_stays() -> None:
    assert 1 / (SIZES[0] - 1) < CROSSING_PLACE  # A's 1 stands in its opening
    in_a = {(1, 8): 0.5, (6, 9): 0.45, (1, 9): 0.2}
    assert _crossing(in_a) == []
    assert _crossing_mirrored(in_a) == []


def test_a_pair_sharing_a_figure_or_a_moment_stays() -> None:
    assert crossing_pairs(CROSSING, SIZES, lambda i, j: (i, j) == (8, 9)) == []


def _terms(*keys: str) -> UnitTerms:
    weights = dict.fromkeys(keys, 1.0)
    return UnitTerms(weights, float(len(keys)) ** 0.5, dict.fromkeys(keys, ""), {}, 1.0)


def test_figures_dates_weekdays_and_times_are_specific() -> None:
    for key in ("#48", "@day:fri", "@month:dec", "@time:18:20"):
        assert specific_in_common(_terms("road", key), _terms(key, "closed"))


def test_a_moment_merely_given_or_what_a_number_counts_is_not() -> None:
    for key in ("@has:day", "qty:people", "road"):
        assert not specific_in_common(_terms("ushguli", key), _terms(key, "closed"))
    assert not specific_in_common(_terms("#48"), _terms("#46"))


def test_two_moments_of_one_kind_with_no_value_in_common_are_told_apart() -> None:
    # "expects to publish its findings by 18 December" / "due to report by 8 January"
    december = _terms("report", "#18", "@has:month", "@month:dec")
    january = _terms("report", "#8", "@has:month", "@month:jan")
    assert moments_told_apart(december, january)
    thursday = _terms("open", "@has:day", "@day:thu")
    assert moments_told_apart(thursday, _terms("@has:day", "@day:sat"))
    assert moments_told_apart(
        _terms("@has:time", "@time:11:40"), _terms("@has:time", "@time:13:00")
    )


def test_one_moment_in_common_a_moment_on_one_side_two_years_or_a_range_are_not() -> None:
    assert not moments_told_apart(_terms("@has:day", "@day:fri"), _terms("@has:day", "@day:fri"))
    assert not moments_told_apart(
        _terms("@has:month", "@month:dec", "#30"), _terms("@has:day", "@day:mon", "#30")
    )
    assert not moments_told_apart(_terms("@has:month", "@month:dec"), _terms("report", "#8"))
    # "laid in 1931" / "laid in 1942": two years tell two events
    assert not moments_told_apart(_terms("@has:year", "#1931"), _terms("@has:year", "#1942"))
    # "The bypass reopened at 8.05am." / "… use the bypass between 6am and 9am"
    assert not moments_told_apart(
        _terms("@has:time", "@time:8:05"), _terms("@has:time", "@time:6:00", "@time:9:00")
    )


#: Two values of each kind told apart, so that each kind can be told apart (one value each
#: side, none in common), given twice, or shared.
MOMENT_KEYS = (
    *TOLD_APART_MOMENTS,
    "@has:year",
    "@day:fri",
    "@day:mon",
    "@month:jan",
    "@month:dec",
    "@time:9:00",
    "@time:13:00",
    "#8",
    "road",
)


@given(st.sets(st.sampled_from(MOMENT_KEYS)), st.sets(st.sampled_from(MOMENT_KEYS)))
def test_moments_told_apart_mirror_and_need_one_value_each_of_a_kind_in_common(
    keys_a: set[str], keys_b: set[str]
) -> None:
    a, b = _terms(*sorted(keys_a)), _terms(*sorted(keys_b))
    told_apart = moments_told_apart(a, b)
    assert told_apart == moments_told_apart(b, a)
    kinds = [
        prefix
        for given, prefix in TOLD_APART_MOMENTS.items()
        if given in keys_a & keys_b
        and sum(key.startswith(prefix) for key in keys_a) == 1
        and sum(key.startswith(prefix) for key in keys_b) == 1
    ]
    assert told_apart == (bool(kinds) and not specific_in_common(a, b))


@given(
    st.dictionaries(
        st.tuples(st.integers(0, 9), st.integers(0, 9)), st.sampled_from((0.1, 0.2, 0.3, 0.5))
    ),
    st.tuples(st.integers(10, 12), st.integers(10, 12)),
)
def test_swapping_swaps_and_no_sentence_loses_its_best_partner(
    scores: dict[Pair, float], sizes: tuple[int, int]
) -> None:
    dropped = _crossing(scores, sizes)
    assert _crossing_mirrored(scores, sizes) == swapped(dropped)
    kept = {pair: score for pair, score in scores.items() if pair not in dropped}
    for side in (0, 1):
        for unit in {pair[side] for pair in scores}:
            best = max(score for pair, score in scores.items() if pair[side] == unit)
            assert best in {score for pair, score in kept.items() if pair[side] == unit}


def test_the_engine_drops_a_name_and_a_title_each_paired_better_elsewhere() -> None:
    truth = load("transit_fare")
    for pairs in compared_both_ways(truth.text_a, truth.text_b):
        chair = [a for a, _ in pairs if a.text.startswith("Board chair Rosa Delgado said")]
        routes = [b for _, b in pairs if b.text.startswith("Without the increase, chair")]
        # each keeps the partner that tells its fact
        assert chair
        assert routes
        assert not [(a, b) for a, b in pairs if a == chair[0] and b == routes[0]]
