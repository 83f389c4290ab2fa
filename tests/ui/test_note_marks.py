"""A passage with a note shows a quiet mark in the right margin; hovering it shows the note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop_app.core.project import Change
from desktop_app.core.themes import THEMES
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.reading.note_marks import touches_notes
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard, shown_text

PHRASE = "Kazakhstan carries significant weight in Central Asia"
NOTE = "<img src='/etc/passwd'> & <b>check</b> the figures"


def muted_pixels(view: ArticleView) -> int:
    """Pixels of the note marks painted in (nearly) the theme's muted ink."""
    image = view.note_marks.grab().toImage()
    muted = QColor(view.theme.muted)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - muted.red())
                + abs(pixel.green() - muted.green())
                + abs(pixel.blue() - muted.blue())
                < 60
            ):
                count += 1
    return count


def add_note(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> ArticleView:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    view.centerCursor()
    prompter.notes.append(NOTE)
    window.commands["edit.note"].trigger()
    [annotation] = list(window.document.project.annotations)
    assert annotation.note == NOTE
    return view


def test_note_mark_is_painted_beside_the_passage_and_goes_with_undo(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    view = window.reader.panes[0].view
    assert muted_pixels(view) == 0
    view = add_note(qtbot, window, prompter)
    [(box, [annotation])] = view.note_marks.marks()
    assert annotation.note == NOTE
    # On the passage's first line, right of the text.
    first_line = view.cursorRect(view.textCursor())  # the cursor sits at the passage's end
    assert view.note_marks.x() >= view.viewport().geometry().right()
    assert box.height() <= first_line.height()
    assert muted_pixels(view) > 10

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: no note
    assert not window.document.project.annotations
    assert view.note_marks.marks() == []
    assert muted_pixels(view) == 0


def test_hovering_the_mark_shows_the_note_as_plain_text(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    view = add_note(qtbot, window, prompter)
    [(box, _)] = view.note_marks.marks()
    marks = view.note_marks
    point = box.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, marks.mapToGlobal(point))
    QApplication.sendEvent(marks, event)
    assert QToolTip.isVisible()
    assert NOTE in shown_text(QToolTip.text())  # escaped: shown literally, nothing loaded
    QToolTip.hideText()
    away = QPoint(int(box.center().x()), int(box.bottom()) + 40)
    assert marks.notes_at(away) == []


@pytest.mark.parametrize("name", sorted(THEMES))
def test_marks_are_painted_quietly_in_every_theme(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, name: str
) -> None:
    window.commands[f"view.theme.{name}"].trigger()
    view = add_note(qtbot, window, prompter)
    assert view.theme == THEMES[name]
    assert muted_pixels(view) > 10


def test_only_changes_to_notes_repaint_the_marks(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    import msgspec

    view = add_note(qtbot, window, prompter)
    [annotation] = list(window.document.project.annotations)
    article = view.article.id
    retagged = msgspec.structs.replace(annotation, tags=("x",))
    reworded = msgspec.structs.replace(annotation, note="other")
    assert not touches_notes(Change("changed", annotation, retagged, 0), article)
    assert touches_notes(Change("changed", annotation, reworded, 0), article)
    assert touches_notes(Change("removed", annotation, None, 0), article)
    assert not touches_notes(Change("removed", annotation, None, 0), "another article")
    bare = msgspec.structs.replace(annotation, note="")
    assert not touches_notes(Change("added", None, bare, 0), article)


def test_a_screen_without_notes_is_not_walked_block_by_block(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = add_note(qtbot, window, prompter)
    asked: list[int] = []
    original = ArticleView.notes_in_block

    def counting(self: ArticleView, block):  # type: ignore[no-untyped-def]
        asked.append(block.blockNumber())
        return original(self, block)

    monkeypatch.setattr(ArticleView, "notes_in_block", counting)
    assert len(view.note_marks.marks()) == 1  # the noted passage on screen: blocks walked
    assert asked
    asked.clear()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # far below the note
    assert view.note_marks.marks() == []
    assert asked == []  # nothing noted in view: not one block asked
    view.note_marks.repaint()
    assert muted_pixels(view) == 0
