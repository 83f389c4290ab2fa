"""The Links panel: quotes side by side, filter, sort, double-click jumps to both passages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.link_edits import link_passages
from desktop_app.ui.compare.links_panel import LinksPanel
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import canonical_span


def add_link(window: MainWindow, phrase_a: str, phrase_b: str, relation: str, note: str) -> None:
    view_a, view_b = (pane.view for pane in window.reader.panes)
    edit = link_passages(
        window.document.project,
        (view_a.article.id, *canonical_span(view_a, phrase_a)),
        (view_b.article.id, *canonical_span(view_b, phrase_b)),
        relation,
        note=note,
    )
    window.document.push(edit)


def test_the_panel_lists_filters_sorts_and_jumps_to_both_passages(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.feature(LinksPanel)
    qtbot.keyClick(
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dock = panel.parentWidget()
    assert dock is not None
    assert dock.isVisible()
    add_link(window, "Kazakhstan", "Kazakhstan", "same fact", "both name it")
    add_link(window, "Abraham Accords", "Abraham Accords", "different framing", "<b>not bold</b>")
    table = panel.table
    assert table.model().rowCount() == 2
    first = [table.model().index(0, c).data() for c in range(4)]
    assert first == ["Kazakhstan", "same fact", "Kazakhstan", "both name it"]
    # Sort by relation, descending: "same fact" before "different framing".
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert panel.link_in_row(0).relation == "same fact"
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert panel.link_in_row(0).relation == "different framing"
    assert table.model().index(0, 3).data() == "<b>not bold</b>"  # shown as typed
    # Filter on any column.
    qtbot.keyClicks(panel.filter, "framing")
    assert table.model().rowCount() == 1
    # Double-click jumps to both passages.
    link = panel.link_in_row(0)
    project = window.document.project
    index = table.model().index(0, 0)
    table.scrollTo(index)
    rect = table.visualRect(index)
    # A real double-click: press and release, then the second press arrives as a double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view_a, view_b = (pane.view for pane in window.reader.panes)
    assert view_a.cursor_offset() == project.annotations[link.source].start
    assert view_b.cursor_offset() == project.annotations[link.target].start
    # Undo takes the link out of the panel.
    panel.filter.clear()
    window.commands["edit.undo"].trigger()
    assert table.model().rowCount() == 1


def test_deleting_a_linked_annotation_takes_its_link_says_so_and_undo_restores_both(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.feature(LinksPanel)
    add_link(window, "Abraham Accords", "Abraham Accords", "same fact", "")
    project = window.document.project
    assert panel.table.model().rowCount() == 1
    (link,) = project.links
    view_a = window.reader.panes[0].view
    view_a.setFocus()
    view_a.place_cursor(project.annotations[link.source].start + 3)
    qtbot.keyClick(view_a, Qt.Key.Key_Delete)
    assert link.source not in project.annotations
    assert len(project.links) == 0
    assert panel.table.model().rowCount() == 0
    assert "its 1 link" in window.statusBar().currentMessage()
    window.commands["edit.undo"].trigger()
    assert list(project.links) == [link]
    assert link.source in project.annotations
    assert panel.table.model().rowCount() == 1
