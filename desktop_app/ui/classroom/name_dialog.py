"""The question "who is coding?": the user's name, asked on first start and in Preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

EXPLANATION = (
    "Parallax marks every annotation, note and link you make with your name, so that a "
    "teacher or a co-coder can tell whose coding is whose. It is kept for you on this "
    "computer, not in the project; you can change it in Preferences."
)


class NameDialog(QDialog):
    """One line for the name, with why it is asked."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameDialog")
        self.setWindowTitle("Your Name")
        explanation = QLabel(EXPLANATION)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.field = QLineEdit(current)
        self.field.setObjectName("userName")
        self.field.setAccessibleName("Your name")
        self.field.setPlaceholderText("e.g. Ada Lovelace")
        self.field.setMaxLength(120)
        caption = QLabel("Your &name:")
        caption.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.field.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(current.strip()))
        form = QFormLayout()
        form.addRow(caption, self.field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def name(self) -> str:
        """The name as typed, with its spaces tidied."""
        return " ".join(self.field.text().split())
