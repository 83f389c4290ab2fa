"""Read-only projects (files from a newer Parallax): a banner saying so, writing actions off.

A newer file was read with only the fields this version knows; writing it back would lose
the rest. So while such a document is shown, a banner explains it, the status bar says
"Read-only", every action that changes or writes the project is disabled, and the
document itself refuses edits (``ProjectDocument.read_only``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QWidget

from desktop_app.storage.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

#: Actions that change or write the project, by id or id prefix (ending in ".").
#: (Edits that slip through are refused by the read-only document anyway.)
WRITING_ACTIONS = (
    "file.save",
    "file.save_as",
    "file.import",
    "edit.note",
    "edit.delete",
    "edit.paste_article",
    "edit.article_note",
    "tag.",
    "coding.",
    "annotation.",
    "codebook.",
    "reanchor.",
    "article.update_text",
    "article.edit_metadata",
    "article.remove",
)

BANNER_STYLE = """
QToolBar#readOnlyBanner { background: #FFF3CD; border: none; border-bottom: 1px solid #E6CF87;
  padding: 0; spacing: 0; }
QLabel#readOnlyTitle { color: #5C4400; font-weight: 600; }
QLabel#readOnlyText { color: #5C4400; }
QLabel#readOnlyBadge { color: #FFFFFF; background: #A66F00; border-radius: 8px;
  padding: 1px 8px; font-weight: 600; }
"""


def banner_text(version: int | None) -> str:
    """What the banner says about a file of schema ``version``."""
    written = f"schema version {version}" if version else "a newer schema"
    return (
        f"This file was written by a newer Parallax ({written}; this version reads up to "
        f"{SCHEMA_VERSION}). You can read and search it, but tagging, notes and saving are "
        "off so that nothing this version does not understand is lost. Open it in the "
        "newer Parallax to change it."
    )


class ReadOnlyBanner(QToolBar):
    """A strip across the top of the window, shown while the project is read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Read-only", parent)
        self.setObjectName("readOnlyBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet(BANNER_STYLE)
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        badge = QLabel("Read-only")
        badge.setObjectName("readOnlyBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.addWidget(content)
        self.setAccessibleName("Read-only notice")


class ReadOnlyMode:
    """Keeps the banner, the status label and the writing actions in step with the document."""

    def __init__(self, window: Host) -> None:
        self.window = window
        window.widget.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.banner = ReadOnlyBanner(window.widget)
        window.widget.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.status = QLabel("Read-only")
        self.status.setObjectName("readOnlyStatus")
        self.status.setToolTip("This project is from a newer Parallax and cannot be changed here")
        window.widget.statusBar().addPermanentWidget(self.status)
        self._disabled: list[str] = []
        window.document_changed.connect(self.update)
        self._bound: object = None
        self.update()
        # Features installed after this one add their actions later: check them once more.
        QTimer.singleShot(0, self.banner, self.update)

    def update(self) -> None:
        """Show or hide the notice and switch the writing actions for the current document."""
        document = self.window.document
        if self._bound is not document:
            document.edit_refused.connect(self._on_refused)
            self._bound = document
        read_only = document.read_only
        self.banner.setVisible(read_only)
        self.status.setVisible(read_only)
        if read_only:
            self.banner.text.setText(banner_text(document.schema_version))
        self._set_writing_enabled(not read_only)

    def _set_writing_enabled(self, enabled: bool) -> None:
        actions = self.window.commands
        if enabled:
            for action_id in self._disabled:
                if action_id in actions:
                    actions[action_id].setEnabled(True)
            self._disabled = []
            return
        for action_id in writing_action_ids(self.window):
            if actions[action_id].isEnabled():
                actions[action_id].setEnabled(False)
                self._disabled.append(action_id)

    def _on_refused(self) -> None:
        self.window.announce(
            "This project is read-only (written by a newer Parallax): nothing was changed.", 5000
        )


def writing_action_ids(window: Host) -> list[str]:
    """Ids of the registered actions that change or write the project."""
    found = []
    for action_id in window.commands.ids():
        for pattern in WRITING_ACTIONS:
            if action_id == pattern or (pattern.endswith(".") and action_id.startswith(pattern)):
                found.append(action_id)
                break
    return found


def install(window: Host) -> None:
    """Add the read-only banner and keep it (and the writing actions) up to date."""
    window.add_feature(ReadOnlyMode(window))
