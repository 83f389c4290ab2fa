"""The Codebook window (Tags ▸ Edit Codebook…): the code tree, one code's fields, and commands.

Non-modal, so a reader can keep it open while coding. Every change is one undoable core
edit (``core.codebook_edits``) pushed on the document's undo stack; questions go through
the window's prompter. Import and export use the shared importer and exporter registries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import codebook_edits as edits
from desktop_app.core.codebook_edits import CodebookError
from desktop_app.core.edits import Edit
from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation, Code, new_id
from desktop_app.ui.codebook.form import CodeForm
from desktop_app.ui.codebook.shortcut_keys import shortcut_problem
from desktop_app.ui.codebook.tree_model import COUNT, NAME, SHORTCUT, CodebookModel
from desktop_app.ui.shell.plain_text import plain_label, window_title_text

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

#: The editor's commands: id -> (text, shortcut, tooltip).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "add": ("&Add", "Ctrl+N", "Add a code at the top level"),
    "add_child": ("Add C&hild", "Ctrl+Shift+N", "Add a code nested under the selected one"),
    "remove": ("&Remove…", "Delete", "Delete the selected code (asks first; undoable)"),
    "merge": ("&Merge Into…", "Ctrl+M", "Move the code's annotations to another code"),
    "up": ("Move &Up", "Alt+Up", "Move the code above its previous sibling"),
    "down": ("Move Do&wn", "Alt+Down", "Move the code below its next sibling"),
    "nest": ("&Nest", "Alt+Right", "Nest the code under the sibling above it"),
    "unnest": ("Unnes&t", "Alt+Left", "Move the code out of its parent"),
    "import": ("&Import…", "Ctrl+I", "Add the codes of a REFI-QDA (.qdc) or CSV codebook"),
    "export_qdc": ("REFI-QDA Codebook (.qdc)…", "", "For NVivo, ATLAS.ti, MAXQDA, QualCoder"),
    "export_csv": ("CSV Codebook (.csv)…", "", "One row per code, for spreadsheets"),
}
#: Colour of refusals in the message line, on light and on dark windows.
ERROR_COLOURS = {False: "#B3261E", True: "#F2B8B5"}


class CodebookEditor(QDialog):
    """Edits the codebook of the window's current project."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.main_window = window
        self.setObjectName("codebookEditor")
        self.setWindowTitle("Codebook")
        self.setModal(False)
        self.model: CodebookModel | None = None
        self._current: str | None = None
        self._row = 0
        self.commands: dict[str, QAction] = {}
        for command_id, (text, keys, tip) in COMMANDS.items():
            action = QAction(text, self)
            action.setObjectName(f"codebook.{command_id}")
            if keys:
                action.setShortcut(QKeySequence(keys))
                tip = (
                    f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
                )
            action.setToolTip(tip)
            handler = getattr(self, "import_codebook" if command_id == "import" else command_id)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            self.commands[command_id] = action

        self.tree = QTreeView()
        self.tree.setObjectName("codebookTree")
        self.tree.setAccessibleName("Codes")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setIndentation(18)
        self.tree.setItemDelegate(_RoomyDelegate(self.tree))
        self.tree.setDragDropMode(QTreeView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setMinimumWidth(300)
        self.tree.activated.connect(self._edit_name)  # once: the tree outlives its models
        self.commands["remove"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for command_id in COMMANDS:
            if command_id not in ("remove", "export_qdc", "export_csv"):
                self.addAction(self.commands[command_id])
        # The tree's context menu (right click, Menu key or Shift+F10) lists what it can do.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for group in (("add", "add_child"), ("remove", "merge"), ("up", "down", "unnest", "nest")):
            if self.tree.actions():
                separator = QAction(self.tree)
                separator.setSeparator(True)
                self.tree.addAction(separator)
            self.tree.addActions([self.commands[command_id] for command_id in group])
        for shared in ("edit.undo", "edit.redo"):
            self.addAction(window.commands[shared])

        self.form = CodeForm()
        self.form.rename.connect(lambda i, v: self._push(lambda: edits.rename_code(self._p, i, v)))
        self.form.recolour.connect(
            lambda i, v: self._push(lambda: edits.recolour_code(self._p, i, v))
        )
        self.form.describe.connect(
            lambda i, v: self._push(lambda: edits.describe_code(self._p, i, v))
        )
        self.form.reparent.connect(lambda i, v: self._push(lambda: edits.set_parent(self._p, i, v)))
        self.form.reshortcut.connect(self._set_shortcut)
        self.form.pick_colour.connect(self._pick_colour)

        self.message = plain_label()
        self.message.setObjectName("codebookMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Codebook message")
        self.setLayout(self._layout())
        form = self.form
        chain = (self.tree, form.name, form.colour_button, form.shortcut, form.parent_box)
        for first, second in zip(chain, (*chain[1:], form.description), strict=True):
            QWidget.setTabOrder(first, second)
        self.resize(820, 500)
        self.bind()
        window.document_changed.connect(self.bind)

    @property
    def _p(self) -> Project:
        """The current project (short, for the lambdas building edits)."""
        return self.main_window.document.project

    def _layout(self) -> QVBoxLayout:
        tree_buttons = QHBoxLayout()
        tree_buttons.setSpacing(4)
        for command_id in ("add", "add_child", "remove", "merge"):
            tree_buttons.addWidget(_button(self.commands[command_id]))
        tree_buttons.addStretch(1)
        for command_id in ("up", "down", "unnest", "nest"):
            tree_buttons.addWidget(_button(self.commands[command_id], arrow=command_id))
        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addLayout(tree_buttons)
        hint = QLabel("Alt+↑ ↓ move · Alt+→ nest · Alt+← unnest · Del remove · Ctrl+Z undo")
        hint.setObjectName("codebookHint")
        hint.setEnabled(False)  # drawn in the muted text colour of the style
        left.addWidget(hint)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left, 5)
        body.addWidget(self.form, 4)

        self.export_button = QToolButton()
        self.export_button.setText("&Export")
        self.export_button.setAccessibleName("Export the codebook")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.commands["export_qdc"])
        menu.addAction(self.commands["export_csv"])
        self.export_button.setMenu(menu)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        closing.rejected.connect(self.close)
        for button in closing.buttons():
            # Enter confirms a field (a new name…); it must not close the window.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        footer = QHBoxLayout()
        footer.addWidget(_button(self.commands["import"]))
        footer.addWidget(self.export_button)
        footer.addSpacing(12)
        footer.addWidget(self.message, 1)
        footer.addWidget(closing)
        layout = QVBoxLayout()
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        return layout

    # -- following the document ----------------------------------------------------------

    def bind(self) -> None:
        """Show the codebook of the window's current project."""
        old_model = self.model
        if old_model is not None:
            old_model.project.changed.disconnect(self._on_project_changed)
            old_model.detach()
        project = self.main_window.document.project
        self.model = CodebookModel(project, self)
        self.tree.setModel(self.model)
        if old_model is not None:
            old_model.deleteLater()  # it held the previous project
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHORTCUT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_row)
        self.model.modelReset.connect(self._after_reset)
        self.model.move_requested.connect(self._place)
        project.changed.connect(self._on_project_changed)
        self.tree.expandAll()
        self._update_title()
        self.main_window.document.path_changed.connect(self._update_title)
        first = project.codes.at(0).id if len(project.codes) else None
        self.select(first)

    def _edit_name(self) -> None:
        """Enter (or a double click) on a code: type its new name."""
        self.form.name.setFocus()
        self.form.name.selectAll()

    def _update_title(self) -> None:
        self.setWindowTitle(f"Codebook — {window_title_text(self.main_window.document.name)}")

    def select(self, code_id: str | None) -> None:
        """Make ``code_id`` the current code (None: no code)."""
        assert self.model is not None
        index = self.model.index_of(code_id) if code_id else QModelIndex()
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if index.isValid():
            self.tree.scrollTo(index)
        else:
            self._show(None)

    def current_code(self) -> Code | None:
        """The code being edited."""
        return self._p.codes.get(self._current)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.form.commit_description()
        assert self.model is not None
        code = self.model.code_at(current)
        self._show(code)

    def _show(self, code: Code | None) -> None:
        self._current = code.id if code else None
        uses = self.model.count(code.id) if self.model and code else 0
        self.form.show_code(self._p, code, uses)
        self._update_commands()

    def _remember_row(self) -> None:
        codes = self._p.codes
        current = self._current
        self._row = codes.row(current) if current is not None and current in codes else 0

    def _after_reset(self) -> None:
        self.tree.expandAll()
        codes = self._p.codes
        if self._current not in codes:
            self._current = codes.at(min(self._row, len(codes) - 1)).id if len(codes) else None
        self.select(self._current)

    def _on_project_changed(self, change: Change) -> None:
        record = change.record
        touches_current = isinstance(record, Code) or (
            isinstance(record, Annotation)
            and any(
                self._current in r.tags
                for r in (change.old, change.new)
                if isinstance(r, Annotation)
            )
        )
        if touches_current and (self.model is None or not self.model.resetting):
            self._show(self.current_code())

    def _update_commands(self) -> None:
        code = self.current_code()
        project = self._p
        siblings = [c.id for c in edits.children_of(project, code.parent)] if code else []
        place = siblings.index(code.id) if code else -1
        enabled = {
            "add_child": code is not None,
            "remove": code is not None,
            "merge": code is not None and len(project.codes) > 1,
            "up": place > 0,
            "down": 0 <= place < len(siblings) - 1,
            "nest": place > 0,
            "unnest": code is not None and code.parent is not None,
            "export_qdc": len(project.codes) > 0,
            "export_csv": len(project.codes) > 0,
        }
        for command_id, on in enabled.items():
            self.commands[command_id].setEnabled(on)

    # -- pushing edits ----------------------------------------------------------------------

    def _push(self, build: Callable[[], Edit | None]) -> bool:
        """Build an edit and push it; a refusal is shown in the message line."""
        try:
            edit = build()
        except CodebookError as error:
            self.say(str(error), error=True)
            self._show(self.current_code())  # put the refused value back
            return False
        except KeyError:  # the code went away meanwhile (undone elsewhere): nothing to change
            self._show(self.current_code())
            return False
        self.say("")
        document = self.main_window.document
        if edit is None:
            return False
        document.push(edit)
        if document.read_only:
            self.say("This project is open read-only: the codebook cannot change.", error=True)
            self._show(self.current_code())
            return False
        return True

    def say(self, text: str, *, error: bool = False) -> None:
        """Show a short message at the foot of the window."""
        from desktop_app.ui.preferences.theme import system_is_dark

        colour = ERROR_COLOURS[system_is_dark()]
        self.message.setStyleSheet(f"color: {colour};" if error else "")
        self.message.setText(text)

    def _set_shortcut(self, code_id: str, text: str) -> None:
        problem = shortcut_problem(self.main_window, QKeySequence(text))
        if problem:
            self.say(problem, error=True)
            self._show(self.current_code())
            return
        self._push(lambda: edits.set_shortcut(self._p, code_id, text))

    def _pick_colour(self, code_id: str) -> None:
        code = self._p.codes[code_id]
        colour = self.main_window.prompter.pick_colour(f"Colour of “{code.name}”", code.color)
        if colour:
            self._push(lambda: edits.recolour_code(self._p, code_id, colour))

    # -- commands -----------------------------------------------------------------------

    def add(self, parent: str | None = None) -> None:
        """Add a code ("New code"), select it and put the cursor in its name."""
        project = self._p
        name, number = "New code", 1
        while project.code_by_name(name) is not None:
            number += 1
            name = f"New code {number}"
        code_id = new_id()
        if self._push(lambda: edits.add_code(project, name, parent=parent, code_id=code_id)):
            self.select(code_id)
            self.form.name.setFocus()
            self.form.name.selectAll()

    def add_child(self) -> None:
        """Add a code nested under the current one."""
        if self._current is not None:
            self.add(parent=self._current)

    def remove(self) -> None:
        """Delete the current code, after saying how many annotations carry it."""
        code = self.current_code()
        if code is None:
            return
        count = edits.annotation_count(self._p, code.id)
        if self.main_window.prompter.confirm_delete_code(code.name, count):
            self._push(lambda: edits.delete_code(self._p, code.id))

    def merge(self) -> None:
        """Merge the current code into another one the user picks."""
        code = self.current_code()
        if code is None:
            return
        project = self._p
        choices = [(c.id, c.name) for c in project.codes if c.id != code.id]
        count = edits.annotation_count(project, code.id)
        message = (
            f"The {count} annotation{'s' if count != 1 else ''} tagged “{code.name}” will carry "
            f"the code you choose, and “{code.name}” is removed. You can undo this."
        )
        target = self.main_window.prompter.pick_code(f"Merge “{code.name}” into", message, choices)
        if target is not None and self._push(lambda: edits.merge_codes(project, code.id, target)):
            self.select(target)

    def _place(self, code_id: str, parent_id: str | None, row: int) -> None:
        """Where a dragged code was dropped: under ``parent_id``, at ``row`` (-1: last)."""
        if code_id not in self._p.codes or (
            parent_id is not None and parent_id not in self._p.codes
        ):
            return
        place = edits.place_code
        if self._push(lambda: place(self._p, code_id, parent_id, row if row >= 0 else None)):
            self.select(code_id)

    def up(self) -> None:
        """Move the current code above its previous sibling."""
        self._step(-1)

    def down(self) -> None:
        """Move the current code below its next sibling."""
        self._step(+1)

    def _step(self, step: int) -> None:
        code_id = self._current
        if code_id and self._push(lambda: edits.move_among_siblings(self._p, code_id, step)):
            self.select(code_id)

    def nest(self) -> None:
        """Nest the current code under the sibling above it."""
        code = self.current_code()
        if code is None:
            return
        siblings = [c.id for c in edits.children_of(self._p, code.parent)]
        place = siblings.index(code.id)
        if place > 0 and self._push(
            lambda: edits.set_parent(self._p, code.id, siblings[place - 1])
        ):
            self.select(code.id)

    def unnest(self) -> None:
        """Move the current code out of its parent, to the parent's level."""
        code = self.current_code()
        if code is None or code.parent is None:
            return
        grandparent = self._p.codes[code.parent].parent
        if self._push(lambda: edits.set_parent(self._p, code.id, grandparent)):
            self.select(code.id)

    def import_codebook(self) -> None:
        """Add the codes of a codebook file (.qdc or .csv)."""
        from desktop_app.ui.codebook import files

        files.import_codebook(self.main_window, self.say)

    def export_qdc(self) -> None:
        """Write the codebook as a REFI-QDA codebook."""
        from desktop_app.ui.codebook import files

        files.export_codebook(self.main_window, "qdc", self.say)

    def export_csv(self) -> None:
        """Write the codebook as CSV."""
        from desktop_app.ui.codebook import files

        files.export_codebook(self.main_window, "codebook-csv", self.say)

    def hideEvent(self, event: QHideEvent) -> None:
        """Keep a description being typed when the window closes."""
        self.form.commit_description()
        super().hideEvent(event)


