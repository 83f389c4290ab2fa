"""Noticing that a project file changed on disk behind the app's back (no Qt here).

Take a :class:`DiskState` when a file is loaded or saved; later, :func:`changed_on_disk`
says whether the file is still the one the app knows. The UI polls it (or asks on a
``QFileSystemWatcher`` signal) and offers to reload, keep its own version or save elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class DiskState:
    """A file's fingerprint: modification time, size and the SHA-256 of its bytes."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path | str) -> DiskState | None:
        """The fingerprint of the file at ``path`` now; None when there is no such file."""
        path = Path(path)
        try:
            status = path.stat()
            if not stat.S_ISREG(status.st_mode):  # a pipe or device is never read (it may
                return cls(status.st_mtime_ns, -1, "not a regular file")  # block or not end)
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None
        return cls(status.st_mtime_ns, status.st_size, hashlib.sha256(data).hexdigest())

    @classmethod
    def written(cls, path: Path | str, data: bytes) -> DiskState:
        """The fingerprint of ``path`` just after ``data`` was written to it (no re-read)."""
        status = os.stat(path)
        return cls(status.st_mtime_ns, status.st_size, hashlib.sha256(data).hexdigest())


def changed_on_disk(path: Path | str, state: DiskState | None) -> bool:
    """True when the file at ``path`` is no longer the one ``state`` describes.

    A file that appeared, disappeared, or has different contents has changed. A file
    whose time stamp changed but whose bytes are the same (touched, or re-synced
    unchanged) has not. Cheap when nothing happened: one ``stat``.
    """
    path = Path(path)
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return state is not None
    if state is None:
        return True
    if status.st_mtime_ns == state.mtime_ns and status.st_size == state.size:
        return False
    if status.st_size != state.size:
        return True
    current = DiskState.of(path)
    return current is None or current.sha256 != state.sha256
