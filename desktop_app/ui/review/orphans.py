"""Orphaned annotations: listed in their own dock with quote and note, and re-attached to
a passage the user selects (one undoable edit, ``core.reanchor.reattach``).

An annotation is orphaned when its passage could not be found again after the text
changed (or the file was damaged). It is never dropped: this view shows each one, and
"Re-attach to Selection" gives it the passage selected in its article's pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.core.annotation_edits import SpanError
from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation, Article, Code
from desktop_app.core.text import one_line
from desktop_app.ui.annotating.annotation_list import TagChipDelegate
from desktop_app.ui.annotating.annotation_model import TAG_COLOURS_ROLE
from desktop_app.ui.shell.plain_text import tooltip_text

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

ANNOTATION_ID = Qt.ItemDataRole.UserRole + 1
EMPTY = "No orphaned annotations: every annotation has its passage in the text."
HELP = (
    "These annotations lost their passage when the text changed. Select the passage in "
    "the article, pick the annotation here, then Re-attach to Selection."
)


def orphans_of(project: Project) -> list[Annotation]:
    """The project's orphaned annotations, in list order."""
    return [a for a in project.annotations if a.anchor == "orphaned"]


class OrphanList(QWidget):
    """The list of orphans with the re-attach button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphanList")
        self.help = QLabel(HELP)
        self.help.setObjectName("orphanHelp")
        self.help.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("orphanTree")
        self.tree.setAccessibleName("Orphaned annotations")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(["Article", "Tags", "Passage (as last known)", "Note"])
        self.tree.setStyleSheet("QTreeWidget#orphanTree::item { padding: 4px 6px; }")
        self.tree.setItemDelegateForColumn(1, TagChipDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 170)
        header.resizeSection(1, 140)
        header.resizeSection(3, 200)
        header.setStretchLastSection(False)
        self.empty = QLabel(EMPTY)
        self.empty.setObjectName("orphanEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.reattach_button = QPushButton("Re-attach to Selection")
        buttons = QHBoxLayout()
        buttons.addWidget(self.help, 1)
        buttons.addWidget(self.reattach_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)

    def show_orphans(self, project: Project) -> None:
        """List ``project``'s orphans, keeping the selected one selected."""
        selected = self.selected()
        self.tree.clear()
        codes = project.codes
        for annotation in orphans_of(project):
            article = project.articles.get(annotation.article)
            tags = ", ".join(codes[t].name for t in annotation.tags if t in codes)
            item = QTreeWidgetItem(
                [
                    article.title if article else "(missing article)",
                    tags or "untagged",
                    f"“{one_line(annotation.quote.exact, 160)}”",
                    one_line(annotation.note, 80),
                ]
            )
            chips = [(codes[t].name, codes[t].color) for t in annotation.tags if t in codes]
            item.setData(1, TAG_COLOURS_ROLE, chips)
            item.setToolTip(2, tooltip_text(annotation.quote.exact))
            item.setToolTip(3, tooltip_text(annotation.note))
            item.setData(0, ANNOTATION_ID, annotation.id)
            self.tree.addTopLevelItem(item)
            if annotation.id == selected:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        has_rows = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_rows)
        self.help.setVisible(has_rows)
        self.reattach_button.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def selected(self) -> str:
        """Id of the selected orphan, or ""."""
        item = self.tree.currentItem()
        return item.data(0, ANNOTATION_ID) if item is not None else ""

    def select(self, annotation_id: str) -> None:
        """Select an orphan's row."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ANNOTATION_ID) == annotation_id:
                self.tree.setCurrentItem(item)
                return

    def count(self) -> int:
        """How many orphans are listed."""
        return self.tree.topLevelItemCount()


class Orphans:
    """The Orphans dock and the re-attach command, following the window's document."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.list = OrphanList()
        self.dock = window.add_panel("Orphans", "orphanDock", self.list, shown=True)
        toggle = self.dock.toggleViewAction()
        toggle.setText("&Orphaned Annotations")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        toggle.setStatusTip("List the annotations whose passage was not found in the text")
        window.commands.register("view.orphans", toggle)
        self.reattach_action = window.commands.add(
            "reanchor.reattach",
            "Re-attach to &Selection",
            self.reattach,
            shortcut="Ctrl+Shift+R",
            tip="Give the orphan selected in the Orphans list the passage selected in the text",
        )
        self.list.reattach_button.clicked.connect(self.reattach_action.trigger)
        self.list.tree.itemActivated.connect(lambda *_: self.show_article())
        window.menus["view"].addAction(toggle)
        window.menus["edit"].addAction(self.reattach_action)
        self._count = 0
        window.follow_project(self._on_changed)
        window.document_changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        self.refresh()
        self.dock.setVisible(self.list.count() > 0)

    def _on_changed(self, change: Change) -> None:
        if not isValid(self.list):  # the window is gone; the project outlived it
            return
        records = (change.old, change.new)
        if any(isinstance(r, Code | Article) for r in records) or any(
            isinstance(r, Annotation) and r.anchor == "orphaned" for r in records
        ):
            self.refresh()

    def refresh(self) -> None:
        """List the current document's orphans."""
        project = self.window.document.project
        self.list.show_orphans(project)
        count = self.list.count()
        self.dock.setWindowTitle(f"Orphans ({count})" if count else "Orphans")
        if count and not self._count:
            self.dock.show()  # orphans appeared: make their list reachable
        self._count = count

    def show_article(self) -> None:
        """Bring the selected orphan's article into view, to select its new passage there."""
        annotation = self.window.document.project.annotations.get(self.list.selected())
        if annotation is None:
            return
        pane = self.window.reader.pane_for_article(annotation.article)
        if pane is not None:
            pane.view.setFocus()

    def reattach(self) -> None:
        """Attach the selected orphan to the passage selected in its article's pane."""
        from desktop_app.core.reanchor import reattach

        window = self.window
        project = window.document.project
        annotation = project.annotations.get(self.list.selected())
        if annotation is None or annotation.anchor != "orphaned":
            self._say("Pick an orphaned annotation in the Orphans list first.")
            return
        pane = window.reader.pane_for_article(annotation.article)
        article = project.articles.get(annotation.article)
        title = article.title if article else "its article"
        if pane is None:
            self._say(f"Show “{title}” in a pane, select the passage there, then re-attach.")
            return
        span = pane.view.selection_span()
        if span is None:
            self._say(f"Select the passage in “{title}” first, then re-attach.")
            return
        try:
            edit = reattach(project, annotation.id, *span)
        except SpanError as error:
            self._say(str(error).capitalize() + ".")
            return
        window.document.push(edit)
        self._say("Re-attached the annotation (Ctrl+Z undoes it).")
        window.jump_to(annotation.id)

    def _say(self, message: str) -> None:
        self.window.announce(message, 5000)


def install(window: Host) -> None:
    """Add the Orphans dock and Edit ▸ Re-attach to Selection."""
    window.add_feature(Orphans(window))
