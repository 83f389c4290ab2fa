"""Who is coding: the name asked on first start and in Preferences, carried by new annotations."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.records import Annotator, new_id
from desktop_app.importers.samples import sample_project
from desktop_app.ui.classroom.coder import Coder
from desktop_app.ui.preferences.dialog import PreferencesDialog
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.settings import load_user_name, save_user_name
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard

PHRASE = "Lillis emphasizes that the decision is driven primarily by Kazakhstan’s desire"


def tag_phrase(qtbot: QtBot, window: MainWindow, phrase: str = PHRASE, key=Qt.Key.Key_1) -> None:  # type: ignore[no-untyped-def]
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, phrase))
    qtbot.keyClick(view, key)


def test_the_window_never_asks_the_name_by_itself(
    window: MainWindow, prompter: FakePrompter
) -> None:
    assert not [q for q in prompter.asked if q.startswith("name:")]


def test_first_start_name_is_carried_by_a_new_annotation_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.names.append("  Ada   Lovelace ")
    window.feature(Coder).ask_if_unknown()
    assert load_user_name() == "Ada Lovelace"
    window.feature(Coder).ask_if_unknown()  # known now: not asked again
    assert [q for q in prompter.asked if q.startswith("name:")] == ["name:"]

    project = window.document.project
    tag_phrase(qtbot, window)
    [annotation] = list(project.annotations)
    [ada] = [a for a in project.annotators if a.name == "Ada Lovelace"]
    assert annotation.annotator == ada.id
    assert window.document.undo_stack.count() == 1
    window.commands["edit.undo"].trigger()
    assert len(project.annotations) == 0
    assert "Ada Lovelace" not in [a.name for a in project.annotators]
    window.commands["edit.redo"].trigger()

    path = tmp_path / "coded.parallax.json"
    prompter.save_paths.append(path)
    window.commands["file.save_as"].trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in saved["annotators"]}
    assert [names[a["annotator"]] for a in saved["annotations"]] == ["Ada Lovelace"]


def test_the_users_annotator_not_the_projects_first(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter
) -> None:
    project = sample_project()
    teacher = Annotator(id=new_id(), name="Teacher")
    project.annotators._insert(teacher)
    save_user_name("Ben")
    window = make_window(project)
    tag_phrase(qtbot, window)
    [annotation] = list(window.document.project.annotations)
    assert window.document.project.annotators[annotation.annotator].name == "Ben"  # type: ignore[index]
    # A second annotation reuses Ben's record.
    prompter.notes.append("Why here?")
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, "the decision"))
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert [a.name for a in window.document.project.annotators][-2:] == ["Teacher", "Ben"]
    assert {a.annotator for a in window.document.project.annotations} == {annotation.annotator}


def test_name_in_preferences(qtbot: QtBot, window: MainWindow) -> None:
    window.commands["edit.preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Carla")
    dialog.accept()
    assert load_user_name() == "Carla"
    tag_phrase(qtbot, window)
    [annotation] = list(window.document.project.annotations)
    assert window.document.project.annotators[annotation.annotator].name == "Carla"  # type: ignore[index]
