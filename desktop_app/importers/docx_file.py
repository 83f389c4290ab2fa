"""Word .docx files: paragraphs, headings (Title, Heading n), list items and tables, in order.

python-docx reads the body; a paragraph is a heading when its style is Title or Heading n,
a list item when it has list numbering or a List style. The core properties fill title,
author, date (created) and language. An encrypted (password-protected) document is not a
zip but an OLE container holding an ``EncryptedPackage``: that is said plainly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop_app.core.records import Article
from desktop_app.importers.base import ImportFailed, Progress
from desktop_app.importers.common import (
    LINE_BREAK,
    MAX_DOCUMENT_BYTES,
    Block,
    Steps,
    blocks_to_text,
    check_size,
    finish_article,
    first_heading,
    iso_date,
)

#: The signature of an OLE compound file (old .doc, and encrypted .docx).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)$", re.I)
#: The MIME type recorded as the article's source format.
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: Largest total unpacked size of the archive's parts, against zip bombs.
_MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_article(path: Path, *, progress: Progress | None = None) -> Article:
    """An article from a Word document (:class:`ImportFailed` when it cannot be read)."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    steps = Steps(path, progress)
    check_size(path, MAX_DOCUMENT_BYTES)
    _refuse_ole(path)
    try:
        _refuse_zip_bomb(path)
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, XMLSyntaxError, ValueError):
        raise ImportFailed(f"{path.name}: the file is damaged or not a Word document") from None
    steps(0.2)
    blocks: list[Block] = []
    content = list(document.iter_inner_content())
    for index, item in enumerate(content):
        if hasattr(item, "rows"):
            blocks.extend(_table_rows(item))
        else:
            block = _paragraph_block(item)
            if block is not None:
                blocks.append(block)
        if index % 200 == 0:
            steps(0.2 + 0.7 * index / len(content))
    properties = document.core_properties
    metadata = {
        "author": properties.author or "",
        "date": iso_date(properties.created),
        "language": properties.language or "",
    }
    title = properties.title or first_heading(blocks)
    text = blocks_to_text(blocks)
    article = finish_article(text, path, DOCX_MIME, title=title, **metadata)
    steps(1.0)
    return article


def _refuse_ole(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(len(OLE_MAGIC))
        if head != OLE_MAGIC:
            return
        body = handle.read(1024 * 1024)
    if _ENCRYPTED_PACKAGE in body:
        raise ImportFailed(
            f"{path.name}: the document is password-protected; open it in Word and save a "
            "copy without a password first"
        )
    raise ImportFailed(
        f"{path.name}: this is an old Word (.doc) file, not .docx; save it as .docx first"
    )


def _refuse_zip_bomb(path: Path) -> None:
    """Refuse archives whose parts would unpack to implausible sizes (python-docx reads all)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        unpacked = sum(member.file_size for member in archive.infolist())
    if unpacked > _MAX_UNPACKED_BYTES:
        raise ImportFailed(
            f"{path.name}: the document would unpack to {unpacked / 2**20:,.0f} MB, "
            "far more than any Word text needs"
        )


def _paragraph_block(paragraph: Any) -> Block | None:
    text = paragraph.text.replace("\n", LINE_BREAK).replace("\t", " ")
    if not text.strip():
        return None
    style = paragraph.style.name if paragraph.style is not None else ""
    if style == "Title":
        return Block("heading", text, level=1)
    heading = _HEADING_STYLE.match(style)
    if heading:
        return Block("heading", text, level=int(heading.group(1)))
    numbering = paragraph._p.find(f"{_W}pPr/{_W}numPr")
    if numbering is not None or style.startswith("List"):
        level = numbering.find(f"{_W}ilvl") if numbering is not None else None
        if level is not None:
            depth = int(level.get(f"{_W}val", "0"))
        else:  # "List Bullet 2" is the second level
            depth = int(style[-1]) - 1 if style[-1:].isdigit() else 0
        return Block("item", text, level=max(0, min(depth, 8)))
    return Block("paragraph", text)


def _table_rows(table: Any) -> list[Block]:
    rows: list[Block] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:  # a merged cell appears once per grid column it spans
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            rows.append(Block("table-row", " | ".join(cells)))
    return rows
