"""The annotation commands of a window: tag keys and buttons, note, delete, and the Tags toolbar.

Each command reads the active pane's selection (or the annotation at its cursor), asks
core for the edit, pushes it on the document's undo stack and says what it did.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from desktop_app.core.records import Annotation, Code
from desktop_app.ui.classroom.coder import attributed
from desktop_app.ui.shell.commands import swatch_icon
from desktop_app.ui.shell.plain_text import action_text

if TYPE_CHECKING:
    from desktop_app.core.project import Change, RecordList
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
        #: Toolbar buttons of codes with sub-codes (each opens a menu of them).
        self._family_buttons: list[QAction] = []
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
        for holder in self._family_buttons:
            self.toolbar.removeAction(holder)
            holder.deleteLater()
        self._family_buttons = []
        # Tag actions open the Tags menu; what features added stays below them.
        menu_rest = next(iter(tags_menu.actions()), None)
        codes = self.host.document.project.codes
        for code in codes:
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
            if menu_rest is None:
                tags_menu.addAction(action)
            else:
                tags_menu.insertAction(menu_rest, action)
        self._place_on_toolbar(codes)

    def _place_on_toolbar(self, codes: RecordList[Code]) -> None:
        """Top-level codes on the toolbar; a code with sub-codes gets a button whose arrow
        opens them, indented by depth, so the toolbar shows the codebook's hierarchy."""
        commands = self.host.commands
        children: dict[str | None, list[Code]] = {}
        for code in codes:
            parent = code.parent if code.parent in codes else None
            children.setdefault(parent, []).append(code)
        for code in children.get(None, []):
            action = commands[f"tag.{code.id}"]
            family = list(_descendants(code.id, children))
            if not family:
                self.toolbar.insertAction(self._tag_separator, action)
                continue
            menu = QMenu(self.toolbar)
            menu.setObjectName(f"subcodes.{code.id}")
            menu.addAction(action)
            for depth, child in family:
                sub = commands[f"tag.{child.id}"]
                entry = menu.addAction(sub.icon(), "\u2003" * depth + sub.text())
                entry.setToolTip(sub.toolTip())
                entry.triggered.connect(sub.trigger)
            button = QToolButton(self.toolbar)
            button.setDefaultAction(action)
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            self._family_buttons.append(self.toolbar.insertWidget(self._tag_separator, button))

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
        from desktop_app.core.annotation_edits import (  # edits: after first paint
            SpanError,
            toggle_tag,
        )

        span = view.selection_span()
        if span is None:
            annotation = view.annotation_at_cursor()
            if annotation is None:
                self.host.announce("Select a passage first, then press a tag's key.", 4000)
                return
            span = (annotation.start, annotation.end)
        try:
            edit = attributed(
                project,
                lambda annotator: toggle_tag(
                    project, pane.article_id, *span, code_id, annotator=annotator
                ),
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
        from desktop_app.core.annotation_edits import SpanError, add_note, set_note

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
                attributed(
                    project,
                    lambda annotator: add_note(
                        project, pane.article_id, start, end, note, annotator=annotator
                    ),
                )
            )
        except SpanError as error:
            self.host.announce(str(error).capitalize(), 4000)
            return
        self.host.announce(_describe_edit("Add note", article.text[start:end]))

    def delete_annotation(self) -> None:
        """Remove the annotation at the cursor of the active pane."""
        from desktop_app.core.annotation_edits import delete_annotations

        annotation = self._target_annotation()
        if annotation is None:
            self.host.announce("Put the cursor in a highlight to delete it.", 4000)
            return
        project = self.host.document.project
        links = sum(1 for k in project.links if annotation.id in (k.source, k.target))
        self.host.document.push(delete_annotations(project, [annotation.id]))
        label = "Deleted the annotation (Ctrl+Z brings it back)"
        if links:
            plural = "s" if links != 1 else ""
            label = f"Deleted the annotation and its {links} link{plural} (Ctrl+Z brings them back)"
        self.host.announce(_describe_edit(label, annotation.quote.exact))

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


def _descendants(
    code_id: str, children: dict[str | None, list[Code]], depth: int = 1
) -> Iterator[tuple[int, Code]]:
    """The sub-codes of ``code_id``, depth first in codebook order, with their depth."""
    for child in children.get(code_id, []):
        yield depth, child
        yield from _descendants(child.id, children, depth + 1)
