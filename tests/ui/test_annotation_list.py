"""The annotation list: rows follow the model, filters, jumping, and cursor-follows-row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolButton, QToolTip
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.ui.annotating.annotation_list import EMPTY_HINT, NO_MATCH_HINT
from desktop_app.ui.annotating.annotation_model import AnnotationTableModel
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.helpers import (
    FakePrompter,
    canonical_span,
    painted_background,
    point_of,
    select_with_keyboard,
)

FIRST = "Kazakhstan carries significant weight in Central Asia"
SECOND = "a central focus of the White House summit"


def tag(qtbot: QtBot, window: MainWindow, pane: int, phrase: str, key: Qt.Key) -> tuple[int, int]:
    view = window.reader.panes[pane].view
    start, end = canonical_span(view, phrase)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, key)
    return start, end


def test_table_model_passes_qt_model_checks_while_editing(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(window.panel.model, force_py=True)
    tag(qtbot, window, 0, FIRST, Qt.Key.Key_1)
    tag(qtbot, window, 1, SECOND, Qt.Key.Key_3)
    qtbot.keyClick(window.reader.panes[1].view, Qt.Key.Key_2)
    qtbot.keyClick(window.reader.panes[1].view, Qt.Key.Key_Delete)
    qtbot.keyClick(window.reader.panes[1].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_rows_show_article_tags_passage_and_note(qtbot: QtBot, window: MainWindow) -> None:
    assert window.panel.table.empty_message() == EMPTY_HINT
    tag(qtbot, window, 0, FIRST, Qt.Key.Key_1)
    qtbot.keyClick(window.reader.panes[0].view, Qt.Key.Key_3)
    model = window.panel.proxy
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(4)]
    assert row[0] == window.reader.panes[0].view.article.title
    assert row[1] == "motive, economics"
    assert row[2] == FIRST
    assert window.panel.table.empty_message() == ""


def test_filters_by_tag_article_and_text(qtbot: QtBot, window: MainWindow) -> None:
    tag(qtbot, window, 0, FIRST, Qt.Key.Key_1)
    tag(qtbot, window, 1, SECOND, Qt.Key.Key_3)
    panel = window.panel
    project = window.document.project
    panel.tag_filter.setCurrentIndex(
        panel.tag_filter.findData(present(project.code_by_name("economics")).id)
    )
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 2).data() == SECOND
    panel.tag_filter.setCurrentIndex(0)
    panel.article_filter.setCurrentIndex(panel.article_filter.findData(project.articles.at(0).id))
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 2).data() == FIRST
    panel.article_filter.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "WHITE HOUSE")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 2).data() == SECOND
    panel.search.clear()
    qtbot.keyClicks(panel.search, "nothing like this")
    assert panel.proxy.rowCount() == 0
    assert panel.table.empty_message() == NO_MATCH_HINT


def test_sorting_by_passage(qtbot: QtBot, window: MainWindow) -> None:
    tag(qtbot, window, 0, FIRST, Qt.Key.Key_1)
    tag(qtbot, window, 1, SECOND, Qt.Key.Key_3)
    window.panel.table.sortByColumn(AnnotationTableModel.QUOTE, Qt.SortOrder.AscendingOrder)
    assert [window.panel.proxy.index(r, 2).data() for r in range(2)] == [SECOND, FIRST]


def test_enter_on_a_row_jumps_to_the_passage_and_flashes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    start, end = tag(qtbot, window, 1, SECOND, Qt.Key.Key_3)
    other = window.reader.panes[0].view
    other.setFocus()
    view = window.reader.panes[1].view
    view.place_cursor(0)
    view.verticalScrollBar().setValue(0)
    table = window.panel.table
    table.setFocus()
    table.setCurrentIndex(window.panel.proxy.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.cursor_offset() == start
    assert view.is_flashing()
    assert painted_background(view, start) != painted_background(view, end + 5)
    cursor_rect = view.cursorRect()
    assert 0 <= cursor_rect.top() <= view.viewport().height()
    assert QApplication.focusWidget() is view
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)


def test_double_click_jumps_too(qtbot: QtBot, window: MainWindow) -> None:
    start, _end = tag(qtbot, window, 0, FIRST, Qt.Key.Key_2)
    view = window.reader.panes[0].view
    view.place_cursor(0)
    table = window.panel.table
    rect = table.visualRect(window.panel.proxy.index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.cursor_offset() == start
    assert view.annotation_at_cursor() == window.document.project.annotations.at(0)
    assert view.is_flashing()


def test_moving_the_cursor_into_a_highlight_selects_its_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag(qtbot, window, 0, FIRST, Qt.Key.Key_1)
    start, _ = tag(qtbot, window, 1, SECOND, Qt.Key.Key_3)
    window.panel.table.clearSelection()
    view = window.reader.panes[1].view
    view.place_cursor(0)
    view.place_cursor(start + 3)
    assert window.panel.selected_annotation() == window.document.project.annotations.at(1).id
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.table.selectionModel().selectedRows() == []


def test_hovering_a_highlight_shows_its_tags_and_note(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    start, _ = tag(qtbot, window, 0, FIRST, Qt.Key.Key_1)
    view = window.reader.panes[0].view
    prompter.notes.append("Resources & stability")
    qtbot.keyClick(view, Qt.Key.Key_N)
    view.place_cursor(start)
    view.centerCursor()
    point = point_of(view, start + 4)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.isVisible()
    assert "motive" in QToolTip.text()
    assert "Resources &amp; stability" in QToolTip.text()
    far = QPoint(point.x(), view.viewport().height() - 2)
    plain = QHelpEvent(QEvent.Type.ToolTip, far, view.viewport().mapToGlobal(far))
    QApplication.sendEvent(view.viewport(), plain)
    assert not plain.isAccepted()  # plain text: no card


def test_the_list_starts_short_and_the_count_opens_and_closes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop_app.ui.shell.main_window import LIST_HEIGHT

    dock = window.dock
    pane = window.reader.panes[0]
    qtbot.waitUntil(lambda: dock.height() > 0)
    assert dock.height() <= LIST_HEIGHT + 40
    assert pane.height() > 2 * dock.height()  # the text has the room
    count = window.findChild(QToolButton, "annotationCount")
    assert count is not None
    assert count.text().startswith("0 annotations")
    count.click()
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert "Show" in count.toolTip()
    count.click()
    qtbot.waitUntil(dock.isVisible)
    assert "Hide" in count.toolTip()
