"""Assignments through the real window: make one, open it as a student, hand in."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.importers.samples import sample_articles
from desktop_app.storage.classroom_files import hand_in_file_name
from desktop_app.storage.project_file import load
from desktop_app.ui.classroom.assignment_dialog import AssignmentDialog, AssignmentDraft
from desktop_app.ui.classroom.name_dialog import NameDialog
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.settings import save_user_name
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard

PHRASE = "Lillis emphasizes that the decision"
INSTRUCTIONS = "Read for <b>motive</b> & reaction.\nTag at least five passages."


def tag(qtbot: QtBot, window: MainWindow, phrase: str = PHRASE, key=Qt.Key.Key_1) -> None:  # type: ignore[no-untyped-def]
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, phrase))
    qtbot.keyClick(view, key)


def make_assignment(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, folder: Path
) -> tuple[MainWindow, Path]:
    """The teacher codes a reference passage, then makes "Week 3"; the students' file."""
    save_user_name("Teacher")
    window = make_window(Project(articles=sample_articles(), codes=DEFAULT_CODES))
    tag(qtbot, window)
    path = folder / "Week 3 for students.parallax.json"
    prompter.assignments.append(
        lambda d: replace(d, title="Week 3", instructions=INSTRUCTIONS, deadline="Friday 9:00")
    )
    prompter.export_paths.append(path)
    assert window.commands["file.make_assignment"].isEnabled()
    assert not window.commands["file.hand_in"].isEnabled()
    window.commands["file.make_assignment"].trigger()
    return window, path


def test_make_assignment_keeps_the_reference_at_home(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    window, path = make_assignment(qtbot, make_window, prompter, tmp_path)
    project = window.document.project
    [teacher] = list(project.annotators)
    assert teacher.name == "Teacher"
    assignment = project.assignment
    assert assignment is not None
    assert (assignment.title, assignment.deadline) == ("Week 3", "Friday 9:00")
    assert assignment.reference_annotator == teacher.id  # the user's coding, by default
    assert prompter.dialog_titles[-1] == "Save Assignment for Students"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["assignment"]["student_copy"] is True
    assert saved["assignment"]["instructions"] == INSTRUCTIONS
    assert saved["assignment"].get("reference_annotator") is None
    assert not saved.get("annotations")
    assert not saved.get("annotators")
    assert len(saved["articles"]) == 2
    assert window.commands["help.assignment"].isEnabled()
    window.commands["edit.undo"].trigger()  # the assignment record is one undo step
    assert project.assignment is None
    assert not window.commands["help.assignment"].isEnabled()


def test_student_opens_reads_codes_and_hands_in(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    teacher_window, path = make_assignment(qtbot, make_window, prompter, tmp_path)
    teacher_window.document.undo_stack.setClean()

    save_user_name("Ada <i>Byron</i>")
    window = make_window()
    assert window.files.open_path(path)
    [(title, text)] = prompter.informed  # shown on opening, as plain text
    assert title == "Assignment Instructions"
    assert "Week 3" in text
    assert INSTRUCTIONS in text
    assert "Friday 9:00" in text
    assert not window.commands["file.make_assignment"].isEnabled()
    assert window.commands["file.hand_in"].isEnabled()
    window.commands["help.assignment"].trigger()
    assert len(prompter.informed) == 2

    tag(qtbot, window)
    tag(qtbot, window, "the decision is driven primarily", Qt.Key.Key_2)
    folder = tmp_path / "hand-ins"
    folder.mkdir()
    expected = folder / hand_in_file_name("Week 3", "Ada <i>Byron</i>")
    prompter.export_paths.append(expected)
    window.commands["file.hand_in"].trigger()
    assert prompter.dialog_titles[-1] == "Hand In"
    assert expected.name == "Week 3 - Ada _i_Byron__i_.parallax.json"
    handed = load(expected)
    assert [a.name for a in handed.annotators] == ["Ada <i>Byron</i>"]
    assert len(handed.annotations) == 2
    assert {a.annotator for a in handed.annotations} == {handed.annotators.at(0).id}
    assert handed.assignment is not None
    assert handed.assignment.student_copy


def test_assignment_and_name_dialogs_typed_into(qtbot: QtBot) -> None:
    draft = AssignmentDraft(title="", references=(("t1", "Teacher"), ("t2", "Tutor")))
    dialog = AssignmentDialog(draft)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "  Week   4 ")
    qtbot.keyClicks(dialog.instructions, "Tag motive.")
    qtbot.keyClicks(dialog.deadline, "Monday")
    dialog.reference.setCurrentIndex(dialog.reference.findText("Tutor"))
    assert dialog.draft() == replace(
        draft, title="Week 4", instructions="Tag motive.", deadline="Monday", reference="t2"
    )
    names = NameDialog("")
    qtbot.addWidget(names)
    qtbot.keyClicks(names.field, " Ben  Okri ")
    assert names.name() == "Ben Okri"
