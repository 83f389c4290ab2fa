"""Keyboard focus comes back to the pane the reader was in after any dialog closes.

Without this, closing a dialog could leave the focus on a toolbar button or nowhere, and the
tag keys did nothing until the reader clicked into the text. One application event filter
covers every dialog (the prompter's, the codebook editor's, export, preferences…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host


class FocusReturn(QObject):
    """Watches dialogs of one window closing, and gives the focus back to its active pane."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self._window = window
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QDialog)
            and self._owned(watched)
        ):
            QTimer.singleShot(0, self.restore)
        return False

    def _owned(self, dialog: QDialog) -> bool:
        parent = dialog.parentWidget()
        return parent is not None and parent.window() is self._window.widget

    def restore(self) -> None:
        """Focus the active pane unless another dialog or a widget of the window has it."""
        window = self._window
        if QApplication.activeModalWidget() is not None:
            return
        focused = QApplication.focusWidget()
        if focused is not None and focused.isVisible() and _inside(focused, window.widget):
            if window.reader.pane_of(focused) is not None:
                return
            if not _is_incidental(focused):
                return  # the reader is typing somewhere on purpose (find bar, list filter)
        pane = window.active_pane()
        if pane is not None and window.widget.isVisible():
            window.widget.activateWindow()
            pane.view.setFocus()


def _inside(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window


def _is_incidental(widget: QWidget) -> bool:
    """Widgets that only hold the focus by accident after a dialog (buttons, the toolbar)."""
    from PySide6.QtWidgets import QAbstractButton, QToolBar

    return isinstance(widget, QAbstractButton) or isinstance(widget.parentWidget(), QToolBar)


def install(window: Host) -> None:
    """Give the window's dialogs their focus return."""
    window.add_feature(FocusReturn(window))
