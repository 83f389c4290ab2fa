"""Upgrading project files written by older Parallax versions to the current schema.

A file is migrated as plain JSON data (``dict``), one version at a time, before it is
decoded into records. Adding schema version N+1 takes three steps:

1. bump :data:`~desktop_app.storage.schema.SCHEMA_VERSION` to N+1 and change the model;
2. register one function here that turns a version-N file into a version-N+1 file::

       @migration(from_version=N)
       def _add_the_new_field(data: JsonObject) -> JsonObject:
           ...

3. add a file written by the released version N under ``tests/storage/fixtures/vN/``.

``tests/storage/test_migrations.py`` then checks that the chain is complete and that
every fixture of every released version opens.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop_app.storage.schema import SCHEMA_VERSION

JsonObject = dict[str, Any]
Migration = Callable[[JsonObject], JsonObject]

#: from_version -> function turning a file of that version into one of the next version.
MIGRATIONS: dict[int, Migration] = {}

#: The first schema version ever released; files claiming an older one are not ours.
FIRST_VERSION = 1


class MigrationError(ValueError):
    """A file whose version cannot be brought up to date."""


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register ``function`` as the step from ``from_version`` to ``from_version + 1``."""

    def register(function: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"two migrations from schema version {from_version}")
        MIGRATIONS[from_version] = function
        return function

    return register


def migrate(
    data: JsonObject,
    version: int,
    *,
    current: int = SCHEMA_VERSION,
    steps: Mapping[int, Migration] | None = None,
) -> JsonObject:
    """``data`` (a file of schema ``version``) upgraded to schema ``current``.

    Each step receives the output of the previous one; the result carries
    ``schema_version = current``. Raises :class:`MigrationError` for a version older than
    the first release or a gap in the chain. ``steps`` defaults to :data:`MIGRATIONS`.
    """
    chain = MIGRATIONS if steps is None else steps
    if version < FIRST_VERSION:
        raise MigrationError(f"schema version {version} was never released")
    if version > current:
        raise MigrationError(f"schema version {version} is newer than {current}")
    for step in range(version, current):
        if step not in chain:
            raise MigrationError(f"no migration from schema version {step} to {step + 1}")
        data = chain[step](dict(data))
        data["schema_version"] = step + 1
    return data


def missing_steps(current: int = SCHEMA_VERSION) -> list[int]:
    """Versions between the first release and ``current`` that have no migration."""
    return [v for v in range(FIRST_VERSION, current) if v not in MIGRATIONS]


@migration(from_version=1)
def _assignment_and_link_annotators(data: JsonObject) -> JsonObject:
    """Version 2 adds the optional ``assignment`` record and an ``annotator`` on links.

    A version-1 file is no assignment, and who made its links was never recorded, so
    both are written as unknown (null); nothing else changes meaning.
    """
    data.setdefault("assignment", None)
    links = data.get("links")
    if isinstance(links, list):
        data["links"] = [
            {**link, "annotator": None}
            if isinstance(link, dict) and "annotator" not in link
            else link
            for link in links
        ]
    return data
