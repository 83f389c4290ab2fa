"""The pane's decoration seam: span and gutter decorations plug in without editing the pane."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from desktop_app.ui.reading.decorations import LANE_GAP, TextGeometry
from desktop_app.ui.reading.margin import TagStripes, paint_stripe
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import canonical_span, painted_background, point_of, select_with_keyboard

PHRASE = "Kazakhstan carries significant weight in Central Asia"
ONLY_HERE = "#00AA55"


class OnlyHereBars:
    """A span decoration marking one range, as a compare window would."""

    def __init__(self, start: int, end: int) -> None:
        self.span = (start, end)
        self.asked: list[tuple[int, int]] = []

    def formats(self, start: int, end: int) -> Iterator[tuple[int, int, QTextCharFormat]]:
        self.asked.append((start, end))
        left, right = max(start, self.span[0]), min(end, self.span[1])
        if right > left:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(ONLY_HERE))
            yield left, right, fmt


class Connectors:
    """A gutter decoration recording what it was asked and painted."""

    def __init__(self, start: int, end: int) -> None:
        self.span = (start, end)
        self.painted: list[list[tuple[float, float]]] = []

    def width(self) -> int:
        return 10

    def paint(self, painter: QPainter, text: TextGeometry) -> None:
        extents = text.line_extents(*self.span)
        self.painted.append(extents)
        for top, bottom in extents:
            painter.fillRect(0, int(top), 10, int(bottom - top), QColor(ONLY_HERE))


def test_a_span_decoration_paints_its_range_and_goes_away(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    bars = OnlyHereBars(start, end)
    view.decorate(bars)
    assert painted_background(view, start + 3) == QColor(ONLY_HERE)
    assert painted_background(view, end + 1) is None
    assert all(s < e for s, e in bars.asked), "asked for the blocks it paints, in code points"

    view.undecorate(bars)
    assert painted_background(view, start + 3) is None


def test_tag_highlights_stay_under_a_later_decoration_elsewhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    tagged = painted_background(view, start + 3)
    assert tagged is not None
    view.decorate(OnlyHereBars(end + 5, end + 12))
    assert painted_background(view, start + 3) == tagged
    assert painted_background(view, end + 6) == QColor(ONLY_HERE)


def test_a_gutter_decoration_gets_a_lane_and_the_lines_of_its_range(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    view.place_cursor(start)
    view.centerCursor()
    before = view.viewportMargins().left()
    connectors = Connectors(start, end)
    view.decorate(connectors)
    assert view.viewportMargins().left() > before
    assert view._gutter.width_needed() == view.tag_stripes.width() + LANE_GAP + 10
    view.repaint()
    qtbot.waitUntil(lambda: bool(connectors.painted))
    (top, bottom), *_ = connectors.painted[-1]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.plan.offsets.to_display(start))
    first_line = view.cursorRect(cursor)
    cursor.setPosition(view.plan.offsets.to_display(end - 1))
    last_line = view.cursorRect(cursor)
    assert abs(top - first_line.top()) <= 2
    assert abs(bottom - last_line.bottom()) <= 2

    view.undecorate(connectors)
    assert view.viewportMargins().left() == before


def test_tag_stripes_run_along_the_tagged_lines(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    view.centerCursor()
    motive = window.document.project.code_by_name("motive")
    assert motive is not None
    stripes = [rect for rect, colour in view.tag_stripes.stripes(view) if colour == motive.color]
    (top, bottom), *_ = view.line_extents(start, end)
    assert [(rect.top(), rect.bottom()) for rect in stripes] == [(top + 2, bottom - 2)]


@pytest.mark.parametrize("edge", [None, "#1D1F23"])
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_tag_stripes_are_painted_as_a_rounded_bar_drawn_in_place_would_be(
    qtbot: QtBot, window: MainWindow, edge: str | None, ratio: float
) -> None:
    """Stripes are stamped from a bar drawn once: pixel for pixel what drawing each bar
    where it stands paints (whole and fractional heights, as lines and split lanes give)."""
    view = window.reader.panes[0].view
    stripes = TagStripes(view)
    colour = "#CC6677"
    rects = [QRectF(x * 7, y, 4, height) for x, y, height in STRIPE_PLACES]

    class Places:
        def stripes(self, text: TextGeometry) -> list[tuple[QRectF, str]]:
            return [(rect, colour) for rect in rects]

    def painted(draw: Callable[[QPainter], None]) -> QImage:
        image = QImage(QSize(60, 200) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(3, 5)
        draw(painter)
        painter.end()
        return image

    stripes.stripes = Places().stripes  # type: ignore[method-assign]
    view.stripe_outline = lambda colour: edge  # type: ignore[method-assign]
    stamped = painted(lambda painter: stripes.paint(painter, view))

    def each_in_place(painter: QPainter) -> None:
        for rect in rects:
            paint_stripe(painter, rect, colour, edge)

    in_place = painted(each_in_place)
    assert stamped == in_place
    assert stamped != painted(lambda painter: None)


#: Lane, top and height of stripes: whole lines, and the pieces of a split annotator lane.
STRIPE_PLACES = [(0, 2, 22), (1, 30, 48), (2, 60.5, 7.25), (3, 67.75, 7.25), (0, 90, 3)]


class Frame:
    """An overlay framing one range's lines, saying what it marks when hovered."""

    def __init__(self, start: int, end: int) -> None:
        self.span = (start, end)

    def paint_over(self, painter: QPainter, text: TextGeometry) -> None:
        top, bottom = text.span_extent(*self.span)
        painter.fillRect(0, int(top), 4, int(bottom - top), QColor(ONLY_HERE))

    def describe(self, offset: int) -> str | None:
        return "<b>framed</b>" if self.span[0] <= offset < self.span[1] else None


