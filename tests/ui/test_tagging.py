"""Tagging through the real window: select, press keys, check model, paint and file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop_app.core.colours import highlight_background
from desktop_app.storage.schema import SCHEMA_VERSION
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import (
    FakePrompter,
    canonical_span,
    drag_select,
    painted_background,
    select_with_keyboard,
)

PHRASE_A = "Lillis emphasizes that the decision is driven primarily by Kazakhstan’s desire"
PHRASE_B = "a central focus of the White House summit"


def code_id(window: MainWindow, name: str) -> str:
    code = window.document.project.code_by_name(name)
    assert code is not None
    return code.id


def expected_colour(window: MainWindow, *names: str) -> QColor:
    pane = window.reader.panes[0]
    colours = [present(window.document.project.code_by_name(n)).color for n in names]
    return QColor(highlight_background(colours, pane.view.theme.paper, dark=pane.view.theme.dark))


def test_keyboard_selection_then_key_1_tags_paints_and_saves(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE_A)
    select_with_keyboard(qtbot, view, start, end)
    assert view.selection_span() == (start, end)

    qtbot.keyClick(view, Qt.Key.Key_1)

    project = window.document.project
    [annotation] = list(project.annotations)
    assert (annotation.start, annotation.end) == (start, end)
    assert annotation.quote.exact == PHRASE_A == view.article.text[start:end]
    assert annotation.tags == (code_id(window, "motive"),)
    assert painted_background(view, start) == expected_colour(window, "motive")
    assert painted_background(view, end - 1) == expected_colour(window, "motive")
    assert painted_background(view, end) is None
    assert painted_background(view, start - 1) is None
    assert window.isWindowModified()

    target = tmp_path / "study.parallax.json"
    prompter.save_paths.append(target)
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert prompter.asked == ["save_path"]
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["format"] == "parallax-project"
    assert saved["schema_version"] == SCHEMA_VERSION
    [stored] = saved["annotations"]
    assert stored["position"] == {"start": start, "end": end}
    assert stored["quote"]["exact"] == PHRASE_A
    assert stored["quote"]["prefix"] == view.article.text[start - 32 : start]
    assert stored["quote"]["suffix"] == view.article.text[end : end + 32]
    assert stored["tags"] == [code_id(window, "motive")]
    assert stored["created"].endswith("Z")
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("study")


def test_mouse_drag_selection_then_key_2_tags(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[1].view
    start, end = canonical_span(view, PHRASE_B)
    drag_select(qtbot, view, start, end)
    assert view.selection_span() == (start, end)

    qtbot.keyClick(view, Qt.Key.Key_2)

    [annotation] = list(window.document.project.annotations)
    assert annotation.article == view.article.id
    assert annotation.quote.exact == PHRASE_B
    assert annotation.tags == (code_id(window, "reaction"),)
    assert painted_background(view, start + 3) == expected_colour(window, "reaction")


def test_toolbar_button_and_tags_menu_tag_too(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar

    view = window.reader.panes[0].view
    economics = window.annotating.tag_action(code_id(window, "economics"))
    assert "3" in economics.toolTip()  # the key is shown where the button is
    toolbar = window.findChild(QToolBar, "tagToolbar")
    assert toolbar is not None
    button = toolbar.widgetForAction(economics)
    assert button is not None
    assert button.isVisible()
    start, end = canonical_span(view, "critical minerals")
    select_with_keyboard(qtbot, view, start, end)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [annotation] = list(window.document.project.annotations)
    assert annotation.tags == (code_id(window, "economics"),)

    reaction = window.annotating.tag_action(code_id(window, "reaction"))
    assert reaction in window.menus["tags"].actions()
    view.setFocus()
    view.place_cursor(start + 2)
    reaction.trigger()  # as choosing Tags ▸ reaction does
    [annotation] = list(window.document.project.annotations)
    assert set(annotation.tags) == {code_id(window, "economics"), code_id(window, "reaction")}


def test_second_key_adds_a_tag_and_pressing_it_again_removes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE_A)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_3)  # cursor is now inside the new highlight
    [annotation] = list(window.document.project.annotations)
    assert annotation.tags == (code_id(window, "motive"), code_id(window, "economics"))
    assert painted_background(view, start + 1) == expected_colour(window, "motive", "economics")

    select_with_keyboard(qtbot, view, start, end)  # the same span again: same annotation
    qtbot.keyClick(view, Qt.Key.Key_2)
    [annotation] = list(window.document.project.annotations)
    assert len(annotation.tags) == 3

    qtbot.keyClick(view, Qt.Key.Key_1)
    [annotation] = list(window.document.project.annotations)
    assert code_id(window, "motive") not in annotation.tags
    assert painted_background(view, start + 1) == expected_colour(window, "reaction", "economics")


def test_overlapping_passages_keep_every_tag_visible(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    text = view.article.text
    first_start = text.index("Lillis emphasizes")
    first_end = text.index("desire", first_start) + len("desire")
    second_start = text.index("driven primarily", first_start)
    second_end = text.index("Washington", second_start) + len("Washington")
    select_with_keyboard(qtbot, view, first_start, first_end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    select_with_keyboard(qtbot, view, second_start, second_end)
    qtbot.keyClick(view, Qt.Key.Key_3)

    assert len(window.document.project.annotations) == 2
    assert painted_background(view, first_start) == expected_colour(window, "motive")
    assert painted_background(view, second_start + 1) == expected_colour(
        window, "motive", "economics"
    )
    assert painted_background(view, second_end - 1) == expected_colour(window, "economics")
    stripes = {colour for _rect, colour in view.tag_stripes.stripes(view)}
    assert {
        present(window.document.project.code_by_name(n)).color for n in ("motive", "economics")
    } <= stripes


def test_key_outside_a_selection_explains_instead_of_tagging(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    view.setFocus()
    view.place_cursor(5)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert len(window.document.project.annotations) == 0
    assert "Select a passage" in window.statusBar().currentMessage()


def test_typing_1_in_the_search_box_types_instead_of_tagging(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE_A)
    select_with_keyboard(qtbot, view, start, end)
    window.panel.search.setFocus()
    qtbot.keyClicks(window.panel.search, "12")
    assert window.panel.search.text() == "12"
    assert len(window.document.project.annotations) == 0


def test_reopening_the_saved_file_shows_the_same_highlights(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    window = make_window()
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE_A)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_2)
    prompter.notes.append("Diplomacy first")
    qtbot.keyClick(view, Qt.Key.Key_N)
    target = tmp_path / "reopen.parallax.json"
    prompter.save_paths.append(target)
    window.commands["file.save"].trigger()
    before = list(window.document.project.annotations)
    assert len(before) == 1
    assert before[0].note == "Diplomacy first"
    assert len(before[0].tags) == 2

    prompter.open_paths.append(target)
    window.commands["file.open"].trigger()
    assert window.document.path == target
    assert list(window.document.project.annotations) == before
    reopened = window.reader.panes[0].view
    assert reopened is not view
    colour = expected_colour(window, "motive", "reaction")
    qtbot.waitUntil(lambda: painted_background(reopened, start + 2) == colour)
    assert window.panel.table.model().rowCount() == 1
    assert not window.isWindowModified()


def test_the_toolbar_shows_sub_codes_under_their_parent(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar, QToolButton

    from desktop_app.core.codebook_edits import set_parent

    project = window.document.project
    motive, reaction, economics = list(project.codes)
    window.document.push(set_parent(project, economics.id, motive.id))
    toolbar = window.findChild(QToolBar, "tagToolbar")
    assert toolbar is not None
    flat = [a.objectName() for a in toolbar.actions() if a.objectName().startswith("tag.")]
    assert flat == [f"tag.{reaction.id}"]  # the parent sits in a button with a menu
    [button] = [
        b
        for b in toolbar.findChildren(QToolButton)
        if b.menu() is not None and b.defaultAction() is window.commands[f"tag.{motive.id}"]
    ]
    entries = [a.text().strip() for a in button.menu().actions()]
    assert entries == ["motive", "economics"]
    view = window.reader.panes[0].view
    view.setFocus()
    select_with_keyboard(qtbot, view, *canonical_span(view, view.article.text.split(".")[0][:30]))
    button.menu().actions()[1].trigger()  # economics, from under motive
    [annotation] = list(project.annotations)
    assert annotation.tags == (economics.id,)
    window.commands["edit.undo"].trigger()
    window.commands["edit.undo"].trigger()  # the codebook is flat again
    flat = [a.objectName() for a in toolbar.actions() if a.objectName().startswith("tag.")]
    assert len(flat) == 3
