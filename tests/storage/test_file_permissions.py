"""Files others could read or block: private recovery copies, random temporary names, leftovers."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.new_records import new_project
from desktop_app.importers.samples import sample_articles
from desktop_app.storage.atomic import backup_path, is_own_temp, write_atomic
from desktop_app.storage.project_file import save
from desktop_app.storage.recovery import RecoverySession

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_recovery_folder_and_copies_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "recovery"
    session = RecoverySession(folder)
    copy = session.write(new_project(sample_articles()), tmp_path / "p.json")
    assert _mode(folder) == 0o700
    files = list(folder.iterdir())
    assert copy in files
    assert len(files) >= 3
    assert all(_mode(f) == 0o600 for f in files), {f.name: oct(_mode(f)) for f in files}
    session.close()


@posix_only
def test_an_existing_open_recovery_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    RecoverySession(folder).close()
    assert _mode(folder) == 0o700


@posix_only
def test_a_saved_project_keeps_its_private_mode(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    project = new_project(sample_articles())
    save(project, target)
    target.chmod(0o600)
    save(project, target)
    save(project, target)
    assert _mode(target) == 0o600
    assert _mode(backup_path(target)) == 0o600


def test_a_file_planted_under_the_old_fixed_temporary_name_blocks_nothing(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    write_atomic(target, b"one")
    planted = tmp_path / ".p.json.backup.tmp"
    planted.mkdir()  # what another user could create in a shared folder
    (planted / "x").write_bytes(b"")
    write_atomic(target, b"two")
    write_atomic(target, b"three")
    assert target.read_bytes() == b"three"
    assert backup_path(target).read_bytes() == b"two"


def test_temporary_names_are_random_and_of_our_own_pattern(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "p.json"
    write_atomic(target, b"one")
    seen: list[str] = []
    real_replace = os.replace

    def spy(source: object, destination: object) -> None:
        seen.append(Path(str(source)).name)
        real_replace(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(target, b"two")
    write_atomic(target, b"three")
    assert len(set(seen)) == len(seen) == 4
    assert all(is_own_temp(target, name) for name in seen), seen


def test_stale_temporaries_of_a_killed_save_are_removed_on_the_next_save(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    write_atomic(target, b"one")
    stale = [tmp_path / ".p.json.ab12cd_9.tmp", tmp_path / ".p.json.backup-0123456789abcdef.tmp"]
    fresh = tmp_path / ".p.json.zz12cd_9.tmp"  # a save running right now
    others = [tmp_path / ".p.json.notes.tmp", tmp_path / ".q.json.ab12cd_9.tmp", tmp_path / "x.tmp"]
    an_hour_ago = time.time() - 3600
    for path in [*stale, fresh, *others]:
        path.write_bytes(b"x" * 1000)
        if path is not fresh:
            os.utime(path, (an_hour_ago, an_hour_ago))
    write_atomic(target, b"two")
    assert not any(p.exists() for p in stale)
    assert fresh.exists()
    assert all(p.exists() for p in others)
    assert target.read_bytes() == b"two"


@posix_only
def test_a_pipe_or_a_link_to_one_is_never_replaced(tmp_path: Path) -> None:
    """As ``-o /dev/null`` must not turn /dev/null into a file (tested on a pipe of our own)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.csv"
    link.symlink_to(fifo)
    for target in (fifo, link):
        with pytest.raises(OSError, match="not a regular file") as refused:
            write_atomic(target, b"data")
        assert refused.value.filename == str(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
