"""Strings from files and users shown as text, never as Qt rich text (markup, mnemonics)."""

# Qt guesses rich text for labels, tooltips and message boxes from their first tag: a title
# `<img src="/dev/zero">` from an imported file would make the window read that file.
# Labels showing such strings are set to plain text; where we build rich text ourselves
# (tooltips, hover cards, dialogs with emphasis) the strings are escaped first; texts of
# actions and window titles have their own metacharacters (`&` mnemonics, `[*]`).

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

#: What ``html.escape(text, quote=True)`` replaces (html is not loaded before first paint).
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escaped(text: str) -> str:
    """``text`` for rich text of our own: markup characters escaped, line breaks kept."""
    return text.translate(_MARKUP).replace("\n", "<br>")


def tooltip_text(text: str) -> str:
    """A tooltip that shows ``text`` as it is, line breaks and all ("" stays no tooltip).

    A tooltip is rich text whenever Qt finds a tag in its first line, so the text is given
    as rich text, escaped, whose paragraph keeps its spaces and line breaks (and wraps).
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{text.translate(_MARKUP)}</p>"


def plain(label: QLabel, text: str | None = None) -> QLabel:
    """Make ``label`` show its text (and ``text`` when given) literally; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(text)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A new label that shows ``text`` literally."""
    return plain(QLabel(parent), text)


def plain_labels(widget: QWidget) -> None:
    """Make every label inside ``widget`` (a Qt dialog we fill with text) plain text."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def action_text(text: str) -> str:
    """``text`` for a menu item or button: a ``&`` shows as itself, not as a mnemonic."""
    return text.replace("&", "&&")


def window_title_text(text: str) -> str:
    """``text`` for part of a window title: a ``[*]`` in it is not the modified marker."""
    return text.replace("[*]", "[*][*]")
