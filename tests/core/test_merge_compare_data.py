"""Links, absences and rejected suggestions through every merge: an import
(``merge_imported``), collecting students' files and git's three-way merge. Both sides'
records arrive once, and nothing refers to a record the result does not hold."""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.classroom.collect import Incoming, collect
from desktop_app.core.classroom.three_way import merge_three_way
from desktop_app.core.edits import Remove
from desktop_app.core.link_edits import absences, link_passages, record_absence
from desktop_app.core.merge import merge_imported
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Article, Code, Link, Rejection
from desktop_app.core.rejections import reject_pair, rejection_key
from tests.core.classroom_builders import ECONOMICS, coder_project, texts


@dataclass
class Bundle:
    """What an importer hands over (the shape ``core.merge.Bundle`` asks for)."""

    articles: list[Article] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    annotators: list[Annotator] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def _copy(project: Project) -> Project:
    """A project with the same records (another file of the same assignment)."""
    return Project(
        info=project.info,
        articles=list(project.articles),
        codes=list(project.codes),
        annotators=list(project.annotators),
        annotations=list(project.annotations),
        links=list(project.links),
        rejections=list(project.rejections),
    )


def _base() -> Project:
    return coder_project(texts(seed=5), "Ada", [])


def _compare_work(project: Project, seed: int) -> None:
    """A link, an absence and a rejection, at places chosen by ``seed``."""
    rng = random.Random(seed)
    a, b = project.articles.ids()[:2]
    who = project.annotators.at(0).id if len(project.annotators) else None
    spans = sorted(rng.sample(range(0, 1800, 20), 6))
    first, second = (a, spans[0], spans[0] + 15), (b, spans[1], spans[1] + 15)
    with contextlib.suppress(ValueError):  # the seed drew passages the project already links
        link_passages(project, first, second, "same fact", annotator=who).apply(project)
    record_absence(
        project, (a, spans[2], spans[2] + 15), b, spans[3], ECONOMICS, annotator=who
    ).apply(project)
    reject_pair(
        project, (a, spans[4], spans[4] + 15), (b, spans[5], spans[5] + 15), annotator=who
    ).apply(project)


def _no_dangling(project: Project) -> None:
    for link in project.links:
        assert link.source in project.annotations
        assert link.target in project.annotations
    for rejection in project.rejections:
        assert rejection.article_a in project.articles
        assert rejection.article_b in project.articles
    keys = [rejection_key(r) for r in project.rejections]
    assert len(keys) == len(set(keys))
    ends = [(frozenset((k.source, k.target)), k.relation) for k in project.links]
    assert len(ends) == len(set(ends))


def _summary(project: Project) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    """Links by their passages' texts, and rejections by their keys (ids left out)."""

    def passage(annotation_id: str) -> tuple[str, int, int]:
        annotation = project.annotations[annotation_id]
        return (project.articles[annotation.article].sha256, annotation.start, annotation.end)

    links: set[tuple[object, ...]] = {
        (passage(k.source), passage(k.target), k.relation) for k in project.links
    }
    return links, {rejection_key(r) for r in project.rejections}


# -- collecting students' files ------------------------------------------------------------


def test_collecting_brings_each_students_links_absences_and_rejections_once() -> None:
    base = _base()
    students = []
    for seed in (1, 2):
        student = _copy(base)
        _compare_work(student, seed)
        students.append(student)
    teacher = _copy(base)
    outcome = collect(teacher, [Incoming(f"s{n}", s) for n, s in enumerate(students)])
    assert outcome.edit is not None
    outcome.edit.apply(teacher)
    _no_dangling(teacher)
    assert len(teacher.links) == 4
    assert len(absences(teacher)) == 2
    assert len(teacher.rejections) == 2
    assert outcome.added["rejections"] == 2
    for student in students:
        links, rejected = _summary(student)
        merged_links, merged_rejected = _summary(teacher)
        assert links <= merged_links
        assert rejected <= merged_rejected
    again = collect(teacher, [Incoming(f"s{n}", s) for n, s in enumerate(students)])
    assert again.edit is None  # collecting the same files again adds nothing
    outcome.edit.revert(teacher)
    assert len(teacher.rejections) == 0


def test_the_same_pair_rejected_by_two_students_is_kept_once() -> None:
    base = _base()
    a, b = base.articles.ids()[:2]
    students = []
    for _ in range(2):
        student = _copy(base)
        reject_pair(student, (a, 100, 140), (b, 200, 260)).apply(student)
        students.append(student)
    teacher = _copy(base)
    outcome = collect(teacher, [Incoming("one", students[0]), Incoming("two", students[1])])
    assert outcome.edit is not None
    outcome.edit.apply(teacher)
    assert len(teacher.rejections) == 1


