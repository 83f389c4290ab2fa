"""Autosave to a recovery copy, and the offer to restore one after a crash.

:class:`Autosave` keeps a recovery copy of the window's unsaved project in the user's data
folder (``storage.recovery``): about two seconds after the last change (when the user
pauses), at the latest ten seconds after the first unsaved change, and when the app goes
to the background. The project is encoded on the GUI thread (a few ms, ~17 ms at 10,000
annotations) and written with its fsyncs on a worker thread. Saving, or undoing back to
the saved state, removes the copy; a clean exit removes them all. After a crash the copies
stay, and :func:`offer_recovery` (called once at start) offers each: Restore, Discard or
Later. Restoring opens the copy as an unsaved project; the user's file is only written
when the user saves.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from desktop_app.storage.recovery import (
    Recoverable,
    RecoverySession,
    discard_recovered,
    load_recovered,
    recoverable,
)
from desktop_app.storage.watch import DiskState
from desktop_app.ui.files.file_commands import FileCommands
from desktop_app.ui.shell.host import FeatureMissing

if TYPE_CHECKING:
    from desktop_app.ui.shell.document import ProjectDocument
    from desktop_app.ui.shell.host import Host

#: Write this long after the last change (the user paused).
DEBOUNCE_MS = 2000
#: ...but no later than this after the first unsaved change, even while the user keeps on.
LATEST_MS = 10_000

RESTORE = "Restore"
DISCARD = "Discard"
LATER = "Later"


class Autosave(QObject):
    """Keeps one window's unsaved work in a recovery copy."""

    #: Writing a copy failed (the reason); said once in the status bar.
    write_failed = Signal(str)

    def __init__(self, window: Host, folder: Path | None = None) -> None:
        super().__init__(window.widget)
        self.window = window
        self.folder = folder
        self.session: RecoverySession | None = None
        self._document: ProjectDocument | None = None
        self._dirty = False
        self._closed = False
        self._failing = False
        self._pending: Future[Path] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery")
        self._pause = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._latest = QTimer(self, singleShot=True, interval=LATEST_MS)
        self._pause.timeout.connect(self.flush)
        self._latest.timeout.connect(self.flush)
        self.write_failed.connect(self._on_write_failed, Qt.ConnectionType.QueuedConnection)
        window.document_changed.connect(self._bind)
        window.closing.connect(self.close)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self.close)
            app.applicationStateChanged.connect(self._on_application_state)
        self._bind()

    # -- following the document ------------------------------------------------------------

    def _bind(self) -> None:
        old = self._document
        if old is not None:
            self.wait()
            if self.session is not None:
                self.session.discard(old.project)  # saved or let go when it was replaced
        document = self.window.document
        self._document = document
        self._dirty = False
        document.undo_stack.indexChanged.connect(self._on_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        if document.modified:  # a restored or salvaged project: keep it from the start
            self._on_changed()

    def _on_changed(self) -> None:
        document = self.window.document
        if self._closed or document.read_only or not document.modified:
            return
        self._dirty = True
        self._pause.start()
        if not self._latest.isActive():
            self._latest.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if not clean:  # also when marked unsaved without an edit (salvaged, restored)
            self._on_changed()
        else:  # saved, or back at the saved state: the file holds the work
            self._pause.stop()
            self._latest.stop()
            self._dirty = False
            self.wait()
            if self.session is not None:
                self.session.discard(self.window.document.project)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if not isValid(self):  # the application outlives its windows
            return
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush()

    @property
    def pending(self) -> bool:
        """True while there are unsaved changes not yet in the recovery copy."""
        return self._dirty

    # -- writing ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Write the recovery copy now if there are unsaved changes not yet in it."""
        self._pause.stop()
        self._latest.stop()
        document = self.window.document
        if not self._dirty or self._closed or not document.modified:
            self._dirty = False
            return
        self._dirty = False
        try:
            session = self.session or RecoverySession(self.folder)
        except OSError as error:
            self._on_write_failed(error.strerror or str(error))
            return
        self.session = session
        snapshot = session.snapshot(document.project, document.path)
        self.wait()
        self._pending = self._executor.submit(self._write, snapshot.write)

    def _write(self, write: Callable[[], Path]) -> Path:
        try:
            path = write()
        except OSError as error:
            self.write_failed.emit(error.strerror or str(error))
            raise
        self._failing = False
        return path

    def _on_write_failed(self, reason: str) -> None:
        if not self._failing:
            self._failing = True
            self.window.announce(
                f"Could not keep a recovery copy ({reason}). Save your work to be safe.", 10_000
            )

    def copy_path(self) -> Path | None:
        """Where the current project's recovery copy is (after :meth:`wait`), if written."""
        self.wait()
        if self.session is None:
            return None
        project_id = self.window.document.project.info.id
        path = self.session.folder / f"{self.session.id}-{project_id}.parallax.json"
        return path if path.exists() else None

    def wait(self) -> None:
        """Let a copy being written finish."""
        pending, self._pending = self._pending, None
        if pending is not None:
            with contextlib.suppress(OSError):  # said in the status bar already
                pending.result()

    def close(self) -> None:
        """Clean exit: remove this window's recovery copies and release the session."""
        if self._closed:
            return
        self._closed = True
        if isValid(self):
            self._pause.stop()
            self._latest.stop()
        self.wait()
        self._executor.shutdown(wait=True)
        if self.session is not None:
            self.session.close()
            self.session = None


def describe_copy(item: Recoverable) -> tuple[str, str]:
    """Which project a recovery copy is of, and from when, in words."""
    if item.project_path is not None:
        what = f"“{item.project_path.name}” (in {item.project_path.parent})"
    else:
        title = item.info.project_title
        what = f"an untitled project{f' “{title}”' if title else ''}"
    written = item.info.written.astimezone()
    return what, format_when(written)


def format_when(moment: datetime) -> str:
    """``22 November 2026 at 18:42``."""
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}"


