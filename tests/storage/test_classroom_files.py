"""Handing out an assignment and handing it in: the reference never leaves, names are safe."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.agreement import Source, compute_agreement
from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.classroom.assignment import AssignmentError, hand_in_copy, set_assignment
from desktop_app.core.classroom.collect import Incoming, collect
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.storage.classroom_files import (
    PART_BYTES,
    hand_in_file_name,
    safe_name_part,
    write_assignment,
    write_hand_in,
)
from desktop_app.storage.project_file import load
from tests.core.classroom_builders import MOTIVE, REACTION, coder_project, texts


def _teacher() -> Project:
    teacher = coder_project(
        texts(seed=51), "Ms Reference", [(0, 100, 200, [MOTIVE]), (1, 20, 90, [REACTION])]
    )
    teacher.articles._replace(
        msgspec.structs.replace(teacher.articles.at(0), note="answer: the minister")
    )
    edit = set_assignment(
        teacher,
        title="Week 3: framing",
        instructions="Tag every motive.",
        deadline="Friday 9:00",
        reference_annotator=teacher.annotators.at(0).id,
    )
    edit.apply(teacher)
    return teacher


def test_the_assignment_file_never_holds_the_reference_coding(tmp_path: Path) -> None:
    teacher = _teacher()
    path = tmp_path / "week3.parallax.json"
    write_assignment(teacher, path)
    raw = path.read_text(encoding="utf-8")
    for annotation in teacher.annotations:
        assert annotation.id not in raw
    assert "Ms Reference" not in raw
    assert teacher.annotators.at(0).id not in raw
    assert "answer: the minister" not in raw
    handed_out = load(path)
    assert handed_out.assignment is not None
    assert handed_out.assignment.student_copy
    assert handed_out.assignment.reference_annotator is None
    assert handed_out.assignment.instructions == "Tag every motive."
    assert handed_out.assignment.deadline == "Friday 9:00"
    assert [c.description for c in handed_out.codes] == [c.description for c in DEFAULT_CODES]
    assert [a.sha256 for a in handed_out.articles] == [a.sha256 for a in teacher.articles]
    assert json.loads(raw)["annotations"] == []


def test_hand_in_collect_and_compare_with_the_reference(tmp_path: Path) -> None:
    teacher = _teacher()
    write_assignment(teacher, tmp_path / "week3.parallax.json")
    hand_ins = []
    for name, (start, end) in (("Ada Lovelace", (100, 200)), ("Ben/Ö: ?", (150, 260))):
        student = load(tmp_path / "week3.parallax.json")
        article = student.articles.at(0).id
        toggle_tag(student, article, start, end, MOTIVE).apply(student)
        hand_ins.append(write_hand_in(student, name, tmp_path))
    assert [p.name for p in hand_ins] == [
        "Week 3_ framing - Ada Lovelace.parallax.json",
        "Week 3_ framing - Ben_Ö_ _.parallax.json",
    ]
    collected = collect(teacher, [Incoming(p.name, load(p)) for p in hand_ins])
    assert collected.edit is not None
    collected.edit.apply(teacher)
    assert {a.name for a in teacher.annotators} == {"Ms Reference", "Ada Lovelace", "Ben/Ö: ?"}
    students = [Source(p.name, load(p)) for p in hand_ins]
    result = compute_agreement(students, reference=Source("teacher", teacher))
    assert result.reference is not None
    assert result.reference.annotator == "Ms Reference"
    ada = dict(result.reference.by_annotator)["Ada Lovelace"][0]
    assert ada.found == 1
    assert ada.kappa.value is not None


def test_hand_in_needs_an_assignment_and_a_name(tmp_path: Path) -> None:
    plain = coder_project(texts(seed=52), "Ada", [])
    with pytest.raises(AssignmentError, match="not an assignment"):
        write_hand_in(plain, "Ada", tmp_path)
    teacher = _teacher()
    with pytest.raises(AssignmentError, match="name"):
        hand_in_copy(teacher, "  \n ")
    with pytest.raises(AssignmentError, match="title"):
        set_assignment(teacher, title=" ")


def test_handing_in_again_replaces_the_earlier_file(tmp_path: Path) -> None:
    teacher = _teacher()
    write_assignment(teacher, tmp_path / "a.parallax.json")
    student = load(tmp_path / "a.parallax.json")
    first = write_hand_in(student, "Ada", tmp_path)
    toggle_tag(student, student.articles.at(1).id, 0, 50, REACTION).apply(student)
    again = write_hand_in(student, "Ada", tmp_path)
    assert again == first
    assert len(load(again).annotations) == 1
    assert load(again).annotations.at(0).annotator == load(again).annotators.at(0).id


@given(st.text(max_size=300), st.text(max_size=300))
def test_hand_in_names_are_safe_everywhere(title: str, student: str) -> None:
    name = hand_in_file_name(title, student)
    assert name.endswith(".parallax.json")
    assert not any(ch in name for ch in '<>:"/\\|?*')
    assert all(unicodedata.category(ch) not in ("Cc", "Cs") for ch in name)
    assert len(name.encode("utf-8")) <= 2 * PART_BYTES + len(" - .parallax.json")
    assert name == hand_in_file_name(title, student)
    for part in name.removesuffix(".parallax.json").split(" - ", 1):
        assert part == part.strip(" .")
        assert part


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("...", "Student"),
        ("a\nb\tc", "a b c"),
        ("", "Student"),
    ],
)
def test_reserved_and_empty_names(text: str, safe: str) -> None:
    assert safe_name_part(text, "Student") == safe


def test_a_hand_in_carries_the_students_links_absences_and_rejections(tmp_path: Path) -> None:
    from desktop_app.core.link_edits import absences, link_passages, record_absence
    from desktop_app.core.rejections import reject_pair

    teacher = _teacher()
    write_assignment(teacher, tmp_path / "week3.parallax.json")
    student = load(tmp_path / "week3.parallax.json")
    a, b = student.articles.ids()[:2]
    link_passages(student, (a, 10, 40), (b, 10, 40), "contradicts").apply(student)
    record_absence(student, (a, 300, 340), b, 200, MOTIVE).apply(student)
    reject_pair(student, (a, 500, 560), (b, 500, 560)).apply(student)
    handed_in = load(write_hand_in(student, "Ada Lovelace", tmp_path))
    ada = next(x.id for x in handed_in.annotators if x.name == "Ada Lovelace")
    assert [link.relation for link in handed_in.links] == ["contradicts", "absent"]
    assert len(absences(handed_in, b)) == 1
    (rejection,) = handed_in.rejections
    assert rejection.annotator == ada
    collected = collect(teacher, [Incoming("ada", handed_in)])
    assert collected.edit is not None
    collected.edit.apply(teacher)
    assert [r.annotator for r in teacher.rejections] == [ada]
    assert len(teacher.links) == 2
