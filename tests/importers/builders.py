"""Fixture files the importer tests write themselves: DOCX, PDF, EPUB and saved web pages."""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Sequence
from pathlib import Path

LOREM = (
    "Kazakhstan announced that it would join the Abraham Accords, a set of agreements "
    "between Israel and several Arab states, during a summit in Washington that focused "
    "on critical minerals and trade."
)


def write_docx(path: Path, *, title: str = "Minerals and diplomacy") -> Path:
    """A Word document with a heading, paragraphs, a line break, lists and a table."""
    import docx

    document = docx.Document()
    properties = document.core_properties
    properties.title = title
    properties.author = "Dana Writer"
    properties.language = "en-GB"
    properties.created = datetime.datetime(2025, 11, 7, 9, 30)
    document.add_heading("Kazakhstan joins the Accords", level=1)
    document.add_paragraph(LOREM)
    lines = document.add_paragraph("First line of an address")
    lines.add_run().add_break()
    lines.add_run("second line of it")
    document.add_heading("What was agreed", level=2)
    document.add_paragraph("Access to tungsten deposits", style="List Bullet")
    document.add_paragraph("A trade framework", style="List Bullet")
    document.add_paragraph("Details to follow", style="List Bullet 2")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Country", "Year"), ("Kazakhstan", "2025"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("The reaction at home was muted.")
    document.save(str(path))
    return path


