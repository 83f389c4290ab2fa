"""The annotator column and filter, and View ▸ Annotators (layers, side by side), for real."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui.annotating.annotation_model import AnnotationTableModel
from desktop_app.ui.classroom.annotator_layers import AnnotatorLayers
from desktop_app.ui.reading.margin import STRIPE_GAP, STRIPE_WIDTH, width_for
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.settings import save_user_name
from tests.ui.helpers import canonical_span, painted_background, select_with_keyboard

ADA_PHRASE = "Lillis emphasizes that the decision"
BEN_PHRASE = "the decision is driven primarily"


def _two_coders(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    """Ada tags one passage motive, Ben an overlapping one reaction; their annotator ids."""
    view = window.reader.panes[0].view
    for name, phrase, key in (
        ("Ada", ADA_PHRASE, Qt.Key.Key_1),
        ("Ben", BEN_PHRASE, Qt.Key.Key_2),
    ):
        save_user_name(name)
        select_with_keyboard(qtbot, view, *canonical_span(view, phrase))
        qtbot.keyClick(view, key)
    names = {a.name: a.id for a in window.document.project.annotators}
    return names["Ada"], names["Ben"]


def test_annotator_column_and_filter(qtbot: QtBot, window: MainWindow) -> None:
    _two_coders(qtbot, window)
    panel = window.panel
    column = AnnotationTableModel.ANNOTATOR
    assert panel.model.headerData(column, Qt.Orientation.Horizontal) == "Annotator"
    shown = {panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())}
    assert shown == {"Ada", "Ben"}
    combo = panel.annotator_filter
    combo.setCurrentIndex(combo.findText("Ben"))
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, column).data() == "Ben"
    assert panel.proxy.index(0, AnnotationTableModel.QUOTE).data() == BEN_PHRASE
    combo.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 2


def test_hiding_a_layer_and_side_by_side_lanes(qtbot: QtBot, window: MainWindow) -> None:
    window.commands["view.compare"].setChecked(False)  # no pane moves the other one here
    ada, ben = _two_coders(qtbot, window)
    view = window.reader.panes[0].view
    start, _ = canonical_span(view, ADA_PHRASE)
    _, ben_end = canonical_span(view, BEN_PHRASE)
    view.place_cursor(start)
    view.centerCursor()
    QApplication.processEvents()
    codes = window.document.project.codes
    motive, reaction = codes.at(0).color, codes.at(1).color
    assert painted_background(view, start) is not None
    assert {colour for _, colour in view.tag_stripes.stripes(view)} == {motive, reaction}

    window.commands[f"annotators.layer.{ada}"].trigger()  # hide Ada
    assert painted_background(view, start) is None
    assert painted_background(view, ben_end - 1) is not None
    assert {colour for _, colour in view.tag_stripes.stripes(view)} == {reaction}
    assert window.panel.proxy.rowCount() == 2  # the list still lists everyone's work

    window.commands[f"annotators.layer.{ada}"].trigger()  # Ada again
    window.commands["annotators.side_by_side"].trigger()
    assert view.annotator_lanes is not None
    lanes = window.feature(AnnotatorLayers).lanes()
    assert lanes is not None
    assert lanes[ada] < lanes[ben]
    stripes = view.tag_stripes.stripes(view)
    lane_x = {colour: rect.x() for rect, colour in stripes}
    step = STRIPE_WIDTH + STRIPE_GAP
    assert lane_x[motive] == lanes[ada] * step
    assert lane_x[reaction] == lanes[ben] * step
    assert view.tag_stripes.width() == width_for(len(lanes))
    window.commands[f"annotators.layer.{ada}"].trigger()  # hiding Ada frees her lane
    assert {colour for _, colour in view.tag_stripes.stripes(view)} == {reaction}
    assert view.tag_stripes.width() == width_for(len(lanes) - 1)
    window.commands["annotators.side_by_side"].trigger()
    assert view.annotator_lanes is None
    assert view.tag_stripes.width() == width_for(len(codes))  # a lane per code


def test_an_annotator_named_in_markup_is_shown_as_text(qtbot: QtBot, window: MainWindow) -> None:
    name = '<img src="/dev/zero"> R&D'
    save_user_name(name)
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, ADA_PHRASE))
    qtbot.keyClick(view, Qt.Key.Key_1)
    [annotator] = [a for a in window.document.project.annotators if a.name == name]
    action = window.commands[f"annotators.layer.{annotator.id}"]
    assert action.text() == name.replace("&", "&&")  # shows "R&D", no mnemonic
    assert "<img" not in action.toolTip()
    assert "&lt;img" in action.toolTip()
    combo = window.panel.annotator_filter
    assert combo.findText(name) > 0
    column = AnnotationTableModel.ANNOTATOR
    assert window.panel.proxy.index(0, column).data() == name
