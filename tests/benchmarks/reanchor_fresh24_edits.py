"""Operations the twenty-fourth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a researcher's tool or a transcriber would; typed text has no
origin, moved text keeps its own, copies are decoys.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh24_kit import (
    ABBREVIATION,
    ABBREVIATIONS,
    APOSTROPHE,
    APOSTROPHE_SPELLINGS,
    CLOCK,
    LINE_NUMBER,
    LOOKALIKES,
    OTHER_SCRIPT,
    PERSIAN_DIGITS,
    PSEUDONYMS,
    SCRIPT_MARK,
    ZWNJ,
    latin,
)
from tests.storage.edit_simulation import TrackedText


def renumber(tracked: TrackedText) -> None:
    """Every line number in the margin rewritten to count from 0001 in order (a re-export)."""
    for number, match in reversed(list(enumerate(LINE_NUMBER.finditer(tracked.text), start=1))):
        if match[1] != f"{number:04}":
            tracked.replace(match.start(), 4, f"{number:04}")


def replaced_all(
    tracked: TrackedText, pattern: re.Pattern[str], span: Span, write: dict[str, str] | None
) -> int:
    """Every match of ``pattern`` in ``span`` typed anew as ``write`` gives it (a match not in
    it is deleted); how many characters ``span`` grew by."""
    grown = 0
    for match in reversed(list(pattern.finditer(tracked.text, *span))):
        new = (write or {}).get(match[0], "")
        tracked.replace(match.start(), len(match[0]), new)
        grown += len(new) - len(match[0])
    return grown


def expand_abbreviations(tracked: TrackedText, span: Span) -> int:
    """Field abbreviations written out ("w/" as "with"); how much ``span`` grew."""
    return replaced_all(tracked, ABBREVIATION, span, ABBREVIATIONS)


def anonymise(tracked: TrackedText, span: Span, names: set[str]) -> int:
    """The ``names`` in ``span`` replaced by their participant labels; how much it grew."""
    pattern = re.compile(r"\b(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\b")
    return replaced_all(tracked, pattern, span, PSEUDONYMS)


def shift_clocks(tracked: TrackedText, span: Span, seconds: int) -> None:
    """Every clock time or recording position in ``span`` moved by ``seconds`` (a second
    recorder started earlier)."""
    for match in reversed(list(CLOCK.finditer(tracked.text, *span))):
        hours, minutes, secs = int(match[1]), int(match[2]), int(match[3] or 0)
        if match[3] is None:  # a time of day: minutes, wrapping at midnight
            total = (hours * 60 + minutes + seconds // 60) % (24 * 60)
            new = f"{total // 60:02}:{total % 60:02}"
        else:
            total = hours * 3600 + minutes * 60 + secs + seconds
            new = f"{total // 3600:02}:{total // 60 % 60:02}:{total % 60:02}"
        tracked.replace(match.start(), len(match[0]), new)


def normalise_script(tracked: TrackedText, span: Span) -> int:
    """What a second keyboard or an export writes: Persian digits as Western ones, Arabic
    ي/ك as Persian ی/ک, no-break spaces as spaces, soft hyphens and zero-width spaces and
    non-joiners dropped, the 2017 apostrophe spelling as the 2021 letters; how much ``span``
    grew."""
    write = {d: str(i) for i, d in enumerate(PERSIAN_DIGITS)} | LOOKALIKES | {"\u00a0": " "}
    grown = replaced_all(tracked, SCRIPT_MARK, (span[0], span[1]), write)
    grown += replaced_all(tracked, re.compile(ZWNJ), (span[0], span[1] + grown), None)
    grown += replaced_all(
        tracked,
        APOSTROPHE,
        (span[0], span[1] + grown),
        {k[0] + "'": v for k, v in APOSTROPHE_SPELLINGS.items()},
    )
    return grown


def retype_in_latin(tracked: TrackedText, span: Span) -> int:
    """Kazakh Cyrillic in ``span`` typed anew in the Latin alphabet, Persian in Finglish;
    how much it grew."""
    grown = 0
    for match in reversed(list(OTHER_SCRIPT.finditer(tracked.text, *span))):
        new = latin(match[0])
        tracked.replace(match.start(), len(match[0]), new)
        grown += len(new) - len(match[0])
    return grown


def line_inserted(tracked: TrackedText, after: int, words: str) -> None:
    """A typed line put after the line ending at ``after``; in a numbered transcript it gets
    a line number (put right by :func:`renumber`)."""
    start = tracked.text.rfind("\n", 0, after) + 1
    numbered = LINE_NUMBER.match(tracked.text, start) is not None
    tracked.replace(after, 0, "\n" + ("0000  " if numbered else "") + words)


def line_split(tracked: TrackedText, line: Span, at: int) -> None:
    """A line broken at ``at`` (after a comma or a stop and a space): the rest put on a line
    of its own, numbered and with the speaker's label again when the line had them."""
    words = tracked.text[slice(*line)]
    number = LINE_NUMBER.match(words)
    head = words[6:] if number else words
    label = re.match(r"(?:\[[0-9:]+\] )?((?:[A-Z]\w*|P\d|پاسخ‌دهنده): )", head)
    prefix = ("0000  " if number else "") + (label[1] if label else "")
    tracked.replace(at - 1, 1, "\n" + prefix)
