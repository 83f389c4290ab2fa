"""Failed saves keep everything and offer Save As; changes on disk are noticed and asked about."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.storage import project_file
from desktop_app.storage.project_file import encode
from desktop_app.ui.files.disk_watch import DiskWatch
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.prompts import UnsavedChoice
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter
from tests.ui.saved_projects import (
    open_from_menu,
    tag_in_window,
    tag_words,
    tagged_sample,
    write_project,
)


@pytest.fixture
def opened(window: MainWindow, prompter: FakePrompter, tmp_path: Path) -> Path:
    """A saved project opened from the menu, then saved once more (so it has a backup)."""
    folder = tmp_path / "projects"
    folder.mkdir()
    path = write_project(tagged_sample(3), folder / "study.parallax.json")
    open_from_menu(window, prompter, path)
    assert window.files.save()
    return path


def fail_replacing(monkeypatch: pytest.MonkeyPatch, target: Path, code: int) -> None:
    """Make the final rename onto ``target`` fail with ``code`` (other files still work)."""
    real_replace = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == target:
            raise OSError(code, os.strerror(code))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def assert_nothing_lost(window: MainWindow, path: Path, before: bytes, backup: bytes) -> None:
    assert path.read_bytes() == before, "the file on disk is as it was"
    assert path.with_name(path.name + "~").read_bytes() == backup, "and so is its backup"
    assert window.document.modified, "the work is still unsaved in memory"
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_disk_full_keeps_memory_and_file_and_save_as_works(
    window: MainWindow,
    prompter: FakePrompter,
    opened: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before, backup = opened.read_bytes(), opened.with_name(opened.name + "~").read_bytes()
    added = tag_in_window(window)
    fail_replacing(monkeypatch, opened, errno.ENOSPC)
    elsewhere = tmp_path / "usb" / "study-copy.parallax.json"
    elsewhere.parent.mkdir()
    prompter.choices.append("Save As…")
    prompter.save_paths.append(elsewhere)

    window.commands["file.save"].trigger()
    title, message, choices = prompter.questions[0]
    assert title == "Could not save"
    assert "the disk is full" in message
    assert "study.parallax.json" in message
    assert str(opened.parent) in message
    assert choices == ("Save As…", "Close")
    assert path_bytes_equal(opened, before)
    assert opened.with_name(opened.name + "~").read_bytes() == backup
    # Save As went to the other disk: everything is there, and the window follows it.
    saved = project_file.load(elsewhere)
    assert added in saved.annotations
    assert encode(saved) == encode(window.document.project)
    assert window.document.path == elsewhere
    assert not window.document.modified


def path_bytes_equal(path: Path, expected: bytes) -> bool:
    return path.read_bytes() == expected


def test_read_only_folder_keeps_everything_and_can_be_dismissed(
    window: MainWindow, prompter: FakePrompter, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, backup = opened.read_bytes(), opened.with_name(opened.name + "~").read_bytes()
    tag_in_window(window)
    project_before = encode(window.document.project)
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        if Path(str(kwargs.get("dir"))) == opened.parent:
            raise PermissionError(errno.EACCES, "Permission denied", str(opened.parent))
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    prompter.choices.append("Close")
    assert not window.files.save()
    assert "not allowed to write there" in prompter.questions[0][1]
    assert_nothing_lost(window, opened, before, backup)
    assert encode(window.document.project) == project_before


def test_folder_removed_and_target_is_a_folder(
    window: MainWindow, prompter: FakePrompter, opened: Path, tmp_path: Path
) -> None:
    tag_in_window(window)
    in_memory = encode(window.document.project)
    shutil.rmtree(opened.parent)
    blocked = tmp_path / "blocked.parallax.json"
    blocked.mkdir()  # a folder is in the way of the file
    good = tmp_path / "good.parallax.json"
    prompter.choices += ["Save Here", "Save As…", "Save As…"]
    prompter.save_paths += [blocked, good]

    assert window.files.save()
    reasons = [message for title, message, _ in prompter.questions if title == "Could not save"]
    assert "the folder no longer exists" in reasons[0]
    assert "a folder with that name is in the way" in reasons[1]
    assert blocked.is_dir()
    assert project_file.load(good) is not None
    assert good.read_bytes() == in_memory


def test_closing_when_the_save_fails_keeps_the_window_open(
    window: MainWindow, prompter: FakePrompter, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag_in_window(window)
    fail_replacing(monkeypatch, opened, errno.ENOSPC)
    prompter.unsaved.append(UnsavedChoice.SAVE)
    prompter.choices.append("Close")
    assert not window.close()
    assert window.isVisible()
    assert window.document.modified


# -- changes on disk ------------------------------------------------------------------------


#: Generous: a loaded machine may deliver a file-system report late; nothing here waits
#: this long unless something is wrong.
WATCH_TIMEOUT_MS = 20_000


def watch_is_pending(watch: DiskWatch) -> bool:
    """True while a report (or an activation) waits out the settle time before its check."""
    return watch._settle.isActive()


def wait_for_the_check(qtbot: QtBot, watch: DiskWatch) -> None:
    """Wait until the check a report (or an activation) scheduled has run: the settle
    timer fired. A fixed wait instead would pass without any check on a slow machine."""
    if watch_is_pending(watch):
        with qtbot.waitSignal(watch._settle.timeout, timeout=WATCH_TIMEOUT_MS):
            pass  # the check runs first: it was connected before this wait
    assert not watch_is_pending(watch)


def watch_by_hand(window: MainWindow) -> None:
    """Leave checking to the test: the file watcher's reports are ignored, and a check
    already scheduled is called off. Showing the window (its activation) or a report of the
    fixture's save schedules one; left pending, it ran whenever the event loop next turned,
    at the latest when pytest-qt processes events after the test, and on a slow machine it
    found the file changed and asked a question nobody had scripted."""
    watch = window.feature(DiskWatch)
    watch.watcher.blockSignals(True)
    watch._settle.stop()


def change_on_disk(path: Path, words: int = 2) -> bytes:
    """Another program saves a different version of the project."""
    theirs = project_file.load(path)
    tag_words(theirs, words, article=1)
    project_file.save(theirs, path)
    return path.read_bytes()


def test_change_on_disk_is_noticed_by_the_watcher_and_reload_reads_it(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    prompter.choices.append("Reload")
    theirs = change_on_disk(opened)
    qtbot.waitUntil(lambda: bool(prompter.questions), timeout=WATCH_TIMEOUT_MS)
    title, message, choices = prompter.questions[0]
    assert title == "The project file changed on disk"
    assert "changed by another program" in message
    assert choices == ("Reload", "Save As…", "Keep Mine")
    assert encode(window.document.project) == theirs
    assert not window.document.modified


def test_reload_with_unsaved_changes_asks_before_losing_them(
    window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    watch_by_hand(window)
    mine = tag_in_window(window)
    theirs = change_on_disk(opened)
    prompter.choices += ["Reload", "Reload"]
    prompter.confirmations += [False, True]
    watch = window.feature(DiskWatch)
    assert watch.check()
    assert "You have unsaved changes here." in prompter.questions[0][1]
    assert mine in window.document.project.annotations, "declined: the changes stay"
    assert not watch.check(), "the same version on disk is not asked about again"
    change_on_disk(opened, words=3)
    theirs = opened.read_bytes()
    assert watch.check()
    assert mine not in window.document.project.annotations
    assert encode(window.document.project) == theirs


def test_keep_mine_writes_nothing_and_the_next_save_asks_before_overwriting(
    window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    watch_by_hand(window)
    mine = tag_in_window(window)
    theirs = change_on_disk(opened)
    prompter.choices += ["Keep Mine", "Overwrite"]
    assert window.feature(DiskWatch).check()
    assert opened.read_bytes() == theirs
    assert window.files.save()
    assert prompter.questions[1][0] == "The file changed on disk"
    assert "Overwrite" in prompter.questions[1][2]
    assert mine in project_file.load(opened).annotations
    assert opened.with_name(opened.name + "~").read_bytes() == theirs, "theirs is the backup"


def test_save_as_elsewhere_leaves_the_changed_file_alone(
    window: MainWindow, prompter: FakePrompter, opened: Path, tmp_path: Path
) -> None:
    watch_by_hand(window)
    mine = tag_in_window(window)
    theirs = change_on_disk(opened)
    other = tmp_path / "mine.parallax.json"
    prompter.choices.append("Save As…")
    prompter.save_paths.append(other)
    assert window.feature(DiskWatch).check()
    assert opened.read_bytes() == theirs
    assert mine in project_file.load(other).annotations
    assert window.document.path == other


def test_save_over_a_changed_file_can_be_cancelled(
    window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    watch_by_hand(window)
    tag_in_window(window)
    theirs = change_on_disk(opened)
    prompter.choices.append("Cancel")
    assert not window.files.save()
    assert opened.read_bytes() == theirs
    assert window.document.modified


def test_deleted_file_is_noticed_and_own_saves_are_not(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    tag_in_window(window)
    watch = window.feature(DiskWatch)
    with qtbot.waitSignal(watch.watcher.directoryChanged, timeout=WATCH_TIMEOUT_MS):
        assert window.files.save()  # the watcher reports our own save (a rename in the folder)
    wait_for_the_check(qtbot, watch)
    assert not prompter.questions, "our own save is not asked about"
    opened.unlink()
    prompter.choices.append("Keep Mine")
    qtbot.waitUntil(lambda: bool(prompter.questions), timeout=WATCH_TIMEOUT_MS)
    _title, message, choices = prompter.questions[0]
    assert "moved or deleted" in message
    assert choices == ("Save As…", "Keep Mine")


def test_keep_mine_over_a_deleted_file_is_not_asked_again_until_it_comes_back(
    window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    watch_by_hand(window)
    watch = window.feature(DiskWatch)
    mine = tag_in_window(window)
    saved = opened.read_bytes()
    opened.unlink()
    prompter.choices.append("Keep Mine")
    assert watch.check()
    assert prompter.questions[0][2] == ("Save As…", "Keep Mine")
    assert not watch.check(), "the file is still gone: the user already answered"
    assert not watch.check()
    assert len(prompter.questions) == 1
    assert mine in window.document.project.annotations
    assert window.document.modified
    opened.write_bytes(saved)  # the same file comes back (a sync tool restores it)
    assert not watch.check(), "the file as Parallax saved it is no change"
    theirs = change_on_disk(opened)  # then another program saves its own version there
    prompter.choices.append("Keep Mine")
    assert watch.check(), "a different file under the name is a new change"
    assert prompter.questions[1][2] == ("Reload", "Save As…", "Keep Mine")
    assert opened.read_bytes() == theirs, "Keep Mine writes nothing"


def test_coming_back_to_the_window_checks_the_file(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    watch_by_hand(window)  # only the activation is left to notice the change
    change_on_disk(opened)
    prompter.choices.append("Keep Mine")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: bool(prompter.questions), timeout=WATCH_TIMEOUT_MS)
    assert prompter.questions[0][0] == "The project file changed on disk"


def test_after_our_own_save_a_change_in_place_is_still_noticed(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, opened: Path
) -> None:
    tag_in_window(window)
    watch = window.feature(DiskWatch)
    # The save replaces the file by a rename: once the watcher has reported it and the
    # check it leads to has run, the watch is on the new file (nothing else is pending).
    with qtbot.waitSignal(watch.watcher.directoryChanged, timeout=WATCH_TIMEOUT_MS):
        assert window.files.save()
    wait_for_the_check(qtbot, watch)
    assert str(opened) in watch.watcher.files()
    assert not prompter.questions
    theirs = project_file.load(opened)
    tag_words(theirs, 1, article=1)
    opened.write_bytes(encode(theirs))  # another program rewrites the file in place
    prompter.choices.append("Reload")
    qtbot.waitUntil(lambda: bool(prompter.questions), timeout=WATCH_TIMEOUT_MS)
    assert encode(window.document.project) == encode(theirs)


def test_a_document_made_without_a_fingerprint_takes_the_file_as_it_is(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = write_project(tagged_sample(1), tmp_path / "given.parallax.json")
    window = make_window(project_file.load(path), path)  # no DiskState given
    watch = window.feature(DiskWatch)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert watch_is_pending(watch), "coming back to the window checks the file"
    wait_for_the_check(qtbot, watch)
    assert not prompter.questions
    assert window.document.disk_state is not None


# -- failures that are not OSError ----------------------------------------------------------


def test_a_save_failing_on_unencodable_text_says_what_and_where_and_keeps_the_work(
    window: MainWindow, prompter: FakePrompter, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, backup = opened.read_bytes(), opened.with_name(opened.name + "~").read_bytes()
    tag_in_window(window)
    project_before = encode(window.document.project)

    def unencodable(_project: object) -> list[bytes]:
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    prompter.choices.append("Close")
    with monkeypatch.context() as patch:
        patch.setattr(project_file, "encode_chunks", unencodable)  # what a save encodes with
        window.commands["file.save"].trigger()

    (title, message, choices), *_ = prompter.questions
    assert title == "Could not save"
    assert opened.name in message
    assert str(opened.parent) in message
    assert "cannot be written as UTF-8" in message
    assert "Save As…" in choices
    assert_nothing_lost(window, opened, before, backup)
    assert encode(window.document.project) == project_before
    assert window.windowTitle().startswith(window.document.name + "[*]")
    assert window.isWindowModified()


def test_a_save_failing_on_memory_when_closing_cancels_the_close_and_keeps_the_copy(
    window: MainWindow, prompter: FakePrompter, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.storage.recovery import recovery_folder
    from desktop_app.ui.files.autosave import Autosave

    before, backup = opened.read_bytes(), opened.with_name(opened.name + "~").read_bytes()
    tag_in_window(window)
    autosave = window.feature(Autosave)
    autosave.flush()
    autosave.wait()
    copy = autosave.copy_path()
    assert copy is not None
    assert copy.exists()

    def out_of_memory(_fd: int) -> None:
        raise MemoryError

    prompter.unsaved.append(UnsavedChoice.SAVE)
    prompter.choices.append("Close")
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", out_of_memory)
        assert not window.close()

    assert window.isVisible(), "a window whose save failed stays open"
    assert prompter.questions[0][0] == "Could not save"
    assert "not enough memory" in prompter.questions[0][1]
    assert_nothing_lost(window, opened, before, backup)
    assert copy.exists(), "the recovery copy is kept"
    assert copy.parent == recovery_folder()


def test_a_save_waits_for_a_command_changing_the_project_then_says_so(
    window: MainWindow, prompter: FakePrompter, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`parallax import` holds the project's lock: the window's save neither interleaves
    nor loses anything; it says another Parallax is changing the file."""
    import subprocess
    import sys

    from desktop_app.ui.files import file_commands

    monkeypatch.setattr(file_commands, "WINDOW_LOCK_WAIT", 0.3)
    before = opened.read_bytes()
    mine = tag_in_window(window)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from desktop_app.storage.lock import project_lock\n"
            "with project_lock(sys.argv[1]):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(30)\n",
            str(opened),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        prompter.choices.append("Close")
        assert not window.files.save()
        title, message, _choices = prompter.questions[-1]
        assert title == "Could not save"
        assert "another Parallax" in message
        assert opened.read_bytes() == before  # nothing interleaved
        assert window.document.modified
        assert mine in window.document.project.annotations
    finally:
        holder.kill()
        holder.wait()
    assert window.files.save()  # once the other writer is gone
    assert mine in project_file.load(opened).annotations
