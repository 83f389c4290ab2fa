"""Two writers, one project: an exclusive lock around every read-modify-write, nothing lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.core.new_records import new_project
from desktop_app.storage import lock
from desktop_app.storage.lock import ProjectBusyError, lock_path, project_lock
from desktop_app.storage.project_file import load, save

_HOLDER = textwrap.dedent(
    """
    import sys
    from desktop_app.storage.lock import project_lock
    with project_lock(sys.argv[1]):
        print("held", flush=True)
        sys.stdin.read()  # until the test closes our input
    """
)


@contextmanager
def held_by_another_process(path: Path) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    project = tmp_path / "p.json"
    save(new_project([]), project)
    with (
        held_by_another_process(project),
        pytest.raises(ProjectBusyError) as refused,
        project_lock(project, wait=0.2),
    ):
        pytest.fail("the lock was taken twice")
    assert refused.value.filename == str(project)
    assert "another Parallax" in str(refused.value.strerror)
    assert isinstance(refused.value, OSError)  # what the window's save already reports
    with project_lock(project, wait=0.2):  # free again once the other has finished
        pass


def test_the_lock_is_re_entrant_in_one_process(tmp_path: Path) -> None:
    project = tmp_path / "p.json"
    with project_lock(project), project_lock(project):
        assert lock_path(project).exists()
    with project_lock(project, wait=0):
        pass


def test_a_busy_project_makes_import_refuse_and_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lock, "DEFAULT_WAIT_SECONDS", 0.2)
    project = tmp_path / "p.json"
    save(new_project([]), project)
    before = project.read_bytes()
    article = tmp_path / "a.txt"
    article.write_text("An article.\n", encoding="utf-8")
    with held_by_another_process(project):
        assert main(["import", str(project), str(article)]) == 1
        assert main(["update", str(project), "x", str(article)]) == 1
        assert main(["new", "--force", str(project)]) == 1
    assert project.read_bytes() == before
    errors = capsys.readouterr().err
    assert errors.count("another Parallax") == 3
    assert "Traceback" not in errors


_IMPORTER = textwrap.dedent(
    """
    import os, sys, time
    from desktop_app.cli import main
    import desktop_app.cli.import_files, desktop_app.storage.validation
    import desktop_app.importers.registry, desktop_app.core.merge
    go = sys.argv[1]
    while not os.path.exists(go):  # start together, to make the race likely
        time.sleep(0.002)
    sys.exit(main(["import", *sys.argv[2:]]))
    """
)


def test_two_imports_at_once_never_lose_one(tmp_path: Path) -> None:
    rounds = 6
    for number in range(rounds):
        folder = tmp_path / f"round{number}"
        folder.mkdir()
        project = folder / "p.json"
        save(new_project([]), project)
        articles = []
        for name in ("first", "second"):
            article = folder / f"{name}.txt"
            article.write_text(f"The {name} article of round {number}.\n", encoding="utf-8")
            articles.append(article)
        go = folder / "go"
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", _IMPORTER, str(go), str(project), str(article)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for article in articles
        ]
        go.touch()
        outcomes = [run.communicate(timeout=120) for run in runs]
        codes = [run.returncode for run in runs]
        assert codes == [0, 0], outcomes
        titles = {article.title for article in load(project).articles}
        assert titles == {
            f"The first article of round {number}.",
            f"The second article of round {number}.",
        }, (number, outcomes)


def test_no_lock_file_is_made_beside_a_device_or_in_a_folder(tmp_path: Path) -> None:
    link = tmp_path / "p.json"
    link.symlink_to("/dev/null")
    with pytest.raises(lock.NotAProjectFileError), project_lock(link):
        pytest.fail("locked a device")
    assert not Path("/dev/.null.lock").exists()
    with pytest.raises(lock.NotAProjectFileError), project_lock(tmp_path):
        pytest.fail("locked a folder")
