"""Word .docx files: paragraphs, headings (Title, Heading n), list items and tables, in order.

python-docx reads the body; a paragraph is a heading when its style is Title or Heading n,
a list item when it has list numbering or a List style. What the document states comes
first: a byline ("By Ann Writer") and a date line near the top give the author and date;
then the core properties (title, author, created, language), except the values that
generators and templates fill in (author "python-docx", "Microsoft Office User",
"Unknown"…, python-docx's 2013 template date) and a creation date older than the years
the text itself speaks of. An encrypted (password-protected) document is not a zip but an
OLE container holding an ``EncryptedPackage``: that is said plainly.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
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
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: Authors that tools and templates write, not people (compared case-folded).
PLACEHOLDER_AUTHORS = frozenset(
    {
        "python-docx",
        "microsoft office user",
        "microsoft office",
        "office user",
        "unknown",
        "unknown author",
        "author",
        "user",
        "admin",
        "administrator",
        "owner",
        "windows user",
        "windows-benutzer",
        "utilisateur windows",
        "usuario de windows",
        "utente di windows",
        "apache poi",
        "docx4j",
        "aspose",
        "libreoffice",
        "microsoft word",
        "word",
    }
)
#: Titles that templates write when nobody gave one (compared case-folded).
PLACEHOLDER_TITLES = frozenset({"title", "document", "untitled", "untitled document"})
_NUMBERED_PLACEHOLDER = re.compile(r"^(?:document|doc)\s*\d+$", re.I)
#: Creation dates of templates, not of anyone's writing (python-docx's default.docx).
TEMPLATE_DATES = frozenset({date(2013, 12, 23)})
#: Blocks from the top searched for a byline and a date line.
_TOP_BLOCKS = 8
_BYLINE = re.compile(
    r"^(?:by|written by|von|par|por|di|door)\s+(?P<name>[^\W\d_][^,;|•·—–()\d]{1,80}?)"
    r"\s*(?:$|[,;|•·—–(]|\d)",
    re.I,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
)
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")


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
    text = blocks_to_text(blocks)
    stated_author, stated_date = stated_byline(blocks)
    metadata = {
        "author": stated_author or _real_author(properties.author),
        "date": stated_date or _sensible_date(properties.created, text),
        "language": properties.language or "",
    }
    title = _real_title(properties.title) or first_heading(blocks)
    article = finish_article(text, path, DOCX_MIME, title=title, **metadata)
    steps(1.0)
    return article


def stated_byline(blocks: list[Block]) -> tuple[str, str]:
    """The author and the date (ISO) that short lines near the top state, else ""."""
    author = when = ""
    for block in blocks[:_TOP_BLOCKS]:
        line = " ".join(block.text.replace(LINE_BREAK, " ").split())
        if block.kind != "paragraph" or len(line) > 100 or len(line.split()) > 12:
            continue  # a sentence of the text, not a byline or a date line
        if not author and (byline := _BYLINE.match(line)):
            author = _person(byline.group("name"))
        when = when or stated_date(line)
    return author, when


def _person(name: str) -> str:
    """``name`` if it reads like people's names ("Ann Writer", "Ann Lee and Bo Kim"), else
    "" ("By the time the minister arrived" is no byline)."""
    words = name.split()
    if not 1 <= len(words) <= 6 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return ""
    return " ".join(words)


def stated_date(text: str) -> str:
    """The first calendar date written out in ``text`` (ISO), else ""."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            try:
                return date(int(match.group("year")), number, int(match.group("day"))).isoformat()
            except ValueError:  # 31 February: not a date
                continue
    return ""


def _real_author(author: str | None) -> str:
    name = " ".join((author or "").split())
    return "" if name.casefold() in PLACEHOLDER_AUTHORS else name


def _real_title(title: str | None) -> str:
    text = " ".join((title or "").split())
    if text.casefold() in PLACEHOLDER_TITLES or _NUMBERED_PLACEHOLDER.match(text):
        return ""
    return text


def _sensible_date(created: datetime | None, text: str) -> str:
    """The creation date, unless a template's, in the future, or older than most of the
    years the text speaks of (a file made before the events it reports: a copied old file
    or template). One mention of a later year ("by 2030") is not enough."""
    if created is None:
        return ""
    day = created.date()
    if day in TEMPLATE_DATES or day.year < 1980 or day > datetime.now(UTC).date():
        return ""
    years = [int(year) for year in _YEAR.findall(text)]
    later = sum(year > day.year for year in years)
    return "" if later * 2 > len(years) else iso_date(created)


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
    """Refuse archives that unpack past the limits (python-docx unpacks every part itself).

    Every part is unpacked once and thrown away, counting the bytes that really come out:
    the sizes an archive's header claims are not believed.
    """
    import zipfile

    from desktop_app.importers.archive_limits import ArchiveBudget

    with zipfile.ZipFile(path) as archive:
        ArchiveBudget(path).check_all(archive)


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