def offer_recovery(window: Host, folder: Path | None = None) -> int:
    """Offer each copy left by a crashed session; returns how many were restored."""
    restored = 0
    for item in recoverable(folder):
        what, when = describe_copy(item)
        choice = window.prompter.choose(
            "Recover unsaved work",
            f"Parallax did not close properly last time. It kept a copy of your unsaved "
            f"changes to {what}, from {when}.",
            [RESTORE, DISCARD, LATER],
            details="Restore opens the copy as an unsaved project: your file is not touched "
            "until you save. Discard deletes the copy. Later keeps it and asks again next "
            "time Parallax starts.",
        )
        if choice == DISCARD:
            discard_recovered(item)
        elif choice == RESTORE and restore(window, item):
            restored += 1
    return restored


def restore(window: Host, item: Recoverable) -> bool:
    """Open a recovery copy as an unsaved project in ``window``; the copy then moves into
    this session's autosave. False (the copy is kept) when it cannot be opened."""
    from desktop_app.ui.shell.document import ProjectDocument

    if not window.feature(FileCommands).maybe_save():
        return False
    project, report = load_recovered(item)
    if project is None:
        window.prompter.error(
            "Could not restore",
            f"The recovery copy cannot be read. It is kept at “{item.copy_path}”.",
        )
        return False
    if report.problems and not window.prompter.review_report(report, can_open=True):
        return False
    path = item.project_path
    disk_state = DiskState.of(path) if path is not None else None
    document = ProjectDocument(project, path, window.widget, disk_state=disk_state)
    window.replace_document(document)
    document.undo_stack.resetClean()  # unsaved until the user saves
    try:
        autosave = window.feature(Autosave)
    except FeatureMissing:  # recovery offered before the features were installed
        pass
    else:
        autosave.flush()  # the work is safe in this session's copy before the old one goes
        autosave.wait()
    discard_recovered(item)
    _, when = describe_copy(item)
    window.announce(
        f"Restored your unsaved work from {when}. Save to keep it in the project file.", 10_000
    )
    return True


def install(window: Host) -> None:
    """Keep a recovery copy of the window's unsaved work."""
    window.add_feature(Autosave(window))
