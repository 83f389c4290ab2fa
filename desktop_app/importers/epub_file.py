"""EPUB books: the spine's chapters in reading order, as paragraphs, headings and lists.

The container (a zip) names the package document; its Dublin Core metadata fills title,
author (creators), date, outlet (publisher), url (a URL identifier) and language, and its
spine lists the chapters. Each chapter is parsed from memory by ``lxml`` without network
access and walked by ``html_blocks``: scripts never run, no stylesheet, font or image is
loaded, and nothing outside the archive is ever resolved. DRM-protected books (with an
``encryption.xml`` that encrypts chapters) are refused.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from desktop_app.core.records import Article
from desktop_app.importers.base import ImportFailed, Progress
from desktop_app.importers.common import (
    MAX_DOCUMENT_BYTES,
    Block,
    Steps,
    blocks_to_text,
    check_size,
    finish_article,
    first_heading,
    iso_date,
    refuse_if_too_long,
)
from desktop_app.importers.html_blocks import html_to_blocks, parse_html
from desktop_app.importers.plain_text import UndecodableText, decode_text

EPUB_MIME = "application/epub+zip"
_CONTAINER = "META-INF/container.xml"
_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_CHAPTER_TYPES = ("application/xhtml+xml", "text/html", "application/xml")
#: Largest chapter read (uncompressed), against zip bombs.
_MAX_CHAPTER_BYTES = 64 * 1024 * 1024


def _xml(raw: bytes) -> etree._Element:
    """Parse package XML without DTDs, entities or network (safe against XXE)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    return etree.fromstring(raw, parser=parser)


def read_article(path: Path, *, progress: Progress | None = None) -> Article:
    """An article from an EPUB book (:class:`ImportFailed` when it cannot be read)."""
    steps = Steps(path, progress)
    check_size(path, MAX_DOCUMENT_BYTES)
    try:
        with zipfile.ZipFile(path) as book:
            package_path = _package_path(book)
            package = _xml(book.read(package_path))
            chapters = _spine(package, package_path)
            _refuse_drm(book, path, chapters)
            metadata = _metadata(package)
            blocks: list[Block] = []
            characters = 0
            for index, chapter in enumerate(chapters):
                chapter_blocks = _chapter_blocks(book, chapter)
                blocks.extend(chapter_blocks)
                characters += sum(len(b.text) for b in chapter_blocks)
                refuse_if_too_long(path, characters)
                steps(0.95 * (index + 1) / len(chapters))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, EOFError) as error:
        raise ImportFailed(f"{path.name}: the book is damaged or not an EPUB ({error})") from None
    title = metadata.pop("title", "") or first_heading(blocks)
    article = finish_article(blocks_to_text(blocks), path, EPUB_MIME, title=title, **metadata)
    steps(1.0)
    return article


def _package_path(book: zipfile.ZipFile) -> str:
    container = _xml(book.read(_CONTAINER))
    rootfile = container.find("c:rootfiles/c:rootfile", _NS)
    if rootfile is None or not rootfile.get("full-path"):
        raise ValueError("the container names no package document")
    return str(rootfile.get("full-path"))


def _spine(package: etree._Element, package_path: str) -> list[str]:
    folder = posixpath.dirname(package_path)
    manifest = {
        item.get("id"): item
        for item in package.iterfind("opf:manifest/opf:item", _NS)
        if item.get("id")
    }
    chapters: list[str] = []
    for reference in package.iterfind("opf:spine/opf:itemref", _NS):
        item = manifest.get(reference.get("idref"))
        if item is None or item.get("media-type") not in _CHAPTER_TYPES:
            continue
        if "nav" in (item.get("properties") or "").split():
            continue  # the table of contents
        href = unquote((item.get("href") or "").split("#")[0])
        chapters.append(posixpath.normpath(posixpath.join(folder, href)))
    if not chapters:
        raise ValueError("its spine lists no chapters")
    return chapters


def _refuse_drm(book: zipfile.ZipFile, path: Path, chapters: list[str]) -> None:
    try:
        encryption = _xml(book.read("META-INF/encryption.xml"))
    except KeyError:
        return
    encrypted = {
        unquote(uri)
        for uri in encryption.xpath("//*[local-name()='CipherReference']/@URI")
        if isinstance(uri, str)
    }
    if encrypted & set(chapters):
        raise ImportFailed(
            f"{path.name}: the book is protected by DRM (its chapters are encrypted)"
        )


def _metadata(package: etree._Element) -> dict[str, str]:
    def first(name: str) -> str:
        element = package.find(f"opf:metadata/dc:{name}", _NS)
        return " ".join((element.text or "").split()) if element is not None else ""

    creators = [
        " ".join((c.text or "").split()) for c in package.iterfind("opf:metadata/dc:creator", _NS)
    ]
    identifiers = [
        (i.text or "").strip() for i in package.iterfind("opf:metadata/dc:identifier", _NS)
    ]
    return {
        "title": first("title"),
        "author": "; ".join(c for c in creators if c),
        "date": iso_date(first("date")) or first("date"),
        "outlet": first("publisher"),
        "language": first("language"),
        "url": next((i for i in identifiers if i.startswith(("http://", "https://"))), ""),
    }


def _chapter_blocks(book: zipfile.ZipFile, name: str) -> list[Block]:
    if book.getinfo(name).file_size > _MAX_CHAPTER_BYTES:
        raise ValueError(f"chapter {name} is implausibly large")
    try:
        text = decode_text(book.read(name))
    except UndecodableText:
        return []
    return html_to_blocks(parse_html(text))
