"""Noticing that the open project file changed on disk, and asking what to do about it.

A ``QFileSystemWatcher`` watches the file and its folder (a program that saves atomically
replaces the file, which a watch on the file alone loses), and the window checks again
when it is activated (a synced folder may change it while the app is in the background).
Each check compares the file with the document's ``DiskState`` (``storage.watch``). When
it changed, the user picks: Reload (unsaved changes are lost only after confirming),
Save As elsewhere, or Keep Mine (nothing is written now; the next Save asks before it
overwrites). Nothing is overwritten silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer

from desktop_app.storage.watch import DiskState, changed_on_disk
from desktop_app.ui.files.file_commands import FileCommands

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

RELOAD = "Reload"
SAVE_AS = "Save As…"
KEEP_MINE = "Keep Mine"
#: Wait this long after a change is reported (editors and sync tools write in bursts).
SETTLE_MS = 300

#: What is on disk, as far as asking goes: the file's fingerprint, or that it is gone.
OnDisk = DiskState | Literal["gone"]


def on_disk(state: DiskState | None) -> OnDisk:
    """``state`` (a fingerprint, or None for a missing file) as something to compare."""
    return "gone" if state is None else state


class DiskWatch(QObject):
    """Watches the window's project file and asks when another program changed it."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.window = window
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._soon)
        self.watcher.directoryChanged.connect(self._soon)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._asking = False
        #: The on-disk version (or the file's absence) the user kept their own work over.
        self._dismissed: OnDisk | None = None
        self._document: object = None
        window.document_changed.connect(self._follow)
        window.widget.installEventFilter(self)
        self._follow()

    def _follow(self) -> None:
        """Watch the current document's file (again: after Open, Save As, a replace)."""
        document = self.window.document
        if self._document is not document:
            document.path_changed.connect(self._follow)
            document.saved.connect(self._watch_file)
            self._document = document
        self._dismissed = None
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        path = document.path
        if path is None:
            return
        if document.disk_state is None:  # opened without a fingerprint: the file as it is now
            document.disk_state = DiskState.of(path)
        paths = [str(path.parent)] + ([str(path)] if path.exists() else [])
        self.watcher.addPaths(paths)

    def _watch_file(self) -> None:
        """Watch the file itself again: a save (ours or another program's) that replaces
        it by a rename leaves the watch on the old, now deleted, file."""
        path = self.window.document.path
        if path is not None and path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Check again when the window becomes active."""
        if watched is self.window.widget and event.type() == QEvent.Type.WindowActivate:
            self._soon()
        return False

    def _soon(self, *_args: object) -> None:
        self._settle.start()

    def check(self) -> bool:
        """Ask the user what to do if the file changed on disk; True when it asked."""
        document = self.window.document
        path = document.path
        if path is None or not self.window.widget.isVisible():
            return False  # a closed window never asks (its settle timer may still fire)
        self._watch_file()
        if self._asking or not changed_on_disk(path, document.disk_state):
            return False
        now = DiskState.of(path)
        if on_disk(now) == self._dismissed:
            return False  # the user already chose to keep their version over this one
        self._asking = True
        try:
            self._ask(path, now)
        finally:
            self._asking = False
        return True

    def _ask(self, path: Path, now: DiskState | None) -> None:
        document = self.window.document
        prompter = self.window.prompter
        unsaved = " You have unsaved changes here." if document.modified else ""
        if now is None:
            message = f"“{path.name}” was moved or deleted from {path.parent}.{unsaved}"
            choices = [SAVE_AS, KEEP_MINE]
        else:
            message = (
                f"“{path.name}” in {path.parent} was changed by another program since "
                f"Parallax read or saved it.{unsaved}"
            )
            choices = [RELOAD, SAVE_AS, KEEP_MINE]
        choice = prompter.choose(
            "The project file changed on disk",
            message,
            choices,
            details="Reload reads the file as it is now. Save As keeps your version in "
            "another file. Keep Mine leaves both as they are; the next Save asks before it "
            "replaces the file.",
        )
        if choice == RELOAD:
            self.reload(path)
        elif choice == SAVE_AS:
            self.window.feature(FileCommands).save_as()
        else:
            self._dismissed = on_disk(now)

    def reload(self, path: Path) -> bool:
        """Read the file again, after confirming when unsaved changes would be lost."""
        document = self.window.document
        if document.modified and not self.window.prompter.confirm(
            "Reload and lose your changes?",
            f"Reloading “{path.name}” discards the changes you made here since your last save.",
            "Reload",
        ):
            self._dismissed = on_disk(DiskState.of(path))
            return False
        return self.window.feature(FileCommands).open_path(
            path
        )  # replaces the document: no unsaved question


def install(window: Host) -> None:
    """Watch the project file for changes made by other programs."""
    window.add_feature(DiskWatch(window))
