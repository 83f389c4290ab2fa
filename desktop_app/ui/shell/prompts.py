"""Every question the app asks the user goes through a :class:`Prompter` (tests replace it)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.wording import agreeing, counted
from desktop_app.ui.shell.plain_text import escaped, plain_labels, window_title_text

if TYPE_CHECKING:
    from desktop_app.storage.validation import Report
    from desktop_app.ui.classroom.assignment_dialog import AssignmentDraft

PROJECT_FILTER = "Parallax projects (*.parallax.json *.json);;All files (*)"


class UnsavedChoice(Enum):
    """Answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompter(Protocol):
    """The questions and messages of the app."""

    def unsaved_changes(self, name: str) -> UnsavedChoice:
        """Ask whether to save ``name`` before it is closed."""

    def save_path(self, suggested: Path) -> Path | None:
        """Ask where to save; None when cancelled."""

    def open_path(self, folder: Path) -> Path | None:
        """Ask which project to open; None when cancelled."""

    def edit_note(self, quote: str, note: str) -> str | None:
        """Ask for a note on ``quote``; None when cancelled."""

    def import_paths(self, folder: Path, name_filter: str, title: str = "") -> list[Path]:
        """Ask which files to import (several at once); empty when cancelled.

        ``title`` names the dialog ("Collect Hand-ins…"); empty: the import title."""

    def export_path(self, suggested: Path, name_filter: str, title: str = "") -> Path | None:
        """Ask where to write an export (``title`` names the dialog); None when cancelled."""

    def error(self, title: str, message: str, details: str = "") -> None:
        """Tell about a failure."""

    def confirm(self, title: str, message: str, action: str) -> bool:
        """Ask to go ahead with ``action``."""

    def choose(self, title: str, message: str, choices: Sequence[str], *, details: str = "") -> str:
        """Ask to pick one of ``choices`` (button labels; the first is the default, the last
        is what closing the question picks) and return the label picked."""

    def review_report(self, report: Report, *, can_open: bool) -> bool:
        """Show what validation found in a file; True to open what could be salvaged."""

    def pick_colour(self, title: str, colour: str) -> str | None:
        """Ask for a colour (``#RRGGBB``), starting from ``colour``; None when cancelled."""

    def pick_code(self, title: str, message: str, choices: Sequence[tuple[str, str]]) -> str | None:
        """Ask to pick one code of ``choices`` (id, name); its id, or None when cancelled."""

    def confirm_delete_code(self, name: str, count: int) -> bool:
        """Ask to delete the code ``name`` that ``count`` annotations carry."""

    def open_codebook_path(self, folder: Path) -> Path | None:
        """Ask which codebook file (.qdc, .csv) to import; None when cancelled."""

    def save_codebook_path(self, suggested: Path, name_filter: str) -> Path | None:
        """Ask where to export the codebook; None when cancelled."""

    def ask_name(self, current: str) -> str | None:
        """Ask the user's name (what their annotations carry); None when cancelled."""

    def edit_assignment(self, draft: AssignmentDraft) -> AssignmentDraft | None:
        """Ask an assignment's title, instructions, deadline and reference; None when cancelled."""

    def inform(self, title: str, message: str) -> None:
        """Tell something worth reading (an assignment's instructions), as plain text."""

    def link_details(
        self, relations: Sequence[str], suggested: str, quotes: tuple[str, str]
    ) -> tuple[str, str] | None:
        """Ask how two passages relate: (relation, note), or None when cancelled."""


