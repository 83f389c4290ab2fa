"""File ▸ New, Open, Save, Save As and Quit, and the whole save path.

Saving refuses read-only projects, asks before overwriting a file that changed on disk,
and turns ANY failed write into a message saying what failed and where, with Save As on
offer. The write itself is atomic (``storage.atomic``): when it fails, the file on disk and
its backup are as they were, the project in memory is untouched and its recovery copy is
kept; a close whose save failed is cancelled.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

SAVE_AS = "Save As…"
OVERWRITE = "Overwrite"
CANCEL = "Cancel"
CLOSE = "Close"

_REASONS_BY_NAME = {
    "ENOSPC": "the disk is full",
    "EDQUOT": "your disk quota is used up",
    "EROFS": "the folder is on a read-only disk",
    "EACCES": "you are not allowed to write there (or another program has the file open)",
    "EPERM": "you are not allowed to write there",
    "ENOENT": "the folder no longer exists (it was moved, deleted or unmounted)",
    "ENOTDIR": "a part of the folder path is not a folder",
    "EISDIR": "a folder with that name is in the way",
    "EBUSY": "the file is in use by another program",
    "ETXTBSY": "the file is in use by another program",
    "ENAMETOOLONG": "the file name is too long",
}
#: errno value -> reason, for the codes this platform has.
_REASONS = {
    getattr(errno, name): reason
    for name, reason in _REASONS_BY_NAME.items()
    if hasattr(errno, name)
}


def failure_reason(error: BaseException) -> str:
    """A plain-words reason for a failed write."""
    from desktop_app.storage.lock import ProjectBusyError

    if isinstance(error, ProjectBusyError) and error.strerror:
        return error.strerror  # it says who holds the file and what to do
    if isinstance(error, OSError):
        reason = _REASONS.get(error.errno or -1)
        if reason is None:
            reason = (error.strerror or str(error)).rstrip(".")
            reason = reason[:1].lower() + reason[1:]
        return reason
    if isinstance(error, MemoryError):
        return "there was not enough memory to write it"
    if isinstance(error, UnicodeError):
        return f"the project holds text that cannot be written as UTF-8 ({error})"
    return f"an unexpected error stopped the write ({type(error).__name__}: {error})"


#: Seconds a save from the window waits for another writer to finish.
WINDOW_LOCK_WAIT = 1.5


class FileCommands(QObject):
    """The file commands of one window; the only code that saves the window's project."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        add = host.commands.add
        add(
            "file.new",
            "&New Project",
            self.new_project,
            shortcut=QKeySequence.StandardKey.New,
            tip="Start a new project on the sample articles",
        )
        add(
            "file.open",
            "&Open…",
            self.open_project,
            shortcut=QKeySequence.StandardKey.Open,
            tip="Open a project file",
        )
        add(
            "file.save",
            "&Save",
            self.save,
            shortcut=QKeySequence.StandardKey.Save,
            tip="Save the project",
        )
        add(
            "file.save_as",
            "Save &As…",
            self.save_as,
            shortcut="Ctrl+Shift+S",
            tip="Save the project to another file",
        )
        add("file.quit", "&Quit", host.widget.close, shortcut=QKeySequence.StandardKey.Quit)
        menu = host.menus["file"]
        for action_id in ("file.new", "file.open", None, "file.save", "file.save_as", None):
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(host.commands[action_id])
        menu.addAction(host.commands["file.quit"])

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels or the save failed."""
        document = self.host.document
        if not document.modified:
            return True
        from desktop_app.ui.shell.prompts import UnsavedChoice

        choice = self.host.prompter.unsaved_changes(document.name)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def save(self) -> bool:
        """Save to the current file, asking for one if the project is untitled."""
        path = self.host.document.path
        if path is None:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        """Ask for a file and save there."""
        document = self.host.document
        suggested = document.path or (Path.home() / "Untitled.parallax.json")
        path = self.host.prompter.save_path(suggested)
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".parallax.json")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the project to ``path``; True when it is saved there.

        Read-only projects are not written. Saving over the document's own file asks first
        when another program changed it since it was read or written. A failed write, for
        whatever reason, says what failed and where, keeps everything as it was, and
        offers Save As.
        """
        document = self.host.document
        prompter = self.host.prompter
        if document.read_only:
            prompter.error(
                "This project is read-only",
                f"“{document.name}” was written by a newer version of Parallax. It is open "
                "read-only so that nothing this version does not understand is lost: it "
                "cannot be saved here, not even with Save As. Open it in the newer Parallax "
                "to change it.",
            )
            return False
        from desktop_app.storage.watch import changed_on_disk  # hashlib: after first paint

        if path == document.path and changed_on_disk(path, document.disk_state):
            gone = not path.exists()
            message = (
                f"“{path.name}” in {path.parent} was moved or deleted since Parallax read it."
                if gone
                else f"“{path.name}” in {path.parent} was changed by another program since "
                "Parallax read or saved it. Saving replaces that version with yours (the "
                f"replaced version is kept beside it as “{path.name}~”)."
            )
            choice = prompter.choose(
                "The file changed on disk",
                message,
                ["Save Here" if gone else OVERWRITE, SAVE_AS, CANCEL],
            )
            if choice == SAVE_AS:
                return self.save_as()
            if choice == CANCEL:
                return False
        try:
            # The command line's writers take the same lock: two never interleave. A window
            # waits only briefly (the GUI is blocked meanwhile) and says who holds it.
            from desktop_app.storage.lock import project_lock

            with project_lock(path, wait=WINDOW_LOCK_WAIT):
                document.save(path)
        except Exception as error:  # whatever failed, the work stays open and unchanged
            choice = prompter.choose(
                "Could not save",
                f"Parallax could not save “{path.name}” in {path.parent}: {failure_reason(error)}.",
                [SAVE_AS, CLOSE],
                details="Nothing was lost: your work is still open here, unchanged, and the "
                "file on disk is as it was before. Save it somewhere else with Save As.",
            )
            if choice == SAVE_AS:
                return self.save_as()
            return False
        self.host.announce(f"Saved {path}", 4000)
        return True

    def open_project(self) -> None:
        """Ask for a project file and show it in this window."""
        if not self.maybe_save():
            return
        document = self.host.document
        folder = document.path.parent if document.path else Path.home()
        path = self.host.prompter.open_path(folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a project file through validation (its problems are shown, what is valid
        can be opened); on failure, say why and keep the current project."""
        from desktop_app.storage.validation import load_with_report
        from desktop_app.ui.files.validation_dialog import unreadable_message
        from desktop_app.ui.shell.document import ProjectDocument

        host = self.host
        project, report = load_with_report(path)
        if project is None or not report.readable:
            host.prompter.error("Could not open the project", unreadable_message(report))
            return False
        if report.problems and not host.prompter.review_report(report, can_open=True):
            return False
        document = ProjectDocument(
            project,
            path,
            host.widget,
            disk_state=report.disk_state,
            read_only=report.read_only,
            schema_version=report.schema_version,
        )
        host.replace_document(document)
        if report.problems and not report.read_only:
            document.undo_stack.resetClean()  # the repaired project differs from the file
            host.announce("Opened what could be salvaged. Save to keep the repaired project.", 8000)
        elif report.notes and not report.read_only:
            host.announce(f"Opened {path.name}: {'; '.join(report.notes)}.", 6000)
        return True

    def new_project(self) -> None:
        """Start an untitled project on the sample articles."""
        if not self.maybe_save():
            return
        from desktop_app.importers.samples import sample_project
        from desktop_app.ui.shell.document import ProjectDocument

        self.host.replace_document(ProjectDocument(sample_project(), None, self.host.widget))
