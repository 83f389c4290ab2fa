"""The dialog editing an article's details: title, outlet, author, date and kind, URL, language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.records import Article
from desktop_app.importers.article_formats import format_name
from desktop_app.ui.shell.plain_text import plain_label

#: (value of ``Article.date_kind``, label)
DATE_KINDS = (("published", "Publication date"), ("event", "Date of the event"))


def date_problem(value: str) -> str:
    """Why ``value`` is not a usable date ("" when it is empty, a year, a month or a day)."""
    value = value.strip()
    if not value:
        return ""
    for shape in ("%Y", "%Y-%m", "%Y-%m-%d"):
        try:
            datetime.strptime(value, shape)
        except ValueError:
            continue
        return ""
    return "Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY)."


class MetadataDialog(QDialog):
    """Fields prefilled from an article; :meth:`values` gives what the user typed."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_id = article.id
        self.setObjectName("metadataDialog")
        self.setWindowTitle("Article Details")
        self.setMinimumWidth(620)

        self.title_edit = self._line(article.title, "Title", "The headline")
        self.outlet_edit = self._line(article.outlet, "Outlet", "Newspaper, site or publisher")
        self.author_edit = self._line(article.author, "Author", "Who wrote it")
        self.date_edit = self._line(article.date, "Date", "YYYY-MM-DD")
        self.date_edit.setMaximumWidth(150)
        self.date_kind = QComboBox()
        self.date_kind.setAccessibleName("What the date is")
        for value, label in DATE_KINDS:
            self.date_kind.addItem(label, value)
        self.date_kind.setCurrentIndex(1 if article.date_kind == "event" else 0)
        self.url_edit = self._line(article.url, "URL", "https://…")
        self.language_edit = self._line(article.language, "Language", "e.g. en, de, kk")
        self.language_edit.setMaximumWidth(150)

        date_row = QHBoxLayout()
        date_row.setSpacing(8)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_kind)
        date_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Outlet:", self.outlet_edit)
        form.addRow("&Author:", self.author_edit)
        form.addRow("&Date:", date_row)
        form.addRow("&URL:", self.url_edit)
        form.addRow("&Language:", self.language_edit)
        # addRow gives each label its field as buddy (Alt+letter); the date's is a row.
        date_label = form.labelForField(date_row)
        if isinstance(date_label, QLabel):
            date_label.setBuddy(self.date_edit)

        self.source = plain_label(_source_line(article))
        self.source.setObjectName("metadataSource")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        muted = self.source.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.source.setPalette(muted)
        self.problem = QLabel("")
        self.problem.setObjectName("metadataProblem")
        self.problem.setStyleSheet("color: #B3261E;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date_edit.textChanged.connect(self._check)
        self.title_edit.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(self.source)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()
        for edit in (self.title_edit, self.author_edit, self.url_edit):
            edit.setCursorPosition(0)
        self.title_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the cursor at the start of the title, showing its beginning."""
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self.title_edit.setCursorPosition(0))

    def _line(self, value: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _check(self) -> None:
        problem = date_problem(self.date_edit.text())
        if not self.title_edit.text().strip():
            problem = "An article needs a title."
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem)

    def accept(self) -> None:
        """Close with Save only when the fields are usable."""
        if not self.problem.text():
            super().accept()

    def values(self) -> dict[str, str]:
        """The edited fields, by ``Article`` field name."""
        return {
            "title": self.title_edit.text(),
            "outlet": self.outlet_edit.text(),
            "author": self.author_edit.text(),
            "date": self.date_edit.text(),
            "date_kind": str(self.date_kind.currentData()),
            "url": self.url_edit.text(),
            "language": self.language_edit.text(),
        }


def _source_line(article: Article) -> str:
    parts = []
    if article.source_file:
        parts.append(f"Imported from {article.source_file}")
    if article.source_format:
        parts.append(format_name(article.source_format))
    parts.append(f"{len(article.text):,} characters")
    return "  ·  ".join(parts)
