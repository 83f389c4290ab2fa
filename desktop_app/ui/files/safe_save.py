"""Saving without surprises: refuse read-only projects, ask before overwriting a file that
changed on disk, and turn a failed write into a clear message that offers Save As.

The write itself is atomic (``storage.atomic``): when it fails, the file on disk and its
backup are as they were, and the project in memory is untouched.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.storage.watch import changed_on_disk

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

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


def failure_reason(error: OSError) -> str:
    """A plain-words reason for a failed write."""
    reason = _REASONS.get(error.errno or -1)
    if reason is None:
        reason = (error.strerror or str(error)).rstrip(".")
        reason = reason[:1].lower() + reason[1:]
    return reason


def save_to(window: MainWindow, path: Path) -> bool:
    """Write the window's project to ``path``; True when it is saved there.

    Read-only projects are not written. Saving over the document's own file asks first
    when another program changed it since it was read or written. A failed write says
    what failed and where, keeps everything as it was, and offers Save As.
    """
    document = window.document
    prompter = window.prompter
    if document.read_only:
        prompter.error(
            "This project is read-only",
            f"“{document.name}” was written by a newer version of Parallax. It is open "
            "read-only so that nothing this version does not understand is lost: it "
            "cannot be saved here, not even with Save As. Open it in the newer Parallax "
            "to change it.",
        )
        return False
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
            return window.save_as()
        if choice == CANCEL:
            return False
    try:
        document.save(path)
    except OSError as error:
        choice = prompter.choose(
            "Could not save",
            f"Parallax could not save “{path.name}” in {path.parent}: {failure_reason(error)}.",
            [SAVE_AS, CLOSE],
            details="Nothing was lost: your work is still open here, unchanged, and the "
            "file on disk is as it was before. Save it somewhere else with Save As.",
        )
        if choice == SAVE_AS:
            return window.save_as()
        return False
    window.statusBar().showMessage(f"Saved {path}", 4000)
    return True
