"""Walking a parsed (X)HTML tree into :class:`~desktop_app.importers.common.Block` s.

Used for EPUB chapters, rendered Markdown, and saved pages whose main text the article
extractor could not isolate. Scripts, styles, embedded objects and forms are dropped
unread; nothing here resolves a URL, loads a resource or runs anything: it only reads the
element tree that ``lxml`` parsed from bytes already in memory.
"""

from __future__ import annotations

from lxml import etree, html

from desktop_app.importers.common import LINE_BREAK, Block


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SKIPPED = _names(
    "script style noscript template head title iframe frame frameset object embed applet "
    "svg math canvas audio video source track map button select option input textarea "
    "form meta link base img picture"
)
#: Page furniture dropped when walking a whole web page rather than a chapter.
_PAGE_CHROME = _names("nav header footer aside menu dialog")
_INLINE = _names(
    "a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark q rp rt ruby "
    "s samp small span strike strong sub sup time tt u var wbr"
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_PARAGRAPHS = _names("p address dt dd figcaption caption summary legend")


#: Punctuation that closes a phrase: no space goes before it.
_CLOSING = frozenset(".,;:!?)]}…»”’")


def _glue(parts: list[str], tail: str | None) -> None:
    """Append the text after an element that was dropped unread (an image, a script).

    "See ![chart](x.png)." must read "See." and not "See .": when the text after the
    dropped element closes a phrase, the space before the element goes too.
    """
    tail = tail or ""
    if tail[:1] in _CLOSING:
        for at in range(len(parts) - 1, -1, -1):
            parts[at] = parts[at].rstrip(" \t\n\r")
            if parts[at]:
                break
    parts.append(tail)


def parse_html(text: str) -> html.HtmlElement:
    """Parse an HTML or XHTML document already decoded, never touching the network."""
    parser = html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, encoding="utf-8"
    )
    return html.document_fromstring(text.encode("utf-8"), parser=parser)


def html_to_blocks(root: html.HtmlElement, *, drop_page_chrome: bool = False) -> list[Block]:
    """The blocks of the document's body (or of ``root`` itself if it has no body)."""
    body = root.find("body") if root.tag == "html" else None
    walker = _Walker(drop_page_chrome)
    walker.container(body if body is not None else root)
    return walker.blocks


def _tag(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return "#comment"
    return tag.rsplit("}", 1)[-1].lower()


def inline_text(element: etree._Element) -> str:
    """The text of an element and its descendants, ``<br>`` as :data:`LINE_BREAK`."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag == "br":
            parts.append(LINE_BREAK)
        elif tag not in _SKIPPED and tag != "#comment":
            text = inline_text(child)
            parts.append(f" {text} " if tag not in _INLINE else text)
        else:
            _glue(parts, child.tail)
            continue
        parts.append(child.tail or "")
    return "".join(parts)


class _Walker:
    def __init__(self, drop_page_chrome: bool) -> None:
        self.blocks: list[Block] = []
        self._skipped = _SKIPPED | _PAGE_CHROME if drop_page_chrome else _SKIPPED

    def container(self, element: etree._Element) -> None:
        pending: list[str] = [element.text or ""]
        for child in element:
            tag = _tag(child)
            if tag in self._skipped or tag == "#comment":
                _glue(pending, child.tail)
                continue
            if tag in _INLINE or tag == "br":
                pending.append(LINE_BREAK if tag == "br" else inline_text(child))
            else:
                self._paragraph("".join(pending))
                pending = []
                self.block(child, tag)
            pending.append(child.tail or "")
        self._paragraph("".join(pending))

    def block(self, element: etree._Element, tag: str) -> None:
        if tag in _HEADINGS:
            self.blocks.append(Block("heading", inline_text(element), level=_HEADINGS[tag]))
        elif tag in _PARAGRAPHS:
            self._paragraph(inline_text(element))
        elif tag == "pre":
            text = element.text_content().strip("\n")
            if text.strip():
                self.blocks.append(Block("preformatted", text))
        elif tag in ("ul", "ol", "dir"):
            self.list(element, 0)
        elif tag == "li":
            self.item(element, 0, None)
        elif tag == "table":
            self.table(element)
        elif tag != "hr":
            self.container(element)

    def _paragraph(self, text: str) -> None:
        if text.strip():
            self.blocks.append(Block("paragraph", text))

    def list(self, element: etree._Element, depth: int) -> None:
        ordered = _tag(element) == "ol"
        start = element.get("start", "1")
        number = int(start) if ordered and start.lstrip("-").isdigit() else 1
        for child in element:
            tag = _tag(child)
            if tag == "li":
                self.item(child, depth, number if ordered else None)
                number += 1
            elif tag in ("ul", "ol"):
                self.list(child, depth + 1)
            elif tag not in self._skipped and tag != "#comment":
                self.block(child, tag)

    def item(self, element: etree._Element, depth: int, number: int | None) -> None:
        parts: list[str] = [element.text or ""]
        nested: list[etree._Element] = []
        for child in element:
            tag = _tag(child)
            if tag in ("ul", "ol"):
                nested.append(child)
            elif tag == "br":
                parts.append(" ")
            elif tag in _INLINE:  # part of the item's sentence: "*muted*." stays "muted."
                parts.append(inline_text(child))
            elif tag not in self._skipped and tag != "#comment":
                parts.append(f" {inline_text(child)} ")  # a paragraph of a loose item
            else:
                _glue(parts, child.tail)
                continue
            parts.append(child.tail or "")
        self.blocks.append(Block("item", "".join(parts), level=depth, number=number))
        for sublist in nested:
            self.list(sublist, depth + 1)

    def table(self, element: etree._Element) -> None:
        for row in element.iter():
            tag = _tag(row)
            if tag == "caption":
                self._paragraph(inline_text(row))
            elif tag == "tr":
                cells = [inline_text(cell).strip() for cell in row if _tag(cell) in ("td", "th")]
                text = " | ".join(c.replace("\n", " ") for c in cells if c)
                if text:
                    self.blocks.append(Block("table-row", text))
