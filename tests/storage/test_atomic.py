"""Atomic saves: the file is the old or the new version, the backup survives, errors name it."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.storage import atomic
from desktop_app.storage.atomic import backup_path, write_atomic


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}."))


def test_first_save_writes_the_file_without_backup(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    write_atomic(target, b"one")
    assert target.read_bytes() == b"one"
    assert not backup_path(target).exists()
    assert _leftovers(tmp_path, "p.json") == []


def test_each_save_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    for version in (b"one", b"two", b"three"):
        write_atomic(target, version)
    assert target.read_bytes() == b"three"
    assert backup_path(target).read_bytes() == b"two"
    assert _leftovers(tmp_path, "p.json") == []


def test_save_keeps_the_file_permissions(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_the_usual_permissions_not_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # readable by group or others


def _assert_untouched(folder: Path, target: Path) -> None:
    assert target.read_bytes() == b"two"
    assert backup_path(target).read_bytes() == b"one"
    assert _leftovers(folder, target.name) == []


@pytest.fixture
def saved_twice(tmp_path: Path) -> Path:
    target = tmp_path / "p.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    return target


def test_disk_full_while_writing(saved_twice: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self._handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()  # type: ignore[attr-defined]

        def fileno(self) -> int:
            return self._handle.fileno()  # type: ignore[attr-defined,no-any-return]

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(OSError, match="No space") as caught:
        write_atomic(saved_twice, b"three")
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(saved_twice)
    _assert_untouched(saved_twice.parent, saved_twice)


def test_disk_full_while_flushing(saved_twice: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space") as caught:
        write_atomic(saved_twice, b"three")
    assert caught.value.errno == errno.ENOSPC
    _assert_untouched(saved_twice.parent, saved_twice)


def test_rename_failing_leaves_file_and_backup(
    saved_twice: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "file is locked")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError) as caught:
        write_atomic(saved_twice, b"three")
    assert caught.value.filename == str(saved_twice)
    _assert_untouched(saved_twice.parent, saved_twice)


def test_unwritable_folder_raises_permission_error(
    saved_twice: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(**kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied", str(kwargs["dir"]))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(PermissionError) as caught:
        write_atomic(saved_twice, b"three")
    assert caught.value.filename == str(saved_twice)
    _assert_untouched(saved_twice.parent, saved_twice)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_read_only_folder_for_real(saved_twice: Path) -> None:
    folder = saved_twice.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError) as caught:
            write_atomic(saved_twice, b"three")
    finally:
        folder.chmod(0o755)
    assert caught.value.filename == str(saved_twice)
    _assert_untouched(folder, saved_twice)


def test_removed_folder_raises_file_not_found(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "p.json"
    with pytest.raises(FileNotFoundError) as caught:
        write_atomic(target, b"data")
    assert caught.value.filename == str(target)
    assert str(target) in str(caught.value)


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    target.mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        write_atomic(target, b"data")
    assert caught.value.filename == str(target)
    assert target.is_dir()
    assert _leftovers(tmp_path, "p.json") == []


_SAVER = textwrap.dedent(
    """
    import sys
    from desktop_app.storage.project_file import save
    from tests.storage.builders import build_project
    versions = [build_project(annotations=1500, seed=seed) for seed in (1, 2)]
    print("ready", flush=True)
    n = 0
    while True:
        print("saving", flush=True)
        save(versions[n % 2], sys.argv[1])
        n += 1
        print("saved", flush=True)
    """
)


def test_killing_a_saving_process_never_leaves_a_broken_file(tmp_path: Path) -> None:
    """SIGKILL a process that saves a project in a loop at random moments, many times: the
    file always loads, as the old or the new version, and so does its backup.

    The moments are counted in the saver's own progress (after 0-3 whole saves, then up to
    80 ms more), and what the saver said before it died tells what the file must hold: the
    version of its last finished save, or, killed in a save, possibly the one it was
    writing. Neither depends on how fast a loaded machine runs the saver."""
    import random

    from desktop_app.storage.project_file import encode, load, save
    from tests.storage.builders import build_project

    rng = random.Random(1234)
    target = tmp_path / "p.parallax.json"
    versions = [encode(build_project(annotations=1500, seed=seed)) for seed in (1, 2)]
    save(build_project(annotations=1500, seed=1), target)
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    deadline = time.monotonic() + 5.0
    kills = in_a_save = 0
    on_disk = versions[0]
    while time.monotonic() < deadline or kills < 5:
        saver = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(target)], stdout=subprocess.PIPE, env=env
        )
        assert saver.stdout is not None
        assert saver.stdout.readline().strip() == b"ready"
        said: list[bytes] = []
        while said.count(b"saved") < kills % 4:  # 0-3 whole saves first
            said.append(saver.stdout.readline().strip())
        time.sleep(rng.uniform(0.0, 0.08))
        saver.kill()
        saver.wait()
        said += saver.stdout.read().split()  # what it said before it died
        kills += 1
        finished = said.count(b"saved")
        interrupted = bool(said) and said[-1] == b"saving"
        in_a_save += interrupted
        last = versions[(finished - 1) % 2] if finished else on_disk
        on_disk = encode(load(target))
        assert on_disk == last or (interrupted and on_disk == versions[finished % 2])
        backup = backup_path(target)
        assert not backup.exists() or encode(load(backup)) in versions
    assert in_a_save > 0, "no kill came while the saver was saving"
    print(f"{kills} kills, {in_a_save} in a save; the file loaded whole every time")


def test_saving_through_a_symbolic_link_updates_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real" / "project.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert (real.parent / "project.json~").read_bytes() == b"old"


def test_the_folder_is_flushed_after_the_rename_here_or_on_the_flushers_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By default the folder entry is flushed before returning; a project save hands it to
    the one flusher thread, once the new file is in place, and does not wait for it."""
    import threading

    from desktop_app.storage.project_file import load, save
    from tests.storage.builders import build_project

    flushed: list[tuple[str, bool]] = []
    real = atomic._fsync_folder
    may_flush = threading.Event()

    def recording(folder: Path) -> None:
        if threading.current_thread() is not threading.main_thread():
            assert may_flush.wait(10)
        flushed.append((threading.current_thread().name, (folder / "p.json").exists()))
        real(folder)

    monkeypatch.setattr(atomic, "_fsync_folder", recording)
    write_atomic(tmp_path / "p.json", b"one")
    assert flushed == [(threading.current_thread().name, True)]
    for _ in range(3):  # the saves return while the flusher is held up
        save(build_project(annotations=3), tmp_path / "p.json")
    assert len(flushed) == 1
    may_flush.set()
    atomic.folder_flusher.finish()  # what the interpreter does at exit
    assert flushed[1:] == [("fsync folders", True)] * 3
    load(tmp_path / "p.json~")  # the backup is a whole earlier version
    save(build_project(annotations=3), tmp_path / "p.json")  # a new thread after finish
    atomic.folder_flusher.finish()
    assert flushed[-1] == ("fsync folders", True)


