"""What an export covers (all, one article, one tag) and the options every exporter takes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Article, Code

#: Namespace for ids Parallax derives (codings, notes, pages) so exports are reproducible.
DERIVED_NAMESPACE = uuid.UUID("5b0d6c1e-8f3a-4e57-9a2b-7c4d1e0f6a90")


def derived_id(*parts: str) -> str:
    """A stable UUID for something that has no id of its own (a coding, a note, a page)."""
    return str(uuid.uuid5(DERIVED_NAMESPACE, "/".join(parts)))


def utc_iso(moment: datetime) -> str:
    """``moment`` as an ``xsd:dateTime`` in UTC with a ``Z``, to the second."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


class ExportError(ValueError):
    """An export that cannot be made, with the reason in words for the user."""


@dataclass(frozen=True)
class Scope:
    """Which annotations an export holds: all, those of one article, those with one tag.

    Both may be given: then the annotations of that article carrying that tag. With a
    tag, each exported annotation carries that tag only.
    """

    article_id: str | None = None
    tag_id: str | None = None

    @property
    def key(self) -> str:
        """A short stable description ("all", "article:<id>", "tag:<id>"…)."""
        parts = []
        if self.article_id:
            parts.append(f"article:{self.article_id}")
        if self.tag_id:
            parts.append(f"tag:{self.tag_id}")
        return "+".join(parts) or "all"

    def check(self, project: Project) -> None:
        """Raise :class:`ExportError` when the scope names an article or tag not in ``project``."""
        if self.article_id is not None and self.article_id not in project.articles:
            raise ExportError(f"the project has no article {self.article_id}")
        if self.tag_id is not None and self.tag_id not in project.codes:
            raise ExportError(f"the project has no tag {self.tag_id}")

    def articles(self, project: Project) -> list[Article]:
        """The articles in scope, in project order."""
        self.check(project)
        if self.article_id is None:
            return list(project.articles)
        return [project.articles[self.article_id]]

    def annotations(self, project: Project) -> list[Annotation]:
        """The annotations in scope, in (article order, start, end, id) order.

        With a tag scope, each annotation's tags are reduced to that one tag.
        """
        self.check(project)
        article_rank = {a.id: i for i, a in enumerate(project.articles)}
        chosen = []
        for annotation in project.annotations:
            if self.article_id is not None and annotation.article != self.article_id:
                continue
            if self.tag_id is not None:
                if self.tag_id not in annotation.tags:
                    continue
                annotation = _with_tags(annotation, (self.tag_id,))
            chosen.append(annotation)
        chosen.sort(key=lambda a: (article_rank.get(a.article, 0), a.start, a.end, a.id))
        return chosen

    def codes(self, project: Project) -> list[Code]:
        """The codes in scope: all of them, or the one tag with its ancestors (top first)."""
        self.check(project)
        if self.tag_id is None:
            return list(project.codes)
        chain: list[Code] = []
        code = project.codes.get(self.tag_id)
        while code is not None and code not in chain:
            chain.insert(0, code)
            code = project.codes.get(code.parent)
        return chain

    def label(self, project: Project) -> str:
        """Words for the scope, for titles ("all annotations", "“motive”"…)."""
        parts = []
        if self.article_id:
            parts.append(f"“{project.articles[self.article_id].title}”")
        if self.tag_id:
            parts.append(f"tag “{project.codes[self.tag_id].name}”")
        return ", ".join(parts) or "all annotations"


def _with_tags(annotation: Annotation, tags: tuple[str, ...]) -> Annotation:
    import msgspec

    return msgspec.structs.replace(annotation, tags=tags)


@dataclass(frozen=True)
class ExportOptions:
    """Choices that only some formats use."""

    #: Start text files with a UTF-8 byte-order mark (Excel needs it to read UTF-8 CSV).
    bom: bool = False
    #: Write CSV cells exactly as they are (for R, pandas): see :data:`RAW_CSV_HELP`.
    raw_csv: bool = False


#: What the raw CSV choice does, in words for the export dialog and ``--help``.
RAW_CSV_HELP = (
    "raw data for R or pandas: cells are written exactly as they are. By default, a cell "
    "that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so "
    "that a spreadsheet shows it as text instead of running it as a formula"
)
