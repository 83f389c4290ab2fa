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
        # A crowded status bar may narrow it: then it shows the entries that fit whole, in
        # order, and "…" (the tooltip tells all); the relations come first.
        self.setMinimumWidth(int(self._entry_width(ENTRIES[0][1]) + self._ellipsis_width()))
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

    def _entry_width(self, words: str) -> float:
        return SWATCH + 4 + QFontMetricsF(self.font()).horizontalAdvance(words) + _GAP

    def _ellipsis_width(self) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance("…") + 4

    def sizeHint(self) -> QSize:
        """Wide enough for every entry on one line."""
        width = 2 + sum(self._entry_width(words) for _, words in ENTRIES)
        return QSize(int(width) + 1, int(max(SWATCH, QFontMetricsF(self.font()).height()) + 4))

    def entry_rects(self) -> list[tuple[str, QRectF]]:
        """Where each entry's swatch is painted: those that fit whole in the width given
        (leaving room for "…" when some do not)."""
        top = (self.height() - SWATCH) / 2
        widths = [self._entry_width(words) for _, words in ENTRIES]
        room = float(self.width())
        if 2 + sum(widths) > room:
            room -= self._ellipsis_width()
        x = 2.0
        rects = []
        for (kind, _), width in zip(ENTRIES, widths, strict=True):
            if x + width - _GAP > room:
                break
            rects.append((kind, QRectF(x, top, SWATCH, SWATCH)))
            x += width
        return rects

    def is_shortened(self) -> bool:
        """True when some entries do not fit and "…" stands for them."""
        return len(self.entry_rects()) < len(ENTRIES)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Each swatch, then its words in the muted ink."""
        theme = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        blue = QColor(connector_colour("same_fact", theme))
        shown = self.entry_rects()
        for (kind, rect), (_, words) in zip(shown, ENTRIES, strict=False):
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
        if len(shown) < len(ENTRIES):  # the rest are in the tooltip
            x = 2.0
            if shown:
                x = shown[-1][1].left() + self._entry_width(ENTRIES[len(shown) - 1][1])
            painter.setPen(QColor(theme.muted))
            painter.drawText(
                QRectF(x, 0, self.width() - x, self.height()), Qt.AlignmentFlag.AlignVCenter, "…"
            )
        painter.end()
