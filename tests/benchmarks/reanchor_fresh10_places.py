"""Where things are in the tenth-round fresh texts (no test here): glossed passages and
their parts, pointed lines, sentences that open with a clause, lists, contractible phrases,
names with another romanisation, places, people, titles, and where a story can jump.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh5_places import body, lines_in
from tests.benchmarks.reanchor_fresh7_places import Span, sentences, sentences_of
from tests.benchmarks.reanchor_fresh9_places import sections, several_sentences
from tests.benchmarks.reanchor_fresh10_kit import (
    GLOSSED,
    NEGATIVE,
    OPENING_CLAUSE,
    PERSON,
    PLACE,
    PRONOUN_VERB,
    ROMANISED,
    TITLE,
    VOWEL_POINTS,
)


def glosses(text: str) -> list[tuple[Span, Span]]:
    """Each passage printed with its gloss, "original (gloss)": the original and the gloss,
    in text order."""
    found = []
    for original, gloss in (pair for group in GLOSSED.values() for pair in group):
        whole = f"{original} ({gloss})"
        at = text.find(whole)
        while at >= 0:
            found.append(((at, at + len(original)), (at + len(original) + 2, at + len(whole) - 1)))
            at = text.find(whole, at + 1)
    return sorted(found)


def pointed_lines(text: str) -> list[Span]:
    """Lines of the body with vowel points."""
    return [
        line
        for paragraph in body(text)
        for line in lines_in(text, *paragraph)
        if VOWEL_POINTS.search(text, *line)
    ]


def opening_clauses(text: str) -> list[tuple[Span, int]]:
    """Sentences that open with a clause ("If you are unsure, ask at the desk."), each with
    the offset of the comma that ends its clause."""
    found = []
    for start, end in sentences(text):
        match = OPENING_CLAUSE.fullmatch(text, start, end)
        if match:
            found.append(((start, end), match.end(2)))
    return found


def lists(text: str) -> list[list[Span]]:
    """Paragraphs of five lines or more, as their lines."""
    found = []
    for start, end in body(text):
        found_lines = lines_in(text, start, end)
        if len(found_lines) >= 5:
            found.append(found_lines)
    return found


def contractible(text: str, *, pronouns: bool) -> list[re.Match[str]]:
    """Negatives that contract ("do not"); with ``pronouns``, pronouns and verbs as well
    ("it is") where they do not overlap a negative ("it is not" → "it isn’t")."""
    negatives = list(NEGATIVE.finditer(text))
    if not pronouns:
        return negatives
    taken = [(m.start(), m.end()) for m in negatives]
    others = [
        m
        for m in PRONOUN_VERB.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
    return sorted(negatives + others, key=lambda m: m.start())


def romanised(text: str) -> list[Span]:
    """Every name a romanisation changes."""
    return [m.span() for m in ROMANISED.finditer(text)]


def places(text: str) -> list[Span]:
    """Every place a repost makes a hashtag."""
    return [m.span() for m in PLACE.finditer(text)]


def persons(text: str) -> list[Span]:
    """Every full name of a person."""
    return [m.span() for m in PERSON.finditer(text)]


def titles(text: str) -> list[Span]:
    """Every title of a work."""
    return [m.span() for m in TITLE.finditer(text)]


def jump_points(text: str) -> list[tuple[int, int, Span]]:
    """Where a story can jump to a later page: a space inside a prose paragraph of several
    sentences, two words or more from its ends, in a section that is not the last; each
    with the end of its section and its heading (one point a section: the middle space of
    its first such paragraph)."""
    found = []
    several = several_sentences(text)
    for title, (start, end) in sections(text)[:-1]:
        paragraph = next((p for p in several if start <= p[0] < end), None)
        if paragraph is None:
            continue
        spaces = [at for at in range(*paragraph) if text[at] == " "]
        if len(spaces) >= 5 and text[end : end + 2] == "\n\n":
            found.append((spaces[len(spaces) // 2], end, title))
    return found


def word_spans_of(text: str, span: Span) -> list[Span]:
    """The words of ``span`` (letters and figures, three characters or more)."""
    return [
        (span[0] + m.start(), span[0] + m.end())
        for m in re.finditer(r"[^\W_]{3,}", text[slice(*span)])
    ]


def prose_sentences(text: str) -> list[Span]:
    """Sentences of prose paragraphs of several sentences."""
    return [s for p in several_sentences(text) for s in sentences_of(text, p)]
