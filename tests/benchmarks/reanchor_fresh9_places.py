"""Where things are in the ninth-round fresh texts (no test here): reading lines and their
figures, coded entries, full names, sections under their headings, paragraphs of several
sentences, pairs of prose paragraphs side by side, and passages in other scripts.
"""

from __future__ import annotations

from itertools import pairwise

from tests.benchmarks.reanchor_fresh5_places import body, lines_in
from tests.benchmarks.reanchor_fresh7_places import Span, headings, prose, sentences_of
from tests.benchmarks.reanchor_fresh9_kit import ENTRY, FULL_NAME, PASSAGES, READING


def reading_blocks(text: str) -> list[list[Span]]:
    """Paragraphs of four or more lines that are all readings, as their lines."""
    found = []
    for start, end in body(text):
        lines = lines_in(text, start, end)
        if len(lines) >= 4 and all(READING.match(text, s, e) for s, e in lines):
            found.append(lines)
    return found


def figures(text: str, lines: list[Span]) -> list[Span]:
    """The figure of each reading line."""
    found = []
    for start, end in lines:
        match = READING.match(text, start, end)
        assert match is not None
        found.append(match.span(2))
    return found


def entries(text: str) -> list[Span]:
    """Paragraphs that open with a code ("FW201 · ")."""
    return [(s, e) for s, e in body(text) if ENTRY.match(text, s)]


def first_line(text: str, span: Span) -> Span:
    """The first line of a paragraph."""
    end = text.find("\n", span[0], span[1])
    return (span[0], span[1] if end < 0 else end)


def names(text: str) -> list[Span]:
    """Every full name ("Marta Kowalczyk")."""
    return [m.span() for m in FULL_NAME.finditer(text)]


def several_sentences(text: str) -> list[Span]:
    """Prose paragraphs of one line with two sentences or more."""
    return [p for p in prose(text) if len(sentences_of(text, p)) >= 2]


def sections(text: str) -> list[tuple[Span, Span]]:
    """Each heading and the paragraphs under it (from the first to the last)."""
    titles = headings(text)
    paragraphs = body(text)
    found = []
    for index, title in enumerate(titles):
        stop = titles[index + 1][0] if index + 1 < len(titles) else len(text)
        under = [p for p in paragraphs if title[1] < p[0] < stop]
        if under:
            found.append((title, (under[0][0], under[-1][1])))
    return found


def column_pairs(text: str) -> list[tuple[Span, Span]]:
    """Prose paragraphs side by side, each of one line and 100 characters or more, in
    pairs that share no paragraph."""
    found: list[tuple[Span, Span]] = []
    for first, second in pairwise(prose(text)):
        if (
            text[first[1] : second[0]] != "\n\n"
            or min(first[1] - first[0], second[1] - second[0]) < 100
        ):
            continue
        if found and found[-1][1] == first:
            continue
        found.append((first, second))
    return found


def other_scripts(text: str) -> list[Span]:
    """Where each Bengali, Georgian, Armenian or Amharic passage of the kit stands."""
    found = []
    for passage in (p for group in PASSAGES.values() for p in group):
        at = text.find(passage)
        while at >= 0:
            found.append((at, at + len(passage)))
            at = text.find(passage, at + 1)
    return sorted(found)
