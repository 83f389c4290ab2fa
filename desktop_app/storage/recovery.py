"""Autosave and crash recovery: copies of open projects in the user's data folder (no Qt).

A running app makes one :class:`RecoverySession` and calls :meth:`RecoverySession.write`
a few seconds after each change and when idle; the UI owns the timing. Each copy is a
normal project file (``<session>-<project id>.parallax.json``, written atomically) with a
small sidecar (``….meta.json``) naming the project file it belongs to, when it was written
and by which session. While the session runs it holds an exclusive lock on
``<session>.lock`` (``flock``, or ``msvcrt.locking`` on Windows), so another instance
never offers a running instance's copies. :meth:`RecoverySession.close` removes
everything on a clean exit; after a crash or a kill the copies stay, and the next start
lists them with :func:`recoverable` and loads one with :func:`load_recovered` (what to do
with it, restore or discard, is the user's choice; the user's own file is never touched).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

import msgspec

from desktop_app import APP_NAME
from desktop_app.core.project import Project
from desktop_app.core.records import new_id, utc_now
from desktop_app.core.surrogates import replace_lone_surrogates
from desktop_app.storage.atomic import write_atomic
from desktop_app.storage.file_encoder import RecordCache, cache_for
from desktop_app.storage.project_file import encode_file_safely, to_file
from desktop_app.storage.schema import ProjectFile
from desktop_app.storage.validation import Report, load_with_report

_COPY_SUFFIX = ".parallax.json"
#: Recovery copies hold a user's notes: only they may list the folder or read the files.
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_META_SUFFIX = ".meta.json"


class RecoveryInfo(msgspec.Struct, frozen=True, kw_only=True):
    """What a recovery copy is: whose, of what, from when."""

    session: str
    pid: int
    host: str
    project_id: str
    project_title: str = ""
    #: The project file the copy belongs to (None for a project never saved).
    project_path: str | None = None
    written: datetime


@dataclass(frozen=True)
class Recoverable:
    """A recovery copy left by a session that did not exit cleanly."""

    info: RecoveryInfo
    copy_path: Path
    meta_path: Path

    @property
    def project_path(self) -> Path | None:
        """The user's file this copy belongs to, if the project had been saved."""
        return Path(self.info.project_path) if self.info.project_path else None


@dataclass(frozen=True)
class Snapshot:
    """A project's recovery copy as of one moment, to be encoded and written later, anywhere.

    It holds the project's records as they were (they are immutable; only the lists are
    copied), so encoding and writing can run on a worker thread while the user goes on
    editing. Encoding reuses the bytes of the records unchanged since the last copy.
    """

    copy_path: Path
    file: ProjectFile
    meta_path: Path
    meta: bytes
    cache: RecordCache

    @property
    def data(self) -> bytes:
        """The copy's bytes: the project file as it was when the snapshot was taken."""
        return encode_file_safely(self.file, self.cache)

    def write(self) -> Path:
        """Write the copy, then its sidecar (each atomically); returns the copy's path."""
        write_atomic(self.copy_path, self.data, keep_backup=False, mode=PRIVATE_FILE_MODE)
        write_atomic(self.meta_path, self.meta, keep_backup=False, mode=PRIVATE_FILE_MODE)
        return self.copy_path


def recovery_folder() -> Path:
    """``<user data folder>/Parallax/recovery`` (``$XDG_DATA_HOME`` on Linux)."""
    from desktop_app.paths import user_data_dir

    return Path(user_data_dir(APP_NAME)) / "recovery"


