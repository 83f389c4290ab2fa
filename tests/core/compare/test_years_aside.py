"""A sentence dated to a year the other text never writes, weakly met (round 152)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import engine
from desktop_app.core.compare.years_aside import ASIDE_PLACE, ASIDE_SCORE, years_aside_pairs
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped, swapped_scores

Pair = tuple[int, int]
Years = list[frozenset[str]]

MAST_PUT_UP = "The mast was put up in 1994 for the old county ambulance service."
POLICE_GREED = "The police put it down to greed."
SPORTS_HALL_2010 = "In January 2010 the roof of a sports hall in nearby Kilbride Moss"
RINK_FOR_FAMILIES = "For many families in Garvellan the rink is far more than a sports hall."
#: Eleven sentences on each side, evenly spread: sentence k stands at k / 10.
ELEVEN = ([k / 10 for k in range(11)], [k / 10 for k in range(11)])
LATE = round(ASIDE_PLACE * 10) + 1  # the first sentence past the place
WEAK = ASIDE_SCORE - 0.05


def _years(dated: dict[int, str]) -> Years:
    """Eleven sentences' years: the year ``dated[k]`` for sentence ``k``, none for the rest."""
    return [frozenset({dated[k]}) if k in dated else frozenset() for k in range(11)]


def _aside(selected: dict[Pair, float], years_a: Years, years_b: Years) -> list[Pair]:
    return years_aside_pairs(selected, (years_a, years_b), ELEVEN)


def test_a_late_year_the_other_text_never_writes_against_an_undated_sentence_goes() -> None:
    years_a = _years({LATE: "1994"})
    assert _aside({(LATE, 3): WEAK}, years_a, _years({})) == [(LATE, 3)]
    # mirrored: the dated sentence in B
    assert _aside({(3, LATE): WEAK}, _years({}), years_a) == [(3, LATE)]


def test_the_opening_the_score_a_year_both_write_and_two_dated_sentences_keep_the_pair() -> None:
    at_place = round(ASIDE_PLACE * 10)
    assert _aside({(at_place, 3): WEAK}, _years({at_place: "1994"}), _years({})) == []
    assert _aside({(LATE, 3): ASIDE_SCORE}, _years({LATE: "1994"}), _years({})) == []
    # the other text writes the year elsewhere: the event's own year, or history both tell
    assert _aside({(LATE, 3): WEAK}, _years({LATE: "1994"}), _years({9: "1994"})) == []
    # both sentences dated: the years-apart rules' field
    assert _aside({(LATE, 3): WEAK}, _years({LATE: "1994"}), _years({3: "2024"})) == []


def test_no_pairs_or_no_years_drop_nothing() -> None:
    assert _aside({}, _years({LATE: "1994"}), _years({})) == []
    assert _aside({(LATE, 3): 0.0}, _years({}), _years({})) == []


@given(
    st.dictionaries(
        st.tuples(st.integers(0, 10), st.integers(0, 10)), st.floats(0.0, 1.0), max_size=8
    ),
    st.dictionaries(st.integers(0, 10), st.sampled_from(["1987", "2019", "2024"])),
    st.dictionaries(st.integers(0, 10), st.sampled_from(["1987", "2019", "2024"])),
    st.lists(st.floats(0.0, 1.0), min_size=11, max_size=11),
    st.lists(st.floats(0.0, 1.0), min_size=11, max_size=11),
)
def test_swapping_the_texts_swaps_the_result_and_each_drop_is_a_weak_late_lone_year(
    selected: dict[Pair, float],
    dated_a: dict[int, str],
    dated_b: dict[int, str],
    places_a: list[float],
    places_b: list[float],
) -> None:
    years_a, years_b = _years(dated_a), _years(dated_b)
    found = years_aside_pairs(selected, (years_a, years_b), (places_a, places_b))
    mirrored = years_aside_pairs(swapped_scores(selected), (years_b, years_a), (places_b, places_a))
    assert mirrored == swapped(found)
    assert found == sorted(found)
    for i, j in found:
        assert selected[i, j] < ASIDE_SCORE
        assert bool(years_a[i]) != bool(years_b[j])
        dated, place, other = (
            (years_a[i], places_a[i], years_b) if years_a[i] else (years_b[j], places_b[j], years_a)
        )
        assert place > ASIDE_PLACE
        assert all(dated.isdisjoint(years) for years in other)


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # entry 108's radio mast: its building in 1994, told past half of one account only,
        # met by the police's cause on "put"
        ("radiomast_hobbleton", (MAST_PUT_UP, POLICE_GREED)),
        # a decoy: a sports hall's roof that buckled in 2010, against the rink's meaning to
        # the town, on "sports hall"
        ("rink_garvellan", (SPORTS_HALL_2010, RINK_FOR_FAMILIES)),
    ],
)
def test_a_late_year_of_one_account_and_an_undated_sentence_are_no_pair_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(engine, "years_aside_pairs", lambda *_args: []):
        assert paired_both_ways(truth, starts) == [True, True]
