"""The on-disk shape of a project file (format ``parallax-project``).

One JSON object, keys in a fixed order, two-space indentation, items in project order:
human-readable and friendly to diffs and version control. The records themselves are the
domain records of ``core.records``; this module only adds the envelope.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from desktop_app.core.records import Annotation, Annotator, Article, Code, Link, ProjectInfo

FORMAT_NAME = "parallax-project"
#: The schema version this build writes. Bump it with a migration in ``storage.migrations``.
SCHEMA_VERSION = 1
#: File name extension of project files (JSON inside).
EXTENSION = ".parallax.json"


class ProjectFile(msgspec.Struct, kw_only=True):
    """The whole file."""

    format: Literal["parallax-project"] = FORMAT_NAME
    schema_version: Annotated[int, msgspec.Meta(ge=1)] = SCHEMA_VERSION
    generator: str = ""
    project: ProjectInfo
    annotators: list[Annotator] = []
    codebook: list[Code] = []
    articles: list[Article] = []
    annotations: list[Annotation] = []
    links: list[Link] = []


class Envelope(msgspec.Struct):
    """Just enough of a file to tell what it is before decoding the rest."""

    format: str | None = None
    schema_version: int | None = None
