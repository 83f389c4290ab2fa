"""Reading layout of a plain text, and the map between canonical and display offsets.

A pane shows an article in a ``QPlainTextEdit``, which knows nothing of paragraph spacing.
So the display text is the canonical text with one empty *spacer* line between adjacent
paragraphs; the spacer and any blank line are later set in a tiny font, which gives a
half-line gap. Each display line has a role (heading, byline, list item, paragraph…) that
the pane's highlighter turns into type. Display positions differ from canonical code
points by the spacers and by UTF-16 (each astral character takes two units in Qt);
:class:`OffsetMap` converts both ways. Everything here is pure Python and testable alone.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from enum import IntEnum

import msgspec
import regex


class Role(IntEnum):
    """What a display line is; stored as the Qt block's user state."""

    PARAGRAPH = 0
    HEADING = 1
    BYLINE = 2
    LIST_ITEM = 3
    BLANK = 4  # an empty line of the canonical text
    SPACER = 5  # an empty line added for display only


_FRAME_MARKERS = {0xFDD0: 0xFFFD, 0xFDD1: 0xFFFD}
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LIST_ITEM = re.compile(r"^[\s\u00a0]*(?:[•◦▪‣∙·*\-–—]\s|\d{1,3}[.)]\s)")
_BYLINE = re.compile(r"^(?:by|edited by|written by|reporting by|photo(?:graph)? by)\b", re.I)
#: A full stop, "!", "?" or "…" closing a line, before any closing quote or bracket.
_FULL_STOP_END = re.compile(r"[.!?…][\"”’)\]»]*$")
#: A word in lower case after the opening "by" ("By then …", "By the time …").
_LOWER_WORD = re.compile(r"\s([a-z]{2,})\b")
#: Lower-case words a byline itself uses between names and titles ("By Jane Doe and Tom Lee
#: in Kyiv.", "By Helen Marsh, with additional reporting by Tom Lee."): no sign of a sentence.
# fmt: off
_BYLINE_WORDS = frozenset({
    "and", "in", "with", "of", "for", "at", "the", "de", "van", "von", "der", "da", "del",
    "la", "le", "additional", "reporting", "by", "our", "staff", "correspondent", "reporter",
    "editor", "writer",
})
# fmt: on
#: Lower-case words besides ``_BYLINE_WORDS`` that make a "By …" line ending in a full stop
#: a sentence.
_SENTENCE_LOWER_WORDS = 2
_HEADING_MAX_CHARS = 90
#: A date closing a line, with any clock time after it: "14 August 2026", "Nov. 3, 2025",
#: "2026-08-14", "14.08.2026", "3 березня 2025 о 14:32" (a month's name in any script).
_DATE_AT_END = regex.compile(
    r"(?:\d{1,2}\.?\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:[,\s]+(?:\w{1,3}\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\w{2,4})?)?\W*$",
    regex.IGNORECASE,
)
_HEADING_MAX_WORDS = 14
_SENTENCE_END = tuple('.,;:!…"”’)]»')
#: Marks Unicode gives the Sentence_Terminal property, in every script ("।", "։", "።", "۔").
_TERMINAL = regex.compile(r"\p{Sentence_Terminal}")


def _ends_sentence(stripped: str) -> bool:
    """Whether a line ends as a sentence does: in ``_SENTENCE_END`` or in a sentence
    terminal of any script that is no question mark (a question may head a section)."""
    if stripped.endswith(_SENTENCE_END):
        return True
    last = stripped[-1:]
    return bool(_TERMINAL.match(last)) and "QUESTION" not in unicodedata.name(last, "")


def classify_lines(lines: list[str]) -> list[Role]:
    """Give each canonical line a role, from its shape and its neighbours'."""
    roles: list[Role] = []
    count = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            roles.append(Role.BLANK)
        elif _LIST_ITEM.match(line):
            roles.append(Role.LIST_ITEM)
        elif _is_byline(stripped):
            roles.append(Role.BYLINE)
        elif (i == 0 and _looks_like_title(stripped) and count > 1) or _looks_like_heading(
            stripped, _next_text_line(lines, i + 1, count)
        ):
            roles.append(Role.HEADING)
        else:
            roles.append(Role.PARAGRAPH)
    _set_datelines(lines, roles)
    return roles


def _set_datelines(lines: list[str], roles: list[Role]) -> None:
    """Give the byline's role to a heading that ends in a date (``_DATE_AT_END``) and stands
    after the first line with text, before the first paragraph: a dateline ("Press release,
    Tremarrow Town Council, 14 August 2026", "Updated 3 March 2025, 14:32 GMT") is set as a
    byline is, not as a heading; the headline itself stays a heading, blank lines above it or
    not."""
    seen_text = False
    for i, role in enumerate(roles):
        if role == Role.PARAGRAPH:
            return
        if seen_text and role == Role.HEADING and _DATE_AT_END.search(lines[i].strip()):
            roles[i] = Role.BYLINE
        seen_text = seen_text or role != Role.BLANK


