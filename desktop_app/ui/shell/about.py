"""The About dialog: version, licence, and the libraries Parallax is built on (all offline)."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import NamedTuple

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.paths import resource
from desktop_app.ui.shell.icons import app_icon

COPYRIGHT = "Copyright (c) 2026 The Parallax developers"
LICENCE = "MIT"
#: Distributions whose versions the dialog lists, in the order shown.
MAIN_LIBRARIES = ("PySide6-Essentials", "shiboken6", "msgspec", "rapidfuzz", "platformdirs")
LGPL_NOTE = (
    "Qt and PySide6 are used under the GNU Lesser General Public License v3. "
    "Their libraries are separate files in Parallax's installation folder, so you may "
    "replace them with your own build of a compatible version."
)


class Library(NamedTuple):
    """One component shown in the About dialog."""

    name: str
    version: str
    licence: str


def _licence_of(distribution: metadata.Distribution) -> str:
    """The licence a distribution declares (SPDX expression if it has one)."""
    fields = distribution.metadata
    declared = next(
        (v for key in ("License-Expression", "License") for v in fields.get_all(key) or [] if v),
        "",
    )
    first_line = declared.strip().splitlines()[0] if declared.strip() else ""
    return first_line if len(first_line) <= 60 else first_line[:57] + "…"


def library_versions() -> list[Library]:
    """Python, Qt, the main libraries and the bundled font, with versions and licences."""
    rows = [
        Library("Python", platform.python_version(), "PSF-2.0"),
        Library("Qt", qVersion(), "LGPL-3.0-only"),
    ]
    for name in MAIN_LIBRARIES:
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            rows.append(Library(name, "not found", ""))
            continue
        rows.append(Library(name, distribution.version, _licence_of(distribution)))
    if resource("fonts", "OFL.txt").is_file():  # the reading font ships with its licence
        rows.append(Library("Charis SIL (reading font)", "bundled", "OFL-1.1"))
    return rows


class AboutDialog(QDialog):
    """Modal dialog naming the app, its version, licence and components."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.setWindowIcon(app_icon())

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(
            "Read articles side by side, highlight and tag passages, "
            "and export the coding to the formats researchers use.\n\n"
            f"{COPYRIGHT}.\nReleased under the {LICENCE} licence "
            "(see the LICENSE file installed with Parallax)."
        )
        summary.setObjectName("aboutSummary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        heading = QHBoxLayout()
        heading.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(summary)
        heading.addLayout(text, stretch=1)

        self.libraries = self._library_table(library_versions())
        lgpl = QLabel(LGPL_NOTE)
        lgpl.setObjectName("aboutLgpl")
        lgpl.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(QLabel("Built with:"))
        layout.addWidget(self.libraries)
        layout.addWidget(lgpl)
        layout.addStretch(1)
        layout.addWidget(buttons)
        width = 540  # wide enough for the licence column; height follows the wrapped text
        self.resize(width, max(layout.totalHeightForWidth(width), self.minimumHeight()))

    @staticmethod
    def _library_table(libraries: list[Library]) -> QTableWidget:
        table = QTableWidget(len(libraries), 3)
        table.setObjectName("aboutLibraries")
        table.setHorizontalHeaderLabels(["Component", "Version", "Licence"])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, library in enumerate(libraries):
            for column, value in enumerate(library):
                table.setItem(row, column, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(rows_height + header.sizeHint().height() + 2 * table.frameWidth())
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table
