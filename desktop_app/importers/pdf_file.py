"""PDF files with a text layer: lines regrouped into paragraphs, headings and list items.

pypdf reports every piece of text with its position and font size. Lines are pieces on
one baseline; the body text is the size that sets the most characters, and lines set
clearly larger are headings. A paragraph ends where the gap to the next line is wider
than the usual line spacing, where a line is indented further than the one before it,
after a short line that ends a sentence, where the font size changes, or at a page break
unless the text runs on. Running headers and footers (the same line at the top or bottom
of most pages, page numbers aside) and bare page numbers are dropped; words hyphenated
across lines are joined. The title is the document information's, else the first large
line; author, date and language come from the document information and ``/Lang``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
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
#: Titles that tools write when nobody gave one.
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled(?: document)?|document\s*\d*|title|new document|none|\d+)$", re.I
)
_DIGITS = re.compile(r"\d+")
#: A title is a line or two, not a paragraph.
MAX_TITLE_CHARS = 200


@dataclass
class _Line:
    page: int
    y: float
    size: float
    text: str
    #: Where the line starts (page space; leading spaces count as indentation).
    x: float = 0.0


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
    blocks = lines_to_blocks(drop_running_lines(lines))
    title = metadata.pop("title", "") or _first_title(blocks) or _file_title(path)
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
    title = " ".join(str(info.get("/Title") or "").split())
    if (
        _FILE_NAME_TITLE.search(title)
        or title.lower().startswith("microsoft word - ")
        or _PLACEHOLDER_TITLE.match(title)
        or len(title) > MAX_TITLE_CHARS
    ):
        title = ""
    language = reader.trailer["/Root"].get("/Lang")
    return {
        "title": title,
        "author": str(info.get("/Author") or "").strip(),
        "date": iso_date(str(info.get("/CreationDate") or "")),
        "language": str(language or "").strip(),
    }


def _page_lines(page: Any, number: int) -> list[_Line]:
    """The text lines of one page, in content order, with position and font size."""
    lines: list[_Line] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if not text.strip():
            return
        # The text matrix in page space: tm x cm (only what x, y and scale need).
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
        effective = abs(size * scale) or size
        current = lines[-1] if lines else None
        if current and current.page == number and abs(current.y - y) < 0.5 * effective:
            current.text += text
            current.size = max(current.size, effective)
        else:
            # Spaces set before the first word indent the line (about a quarter em each).
            indent = (len(text) - len(text.lstrip(" "))) * 0.25 * effective
            lines.append(_Line(number, y, effective, text, x + indent))

    page.extract_text(visitor_text=visit)
    for line in lines:
        line.text = " ".join(line.text.split())
    return [line for line in lines if line.text and not _PAGE_NUMBER.match(line.text)]


def drop_running_lines(lines: list[_Line]) -> list[_Line]:
    """``lines`` without running headers and footers.

    A running line is one of the two topmost or bottommost lines of a page, not larger
    than the body text, whose words (numbers aside: "Page 3 of 9") recur at the top or
    bottom of at least two pages and of at least 40 % of them.
    """
    pages = sorted({line.page for line in lines})
    if len(pages) < 2:
        return lines
    body_size = _body_size(lines)
    edges: dict[int, list[_Line]] = {}
    for line in lines:
        edges.setdefault(line.page, []).append(line)
    candidates: set[int] = set()
    seen_on: dict[str, set[int]] = {}
    for page_lines in edges.values():
        by_height = sorted(page_lines, key=lambda line: line.y)
        for line in {id(item): item for item in by_height[:2] + by_height[-2:]}.values():
            if line.size <= body_size * 1.15:
                candidates.add(id(line))
                seen_on.setdefault(_running_key(line.text), set()).add(line.page)
    needed = max(2, 0.4 * len(pages))
    running = {key for key, on in seen_on.items() if len(on) >= needed}
    return [
        line
        for line in lines
        if id(line) not in candidates or _running_key(line.text) not in running
    ]


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", text.casefold())


def _body_size(lines: list[_Line]) -> float:
    """The font size that sets the most characters (rounded to half a point)."""
    characters: dict[float, int] = {}
    for line in lines:
        size = round(line.size * 2) / 2
        characters[size] = characters.get(size, 0) + len(line.text)
    return max(characters.items(), key=lambda item: (item[1], -item[0]))[0]


def _first_title(blocks: list[Block]) -> str:
    """The first large line(s) if they read like a title, else a short first line that is
    not a sentence (a headline set in body type), else ""."""
    heading = first_heading(blocks)
    if 0 < len(heading) <= MAX_TITLE_CHARS:
        return heading
    first = blocks[0] if blocks else None
    if first and first.kind == "paragraph" and len(first.text) <= 100:
        return "" if first.text.endswith(_SENTENCE_END) else first.text
    return ""


def _file_title(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name


def lines_to_blocks(lines: list[_Line]) -> list[Block]:
    """Group positioned lines into paragraphs, headings and list items."""
    if not lines:
        return []
    body_size = _body_size(lines)
    body = [line for line in lines if _same(line.size, body_size)] or lines
    gaps = [
        previous.y - line.y
        for previous, line in pairwise(body)
        if previous.page == line.page and previous.y > line.y and _same(previous.size, line.size)
    ]
    margins = _margins(body)
    layout = _Layout(
        body_size=body_size,
        spacing=_percentile(gaps, 0.25) if gaps else body_size * 1.2,
        full_line=_percentile([len(line.text) for line in body], 0.75),
        margins=margins,
        indents_first_lines=_first_line_indents(body, margins) >= 2,
    )
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
        if previous is None or layout.breaks(previous, line, bool(bullet), kind == "item"):
            flush()
            kind = "heading" if heading else "item" if bullet else "paragraph"
            number = int(bullet.group(1)) if bullet and bullet.group(1) else None
        text = line.text[bullet.end() :] if bullet and not current else line.text
        current.append(text)
        previous = line
    flush()
    return blocks


@dataclass(frozen=True)
class _Layout:
    """What a page's body text looks like: where paragraphs are told apart from lines."""

    #: The size of the body text.
    body_size: float
    #: The usual distance between two lines of a paragraph of body text.
    spacing: float
    #: How many characters a line that runs to the right margin holds.
    full_line: float
    #: Each page's left margin of the body text.
    margins: dict[int, float]
    #: Whether paragraphs open with an indented first line (seen twice or more in the
    #: document, each time within a page: a line after a sentence's end, indented, and the
    #: next line back at the margin).
    indents_first_lines: bool = False

    def indented(self, line: _Line) -> bool:
        """True when the line starts right of the page's margin (by over half an em)."""
        margin = self.margins.get(line.page)
        return margin is not None and line.x - margin > 0.5 * line.size

    def ends_short(self, line: _Line) -> bool:
        """True for a sentence's end well short of the right margin: a paragraph's last line."""
        return line.text.endswith(_SENTENCE_END) and len(line.text) < 0.7 * self.full_line

    def breaks(self, previous: _Line, line: _Line, bullet: bool, in_item: bool) -> bool:
        """True when ``line`` starts a new block rather than continuing ``previous``'s."""
        if bullet or not _same(previous.size, line.size):
            return True
        if previous.page != line.page:
            runs_on = not previous.text.endswith(_SENTENCE_END) and line.text[:1].islower()
            carries_on = not self.ends_short(previous) and not self.indented(line)
            # Where paragraphs open indented, a page's first line at the margin carries the
            # last one on unless that ended short; otherwise only a line that ran nearly full.
            to_margin = self.indents_first_lines or len(previous.text) >= 0.9 * self.full_line
            return not (runs_on or (carries_on and to_margin))
        gap = previous.y - line.y
        if gap <= 0 or gap > self.spacing * 1.3 * line.size / self.body_size:
            return True
        if in_item:  # a list item's further lines may hang indented
            return False
        indented_further = line.x - previous.x > 0.5 * line.size
        # Two indented lines in a row: a one-line paragraph before the next one's first
        # line (or, without a sentence's end, two lines of an indented quotation).
        indented_again = self.indented(line) and previous.text.endswith(_SENTENCE_END)
        return indented_further or indented_again or self.ends_short(previous)


