"""Files from the window: unsaved-changes prompt, Save As, opening what cannot be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.app import initial_document
from desktop_app.storage.project_file import load
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.prompts import UnsavedChoice
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard

PHRASE = "Kazakhstan carries significant weight"


def make_change(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, PHRASE))
    qtbot.keyClick(view, Qt.Key.Key_1)


def test_title_marks_unsaved_changes(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*] — Parallax"
    assert not window.isWindowModified()
    make_change(qtbot, window)
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    make_change(qtbot, window)
    prompter.unsaved.append(UnsavedChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    assert prompter.asked == ["unsaved:Untitled"]
    assert len(window.document.project.annotations) == 1


def test_closing_and_saving_asks_for_a_path_then_closes(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    make_change(qtbot, window)
    target = tmp_path / "closing"
    prompter.unsaved.append(UnsavedChoice.SAVE)
    prompter.save_paths.append(target)
    assert window.close()
    saved = tmp_path / "closing.parallax.json"  # the extension is added
    assert len(load(saved).annotations) == 1


def test_closing_and_discarding_closes_without_writing(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    make_change(qtbot, window)
    prompter.unsaved.append(UnsavedChoice.DISCARD)
    assert window.close()
    assert list(tmp_path.iterdir()) == []


def test_save_as_then_save_writes_the_same_file(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    make_change(qtbot, window)
    first = tmp_path / "first.parallax.json"
    prompter.save_paths.append(first)
    qtbot.keyClick(
        window.reader.panes[0].view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.document.path == first
    qtbot.keyClick(window.reader.panes[0].view, Qt.Key.Key_2)
    qtbot.keyClick(window.reader.panes[0].view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert prompter.asked.count("save_path") == 1
    assert len(load(first).annotations.at(0).tags) == 2
    assert (tmp_path / "first.parallax.json~").exists()  # the previous version is kept


def test_command_line_articles_open_as_a_new_project(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("A headline\nThe body of the article.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    document, problems = initial_document([str(article), str(empty)])
    assert [a.title for a in document.project.articles] == ["A headline"]
    assert document.path is None
    assert len(problems) == 1
    assert "empty.txt" in problems[0]


def test_features_follow_the_shown_project_and_let_the_old_one_go(
    qtbot: QtBot, window: MainWindow
) -> None:
    old = window.document.project
    listening = old.changed.receivers()
    assert listening > 0
    window.files.new_project()
    new = window.document.project
    assert new is not old
    # Nothing still listens to the closed project once its panes are deleted (deleteLater).
    qtbot.waitUntil(lambda: old.changed.receivers() == 0, timeout=10_000)
    assert new.changed.receivers() >= listening - 2  # panes are rebuilt; features moved over


def test_the_window_comes_back_at_the_size_and_place_it_was_closed_at(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    first = make_window()
    size = (first.width() - 120, first.height() - 90)  # smaller than the first start's size
    first.resize(*size)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == size)
    assert first.close()
    second = make_window()
    assert (second.width(), second.height()) == size


def test_a_cancelled_close_does_not_remember_the_size(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter
) -> None:
    first = make_window()
    default = (first.width(), first.height())
    first.resize(default[0] - 120, default[1] - 90)
    qtbot.waitUntil(lambda: first.width() == default[0] - 120)
    make_change(qtbot, first)
    prompter.unsaved.append(UnsavedChoice.CANCEL)
    assert not first.close()
    second = make_window()
    assert (second.width(), second.height()) == default


def test_the_standing_hint_comes_back_after_news_in_the_status_bar(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop_app.ui.shell.main_window import HINT

    assert window.hint.full_text() == HINT
    window.announce("Compared: 12 pairs", timeout_ms=50)
    assert window.statusBar().currentMessage() == "Compared: 12 pairs"
    assert not window.hint.isVisible()  # news covers the hint
    qtbot.waitUntil(lambda: window.hint.isVisible())
    assert window.statusBar().currentMessage() == ""


def test_a_crowded_status_bar_shortens_the_hint_instead_of_cutting_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop_app.ui.shell.main_window import HINT

    window.resize(700, window.height())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=10_000)
    qtbot.waitUntil(lambda: window.hint.is_elided())
    shown = window.hint.text()
    assert shown.endswith("…")
    assert HINT.startswith(shown[:-1])
    assert window.hint.toolTip() == HINT
    assert window.hint.fontMetrics().horizontalAdvance(shown) <= window.hint.width()


def test_the_size_and_place_are_kept_as_qt_bytes_and_older_files_still_load(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from PySide6.QtCore import QSettings

    from desktop_app.ui.shell.settings import (
        load_window_geometry,
        save_window_geometry,
        settings_path,
    )

    save_window_geometry(b"\x01\xd9\xd0\xcb geometry")
    assert "@ByteArray(" in settings_path().read_text(encoding="utf-8")
    assert load_window_geometry() == b"\x01\xd9\xd0\xcb geometry"
    # Files written before kept Python bytes (a pickled object): they still load.
    store = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    store.setValue("window/geometry", b"older geometry")
    store.sync()
    assert "PyObjectWrapper" in settings_path().read_text(encoding="latin-1")
    assert load_window_geometry() == b"older geometry"
    first = make_window()
    size = (first.width() - 100, first.height() - 80)
    first.resize(*size)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == size)
    assert first.close()
    assert "@ByteArray(" in settings_path().read_text(encoding="latin-1")
    second = make_window()
    assert (second.width(), second.height()) == size
