"""Operations the eighteenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a timetabler, a clerk, a patent attorney or a publishing system
reorders near-identical blocks, moving text with :meth:`TrackedText.move` so that moved
passages keep their origin, typing new words (no origin) and pasting copies (decoys).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from tests.benchmarks.reanchor_fresh15_edits import FIGURE, reorder
from tests.benchmarks.reanchor_fresh18_kit import LABEL, Span, blocks, details, key_line, lines_of
from tests.storage.edit_simulation import TrackedText

#: A reference to a numbered block in running text ("claim 3", "no. 214", "stop 5").
REFERENCE = re.compile(r"\b(sailing|no\.|claim|verse|area|item|notice|stop) (\d+)\b")


def blocks_reordered(tracked: TrackedText, run: list[Span], order: list[int]) -> None:
    """A run of blocks (one blank line apart) put in ``order``, each with the blank line
    after it."""
    reorder(tracked, [(start, end + 2) for start, end in run], order)


def lines_regrouped(tracked: TrackedText, block: Span) -> None:
    """A block's detail lines regrouped, every other one first (first, third, …, then second,
    fourth, …): a bilingual block's alternating lines made two halves; two lines swapped."""
    units = [(start - 1, end) for start, end in details(tracked.text, block)]
    order = list(range(0, len(units), 2)) + list(range(1, len(units), 2))
    if len(units) == 2:
        order.reverse()
    reorder(tracked, units, order)


def last_line_moved_on(tracked: TrackedText, block: Span, following: Span) -> None:
    """A block's last line moved to the end of the block after it."""
    start, end = lines_of(tracked.text, block)[-1]
    tracked.move(start - 1, end - start + 1, following[1] - (end - start + 1))


def twins_merged(tracked: TrackedText, first: Span, second: Span) -> None:
    """Two neighbouring blocks made one: the second's detail lines that the first has word for
    word cut, the rest moved to the end of the first, and its key line moved up to follow
    the first's key line after a typed " and "."""
    text = tracked.text
    assert text[first[1] : second[0]] == "\n\n"
    have = {text[slice(*line)] for line in details(text, first)}
    end = second[1]
    for start, stop in reversed(details(text, second)):
        if text[start:stop] in have:
            tracked.replace(start - 1, stop - start + 1, "")
            end -= stop - start + 1
    key_end = key_line(tracked.text, second)[1]
    rest = end - key_end
    if rest:
        tracked.move(key_end, rest, first[1])
    key_start = second[0] + rest
    tracked.replace(key_start - 2, 2, "")
    key_length = key_end + rest - key_start
    first_key_end = key_line(tracked.text, first)[1]
    tracked.move(key_start - 2, key_length, first_key_end)
    tracked.replace(first_key_end, 0, " and ")


def block_split(tracked: TrackedText, block: Span, marker: str) -> None:
    """A block split in two before its second detail line; the second part opens with a
    pasted copy of the key line (a decoy) and a typed ``marker``."""
    text = tracked.text
    lines = lines_of(text, block)
    at = lines[2][0]
    key_start, key_end = lines[0]
    tracked.replace(at, 0, "\n\n")
    tracked.copy(key_start, key_end - key_start, at + 1)
    tracked.replace(at + 1 + key_end - key_start, 0, marker)


def block_deleted(tracked: TrackedText, block: Span) -> None:
    """A block and the blank line before it cut."""
    start, end = block
    assert tracked.text[start - 2 : start] == "\n\n"
    tracked.replace(start - 2, end - start + 2, "")


def block_duplicated(tracked: TrackedText, block: Span, *, before: bool) -> Span:
    """A pasted copy of a block (a decoy) put before or after it; where the original now
    stands."""
    start, end = block
    length = end - start
    if before:
        tracked.copy(start, length, start)
        tracked.replace(start + length, 0, "\n\n")
        return start + length + 2, end + length + 2
    tracked.replace(end, 0, "\n\n")
    tracked.copy(start, length, end + 2)
    return block


def bumped(digit: str) -> str:
    """A digit one up (9 down to 8), in its own script ("4" → "5", "٤" → "٥")."""
    value = unicodedata.digit(digit)
    return chr(ord(digit) - value + (value + 1 if value < 9 else 8))


def block_amended(tracked: TrackedText, block: Span) -> None:
    """The last digit of the first figure of a block's detail lines (else of its key line)
    corrected one up, in its own script."""
    text = tracked.text
    key_end = key_line(text, block)[1]
    figure = FIGURE.search(text, key_end, block[1]) or FIGURE.search(text, block[0], key_end)
    if figure is not None:
        tracked.replace(figure.end() - 1, 1, bumped(text[figure.end() - 1]))


def typed_twin(text: str, block: Span, number: int) -> str:
    """A new block typed after the model of ``block``: its label numbered ``number`` and its
    first figure after the label one up."""
    words = text[slice(*block)]
    label = LABEL.match(words)
    assert label is not None
    words = words[: label.start(2)] + str(number) + words[label.end(2) :]
    figure = FIGURE.search(words, label.start(2) + len(str(number)))
    if figure is not None:
        words = words[: figure.end() - 1] + bumped(words[figure.end() - 1]) + words[figure.end() :]
    return words


def inserted_and_renumbered(tracked: TrackedText, before: Span) -> None:
    """A new block typed in front of ``before`` taking its number, and every later label of
    the same count one up; when the labels run through the whole text, every reference
    ("claim 3", "see no. 214") to a renumbered block one up too."""
    text = tracked.text
    label = LABEL.match(text, before[0])
    assert label is not None
    number = int(label[2])
    numbers = [
        int(m[2]) for b in blocks(text) if (m := LABEL.match(text, b[0])) and m[1] == label[1]
    ]
    global_count = all(a < b for a, b in pairwise(numbers))
    new = typed_twin(text, before, number) + "\n\n"
    tracked.replace(before[0], 0, new)
    text = tracked.text
    counted = [m for b in blocks(text) if (m := LABEL.match(text, b[0])) and m[1] == label[1]]
    changes: list[tuple[int, int, int]] = []
    previous = number
    for match in counted:
        if match.start() <= before[0]:
            continue
        if int(match[2]) < previous:
            break
        previous = int(match[2])
        changes.append((match.start(2), match.end(2), previous + 1))
    if global_count:
        word = label[1].lower()
        for ref in REFERENCE.finditer(text):
            if ref[1] == word and int(ref[2]) >= number:
                changes.append((ref.start(2), ref.end(2), int(ref[2]) + 1))
    for start, end, value in sorted(changes, reverse=True):
        tracked.replace(start, end - start, str(value))
