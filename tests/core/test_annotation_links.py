"""A link never outlives its annotations, whichever path deletes them; spans are checked once."""

from __future__ import annotations

import pytest

from desktop_app.core.annotation_edits import (
    SpanError,
    add_note,
    checked_span,
    delete_annotations,
    toggle_tag,
)
from desktop_app.core.article_edits import remove_article
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Project
from desktop_app.core.records import Link, new_id, utc_now
from desktop_app.storage.project_file import encode

TEXT = "Minerals matter. Astana wants the relationship to deepen on both sides."
MOTIVE, REACTION = DEFAULT_CODES[0].id, DEFAULT_CODES[1].id


def linked_project() -> tuple[Project, str, str, str, str]:
    """Two tagged passages, a third one, and links from the first to both others."""
    project = new_project([make_article(TEXT, title="Plain")], annotator_name="Tester")
    article = project.articles.at(0).id
    for start, end, code in ((0, 8, MOTIVE), (17, 23, REACTION), (24, 29, MOTIVE)):
        toggle_tag(project, article, start, end, code).apply(project)
    first, second, third = (a.id for a in project.annotations)
    for target in (second, third):
        project._insert(Link(id=new_id(), source=first, target=target, created=utc_now()))
    return project, article, first, second, third


def assert_no_dangling_link(project: Project) -> None:
    ids = set(project.annotations.ids())
    assert all(link.source in ids and link.target in ids for link in project.links)


def test_deleting_a_linked_annotation_removes_its_links_and_undo_brings_them_back() -> None:
    project, _, first, _, _ = linked_project()
    before = encode(project)
    edit = delete_annotations(project, [first])
    assert edit is not None
    assert edit.label == "Delete annotation"
    edit.apply(project)
    assert first not in project.annotations
    assert len(project.links) == 0
    assert_no_dangling_link(project)
    edit.revert(project)
    assert encode(project) == before


def test_deleting_several_annotations_removes_only_the_links_touching_them() -> None:
    project, _, first, second, third = linked_project()
    project._insert(Link(id=new_id(), source=second, target=third, created=utc_now()))
    edit = delete_annotations(project, [first, first])
    assert edit is not None
    edit.apply(project)
    assert [(link.source, link.target) for link in project.links] == [(second, third)]
    assert_no_dangling_link(project)


def test_untagging_the_last_tag_removes_the_annotation_and_its_links() -> None:
    project, article, first, second, _ = linked_project()
    before = encode(project)
    edit = toggle_tag(project, article, 0, 8, MOTIVE)
    assert edit.label == "Remove tag “motive”"
    edit.apply(project)
    assert first not in project.annotations
    assert second in project.annotations
    assert len(project.links) == 0
    assert_no_dangling_link(project)
    edit.revert(project)
    assert encode(project) == before


def test_removing_an_article_still_takes_its_links() -> None:
    project, article, *_ = linked_project()
    remove_article(project, article).apply(project)
    assert len(project.annotations) == 0
    assert len(project.links) == 0


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 4, "outside the article"),
        (0, len(TEXT) + 1, "outside the article"),
        (16, 17, "nothing to tag"),
        (5, 5, "nothing to tag"),
    ],
)
def test_one_span_check_for_tags_and_notes(start: int, end: int, message: str) -> None:
    project = new_project([make_article(TEXT, title="Plain")], annotator_name="Tester")
    article = project.articles.at(0).id
    with pytest.raises(SpanError, match=message):
        checked_span(TEXT, start, end, purpose="tag")
    with pytest.raises(SpanError, match=message):
        toggle_tag(project, article, start, end, MOTIVE)
    with pytest.raises(SpanError, match=message.replace("tag", "annotate")):
        add_note(project, article, start, end, "why?")
    assert checked_span(TEXT, 16, 24, purpose="tag") == (17, 23)


def _absence_project() -> tuple[Project, str, str, str]:
    """Two articles; B is silent on A's first passage (an absence coded "reaction")."""
    from desktop_app.core.link_edits import record_absence

    project = new_project(
        [make_article(TEXT, title="A"), make_article("Other words. " * 5, title="B")],
        annotator_name="Tester",
    )
    a, b = project.articles.ids()
    toggle_tag(project, a, 0, 8, MOTIVE).apply(project)
    record_absence(project, (a, 0, 8), b, 13, REACTION).apply(project)
    passage = project.annotation_with_span(a, 0, 8)
    assert passage is not None
    return project, a, b, passage.id


def test_deleting_the_passage_of_an_absence_takes_the_absence_and_undo_restores_both() -> None:
    from desktop_app.core.link_edits import absences

    project, _a, b, passage = _absence_project()
    before = encode(project)
    edit = delete_annotations(project, [passage])
    assert edit is not None
    edit.apply(project)
    assert absences(project) == []
    assert [a.article for a in project.annotations] == []  # no stray empty annotation in B
    assert len(project.links) == 0
    edit.revert(project)
    assert encode(project) == before
    assert len(absences(project, b)) == 1


def test_an_absence_another_link_still_uses_stays() -> None:
    project, a, b, passage = _absence_project()
    (absence,) = (x for x in project.annotations if x.article == b)
    toggle_tag(project, a, 17, 23, REACTION).apply(project)
    other = project.annotation_with_span(a, 17, 23)
    assert other is not None
    project._insert(Link(id=new_id(), source=other.id, target=absence.id, created=utc_now()))
    edit = delete_annotations(project, [passage])
    assert edit is not None
    edit.apply(project)
    assert absence.id in project.annotations
    assert_no_dangling_link(project)


def test_removing_an_article_takes_its_rejections_and_the_absences_noted_for_it() -> None:
    from desktop_app.core.rejections import reject_pair

    project, a, b, _ = _absence_project()
    reject_pair(project, (a, 17, 23), (b, 0, 5)).apply(project)
    before = encode(project)
    edit = remove_article(project, a)
    edit.apply(project)
    assert len(project.rejections) == 0
    assert len(project.annotations) == 0  # B's absence was about A's passage
    assert_no_dangling_link(project)
    edit.revert(project)
    assert encode(project) == before


def test_the_same_two_passages_are_not_linked_twice_with_one_relation() -> None:
    from desktop_app.core.link_edits import link_passages

    project = new_project(
        [make_article(TEXT, title="A"), make_article(TEXT, title="B")], annotator_name="T"
    )
    a, b = project.articles.ids()[:2]
    link_passages(project, (a, 0, 8), (b, 17, 23), "same fact").apply(project)
    with pytest.raises(ValueError, match="already linked"):
        link_passages(project, (a, 0, 8), (b, 17, 23), "same fact")
    with pytest.raises(ValueError, match="already linked"):  # either way round
        link_passages(project, (b, 17, 23), (a, 0, 8), " same fact ")
    link_passages(project, (a, 0, 8), (b, 17, 23), "contradicts").apply(project)  # another relation
    assert len(project.links) == 2
