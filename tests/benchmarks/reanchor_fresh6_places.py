"""Where things are in the sixth-round fresh texts (no test here): lines, sentences,
headings, notes, key-value blocks, hard-wrapped passages, prose paragraphs and groups of
sentences one word apart.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import body, lines_in
from tests.benchmarks.reanchor_fresh6_kit import KEY_COLON, KEY_WIKI, LABEL, NOTE_LINE, URL

Span = tuple[int, int]
SENTENCE = re.compile(r"\S.*?(?:[.!?।۔…][”’\")]*(?=\s|$)|$)")
#: A sentence of a hard-wrapped passage, which may go on over a line break.
WRAPPED_SENTENCE = re.compile(r"\S[\s\S]*?(?:[.!?…][”’\")]*(?=\s|$)|$)")
#: What opens a line without being part of its sentences: a minute mark or a label.
LINE_PREFIX = re.compile(
    r"(?:\d+(?:\+\d+)?' |(?:[A-Z][a-z]+(?: [a-z]+){0,2}|[A-Z]{2,}(?: [A-Z]{2,})?): )"
)
#: Lines that are not running prose: notes, table-like rows, bullets, bold or heading marks,
#: minute marks, cue numbers and time codes, labels.
STRUCTURAL = re.compile(r"(?:\[\d|\| |[-•*] |\*\*|#|\d+(?:\+\d+)?'|\d\d:|\d+$)")


def is_structural(text: str, line: Span) -> bool:
    """A line that is not running prose."""
    return bool(STRUCTURAL.match(text, line[0]) or LABEL.match(text, line[0]))


def line_text(text: str, line: Span) -> Span:
    """A line without its minute mark or label."""
    prefix = LINE_PREFIX.match(text, line[0], line[1])
    return (prefix.end() if prefix else line[0], line[1])


def is_key_line(text: str, line: Span) -> bool:
    """A line of a key-value block, in either style."""
    words = text[line[0] : line[1]]
    return bool(KEY_COLON.match(words) or KEY_WIKI.match(words))


def key_blocks(text: str) -> list[list[Span]]:
    """Paragraphs of four or more key-value lines, as their lines."""
    blocks = []
    for start, end in _paragraphs(text):
        lines = lines_in(text, start, end)
        if len(lines) >= 4 and all(is_key_line(text, line) for line in lines):
            blocks.append(lines)
    return blocks


def wrapped_blocks(text: str) -> list[Span]:
    """Hard-wrapped prose: paragraphs of three or more lines, every line but the last 40
    to 80 characters long, none of them structural."""
    found = []
    for start, end in body(text):
        lines = lines_in(text, start, end)
        if len(lines) < 3 or any(is_structural(text, line) for line in lines[1:]):
            continue
        if STRUCTURAL.match(text, start) and not re.match(r"\d+\. ", text[start:end]):
            continue
        inner = lines[:-1]
        if all(40 <= e - s <= 80 for s, e in inner) and any(
            text[e - 1] not in ".!?" for _, e in inner
        ):
            found.append((start, end))
    return found


def notes(text: str) -> list[Span]:
    """Paragraphs that are a footnote ("[2] Met Office, …")."""
    return [
        (s, e) for s, e in _paragraphs(text) if NOTE_LINE.match(text[s:e]) and "\n" not in text[s:e]
    ]


def headings(text: str) -> list[Span]:
    """Body paragraphs that are a heading: one short line without a closing stop, not a
    note, a label, a link, a list or a time."""
    found = []
    for start, end in body(text):
        words = text[start:end]
        if (
            "\n" not in words
            and 3 <= len(words) <= 60
            and len(words.split()) <= 8
            and words[-1] not in '.!?:;,…”")۔'
            and not is_structural(text, (start, end))
            and not URL.search(words)
            and re.search(r"\w", words)
        ):
            found.append((start, end))
    return found


def sentences(text: str) -> list[Span]:
    """Sentences of the body, at least eight characters long: those of every line (after a
    minute mark or a label) that is not in a key-value block, a time code or a cue number;
    in hard-wrapped passages, across their line breaks."""
    blocks = {line for block in key_blocks(text) for line in block}
    wrapped = set(wrapped_blocks(text))
    spans = []
    for start, end in body(text):
        if (start, end) in wrapped:
            ranges = [(start, end)]
            pattern = WRAPPED_SENTENCE
        else:
            ranges = [
                line_text(text, line)
                for line in lines_in(text, start, end)
                if line not in blocks and not re.match(r"\d\d:|\d+$", text[line[0] : line[1]])
            ]
            pattern = SENTENCE
        for s, e in ranges:
            for match in pattern.finditer(text, s, e):
                if len(match[0].rstrip()) >= 8:
                    spans.append((match.start(), match.start() + len(match[0].rstrip())))
    return spans


def prose(text: str) -> list[Span]:
    """Body paragraphs of one line that are running prose (no label, note or mark first)
    and end with a stop."""
    return [
        (s, e)
        for s, e in body(text)
        if "\n" not in text[s:e] and not is_structural(text, (s, e)) and text[e - 1] in '.!?…”"۔'
    ]


def sentences_of(text: str, paragraph: Span) -> list[Span]:
    """The sentences of a one-line paragraph, separated by single spaces."""
    start, end = paragraph
    return [
        (m.start(), m.start() + len(m[0].rstrip())) for m in SENTENCE.finditer(text, start, end)
    ]


def twin_groups(text: str) -> list[list[Span]]:
    """Groups of sentences of three words or more that are the same but for one word, in
    text order, each with two or more different words in that place."""
    spans = sentences(text)
    split = [text[s:e].split(" ") for s, e in spans]
    groups: dict[tuple[tuple[str, ...], tuple[str, ...], int], list[int]] = {}
    for index, words in enumerate(split):
        if len(words) < 3:
            continue
        for slot in range(len(words)):
            key = (tuple(words[:slot]), tuple(words[slot + 1 :]), slot)
            groups.setdefault(key, []).append(index)
    found = []
    for (_, _, slot), members in groups.items():
        values = {split[i][slot] for i in members}
        if len(values) >= 2:
            found.append([spans[i] for i in members])
    found.sort()
    return found
