"""The quick tag picker: a small popup that finds a code by part of its name (T)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.records import Code
from desktop_app.core.search import filter_codes
from desktop_app.ui.shell.commands import swatch_icon
from desktop_app.ui.shell.plain_text import tooltip_text

CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TagPicker(QFrame):
    """A popup: type part of a tag's name, move with the arrows, Enter to tag."""

    #: The user picked a code (its id).
    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("tagPicker")
        self.setAccessibleName("Quick tag picker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._codes: list[Code] = []
        self.line = QLineEdit(placeholderText="Type part of a tag’s name…")
        self.line.setAccessibleName("Tag name")
        self.line.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Matching tags")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        self.hint = QLabel("↑↓ choose · Enter tag · Esc close")
        self.hint.setObjectName("tagPickerHint")
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.line)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.setMinimumWidth(300)
        self.line.textChanged.connect(self._refill)
        self.line.installEventFilter(self)
        self.list.itemActivated.connect(self._choose_item)
        self.list.itemClicked.connect(self._choose_item)

    def popup(self, codes: Iterable[Code], anchor: QWidget) -> None:
        """Show the picker near the top of ``anchor`` with every code listed."""
        self._codes = list(codes)
        self.line.clear()
        self._refill("")
        rows = min(max(self.list.count(), 1), 10)
        self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), 22) + 6)
        self.adjustSize()
        origin = anchor.mapToGlobal(QPoint(0, 0))
        self.move(origin.x() + max(0, (anchor.width() - self.width()) // 2), origin.y() + 24)
        self.show()
        self.raise_()
        self.activateWindow()
        self.line.setFocus()

    def _refill(self, typed: str) -> None:
        self.list.clear()
        for code in filter_codes(self._codes, typed):
            label = f"{code.name}    {code.shortcut}" if code.shortcut else code.name
            item = QListWidgetItem(swatch_icon(code.color), label)
            item.setData(CODE_ID_ROLE, code.id)
            item.setToolTip(tooltip_text(code.description or code.name))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def matching_names(self) -> list[str]:
        """Names of the codes listed now, in order."""
        return [
            self._codes_by_id()[self.list.item(i).data(CODE_ID_ROLE)]
            for i in range(self.list.count())
        ]

    def _codes_by_id(self) -> dict[str, str]:
        return {code.id: code.name for code in self._codes}

    def _choose_item(self, item: QListWidgetItem) -> None:
        if not self.isVisible():  # a click that also activates (single-click styles) comes twice
            return
        self.hide()
        self.chosen.emit(item.data(CODE_ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows move in the list, Enter picks, Escape closes: the line keeps the focus."""
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                count = self.list.count()
                if count:
                    self.list.setCurrentRow((self.list.currentRow() + step) % count)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None:
                    self._choose_item(item)
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)
