"""The teacher's assignment form: title, instructions, deadline and the reference coding."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

NOTE = (
    "Students receive the articles, the codebook with its descriptions and these "
    "instructions. Nobody's coding goes with it: the reference stays in this project, "
    "for Analysis ▸ Agreement and the feedback reports."
)


@dataclass(frozen=True)
class AssignmentDraft:
    """What the form shows and returns."""

    title: str
    instructions: str = ""
    deadline: str = ""
    #: The annotator whose coding is the reference (None: no reference).
    reference: str | None = None
    #: The annotators that can be the reference: (id, name).
    references: tuple[tuple[str, str], ...] = ()


class AssignmentDialog(QDialog):
    """Fields for an :class:`AssignmentDraft`; OK needs a title."""

    def __init__(self, draft: AssignmentDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentDialog")
        self.setWindowTitle("Make Assignment")
        self._draft = draft
        self.title = QLineEdit(draft.title)
        self.title.setAccessibleName("Assignment title")
        self.instructions = QPlainTextEdit(draft.instructions)
        self.instructions.setAccessibleName("Instructions for students")
        self.instructions.setPlaceholderText("What to read for, which codes to use, how to hand in")
        self.instructions.setTabChangesFocus(True)
        self.deadline = QLineEdit(draft.deadline)
        self.deadline.setAccessibleName("Deadline")
        self.deadline.setPlaceholderText("e.g. Friday 12 December, 9:00")
        self.reference = QComboBox()
        self.reference.setAccessibleName("Reference coding")
        self.reference.addItem("No reference", None)
        for annotator_id, name in draft.references:
            self.reference.addItem(name, annotator_id)
        self.reference.setCurrentIndex(max(0, self.reference.findData(draft.reference)))
        form = QFormLayout()
        for label, field in (
            ("&Title:", self.title),
            ("&Instructions:", self.instructions),
            ("&Deadline:", self.deadline),
            ("&Reference coding:", self.reference),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        note = QLabel(NOTE)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Save for Students…")
        ok.setEnabled(bool(draft.title.strip()))
        self.title.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def draft(self) -> AssignmentDraft:
        """The assignment as the fields say."""
        return replace(
            self._draft,
            title=" ".join(self.title.text().split()),
            instructions=self.instructions.toPlainText().strip(),
            deadline=self.deadline.text().strip(),
            reference=self.reference.currentData(),
        )
