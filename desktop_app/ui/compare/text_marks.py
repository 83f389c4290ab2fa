"""What compare mode marks in the text itself: shared quotes and the words a near copy changes.

A span decoration (``reading.decorations``) of one compared pane. A quotation found in
both articles gets a thin solid underline in the shared-quote colour; in a near copy, the
words the other article words differently get a dotted underline in the near-copy colour.
Underlines, never backgrounds: backgrounds are the tags' (and merge with them), so the two
never read alike. Hovering a mark says what it means.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QTextCharFormat

from desktop_app.core.compare_look import mark_colour

if TYPE_CHECKING:
    from desktop_app.core.compare import Comparison, Side
    from desktop_app.core.themes import Theme

QUOTED_EXACT = "Quoted in the other article too, word for word."
QUOTED_REWORDED = "Quoted in the other article too, with different wording."
WORDED_DIFFERENTLY = "Near copy: the other article words this differently."


class _Mark(NamedTuple):
    start: int
    end: int
    kind: str  # "quote" or "differs"
    exact: bool


class _Index:
    """Marks sorted by start, found by bisection (they may overlap each other)."""

    def __init__(self, marks: list[_Mark]) -> None:
        self.marks = sorted(marks)
        self.starts = [mark.start for mark in self.marks]
        self.longest = max((mark.end - mark.start for mark in self.marks), default=0)

    def over(self, start: int, end: int) -> Iterator[_Mark]:
        """The marks meeting ``[start, end)`` (a point when ``start == end``)."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, max(end, start + 1))
        for mark in self.marks[first:last]:
            if mark.end > start:
                yield mark


class CompareTextMarks:
    """Shared quotes and near-copy differences over one pane's text."""

    def __init__(self, side: Side, theme: Callable[[], Theme]) -> None:
        self.side = side
        self._theme = theme
        self._quotes = _Index([])
        self._differs = _Index([])
        self._formats: dict[tuple[str, Theme], QTextCharFormat] = {}

    def show(self, comparison: Comparison | None) -> list[tuple[int, int]]:
        """Mark what ``comparison`` finds on this side (None: nothing); returns the canonical
        ranges whose marks came, went or changed (what the pane must repaint), in order."""
        from desktop_app.core.compare_marks import near_copy_differences

        quotes: list[_Mark] = []
        differs: list[_Mark] = []
        if comparison is not None:
            for quote in comparison.shared_quotes:
                span = quote.a if self.side == "a" else quote.b
                quotes.append(_Mark(span.start, span.end, "quote", quote.exact))
            for pair in comparison.pairs:
                if pair.relation == "near_copy":
                    runs = near_copy_differences(pair)[0 if self.side == "a" else 1]
                    differs.extend(_Mark(s, e, "differs", False) for s, e in runs)
        before = {*self._quotes.marks, *self._differs.marks}
        self._quotes = _Index(quotes)
        self._differs = _Index(differs)
        return _merged_ranges(before.symmetric_difference((*quotes, *differs)))

    def marks(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of the marks meeting canonical ``[start, end)``."""
        found = [*self._quotes.over(start, end), *self._differs.over(start, end)]
        return [(mark.start, mark.end, mark.kind) for mark in found]

    def _format(self, kind: str) -> QTextCharFormat:
        theme = self._theme()
        key = (kind, theme)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if kind == "quote":
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(mark_colour("shared_quote", theme)))
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(mark_colour("near_copy", theme)))
            self._formats[key] = fmt
        return fmt

    def formats(self, start: int, end: int) -> Iterator[tuple[int, int, QTextCharFormat]]:
        """Quote underlines, then dotted differences (laid last: a changed word in a
        quotation shows as changed)."""
        for index in (self._quotes, self._differs):
            for mark in index.over(start, end):
                left, right = max(start, mark.start), min(end, mark.end)
                if right > left:
                    yield left, right, self._format(mark.kind)

    def describe(self, offset: int) -> str | None:
        """What the marks over ``offset`` mean."""
        said = []
        for mark in self._quotes.over(offset, offset):
            said.append(QUOTED_EXACT if mark.exact else QUOTED_REWORDED)
            break
        if next(self._differs.over(offset, offset), None) is not None:
            said.append(WORDED_DIFFERENTLY)
        return " ".join(said) or None


def _merged_ranges(marks: Iterable[_Mark]) -> list[tuple[int, int]]:
    """The ranges of ``marks``, sorted, those that overlap or touch merged into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((mark.start, mark.end) for mark in marks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