def test_without_a_thread_the_folder_is_flushed_in_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    flushed: list[str] = []
    monkeypatch.setattr(atomic, "_fsync_folder", lambda folder: flushed.append(folder.name))
    monkeypatch.setattr(atomic, "folder_flusher", atomic.FolderFlusher())

    def no_thread(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", no_thread)
    write_atomic(tmp_path / "p.json", b"one", folder_sync_in_background=True)
    assert flushed == [tmp_path.name]
    assert (tmp_path / "p.json").read_bytes() == b"one"


def test_the_interpreter_flushes_what_is_queued_before_it_exits(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from desktop_app.storage import atomic

        def slow_flush(folder):
            time.sleep(0.3)
            (folder / "flushed").write_text("yes")

        atomic._fsync_folder = slow_flush
        atomic.write_atomic(Path({str(tmp_path / "p.json")!r}), b"one",
                            folder_sync_in_background=True)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert (tmp_path / "flushed").read_text() == "yes"
    assert (tmp_path / "p.json").read_bytes() == b"one"


def _pieces(count: int) -> list[bytes | memoryview]:
    """``count`` pieces of different lengths, one of them a view into a larger buffer."""
    pieces: list[bytes | memoryview] = [f"piece {n};".encode() * (n % 7 + 1) for n in range(count)]
    pieces[count // 2] = memoryview(b"<<a view into this>>")[2:-2]
    return pieces


@pytest.mark.parametrize("count", [1, 1023, 1024, 1025, 3000])
def test_pieces_are_written_whole_and_in_order(tmp_path: Path, count: int) -> None:
    target = tmp_path / "p.json"
    write_atomic(target, b"old")
    pieces = _pieces(count)
    write_atomic(target, pieces)
    assert target.read_bytes() == b"".join(pieces)
    assert backup_path(target).read_bytes() == b"old"
    assert _leftovers(tmp_path, "p.json") == []


def test_a_short_write_of_pieces_is_completed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_writev = os.writev

    def short(fd: int, buffers: list[bytes | memoryview]) -> int:
        return real_writev(fd, [memoryview(b"".join(buffers))[: max(1, len(buffers) // 3)]])

    monkeypatch.setattr(os, "writev", short)
    target = tmp_path / "p.json"
    pieces = _pieces(2500)
    write_atomic(target, pieces)
    assert target.read_bytes() == b"".join(pieces)


def test_disk_full_while_writing_pieces(saved_twice: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int, buffers: list[bytes | memoryview]) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "writev", full)
    with pytest.raises(OSError, match="No space") as caught:
        write_atomic(saved_twice, _pieces(10))
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(saved_twice)
    _assert_untouched(saved_twice.parent, saved_twice)


def test_pieces_are_joined_where_there_is_no_writev(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "writev")
    target = tmp_path / "p.json"
    pieces = _pieces(50)
    write_atomic(target, pieces)
    assert target.read_bytes() == b"".join(pieces)


def _record_writeback(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Log, in order, each writeback request (with the file's size then) and each fsync."""
    events: list[tuple[str, int]] = []
    real_fsync = os.fsync

    def writeback(fd: int) -> None:
        events.append(("writeback", os.fstat(fd).st_size))

    def fsync(fd: int) -> None:
        events.append(("fsync", os.fstat(fd).st_size))
        real_fsync(fd)

    monkeypatch.setattr(atomic, "_start_writeback", writeback)
    monkeypatch.setattr(os, "fsync", fsync)
    return events


def test_the_disk_starts_on_each_batch_of_pieces_before_the_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _record_writeback(monkeypatch)
    target = tmp_path / "p.json"
    pieces = _pieces(3000)
    write_atomic(target, pieces)
    whole = b"".join(pieces)
    assert target.read_bytes() == whole
    writebacks = [size for kind, size in events if kind == "writeback"]
    batches = [b"".join(pieces[:end]) for end in (1024, 2048, 3000)]
    assert writebacks == [len(batch) for batch in batches]  # one per writev, as it grows
    first_fsync = next(n for n, (kind, _) in enumerate(events) if kind == "fsync")
    assert events[first_fsync] == ("fsync", len(whole))
    assert all(kind == "writeback" for kind, _ in events[:first_fsync])


def test_large_bytes_go_in_slices_each_followed_by_a_writeback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _record_writeback(monkeypatch)
    target = tmp_path / "p.json"
    data = bytes(range(256)) * (10 * 1024 + 3)  # a little over 2.5 MB
    write_atomic(target, data)
    assert target.read_bytes() == data
    mb = 1 << 20
    assert [size for kind, size in events if kind == "writeback"] == [mb, 2 * mb, len(data)]


def test_small_saves_ask_for_no_writeback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = _record_writeback(monkeypatch)
    write_atomic(tmp_path / "a.json", b"small")
    write_atomic(tmp_path / "b.json", _pieces(100))
    assert [kind for kind, _ in events if kind == "writeback"] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sync_file_range is Linux's")
def test_the_real_writeback_call_is_found_and_harmless(tmp_path: Path) -> None:
    assert atomic._sync_file_range() is not None
    target = tmp_path / "p.json"
    pieces = _pieces(5000)
    write_atomic(target, pieces)
    assert target.read_bytes() == b"".join(pieces)
    atomic._start_writeback(-1)  # no such descriptor: the call fails, and says nothing


@pytest.mark.parametrize("result", [None, -1])
def test_without_a_working_writeback_the_save_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, result: int | None
) -> None:
    def failing(fd: int, offset: int, count: int, flags: int) -> int:
        return -1

    monkeypatch.setattr(atomic, "_sync_file_range", lambda: None if result is None else failing)
    target = tmp_path / "p.json"
    pieces = _pieces(3000)
    write_atomic(target, pieces)
    write_atomic(target, b"x" * (3 << 20))
    assert target.read_bytes() == b"x" * (3 << 20)
    assert backup_path(target).read_bytes() == b"".join(pieces)
