"""The Help menu's teaching half: Keyboard Shortcuts, Getting Started and the file format.

``install(window)`` adds the commands; ``offer_guide_on_first_run(window)`` is what the app
calls once the first frame is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.paths import resource
from desktop_app.ui.shell.settings import user_settings

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host


def install(window: Host) -> None:
    """Add Help ▸ Keyboard Shortcuts, Getting Started and Project File Format."""
    add = window.commands.add
    items = [
        add(
            "help.shortcuts",
            "&Keyboard Shortcuts",
            lambda: show_shortcuts(window),
            shortcut="Ctrl+/",
            tip="Every command with its keys, searchable",
        ),
        add(
            "help.getting_started",
            "&Getting Started",
            lambda: show_guide(window),
            tip="Four steps: panes, tagging, the list, saving and exporting",
        ),
        add(
            "help.file_format",
            "Project &File Format",
            lambda: show_file_format(window),
            tip="What a Parallax project file holds, and how offsets are counted",
        ),
    ]
    menu = window.menus["help"]
    first = next(iter(menu.actions()), None)
    for action in items:
        menu.insertAction(first, action)  # type: ignore[arg-type]
    if first is not None:
        menu.insertSeparator(first)


def _single(window: Host, name: str) -> QDialog | None:
    found = window.widget.findChild(QDialog, name)
    return found if isinstance(found, QDialog) else None


def _show(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def show_shortcuts(window: Host) -> QDialog:
    """Open (or bring forward) the shortcuts window, read afresh from the menus."""
    from desktop_app.ui.help.shortcuts import ShortcutsWindow

    dialog = _single(window, "shortcutsWindow")
    if isinstance(dialog, ShortcutsWindow):
        dialog.refresh()
    else:
        dialog = ShortcutsWindow(window.menus, window.widget)
    _show(dialog)
    return dialog


def show_guide(window: Host) -> QDialog:
    """Open (or bring forward) the Getting Started guide."""
    from desktop_app.ui.help.getting_started import GettingStarted

    dialog = _single(window, "gettingStarted")
    if dialog is None:
        dialog = GettingStarted(
            window.document.project, lambda: show_shortcuts(window), window.widget
        )
    _show(dialog)
    return dialog


def offer_guide_on_first_run(window: Host) -> bool:
    """Show the guide if this user has never seen it; True if it was shown."""
    from desktop_app.ui.help.getting_started import SHOWN_KEY

    store = user_settings()
    if str(store.value(SHOWN_KEY, "false")).lower() == "true":
        return False
    store.setValue(SHOWN_KEY, True)
    store.sync()
    show_guide(window)
    return True


def show_file_format(window: Host) -> QDialog:
    """A reader for the file-format notes that ship with Parallax (nothing is fetched)."""
    dialog = _single(window, "fileFormat")
    if dialog is None:
        dialog = _file_format_dialog(window.widget)
    _show(dialog)
    return dialog


def _file_format_dialog(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("fileFormat")
    dialog.setWindowTitle("Project File Format")
    dialog.resize(720, 680)
    browser = QTextBrowser()
    browser.setObjectName("fileFormatText")
    browser.setOpenLinks(False)  # a link never loads anything, local or remote
    browser.setOpenExternalLinks(False)
    path = resource("help", "file-format.md")
    try:
        browser.setMarkdown(path.read_text(encoding="utf-8"))
    except OSError as error:
        browser.setPlainText(f"The file-format notes are missing ({path}: {error.strerror}).")
    browser.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser, 1)
    layout.addWidget(buttons)
    return dialog
