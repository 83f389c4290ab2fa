"""Keyboard focus is clearly visible: a 2 px ring in the theme's accent around fields and lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.themes import THEMES
from desktop_app.ui.preferences.focus_ring import RING_WIDTH, FocusRing, focus_ring
from desktop_app.ui.shell.main_window import MainWindow


def ring(window: MainWindow) -> FocusRing:
    found = focus_ring()
    assert found is not None
    return found


def painted_ring_pixels(widget: QWidget) -> list[QColor]:
    """Colours painted just outside ``widget``'s left and top edges, innermost last."""
    parent = widget.parentWidget()
    assert parent is not None
    box = widget.geometry()
    area = QRect(box.left() - 4, box.top() - 4, box.width() + 8, box.height() + 8)
    image = parent.grab(area).toImage()
    scale = image.devicePixelRatio()
    middle_y = int((4 + box.height() // 2) * scale)
    middle_x = int((4 + box.width() // 2) * scale)
    left = [image.pixelColor(int(x * scale), middle_y) for x in (2, 3)]
    top = [image.pixelColor(middle_x, int(y * scale)) for y in (2, 3)]
    return left + top


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus())


@pytest.mark.parametrize("name", sorted(THEMES))
def test_search_field_and_drop_downs_get_a_2px_accent_ring_in_every_theme(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    window.commands[f"view.theme.{name}"].trigger()
    accent = QColor(THEMES[name].focus)
    panel = window.panel
    focus(qtbot, panel.search)
    frame = ring(window)
    assert frame.widget() is panel.search
    assert frame.isVisible()
    expected = panel.search.geometry().adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
    assert frame.geometry().contains(expected)
    assert painted_ring_pixels(panel.search) == [accent] * 4

    qtbot.keyClick(panel.search, Qt.Key.Key_Tab)  # on to the tag drop-down, by keyboard
    qtbot.waitUntil(lambda: panel.tag_filter.hasFocus())
    assert frame.widget() is panel.tag_filter
    assert painted_ring_pixels(panel.tag_filter) == [accent] * 4
    assert painted_ring_pixels(panel.search) != [accent] * 4  # the ring left the search field


def test_the_reading_text_marks_focus_its_own_way(qtbot: QtBot, window: MainWindow) -> None:
    focus(qtbot, window.panel.search)
    frame = ring(window)
    view = window.reader.panes[0].view
    focus(qtbot, view)
    assert frame.widget() is None
    assert not frame.isVisible()


def test_preferences_fields_show_the_ring_too(qtbot: QtBot, window: MainWindow) -> None:
    from desktop_app.ui.preferences.dialog import PreferencesDialog

    window.commands["edit.preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    focus(qtbot, dialog.theme)
    frame = ring(window)
    assert frame.widget() is dialog.theme
    assert painted_ring_pixels(dialog.theme) == [QColor(THEMES["light"].focus)] * 4
    focus(qtbot, dialog.point_size)  # a spin box: ringed whole, not its inner line edit
    assert frame.widget() is dialog.point_size
    dialog.reject()
