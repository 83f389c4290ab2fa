"""REFI-QDA codebook export (``.qdc``), and the code tree both REFI-QDA formats share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lxml import etree

from desktop_app import __version__
from desktop_app.core.project import Project
from desktop_app.core.records import Code
from desktop_app.exporters.scope import ExportError, ExportOptions, Scope

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (form feeds, other C0 controls) as spaces.

    Articles may carry them (a PDF's page breaks); offsets are unaffected because only XML
    attributes and notes go through here, never the source texts, which are separate files.
    """
    return _NOT_XML.sub(" ", text)


def export(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """The codebook (all codes, or one tag with its ancestors) as a QDC document."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", f"Parallax {__version__}")
    codes = scope.codes(project)
    if not codes:
        raise ExportError("the codebook is empty: there is nothing to export")
    add_code_tree(root, CODEBOOK_NS, codes)
    return to_bytes(root)


def add_code_tree(
    parent: etree._Element,
    namespace: str,
    codes: Sequence[Code],
    decorate: Callable[[etree._Element, Code], None] | None = None,
) -> etree._Element:
    """Append ``<Codes>`` holding ``codes`` nested by their ``parent`` to ``parent``.

    A code whose parent is not among ``codes`` sits at the top. ``decorate`` may add
    children (such as ``NoteRef``) after a code's ``Description``.
    """
    known = {c.id for c in codes}
    children: dict[str | None, list[Code]] = {}
    for code in codes:
        key = code.parent if code.parent in known else None
        children.setdefault(key, []).append(code)
    container = etree.SubElement(parent, f"{{{namespace}}}Codes")

    def add(element: etree._Element, code: Code, seen: set[str]) -> None:
        node = etree.SubElement(element, f"{{{namespace}}}Code")
        node.set("guid", code.id)
        node.set("name", xml_safe(code.name))
        node.set("isCodable", "true")
        node.set("color", code.color)
        if code.description:
            etree.SubElement(node, f"{{{namespace}}}Description").text = xml_safe(code.description)
        if decorate is not None:
            decorate(node, code)
        for child in children.get(code.id, []):
            if child.id not in seen:  # a cycle in parents must not recurse forever
                add(node, child, seen | {child.id})

    for top in children.get(None, []):
        add(container, top, {top.id})
    return container


def to_bytes(root: etree._Element) -> bytes:
    """An XML document: UTF-8, with declaration, indented."""
    body: bytes = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body
