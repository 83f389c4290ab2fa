"""Span decorations that meet are merged, not overwritten: each piece gets every format
over it, in the order the decorations were added."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QFont, QTextCharFormat

from desktop_app.ui.reading.highlighter import merged_formats


def background(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colour))
    return fmt


def underline(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(colour))
    return fmt


def test_an_underline_over_part_of_a_background_splits_it_and_keeps_both() -> None:
    pieces = merged_formats([(0, 10, background("#ffee00")), (4, 14, underline("#aa00aa"))], None)
    assert [(left, right) for left, right, _ in pieces] == [(0, 4), (4, 10), (10, 14)]
    first, middle, last = (fmt for _, _, fmt in pieces)
    assert first.background().color() == QColor("#ffee00")
    assert first.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    assert middle.background().color() == QColor("#ffee00")
    assert middle.underlineColor() == QColor("#aa00aa")
    assert last.underlineColor() == QColor("#aa00aa")
    assert last.background().style().name == "NoBrush"


def test_the_role_format_stays_under_every_piece() -> None:
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    pieces = merged_formats([(2, 5, background("#00ff00"))], heading)
    ((left, right, fmt),) = pieces
    assert (left, right) == (2, 5)
    assert fmt.fontWeight() == QFont.Weight.Bold
    assert fmt.background().color() == QColor("#00ff00")


def test_the_later_decoration_wins_what_both_set() -> None:
    pieces = merged_formats([(0, 6, underline("#111111")), (0, 6, underline("#222222"))], None)
    assert [fmt.underlineColor() for _, _, fmt in pieces] == [QColor("#222222")]


spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 20), st.sampled_from(["#ff0000", "#0000ff"])),
    max_size=6,
)


@given(spans)
def test_pieces_cover_exactly_what_was_laid_without_overlapping(
    laid: list[tuple[int, int, str]],
) -> None:
    ranges = [(start, start + length, background(colour)) for start, length, colour in laid]
    pieces = merged_formats(ranges, None)
    covered = {i for left, right, _ in pieces for i in range(left, right)}
    assert covered == {i for left, right, _ in ranges for i in range(left, right)}
    edges = sorted((left, right) for left, right, _ in pieces)
    assert all(a[1] <= b[0] for a, b in pairwise(edges))
    for left, right, fmt in pieces:
        # The colour shown is that of the last range laid over the piece.
        last = [f for l0, r0, f in ranges if l0 < right and r0 > left][-1]
        assert fmt.background().color() == last.background().color()
