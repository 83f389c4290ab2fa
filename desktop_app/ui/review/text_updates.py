"""Article ▸ Update Text from File…: give an article a new version of its text, place its
annotations again (``core.reanchor``), and review what moved.

The update is one undoable edit. Afterwards the Re-anchoring dock lists every annotation
of the article with its state (exact, moved, fuzzy, orphaned) and its old and new passage,
the ones that need a look first; selecting a row jumps to the passage. Panes showing an
article whose text changed are rebuilt (after the update, and after undoing it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.core.project import Change, Project
from desktop_app.core.records import AnchorState, Article
from desktop_app.core.text import one_line
from desktop_app.ui.shell.plain_text import plain_label, tooltip_text

if TYPE_CHECKING:
    from desktop_app.core.reanchor import Reanchoring
    from desktop_app.ui.shell.host import Host

ANNOTATION_ID = Qt.ItemDataRole.UserRole + 1
#: State -> (label, colour, what it means); listed in this order (what needs a look first).
STATES: dict[AnchorState, tuple[str, str, str]] = {
    "orphaned": ("Orphaned", "#B3261E", "not found in the new text; kept in the Orphans list"),
    "fuzzy": ("Fuzzy", "#8A5A00", "placed on a similar passage: check it"),
    "moved": ("Moved", "#1F5FA8", "the same passage, elsewhere in the text"),
    "exact": ("Exact", "#3F6B3F", "the same passage, in the same place"),
}
EMPTY = (
    "Update an article's text (Article ▸ Update Text from File…) to review here how its "
    "annotations were placed again."
)


@dataclass(frozen=True)
class ReviewRow:
    """One annotation after re-anchoring: its state and its passage before and after."""

    annotation_id: str
    state: AnchorState
    old_quote: str
    new_quote: str
    old_start: int
    new_start: int


def review_rows(before: dict[str, str], outcome: Reanchoring, project: Project) -> list[ReviewRow]:
    """Rows for the review list, most doubtful first; ``before`` maps ids to old quotes."""
    order = list(STATES)
    rows = []
    for result in outcome.results:
        annotation = project.annotations.get(result.annotation_id)
        new_quote = annotation.quote.exact if annotation is not None else ""
        rows.append(
            ReviewRow(
                result.annotation_id,
                result.state,
                before.get(result.annotation_id, ""),
                "" if result.state == "orphaned" else new_quote,
                result.old_start,
                result.placement.start,
            )
        )
    return sorted(rows, key=lambda row: (order.index(row.state), row.new_start))


class ReviewList(QWidget):
    """The summary line and one row per re-anchored annotation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reanchorReview")
        self.summary = plain_label(EMPTY)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        summary_font = QFont(self.summary.font())
        summary_font.setBold(True)
        self.summary.setFont(summary_font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setAccessibleName("Annotations placed again after the text update")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(["State", "Before", "After", "Moved by"])
        self.tree.setStyleSheet("QTreeWidget#reviewTree::item { padding: 4px 6px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.rows: list[ReviewRow] = []

    def show_rows(self, title: str, summary: str, rows: list[ReviewRow]) -> None:
        """Show the review of one update."""
        self.rows = rows
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for row in rows:
            label, colour, meaning = STATES[row.state]
            shift = row.new_start - row.old_start
            moved = "" if row.state in ("exact", "orphaned") else f"{shift:+,} characters"
            item = QTreeWidgetItem(
                [
                    label,
                    f"“{one_line(row.old_quote, 140)}”",
                    f"“{one_line(row.new_quote, 140)}”" if row.new_quote else "— not found —",
                    moved,
                ]
            )
            item.setForeground(0, QBrush(QColor(colour)))
            item.setFont(0, bold)
            item.setToolTip(0, f"{label}: {meaning}")
            item.setToolTip(1, tooltip_text(row.old_quote))
            item.setToolTip(2, tooltip_text(row.new_quote))
            item.setData(0, ANNOTATION_ID, row.annotation_id)
            self.tree.addTopLevelItem(item)
        self.summary.setText(f"Updated the text of “{title}”: {summary}.")
        self.tree.setVisible(bool(rows))

    def clear_review(self, message: str) -> None:
        """Forget the review (after the update was undone)."""
        self.rows = []
        self.tree.clear()
        self.tree.setVisible(False)
        self.summary.setText(message)


class TextUpdates:
    """The update command, the review dock, and panes following text changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.review = ReviewList()
        self.dock = QDockWidget("Re-anchoring", window.widget)
        self.dock.setObjectName("reanchorDock")
        self.dock.setWidget(self.review)
        window.add_dock(self.dock)
        self.dock.hide()
        toggle = self.dock.toggleViewAction()
        toggle.setText("&Re-anchoring Review")
        window.commands.register("view.reanchor_review", toggle)
        self.update_action = window.commands.add(
            "article.update_text",
            "&Update Text from File…",
            self.update_from_file,
            shortcut="Ctrl+Shift+U",
            tip="Replace the active article's text with a new version and place its "
            "annotations again",
        )
        menu = window.menus.get("article") or window.menus["edit"]
        menu.addSeparator()
        menu.addAction(self.update_action)
        window.menus["view"].addAction(toggle)
        self.review.tree.currentItemChanged.connect(self._on_row)
        self._changed_text: set[str] = set()
        self._review_index: int | None = None
        window.follow_project(self._on_changed)
        window.document_changed.connect(self._follow)
        self._follow()

    # -- following the document ----------------------------------------------------------

    def _follow(self) -> None:
        document = self.window.document
        document.undo_stack.indexChanged.connect(self._on_index_changed)
        self._changed_text.clear()
        self._review_index = None
        self.review.clear_review(EMPTY)

    def _on_changed(self, change: Change) -> None:
        old, new = change.old, change.new
        if isinstance(old, Article) and isinstance(new, Article) and old.text != new.text:
            self._changed_text.add(new.id)

    def _on_index_changed(self, index: int) -> None:
        if not isValid(self.review):  # the window is gone; its document goes after it
            return
        if self._changed_text:
            changed, self._changed_text = self._changed_text, set()
            shown = [pane.article_id for pane in self.window.reader.panes]
            if changed.intersection(shown):
                self.window.show_articles(shown)  # the panes lay out the new text
        if self._review_index is not None and index < self._review_index:
            self._review_index = None
            self.review.clear_review("The text update was undone; the old text is back.")

    # -- the command -----------------------------------------------------------------------

    def update_from_file(self) -> None:
        """Ask for the new version of the active article and apply it."""
        from desktop_app.ui.files.import_articles import name_filter

        window = self.window
        pane = window.active_pane()
        if pane is None:
            window.announce("Open an article in a pane first.", 4000)
            return
        folder = window.document.path.parent if window.document.path else Path.home()
        paths = window.prompter.import_paths(folder, name_filter())
        if not paths:
            return
        self.update_article(pane.article_id, paths[0])

    def update_article(self, article_id: str, path: Path) -> bool:
        """Give an article the text read from ``path`` (one undoable edit) and review it."""
        from desktop_app.core.reanchor import replace_article_text
        from desktop_app.importers.registry import ImportFailed, read_file

        window = self.window
        if window.document.read_only:
            return False
        project = window.document.project
        article = project.articles[article_id]
        try:
            imported = read_file(path, project)
        except ImportFailed as error:
            window.prompter.error("Could not read the new version", str(error))
            return False
        if len(imported.articles) != 1:
            window.prompter.error(
                "Could not read the new version",
                f"“{path.name}” holds {len(imported.articles)} articles; the new version of "
                f"“{article.title}” must be a file with exactly one.",
            )
            return False
        before = {a.id: a.quote.exact for a in project.annotations_of(article_id)}
        outcome = replace_article_text(project, article_id, imported.articles[0].text)
        window.document.push(outcome.edit)
        self._review_index = window.document.undo_stack.index()
        rows = review_rows(before, outcome, project)
        self.review.show_rows(article.title, outcome.summary(), rows)
        self.dock.show()
        QTimer.singleShot(0, self.dock, self.dock.raise_)  # once the dock is laid out as a tab
        window.announce(f"Updated “{article.title}”: {outcome.summary()}. Ctrl+Z undoes it.", 8000)
        return True

    def _on_row(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        annotation_id = current.data(0, ANNOTATION_ID)
        annotation = self.window.document.project.annotations.get(annotation_id)
        if annotation is None:
            return
        if annotation.anchor == "orphaned":
            orphans = getattr(self.window, "orphans", None)
            if orphans is not None:
                orphans.dock.show()
                orphans.list.select(annotation_id)
            return
        self.window.jump_to(annotation_id)
        self.review.tree.setFocus()


def install(window: Host) -> None:
    """Add Article ▸ Update Text from File… and the re-anchoring review."""
    window.add_feature(TextUpdates(window))
