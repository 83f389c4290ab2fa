"""A 2 px focus ring in the theme's accent around whichever field, list or button has focus.

Styles draw keyboard focus as a faint 1 px line (or not at all); this ring is one
QFocusFrame per application, following the focus widget, painted in ``Theme.focus`` (which
tests/core/test_focus_contrast.py holds at 3:1 against the paper and the window chrome in
every theme). The reading text is left out: its pane marks focus with the accent line
under its header and a wide caret.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.ui.preferences.theme import current_theme

#: Thickness of the ring in device-independent pixels.
RING_WIDTH = 2
#: Widgets that show the ring when they have focus.
RINGED = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)
#: Object names of widgets that mark focus in their own way.
UNRINGED_NAMES = frozenset({"articleView"})


def ringed_widget(widget: QWidget | None) -> QWidget | None:
    """The widget a focus ring goes around when ``widget`` has focus (None: no ring)."""
    if widget is None:
        return None
    parent = widget.parentWidget()
    # The line edit inside a combo or spin box: ring the whole control.
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        widget = parent
    if widget.isWindow() or not isinstance(widget, RINGED):
        return None
    if widget.objectName() in UNRINGED_NAMES:
        return None
    return widget


class FocusRing(QFocusFrame):
    """The ring itself: a QFocusFrame (which follows its widget) painted in the accent."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")

    def colour(self) -> QColor:
        """The ring's colour in the theme in effect."""
        return QColor(current_theme().focus)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A ring ``RING_WIDTH`` wide, hugging the widget's edge."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        outer = self.rect().adjusted(
            max(0, margin - RING_WIDTH),
            max(0, margin - RING_WIDTH),
            -max(0, margin - RING_WIDTH),
            -max(0, margin - RING_WIDTH),
        )
        inner = outer.adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        painter = QPainter(self)
        colour = self.colour()
        for band in (
            QRect(outer.left(), outer.top(), outer.width(), RING_WIDTH),
            QRect(outer.left(), inner.bottom() + 1, outer.width(), RING_WIDTH),
            QRect(outer.left(), inner.top(), RING_WIDTH, inner.height()),
            QRect(inner.right() + 1, inner.top(), RING_WIDTH, inner.height()),
        ):
            painter.fillRect(band, colour)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        """A new application palette (a theme change): repaint in the new accent."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()


_ring: FocusRing | None = None
_following = False


def focus_ring() -> FocusRing | None:
    """Start the application's focus ring following focus (once); the ring now, if any."""
    global _following
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not _following:
        _following = True
        app.focusChanged.connect(_follow)
    _follow(None, app.focusWidget())
    return _ring


def _follow(_old: QWidget | None, now: QWidget | None) -> None:
    """Put the ring around ``now`` (a new ring if a closed window took the last one)."""
    global _ring
    target = ringed_widget(now)
    if _ring is None or not isValid(_ring):
        _ring = None
        if target is None:
            return
        _ring = FocusRing()
    _ring.setWidget(target)  # type: ignore[arg-type]  # None hides the ring (Qt allows it)
