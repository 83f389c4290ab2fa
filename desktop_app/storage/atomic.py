"""Atomic file replacement that keeps the previous version as a backup."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
import tempfile
from pathlib import Path


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``name~`` beside it."""
    return path.with_name(path.name + "~")


def temp_prefix(path: Path) -> str:
    """Name prefix of the temporary files a save of ``path`` writes beside it."""
    return f".{path.name}."


def write_atomic(path: Path | str, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` by ``data`` so that a crash leaves the old or the new file, whole.

    The data goes to a temporary file in the same folder, is flushed to the disk, and
    renamed over the target; then the folder entry itself is flushed. The current file is
    first hard-linked (or, where links are unsupported, copied) to a staging name and moved
    to the backup path only once the new file is in place, so a failed save leaves both the
    file and its backup as they were.

    A failure raises the ``OSError`` subclass that describes it (``PermissionError``,
    ``FileNotFoundError``, ``IsADirectoryError``, ``OSError`` with ``errno.ENOSPC``…)
    whose ``filename`` is ``path``; no temporary file is left behind.
    """
    # Through a symbolic link, replace the file it points to, not the link.
    path = Path(os.path.realpath(path))
    try:
        _replace(path, data, keep_backup)
    except OSError as error:
        raise _about(error, path) from error


def _replace(path: Path, data: bytes, keep_backup: bool) -> None:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    staging: Path | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            _copy_mode(path, handle.fileno())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            staging = _stage_previous(path)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, staging):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    if staging is not None:
        # The new file is in place; a failure from here on only costs the backup's refresh.
        with contextlib.suppress(OSError):
            os.replace(staging, backup_path(path))
    _fsync_folder(folder)


def _copy_mode(path: Path, fd: int) -> None:
    """Give the new file the old one's permissions (a new one the usual ``0o666 & ~umask``).

    ``mkstemp`` creates files readable by their owner only, which would silently hide a
    shared project from the rest of a group after the first save.
    """
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = _new_file_mode()
    with contextlib.suppress(OSError, NotImplementedError):
        os.fchmod(fd, mode)


@functools.cache
def _new_file_mode() -> int:
    # Reading the umask means setting it; do it once, not while other threads create files.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _stage_previous(path: Path) -> Path:
    """A second name for the current file, to become its backup once the save succeeded."""
    staging = path.with_name(temp_prefix(path) + "backup.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
            raise
        staging.write_bytes(path.read_bytes())
    return staging


def _about(error: OSError, path: Path) -> OSError:
    """The same kind of error, naming the file the user tried to save."""
    if error.filename == str(path):
        return error
    code = error.errno if error.errno is not None else errno.EIO
    reason = error.strerror or os.strerror(code)
    about = type(error)(code, reason, str(path))
    return about


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
