"""Opening a project file through validation: the located problem report and salvage.

``FileCommands.open_path`` (``ui.files.file_commands``) opens every project file this way
(File ▸ Open, the command line): the file goes through ``storage.validation.load_with_report``;
when something is wrong the :class:`ValidationDialog` lists every problem with its line,
column and JSON path and what was done about it, and the user opens what could be salvaged
or cancels. An unreadable file is a clear error and the current project stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.validation import Problem, Report
from desktop_app.ui.shell.plain_text import plain_label, tooltip_text, window_title_text

#: Outcome -> (label shown, colour of the label, what it means).
OUTCOMES: dict[str, tuple[str, str, str]] = {
    "dropped": ("Dropped", "#B3261E", "could not be kept; it is listed here so you can redo it"),
    "repaired": ("Repaired", "#8A5A00", "fixed on opening"),
    "orphaned": ("Orphaned", "#6B3FA0", "kept, but its passage was not found: see Orphans"),
    "kept": ("Kept", "#3F6B3F", "kept as it was"),
    "unreadable": ("Unreadable", "#B3261E", "nothing could be read"),
}


def readable(message: str) -> str:
    """A problem's message as a sentence: capitalised, without the parser's backticks."""
    message = message.replace("`", "")
    return message[:1].upper() + message[1:]


def where(problem: Problem) -> str:
    """``line 12, column 5`` (or "" when the problem has no place in the file)."""
    if problem.line is None:
        return ""
    return f"line {problem.line}, column {problem.column}"


class ValidationDialog(QDialog):
    """Every problem found in a file, where it is, and what opening it will do."""

    def __init__(self, report: Report, *, can_open: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("validationDialog")
        self.setWindowTitle(f"Problems in “{window_title_text(report.path.name)}”")
        self.setMinimumSize(760, 420)

        heading = plain_label(self._heading())
        heading.setObjectName("reportHeading")
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setWordWrap(True)
        explanation = QLabel(self._explanation(can_open))
        explanation.setObjectName("reportExplanation")
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTreeWidget()
        self.table.setObjectName("problemList")
        self.table.setAccessibleName("Problems found in the file")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(False)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(["Outcome", "Where", "Problem"])
        self.table.setStyleSheet("QTreeWidget#problemList::item { padding: 5px 8px; }")
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for problem in report.problems:
            self.table.addTopLevelItem(self._row(problem))
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)

        notes = plain_label("\n".join(f"Note: {note}." for note in report.notes))
        notes.setObjectName("reportNotes")
        notes.setWordWrap(True)
        notes.setVisible(bool(report.notes))

        buttons = QDialogButtonBox()
        self.open_button: QPushButton | None = None
        if can_open and report.readable:
            label = "Open Read-Only" if report.read_only else "Open Salvaged Project"
            self.open_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            self.open_button.setDefault(True)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy Report", QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip("Copy the report as text (one line per problem) to the clipboard")
        copy.clicked.connect(self.copy_report)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(notes)
        layout.addWidget(buttons)

    def _heading(self) -> str:
        count = len(self.report.problems)
        if not self.report.readable:
            return f"“{self.report.path.name}” cannot be opened"
        plural = "s" if count != 1 else ""
        return f"Parallax found {count} problem{plural} in “{self.report.path.name}”"

    def _explanation(self, can_open: bool) -> str:
        report = self.report
        if not report.readable:
            return "Nothing in this file could be read. Your current project stays open."
        dropped = len(report.with_outcome("dropped"))
        text = "Everything that is valid was read. Each problem below says where it is in the file "
        text += "and what was done about it."
        if dropped:
            text += (
                f" {dropped} item{'s' if dropped != 1 else ''} could not be kept; "
                "they are listed so you can restore them by hand."
            )
        if report.read_only:
            text += " The file is from a newer Parallax and opens read-only."
        elif can_open:
            text += (
                " If you open it, saving writes the repaired project; the damaged file "
                "is kept beside it as a backup (name ending in ~)."
            )
        return text

    def _row(self, problem: Problem) -> QTreeWidgetItem:
        label, colour, meaning = OUTCOMES.get(problem.outcome, (problem.outcome, "#444444", ""))
        place = where(problem)
        if problem.json_path:
            place = f"{place}\n{problem.json_path}" if place else problem.json_path
        item = QTreeWidgetItem([label, place or "whole file", readable(problem.message)])
        item.setForeground(0, QColor(colour))
        bold = QFont(self.font())
        bold.setBold(True)
        item.setFont(0, bold)
        item.setToolTip(0, f"{label}: {meaning}")
        item.setToolTip(2, tooltip_text(problem.message))
        item.setData(0, Qt.ItemDataRole.UserRole, problem)
        return item

    def copy_report(self) -> None:
        """Put the whole report, one line per problem, on the clipboard."""
        QGuiApplication.clipboard().setText(self.report.format())


def unreadable_message(report: Report) -> str:
    """Why a file cannot be opened, in a sentence."""
    reasons = "; ".join(p.message for p in report.problems) or "it is not a project file"
    return f"“{report.path}” cannot be opened: {reasons}. Your current project stays open."