class QtPrompter:
    """The real dialogs, parented to the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def unsaved_changes(self, name: str) -> UnsavedChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved changes")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Save the changes to “{name}” before closing?")
        box.setInformativeText("Your annotations since the last save are lost if you don't save.")
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, "Save project", str(suggested), PROJECT_FILTER
        )
        return Path(name) if name else None

    def open_path(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, "Open project", str(folder), PROJECT_FILTER
        )
        return Path(name) if name else None

    def import_paths(self, folder: Path, name_filter: str, title: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self.parent, title or "Import articles and annotations", str(folder), name_filter
        )
        return [Path(name) for name in names]

    def export_path(self, suggested: Path, name_filter: str, title: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, title or "Export", str(suggested), name_filter
        )
        return Path(name) if name else None

    def edit_note(self, quote: str, note: str) -> str | None:
        dialog = NoteDialog(quote, note, self.parent)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def error(self, title: str, message: str, details: str = "") -> None:
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(
            QMessageBox.Icon.Critical, window_title_text(title), message, ok, self.parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(self, title: str, message: str, action: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            window_title_text(title),
            message,
            QMessageBox.StandardButton.Cancel,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    def choose(self, title: str, message: str, choices: Sequence[str], *, details: str = "") -> str:
        title_bar = window_title_text(title)
        box = QMessageBox(QMessageBox.Icon.Warning, title_bar, "", parent=self.parent)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<b>{escaped(title)}</b>")  # the title bar may not show the title
        paragraphs = [message, details] if details else [message]
        box.setInformativeText("".join(f"<p>{escaped(text)}</p>" for text in paragraphs))
        layout = box.layout()
        if isinstance(layout, QGridLayout):  # a comfortable width for a few sentences
            spacer = QSpacerItem(440, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
            layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
        buttons = []
        for number, label in enumerate(choices):
            last = number == len(choices) - 1
            role = QMessageBox.ButtonRole.RejectRole if last else QMessageBox.ButtonRole.AcceptRole
            buttons.append(box.addButton(label, role))
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return next((c for c, b in zip(choices, buttons, strict=True) if b is clicked), choices[-1])

    def review_report(self, report: Report, *, can_open: bool) -> bool:
        from desktop_app.ui.files.validation_dialog import ValidationDialog

        dialog = ValidationDialog(report, can_open=can_open, parent=self.parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def pick_colour(self, title: str, colour: str) -> str | None:
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        chosen = QColorDialog.getColor(QColor(colour), self.parent, window_title_text(title))
        return chosen.name().upper() if chosen.isValid() else None

    def link_details(
        self, relations: Sequence[str], suggested: str, quotes: tuple[str, str]
    ) -> tuple[str, str] | None:
        from desktop_app.ui.compare.link_dialog import LinkDialog

        dialog = LinkDialog(relations, suggested, quotes, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        relation, note = dialog.answer()
        return (relation, note) if relation else None

    def pick_code(self, title: str, message: str, choices: Sequence[tuple[str, str]]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(window_title_text(title))
        dialog.setLabelText(message)
        dialog.setComboBoxItems([name for _, name in choices])
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText("Choose")
        plain_labels(dialog)
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        dialog.setMinimumWidth(420)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return next((i for i, n in choices if n == dialog.textValue()), None)

    def confirm_delete_code(self, name: str, count: int) -> bool:
        carried = (
            "No annotation carries it."
            if count == 0
            else f"{counted(count, 'annotation')} {agreeing(count, 'carries', 'carry')} it: "
            "they lose this "
            "tag, and those left with no tag and no note are removed."
        )
        return self.confirm(
            "Delete code", f"Delete the code “{name}”?\n\n{carried} You can undo this.", "Delete"
        )

    def open_codebook_path(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            "Import codebook",
            str(folder),
            "Codebooks (*.qdc *.csv);;REFI-QDA codebooks (*.qdc);;CSV files (*.csv)",
        )
        return Path(name) if name else None

    def save_codebook_path(self, suggested: Path, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, "Export codebook", str(suggested), name_filter
        )
        return Path(name) if name else None

    def ask_name(self, current: str) -> str | None:
        from desktop_app.ui.classroom.name_dialog import NameDialog

        dialog = NameDialog(current, self.parent)
        return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_assignment(self, draft: AssignmentDraft) -> AssignmentDraft | None:
        from desktop_app.ui.classroom.assignment_dialog import AssignmentDialog

        dialog = AssignmentDialog(draft, self.parent)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def inform(self, title: str, message: str) -> None:
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(
            QMessageBox.Icon.Information, window_title_text(title), "", ok, self.parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # text from a file is never markup
        box.setText(message)
        box.exec()


class NoteDialog(QDialog):
    """A multi-line note on a passage, with the passage quoted above it."""

    def __init__(self, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Note")
        self.setMinimumWidth(460)
        shown = quote if len(quote) <= 280 else quote[:277] + "…"
        quoted = QLabel(f"“{shown}”")
        quoted.setWordWrap(True)
        quoted.setTextFormat(Qt.TextFormat.PlainText)
        quoted.setObjectName("noteQuote")
        self.editor = QPlainTextEdit(note)
        self.editor.setAccessibleName("Note text")
        self.editor.setPlaceholderText("What does this passage do? Why did you tag it?")
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter makes a new line in the note; Ctrl+Enter (Cmd+Return) keeps it, as in mail.
        self.editor.installEventFilter(self)
        hint = QLabel("Ctrl+Enter keeps the note")
        hint.setObjectName("noteHint")
        hint.setEnabled(False)
        buttons.layout().insertWidget(0, hint)  # type: ignore[union-attr]
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def text(self) -> str:
        """The note as typed."""
        return self.editor.toPlainText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the note keeps it (plain Enter starts a new line)."""
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)
