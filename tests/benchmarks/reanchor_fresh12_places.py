"""Where things are in the twelfth-round fresh texts (no test here): Markdown marks, talk-page
signatures and indents, code tags and their key, shouted words, bilingual pairs, bullet
lists, quotes after a colon, and prose paragraphs of several sentences.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import body, lines_in
from tests.benchmarks.reanchor_fresh7_places import Span, headings, sentences_of
from tests.benchmarks.reanchor_fresh12_kit import (
    BOLD,
    BULLET,
    INDENT,
    KEY_OPENING,
    LINK,
    PAIRS,
    QUOTED,
    SHOUT,
    SIGNATURE,
    TAG,
)


def markdown_marks(text: str, within: Span | None = None) -> list[Span]:
    """The marks around bold words and links ("**", "[", "](https://…)"), in ``within``
    if given."""
    start, end = within or (0, len(text))
    found = []
    for m in BOLD.finditer(text, start, end):
        found += [(m.start(), m.start(1)), (m.end(1), m.end())]
    for m in LINK.finditer(text, start, end):
        found += [(m.start(), m.start(1)), (m.end(1), m.end())]
    return sorted(found)


def signatures(text: str) -> list[re.Match[str]]:
    """Every talk-page signature (" — Name (talk) 14:02, 3 March 2026 (UTC)")."""
    return list(SIGNATURE.finditer(text))


def threads(text: str) -> list[list[Span]]:
    """Paragraphs of signed replies, as their lines."""
    found = []
    for start, end in body(text):
        rows = lines_in(text, start, end)
        if len(rows) >= 2 and all(SIGNATURE.search(text, s, e) for s, e in rows):
            found.append(rows)
    return found


def indents(text: str, within: Span | None = None) -> list[Span]:
    """The colons that indent a reply of a thread, in ``within`` if given."""
    start, end = within or (0, len(text))
    rows = [row for found in threads(text) for row in found if start <= row[0] < end]
    return [m.span() for s, e in rows if (m := INDENT.match(text, s, e))]


def tags(text: str) -> list[Span]:
    """Every tag of codes ("(G, Mi)")."""
    return [m.span() for m in TAG.finditer(text)]


def key_paragraph(text: str) -> Span | None:
    """The paragraph that gives the key to the codes."""
    return next((p for p in body(text) if text.startswith(KEY_OPENING, p[0])), None)


def shouted(text: str) -> list[Span]:
    """Every word or phrase printed in capitals for emphasis or as a defined term."""
    return [m.span() for m in SHOUT.finditer(text)]


#: Small words of Irish and Basque prose, and the Greek and Tamil blocks.
IRISH_WORDS = ("agus", "ar", "na", "ag", "ní", "faoi", "sé", "tá", "don", "san", "ach", "nó")
BASQUE_WORDS = ("eta", "dago", "daitezke", "dira", "du")
FOREIGN_WORDS = frozenset((*IRISH_WORDS, *BASQUE_WORDS))
FOREIGN_LETTERS = re.compile(r"[\u0370-\u03ff\u0b80-\u0bff]")


def in_other_language(words: str) -> bool:
    """Whether a paragraph is Irish, Basque, Greek or Tamil rather than English: most of
    its letters Greek or Tamil, or one word in eight a small Irish or Basque word that
    English does not use."""
    letters = [c for c in words if c.isalpha()]
    if len(FOREIGN_LETTERS.findall(words)) * 2 > len(letters):
        return True
    tokens = re.findall(r"\w+", words.lower())
    return bool(tokens) and sum(t in FOREIGN_WORDS for t in tokens) * 8 >= len(tokens)


def twins(text: str) -> list[tuple[Span, Span]]:
    """Each English paragraph directly followed by its twin in another language: the pairs
    every text borrows, and the bilingual notices' own (prose, no heading or list)."""
    known = set(PAIRS)
    titles = set(headings(text))

    def is_prose(paragraph: Span) -> bool:
        words = text[slice(*paragraph)]
        return paragraph not in titles and "\n" not in words and words[-1] in ".!?”"

    return [
        (first, second)
        for first, second in pairwise(_paragraphs(text))
        if text[first[1] : second[0]] == "\n\n"
        and (
            (text[slice(*first)], text[slice(*second)]) in known
            or (
                is_prose(first)
                and is_prose(second)
                and not in_other_language(text[slice(*first)])
                and in_other_language(text[slice(*second)])
            )
        )
    ]


def bullet_lists(text: str) -> list[list[Span]]:
    """Paragraphs of three or more bullet lines, as their lines."""
    found = []
    for start, end in body(text):
        rows = lines_in(text, start, end)
        if len(rows) >= 3 and all(text.startswith(BULLET, s) for s, _ in rows):
            found.append(rows)
    return found


def quotes(text: str) -> list[Span]:
    """Quotes that follow a colon inside a one-line paragraph, with their marks."""
    return [
        m.span(1)
        for start, end in body(text)
        if "\n" not in text[start:end]
        for m in QUOTED.finditer(text, start, end)
    ]


def prose(text: str) -> list[Span]:
    """One-line body paragraphs of two sentences or more that are not a heading, the key or
    the last paragraph (prose a reader might move or break)."""
    titles = set(headings(text))
    last = _paragraphs(text)[-1]
    return [
        p
        for p in body(text)
        if "\n" not in text[slice(*p)]
        and p not in titles
        and p != last
        and not text.startswith((KEY_OPENING, BULLET), p[0])
        and len(sentences_of(text, p)) >= 2
    ]


def sentence_breaks(text: str, paragraph: Span) -> list[int]:
    """The spaces between the sentences of a one-line paragraph."""
    found = sentences_of(text, paragraph)
    return [
        end for (_, end), (start, _) in pairwise(found) if start == end + 1 and text[end] == " "
    ]
