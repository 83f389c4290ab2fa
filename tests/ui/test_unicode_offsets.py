"""Offsets at the widget boundary: emoji, combining marks, right-to-left text, CRLF input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.new_records import make_article, new_project
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import drag_select, painted_background, select_with_keyboard

RAW = (
    "Emoji first 👩🏽‍🔬 and 😀 then the quote: “Prices rose 😀 fast”.\r\n"
    "Cafe\u0301 society and nai\u0308ve readers.\r\n"
    "\r\n"
    "שלום עולם — the Hebrew greeting; مرحبا بالعالم in Arabic.\r"
    "Last line with 𝔸𝕓𝕔 maths letters.\n"
)

# Right-to-left passages are selected with the keyboard: with the mouse, where a drag
# starts at the seam of a left-to-right and a right-to-left run is a visual matter.
CASES = [
    ("“Prices rose 😀 fast”", "keyboard"),
    ("“Prices rose 😀 fast”", "mouse"),
    ("Café society", "keyboard"),
    ("naïve readers", "mouse"),
    ("שלום עולם", "keyboard"),
    ("مرحبا بالعالم", "keyboard"),
    ("𝔸𝕓𝕔 maths", "mouse"),
    ("👩🏽‍🔬 and 😀", "keyboard"),
]


@pytest.mark.parametrize(("phrase", "how"), CASES)
def test_selected_passage_is_stored_and_painted_exactly(
    qtbot: QtBot, make_window: WindowFactory, phrase: str, how: str
) -> None:
    article = make_article(RAW, title="Unicode")
    assert "\r" not in article.text
    window = make_window(new_project([article]))
    view = window.reader.panes[0].view
    text = view.article.text
    start = text.index(phrase)
    end = start + len(phrase)
    if how == "keyboard":
        select_with_keyboard(qtbot, view, start, end)
    else:
        drag_select(qtbot, view, start, end)
    assert view.selection_span() == (start, end)
    qtbot.keyClick(view, Qt.Key.Key_2)

    [annotation] = list(window.document.project.annotations)
    assert annotation.quote.exact == text[start:end] == phrase
    assert (annotation.start, annotation.end) == (start, end)
    for offset in range(start, end):
        assert painted_background(view, offset) is not None, (phrase, offset)
    if start > 0 and not text[start - 1].isspace():
        assert painted_background(view, start - 1) is None
    if end < len(text):
        assert painted_background(view, end) is None
    # What is painted is exactly the passage: the painted display range decodes to it.
    display_start = view.plan.offsets.to_display(start)
    display_end = view.plan.offsets.to_display(end)
    cursor = view.textCursor()
    cursor.setPosition(display_start)
    cursor.setPosition(display_end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().replace("\u2029", "\n") == phrase
