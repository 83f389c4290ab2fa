"""Codebook CSV import: one code per row (Parallax's own codebook CSV, or a hand-made one).

Columns are found by name, case-insensitively: ``name`` (or ``code``/``tag``) is required;
``code_id``/``id``, ``color``/``colour``, ``description``, ``shortcut``, ``parent_id`` and
``parent`` (a parent's name) are optional. Delimiter (comma, semicolon, tab) and a BOM are
detected. Codes join the project's codebook by name.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.project import Project
from desktop_app.core.records import Code
from desktop_app.importers.refi_qdc import colour_of, import_failed, reconcile_codes, uuid_of

if TYPE_CHECKING:
    from desktop_app.importers.base import Imported, Progress


NAME_COLUMNS = ("name", "code", "tag")
_ALIASES = {
    "code_id": ("code_id", "id", "guid", "tag_id"),
    "color": ("color", "colour"),
    "description": ("description", "memo"),
    "shortcut": ("shortcut", "key"),
    "parent_id": ("parent_id",),
    "parent": ("parent", "parent_name"),
}
#: Columns that mark a CSV of annotations rather than of codes.
_ANNOTATION_COLUMNS = {"annotation_id", "quote", "start", "end"}


def _header(line: str) -> tuple[list[str], str]:
    delimiter = max((",", ";", "\t"), key=line.count)
    return [c.strip().strip('"').strip().casefold() for c in line.split(delimiter)], delimiter


def is_codebook_header(line: str) -> bool:
    """True when a CSV header line names codes (and not annotations)."""
    columns, _ = _header(line)
    return any(c in NAME_COLUMNS for c in columns) and not _ANNOTATION_COLUMNS & set(columns)


class CodebookCsvImporter:
    """A codebook as CSV."""

    name = "Codebook (CSV)"
    patterns: tuple[str, ...] = ("*.csv",)

    def recognizes(self, path: Path, head: bytes) -> bool:
        """A ``.csv`` whose header has a name column and no annotation columns."""
        from desktop_app.importers.plain_text import decode_text

        if path.suffix.lower() not in (".csv", ".tsv"):
            return False
        first_line = decode_text(head).lstrip("\ufeff").splitlines()[:1]
        return bool(first_line) and is_codebook_header(first_line[0])

    def read(self, path: Path, project: Project, progress: Progress | None = None) -> Imported:
        # Small files: read in one go, so progress is not reported.
        """The codes of the file, reconciled with the project's by name."""
        from desktop_app.importers.base import Imported
        from desktop_app.importers.plain_text import decode_text

        text = decode_text(path.read_bytes()).lstrip("\ufeff")
        lines = text.splitlines()
        if not lines or not is_codebook_header(lines[0]):
            raise import_failed(f"{path.name}: no codebook header (a “name” column) found")
        _, delimiter = _header(lines[0])
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = [c.strip().casefold() for c in next(reader)]
        column = {
            key: next((header.index(a) for a in names if a in header), None)
            for key, names in _ALIASES.items()
        }
        name_at = next(header.index(n) for n in NAME_COLUMNS if n in header)

        def cell(row: list[str], key: str) -> str:
            index = column[key]
            return row[index].strip() if index is not None and index < len(row) else ""

        rows = [r for r in reader if len(r) > name_at and r[name_at].strip()]
        ids = {
            r[name_at].strip().casefold(): uuid_of(cell(r, "code_id") or r[name_at].strip(), "code")
            for r in rows
        }
        used = {c.color for c in project.codes}
        codes: list[Code] = []
        for row in rows:
            name = row[name_at].strip()
            parent_ref = cell(row, "parent_id")
            parent_name = cell(row, "parent").casefold()
            parent = uuid_of(parent_ref, "code") if parent_ref else ids.get(parent_name)
            if parent is None and parent_name and (existing := project.code_by_name(parent_name)):
                parent = existing.id
            colour = colour_of(cell(row, "color"), used)
            used.add(colour)
            codes.append(
                Code(
                    id=ids[name.casefold()],
                    name=name,
                    color=colour,
                    description=cell(row, "description"),
                    shortcut=cell(row, "shortcut"),
                    parent=parent,
                )
            )
        if not codes:
            raise import_failed(f"{path.name}: the codebook has no codes")
        fresh, alias = reconcile_codes(codes, project)
        warnings = (
            [f"{len(alias)} code(s) already in the project were kept as they are"] if alias else []
        )
        return Imported(codes=fresh, warnings=warnings)
