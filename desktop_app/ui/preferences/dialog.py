"""Edit ▸ Preferences…: reading font, size, line width, theme and word snapping, live."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.preferences.theme import READING_FAMILIES, register_fonts
from desktop_app.ui.shell.settings import (
    MAX_MEASURE,
    MAX_POINT_SIZE,
    MIN_MEASURE,
    MIN_POINT_SIZE,
    THEME_CHOICES,
    ReadingPrefs,
)

#: The bundled font, shown when the reader has not chosen one.
DEFAULT_FAMILY = READING_FAMILIES[0]


class PreferencesDialog(QDialog):
    """Fields for :class:`ReadingPrefs`; every change is previewed, Cancel goes back."""

    #: The preferences as the fields now say (shown live in the window).
    previewed = Signal(object)

    def __init__(self, prefs: ReadingPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self._base = prefs
        register_fonts()

        self.family = QFontComboBox()
        self.family.setAccessibleName("Reading font")
        self.family.setFontFilters(QFontComboBox.FontFilter.ScalableFonts)
        self.family.setCurrentFont(QFont(prefs.family or DEFAULT_FAMILY))
        self.point_size = QDoubleSpinBox()
        self.point_size.setAccessibleName("Reading size in points")
        self.point_size.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.point_size.setSingleStep(0.5)
        self.point_size.setDecimals(1)
        self.point_size.setSuffix(" pt")
        self.point_size.setValue(prefs.point_size)
        self.measure = QSpinBox()
        self.measure.setAccessibleName("Line width in characters")
        self.measure.setRange(MIN_MEASURE, MAX_MEASURE)
        self.measure.setSingleStep(2)
        self.measure.setSuffix(" characters")
        self.measure.setValue(prefs.measure)
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for name, label in THEME_CHOICES.items():
            self.theme.addItem(label, name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        from desktop_app.ui.shell.settings import load_user_name

        #: Who is coding: the name new annotations carry (saved on OK, see ``user_name``).
        self.name = QLineEdit(load_user_name())
        self.name.setObjectName("preferencesName")
        self.name.setAccessibleName("Your name")
        self.name.setPlaceholderText("The name your annotations carry")
        self.name.setMaxLength(120)
        self.snap_words = QCheckBox("Mouse selections take &whole words (Alt-drag: exact)")
        self.snap_words.setAccessibleName("Snap mouse selections to whole words")
        self.snap_words.setChecked(prefs.snap_words)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for label, field in (
            ("Reading &font:", self.family),
            ("&Size:", self.point_size),
            ("&Line width:", self.measure),
            ("&Theme:", self.theme),
            ("Your &name:", self.name),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow("Selecting:", self.snap_words)
        note = QLabel(
            "Applies to every pane as you change it. Zoom (Ctrl+plus, Ctrl+minus) scales "
            "this size; Ctrl+0 comes back to it. Kept for you, not in the project."
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter, still readable

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

        self.family.currentFontChanged.connect(self._preview)
        self.point_size.valueChanged.connect(self._preview)
        self.measure.valueChanged.connect(self._preview)
        self.theme.currentIndexChanged.connect(self._preview)
        self.snap_words.toggled.connect(self._preview)

    def prefs(self) -> ReadingPrefs:
        """The preferences the fields describe."""
        family = self.family.currentFont().family()
        known = set(QFontDatabase.families())
        return msgspec.structs.replace(
            self._base,
            family="" if family == DEFAULT_FAMILY or family not in known else family,
            point_size=round(self.point_size.value(), 1),
            measure=self.measure.value(),
            theme=str(self.theme.currentData()),
            snap_words=self.snap_words.isChecked(),
        ).normalised()

    def user_name(self) -> str:
        """The name as typed, spaces tidied ("" leaves the saved name as it is)."""
        return " ".join(self.name.text().split())

    def restore_defaults(self) -> None:
        """Put every field back to the defaults (zoom is kept)."""
        defaults = ReadingPrefs()
        self.family.setCurrentFont(QFont(DEFAULT_FAMILY))
        self.point_size.setValue(defaults.point_size)
        self.measure.setValue(defaults.measure)
        self.theme.setCurrentIndex(max(0, self.theme.findData(defaults.theme)))
        self.snap_words.setChecked(defaults.snap_words)

    def _preview(self) -> None:
        self.previewed.emit(self.prefs())
