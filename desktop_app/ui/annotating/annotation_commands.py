"""The annotation commands of a window: tag keys and buttons, note, delete, and the Tags toolbar.

Each command reads the active pane's selection (or the annotation at its cursor), asks
core for the edit, pushes it on the document's undo stack and says what it did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from desktop_app.core.records import Annotation, Code
from desktop_app.ui.shell.commands import swatch_icon
from desktop_app.ui.shell.plain_text import action_text

if TYPE_CHECKING:
    from desktop_app.core.project import Change
    from desktop_app.ui.reading.article_pane import ArticlePane
    from desktop_app.ui.shell.host import Host


class AnnotationCommands(QObject):
    """Tag (one action per code), note and delete, on the active pane."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        add = host.commands.add
        note = add(
            "edit.note",
            "Add or Edit &Note…",
            self.edit_note,
            shortcut="N",
            tip="Write a note on the selected passage or the annotation at the cursor",
        )
        delete = add(
            "edit.delete",
            "&Delete Annotation",
            self.delete_annotation,
            shortcut=QKeySequence.StandardKey.Delete,
            tip="Remove the annotation at the cursor",
        )
        edit_menu = host.menus["edit"]
        edit_menu.addSeparator()
        edit_menu.addActions([note, delete])
        self.toolbar = QToolBar("Tags", host.widget)
        self.toolbar.setObjectName("tagToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        host.widget.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._tag_separator = self.toolbar.addSeparator()
        self.toolbar.addActions([note, delete])
        self.toolbar.addSeparator()
        self.rebuild_tag_actions()
        host.follow_project(self._on_project_changed)
        host.document_changed.connect(self.rebuild_tag_actions)

    # -- the actions ------------------------------------------------------------------------

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.record, Code):
            self.rebuild_tag_actions()

    def rebuild_tag_actions(self) -> None:
        """One action per code (``tag.<code id>``), in the Tags menu and on the toolbar."""
        commands = self.host.commands
        tags_menu = self.host.menus["tags"]
        for action_id in list(commands.ids("tag.")):
            action = commands[action_id]
            self.toolbar.removeAction(action)
            tags_menu.removeAction(action)
            commands.remove(action_id)
        # Tag actions open the Tags menu; what features added stays below them.
        menu_rest = next(iter(tags_menu.actions()), None)
        for code in self.host.document.project.codes:
            action = commands.add(
                f"tag.{code.id}",
                action_text(code.name),
                lambda code_id=code.id: self.tag(code_id),
                shortcut=code.shortcut or None,
                tip=code.description or f"Tag the selection with “{code.name}”",
                icon=swatch_icon(code.color),
            )
            if code.shortcut:  # the key on the toolbar button, so it is learnt by sight
                action.setIconText(f"{action_text(code.name)}  {code.shortcut}")
            self.toolbar.insertAction(self._tag_separator, action)
            if menu_rest is None:
                tags_menu.addAction(action)
            else:
                tags_menu.insertAction(menu_rest, action)

    def tag_action(self, code_id: str) -> QAction:
        """The action tagging with a code."""
        return self.host.commands[f"tag.{code_id}"]

    def context_actions(self) -> list[QAction | None]:
        """What a pane's context menu offers: the tags, then note and delete."""
        commands = self.host.commands
        tags: list[QAction | None] = [commands[i] for i in commands.ids("tag.")]
        return [*tags, None, commands["edit.note"], commands["edit.delete"]]

    # -- the commands -----------------------------------------------------------------------

    def tag(self, code_id: str) -> None:
        """Tag the active pane's selection (or the annotation at its cursor) with a code."""
        pane = self.host.active_pane()
        if pane is None:
            return
        view = pane.view
        project = self.host.document.project
        from desktop_app.core.operations import SpanError, toggle_tag  # edits: after first paint

        span = view.selection_span()
        if span is None:
            annotation = view.annotation_at_cursor()
            if annotation is None:
                self.host.announce("Select a passage first, then press a tag's key.", 4000)
                return
            span = (annotation.start, annotation.end)
        try:
            edit = toggle_tag(
                project, pane.article_id, *span, code_id, annotator=self._annotator_id()
            )
        except SpanError as error:
            self.host.announce(str(error).capitalize(), 4000)
            return
        self.host.document.push(edit)
        text = project.articles[pane.article_id].text
        start, end = _trimmed(pane, span)
        self.host.announce(_describe_edit(edit.label, text[start:end]))
        placed = project.annotation_with_span(pane.article_id, start, end)
        if placed is not None:
            view.place_cursor(placed.start)

    def edit_note(self) -> None:
        """Write or change the note of the selected passage or the annotation at the cursor."""
        pane = self.host.active_pane()
        if pane is None:
            return
        from desktop_app.core.operations import SpanError, add_note, set_note

        project = self.host.document.project
        annotation = self._target_annotation(selection_decides=True)
        span = pane.view.selection_span()
        if annotation is not None:
            note = self.host.prompter.edit_note(annotation.quote.exact, annotation.note)
            edit = set_note(project, annotation.id, note) if note is not None else None
            if edit is not None:  # None: cancelled, or accepted unchanged
                self.host.document.push(edit)
                self.host.announce(_describe_edit(edit.label, annotation.quote.exact))
            return
        if span is None:
            self.host.announce("Select a passage or put the cursor in a highlight first.", 4000)
            return
        start, end = _trimmed(pane, span)
        article = project.articles[pane.article_id]
        note = self.host.prompter.edit_note(article.text[start:end], "")
        if not note or not note.strip():
            return
        try:
            self.host.document.push(
                add_note(project, pane.article_id, start, end, note, annotator=self._annotator_id())
            )
        except SpanError as error:
            self.host.announce(str(error).capitalize(), 4000)
            return
        self.host.announce(_describe_edit("Add note", article.text[start:end]))

    def delete_annotation(self) -> None:
        """Remove the annotation at the cursor of the active pane."""
        from desktop_app.core.operations import delete_annotations

        annotation = self._target_annotation()
        if annotation is None:
            self.host.announce("Put the cursor in a highlight to delete it.", 4000)
            return
        self.host.document.push(delete_annotations(self.host.document.project, [annotation.id]))
        self.host.announce(
            _describe_edit("Deleted the annotation (Ctrl+Z brings it back)", annotation.quote.exact)
        )

    def _annotator_id(self) -> str | None:
        annotators = self.host.document.project.annotators
        return annotators.at(0).id if len(annotators) else None

    def _target_annotation(self, *, selection_decides: bool = False) -> Annotation | None:
        """The annotation a command acts on: the selected span's, else the one at the cursor.

        With ``selection_decides``, a selection that is not exactly an annotation's span
        means a new passage (None), as it does for the tag keys.
        """
        pane = self.host.active_pane()
        if pane is None:
            return None
        span = pane.view.selection_span()
        if span is not None:
            exact = self.host.document.project.annotation_with_span(
                pane.article_id, *_trimmed(pane, span)
            )
            if exact is not None or selection_decides:
                return exact
        return pane.view.annotation_at_cursor()


def _describe_edit(label: str, quote: str) -> str:
    # Imported on first use: the accessibility module is not needed for the first paint.
    from desktop_app.ui.shell.accessibility import describe_edit

    return describe_edit(label, quote)


def _trimmed(pane: ArticlePane, span: tuple[int, int]) -> tuple[int, int]:
    from desktop_app.core.anchoring import trim_span

    return trim_span(pane.view.article.text, *span)
