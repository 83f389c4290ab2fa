"""Which importer reads a file: each recognises files by name and content.

An importer turns a file into an :class:`Imported` bundle (articles, codes, annotations…);
``core.merge.merge_imported`` turns a bundle into one undoable edit of a project, so the
CLI and the UI add imported material the same way. Importers are tried in
:data:`IMPORTERS` order; the first whose ``recognizes`` says yes reads the file.

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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeAlias

from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Article, Code, Link
from desktop_app.importers.article_formats import ARTICLE_IMPORTERS

#: Bytes of a file's start handed to ``recognizes``.
HEAD_BYTES = 4096
#: No file larger than this is imported (each format may set a lower limit).
MAX_IMPORT_BYTES = 200 * 1024 * 1024


class ImportFailed(Exception):
    """A file that cannot be imported; the message names the file and the reason."""


class ImportCancelled(ImportFailed):
    """The user cancelled the import (a progress callback returned False)."""


#: Called with the fraction done (0.0-1.0); returns False to cancel the import.
Progress: TypeAlias = Callable[[float], bool]


@dataclass
class Imported:
    """What one file contributes to a project."""

    articles: list[Article] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    annotators: list[Annotator] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Importer(Protocol):
    """Reads one kind of file."""

    #: Shown to users ("Plain text", "W3C Web Annotation collection"…).
    name: str
    #: File name patterns for the open dialog ("*.txt").
    patterns: tuple[str, ...]

    def recognizes(self, path: Path, head: bytes) -> bool:
        """True when this importer reads ``path`` (``head`` is its first bytes)."""

    def read(self, path: Path, project: Project, progress: Progress | None = None) -> Imported:
        """Read the file; ``project`` is the target (for matching codes and articles).

        Raises :class:`ImportFailed` with a user-facing reason, :class:`ImportCancelled`
        when ``progress`` returned False.
        """


IMPORTERS: list[Importer] = [*ARTICLE_IMPORTERS]


def importer_for(path: Path) -> Importer:
    """The importer that reads ``path``; :class:`ImportFailed` if none does.

    A FIFO, a device (a link to ``/dev/zero``), a socket or a folder is refused before it
    is opened, and so is a file larger than any importer reads.
    """
    import os
    import stat

    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            raise ImportFailed(
                f"{path.name}: not a regular file (a folder, device, pipe or socket)"
            )
        if status.st_size > MAX_IMPORT_BYTES:
            raise ImportFailed(
                f"{path.name}: the file is too large to import "
                f"(over {MAX_IMPORT_BYTES // 2**20} MB)"
            )
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
            bundle = importer.read(path, project, progress)
        else:
            bundle = importer.read(path, project)
        return without_lone_surrogates(bundle)
    except ImportFailed:
        raise
    except OSError as error:
        raise ImportFailed(f"{path.name}: {error.strerror or error}") from None
    except Exception as error:  # a parser's bug must not take the app down
        raise ImportFailed(f"{path.name}: could not be read ({error})") from error


def without_lone_surrogates(bundle: Imported) -> Imported:
    """``bundle`` with every lone surrogate (``\\ud800`` in a JSON file…) made U+FFFD, said once.

    Every string of every record is checked: no file Parallax writes can hold such text.
    """
    from desktop_app.core.surrogates import scrub

    replaced = 0
    for name in ("articles", "codes", "annotators", "annotations", "links"):
        records, count = scrub(getattr(bundle, name))
        if count:
            setattr(bundle, name, records)
            replaced += count
    if replaced:
        bundle.warnings.append(surrogates_replaced(replaced))
    return bundle


def surrogates_replaced(count: int) -> str:
    """The warning for ``count`` lone surrogates replaced by U+FFFD."""
    plural = "s" if count != 1 else ""
    return f"{count} lone surrogate{plural} (text no UTF-8 file can hold) replaced by U+FFFD"


# Exchange formats (W3C annotations, REFI-QDA project and codebook, codebook CSV), recognised
# by content and tried before the article formats. Imported last: they import this module.
from desktop_app.importers.codebook_csv import CodebookCsvImporter  # noqa: E402
from desktop_app.importers.refi_qdc import QdcImporter  # noqa: E402
from desktop_app.importers.refi_qdpx import QdpxImporter  # noqa: E402
from desktop_app.importers.w3c import W3CImporter  # noqa: E402

IMPORTERS[:0] = [QdpxImporter(), QdcImporter(), W3CImporter(), CodebookCsvImporter()]
