"""A date, a weekday or a span of years read as the same whichever way a copy editor wrote it."""

from __future__ import annotations

import re

#: The weekdays' names, written long; a weekday written short is its first three letters.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The months' names, written long, as a date in prose writes them ("3 February").
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: A day of the month and its month's name, read as one word ("3 February").
DAY_AND_MONTH = r"\d{1,2} (?:" + "|".join(MONTHS) + r")"
#: A day and a month in figures, the day first ("03/02" is 3 February), in any script's digits.
DAY_SLASH_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")
#: A day and a month's name ("3 February").
DAY_NAMED_MONTH = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r")")
#: A span of years, the second in full or by its last two digits ("1921–1923", "1921–23").
YEAR_SPAN = re.compile(r"(\d{4})[–-](\d{2}|\d{4})")

#: What a date, weekday or span of years names, however written: its kind and two numbers.
DateReading = tuple[str, int, int]
#: Each weekday's name, long and its first three letters ("Tue"), with what it names.
WEEKDAY_NAMES: dict[str, DateReading] = {
    spelling: ("weekday", number, 0)
    for number, name in enumerate(WEEKDAYS)
    for spelling in (name, name[:3])
}


def _day_of_month(day: int, month: int) -> DateReading | None:
    """A day of a month, when such a day is one."""
    return ("date", day, month) if 1 <= month <= 12 and 1 <= day <= 31 else None


def date_reading(word: str) -> DateReading | None:
    """What ``word`` names as a date ("03/02" and "3 February" alike, the day first), a
    weekday ("Tue" and "Tuesday" alike) or a span of years ("1921–1923" and "1921–23"
    alike); None when it names none of these."""
    if not word[0].isdigit():
        return WEEKDAY_NAMES.get(word)
    if "/" in word:
        if (match := DAY_SLASH_MONTH.fullmatch(word)) is not None:
            return _day_of_month(int(match[1]), int(match[2]))
    elif " " in word:
        if (match := DAY_NAMED_MONTH.fullmatch(word)) is not None:
            return _day_of_month(int(match[1]), MONTHS.index(match[2]) + 1)
    elif (match := YEAR_SPAN.fullmatch(word)) is not None:
        first, last = match[1], match[2]
        whole_last = int(first[:2] + last if len(last) == 2 else last)
        return ("years", int(first), whole_last) if whole_last > int(first) else None
    return None
