"""Which importer reads a file: each recognises files by name and content.

The shared types live in ``importers.base``. An importer turns a file into an
:class:`Imported` bundle (articles, codes, annotations…); ``core.merge.merge_imported``
turns a bundle into one undoable edit of a project, so the CLI and the UI add imported
material the same way. Importers are tried in :data:`IMPORTERS` order; the first whose
``recognizes`` says yes reads the file.

Progress and cancellation (for large files read on a worker thread): ``read`` takes an
optional ``progress`` callback, a :data:`Progress`. The importer calls it now and then
with the fraction done (0.0 to 1.0, never decreasing); when it returns False the importer
stops and raises :class:`ImportCancelled`. Importers touch no Qt object and no shared
state, so the UI may run ``read_file`` on a worker thread, marshal each progress call to
the GUI thread, and merge the resulting bundle on the GUI thread. Article importers
(``importers.article_formats``) refuse files over their size limits with
:class:`ImportFailed` before reading them whole.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from desktop_app.core.project import Project
from desktop_app.importers.article_formats import ARTICLE_IMPORTERS
from desktop_app.importers.base import (
    HEAD_BYTES,
    ImportCancelled,
    Imported,
    Importer,
    ImportFailed,
    Progress,
)
from desktop_app.importers.codebook_csv import CodebookCsvImporter
from desktop_app.importers.refi_qdc import QdcImporter
from desktop_app.importers.refi_qdpx import QdpxImporter
from desktop_app.importers.w3c import W3CImporter

__all__ = [
    "HEAD_BYTES",
    "IMPORTERS",
    "ImportCancelled",
    "ImportFailed",
    "Imported",
    "Importer",
    "Progress",
    "importer_for",
    "read_file",
]

#: Exchange formats (W3C annotations, REFI-QDA project and codebook, codebook CSV) are
#: recognised by content and tried before the article formats.
IMPORTERS: list[Importer] = [
    QdpxImporter(),
    QdcImporter(),
    W3CImporter(),
    CodebookCsvImporter(),
    *ARTICLE_IMPORTERS,
]


def importer_for(path: Path) -> Importer:
    """The importer that reads ``path``; :class:`ImportFailed` if none does."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        raise ImportFailed(f"{path}: {error.strerror or error}") from None
    for importer in IMPORTERS:
        if importer.recognizes(path, head):
            return importer
    raise ImportFailed(f"{path.name}: Parallax cannot import {path.suffix or 'this'} files")


def read_file(path: Path, project: Project, progress: Progress | None = None) -> Imported:
    """Read ``path`` with the importer that recognises it (what the CLI and the UI call).

    ``progress`` reaches importers whose ``read`` takes it. Any unexpected error of a
    parser becomes :class:`ImportFailed` naming the file, so a strange file never crashes
    the caller and the project stays unchanged.
    """
    importer = importer_for(path)
    try:
        if progress is not None and "progress" in inspect.signature(importer.read).parameters:
            return importer.read(path, project, progress)
        return importer.read(path, project)
    except ImportFailed:
        raise
    except OSError as error:
        raise ImportFailed(f"{path.name}: {error.strerror or error}") from None
    except Exception as error:  # a parser's bug must not take the app down
        raise ImportFailed(f"{path.name}: could not be read ({error})") from error
