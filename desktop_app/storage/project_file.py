"""Reading and writing project files.

``save`` encodes a :class:`~desktop_app.core.project.Project` and replaces the file
atomically; ``load`` decodes and validates a file into a project. Problems are raised as
:class:`ProjectFileError` carrying where they are (line and column, JSON path), never as a
bare traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import msgspec

from desktop_app import __version__
from desktop_app.core.project import Project
from desktop_app.storage.atomic import write_atomic
from desktop_app.storage.schema import FORMAT_NAME, SCHEMA_VERSION, Envelope, ProjectFile

_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(ProjectFile)
_ENVELOPE = msgspec.json.Decoder(Envelope)
_BYTE_POSITION = re.compile(r"\(byte (\d+)\)")
_JSON_PATH = re.compile(r"at `(\$[^`]*)`")


@dataclass(frozen=True)
class ProjectFileError(Exception):
    """A project file that cannot be read, with where and why."""

    path: Path
    reason: str
    line: int | None = None
    column: int | None = None
    json_path: str | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f", line {self.line}, column {self.column}"
        if self.json_path:
            where += f", at {self.json_path}"
        return f"{where}: {self.reason}"


class NewerVersionError(ProjectFileError):
    """The file was written by a newer Parallax, with a schema this build does not know."""


def to_file(project: Project) -> ProjectFile:
    """The file struct for a project (records in project order)."""
    return ProjectFile(
        generator=f"Parallax {__version__}",
        project=project.info,
        annotators=list(project.annotators),
        codebook=list(project.codes),
        articles=list(project.articles),
        annotations=list(project.annotations),
        links=list(project.links),
    )


def from_file(data: ProjectFile) -> Project:
    """The project a decoded file describes."""
    return Project(
        info=data.project,
        annotators=data.annotators,
        codes=data.codebook,
        articles=data.articles,
        annotations=data.annotations,
        links=data.links,
    )


def encode(project: Project) -> bytes:
    """The project as indented JSON bytes, ending in a newline."""
    return msgspec.json.format(_ENCODER.encode(to_file(project)), indent=2) + b"\n"


def save(project: Project, path: Path | str) -> None:
    """Write ``project`` to ``path`` atomically, keeping the previous file as ``path~``."""
    write_atomic(Path(path), encode(project))


def load(path: Path | str) -> Project:
    """Read and validate a project file.

    Raises :class:`ProjectFileError` (or :class:`NewerVersionError`) with the location of
    the first problem; ``OSError`` for a file that cannot be read at all.
    """
    path = Path(path)
    return decode(path.read_bytes(), path)


def decode(raw: bytes, path: Path) -> Project:
    """Decode file contents read from ``path`` (used for error locations)."""
    try:
        envelope = _ENVELOPE.decode(raw)
    except msgspec.DecodeError as error:
        raise _located(error, raw, path) from None
    if envelope.format != FORMAT_NAME:
        raise ProjectFileError(path, f"not a Parallax project (format is {envelope.format!r})")
    if envelope.schema_version is not None and envelope.schema_version > SCHEMA_VERSION:
        raise NewerVersionError(
            path,
            f"written with schema version {envelope.schema_version}; this Parallax reads up to "
            f"version {SCHEMA_VERSION}",
        )
    try:
        data = _DECODER.decode(raw)
    except msgspec.DecodeError as error:
        raise _located(error, raw, path) from None
    try:
        return from_file(data)
    except ValueError as error:
        raise ProjectFileError(path, str(error)) from None


def _located(error: msgspec.DecodeError, raw: bytes, path: Path) -> ProjectFileError:
    message = str(error)
    line = column = None
    if match := _BYTE_POSITION.search(message):
        line, column = line_column(raw, int(match.group(1)))
        message = _BYTE_POSITION.sub("", message).strip()
    json_path = None
    if match := _JSON_PATH.search(message):
        json_path = match.group(1)
        message = message[: match.start()].strip().rstrip("-").strip()
    return ProjectFileError(path, message or "malformed file", line, column, json_path)


def line_column(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` in UTF-8 ``raw``."""
    before = raw[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column
