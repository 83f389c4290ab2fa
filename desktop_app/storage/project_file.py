"""Reading and writing project files.

``save`` encodes a :class:`~desktop_app.core.project.Project` and replaces the file
atomically; ``load`` decodes and validates a file into a project, migrating files of older
schema versions. Problems are raised as :class:`ProjectFileError` carrying where they are
(line and column, JSON path), never as a bare traceback. ``storage.validation`` is the
forgiving counterpart that salvages what it can and lists every problem.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from desktop_app import __version__
from desktop_app.core.project import Project
from desktop_app.core.records import Article
from desktop_app.core.text import REPLACEMENT, sha256_hex
from desktop_app.storage.atomic import write_atomic
from desktop_app.storage.file_encoder import RecordCache, cache_for, file_chunks
from desktop_app.storage.json_text import (
    MAX_JSON_DEPTH,
    nesting_exceeds,
    replace_lone_surrogate_escapes,
)
from desktop_app.storage.migrations import MigrationError, migrate
from desktop_app.storage.record_errors import failing_path, without_location
from desktop_app.storage.schema import FORMAT_NAME, SCHEMA_VERSION, Envelope, ProjectFile
from desktop_app.storage.utf8 import first_invalid_byte
from desktop_app.storage.watch import DiskState, Sha256Digest

_DECODER = msgspec.json.Decoder(ProjectFile)
_ENVELOPE = msgspec.json.Decoder(Envelope)
#: Largest project file read (100,000 annotations take about 60 MB).
MAX_PROJECT_BYTES = 1024 * 1024 * 1024
_BYTE_POSITION = re.compile(r"\(byte (\d+)\)")


@dataclass(eq=False)  # not frozen: raising sets __traceback__ (and contextlib does too)
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


@dataclass(frozen=True)
class LoadedFile:
    """A decoded project file and what the caller must know about its version."""

    project: Project
    #: The schema version the file was written with.
    schema_version: int
    #: True for a file of a newer schema: only the fields this build knows were read, so
    #: saving over it would lose data; open it read-only (Save As is fine).
    read_only: bool = False
    #: The file's fingerprint when it was read (for ``watch.changed_on_disk``).
    disk_state: DiskState | None = None
    #: Lone surrogates (``\\ud800``, text no UTF-8 file can hold) replaced by U+FFFD.
    replaced_surrogates: int = 0

    @property
    def migrated(self) -> bool:
        """True when the file was written with an older schema and upgraded on reading."""
        return self.schema_version < SCHEMA_VERSION


def to_file(project: Project) -> ProjectFile:
    """The file struct for a project (records in project order)."""
    return ProjectFile(
        schema_version=SCHEMA_VERSION,
        generator=f"Parallax {__version__}",
        project=project.info,
        assignment=project.assignment,
        annotators=list(project.annotators),
        codebook=list(project.codes),
        articles=list(project.articles),
        annotations=list(project.annotations),
        links=list(project.links),
        rejections=list(project.rejections),
    )


def from_file(data: ProjectFile) -> Project:
    """The project a decoded file describes."""
    return Project(
        info=data.project,
        assignment=data.assignment,
        annotators=data.annotators,
        codes=data.codebook,
        articles=data.articles,
        annotations=data.annotations,
        links=data.links,
        rejections=data.rejections,
    )


def encode(project: Project) -> bytes:
    """The project as JSON bytes, laid out for people and for diffs, ending in a newline.

    Top-level keys stand on lines of their own, indented by two spaces; the project
    record, annotators, codes and articles are indented further, one field per line;
    annotations and links take one line each. Keys keep the model's order. Records
    unchanged since the project was last encoded are not encoded again (see
    ``storage.file_encoder``).
    """
    return b"".join(encode_chunks(project))


def encode_chunks(project: Project) -> list[bytes | memoryview]:
    """:func:`encode`'s bytes in pieces, in order: a save writes them as they are (one
    ``writev`` per thousand pieces) instead of first copying them into one buffer."""
    return file_chunks_safely(to_file(project), cache_for(project))


def encode_file_safely(file: ProjectFile, cache: RecordCache) -> bytes:
    """``storage.file_encoder.encode_file``, never failing on text UTF-8 cannot hold.

    A lone surrogate that got past the entry points (however the encoder reports it) is
    replaced by U+FFFD in a copy, so a save or a recovery copy is always written.
    """
    return b"".join(file_chunks_safely(file, cache))


def file_chunks_safely(file: ProjectFile, cache: RecordCache) -> list[bytes | memoryview]:
    """:func:`encode_file_safely` in pieces (see :func:`encode_chunks`)."""
    try:
        return file_chunks(file, cache)
    except Exception:
        from desktop_app.core.surrogates import scrub

        cleaned, _count = scrub(file)
        return file_chunks(cleaned, RecordCache())


def save(project: Project, path: Path | str) -> DiskState:
    """Write ``project`` to ``path`` atomically, keeping the previous file as ``path~``.

    Returns the written file's fingerprint (for ``storage.watch.changed_on_disk``).
    Raises an ``OSError`` subclass naming ``path`` when the file cannot be written; the
    file on disk and its backup are then left as they were.
    """
    chunks = encode_chunks(project)
    digest = Sha256Digest(chunks)  # hashed only if ever asked for (``storage.watch``)
    write_atomic(Path(path), chunks, folder_sync_in_background=True)
    status = os.stat(path)
    return DiskState(status.st_mtime_ns, status.st_size, digest)


def load(path: Path | str, *, allow_newer: bool = False) -> Project:
    """Read and validate a project file, migrating an older schema.

    Raises :class:`ProjectFileError` (or :class:`NewerVersionError`, unless
    ``allow_newer``) with the location of the first problem; ``OSError`` for a file that
    cannot be read at all. Use :func:`read` to learn whether the file must stay read-only.
    """
    return read(path, allow_newer=allow_newer).project


def read(path: Path | str, *, allow_newer: bool = False) -> LoadedFile:
    """Like :func:`load`, with the file's schema version and whether it is read-only."""
    path = Path(path)
    raw = read_bytes(path)
    loaded = decode_file(raw, path, allow_newer=allow_newer)
    return dataclasses.replace(loaded, disk_state=DiskState.written(path, raw))


