"""Reading comfort from the keyboard: zoom, preferences kept per user, themes, focus mode."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from msgspec.structs import fields
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar
from pytestqt.qtbot import QtBot

from desktop_app.core.themes import DARK, HIGH_CONTRAST, LIGHT
from desktop_app.ui.preferences.dialog import PreferencesDialog
from desktop_app.ui.preferences.reading_comfort import apply_application_look, theme_palette
from desktop_app.ui.preferences.theme import ReadingStyle, style
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.settings import (
    THEME_VARIABLE,
    ReadingPrefs,
    load_reading_prefs,
    save_reading_prefs,
    settings_path,
)
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import canonical_span, painted_background, select_with_keyboard

PHRASE = "Lillis emphasizes that the decision is driven primarily by Kazakhstan’s desire"


@pytest.fixture(autouse=True)
def _system_look_after_test() -> Iterator[None]:
    """Leave the shared QApplication as the system draws it for the next tests."""
    yield
    for field in fields(ReadingStyle):
        setattr(style, field.name, field.default)
    if QApplication.instance() is not None:
        apply_application_look("system")


def scroll_to_middle(view: ArticleView) -> None:
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()


def test_zoom_keys_change_every_pane_and_keep_the_reading_position(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Each pane on its own: with compare mode on, the second follows the first by alignment
    # (tests/ui/test_compare_mode.py); here each must keep its own place.
    window.commands["view.compare"].setChecked(False)
    views = [pane.view for pane in window.reader.panes]
    assert len(views) >= 2
    sizes = [view.font().pointSizeF() for view in views]
    for view in views:
        scroll_to_middle(view)
    tops = [view.first_visible_offset() for view in views]
    assert all(top > 0 for top in tops)

    qtbot.keyClick(views[0], Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(views[0], Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)

    for view, size, top in zip(views, sizes, tops, strict=True):
        assert view.font().pointSizeF() == pytest.approx(size * 1.1**2, abs=0.01)
        # The line that was at the top is still there: its start is at most a line before.
        now = view.first_visible_offset()
        assert now <= top < now + 120, (now, top)
    title = window.reader.panes[0].title.font().pointSizeF()

    qtbot.keyClick(views[0], Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert views[1].font().pointSizeF() == pytest.approx(sizes[1] * 1.1, abs=0.01)
    assert window.reader.panes[0].title.font().pointSizeF() < title

    qtbot.keyClick(views[1], Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert [view.font().pointSizeF() for view in views] == pytest.approx(sizes)
    assert load_reading_prefs().zoom == 0


def test_zoom_scales_headings_and_keeps_the_half_line_gap(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    base = view.font().pointSizeF()
    assert _format_size_of_role(view, "HEADING") == pytest.approx(base * 1.28)
    assert _format_size_of_role(view, "SPACER") == pytest.approx(base * 0.5)

    window.commands["view.zoom_in"].trigger()

    zoomed = view.font().pointSizeF()
    assert zoomed == pytest.approx(base * 1.1)
    assert _format_size_of_role(view, "HEADING") == pytest.approx(zoomed * 1.28)
    assert _format_size_of_role(view, "SPACER") == pytest.approx(zoomed * 0.5)


def _format_size_of_role(view: ArticleView, role_name: str) -> float | None:
    from desktop_app.core.layout import Role

    role = Role[role_name]
    block = view.document().firstBlock()
    while block.isValid():
        number = block.blockNumber()
        if number < len(view.plan.roles) and view.plan.roles[number] is role:
            if role in (Role.BLANK, Role.SPACER):
                return block.charFormat().fontPointSize()
            view.ensure_highlighted(view.plan.offsets.to_canonical(block.position(), forward=True))
            formats = block.layout().formats()
            return formats[0].format.fontPointSize() if formats else None
        block = block.next()
    return None


def test_preferences_persist_for_the_user_and_apply_to_a_new_window(
    qtbot: QtBot, window: MainWindow, make_window: WindowFactory
) -> None:
    qtbot.keyClick(
        window.reader.panes[0].view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.point_size.setValue(15.0)
    dialog.measure.setValue(60)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    view = window.reader.panes[0].view
    assert view.font().pointSizeF() == pytest.approx(15.0)  # previewed live
    dialog.accept()

    path = settings_path()
    assert path.is_file()
    assert Path(os.environ["XDG_CONFIG_HOME"]) in path.parents  # never the real home
    assert load_reading_prefs() == ReadingPrefs(point_size=15.0, measure=60, theme="high-contrast")

    second = make_window()
    other = second.reader.panes[0].view
    assert other.font().pointSizeF() == pytest.approx(15.0)
    assert other.measure_chars == 60
    assert other.theme == HIGH_CONTRAST
    assert second.commands["view.theme.high-contrast"].isChecked()


def test_cancelling_preferences_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    size = view.font().pointSizeF()
    window.commands["edit.preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    dialog.point_size.setValue(size + 4)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert view.theme == DARK
    dialog.reject()
    assert view.font().pointSizeF() == pytest.approx(size)
    assert view.theme != DARK
    assert not settings_path().exists()


def test_line_width_preference_narrows_the_text_column(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    window.resize(1900, 900)
    QApplication.processEvents()
    wide = view.viewport().width()
    window.commands["edit.preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    dialog.measure.setValue(45)
    dialog.accept()
    QApplication.processEvents()
    assert view.measure_chars == 45
    assert view.viewport().width() < wide


def test_theme_switch_repaints_paper_ink_highlights_and_the_application(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.reader.panes[0].view
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    motive = window.document.project.code_by_name("motive")
    assert motive is not None

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    system_style = app.style().name()
    system_window = app.palette().color(QPalette.ColorRole.Window)
    window.commands["view.theme.dark"].trigger()

    assert view.theme == DARK
    assert view.palette().color(QPalette.ColorRole.Base) == QColor(DARK.paper)
    assert view.palette().color(QPalette.ColorRole.Text) == QColor(DARK.ink)
    assert painted_background(view, start) == QColor(DARK.highlight((motive.color,)))
    header = window.reader.panes[0].header.palette().color(QPalette.ColorRole.Window)
    assert header == QColor(DARK.paper)
    assert app.style().name().lower() == "fusion"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
    assert load_reading_prefs().theme == "dark"

    window.commands["view.theme.light"].trigger()
    assert painted_background(view, start) == QColor(LIGHT.highlight((motive.color,)))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180

    window.commands["view.theme.system"].trigger()
    assert app.style().name() == system_style
    assert app.palette().color(QPalette.ColorRole.Window) == system_window
    assert load_reading_prefs().theme == "system"


def test_theme_from_the_environment_overrides_the_saved_one(
    monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory
) -> None:
    save_reading_prefs(ReadingPrefs(theme="light"))
    monkeypatch.setenv(THEME_VARIABLE, "high-contrast-dark")
    window = make_window()
    view = window.reader.panes[0].view
    assert view.palette().color(QPalette.ColorRole.Base) == QColor("#000000")
    assert view.palette().color(QPalette.ColorRole.Text) == QColor("#FFFFFF")


def test_unreadable_settings_fall_back_to_defaults() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[reading]\npoint_size=huge\nmeasure=9999\ntheme=neon\nzoom=-40\n")
    prefs = load_reading_prefs()
    assert prefs.point_size == ReadingPrefs().point_size
    assert prefs.measure == 120
    assert prefs.theme == "system"
    assert prefs.zoom == -5


def test_focus_mode_hides_the_chrome_and_escape_restores_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    toolbars = [t for t in window.findChildren(QToolBar) if t.isVisible()]
    assert docks
    assert toolbars
    view = window.reader.panes[0].view
    view.setFocus()

    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert window.commands["view.focus_mode"].isChecked()
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert not any(d.isVisible() for d in docks)
    assert not any(t.isVisible() for t in toolbars)
    assert all(pane.isVisible() for pane in window.reader.panes)

    # Shortcuts still work with the menus hidden.
    size = view.font().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() > size

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.commands["view.focus_mode"].isChecked()
    assert not window.isFullScreen()
    assert window.menuBar().isVisible()
    assert window.statusBar().isVisible()
    assert all(d.isVisible() for d in docks)
    assert all(t.isVisible() for t in toolbars)

    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert not window.menuBar().isVisible()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert window.menuBar().isVisible()
    assert all(d.isVisible() for d in docks)


def test_system_theme_follows_the_desktop_turning_dark(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = QPalette(app.palette())
    view = window.reader.panes[0].view
    assert view.theme == LIGHT
    try:
        app.setPalette(theme_palette(DARK))  # what a desktop switching to dark does
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert view.theme == DARK
        assert view.palette().color(QPalette.ColorRole.Base) == QColor(DARK.paper)
    finally:
        app.setPalette(light)


def test_focus_mode_survives_a_codebook_change_and_the_new_tag_keys_work(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop_app.core.codebook_edits import rename_code

    view = window.reader.panes[0].view
    view.setFocus()
    window.commands["view.focus_mode"].trigger()
    project = window.document.project
    motive = project.code_by_name("motive")
    assert motive is not None
    edit = rename_code(project, motive.id, "purpose")
    assert edit is not None
    window.document.push(edit)  # the tag actions are rebuilt while the menus are hidden

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.menuBar().isVisible()
    assert window.commands[f"tag.{motive.id}"].text() == "purpose"
    start, end = canonical_span(view, PHRASE)
    select_with_keyboard(qtbot, view, start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert [a.tags for a in project.annotations] == [(motive.id,)]
