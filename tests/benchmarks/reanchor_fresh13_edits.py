"""Operations the thirteenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a sub-editor, a data clerk, a printer or a web team would, so
the truth of every passage is known.
"""

from __future__ import annotations

import datetime
import re

from tests.benchmarks.reanchor_fresh13_kit import AREAS, GLOSSARY
from tests.benchmarks.reanchor_fresh_texts import MONTHS
from tests.storage.edit_simulation import TrackedText


def date_made_iso(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "3 March 2026" → "2026-03-03": the year moved to the front, the day and month
    retyped as figures after it."""
    year_start, year_end = match.span("year")
    tracked.move(year_start, year_end - year_start, match.start())
    month = MONTHS.index(match["month"]) + 1
    after_year = match.start() + year_end - year_start
    tracked.replace(after_year, year_start - match.start(), f"-{month:02d}-{int(match['day']):02d}")


def weekday_added(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "3 March 2026" → "Tuesday 3 March 2026" (the day of the week typed before it)."""
    day = datetime.date(int(match["year"]), MONTHS.index(match["month"]) + 1, int(match["day"]))
    tracked.replace(match.start(), 0, day.strftime("%A") + " ")


def on_24_hour_clock(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "7.30 pm" → "19:30", "11 am" → "11:00", "12 pm" → "12:00": the minutes kept, the
    hour and its point retyped, " am" or " pm" dropped."""
    hour = int(match["hour"]) % 12 + (12 if match["half"] == "pm" else 0)
    tracked.replace(match.start("half") - 1, match.end("half") - match.start("half") + 1, "")
    if match["minute"] is None:
        tracked.replace(match.start(), match.end("hour") - match.start(), f"{hour:02d}:00")
    else:
        tracked.replace(match.start(), match.start("minute") - match.start(), f"{hour:02d}:")


def internationalised(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "01632 960 123" → "+44 1632 960 123": the trunk "0" made the country's code."""
    tracked.replace(match.start(), 1, f"+{AREAS[match['area']]} ")


def obfuscated(tracked: TrackedText, start: int, end: int) -> None:
    """ "office@school.example.org" → "office [at] school [dot] example [dot] org"."""
    address = tracked.text[start:end]
    for at in reversed([i for i, c in enumerate(address) if c in "@."]):
        if address[at] == "@" or at > address.index("@"):
            tracked.replace(start + at, 1, " [at] " if address[at] == "@" else " [dot] ")


def glossary_appended(tracked: TrackedText, terms: list[str], mark: str, heading: str) -> None:
    """The first use of each term followed by ``mark``, and a list of the terms and what
    they mean appended under ``heading``, in the glossary's order."""
    text = tracked.text
    firsts = []
    for term in terms:
        found = re.search(rf"\b{re.escape(term)}\b", text)
        assert found is not None, term
        firsts.append(found.end())
    for at in sorted(firsts, reverse=True):
        tracked.replace(at, 0, mark)
    listed = [term for term in GLOSSARY if term in terms]
    rows = "\n".join(f"- {term}: {GLOSSARY[term]}" for term in listed)
    tracked.replace(len(tracked.chars), 0, f"\n{heading}\n\n{rows}\n")


def range_shortened(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "from 9 am to 6 pm" → "9 am–6 pm", "between 8 am and 8 pm" → "8 am–8 pm": the
    opening word dropped, the joining word made an en dash."""
    tracked.replace(match.end("first"), match.start("last") - match.end("first"), "–")
    tracked.replace(match.start(), match.start("first") - match.start(), "")


def items_punctuated(tracked: TrackedText, items: list[tuple[int, int]], lowered: bool) -> None:
    """The items of one list ended with a semicolon, the last with a full stop (a stop an
    item already has kept or made a semicolon); with ``lowered``, an item's opening capital
    lowered where the next letter is small (not "PE", "SO")."""
    text = tracked.text
    edits = []
    for index, (start, end) in enumerate(items):
        last = index == len(items) - 1
        if text[end - 1] in ".;":
            edits.append((end - 1, end, "." if last else ";"))
        else:
            edits.append((end, end, "." if last else ";"))
        first = start + 2
        if lowered and text[first].isupper() and text[first + 1 : first + 2].islower():
            edits.append((first, first + 1, text[first].lower()))
    for at, stop, new in sorted(edits, reverse=True):
        tracked.replace(at, stop - at, new)
