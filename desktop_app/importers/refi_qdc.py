"""REFI-QDA codebook import (``.qdc``), and reading and reconciling codes for every importer.

Imported codes join the project's codebook by name: a code whose name the project already
has (case-insensitive) becomes that code, so its annotations and child codes refer to the
existing one; the rest are added with their colours, descriptions and nesting.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from desktop_app.core.codebook import in_parent_cycle, next_colour
from desktop_app.core.project import Project
from desktop_app.core.records import UUID_PATTERN, Code

if TYPE_CHECKING:
    from desktop_app.importers.base import Imported, Progress


CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_UUID = re.compile(UUID_PATTERN)
_FOREIGN_IDS = uuid.UUID("3e7c2f50-1d4b-4a8e-9f60-2b5c8d7e1a93")
_RGB = re.compile(r"^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")


def import_failed(message: str) -> Exception:
    """An ``ImportFailed`` (imported late: the registry imports this module)."""
    from desktop_app.importers.base import ImportFailed

    return ImportFailed(message)


def uuid_of(identifier: str, kind: str = "") -> str:
    """A canonical UUID for a foreign identifier: itself when it is one, else a stable hash.

    REFI-QDA GUIDs may be upper case or wrapped in braces; anything else (an IRI, a name)
    maps to a UUID derived from it, so importing the same file twice gives the same ids.
    """
    text = identifier.strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[9:]
    candidate = text.strip("{}").lower()
    if _UUID.match(candidate):
        return candidate
    return str(uuid.uuid5(_FOREIGN_IDS, f"{kind}:{identifier}"))


def colour_of(value: str | None, used: set[str]) -> str:
    """``#RRGGBB`` from a ``#RGB``/``#RRGGBB`` value, or the next free palette colour."""
    match = _RGB.match(value or "")
    if match is None:
        return next_colour(used)
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits.upper()


def codes_from_xml(codes_element: Any, namespace: str) -> list[Code]:
    """The codes under a REFI-QDA ``<Codes>`` element, parents before children."""
    found: list[Code] = []
    used: set[str] = set()

    def walk(element: Any, parent: str | None) -> None:
        for node in element.findall(f"{{{namespace}}}Code"):
            code_id = uuid_of(node.get("guid", ""), "code")
            colour = colour_of(node.get("color"), used)
            used.add(colour)
            found.append(
                Code(
                    id=code_id,
                    name=node.get("name") or "unnamed code",
                    color=colour,
                    description=(node.findtext(f"{{{namespace}}}Description") or "").strip(),
                    parent=parent,
                )
            )
            walk(node, code_id)

    walk(codes_element, None)
    return found


def reconcile_codes(codes: Iterable[Code], project: Project) -> tuple[list[Code], dict[str, str]]:
    """The codes to add, and an alias map from imported code ids to the project's ids.

    Codes the project has (by id, else by name) are not added; every reference to them,
    including a child's ``parent``, points at the project's code.
    """
    alias: dict[str, str] = {}
    fresh: list[Code] = []
    for code in codes:
        existing = project.codes.get(code.id) or project.code_by_name(code.name)
        if existing is not None:
            alias[code.id] = existing.id
        elif any(c.name.casefold() == code.name.casefold() for c in fresh):
            alias[code.id] = next(c.id for c in fresh if c.name.casefold() == code.name.casefold())
        else:
            fresh.append(code)
    known = {c.id for c in fresh} | set(project.codes.ids())
    parents: dict[str, str | None] = {c.id: c.parent for c in project.codes}
    for code in fresh:
        parent = alias.get(code.parent, code.parent) if code.parent else None
        parents[code.id] = parent if parent in known and parent != code.id else None
    fixed = []
    for code in fresh:
        if in_parent_cycle(code.id, parents):  # A under B under A: break it at this code
            parents[code.id] = None
        fixed.append(msgspec.structs.replace(code, parent=parents[code.id]))
    return fixed, alias


class QdcImporter:
    """A REFI-QDA codebook file (NVivo, ATLAS.ti, MAXQDA, QualCoder…)."""

    name = "REFI-QDA codebook"
    patterns: tuple[str, ...] = ("*.qdc",)

    def recognizes(self, path: Path, head: bytes) -> bool:
        """XML whose root is a REFI-QDA ``CodeBook``."""
        return b"<CodeBook" in head and CODEBOOK_NS.encode() in head

    def read(self, path: Path, project: Project, progress: Progress | None = None) -> Imported:
        # Small files: read in one go, so progress is not reported.
        """The codes of the codebook, reconciled with the project's by name."""
        from lxml import etree

        from desktop_app.importers.base import Imported

        try:
            root = etree.parse(str(path), parser=_safe_parser()).getroot()
        except etree.XMLSyntaxError as error:
            raise import_failed(f"{path.name}: not well-formed XML ({error})") from None
        namespace = etree.QName(root).namespace or CODEBOOK_NS
        codes_element = root.find(f"{{{namespace}}}Codes")
        if etree.QName(root).localname != "CodeBook" or codes_element is None:
            raise import_failed(f"{path.name}: not a REFI-QDA codebook (no <Codes>)")
        codes, alias = reconcile_codes(codes_from_xml(codes_element, namespace), project)
        warnings = []
        if alias:
            warnings.append(f"{len(alias)} code(s) already in the project were kept as they are")
        return Imported(codes=codes, warnings=warnings)


def _safe_parser() -> Any:
    """An XML parser that resolves no entities and fetches nothing."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
