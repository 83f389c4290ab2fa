"""The disagreement view's dock contents: article and annotator pickers, the list, buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class DisagreementPanel(QWidget):
    """Article, annotator A and B, the list of disagreements and the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disagreementPanel")
        self.article = QComboBox()
        self.article.setAccessibleName("Article")
        self.first = QComboBox()
        self.first.setAccessibleName("First annotator")
        self.second = QComboBox()
        self.second.setAccessibleName("Second annotator")
        self.items = QListWidget()
        self.items.setObjectName("disagreementList")
        self.items.setAccessibleName("Disagreements")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.previous = QPushButton("◀ &Previous")
        self.next = QPushButton("&Next ▶")
        self.feedback = QPushButton("Save &Feedback…")
        self.feedback.setToolTip(
            "The first annotator's feedback report (HTML) with the second as the reference"
        )
        pick = QFormLayout()
        pick.addRow("&Article:", self.article)
        pick.addRow("&First:", self.first)
        pick.addRow("&Second:", self.second)
        buttons = QHBoxLayout()
        for button in (self.previous, self.next):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.feedback)
        side = QVBoxLayout()
        side.addLayout(pick)
        side.addWidget(self.summary)
        side.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.items, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(side, 2)
        layout.addLayout(right, 5)
