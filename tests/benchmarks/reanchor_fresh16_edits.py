"""Operations the sixteenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a transcriber, a subtitler or a newsroom's system would; moved
text keeps its origin, typed text (a restyled time, a renumbered cue) has none.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.benchmarks.reanchor_fresh15_edits import header_to_end
from tests.benchmarks.reanchor_fresh16_kit import Span, content_lines, turns
from tests.storage.edit_simulation import TrackedText

#: A subtitle cue's number, before its timecode.
CUE = re.compile(r"(\d+)\n\d\d:\d\d:\d\d[,.]\d{3} --> ")
FULL_WIDTH_DIGITS = "０１２３４５６７８９"
#: Full-width digits made ASCII.
HALF_WIDTH = str.maketrans(FULL_WIDTH_DIGITS, "0123456789")


def _twelve_hour(match: re.Match[str]) -> str:
    hours, minutes = int(match[1]), match[2]
    return f"{hours % 12 or 12}.{minutes}{'am' if hours < 12 else 'pm'}"


#: How a house style rewrites times, most specific first: a SubRip timecode as WebVTT's
#: ("00:01:02,480" → "00:01:02.480"), a Japanese time ("１０時１５分" → "10:15"), any other
#: full-width figure, a clock time ("14:05" → "2.05pm") and a match minute ("34' " → "34 min ").
TIME_STYLES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"(\d\d:\d\d:\d\d),(\d{3})"), lambda m: f"{m[1]}.{m[2]}"),
    (
        re.compile(rf"([{FULL_WIDTH_DIGITS}]+)時([{FULL_WIDTH_DIGITS}]+)分"),
        lambda m: f"{m[1]}:{m[2]}".translate(HALF_WIDTH),
    ),
    (re.compile(rf"[{FULL_WIDTH_DIGITS}]+"), lambda m: m[0].translate(HALF_WIDTH)),
    (re.compile(r"(?<![\d:.,])(\d{1,2}):(\d{2})(?![\d:,])"), _twelve_hour),
    (re.compile(r"(?<![\d+])(\d{1,2}(?:\+\d)?)' "), lambda m: f"{m[1]} min "),
)
#: Words a correction changes, and what to ("two" → "three").
CORRECTED_WORDS = {
    "two": "three",
    "twice": "three times",
    "January": "February",
    "eleven": "twelve",
    "left": "right",
    "Friday": "Monday",
    "east": "west",
    "third": "quarter",
    "far": "near",
    "one": "two",
    "March": "April",
    "nine": "eight",
    "tomorrow": "on Friday",
    "most": "some",
    "late": "clumsy",
    "lowest": "highest",
    "twenty": "thirty",
    "snow": "rain",
    "winter": "autumn",
    "morning": "evening",
    "hands": "hearts",
    "heaven": "glory",
}


def time_rewrites(text: str) -> list[tuple[int, int, str]]:
    """Every time a house style would rewrite, as (start, end, new words), in text order."""
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for pattern, style in TIME_STYLES:
        for match in pattern.finditer(text):
            if taken.isdisjoint(range(*match.span())):
                found.append((match.start(), match.end(), style(match)))
                taken.update(range(*match.span()))
    return sorted(found)


def rewritten(tracked: TrackedText, rewrites: list[tuple[int, int, str]]) -> None:
    """Each (start, end, new words) typed over what stands there, from the last one back."""
    for start, end, words in sorted(rewrites, reverse=True):
        tracked.replace(start, end - start, words)


def cues_renumbered(tracked: TrackedText) -> None:
    """Subtitle cues numbered again from the first one's number (1 if it is a typed 0)."""
    text = tracked.text
    found = [match for turn in turns(text) if (match := CUE.match(text, turn[0]))]
    if not found:
        return
    first = int(found[0][1]) or 1
    for number, match in reversed(list(enumerate(found, start=first))):
        if match[1] != str(number):
            tracked.replace(match.start(1), len(match[1]), str(number))


def paragraph_deleted(tracked: TrackedText, span: Span) -> None:
    """A paragraph and the blank line before it cut."""
    start, end = span
    assert tracked.text[start - 2 : start] == "\n\n"
    tracked.replace(start - 2, end - start + 2, "")


def line_pairs_swapped(tracked: TrackedText, turn: Span) -> None:
    """A turn's lines swapped in pairs (the first with the second, the third with the
    fourth): a bilingual turn's languages in the other order."""
    lines = content_lines(tracked.text, turn)
    for first in reversed(range(0, len(lines) - 1, 2)):
        header_to_end(tracked, (lines[first][0], lines[first + 1][1]))


def one_word_changed(rng: random.Random, sentence: str) -> str | None:
    """``sentence`` with one of the words a correction changes changed, or None."""
    places = [m for m in re.finditer(r"\w+", sentence) if m[0] in CORRECTED_WORDS or m[0].isdigit()]
    if not places:
        return None
    match = rng.choice(places)
    word = match[0]
    new = str(int(word) + 1) if word.isdigit() else CORRECTED_WORDS[word]
    return sentence[: match.start()] + new + sentence[match.end() :]
