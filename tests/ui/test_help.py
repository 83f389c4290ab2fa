"""Help that teaches: the shortcuts window (read from the menus), first-run guide, file format."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QTextBrowser
from pytestqt.qtbot import QtBot

from desktop_app.core.codebook_edits import set_shortcut
from desktop_app.ui.help.getting_started import GettingStarted
from desktop_app.ui.help.help_menu import offer_guide_on_first_run
from desktop_app.ui.help.shortcuts import ShortcutsWindow, shortcut_rows
from desktop_app.ui.shell.main_window import MainWindow


def _open_shortcuts(qtbot: QtBot, window: MainWindow) -> ShortcutsWindow:
    qtbot.keyClick(
        window.reader.panes[0].view, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier
    )
    found = window.findChild(ShortcutsWindow)
    assert found is not None
    qtbot.waitUntil(found.isVisible)
    return found


def _menu_actions(window: MainWindow) -> list[QAction]:
    actions: list[QAction] = []
    for menu in window.menus.values():
        stack: list[QMenu] = [menu]
        while stack:
            current = stack.pop()
            for action in current.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    stack.append(submenu)
                elif not action.isSeparator() and action.text():
                    actions.append(action)
    return actions


def test_ctrl_slash_lists_every_menu_command_with_its_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    shortcuts = _open_shortcuts(qtbot, window)
    listed = {(row.command, row.keys) for row in shortcuts.visible_rows()}
    expected = set()
    for action in _menu_actions(window):
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        expected.add((action.text().replace("&", "").replace("…", "").strip(), keys))
    assert expected <= listed
    assert len(listed) >= 40  # every feature's commands, not only the window's own
    assert ("Undo", "Ctrl+Z") in listed
    assert ("motive", "1") in listed


def test_search_filters_by_name_key_or_purpose(qtbot: QtBot, window: MainWindow) -> None:
    shortcuts = _open_shortcuts(qtbot, window)
    qtbot.keyClicks(shortcuts.search, "undo")
    found = [row.command for row in shortcuts.visible_rows()]
    assert "Undo" in found
    assert "Save" not in found
    shortcuts.search.clear()
    qtbot.keyClicks(shortcuts.search, "ctrl+e")
    assert any(row.keys == "Ctrl+E" for row in shortcuts.visible_rows())
    shortcuts.search.clear()
    qtbot.keyClicks(shortcuts.search, "no such command at all")
    assert shortcuts.visible_rows() == []


def test_the_list_follows_the_codebook(qtbot: QtBot, window: MainWindow) -> None:
    motive = window.document.project.codes.at(0)
    window.document.push(set_shortcut(window.document.project, motive.id, "7"))
    shortcuts = _open_shortcuts(qtbot, window)
    assert ("motive", "7") in {(r.command, r.keys) for r in shortcuts.visible_rows()}
    rows = shortcut_rows(window.menus)
    assert all(dataclasses.is_dataclass(row) for row in rows)


def test_getting_started_opens_once_and_names_this_codebook_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert offer_guide_on_first_run(window) is True
    guide = window.findChild(GettingStarted)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert not guide.isModal()  # the reader can try the steps in the panes meanwhile
    text = " ".join(label.text() for label in guide.findChildren(QLabel))
    assert "1 motive, 2 reaction, 3 economics" in text
    guide.close()
    assert offer_guide_on_first_run(window) is False
    window.commands["help.getting_started"].trigger()
    qtbot.waitUntil(guide.isVisible)


def test_the_file_format_notes_ship_and_load_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.commands["help.file_format"].trigger()
    browser = window.findChild(QTextBrowser, "fileFormatText")
    assert browser is not None
    assert "code points" in browser.toPlainText()
    assert not browser.openLinks()
    assert window.commands["help.file_format"] in window.menus["help"].actions()
    QApplication.processEvents()
