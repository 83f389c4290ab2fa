"""Word documents: body structure in order, core properties, damaged and protected files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.importers.docx_file import DOCX_MIME, read_article
from desktop_app.importers.registry import ImportFailed
from tests.importers.builders import LOREM, encrypt_docx, write_docx


@pytest.fixture
def document(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "minerals.docx")


def test_body_becomes_headings_paragraphs_items_and_rows(document: Path) -> None:
    assert read_article(document).text == (
        "Kazakhstan joins the Accords\n\n"
        f"{LOREM}\n\n"
        "First line of an address\nsecond line of it\n\n"
        "What was agreed\n\n"
        "• Access to tungsten deposits\n"
        "• A trade framework\n"
        "    • Details to follow\n\n"
        "Country | Year\n"
        "Kazakhstan | 2025\n\n"
        "The reaction at home was muted."
    )


def test_core_properties_fill_the_metadata(document: Path) -> None:
    article = read_article(document)
    assert (article.title, article.author, article.date, article.language) == (
        "Minerals and diplomacy",
        "Dana Writer",
        "2025-11-07",
        "en-GB",
    )
    assert (article.source_file, article.source_format) == ("minerals.docx", DOCX_MIME)


def test_password_protected_document_is_refused(document: Path, tmp_path: Path) -> None:
    locked = encrypt_docx(document, tmp_path / "locked.docx")
    with pytest.raises(ImportFailed, match=r"locked\.docx: the document is password-protected"):
        read_article(locked)


def test_truncated_document_is_refused(document: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(document.read_bytes()[: document.stat().st_size // 2])
    with pytest.raises(ImportFailed, match=r"damaged\.docx: the file is damaged"):
        read_article(damaged)


def test_zip_without_a_word_body_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    with pytest.raises(ImportFailed, match=r"fake\.docx: the file is damaged or not a Word"):
        read_article(fake)


def test_text_named_docx_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "notes.docx"
    fake.write_text("just some text", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"notes\.docx: .*not a Word document"):
        read_article(fake)


def test_document_without_text_is_refused(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(ImportFailed, match=r"blank\.docx: .*no readable text"):
        read_article(path)


def test_zip_bomb_is_refused_before_unpacking(document: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with (
        zipfile.ZipFile(document) as source,
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            target.writestr(member, source.read(member))
        target.writestr("word/media/padding.bin", bytes(16 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(ImportFailed, match=r"bomb\.docx: refused, .*200 times .*zip bomb"):
        read_article(bomb)
