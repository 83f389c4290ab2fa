"""Memos on whole articles: the note an article carries, as an undoable edit."""

from __future__ import annotations

import msgspec

from desktop_app.core.edits import Replace
from desktop_app.core.project import Project


def set_article_note(project: Project, article_id: str, note: str) -> Replace | None:
    """Set an article's note (trailing blank lines dropped); None when it is unchanged."""
    article = project.articles[article_id]
    note = note.strip()
    if note == article.note:
        return None
    if not note:
        label = "Remove article note"
    else:
        label = "Edit article note" if article.note else "Add article note"
    return Replace(label, article, msgspec.structs.replace(article, note=note))
