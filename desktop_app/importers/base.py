"""What every importer shares: the :class:`Imported` bundle, the :class:`Importer` protocol,
the :data:`Progress` callback and the errors (:class:`ImportFailed`, :class:`ImportCancelled`).

``importers.registry`` lists the importers; each importer module imports only this one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeAlias

from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Article, Code, Link, Rejection

#: Bytes of a file's start handed to ``recognizes``.
HEAD_BYTES = 4096


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
    rejections: list[Rejection] = field(default_factory=list)
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
