"""Help ▸ Getting Started: four short steps over the sample pair, shown once on the first run.

It is not modal: the reader can follow the steps in the panes while it stays open. The
tag keys it names come from the project's codebook, so the guide matches what is on screen.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project import Project

#: The user setting that records the guide was offered (so it opens on the first run only).
SHOWN_KEY = "help/getting_started_shown"


def guide_steps(project: Project) -> list[tuple[str, str]]:
    """(heading, text) of each step, with this project's tag keys; plain text."""
    keyed = [f"{code.shortcut} {code.name}" for code in project.codes if code.shortcut][:3]
    keys = ", ".join(keyed) if keyed else "a tag's key (Tags menu)"
    return [
        (
            "Two accounts side by side",
            "Each pane shows one article. The samples are two reports of one event from two "
            "outlets. Ctrl+T adds a pane; the Article menu chooses what a pane shows.",
        ),
        (
            "Tag a passage",
            f"Select text with the mouse or Shift+arrows, then press {keys}. Press the key "
            "again to take the tag off; N adds a note; Ctrl+Z undoes anything.",
        ),
        (
            "Find your way back",
            "Every annotation is in the list (Ctrl+Shift+A); double-click one to jump to it. "
            "J and K step through the annotations in the text.",
        ),
        (
            "Keep and share your work",
            "Ctrl+S saves one JSON project file, and a recovery copy is kept as you work. "
            "Ctrl+E exports to W3C, REFI-QDA (NVivo, ATLAS.ti, MAXQDA), CSV or a report.",
        ),
    ]


class GettingStarted(QDialog):
    """The guide: numbered steps, a way to the shortcuts, and a button to start reading."""

    def __init__(
        self,
        project: Project,
        show_shortcuts: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setWindowTitle("Getting Started")
        self.setModal(False)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.steps: list[QLabel] = []
        for number, (heading, text) in enumerate(guide_steps(project), start=1):
            label = QLabel(f"<p><b>{number}. {html.escape(heading)}</b><br>{html.escape(text)}</p>")
            label.setTextFormat(Qt.TextFormat.RichText)  # our own markup; every string escaped
            label.setWordWrap(True)
            self.steps.append(label)
            layout.addWidget(label)
        buttons = QDialogButtonBox()
        shortcuts = QPushButton("Keyboard Shortcuts")
        shortcuts.clicked.connect(lambda: show_shortcuts())
        buttons.addButton(shortcuts, QDialogButtonBox.ButtonRole.HelpRole)
        start = buttons.addButton("Start Reading", QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
