"""The on-disk shape of a project file (format ``parallax-project``).

One JSON object, keys in a fixed order, two-space indentation, items in project order:
human-readable and friendly to diffs and version control. The records themselves are the
domain records of ``core.records``; this module only adds the envelope.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Assignment,
    Code,
    Link,
    ProjectInfo,
    Rejection,
)

FORMAT_NAME: Literal["parallax-project"] = "parallax-project"
#: The schema version this build writes. Bump it with a migration in ``storage.migrations``.
SCHEMA_VERSION = 2
#: File name extension of project files (JSON inside).
EXTENSION = ".parallax.json"


class ProjectFile(msgspec.Struct, kw_only=True):
    """The whole file."""

    format: Literal["parallax-project"] = FORMAT_NAME
    #: Required: a file without it is read as version 1 (see ``project_file``).
    schema_version: Annotated[int, msgspec.Meta(ge=1)]
    generator: str = ""
    project: ProjectInfo
    #: Set when the project is an assignment (a teacher's, or a student's copy); version 2.
    assignment: Assignment | None = None
    annotators: list[Annotator] = []
    codebook: list[Code] = []
    articles: list[Article] = []
    annotations: list[Annotation] = []
    links: list[Link] = []
    #: Compare-mode suggestions turned down (optional in version 2).
    rejections: list[Rejection] = []


class Envelope(msgspec.Struct):
    """Just enough of a file to tell what it is before decoding the rest."""

    format: str | None = None
    schema_version: int | None = None


#: The JSON Schema of the current version, shipped in the package (regenerate with
#: ``python -m desktop_app.storage.schema``; a test checks it matches the model).
JSON_SCHEMA_FILE = Path(__file__).with_name("project.schema.json")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the current file format, from the model."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Parallax project file, schema version {SCHEMA_VERSION}",
    }
    schema.update(msgspec.json.schema(ProjectFile))
    return schema


def json_schema_text() -> str:
    """:func:`json_schema` as the text of the shipped file (sorted keys, indented)."""
    return json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_json_schema(path: Path = JSON_SCHEMA_FILE) -> Path:
    """Regenerate the shipped schema file from the model; returns its path."""
    path.write_text(json_schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"Wrote {write_json_schema()}")
