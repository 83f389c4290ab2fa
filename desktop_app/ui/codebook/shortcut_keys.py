"""Which keys a code's shortcut may use: not the app's own shortcuts, nor keys the text needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop_app.core.codebook_edits import shortcut_keys

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

#: Keys that move the cursor, select or scroll in a reading pane (with any modifier).
TEXT_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Space,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
    }
)
#: Standard shortcuts the reading panes and dialogs rely on, even when no action has them.
STANDARD_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Find,
    QKeySequence.StandardKey.FindNext,
    QKeySequence.StandardKey.FindPrevious,
    QKeySequence.StandardKey.ZoomIn,
    QKeySequence.StandardKey.ZoomOut,
    QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.Print,
    QKeySequence.StandardKey.HelpContents,
    QKeySequence.StandardKey.Preferences,
)


def portable(sequence: QKeySequence) -> str:
    """The sequence as stored in the project file ("Ctrl+K, 1")."""
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def native(sequence: str) -> str:
    """A stored sequence as this platform writes it (for messages)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def reserved_keys(window: Host) -> dict[str, str]:
    """Every shortcut the app uses for something other than tagging, with what it does."""
    reserved: dict[str, str] = {}
    for standard in STANDARD_KEYS:
        for sequence in QKeySequence.keyBindings(standard):
            reserved.setdefault(portable(sequence), f"the standard “{standard.name}” command")
    for action_id in window.commands.ids():
        if action_id.startswith("tag."):
            continue
        action = window.commands[action_id]
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                reserved[portable(sequence)] = f"“{action.text().replace('&', '')}”"
    return reserved


def shortcut_problem(window: Host, sequence: QKeySequence) -> str | None:
    """Why ``sequence`` cannot tag, or None when it is free (clashes between codes are core's)."""
    if sequence.isEmpty():
        return None
    text = portable(sequence)
    if not text or "\ufffd" in text:
        return "Qt cannot read that key; choose another."
    for position in range(sequence.count()):
        if sequence[position].key() in TEXT_KEYS:
            return f"{native(text)} is needed to move and select in the text."
    keys = shortcut_keys(text)
    for used, purpose in reserved_keys(window).items():
        other = shortcut_keys(used)
        shorter = min(len(keys), len(other))
        if shorter and keys[:shorter] == other[:shorter]:
            return f"{native(text)} clashes with {native(used)}, the shortcut of {purpose}."
    return None
