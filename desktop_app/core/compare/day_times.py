"""Hours in words and parts of the day set against the other side's clock times."""

from __future__ import annotations

import re
from collections.abc import Mapping

import regex

from desktop_app.core.compare.align import UnitTerms, times_agree
from desktop_app.core.compare.durations import unit_size
from desktop_app.core.compare.framed import (
    Item,
    Read,
    earliest_difference,
    facing,
    sentence_items,
)
from desktop_app.core.compare.terms import minutes_of
from desktop_app.core.compare.weekdays_table import DAY_PERIOD_HOURS

#: An hour as a figure or a number word read: 1 to 12, or half past one ("doce y media",
#: read as 12.5).
_HOUR_KEY = re.compile(r"#(1[0-2]|[1-9])(\.5)?")
#: The word right after a number (a count of minutes is no hour: "twelve minutes past six").
_NEXT_WORD = regex.compile(r"[\s\-]+([\p{L}\p{M}]+)")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
#: A clock time written so that its half of the day is known: "am" or "pm", a leading zero
#: or an hour after noon ("6.15am", "07:20", "14:00"); "5.15" or "2h" may be either.
_HALF_KNOWN = re.compile(r"[ap]\.?\s?m\b|^0\d|^(?:1[3-9]|2\d)", re.IGNORECASE)
_DAY = 24
_ALL_HOURS = (1 << _DAY) - 1
#: The keys of a named weekday or month (``terms``: "@day:mon", "@month:nov").
_DAY_KEYS = ("@day:", "@month:")


def hour_beside_difference(a: UnitTerms, b: UnitTerms, text_a: str, text_b: str) -> str:
    """ "2:15 ≠ sadii" when a clock time on one side stands right beside a word that the
    other side, which gives no clock time, has right beside, on the same side of it, an
    hour (1 to 12, in digits or in words read) more than ``align.ROUGH_TIME_MINUTES`` minutes
    from it in either half of the day.

    The frame word is the clock word or the preposition of the hour ("saʼaatii 2:15" /
    "saʼaatii sadii", "alas 10:30" / "alas doce y media", "thaa 10:30" / "thaa ithano na
    nuthu", "at 3.20am on Friday" / "just before four on Friday"): the number words are
    read, as counts, and the two were never compared as times. A number right before a word
    of a minute counts minutes ("At twelve minutes past six" against "at 6.12pm"). An hour
    in words agrees with a time as a rough time does (``align.times_agree``). Symmetric.
    """
    times = (a.specifics.get("time", {}), b.specifics.get("time", {}))
    found = [
        (clock.start, hour.start, clock.text, hour.text)
        for clock, hour in _hours_beside(text_a, text_b, times, a.read, b.read)
    ] + [
        (hour.start, clock.start, hour.text, clock.text)
        for clock, hour in _hours_beside(text_b, text_a, (times[1], times[0]), b.read, a.read)
    ]
    return earliest_difference(found)


def _hours_beside(
    text: str,
    other_text: str,
    times: tuple[Mapping[str, str], Mapping[str, str]],
    read: Read,
    other_read: Read,
) -> list[tuple[Item, Item]]:
    """Each clock time of ``text`` with the hour of ``other_text`` that stands where it
    stands and agrees with no clock time of ``text``."""
    clock_times, other_times = times
    if not clock_times or other_times:
        return []
    items, other = sentence_items(text, read), sentence_items(other_text, other_read)
    found: list[tuple[Item, Item]] = []
    for k, clock in enumerate(items):
        if not any(value.startswith("@time:") for value in clock.values):
            continue
        for hour in facing(text, items, k, other_text, other):
            said = _said_hour(other_text, hour)
            if said and not times_agree(dict(clock_times), said):
                found.append((clock, hour))
    return found


def _said_hour(text: str, item: Item) -> dict[str, str]:
    """The rough times (both halves of the day) a figure or a number word read may stand
    for as an hour; none when it is no hour."""
    counts = [value for value in item.values if value.startswith("#")]
    hour = _HOUR_KEY.fullmatch(counts[0]) if item.is_figure and len(counts) == 1 else None
    if hour is None or any(value.startswith("@time:") for value in item.values):
        return {}
    after = _NEXT_WORD.match(text, item.end)
    if after is not None and unit_size(after.group(1).casefold()) == 1:
        return {}
    minutes = "30" if hour[2] else "00"
    return {f"~{int(hour[1]) % 12 + half}:{minutes}": item.text for half in (0, 12)}


