"""An exclusive lock around each read-modify-write of a project file, for the CLI and the window."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

#: How long a second writer waits for the first before it gives up.
DEFAULT_WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.05
_held: dict[str, tuple[int, int]] = {}  # lock file -> (descriptor, depth) in this process
_guard = threading.Lock()


class ProjectBusyError(OSError):
    """Another writer (a window or a command) holds the project's lock; nothing was changed."""


class NotAProjectFileError(OSError):
    """The path names a folder, device, pipe or socket: no lock file is made beside it."""


def lock_path(path: Path | str) -> Path:
    """The lock file of a project: ``.NAME.lock`` beside it (the project itself is replaced
    by every atomic save, so it cannot carry a lock)."""
    target = Path(os.path.realpath(path))
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def project_lock(path: Path | str, *, wait: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock of the project file ``path`` for the ``with`` block.

    Wrap every read-modify-write of a project (read it, change it, save it) in one: a
    second writer waits up to ``wait`` seconds (:data:`DEFAULT_WAIT_SECONDS` unless given),
    then gets :class:`ProjectBusyError` (an
    ``OSError`` naming the file and saying what to do) and changes nothing. Re-entrant
    within one process. Uses ``flock`` (``msvcrt.locking`` on Windows): the lock goes with
    the process, so one that is killed never leaves the project locked.
    """
    target = os.path.realpath(path)
    if os.path.exists(target) and not os.path.isfile(target):
        # A link to /dev/zero must not make Parallax write a lock file into /dev.
        if os.path.isdir(target):
            raise NotAProjectFileError(
                errno.EISDIR, "a folder with that name is in the way", str(path)
            )
        raise NotAProjectFileError(
            errno.EINVAL, "not a regular file (a device, pipe or socket)", str(path)
        )
    lock = lock_path(path)
    key = str(lock)
    with _guard:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
            nested = True
        else:
            nested = False
    if not nested:
        fd = _acquire(lock, Path(path), DEFAULT_WAIT_SECONDS if wait is None else wait)
        with _guard:
            _held[key] = (fd, 1)
    try:
        yield
    finally:
        with _guard:
            fd, depth = _held[key]
            if depth > 1:
                _held[key] = (fd, depth - 1)
            else:
                del _held[key]
                _release(fd)


def _acquire(lock: Path, project: Path, wait: float) -> int:
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except PermissionError:
        fd = os.open(lock, os.O_RDONLY)  # another user's lock file: locking needs no write
    deadline = time.monotonic() + wait
    while True:
        if _try_lock(fd):
            return fd
        if time.monotonic() >= deadline:
            os.close(fd)
            raise ProjectBusyError(
                errno.EBUSY,
                f"another Parallax (a window or a command) is changing this project; "
                f"nothing was changed here; try again when it has finished (waited {wait:g} s)",
                str(project),
            )
        time.sleep(_POLL_SECONDS)


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _release(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
