"""Named actions: one place where every command's text, shortcut and handler are declared.

Menus, the toolbar, context menus and tests all reach a command by its id
(``window.commands["edit.note"].trigger()``), so a command is defined exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap

from desktop_app.ui.shell.plain_text import escaped


class ActionRegistry:
    """QActions by id, parented to one owner (the main window)."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._actions: dict[str, QAction] = {}

    def add(
        self,
        action_id: str,
        text: str,
        handler: Callable[[], object] | None = None,
        *,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
        checkable: bool = False,
        checked: bool = False,
        icon: QIcon | None = None,
    ) -> QAction:
        """Create and register an action; its shortcut shows in menus and tooltips."""
        action = QAction(text, self._owner)
        action.setObjectName(action_id)
        if shortcut is not None:
            sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(_tooltip(text, tip, action.shortcut()))
        if checkable:
            action.setCheckable(True)
            action.setChecked(checked)
        if icon is not None:
            action.setIcon(icon)
        if handler is not None:
            if checkable:
                action.toggled.connect(handler)
            else:
                action.triggered.connect(lambda _checked=False: handler())
        self.register(action_id, action)
        return action

    def register(self, action_id: str, action: QAction) -> None:
        """Register an action made elsewhere (e.g. by ``QUndoStack.createUndoAction``)."""
        action.setObjectName(action_id)
        self._actions[action_id] = action

    def remove(self, action_id: str) -> None:
        """Forget and delete an action."""
        action = self._actions.pop(action_id, None)
        if action is not None:
            action.deleteLater()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def ids(self, prefix: str = "") -> Iterator[str]:
        """Registered ids starting with ``prefix``."""
        return (i for i in self._actions if i.startswith(prefix))


def _tooltip(text: str, tip: str, shortcut: QKeySequence) -> str:
    label = re.sub("&(&?)", r"\1", text)  # "&&" is a "&", a lone "&" marks the mnemonic
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    return f"<b>{escaped(label)}</b>{f' ({escaped(keys)})' if keys else ''}<br>{escaped(tip)}"


def swatch_icon(colour: str, size: int = 14) -> QIcon:
    """A round colour swatch, for tag actions."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
