"""Analysis ▸ Agreement…: inter-coder agreement of the open project and other files.

The dialog compares the annotators of the open project (and of any project files added),
in characters or sentences, optionally against one annotator as the reference, and shows
three tables: per code, per pair of annotators, and per annotator against the reference.
The numbers come from ``core.agreement``; every string from a file is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from desktop_app.core.agreement import (
    AgreementError,
    AgreementResult,
    Estimate,
    Source,
    UnitKind,
    compute_agreement,
    split_reference,
)

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

PROJECT_FILTER = "Parallax projects (*.parallax.json *.json);;All files (*)"
REPORT_FILTER = "JSON (*.json);;CSV (*.csv);;Markdown (*.md);;HTML (*.html)"
SUMMARY_COLUMNS = ("Code", "Units", "Agreement", "Krippendorff's α", "Note")
PAIR_COLUMNS = ("Code", "Annotator A", "Annotator B", "Cohen's κ", "Agreement", "Note")
REFERENCE_COLUMNS = ("Annotator", "Code", "κ", "Passages", "Found", "Recall", "Precision")


def shown(estimate: Estimate) -> str:
    """A statistic for a table cell: three decimals, or a dash when undefined."""
    return "—" if estimate.value is None else f"{estimate.value:.3f}"


class AgreementDialog(QDialog):
    """Inputs, unit and reference on top; the tables of the result below."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("agreementDialog")
        self.setWindowTitle("Agreement")
        self.resize(820, 560)
        #: Project files added besides the open project: (name, project source).
        self.extra: list[Source] = []
        self.agreement: AgreementResult | None = None

        self.inputs = QListWidget()
        self.inputs.setObjectName("agreementInputs")
        self.inputs.setMaximumHeight(90)
        self.add_button = QPushButton("&Add Files…")
        self.add_button.clicked.connect(self.add_files)
        self.unit = QComboBox()
        self.unit.addItem("Characters (non-whitespace)", "character")
        self.unit.addItem("Sentences", "sentence")
        self.reference = QComboBox()
        self.notes = QLabel()
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.summary = _table("agreementSummary", SUMMARY_COLUMNS)
        self.pairs = _table("agreementPairs", PAIR_COLUMNS)
        self.against = _table("agreementReference", REFERENCE_COLUMNS)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary, "Per code")
        self.tabs.addTab(self.pairs, "Pairs of annotators")
        self.tabs.addTab(self.against, "Against the reference")

        files_row = QHBoxLayout()
        files_row.addWidget(self.inputs, 1)
        files_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow("Compare:", files_row)
        form.addRow("&Unit:", self.unit)
        form.addRow("&Reference:", self.reference)
        self.save_button = QPushButton("&Save Report…")
        self.save_button.clicked.connect(self.save_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

        self._fill_inputs()
        self.unit.currentIndexChanged.connect(self.refresh)
        self.reference.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # -- inputs ----------------------------------------------------------------------------

    def _this_project(self) -> Source:
        document = self.window_.document
        return Source(document.name, document.project)

    def _fill_inputs(self) -> None:
        self.inputs.clear()
        self.inputs.addItem(f"This project ({self.window_.document.name})")
        for source in self.extra:
            self.inputs.addItem(source.name)
        current = self.reference.currentData()
        self.reference.blockSignals(True)
        self.reference.clear()
        self.reference.addItem("No reference", None)
        for annotator in self.window_.document.project.annotators:
            self.reference.addItem(f"{annotator.name} (this project)", annotator.id)
        index = self.reference.findData(current)
        self.reference.setCurrentIndex(max(index, 0))
        self.reference.blockSignals(False)

    def add_files(self) -> None:
        """Ask for project files and compare their annotators too."""
        from desktop_app.storage.validation import load_with_report

        document = self.window_.document
        folder = document.path.parent if document.path else Path.home()
        prompter = self.window_.prompter
        for path in prompter.import_paths(folder, PROJECT_FILTER, title="Compare Project Files…"):
            project, report = load_with_report(path)
            if project is None:
                self.window_.prompter.error(
                    "Cannot compare this file",
                    f"“{path.name}” is not a Parallax project Parallax can read.",
                    report.format(),
                )
                continue
            self.extra.append(Source(_label(path), project))
        self._fill_inputs()
        self.refresh()

    # -- the result --------------------------------------------------------------------------

    def sources(self) -> tuple[list[Source], Source | None]:
        """What to compare, and the reference (None: no reference)."""
        this = self._this_project()
        reference_id = self.reference.currentData()
        if reference_id is None:
            return [this, *self.extra], None
        compared, reference = split_reference(this, reference_id)
        return [compared, *self.extra], reference

    def refresh(self) -> None:
        """Compute again and fill the tables."""
        unit: UnitKind = self.unit.currentData()
        sources, reference = self.sources()
        try:
            self.agreement = compute_agreement(sources, unit=unit, reference=reference)
        except AgreementError as error:
            self.agreement = None
            for table in (self.summary, self.pairs, self.against):
                table.setRowCount(0)
            self.notes.setText(f"No agreement to show: {error}.")
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        result = self.agreement
        codes = (*result.codes, result.overall)
        _fill(
            self.summary,
            [
                [
                    c.name,
                    f"{c.units:,}",
                    shown(c.percent_agreement),
                    shown(c.krippendorff_alpha),
                    c.krippendorff_alpha.reason or "",
                ]
                for c in codes
            ],
            range(1, 4),
        )
        _fill(
            self.pairs,
            [
                [c.name, p.a, p.b, shown(p.kappa), shown(p.percent_agreement), p.kappa.reason or ""]
                for c in codes
                for p in c.cohen_kappa
            ],
            range(3, 5),
        )
        rows = []
        if result.reference is not None:
            for name, reference_codes in result.reference.by_annotator:
                rows += [
                    [
                        name,
                        r.name,
                        shown(r.kappa),
                        str(r.passages),
                        str(r.found),
                        shown(r.recall),
                        shown(r.precision),
                    ]
                    for r in reference_codes
                ]
        _fill(self.against, rows, range(2, 7))
        self.tabs.setTabEnabled(2, result.reference is not None)
        annotators = ", ".join(result.annotators)
        self.notes.setText("\n".join([f"Annotators: {annotators}.", *result.notes]))

    def save_report(self) -> Path | None:
        """Write the result as JSON, CSV, Markdown or HTML (by the name's extension)."""
        from desktop_app.exporters.agreement_report import FORMATS, render
        from desktop_app.storage.atomic import write_atomic

        if self.agreement is None:
            return None
        document = self.window_.document
        folder = document.path.parent if document.path else Path.home()
        path = self.window_.prompter.export_path(
            folder / "agreement.json", REPORT_FILTER, title="Save Agreement Report"
        )
        if path is None:
            return None
        format_id = next((f for f in FORMATS if path.suffix.lower() == f".{f}"), None)
        if format_id is None:
            path, format_id = path.with_name(path.name + ".json"), "json"
        try:
            write_atomic(path, render(self.agreement, format_id), keep_backup=False)
        except OSError as error:
            self.window_.prompter.error(
                "Could not save the report", f"“{path}”: {error.strerror or error}."
            )
            return None
        self.window_.announce(f"Agreement report saved to {path}.", 6000)
        return path


def _label(path: Path) -> str:
    name = path.name
    for suffix in (".parallax.json", ".json"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _table(name: str, columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numbers: range) -> None:
    """Fill ``table``; the ``numbers`` columns are right-aligned."""
    table.setRowCount(len(rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)  # plain text: never interpreted as markup
            if column in numbers:
                item.setTextAlignment(right)
            table.setItem(row, column, item)


class AgreementController(QObject):
    """Opens the dialog for one window (one at a time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("agreement")
        self.window = window
        self.dialog: AgreementDialog | None = None

    def open_dialog(self) -> AgreementDialog:
        """Show the dialog for the open project."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = AgreementDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog


def analysis_menu(window: MainWindow) -> None:
    """Make sure the window has an Analysis menu (before Help)."""
    if "analysis" in window.menus:
        return
    from PySide6.QtWidgets import QMenu

    menu = QMenu("&Analysis", window)
    window.menuBar().insertMenu(window.menus["help"].menuAction(), menu)
    window.menus["analysis"] = menu


def install(window: MainWindow) -> None:
    """Add Analysis ▸ Agreement… to ``window``."""
    controller = AgreementController(window)
    analysis_menu(window)
    action = window.commands.add(
        "analysis.agreement",
        "&Agreement…",
        controller.open_dialog,
        tip="Inter-coder agreement per code: percent, Cohen's κ per pair, Krippendorff's α",
    )
    window.menus["analysis"].addAction(action)
