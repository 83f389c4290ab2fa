"""`parallax --version` and `parallax new`, run in-process and as a real command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.__main__ import main
from desktop_app.storage.project_file import load


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"Parallax {__version__}"


def test_new_writes_the_two_samples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "study.parallax.json"
    assert main(["new", str(target)]) == 0
    assert "2 articles" in capsys.readouterr().out
    project = load(target)
    assert [a.outlet for a in project.articles] == ["Fair Observer", ""]
    assert [c.name for c in project.codes] == ["motive", "reaction", "economics"]
    assert len(project.annotators) == 1
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["format"] == "parallax-project"
    assert raw["articles"][0]["date_kind"] == "event"


def test_new_with_articles_and_refusing_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "note.txt"
    article.write_bytes("Title line\r\nBody with an émoji 😀.\r\n".encode("utf-16"))
    target = tmp_path / "mine.json"
    assert main(["new", str(target), str(article)]) == 0
    [imported] = load(target).articles
    assert imported.title == "Title line"
    assert imported.text == "Title line\nBody with an émoji 😀.\n"
    assert main(["new", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert len(load(target).articles) == 1  # untouched
    assert main(["new", str(target), "--force"]) == 0
    assert len(load(target).articles) == 2


def test_new_with_a_missing_article_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "p.json"
    assert main(["new", str(target), str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
    assert not target.exists()


def test_the_installed_command_runs_headless_without_qt(tmp_path: Path) -> None:
    target = tmp_path / "cli.parallax.json"
    code = (
        "import sys; from desktop_app.__main__ import main; rc = main(sys.argv[1:]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'; "
        "raise SystemExit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "new", str(target)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert load(target).articles.at(0).title.startswith("FO° Talks")


def _edited_elsewhere(tmp_path: Path) -> tuple[Path, str]:
    """A saved project whose article text another program changed (its offsets are stale)."""
    from desktop_app.core.annotation_edits import toggle_tag
    from desktop_app.core.new_records import new_project
    from desktop_app.importers.samples import sample_articles
    from desktop_app.storage.project_file import encode

    project = new_project(sample_articles())
    article = project.articles.at(0)
    phrase = "Kazakhstan carries significant weight"
    start = article.text.index(phrase)
    toggle_tag(project, article.id, start, start + len(phrase), project.codes.at(0).id).apply(
        project
    )
    raw = encode(project).replace(b'"text": "Fair Observer', b'"text": "EDITED. Fair Observer', 1)
    path = tmp_path / "edited.parallax.json"
    path.write_bytes(raw)
    return path, phrase


def test_export_uses_offsets_repaired_like_the_app_would(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    path, phrase = _edited_elsewhere(tmp_path)
    out = tmp_path / "out.csv"
    assert main(["export", str(path), "-f", "csv", "-o", str(out)]) == 0
    [row] = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    text = json.loads(path.read_text(encoding="utf-8"))["articles"][0]["text"]
    assert text[int(row["start"]) : int(row["end"])] == phrase == row["quote"]
    assert "repaired" in capsys.readouterr().err


def test_commands_that_write_refuse_a_file_with_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _edited_elsewhere(tmp_path)
    before = path.read_bytes()
    article = tmp_path / "more.txt"
    article.write_text("More\nText of another article.\n", encoding="utf-8")
    assert main(["import", str(path), str(article)]) == 1
    assert "open it in Parallax to repair it" in capsys.readouterr().err
    assert path.read_bytes() == before
