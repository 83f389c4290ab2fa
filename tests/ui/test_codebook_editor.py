"""The codebook editor, driven from the keyboard and the mouse: every change undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.codebook import DEFAULT_CODES, PALETTE
from desktop_app.core.codebook_edits import annotation_count
from desktop_app.core.colours import highlight_background
from desktop_app.core.records import Code
from desktop_app.ui.codebook.editor import CodebookEditor
from desktop_app.ui.codebook.tree_model import COUNT, SHORTCUT
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import FakePrompter, canonical_span, painted_background, select_with_keyboard

MOTIVE, REACTION, ECONOMICS = (code.id for code in DEFAULT_CODES)
PHRASE = "a central focus of the White House summit"


@pytest.fixture
def editor(qtbot: QtBot, window: MainWindow) -> CodebookEditor:
    """The editor opened as a user does: Ctrl+Shift+K in the main window."""
    qtbot.keyClick(window.reader.panes[0].view, Qt.Key.Key_K, _CTRL_SHIFT)
    found = window.findChild(CodebookEditor)
    assert found is not None
    assert found.isVisible()
    return found


_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_ALT = Qt.KeyboardModifier.AltModifier


def names(window: MainWindow) -> list[str]:
    return [code.name for code in window.document.project.codes]


def tree_rows(editor: CodebookEditor) -> list[tuple[str, ...]]:
    """What the tree shows: (indented name, key, uses) per visible row, top to bottom."""
    model = editor.tree.model()
    rows: list[tuple[str, ...]] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            cells = [model.index(row, c, parent).data() for c in (SHORTCUT, COUNT)]
            rows.append(("  " * depth + index.data(), *cells))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return rows


def tag(window: MainWindow, phrase: str, code_id: str) -> tuple[int, int]:
    view = window.reader.panes[1].view
    start, end = canonical_span(view, phrase)
    window.document.push(toggle_tag(window.document.project, view.article.id, start, end, code_id))
    return start, end


def undo(window: MainWindow) -> None:
    window.commands["edit.undo"].trigger()


def test_opens_from_the_tags_menu_with_the_default_codebook(
    window: MainWindow, editor: CodebookEditor
) -> None:
    assert window.commands["codebook.edit"] in window.menus["tags"].actions()
    assert window.commands["codebook.edit"].shortcut() == QKeySequence("Ctrl+Shift+K")
    assert tree_rows(editor) == [
        ("motive", "1", "0"),
        ("reaction", "2", "0"),
        ("economics", "3", "0"),
    ]
    assert editor.form.name.text() == "motive"
    assert editor.form.description.toPlainText() == DEFAULT_CODES[0].description
    menu = [
        (a.text(), a.shortcut().toString()) for a in editor.tree.actions() if not a.isSeparator()
    ]
    assert menu == [
        ("&Add", "Ctrl+N"),
        ("Add C&hild", "Ctrl+Shift+N"),
        ("&Remove…", "Del"),
        ("&Merge Into…", "Ctrl+M"),
        ("Move &Up", "Alt+Up"),
        ("Move Do&wn", "Alt+Down"),
        ("Unnes&t", "Alt+Left"),
        ("&Nest", "Alt+Right"),
    ]


def test_add_from_the_keyboard_then_type_the_name(
    qtbot: QtBot, window: MainWindow, editor: CodebookEditor
) -> None:
    qtbot.keyClick(editor.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert names(window)[-1] == "New code"
    assert editor.form.name.hasFocus()
    qtbot.keyClicks(editor.form.name, "legitimacy")
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Return)
    assert editor.isVisible()  # Enter names the code; it does not close the window
    assert names(window) == ["motive", "reaction", "economics", "legitimacy"]
    added = window.document.project.codes.at(3)
    assert added.color == PALETTE[3]
    assert window.annotating.tag_action(added.id).text() == "legitimacy"
    tag_menu = window.menus["tags"].actions()
    assert tag_menu.index(window.annotating.tag_action(added.id)) < tag_menu.index(
        window.commands["codebook.edit"]
    )
    undo(window)
    undo(window)
    assert names(window) == ["motive", "reaction", "economics"]
    assert f"tag.{added.id}" not in window.commands


def test_rename_follows_in_the_toolbar_and_a_duplicate_name_is_refused(
    qtbot: QtBot, window: MainWindow, editor: CodebookEditor
) -> None:
    editor.select(REACTION)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return)  # Enter on a code: type its new name
    assert editor.form.name.hasFocus()
    assert editor.form.name.selectedText() == "reaction"
    qtbot.keyClicks(editor.form.name, "response")
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Return)
    assert window.annotating.tag_action(REACTION).text() == "response"
    assert tree_rows(editor)[1][0] == "response"

    editor.form.name.selectAll()
    qtbot.keyClicks(editor.form.name, "MOTIVE")
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Return)
    assert "already a code named “motive”" in editor.message.text()
    assert editor.form.name.text() == "response"
    assert names(window) == ["motive", "response", "economics"]
    undo(window)
    assert names(window) == ["motive", "reaction", "economics"]


def test_recolour_by_swatch_and_by_colour_dialog_repaints_the_highlight(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, editor: CodebookEditor
) -> None:
    start, _ = tag(window, PHRASE, ECONOMICS)
    view = window.reader.panes[1].view
    theme = view.theme

    def painted_as(colour: str) -> bool:
        expected = QColor(highlight_background((colour,), theme.paper, dark=theme.dark))
        return painted_background(view, start) == expected

    assert painted_as(PALETTE[2])
    editor.select(ECONOMICS)
    vermillion = next(s for s in editor.form.swatches if s.property("colour") == PALETTE[5])
    qtbot.mouseClick(vermillion, Qt.MouseButton.LeftButton)
    assert window.document.project.codes[ECONOMICS].color == PALETTE[5]
    assert vermillion.isChecked()
    assert painted_as(PALETTE[5])

    prompter.colours.append("#123456")
    qtbot.mouseClick(editor.form.colour_button, Qt.MouseButton.LeftButton)
    assert prompter.asked[-1] == f"colour:Colour of “economics”|{PALETTE[5]}"
    assert window.document.project.codes[ECONOMICS].color == "#123456"
    assert painted_as("#123456")
    assert not any(s.isChecked() for s in editor.form.swatches)
    swatch = window.annotating.tag_action(ECONOMICS).icon().pixmap(14, 14).toImage()
    assert swatch.pixelColor(7, 7) == QColor("#123456")  # the toolbar's swatch follows

    prompter.colours.append(None)  # cancelled: nothing changes
    qtbot.mouseClick(editor.form.colour_button, Qt.MouseButton.LeftButton)
    assert window.document.project.codes[ECONOMICS].color == "#123456"
    undo(window)
    assert painted_as(PALETTE[5])


def test_describe_is_stored_when_the_field_loses_focus(
    qtbot: QtBot, window: MainWindow, editor: CodebookEditor
) -> None:
    editor.select(MOTIVE)
    editor.form.description.setFocus()
    editor.form.description.selectAll()
    qtbot.keyClicks(editor.form.description, "Reasons given for acting.")
    qtbot.keyClick(editor.form.description, Qt.Key.Key_Tab)  # Tab moves on: the field is left
    assert window.document.project.codes[MOTIVE].description == "Reasons given for acting."
    undo(window)
    assert window.document.project.codes[MOTIVE].description == DEFAULT_CODES[0].description


def test_reorder_and_nest_with_keys_and_buttons(
    qtbot: QtBot, window: MainWindow, editor: CodebookEditor
) -> None:
    editor.select(ECONOMICS)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, _ALT)
    assert names(window) == ["motive", "economics", "reaction"]
    up_button = next(
        b for b in editor.findChildren(QToolButton) if b.defaultAction() is editor.commands["up"]
    )
    qtbot.mouseClick(up_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["economics", "motive", "reaction"]
    assert not editor.commands["up"].isEnabled()
    assert editor.current_code().id == ECONOMICS  # type: ignore[union-attr]

    editor.select(REACTION)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Right, _ALT)  # nest under the sibling above
    assert window.document.project.codes[REACTION].parent == MOTIVE
    assert tree_rows(editor) == [
        ("economics", "3", "0"),
        ("motive", "1", "0"),
        ("  reaction", "2", "0"),
    ]
    editor.select(MOTIVE)
    reaction_row = editor.form.parent_box.findData(REACTION)
    assert reaction_row == -1  # a code cannot go under its own child
    economics_row = editor.form.parent_box.findData(ECONOMICS)
    editor.form.parent_box.setCurrentIndex(economics_row)
    editor.form.parent_box.activated.emit(economics_row)
    assert window.document.project.codes[MOTIVE].parent == ECONOMICS
    assert [row[0] for row in tree_rows(editor)] == ["economics", "  motive", "    reaction"]

    editor.select(REACTION)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Left, _ALT)
    assert window.document.project.codes[REACTION].parent == ECONOMICS
    for _ in range(5):
        undo(window)
    assert names(window) == ["motive", "reaction", "economics"]
    assert all(code.parent is None for code in window.document.project.codes)


def test_merge_moves_annotations_and_undo_restores_them(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, editor: CodebookEditor
) -> None:
    tag(window, PHRASE, REACTION)
    tag(window, PHRASE, MOTIVE)
    tag(window, "White House", REACTION)
    project = window.document.project
    before = list(project.annotations)
    editor.select(REACTION)
    prompter.picked_codes.append(MOTIVE)
    qtbot.keyClick(editor.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert prompter.asked[-1].startswith("pick_code:Merge “reaction” into|The 2 annotations")
    assert REACTION not in project.codes
    assert [a.tags for a in project.annotations] == [(MOTIVE,), (MOTIVE,)]
    assert f"tag.{REACTION}" not in window.commands
    assert tree_rows(editor) == [("motive", "1", "2"), ("economics", "3", "0")]
    assert editor.current_code().id == MOTIVE  # type: ignore[union-attr]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, here
    assert list(project.annotations) == before
    assert tree_rows(editor)[1] == ("reaction", "2", "2")
    assert window.annotating.tag_action(REACTION).shortcut() == QKeySequence("2")


def test_delete_asks_with_the_count_and_undo_brings_everything_back(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, editor: CodebookEditor
) -> None:
    tag(window, PHRASE, ECONOMICS)
    tag(window, PHRASE, MOTIVE)
    tag(window, "White House", ECONOMICS)
    project = window.document.project
    before = list(project.annotations)
    editor.select(ECONOMICS)
    editor.tree.setFocus()

    prompter.code_deletions.append(False)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert prompter.asked[-1] == "delete_code:economics|2"
    assert ECONOMICS in project.codes

    prompter.code_deletions.append(True)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert ECONOMICS not in project.codes
    assert [a.tags for a in project.annotations] == [(MOTIVE,)]
    assert f"tag.{ECONOMICS}" not in window.commands
    assert names(window) == ["motive", "reaction"]
    assert editor.current_code() is not None
    undo(window)
    assert list(project.annotations) == before
    assert annotation_count(project, ECONOMICS) == 2
    assert window.annotating.tag_action(ECONOMICS).text() == "economics"


def test_a_new_shortcut_tags_a_selection_and_clashes_are_refused(
    qtbot: QtBot, window: MainWindow, editor: CodebookEditor
) -> None:
    editor.select(ECONOMICS)
    field = editor.form.shortcut
    taken = (
        (Qt.Key.Key_N, "“Add or Edit Note…”"),
        (Qt.Key.Key_1, "motive"),
        (Qt.Key.Key_Right, "move"),
    )
    for key, complaint in taken:
        field.setFocus()
        with qtbot.waitSignal(field.editingFinished, timeout=3000):
            qtbot.keyClick(field, key)
        assert complaint in editor.message.text(), key.name
        assert window.document.project.codes[ECONOMICS].shortcut == "3"
        assert field.keySequence() == QKeySequence("3")

    field.setFocus()
    with qtbot.waitSignal(field.editingFinished, timeout=3000):
        qtbot.keyClick(field, Qt.Key.Key_E)
    assert window.document.project.codes[ECONOMICS].shortcut == "E"
    assert tree_rows(editor)[2] == ("economics", "E", "0")
    assert window.annotating.tag_action(ECONOMICS).shortcut() == QKeySequence("E")
    assert editor.message.text() == ""

    editor.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.reader.panes[1].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_E)
    [annotation] = list(window.document.project.annotations)
    assert annotation.tags == (ECONOMICS,)
    qtbot.keyClick(view, Qt.Key.Key_3)  # the old key tags no more
    assert [a.tags for a in window.document.project.annotations] == [(ECONOMICS,)]


def test_export_then_import_qdc_and_csv_round_trip(
    qtbot: QtBot,
    window: MainWindow,
    prompter: FakePrompter,
    editor: CodebookEditor,
    tmp_path: Path,
) -> None:
    editor.select(ECONOMICS)
    editor.commands["add_child"].trigger()
    qtbot.keyClicks(editor.form.name, "trade")
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Return)
    project = window.document.project
    original = {code.name: code for code in project.codes}
    for format_command, suffix in (("export_qdc", ".qdc"), ("export_csv", ".csv")):
        target = tmp_path / f"codes{suffix}"
        prompter.codebook_paths.append(target)
        editor.commands[format_command].trigger()
        assert target.exists()
        assert "Wrote 4 codes" in editor.message.text()

        for name in ("trade", "economics"):
            editor.select(original[name].id)
            prompter.code_deletions.append(True)
            editor.commands["remove"].trigger()
        assert names(window) == ["motive", "reaction"]

        prompter.codebook_paths.append(target)
        qtbot.keyClick(editor.tree, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        assert prompter.errors == []
        assert editor.message.text() == f"Added 2 codes from codes{suffix}."
        back = {code.name: code for code in project.codes}
        assert set(back) == set(original)
        for name in ("economics", "trade"):
            assert _same_code(back[name], original[name]), (suffix, back[name], original[name])
        assert back["trade"].parent == back["economics"].id

        prompter.codebook_paths.append(target)
        editor.commands["import"].trigger()  # again: nothing new
        assert "already has every code" in editor.message.text()


def _same_code(one: Code, other: Code) -> bool:
    return (one.name, one.color.upper(), one.description) == (
        other.name,
        other.color.upper(),
        other.description,
    )


def test_follows_the_project_shown_in_the_window(
    window: MainWindow, prompter: FakePrompter, editor: CodebookEditor, tmp_path: Path
) -> None:
    from desktop_app.core.codebook_edits import add_code
    from desktop_app.importers.samples import sample_project
    from desktop_app.storage import project_file

    other = sample_project()
    add_code(other, "legitimacy").apply(other)
    path = tmp_path / "other.parallax.json"
    project_file.save(other, path)
    assert window.files.open_path(path)
    assert editor.windowTitle() == "Codebook — other"
    assert [row[0] for row in tree_rows(editor)] == [
        "motive",
        "reaction",
        "economics",
        "legitimacy",
    ]
    editor.select(window.document.project.codes.at(3).id)
    editor.form.name.setText("legitimation")
    editor.form.name.editingFinished.emit()
    assert names(window)[-1] == "legitimation"
    assert (
        window.annotating.tag_action(window.document.project.codes.at(3).id).text()
        == "legitimation"
    )


def test_drag_and_drop_nests_and_reorders_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, editor: CodebookEditor
) -> None:
    model = editor.model
    assert model is not None
    move = Qt.DropAction.MoveAction

    def drop(code_id: str, onto: str | None, row: int) -> None:
        data = model.mimeData([model.index_of(code_id)])
        parent = model.index_of(onto) if onto else QModelIndex()
        assert model.canDropMimeData(data, move, row, 0, parent)
        assert model.dropMimeData(data, move, row, 0, parent)
        qtbot.waitUntil(lambda: editor.current_code() == window.document.project.codes[code_id])

    drop(ECONOMICS, MOTIVE, -1)  # onto motive: nested under it
    assert tree_rows(editor) == [
        ("motive", "1", "0"),
        ("  economics", "3", "0"),
        ("reaction", "2", "0"),
    ]
    drop(REACTION, None, 0)  # between rows, at the top
    assert [row[0] for row in tree_rows(editor)] == ["reaction", "motive", "  economics"]
    refused = model.mimeData([model.index_of(MOTIVE)])
    assert not model.canDropMimeData(refused, move, -1, 0, model.index_of(ECONOMICS))
    undo(window)
    undo(window)
    assert [row[0] for row in tree_rows(editor)] == ["motive", "reaction", "economics"]


def test_a_read_only_project_keeps_its_codebook_and_says_so(
    window: MainWindow, editor: CodebookEditor
) -> None:
    window.document.read_only = True
    editor.select(MOTIVE)
    editor.form.name.setText("motives")
    editor.form.name.editingFinished.emit()
    assert names(window) == ["motive", "reaction", "economics"]
    assert "read-only" in editor.message.text()
    assert editor.form.name.text() == "motive"


def test_the_edited_codebook_is_saved_with_the_project_and_reopens(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, editor: CodebookEditor, tmp_path: Path
) -> None:
    editor.select(ECONOMICS)
    editor.commands["add_child"].trigger()
    qtbot.keyClicks(editor.form.name, "trade")
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Return)
    editor.select(MOTIVE)
    editor.commands["down"].trigger()
    edited = list(window.document.project.codes)
    target = tmp_path / "study.parallax.json"
    prompter.save_paths.append(target)
    assert window.files.save_as()
    assert window.files.open_path(target)
    assert list(window.document.project.codes) == edited
    assert [row[0] for row in tree_rows(editor)] == ["reaction", "motive", "economics", "  trade"]


def test_counts_read_as_english_for_none_one_and_many(
    window: MainWindow, editor: CodebookEditor, prompter: FakePrompter
) -> None:
    editor.select(MOTIVE)
    assert editor.form.uses.text() == "No annotations carry “motive”."
    tag(window, PHRASE, MOTIVE)
    editor.select(REACTION)
    editor.select(MOTIVE)
    assert editor.form.uses.text() == "1 annotation carries “motive”."
    tag(window, "White House", MOTIVE)
    editor.select(REACTION)
    editor.select(MOTIVE)
    assert editor.form.uses.text() == "2 annotations carry “motive”."
