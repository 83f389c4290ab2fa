"""Operations the tenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a copy editor, a romanisation table, an unpointed edition, a
translator, a brand voice pass, a mail client, a newspaper's make-up, a reviewer's
tracked changes, a web list view, a social media repost or a style sheet would, so the
truth of every passage is known.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh7_places import Span
from tests.benchmarks.reanchor_fresh9_edits import chunks
from tests.storage.edit_simulation import TrackedText

QUOTE = "> "


def clause_to_end(tracked: TrackedText, sentence: Span, comma: int) -> None:
    """A sentence that opens with a clause turned round: "If it rains, take the bus." →
    "Take the bus if it rains." (the main clause moved to the front)."""
    start, end = sentence
    text = tracked.text
    assert text[comma : comma + 2] == ", "
    assert text[end - 1] == "."
    main = end - 1 - (comma + 2)
    clause = comma - start
    tracked.move(comma + 2, main, start)
    tracked.replace(start + main + clause, 2, "")
    tracked.replace(start + main, 0, " ")
    tracked.replace(start + main + 1, 1, tracked.chars[start + main + 1].lower())
    tracked.replace(start, 1, tracked.chars[start].upper())


def swap_gloss(tracked: TrackedText, original: Span, gloss: Span) -> None:
    """ "original (gloss)" made "gloss (original)" (the gloss moved to the front)."""
    text = tracked.text
    assert text[original[1] : gloss[0]] == " ("
    assert text[gloss[1]] == ")"
    length = gloss[1] - gloss[0]
    tracked.move(gloss[0], length, original[0])
    after = original[0] + length + original[1] - original[0]
    tracked.replace(after, 2, "")
    tracked.replace(original[0] + length, 0, " (")


def strip_marks(tracked: TrackedText, span: Span, marks: re.Pattern[str]) -> None:
    """Every mark of ``marks`` inside ``span`` dropped."""
    for match in reversed(list(marks.finditer(tracked.text, *span))):
        tracked.replace(match.start(), len(match[0]), "")


def replace_all(tracked: TrackedText, edits: list[tuple[int, int, str]]) -> None:
    """Each ``(start, end, new)`` (none overlapping) made ``new``."""
    for start, end, new in sorted(edits, reverse=True):
        tracked.replace(start, end - start, new)


def quote_reply(
    tracked: TrackedText,
    opening: str,
    replies: dict[int, str],
    width: int | None,
) -> None:
    """The text quoted in an e-mail reply: with ``width``, paragraphs of one line hard
    wrapped first; each paragraph whose index is a key of ``replies`` followed by that
    reply; every other line prefixed "> " (a blank line between quoted lines ">"); and
    ``opening`` on top."""
    if width is not None:
        text = tracked.text
        breaks = [
            at
            for start, end in _paragraphs(text)
            if "\n" not in text[start:end]
            for at in chunks(text, (start, end), width)
        ]
        for at in sorted(breaks, reverse=True):
            tracked.replace(at, 1, "\n")
    paragraphs = _paragraphs(tracked.text)
    for index in sorted(replies, reverse=True):
        tracked.replace(paragraphs[index][1], 0, f"\n\n{replies[index]}")
    text = tracked.text
    quoted = set(replies.values())
    rows = text[:-1].split("\n")
    starts, at = [], 0
    for row in rows:
        starts.append(at)
        at += len(row) + 1
    for index in reversed(range(len(rows))):
        row = rows[index]
        if row in quoted:
            continue
        if row:
            tracked.replace(starts[index], 0, QUOTE)
        elif (
            0 < index < len(rows) - 1
            and rows[index - 1] not in quoted
            and rows[index + 1] not in quoted
        ):
            tracked.replace(starts[index], 0, QUOTE.strip())
    tracked.replace(0, 0, opening + "\n\n")


def jump(
    tracked: TrackedText, cut: int, section_end: int, tails: int, page: int, from_line: str
) -> int:
    """A story jumping to a later page: the rest of a section after the space at ``cut``
    moved to ``tails`` (where the stories continued later on the page begin; the text's
    last line break for the first) under ``from_line``, "(Continued on page N)" left at
    the cut. Returns where this jump's continuation begins (for a jump before it)."""
    assert cut < section_end <= tails
    assert tracked.chars[cut] == " "
    assert tracked.text[section_end : section_end + 2] == "\n\n"
    length = section_end - (cut + 1)
    tracked.move(cut + 1, length, tails - length)
    tracked.replace(tails - length, 0, f"\n\n{from_line}\n\n")
    marker = f" (Continued on page {page})"
    tracked.replace(cut, 1, marker)
    return tails - length + len(marker) - 1


def show_change(tracked: TrackedText, span: Span, kind: str, new: str = "") -> None:
    """A tracked change shown in CriticMarkup: a substitution "{~~old~>new~~}", a deletion
    "{--old--}", an insertion "{++new++} " before ``span`` or a comment "{>>new<<}" after
    it (the old words stay where they were)."""
    start, end = span
    if kind == "sub":
        tracked.replace(end, 0, f"~>{new}~~}}")
        tracked.replace(start, 0, "{~~")
    elif kind == "del":
        tracked.replace(end, 0, "--}")
        tracked.replace(start, 0, "{--")
    elif kind == "ins":
        tracked.replace(start, 0, f"{{++{new}++}} ")
    else:
        tracked.replace(end, 0, f"{{>>{new}<<}}")


def collapse_list(tracked: TrackedText, rows: list[Span], kept: int) -> None:
    """A list shown by a web view: its first ``kept`` lines, then "… and N more"."""
    start, end = rows[kept - 1][1], rows[-1][1]
    tracked.replace(start, end - start, "")
    tracked.replace(start, 0, f"\n… and {len(rows) - kept} more")  # typed, sharing nothing


def hashtag(tracked: TrackedText, span: Span, mark: str) -> None:
    """A name made a hashtag or a handle: "Nuwara Eliya" → "#NuwaraEliya" (spaces and
    hyphens dropped, ``mark`` in front)."""
    start, end = span
    for at in reversed(range(start, end)):
        if tracked.chars[at] in " -":
            tracked.replace(at, 1, "")
    tracked.replace(start, 0, mark)


def wrap(tracked: TrackedText, span: Span, opener: str, closer: str) -> None:
    """``span`` put between ``opener`` and ``closer`` ("*Swan Lake*")."""
    tracked.replace(span[1], 0, closer)
    tracked.replace(span[0], 0, opener)
