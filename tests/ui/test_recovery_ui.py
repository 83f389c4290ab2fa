"""Autosave to a recovery copy; after a crash the next start offers it and restores the work."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.storage import project_file
from desktop_app.storage.project_file import encode
from desktop_app.storage.recovery import recoverable, recovery_folder
from desktop_app.ui.files.autosave import DEBOUNCE_MS, LATEST_MS, Autosave, offer_recovery
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.prompts import UnsavedChoice
from tests.present import present
from tests.ui.helpers import FakePrompter
from tests.ui.saved_projects import open_from_menu, tag_in_window, tag_words, tagged_sample
from tests.ui.saved_projects import write_project as save_project

REPO = Path(__file__).resolve().parents[2]

_CRASHING_APP = textwrap.dedent(
    """
    import os, sys
    from desktop_app.storage.project_file import load
    from desktop_app.storage.recovery import RecoverySession
    work = load(sys.argv[1])  # what was in memory, unsaved, when the app died
    RecoverySession().write(work, sys.argv[2] if len(sys.argv) > 2 else None)
    os._exit(1)  # killed: no clean exit, the copy and its lock file stay
    """
)


def crash_with_unsaved_work(tmp_path: Path, user_file: Path | None) -> bytes:
    """Run a process that keeps a recovery copy of some work and dies; the work's bytes."""
    work = tagged_sample(7)
    if user_file is not None:
        work = project_file.load(user_file)
        tag_words(work, 4, article=1)
    work_file = save_project(work, tmp_path / "in-memory.json")
    arguments = [str(work_file)] + ([str(user_file)] if user_file else [])
    subprocess.run(
        [sys.executable, "-c", _CRASHING_APP, *arguments], cwd=REPO, check=False, timeout=60
    )
    return work_file.read_bytes()


def copies() -> list[Path]:
    folder = recovery_folder()
    return sorted(folder.glob("*.parallax.json")) if folder.is_dir() else []


