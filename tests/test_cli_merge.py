"""`parallax merge`: collecting files into one, and the git merge driver on a real repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import msgspec
import pytest

from desktop_app.__main__ import main
from desktop_app.core.project import Project
from desktop_app.storage.project_file import load, save
from tests.core.classroom_builders import MOTIVE, REACTION, coder_project, random_spans, texts

ROOT = Path(__file__).resolve().parent.parent


def _students(tmp_path: Path, count: int) -> list[Path]:
    import random

    articles = texts(seed=31)
    rng = random.Random(31)
    paths = []
    for n in range(count):
        path = tmp_path / f"student{n}.parallax.json"
        save(coder_project(articles, f"Student {n}", random_spans(rng, articles, 5)), path)
        paths.append(path)
    return paths


def test_merge_collects_files_into_a_new_one_and_again_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _students(tmp_path, 3)
    out = tmp_path / "class.parallax.json"
    assert main(["merge", str(out), *map(str, files)]) == 0
    assert "15 annotations" in capsys.readouterr().out
    merged = load(out)
    assert len(merged.annotations) == 15
    assert [c.name for c in merged.codes] == ["motive", "reaction", "economics"]
    assert len(merged.articles) == 2
    before = out.read_bytes()
    assert main(["merge", str(out), *map(str, files)]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert load(out).annotations.ids() == merged.annotations.ids()
    assert len(out.read_bytes()) == len(before)


def test_merge_lists_conflicts_and_keeps_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [first] = _students(tmp_path, 1)
    project = load(first)
    changed = msgspec.structs.replace(project.annotations.at(0), note="changed")
    project.annotations._replace(changed)
    second = tmp_path / "changed.parallax.json"
    save(project, second)
    out = tmp_path / "class.parallax.json"
    assert main(["merge", str(out), str(first), str(second)]) == 1
    err = capsys.readouterr().err
    assert "conflict" in err
    assert changed.id in err
    assert len(load(out).annotations) == 6


def test_merge_refuses_bad_input_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [good] = _students(tmp_path, 1)
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    out = tmp_path / "out.parallax.json"
    assert main(["merge", str(out), str(good), str(bad)]) == 2
    assert "not a Parallax project" in capsys.readouterr().err
    assert not out.exists()
    assert main(["merge", str(out)]) == 2
    assert main(["merge", "--driver", str(good), str(good)]) == 2
    assert "three files" in capsys.readouterr().err


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=check,
    )


def _edited(
    path: Path, edit_note: dict[int, str], add: Sequence[tuple[int, int, int]] = ()
) -> None:
    project = load(path)
    for row, note in edit_note.items():
        project.annotations._replace(
            msgspec.structs.replace(project.annotations.at(row), note=note)
        )
    for article, start, end in add:
        extra = coder_project(list(project.articles), None, [(article, start, end, [REACTION])])
        project.annotations._insert(extra.annotations.at(0))
    save(project, path)
    Path(str(path) + "~").unlink(missing_ok=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_merge_driver_on_a_real_three_way_case(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    driver = f'"{sys.executable}" -m desktop_app merge --driver %O %A %B'
    _git(repo, "config", "merge.parallax.name", "Parallax project files")
    _git(repo, "config", "merge.parallax.driver", driver)
    (repo / ".gitattributes").write_text("*.parallax.json merge=parallax\n", encoding="utf-8")
    path = repo / "coding.parallax.json"
    save(
        coder_project(
            texts(seed=41),
            "Ada",
            [(0, 0, 30, [MOTIVE]), (0, 50, 90, [MOTIVE]), (1, 0, 20, [MOTIVE])],
        ),
        path,
    )
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "checkout", "-qb", "ben")
    _edited(path, {0: "Ben's note"}, add=[(1, 40, 80)])
    _git(repo, "commit", "-qam", "ben")
    _git(repo, "checkout", "-q", "main")
    _edited(path, {1: "Ada's note"})
    _git(repo, "commit", "-qam", "ada")
    result = _git(repo, "merge", "-q", "--no-edit", "ben", check=False)
    assert result.returncode == 0, result.stderr + result.stdout
    merged = load(path)
    assert [a.note for a in merged.annotations][:2] == ["Ben's note", "Ada's note"]
    assert len(merged.annotations) == 4
    # Now both change the same annotation: the merge stops, with both versions in the file.
    _git(repo, "checkout", "-qb", "carla")
    _edited(path, {2: "Carla's note"})
    _git(repo, "commit", "-qam", "carla")
    _git(repo, "checkout", "-q", "main")
    _edited(path, {2: "Ada's second note"})
    _git(repo, "commit", "-qam", "ada again")
    result = _git(repo, "merge", "-q", "--no-edit", "carla", check=False)
    assert result.returncode != 0
    assert "conflict" in result.stderr + result.stdout
    both: Project = load(path)
    notes = sorted(a.note for a in both.annotations)
    assert "Carla's note" in notes
    assert "Ada's second note" in notes
    assert len(both.annotations) == 5
