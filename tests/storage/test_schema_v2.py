"""Schema version 2: the assignment record and who made a link, migrated from version 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

from desktop_app.core.edits import SetAssignment
from desktop_app.core.project import Change
from desktop_app.core.records import Assignment, new_id
from desktop_app.storage.migrations import migrate
from desktop_app.storage.project_file import encode, load, read
from desktop_app.storage.validation import salvage
from tests.storage.builders import build_project

FIXTURES = Path(__file__).parent / "fixtures"
V1_BASIC = FIXTURES / "v1" / "basic.parallax.json"
V2_ASSIGNMENT = FIXTURES / "v2" / "assignment.parallax.json"
PATH = Path("p.parallax.json")


def test_a_version_1_file_migrates_to_no_assignment_and_unknown_link_makers() -> None:
    data = json.loads(V1_BASIC.read_bytes())
    assert "assignment" not in data
    assert all("annotator" not in link for link in data["links"])
    upgraded = migrate(data, 1)
    assert upgraded["schema_version"] == 2
    assert upgraded["assignment"] is None
    assert [link["annotator"] for link in upgraded["links"]] == [None] * len(data["links"])
    assert [dict(link, annotator=None) for link in data["links"]] == upgraded["links"]
    assert upgraded["annotations"] == data["annotations"]


def test_a_version_1_file_opens_and_saves_as_version_2(tmp_path: Path) -> None:
    loaded = read(V1_BASIC)
    assert loaded.migrated
    project = loaded.project
    assert project.assignment is None
    assert len(project.links) == 1
    assert all(link.annotator is None for link in project.links)
    saved = json.loads(encode(project))
    assert saved["schema_version"] == 2
    assert saved["assignment"] is None
    assert saved["links"][0]["annotator"] is None
    target = tmp_path / "again.parallax.json"
    target.write_bytes(encode(project))
    assert not read(target).migrated


def test_the_version_2_fixture_keeps_its_assignment_and_link_annotator() -> None:
    project = load(V2_ASSIGNMENT)
    assignment = project.assignment
    assert assignment is not None
    assert assignment.title == "Framing the Accords"
    assert assignment.deadline.startswith("Friday")
    assert assignment.reference_annotator == project.annotators.at(0).id
    assert not assignment.student_copy
    assert project.links.at(0).annotator == project.annotators.at(0).id
    assert encode(project) == V2_ASSIGNMENT.read_bytes()


def _data_with_assignment(**fields: Any) -> dict[str, Any]:
    project = build_project(annotations=6, articles=2, seed=5)
    annotator = project.annotators.at(0).id
    project.assignment = Assignment(
        id=new_id(), title="Week 3", reference_annotator=annotator, **fields
    )
    data: dict[str, Any] = json.loads(encode(project))
    return data


def _salvaged(data: dict[str, Any]) -> tuple[Any, list[str]]:
    project, report = salvage(json.dumps(data).encode(), PATH)
    return project, [f"{p.json_path}: {p.message} [{p.outcome}]" for p in report.problems]


def test_validation_keeps_a_good_assignment() -> None:
    data = _data_with_assignment(instructions="Read both.")
    project, problems = _salvaged(data)
    assert problems == []
    assert project.assignment.instructions == "Read both."


def test_an_unknown_reference_annotator_is_left_blank() -> None:
    data = _data_with_assignment()
    data["assignment"]["reference_annotator"] = new_id()
    project, problems = _salvaged(data)
    assert len(problems) == 1
    assert "$.assignment.reference_annotator" in problems[0]
    assert "[repaired]" in problems[0]
    assert project.assignment.title == "Week 3"
    assert project.assignment.reference_annotator is None


def test_a_student_copy_never_names_a_reference() -> None:
    data = _data_with_assignment(student_copy=True)
    project, problems = _salvaged(data)
    assert len(problems) == 1
    assert "student copy" in problems[0]
    assert project.assignment.reference_annotator is None
    assert project.assignment.student_copy
    assert len(project.annotations) == 6  # nothing of the student's work is lost


def test_a_bad_optional_assignment_field_is_reset_and_the_rest_kept() -> None:
    data = _data_with_assignment(instructions="Read both.")
    data["assignment"]["deadline"] = 12
    project, problems = _salvaged(data)
    assert len(problems) == 1
    assert problems[0].startswith("$.assignment.deadline")
    assert project.assignment.deadline == ""
    assert project.assignment.instructions == "Read both."


def test_an_assignment_without_a_title_is_dropped_alone() -> None:
    data = _data_with_assignment()
    del data["assignment"]["title"]
    project, problems = _salvaged(data)
    assert len(problems) == 1
    assert "[dropped]" in problems[0]
    assert "$.assignment" in problems[0]
    assert project.assignment is None
    assert len(project.annotations) == 6


def test_an_unknown_link_annotator_is_left_blank() -> None:
    project = build_project(annotations=6, articles=2, seed=5)
    data = json.loads(encode(project))
    data["links"][0]["annotator"] = new_id()
    salvaged, problems = _salvaged(data)
    assert len(problems) == 1
    assert problems[0].startswith("$.links[0].annotator")
    assert salvaged.links.at(0).annotator is None
    assert len(salvaged.links) == len(project.links)


@pytest.mark.parametrize("start_with_one", [False, True])
def test_set_assignment_is_undoable_and_announced(start_with_one: bool) -> None:
    project = build_project(annotations=2, articles=1, seed=1)
    first = Assignment(id=new_id(), title="One") if start_with_one else None
    project.assignment = first
    changes: list[Change] = []
    project.changed.connect(changes.append)
    new = Assignment(id=new_id(), title="Two", instructions="Code it.")
    edit = SetAssignment("Set assignment", first, new)
    edit.apply(project)
    assert project.assignment == new
    assert changes[-1].kind == ("changed" if start_with_one else "added")
    assert changes[-1].new == new
    assert changes[-1].old == first
    edit.revert(project)
    assert project.assignment == first
    assert changes[-1].kind == ("changed" if start_with_one else "removed")
    cleared = SetAssignment("Make ordinary", project.assignment, None)
    cleared.apply(project)
    assert project.assignment is None
    assert len(changes) == (3 if start_with_one else 2)


def test_assignment_round_trips_through_the_encoder() -> None:
    data = _data_with_assignment(instructions="ä\n<b>", deadline="soon", student_copy=False)
    project, problems = _salvaged(data)
    assert problems == []
    again = json.loads(encode(project))
    assert again["assignment"] == data["assignment"]
    assert msgspec.convert(again["assignment"], Assignment) == project.assignment
