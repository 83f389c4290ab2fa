"""The Compare panel: per code, A against B: passages, coverage, absences, where it falls,
grouped bars of coverage (QPainter; saved as SVG through QtSvg and as PNG) and a summary.

The same QPainter code draws the chart on screen, into the SVG and into the PNG, so what
is saved is what is seen. (The headless ``compare-html`` export writes SVG by hand.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.tag_comparison import TagComparison, compare_tags
from desktop_app.ui.compare.mode import CompareMode

if TYPE_CHECKING:
    from desktop_app.core.project import Change
    from desktop_app.ui.shell.host import Host

CHART_SIZE = QSize(560, 220)


def paint_bars(painter: QPainter, rect: QRectF, comparison: TagComparison) -> None:
    """Grouped bars of coverage per code: A solid, B hatched (told apart without colour)."""
    painter.fillRect(rect, QColor("#FFFFFF"))
    rows = comparison.rows
    if not rows:
        return
    ink = QColor("#1D1F23")
    left, bottom = rect.left() + 46, rect.bottom() - 40
    top_share = max([0.05, *(max(r.a.coverage, r.b.coverage) for r in rows)])
    scale = (bottom - rect.top() - 16) / top_share
    group = (rect.width() - 66) / len(rows)
    bar = min(34.0, group / 2.6)
    painter.setPen(QPen(ink, 1))
    painter.drawLine(int(left), int(bottom), int(rect.right() - 10), int(bottom))
    for k in range(3):
        share = top_share * k / 2
        y = bottom - share * scale
        painter.drawText(
            QRectF(rect.left(), y - 8, 40, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{share:.0%}",
        )
    for i, row in enumerate(rows):
        x = left + 10 + i * group
        colour = QColor(row.colour)
        for j, figures in enumerate((row.a, row.b)):
            height = figures.coverage * scale
            box = QRectF(x + j * (bar + 4), bottom - height, bar, height)
            painter.setPen(QPen(colour.darker(130), 1))
            if j == 0:
                painter.setBrush(colour)
            else:
                painter.setBrush(QColor("#FFFFFF"))
                painter.drawRect(box)
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(box)
            painter.setPen(ink)
            painter.drawText(
                QRectF(box.left(), bottom + 2, bar, 14),
                Qt.AlignmentFlag.AlignHCenter,
                "A" if j == 0 else "B",
            )
        painter.drawText(
            QRectF(x - 10, bottom + 18, 2 * bar + 24, 16), Qt.AlignmentFlag.AlignHCenter, row.name
        )


class PositionStrip(QWidget):
    """Where a code's passages fall along an article: marks on a thin bar."""

    def __init__(self, positions: tuple[tuple[float, float], ...], colour: str) -> None:
        super().__init__()
        self.positions = positions
        self.colour = colour
        self.setMinimumWidth(120)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The article's length as a pale bar, each passage as a mark in the code's colour."""
        painter = QPainter(self)
        bar = QRectF(self.rect()).adjusted(4, self.height() / 2 - 6, -4, -(self.height() / 2 - 6))
        painter.fillRect(bar, QColor("#F1EFEA"))
        painter.setPen(QColor("#C9C5BC"))
        painter.drawRect(bar)
        for start, end in self.positions:
            width = max(1.5, (end - start) * bar.width())
            mark = QRectF(bar.left() + start * bar.width(), bar.top(), width, bar.height())
            painter.fillRect(mark, QColor(self.colour))
        painter.end()


class CoverageChart(QWidget):
    """The grouped bars on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self.setAccessibleName("Coverage per code, A against B")
        # Small at least: a tall minimum would squeeze the panes even while the dock's tab
        # is behind another.
        self.setMinimumSize(QSize(220, 90))
        self.comparison: TagComparison | None = None

    def sizeHint(self) -> QSize:
        """The chart's natural size (what is saved)."""
        return CHART_SIZE

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars (nothing until two articles are compared)."""
        if self.comparison is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_bars(painter, QRectF(self.rect()), self.comparison)
        painter.end()

    def save_svg(self, path: Path) -> None:
        """The chart as an SVG file (QtSvg is imported only now)."""
        from PySide6.QtSvg import QSvgGenerator

        assert self.comparison is not None
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(CHART_SIZE)
        generator.setViewBox(QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height()))
        generator.setTitle("Coverage per code, A against B")
        painter = QPainter(generator)
        paint_bars(painter, QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height()), self.comparison)
        painter.end()

    def save_png(self, path: Path) -> None:
        """The chart as a PNG at twice the screen size (sharp in print)."""
        assert self.comparison is not None
        image = QImage(CHART_SIZE * 2, QImage.Format.Format_ARGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(2, 2)
        paint_bars(painter, QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height()), self.comparison)
        painter.end()
        image.save(str(path))  # PNG: the caller gives the name its .png ending


class TagComparisonPanel(QWidget):
    """Figures per code for the two compared articles, the chart and the summary."""

    HEADERS = ("Code", "Article", "Passages", "Coverage", "Absences", "Where in the article")

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("tagComparisonPanel")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # code names come from files
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary of the comparison per code")
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels(list(self.HEADERS))
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Figures per code for A and B")
        self.table.setMinimumHeight(60)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chart = CoverageChart()
        self.save_svg = QPushButton("Save Chart as &SVG…")
        self.save_png = QPushButton("Save Chart as &PNG…")
        self.save_svg.clicked.connect(lambda: self._save("svg"))
        self.save_png.clicked.connect(lambda: self._save("png"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_svg)
        buttons.addWidget(self.save_png)
        side = QVBoxLayout()
        side.addWidget(self.chart, 1)
        side.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)
        host.follow_project(self._on_change)
        host.feature(CompareMode).updated.connect(self.refresh)
        self.refresh()

    def _on_change(self, _change: Change) -> None:
        self._timer.start()  # many changes (a Tag All) redraw once

    def refresh(self) -> None:
        """Recompute the figures for the two articles compared (or the first two panes)."""
        panes = self.host.reader.panes
        articles = self.host.document.project.articles
        if len(panes) < 2 or any(p.article_id not in articles for p in panes[:2]):
            self.chart.comparison = None
            self.table.setRowCount(0)
            self.summary.setText("Show two articles side by side to compare them per code.")
            self.chart.update()
            return
        project = self.host.document.project
        comparison = compare_tags(project, panes[0].article_id, panes[1].article_id)
        self.chart.comparison = comparison
        self.summary.setText(comparison.summary())
        self.table.setRowCount(2 * len(comparison.rows))
        for i, code_row in enumerate(comparison.rows):
            for j, (side, figures) in enumerate((("A", code_row.a), ("B", code_row.b))):
                cells = (
                    code_row.name,
                    side,
                    str(figures.passages),
                    f"{figures.coverage:.1%}",
                    str(figures.absences),
                )
                for column, text in enumerate(cells):
                    self.table.setItem(2 * i + j, column, QTableWidgetItem(text))
                strip = PositionStrip(figures.positions, code_row.colour)
                strip.setAccessibleName(f"Where {code_row.name} falls in {side}")
                self.table.setCellWidget(2 * i + j, 5, strip)
        self.chart.update()

    def _save(self, kind: str) -> None:
        if self.chart.comparison is None:
            self.host.announce("Show two articles side by side first.")
            return
        name_filter = "SVG images (*.svg)" if kind == "svg" else "PNG images (*.png)"
        path = self.host.prompter.export_path(
            Path(f"coverage-per-code.{kind}"), name_filter, title="Save the Coverage Chart"
        )
        if path is None:
            return
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        (self.chart.save_svg if kind == "svg" else self.chart.save_png)(path)
        self.host.announce(f"Chart saved as {path.name}.")


def install_tag_panel(host: Host) -> TagComparisonPanel:
    """Add the Compare panel as a dock, with View ▸ Compare Panel (Ctrl+Shift+G)."""
    panel = TagComparisonPanel(host)
    dock = host.add_panel("Compare per Code", "tagComparisonDock", panel)

    def show_panel() -> None:
        panel.refresh()
        dock.show()
        dock.raise_()

    action = host.commands.add(
        "view.tag_comparison",
        "Compare per &Code",
        show_panel,
        shortcut="Ctrl+Shift+G",
        tip="Passages, coverage and absences per code, A against B, with a chart",
    )
    host.menus["view"].addAction(action)
    return panel
