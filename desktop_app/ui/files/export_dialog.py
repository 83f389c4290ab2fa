"""File ▸ Export: choose a format and a scope (all, one article, one tag), then where to write it.

The dialog only chooses; the exporters (``desktop_app.exporters``) make the bytes, and the
file is written atomically, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project import Project
from desktop_app.core.wording import counted
from desktop_app.exporters import EXPORTERS, RAW_CSV_HELP, ExportOptions, Scope
from desktop_app.ui.shell.plain_text import tooltip_text

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

#: Formats whose text may start with a byte-order mark.
BOM_FORMATS = ("csv", "codebook-csv")
#: Formats that hold the codebook only (the article scope does not apply).
CODEBOOK_FORMATS = ("qdc", "codebook-csv")


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog chose."""

    format_id: str
    scope: Scope
    options: ExportOptions


class ExportDialog(QDialog):
    """Format, scope and options of an export."""

    def __init__(
        self, project: Project, format_id: str = "w3c", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.setMinimumWidth(540)

        self.format_box = QComboBox()
        self.format_box.setAccessibleName("Format")
        for key, exporter in EXPORTERS.items():
            self.format_box.addItem(exporter.label, key)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_id)))

        self.all_button = QRadioButton("&All annotations")
        self.article_button = QRadioButton("One a&rticle:")
        self.tag_button = QRadioButton("One &tag:")
        self.scope_group = QButtonGroup(self)
        for button in (self.all_button, self.article_button, self.tag_button):
            self.scope_group.addButton(button)
        self.all_button.setChecked(True)
        self.article_box = QComboBox()
        self.article_box.setAccessibleName("Article to export")
        for article in project.articles:
            self.article_box.addItem(article.title, article.id)
        self.tag_box = QComboBox()
        self.tag_box.setAccessibleName("Tag to export")
        for code in project.codes:
            self.tag_box.addItem(code.name, code.id)
        for box in (self.article_box, self.tag_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(28)
        self.article_button.setEnabled(len(project.articles) > 0)
        self.tag_button.setEnabled(len(project.codes) > 0)

        scope = QGridLayout()
        scope.setHorizontalSpacing(10)
        scope.setVerticalSpacing(8)
        scope.setColumnStretch(1, 1)
        scope.addWidget(self.all_button, 0, 0, 1, 2)
        scope.addWidget(self.article_button, 1, 0)
        scope.addWidget(self.article_box, 1, 1)
        scope.addWidget(self.tag_button, 2, 0)
        scope.addWidget(self.tag_box, 2, 1)

        self.bom_box = QCheckBox("Start with a byte-order mark (Excel needs it to read UTF-8)")
        self.raw_box = QCheckBox("Raw cells, for R or pandas (not safe to open in a spreadsheet)")
        self.raw_box.setObjectName("rawCsv")
        self.raw_box.setToolTip(tooltip_text(RAW_CSV_HELP[0].upper() + RAW_CSV_HELP[1:] + "."))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(14)
        form.addRow("&Format:", self.format_box)
        form.addRow("Export:", scope)
        form.addRow("", self.bom_box)
        form.addRow("", self.raw_box)
        format_label = form.labelForField(self.format_box)
        if isinstance(format_label, QLabel):
            format_label.setBuddy(self.format_box)

        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        muted = self.summary.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.summary.setPalette(muted)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "&Export…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(16)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        for signal in (
            self.format_box.currentIndexChanged,
            self.article_box.currentIndexChanged,
            self.tag_box.currentIndexChanged,
            self.scope_group.buttonToggled,
        ):
            signal.connect(self._update)
        self._update()

    def choice(self) -> ExportChoice:
        """The format, scope and options chosen."""
        format_id = str(self.format_box.currentData())
        article_id = tag_id = None
        if self.article_button.isChecked() and format_id not in CODEBOOK_FORMATS:
            article_id = self.article_box.currentData()
        if self.tag_button.isChecked():
            tag_id = self.tag_box.currentData()
        bom = self.bom_box.isChecked() and format_id in BOM_FORMATS
        raw = self.raw_box.isChecked() and format_id in BOM_FORMATS
        options = ExportOptions(bom=bom, raw_csv=raw)
        return ExportChoice(format_id, Scope(article_id, tag_id), options)

    def _update(self) -> None:
        format_id = str(self.format_box.currentData())
        codebook_only = format_id in CODEBOOK_FORMATS
        self.bom_box.setEnabled(format_id in BOM_FORMATS)
        self.raw_box.setEnabled(format_id in BOM_FORMATS)
        self.article_button.setEnabled(not codebook_only and len(self.project.articles) > 0)
        if codebook_only and self.article_button.isChecked():
            self.all_button.setChecked(True)
        self.all_button.setText("The whole &codebook" if codebook_only else "&All annotations")
        self.article_box.setEnabled(self.article_button.isChecked())
        self.tag_box.setEnabled(self.tag_button.isChecked())
        self.summary.setText(self._describe(self.choice()))

    def _describe(self, choice: ExportChoice) -> str:
        project = self.project
        scope = choice.scope
        if choice.format_id in CODEBOOK_FORMATS:
            count = len(scope.codes(project))
            return f"{counted(count, 'tag').capitalize()} of the codebook."
        annotations = scope.annotations(project)
        articles = len({a.article for a in annotations}) if annotations else 0
        return (
            f"{counted(len(annotations), 'annotation').capitalize()} "
            f"from {counted(articles, 'article')}."
        )


