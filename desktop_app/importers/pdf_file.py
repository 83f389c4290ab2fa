"""PDF files with a text layer: lines regrouped into paragraphs, headings and list items.

pypdf reports every piece of text with its position and font size. Lines are pieces on
one baseline; a paragraph ends where the gap to the next line is clearly wider than the
usual line spacing, where the font size changes, or at a page break unless the sentence
runs on. Lines set larger than the body text are headings. Page numbers are dropped and
words hyphenated across lines are joined. Title, author, date and language come from the
document information and the catalogue's ``/Lang``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from statistics import median
from typing import Any

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

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_BULLET = re.compile(r"^(?:[•◦▪‣∙·\-–—*]|(\d{1,3})[.)])\s+")
_SENTENCE_END = tuple('.!?:;…"”’)')
_FILE_NAME_TITLE = re.compile(r"\.(?:docx?|pdf|tex|dvi|odt|rtf|indd|pages)$", re.I)


@dataclass
class _Line:
    page: int
    y: float
    size: float
    text: str


def read_article(path: Path, *, progress: Progress | None = None) -> Article:
    """An article from a PDF's text layer (:class:`ImportFailed` when it has none)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    steps = Steps(path, progress)
    check_size(path, MAX_DOCUMENT_BYTES)
    try:
        reader = PdfReader(path)
        _unlock(reader, path)
        metadata = _metadata(reader)
        pages = list(reader.pages)
        lines: list[_Line] = []
        characters = 0
        for number, page in enumerate(pages):
            page_lines = _page_lines(page, number)
            lines.extend(page_lines)
            characters += sum(len(line.text) for line in page_lines)
            refuse_if_too_long(path, characters)
            steps(0.95 * (number + 1) / max(1, len(pages)))
    except DependencyError:
        raise ImportFailed(f"{path.name}: the PDF uses encryption Parallax cannot open") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ImportFailed(f"{path.name}: the PDF is damaged or not a PDF ({error})") from None
    if not any(line.text.strip() for line in lines):
        raise ImportFailed(
            f"{path.name}: the PDF has no text layer (a scanned document?); "
            "run text recognition (OCR) on it first"
        )
    blocks = lines_to_blocks(lines)
    title = metadata.pop("title", "") or first_heading(blocks)
    article = finish_article(
        blocks_to_text(blocks), path, "application/pdf", title=title, **metadata
    )
    steps(1.0)
    return article


def _unlock(reader: Any, path: Path) -> None:
    from pypdf import PasswordType

    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise ImportFailed(
            f"{path.name}: the PDF is password-protected; open it with its password and "
            "save an unprotected copy first"
        )


def _metadata(reader: Any) -> dict[str, str]:
    info = reader.metadata or {}
    title = str(info.get("/Title") or "").strip()
    if _FILE_NAME_TITLE.search(title) or title.lower().startswith("microsoft word - "):
        title = ""
    language = reader.trailer["/Root"].get("/Lang")
    return {
        "title": title,
        "author": str(info.get("/Author") or "").strip(),
        "date": iso_date(str(info.get("/CreationDate") or "")),
        "language": str(language or "").strip(),
    }


def _page_lines(page: Any, number: int) -> list[_Line]:
    """The text lines of one page, in content order, with baseline and font size."""
    lines: list[_Line] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if not text.strip():
            return
        # The text matrix in page space: tm x cm (only what y and scale need).
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
        effective = abs(size * scale) or size
        current = lines[-1] if lines else None
        if current and current.page == number and abs(current.y - y) < 0.5 * effective:
            current.text += text
            current.size = max(current.size, effective)
        else:
            lines.append(_Line(number, y, effective, text))

    page.extract_text(visitor_text=visit)
    for line in lines:
        line.text = " ".join(line.text.split())
    return [line for line in lines if line.text and not _PAGE_NUMBER.match(line.text)]


def lines_to_blocks(lines: list[_Line]) -> list[Block]:
    """Group positioned lines into paragraphs, headings and list items."""
    body_size = median(line.size for line in lines)
    gaps = [
        previous.y - line.y
        for previous, line in pairwise(lines)
        if previous.page == line.page and previous.y > line.y and _same(previous.size, line.size)
    ]
    spacing = median(gaps) if gaps else body_size * 1.2
    blocks: list[Block] = []
    current: list[str] = []
    kind: str = "paragraph"
    number: int | None = None
    previous: _Line | None = None

    def flush() -> None:
        if current:
            text = _join(current)
            if kind == "heading":
                blocks.append(Block("heading", text))
            elif kind == "item":
                blocks.append(Block("item", text, number=number))
            else:
                blocks.append(Block("paragraph", text))
            current.clear()

    for line in lines:
        bullet = _BULLET.match(line.text)
        heading = line.size > body_size * 1.15
        if previous is None or _breaks(previous, line, spacing, bool(bullet)):
            flush()
            kind = "heading" if heading else "item" if bullet else "paragraph"
            number = int(bullet.group(1)) if bullet and bullet.group(1) else None
        text = line.text[bullet.end() :] if bullet and not current else line.text
        current.append(text)
        previous = line
    flush()
    return blocks


def _same(size: float, other: float) -> bool:
    return abs(size - other) <= 0.1 * max(size, other)


def _breaks(previous: _Line, line: _Line, spacing: float, bullet: bool) -> bool:
    if bullet or not _same(previous.size, line.size):
        return True
    if previous.page != line.page:
        runs_on = not previous.text.endswith(_SENTENCE_END) and line.text[:1].islower()
        return not runs_on
    gap = previous.y - line.y
    return gap <= 0 or gap > spacing * 1.3


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text
