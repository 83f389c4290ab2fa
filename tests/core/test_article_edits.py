"""Article edits: metadata, pasted text, removal with annotations and links, and undo."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.article_edits import (
    annotation_counts,
    edit_metadata,
    paste_article,
    remove_article,
    title_from_text,
)
from desktop_app.core.edits import Replace
from desktop_app.core.project import Change, Project
from tests.storage.builders import build_project


def snapshot(project: Project) -> tuple[list[bytes], ...]:
    """Every record list of a project, encoded in order."""
    return tuple(
        [msgspec.json.encode(r) for r in records]
        for records in (
            project.articles,
            project.codes,
            project.annotators,
            project.annotations,
            project.links,
        )
    )


def placed(project: Project, article_id: str) -> set[str]:
    """Ids the interval index finds anywhere in an article."""
    length = len(project.articles[article_id].text)
    return {a.id for a in project.annotations_in(article_id, 0, length)}


def test_metadata_edit_is_one_replace_and_undoes() -> None:
    project = build_project(annotations=4, articles=2)
    article = project.articles.at(0)
    edit = edit_metadata(
        project,
        article.id,
        title="  New title ",
        outlet="The Diplomat",
        date="2025-11-06",
        date_kind="event",
        url="https://example.org/a",
        language="en",
        author="A. Writer",
    )
    assert isinstance(edit, Replace)
    edit.apply(project)
    changed = project.articles[article.id]
    assert (changed.title, changed.outlet, changed.date_kind) == (
        "New title",
        "The Diplomat",
        "event",
    )
    assert changed.text == article.text
    assert changed.sha256 == article.sha256
    edit.revert(project)
    assert project.articles[article.id] == article


def test_metadata_edit_without_change_is_none_and_empty_title_is_kept() -> None:
    project = build_project(annotations=0, articles=1)
    article = project.articles.at(0)
    assert edit_metadata(project, article.id, title=article.title, outlet="") is None
    assert edit_metadata(project, article.id, title="   ") is None


def test_metadata_edit_refuses_unknown_fields_and_kinds() -> None:
    project = build_project(annotations=0, articles=1)
    article_id = project.articles.at(0).id
    with pytest.raises(ValueError, match="text"):
        edit_metadata(project, article_id, text="rewritten")
    with pytest.raises(ValueError, match="date_kind"):
        edit_metadata(project, article_id, date_kind="sometime")


@given(st.text(min_size=1, max_size=400))
@settings(max_examples=200)
def test_a_title_is_one_short_nonblank_line(text: str) -> None:
    title = title_from_text(text)
    assert title
    assert "\n" not in title
    assert "\r" not in title
    assert len(title) <= 121
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first and len(" ".join(first.split())) <= 120:
        assert title == " ".join(first.split())


def test_a_long_first_line_is_cut_at_a_word() -> None:
    line = "Kazakhstan joins the Abraham Accords " * 8
    title = title_from_text(line + "\nbody")
    assert title.endswith("…")
    assert len(title) <= 121
    assert line.startswith(title[:-1])


def test_pasted_text_becomes_a_canonical_article() -> None:
    project = build_project(annotations=0, articles=1)
    edit = paste_article(project, "\ufeffHeadline here\r\n\r\nCafe\u0301 body.\r\n")
    assert edit is not None
    edit.apply(project)
    article = project.articles.at(1)
    assert article.title == "Headline here"
    assert article.text == "Headline here\n\nCafé body.\n"
    assert article.source_format == "text/plain"
    assert paste_article(project, " \n\t ") is None


def test_removing_an_article_takes_its_annotations_and_links_and_undo_restores_all() -> None:
    project = build_project(annotations=30, articles=3, seed=7)
    linked = project.links.at(0)
    article_id = project.annotations[linked.source].article
    before = snapshot(project)
    placed_before = placed(project, article_id)
    counts = annotation_counts(project)
    assert counts[article_id] == len(project.annotations_of(article_id)) > 0

    edit = remove_article(project, article_id)
    edit.apply(project)
    assert article_id not in project.articles
    assert not project.annotations_of(article_id)
    assert linked.id not in project.links
    assert len(project.annotations) == 30 - counts[article_id]

    edit.revert(project)
    assert snapshot(project) == before
    assert placed(project, article_id) == placed_before


@given(st.integers(0, 2), st.integers(0, 40), st.integers(0, 10_000))
@settings(max_examples=40, deadline=None)
def test_removing_any_article_then_undoing_restores_the_project(
    which: int, annotations: int, seed: int
) -> None:
    project = build_project(annotations=annotations, articles=3, text_size=800, seed=seed)
    article_id = project.articles.at(which).id
    before = snapshot(project)
    removed: list[Change] = []
    project.changed.connect(removed.append)
    edit = remove_article(project, article_id)
    edit.apply(project)
    assert removed[-1].kind == "removed"
    assert removed[-1].record.id == article_id
    assert annotation_counts(project) == {
        a.id: len(project.annotations_of(a.id)) for a in project.articles
    }
    edit.revert(project)
    assert snapshot(project) == before