def read_bytes(path: Path, limit: int = MAX_PROJECT_BYTES) -> bytes:
    """The contents of the regular file ``path``, read only when it is one and not too large.

    A FIFO, a device (a link to ``/dev/zero``), a socket or a folder is refused before
    anything is read, and at most ``limit`` bytes are ever read, whatever the file's size
    claims: :class:`ProjectFileError` says why. ``OSError`` when the file cannot be opened.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ProjectFileError(path, "not a regular file (a folder, device, pipe or socket)")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced since the check above
            raise ProjectFileError(path, "not a regular file (a folder, device, pipe or socket)")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ProjectFileError(
            path, f"too large for a project file (over {limit // 2**20:,} MB); not opened"
        )
    return data


def refuse_if_too_deep(raw: bytes, path: Path) -> None:
    """:class:`ProjectFileError` when JSON ``raw`` nests deeper than a project file can."""
    if nesting_exceeds(raw):
        raise ProjectFileError(
            path,
            f"arrays or objects nested more than {MAX_JSON_DEPTH} levels deep: not a "
            "Parallax project (damaged or made to crash readers); not opened",
        )


def decode_file(raw: bytes, path: Path, *, allow_newer: bool = False) -> LoadedFile:
    """Decode file contents into a :class:`LoadedFile` (see :func:`read`).

    The common case, a valid file of the current version, is decoded in one pass; only
    when that fails is the envelope read to tell an older, newer or foreign file from a
    broken one. Lone surrogate escapes become U+FFFD first (counted in the result).
    """
    repair = replace_lone_surrogate_escapes(raw)
    raw = repair.raw
    with paused_gc():
        try:
            data = _DECODER.decode(raw)
            version = data.schema_version
        except (msgspec.DecodeError, UnicodeDecodeError, RecursionError, MemoryError) as error:
            refuse_if_too_deep(raw, path)
            _refuse_if_not_utf8(raw, path)
            version = check_envelope(raw, path, allow_newer=allow_newer)
            if version < SCHEMA_VERSION or not _has_version(raw):
                data = _decode_older(raw, path, version)
            else:
                raise _located(error, raw, path) from None
        else:
            if version > SCHEMA_VERSION and not allow_newer:
                raise NewerVersionError(
                    path, newer_version_message(version), json_path="$.schema_version"
                )
            if version < SCHEMA_VERSION:
                data = _decode_older(raw, path, version)
        if repair.count:
            data.articles = [_rehashed(article) for article in data.articles]
        try:
            project = from_file(data)
        except ValueError as error:
            raise ProjectFileError(path, str(error)) from None
    return LoadedFile(
        project, version, read_only=version > SCHEMA_VERSION, replaced_surrogates=repair.count
    )


def _rehashed(article: Article) -> Article:
    """``article`` with the hash of its text, if a replaced surrogate changed it."""
    if REPLACEMENT in article.text and sha256_hex(article.text) != article.sha256:
        return msgspec.structs.replace(article, sha256=sha256_hex(article.text))
    return article


def _has_version(raw: bytes) -> bool:
    try:
        return _ENVELOPE.decode(raw).schema_version is not None
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError, MemoryError):
        return False


def check_envelope(raw: bytes, path: Path, *, allow_newer: bool = False) -> int:
    """The schema version of a Parallax file; :class:`ProjectFileError` if it is not one.

    A file without ``schema_version`` is taken to be of version 1, the first release.
    """
    try:
        envelope = _ENVELOPE.decode(raw)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError, MemoryError) as error:
        refuse_if_too_deep(raw, path)
        _refuse_if_not_utf8(raw, path)
        raise _located(error, raw, path) from None
    if envelope.format != FORMAT_NAME:
        raise ProjectFileError(path, f"not a Parallax project (format is {envelope.format!r})")
    version = 1 if envelope.schema_version is None else envelope.schema_version
    if version > SCHEMA_VERSION and not allow_newer:
        raise NewerVersionError(path, newer_version_message(version), json_path="$.schema_version")
    return version


def newer_version_message(version: int) -> str:
    """What to tell a user about a file from a newer Parallax."""
    return (
        f"written with schema version {version} by a newer Parallax; this Parallax reads up "
        f"to version {SCHEMA_VERSION}, so the file opens read-only"
    )


def _decode_older(raw: bytes, path: Path, version: int) -> ProjectFile:
    upgraded: Any = None
    try:
        data: Any = msgspec.json.decode(raw)
        if isinstance(data, dict):
            data.setdefault("schema_version", version)
        upgraded = migrate(data, version)
        return msgspec.convert(upgraded, ProjectFile)
    except (msgspec.DecodeError, UnicodeDecodeError) as error:  # ValidationError is one too
        refuse_if_too_deep(raw, path)
        _refuse_if_not_utf8(raw, path)
        raise _located(error, raw, path, upgraded) from None
    except MigrationError as error:
        raise ProjectFileError(path, str(error), json_path="$.schema_version") from None
    except (RecursionError, MemoryError):
        refuse_if_too_deep(raw, path)
        raise ProjectFileError(path, "too large or too deeply nested to read") from None
    except Exception as error:  # a migration step choking on unexpected data
        reason = f"cannot migrate from schema version {version}: {error!r}"
        raise ProjectFileError(path, reason, json_path="$") from None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Decoding creates hundreds of thousands of acyclic objects; without this the collector
    runs over and over and roughly doubles the cost of loading a large project.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _refuse_if_not_utf8(raw: bytes, path: Path) -> None:
    """Raise a located :class:`ProjectFileError` if ``raw`` is not UTF-8 throughout."""
    offset = first_invalid_byte(raw)
    if offset is not None:
        raise ProjectFileError(path, "not UTF-8 text", *line_column(raw, offset))


def _located(error: Exception, raw: bytes, path: Path, value: Any = None) -> ProjectFileError:
    """A :class:`ProjectFileError` for a decode error, located without trusting its wording.

    A value that does not fit the schema is located by checking its parts
    (``storage.record_errors``; ``value`` is the decoded data when the caller has it, else
    ``raw`` is decoded again). A syntax error's byte position is read from the library's
    message when it gives one, else found by the standard JSON parser.
    """
    message = str(error)
    line = column = None
    json_path = None
    if isinstance(error, msgspec.ValidationError):
        inside = failing_path(_untyped(raw) if value is None else value, ProjectFile)
        if inside is not None:
            json_path = f"${inside}"
            message = without_location(message, inside)
    elif match := _BYTE_POSITION.search(message):
        line, column = line_column(raw, int(match.group(1)))
        message = _BYTE_POSITION.sub("", message).strip()
    if line is None and json_path is None:
        line, column = syntax_error_position(raw) or (None, None)
    return ProjectFileError(path, message or "malformed file", line, column, json_path)


def _untyped(raw: bytes) -> Any:
    """``raw`` as plain JSON values (None when it is not JSON at all)."""
    try:
        return msgspec.json.decode(raw)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError, MemoryError):
        return None


def syntax_error_position(raw: bytes) -> tuple[int, int] | None:
    """Line and column of the first JSON syntax error in UTF-8 ``raw`` (None if it parses)."""
    try:
        json.loads(raw)
    except json.JSONDecodeError as error:
        return error.lineno, error.colno
    except (ValueError, RecursionError):
        return None
    return None


def line_column(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` in UTF-8 ``raw``."""
    before = raw[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column
