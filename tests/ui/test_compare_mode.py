"""Compare mode in the window: connectors painted for the engine's pairs, only-here bars,
hover and click, scrolling by alignment, keyboard navigation, accept/reject and links."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare_look import connector_colour
from desktop_app.ui.compare.commands import CompareCommands
from desktop_app.ui.compare.gutter import ConnectorGutter, tooltip_html
from desktop_app.ui.compare.marks import only_bar_rects
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import BACKGROUND_WORK_MS, FakePrompter


def wait_compared(qtbot: QtBot, window: MainWindow) -> CompareMode:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    return mode


def grab(widget: QWidget) -> QImage:
    widget.repaint()
    return widget.grab().toImage()


def differs_from(image: QImage, x: int, y: int, colour: str, tolerance: int = 12) -> bool:
    pixel = image.pixelColor(x, y)
    paper = QColor(colour)
    return (
        max(
            abs(pixel.red() - paper.red()),
            abs(pixel.green() - paper.green()),
            abs(pixel.blue() - paper.blue()),
        )
        > tolerance
    )


def test_compare_mode_is_on_for_two_articles_and_paints_the_engines_pairs(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert len(window.reader.panes) == 2
    assert window.commands["view.compare"].isChecked()
    mode = wait_compared(qtbot, window)
    a, b = (pane.view.article for pane in window.reader.panes)
    expected = compare_texts(a.text, b.text)
    assert mode.comparison is not None
    assert [(p.a.start, p.b.start) for p in mode.comparison.pairs] == [
        (p.a.start, p.b.start) for p in expected.pairs
    ]
    gutter = mode.gutter
    assert gutter.isVisible()
    assert gutter.parent() is window.reader
    assert window.reader.indexOf(gutter) == 1
    # Bring the first pair on screen in both panes, then look at the pixels.
    window.feature(CompareCommands).go_to_pair(0)
    ribbons = gutter.ribbons()
    assert ribbons, "a pair on screen must have its connector"
    image = grab(gutter)
    ribbon = ribbons[0]
    centre = ribbon.path.pointAtPercent(0.25)  # on the band's top edge, mid-gutter
    rect = ribbon.path.boundingRect()
    x = int(rect.center().x())
    inside = [
        y
        for y in range(int(rect.top()), int(rect.bottom()))
        if ribbon.path.contains(QPointF(x + 0.5, y + 0.5))
    ]
    assert inside, centre
    y = inside[len(inside) // 2]
    assert differs_from(image, x, y, gutter.theme.paper)
    # The painted colour leans towards the relation's colour.
    pair = mode.comparison.pairs[ribbon.index]
    painted = image.pixelColor(x, y)
    relation = QColor(connector_colour(pair.relation, gutter.theme))
    paper = QColor(gutter.theme.paper)
    toward = sum(
        abs(getattr(painted, c)() - getattr(relation, c)()) for c in ("red", "green", "blue")
    )
    away = sum(abs(getattr(paper, c)() - getattr(relation, c)()) for c in ("red", "green", "blue"))
    assert toward < away
    # Far above any ribbon, the gutter is plain paper.
    # (Clear of every ribbon's fill and of its edge, which the pen draws around the fill.)
    near = [(dx, dy) for dx in (-3, 0, 3) for dy in (-3, 0, 3)]
    free = [
        yy
        for yy in range(gutter.height())
        if not any(
            r.path.contains(QPointF(x + 0.5 + dx, yy + 0.5 + dy))
            for r in ribbons
            for dx, dy in near
        )
    ]
    assert free
    assert not differs_from(image, x, free[0], gutter.theme.paper, tolerance=2)


def test_only_here_passages_get_a_hatched_bar_in_the_margin(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = wait_compared(qtbot, window)
    assert mode.comparison is not None
    assert mode.comparison.only_a
    view = window.reader.panes[0].view
    span = mode.comparison.only_a[0]
    view.place_cursor(span.start)
    view.centerCursor()
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rects = [
        r.intersected(QRectF(0, 0, image.width(), image.height()))
        for r in only_bar_rects(view, mode.comparison.only_a)
    ]
    rects = [r for r in rects if r.height() > 8]
    assert rects
    rect = rects[0]
    hits = [
        differs_from(image, int(rect.left()) + dx, int(rect.center().y()) + dy, view.theme.paper)
        for dx in range(int(rect.width()))
        for dy in range(-3, 4)
    ]
    assert any(hits)
    # The bar is not solid: hatching leaves some pixels lighter than others.
    colours = {
        image.pixelColor(int(rect.left()) + dx, int(rect.center().y()) + dy).name()
        for dx in range(2, int(rect.width()))
        for dy in range(-3, 4)
    }
    assert len(colours) > 1


def test_hover_names_the_relation_and_click_selects_both_passages(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = wait_compared(qtbot, window)
    window.feature(CompareCommands).go_to_pair(0)
    gutter = mode.gutter
    ribbon = gutter.ribbons()[0]
    point = _inside(gutter, ribbon.index)
    qtbot.mouseMove(gutter, point)
    qtbot.waitUntil(lambda: gutter.hovered == ribbon.index)
    pair = mode.comparison.pairs[ribbon.index]  # type: ignore[union-attr]
    assert mode.focused_pair() == pair
    text = tooltip_html(pair)
    assert "score" in text
    assert pair.shared_terms[0] in text
    # Clear the selections, then click the ribbon.
    for pane in window.reader.panes:
        cursor = pane.view.textCursor()
        cursor.clearSelection()
        pane.view.setTextCursor(cursor)
        assert pane.view.selection_span() is None
    point = _inside(gutter, ribbon.index)
    qtbot.mouseClick(gutter, Qt.MouseButton.LeftButton, pos=point)
    view_a, view_b = (pane.view for pane in window.reader.panes)
    assert view_a.selection_span() == (pair.a.start, pair.a.end)
    assert view_b.selection_span() == (pair.b.start, pair.b.end)
    assert mode.current == ribbon.index


def test_tooltips_escape_file_text() -> None:
    from desktop_app.core.compare import AlignedPair, Span

    pair = AlignedPair(
        Span(0, 5, "x"), Span(0, 5, "y"), "same_fact", None, 0.5, ("<img src=x>",), ()
    )
    assert "<img" not in tooltip_html(pair)
    assert "&lt;img" in tooltip_html(pair)


def test_turning_compare_mode_off_takes_the_gutter_away_and_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = wait_compared(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.commands["view.compare"].isChecked()
    assert mode.comparison is None
    assert not mode.active
    assert window.reader.indexOf(mode.gutter) == -1
    assert window.reader.scroll_follower is None
    window.commands["view.compare"].trigger()
    wait_compared(qtbot, window)
    assert window.reader.indexOf(mode.gutter) == 1


def _inside(gutter: ConnectorGutter, index: int) -> QPoint:
    ribbon = next(r for r in gutter.ribbons() if r.index == index)
    rect = ribbon.path.boundingRect()
    x = int(rect.center().x())
    ys = [
        y
        for y in range(int(rect.top()), int(rect.bottom()) + 1)
        if ribbon.path.contains(QPointF(x, y)) and gutter.ribbon_at(QPointF(x, y)) == index
    ]
    assert ys
    return QPoint(x, ys[len(ys) // 2])


def test_prompter_is_not_asked_without_a_current_pair(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    wait_compared(qtbot, window)
    said: list[str] = []
    window.announced.connect(said.append)
    window.commands["compare.accept"].trigger()
    assert not prompter.asked
    assert "No current suggestion" in said[-1]


class _PaintCounter(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched.objectName())
        return False


def test_the_gutter_covers_its_place_so_nothing_behind_it_is_painted_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = wait_compared(qtbot, window)
    gutter = mode.gutter
    window.feature(CompareCommands).go_to_pair(0)
    assert gutter.ribbons()
    # Going to a pair selects and scrolls both panes; let the paints that causes happen first.
    QApplication.processEvents()
    counter = _PaintCounter()
    for widget in (window, window.reader, gutter):
        widget.installEventFilter(counter)
    gutter.invalidate()
    image = grab(gutter)
    assert counter.painted  # (grabbing paints it once more)
    assert set(counter.painted) == {"compareGutter"}  # not the reader area, nor the window
    # Every pixel is the gutter's own, opaque: paper or a ribbon over paper.
    assert all(
        image.pixelColor(x, y).alpha() == 255
        for x in (0, image.width() // 2, image.width() - 1)
        for y in range(0, image.height(), 7)
    )
