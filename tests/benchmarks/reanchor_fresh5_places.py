"""Where things are in the fifth-round fresh texts (no test here): lines, sentences, pipe
tables, speaker turns, quotes with their attribution, and the joints a long sentence can
be split at or two short ones joined at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_kit import TURN

Span = tuple[int, int]
SENTENCE = re.compile(r"\S.*?(?:[.!?।][”’)]*(?=\s|$)|$)")
#: ", and the", "; the", ", but the": where an editor splits a long sentence.
JOINT = re.compile(r"(?:, and |; |, but )(?=[a-z])(?!that |which |who )")


def lines_in(text: str, start: int, end: int) -> list[Span]:
    """The lines of ``text[start:end]``."""
    spans, at = [], start
    for line in text[start:end].split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def rows_of(text: str, paragraphs: Iterable[Span], shortest: int = 6) -> list[Span]:
    """The lines, ``shortest`` code points or longer, of those ``paragraphs`` that have more
    than one line: the rows of lists, tables and registers."""
    return [
        line
        for start, end in paragraphs
        if "\n" in text[start:end]
        for line in lines_in(text, start, end)
        if line[1] - line[0] >= shortest
    ]


def body(text: str) -> list[Span]:
    """Paragraphs after the headline and the byline."""
    return _paragraphs(text)[2:]


def is_table_line(text: str, span: Span) -> bool:
    """A row of a pipe table."""
    return " | " in text[span[0] : span[1]]


def tables(text: str) -> list[list[Span]]:
    """Pipe tables (header first), in text order: runs of four or more rows in a paragraph."""
    found = []
    for start, end in _paragraphs(text):
        rows = [line for line in lines_in(text, start, end) if is_table_line(text, line)]
        if len(rows) >= 4:
            found.append(rows)
    return found


def turn_blocks(text: str) -> list[list[Span]]:
    """Paragraphs of three or more speaker turns, as their lines."""
    blocks = []
    for start, end in _paragraphs(text):
        lines = lines_in(text, start, end)
        if len(lines) >= 3 and all(TURN.match(text, s) for s, _ in lines):
            blocks.append(lines)
    return blocks


def turn_text(text: str, line: Span) -> Span:
    """A turn line without its speaker label."""
    label = TURN.match(text, line[0])
    return (label.end() if label else line[0], line[1])


def sentences(text: str) -> list[Span]:
    """Sentences of every line of the body that is not a table row (after a speaker's
    label), at least eight characters long."""
    spans = []
    for start, end in body(text):
        for line in lines_in(text, start, end):
            if is_table_line(text, line):
                continue
            s, e = turn_text(text, line)
            for match in SENTENCE.finditer(text, s, e):
                if len(match[0].rstrip()) >= 8:
                    spans.append((match.start(), match.start() + len(match[0].rstrip())))
    return spans


def edited_sentences(text: str) -> list[Span]:
    """Sentences an editor would restyle: not those of chat messages or stage directions
    (lines that open with "[")."""
    return [(s, e) for s, e in sentences(text) if text[text.rfind("\n", 0, s) + 1] != "["]


def split_points(text: str) -> list[re.Match[str]]:
    """Joints inside sentences with at least 25 characters on each side."""
    points = []
    for start, end in edited_sentences(text):
        for match in JOINT.finditer(text, start, end):
            if match.start() - start >= 25 and end - match.end() >= 25:
                points.append(match)
    return points


def join_points(text: str) -> list[Span]:
    """The ". " between two short sentences of one line (each under 90 characters, the
    second starting with a Latin capital and a lower-case letter)."""
    spans = edited_sentences(text)
    points = []
    for (s1, e1), (s2, e2) in pairwise(spans):
        if (
            e1 + 1 == s2
            and text[e1 - 1] == "."
            and text[e1] == " "
            and e1 - s1 < 90
            and e2 - s2 < 90
            and "A" <= text[s2] <= "Z"
            and text[s2 + 1 : s2 + 2].islower()
        ):
            points.append((e1 - 1, s2))
    return points


def repeated_units(text: str) -> dict[str, list[Span]]:
    """Lines, turns and sentences that stand two or more times, word for word."""
    places: dict[str, list[Span]] = {}
    units = [*sentences(text)]
    for start, end in body(text):
        for line in lines_in(text, start, end):
            units.append(turn_text(text, line))
            units.append(line)
    for s, e in sorted(set(units)):
        if e - s >= 3:
            places.setdefault(text[s:e], []).append((s, e))
    return {unit: spans for unit, spans in places.items() if len(spans) >= 2}


def near_twins(text: str) -> list[Span]:
    """Sentences that have a twin one or two words apart ("Police make a first arrest." and
    "Police make a second arrest.")."""
    spans = sentences(text)
    split = [text[s:e].split(" ") for s, e in spans]
    found: set[Span] = set()
    for i, words in enumerate(split):
        for j in range(i + 1, len(split)):
            other = split[j]
            if len(other) == len(words) >= 4:
                apart = sum(a != b for a, b in zip(words, other, strict=True))
                if 1 <= apart <= 2:
                    found.update((spans[i], spans[j]))
    return sorted(found)


def inside(rng_pick: int, text: str, span: Span) -> Span | None:
    """A run of two to five words inside ``span`` (the ``rng_pick``-th choice, modulo what
    there is), or None when it has fewer than three words."""
    words = [
        (span[0] + m.start(), span[0] + m.end()) for m in re.finditer(r"\S+", text[slice(*span)])
    ]
    if len(words) < 3:
        return None
    length = 2 + rng_pick % min(4, len(words) - 1)
    first = rng_pick % (len(words) - length + 1)
    return (words[first][0], words[first + length - 1][1])
