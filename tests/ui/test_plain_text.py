"""Strings from files are shown as text, never read as markup: the helpers, then the window."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.shell.plain_text import (
    action_text,
    escaped,
    plain_label,
    tooltip_text,
    window_title_text,
)

MARKUP = '<img src="x.png"> <b>bold</b> &amp; <a href="https://e.org">link</a>\n  two  spaces'


def shown_as_rich_text(rich: str) -> str:
    """What Qt's rich-text engine shows for ``rich`` (as tooltips and labels lay it out)."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_a_tooltip_shows_markup_as_typed_with_its_line_breaks(qapp: object) -> None:
    assert shown_as_rich_text(tooltip_text(MARKUP)) == MARKUP
    assert QtGui.Qt.mightBeRichText(tooltip_text(MARKUP))  # so Qt never guesses from the text
    assert tooltip_text("") == ""  # no tooltip stays no tooltip


def test_escaped_text_inside_our_markup_shows_as_typed(qapp: object) -> None:
    text = '<img src="x.png"> & <b>b</b>\n&amp; line two'
    assert shown_as_rich_text(f"<div>{escaped(text)}</div>") == text


def test_a_plain_label_shows_markup_as_typed(qtbot: QtBot) -> None:
    label = plain_label(MARKUP)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == MARKUP


def test_an_ampersand_in_an_action_is_not_a_mnemonic(qapp: object) -> None:
    action = QAction(action_text("R&D && more"))
    assert action.iconText() == "R&D && more"  # Qt drops mnemonic markers from this


def test_a_modified_marker_in_a_name_stays_text_in_the_window_title(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle(f"{window_title_text('draft [*] v2')}[*] — Parallax")
    window.show()
    handle = window.windowHandle()
    assert handle.title() == "draft [*] v2 — Parallax"
    window.setWindowModified(True)
    assert handle.title() == "draft [*] v2* — Parallax"
