"""Where things are in the eleventh-round fresh texts (no test here): time-stamped blocks
and their stamps, fillers and cues, paragraphs with their French or Welsh twin, defined
terms, weekdays and months, emoji, dashes, asides and words long enough to break.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import body, lines_in
from tests.benchmarks.reanchor_fresh7_places import Span
from tests.benchmarks.reanchor_fresh11_kit import (
    ASIDE,
    CUE,
    DASHES,
    DAY_RANGE,
    EMOJI_RE,
    FILLER,
    HESITATIONS,
    MONTH,
    PAIRS,
    TERM,
    TIMESTAMP,
    WEEKDAY,
)


def stamped_blocks(text: str) -> list[list[Span]]:
    """Paragraphs of time-stamped lines, as their lines."""
    found = []
    for start, end in body(text):
        rows = lines_in(text, start, end)
        if len(rows) >= 2 and all(TIMESTAMP.match(text, s) for s, _ in rows):
            found.append(rows)
    return found


def stamps(text: str, within: Span | None = None) -> list[Span]:
    """Every time stamp with the space after it ("[00:12:05] "), in ``within`` if given."""
    start, end = within or (0, len(text))
    return [m.span() for m in TIMESTAMP.finditer(text, start, end)]


def fillers(text: str, *, hesitations_only: bool = False, within: Span | None = None) -> list[Span]:
    """Every filler with its comma and space ("um, "); only "um", "uh" and "erm" if asked."""
    start, end = within or (0, len(text))
    return [
        m.span()
        for m in FILLER.finditer(text, start, end)
        if not hesitations_only or m[1] in HESITATIONS
    ]


def cues(text: str) -> list[Span]:
    """Every transcriber's cue with the space after it ("[laughs] ")."""
    return [m.span() for m in CUE.finditer(text)]


def twins(text: str) -> list[tuple[Span, Span]]:
    """Each English paragraph directly followed by its French or Welsh twin, in text order."""
    paragraphs = _paragraphs(text)
    known = set(PAIRS)
    return [
        (first, second)
        for first, second in pairwise(paragraphs)
        if (text[slice(*first)], text[slice(*second)]) in known
        and text[first[1] : second[0]] == "\n\n"
    ]


def terms(text: str) -> list[Span]:
    """Every defined term written in lower case ("the tenant")."""
    return [m.span() for m in TERM.finditer(text)]


def day_names(text: str, *, months: bool) -> list[Span]:
    """Day ranges ("Monday to Friday"), then single weekdays outside them, and with
    ``months`` months too; in text order."""
    ranges = [m.span() for m in DAY_RANGE.finditer(text)]
    singles = [
        m.span() for m in WEEKDAY.finditer(text) if not any(s <= m.start() < e for s, e in ranges)
    ]
    found = ranges + singles
    if months:
        found += [m.span() for m in MONTH.finditer(text)]
    return sorted(found)


def day_ranges(text: str) -> list[Span]:
    """Day ranges ("Monday to Friday")."""
    return [m.span() for m in DAY_RANGE.finditer(text)]


def emoji_spans(text: str) -> list[Span]:
    """Every emoji (a whole sequence: flag, ZWJ family, skin tone, variation selector)."""
    return [m.span() for m in EMOJI_RE.finditer(text)]


def dashes(text: str, within: Span | None = None) -> list[Span]:
    """Every dash and ellipsis ("—", "–", "…"), in ``within`` if given."""
    start, end = within or (0, len(text))
    return [m.span() for m in DASHES.finditer(text, start, end)]


def asides(text: str) -> list[tuple[Span, Span]]:
    """Asides in brackets in the body: the whole " (…)" with its space, and its words."""
    found = []
    for start, end in body(text):
        for m in ASIDE.finditer(text, start, end):
            found.append((m.span(), m.span(1)))
    return found


def breakable_words(text: str) -> list[Span]:
    """Words of nine letters or more in one-line paragraphs of the body (where a printer
    breaks a word at a line end)."""
    return [
        (start + m.start(), start + m.end())
        for start, end in body(text)
        if "\n" not in text[start:end]
        for m in re.finditer(r"(?<![\w’'-])[A-Za-z]{9,}(?![\w’'-])", text[start:end])
    ]


def clauses(text: str, sentences: list[Span]) -> list[Span]:
    """The clauses of ``sentences`` that readers mark: runs between commas, semicolons,
    colons and dashes of at least 12 code points, shorter than their sentence."""
    return [
        (start + m.start(), start + m.end())
        for start, end in sentences
        for m in re.finditer(r"[^\s,;:—–][^,;:—–]*[^\s,;:—–]", text[start:end])
        if 12 <= m.end() - m.start() < end - start
    ]
