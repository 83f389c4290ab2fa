"""Accepted pairs read as recorded data in the gutter: a suggestion is light with a dashed
edge, an accepted one solid, fuller and marked with a link ring; a rejected one is gone.
Checked in the painted pixels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.compare_look import connector_colour, mark_colour
from desktop_app.core.themes import THEMES
from desktop_app.ui.compare.gutter import LINK_MARK_RADIUS, ConnectorGutter, Ribbon
from desktop_app.ui.compare.legend import ENTRIES
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import BACKGROUND_WORK_MS, FakePrompter

ALT = Qt.KeyboardModifier.AltModifier


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _painted(gutter: ConnectorGutter) -> QImage:
    gutter.repaint()
    return gutter.grab().toImage()


def _ribbon(gutter: ConnectorGutter, index: int) -> Ribbon:
    return next(r for r in gutter.ribbons() if r.index == index)


def _strong_edge_share(gutter: ConnectorGutter, ribbon: Ribbon) -> float:
    """Share of points along the ribbon's outline painted near its full colour (a solid
    edge: nearly all; a dashed one: the dashes, not the gaps)."""
    image = _painted(gutter)
    paper = QColor(gutter.theme.paper)
    full = _distance(QColor(ribbon.colour), paper)
    strong = samples = 0
    for step in range(400):
        point = ribbon.path.pointAtPercent(step / 400)
        x, y = int(point.x()), int(point.y())
        if not (3 <= x < gutter.width() - 3 and 3 <= y < gutter.height() - 3):
            continue
        samples += 1
        strong += _distance(image.pixelColor(x, y), paper) >= 0.75 * full
    assert samples > 40
    return strong / samples


def _first_suggestion(qtbot: QtBot, window: MainWindow) -> tuple[CompareMode, ArticleView, int]:
    """Compare mode once its comparison is in, pane A focused at its start, and the index of
    the pair that Alt+Down made current."""
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    view_a = window.reader.panes[0].view
    view_a.setFocus()
    view_a.place_cursor(0)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    return mode, view_a, mode.current


def test_accepting_a_suggestion_makes_its_ribbon_solid_with_a_link_mark(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    mode, view_a, index = _first_suggestion(qtbot, window)
    gutter = mode.gutter
    suggestion = _ribbon(gutter, index)
    assert not suggestion.accepted
    dashed = _strong_edge_share(gutter, suggestion)
    image = _painted(gutter)
    middle = suggestion.middle.toPoint()
    paper = QColor(gutter.theme.paper)
    fill_before = _distance(image.pixelColor(middle.x(), middle.y() + 6), paper)
    assert _distance(image.pixelColor(middle), paper) > 8, "a suggestion has no ring"

    qtbot.keyClick(view_a, Qt.Key.Key_Return, ALT)  # accept: the prompter answers the default
    assert len(window.document.project.links) == 1
    assert index in gutter.accepted
    linked = _ribbon(gutter, index)
    assert linked.accepted
    solid = _strong_edge_share(gutter, linked)
    assert solid > 0.9
    assert dashed < solid - 0.15
    image = _painted(gutter)
    middle = linked.middle.toPoint()
    # The link mark: paper inside a ring of the relation's colour.
    assert _distance(image.pixelColor(middle), paper) <= 8
    ring = image.pixelColor(middle.x() + round(LINK_MARK_RADIUS), middle.y())
    relation = QColor(connector_colour(mode.comparison.pairs[index].relation, gutter.theme))  # type: ignore[union-attr]
    assert _distance(ring, relation) < _distance(paper, relation) / 2
    # Filled more fully than it was as a suggestion.
    assert _distance(image.pixelColor(middle.x(), middle.y() + 6), paper) > fill_before
    # The hover text says it is linked.
    assert "linked" in gutter.tooltip_for(index)

    window.commands["edit.undo"].trigger()  # the link undone: a suggestion again
    assert index not in gutter.accepted
    assert not _ribbon(gutter, index).accepted


def test_a_rejected_suggestion_is_no_longer_painted(qtbot: QtBot, window: MainWindow) -> None:
    mode, view_a, index = _first_suggestion(qtbot, window)
    gutter = mode.gutter
    ribbon = _ribbon(gutter, index)
    image = _painted(gutter)
    paper = QColor(gutter.theme.paper)
    inside = [
        p
        for p in (ribbon.middle.toPoint(),)
        if not any(r.path.contains(QPointF(p)) for r in gutter.ribbons() if r.index != index)
    ]
    assert inside, "the ribbon's middle is clear of the others"
    assert _distance(image.pixelColor(inside[0]), paper) > 8
    qtbot.keyClick(view_a, Qt.Key.Key_Backspace, ALT)
    assert all(r.index != index for r in gutter.ribbons())
    assert _distance(_painted(gutter).pixelColor(inside[0]), paper) <= 2


def test_the_legend_names_every_mark_while_compare_mode_is_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    legend = mode.legend
    assert legend.isVisible()
    words = [words for _, words in ENTRIES]
    for needed in ("shared quote", "near copy", "linked", "suggested", "only here"):
        assert needed in words
    assert "quoted in both" in legend.accessibleDescription()
    window.resize(legend.sizeHint().width() + 600, window.height())  # room for every entry
    qtbot.waitUntil(lambda: not legend.is_shortened())
    legend.repaint()
    image = legend.grab().toImage()
    ratio = image.width() / legend.width()
    rects = dict(legend.entry_rects())
    for kind, relation in (("quote", "shared_quote"), ("differs", "near_copy")):
        rect = rects[kind]
        colour = QColor(mark_colour(relation, legend.theme))
        # The underline sample runs along the bottom of the swatch.
        row = [
            image.pixelColor(int(x * ratio), int((rect.bottom() - 2) * ratio))
            for x in range(int(rect.left()) + 1, int(rect.right()) - 1)
        ]
        assert any(_distance(pixel, colour) < 60 for pixel in row), kind
    window.commands["view.compare"].trigger()  # off
    assert not legend.isVisible()


def test_a_narrow_window_shortens_the_legend_and_the_hint_instead_of_clipping_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    legend = mode.legend
    window.resize(legend.sizeHint().width() + 600, window.height())
    qtbot.waitUntil(lambda: not legend.is_shortened())
    window.resize(legend.sizeHint().width() // 2 + 300, window.height())
    qtbot.waitUntil(legend.is_shortened)
    shown = legend.entry_rects()
    assert 0 < len(shown) < len(ENTRIES)
    assert [kind for kind, _ in shown] == [kind for kind, _ in ENTRIES[: len(shown)]]
    assert all(rect.right() <= legend.width() for _, rect in shown)
    assert "only in this article" in legend.toolTip()  # what "…" stands for is on hover
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=10_000)  # news gone
    assert window.hint.isVisible()
    assert window.hint.is_elided()
    assert window.hint.geometry().right() < legend.geometry().left()


def _comparing_in_dark(qtbot: QtBot, window: MainWindow) -> tuple[CompareMode, ArticleView]:
    """Compare mode once its comparison is in, switched to the dark theme through the View
    menu's command; the mode and pane A's view."""
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    window.commands["view.theme.dark"].trigger()
    view_a = window.reader.panes[0].view
    qtbot.waitUntil(lambda: view_a.theme == THEMES["dark"])
    return mode, view_a


def test_the_gutter_and_legend_follow_a_theme_chosen_while_comparing(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode, view_a = _comparing_in_dark(qtbot, window)
    image = _painted(mode.gutter)
    assert image.pixelColor(1, 1) == QColor(view_a.theme.paper)
    assert mode.legend.theme == view_a.theme


class _PaintedRegions(QObject):
    """Records the rectangles a widget is asked to repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.rects.append(event.region().boundingRect())
        return False


