"""Operations the twenty-second-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a re-run tool or the person cleaning its output would, moving
text with :meth:`TrackedText.move` so that moved passages keep their origin.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh22_kit import THAI, Span, wrap
from tests.benchmarks.reanchor_fresh22_more_texts import THAI_DIGITS
from tests.storage.edit_simulation import TrackedText

#: The last number of a line (ASCII or Thai digits).
LAST_NUMBER = re.compile(r"[0-9๐-๙]+(?=[^0-9๐-๙]*$)")


def unwrapped(tracked: TrackedText, run: Span) -> int:
    """The line breaks of a wrapped run undone: a line-end hyphen inside a word and its break
    dropped ("govern-\\nment"), a break between Thai letters dropped, any other break made a
    space; returns where the run now ends."""
    start, end = run
    text = tracked.text
    for match in reversed(list(re.finditer("\n", text[start:end]))):
        at = start + match.start()
        before, after = text[at - 1], text[at + 1]
        if before == "-" and text[at - 2].isalpha() and after.islower():
            tracked.replace(at - 1, 2, "")
            end -= 2
        elif THAI.match(before) and THAI.match(after):
            tracked.replace(at, 1, "")
            end -= 1
        else:
            tracked.replace(at, 1, " ")
    return end


def rewrapped(tracked: TrackedText, run: Span, rng: random.Random, width: int) -> None:
    """A run of wrapped lines joined and wrapped again at ``width``, long words hyphenated
    at the new line ends; only the breaks are typed."""
    start = run[0]
    end = unwrapped(tracked, run)
    words = tracked.text[start:end]
    new = wrap(rng, words, width, 0.4)
    edits: list[tuple[int, int, str]] = []  # (at, deleted, typed), in order
    i = j = 0
    while j < len(new):
        if i < len(words) and words[i] == new[j]:
            i, j = i + 1, j + 1
        elif i < len(words) and words[i] == " " and new[j] == "\n":
            edits.append((i, 1, "\n"))
            i, j = i + 1, j + 1
        else:
            typed = "-\n" if new.startswith("-\n", j) else "\n"
            edits.append((i, 0, typed))
            j += len(typed)
    assert i == len(words), (words, new)
    for at, deleted, typed in reversed(edits):
        tracked.replace(start + at, deleted, typed)


def quoted_on_top(tracked: TrackedText, lines: list[Span | None], intro: str) -> None:
    """A typed ``intro`` paragraph put on top, then a copy of each line with a typed "> "
    before it (a typed ">" line for each ``None``, a gap between paragraphs), as a reply
    that quotes what stood below."""
    tracked.replace(0, 0, intro + "\n\n")
    at = len(intro) + 2
    for line in lines:
        if line is None:
            tracked.replace(at, 0, ">\n")
            at += 2
            continue
        start, end = line[0] + at, line[1] + at
        tracked.replace(at, 0, "> ")
        tracked.copy(start + 2, end - start, at + 2)
        tracked.replace(at + 2 + end - start, 0, "\n")
        at += 2 + end - start + 1
    tracked.replace(at, 0, "\n")


def paragraph_moved(tracked: TrackedText, paragraph: Span, after: int) -> None:
    """A paragraph cut with the blank line before it and pasted after the paragraph that
    ends at ``after`` (an offset before the cut)."""
    start, end = paragraph
    length = end - start + 2
    target = after - length if after > start else after
    tracked.move(start - 2, length, target)


def number_stepped(tracked: TrackedText, line: Span) -> None:
    """A line's last number one up ("— 4 —" → "— 5 —", "หน้า ๓" → "หน้า ๔")."""
    match = LAST_NUMBER.search(tracked.text, *line)
    assert match is not None
    thai = match[0][0] in THAI_DIGITS
    value = int("".join(str(THAI_DIGITS.index(d)) if thai else d for d in match[0])) + 1
    digits = "".join(THAI_DIGITS[int(d)] for d in str(value)) if thai else str(value)
    tracked.replace(match.start(), len(match[0]), digits.zfill(len(match[0])))


def copied_after(tracked: TrackedText, line: Span, after: int) -> None:
    """A copy of ``line`` pasted as a paragraph of its own after the paragraph ending at
    ``after`` (later in the text than the line)."""
    start, end = line
    tracked.replace(after, 0, "\n\n")
    tracked.copy(start, end - start, after + 2)


def quoted_lines(text: str, paragraphs: list[Span]) -> list[Span | None]:
    """The lines of ``paragraphs``, a ``None`` between two paragraphs (a quoted gap)."""
    found: list[Span | None] = []
    for paragraph in paragraphs:
        if found:
            found.append(None)
        found.extend(lines_in(text, *paragraph))
    return found
