"""Project files on disk for the safety tests: tagged samples, opened like a user opens them."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.operations import toggle_tag
from desktop_app.core.project import Project
from desktop_app.importers.samples import sample_project
from desktop_app.storage import project_file
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import FakePrompter

#: Passages of the first sample article that the tests tag.
PASSAGES = (
    "Lillis emphasizes that the decision is driven primarily by Kazakhstan’s desire",
    "a central focus of the White House summit",
)


def tag_words(project: Project, count: int, *, article: int = 0, tag: int = 0) -> list[str]:
    """Tag ``count`` separate words of an article; returns the new annotations' ids."""
    article_record = project.articles.at(article)
    code = project.codes.at(tag)
    text = article_record.text
    before = set(project.annotations.ids())
    start = 0
    for _ in range(count):
        start = text.index(" ", start) + 1
        end = text.index(" ", start)
        edit = toggle_tag(project, article_record.id, start, end, code.id)
        assert edit is not None
        edit.apply(project)
        start = end
    return [i for i in project.annotations.ids() if i not in before]


def tagged_sample(count: int = 6) -> Project:
    """The sample project with ``count`` annotations."""
    project = sample_project()
    tag_words(project, count)
    return project


def write_project(project: Project, path: Path) -> Path:
    """Save ``project`` to ``path`` (a file as Parallax writes it)."""
    project_file.save(project, path)
    return path


def open_from_menu(window: MainWindow, prompter: FakePrompter, path: Path) -> None:
    """File ▸ Open, answering the file dialog with ``path``."""
    prompter.open_paths.append(path)
    window.commands["file.open"].trigger()


def tag_in_window(window: MainWindow, passage: str = PASSAGES[1]) -> str:
    """Tag a passage of a sample article through the window's undo stack; the annotation id."""
    project = window.document.project
    article = next(a for a in project.articles if passage in a.text)
    start = article.text.index(passage)
    edit = toggle_tag(project, article.id, start, start + len(passage), project.codes.at(1).id)
    window.document.push(edit)
    found = project.annotation_with_span(article.id, start, start + len(passage))
    assert found is not None
    return found.id
