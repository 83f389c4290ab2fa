"""Reading comfort: zoom, the reading font, measure and theme, and a distraction-free mode.

View ▸ Zoom In / Zoom Out / Actual Size (Ctrl+plus, Ctrl+minus, Ctrl+0), View ▸ Theme,
View ▸ Focus Mode (F11; Escape leaves) and Edit ▸ Preferences… (Ctrl+,). Choices are the
user's own (ui/settings.py), applied live to every pane, its header and the application
palette, keeping each pane's reading position.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QWidget
from shiboken6 import isValid

from desktop_app.core.colours import mix
from desktop_app.core.themes import Theme
from desktop_app.ui.preferences.theme import current_theme, reading_font, style
from desktop_app.ui.shell.settings import (
    MAX_ZOOM,
    MIN_ZOOM,
    THEME_CHOICES,
    ReadingPrefs,
    load_reading_prefs,
    save_reading_prefs,
)

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

#: The application's own look before any theme was chosen ("System" goes back to it).
_system_look: tuple[str, QPalette] | None = None
#: The theme choice the application was last drawn in (None: never changed).
_applied: str | None = None


def theme_palette(theme: Theme) -> QPalette:
    """An application palette (menus, docks, lists, dialogs) in ``theme``'s colours."""
    chrome = mix(theme.ink, theme.paper, 0.06)  # window background: a shade off the paper
    button = mix(theme.ink, theme.paper, 0.10)
    roles = {
        QPalette.ColorRole.Window: chrome,
        QPalette.ColorRole.WindowText: theme.ink,
        QPalette.ColorRole.Base: theme.paper,
        QPalette.ColorRole.AlternateBase: mix(theme.ink, theme.paper, 0.03),
        QPalette.ColorRole.Text: theme.ink,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: theme.ink,
        QPalette.ColorRole.BrightText: theme.paper,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.selected_ink or theme.ink,
        QPalette.ColorRole.ToolTipBase: theme.paper,
        QPalette.ColorRole.ToolTipText: theme.ink,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: theme.accent,
        QPalette.ColorRole.Light: mix(theme.ink, theme.paper, 0.16),
        QPalette.ColorRole.Midlight: mix(theme.ink, theme.paper, 0.12),
        QPalette.ColorRole.Mid: mix(theme.ink, theme.paper, 0.30),
        QPalette.ColorRole.Dark: mix(theme.ink, theme.paper, 0.45),
        QPalette.ColorRole.Shadow: "#000000",
    }
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(mix(theme.ink, theme.paper, 0.45))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_application_look(choice: str) -> None:
    """Fusion with the theme's palette for a chosen theme; the system's look for "system"."""
    global _system_look, _applied
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if choice == (_applied or "system"):
        return  # already drawn so (a new window, or the same choice again)
    _applied = choice
    if _system_look is None:
        _system_look = (app.style().name(), QPalette(app.palette()))
    if choice == "system":
        name, palette = _system_look
        if app.style().name() != name:
            app.setStyle(name)
    else:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        palette = theme_palette(current_theme())
    app.setPalette(palette)
    # Widgets with a style sheet keep the palette they were polished with: polish again.
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


