"""Coding from the keyboard: go to annotations, resize them, repeat and pick tags, hide tags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop_app.core.annotation_edits import set_note, toggle_tag
from desktop_app.core.records import Annotation
from desktop_app.ui.annotating.annotation_model import AnnotationTableModel
from desktop_app.ui.annotating.highlight_toggles import HighlightToggles
from desktop_app.ui.annotating.keyboard_coding import KeyboardCoding
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    FakePrompter,
    canonical_span,
    painted_background,
    select_with_keyboard,
    shown_text,
)

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
FIRST = "Lillis emphasizes"
SECOND = "critical minerals"
THIRD = "Central Asia"


def code_id(window: MainWindow, name: str) -> str:
    code = window.document.project.code_by_name(name)
    assert code is not None
    return code.id


def tag_phrase(window: MainWindow, phrase: str, tag: str) -> Annotation:
    """Set-up shortcut: tag a phrase of the first pane through the undo stack."""
    pane = window.reader.panes[0]
    start, end = canonical_span(pane.view, phrase)
    project = window.document.project
    window.document.push(toggle_tag(project, pane.article_id, start, end, code_id(window, tag)))
    found = project.annotation_with_span(pane.article_id, start, end)
    assert found is not None
    return found


def press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    view = window.reader.panes[0].view
    view.setFocus()
    qtbot.keyClick(view, key, modifiers)


def at_cursor(window: MainWindow) -> int:
    return window.reader.panes[0].view.cursor_offset()


def test_j_and_k_walk_the_annotations_flash_and_select_rows(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = tag_phrase(window, FIRST, "motive")
    second = tag_phrase(window, SECOND, "economics")
    third = tag_phrase(window, THIRD, "motive")
    ordered = sorted([first, second, third], key=lambda a: a.start)
    view = window.reader.panes[0].view
    view.place_cursor(0)

    for expected in ordered:
        press(qtbot, window, Qt.Key.Key_J)
        assert at_cursor(window) == expected.start
        assert view.is_flashing()
        assert window.panel.selected_annotation() == expected.id
    press(qtbot, window, Qt.Key.Key_J)  # past the last one: wraps to the first
    assert at_cursor(window) == ordered[0].start
    assert "Wrapped" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_K)
    assert at_cursor(window) == ordered[-1].start
    press(qtbot, window, Qt.Key.Key_K)
    assert at_cursor(window) == ordered[1].start
    assert window.panel.selected_annotation() == ordered[1].id


def test_alt_j_stays_within_the_tag_at_the_cursor(qtbot: QtBot, window: MainWindow) -> None:
    motives = sorted(
        [tag_phrase(window, FIRST, "motive"), tag_phrase(window, THIRD, "motive")],
        key=lambda a: a.start,
    )
    tag_phrase(window, SECOND, "economics")
    window.reader.panes[0].view.place_cursor(motives[0].start)
    press(qtbot, window, Qt.Key.Key_J, ALT)
    assert at_cursor(window) == motives[1].start
    press(qtbot, window, Qt.Key.Key_J, ALT)
    assert at_cursor(window) == motives[0].start
    press(qtbot, window, Qt.Key.Key_K, ALT)
    assert at_cursor(window) == motives[1].start


def test_boundaries_grow_and_shrink_by_a_word_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    annotation = tag_phrase(window, FIRST, "motive")
    note = "first reason"  # the note must survive resizing
    window.document.push(set_note(window.document.project, annotation.id, note))
    view = window.reader.panes[0].view
    text = view.article.text
    view.place_cursor(annotation.start + 2)
    project = window.document.project

    press(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)
    grown = project.annotations[annotation.id]
    assert text[grown.start : grown.end] == "Lillis emphasizes that"
    assert grown.quote.exact == "Lillis emphasizes that"
    assert (grown.tags, grown.note) == (annotation.tags, note)
    colour = painted_background(view, grown.end - 1)
    assert colour is not None
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)
    assert project.annotations[annotation.id].quote.exact == "Lillis"
    assert painted_background(view, annotation.start + len("Lillis") + 2) is None
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # one word left: it stays
    assert project.annotations[annotation.id].quote.exact == "Lillis"
    press(qtbot, window, Qt.Key.Key_Left, CTRL | ALT | SHIFT)  # the start takes a word
    widened = project.annotations[annotation.id]
    assert widened.end == annotation.start + len("Lillis")
    assert widened.start < annotation.start
    assert widened.quote.exact == text[widened.start : widened.end]

    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert project.annotations[annotation.id].quote.exact == FIRST
    assert painted_background(view, annotation.end - 1) is not None
    assert painted_background(view, annotation.end + 3) is None


def test_period_repeats_the_last_tag_on_a_new_selection(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, FIRST)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_2)
    start, end = canonical_span(view, SECOND)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_Period)
    project = window.document.project
    repeated = project.annotation_with_span(view.article.id, start, end)
    assert repeated is not None
    assert repeated.tags == (code_id(window, "reaction"),)


def test_period_before_any_tag_explains(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, SECOND))
    qtbot.keyClick(view, Qt.Key.Key_Period)
    assert len(window.document.project.annotations) == 0
    assert "No tag used yet" in window.statusBar().currentMessage()


def test_quick_picker_finds_a_tag_by_part_of_its_name(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, SECOND)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_T)
    picker = window.feature(KeyboardCoding).picker
    qtbot.waitUntil(picker.isVisible)
    assert picker.matching_names() == [c.name for c in window.document.project.codes]
    qtbot.keyClicks(picker.line, "ONOM")
    assert picker.matching_names() == ["economics"]
    assert not picker.list.item(0).icon().isNull()  # a colour swatch
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert not picker.isVisible()
    tagged = window.document.project.annotation_with_span(view.article.id, start, end)
    assert tagged is not None
    assert tagged.tags == (code_id(window, "economics"),)
    # The picked tag is now the one "." repeats.
    other = canonical_span(view, THIRD)
    select_with_keyboard(qtbot, view, *other)
    qtbot.keyClick(view, Qt.Key.Key_Period)
    repeated = window.document.project.annotation_with_span(view.article.id, *other)
    assert repeated is not None
    assert repeated.tags == (code_id(window, "economics"),)


def test_quick_picker_escape_tags_nothing(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, SECOND))
    qtbot.keyClick(view, Qt.Key.Key_T)
    picker = window.feature(KeyboardCoding).picker
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClicks(picker.line, "mot")
    qtbot.keyClick(picker.line, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    assert len(window.document.project.annotations) == 0


def stripe_colours(window: MainWindow) -> set[str]:
    view = window.reader.panes[0].view
    return {colour for _rect, colour in view.tag_stripes.stripes(view)}


def test_hiding_a_tag_removes_its_paint_and_stripes(qtbot: QtBot, window: MainWindow) -> None:
    motive = tag_phrase(window, FIRST, "motive")
    economics = tag_phrase(window, SECOND, "economics")
    view = window.reader.panes[0].view
    view.place_cursor(motive.start)
    view.ensureCursorVisible()
    project = window.document.project
    colours = {n: view.tag_colour(code_id(window, n)) for n in ("motive", "economics")}
    assert painted_background(view, motive.start) is not None
    assert colours["motive"] in stripe_colours(window)

    window.commands[f"highlights.code.{code_id(window, 'motive')}"].trigger()
    assert painted_background(view, motive.start) is None
    assert painted_background(view, economics.start) is not None
    assert colours["motive"] not in stripe_colours(window)
    assert all(code_id(window, "motive") in p.view.hidden_tags for p in window.reader.panes)

    # Panes rebuilt (another layout) keep the choice.
    window.reader.show_articles(project, project.articles.ids()[:2], window._context_actions)
    window.panes_changed.emit()
    rebuilt = window.reader.panes[0].view
    assert rebuilt is not view
    assert painted_background(rebuilt, motive.start) is None
    assert isinstance(painted_background(rebuilt, economics.start), QColor)

    qtbot.keyClick(rebuilt, Qt.Key.Key_H, CTRL | SHIFT)  # some hidden: show all
    assert painted_background(rebuilt, motive.start) is not None
    assert window.commands["highlights.all"].isChecked()
    qtbot.keyClick(rebuilt, Qt.Key.Key_H, CTRL | SHIFT)  # hide all
    assert painted_background(rebuilt, motive.start) is None
    assert painted_background(rebuilt, economics.start) is None
    rebuilt.ensureCursorVisible()
    assert stripe_colours(window) == set()
    assert not window.commands[f"highlights.code.{code_id(window, 'economics')}"].isChecked()


def test_article_note_with_undo(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    pane = window.reader.panes[1]
    pane.view.setFocus()
    prompter.notes.append("Framing: security first.\nCompare with the other outlet.")
    qtbot.keyClick(pane.view, Qt.Key.Key_N, CTRL | SHIFT)
    article = window.document.project.articles[pane.article_id]
    assert article.note == "Framing: security first.\nCompare with the other outlet."
    assert prompter.asked[-1] == f"note:{article.title}|"
    assert "security first" in pane.header.toolTip()
    assert window.isWindowModified()
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, CTRL)
    assert window.document.project.articles[pane.article_id].note == ""
    assert "security first" not in pane.header.toolTip()
    prompter.notes.append(None)  # cancelled: nothing changes
    qtbot.keyClick(pane.view, Qt.Key.Key_N, CTRL | SHIFT)
    assert window.document.project.articles[pane.article_id].note == ""


def test_notes_are_searchable_and_their_time_is_shown(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    tag_phrase(window, FIRST, "motive")
    annotation = tag_phrase(window, SECOND, "economics")
    view = window.reader.panes[0].view
    view.place_cursor(annotation.start + 1)
    prompter.notes.append("Resources angle:\nlithium and uranium")
    press(qtbot, window, Qt.Key.Key_N)
    panel = window.panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "URANIUM")
    assert panel.proxy.rowCount() == 1
    index = panel.proxy.index(0, AnnotationTableModel.NOTE)
    tip = shown_text(index.data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Resources angle:\nlithium and uranium")
    noted = window.document.project.annotations[annotation.id]
    assert noted.modified.astimezone().strftime("%d %b %Y, %H:%M") in tip
    panel.search.clear()
    qtbot.keyClicks(panel.search, "cobalt")
    assert panel.proxy.rowCount() == 0


def test_highlight_toggles_follow_codebook_changes(qtbot: QtBot, window: MainWindow) -> None:
    from desktop_app.core.edits import Insert, Remove
    from desktop_app.core.records import Code, new_id

    motive = tag_phrase(window, FIRST, "motive")
    view = window.reader.panes[0].view
    motive_id = code_id(window, "motive")
    window.commands[f"highlights.code.{motive_id}"].trigger()
    assert painted_background(view, motive.start) is None
    project = window.document.project
    added = Code(id=new_id(), name="framing", color="#AA66CC")
    window.document.push(Insert("Add code", added))
    assert f"highlights.code.{added.id}" in window.commands
    assert window.commands[f"highlights.code.{added.id}"].isChecked()
    assert not window.commands[f"highlights.code.{motive_id}"].isChecked()
    assert painted_background(view, motive.start) is None  # still hidden after the change
    window.document.push(Remove.of(project, project.codes[motive_id], "Delete code"))
    assert f"highlights.code.{motive_id}" not in window.commands
    assert motive_id not in window.feature(HighlightToggles).hidden
    assert window.commands["highlights.all"].isChecked()


def test_quick_picker_tags_the_annotation_at_the_cursor(qtbot: QtBot, window: MainWindow) -> None:
    annotation = tag_phrase(window, SECOND, "motive")
    view = window.reader.panes[0].view
    view.setFocus()
    view.place_cursor(annotation.start + 3)
    qtbot.keyClick(view, Qt.Key.Key_T)
    picker = window.feature(KeyboardCoding).picker
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClicks(picker.line, "e")
    # Names starting with "e" first, then names containing it, in codebook order.
    assert picker.matching_names() == ["economics", "motive", "reaction"]
    qtbot.keyClick(picker.line, Qt.Key.Key_Down)
    qtbot.keyClick(picker.line, Qt.Key.Key_Down)
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    tagged = window.document.project.annotations[annotation.id]
    assert tagged.tags == (code_id(window, "motive"), code_id(window, "reaction"))