def test_a_change_reaches_the_recovery_copy_within_seconds(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert DEBOUNCE_MS <= 2000
    assert LATEST_MS <= 10_000
    autosave = window.feature(Autosave)
    added = tag_in_window(window)
    assert autosave.pending
    # Before the latest-write timer (started with the same change) could have written it:
    # the pause did. Generous beyond that, for a loaded machine.
    qtbot.waitUntil(lambda: autosave.copy_path() is not None, timeout=LATEST_MS - 1000)
    copy = present(autosave.copy_path())
    assert encode(project_file.load(copy)) == encode(window.document.project)
    assert added in project_file.load(copy).annotations
    assert recoverable() == [], "a running session's copy is never offered"


def test_going_to_the_background_writes_at_once_and_saving_removes_the_copy(
    window: MainWindow, tmp_path: Path
) -> None:
    autosave = window.feature(Autosave)
    tag_in_window(window)
    autosave.flush()  # what the app does when it goes to the background (idle)
    copy = autosave.copy_path()
    assert copy is not None
    window.document.save(tmp_path / "saved.parallax.json")
    autosave.wait()
    assert not copy.exists()
    assert copies() == []


def test_undoing_back_to_the_saved_state_removes_the_copy(window: MainWindow) -> None:
    autosave = window.feature(Autosave)
    tag_in_window(window)
    autosave.flush()
    copy = autosave.copy_path()
    assert copy is not None
    window.commands["edit.undo"].trigger()
    assert not copy.exists()


def test_a_clean_exit_removes_the_copy_even_when_changes_are_discarded(
    window: MainWindow, prompter: FakePrompter
) -> None:
    autosave = window.feature(Autosave)
    tag_in_window(window)
    autosave.flush()
    assert autosave.copy_path() is not None
    prompter.unsaved.append(UnsavedChoice.DISCARD)
    assert window.close()
    assert list(recovery_folder().iterdir()) == [], "no copy and no lock file left"


def test_after_a_crash_the_copy_is_offered_and_restores_the_work_without_touching_the_file(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    user_file = save_project(tagged_sample(3), tmp_path / "thesis.parallax.json")
    on_disk = user_file.read_bytes()
    work = crash_with_unsaved_work(tmp_path, user_file)
    [item] = recoverable()
    assert item.project_path == user_file.resolve()
    prompter.choices.append("Restore")

    assert offer_recovery(window) == 1

    title, message, choices = prompter.questions[0]
    assert title == "Recover unsaved work"
    assert "“thesis.parallax.json”" in message
    assert str(item.info.written.astimezone().year) in message
    assert choices == ("Restore", "Discard", "Later")
    document = window.document
    assert encode(document.project) == work, "restored work equals what was there"
    assert document.path == user_file.resolve()
    assert document.modified, "restored work is unsaved until the user saves"
    assert user_file.read_bytes() == on_disk, "the user's file is not touched"
    assert not item.copy_path.exists(), "the old copy is gone..."
    assert window.feature(Autosave).copy_path() is not None  # ...kept anew
    assert recoverable() == []
    # Saving is the user's explicit choice, and writes the restored work.
    assert window.files.save()
    assert user_file.read_bytes() == work


def test_untitled_work_can_be_discarded_or_kept_for_later(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    crash_with_unsaved_work(tmp_path, None)
    before = window.document
    prompter.choices.append("Later")
    assert offer_recovery(window) == 0
    assert "an untitled project" in prompter.questions[0][1]
    assert window.document is before
    assert len(recoverable()) == 1, "Later keeps the copy for the next start"
    prompter.choices.append("Discard")
    assert offer_recovery(window) == 0
    assert recoverable() == []
    assert copies() == []


def test_restoring_asks_about_unsaved_changes_first(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    crash_with_unsaved_work(tmp_path, None)
    tag_in_window(window)
    prompter.choices.append("Restore")
    prompter.unsaved.append(UnsavedChoice.CANCEL)
    assert offer_recovery(window) == 0
    assert len(recoverable()) == 1, "cancelled: the copy stays"


def test_a_salvaged_file_is_kept_in_a_recovery_copy_too(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = save_project(tagged_sample(3), tmp_path / "p.parallax.json")
    text = path.read_text(encoding="utf-8").replace('"start":', '"start":-', 1)
    path.write_text(text, encoding="utf-8")
    prompter.report_answers.append(True)
    open_from_menu(window, prompter, path)
    autosave = window.feature(Autosave)
    assert autosave.pending
    autosave.flush()
    assert autosave.copy_path() is not None


_KILLED_WINDOW = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from desktop_app.app import make_application
    from desktop_app.storage.project_file import encode, load
    from desktop_app.ui.files.autosave import Autosave
    from desktop_app.ui.shell.document import ProjectDocument
    from desktop_app.ui.shell.main_window import MainWindow
    from tests.ui.saved_projects import tag_in_window

    make_application()
    path = Path(sys.argv[1])
    window = MainWindow(ProjectDocument(load(path), path))
    window.show()
    tag_in_window(window)
    window.feature(Autosave).flush()  # what the pause after typing does
    window.feature(Autosave).wait()
    Path(sys.argv[2]).write_bytes(encode(window.document.project))
    os._exit(9)  # killed mid-session
    """
)


def test_a_killed_window_is_recovered_at_the_next_start(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    user_file = save_project(tagged_sample(2), tmp_path / "field notes.parallax.json")
    on_disk = user_file.read_bytes()
    in_memory = tmp_path / "what-the-window-held.json"
    subprocess.run(
        [sys.executable, "-c", _KILLED_WINDOW, str(user_file), str(in_memory)],
        cwd=REPO,
        check=False,
        timeout=120,
    )
    assert len(recoverable()) == 1
    prompter.choices.append("Restore")
    assert offer_recovery(window) == 1
    assert encode(window.document.project) == in_memory.read_bytes()
    assert user_file.read_bytes() == on_disk
