"""Noticing changes of the open file on disk."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.storage.project_file import save
from desktop_app.storage.watch import DiskState, changed_on_disk
from tests.storage.builders import build_project


def test_unchanged_file(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    state = save(build_project(annotations=2), target)
    assert not changed_on_disk(target, state)


def test_rewritten_by_another_program(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    state = save(build_project(annotations=2), target)
    target.write_bytes(target.read_bytes().replace(b"Accords", b"Akkords"))
    assert changed_on_disk(target, state)


def test_touched_but_same_bytes_is_not_a_change(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    state = save(build_project(annotations=2), target)
    os.utime(target, ns=(state.mtime_ns + 5_000_000_000, state.mtime_ns + 5_000_000_000))
    assert not changed_on_disk(target, state)


def test_same_size_different_bytes_is_a_change(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    state = save(build_project(annotations=2), target)
    target.write_bytes(target.read_bytes().replace(b"Accords", b"Akkords"))
    os.utime(target, ns=(state.mtime_ns + 1, state.mtime_ns + 1))
    assert changed_on_disk(target, state)


def test_removed_and_appeared(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    state = save(build_project(annotations=2), target)
    target.unlink()
    assert changed_on_disk(target, state)
    assert DiskState.of(target) is None
    assert not changed_on_disk(target, None)
    target.write_text("{}")
    assert changed_on_disk(target, None)


def test_loading_records_the_state_the_file_was_read_in(tmp_path: Path) -> None:
    from desktop_app.storage.project_file import read
    from desktop_app.storage.validation import load_with_report

    target = tmp_path / "p.json"
    saved = save(build_project(annotations=2), target)
    assert read(target).disk_state == saved
    _, report = load_with_report(target)
    assert report.disk_state == saved
    target.write_bytes(target.read_bytes() + b" ")
    assert changed_on_disk(target, report.disk_state)