# -- git's three-way merge -------------------------------------------------------------------


@settings(max_examples=25)
@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_a_three_way_merge_keeps_both_sides_compare_data(ours_seed: int, theirs_seed: int) -> None:
    base = _base()
    _compare_work(base, 99)
    ours, theirs = _copy(base), _copy(base)
    _compare_work(ours, ours_seed)
    _compare_work(theirs, theirs_seed)
    merged = merge_three_way(base, ours, theirs).project
    _no_dangling(merged)
    for side in (base, ours, theirs):
        links, rejected = _summary(side)
        merged_links, merged_rejected = _summary(merged)
        assert links <= merged_links
        assert rejected <= merged_rejected


def test_a_rejection_deleted_on_one_side_stays_deleted_and_a_gone_article_drops_it() -> None:
    base = _base()
    _compare_work(base, 7)
    ours, theirs = _copy(base), _copy(base)
    Remove.of(ours, ours.rejections.at(0), "Undo").apply(ours)  # undone on our side
    assert len(merge_three_way(base, ours, theirs).project.rejections) == 0
    # Both sides rejected the same pair independently (two ids): kept once.
    a, b = base.articles.ids()[:2]
    reject_pair(ours, (a, 0, 30), (b, 0, 30)).apply(ours)
    reject_pair(theirs, (b, 0, 30), (a, 0, 30)).apply(theirs)
    merged = merge_three_way(base, ours, theirs).project
    assert len(merged.rejections) == 1
    _no_dangling(merged)
    # A rejection of an article one side deleted is left out, and does not bring it back.
    ours = _copy(base)
    theirs = Project(
        info=base.info,
        articles=[base.articles.at(0)],
        codes=list(base.codes),
        annotators=list(base.annotators),
    )
    merged = merge_three_way(base, ours, theirs).project
    assert base.articles.at(1).id not in merged.articles
    assert len(merged.rejections) == 0
    _no_dangling(merged)


# -- an import ----------------------------------------------------------------------------------


def test_an_import_brings_rejections_once_and_only_for_articles_there_are() -> None:
    project = _base()
    other = _copy(project)
    _compare_work(other, 3)
    stranger = texts(seed=8, count=1)[0]
    a = project.articles.ids()[0]
    # A rejection involving an article the project does not have stays out.
    elsewhere = Project(articles=[stranger, project.articles[a]])
    reject_pair(elsewhere, (stranger.id, 0, 10), (a, 0, 10)).apply(elsewhere)
    bundle = Bundle(
        annotations=list(other.annotations),
        links=list(other.links),
        rejections=[*other.rejections, *elsewhere.rejections, *other.rejections],
    )
    edit = merge_imported(project, bundle)
    assert edit is not None
    edit.apply(project)
    assert list(project.rejections) == list(other.rejections)
    assert len(project.links) == 2
    assert len(absences(project)) == 1
    _no_dangling(project)
    assert merge_imported(project, bundle) is None  # nothing new the second time
    edit.revert(project)
    assert len(project.rejections) == 0


def test_an_imported_link_on_a_passage_the_project_has_joins_the_existing_annotation() -> None:
    """The same coded passage comes back under a new id (another tool's export): its link
    is re-pointed to the project's annotation instead of dangling."""
    import msgspec

    from desktop_app.core.annotation_edits import toggle_tag
    from desktop_app.core.records import new_id

    project = _base()
    a, b = project.articles.ids()[:2]
    edit = toggle_tag(project, a, 10, 60, ECONOMICS)
    assert edit is not None
    edit.apply(project)
    existing = project.annotations.at(0)
    copy = msgspec.structs.replace(existing, id=new_id())
    other = _copy(project)
    other.annotations._remove(existing.id)
    other.annotations._insert(copy)
    link_passages(other, (a, 10, 60), (b, 100, 150), "contradicts").apply(other)
    absent = record_absence(other, (a, 10, 60), b, 300, ECONOMICS)
    absent.apply(other)
    # Two absences at one place (from two passages) stay two absences.
    record_absence(other, (a, 200, 230), b, 300, ECONOMICS).apply(other)
    bundle = Bundle(annotations=list(other.annotations), links=list(other.links))
    merged = merge_imported(project, bundle)
    assert merged is not None
    merged.apply(project)
    _no_dangling(project)
    assert copy.id not in project.annotations
    assert {link.source for link in project.links if link.relation != "absent"} == {existing.id}
    assert len(absences(project, b)) == 2
    assert len(project.links) == 3
