"""The main window: reader panes, the annotation list, menus, toolbar and commands.

The window mediates between widgets (a pane's cursor selects a row; a row's Enter jumps to
a pane) and turns commands into core edits pushed on the document's undo stack. It holds
no annotation state of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.operations import SpanError, delete_annotations, set_note, toggle_tag
from desktop_app.core.project import Change
from desktop_app.core.records import Annotation, Code
from desktop_app.core.wording import counted
from desktop_app.ui.reading.article_pane import ArticlePane
from desktop_app.ui.reading.reader_area import ReaderArea
from desktop_app.ui.shell.commands import ActionRegistry, swatch_icon
from desktop_app.ui.shell.document import ProjectDocument

if TYPE_CHECKING:
    from desktop_app.ui.annotating.annotation_list import AnnotationPanel
    from desktop_app.ui.shell.prompts import Prompter

MAX_PANES = 4
HINT = "Select a passage, then press a tag's key to tag it · N adds a note · Delete removes"


#: Modules adding commands to the window; each has ``install(window: MainWindow) -> None``.
FEATURES: tuple[str, ...] = (
    "desktop_app.ui.files.article_list",
    "desktop_app.ui.files.import_articles",
    "desktop_app.ui.files.export_dialog",
    "desktop_app.ui.annotating.keyboard_coding",
    "desktop_app.ui.annotating.highlight_toggles",
    "desktop_app.ui.annotating.article_notes",
    "desktop_app.ui.find.find_bar",
    "desktop_app.ui.shell.read_only",
    "desktop_app.ui.files.autosave",
    "desktop_app.ui.files.disk_watch",
    "desktop_app.ui.codebook.editor",
    "desktop_app.ui.preferences.reading_comfort",
    "desktop_app.ui.shell.accessibility",
    "desktop_app.ui.review.orphans",
    "desktop_app.ui.review.text_updates",
    "desktop_app.ui.help.help_menu",
    "desktop_app.ui.shell.focus_return",
)


class MainWindow(QMainWindow):
    """One window, one project.

    Features (``FEATURES``) install their actions into :attr:`commands` and :attr:`menus`,
    and follow :attr:`document_changed` (a project was opened or created) and
    :attr:`panes_changed` (the panes were rebuilt) to bind to what is shown.
    """

    #: Another project is about to be shown; ``window.document`` is still the old one.
    document_replacing = Signal()
    #: A new project is shown (after Open or New); ``window.document`` is the new one.
    document_changed = Signal()
    #: The reader panes were rebuilt.
    panes_changed = Signal()
    #: The window is closing (the user did not cancel): a clean exit.
    closing = Signal()
    #: Something was said to screen readers (and the status bar): the text.
    announced = Signal(str)

    def __init__(
        self,
        document: ProjectDocument,
        prompter: Prompter | None = None,
        *,
        install_features: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._prompter = prompter
        self.commands = ActionRegistry(self)
        self._undo_group = QUndoGroup(self)
        self.reader = ReaderArea(self)
        self.setCentralWidget(self.reader)
        self._active_pane: ArticlePane | None = None
        self.document: ProjectDocument = document
        self._panel: AnnotationPanel | None = None  # made on first use (see ``panel``)
        self._followers: list[Callable[[Change], object]] = []
        self.dock = QDockWidget("Annotations", self)
        self.dock.setObjectName("annotationDock")
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self._counts = QLabel()
        self.statusBar().addPermanentWidget(self._counts)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._connect_document(document)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]
        self._fit_to_screen()
        self.statusBar().showMessage(HINT)
        self._features_installed = False
        if install_features:
            self.install_features()

    def _fit_to_screen(self) -> None:
        """Start at a comfortable size for two panes, never larger than the screen."""
        width, height = 1360, 900
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    @property
    def prompter(self) -> Prompter:
        """Where every question to the user goes (made on first use: it loads the dialogs)."""
        if self._prompter is None:
            from desktop_app.ui.shell.prompts import QtPrompter

            self._prompter = QtPrompter(self)
        return self._prompter

    def follow_project(self, slot: Callable[[Change], object]) -> None:
        """Call ``slot`` with every change of whichever project the window shows.

        The window moves the connection when another project is opened, so a feature never
        listens to a project that is gone (nor misses the new one).
        """
        self._followers.append(slot)
        self.document.project.changed.connect(slot)

    def install_features(self) -> None:
        """Install every module of ``FEATURES`` (once).

        The app does this right after the first frame is painted, so that reading and
        tagging appear as soon as possible; tests get a complete window at once.
        """
        if self._features_installed:
            return
        self._features_installed = True
        self._ensure_panel()  # the annotation list, which features extend
        import importlib

        for name in FEATURES:
            importlib.import_module(name).install(self)

    # -- document ---------------------------------------------------------------------------

    def _connect_document(self, document: ProjectDocument) -> None:
        self.document = document
        project = document.project
        stack = document.undo_stack
        self._undo_group.addStack(stack)
        self._undo_group.setActiveStack(stack)
        stack.cleanChanged.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        project.changed.connect(self._on_project_changed)
        self._rebuild_tag_actions()
        self._update_title()
        self._update_counts()
        from desktop_app.ui.reading.pane_layout import remembered_articles

        self.show_articles(remembered_articles(project))

    def show_articles(self, article_ids: list[str], active: int = 0) -> None:
        """Rebuild the panes to show these articles side by side (at most ``MAX_PANES``);
        pane number ``active`` (0-based) is the one commands act on."""
        self.reader.show_articles(
            self.document.project, article_ids[:MAX_PANES], self._context_actions
        )
        panes = self.reader.panes
        for pane in panes:
            pane.view.cursor_annotation_changed.connect(self._select_in_list)
        self._active_pane = panes[min(active, len(panes) - 1)] if panes else None
        self.reader.set_synced(self.commands["view.sync"].isChecked())
        self.panes_changed.emit()

    def replace_document(self, document: ProjectDocument) -> None:
        """Show another project in this window (after Open or New)."""
        self.document_replacing.emit()
        old = self.document
        old.project.changed.disconnect(self._on_project_changed)
        for slot in self._followers:
            old.project.changed.disconnect(slot)
            document.project.changed.connect(slot)
        had_panel = self._panel is not None
        if self._panel is not None:
            self._panel.detach()
            self._panel.deleteLater()
            self._panel = None
        self._connect_document(document)
        if had_panel:
            self._ensure_panel()  # made again, for the new project
        old.deleteLater()
        self.document_changed.emit()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)

    def _update_counts(self) -> None:
        project = self.document.project
        total = len(project.annotations)
        self._counts.setText(counted(total, "annotation", zero="0"))

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.record, Code):
            self._rebuild_tag_actions()
        self._update_counts()

    # -- actions, menus, toolbar -----------------------------------------------------------

    def _create_actions(self) -> None:
        add = self.commands.add
        add(
            "file.new",
            "&New Project",
            self.new_project,
            shortcut=QKeySequence.StandardKey.New,
            tip="Start a new project on the sample articles",
        )
        add(
            "file.open",
            "&Open…",
            self.open_project,
            shortcut=QKeySequence.StandardKey.Open,
            tip="Open a project file",
        )
        add(
            "file.save",
            "&Save",
            self.save,
            shortcut=QKeySequence.StandardKey.Save,
            tip="Save the project",
        )
        add(
            "file.save_as",
            "Save &As…",
            self.save_as,
            shortcut="Ctrl+Shift+S",
            tip="Save the project to another file",
        )
        add("file.quit", "&Quit", self.close, shortcut=QKeySequence.StandardKey.Quit)
        add(
            "edit.note",
            "Add or Edit &Note…",
            self.edit_note,
            shortcut="N",
            tip="Write a note on the selected passage or the annotation at the cursor",
        )
        add(
            "edit.delete",
            "&Delete Annotation",
            self.delete_annotation,
            shortcut=QKeySequence.StandardKey.Delete,
            tip="Remove the annotation at the cursor",
        )
        add(
            "view.sync",
            "Scroll Panes &Together",
            self._set_synced,
            shortcut="Ctrl+L",
            tip="Keep the panes at the same relative position while scrolling",
            checkable=True,
        )
        for action_id, factory, text, keys in (
            (
                "edit.undo",
                self._undo_group.createUndoAction,
                "&Undo",
                QKeySequence.StandardKey.Undo,
            ),
            ("edit.redo", self._undo_group.createRedoAction, "&Redo", QKeySequence("Ctrl+Shift+Z")),
        ):
            action = factory(self, text)
            action.setShortcut(QKeySequence(keys))
            self.commands.register(action_id, action)
        about = add(
            "help.about", "&About Parallax", self.show_about, tip="Version, licence and libraries"
        )
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self._panel_action = self.dock.toggleViewAction()
        self._panel_action.setText("&Annotation List")
        self._panel_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.commands.register("view.annotations", self._panel_action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {
            key: bar.addMenu(title)
            for key, title in (
                ("file", "&File"),
                ("edit", "&Edit"),
                ("tags", "&Tags"),
                ("view", "&View"),
                ("help", "&Help"),
            )
        }
        layout: dict[str, tuple[str | None, ...]] = {
            "file": ("file.new", "file.open", None, "file.save", "file.save_as", None, "file.quit"),
            "edit": ("edit.undo", "edit.redo", None, "edit.note", "edit.delete"),
            "view": ("view.sync", "view.annotations"),
            "help": ("help.about",),
        }
        for key, action_ids in layout.items():
            menu = self.menus[key]
            for action_id in action_ids:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.commands[action_id])
        self._edit_menu = self.menus["edit"]
        self._tags_menu = self.menus["tags"]

    def _create_toolbar(self) -> None:
        self._toolbar = QToolBar("Tags", self)
        self._toolbar.setObjectName("tagToolbar")
        self._toolbar.setMovable(False)
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._toolbar)
        self._tag_separator = self._toolbar.addSeparator()
        self._toolbar.addAction(self.commands["edit.note"])
        self._toolbar.addAction(self.commands["edit.delete"])
        self._toolbar.addSeparator()
        self._toolbar.addAction(self.commands["view.sync"])

    def _rebuild_tag_actions(self) -> None:
        for action_id in list(self.commands.ids("tag.")):
            action = self.commands[action_id]
            self._toolbar.removeAction(action)
            self._tags_menu.removeAction(action)
            self.commands.remove(action_id)
        # Tag actions open the Tags menu; what features added stays below them.
        menu_rest = next(iter(self._tags_menu.actions()), None)
        for code in self.document.project.codes:
            action = self.commands.add(
                f"tag.{code.id}",
                code.name,
                lambda code_id=code.id: self.tag(code_id),
                shortcut=code.shortcut or None,
                tip=code.description or f"Tag the selection with “{code.name}”",
                icon=swatch_icon(code.color),
            )
            if code.shortcut:  # the key on the toolbar button, so it is learnt by sight
                action.setIconText(f"{code.name}  {code.shortcut}")
            self._toolbar.insertAction(self._tag_separator, action)
            self._tags_menu.insertAction(menu_rest, action)  # type: ignore[arg-type]

    def tag_action(self, code_id: str) -> QAction:
        """The action tagging with a code."""
        return self.commands[f"tag.{code_id}"]

    def _context_actions(self) -> list[QAction | None]:
        tags: list[QAction | None] = [self.commands[i] for i in self.commands.ids("tag.")]
        return [*tags, None, self.commands["edit.note"], self.commands["edit.delete"]]

    @property
    def panel(self) -> AnnotationPanel:
        """The annotation list (made on first use, which the app defers past the first paint)."""
        return self._ensure_panel()

    def _ensure_panel(self) -> AnnotationPanel:
        if self._panel is None:
            from desktop_app.ui.annotating import annotation_list

            self._panel = annotation_list.AnnotationPanel(self.document.project, self)
            self._panel.jump_requested.connect(self.jump_to)
            self.dock.setWidget(self._panel)
        return self._panel

    def _select_in_list(self, annotation_id: str) -> None:
        if self._panel is not None:
            self._panel.select_annotation(annotation_id)

    # -- which pane the commands act on ------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        pane = self.reader.pane_of(new)
        if pane is not None:
            self._active_pane = pane

    def active_pane(self) -> ArticlePane | None:
        """The pane that last had the keyboard focus."""
        if self._active_pane not in self.reader.panes:
            self._active_pane = self.reader.panes[0] if self.reader.panes else None
        return self._active_pane

    # -- commands -------------------------------------------------------------------------

    def tag(self, code_id: str) -> None:
        """Tag the active pane's selection (or the annotation at its cursor) with a code."""
        pane = self.active_pane()
        if pane is None:
            return
        view = pane.view
        project = self.document.project
        span = view.selection_span()
        if span is None:
            annotation = view.annotation_at_cursor()
            if annotation is None:
                self.statusBar().showMessage(
                    "Select a passage first, then press a tag's key.", 4000
                )
                return
            span = (annotation.start, annotation.end)
        try:
            edit = toggle_tag(
                project, pane.article_id, *span, code_id, annotator=self._annotator_id()
            )
        except SpanError as error:
            self.statusBar().showMessage(str(error).capitalize(), 4000)
            return
        self.document.push(edit)
        text = project.articles[pane.article_id].text
        start, end = _trimmed(pane, span)
        self.announce(_describe_edit(edit.label, text[start:end]))
        placed = project.annotation_with_span(pane.article_id, *_trimmed(pane, span))
        if placed is not None:
            view.place_cursor(placed.start)

    def _annotator_id(self) -> str | None:
        annotators = self.document.project.annotators
        return annotators.at(0).id if len(annotators) else None

    def _target_annotation(self, *, selection_decides: bool = False) -> Annotation | None:
        """The annotation a command acts on: the selected span's, else the one at the cursor.

        With ``selection_decides``, a selection that is not exactly an annotation's span
        means a new passage (None), as it does for the tag keys.
        """
        pane = self.active_pane()
        if pane is None:
            return None
        span = pane.view.selection_span()
        if span is not None:
            exact = self.document.project.annotation_with_span(
                pane.article_id, *_trimmed(pane, span)
            )
            if exact is not None or selection_decides:
                return exact
        return pane.view.annotation_at_cursor()

    def edit_note(self) -> None:
        """Write or change the note of the selected passage or the annotation at the cursor."""
        pane = self.active_pane()
        if pane is None:
            return
        project = self.document.project
        annotation = self._target_annotation(selection_decides=True)
        span = pane.view.selection_span()
        if annotation is None and span is None:
            self.statusBar().showMessage(
                "Select a passage or put the cursor in a highlight first.", 4000
            )
            return
        if annotation is None:
            from desktop_app.core.operations import add_note

            start, end = _trimmed(pane, span)  # type: ignore[arg-type]
            article = project.articles[pane.article_id]
            note = self.prompter.edit_note(article.text[start:end], "")
            if note and note.strip():
                try:
                    self.document.push(
                        add_note(
                            project,
                            pane.article_id,
                            start,
                            end,
                            note,
                            annotator=self._annotator_id(),
                        )
                    )
                    self.announce(_describe_edit("Add note", article.text[start:end]))
                except SpanError as error:
                    self.statusBar().showMessage(str(error).capitalize(), 4000)
            return
        note = self.prompter.edit_note(annotation.quote.exact, annotation.note)
        if note is not None:
            edit = set_note(project, annotation.id, note)
            self.document.push(edit)
            self.announce(_describe_edit(edit.label, annotation.quote.exact))

    def delete_annotation(self) -> None:
        """Remove the annotation at the cursor of the active pane."""
        annotation = self._target_annotation()
        if annotation is None:
            self.statusBar().showMessage("Put the cursor in a highlight to delete it.", 4000)
            return
        self.document.push(delete_annotations(self.document.project, [annotation.id]))
        self.announce(
            _describe_edit("Deleted the annotation (Ctrl+Z brings it back)", annotation.quote.exact)
        )

    def announce(self, text: str, timeout_ms: int = 4000) -> None:
        """Say what just happened: in the status bar and to screen readers (from the pane)."""
        self.statusBar().showMessage(text, timeout_ms)
        pane = self.active_pane()
        from desktop_app.ui.shell.accessibility import post_announcement

        post_announcement(pane.view if pane is not None else self, text)
        self.announced.emit(text)

    def jump_to(self, annotation_id: str) -> None:
        """Show an annotation's passage in its pane, with the cursor at it, and flash it."""
        project = self.document.project
        annotation = project.annotations.get(annotation_id)
        if annotation is None:
            return
        if annotation.anchor == "orphaned":
            self.statusBar().showMessage(
                "This annotation's passage is no longer in the text.", 5000
            )
            return
        pane = self.reader.pane_for_article(annotation.article)
        if pane is None:
            self.statusBar().showMessage("That article is not shown in a pane.", 4000)
            return
        # The cursor goes to the passage without selecting it: a selection would hide the flash.
        pane.view.place_cursor(annotation.start)
        pane.view.centerCursor()
        pane.view.flash(annotation)
        pane.view.setFocus()
        self._active_pane = pane

    def show_about(self) -> None:
        """The About dialog: version, licence, libraries."""
        from desktop_app.ui.shell.about import AboutDialog

        AboutDialog(self).exec()

    def _set_synced(self, synced: bool) -> None:
        self.reader.set_synced(synced)

    # -- files ----------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        if not self.document.modified:
            return True
        from desktop_app.ui.shell.prompts import UnsavedChoice

        choice = self.prompter.unsaved_changes(self.document.name)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def save(self) -> bool:
        """Save to the current file, asking for one if the project is untitled."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Ask for a file and save there."""
        suggested = self.document.path or (Path.home() / "Untitled.parallax.json")
        path = self.prompter.save_path(suggested)
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".parallax.json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from desktop_app.ui.files.safe_save import save_to

        return save_to(self, path)

    def open_project(self) -> None:
        """Ask for a project file and show it in this window."""
        if not self.maybe_save():
            return
        folder = self.document.path.parent if self.document.path else Path.home()
        path = self.prompter.open_path(folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a project file through validation (its problems are shown, what is valid
        can be opened); on failure, say why and keep the current project."""
        from desktop_app.ui.files.validation_dialog import open_checked

        return open_checked(self, path)

    def new_project(self) -> None:
        """Start an untitled project on the sample articles."""
        if not self.maybe_save():
            return
        from desktop_app.app import sample_project

        self.replace_document(ProjectDocument(sample_project(), None, self))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing with unsaved changes asks first."""
        if self.maybe_save():
            event.accept()
            self.closing.emit()
        else:
            event.ignore()


def _describe_edit(label: str, quote: str) -> str:
    # Imported on first use: the accessibility module is not needed for the first paint.
    from desktop_app.ui.shell.accessibility import describe_edit

    return describe_edit(label, quote)


def _trimmed(pane: ArticlePane, span: tuple[int, int]) -> tuple[int, int]:
    from desktop_app.core.anchoring import trim_span

    return trim_span(pane.view.article.text, *span)
