"""Collecting students' files: matched by hash and id, nothing dropped, idempotent, undoable."""

from __future__ import annotations

import random

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.classroom.collect import Incoming, collect
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.core.records import Code, Link, new_id
from tests.core.classroom_builders import (
    MOTIVE,
    REACTION,
    annotation,
    coder_project,
    random_spans,
    texts,
)
from tests.storage.builders import EPOCH


def _snapshot(project: Project) -> tuple[list[object], ...]:
    return (
        list(project.articles),
        list(project.codes),
        list(project.annotators),
        list(project.annotations),
        list(project.links),
    )


def _content(project: Project) -> set[tuple[str, int, int, tuple[str, ...], str, str]]:
    """Every annotation as (article hash, span, tag names, note, annotator name)."""
    return {
        (
            project.articles[a.article].sha256,
            a.start,
            a.end,
            tuple(sorted(project.codes[t].name for t in a.tags)),
            a.note,
            project.annotators[a.annotator].name if a.annotator else "",
        )
        for a in project.annotations
    }


def _students(seed: int, count: int) -> list[Incoming]:
    articles = texts(seed=seed)
    rng = random.Random(seed)
    return [
        Incoming(
            f"student {n}", coder_project(articles, f"Student {n}", random_spans(rng, articles, 10))
        )
        for n in range(count)
    ]


def test_three_students_come_in_with_their_annotators_and_one_undo_step() -> None:
    students = _students(1, 3)
    teacher = Project(articles=list(students[0].project.articles), codes=DEFAULT_CODES)
    before = _snapshot(teacher)
    collected = collect(teacher, students)
    assert collected.edit is not None
    assert collected.conflicts == []
    collected.edit.apply(teacher)
    assert len(teacher.annotations) == 30
    assert [a.name for a in teacher.annotators] == ["Student 0", "Student 1", "Student 2"]
    assert collected.added == {"annotators": 3, "annotations": 30}
    for student in students:
        assert _content(student.project) <= _content(teacher)
    collected.edit.revert(teacher)
    assert _snapshot(teacher) == before


def test_articles_are_matched_by_hash_and_annotations_repointed() -> None:
    articles = texts(seed=2)
    teacher = Project(articles=articles, codes=DEFAULT_CODES)
    # Ben imported the same text himself: another id, the same SHA-256.
    own = [msgspec.structs.replace(a, id=new_id()) for a in articles]
    ben = coder_project(own, "Ben", [(0, 5, 40, [MOTIVE]), (1, 10, 30, [REACTION])])
    collected = collect(teacher, [Incoming("ben", ben)])
    assert collected.edit is not None
    collected.edit.apply(teacher)
    assert len(teacher.articles) == 2
    assert {a.article for a in teacher.annotations} == {articles[0].id, articles[1].id}
    assert _content(ben) == _content(teacher)


def test_collecting_twice_adds_nothing() -> None:
    students = _students(3, 2)
    teacher = Project(articles=list(students[0].project.articles), codes=DEFAULT_CODES)
    first = collect(teacher, [*students, *students])
    assert first.edit is not None
    first.edit.apply(teacher)
    assert len(teacher.annotations) == 20
    assert collect(teacher, students).edit is None


def test_one_id_with_two_versions_keeps_both_and_lists_it() -> None:
    articles = texts(seed=4)
    ada = coder_project(articles, "Ada", [(0, 5, 40, [MOTIVE])])
    original = ada.annotations.at(0)
    changed = msgspec.structs.replace(original, note="my second thoughts")
    other = Project(
        articles=articles,
        codes=DEFAULT_CODES,
        annotators=list(ada.annotators),
        annotations=[changed],
    )
    teacher = Project(articles=articles, codes=DEFAULT_CODES)
    collected = collect(teacher, [Incoming("first", ada), Incoming("second", other)])
    assert collected.edit is not None
    collected.edit.apply(teacher)
    notes = sorted(a.note for a in teacher.annotations)
    assert notes == ["", "my second thoughts"]
    [conflict] = collected.conflicts
    assert conflict.record_id == original.id
    assert conflict.kept_as in teacher.annotations
    assert original.id in conflict.describe()
    assert collect(teacher, [Incoming("first", ada), Incoming("second", other)]).edit is None


def test_a_students_extra_code_comes_in_marked_and_a_same_named_one_is_merged() -> None:
    articles = texts(seed=5)
    irony = Code(
        id=new_id(), name="irony", color="#AA3377", description="Saying the opposite.", shortcut="1"
    )
    ada = coder_project(articles, "Ada", [])
    ada.codes._insert(irony)
    ada.annotations._insert(annotation(articles[0], 0, 20, [irony.id], ada.annotators.at(0).id))
    ben = coder_project(articles, "Ben", [])
    ben_irony = msgspec.structs.replace(irony, id=new_id(), name="Irony")
    ben.codes._insert(ben_irony)
    teacher = Project(articles=articles, codes=DEFAULT_CODES)
    collected = collect(teacher, [Incoming("ada.parallax.json", ada), Incoming("ben", ben)])
    assert collected.edit is not None
    collected.edit.apply(teacher)
    assert collected.extra_codes == ["irony"]
    added = teacher.code_by_name("irony")
    assert added is not None
    assert added.description.startswith("Saying the opposite.")
    assert "ada.parallax.json" in added.description
    assert added.shortcut == ""  # "1" is motive's key already
    assert [t for a in teacher.annotations for t in a.tags] == [added.id]


def test_unattributed_annotations_and_links_keep_who_made_them() -> None:
    articles = texts(seed=6)
    anonymous = coder_project(articles, None, [(0, 0, 20, [MOTIVE]), (1, 0, 20, [MOTIVE])])
    ada = coder_project(articles, "Ada", [(0, 0, 20, [MOTIVE]), (1, 0, 20, [MOTIVE])])
    first, second = ada.annotations
    ada.links._insert(
        Link(
            id=new_id(),
            source=first.id,
            target=second.id,
            annotator=ada.annotators.at(0).id,
            created=EPOCH,
        )
    )
    teacher = Project(articles=articles, codes=DEFAULT_CODES)
    collected = collect(teacher, [Incoming("carla", anonymous), Incoming("ada", ada)])
    assert collected.edit is not None
    collected.edit.apply(teacher)
    assert sorted(a.name for a in teacher.annotators) == ["Ada", "carla"]
    assert all(a.annotator is not None for a in teacher.annotations)
    [link] = teacher.links
    assert teacher.annotators[link.annotator or ""].name == "Ada"


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 4), st.data())
def test_nothing_is_dropped_and_collecting_again_adds_nothing(
    seed: int, count: int, data: st.DataObject
) -> None:
    students = _students(seed, count)
    order = data.draw(st.permutations(students))
    teacher = Project(articles=list(students[0].project.articles), codes=DEFAULT_CODES)
    collected = collect(teacher, order)
    assert collected.edit is not None
    collected.edit.apply(teacher)
    for student in students:
        assert _content(student.project) <= _content(teacher)
    assert collect(teacher, students).edit is None
