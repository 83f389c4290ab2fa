"""Recovery copies: written to the user's data folder, offered only after an unclean exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.storage.project_file import encode
from desktop_app.storage.recovery import (
    RecoverySession,
    discard_recovered,
    load_recovered,
    recoverable,
    recovery_folder,
)
from tests.storage.builders import build_project

REPO = Path(__file__).resolve().parents[2]


def test_folder_is_in_the_user_data_folder() -> None:
    assert recovery_folder() == Path(os.environ["XDG_DATA_HOME"]) / "Parallax" / "recovery"


def test_running_session_is_not_offered_and_clean_exit_removes_its_copies(tmp_path: Path) -> None:
    session = RecoverySession()
    project = build_project(annotations=5)
    session.write(project, tmp_path / "p.parallax.json")
    assert recoverable() == []  # this session is alive
    session.close()
    assert recoverable() == []
    assert list(recovery_folder().iterdir()) == []


def test_discard_after_save(tmp_path: Path) -> None:
    session = RecoverySession()
    project = build_project(annotations=5)
    copy = session.write(project)
    assert copy.exists()
    session.discard(project)
    assert not copy.exists()
    session.close()


_CRASHING_APP = textwrap.dedent(
    """
    import os, sys
    from desktop_app.storage.recovery import RecoverySession
    from tests.storage.builders import build_project
    project = build_project(annotations=40, seed=5)
    session = RecoverySession()
    session.write(project, sys.argv[1])
    print(session.id, flush=True)
    sys.stdin.readline()  # wait until told to die
    os._exit(1)  # no clean exit: the copy stays
    """
)


def test_copy_of_a_crashed_session_is_offered_and_restores_the_same_work(tmp_path: Path) -> None:
    user_file = tmp_path / "mine.parallax.json"
    app = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_APP, str(user_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        text=True,
    )
    assert app.stdout is not None
    assert app.stdin is not None
    session_id = app.stdout.readline().strip()
    assert recoverable() == []  # still running: not offered
    app.stdin.write("\n")
    app.stdin.flush()
    app.wait()
    [item] = recoverable()
    assert item.info.session == session_id
    assert item.info.pid == app.pid
    assert item.project_path == user_file.resolve()
    assert item.info.project_title == "Accords coverage"
    project, report = load_recovered(item)
    assert report.ok
    assert project is not None
    assert encode(project) == encode(build_project(annotations=40, seed=5))
    assert not user_file.exists()  # recovery never writes the user's file
    discard_recovered(item)
    assert recoverable() == []
    assert list(recovery_folder().iterdir()) == []


def test_broken_sidecar_is_ignored() -> None:
    folder = recovery_folder()
    folder.mkdir(parents=True)
    (folder / "x-y.meta.json").write_text("{not json")
    (folder / "x-y.parallax.json").write_text("{}")
    assert recoverable() == []


def test_a_second_session_with_the_same_id_is_refused() -> None:
    session = RecoverySession(session_id="fixed")
    with pytest.raises(OSError, match="held by another process"):
        RecoverySession(session_id="fixed")
    session.close()
