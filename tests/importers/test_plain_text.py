"""Plain text: encodings detected, canonical text, titles, and refusals of non-text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.text import canonicalize, is_canonical, sha256_hex
from desktop_app.importers.common import MAX_TEXT_FILE_BYTES
from desktop_app.importers.plain_text import UndecodableText, decode_text, read_article
from desktop_app.importers.registry import ImportFailed

WESTERN = "Café déjà vu: naïve façade, Zoë’s résumé — “quoted” for 5 €.\nÜbermut in München.\n"
FRENCH = "Où est la gare ? Élève, garçon, très bien. Ça va.\n"
RUSSIAN = "Привет, как дела? Это проверка кодировки текста.\n"


@pytest.mark.parametrize(
    ("text", "encoding", "bom"),
    [
        (WESTERN, "utf-8", b""),
        (WESTERN, "utf-8", codecs.BOM_UTF8),
        (WESTERN + RUSSIAN, "utf-16-le", codecs.BOM_UTF16_LE),
        (WESTERN + RUSSIAN, "utf-16-be", codecs.BOM_UTF16_BE),
        (WESTERN + RUSSIAN, "utf-32-le", codecs.BOM_UTF32_LE),
        (WESTERN, "cp1252", b""),
        (FRENCH, "latin-1", b""),
        (FRENCH * 3, "cp1252", b""),
        (RUSSIAN * 3, "cp1251", b""),
        (WESTERN * 20, "utf-16-le", b""),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf32le-bom",
        "cp1252",
        "latin1",
        "cp1252-french",
        "cp1251",
        "utf16le-no-bom",
    ],
)
def test_encodings_are_detected(tmp_path: Path, text: str, encoding: str, bom: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(bom + text.encode(encoding))
    article = read_article(path)
    assert article.text == canonicalize(text)
    assert "\ufeff" not in article.text


def test_article_text_is_canonical_with_its_hash(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    # BOM, CRLF and CR line ends, a decomposed é (e + combining acute).
    path.write_bytes(codecs.BOM_UTF8 + "Title line\r\nCafe\u0301 au lait\rEnd".encode())
    article = read_article(path)
    assert article.text == "Title line\nCafé au lait\nEnd"
    assert is_canonical(article.text)
    assert article.sha256 == sha256_hex(article.text)
    assert (article.title, article.source_file, article.source_format) == (
        "Title line",
        "mixed.txt",
        "text/plain",
    )


def test_long_first_line_gives_the_file_name_as_title(tmp_path: Path) -> None:
    path = tmp_path / "my_long-article.txt"
    path.write_text("word " * 60 + "\nsecond line", encoding="utf-8")
    assert read_article(path).title == "my long article"


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1))
def test_any_unicode_text_round_trips_through_utf8_and_utf16(text: str) -> None:
    if not text.strip():
        return
    for encoded in (text.encode("utf-8"), codecs.BOM_UTF16_LE + text.encode("utf-16-le")):
        assert decode_text(encoded) == text


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ImportFailed, match=r"empty\.txt: the file is empty"):
        read_article(path)


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n ", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"blank\.txt: .*no readable text"):
        read_article(path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(ImportFailed, match=r"photo\.txt: .*binary"):
        read_article(path)


def test_binary_bytes_are_undecodable() -> None:
    with pytest.raises(UndecodableText):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(32)) * 8)


def test_fifty_megabyte_text_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no need to write 50 MB for real
        handle.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_TEXT_FILE_BYTES
    with pytest.raises(ImportFailed, match=r"huge\.txt: the file is too large.*50\.0 MB"):
        read_article(path)


def test_progress_is_reported_up_to_one(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("A line of text.\n" * 200_000, encoding="utf-8")
    seen: list[float] = []

    def progress(fraction: float) -> bool:
        seen.append(fraction)
        return True

    read_article(path, progress=progress)
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert len(seen) >= 3
