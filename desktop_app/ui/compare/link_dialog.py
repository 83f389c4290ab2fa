"""The Link dialog: both passages quoted, a relation (editable list) and an optional note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def _quoted(text: str) -> QLabel:
    shown = text if len(text) <= 220 else text[:219] + "…"
    label = QLabel(f"“{shown}”")
    label.setTextFormat(Qt.TextFormat.PlainText)  # file text is never markup
    label.setWordWrap(True)
    return label


class LinkDialog(QDialog):
    """Asks how two passages relate; the relation list takes the reader's own words too."""

    def __init__(
        self,
        relations: Sequence[str],
        suggested: str,
        quotes: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Link Passages")
        self.setMinimumWidth(480)
        self.relation = QComboBox(editable=True)
        self.relation.addItems(list(relations))
        self.relation.setCurrentText(suggested)
        self.relation.setAccessibleName("Relation")
        self.note = QLineEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Optional: why they relate so")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Link")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("A:", _quoted(quotes[0]))
        form.addRow("B:", _quoted(quotes[1]))
        form.addRow("&Relation:", self.relation)
        form.addRow("&Note:", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.relation.setFocus()

    def answer(self) -> tuple[str, str]:
        """(relation, note) as entered."""
        return self.relation.currentText().strip(), self.note.text().strip()
