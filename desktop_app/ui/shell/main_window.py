"""The main window: the shell that features are installed into (``ui.shell.host.Host``).

It holds the reader panes, the annotation list, the menus, undo and the status line, and
mediates between widgets (a pane's cursor selects a row; a row's Enter jumps to a pane).
The file commands (``ui.files.file_commands``) and the annotation commands
(``ui.annotating.annotation_commands``) are features it installs first. It holds no
annotation state of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QToolButton,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.project import Change
from desktop_app.core.wording import counted
from desktop_app.ui.annotating.annotation_commands import AnnotationCommands
from desktop_app.ui.files.file_commands import FileCommands
from desktop_app.ui.reading.article_pane import ArticlePane
from desktop_app.ui.reading.reader_area import ReaderArea
from desktop_app.ui.shell.commands import ActionRegistry
from desktop_app.ui.shell.document import ProjectDocument
from desktop_app.ui.shell.host import FeatureMissing
from desktop_app.ui.shell.plain_text import window_title_text

if TYPE_CHECKING:
    from desktop_app.ui.annotating.annotation_list import AnnotationPanel
    from desktop_app.ui.shell.prompts import Prompter

FeatureT = TypeVar("FeatureT")

MAX_PANES = 4
#: The annotation list's starting height: a few rows, so the panes keep the room.
LIST_HEIGHT = 170
HINT = "Select a passage, then press a tag's key to tag it · N adds a note · Delete removes"


#: Modules adding commands to the window; each has ``install(host: Host) -> None``
#: (``desktop_app.ui.shell.host``).
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
    "desktop_app.ui.classroom.coder",
    "desktop_app.ui.classroom.annotator_layers",
    "desktop_app.ui.classroom.assignments",
    "desktop_app.ui.classroom.collect_files",
    "desktop_app.ui.classroom.agreement_dialog",
    "desktop_app.ui.help.help_menu",
    "desktop_app.ui.shell.focus_return",
    "desktop_app.ui.classroom.disagreement_view",
    "desktop_app.ui.compare.commands",
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
        self._features: dict[type, object] = {}
        self.dock = QDockWidget("Annotations", self)
        self.dock.setObjectName("annotationDock")
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # Reading comes first: the list starts short (the status bar's count opens and
        # closes it), and keeps whatever height the reader drags it to.
        self._list_sized = False
        self._counts = QToolButton()
        self._counts.setObjectName("annotationCount")
        self._counts.setAutoRaise(True)
        self._counts.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.statusBar().addPermanentWidget(self._counts)
        self._create_actions()
        self._create_menus()
        self._connect_document(document)
        self.files = FileCommands(self)
        self.add_feature(self.files)
        self.annotating = AnnotationCommands(self)
        self.add_feature(self.annotating)
        self.annotating.toolbar.addAction(self.commands["view.sync"])
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        self._fit_to_screen()
        self._add_standing_hint()
        self._features_installed = False
        if install_features:
            self.install_features()

    def _add_standing_hint(self) -> None:
        """How to tag, on the left of the status bar: shortened with "…" when the bar is
        crowded (the whole hint on hover), hidden while news is shown, back after it."""
        from desktop_app.ui.reading.elided_label import ElidedLabel

        self.hint = ElidedLabel(self.statusBar(), object_name="standingHint")
        self.hint.set_full_text(HINT)  # the standing hint, not news: not announced
        self.hint.setToolTip(HINT)
        # Its first clause stays whole: other status widgets (e.g. compare's legend) give way.
        first_clause = HINT.split(" · ")[0]
        self.hint.setMinimumWidth(self.hint.fontMetrics().horizontalAdvance(first_clause) + 8)
        self.statusBar().addWidget(self.hint, 1)

    def _fit_to_screen(self) -> None:
        """Come back at the size and place the window had when last closed; the first time,
        a comfortable size for two panes, never larger than the screen."""
        from desktop_app.ui.shell.settings import load_window_geometry

        saved = load_window_geometry()
        if saved and self.restoreGeometry(QByteArray(saved)):
            return
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

    @property
    def widget(self) -> QMainWindow:
        """The window as a Qt widget (what :class:`~desktop_app.ui.shell.host.Host` lends)."""
        return self

    def add_panel(
        self, title: str, object_name: str, content: QWidget, *, shown: bool = False
    ) -> QDockWidget:
        """A dock holding ``content`` at the bottom, tabbed behind the annotation list (which
        stays in front); hidden until its command shows it unless ``shown``."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(content)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.tabifyDockWidget(self.dock, dock)
        self.dock.raise_()
        if not shown:
            dock.hide()  # the reader keeps the panes' height until the panel is asked for
        return dock

    def add_feature(self, feature: object) -> None:
        """Register an installed feature under its type."""
        self._features[type(feature)] = feature

    def feature(self, kind: type[FeatureT]) -> FeatureT:
        """The installed feature of type ``kind``."""
        found = self._features.get(kind)
        if not isinstance(found, kind):
            raise FeatureMissing(f"{kind.__name__} is not installed")
        return found

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
        self.setWindowTitle(f"{window_title_text(self.document.name)}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)

    def _update_counts(self, *, list_shown: bool | None = None) -> None:
        project = self.document.project
        total = len(project.annotations)
        text = counted(total, "annotation", zero="0")
        # Closed, not merely tabbed behind another dock (the action is toggled before the dock).
        shown = not self.dock.isHidden() if list_shown is None else list_shown
        self._counts.setText(f"{text}  {'▾' if shown else '▴'}")
        self._counts.setToolTip(f"{'Hide' if shown else 'Show'} the annotation list (Ctrl+Shift+A)")
        self._counts.setAccessibleName(f"{text}; {'hide' if shown else 'show'} the list")

    def _on_project_changed(self, _change: Change) -> None:
        self._update_counts()

    # -- actions, menus, toolbar -----------------------------------------------------------

    def _create_actions(self) -> None:
        add = self.commands.add
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
        self._counts.clicked.connect(self._panel_action.trigger)
        self._panel_action.toggled.connect(lambda shown: self._update_counts(list_shown=shown))
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
            "edit": ("edit.undo", "edit.redo"),
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

    def _context_actions(self) -> list[QAction | None]:
        return self.annotating.context_actions()

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

    # -- what every feature may use --------------------------------------------------------

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
            self.announce("This annotation's passage is no longer in the text.", 5000)
            return
        pane = self.reader.pane_for_article(annotation.article)
        if pane is None:
            self.announce("That article is not shown in a pane.", 4000)
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

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, give the annotation list its short starting height."""
        super().showEvent(event)
        if not self._list_sized:
            self._list_sized = True
            self.resizeDocks([self.dock], [LIST_HEIGHT], Qt.Orientation.Vertical)
            self._update_counts()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing with unsaved changes asks first; a cancelled or failed save keeps it open."""
        if self.files.maybe_save():
            from desktop_app.ui.shell.settings import save_window_geometry

            save_window_geometry(bytes(self.saveGeometry().data()))
            event.accept()
            self.closing.emit()
        else:
            event.ignore()
