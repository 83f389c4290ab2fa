"""The bundled sample articles, with their metadata."""

from __future__ import annotations

import msgspec

from desktop_app.core.factory import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Article, DateKind
from desktop_app.paths import resource


class _SampleEntry(msgspec.Struct):
    id: str
    file: str
    title: str
    outlet: str = ""
    author: str = ""
    date: str = ""
    date_kind: DateKind = "published"
    language: str = ""


class _Samples(msgspec.Struct):
    articles: list[_SampleEntry]


def sample_articles() -> list[Article]:
    """The two sample articles, in display order (ids are fixed across projects)."""
    folder = resource("samples")
    listing = msgspec.json.decode((folder / "samples.json").read_bytes(), type=_Samples)
    return [
        make_article(
            (folder / entry.file).read_text(encoding="utf-8"),
            article_id=entry.id,
            title=entry.title,
            outlet=entry.outlet,
            author=entry.author,
            date=entry.date,
            date_kind=entry.date_kind,
            language=entry.language,
            source_file=entry.file,
            source_format="text/plain",
        )
        for entry in listing.articles
    ]


def sample_project() -> Project:
    """A new, untitled project holding the bundled sample articles."""
    from desktop_app.core.factory import default_annotator_name, new_project

    return new_project(sample_articles(), annotator_name=default_annotator_name())
