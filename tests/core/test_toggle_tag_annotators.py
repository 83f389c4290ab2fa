"""Tagging a span another coder tagged makes the user's own annotation, never changes theirs."""

from __future__ import annotations

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.core.records import Annotator, new_id
from desktop_app.importers.samples import sample_articles
from tests.present import present


def test_two_coders_on_one_span_keep_their_own_annotations() -> None:
    articles = sample_articles()
    project = Project(articles=articles, codes=DEFAULT_CODES)
    ada, ben = Annotator(id=new_id(), name="Ada"), Annotator(id=new_id(), name="Ben")
    project.annotators._insert(ada)
    project.annotators._insert(ben)
    article, motive = articles[0].id, DEFAULT_CODES[0].id
    toggle_tag(project, article, 0, 20, motive, annotator=ada.id).apply(project)
    toggle_tag(project, article, 0, 20, motive, annotator=ben.id).apply(project)
    assert sorted(present(a.annotator) for a in project.annotations) == sorted([ada.id, ben.id])
    assert all(a.tags == (motive,) for a in project.annotations)
    toggle_tag(project, article, 0, 20, motive, annotator=ben.id).apply(project)  # Ben's off
    [left] = list(project.annotations)
    assert left.annotator == ada.id


def test_unattributed_work_is_taken_over_and_no_annotator_means_any() -> None:
    articles = sample_articles()
    project = Project(articles=articles, codes=DEFAULT_CODES)
    article, motive, reaction = articles[0].id, DEFAULT_CODES[0].id, DEFAULT_CODES[1].id
    toggle_tag(project, article, 0, 20, motive).apply(project)
    toggle_tag(project, article, 0, 20, reaction, annotator=new_id()).apply(project)
    [one] = list(project.annotations)
    assert one.tags == (motive, reaction)
    toggle_tag(project, article, 0, 20, reaction).apply(project)
    assert next(iter(project.annotations)).tags == (motive,)
