"""Accessibility of the window: screen-reader announcements, names, and a visible focus.

``Host.announce`` (tagging, notes, deletions) speaks through :func:`post_announcement`;
:func:`install` marks the pane commands act on with an accent line, selects the annotation
list's current row when it takes the focus, and names widgets that have no accessible name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QScrollBar,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

#: Longest quote an announcement reads out before an ellipsis.
QUOTE_CHARS = 60


def post_announcement(source: QObject, text: str) -> None:
    """Ask screen readers to say ``text`` (politely, after what they are saying)."""
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The start of a passage on one line, cut at a word with an ellipsis when long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(",;:.") + "…"


_PAST = (
    ("Remove tag", "Removed tag"),
    ("Tag", "Tagged"),
    ("Edit note", "Edited the note"),
    ("Add note", "Added a note"),
    ("Remove note", "Removed the note"),
)


def describe_edit(label: str, quote: str = "") -> str:
    """An edit's label told as done, with the passage: ``Tagged “motive”: Kazakhstan…``."""
    told = label
    for present, past in _PAST:
        if label.startswith(present):
            told = past + label[len(present) :]
            break
    passage = short_quote(quote)
    return f"{told}: {passage}" if passage else told


def mark_active_pane(window: Host) -> None:
    """Draw the accent line under the active pane's header, and only there."""
    active = window.active_pane()
    for pane in window.reader.panes:
        pane.set_marked(pane is active)


def name_unnamed_widgets(host: Host) -> None:
    """Give docks, toolbars and their buttons an accessible name from what they show."""
    window = host.widget
    for dock in window.findChildren(QDockWidget):
        if not dock.accessibleName():
            dock.setAccessibleName(dock.windowTitle().replace("&", ""))
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.accessibleName():
            toolbar.setAccessibleName(f"{toolbar.windowTitle()} toolbar")
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and not button.accessibleName():
                button.setAccessibleName(action.text().replace("&", ""))
    for button in window.findChildren(QAbstractButton):
        if not button.accessibleName() and (button.text() or button.toolTip()):
            button.setAccessibleName(button.text().replace("&", "") or button.toolTip())
    window.menuBar().setAccessibleName(window.menuBar().accessibleName() or "Menu bar")
    window.statusBar().setAccessibleName(window.statusBar().accessibleName() or "Status bar")
    for tabs in window.findChildren(QTabBar):
        if not tabs.accessibleName() and tabs.parentWidget() is window:
            tabs.setAccessibleName("Docked panels")
    for header in window.findChildren(QHeaderView):
        if not header.accessibleName():
            header.setAccessibleName(f"{_owner_name(header)} column headers")
    for bar in window.findChildren(QScrollBar):
        if not bar.accessibleName():
            way = "Vertical" if bar.orientation() == Qt.Orientation.Vertical else "Horizontal"
            bar.setAccessibleName(f"{way} scroll bar of {_owner_name(bar)}")


def _owner_name(widget: QWidget) -> str:
    """The accessible name of the nearest named widget holding ``widget``."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.accessibleName():
            return parent.accessibleName()
        parent = parent.parentWidget()
    return "the window"


class _FocusFollower(QObject):
    """Follows the application's focus for one window (and goes away with it)."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self._window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        window.panes_changed.connect(self.refresh)
        window.document_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Mark the active pane and name what was added."""
        mark_active_pane(self._window)
        name_unnamed_widgets(self._window)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        table = self._window.panel.table
        if new is table and table.currentIndex().isValid():
            show_current_row(table)
        mark_active_pane(self._window)


def show_current_row(table: QAbstractItemView) -> None:
    """Select and reveal the list's current row: a focus frame alone is easy to miss."""
    current = table.currentIndex()
    selection = table.selectionModel()
    if not selection.isRowSelected(current.row(), current.parent()):
        selection.select(
            current,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    table.scrollTo(current)


def install(window: Host) -> None:
    """Keep the active pane marked and every widget named as panes and projects change."""
    follower = _FocusFollower(window)
    follower.refresh()
    QTimer.singleShot(0, follower, follower.refresh)  # what features installed after this one added
