"""Which importer reads a file: each recognises files by name and content.

An importer turns a file into an :class:`Imported` bundle (articles, codes, annotations…);
``core.merge.merge_imported`` turns a bundle into one undoable edit of a project, so the
CLI and the UI add imported material the same way. Importers are tried in
:data:`IMPORTERS` order; the first whose ``recognizes`` says yes reads the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Article, Code

#: Bytes of a file's start handed to ``recognizes``.
HEAD_BYTES = 4096


class ImportFailed(Exception):
    """A file that cannot be imported; the message names the file and the reason."""


@dataclass
class Imported:
    """What one file contributes to a project."""

    articles: list[Article] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    annotators: list[Annotator] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Importer(Protocol):
    """Reads one kind of file."""

    #: Shown to users ("Plain text", "W3C Web Annotation collection"…).
    name: str
    #: File name patterns for the open dialog ("*.txt").
    patterns: tuple[str, ...]

    def recognizes(self, path: Path, head: bytes) -> bool:
        """True when this importer reads ``path`` (``head`` is its first bytes)."""

    def read(self, path: Path, project: Project) -> Imported:
        """Read the file; ``project`` is the target (for matching codes and articles).

        Raises :class:`ImportFailed` with a user-facing reason.
        """


class _PlainText:
    name = "Plain text"
    patterns = ("*.txt", "*.text")

    def recognizes(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() in (".txt", ".text", "")

    def read(self, path: Path, project: Project) -> Imported:
        from desktop_app.importers.plain_text import ImportError_, read_article

        try:
            return Imported(articles=[read_article(path)])
        except ImportError_ as error:
            raise ImportFailed(str(error)) from None
        except OSError as error:
            raise ImportFailed(f"{path.name}: {error.strerror or error}") from None


IMPORTERS: list[Importer] = [_PlainText()]


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
