"""Operations the twenty-fifth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an editor, a producer, a moderator or a newsroom's tool would;
typed text has no origin, moved text keeps its own, copies are decoys.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import FOOTER_HEADING, ZWSP, Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh25_kit import (
    ARMENIAN,
    BURMESE_MARK,
    CLASSICAL,
    reformed,
    unicode_order,
)
from tests.storage.edit_simulation import TrackedText

#: Where a Myanmar word may end: after a killer (asat) or a visarga, before a consonant.
MYANMAR_WORD_END = re.compile("(?<=[\u103a\u1038])(?=[\u1000-\u1021])")


def reflowed(tracked: TrackedText, rng: random.Random, span: Span, width: int) -> int:
    """``span`` hard-wrapped anew at ``width`` (its line breaks as spaces first), long plain
    words at a line end hyphenated ("govern-\\nment") half the time: only the spaces and
    breaks that change are typed; how much ``span`` grew (two per hyphen)."""
    start, end = span
    old = tracked.text[start:end]
    new = wrap(rng, old.replace("\n", " "), width, hyphens=0.5)
    edits: list[tuple[int, int, str]] = []
    i = j = 0
    while i < len(old) and j < len(new):
        if old[i] == new[j]:
            i, j = i + 1, j + 1
        elif new[j : j + 2] == "-\n" and old[i] != "-":
            edits.append((i, 0, "-\n"))
            j += 2
        elif old[i] in " \n" and new[j] in " \n":
            edits.append((i, 1, new[j]))
            i, j = i + 1, j + 1
        else:  # wrap() only turns spaces into breaks and adds hyphens
            raise ValueError(f"cannot reflow {old!r}")
    for at, length, typed in reversed(edits):
        tracked.replace(start + at, length, typed)
    return len(new) - len(old)


def burmese_normalised(tracked: TrackedText, span: Span) -> int:
    """One side's Myanmar text normalised: its digits written as Western ones, its zero-width
    spaces dropped, a vowel sign in Zawgyi order put after its consonant; where there was
    nothing to normalise, zero-width spaces added between its words instead; how much
    ``span`` grew."""
    text = tracked.text
    write = {match[0]: unicode_order(match[0]) for match in BURMESE_MARK.finditer(text, *span)}
    if write:
        return replaced_all(tracked, BURMESE_MARK, span, write)
    breaks = [span[0] + m.start() for m in MYANMAR_WORD_END.finditer(text[slice(*span)])]
    for at in reversed(breaks):
        tracked.replace(at, 0, ZWSP)
    return len(breaks)


def armenian_respelled(tracked: TrackedText, span: Span) -> int:
    """Each run of Armenian words in ``span`` that holds a classical spelling typed anew in
    the reformed one ("-ութիւն" as "-ություն", "եւ" as "և"); how much ``span`` grew."""
    grown = 0
    for match in reversed(list(ARMENIAN.finditer(tracked.text, *span))):
        if CLASSICAL.search(match[0]):
            new = reformed(match[0])
            tracked.replace(match.start(), len(match[0]), new)
            grown += len(new) - len(match[0])
    return grown


def footer_start(text: str) -> int:
    """Where the footer's heading paragraph starts."""
    return text.rindex(f"\n\n{FOOTER_HEADING}\n") + 2


def correction_quoting(tracked: TrackedText, line: Span, head: str) -> None:
    """A correction put as an item just above the footer, quoting ``line``'s old words
    word for word (a copy) between typed words: "An earlier version said: “…”"."""
    at = footer_start(tracked.text)
    opening = f"{head}\nAn earlier version of this article said: “"
    tracked.replace(at, 0, opening + "” This has been corrected.\n\n")
    start, end = line
    tracked.copy(start, end - start, at + len(opening))


def line_rewritten(tracked: TrackedText, line: Span, keep: int, words: str) -> None:
    """A line's words after its first ``keep`` characters typed anew as ``words``."""
    start, end = line
    tracked.replace(start + keep, end - start - keep, words)


def word_swapped(tracked: TrackedText, rng: random.Random, line: Span, words: list[str]) -> bool:
    """One word of four letters or more in ``line`` typed over with another of ``words``
    (an outlet's sub-editor); False when the line has none."""
    found = list(re.finditer(r"(?<![\w-])[A-Za-z]{4,}(?![\w-])", tracked.text[slice(*line)]))
    if not found:
        return False
    match = rng.choice(found)
    other = rng.choice([word for word in words if word != match[0]])
    tracked.replace(line[0] + match.start(), len(match[0]), other)
    return True
