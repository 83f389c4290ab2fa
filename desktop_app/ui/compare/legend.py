"""The key to what compare mode paints, in one quiet line at the foot of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.core.compare_look import (
    RELATION_COLOURS,
    RELATION_NAMES,
    connector_colour,
    mark_colour,
    only_here_colour,
)
from desktop_app.core.themes import Theme

SWATCH = 12.0
_GAP = 9.0

#: Each entry: (what the swatch shows, its words).
ENTRIES: tuple[tuple[str, str], ...] = (
    *((relation, RELATION_NAMES[relation]) for relation in RELATION_COLOURS),
    ("linked", "linked"),
    ("suggested", "suggested"),
    ("only", "only here"),
    ("quote", "quoted in both"),
    ("differs", "changed words"),
)


class CompareLegend(QWidget):
    """Swatches for the relations, linked and suggested ribbons, only-here bars, shared
    quotes and near-copy differences, each with its name."""

    def __init__(self, theme: Callable[[], Theme], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareLegend")
        self._theme = theme
        names = ", ".join(words for _, words in ENTRIES)
        self.setAccessibleName("Compare legend")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.setMinimumWidth(self.sizeHint().width())  # every entry shown, never clipped
        self.setAccessibleDescription(names)
        self.setToolTip(
            "Ribbons: colour is the relation, fainter for a lower score; dashed = suggested, "
            "solid with a ring = linked. Hatched bar: only in this article. Solid underline: "
            "quoted in the other article too. Dotted underline: a near copy's changed words."
        )

    @property
    def theme(self) -> Theme:
        """The theme of the panes compared (asked when painting: it follows theirs)."""
        return self._theme()

    def sizeHint(self) -> QSize:
        """Wide enough for every entry on one line."""
        metrics = QFontMetricsF(self.font())
        width = sum(SWATCH + 4 + metrics.horizontalAdvance(words) + _GAP for _, words in ENTRIES)
        return QSize(int(width), int(max(SWATCH, metrics.height()) + 4))

    def entry_rects(self) -> list[tuple[str, QRectF]]:
        """Where each entry's swatch is painted."""
        metrics = QFontMetricsF(self.font())
        top = (self.height() - SWATCH) / 2
        x = 2.0
        rects = []
        for kind, words in ENTRIES:
            rects.append((kind, QRectF(x, top, SWATCH, SWATCH)))
            x += SWATCH + 4 + metrics.horizontalAdvance(words) + _GAP
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        """Each swatch, then its words in the muted ink."""
        theme = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        blue = QColor(connector_colour("same_fact", theme))
        for (kind, rect), (_, words) in zip(self.entry_rects(), ENTRIES, strict=True):
            if kind in RELATION_COLOURS:
                colour = QColor(connector_colour(kind, theme))
                fill = QColor(colour)
                fill.setAlphaF(0.45)
                painter.setPen(QPen(colour, 1.2))
                painter.setBrush(fill)
                painter.drawRoundedRect(rect.adjusted(1, 3, -1, -3), 2, 2)
            elif kind in ("linked", "suggested"):
                fill = QColor(blue)
                fill.setAlphaF(0.5 if kind == "linked" else 0.2)
                pen = QPen(blue, 1.6 if kind == "linked" else 1.0)
                if kind == "suggested":
                    pen.setStyle(Qt.PenStyle.CustomDashLine)
                    pen.setDashPattern([3.0, 2.5])
                painter.setPen(pen)
                painter.setBrush(fill)
                painter.drawRect(rect.adjusted(1, 3, -1, -3))
                if kind == "linked":
                    painter.setBrush(QColor(theme.paper))
                    painter.drawEllipse(rect.center(), 2.5, 2.5)
            elif kind == "only":
                grey = QColor(only_here_colour(theme))
                bar = QRectF(rect.center().x() - 3, rect.top(), 6, rect.height())
                painter.fillRect(bar, QBrush(grey, Qt.BrushStyle.BDiagPattern))
                painter.fillRect(QRectF(bar.left(), bar.top(), 1.5, bar.height()), grey)
            else:
                relation = "shared_quote" if kind == "quote" else "near_copy"
                pen = QPen(QColor(mark_colour(relation, theme)), 1.6)
                if kind == "differs":
                    pen.setStyle(Qt.PenStyle.DotLine)
                painter.setPen(pen)
                y = rect.bottom() - 2
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(QColor(theme.muted))
            text = QRectF(rect.right() + 4, 0, self.width(), self.height())
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, words)
        painter.end()
