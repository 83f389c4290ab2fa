"""The Compare per Code panel: figures after tagging, the summary, the painted bars, and
the chart saved as SVG and PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_app.ui.compare.tag_panel import PositionStrip, TagComparisonPanel
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard


def test_panel_counts_coverage_summarises_paints_and_saves(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    project = window.document.project
    economics = project.code_by_name("economics")
    assert economics is not None
    view_a = window.reader.panes[0].view
    start, end = canonical_span(view_a, "critical minerals")
    select_with_keyboard(qtbot, view_a, start, end)
    qtbot.keyClick(view_a, Qt.Key.Key_3)  # economics
    assert len(project.annotations) == 1
    qtbot.keyClick(
        window,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.feature(TagComparisonPanel)
    qtbot.waitUntil(lambda: (item := panel.table.item(4, 2)) is not None and item.text() == "1")
    colour = QColor(economics.color)
    row = [present(panel.table.item(4, c)).text() for c in range(5)]
    share = (end - start) / len(view_a.article.text)
    assert row == ["economics", "A", "1", f"{share:.1%}", "0"]
    strip = panel.table.cellWidget(4, 5)
    assert isinstance(strip, PositionStrip)
    assert strip.positions == ((start / len(view_a.article.text), end / len(view_a.article.text)),)
    strip_image = strip.grab().toImage()
    mark_x = int(4 + strip.positions[0][0] * (strip_image.width() - 8)) + 1
    assert strip_image.pixelColor(mark_x, strip_image.height() // 2) == colour
    assert panel.summary.text().startswith(f"A gives {share:.0%} of its text to economics, B 0%.")
    # The A bar of economics is painted in the code's colour.
    chart = panel.chart
    chart.resize(560, 220)
    image = chart.grab().toImage()
    colour = QColor(economics.color)
    assert any(
        image.pixelColor(x, y) == colour
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    )
    svg_path, png_path = tmp_path / "bars.svg", tmp_path / "bars.png"
    prompter.export_paths += [svg_path, png_path]
    panel.save_svg.click()
    panel.save_png.click()
    svg = svg_path.read_text(encoding="utf-8")
    assert "<svg" in svg
    assert economics.color.lower() in svg.lower()
    png = QImage(str(png_path))
    assert png.width() == 1120
    assert any(
        png.pixelColor(x, y) == colour
        for x in range(0, png.width(), 2)
        for y in range(0, png.height(), 4)
    )
    # Undo: the figures follow.
    window.commands["edit.undo"].trigger()
    qtbot.waitUntil(lambda: present(panel.table.item(4, 2)).text() == "0")
