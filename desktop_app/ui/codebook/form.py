"""The fields of one code in the codebook editor: name, colour, key, parent, description.

The form shows a code and emits what the user asked to change (``rename``, ``recolour``…);
it changes nothing itself. The editor turns each request into one undoable edit and the
form follows the project when the edit lands (``show_code``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.codebook import PALETTE
from desktop_app.core.codebook_edits import descendants
from desktop_app.core.project import Project
from desktop_app.core.records import Code
from desktop_app.ui.shell.commands import swatch_icon
from desktop_app.ui.shell.plain_text import plain_label

#: Names of the palette colours, for tooltips and screen readers.
PALETTE_NAMES = (
    "Orange",
    "Sky blue",
    "Bluish green",
    "Reddish purple",
    "Blue",
    "Vermillion",
    "Yellow",
)
TOP_LEVEL = "(top level)"
#: Pressed alone in the shortcut field, these keys remove the shortcut.
CLEARING_KEYS = (QKeySequence(Qt.Key.Key_Backspace), QKeySequence(Qt.Key.Key_Delete))


class CodeForm(QWidget):
    """Edits the fields of one code; emits ``(code_id, value)`` for each change asked."""

    rename = Signal(str, str)
    recolour = Signal(str, str)
    pick_colour = Signal(str)
    reshortcut = Signal(str, str)
    reparent = Signal(str, object)
    describe = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code: Code | None = None
        self._loading = False
        self.name = QLineEdit()
        self.name.setAccessibleName("Code name")
        self.name.setPlaceholderText("A short, distinct name")
        self.name.editingFinished.connect(self._name_done)

        self.colour_button = QToolButton()
        self.colour_button.setObjectName("codeColour")
        self.colour_button.setAccessibleName("Code colour")
        self.colour_button.setToolTip("Choose any colour…")
        self.colour_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.colour_button.clicked.connect(self._ask_colour)
        self.swatches: list[QToolButton] = []
        swatch_row = QHBoxLayout()
        swatch_row.setSpacing(2)
        swatch_row.addWidget(self.colour_button)
        swatch_row.addSpacing(8)
        for colour, colour_name in zip(PALETTE, PALETTE_NAMES, strict=True):
            swatch = QToolButton()
            swatch.setIcon(swatch_icon(colour, 16))
            swatch.setCheckable(True)
            swatch.setAutoRaise(True)
            swatch.setToolTip(f"{colour_name} ({colour})")
            swatch.setAccessibleName(f"Colour {colour_name}")
            swatch.setProperty("colour", colour)
            swatch.clicked.connect(lambda _checked=False, c=colour: self._choose(c))
            self.swatches.append(swatch)
            swatch_row.addWidget(swatch)
        swatch_row.addStretch(1)

        self.shortcut = QKeySequenceEdit()
        self.shortcut.setAccessibleName("Keyboard shortcut")
        self.shortcut.setToolTip("Press the key (or keys) that tag a selection with this code")
        self.shortcut.setMaximumSequenceLength(2)
        self.shortcut.editingFinished.connect(self._shortcut_done)
        self.clear_shortcut = QToolButton()
        self.clear_shortcut.setText("Clear")
        self.clear_shortcut.setAccessibleName("Clear shortcut")
        self.clear_shortcut.setToolTip("No key for this code (Backspace in the field does it too)")
        self.clear_shortcut.clicked.connect(self._clear_shortcut)
        shortcut_row = QHBoxLayout()
        shortcut_row.setSpacing(6)
        shortcut_row.addWidget(self.shortcut, 1)
        shortcut_row.addWidget(self.clear_shortcut)

        self.parent_box = QComboBox()
        self.parent_box.setAccessibleName("Parent code")
        self.parent_box.setToolTip("Nest this code under another one")
        self.parent_box.activated.connect(self._parent_chosen)

        self.description = QPlainTextEdit()
        self.description.setAccessibleName("Code description")
        self.description.setPlaceholderText(
            "When does a passage get this code? A definition, with an example."
        )
        self.description.setTabChangesFocus(True)
        self.description.installEventFilter(self)
        self.description.setMaximumHeight(160)

        self.uses = plain_label()
        self.uses.setObjectName("codeUses")
        self.uses.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.addRow(_buddy("&Name", self.name), self.name)
        form.addRow(_buddy("Co&lour", self.colour_button), swatch_row)
        form.addRow(_buddy("&Key", self.shortcut), shortcut_row)
        form.addRow(_buddy("&Parent", self.parent_box), self.parent_box)
        form.addRow(_buddy("&Description", self.description), self.description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.uses)
        layout.addStretch(1)
        self.setEnabled(False)

    @property
    def code_id(self) -> str | None:
        """The code shown, if any."""
        return self._code.id if self._code else None

    def show_code(self, project: Project, code: Code | None, uses: int = 0) -> None:
        """Show ``code`` (None: an empty, disabled form)."""
        self._loading = True
        try:
            self._code = code
            self.setEnabled(code is not None)
            self.name.setText(code.name if code else "")
            colour = code.color if code else PALETTE[0]
            self.colour_button.setIcon(swatch_icon(colour, 16))
            self.colour_button.setText(colour.upper() if code else "")
            for swatch in self.swatches:
                swatch.setChecked(code is not None and swatch.property("colour") == colour.upper())
            self.shortcut.setKeySequence(QKeySequence(code.shortcut if code else ""))
            if self.description.toPlainText() != (code.description if code else ""):
                self.description.setPlainText(code.description if code else "")
            self._fill_parents(project, code)
            if code is None:
                self.uses.setText("Select a code to edit it, or add one.")
            else:
                carried = "No annotation carries" if uses == 0 else _annotations(uses) + " carry"
                self.uses.setText(f"{carried} “{code.name}”.")
        finally:
            self._loading = False

    def commit_description(self) -> None:
        """Ask to store the description being typed, if it changed."""
        if self._code is not None and self.description.toPlainText().strip() != (
            self._code.description
        ):
            self.describe.emit(self._code.id, self.description.toPlainText())

    def _fill_parents(self, project: Project, code: Code | None) -> None:
        box = self.parent_box
        box.clear()
        box.addItem(TOP_LEVEL, None)
        if code is None:
            return
        excluded = descendants(project, code.id) | {code.id}
        for other in project.codes:
            if other.id not in excluded:
                box.addItem(swatch_icon(other.color), other.name, other.id)
        box.setCurrentIndex(max(0, box.findData(code.parent)))

    # -- what the user did ----------------------------------------------------------------

    def _name_done(self) -> None:
        if not self._loading and self._code is not None and self.name.text() != self._code.name:
            self.rename.emit(self._code.id, self.name.text())

    def _choose(self, colour: str) -> None:
        if self._code is not None:
            self.recolour.emit(self._code.id, colour)
            self.show_code_colour(self._code.color)

    def show_code_colour(self, colour: str) -> None:
        """Check the swatch of ``colour`` only (after a click that may be refused)."""
        for swatch in self.swatches:
            swatch.setChecked(swatch.property("colour") == QColor(colour).name().upper())

    def _ask_colour(self) -> None:
        if self._code is not None:
            self.pick_colour.emit(self._code.id)

    def _shortcut_done(self) -> None:
        if self._loading or self._code is None:
            return
        sequence = self.shortcut.keySequence()
        if sequence in CLEARING_KEYS:
            self.shortcut.clear()
            sequence = QKeySequence()
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if text != self._code.shortcut:
            self.reshortcut.emit(self._code.id, text)

    def _clear_shortcut(self) -> None:
        self.shortcut.clear()
        self._shortcut_done()

    def _parent_chosen(self, row: int) -> None:
        if self._code is not None:
            self.reparent.emit(self._code.id, self.parent_box.itemData(row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Store the description when the field loses focus."""
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self.commit_description()
        return super().eventFilter(watched, event)


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _annotations(count: int) -> str:
    return f"{count} annotation{'s' if count != 1 else ''}"
