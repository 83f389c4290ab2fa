"""After any dialog closes, the keys work again in the pane the reader was in."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import make_application
from desktop_app.importers.samples import sample_project
from desktop_app.ui.help.shortcuts import ShortcutsWindow
from desktop_app.ui.shell.document import ProjectDocument
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.prompts import NoteDialog
from tests.ui.helpers import canonical_span, select_with_keyboard

PHRASE = "a central focus of the White House summit"


def _real_window(qtbot: QtBot) -> MainWindow:
    make_application()
    window = MainWindow(ProjectDocument(sample_project()))  # the real dialogs
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_ctrl_enter_keeps_the_note_and_the_tag_keys_work_at_once(qtbot: QtBot) -> None:
    window = _real_window(qtbot)
    view = window.reader.panes[1].view
    view.setFocus()
    select_with_keyboard(qtbot, view, *canonical_span(view, PHRASE))
    seen: list[NoteDialog] = []

    def type_and_keep() -> None:
        dialog = window.findChild(NoteDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, type_and_keep)
            return
        seen.append(dialog)
        QTimer.singleShot(3000, dialog.reject)  # never hang the suite if the key is ignored
        qtbot.keyClicks(dialog.editor, "why it matters")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, type_and_keep)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert seen, "N opened no note dialog"
    [annotation] = list(window.document.project.annotations)
    assert annotation.note == "why it matters"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_1)  # no click needed first
    assert window.document.project.annotations[annotation.id].tags != ()


def test_focus_comes_back_after_a_window_like_dialog_closes(qtbot: QtBot) -> None:
    window = _real_window(qtbot)
    view = window.reader.panes[0].view
    view.setFocus()
    window.commands["help.shortcuts"].trigger()
    shortcuts = window.findChild(ShortcutsWindow)
    assert shortcuts is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    shortcuts.close()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
