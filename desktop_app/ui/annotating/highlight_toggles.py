"""View ▸ Highlights: show or hide the highlights (and margin stripes) of each tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from desktop_app.core.project import Change
from desktop_app.core.records import Code
from desktop_app.ui.shell.commands import swatch_icon
from desktop_app.ui.shell.plain_text import action_text

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host


class HighlightToggles(QObject):
    """Which codes' highlights are hidden, applied to every pane of one window."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.window = window
        self.hidden: set[str] = set()
        self.menu = QMenu("&Highlights", window.widget)
        self.menu.setObjectName("highlightsMenu")
        self._all = window.commands.add(
            "highlights.all",
            "Show &All Highlights",
            self.toggle_all,
            shortcut="Ctrl+Shift+H",
            tip="Hide every highlight, or show them all again",
        )
        self.menu.addAction(self._all)
        self._separator = self.menu.addSeparator()
        window.menus["view"].addMenu(self.menu)
        window.panes_changed.connect(self.apply)
        window.follow_project(self._on_project_changed)
        window.document_changed.connect(self._bind)
        self._bind()

    def _bind(self) -> None:
        self.hidden = set()
        self._rebuild()
        self.apply()

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.record, Code):
            codes = self.window.document.project.codes
            self.hidden = {t for t in self.hidden if t in codes}
            self._rebuild()
            self.apply()

    def _rebuild(self) -> None:
        actions = self.window.commands
        for action_id in list(actions.ids("highlights.code.")):
            self.menu.removeAction(actions[action_id])
            actions.remove(action_id)
        for code in self.window.document.project.codes:
            action = actions.add(
                f"highlights.code.{code.id}",
                action_text(code.name),
                lambda shown, code_id=code.id: self.set_shown(code_id, shown),
                tip=f"Show the highlights tagged “{code.name}”",
                checkable=True,
                checked=code.id not in self.hidden,
                icon=swatch_icon(code.color),
            )
            self.menu.addAction(action)
        self._sync_all()

    def _sync_all(self) -> None:
        self._all.blockSignals(True)
        self._all.setCheckable(True)
        self._all.setChecked(not self.hidden)
        self._all.blockSignals(False)

    def set_shown(self, code_id: str, shown: bool) -> None:
        """Show or hide one code's highlights in every pane."""
        if shown:
            self.hidden.discard(code_id)
        else:
            self.hidden.add(code_id)
        self._sync_all()
        self.apply()

    def toggle_all(self) -> None:
        """Hide every code's highlights, or show them all when any is hidden."""
        codes = self.window.document.project.codes
        self.hidden = set() if self.hidden else {c.id for c in codes}
        actions = self.window.commands
        for code in codes:
            action = actions[f"highlights.code.{code.id}"]
            action.blockSignals(True)
            action.setChecked(code.id not in self.hidden)
            action.blockSignals(False)
        self._sync_all()
        self.apply()
        state = "hidden" if self.hidden else "shown"
        self.window.announce(f"All highlights {state}.", 3000)

    def apply(self) -> None:
        """Give every pane the hidden set (after a change or a rebuild of the panes)."""
        for pane in self.window.reader.panes:
            if pane.view.hidden_tags != self.hidden:
                pane.view.set_hidden_tags(self.hidden)


def install(window: Host) -> None:
    """Add View ▸ Highlights to a main window."""
    window.add_feature(HighlightToggles(window))