def test_hovering_a_ribbon_washes_both_passages_repainting_only_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    gutter = mode.gutter
    view_a = window.reader.panes[0].view
    height = view_a.viewport().height()
    assert mode.comparison is not None
    for index, pair in enumerate(mode.comparison.pairs):  # a passage shorter than the pane
        view_a.place_cursor(pair.a.start)
        view_a.centerCursor()
        QApplication.processEvents()
        top, bottom = view_a.span_extent(pair.a.start, pair.a.end)
        ribbon = next((r for r in gutter.ribbons() if r.index == index), None)
        if ribbon and top >= 0 and bottom < height * 0.6 and ribbon.path.contains(ribbon.middle):
            break
    else:
        raise AssertionError("no short passage to hover")
    view_a.viewport().repaint()  # nothing left to paint from before
    QApplication.processEvents()
    before = view_a.viewport().grab().toImage()  # (grabbing paints it all: before recording)
    recorder = _PaintedRegions()
    view_a.viewport().installEventFilter(recorder)
    qtbot.mouseMove(gutter, ribbon.middle.toPoint())
    qtbot.waitUntil(lambda: gutter.hovered == ribbon.index)
    QApplication.processEvents()
    view_a.viewport().removeEventFilter(recorder)
    assert recorder.rects, "the wash was painted"
    for rect in recorder.rects:  # only the passage's band, never the whole text
        assert rect.top() >= max(0, int(top) - 2)
        assert rect.bottom() <= min(height, int(bottom) + 3)
    after = view_a.viewport().grab().toImage()
    y = int((max(0.0, top) + min(float(height), bottom)) / 2)
    x = view_a.viewport().width() - 4  # right of the text: paper before, washed now
    assert after.pixelColor(x, y) != before.pixelColor(x, y)
    tint = QColor(connector_colour(pair.relation, view_a.theme))
    paper = QColor(view_a.theme.paper)
    assert _distance(after.pixelColor(x, y), tint) < _distance(paper, tint)


def test_a_suggested_same_fact_ribbon_keeps_a_visible_edge_on_dark_paper(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop_app.core.colours import contrast_ratio
    from desktop_app.core.compare_look import SUGGESTED_EDGE_ALPHA, SUGGESTED_EDGE_CONTRAST

    mode, _view_a = _comparing_in_dark(qtbot, window)
    gutter = mode.gutter
    assert mode.comparison is not None
    pairs = mode.comparison.pairs
    ribbons = gutter.ribbons()
    plain = [
        r
        for r in ribbons
        if pairs[r.index].relation == "same_fact" and not r.accepted and not r.firm
    ]
    assert plain, "the sample pair shows a same-fact suggestion"
    ribbon = plain[0]
    assert ribbon.edge_alpha > SUGGESTED_EDGE_ALPHA  # the blue is edged more strongly here
    image = _painted(gutter)
    paper = gutter.theme.paper
    best = 1.0
    for step in range(400):
        point = ribbon.path.pointAtPercent(step / 400)
        x, y = int(point.x()), int(point.y())
        if not (3 <= x < gutter.width() - 3 and 3 <= y < gutter.height() - 3):
            continue
        if any(r.path.contains(QPointF(x + 0.5, y + 0.5)) for r in ribbons if r is not ribbon):
            continue
        best = max(best, contrast_ratio(image.pixelColor(x, y).name(), paper))
    # The dashes, antialiased, reach nearly the contrast the edge is chosen for (at the
    # usual opacity they stood about 2.1:1).
    assert best >= SUGGESTED_EDGE_CONTRAST - 0.2, best
