"""Operations the twelfth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a plain-text converter, a wiki archiver, a sub-editor, a
layout designer or a typesetter would, so the truth of every passage is known.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh7_places import Span
from tests.storage.edit_simulation import TrackedText

GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
#: Marks a Greek capital drops (tonos, and the acute of a decomposed letter).
GREEK_TONOS = {"\u0301"}


def signature_shortened(tracked: TrackedText, match: re.Match[str]) -> None:
    """ " — Name (talk) 14:02, 3 March 2026 (UTC)" → " — Name, 3 March 2026"."""
    tracked.replace(match.end("date"), match.end() - match.end("date"), "")
    tracked.replace(match.end("name"), match.start("date") - match.end("name"), ", ")


def signature_first(tracked: TrackedText, match: re.Match[str], content: int) -> None:
    """The signature moved to the start of its reply (at ``content``, after the indent) as
    "Name, 3 March 2026: " (its time and "(talk)" and "(UTC)" dropped)."""
    (n0, n1), (d0, d1) = match.span("name"), match.span("date")
    name, date = n1 - n0, d1 - d0
    tracked.replace(d1, match.end() - d1, "")
    tracked.move(d0, date, content)
    tracked.move(n0 + date, name, content)
    tail = match.start() + date + name
    tracked.replace(tail, d0 - match.start() - name, "")
    tracked.replace(content + name + date, 0, ": ")
    tracked.replace(content + name, 0, ", ")


def moved_to_end(tracked: TrackedText, paragraphs: list[Span], heading: str, mark: str) -> None:
    """``paragraphs`` (none the last) moved, in their order, under ``heading`` at the end,
    each with ``mark`` before it; the blank line after each is taken out where it stood."""
    tracked.replace(len(tracked.chars), 0, f"\n{heading}\n")
    heading_end = len(tracked.chars)
    for start, end in sorted(paragraphs, reverse=True):
        length = end - start
        assert tracked.text[end : end + 2] == "\n\n"
        tracked.move(start, length, heading_end - length)
        tracked.replace(start, 2, "")
        heading_end -= length + 2
        tracked.replace(heading_end + length, 0, "\n")
        tracked.replace(heading_end, 0, f"\n{mark}")


#: What stands before a word that opens a sentence, a line, a list item or a quote after a
#: colon (a quote mark may come between).
OPENING = re.compile(r"(?:\A|\n|\n- |[.!?…][”’)]* )“?\Z|: “\Z")


def lowered(text: str, span: Span) -> str:
    """Words in capitals in lower case, with a capital first if they open a sentence, a
    line, a list item or a quote."""
    start, end = span
    words = text[start:end].lower()
    if OPENING.search(text[max(0, start - 5) : start]) or start == 0:
        words = words[0].upper() + words[1:]
    return words


def in_capitals(character: str) -> str:
    """A character set in capitals; a Greek one without its tonos, as Greek capitals go."""
    upper = character.upper()
    if GREEK.match(character):
        decomposed = unicodedata.normalize("NFD", upper)
        upper = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in GREEK_TONOS))
    return upper


def set_apart(tracked: TrackedText, quote: Span) -> None:
    """A quote after a colon set as a block quote of its own ("> “…”"), the text after it
    (if any) a new paragraph."""
    start, end = quote
    text = tracked.text
    if end < len(text) and text[end] == " ":
        tracked.replace(end, 1, "\n\n")
    tracked.replace(start - 1, 1, "\n\n> ")
