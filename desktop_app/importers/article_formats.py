"""The article importers of the registry: how each format is recognised, read lazily.

Each entry recognises its files by content first (the ``%PDF-`` signature, a zip holding
``word/document.xml`` or an EPUB ``mimetype``, an HTML doctype) and by extension, so a
PDF saved as ``.txt`` still reads as a PDF. Parsers and their libraries load only when a
file is read, which keeps start-up fast. Listed most specific first.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.project import Project
    from desktop_app.core.records import Article
    from desktop_app.importers.base import Imported, Progress

Reader = Callable[[Path, "Progress | None"], "Article"]


@dataclass
class ArticleImporter:
    """Reads one article format into a bundle holding one article."""

    name: str
    patterns: tuple[str, ...]
    sniff: Callable[[Path, bytes], bool]
    reader: Reader

    def recognizes(self, path: Path, head: bytes) -> bool:
        """True for files of this format, by content or by extension."""
        return self.sniff(path, head)

    def read(self, path: Path, project: Project, progress: Progress | None = None) -> Imported:
        """The file's article; :class:`~desktop_app.importers.base.ImportFailed` if none."""
        from desktop_app.importers.base import Imported, ImportFailed

        try:
            return Imported(articles=[self.reader(path, progress)])
        except OSError as error:
            raise ImportFailed(f"{path.name}: {error.strerror or error}") from None


def _suffix(path: Path, *suffixes: str) -> bool:
    return path.suffix.lower() in suffixes


def _zip_has(path: Path, head: bytes, member: str) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            archive.getinfo(member)
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    return True


def _is_pdf(path: Path, head: bytes) -> bool:
    return b"%PDF-" in head[:1024] or _suffix(path, ".pdf")


def _is_epub(path: Path, head: bytes) -> bool:
    by_content = head[30:38] == b"mimetype" and b"application/epub+zip" in head[38:90]
    return by_content or _suffix(path, ".epub")


def _is_docx(path: Path, head: bytes) -> bool:
    if _suffix(path, ".docx"):
        return True
    return _zip_has(path, head, "word/document.xml")


def _is_html(path: Path, head: bytes) -> bool:
    if _suffix(path, ".html", ".htm", ".xhtml", ".shtml"):
        return True
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:64].lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _is_markdown(path: Path, head: bytes) -> bool:
    return _suffix(path, ".md", ".markdown", ".mdown", ".mkd", ".mkdn")


def _is_text(path: Path, head: bytes) -> bool:
    return _suffix(path, ".txt", ".text", "")


def _read_pdf(path: Path, progress: Progress | None) -> Article:
    from desktop_app.importers.pdf_file import read_article

    return read_article(path, progress=progress)


def _read_epub(path: Path, progress: Progress | None) -> Article:
    from desktop_app.importers.epub_file import read_article

    return read_article(path, progress=progress)


def _read_docx(path: Path, progress: Progress | None) -> Article:
    from desktop_app.importers.docx_file import read_article

    return read_article(path, progress=progress)


def _read_html(path: Path, progress: Progress | None) -> Article:
    from desktop_app.importers.html_page import read_article

    return read_article(path, progress=progress)


def _read_markdown(path: Path, progress: Progress | None) -> Article:
    from desktop_app.importers.markdown_text import read_article

    return read_article(path, progress=progress)


def _read_text(path: Path, progress: Progress | None) -> Article:
    from desktop_app.importers.plain_text import read_article

    return read_article(path, progress=progress)


#: In the order they are tried: content signatures before extensions.
ARTICLE_IMPORTERS: tuple[ArticleImporter, ...] = (
    ArticleImporter("PDF document", ("*.pdf",), _is_pdf, _read_pdf),
    ArticleImporter("EPUB book", ("*.epub",), _is_epub, _read_epub),
    ArticleImporter("Word document", ("*.docx",), _is_docx, _read_docx),
    ArticleImporter("Web page", ("*.html", "*.htm", "*.xhtml"), _is_html, _read_html),
    ArticleImporter(
        "Markdown", ("*.md", "*.markdown", "*.mdown", "*.mkd"), _is_markdown, _read_markdown
    ),
    ArticleImporter("Plain text", ("*.txt", "*.text"), _is_text, _read_text),
)


_FORMAT_NAMES = {
    "text/plain": "plain text",
    "text/markdown": "Markdown",
    "text/html": "web page",
    "application/pdf": "PDF",
    "application/epub+zip": "EPUB",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
}


def format_name(source_format: str) -> str:
    """A short human name for an article's ``source_format`` (a MIME type)."""
    return _FORMAT_NAMES.get(source_format, source_format)
