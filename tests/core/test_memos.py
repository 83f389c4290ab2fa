"""Article notes as undoable edits."""

from __future__ import annotations

from desktop_app.core.memos import set_article_note
from desktop_app.core.new_records import make_article, new_project


def test_article_note_is_set_replaced_removed_and_undone() -> None:
    article = make_article("Some text.", title="A")
    project = new_project([article])
    edit = set_article_note(project, article.id, "  Memo line one\nline two\n\n")
    assert edit is not None
    assert edit.label == "Add article note"
    edit.apply(project)
    assert project.articles[article.id].note == "Memo line one\nline two"
    assert set_article_note(project, article.id, "Memo line one\nline two ") is None
    change = set_article_note(project, article.id, "Another memo")
    assert change is not None
    assert change.label == "Edit article note"
    removal = set_article_note(project, article.id, "   ")
    assert removal is not None
    assert removal.label == "Remove article note"
    edit.revert(project)
    assert project.articles[article.id] == article


def test_article_note_records_when_it_was_written() -> None:
    from datetime import UTC, datetime

    from desktop_app.core.memos import set_article_note
    from desktop_app.core.new_records import make_article, new_project

    project = new_project([make_article("Text.", title="A")])
    article = project.articles.at(0)
    when = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
    edit = set_article_note(project, article.id, "Framing: security first", now=when)
    assert edit is not None
    edit.apply(project)
    assert project.articles[article.id].note_modified == when
    edit.revert(project)
    assert project.articles[article.id].note_modified is None
