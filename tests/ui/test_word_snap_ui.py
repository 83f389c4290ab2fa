"""Mouse selections snap to whole words; Alt-drag, the keyboard and the preference stay exact."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.new_records import make_article, new_project
from desktop_app.ui.preferences.dialog import PreferencesDialog
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.settings import load_reading_prefs
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import canonical_span, point_of, select_with_keyboard

TEXT = (
    "The minister emphasizes the economic gains, not the politics.\n"
    "\n"
    "Министр подчеркнул экономическую выгоду, а не политику.\n"
    "\n"
    "Readers reacted 👩\u200d👩\u200d👧 with joy 🎉 and some doubt.\n"
)

Alt = Qt.KeyboardModifier.AltModifier
NoModifier = Qt.KeyboardModifier.NoModifier


def drag(
    qtbot: QtBot, view: ArticleView, start: int, end: int, modifier: Qt.KeyboardModifier
) -> None:
    """Press at ``start``, move and release at ``end``, holding ``modifier`` throughout."""
    view.setFocus()
    view.place_cursor(start)
    view.centerCursor()
    begin, finish = point_of(view, start), point_of(view, end)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, begin)
    for point in (begin + (finish - begin) / 2, finish):
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifier,
        )
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, finish)


def selected(view: ArticleView) -> str:
    span = view.selection_span()
    assert span is not None
    return view.article.text[span[0] : span[1]]


def reader(make_window: WindowFactory) -> tuple[MainWindow, ArticleView]:
    window = make_window(new_project([make_article(TEXT, title="Snapping")]))
    return window, window.reader.panes[0].view


def test_drag_from_mid_word_selects_whole_words_and_tags_them(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window, view = reader(make_window)
    start, _ = canonical_span(view, "sizes the econ")
    _, end = canonical_span(view, "sizes the econ")
    drag(qtbot, view, start, end, NoModifier)
    assert selected(view) == "emphasizes the economic"
    qtbot.keyClick(view, Qt.Key.Key_1)
    [annotation] = list(window.document.project.annotations)
    assert annotation.quote.exact == "emphasizes the economic"


def test_backward_drag_snaps_too_and_keeps_punctuation_out(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    _, view = reader(make_window)
    start, end = canonical_span(view, "ains, not the polit")
    drag(qtbot, view, end, start + 1, NoModifier)
    assert selected(view) == "gains, not the politics"  # the full stop stays out
    cursor = view.textCursor()
    assert cursor.position() < cursor.anchor()  # still a backward selection


def test_alt_drag_selects_exactly(qtbot: QtBot, make_window: WindowFactory) -> None:
    _, view = reader(make_window)
    start, end = canonical_span(view, "sizes the econ")
    drag(qtbot, view, start, end, Alt)
    assert view.selection_span() == (start, end)


def test_keyboard_selection_stays_exact(qtbot: QtBot, make_window: WindowFactory) -> None:
    _, view = reader(make_window)
    start, end = canonical_span(view, "sizes the econ")
    select_with_keyboard(qtbot, view, start, end)
    assert view.selection_span() == (start, end)


def test_cyrillic_and_emoji_passages_snap_to_words(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    _, view = reader(make_window)
    start, end = canonical_span(view, "черкнул экономи")
    drag(qtbot, view, start, end, NoModifier)
    assert selected(view) == "подчеркнул экономическую"
    start, end = canonical_span(view, "acted 👩\u200d👩\u200d👧 with jo")
    drag(qtbot, view, start, end, NoModifier)
    assert selected(view) == "reacted 👩\u200d👩\u200d👧 with joy"
    start, end = canonical_span(view, "th joy 🎉")
    drag(qtbot, view, start, end, NoModifier)
    assert selected(view) == "with joy 🎉"


def test_preference_off_selects_exactly_and_is_remembered(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window, view = reader(make_window)
    window.commands["edit.preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    assert dialog.snap_words.isChecked()
    dialog.snap_words.setChecked(False)
    dialog.accept()
    assert load_reading_prefs().snap_words is False

    start, end = canonical_span(view, "sizes the econ")
    drag(qtbot, view, start, end, NoModifier)
    assert view.selection_span() == (start, end)