def _margins(lines: list[_Line]) -> dict[int, float]:
    """Each page's left margin: where its leftmost line starts; on a page of a line or
    two, which may all be indented, no further right than where two lines of the
    document start."""
    starts: dict[int, list[float]] = {}
    for line in lines:
        starts.setdefault(line.page, []).append(line.x)
    counts = Counter(round(x) for xs in starts.values() for x in xs)
    usual = float(min((x for x, n in counts.items() if n >= 2), default=min(counts)))
    return {page: min(xs) if len(xs) >= 3 else min(*xs, usual) for page, xs in starts.items()}


def _first_line_indents(lines: list[_Line], margins: dict[int, float]) -> int:
    """How many lines open a paragraph indented: after a line that ends a sentence on the
    same page, right of the margin by over half an em, the next line back at the margin."""
    count = 0
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        if not before.page == line.page == after.page or not before.text.endswith(_SENTENCE_END):
            continue
        margin = margins[line.page]
        if line.x - margin > 0.5 * line.size and after.x - margin <= 0.5 * after.size:
            count += 1
    return count


def _percentile(values: Sequence[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(fraction * len(ordered)))])


def _same(size: float, other: float) -> bool:
    return abs(size - other) <= 0.1 * max(size, other)


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        soft_hyphen = text.endswith("\u00ad")
        if soft_hyphen or (text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower()):
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text