def encrypt_docx(source: Path, target: Path, password: str = "secret") -> Path:
    """A password-protected copy of a .docx, encrypted as Word does (Agile encryption)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain, target.open("wb") as encrypted:
        OOXMLFile(plain).encrypt(password, encrypted)
    return target


def write_pdf(
    path: Path,
    paragraphs: Sequence[str] = (LOREM, LOREM.upper().capitalize()),
    *,
    heading: str = "Minerals and diplomacy",
    pages: int = 1,
    user_password: str | None = None,
    owner_password: str | None = None,
    text: bool = True,
) -> Path:
    """A PDF with a large heading and body paragraphs on each page (or only a drawing)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("A report on the Accords")
    pdf.set_author("Pat Analyst")
    pdf.set_lang("en-GB")
    pdf.set_creation_date(datetime.datetime(2025, 11, 8, 12, 0, tzinfo=datetime.UTC))
    for page in range(pages):
        pdf.add_page()
        if not text:
            pdf.set_fill_color(40, 80, 160)
            pdf.rect(20, 20, 120, 80, style="F")
            continue
        pdf.set_font("helvetica", "B", 18)
        title = heading if pages == 1 else f"{heading} {page + 1}"
        pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("helvetica", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    if user_password is not None or owner_password is not None:
        pdf.set_encryption(owner_password=owner_password or "owner", user_password=user_password)
    pdf.output(str(path))
    return path


_CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf"
    media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

_CHAPTER = """<?xml version="1.0" encoding="utf-8"?>
{doctype}
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>{title}</title>{head}</head>
<body>{body}</body>
</html>"""


def write_epub(
    path: Path,
    chapters: Sequence[tuple[str, str]],
    *,
    head: str = "",
    package_prolog: str = "",
    encrypt_first_chapter: bool = False,
    doctype: str = "<!DOCTYPE html>",
) -> Path:
    """An EPUB 3 book: ``chapters`` are (title, body XHTML) pairs, plus a nav document."""
    items = "\n".join(
        f'<item id="c{n}" href="text/c{n}.xhtml" media-type="application/xhtml+xml"/>'
        for n in range(len(chapters))
    )
    spine = "\n".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    package = f"""<?xml version="1.0" encoding="utf-8"?>{package_prolog}
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">https://example.org/books/accords</dc:identifier>
    <dc:title>The Accords, Explained</dc:title>
    <dc:creator>Ana Author</dc:creator>
    <dc:creator>Ben Coauthor</dc:creator>
    <dc:publisher>Example Press</dc:publisher>
    <dc:date>2025-11-20</dc:date>
    <dc:language>en</dc:language>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    {items}
  </manifest>
  <spine>
    <itemref idref="nav"/>
    {spine}
  </spine>
</package>"""
    nav = _CHAPTER.format(
        doctype=doctype,
        title="Contents",
        head="",
        body='<nav epub:type="toc"><ol><li>Contents entry</li></ol></nav>',
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", _CONTAINER)
        book.writestr("OEBPS/content.opf", package)
        book.writestr("OEBPS/nav.xhtml", nav)
        for n, (title, body) in enumerate(chapters):
            book.writestr(
                f"OEBPS/text/c{n}.xhtml",
                _CHAPTER.format(doctype=doctype, title=title, head=head, body=body),
            )
        if encrypt_first_chapter:
            book.writestr(
                "META-INF/encryption.xml",
                '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                '<enc:CipherData><enc:CipherReference URI="OEBPS/text/c0.xhtml"/>'
                "</enc:CipherData></enc:EncryptedData></encryption>",
            )
    return path


def news_page(remote: str = "http://127.0.0.1:9", *, charset: str = "utf-8") -> str:
    """A saved news page: metadata, navigation, ads, scripts, remote resources, comments."""
    body = " ".join([LOREM] * 2)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="{charset}">
<title>Kazakhstan joins the Accords | The Daily Example</title>
<meta property="og:title" content="Kazakhstan joins the Abraham Accords">
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2025-11-07T09:30:00Z">
<link rel="canonical" href="https://example.org/news/kz-accords">
<link rel="stylesheet" href="{remote}/style.css">
<link rel="preload" href="{remote}/font.woff2" as="font">
<link rel="icon" href="{remote}/favicon.ico">
<script src="{remote}/app.js"></script>
<script>fetch("{remote}/inline-fetch"); document.write('<img src="{remote}/written.png">');</script>
<style>@import url("{remote}/imported.css"); body {{ background: url({remote}/bg.png); }}</style>
<meta http-equiv="refresh" content="0; url={remote}/refresh">
</head><body onload="fetch('{remote}/onload')">
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad banner" style="background-image: url('{remote}/ad.png')">Buy our premium
subscription now! Limited offer!</div>
<iframe src="{remote}/ad-frame.html"></iframe>
<main><article>
<h1>Kazakhstan joins the Abraham Accords</h1>
<p class="byline">By Jane Reporter</p>
<p>{body} Analysts called it a bargain.</p>
<img src="{remote}/photo.jpg" srcset="{remote}/photo-2x.jpg 2x" alt="The summit">
<h2>Why now, and why Washington</h2>
<p>{body} Officials stressed the long ties with Israel.</p>
<ul><li>Critical minerals deals worth billions</li>
<li>A new trade framework with the United States</li></ul>
<video poster="{remote}/poster.jpg"><source src="{remote}/clip.mp4"></video>
<object data="{remote}/object.swf"></object>
<p>{body} Domestic reaction has been muted so far.</p>
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity gossip
story</a></li><li><a href="/b">Another story</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment">First! This reader comment must not be imported.</div></section>
<footer><p>© 2025 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def write_long_pdf(path: Path, pages: int, *, lines_per_page: int = 46) -> Path:
    """A long PDF set line by line (fast to make): a heading, then paragraphs of 5 lines."""
    from fpdf import FPDF

    words = LOREM.split()
    pdf = FPDF()
    pdf.set_title("A long report")
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", "B", 16)
        pdf.text(15, 20, f"Part {page + 1}")
        pdf.set_font("helvetica", size=10)
        y = 32.0
        for line in range(lines_per_page):
            start = (line * 13 + page) % len(words)
            pdf.text(15, y, " ".join((words * 2)[start : start + 14]))
            y += 5.5 if line % 5 != 4 else 9.0
    pdf.output(str(path))
    return path
