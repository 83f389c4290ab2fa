"""EPUB: chapters in spine order, Dublin Core metadata, DRM and damaged books refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.importers.epub_file import EPUB_MIME, read_article
from desktop_app.importers.registry import ImportFailed
from tests.importers.builders import LOREM, write_epub

CHAPTERS = [
    ("One", f"<h1>Chapter one</h1><p>{LOREM}</p><p>Second&#160;paragraph,<br/>broken.</p>"),
    (
        "Two",
        "<section><h2>Chapter two</h2><ol><li>First point</li><li>Second point</li></ol>"
        "<script>document.write('never')</script><p>Closing words.</p></section>",
    ),
]


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return write_epub(tmp_path / "accords.epub", CHAPTERS)


def test_chapters_are_read_in_spine_order_without_the_contents(book: Path) -> None:
    assert read_article(book).text == (
        "Chapter one\n\n"
        f"{LOREM}\n\n"
        "Second paragraph,\nbroken.\n\n"
        "Chapter two\n\n"
        "1. First point\n"
        "2. Second point\n\n"
        "Closing words."
    )


def test_dublin_core_fills_the_metadata(book: Path) -> None:
    article = read_article(book)
    assert article.title == "The Accords, Explained"
    assert article.author == "Ana Author; Ben Coauthor"
    assert (article.date, article.outlet, article.language) == ("2025-11-20", "Example Press", "en")
    assert article.url == "https://example.org/books/accords"
    assert (article.source_file, article.source_format) == ("accords.epub", EPUB_MIME)


def test_book_with_drm_is_refused(tmp_path: Path) -> None:
    locked = write_epub(tmp_path / "drm.epub", CHAPTERS, encrypt_first_chapter=True)
    with pytest.raises(ImportFailed, match=r"drm\.epub: the book is protected by DRM"):
        read_article(locked)


def test_zip_without_a_container_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.epub"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    with pytest.raises(ImportFailed, match=r"fake\.epub: the book is damaged or not an EPUB"):
        read_article(fake)


def test_truncated_book_is_refused(book: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.epub"
    damaged.write_bytes(book.read_bytes()[:300])
    with pytest.raises(ImportFailed, match=r"damaged\.epub: the book is damaged"):
        read_article(damaged)


def test_book_without_text_is_refused(tmp_path: Path) -> None:
    empty = write_epub(tmp_path / "empty.epub", [("Blank", "<div><img src='cover.jpg'/></div>")])
    with pytest.raises(ImportFailed, match=r"empty\.epub: .*no readable text"):
        read_article(empty)
