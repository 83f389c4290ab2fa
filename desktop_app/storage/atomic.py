"""Atomic file replacement that keeps the previous version as a backup."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``name~`` beside it."""
    return path.with_name(path.name + "~")


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` by ``data`` so that a crash leaves the old or the new file, whole.

    The data goes to a temporary file in the same folder, is flushed to the disk, and
    renamed over the target; then the folder entry itself is flushed. Before the rename
    the current file is hard-linked (or, where links are unsupported, copied) to the
    backup path, so the previous version survives the save.
    """
    path = Path(path)
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            _keep_previous(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def _keep_previous(path: Path) -> None:
    backup = backup_path(path)
    staging = backup.with_name(backup.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError:
        staging.write_bytes(path.read_bytes())
    os.replace(staging, backup)


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
