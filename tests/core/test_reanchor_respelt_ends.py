"""A passage's lost first or last words where a copy editor only respelt times and units
("06:12" as "6.12am", "1.4 m" as "1.4 metres", "SW" as "southwest"): on the update path the
placement takes them in (``respelt_ends.respelt_ends_found``, from ``map_through``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.respelt_ends import respelt_ends_found, words_respelt
from tests.benchmarks.reanchor_fresh31_families import (
    FRESH31_FAMILIES,
    fresh31_spans,
    fresh31_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once


def _twelve_hour(hours: int, minutes: int, dot: bool) -> str:
    """A time of day in the 12-hour style ("6.12am", "12:05pm")."""
    half = "am" if hours < 12 else "pm"
    return f"{(hours + 11) % 12 + 1}{'.' if dot else ':'}{minutes:02d}{half}"


@settings(max_examples=120, deadline=None)
@given(
    hours=st.integers(0, 23),
    minutes=st.integers(0, 59),
    dot=st.booleans(),
    other=st.integers(1, 24 * 60 - 1),
)
def test_a_time_reads_as_itself_in_the_other_style(
    hours: int, minutes: int, dot: bool, other: int
) -> None:
    twenty_four = f"{hours:02d}:{minutes:02d}"
    assert words_respelt([twenty_four], [_twelve_hour(hours, minutes, dot)])
    assert words_respelt([_twelve_hour(hours, minutes, dot)], [twenty_four])
    moved = (hours * 60 + minutes + other) % (24 * 60)
    assert not words_respelt([twenty_four], [_twelve_hour(moved // 60, moved % 60, dot)])


def test_units_and_compass_points_read_as_spelt_out() -> None:
    assert words_respelt(["1.4", "m"], ["1.4", "metres"])
    assert words_respelt(["2.1", "kn"], ["2.1", "knots"])
    assert words_respelt(["5", "mg"], ["5", "milligrams"])
    assert words_respelt(["SW", "5"], ["southwest", "5"])
    assert words_respelt(["Wind", "SW"], ["wind", "Southwest"])


def test_other_words_do_not_read_alike() -> None:
    assert not words_respelt(["1.4", "m"], ["1.4", "m"])  # nothing respelt: not this rule's
    assert not words_respelt(["1.4", "m"], ["1.5", "metres"])  # another figure
    assert not words_respelt(["a", "boat"], ["and", "boat"])  # no figure before "a"
    assert not words_respelt(["1.4", "m"], ["1.4", "knots"])  # another unit
    assert not words_respelt(["06:12", "4.5"], ["6.12am"])  # a word lost
    assert not words_respelt(["25:10"], ["1.10am"])  # no time of day


@settings(max_examples=80, deadline=None)
@given(hours=st.integers(0, 23), minutes=st.integers(0, 59), height=st.integers(1, 59))
def test_a_lost_head_of_respelt_times_is_read_back(hours: int, minutes: int, height: int) -> None:
    metres = f"{height // 10}.{height % 10}"
    head = f"{hours:02d}:{minutes:02d} {metres} m\n"
    lead = f"Sun 7  HW {_twelve_hour(hours, minutes, True)} {metres} metres\n"
    new = lead + "* Times are local time."
    start = len(lead)
    placed = (start, len(new))
    found = respelt_ends_found(head, "", new, placed, placed)
    assert found == (len("Sun 7  HW "), len(new))


def test_a_lost_tail_of_respelt_units_is_read_on() -> None:
    new = "Spring tides\nMon 1  HW 6.12am 4.5 metres  6.37pm 4.7 metres\nNeap tides"
    end = new.index("  HW")
    placed = (0, end)
    found = respelt_ends_found("", "  HW 06:12 4.5 m  18:37 4.7 m", new, placed, placed)
    assert found == (0, new.index("\nNeap"))


def test_lost_words_read_otherwise_are_left_out() -> None:
    new = "Sun 7  HW 6.12am 4.4 metres\n* Times are local time."
    start = new.index("*")
    placed = (start, len(new))
    assert respelt_ends_found("06:12 4.5 m\n", "", new, placed, placed) == placed
    assert respelt_ends_found("06:13 4.4 m\n", "", new, placed, placed) == placed
    # already grown over its head by the rule before it: left as grown
    assert respelt_ends_found("06:12 4.4 m\n", "", new, placed, (0, len(new))) == (0, len(new))


def test_the_thirty_first_materials_retyped_tide_times_are_taken_in() -> None:
    """A case that was wrong: a passage opening on the end of a tide line ("10:27 1.0 m
    22:08 1.1 m") copy edited to "10.27am 1.0 metres  10.08pm 1.1 metres" was placed from
    the footnote on the next line."""
    family = {"copy edited": FRESH31_FAMILIES["copy edited"]}
    cases = edited_cases(range(31104, 31105), family, fresh31_text, fresh31_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 3.0 seed 31104")]
    span = case.spans[35]
    assert case.text[span[0] : span[1]].startswith("10:27 1.0 m  22:08 1.1 m\n* Times")
    result = _updated_once(case.text, span, case.tracked.text)
    new = case.tracked.text
    placed = new[result.placement.start : result.placement.end]
    assert placed.startswith("10.27am 1.0 metres  10.08pm 1.1 metres\n* Times")
