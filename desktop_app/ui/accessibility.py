"""Accessibility of the window: screen-reader announcements, names, and a visible focus.

``MainWindow.announce`` (tagging, notes, deletions) speaks through :func:`post_announcement`;
:func:`install` marks the pane commands act on with an accent line, keeps the annotation
list's current row visible, and names the widgets that have no accessible name yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

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


def mark_active_pane(window: MainWindow) -> None:
    """Draw the accent line under the active pane's header, and only there."""
    active = window.active_pane()
    for pane in window.reader.panes:
        pane.set_marked(pane is active)


def name_unnamed_widgets(window: MainWindow) -> None:
    """Give docks, toolbars and their buttons an accessible name from what they show."""
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


class _FocusFollower(QObject):
    """Follows the application's focus for one window (and goes away with it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
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
            table.scrollTo(table.currentIndex())  # the current row is where the focus is
        mark_active_pane(self._window)


def install(window: MainWindow) -> None:
    """Keep the active pane marked and every widget named as panes and projects change."""
    _FocusFollower(window).refresh()
