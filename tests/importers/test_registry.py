"""The registry: recognition by content and name, progress, cancellation, failures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.new_records import new_project
from desktop_app.importers import registry
from desktop_app.importers.article_formats import ARTICLE_IMPORTERS, format_name
from desktop_app.importers.registry import ImportCancelled, ImportFailed, importer_for, read_file
from tests.importers.builders import LOREM, news_page, write_docx, write_epub, write_pdf


def _text(path: Path) -> Path:
    path.write_text(f"A title\n\n{LOREM}\n" * 400, encoding="utf-8")
    return path


def _markdown(path: Path) -> Path:
    path.write_text(f"# A title\n\n{LOREM}\n\n" * 400, encoding="utf-8")
    return path


def _html(path: Path) -> Path:
    path.write_text(news_page(), encoding="utf-8")
    return path


MAKERS: dict[str, Callable[[Path], Path]] = {
    "Plain text": _text,
    "Markdown": _markdown,
    "Web page": _html,
    "Word document": write_docx,
    "PDF document": lambda path: write_pdf(path, pages=30),
    "EPUB book": lambda path: write_epub(path, [(f"C{n}", f"<p>{LOREM}</p>") for n in range(30)]),
}
SUFFIXES = {
    "Plain text": ".txt",
    "Markdown": ".md",
    "Web page": ".html",
    "Word document": ".docx",
    "PDF document": ".pdf",
    "EPUB book": ".epub",
}


def test_every_article_importer_is_registered() -> None:
    assert all(importer in registry.IMPORTERS for importer in ARTICLE_IMPORTERS)
    assert {importer.name for importer in ARTICLE_IMPORTERS} == set(MAKERS)
    assert all(importer.patterns for importer in ARTICLE_IMPORTERS)


@pytest.mark.parametrize("kind", list(MAKERS))
def test_each_format_is_recognised_by_its_name(tmp_path: Path, kind: str) -> None:
    path = MAKERS[kind](tmp_path / f"file{SUFFIXES[kind]}")
    assert importer_for(path).name == kind


@pytest.mark.parametrize("kind", ["PDF document", "EPUB book", "Word document", "Web page"])
def test_content_wins_over_a_misleading_name(tmp_path: Path, kind: str) -> None:
    made = MAKERS[kind](tmp_path / f"file{SUFFIXES[kind]}")
    renamed = made.rename(tmp_path / "download.txt")
    assert importer_for(renamed).name == kind
    article = read_file(renamed, new_project([])).articles[0]
    assert article.source_file == "download.txt"


@pytest.mark.parametrize("kind", list(MAKERS))
def test_progress_rises_to_one_and_each_file_names_its_format(tmp_path: Path, kind: str) -> None:
    path = MAKERS[kind](tmp_path / f"file{SUFFIXES[kind]}")
    seen: list[float] = []

    def progress(fraction: float) -> bool:
        seen.append(fraction)
        return True

    bundle = read_file(path, new_project([]), progress)
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    (article,) = bundle.articles
    assert article.source_file == path.name
    assert format_name(article.source_format) != article.source_format


@pytest.mark.parametrize("kind", list(MAKERS))
def test_returning_false_from_progress_cancels(tmp_path: Path, kind: str) -> None:
    path = MAKERS[kind](tmp_path / f"file{SUFFIXES[kind]}")
    with pytest.raises(ImportCancelled, match=f"{path.name}: import cancelled"):
        read_file(path, new_project([]), lambda fraction: fraction < 0.5)


def test_unsupported_type_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"\x00\x01 not something Parallax reads")
    with pytest.raises(ImportFailed, match=r"table\.xlsx: Parallax cannot import \.xlsx files"):
        importer_for(path)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"gone\.txt"):
        read_file(tmp_path / "gone.txt", new_project([]))


def test_unexpected_parser_error_becomes_import_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.importers.markdown_text as markdown_text

    def broken(source: str) -> tuple[str, str]:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(markdown_text, "markdown_to_text", broken)
    path = _markdown(tmp_path / "notes.md")
    with pytest.raises(ImportFailed, match=r"notes\.md: could not be read \(parser bug\)"):
        read_file(path, new_project([]))


def test_reading_leaves_the_project_unchanged(tmp_path: Path) -> None:
    project = new_project([])
    changes: list[object] = []
    project.changed.connect(changes.append)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailed):
        read_file(empty, project)
    read_file(_text(tmp_path / "fine.txt"), project)
    assert changes == []
    assert len(project.articles) == 0
