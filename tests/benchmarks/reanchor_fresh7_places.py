"""Where things are in the seventh-round fresh texts (no test here): lines, sentences (of
quoted lines too, without their "> "), block quotes, headings, prose paragraphs, passages
the text repeats, foreign passages and the spans of words a family retypes.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh5_places import body, is_table_line, lines_in
from tests.benchmarks.reanchor_fresh7_kit import (
    ARABIC_SCRIPT,
    ENGLISH_OF,
    PEOPLE,
    PLACES,
    QUOTE_LINE,
)

Span = tuple[int, int]
SENTENCE = re.compile(r"\S.*?(?:[.!?…۔][”’\")]*(?=\s|$)|$)")
QUOTE_MARK = "> "


def content(text: str, line: Span) -> Span:
    """A line without the "> " of a quote."""
    start, end = line
    return (start + 2, end) if text.startswith(QUOTE_MARK, start) else line


def quote_blocks(text: str) -> list[list[Span]]:
    """Paragraphs of two or more quoted lines, as their lines."""
    found = []
    for start, end in body(text):
        lines = lines_in(text, start, end)
        if len(lines) >= 2 and all(QUOTE_LINE.match(text, s) for s, _ in lines):
            found.append(lines)
    return found


def sentences(text: str) -> list[Span]:
    """Sentences of the body eight characters long or more: of every line that is not a
    table row, a quoted line's without its "> "; a verse line without a stop is one."""
    spans = []
    for start, end in body(text):
        for line in lines_in(text, start, end):
            if is_table_line(text, line):
                continue
            s, e = content(text, line)
            for match in SENTENCE.finditer(text, s, e):
                if len(match[0].rstrip()) >= 8:
                    spans.append((match.start(), match.start() + len(match[0].rstrip())))
    return spans


def sentences_of(text: str, paragraph: Span) -> list[Span]:
    """The sentences of a one-line paragraph."""
    return [
        (m.start(), m.start() + len(m[0].rstrip()))
        for m in SENTENCE.finditer(text, paragraph[0], paragraph[1])
    ]


def headings(text: str) -> list[Span]:
    """Body paragraphs that are a heading: one short line that opens with a capital and
    has no closing stop, not a quote, a table row or a time."""
    found = []
    for start, end in body(text):
        words = text[start:end]
        if (
            "\n" not in words
            and 3 <= len(words) <= 60
            and len(words.split()) <= 8
            and words[0].isupper()
            and words[-1] not in '.!?:;,…”")۔'
            and " | " not in words
            and not re.match(r"\d", words)
            and not ARABIC_SCRIPT.search(words)
        ):
            found.append((start, end))
    return found


def prose(text: str) -> list[Span]:
    """Body paragraphs of one line that end with a stop and are no quote."""
    return [
        (s, e)
        for s, e in body(text)
        if "\n" not in text[s:e] and not text.startswith(QUOTE_MARK, s) and text[e - 1] in ".!?”"
    ]


def units(text: str) -> list[Span]:
    """Sentences, and whole lines (without a "> ") of several sentences."""
    found = set(sentences(text))
    for start, end in body(text):
        for line in lines_in(text, start, end):
            s, e = content(text, line)
            if e - s >= 8 and not is_table_line(text, line) and not text[s].isspace():
                found.add((s, e))
    return sorted(found)


def recurring(text: str) -> dict[str, list[Span]]:
    """Sentences and lines that stand two or more times word for word, by their words,
    most frequent first (then in order of first appearance)."""
    places: dict[str, list[Span]] = {}
    for s, e in units(text):
        places.setdefault(text[s:e], []).append((s, e))
    repeated = {words: spans for words, spans in places.items() if len(spans) >= 2}
    order = sorted(repeated, key=lambda words: (-len(repeated[words]), repeated[words][0]))
    return {words: repeated[words] for words in order}


def foreign(text: str) -> list[Span]:
    """Where each Vietnamese, Yoruba, Persian or Urdu passage of the bank stands."""
    found = []
    for passage in ENGLISH_OF:
        at = text.find(passage)
        while at >= 0:
            found.append((at, at + len(passage)))
            at = text.find(passage, at + 1)
    return sorted(found)


def arabic_script(text: str) -> list[Span]:
    """Sentences written in Arabic script (Persian or Urdu)."""
    return [span for span in sentences(text) if ARABIC_SCRIPT.search(text, *span)]


def words_of(text: str, names: dict[str, str] | list[str]) -> list[Span]:
    """Every whole-word occurrence of each word of ``names``."""
    found = []
    for name in names:
        for word in name.split():
            found += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return sorted(set(found))


def mentions(text: str) -> list[Span]:
    """Every mention of a person or a place, as a full name or a single word of it."""
    found = []
    for name in (*PEOPLE, *PLACES):
        found += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return sorted(set(found) | set(words_of(text, [*PEOPLE, *PLACES])))