def period_difference(a: UnitTerms, b: UnitTerms, text_a: str, text_b: str) -> str:
    """ "10am ≠ evening" when one side names a part of the day (a CLDR day period:
    "morning", "evening", "საღამოს") and gives no clock time, and the other gives clock
    times, none in that part of the day or an hour beside it, and names none; or "morning ≠
    afternoon" when both name the same weekday or month and parts of the day with no hour
    in common, and neither gives a clock time ("on Monday morning" / "on Monday
    afternoon", "on Wednesday morning" / "until Wednesday evening").

    A part of the day spans its hours (``DAY_PERIOD_HOURS``); a clock time with no "am" or
    "pm", leading zero or hour after noon may be in either half of the day ("2h", "5.15").
    The hour beside is the tolerance of a time said roughly ("half past nine on Tuesday
    night" is the end of the evening). A word capitalised inside its sentence is a name
    ("the 'Morning Lark'"). Two parts of the day are compared only on the same days named:
    "from Saturday afternoon until Sunday morning" / "on Saturday evening" are two moments.
    Symmetric.
    """
    periods_a, periods_b = _periods(text_a), _periods(text_b)
    clocks_a, clocks_b = _clock_hours(a), _clock_hours(b)
    span_a, span_b = _span_of(periods_a), _span_of(periods_b)
    if span_a and clocks_b and not (span_b or clocks_a) and not _widened(span_a) & clocks_b:
        return f"{periods_a[0][0]} ≠ {_first_clock(b)}"
    if span_b and clocks_a and not (span_a or clocks_b) and not _widened(span_b) & clocks_a:
        return f"{_first_clock(a)} ≠ {periods_b[0][0]}"
    both_named = span_a and span_b and not (clocks_a or clocks_b)
    if both_named and _same_days(a, b) and not span_a & span_b:
        return f"{periods_a[0][0]} ≠ {periods_b[0][0]}"
    return ""


def _periods(text: str) -> list[tuple[str, int]]:
    """The parts of the day a sentence names, each with the hours it spans, in order.

    A word a hyphen joins to another is a part of a compound, not a part of the day: French
    "après-midi" (afternoon) is no "midi" (noon), "mid-morning" no morning. Round 87, on all
    352 development pairs: 1 contradiction more labelled right (`dredger_wexcombe`), none
    made wrong; with noon and midnight read, 1 shared quote no longer a contradiction.
    """
    found: list[tuple[str, int]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if match.start() > 0 and word[:1].isupper():
            continue  # a name
        if "-" in (text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]):
            continue  # a part of a compound
        hours = DAY_PERIOD_HOURS.get(word.casefold())
        if hours:
            found.append((word, hours))
    return found


def _span_of(periods: list[tuple[str, int]]) -> int:
    """The hours that any of the parts of the day spans, as a mask of 24 bits."""
    span = 0
    for _, hours in periods:
        span |= hours
    return span


def _widened(hours: int) -> int:
    """The hours with the hour before and the hour after each (midnight wraps round)."""
    return (hours | hours << 1 | hours >> 1 | hours >> (_DAY - 1) | hours << (_DAY - 1)) & (
        _ALL_HOURS
    )


def _clock_hours(terms: UnitTerms) -> int:
    """The hours the sentence's clock times stand at, as a mask of 24 bits."""
    hours = 0
    for value, surface in terms.specifics.get("time", {}).items():
        hour = minutes_of(value) // 60 % _DAY
        hours |= 1 << hour
        if hour < 12 and not _HALF_KNOWN.search(surface.strip()):
            hours |= 1 << (hour + 12)
    return hours


def _first_clock(terms: UnitTerms) -> str:
    """The earliest clock time the sentence gives, as written."""
    times = terms.specifics["time"]
    return times[min(times, key=minutes_of)]


def _same_days(a: UnitTerms, b: UnitTerms) -> bool:
    """Whether both name the same weekdays and months, and at least one."""
    days_a = {key for key in a.weights if key.startswith(_DAY_KEYS)}
    days_b = {key for key in b.weights if key.startswith(_DAY_KEYS)}
    return bool(days_a) and days_a == days_b
