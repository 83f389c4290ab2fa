"""Atomic file replacement that keeps the previous version as a backup."""

from __future__ import annotations

import atexit
import contextlib
import errno
import functools
import os
import queue
import re
import secrets
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, cast

#: Temporary files of Parallax's own saves older than this are leftovers of a killed save.
STALE_TEMP_SECONDS = 60.0


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``name~`` beside it."""
    return path.with_name(path.name + "~")


def temp_prefix(path: Path) -> str:
    """Name prefix of the temporary files a save of ``path`` writes beside it."""
    return f".{path.name}."


def is_own_temp(path: Path, name: str) -> bool:
    """True when ``name`` (a file beside ``path``) is a temporary file a save of ``path`` makes."""
    prefix = temp_prefix(path)
    if not (name.startswith(prefix) and name.endswith(".tmp")):
        return False
    middle = name[len(prefix) : -len(".tmp")]
    return bool(_TEMP_MIDDLE.fullmatch(middle))


#: What :func:`write_atomic` writes: bytes, or pieces of them in order (written as they are).
Data = bytes | Sequence[bytes | memoryview]

# mkstemp's random part (8 characters), or the backup staging name's hex token.
_TEMP_MIDDLE = re.compile(r"[a-z0-9_]{8}|backup-[0-9a-f]{16}")


def write_atomic(
    path: Path | str,
    data: Data,
    *,
    keep_backup: bool = True,
    mode: int | None = None,
    folder_sync_in_background: bool = False,
) -> None:
    """Replace ``path`` by ``data`` so that a crash leaves the old or the new file, whole.

    The data goes to a temporary file in the same folder, is flushed to the disk, and
    renamed over the target; then the folder entry itself is flushed. The current file is
    first hard-linked (or, where links are unsupported, copied) to a staging name and moved
    to the backup path only once the new file is in place, so a failed save leaves both the
    file and its backup as they were.

    ``data`` may come in pieces (a list of bytes and memoryviews, as a save encodes it):
    they are written with ``writev``, so they are never copied into one buffer first.

    A failure raises the ``OSError`` subclass that describes it (``PermissionError``,
    ``FileNotFoundError``, ``IsADirectoryError``, ``OSError`` with ``errno.ENOSPC``…)
    whose ``filename`` is ``path``; no temporary file is left behind.

    Every temporary file gets a random name, created exclusively (so nobody can block a
    save by creating its name first), and leftovers of earlier saves that were killed are
    removed. ``mode`` forces the file's permissions (e.g. ``0o600`` for private copies);
    by default a file keeps its mode and a new one gets the usual ``0o666 & ~umask``.

    ``folder_sync_in_background`` flushes the folder entry on :data:`folder_flusher`'s
    thread (which the interpreter waits for on exit) instead of before returning: the file
    is whole either way (it was flushed before the rename), and a save in the window does
    not wait for the disk a second time.
    """
    # Through a symbolic link, replace the file it points to, not the link.
    path = Path(os.path.realpath(path))
    try:
        _replace(path, data, keep_backup, mode, folder_sync_in_background)
    except OSError as error:
        raise _about(error, path) from error


def _replace(
    path: Path, data: Data, keep_backup: bool, mode: int | None, in_background: bool
) -> None:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    if path.exists() and not path.is_file():  # e.g. -o /dev/null: never replace a device
        raise OSError(errno.EINVAL, "not a regular file (a device, pipe or socket)", str(path))
    folder = path.parent
    remove_stale_temps(path)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    staging: Path | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            _copy_mode(path, handle.fileno(), mode)
            _write(handle, data)
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
    if not (in_background and folder_flusher.flush_later(folder)):
        _fsync_folder(folder)


#: Pieces per ``writev`` call (Linux and macOS take at most 1024).
_PIECES_PER_CALL = 1024

#: Bytes per ``write`` call when the data comes in one piece (each call is followed by
#: :func:`_start_writeback`, so the disk works while the rest is still being handed over).
_BYTES_PER_CALL = 1 << 20


def _write(handle: BinaryIO, data: Data) -> None:
    """Write ``data`` (bytes, or pieces of bytes in order) to ``handle``, all of it.

    After each call the disk is asked to start writing what it was given
    (:func:`_start_writeback`): the ``fsync`` that follows then waits only for the tail.
    """
    writev = getattr(os, "writev", None)
    if isinstance(data, (bytes, bytearray, memoryview)) or writev is None:
        whole = memoryview(
            data if isinstance(data, (bytes, bytearray, memoryview)) else b"".join(data)
        )
        for start in range(0, len(whole), _BYTES_PER_CALL):
            handle.write(whole[start : start + _BYTES_PER_CALL])
            if len(whole) > _BYTES_PER_CALL:
                handle.flush()
                _start_writeback(handle.fileno())
        return
    handle.flush()
    fd = handle.fileno()
    for start in range(0, len(data), _PIECES_PER_CALL):
        batch = data[start : start + _PIECES_PER_CALL]
        written = writev(fd, batch)
        if written < sum(map(len, batch)):  # a short write: the rest of the batch, in one
            rest = memoryview(b"".join(batch))[written:]
            while rest:
                count = os.write(fd, rest)
                if count <= 0:
                    raise OSError(errno.EIO, "the file took no more bytes")
                rest = rest[count:]
        if len(data) > _PIECES_PER_CALL:
            _start_writeback(fd)


#: ``sync_file_range``'s flag that starts writing dirty pages without waiting for them.
_SYNC_FILE_RANGE_WRITE = 2


def _start_writeback(fd: int) -> None:
    """Ask the disk to start writing ``fd``'s dirty pages now, without waiting for it.

    Linux's ``sync_file_range(SYNC_FILE_RANGE_WRITE)``: a large save then overlaps the
    disk's work with handing over the rest of the file instead of leaving it all to the
    final ``fsync`` (a 6 MB save measured 7.1 -> 4.5 ms). It promises nothing about
    durability (the ``fsync`` after it does) and is skipped where it does not exist.
    """
    call = _sync_file_range()
    if call is not None:
        call(fd, 0, 0, _SYNC_FILE_RANGE_WRITE)  # a failure only means no head start


@functools.cache
def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only for the first large save, never at start-up

    try:
        # The symbols the process already has (libc among them): nothing is searched for.
        call = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int
    return cast("Callable[[int, int, int, int], int]", call)


def remove_stale_temps(path: Path, *, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove temporary files an earlier, killed save of ``path`` left; returns them.

    Only names of Parallax's own pattern (see :func:`is_own_temp`), owned by this user and
    untouched for ``older_than`` seconds (a save running right now is left alone).
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        if not is_own_temp(path, entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < older_than:
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _copy_mode(path: Path, fd: int, forced: int | None = None) -> None:
    """Give the new file the old one's permissions (a new one the usual ``0o666 & ~umask``).

    ``mkstemp`` creates files readable by their owner only, which would silently hide a
    shared project from the rest of a group after the first save.
    """
    if forced is not None:
        mode = forced
    else:
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
    """A second name for the current file, to become its backup once the save succeeded.

    The name is random and created exclusively: a file someone else made never blocks it.
    """
    for _ in range(100):
        staging = path.with_name(f"{temp_prefix(path)}backup-{secrets.token_hex(8)}.tmp")
        try:
            os.link(path, staging)
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
                raise
            try:
                fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            with os.fdopen(fd, "wb") as handle:
                _copy_mode(path, handle.fileno())
                handle.write(path.read_bytes())
        return staging
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path))


def _about(error: OSError, path: Path) -> OSError:
    """The same kind of error, naming the file the user tried to save."""
    if error.filename == str(path):
        return error
    code = error.errno if error.errno is not None else errno.EIO
    reason = error.strerror or os.strerror(code)
    about = type(error)(code, reason, str(path))
    return about


class FolderFlusher:
    """Flushes folder entries to the disk on one long-lived thread, in the order asked.

    Handing a folder over costs a queue entry: a thread per save waited, at every save,
    until the system ran the new thread. What is queued is flushed before the interpreter
    exits (:meth:`finish` runs at exit).
    """

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Path | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._finish_at_exit = False

    def flush_later(self, folder: Path) -> bool:
        """Queue ``folder`` for flushing; False when no thread can be had (flush it yourself)."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                thread = threading.Thread(target=self._run, name="fsync folders", daemon=True)
                try:
                    thread.start()
                except RuntimeError:
                    return False
                self._thread = thread
                if not self._finish_at_exit:
                    self._finish_at_exit = True
                    atexit.register(self.finish)
            self._queue.put(folder)
        return True

    def finish(self) -> None:
        """Flush what is queued, then stop the thread (a later request starts another)."""
        with self._lock:  # the thread never takes it: no request slips in between
            thread, self._thread = self._thread, None
            if thread is not None:
                self._queue.put(None)
                thread.join()

    def _run(self) -> None:
        while (folder := self._queue.get()) is not None:
            _fsync_folder(folder)


#: The flusher of this process (``write_atomic(..., folder_sync_in_background=True)``).
folder_flusher = FolderFlusher()


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
