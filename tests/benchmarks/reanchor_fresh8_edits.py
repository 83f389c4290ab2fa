"""Operations the eighth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a mail client, a drafter, a plain-language editor, a data
protection officer, an exporter or a site generator would, so the truth of every passage
is known.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh6_edits import delete_paragraph
from tests.benchmarks.reanchor_fresh7_places import Span
from tests.benchmarks.reanchor_fresh8_kit import (
    DECIMAL,
    EMOJI,
    MEASURE,
    PLAIN,
    ROLE,
    ROLE_CAPITAL,
    ROLES,
    ROMAN_OF,
    UNITS,
)
from tests.storage.edit_simulation import TrackedText

LETTERS = "abcdefghij"
REDACTED = "[REDACTED]"
BLOCK = "█"

# -- running blocks ------------------------------------------------------------------------------


def keep_last(tracked: TrackedText, group: list[Span], *, to_end: bool) -> None:
    """Every occurrence of a running block but the last deleted with its blank line; with
    ``to_end``, the last one then moved to the end of the text with the blank line before
    it (as a mail client shows one signature under the whole thread)."""
    for span in reversed(group[:-1]):
        delete_paragraph(tracked, span)
    if not to_end:
        return
    removed = sum(end + 2 - start for start, end in group[:-1])
    start, end = group[-1][0] - removed, group[-1][1] - removed
    last_end = _paragraphs(tracked.text)[-1][1]
    if end == last_end:
        return
    tracked.move(start - 2, end + 2 - start, last_end - (end + 2 - start))


def delete_first(tracked: TrackedText, group: list[Span]) -> None:
    """The first occurrence of a running block deleted with its blank line."""
    delete_paragraph(tracked, group[0])


# -- numbering and roles -------------------------------------------------------------------------


def reletter(tracked: TrackedText, numbers: list[Span]) -> None:
    """Sub-clause numbers lettered: "4.2" becomes "4(b)"."""
    for start, end in reversed(numbers):
        number = tracked.text[start:end]
        dot = number.index(".")
        tracked.replace(start + dot, end - start - dot, f"({LETTERS[int(number[dot + 1 :]) - 1]})")


def name_roles(tracked: TrackedText, chosen: set[str], *, capitals: bool) -> None:
    """ "the Supplier" (with ``capitals``, "The Supplier" too) replaced by its name, for the
    roles in ``chosen``."""
    pattern = ROLE_CAPITAL if capitals else ROLE
    for match in reversed(list(pattern.finditer(tracked.text))):
        if match[1] not in chosen:
            continue
        name = ROLES[match[1]]
        if match[0][0] == "T":
            name = name[0].upper() + name[1:]
        tracked.replace(match.start(), len(match[0]), name)


# -- units and figures ---------------------------------------------------------------------------


def spell_units(tracked: TrackedText, chosen: set[str], *, plus_minus: bool) -> None:
    """Unit symbols in ``chosen`` spelled out ("25 km" → "25 kilometres"); with
    ``plus_minus``, "±" written "+/-" too."""
    for match in reversed(list(MEASURE.finditer(tracked.text))):
        if match[3] in chosen:
            tracked.replace(match.start(3), len(match[3]), UNITS[match[3]])
    if plus_minus:
        for at in reversed([i for i, c in enumerate(tracked.chars) if c == "±"]):
            tracked.replace(at, 1, "+/-")


def round_figures(tracked: TrackedText, span: Span, *, places: int) -> None:
    """Decimal figures of ``span`` with more than ``places`` decimals rounded half up to
    ``places`` ("2.45 mg" → "2.5 mg"; to none: "2.5 mg" → "3 mg")."""
    for match in reversed(list(DECIMAL.finditer(tracked.text, *span))):
        figure = match[1]
        if len(figure.split(".")[1]) <= places:
            continue
        step = Decimal(1).scaleb(-places)
        rounded = str(Decimal(figure).quantize(step, rounding=ROUND_HALF_UP))
        tracked.replace(match.start(1), len(figure), rounded)


# -- personal data -------------------------------------------------------------------------------


def redact(tracked: TrackedText, spans: list[Span]) -> None:
    """Each span replaced by "[REDACTED]"."""
    for start, end in reversed(spans):
        tracked.replace(start, end - start, REDACTED)


def black_out(tracked: TrackedText, spans: list[Span]) -> None:
    """Each span blacked out, a block for every character but spaces and line breaks."""
    for start, end in reversed(spans):
        for at in reversed(range(start, end)):
            if not tracked.chars[at].isspace() and tracked.chars[at] != BLOCK:
                tracked.replace(at, 1, BLOCK)


def merged(spans: list[Span]) -> list[Span]:
    """``spans`` sorted, those that overlap made one."""
    found: list[Span] = []
    for start, end in sorted(spans):
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], max(end, found[-1][1]))
        else:
            found.append((start, end))
    return found


# -- plain-text export ---------------------------------------------------------------------------


def plain_export(tracked: TrackedText, marks: set[str], *, emoji: bool) -> None:
    """Each character in ``marks`` written as plain ASCII ("…" → "...", non-breaking space
    → space, zero-width joiners dropped, full-width commas → ","); with ``emoji``, emoji
    removed (and a space before one)."""
    if emoji:
        for match in reversed(list(EMOJI.finditer(tracked.text))):
            start = match.start()
            if start > 0 and tracked.chars[start - 1] == " ":
                start -= 1
            tracked.replace(start, match.end() - start, "")
    for at in reversed(range(len(tracked.chars))):
        char = tracked.chars[at]
        if char in marks and PLAIN[char] != char:
            tracked.replace(at, 1, PLAIN[char])


# -- logs ----------------------------------------------------------------------------------------


def reverse_log(tracked: TrackedText, entries: list[Span]) -> None:
    """Consecutive paragraphs put in the reverse order (a log sorted the other way): each
    entry in turn, with its blank line, cut from the front and pasted before those
    already moved (the last entry is followed by a blank line, as it is not the text's
    last paragraph)."""
    start = entries[0][0]
    end = entries[-1][1] + 2
    moved = 0
    for first, last in entries[:-1]:
        length = last + 2 - first
        tracked.move(start, length, end - moved - length)
        moved += length


def swap_entries(tracked: TrackedText, first: Span, second: Span) -> None:
    """Two adjacent paragraphs swapped (the first, with its blank line, pasted after the
    second's)."""
    length = first[1] + 2 - first[0]
    tracked.move(first[0], length, second[1] + 2 - length)


# -- scripts, contents, asides -------------------------------------------------------------------


def romanise(tracked: TrackedText, span: Span) -> None:
    """A Chinese, Hindi or Thai passage replaced by its romanisation."""
    tracked.replace(span[0], span[1] - span[0], ROMAN_OF[tracked.text[span[0] : span[1]]])


def add_contents(
    tracked: TrackedText, headings: list[Span], *, back_links: bool, numbered: bool
) -> None:
    """A contents list after the byline: "Contents" and a pasted copy of every heading, a
    line each; with ``back_links``, a "Back to contents" paragraph closing every section
    but the last; with ``numbered``, the headings numbered ("3. Side effects") in the
    list and in the text."""
    at = _paragraphs(tracked.text)[1][1] + 2
    tracked.replace(at, 0, "Contents\n")
    shift = len("Contents\n")
    at += shift
    lines = []
    for start, end in headings:
        tracked.copy(start + shift, end - start, at)
        lines.append(at)
        at += end - start
        shift += end - start
        tracked.replace(at, 0, "\n")
        at += 1
        shift += 1
    tracked.replace(at, 0, "\n")
    shift += 1
    if back_links:
        for start, _ in reversed(headings[1:]):
            tracked.replace(start + shift, 0, "Back to contents\n\n")
    if numbered:
        where = [start + shift for start, _ in headings]
        if back_links:
            where = [s + len("Back to contents\n\n") * i for i, s in enumerate(where)]
        for number, place in reversed(list(enumerate([*lines, *where]))):
            tracked.replace(place, 0, f"{number % len(headings) + 1}. ")


def cut_asides(tracked: TrackedText, spans: list[Span]) -> None:
    """Each aside deleted, with the space after it when it opens a line (an aside inside
    one already deleted goes with it)."""
    outer: list[Span] = []
    for span in sorted(spans):
        if outer and span[0] < outer[-1][1]:
            continue
        outer.append(span)
    for start, end in reversed(outer):
        text = tracked.text
        if text[start] not in " （" and text[end : end + 1] == " ":
            end += 1
        tracked.replace(start, end - start, "")
