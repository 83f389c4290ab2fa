"""``parallax import``: imports what it can, reports each file, saves, and exits 1 on failure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.new_records import new_project
from desktop_app.importers.samples import sample_articles
from desktop_app.storage.project_file import load, save
from tests.importers.builders import LOREM, news_page, write_docx, write_epub, write_pdf


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    text = tmp_path / "note.txt"
    text.write_text(f"A plain note\n\n{LOREM}\n", encoding="cp1252")
    page = tmp_path / "page.html"
    page.write_text(news_page(), encoding="utf-8")
    markdown = tmp_path / "notes.md"
    markdown.write_text(f"# Markdown notes\n\n{LOREM}\n", encoding="utf-8")
    return [
        text,
        page,
        markdown,
        write_docx(tmp_path / "minerals.docx"),
        write_pdf(tmp_path / "report.pdf"),
        write_epub(tmp_path / "book.epub", [("One", f"<p>{LOREM}</p>")]),
    ]


def test_import_creates_the_project_with_every_article(
    tmp_path: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "study.json"
    status = main(["import", str(target), *map(str, articles)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert err == ""
    for path in articles:
        assert f"{path}: article “" in out
    assert f"Created {target}." in out
    project = load(target)
    assert [a.source_file for a in project.articles] == [p.name for p in articles]
    assert [a.source_format for a in project.articles] == [
        "text/plain",
        "text/html",
        "text/markdown",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf",
        "application/epub+zip",
    ]
    assert list(project.articles)[1].title == "Kazakhstan joins the Abraham Accords"


def test_a_failing_file_does_not_stop_the_others(
    tmp_path: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "samples.json"
    save(new_project(sample_articles()), target)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    unsupported = tmp_path / "sheet.xlsx"
    unsupported.write_bytes(b"PK\x03\x04 not a workbook we read")
    locked = write_pdf(tmp_path / "locked.pdf", user_password="secret")
    status = main(
        ["import", str(target), str(empty), str(articles[0]), str(unsupported), str(locked)]
    )
    out, err = capsys.readouterr()
    assert status == 1
    assert "empty.txt: the file is empty" in err
    assert "sheet.xlsx: Parallax cannot import .xlsx files" in err
    assert "locked.pdf: the PDF is password-protected" in err
    assert "3 files of 4 could not be imported" in err
    assert f"{articles[0]}: article “A plain note”" in out
    project = load(target)
    assert [a.source_file for a in project.articles][-1] == "note.txt"
    assert len(project.articles) == len(sample_articles()) + 1


def test_when_every_file_fails_no_project_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "never.json"
    status = main(["import", str(target), str(tmp_path / "missing.txt")])
    assert status == 1
    assert "missing.txt" in capsys.readouterr().err
    assert not target.exists()


def test_a_damaged_project_is_reported_and_left_alone(
    tmp_path: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "broken.json"
    target.write_text("{ not json", encoding="utf-8")
    assert main(["import", str(target), str(articles[0])]) == 2  # unreadable, like validate
    err = capsys.readouterr().err
    assert f"parallax: cannot open {target}" in err
    assert f"{target}:1:" in err  # the report says where the file is broken
    assert target.read_text(encoding="utf-8") == "{ not json"


def test_the_installed_entry_point_runs_headless(tmp_path: Path, articles: list[Path]) -> None:
    target = tmp_path / "entry.json"
    bad = tmp_path / "noise.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "import", str(target), str(articles[2]), str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "notes.md: article “Markdown notes”" in result.stdout
    assert "noise.txt: it looks like a binary file" in result.stderr
    assert "Traceback" not in result.stderr
    assert [a.title for a in load(target).articles] == ["Markdown notes"]
