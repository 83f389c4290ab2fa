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
    r"|(?P<whole>" + "|".join(_HOUR_WORDS) + r")\s+o['’]clock)\b",
    re.IGNORECASE,
)
#: Words soon after a clock time in words that put it after noon ("a quarter to four on
#: Tuesday afternoon").
_AFTER_NOON = re.compile(r"\W*(?:\w+\W+){0,3}?(?:afternoon|evening|night|tonight|p\.?m\b)",
                         re.IGNORECASE)  # fmt: skip
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def worded_times(text: str, start: int, stop: int) -> list[tuple[int, int, int, int]]:
    """English clock times in words ("a quarter to eight": 7:45), as (start, end, hour, minute)."""
    found: list[tuple[int, int, int, int]] = []
    for match in _WORDED_TIME.finditer(text, start, stop):
        if match["hour"] and not _time_may_follow(text, match.end(), stop):
            continue  # "ten to twelve people": a range of counts, not a time
        hour_word = (match["hour"] or match["whole"]).lower()
        hour = _HOUR_WORDS.index(hour_word) + 1
        minutes = 0
        if match["minutes"]:
            minutes = _MINUTE_WORDS[re.sub(r"[- ]+", " ", match["minutes"].lower())]
            if match["way"].lower() == "to":
                hour, minutes = hour - 1 or 12, 60 - minutes
        if hour < 12 and _AFTER_NOON.match(text, match.end(), min(stop, match.end() + 40)):
            hour += 12
        found.append((match.start(), match.end(), hour, minutes))
    return found


def _time_may_follow(text: str, end: int, stop: int) -> bool:
    """Whether what follows ``text[:end]`` fits a time: nothing, a stop word, or "evening"."""
    after = _NEXT_WORD.match(text, end, stop)
    if after is None or after[1].lower() in STOPWORDS or after[1].lower() == "morning":
        return True
    return _AFTER_NOON.match(text, end, stop) is not None
