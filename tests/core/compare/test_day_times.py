"""Hours in words and parts of the day against the other side's clock times (round 78)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.align import ROUGH_TIME_MINUTES, UnitTerms, unit_terms
from desktop_app.core.compare.day_times import hour_beside_difference, period_difference
from desktop_app.core.compare.units import split_units
from desktop_app.core.compare.weekdays_table import DAY_PERIOD_HOURS

#: A rule of this module: each side's terms and text to the difference shown, or "".
Rule = Callable[[UnitTerms, UnitTerms, str, str], str]


def _read(text_a: str, text_b: str) -> tuple[UnitTerms, UnitTerms]:
    """Each sentence's terms, read as the engine reads two one-sentence texts."""
    units = (split_units(text_a), split_units(text_b))
    terms_a, terms_b = unit_terms((text_a, text_b), units)
    return terms_a[0], terms_b[0]


def _difference(rule: Rule, text_a: str, text_b: str) -> str:
    return rule(*_read(text_a, text_b), text_a, text_b)


def _assert_differs_both_ways(rule: Rule, text_a: str, text_b: str, difference: str) -> None:
    assert _difference(rule, text_a, text_b) == difference
    assert _difference(rule, text_b, text_a) == " ≠ ".join(reversed(difference.split(" ≠ ")))


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        # the frame word after the time: "on Friday"
        (
            "A water main burst beneath the High Street at 3.20am on Friday.",
            "I was woken just before four on Friday by the water main.",
            "3.20am ≠ four",
        ),
        # Oromo: the clock word "saʼaatii" before both
        (
            "Bishaan kun saʼaatii 2:15 halkan manneen seene.",
            "Lolaan kan manneen seene saʼaatii sadii halkan ture.",
            "2:15 ≠ sadii",
        ),
        # Chavacano: "alas" before both, a half past read as 12.5
        (
            "Ya principia el vomito alas 10:30 de la mañana.",
            "Ya principia el vomito alas doce y media.",
            "10:30 ≠ doce y media",
        ),
    ],
)
def test_an_hour_beside_the_word_of_a_clock_time_far_from_it_differs(
    text_a: str, text_b: str, difference: str
) -> None:
    _assert_differs_both_ways(hour_beside_difference, text_a, text_b, difference)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # within half an hour, in either half of the day
        ("The main burst at 3.50am on Friday.", "I was woken just before four on Friday."),
        ("The main burst at 4.20pm on Friday.", "I was woken at four on Friday."),
        # a count of minutes is no hour
        ("The train stopped at 6.12pm on Friday.", "At twelve minutes past six on Friday."),
        # both sides give a clock time: the engine compares them itself
        ("The main burst at 3.20am on Friday.", "The main burst at four on Friday, at 4:00."),
        # a count beside another word than the clock time's
        ("The main burst at 3.20am on Friday.", "Four homes on Friday lost water."),
    ],
)
def test_an_hour_near_the_clock_time_or_no_hour_does_not_differ(text_a: str, text_b: str) -> None:
    assert _difference(hour_beside_difference, text_a, text_b) == ""
    assert _difference(hour_beside_difference, text_b, text_a) == ""


_HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve"]  # fmt: skip


# ("one" alone is not read as a number: it is as often a pronoun)
@given(st.integers(2, 12), st.integers(0, 23), st.integers(0, 59))
@example(said=12, hour=0, minute=26)  # 26 minutes from midnight: within 30, past 25
@example(said=3, hour=15, minute=25)
@example(said=3, hour=2, minute=35)
def test_an_hour_in_words_differs_from_a_clock_time_exactly_when_far_in_both_halves(
    said: int, hour: int, minute: int
) -> None:
    text_a = f"The pumps stopped at {hour:02d}:{minute:02d} on Friday."
    text_b = f"The pumps stopped at {_HOURS[said - 1]} on Friday."
    apart = min(
        abs((hour * 60 + minute - (said % 12 + half) * 60 + 720) % 1440 - 720) for half in (0, 12)
    )
    found = _difference(hour_beside_difference, text_a, text_b)
    mirrored = _difference(hour_beside_difference, text_b, text_a)
    assert bool(found) == bool(mirrored) == (apart > ROUGH_TIME_MINUTES)


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        (
            "Inspectors will examine the balloon on Monday morning.",
            "Air accident inspectors are due at the field on Monday afternoon.",
            "morning ≠ afternoon",
        ),
        (
            "The company will hold a session at the library on Tuesday from 10am to 1pm.",
            "The company will explain all this at the library on Tuesday evening.",
            "10am ≠ evening",
        ),
        # Georgian: "საღამოს" (in the evening) against 14:00
        (
            "გზა 14:00 საათისთვის გაიხსნა.",
            "გზა მხოლოდ საღამოს გაიხსნა.",
            "14:00 ≠ საღამოს",
        ),
    ],
)
def test_a_part_of_the_day_against_a_clock_time_or_another_part_differs(
    text_a: str, text_b: str, difference: str
) -> None:
    _assert_differs_both_ways(period_difference, text_a, text_b, difference)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two parts of two days named: two moments
        ("The fire burned from Saturday afternoon until Sunday morning.",
         "Villagers packed their bags on Saturday evening."),
        # parts of the day with no day named
        ("Crews worked through the morning.", "Crews were still there in the afternoon."),
        # a name, capitalised inside its sentence
        ("The balloon came down at 7.50pm.", "The Morning Lark came down in a field."),
        # the hour beside the part of the day, and a time that may be after noon
        ("The train stopped at 9.30pm on Tuesday.", "The train stopped on Tuesday evening."),
        ("The train stopped at 7.15 on Tuesday.", "The train stopped on Tuesday evening."),
        # a clock time and a part of the day on one side
        ("The fire started at 6am on Sunday morning.", "The fire started on Sunday evening."),
    ],
)  # fmt: skip
def test_parts_of_the_day_that_may_agree_or_of_other_days_do_not_differ(
    text_a: str, text_b: str
) -> None:
    assert _difference(period_difference, text_a, text_b) == ""
    assert _difference(period_difference, text_b, text_a) == ""


