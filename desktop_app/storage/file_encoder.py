"""Encoding project files, re-encoding only the records that changed since the last time.

The layout (see ``project_file.encode``): top-level keys on lines of their own, indented
by two spaces; the project record, annotators, codes and articles indented further, one
field per line; annotations and links one record per line. Records are immutable msgspec
structs, so a record that *is* the object encoded last time still has the same bytes: a
:class:`RecordCache` keeps each record's encoded piece, keyed by id and checked by
identity, and a save after one edit encodes one record and copies the rest.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter, is_not
from typing import Any, cast

import msgspec

from desktop_app.core.project import Project
from desktop_app.storage.schema import ProjectFile

_ENCODER = msgspec.json.Encoder()
_ID = attrgetter("id")

#: Sections written one record per line: the many, small records. A change to one
#: annotation is then a one-line diff, and the file stays compact (and fast to write).
ONE_PER_LINE = frozenset({"annotations", "links", "rejections"})
#: Sections written only when they hold something (files without them stay as they were).
OPTIONAL = frozenset({"rejections"})
#: What goes before each record of a one-per-line section but the first.
_LINE_SEPARATOR = b",\n    "
#: What goes before each indented record (annotator, code, article) but the first.
_BLOCK_SEPARATOR = b",\n"


class RecordCache:
    """Each record's encoded piece of the file, reused while the record is the same object.

    Keyed by record id, so replacing a record overwrites its entry; entries of records
    that left the project are dropped once they add up. Each section's last list of records
    and pieces is kept too: when a section has as many records as last time, one pass
    comparing them by position finds the few that changed (an edit replaces a record in
    place), and the rest of the pieces are copied as a list. One encode at a time uses a
    cache (a lock guards it), so a save and an autosave on a worker thread may share one.
    """

    def __init__(self) -> None:
        self._records: dict[str, object] = {}
        self._pieces: dict[str, bytes] = {}
        #: Section name -> (its records, their pieces) as last encoded.
        self._last: dict[str, tuple[Sequence[Any], list[bytes]]] = {}
        self._lock = threading.Lock()
        #: How many records the last encode had to encode (the rest were reused).
        self.last_encoded = 0

    def __len__(self) -> int:
        return len(self._records)

    def pieces(
        self,
        records: Sequence[Any],
        encode_many: Callable[[list[Any]], list[bytes]],
        section: str | None = None,
    ) -> list[bytes]:
        """The encoded piece of each record, encoding (with ``encode_many``) only the
        records not cached as they are; ``section`` names the list, for the positional
        comparison with its last version (see the class).

        Both ways run as C-level passes (``map``, ``compress``), not a Python loop: at
        10,000 annotations that is what a save or an autosave after one edit costs.
        """
        last = self._last.get(section) if section is not None else None
        if section is not None and last is not None and len(last[0]) == len(records):
            before, before_pieces = last
            moved = list(compress(range(len(records)), map(is_not, records, before)))
            if len(moved) <= len(records) // 8:
                found = before_pieces.copy()
                if moved:
                    fresh = self._by_id([records[at] for at in moved], encode_many)
                    for at, piece in zip(moved, fresh, strict=True):
                        found[at] = piece
                self._last[section] = (list(records), found)  # a copy: lists may change
                return found
        found = self._by_id(records, encode_many)
        if section is not None:
            self._last[section] = (list(records), found)
        return found

    def _by_id(
        self, records: Sequence[Any], encode_many: Callable[[list[Any]], list[bytes]]
    ) -> list[bytes]:
        """The pieces of ``records`` looked up by id (and identity), encoding the rest."""
        known, encoded = self._records, self._pieces
        ids = list(map(_ID, records))
        found = list(map(encoded.get, ids))
        stale_at = list(compress(range(len(ids)), map(is_not, map(known.get, ids), records)))
        if stale_at:
            stale = [records[at] for at in stale_at]
            for at, record, piece in zip(stale_at, stale, encode_many(stale), strict=True):
                known[record.id] = record
                encoded[record.id] = found[at] = piece
            self.last_encoded += len(stale)
        return cast("list[bytes]", found)

    def forget_all_but(self, live_ids: set[str]) -> None:
        """Drop the entries of records that are not in ``live_ids``."""
        self._records = {key: value for key, value in self._records.items() if key in live_ids}
        self._pieces = {key: value for key, value in self._pieces.items() if key in live_ids}
        self._last.clear()


_CACHES: weakref.WeakKeyDictionary[Project, RecordCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def cache_for(project: Project) -> RecordCache:
    """The record cache of ``project``, kept for as long as the project lives."""
    with _CACHES_LOCK:
        cache = _CACHES.get(project)
        if cache is None:
            cache = _CACHES[project] = RecordCache()
        return cache


def encode_file(data: ProjectFile, cache: RecordCache | None = None) -> bytes:
    """The file's bytes (see ``project_file.encode``), reusing what ``cache`` holds."""
    return b"".join(file_chunks(data, cache))


