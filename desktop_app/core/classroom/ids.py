"""Stable ids for conflict copies and anonymous coders, and the conflict record."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import msgspec

# A fixed namespace: the id of a conflict copy depends only on the record it copies.
_NAMESPACE = uuid.UUID("5b0e3c52-8f1e-4a53-9d57-2f6c1f1c0a15")


def derived_id(record: msgspec.Struct) -> str:
    """A UUID (version 5) computed from the record's whole content, its id included."""
    return str(uuid.uuid5(_NAMESPACE, msgspec.json.encode(record).decode()))


def file_annotator_id(source: str) -> str:
    """The annotator id standing for "whoever made this file's unattributed annotations"."""
    return str(uuid.uuid5(_NAMESPACE, f"file:{source}"))


@dataclass(frozen=True, slots=True)
class Conflict:
    """One id with two different versions: both kept (the second under ``kept_as``)."""

    section: str
    record_id: str
    kept_as: str | None
    message: str

    def describe(self) -> str:
        """One line for stderr or a dialog."""
        copy = f"; the other version kept as {self.kept_as}" if self.kept_as else ""
        return f"{self.section} {self.record_id}: {self.message}{copy}"
