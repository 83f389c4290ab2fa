"""Saved web pages (.html, .htm): the main article, its structure and the page's metadata.

trafilatura isolates the article (navigation, ads, related links, comments and footers
go) and reads title, author, date and site name from the page's metadata (Open Graph,
``article:`` and ``meta name=author`` tags, JSON-LD, Dublin Core). It was preferred over
readability-lxml, which returns only a cleaned HTML fragment and a title: no author, date
or outlet, and list items run together unless walked again by hand.

Safety: the file is decoded and parsed by ``lxml`` from memory with ``no_network``, and
the parsed tree is what trafilatura sees; no URL in the page is ever resolved or fetched
and no script runs (nothing here can run one). A page whose article cannot be isolated
falls back to its whole body without navigation, header, footer and asides.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lxml import etree

from desktop_app.core.records import Article
from desktop_app.importers.base import ImportFailed, Progress
from desktop_app.importers.common import (
    LINE_BREAK,
    MAX_TEXT_FILE_BYTES,
    Block,
    Steps,
    blocks_to_text,
    check_size,
    finish_article,
    first_heading,
    iso_date,
)
from desktop_app.importers.html_blocks import html_to_blocks, parse_html
from desktop_app.importers.plain_text import UndecodableText, decode_text

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_page(raw: bytes) -> str:
    """The page's text: a BOM first, then the charset the page declares, then detection."""
    if not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _DECLARED_CHARSET.search(raw[:4096])
        if declared:
            try:
                return raw.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(raw)


def read_article(path: Path, *, progress: Progress | None = None) -> Article:
    """An article from a saved web page (:class:`ImportFailed` when it has no text)."""
    steps = Steps(path, progress)
    check_size(path, MAX_TEXT_FILE_BYTES)
    try:
        page = decode_page(path.read_bytes())
    except UndecodableText as error:
        raise ImportFailed(f"{path.name}: {error}") from None
    steps(0.1)
    tree = parse_html(page)
    steps(0.3)
    blocks, metadata = _extract(tree)
    steps(0.8)
    if not blocks:
        blocks = html_to_blocks(tree, drop_page_chrome=True)
    metadata.setdefault("language", _language(tree))
    title = metadata.pop("title", "") or first_heading(blocks)
    article = finish_article(blocks_to_text(blocks), path, "text/html", title=title, **metadata)
    steps(1.0)
    return article


def _extract(tree: etree._Element) -> tuple[list[Block], dict[str, str]]:
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    document = bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,  # only dates the page states as its own
            "max_date": date.today().isoformat(),
        },
    )
    if not isinstance(document, Document):
        return [], {}
    metadata = {
        "title": document.title or "",
        "author": document.author or "",
        "date": iso_date(document.date or ""),
        "outlet": document.sitename or "",
        "url": document.url or "",
    }
    body = document.body
    blocks: list[Block] = []
    if body is not None:
        _TrafilaturaWalker(blocks).container(body)
    return blocks, {key: value for key, value in metadata.items() if value}


def _language(tree: etree._Element) -> str:
    for candidate in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath(
            "//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content"
        ),
        *tree.xpath("//meta[@property='og:locale']/@content"),
    ):
        if isinstance(candidate, str) and candidate.strip():
            return str(candidate).strip().replace("_", "-")
    return ""


def _text(element: etree._Element) -> str:
    """Inline text of trafilatura's output XML (``lb`` is a line break)."""
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append(LINE_BREAK if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return "".join(parts)


class _TrafilaturaWalker:
    """Blocks from trafilatura's XML: head, p, list/item, quote, table/row/cell, code."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    def container(self, element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag == "head":
                rend = child.get("rend", "h2")
                level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
                self.blocks.append(Block("heading", _text(child), level=level))
            elif tag == "list":
                self.list(child, 0)
            elif tag == "table":
                self.table(child)
            elif tag == "code":
                self.blocks.append(Block("preformatted", "".join(child.itertext()).strip("\n")))
            elif tag in ("p", "quote") and not any(c.tag in ("p", "list") for c in child):
                self.blocks.append(Block("paragraph", _text(child)))
            elif tag not in ("graphic", "ref", "lb"):
                self.container(child)

    def list(self, element: etree._Element, depth: int) -> None:
        ordered = element.get("rend", "") == "ol"
        for number, item in enumerate(element.iterfind("item"), start=1):
            nested = [c for c in item if c.tag == "list"]
            for sublist in nested:
                item.remove(sublist)
            self.blocks.append(
                Block("item", _text(item), level=depth, number=number if ordered else None)
            )
            for sublist in nested:
                self.list(sublist, depth + 1)

    def table(self, element: etree._Element) -> None:
        for row in element.iter("row"):
            cells = [_text(cell).strip() for cell in row.iterfind("cell")]
            text = " | ".join(c.replace(LINE_BREAK, " ") for c in cells if c)
            if text:
                self.blocks.append(Block("table-row", text))
