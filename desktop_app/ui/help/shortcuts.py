"""Help ▸ Keyboard Shortcuts: every command of the menus with its keys, searchable.

The list is read from the window's menus and their actions each time it opens, so it can
never go stale: a command added by any feature, or a tag key changed in the codebook,
shows up here at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutRow:
    """One command as the shortcuts window lists it."""

    menu: str
    command: str
    keys: str
    description: str


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks (``&Save`` -> ``Save``; ``&&`` -> ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def shortcut_rows(menus: dict[str, QMenu]) -> list[ShortcutRow]:
    """Every action reachable from the menus (submenus included), in menu order."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{title} ▸ {_plain(action.text())}")
                continue
            if id(action) in seen or not action.text():
                continue
            seen.add(id(action))
            rows.append(_row(title, action))

    for menu in menus.values():
        walk(menu, _plain(menu.title()))
    return rows


def _row(menu: str, action: QAction) -> ShortcutRow:
    keys = ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )
    return ShortcutRow(menu, _plain(action.text()), keys, action.statusTip())


class ShortcutsWindow(QDialog):
    """A searchable list of commands and keys, grouped by menu."""

    def __init__(self, menus: dict[str, QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(620, 640)
        self._menus = menus
        intro = QLabel("Every command and its keys. Type to find one by name, key or purpose.")
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("shortcutSearch")
        self.search.setPlaceholderText("Find a command or a key…")
        self.search.setAccessibleName("Find a command or a key")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        """Read the menus again (commands and keys may have changed)."""
        self.tree.clear()
        self._groups: dict[str, tuple[QTreeWidgetItem, list[tuple[QTreeWidgetItem, ShortcutRow]]]]
        self._groups = {}
        for row in shortcut_rows(self._menus):
            if row.menu not in self._groups:
                group = QTreeWidgetItem(self.tree, [row.menu, ""])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._groups[row.menu] = (group, [])
            group, children = self._groups[row.menu]
            item = QTreeWidgetItem(group, [row.command, row.keys])
            if row.description:
                item.setToolTip(0, _escaped(row.description))
            children.append((item, row))
        self.tree.expandAll()
        self._filter(self.search.text())

    def visible_rows(self) -> list[ShortcutRow]:
        """The rows the search leaves showing (for tests and screen readers)."""
        return [
            row
            for _group, children in self._groups.values()
            for item, row in children
            if not item.isHidden()
        ]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for group, children in self._groups.values():
            any_shown = False
            for item, row in children:
                haystack = f"{row.menu} {row.command} {row.keys} {row.description}".casefold()
                shown = all(word in haystack for word in words)
                item.setHidden(not shown)
                any_shown |= shown
            group.setHidden(not any_shown)


def _escaped(text: str) -> str:
    """Tooltips are read as rich text when they look like it: keep ours plain."""
    import html

    return f"<p>{html.escape(text)}</p>"