class RecoverySession:
    """The recovery copies of one running instance of the app."""

    def __init__(self, folder: Path | None = None, session_id: str | None = None) -> None:
        self.folder = folder or recovery_folder()
        self.id = session_id or new_id()
        self.pid = os.getpid()
        self.folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        with contextlib.suppress(OSError, NotImplementedError):  # made earlier, or by others
            self.folder.chmod(PRIVATE_FOLDER_MODE)
        self._lock: IO[bytes] | None = _hold_lock(self.folder / f"{self.id}.lock")
        self._written: dict[str, tuple[Path, Path]] = {}

    def write(self, project: Project, project_path: Path | str | None = None) -> Path:
        """Write (or rewrite) the recovery copy of ``project``; returns the copy's path.

        Same as ``self.snapshot(project, project_path).write()``. Raises ``OSError`` when
        the copy cannot be written (the caller should say so, once, without interrupting).
        """
        return self.snapshot(project, project_path).write()

    def snapshot(self, project: Project, project_path: Path | str | None = None) -> Snapshot:
        """Take ``project`` as it is now (on the thread that owns it); encode and write later.

        Taking it costs a copy of the record lists (about a millisecond at 10,000
        annotations); the returned :class:`Snapshot`'s ``write`` (encoding, and the disk
        work with its fsyncs) can run on a worker thread while the user keeps typing.
        """
        copy_path = self.folder / f"{self.id}-{project.info.id}{_COPY_SUFFIX}"
        meta_path = copy_path.with_name(copy_path.name.removesuffix(_COPY_SUFFIX) + _META_SUFFIX)
        info = RecoveryInfo(
            session=self.id,
            pid=self.pid,
            host=socket.gethostname(),
            project_id=project.info.id,
            project_title=replace_lone_surrogates(project.info.title)[0],
            project_path=(
                replace_lone_surrogates(str(Path(project_path).resolve()))[0]
                if project_path
                else None
            ),
            written=utc_now(),
        )
        self._written[project.info.id] = (copy_path, meta_path)
        meta = msgspec.json.encode(info)
        return Snapshot(copy_path, to_file(project), meta_path, meta, cache_for(project))

    def discard(self, project: Project) -> None:
        """Remove the copy of ``project`` (it was saved, or closed without saving)."""
        for path in self._written.pop(project.info.id, ()):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def close(self) -> None:
        """Clean exit: remove all of this session's copies and release its lock.

        Let any :class:`Snapshot` still being written finish first, or it would leave a
        copy behind that the next start offers to restore.
        """
        for copy_path, meta_path in self._written.values():
            for path in (meta_path, copy_path):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        self._written.clear()
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        with contextlib.suppress(FileNotFoundError):
            (self.folder / f"{self.id}.lock").unlink()


def recoverable(folder: Path | None = None) -> list[Recoverable]:
    """Copies left by sessions that are no longer running, newest first."""
    folder = folder or recovery_folder()
    if not folder.is_dir():
        return []
    found = []
    for meta_path in folder.glob(f"*{_META_SUFFIX}"):
        try:
            info = msgspec.json.decode(meta_path.read_bytes(), type=RecoveryInfo)
        except (OSError, msgspec.DecodeError, UnicodeDecodeError):
            continue
        copy_path = meta_path.with_name(meta_path.name.removesuffix(_META_SUFFIX) + _COPY_SUFFIX)
        if copy_path.is_file() and not _session_alive(folder, info):
            found.append(Recoverable(info, copy_path, meta_path))
    return sorted(found, key=lambda item: item.info.written, reverse=True)


def load_recovered(item: Recoverable) -> tuple[Project | None, Report]:
    """The project a recovery copy holds, validated like any file being opened."""
    return load_with_report(item.copy_path)


def discard_recovered(item: Recoverable) -> None:
    """Delete a recovery copy the user no longer wants (or has restored and saved)."""
    for path in (item.meta_path, item.copy_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    lock = item.copy_path.with_name(f"{item.info.session}.lock")
    if not any(item.copy_path.parent.glob(f"{item.info.session}-*")):
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


def _hold_lock(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    handle = os.fdopen(fd, "wb")
    if not _try_lock(handle):
        handle.close()
        raise OSError(f"recovery session lock {path} is held by another process")
    return handle


def _session_alive(folder: Path, info: RecoveryInfo) -> bool:
    """True while the session that wrote ``info`` holds its lock (it is running)."""
    lock = folder / f"{info.session}.lock"
    try:
        handle = lock.open("r+b")
    except FileNotFoundError:
        return False
    with handle:
        if not _try_lock(handle):
            return True
        _unlock(handle)
    return False


def _try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive lock on an open file without waiting; False if someone holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
