"""A one-line label that shortens its text with "…" to fit (its parent tells all on hover)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line, elided at the right to fit its width.

    Pane headers use it so that four narrow panes never wrap a long title into a tall
    header. :meth:`full_text` is the whole text; ``text()`` is what is shown.
    """

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        """Set the whole text (on one line, whatever the source held); it shows elided."""
        self._full = " ".join(text.split())
        self._elide()

    def full_text(self) -> str:
        """The whole text, as set."""
        return self._full

    def is_elided(self) -> bool:
        """True when the text is cut to fit."""
        return self.text() != self._full

    def minimumSizeHint(self) -> QSize:
        """As narrow as a few letters: the pane decides the width, not the title."""
        return QSize(self.fontMetrics().horizontalAdvance("M…") + 4, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (zoom, theme) elides again; other changes (palette, state) do not."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self._full
        if width > 0:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