class _RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the default, easier to read and to hit."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


def _button(action: QAction, arrow: str = "") -> QWidget:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    if arrow:
        arrows = {
            "up": Qt.ArrowType.UpArrow,
            "down": Qt.ArrowType.DownArrow,
            "nest": Qt.ArrowType.RightArrow,
            "unnest": Qt.ArrowType.LeftArrow,
        }
        button.setArrowType(arrows[arrow])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    else:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class CodebookEditing:
    """Tags ▸ Edit Codebook…: the window's one codebook editor, made on first use."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.editor: CodebookEditor | None = None
        action = host.commands.add(
            "codebook.edit",
            "Edit &Codebook…",
            self.open,
            shortcut="Ctrl+Shift+K",
            tip="Add, rename, recolour, nest, merge and delete codes; import or export them",
        )
        menu = host.menus["tags"]
        menu.addSeparator()
        menu.addAction(action)

    def open(self) -> CodebookEditor:
        """Show (creating it on first use) the codebook editor."""
        if self.editor is None:
            self.editor = CodebookEditor(self.host)
        editor = self.editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        editor.tree.setFocus()
        return editor


def install(host: Host) -> None:
    """Add Tags ▸ Edit Codebook… (Ctrl+Shift+K)."""
    host.add_feature(CodebookEditing(host))
