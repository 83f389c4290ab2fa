"""New records: a fresh project (default codebook, one annotator), an article from text."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.core.records import Annotator, Article, new_id
from desktop_app.core.text import canonicalize, sha256_hex


def make_article(
    raw_text: str, *, title: str, article_id: str | None = None, **metadata: str
) -> Article:
    """An article whose text is ``raw_text`` in canonical form, with its hash."""
    text = canonicalize(raw_text)
    return Article(
        id=article_id or new_id(),
        title=title,
        text=text,
        sha256=sha256_hex(text),
        **metadata,  # type: ignore[arg-type]
    )


def default_annotator_name() -> str:
    """The name new projects record as their first annotator: the user's login name."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "Reader"


def new_project(
    articles: Iterable[Article], *, annotator_name: str = "", title: str = ""
) -> Project:
    """A project with the default codebook, one annotator and the given articles."""
    project = Project(codes=DEFAULT_CODES, articles=articles)
    if title:
        import msgspec

        project.info = msgspec.structs.replace(project.info, title=title)
    if annotator_name:
        project.annotators._insert(Annotator(id=new_id(), name=annotator_name))
    return project