class ExportController(QObject):
    """Runs File ▸ Export for one window."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.setObjectName("exporter")
        self.window = window
        self.last_format = "w3c"
        self.last_folder: Path | None = None
        self.dialog: ExportDialog | None = None

    def open_dialog(self) -> None:
        """Show the export dialog; Export asks where to write."""
        dialog = ExportDialog(self.window.document.project, self.last_format, self.window.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.export(dialog.choice()))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def export(self, choice: ExportChoice) -> Path | None:
        """Ask for a destination, export and write it; the path written, or None."""
        from desktop_app.exporters import ExportError, suggested_file_name
        from desktop_app.storage.atomic import write_atomic

        window = self.window
        project = window.document.project
        exporter = EXPORTERS[choice.format_id]
        self.last_format = choice.format_id
        folder = self.last_folder or (
            window.document.path.parent if window.document.path else Path.home()
        )
        suggested = folder / suggested_file_name(project, choice.scope, choice.format_id)
        name_filter = f"{exporter.label} (*{exporter.extension});;All files (*)"
        path = window.prompter.export_path(suggested, name_filter)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_name(path.name + exporter.extension)
        elif not path.name.lower().endswith(exporter.extension.lower()):
            chosen = self._settle_extension(path, choice.format_id)
            if chosen is None:
                return None
            path = chosen
        try:
            data = exporter.export(project, choice.scope, choice.options)
        except ExportError as error:
            window.prompter.error("Could not export", f"Nothing was written: {error}.")
            return None
        try:
            write_atomic(path, data, keep_backup=False)
        except OSError as error:
            reason = error.strerror or str(error)
            window.prompter.error(
                "Could not export",
                f"Parallax could not write “{path}”: {reason}.\n\nChoose another folder.",
            )
            return None
        self.last_folder = path.parent
        window.announce(f"Exported to {path} ({len(data):,} bytes).", 6000)
        return path

    def _settle_extension(self, path: Path, format_id: str) -> Path | None:
        """Ask what to do when the name's extension is not the format's; None: cancel."""
        exporter = EXPORTERS[format_id]
        fixed = path.with_suffix(exporter.extension)
        other = next(
            (e.label for e in EXPORTERS.values() if e.extension.lower() == path.suffix.lower()),
            None,
        )
        reads_as = f", which is the ending of {other}" if other else ""
        use, keep = f"Save as “{fixed.name}”", f"Keep “{path.name}”"
        answer = self.window.prompter.choose(
            "The file name does not match the format",
            f"“{path.name}” ends in {path.suffix}{reads_as}, but the format chosen is "
            f"{exporter.label}, whose files end in {exporter.extension}.",
            [use, keep, "Cancel"],
            details="Programs that open the export often go by the ending of its name.",
        )
        if answer == use:
            return fixed
        return path if answer == keep else None


def install(window: Host) -> None:
    """Add File ▸ Export… (Ctrl+E) to ``window``."""
    exporter = ExportController(window)
    window.add_feature(exporter)
    action = window.commands.add(
        "file.export",
        "&Export…",
        exporter.open_dialog,
        shortcut="Ctrl+E",
        tip="Write the annotations as W3C, REFI-QDA, CSV or a report",
    )
    menu = window.menus["file"]
    actions = menu.actions()
    anchor = next((window.commands[i] for i in window.commands.ids("file.import")), None)
    if anchor is not None and anchor in actions and actions.index(anchor) + 1 < len(actions):
        menu.insertAction(actions[actions.index(anchor) + 1], action)
    else:
        quit_action = window.commands["file.quit"]
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
