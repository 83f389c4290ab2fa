"""Small documents of every importable kind, each carrying one phrase found nowhere else."""

from __future__ import annotations

import zipfile
from pathlib import Path

#: file name -> the phrase its article text must contain once imported
PHRASES = {
    "notes.txt": "Plain text survives freezing",
    "notes.md": "Markdown survives freezing",
    "page.html": "Web pages survive freezing",
    "letter.docx": "Word documents survive freezing",
    "paper.pdf": "PDF files survive freezing",
    "book.epub": "EPUB books survive freezing",
}
_FILLER = (
    "Kazakhstan joined the Abraham Accords on 6 November 2025, a move its officials tied "
    "to critical minerals, trade corridors and closer ties with Washington. "
)


def write_all(folder: Path) -> list[Path]:
    """Write one document per importable format into ``folder``; returns their paths."""
    writers = {
        "notes.txt": _text,
        "notes.md": _markdown,
        "page.html": _html,
        "letter.docx": _docx,
        "paper.pdf": _pdf,
        "book.epub": _epub,
    }
    return [writer(folder / name, PHRASES[name]) for name, writer in writers.items()]


def _text(path: Path, phrase: str) -> Path:
    path.write_text(f"Frozen\n\n{phrase}. {_FILLER}\n", encoding="utf-8")
    return path


def _markdown(path: Path, phrase: str) -> Path:
    path.write_text(f"# Frozen notes\n\n*{phrase}.* {_FILLER}\n", encoding="utf-8")
    return path


def _html(path: Path, phrase: str) -> Path:
    paragraphs = "".join(f"<p>{_FILLER * 2}</p>" for _ in range(3))
    path.write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Frozen page</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Frozen page</h1><p>{phrase}. {_FILLER}</p>{paragraphs}</article>"
        "<footer>Footer links</footer></body></html>",
        encoding="utf-8",
    )
    return path


def _docx(path: Path, phrase: str) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Frozen letter"
    document.add_heading("Frozen letter", level=1)
    document.add_paragraph(f"{phrase}. {_FILLER}")
    document.save(str(path))
    return path


def _pdf(path: Path, phrase: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, f"{phrase}. {_FILLER}")
    pdf.output(str(path))
    return path


def _epub(path: Path, phrase: str) -> Path:
    chapter = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>One</title></head><body><h1>One</h1><p>{phrase}. {_FILLER}</p>"
        "</body></html>"
    )
    package = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:identifier id="id">frozen-book</dc:identifier><dc:title>Frozen book</dc:title>'
        "<dc:language>en</dc:language></metadata>"
        '<manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>'
        '</manifest><spine><itemref idref="c1"/></spine></package>'
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", container)
        book.writestr("OEBPS/content.opf", package)
        book.writestr("OEBPS/c1.xhtml", chapter)
    return path