class Underline:
    """A span decoration underlining one range, as compare's shared quotes do."""

    def __init__(self, start: int, end: int) -> None:
        self.span = (start, end)

    def formats(self, start: int, end: int) -> Iterator[tuple[int, int, QTextCharFormat]]:
        left, right = max(start, self.span[0]), min(end, self.span[1])
        if right > left:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(ONLY_HERE))
            yield left, right, fmt


def test_an_overlay_paints_over_the_text_and_says_what_it_marks(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    view.place_cursor(start)
    view.centerCursor()
    frame = Frame(start, end)
    view.decorate(frame)
    assert view.is_decorated_by(frame)
    top, bottom = view.span_extent(start, end)
    y = int((top + bottom) / 2)
    view.viewport().repaint()
    assert view.viewport().grab().toImage().pixelColor(2, y) == QColor(ONLY_HERE)
    # Hovering the range lists what the decoration says, escaped (never markup).
    point = point_of(view, start + 4)
    assert "&lt;b&gt;framed&lt;/b&gt;" in view.hover_html(point)
    assert view.hover_html(point_of(view, end + 30)) == ""

    view.undecorate(frame)
    assert not view.is_decorated_by(frame)
    view.viewport().repaint()
    assert view.viewport().grab().toImage().pixelColor(2, y) != QColor(ONLY_HERE)


def test_an_underline_laid_over_a_tag_keeps_the_tags_background(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    tagged = painted_background(view, start + 3)
    assert tagged is not None
    view.decorate(Underline(start + 2, end + 8))
    assert painted_background(view, start + 3) == tagged  # merged, not overwritten
    assert painted_background(view, start + 1) == tagged
    block = view.document().findBlock(view.plan.offsets.to_display(start))
    underlined = [
        (r.start + block.position(), r.start + block.position() + r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    ]
    offsets = view.plan.offsets
    assert underlined
    assert min(s for s, _ in underlined) == offsets.to_display(start + 2)
    assert max(e for _, e in underlined) == offsets.to_display(end + 8)
    tagged_and_underlined = [
        r
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        and r.format.background().color() == tagged
    ]
    assert tagged_and_underlined


def test_something_that_is_no_decoration_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    with pytest.raises(TypeError):
        view.decorate(object())


def test_the_gutter_repaints_its_picture_when_tags_change_or_the_text_scrolls(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.commands["view.compare"].setChecked(False)  # the other pane stays where it is
    view = window.reader.panes[0].view
    gutter = view._gutter
    start, end = canonical_span(view, PHRASE)
    view.place_cursor(start)
    view.centerCursor()
    motive = window.document.project.code_by_name("motive")
    assert motive is not None

    def stripe_rows() -> list[int]:
        """Rows of the gutter painted in the motive colour, down its first lane."""
        gutter.repaint()
        image = gutter.grab().toImage()
        ratio = image.width() / max(1, gutter.width())
        colour = QColor(motive.color)
        x = int(2 * ratio)  # the first lane (motive's) is 4 px wide from the left
        return [int(y / ratio) for y in range(image.height()) if image.pixelColor(x, y) == colour]

    assert stripe_rows() == []
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    rows = stripe_rows()
    assert rows, "the new stripe is painted, not an old picture"
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + 3)
    moved = stripe_rows()
    assert moved
    assert moved[0] < rows[0], "scrolled: the stripe moves up with its lines"
    window.commands["edit.undo"].trigger()
    assert stripe_rows() == []


def test_line_extents_agree_with_the_lines_qt_lays_out(qtbot: QtBot, window: MainWindow) -> None:
    """The lines of a span, read from the lines measured once per scroll position, are
    those Qt's layout gives for the span's first and last character in each paragraph."""
    view = window.reader.panes[0].view
    # Where a third of the scroll range lands depends on how many blocks are laid out
    # (Qt estimates the rest): wait until the pane has laid out all it will ahead.
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=30_000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    view.viewport().repaint()
    start, end = view.visible_range()
    offsets = view.plan.offsets
    rng = random.Random(3)
    spans = [(a, a + rng.randint(1, 900)) for a in rng.sample(range(start, end), 60)]
    for span_start, span_end in spans:
        expected = []
        block = view.firstVisibleBlock()
        while block.isValid() and block.position() < offsets.to_display(span_end):
            top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
            if top > view.viewport().height():
                break
            layout = block.layout()
            left = max(offsets.to_display(span_start), block.position()) - block.position()
            right = min(offsets.to_display(span_end), block.position() + block.length() - 1)
            right -= block.position()
            if block.length() > 1 and right > left:
                first = layout.lineForTextPosition(left)
                last = layout.lineForTextPosition(right - 1)
                y = top + layout.position().y()
                expected.append((y + first.y(), y + last.y() + last.height()))
            block = block.next()
        assert view.line_extents(span_start, span_end) == expected
    assert sum(len(view.line_extents(*span)) for span in spans) > len(spans)  # paragraphs crossed


def test_span_extents_measure_many_spans_as_span_extent_does_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    view.place_cursor(start)
    view.centerCursor()
    rng = random.Random(14)
    shown = view.visible_span()
    spans = [(start, end), (shown[0], shown[0] + 1)]
    for _ in range(40):
        left = rng.randrange(shown[0], shown[1])
        spans.append((left, min(shown[1], left + rng.randrange(1, 400))))
    assert view.span_extents(spans) == [view.span_extent(s, e) for s, e in spans]
    assert view.span_extents([]) == []
