"""Accessibility: every action in a menu with a unique shortcut, names, announcements, focus."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
    QWidgetAction,
)
from pytestqt.qtbot import QtBot

from desktop_app.ui.reading.article_pane import ArticlePane
from desktop_app.ui.shell import accessibility as accessibility_module
from desktop_app.ui.shell.accessibility import describe_edit, short_quote
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard

PHRASE = "Lillis emphasizes that the decision is driven primarily by Kazakhstan’s desire"
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QDockWidget,
    QToolBar,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
)


def actions_in_menus(window: MainWindow) -> set[QAction]:
    found: set[QAction] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif not action.isSeparator():
                found.add(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())  # type: ignore[arg-type]
    return found


def test_every_registered_toolbar_and_context_action_is_in_a_menu(window: MainWindow) -> None:
    in_menus = actions_in_menus(window)
    registered = {window.commands[i] for i in window.commands.ids()}
    assert registered <= in_menus, sorted(a.objectName() for a in registered - in_menus)
    on_toolbars = {
        action
        for toolbar in window.findChildren(QToolBar)
        for action in toolbar.actions()
        if not action.isSeparator() and not isinstance(action, QWidgetAction)
    }
    assert on_toolbars <= in_menus, sorted(a.text() for a in on_toolbars - in_menus)
    context = {a for a in window._context_actions() if a is not None}
    assert context <= in_menus


def test_shortcuts_show_in_menus_and_none_is_ambiguous(window: MainWindow) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            continue
        for sequence in action.shortcuts():
            owners[sequence.toString()].append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            owners[shortcut.key().toString()].append(f"QShortcut {shortcut.objectName()}")
    clashes = {keys: names for keys, names in owners.items() if len(set(names)) > 1}
    assert clashes == {}
    # A menu shows each action's shortcut: the action carries it, the menu renders it.
    with_keys = [a for a in actions_in_menus(window) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 20


def test_menus_open_with_alt_keys_and_their_entries_have_mnemonics(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    view.setFocus()
    # Alt+V opens the View menu; its entries are reachable with the arrow keys and Enter.
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.menus["view"].isVisible())
    window.menus["view"].close()
    for menu in window.menus.values():
        titles = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert all("&" in t for t in titles if t) or menu is window.menus["tags"], titles


def test_interactive_widgets_have_accessible_names(window: MainWindow) -> None:
    QApplication.processEvents()  # names given once every feature has added its widgets
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()} in "
        f"{present(widget.parentWidget()).objectName()}"
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and not widget.accessibleName()
    ]
    assert unnamed == []
    assert window.menuBar().accessibleName()
    assert window.statusBar().accessibleName()
    for pane in window.reader.panes:
        assert pane.accessibleName().startswith("Article: ")
        assert pane.view.accessibleName().startswith("Text of ")


def test_tagging_is_announced_to_screen_readers(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    posted: list[tuple[object, str]] = []
    real = accessibility_module.post_announcement

    def record(source: QObject, text: str) -> None:
        posted.append((source, text))
        real(source, text)  # the real event still goes out

    monkeypatch.setattr(accessibility_module, "post_announcement", record)
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)

    with qtbot.waitSignal(window.announced) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_1)

    expected = "Tagged “motive”: Lillis emphasizes that the decision is driven primarily by…"
    assert blocker.args == [expected]
    assert posted == [(view, expected)]
    assert window.statusBar().currentMessage() == expected

    qtbot.keyClick(view, Qt.Key.Key_1)  # the cursor is in the passage: untag
    assert posted[-1][1].startswith("Removed tag “motive”: Lillis")


def test_notes_and_deletions_are_announced(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    said: list[str] = []
    window.announced.connect(said.append)
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_2)
    prompter.notes.append("A reason, not a result")
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [s.split(":")[0] for s in said] == [
        "Tagged “reaction”",
        "Added a note",
        "Deleted the annotation (Ctrl+Z brings it back)",
    ]


def test_announcement_texts() -> None:
    assert describe_edit("Tag “motive”", "Short passage.") == "Tagged “motive”: Short passage."
    assert describe_edit("Edit note") == "Edited the note"
    assert short_quote("a  b\n c") == "a b c"
    long = "word " * 40
    assert short_quote(long).endswith("…")
    assert len(short_quote(long)) <= 61


def painted_rule(pane: ArticlePane) -> list[QColor]:
    """The colours of the rule under a pane's header, top to bottom, as painted."""
    image = pane.rule.grab().toImage()
    x = image.width() // 2
    return [image.pixelColor(x, y) for y in range(image.height())]


def test_the_active_pane_is_marked_and_follows_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    first, second = window.reader.panes[:2]
    first.view.setFocus()
    qtbot.waitUntil(lambda: first.marked)
    assert not second.marked
    theme = first.view.theme
    accent, paper, rule = QColor(theme.accent), QColor(theme.paper), QColor(theme.rule)
    assert painted_rule(first) == [accent, accent, accent]
    assert painted_rule(second) == [paper, paper, rule]

    qtbot.mouseClick(second.view.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.marked)
    assert not first.marked
    assert painted_rule(first) == [paper, paper, rule]
    assert painted_rule(second) == [accent, accent, accent]

    # Focus in the annotation list keeps the pane commands act on marked.
    window.panel.table.setFocus()
    QApplication.processEvents()
    assert second.marked


def test_the_text_cursor_is_visible_in_the_read_only_panes(window: MainWindow) -> None:
    for pane in window.reader.panes:
        view = pane.view
        assert view.isReadOnly()
        assert view.cursorWidth() >= 2
        assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_the_annotation_list_shows_its_current_row_when_focused(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    table = window.panel.table
    table.selectionModel().clearSelection()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: table.hasFocus())
    current = table.currentIndex()
    assert current.isValid()
    assert table.selectionModel().isRowSelected(current.row(), current.parent())


def test_zoom_shortcuts_read_as_keys_in_the_menu(window: MainWindow) -> None:
    zoom_in = window.commands["view.zoom_in"]
    keys = [s.toString() for s in zoom_in.shortcuts()]
    assert keys[0] == QKeySequence("Ctrl++").toString()
    assert "Ctrl+=" in keys
    assert window.commands["edit.preferences"] in actions_in_menus(window)
