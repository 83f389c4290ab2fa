"""Markdown files: structure becomes plain paragraphs, headings and "• item" lines.

markdown-it-py (CommonMark, plus tables) renders the file to HTML in memory, which
``html_blocks`` walks like any other document, so Markdown and HTML read alike. A flat
front-matter block (``---`` lines around ``key: value`` pairs, as static-site generators
and note apps write it) fills the metadata: title, author, date, outlet, url, language.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.records import Article
from desktop_app.importers.base import ImportFailed, Progress
from desktop_app.importers.common import (
    MAX_TEXT_FILE_BYTES,
    Steps,
    blocks_to_text,
    check_size,
    finish_article,
    first_heading,
    iso_date,
)
from desktop_app.importers.html_blocks import html_to_blocks, parse_html
from desktop_app.importers.plain_text import UndecodableText, decode_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")
#: Front-matter keys (lower case) -> article metadata field.
_KEYS = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "by": "author",
    "date": "date",
    "published": "date",
    "outlet": "outlet",
    "publisher": "outlet",
    "source": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "lang": "language",
    "language": "language",
}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The metadata of a leading front-matter block, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    metadata: dict[str, str] = {}
    for line in match.group(1).splitlines():
        field = _FIELD.match(line.strip())
        if field and field.group(1).lower() in _KEYS:
            value = field.group(2).strip().strip("[]").strip().strip("\"'")
            metadata.setdefault(_KEYS[field.group(1).lower()], value)
    if "date" in metadata:
        metadata["date"] = iso_date(metadata["date"]) or metadata["date"]
    return metadata, text[match.end() :]


def markdown_to_text(source: str) -> tuple[str, str]:
    """The canonical-shaped text of a Markdown document, and its first heading."""
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": True}).enable("table")
    blocks = html_to_blocks(parse_html(f"<html><body>{renderer.render(source)}</body></html>"))
    return blocks_to_text(blocks), first_heading(blocks)


def read_article(path: Path, *, progress: Progress | None = None) -> Article:
    """An article from a Markdown file (:class:`ImportFailed` when it is not one)."""
    steps = Steps(path, progress)
    check_size(path, MAX_TEXT_FILE_BYTES)
    try:
        source = decode_text(path.read_bytes())
    except UndecodableText as error:
        raise ImportFailed(f"{path.name}: {error}") from None
    steps(0.3)
    metadata, body = split_front_matter(source.replace("\r\n", "\n").lstrip("\ufeff"))
    text, heading = markdown_to_text(body)
    steps(0.9)
    title = metadata.pop("title", "") or heading
    article = finish_article(text, path, "text/markdown", title=title, **metadata)
    steps(1.0)
    return article
