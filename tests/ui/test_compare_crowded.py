"""Compare mode with some sixty aligned pairs on screen: the gutter stays calm (stacked bands
keep paper between them, a crowd is filled lighter, only sure contradictions keep edges)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_app.core.compare_look import crowding_calm
from desktop_app.ui.compare.gutter import BAND_GAP, ConnectorGutter, Ribbon
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import dense_compare_window


@pytest.fixture
def crowded(qtbot: QtBot) -> tuple[MainWindow, ConnectorGutter]:
    window, mode = dense_compare_window(qtbot)
    return window, mode.gutter


def _painted(gutter: ConnectorGutter) -> QImage:
    gutter.repaint()
    return gutter.grab().toImage()


def _distance(image: QImage, point: QPointF, colour: str) -> int:
    """How far the pixel holding ``point`` is from ``colour`` (largest channel difference)."""
    pixel, other = image.pixelColor(int(point.x()), int(point.y())), QColor(colour)
    return max(
        abs(pixel.red() - other.red()),
        abs(pixel.green() - other.green()),
        abs(pixel.blue() - other.blue()),
    )


def _alone_at_middle(gutter: ConnectorGutter) -> Ribbon:
    """An ordinary suggestion whose middle no other ribbon covers."""
    ribbons = gutter.ribbons()
    for ribbon in ribbons:
        if ribbon.firm or ribbon.accepted:
            continue
        if not any(r.path.contains(ribbon.middle) for r in ribbons if r is not ribbon):
            return ribbon
    raise AssertionError("no ribbon stands clear at its middle")


def test_sixty_pairs_on_screen_are_painted_lighter_than_one_alone(
    crowded: tuple[MainWindow, ConnectorGutter],
) -> None:
    _window, gutter = crowded
    ribbons = gutter.ribbons()
    assert len(ribbons) >= 50, len(ribbons)
    assert crowding_calm(len(ribbons), gutter.height()) < 1.0
    ribbon = _alone_at_middle(gutter)
    paper = gutter.theme.paper
    in_crowd = _distance(_painted(gutter), ribbon.middle, paper)
    assert in_crowd > 4, "still painted in a crowd"
    gutter.hidden = frozenset(r.index for r in ribbons if r.index != ribbon.index)
    gutter.invalidate()
    assert [r.index for r in gutter.ribbons()] == [ribbon.index]
    alone = _distance(_painted(gutter), ribbon.middle, paper)
    assert alone > in_crowd + 4, (alone, in_crowd)


def test_stacked_bands_keep_a_hairline_of_paper_between_them(
    crowded: tuple[MainWindow, ConnectorGutter],
) -> None:
    window, gutter = crowded
    view_a = window.reader.panes[0].view
    mode = window.feature(CompareMode)
    assert mode.comparison is not None
    shift = gutter.mapFromGlobal(view_a.viewport().mapToGlobal(QPoint(0, 0))).y()
    x = 1.5  # where the bands meet pane A's lines
    seen = view_a.visible_span()
    checked = 0
    for ribbon in gutter.ribbons():
        passage = mode.comparison.pairs[ribbon.index].a
        if passage.start < seen[0] or passage.end > seen[1]:
            continue
        top, bottom = (y + shift for y in view_a.span_extent(passage.start, passage.end))
        # The band starts and ends a pixel inside its passage's first and last line.
        assert not ribbon.path.contains(QPointF(x, top + BAND_GAP / 2))
        assert ribbon.path.contains(QPointF(x, top + BAND_GAP + 0.5))
        assert ribbon.path.contains(QPointF(x, bottom - BAND_GAP - 0.5))
        assert not ribbon.path.contains(QPointF(x, bottom - BAND_GAP / 2))
        checked += 1
    assert checked >= 30, checked
    # Where two passages' lines meet and no band crosses, the paper shows.
    ribbons = gutter.ribbons()
    image = _painted(gutter)
    covered = [
        any(r.path.contains(QPointF(x, y + 0.5)) for r in ribbons) for y in range(gutter.height())
    ]
    gaps = [
        y
        for y in range(3, len(covered) - 3)
        if not covered[y] and covered[y - 1] and (covered[y + 1] or covered[y + 2])
    ]
    assert gaps
    for y in gaps:
        assert _distance(image, QPointF(x, y + 0.5), gutter.theme.paper) <= 3, y


def test_in_a_crowd_only_sure_contradictions_keep_their_edges(
    crowded: tuple[MainWindow, ConnectorGutter],
) -> None:
    _window, gutter = crowded
    ribbons = gutter.ribbons()
    firm = [r for r in ribbons if r.firm]
    plain = [r for r in ribbons if not r.firm and not r.accepted]
    assert firm
    assert plain
    image = _painted(gutter)

    def edge_darkness(ribbon: Ribbon, alone: bool) -> int:
        """How much darker than the band's inside its top edge is painted, at its darkest
        across the gutter (``alone``: only where no other band covers the two points)."""
        darkest = 0
        for x in range(6, gutter.width() - 6):
            column = [
                y for y in range(gutter.height()) if ribbon.path.contains(QPointF(x + 0.5, y + 0.5))
            ]
            if len(column) < 8:
                continue
            edge, inside = column[0], column[5]
            if alone and any(
                r.path.contains(QPointF(x + 0.5, y + 0.5))
                for r in ribbons
                if r is not ribbon
                for y in (edge - 1, edge, edge + 1, inside)
            ):
                continue
            lightness = image.pixelColor(x, inside).lightness()
            edge_lightness = min(image.pixelColor(x, y).lightness() for y in (edge, edge + 1))
            darkest = max(darkest, lightness - edge_lightness)
        return darkest

    edged = [r for r in firm if edge_darkness(r, alone=False) > 30]
    assert len(edged) >= len(firm) // 2, (len(edged), len(firm))
    assert max(edge_darkness(r, alone=True) for r in plain) < 12
