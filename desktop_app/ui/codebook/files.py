"""Importing and exporting the codebook from its editor (REFI-QDA .qdc and CSV).

Reading goes through the importer registry and ``core.merge.merge_imported`` (one undoable
edit; codes the project has by id or name are not added twice); writing through the
exporter registry, atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtGui import QKeySequence

from desktop_app.core.codebook_edits import shortcut_owner
from desktop_app.core.records import Code
from desktop_app.core.wording import counted

if TYPE_CHECKING:
    from desktop_app.core.project import Project
    from desktop_app.ui.shell.host import Host

#: Shows a short message at the foot of the codebook editor.
Say = Callable[[str], object]

CODEBOOK_FILTER = "Codebooks (*.qdc *.csv);;REFI-QDA codebooks (*.qdc);;CSV files (*.csv)"
EXPORT_FILTERS = {
    "qdc": "REFI-QDA codebooks (*.qdc)",
    "codebook-csv": "CSV files (*.csv)",
}


def _folder(host: Host) -> Path:
    path = host.document.path
    return path.parent if path is not None else Path.home()


def import_codebook(host: Host, say: Say) -> None:
    """Ask for a codebook file and add its new codes to the project, as one undo step."""
    from desktop_app.core.merge import merge_imported
    from desktop_app.importers.registry import Imported, ImportFailed, read_file

    window = host
    path = window.prompter.open_codebook_path(_folder(host))
    if path is None:
        return
    project = window.document.project
    try:
        bundle = read_file(path, project)
    except ImportFailed as error:
        window.prompter.error("Could not import the codebook", str(error))
        return
    # The importers leave out codes the project already has (by id or name).
    codes = _free_shortcuts(host, project, bundle.codes)
    edit = merge_imported(project, Imported(codes=codes), label=f"Import codebook “{path.name}”")
    if edit is None:
        say(f"Nothing to add: the codebook already has every code of {path.name}.")
        return
    window.document.push(edit)
    added = sum(1 for c in codes if c.id in project.codes)
    say(f"Added {counted(added, 'code')} from {path.name}.")


def _free_shortcuts(host: Host, project: Project, codes: list[Code]) -> list[Code]:
    """The codes, without shortcuts that the app or another code already uses."""
    from desktop_app.ui.codebook.shortcut_keys import shortcut_problem

    kept: list[Code] = []
    for code in codes:
        taken = shortcut_owner(project, code.shortcut) is not None or _same_shortcut(
            kept, code.shortcut
        )
        if code.shortcut and (taken or shortcut_problem(host, QKeySequence(code.shortcut))):
            code = msgspec.structs.replace(code, shortcut="")
        kept.append(code)
    return kept


def _same_shortcut(codes: list[Code], shortcut: str) -> bool:
    """True when one of ``codes`` has exactly ``shortcut`` (case-insensitive)."""
    folded = shortcut.replace(" ", "").casefold()
    return any(folded and c.shortcut.replace(" ", "").casefold() == folded for c in codes)


def export_codebook(host: Host, format_id: str, say: Say) -> None:
    """Ask where, then write the whole codebook in ``format_id`` ("qdc" or "codebook-csv")."""
    from desktop_app.exporters import (
        EXPORTERS,
        ExportError,
        ExportOptions,
        Scope,
        suggested_file_name,
    )
    from desktop_app.storage.atomic import write_atomic

    window = host
    project = window.document.project
    exporter = EXPORTERS[format_id]
    suggested = _folder(host) / suggested_file_name(project, Scope(), format_id)
    path = window.prompter.save_codebook_path(suggested, EXPORT_FILTERS[format_id])
    if path is None:
        return
    if not path.suffix:
        path = path.with_suffix(exporter.extension)
    try:
        write_atomic(path, exporter.export(project, Scope(), ExportOptions()), keep_backup=False)
    except (OSError, ExportError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        window.prompter.error("Could not export the codebook", f"{path}: {reason}")
        return
    count = len(project.codes)
    say(f"Wrote {counted(count, 'code')} to {path.name}.")
