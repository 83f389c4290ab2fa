"""What compare mode paints in the text: shared quotes underlined in both panes, the words a
near copy changes dotted, hover text for both; checked in the painted pixels."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from pytestqt.qtbot import QtBot

from desktop_app.core.compare import Comparison, SharedQuote, Span
from desktop_app.core.compare_look import mark_colour
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.themes import LIGHT
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.compare.text_marks import (
    QUOTED_EXACT,
    QUOTED_REWORDED,
    WORDED_DIFFERENTLY,
    CompareTextMarks,
)
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import BACKGROUND_WORK_MS, canonical_span, point_of

DATA = Path(__file__).parents[1] / "compare_data"


def pair_window(make_window: WindowFactory, name: str) -> MainWindow:
    folder = DATA / name
    a = make_article((folder / "a.txt").read_text(encoding="utf-8"), title="A")
    b = make_article((folder / "b.txt").read_text(encoding="utf-8"), title="B")
    return make_window(new_project([a, b]))


def compared(qtbot: QtBot, window: MainWindow) -> CompareMode:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    return mode


def _close(pixel: QColor, colour: QColor, tolerance: int = 40) -> bool:
    return (
        abs(pixel.red() - colour.red())
        + abs(pixel.green() - colour.green())
        + abs(pixel.blue() - colour.blue())
    ) <= tolerance


def underline_pixels(view: ArticleView, start: int, end: int, colour: str) -> int:
    """Pixels of ``colour`` along the bottom of the line under canonical ``[start, end)``
    (the range on one line), in the painted viewport."""
    view.place_cursor(start)
    view.centerCursor()
    view.viewport().repaint()
    image: QImage = view.viewport().grab().toImage()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.plan.offsets.to_display(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.plan.offsets.to_display(end))
    right = view.cursorRect(cursor)
    assert left.top() == right.top(), "the range must sit on one line"
    wanted = QColor(colour)
    ratio = image.width() / view.viewport().width()
    found = 0
    for x in range(left.left() + 1, right.left() - 1):
        for y in range(left.center().y(), left.bottom() + 3):
            if _close(image.pixelColor(int(x * ratio), int(y * ratio)), wanted):
                found += 1
    return found


def hover(view: ArticleView, offset: int) -> str:
    """What resting the pointer on canonical ``offset`` (scrolled into view) shows."""
    view.place_cursor(offset)
    view.centerCursor()
    return view.hover_html(point_of(view, offset))


def test_a_shared_quote_is_underlined_in_both_panes_and_says_so(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = pair_window(make_window, "strike_talks")
    mode = compared(qtbot, window)
    assert mode.comparison is not None
    exact = next(q for q in mode.comparison.shared_quotes if q.exact)
    reworded = next(q for q in mode.comparison.shared_quotes if not q.exact)
    view_a, view_b = (pane.view for pane in window.reader.panes)
    purple = mark_colour("shared_quote", view_a.theme)
    for view, span in ((view_a, exact.a), (view_b, exact.b)):
        words = canonical_span(view, "remain at")
        assert span.start <= words[0] < words[1] <= span.end
        assert underline_pixels(view, *words, purple) >= 4
        assert QUOTED_EXACT in hover(view, words[0] + 2)
    assert QUOTED_REWORDED in hover(view_a, reworded.a.start + 2)
    # Words outside every quote carry no such line.
    plain = canonical_span(view_a, "talks")
    assert not any(q.a.start <= plain[0] < q.a.end for q in mode.comparison.shared_quotes)
    assert underline_pixels(view_a, *plain, purple) == 0
    assert "Quoted" not in hover(view_a, plain[0] + 1)


def test_a_near_copy_dots_the_words_that_differ_only_while_compare_mode_is_on(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = pair_window(make_window, "wire_copy")
    mode = compared(qtbot, window)
    assert mode.comparison is not None
    view_a, view_b = (pane.view for pane in window.reader.panes)
    green = mark_colour("near_copy", view_a.theme)
    pair = next(p for p in mode.comparison.pairs if p.relation == "near_copy")
    changed_a = canonical_span(view_a, "kilometres")
    changed_b = canonical_span(view_b, "km")
    assert pair.a.start <= changed_a[0] < pair.a.end
    assert pair.b.start <= changed_b[0] < pair.b.end
    assert underline_pixels(view_a, *changed_a, green) >= 3
    assert underline_pixels(view_b, *changed_b, green) >= 1
    assert WORDED_DIFFERENTLY in hover(view_a, changed_a[0] + 2)
    # A word both passages share is not marked.
    same = canonical_span(view_a, "kilometres")[0] - 1
    shared_word = view_a.article.text.rfind(" ", pair.a.start, same)
    word = (shared_word - 3, shared_word)
    assert view_a.article.text[word[0] : word[1]].isalpha()
    assert underline_pixels(view_a, *word, green) == 0

    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not mode.active
    assert underline_pixels(view_a, *changed_a, green) == 0
    assert WORDED_DIFFERENTLY not in hover(view_a, changed_a[0] + 2)


_quote_spans = st.lists(
    st.tuples(st.integers(0, 400), st.integers(1, 40), st.booleans()), max_size=12
)


def _quotes_only(spans: list[tuple[int, int, bool]]) -> Comparison:
    quotes = tuple(
        SharedQuote(Span(s, s + n, ""), Span(s, s + n, ""), exact) for s, n, exact in spans
    )
    return Comparison((), quotes, (), (), (), ())


def _repainted(ranges: list[tuple[int, int]]) -> set[int]:
    """The offsets ``ranges`` cover, once they are checked to be sorted and apart."""
    assert all(e1 < s2 for (_, e1), (s2, _) in pairwise(ranges))
    assert all(s < e for s, e in ranges)
    return {k for start, end in ranges for k in range(start, end)}


@given(_quote_spans, _quote_spans)
def test_showing_another_comparison_names_exactly_the_ranges_whose_marks_changed(
    before: list[tuple[int, int, bool]], after: list[tuple[int, int, bool]]
) -> None:
    marks = CompareTextMarks("a", lambda: LIGHT)
    marks.show(_quotes_only(before))
    old = {(s, s + n, exact) for s, n, exact in before}
    new = {(s, s + n, exact) for s, n, exact in after}
    # Every character of a mark that came, went or changed is repainted, nothing else...
    changed = marks.show(_quotes_only(after))
    assert _repainted(changed) == {k for s, e, _ in old ^ new for k in range(s, e)}
    # ...so showing the same again repaints nothing, and turning off every mark's text.
    assert marks.show(_quotes_only(after)) == []
    assert _repainted(marks.show(None)) == {k for s, e, _ in new for k in range(s, e)}


def test_a_new_comparison_highlights_again_only_the_blocks_whose_marks_changed(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = pair_window(make_window, "strike_talks")
    mode = compared(qtbot, window)
    comparison = mode.comparison
    assert comparison is not None
    assert comparison.shared_quotes
    view_a = window.reader.panes[0].view
    for view in (pane.view for pane in window.reader.panes):
        qtbot.waitUntil(view.blocks_ready_ahead, timeout=10_000)
    mode.show(comparison)  # the same again: nothing to lay anew
    assert not view_a._highlighter.pending
    dropped = comparison.shared_quotes[0]
    others = [
        q
        for q in comparison.shared_quotes[1:]
        if q.a.end <= dropped.a.start or q.a.start >= dropped.a.end
    ]
    mode.show(replace(comparison, shared_quotes=tuple(others)))
    offsets, document = view_a.plan.offsets, view_a.document()
    first = document.findBlock(offsets.to_display(dropped.a.start)).blockNumber()
    last = document.findBlock(offsets.to_display(dropped.a.end)).blockNumber()
    assert view_a._highlighter.pending <= set(range(first, last + 1))
    assert first in view_a._highlighter.pending
    words = (dropped.a.start + 1, dropped.a.start + 4)
    purple = mark_colour("shared_quote", view_a.theme)
    assert underline_pixels(view_a, *words, purple) == 0  # the quote is no longer marked
