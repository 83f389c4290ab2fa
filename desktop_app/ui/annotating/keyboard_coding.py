"""Coding at speed from the keyboard: go to annotations, resize them, repeat and pick tags.

Installs into the Edit menu: next/previous annotation (J/K, Alt+J/Alt+K within one tag),
word-wise boundary moves (Alt+Shift+arrows for the end, Ctrl+Alt+Shift+arrows for the
start), "Repeat Last Tag" (.) and a quick tag picker (T). The logic lives in
``core.navigation``; this module only reads the active pane and pushes edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from desktop_app.core.navigation import Edge, resize_annotation, step
from desktop_app.core.records import Annotation
from desktop_app.core.text import one_line
from desktop_app.ui.annotating.annotation_commands import AnnotationCommands
from desktop_app.ui.annotating.tag_picker import TagPicker

if TYPE_CHECKING:
    from desktop_app.ui.reading.article_pane import ArticlePane
    from desktop_app.ui.shell.host import Host

MESSAGE_MS = 4000


class CodingKeys(QObject):
    """The keyboard commands for coding, bound to one main window."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.window = window
        #: The code last used to tag (by key, menu, toolbar, picker or repeat).
        self.last_tag: str | None = None
        self._visited = ""  # the annotation a next/previous move last landed on
        self._cycle_tag: str | None = None
        self.picker = TagPicker(window.widget)
        self.picker.chosen.connect(self.tag_with)
        self._create_actions()
        window.menus["tags"].triggered.connect(self._on_tag_menu_triggered)
        window.document_changed.connect(self._forget)

    # -- actions ----------------------------------------------------------------------------

    def _create_actions(self) -> None:
        window = self.window
        add = window.commands.add
        go = [
            add(
                "navigate.next",
                "&Next Annotation",
                lambda: self.go(forward=True),
                shortcut="J",
                tip="Move to the next highlighted passage in this pane",
            ),
            add(
                "navigate.previous",
                "&Previous Annotation",
                lambda: self.go(forward=False),
                shortcut="K",
                tip="Move to the previous highlighted passage in this pane",
            ),
            add(
                "navigate.next_same_tag",
                "Next With the &Same Tag",
                lambda: self.go(forward=True, same_tag=True),
                shortcut="Alt+J",
                tip="Next passage carrying the tag of the one at the cursor",
            ),
            add(
                "navigate.previous_same_tag",
                "Previous With the Same &Tag",
                lambda: self.go(forward=False, same_tag=True),
                shortcut="Alt+K",
                tip="Previous passage carrying the tag of the one at the cursor",
            ),
        ]
        resize = [
            add(
                f"annotation.{verb}_{edge}",
                text,
                lambda edge=edge, grow=verb == "grow": self.resize(edge, grow=grow),
                shortcut=keys,
                tip=tip,
            )
            for verb, edge, text, keys, tip in (
                (
                    "grow",
                    "end",
                    "Extend End by a &Word",
                    "Alt+Shift+Right",
                    "Take in the next word",
                ),
                (
                    "shrink",
                    "end",
                    "Shorten End by a W&ord",
                    "Alt+Shift+Left",
                    "Give back the last word",
                ),
                (
                    "grow",
                    "start",
                    "Extend Start by a Wor&d",
                    "Ctrl+Alt+Shift+Left",
                    "Take in the word before",
                ),
                (
                    "shrink",
                    "start",
                    "Shorten Start by a Word",
                    "Ctrl+Alt+Shift+Right",
                    "Give back the first word",
                ),
            )
        ]
        repeat = add(
            "coding.repeat_tag",
            "&Repeat Last Tag",
            self.repeat_last_tag,
            shortcut=".",
            tip="Tag the selection with the tag used last",
        )
        quick = add(
            "coding.quick_tag",
            "&Quick Tag…",
            self.open_picker,
            shortcut="T",
            tip="Find a tag by typing part of its name, then press Enter",
        )
        menu = window.menus["edit"]
        menu.addSeparator()
        menu.addAction(repeat)
        menu.addAction(quick)
        go_menu = menu.addMenu("&Go to Annotation")
        for action in go:
            go_menu.addAction(action)
        bounds_menu = menu.addMenu("Annotation &Boundaries")
        for action in resize:
            bounds_menu.addAction(action)

    def _on_tag_menu_triggered(self, action: QAction) -> None:
        name = action.objectName()
        if name.startswith("tag."):
            self.last_tag = name.removeprefix("tag.")

    def _forget(self) -> None:
        self.last_tag = None
        self._visited = ""
        self._cycle_tag = None

    def _say(self, message: str) -> None:
        self.window.announce(message, MESSAGE_MS)

    # -- tagging ----------------------------------------------------------------------------

    def tag_with(self, code_id: str) -> None:
        """Tag the active pane's selection (or the annotation at its cursor) with a code."""
        if code_id not in self.window.document.project.codes:
            return
        self.last_tag = code_id
        self.window.feature(AnnotationCommands).tag(code_id)

    def repeat_last_tag(self) -> None:
        """Apply the tag used last to the current selection."""
        codes = self.window.document.project.codes
        if self.last_tag is None or self.last_tag not in codes:
            self._say("No tag used yet: tag a passage once, then “.” repeats it.")
            return
        self.tag_with(self.last_tag)

    def open_picker(self) -> None:
        """Show the quick tag picker over the active pane."""
        pane = self.window.active_pane()
        anchor = pane.view if pane is not None else self.window.widget
        self.picker.popup(self.window.document.project.codes, anchor)

    # -- moving between annotations ---------------------------------------------------------

    def _current(self, pane: ArticlePane) -> Annotation | None:
        """The annotation a move starts from: the one last visited if the cursor is on it."""
        project = self.window.document.project
        view = pane.view
        offset = view.cursor_offset()
        visited = project.annotations.get(self._visited)
        if visited is not None and visited.article == pane.article_id and visited.start == offset:
            return visited
        at_cursor = view.annotation_at_cursor()
        return at_cursor if at_cursor is not None and at_cursor.start == offset else None

    def _tag_to_follow(self, pane: ArticlePane) -> str | None:
        codes = self.window.document.project.codes
        annotation = self._current(pane) or pane.view.annotation_at_cursor()
        tags = [t for t in (annotation.tags if annotation else ()) if t in codes]
        if self._cycle_tag in tags:
            return self._cycle_tag
        if tags:
            return min(tags, key=codes.row)
        return self.last_tag if self.last_tag in codes else None

    def go(self, *, forward: bool, same_tag: bool = False) -> None:
        """Move the cursor to the next (or previous) annotation of the active pane."""
        pane = self.window.active_pane()
        if pane is None:
            return
        project = self.window.document.project
        view = pane.view
        tag = None
        if same_tag:
            tag = self._tag_to_follow(pane)
            if tag is None:
                self._say("Put the cursor in a tagged passage first (or tag one).")
                return
            self._cycle_tag = tag
        current = self._current(pane)
        ordered = project.annotations_in(pane.article_id, 0, len(view.article.text))
        moved = step(
            ordered,
            view.cursor_offset(),
            forward=forward,
            current=current.id if current else None,
            tag=tag,
        )
        if moved is None:
            name = project.codes[tag].name if tag else ""
            self._say(f"No passage tagged “{name}” here." if tag else "No annotations here yet.")
            return
        annotation = moved.annotation
        self._visited = annotation.id
        view.setFocus()
        view.place_cursor(annotation.start)
        view.ensureCursorVisible()
        view.flash(annotation)
        self.window.panel.select_annotation(annotation.id)
        if moved.wrapped:
            self._say(
                "Wrapped to the first passage." if forward else "Wrapped to the last passage."
            )

    # -- resizing ---------------------------------------------------------------------------

    def resize(self, edge: Edge, *, grow: bool) -> None:
        """Move one end of the annotation at the cursor by a word (one undo step)."""
        pane = self.window.active_pane()
        if pane is None:
            return
        annotation = self._current(pane) or pane.view.annotation_at_cursor()
        if annotation is None:
            self._say("Put the cursor in a highlight to change its boundaries.")
            return
        edit = resize_annotation(self.window.document.project, annotation.id, edge, grow=grow)
        if edit is None:
            self._say("The highlight cannot move further that way.")
            return
        self.window.document.push(edit)
        resized = self.window.document.project.annotations[annotation.id]
        # Keep the cursor on the same passage so the next press resizes it again.
        self._visited = resized.id
        pane.view.place_cursor(resized.start)
        self.window.panel.select_annotation(resized.id)
        self._say(f"{edit.label}: “{one_line(resized.quote.exact, 60)}”")


def install(window: Host) -> None:
    """Add the coding keys to a main window."""
    window.add_feature(CodingKeys(window))
