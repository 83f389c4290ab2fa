"""Noticing that a project file changed on disk behind the app's back (no Qt here).

Take a :class:`DiskState` when a file is loaded or saved; later, :func:`changed_on_disk`
says whether the file is still the one the app knows. The UI polls it (or asks on a
``QFileSystemWatcher`` signal) and offers to reload, keep its own version or save elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class Sha256Digest:
    """The SHA-256 of some bytes, computed the first time it is asked for.

    A save keeps the pieces it wrote (references to immutable bytes, most of them the
    record cache's own lines) and hashes nothing: the digest is needed only when the file's
    time stamp changes behind the app's back (:func:`changed_on_disk`), which most saves
    never see. Hashing on a thread beside the write cost the save more than it hid: joining
    the pieces held the interpreter lock and the thread competed with the write for the CPU.
    """

    __slots__ = ("_data", "_hexdigest", "_lock")

    def __init__(self, data: bytes | Sequence[bytes | memoryview]) -> None:
        #: The bytes, or the pieces a save wrote, until they are hashed (then let go).
        self._data: bytes | Sequence[bytes | memoryview] | None = data
        self._hexdigest = ""
        self._lock = threading.Lock()  # two threads asking at once hash once, both wait

    def hexdigest(self) -> str:
        """The digest, in hex (hashed now if this is the first time it is asked for)."""
        with self._lock:
            data, self._data = self._data, None
            if data is not None:
                digest = hashlib.sha256()
                for piece in [data] if isinstance(data, bytes) else data:
                    digest.update(piece)
                self._hexdigest = digest.hexdigest()
            return self._hexdigest


@dataclass(frozen=True, slots=True, eq=False)
class DiskState:
    """A file's fingerprint: modification time, size and the SHA-256 of its bytes.

    After a save the digest is a :class:`Sha256Digest`, hashed when :attr:`sha256` is
    first read.
    """

    mtime_ns: int
    size: int
    digest: str | Sha256Digest

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file's bytes, in hex."""
        digest = self.digest
        return digest if isinstance(digest, str) else digest.hexdigest()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DiskState):
            return NotImplemented
        return (self.mtime_ns, self.size, self.sha256) == (other.mtime_ns, other.size, other.sha256)

    def __hash__(self) -> int:
        return hash((self.mtime_ns, self.size, self.sha256))

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
