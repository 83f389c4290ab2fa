"""What every article importer shares: size limits, progress steps, blocks -> canonical text.

Formats with structure (Markdown, HTML, DOCX, EPUB, PDF) first produce a list of
:class:`Block` (heading, paragraph, list item…), then :func:`blocks_to_text` writes them
in the plain shape ``core.layout`` recognises: each heading and paragraph on its own line
with a blank line between blocks, list items as consecutive "• item" lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from desktop_app.core.factory import make_article
from desktop_app.core.records import Article
from desktop_app.importers.base import ImportCancelled, ImportFailed, Progress

#: Text-like files (plain text, Markdown, HTML) larger than this are refused unread.
MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024
#: Document containers (PDF, DOCX, EPUB) larger than this are refused unread.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
#: No article longer than this many code points (about 2,500 book pages).
MAX_ARTICLE_CHARS = 5_000_000

BlockKind = Literal["heading", "paragraph", "item", "table-row", "preformatted"]
#: Marks an explicit line break (``<br>``, a soft return) inside a block's text.
LINE_BREAK = "\u2028"
_WHITESPACE = re.compile(r"(?:[^\S\u2028]|\u200b)+")
_SPACES_AROUND_BREAK = re.compile(" ?\u2028 ?")


@dataclass(frozen=True, slots=True)
class Block:
    """One structural piece of a document, its text already plain."""

    kind: BlockKind
    text: str
    #: Nesting depth of a list item (0 for a top-level item), or a heading's level (1-6).
    level: int = 0
    #: For an item of an ordered list: its number; None for a bullet.
    number: int | None = None


def tidy_inline(text: str) -> str:
    """Collapse whitespace inside a block to single spaces; :data:`LINE_BREAK` becomes LF."""
    text = _WHITESPACE.sub(" ", text.replace(LINE_BREAK, " " + LINE_BREAK + " "))
    return _SPACES_AROUND_BREAK.sub("\n", text).strip(" \n")


def blocks_to_text(blocks: Iterable[Block]) -> str:
    """The canonical text of a sequence of blocks (see the module docstring)."""
    pieces: list[str] = []
    previous: BlockKind | None = None
    for block in blocks:
        text = block.text if block.kind == "preformatted" else tidy_inline(block.text)
        if not text.strip():
            continue
        if block.kind == "item":
            marker = f"{block.number}." if block.number is not None else "•"
            text = "    " * block.level + f"{marker} " + text.replace("\n", " ")
        if previous is not None:
            same_run = block.kind == previous and block.kind in ("item", "table-row")
            pieces.append("\n" if same_run else "\n\n")
        pieces.append(text)
        previous = block.kind
    return "".join(pieces)


def first_heading(blocks: Iterable[Block]) -> str:
    """The text of the first heading, or ""."""
    return next((tidy_inline(b.text) for b in blocks if b.kind == "heading"), "")


class Steps:
    """Reports progress to an optional callback and turns a "cancel" into an exception."""

    def __init__(self, path: Path, progress: Progress | None) -> None:
        self._path = path
        self._progress = progress
        self._last = 0.0

    def __call__(self, fraction: float) -> None:
        """Report ``fraction`` done; raises :class:`ImportCancelled` if asked to stop."""
        if self._progress is None:
            return
        self._last = max(self._last, min(1.0, max(0.0, fraction)))
        if self._progress(self._last) is False:
            raise ImportCancelled(f"{self._path.name}: import cancelled")


def check_size(path: Path, limit: int) -> int:
    """The file's size in bytes; :class:`ImportFailed` when it is empty or over ``limit``."""
    size = path.stat().st_size
    if size == 0:
        raise ImportFailed(f"{path.name}: the file is empty")
    if size > limit:
        raise ImportFailed(
            f"{path.name}: the file is too large to import ({size / 2**20:.1f} MB; "
            f"the limit for this kind of file is {limit // 2**20} MB)"
        )
    return size


def refuse_if_too_long(path: Path, characters: int) -> None:
    """:class:`ImportFailed` when ``characters`` is over what one article may hold.

    Importers that read page by page call this as they go, to stop early.
    """
    if characters > MAX_ARTICLE_CHARS:
        raise ImportFailed(
            f"{path.name}: the text is too long for one article (over {MAX_ARTICLE_CHARS:,} "
            "characters)"
        )


def guess_title(text: str, path: Path) -> str:
    """The first line when it is short enough to be a headline, else the file name."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if 0 < len(first) <= 140:
        return first
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name


def finish_article(
    text: str, path: Path, source_format: str, *, title: str = "", **metadata: str
) -> Article:
    """The article for ``text`` read from ``path``, or :class:`ImportFailed` if unusable.

    Empty metadata values are dropped; a missing title comes from the first line or the
    file name (see :func:`guess_title`).
    """
    if not text.strip():
        raise ImportFailed(f"{path.name}: the file contains no readable text")
    refuse_if_too_long(path, len(text))
    clean = {key: tidy_inline(value) for key, value in metadata.items() if value and value.strip()}
    return make_article(
        text,
        title=tidy_inline(title) or guess_title(text, path),
        source_file=path.name,
        source_format=source_format,
        **clean,
    )


def iso_date(value: object) -> str:
    """An ISO 8601 date (YYYY-MM-DD) from a date, datetime or date-like string, else ""."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if text.startswith("D:"):  # PDF dates: D:YYYYMMDDHHmmSS…
        digits = text[2:10]
        if len(digits) == 8 and digits.isdigit():
            return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
        return ""
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        return match.group(0)
    match = re.match(r"^(\d{4})(?:-(\d{2}))?$", text)
    return match.group(0) if match else ""
