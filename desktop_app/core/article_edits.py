"""Edits of a project's articles: metadata, pasting text as an article, removing an article."""

from __future__ import annotations

import msgspec

from desktop_app.core.annotation_edits import remove_annotations
from desktop_app.core.edits import Compound, Edit, Insert, Remove, Replace
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Article
from desktop_app.core.text import canonicalize, replace_lone_surrogates

#: The metadata fields a user edits (everything but the id, text, hash and provenance).
METADATA_FIELDS = ("title", "outlet", "author", "date", "date_kind", "url", "language")
#: Longest title taken from a pasted text's first line before it is shortened.
MAX_TITLE = 120


def edit_metadata(project: Project, article_id: str, **fields: str) -> Edit | None:
    """One :class:`Replace` of an article with new metadata; None when nothing changes.

    ``fields`` are among :data:`METADATA_FIELDS`; values are stripped, and an empty title
    keeps the old one (an article always has a title).
    """
    unknown = set(fields) - set(METADATA_FIELDS)
    if unknown:
        raise ValueError(f"not editable article fields: {', '.join(sorted(unknown))}")
    old = project.articles[article_id]
    changes = {name: value.strip() for name, value in fields.items()}
    if not changes.get("title", old.title):
        changes["title"] = old.title
    if changes.get("date_kind", old.date_kind) not in ("published", "event"):
        raise ValueError(f"date_kind must be 'published' or 'event', not {changes['date_kind']!r}")
    new = msgspec.structs.replace(old, **changes)
    if new == old:
        return None
    return Replace(f"Edit details of “{new.title}”", old, new)


def title_from_text(text: str, limit: int = MAX_TITLE) -> str:
    """A title from a text's first non-blank line, shortened at a word boundary if long."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = " ".join(first.split())
    if len(first) <= limit:
        return first or "Untitled"
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.-–—")
    return (cut or first[:limit]) + "…"


def paste_article(project: Project, text: str) -> Edit | None:
    """Insert an article made of ``text`` (titled by its first line); None when it is blank."""
    if not text.strip():
        return None
    title = title_from_text(canonicalize(text))
    article = make_article(text, title=title, source_format="text/plain")
    label = f"Paste “{article.title}” as an article"
    replaced = replace_lone_surrogates(text)[1]  # canonicalize made them U+FFFD: say so
    if replaced:
        plural = "s" if replaced != 1 else ""
        label += f" ({replaced} character{plural} no file can hold replaced by U+FFFD)"
    return Insert(label, article)


def remove_article(project: Project, article_id: str) -> Edit:
    """One undoable step removing an article, its annotations, the links touching them and
    the compare suggestions rejected for it.

    Links go first, then annotations (each list from its last row up, so every recorded row
    is right when the step is undone), then rejections (likewise), then the article.
    """
    article: Article = project.articles[article_id]
    annotations = [a for a in project.annotations if a.article == article_id]
    edits = remove_annotations(project, annotations)
    rejections = [r for r in project.rejections if article_id in (r.article_a, r.article_b)]
    edits += [
        Remove.of(project, rejection, "")
        for rejection in sorted(
            rejections, key=lambda r: project.rejections.row(r.id), reverse=True
        )
    ]
    edits.append(Remove.of(project, article, ""))
    return Compound(f"Remove article “{article.title}”", tuple(edits))


def annotation_counts(project: Project) -> dict[str, int]:
    """How many annotations each article has (articles without any map to 0)."""
    counts = dict.fromkeys(project.articles.ids(), 0)
    for annotation in project.annotations:
        if annotation.article in counts:
            counts[annotation.article] += 1
    return counts
