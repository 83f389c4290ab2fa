"""Hostile archives for the bounded-work tests: zip bombs, endless spines, oversized sources."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

#: The member every bomb holds: megabytes of zeros that deflate about a thousand times.
BOMB_MEMBER = "sources/big.txt"
_ZERO_MB = b"\0" * (1024 * 1024)

EPUB_CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>"""


def epub_package(hrefs: list[str], spine: list[int]) -> str:
    """A package document whose manifest lists ``hrefs`` and whose spine lists ``spine``."""
    items = "".join(
        f'<item id="c{n}" href="{href}" media-type="application/xhtml+xml"/>'
        for n, href in enumerate(hrefs)
    )
    refs = "".join(f'<itemref idref="c{n}"/>' for n in spine)
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Hostile</dc:title>'
        f"</metadata><manifest>{items}</manifest><spine>{refs}</spine></package>"
    )


def chapter(body: str) -> str:
    """An XHTML chapter with ``body``."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>c</title></head><body>{body}</body></html>"
    )


def write_epub_parts(path: Path, chapters: dict[str, str], spine: list[str]) -> Path:
    """An EPUB (appended to ``path`` if it exists) with these chapter files and spine."""
    hrefs = list(chapters) + [name for name in spine if name not in chapters]
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("META-INF/container.xml", EPUB_CONTAINER)
        book.writestr("content.opf", epub_package(hrefs, [hrefs.index(n) for n in spine]))
        for name, text in chapters.items():
            book.writestr(name, chapter(text))
    return path


def qde(source_attributes: str, inline_text: str | None = None) -> str:
    """A REFI-QDA project document with one text source."""
    content = "" if inline_text is None else f"<PlainTextContent>{inline_text}</PlainTextContent>"
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="hostile">'
        '<Sources><TextSource guid="8e1f2d3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f" name="s" '
        f"{source_attributes}>{content}</TextSource></Sources></Project>"
    )


def write_qdpx(path: Path, project_qde: str, members: dict[str, bytes] | None = None) -> Path:
    """A QDPX archive (appended to ``path`` if it exists) holding ``project_qde``."""
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project_qde)
        for name, data in (members or {}).items():
            archive.writestr(name, data)
    return path


def bomb_template(path: Path, megabytes: int) -> Path:
    """A zip holding :data:`BOMB_MEMBER`: ``megabytes`` MB of zeros in about a thousandth."""
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open(BOMB_MEMBER, "w", force_zip64=True) as member,
    ):
        for _ in range(megabytes):
            member.write(_ZERO_MB)
    return path


def bombs(template: Path, folder: Path) -> dict[str, Path]:
    """An EPUB, a DOCX and a QDPX each reading the template's big member."""
    from tests.importers.builders import write_docx

    made: dict[str, Path] = {}
    epub = folder / "bomb.epub"
    shutil.copyfile(template, epub)
    made["epub"] = write_epub_parts(epub, {}, [BOMB_MEMBER])
    docx = folder / "bomb.docx"
    shutil.copyfile(template, docx)
    real = write_docx(folder / "real.docx")
    with zipfile.ZipFile(real) as source, zipfile.ZipFile(docx, "a") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
    real.unlink()
    made["docx"] = docx
    qdpx = folder / "bomb.qdpx"
    shutil.copyfile(template, qdpx)
    made["qdpx"] = write_qdpx(qdpx, qde('plainTextPath="internal://big.txt"'))
    return made