def file_chunks(data: ProjectFile, cache: RecordCache | None = None) -> list[bytes | memoryview]:
    """The file's bytes in pieces, in order (joined, they are :func:`encode_file`)."""
    cache = cache if cache is not None else RecordCache()
    with cache._lock:
        cache.last_encoded = 0
        chunks = _chunks(data, cache)
        live = sum(len(value) for value in _sections(data).values()) + 1
        if len(cache) > live + 64 + live // 4:
            cache.forget_all_but(_live_ids(data))
    return chunks


def _chunks(data: ProjectFile, cache: RecordCache) -> list[bytes | memoryview]:
    chunks: list[bytes | memoryview] = [b"{\n"]
    fields = tuple(
        name for name in data.__struct_fields__ if name not in OPTIONAL or getattr(data, name)
    )
    for position, name in enumerate(fields):
        value = getattr(data, name)
        end = b",\n" if position < len(fields) - 1 else b"\n"
        chunks.append(b'  "' + name.encode() + b'": ')
        if isinstance(value, list):
            if not value:
                chunks += [b"[]", end]
                continue
            if name in ONE_PER_LINE:
                encode_many, opening, separator = _encode_lines, b"[\n    ", _LINE_SEPARATOR
            else:
                encode_many, opening, separator = _encode_blocks, b"[\n", _BLOCK_SEPARATOR
            # Not records (a list of something else)? Then encoded every time.
            cached = _has_id(value[0])
            pieces = cache.pieces(value, encode_many, name) if cached else encode_many(value)
            chunks += [opening, memoryview(pieces[0])[len(separator) :]]
            chunks += pieces[1:]
            chunks += [b"\n  ]", end]
        elif isinstance(value, msgspec.Struct):
            top = cache.pieces([value], _encode_top_record) if _has_id(value) else None
            chunks += [*(top or _encode_top_record([value])), end]
        else:
            chunks += [_ENCODER.encode(value), end]
    chunks.append(b"}\n")
    return chunks


def _has_id(item: object) -> bool:
    """True for a record: a struct with a string ``id`` (what the cache is keyed by)."""
    return isinstance(getattr(item, "id", None), str)


def _sections(data: ProjectFile) -> dict[str, list[Any]]:
    return {
        name: value
        for name in data.__struct_fields__
        if isinstance(value := getattr(data, name), list)
    }


def _live_ids(data: ProjectFile) -> set[str]:
    ids = {data.project.id}
    for records in _sections(data).values():
        ids.update(record.id for record in records if _has_id(record))
    return ids


def _encode_lines(records: list[Any]) -> list[bytes]:
    """Records of a one-per-line section, each with the separator that precedes it."""
    encode = _ENCODER.encode
    return [_LINE_SEPARATOR + encode(record) for record in records]


def _encode_blocks(records: list[Any]) -> list[bytes]:
    """Records of an indented section, each with the separator that precedes it."""
    return [_BLOCK_SEPARATOR + _indented(_ENCODER.encode(record), 4) for record in records]


def _encode_top_record(records: list[Any]) -> list[bytes]:
    """The project record: its fields indented under its key."""
    return [_indented(_ENCODER.encode(record), 2).lstrip() for record in records]


def _indented(compact: bytes, depth: int) -> bytes:
    pad = b" " * depth
    return pad + msgspec.json.format(compact, indent=2).replace(b"\n", b"\n" + pad)