class ReadingComfort(QObject):
    """The reading preferences of one window: actions, applying and remembering them."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.window = window
        self.prefs = load_reading_prefs()
        self.focus_mode = FocusMode(window)
        self._create_actions()
        self.apply(self.prefs)
        # "System" follows the desktop switching between light and dark while running.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.prefs.theme == "system":
            self.restyle_panes()

    # -- actions ----------------------------------------------------------------------------

    def _create_actions(self) -> None:
        window = self.window
        add = window.commands.add
        zoom_in = add(
            "view.zoom_in",
            "Zoom &In",
            lambda: self.zoom(+1),
            shortcut=QKeySequence.StandardKey.ZoomIn,
            tip="Larger reading text in every pane",
        )
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        add(
            "view.zoom_out",
            "Zoom &Out",
            lambda: self.zoom(-1),
            shortcut="Ctrl+-",
            tip="Smaller reading text in every pane",
        )
        add(
            "view.zoom_reset",
            "&Actual Size",
            lambda: self.zoom(0),
            shortcut="Ctrl+0",
            tip="Reading text at the size chosen in Preferences",
        )
        add(
            "view.focus_mode",
            "&Focus Mode",
            self.focus_mode.set_on,
            shortcut="F11",
            tip="Only the text, full screen (F11 or Esc to leave)",
            checkable=True,
        )
        self.focus_mode.action = window.commands["view.focus_mode"]
        add(
            "edit.preferences",
            "&Preferences…",
            self.show_preferences,
            shortcut="Ctrl+,",
            tip="Reading font, size, line width and theme",
        ).setMenuRole(QAction.MenuRole.PreferencesRole)
        group = QActionGroup(self)
        group.setExclusive(True)
        for name, label in THEME_CHOICES.items():
            action = add(
                f"view.theme.{name}",
                label,
                partial(self._theme_chosen, name),
                tip=f"Read in the {label.lower()} theme",
                checkable=True,
            )
            group.addAction(action)

        view = window.menus["view"]
        view.addSeparator()
        for action_id in ("view.zoom_in", "view.zoom_out", "view.zoom_reset"):
            view.addAction(window.commands[action_id])
        themes = view.addMenu("&Theme")
        for name in THEME_CHOICES:
            themes.addAction(window.commands[f"view.theme.{name}"])
        view.addSeparator()
        view.addAction(window.commands["view.focus_mode"])
        edit = window.menus["edit"]
        edit.addSeparator()
        edit.addAction(window.commands["edit.preferences"])

    # -- commands ---------------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        """One step larger (+1), smaller (-1), or back to the chosen size (0)."""
        level = 0 if step == 0 else min(MAX_ZOOM, max(MIN_ZOOM, self.prefs.zoom + step))
        self.change(msgspec.structs.replace(self.prefs, zoom=level))
        self.window.announce(f"Reading text at {round(100 * 1.1**level)} %", 2000)

    def _theme_chosen(self, name: str, checked: bool) -> None:
        if checked:
            self.set_theme(name)

    def set_theme(self, name: str) -> None:
        """Read in the theme called ``name`` (a key of ``THEME_CHOICES``)."""
        if name != self.prefs.theme:
            self.change(msgspec.structs.replace(self.prefs, theme=name))

    def change(self, prefs: ReadingPrefs) -> None:
        """Apply new preferences and remember them for this user."""
        prefs = prefs.normalised()
        self.apply(prefs)
        save_reading_prefs(prefs)

    def apply(self, prefs: ReadingPrefs) -> None:
        """Make ``prefs`` the style of every pane and of the application, live."""
        self.prefs = prefs
        style.theme, style.family = prefs.theme, prefs.family
        style.point_size, style.measure, style.zoom = prefs.point_size, prefs.measure, prefs.zoom
        style.snap_words = prefs.snap_words
        apply_application_look(prefs.theme)
        self.restyle_panes()
        self.window.commands[f"view.theme.{prefs.theme}"].setChecked(True)
        self.window.commands["view.zoom_reset"].setEnabled(prefs.zoom != 0)

    def restyle_panes(self) -> None:
        """Bring every pane to the current style (panes already in it are left alone)."""
        theme = current_theme()
        font = reading_font()
        for pane in self.window.reader.panes:
            view = pane.view
            if view.theme == theme and view.font() == font and view.measure_chars == style.measure:
                continue
            view.restyle(theme, font, style.measure)
            pane.restyle(theme)

    def show_preferences(self) -> None:
        """Open the preferences dialog (window-modal, not blocking); changes show live."""
        from desktop_app.ui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.window.widget)
        dialog.previewed.connect(self.apply)
        dialog.accepted.connect(lambda: self.change(dialog.prefs()))
        dialog.accepted.connect(lambda: self._remember_name(dialog.user_name()))
        dialog.rejected.connect(lambda before=self.prefs: self.apply(before))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _remember_name(self, name: str) -> None:
        from desktop_app.ui.shell.settings import load_user_name, save_user_name

        if name and name != load_user_name():
            save_user_name(name)
            self.window.announce(f"New annotations are marked as coded by {name}.")


class FocusMode(QObject):
    """Distraction-free reading: the panes alone, full screen; the same key or Esc leaves."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.window = window
        self.action: QAction | None = None
        #: True while in focus mode.
        self.on = False
        self._hidden: list[QWidget] = []
        self._state = Qt.WindowState.WindowNoState
        self._lent: list[QAction] = []

    def chrome(self) -> list[QWidget]:
        """What focus mode hides: menu bar, toolbars, docks and status bar."""
        window = self.window.widget
        bars: list[QWidget] = [window.menuBar(), window.statusBar()]
        bars += [w for w in window.findChildren(QToolBar) if w.parentWidget() is window]
        bars += [w for w in window.findChildren(QDockWidget) if w.parentWidget() is window]
        return bars

    def set_on(self, on: bool) -> None:
        """Enter (True) or leave (False) focus mode."""
        if on == self.on:
            return
        window = self.window.widget
        commands = self.window.commands
        self.on = on
        if on:
            self._hidden = [w for w in self.chrome() if w.isVisible()]
            self._state = window.windowState()
            # Menus are hidden: lend their actions to the window so every shortcut still works.
            self._lent = [commands[i] for i in commands.ids() if commands[i].shortcut()]
            window.addActions(self._lent)
            for widget in self._hidden:
                widget.hide()
            window.installEventFilter(self)
            window.showFullScreen()
        else:
            window.removeEventFilter(self)
            for action in self._lent:
                if isValid(action):  # a tag action may have gone with a codebook edit
                    window.removeAction(action)
            self._lent = []
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            window.setWindowState(self._state)
        if self.action is not None and self.action.isChecked() != on:
            self.action.setChecked(on)
        pane = self.window.active_pane()
        if pane is not None:
            pane.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape that nothing else used (it reaches the window) leaves focus mode."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.set_on(False)
            return True
        return False


def install(window: Host) -> None:
    """Add zoom, themes, focus mode and preferences to the window, applying saved choices."""
    from desktop_app.ui.preferences.focus_ring import focus_ring

    comfort = ReadingComfort(window)
    window.add_feature(comfort)
    focus_ring()  # keyboard focus drawn clearly, in the theme's accent
    window.panes_changed.connect(comfort.restyle_panes)
    window.document_changed.connect(comfort.restyle_panes)
