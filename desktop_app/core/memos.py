"""Memos on whole articles: the note an article carries, as an undoable edit."""

from __future__ import annotations

from datetime import datetime

import msgspec

from desktop_app.core.edits import Replace
from desktop_app.core.project import Project
from desktop_app.core.records import utc_now


def set_article_note(
    project: Project, article_id: str, note: str, *, now: datetime | None = None
) -> Replace | None:
    """Set an article's note (trailing blank lines dropped), with its time; None if unchanged."""
    article = project.articles[article_id]
    note = note.strip()
    if note == article.note:
        return None
    if not note:
        label = "Remove article note"
    else:
        label = "Edit article note" if article.note else "Add article note"
    stamped = msgspec.structs.replace(article, note=note, note_modified=now or utc_now())
    return Replace(label, article, stamped)
