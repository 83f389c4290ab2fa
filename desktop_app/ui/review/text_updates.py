"""Article ▸ Update Text from File…: give an article a new version of its text, place its
annotations again (``core.reanchor``), and review what moved.

The update is one undoable edit. Afterwards the Re-anchoring dock lists every annotation
of the article with its state (exact, moved, fuzzy, needs review, orphaned), its old
passage and its new one in the new text around it, the ones that need a look first, and
how far each moved (paragraphs too, when more than one); selecting a row jumps to the
passage. In the list, A accepts a placement (it becomes exact) and R re-attaches the
annotation to the passage selected in its pane; both are undoable. Panes showing an
article whose text changed are rebuilt (after the update, and after undoing it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTreeWidgetItem
from shiboken6 import isValid

from desktop_app.core.project import Change
from desktop_app.core.records import Article
from desktop_app.ui.review.review_list import ANNOTATION_ID, EMPTY, ReviewList, review_rows

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host


class TextUpdates:
    """The update command, the review dock, and panes following text changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.review = ReviewList()
        self.dock = window.add_panel("Re-anchoring", "reanchorDock", self.review)
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
        self.review.accept_action.triggered.connect(self.accept_selected)
        self.review.reattach_action.triggered.connect(self.reattach_selected)
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
        title = window.document.project.articles[pane.article_id].title
        short = title if len(title) <= 60 else title[:59] + "…"
        paths = window.prompter.import_paths(
            folder, name_filter(), title=f"New Version of the Text of “{short}”"
        )
        if not paths:
            return
        self.update_article(pane.article_id, paths[0])

    def update_article(self, article_id: str, path: Path) -> bool:
        """Give an article the text read from ``path`` (one undoable edit) and review it."""
        from desktop_app.core.text_update import update_article_text
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
        outcome = update_article_text(project, article_id, imported.articles[0].text)
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
            from desktop_app.ui.review.orphans import Orphans

            orphans = self.window.feature(Orphans)
            orphans.dock.show()
            orphans.list.select(annotation_id)
            return
        self.window.jump_to(annotation_id)
        self.review.tree.setFocus()

    # -- accepting and re-attaching from the list ------------------------------------------

    def accept_selected(self) -> None:
        """Accept the selected annotation's new place (it becomes exact), undoably."""
        from desktop_app.core.reanchor import accept_placement

        window = self.window
        annotation_id = self.review.selected()
        if annotation_id is None or annotation_id not in window.document.project.annotations:
            self._say("Pick an annotation in the list first.")
            return
        edit = accept_placement(window.document.project, annotation_id)
        if edit is None:
            state = window.document.project.annotations[annotation_id].anchor
            self._say(
                "An orphan has no place to accept: select its passage and press R."
                if state == "orphaned"
                else "Nothing to accept: the annotation is exact."
            )
            return
        window.document.push(edit)
        self.review.mark_selected("Accepted")
        self._say("Accepted the placement (Ctrl+Z undoes it).")

    def reattach_selected(self) -> None:
        """Give the selected annotation the passage selected in its pane, undoably."""
        from desktop_app.core.annotation_edits import SpanError
        from desktop_app.core.reanchor import reattach

        window = self.window
        project = window.document.project
        annotation = project.annotations.get(self.review.selected() or "")
        if annotation is None:
            self._say("Pick an annotation in the list first.")
            return
        pane = window.reader.pane_for_article(annotation.article)
        span = pane.view.selection_span() if pane is not None else None
        if span is None:
            self._say("Select the passage in the article's pane first, then press R.")
            return
        try:
            edit = reattach(project, annotation.id, *span)
        except SpanError as error:
            self._say(str(error).capitalize() + ".")
            return
        window.document.push(edit)
        self.review.mark_selected("Re-attached")
        self._say("Re-attached the annotation (Ctrl+Z undoes it).")

    def _say(self, message: str) -> None:
        self.window.announce(message, 5000)


def install(window: Host) -> None:
    """Add Article ▸ Update Text from File… and the re-anchoring review."""
    window.add_feature(TextUpdates(window))