_ENGLISH_PERIODS = ["morning", "afternoon", "evening"]


@given(st.sampled_from(_ENGLISH_PERIODS), st.sampled_from(_ENGLISH_PERIODS))
def test_two_parts_of_one_day_differ_exactly_when_they_share_no_hour(
    first: str, second: str
) -> None:
    text_a = f"The crews arrived on Monday {first}."
    text_b = f"The crews came on Monday {second}."
    disjoint = not DAY_PERIOD_HOURS[first] & DAY_PERIOD_HOURS[second]
    assert bool(_difference(period_difference, text_a, text_b)) == disjoint
    assert bool(_difference(period_difference, text_b, text_a)) == disjoint


def test_the_engine_labels_a_part_of_the_day_against_a_clock_time_a_contradiction() -> None:
    (pair,) = compare_texts(
        "The Highfield library drop-in session for bus passengers is on Tuesday from 10am to 1pm.",
        "The Highfield library drop-in session for bus passengers is on Tuesday evening.",
    ).pairs
    assert pair.relation == "contradicts"
    assert pair.differences == ("10am ≠ evening",)


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        # round 87: midnight and noon, at the hour CLDR puts them (entry 74's two)
        ("A dark-coloured van was seen in Church Lane at about 2am.",
         "A neighbour saw a van parked in Church Lane at around midnight.",
         "2am ≠ midnight"),
        ("A local farmer with a tractor reached the bus at 9.30am and towed it clear.",
         "It was nearly noon before Tom Raine arrived with his tractor.",
         "9.30am ≠ noon"),
        # French
        ("La camionnette a été vue vers 3h30 devant l'église.",
         "La camionnette a été vue vers minuit devant l'église.",
         "3h30 ≠ minuit"),
    ],
)  # fmt: skip
def test_midnight_and_noon_against_a_clock_time_hours_away_differ(
    text_a: str, text_b: str, difference: str
) -> None:
    _assert_differs_both_ways(period_difference, text_a, text_b, difference)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the hour beside midnight agrees, as a time said roughly
        ("The roof of the kiln house collapsed at 11.40pm.",
         "The roof went just before midnight, with a bang."),
        # "après-midi" (afternoon) is no "midi" (noon); nor "mid-morning" a morning
        ("L'incendie a été « fixé » mercredi après-midi, a annoncé la préfecture.",
         "Les pompiers ont annoncé vers 9 heures que le feu était « fixé »."),
        ("The road reopened by mid-morning, the council said.",
         "The road reopened at 2.30pm, the council said."),
    ],
)  # fmt: skip
def test_an_hour_beside_midnight_or_a_word_in_a_compound_does_not_differ(
    text_a: str, text_b: str
) -> None:
    assert _difference(period_difference, text_a, text_b) == ""
    assert _difference(period_difference, text_b, text_a) == ""


def test_midnight_and_noon_are_their_hour_and_names_of_parts_of_the_day_keep_theirs() -> None:
    assert DAY_PERIOD_HOURS["midnight"] == 1 << 0
    assert DAY_PERIOD_HOURS["noon"] == DAY_PERIOD_HOURS["midi"] == 1 << 12
    assert DAY_PERIOD_HOURS["полночь"] == 1 << 0
    # a narrow name ("mid", Canadian English midnight) is too short a word to read
    assert "mid" not in DAY_PERIOD_HOURS
    # Swahili "mchana" names the afternoon as well as noon: its afternoon kept
    assert DAY_PERIOD_HOURS["mchana"] != 1 << 12
