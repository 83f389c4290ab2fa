"""Clock times written in words ("a quarter to eight", "half past nine in the evening")."""

from __future__ import annotations

import re

from desktop_app.core.compare.lexicon import STOPWORDS

_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")  # fmt: skip
_MINUTE_WORDS = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20,
                 "twenty five": 25, "half": 30}  # fmt: skip
_WORDED_TIME = re.compile(
    r"(?<!\bfrom )(?<!\bbetween )\b(?:(?P<minutes>a quarter|quarter|twenty[- ]five|twenty|ten|five"
    r"|half(?= past))\s+(?P<way>past|to)\s+(?P<hour>" + "|".join(_HOUR_WORDS) + r")"
    r"|(?P<whole>" + "|".join(_HOUR_WORDS) + r"|(?<![\d.,:])1[0-2]|(?<![\d.,:])0?[1-9])"
    r"\s+o['’]clock)\b",
    re.IGNORECASE,
)
#: Words soon after a clock time in words that put it after noon ("a quarter to four on
#: Tuesday afternoon").
_AFTER_NOON = re.compile(r"\W*(?:\w+\W+){0,3}?(?P<part>afternoon|evening|night|tonight|p\.?m\b)",
                         re.IGNORECASE)  # fmt: skip
#: The first hour the night puts after noon: "ten o'clock at night" is 22:00, but "two
#: o'clock on the night of Saturday 27 February" is the small hours, 2:00 (round 195,
#: entry 195 of tests/compare_data/README.md).
_NIGHT_EVENING_FROM = 6
#: The words of ``_AFTER_NOON`` for the night, which put twelve o'clock at midnight.
_NIGHT_WORDS = ("night", "tonight")
#: Whether a figure before "o'clock" is a clock time ("3 o'clock", Warlpiri "3
#: o'clock-rla"; off: a count of "clock", as before round 195).
FIGURE_O_CLOCK = True
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
#: Welsh hours, as said and mutated after "am" (at), "wedi" (past) and "i" (to).
_WELSH_HOURS = {
    "un": 1, "dau": 2, "ddau": 2, "tri": 3, "dri": 3, "pedwar": 4, "bedwar": 4, "pump": 5,
    "bump": 5, "chwech": 6, "saith": 7, "wyth": 8, "naw": 9, "deg": 10, "ddeg": 10,
    "un ar ddeg": 11, "deuddeg": 12, "ddeuddeg": 12,
}  # fmt: skip
_WELSH_MINUTES = {"hanner awr": 30, "chwarter": 15, "pum munud": 5, "deg munud": 10,
                  "ugain munud": 20, "pum munud ar hugain": 25}  # fmt: skip
_WELSH_HOUR = "|".join(sorted(_WELSH_HOURS, key=len, reverse=True))
_WELSH_TIME = re.compile(
    r"\b(?:(?P<minutes>" + "|".join(sorted(_WELSH_MINUTES, key=len, reverse=True)) + r")"
    r"\s+(?P<way>wedi|i)\s+(?P<hour>" + _WELSH_HOUR + r")(?:\s+o['’]r\s+gloch)?"
    r"|(?P<whole>" + _WELSH_HOUR + r"|\d{1,2})\s+o['’]r\s+gloch)\b",
    re.IGNORECASE,
)
#: Welsh words near a time that put it after noon ("brynhawn Iau am bedwar o'r gloch").
_WELSH_AFTER_NOON = re.compile(r"\b(?:prynhawn|brynhawn|pnawn|hwyr|heno|nos)\b", re.IGNORECASE)
#: How far before and after a Welsh time such a word is looked for.
_WELSH_REACH = 40


def worded_times(text: str, start: int, stop: int) -> list[tuple[int, int, int, int]]:
    """English clock times in words ("a quarter to eight": 7:45), as (start, end, hour, minute)."""
    found: list[tuple[int, int, int, int]] = []
    for match in _WORDED_TIME.finditer(text, start, stop):
        if match["hour"] and not _time_may_follow(text, match.end(), stop):
            continue  # "ten to twelve people": a range of counts, not a time
        hour_word = (match["hour"] or match["whole"]).lower()
        if hour_word.isdigit() and not FIGURE_O_CLOCK:
            continue
        hour = int(hour_word) if hour_word.isdigit() else _HOUR_WORDS.index(hour_word) + 1
        minutes = 0
        if match["minutes"]:
            minutes = _MINUTE_WORDS[re.sub(r"[- ]+", " ", match["minutes"].lower())]
            if match["way"].lower() == "to":
                hour, minutes = hour - 1 or 12, 60 - minutes
        part = _AFTER_NOON.match(text, match.end(), min(stop, match.end() + 40))
        if hour == 12 and part is not None and part["part"].lower() in _NIGHT_WORDS:
            hour = 0  # "twelve o'clock at night", "half past 12 tonight": midnight, as "12 a.m."
        elif hour < 12 and part is not None and _after_noon(part["part"], hour):
            hour += 12
        found.append((match.start(), match.end(), hour, minutes))
    return found


def _after_noon(part: str, hour: int) -> bool:
    """Whether the part of the day ``part`` said after ``hour`` o'clock puts it after noon:
    the afternoon and the evening do, the night only from the evening's hours on."""
    return part.lower() not in _NIGHT_WORDS or hour >= _NIGHT_EVENING_FROM


def welsh_times(text: str, start: int, stop: int) -> list[tuple[int, int, int, int]]:
    """Welsh clock times ("hanner awr wedi naw" 9:30, "bedwar o'r gloch", "10 o'r gloch"),
    as (start, end, hour, minute); after noon when a word for the afternoon or the night is
    near ("brynhawn", "nos")."""
    found: list[tuple[int, int, int, int]] = []
    for match in _WELSH_TIME.finditer(text, start, stop):
        raw = (match["hour"] or match["whole"]).lower()
        hour = int(raw) if raw.isdigit() else _WELSH_HOURS[" ".join(raw.split())]
        minutes = 0
        if match["minutes"]:
            minutes = _WELSH_MINUTES[" ".join(match["minutes"].lower().split())]
            if match["way"].lower() == "i":
                hour, minutes = hour - 1 or 12, 60 - minutes
        near = text[max(start, match.start() - _WELSH_REACH) : min(stop, match.end() + 20)]
        if hour < 12 and _WELSH_AFTER_NOON.search(near):
            hour += 12
        found.append((match.start(), match.end(), hour % 24, minutes))
    return found


def _time_may_follow(text: str, end: int, stop: int) -> bool:
    """Whether what follows ``text[:end]`` fits a time: nothing, a stop word, or "evening"."""
    after = _NEXT_WORD.match(text, end, stop)
    if after is None or after[1].lower() in STOPWORDS or after[1].lower() == "morning":
        return True
    return _AFTER_NOON.match(text, end, stop) is not None
