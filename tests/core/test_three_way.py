"""Three-way merge by record id: one-sided changes win, true conflicts keep both, nothing lost."""

from __future__ import annotations

import msgspec

from desktop_app.core.classroom.three_way import merge_three_way
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Article
from tests.core.classroom_builders import MOTIVE, REACTION, annotation, coder_project, texts


def _copy(
    project: Project,
    *,
    annotations: list[Annotation] | None = None,
    articles: list[Article] | None = None,
) -> Project:
    return Project(
        info=project.info,
        articles=list(project.articles) if articles is None else articles,
        codes=list(project.codes),
        annotators=list(project.annotators),
        annotations=list(project.annotations) if annotations is None else annotations,
        links=list(project.links),
        assignment=project.assignment,
    )


def _base() -> Project:
    return coder_project(
        texts(seed=21), "Ada", [(0, 0, 30, [MOTIVE]), (0, 50, 90, [MOTIVE]), (1, 5, 25, [REACTION])]
    )


def test_one_sided_changes_merge_cleanly() -> None:
    base = _base()
    first, second, third = base.annotations
    who = base.annotators.at(0).id
    ours = _copy(base, annotations=[msgspec.structs.replace(first, note="ours"), second, third])
    added = annotation(base.articles.at(1), 40, 60, [MOTIVE], who)
    theirs = _copy(base, annotations=[first, third, added])  # deleted the second, added one
    merged = merge_three_way(base, ours, theirs)
    assert merged.clean
    assert [a.note for a in merged.project.annotations] == ["ours", "", ""]
    assert merged.project.annotations.ids() == [first.id, third.id, added.id]


def test_changed_differently_on_both_sides_keeps_both() -> None:
    base = _base()
    first, second, third = base.annotations
    ours = _copy(base, annotations=[msgspec.structs.replace(first, note="ours"), second, third])
    theirs = _copy(base, annotations=[msgspec.structs.replace(first, note="theirs"), second, third])
    merged = merge_three_way(base, ours, theirs)
    [conflict] = merged.conflicts
    assert conflict.record_id == first.id
    assert conflict.kept_as is not None
    assert merged.project.annotations[first.id].note == "ours"
    assert merged.project.annotations[conflict.kept_as].note == "theirs"
    assert len(merged.project.annotations) == 4


def test_deleted_on_one_side_and_changed_on_the_other_is_kept() -> None:
    base = _base()
    first, second, third = base.annotations
    ours = _copy(base, annotations=[second, third])
    theirs = _copy(base, annotations=[msgspec.structs.replace(first, note="kept"), second, third])
    merged = merge_three_way(base, ours, theirs)
    assert merged.project.annotations[first.id].note == "kept"
    assert len(merged.conflicts) == 1


def test_an_article_deleted_on_one_side_comes_back_for_the_others_new_annotations() -> None:
    base = _base()
    article = base.articles.at(1)
    ours = _copy(
        base,
        articles=[base.articles.at(0)],
        annotations=[a for a in base.annotations if a.article != article.id],
    )
    fresh = annotation(article, 100, 140, [MOTIVE], base.annotators.at(0).id)
    theirs = _copy(base, annotations=[*base.annotations, fresh])
    merged = merge_three_way(base, ours, theirs)
    assert article.id in merged.project.articles
    assert fresh.id in merged.project.annotations
    assert any(c.section == "articles" for c in merged.conflicts)


def test_both_added_the_file_without_a_common_ancestor() -> None:
    articles = texts(seed=22)
    ours = coder_project(articles, "Ada", [(0, 0, 30, [MOTIVE])])
    theirs = coder_project(articles, "Ben", [(0, 10, 40, [MOTIVE])])
    theirs.info = ours.info
    merged = merge_three_way(Project(codes=DEFAULT_CODES), ours, theirs)
    assert merged.clean
    assert len(merged.project.annotations) == 2
    assert {a.name for a in merged.project.annotators} == {"Ada", "Ben"}


def test_merging_is_symmetric_in_content_and_stable() -> None:
    base = _base()
    first, second, third = base.annotations
    ours = _copy(base, annotations=[msgspec.structs.replace(first, note="A"), second, third])
    theirs = _copy(base, annotations=[first, second, msgspec.structs.replace(third, note="B")])
    one = merge_three_way(base, ours, theirs).project
    two = merge_three_way(base, theirs, ours).project
    assert sorted(msgspec.json.encode(a) for a in one.annotations) == sorted(
        msgspec.json.encode(a) for a in two.annotations
    )
    again = merge_three_way(base, one, one)
    assert list(again.project.annotations) == list(one.annotations)