def _is_byline(stripped: str) -> bool:
    """A short line opening "By …" that names a writer; one that ends with a full stop and
    has ``_SENTENCE_LOWER_WORDS`` words in lower case that no byline uses is a sentence ("By
    then some three thousand jellyfish lay along the tideline.", "By Sunday night, more than
    4,000 birds were still missing.")."""
    opening = _BYLINE.match(stripped)
    if opening is None or len(stripped) > _HEADING_MAX_CHARS:
        return False
    rest = stripped[opening.end() :]
    if not _FULL_STOP_END.search(rest):
        return True
    lower = [word for word in _LOWER_WORD.findall(rest) if word not in _BYLINE_WORDS]
    return len(lower) < _SENTENCE_LOWER_WORDS


def _next_text_line(lines: list[str], start: int, count: int) -> str | None:
    for j in range(start, count):
        if lines[j].strip():
            return lines[j]
    return None


def _first_letter_or_digit(stripped: str) -> str:
    """The first letter or digit of a line, after any opening quote or bracket ("" if none)."""
    return next((char for char in stripped if char.isalnum()), "")


def _opens_as_a_title_does(stripped: str) -> bool:
    """Whether a first line opens as a headline: with a capital, a figure or a letter of a
    script without case, after any opening quote ("\"They took the bees\": keepers count
    the cost", "«Плотина выдержит»", "40 hives stolen", "暴雨过后", "عودة المياه")."""
    first = _first_letter_or_digit(stripped)
    return bool(first) and not first.islower()


def _looks_like_title(stripped: str) -> bool:
    # The first line of a saved article is often its headline, over a byline or dateline.
    return (
        len(stripped) <= 140 and _opens_as_a_title_does(stripped) and not _ends_sentence(stripped)
    )


def _looks_like_heading(stripped: str, following: str | None) -> bool:
    if following is None or len(stripped) > _HEADING_MAX_CHARS:
        return False
    # A capital, after any opening quote ("'We were told they were safe'"): in a script
    # without case, or without sentence marks (Thai), a short line is as often a sentence.
    if len(stripped.split()) > _HEADING_MAX_WORDS or not _first_letter_or_digit(stripped).isupper():
        return False
    if _LIST_ITEM.match(following):
        return not _ends_sentence(stripped)
    following = following.strip()
    # A heading introduces a body: the text after it is markedly longer. A question is a
    # heading only under that condition too ("Are Kazaks celebrating?" over a paragraph).
    if len(following) < max(2 * len(stripped), 120):
        return False
    return not _ends_sentence(stripped)


class DisplayPlan(msgspec.Struct, frozen=True):
    """The display text of an article, the role of each display line, and the offset map."""

    text: str
    roles: tuple[Role, ...]
    offsets: OffsetMap


def plan_display(canonical: str) -> DisplayPlan:
    """Lay out ``canonical`` for reading: roles per line, spacers between paragraphs."""
    lines = canonical.split("\n")
    line_roles = classify_lines(lines)
    pieces: list[str] = []
    roles: list[Role] = []
    spacer_at: list[int] = []  # canonical offsets before which a spacer line is shown
    offset = 0
    previous: Role | None = None
    for line, role in zip(lines, line_roles, strict=True):
        if previous is not None:
            pieces.append("\n")
            joined_list = previous == role == Role.LIST_ITEM
            if previous not in (Role.BLANK,) and role != Role.BLANK and not joined_list:
                pieces.append("\n")
                roles.append(Role.SPACER)
                spacer_at.append(offset)
        pieces.append(line)
        roles.append(role)
        offset += len(line) + 1
        previous = role
    # Qt takes U+FDD0/U+FDD1 for frame markers and breaks blocks there: show them as U+FFFD
    # (same length, so offsets are unchanged).
    text = "".join(pieces).translate(_FRAME_MARKERS)
    return DisplayPlan(text, tuple(roles), OffsetMap(canonical, spacer_at))


class OffsetMap:
    """Converts canonical code-point offsets to display UTF-16 positions and back.

    Every display unit that has no canonical code point of its own (the low surrogate of
    an astral character, an inserted spacer line) is a *gap*. With gaps sorted, a
    canonical offset maps by counting the gaps before it, in O(log n).
    """

    __slots__ = ("_gaps", "_thresholds", "length")

    def __init__(self, canonical: str, spacer_at: list[int] | None = None) -> None:
        # A threshold t: canonical offsets >= t are shifted by one more display unit.
        thresholds = [m.start() + 1 for m in _ASTRAL.finditer(canonical)]
        if spacer_at:
            thresholds = sorted(thresholds + spacer_at) if thresholds else list(spacer_at)
        self._thresholds = thresholds
        # The display position of each gap unit (strictly increasing).
        self._gaps = [t + k for k, t in enumerate(thresholds)]
        self.length = len(canonical)

    def to_display(self, offset: int) -> int:
        """Display (UTF-16) position of canonical offset ``offset``."""
        return offset + bisect_right(self._thresholds, offset)

    def to_canonical(self, position: int, *, forward: bool = False) -> int:
        """Canonical offset of display ``position``.

        A position inside a gap (between the halves of a surrogate pair, on a spacer line)
        snaps back to the character before it, or forward past it with ``forward=True``.
        """
        n = bisect_right(self._gaps, position)
        if n and self._gaps[n - 1] == position:
            threshold = self._thresholds[n - 1]
            offset = threshold if forward else threshold - 1
        else:
            offset = position - n
        return max(0, min(offset, self.length))

    @property
    def display_length(self) -> int:
        """Length of the display text in UTF-16 units."""
        return self.to_display(self.length)
