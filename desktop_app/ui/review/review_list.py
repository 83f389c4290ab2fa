"""The Re-anchoring review list: one row per annotation placed again after a text update,
the most doubtful first, with A to accept a placement and R to re-attach (actions the
owner connects)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.records import AnchorState
from desktop_app.core.text import one_line
from desktop_app.ui.shell.plain_text import plain_label, tooltip_text

if TYPE_CHECKING:
    from desktop_app.core.project import Project
    from desktop_app.core.reanchor import Reanchoring

ANNOTATION_ID = Qt.ItemDataRole.UserRole + 1
#: State -> (label, colour, what it means); listed in this order (what needs a look first).
STATES: dict[AnchorState, tuple[str, str, str]] = {
    "orphaned": ("Orphaned", "#B3261E", "not found in the new text; kept in the Orphans list"),
    "review": ("Needs review", "#8A3A00", "placed at the best guess, which is in doubt: check it"),
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
    #: Paragraphs between where the passage was and where it is now.
    paragraphs_moved: int = 0
    #: The new text just before and after the passage.
    before: str = ""
    after: str = ""


#: Code points of new text shown around a passage.
AROUND = 24


def review_rows(before: dict[str, str], outcome: Reanchoring, project: Project) -> list[ReviewRow]:
    """Rows for the review list, most doubtful first; ``before`` maps ids to old quotes."""
    order = list(STATES)
    rows = []
    for result in outcome.results:
        annotation = project.annotations.get(result.annotation_id)
        new_quote = annotation.quote.exact if annotation is not None else ""
        article = project.articles.get(annotation.article) if annotation is not None else None
        text = article.text if article is not None else ""
        placement = result.placement
        placed = result.state != "orphaned"
        rows.append(
            ReviewRow(
                result.annotation_id,
                result.state,
                before.get(result.annotation_id, ""),
                new_quote if placed else "",
                result.old_start,
                placement.start,
                result.paragraphs_moved,
                text[max(0, placement.start - AROUND) : placement.start] if placed else "",
                text[placement.end : placement.end + AROUND] if placed else "",
            )
        )
    return sorted(rows, key=lambda row: (order.index(row.state), row.new_start))


def _moved_by(row: ReviewRow) -> str:
    if row.state in ("exact", "orphaned"):
        return ""
    text = f"{row.new_start - row.old_start:+,} characters"
    if row.paragraphs_moved > 1:
        text += f", {row.paragraphs_moved} paragraphs"
    return text


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
        # One key to accept a placement, one to re-attach: both act on the selected row.
        self.accept_action = QAction("&Accept Placement", self.tree)
        self.accept_action.setShortcut(QKeySequence(Qt.Key.Key_A))
        self.reattach_action = QAction("&Re-attach to Selection", self.tree)
        self.reattach_action.setShortcut(QKeySequence(Qt.Key.Key_R))
        buttons = QHBoxLayout()
        for action, tip in (
            (self.accept_action, "The passage found is right: mark the annotation exact (A)"),
            (self.reattach_action, "Give the annotation the passage selected in its pane (R)"),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setToolTip(tip)
            self.tree.addAction(action)
            name = action.text().replace("&", "")
            button = QPushButton(f"{name} ({action.shortcut().toString()})")
            button.setToolTip(tip)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.buttons = QWidget()
        self.buttons.setLayout(buttons)
        self.buttons.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.rows: list[ReviewRow] = []

    def show_rows(self, title: str, summary: str, rows: list[ReviewRow]) -> None:
        """Show the review of one update."""
        self.rows = rows
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for row in rows:
            label, colour, meaning = STATES[row.state]
            after = "— not found —"
            if row.new_quote:
                after = (
                    f"…{one_line(row.before, AROUND)} “{one_line(row.new_quote, 140)}” "
                    f"{one_line(row.after, AROUND)}…"
                )
            item = QTreeWidgetItem(
                [label, f"“{one_line(row.old_quote, 140)}”", after, _moved_by(row)]
            )
            item.setForeground(0, QBrush(QColor(colour)))
            item.setFont(0, bold)
            item.setToolTip(0, tooltip_text(f"{label}: {meaning}"))
            item.setToolTip(1, tooltip_text(row.old_quote))
            item.setToolTip(2, tooltip_text(row.new_quote))
            item.setData(0, ANNOTATION_ID, row.annotation_id)
            self.tree.addTopLevelItem(item)
        self.summary.setText(f"Updated the text of “{title}”: {summary}.")
        self.tree.setVisible(bool(rows))
        self.buttons.setVisible(bool(rows))

    def clear_review(self, message: str) -> None:
        """Forget the review (after the update was undone)."""
        self.rows = []
        self.tree.clear()
        self.tree.setVisible(False)
        self.buttons.setVisible(False)
        self.summary.setText(message)

    def selected(self) -> str | None:
        """The annotation id of the selected row."""
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ANNOTATION_ID)

    def mark_selected(self, label: str) -> None:
        """Show that the selected row was dealt with (accepted, re-attached)."""
        item = self.tree.currentItem()
        if item is not None:
            item.setText(0, label)
            item.setForeground(0, QBrush(QColor(STATES["exact"][1])))
