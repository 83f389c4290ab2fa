"""View ▸ Annotators: show or hide each annotator's layer, or show them side by side.

Each annotator's annotations form a layer; a hidden layer is neither highlighted nor
striped in the margin. "Side by Side in the Margin" gives every shown annotator one
stripe lane, so two codings of one article can be read against each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from desktop_app.core.records import Annotation, Annotator
from desktop_app.ui.annotating.annotation_model import NOBODY

if TYPE_CHECKING:
    from desktop_app.core.project import Change
    from desktop_app.ui.shell.host import Host

#: The layer of work that carries no annotator.
NOBODY_KEY = ""


class AnnotatorLayers(QObject):
    """Which annotators' layers are hidden, and whether they sit side by side in the margin."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.hidden: set[str] = set()
        self.side_by_side = False
        self.menu = QMenu("A&nnotators", host.widget)
        self.menu.setObjectName("annotatorsMenu")
        add = host.commands.add
        self._side = add(
            "annotators.side_by_side",
            "Side by Side in the &Margin",
            self.set_side_by_side,
            tip="One stripe lane per annotator, to read two codings against each other",
            checkable=True,
        )
        self._all = add(
            "annotators.all",
            "Show &All Annotators",
            self.show_all,
            tip="Show every annotator's highlights again",
        )
        self.menu.addAction(self._side)
        self.menu.addAction(self._all)
        self.menu.addSeparator()
        host.menus["view"].addMenu(self.menu)
        host.panes_changed.connect(self.apply)
        host.follow_project(self._on_project_changed)
        host.document_changed.connect(self._bind)
        self._bind()

    # -- which layers there are ----------------------------------------------------------

    def layers(self) -> list[tuple[str, str]]:
        """(key, name) of every layer: the annotators, then unattributed work if any."""
        project = self.host.document.project
        result = [(a.id, a.name) for a in project.annotators]
        if any(not a.annotator for a in project.annotations):
            result.append((NOBODY_KEY, NOBODY))
        return result

    def lanes(self) -> dict[str, int] | None:
        """The lane of each shown layer when side by side, else None."""
        if not self.side_by_side:
            return None
        shown = [key for key, _ in self.layers() if key not in self.hidden]
        return {key: lane for lane, key in enumerate(shown)}

    def _bind(self) -> None:
        self.hidden = set()
        self._rebuild()
        self.apply()

    def _on_project_changed(self, change: Change) -> None:
        record = change.record
        if isinstance(record, Annotator):
            self._rebuild()
            self.apply()
        elif isinstance(record, Annotation) and not record.annotator:
            has_nobody = "annotators.layer.nobody" in self.host.commands
            if has_nobody != any(key == NOBODY_KEY for key, _ in self.layers()):
                self._rebuild()
                self.apply()

    def _rebuild(self) -> None:
        commands = self.host.commands
        for action_id in list(commands.ids("annotators.layer.")):
            self.menu.removeAction(commands[action_id])
            commands.remove(action_id)
        layers = self.layers()
        self.hidden &= {key for key, _ in layers}
        for key, name in layers:
            action = commands.add(
                f"annotators.layer.{key or 'nobody'}",
                name.replace("&", "&&"),
                lambda shown, key=key: self.set_shown(key, shown),
                tip=f"Show the annotations of {name}",
                checkable=True,
                checked=key not in self.hidden,
            )
            self.menu.addAction(action)

    # -- choosing ----------------------------------------------------------------------------

    def set_shown(self, key: str, shown: bool) -> None:
        """Show or hide one annotator's layer in every pane."""
        if shown:
            self.hidden.discard(key)
        else:
            self.hidden.add(key)
        self.apply()

    def show_only(self, keys: set[str]) -> None:
        """Show only these annotators' layers (the disagreement view shows its two)."""
        self.hidden = {key for key, _ in self.layers() if key not in keys}
        self._sync_checks()
        self.apply()

    def show_all(self) -> None:
        """Show every annotator's layer."""
        self.hidden = set()
        self._sync_checks()
        self.apply()
        self.host.announce("Every annotator's annotations are shown.", 3000)

    def set_side_by_side(self, on: bool) -> None:
        """One margin lane per annotator (on) or per code (off)."""
        self.side_by_side = on
        if self._side.isChecked() != on:
            self._side.setChecked(on)  # toggled again: comes back here with the same value
            return
        self.apply()

    def _sync_checks(self) -> None:
        commands = self.host.commands
        for key, _ in self.layers():
            action_id = f"annotators.layer.{key or 'nobody'}"
            if action_id not in commands:
                continue
            action = commands[action_id]
            action.blockSignals(True)
            action.setChecked(key not in self.hidden)
            action.blockSignals(False)

    def apply(self) -> None:
        """Give every pane the hidden layers and the lanes."""
        hidden = frozenset(self.hidden)
        lanes = self.lanes()
        for pane in self.host.reader.panes:
            pane.view.set_annotator_layers(hidden, lanes)


def install(host: Host) -> None:
    """Add View ▸ Annotators."""
    host.add_feature(AnnotatorLayers(host))
