"""Notes, deleting, and undo/redo of every annotation change, from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import FakePrompter, canonical_span, painted_background, select_with_keyboard

PHRASE = "Kazakhstan carries significant weight in Central Asia"


def undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.reader.panes[0].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(
        window.reader.panes[0].view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def tag_phrase(qtbot: QtBot, window: MainWindow, key: Qt.Key = Qt.Key.Key_1) -> tuple[int, int]:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, key)
    return start, end


def test_undo_and_redo_of_tagging_name_the_action(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    start, _ = tag_phrase(qtbot, window)
    assert window.commands["edit.undo"].text().replace("&", "") == "Undo Tag “motive”"
    undo(qtbot, window)
    assert len(window.document.project.annotations) == 0
    assert painted_background(view, start) is None
    assert not window.isWindowModified()
    assert window.commands["edit.redo"].text().replace("&", "") == "Redo Tag “motive”"
    redo(qtbot, window)
    assert len(window.document.project.annotations) == 1
    assert painted_background(view, start) is not None
    assert window.isWindowModified()


def test_undo_of_adding_and_of_removing_a_second_tag(qtbot: QtBot, window: MainWindow) -> None:
    tag_phrase(qtbot, window)
    view = window.reader.panes[0].view
    qtbot.keyClick(view, Qt.Key.Key_2)
    project = window.document.project
    assert len(project.annotations.at(0).tags) == 2
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert len(project.annotations.at(0).tags) == 1
    assert window.commands["edit.undo"].text().replace("&", "") == "Undo Remove tag “reaction”"
    undo(qtbot, window)
    assert len(project.annotations.at(0).tags) == 2
    undo(qtbot, window)
    assert len(project.annotations.at(0).tags) == 1
    redo(qtbot, window)
    assert len(project.annotations.at(0).tags) == 2


def test_note_with_key_n_then_edit_then_undo(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    tag_phrase(qtbot, window)
    view = window.reader.panes[0].view
    prompter.notes.extend(["Weight = resources", "Weight = resources and stability", None])
    qtbot.keyClick(view, Qt.Key.Key_N)
    project = window.document.project
    assert project.annotations.at(0).note == "Weight = resources"
    assert prompter.asked[-1] == f"note:{PHRASE}|"
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert project.annotations.at(0).note == "Weight = resources and stability"
    assert prompter.asked[-1] == f"note:{PHRASE}|Weight = resources"
    assert window.commands["edit.undo"].text().replace("&", "") == "Undo Edit note"
    qtbot.keyClick(view, Qt.Key.Key_N)  # cancelled: nothing changes
    assert project.annotations.at(0).note == "Weight = resources and stability"
    undo(qtbot, window)
    assert project.annotations.at(0).note == "Weight = resources"
    undo(qtbot, window)
    assert project.annotations.at(0).note == ""
    assert "untagged" not in view.card_html([project.annotations.at(0)])


def test_note_on_a_fresh_selection_makes_an_untagged_annotation(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    prompter.notes.append("Check this claim")
    window.commands["edit.note"].trigger()
    [annotation] = list(window.document.project.annotations)
    assert annotation.tags == ()
    assert annotation.note == "Check this claim"
    assert painted_background(view, start) is not None
    assert "untagged" in view.card_html([annotation])


def test_delete_removes_the_annotation_at_the_cursor_and_undo_restores_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    start, _ = tag_phrase(qtbot, window)
    view = window.reader.panes[0].view
    before = window.document.project.annotations.at(0)
    view.place_cursor(start + 5)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(window.document.project.annotations) == 0
    assert painted_background(view, start + 5) is None
    undo(qtbot, window)
    assert list(window.document.project.annotations) == [before]
    assert painted_background(view, start + 5) is not None


def test_removing_the_only_tag_removes_the_highlight_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    start, _ = tag_phrase(qtbot, window)
    view = window.reader.panes[0].view
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert len(window.document.project.annotations) == 0
    assert painted_background(view, start) is None
    undo(qtbot, window)
    assert len(window.document.project.annotations) == 1
    assert painted_background(view, start) is not None


def test_n_on_a_new_selection_inside_a_highlight_notes_the_selection(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    start, end = tag_phrase(qtbot, window)
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, start + 11, end + 20)  # starts inside the highlight
    prompter.notes.append("A wider claim")
    qtbot.keyClick(view, Qt.Key.Key_N)
    first, second = window.document.project.annotations
    assert first.note == ""  # the highlight is untouched
    assert second.note == "A wider claim"
    assert second.tags == ()
    assert second.quote.exact == view.article.text[start + 11 : end + 20].strip()


def test_accepting_the_note_dialog_unchanged_changes_nothing(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    tag_phrase(qtbot, window)
    view = window.reader.panes[0].view
    prompter.notes += ["A first reading.", " A first reading. "]
    qtbot.keyClick(view, Qt.Key.Key_N)
    project = window.document.project
    assert project.annotations.at(0).note == "A first reading."
    depth = window.document.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_N)  # accepted as it was (but for white space)
    assert project.annotations.at(0).note == "A first reading."
    assert window.document.undo_stack.count() == depth, "no empty step on the undo stack"
    assert window.commands["edit.undo"].text().replace("&", "") == "Undo Add note"
