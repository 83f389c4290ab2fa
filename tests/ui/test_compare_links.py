"""Compare mode's keyboard and links: scrolling by alignment, pair navigation, accept and
reject, linking by hand with the mouse and the keyboard, undo and redo."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from desktop_app.core.rejections import rejected_pairs
from desktop_app.storage.project_file import load as load_project
from desktop_app.ui.compare.commands import CompareCommands
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    BACKGROUND_WORK_MS,
    FakePrompter,
    canonical_span,
    drag_select,
    select_with_keyboard,
)

ALT = Qt.KeyboardModifier.AltModifier


def compared(qtbot: QtBot, window: MainWindow) -> CompareMode:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    return mode


def level_gap(mode: CompareMode, side: str) -> float:
    """How far apart (pixels) the counterpart of the scrolled pane's centre passage is."""
    views = mode.views()
    assert views is not None
    assert mode.comparison is not None
    source, target = views if side == "a" else views[::-1]
    centre = source.viewport().height() / 2
    index = mode.counterpart(side, source.offset_at_y(centre))
    pair = mode.comparison.pairs[index]
    mine, theirs = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    top, bottom = source.span_extent(mine.start, mine.end)
    fraction = min(1.0, max(0.0, (centre - top) / max(1.0, bottom - top)))
    t_top, t_bottom = target.span_extent(theirs.start, theirs.end)
    return abs((top + fraction * (bottom - top)) - (t_top + fraction * (t_bottom - t_top)))


def following(
    qtbot: QtBot, window: MainWindow
) -> tuple[CompareMode, ArticleView, int, QScrollBar, QScrollBar, list[int]]:
    """Compare mode on, with pane A's view, B's line height, both scroll bars, and the list
    of the values B's scroll bar moves to from now on."""
    mode = compared(qtbot, window)
    view_a, view_b = (pane.view for pane in window.reader.panes)
    bar_a, bar_b = view_a.verticalScrollBar(), view_b.verticalScrollBar()
    moves: list[int] = []
    bar_b.valueChanged.connect(moves.append)
    return mode, view_a, view_b.fontMetrics().lineSpacing(), bar_a, bar_b, moves


def test_scrolling_one_pane_keeps_the_counterpart_level_in_the_other(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode, view_a, line, bar_a, bar_b, moves = following(qtbot, window)
    view_a.setFocus()
    qtbot.keyClick(view_a, Qt.Key.Key_PageDown)
    assert bar_a.value() > 0
    target = bar_b.value()
    assert level_gap(mode, "a") <= line
    # Following settles in one move: no back-and-forth.
    assert len(set(moves)) == len(moves)
    # And the other way round: scrolling B brings A along.
    before_a = bar_a.value()
    for _ in range(2):  # as clicking below the scroll bar's handle does
        bar_b.triggerAction(QScrollBar.SliderAction.SliderPageStepAdd)
    assert bar_b.value() > target
    assert bar_a.value() != before_a
    assert level_gap(mode, "b") <= line


def test_each_scroll_moves_the_other_pane_once_to_the_nearest_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode, _view_a, line, bar_a, bar_b, moves = following(qtbot, window)
    levelled = 0
    while bar_a.value() < bar_a.maximum():
        moves.clear()
        bar_a.triggerAction(QScrollBar.SliderAction.SliderSingleStepAdd)
        bar_a.triggerAction(QScrollBar.SliderAction.SliderPageStepAdd)
        assert len(moves) <= 2  # one move of B per scroll of A (two scrolls here)
        if bar_b.minimum() < bar_b.value() < bar_b.maximum():
            # To the nearest line: at most half of the tallest (a heading's) away.
            assert level_gap(mode, "a") <= 0.7 * line
            levelled += 1
    assert levelled >= 3


def test_relative_sync_is_replaced_while_comparing_and_back_after(
    qtbot: QtBot, window: MainWindow
) -> None:
    compared(qtbot, window)
    assert window.reader.scroll_follower is not None
    window.commands["view.compare"].trigger()
    assert window.reader.scroll_follower is None


def test_keyboard_goes_from_pair_to_pair_and_only_passage_and_announces(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = compared(qtbot, window)
    said: list[str] = []
    window.announced.connect(said.append)
    view_a = window.reader.panes[0].view
    view_a.setFocus()
    view_a.place_cursor(0)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    first = mode.current
    assert first >= 0
    assert said[-1].startswith("Pair 1 of")
    pair = mode.comparison.pairs[first]  # type: ignore[union-attr]
    assert view_a.selection_span() == (pair.a.start, pair.a.end)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    assert said[-1].startswith("Pair 2 of")
    qtbot.keyClick(view_a, Qt.Key.Key_Up, ALT)
    assert mode.current == first
    view_a.place_cursor(0)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT | Qt.KeyboardModifier.ShiftModifier)
    # The next only-A passage after the cursor (one that starts at the cursor is passed).
    only = next(span for span in mode.comparison.only_a if span.start > 0)  # type: ignore[union-attr]
    assert view_a.cursor_offset() == only.start
    assert said[-1].startswith("Only in A:")


def test_accept_with_the_keyboard_links_both_passages_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    mode = compared(qtbot, window)
    project = window.document.project
    view_a = window.reader.panes[0].view
    view_a.setFocus()
    view_a.place_cursor(0)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    pair = mode.comparison.pairs[mode.current]  # type: ignore[union-attr]
    prompter.links.append(("same fact", "Both lead with the summit"))
    qtbot.keyClick(view_a, Qt.Key.Key_Return, ALT)
    assert len(project.links) == 1
    link = project.links.at(0)
    source, target = project.annotations[link.source], project.annotations[link.target]
    assert (source.start, source.end) == (pair.a.start, pair.a.end)
    assert (target.start, target.end) == (pair.b.start, pair.b.end)
    assert link.relation == "same fact"
    assert link.note == "Both lead with the summit"
    assert link.annotator == project.annotators.at(0).id
    window.commands["edit.undo"].trigger()
    assert len(project.links) == 0
    assert len(project.annotations) == 0
    window.commands["edit.redo"].trigger()
    assert len(project.links) == 1
    assert len(project.annotations) == 2


def test_reject_with_the_keyboard_hides_the_suggestion(qtbot: QtBot, window: MainWindow) -> None:
    mode = compared(qtbot, window)
    commands = window.feature(CompareCommands)
    view_a = window.reader.panes[0].view
    view_a.setFocus()
    view_a.place_cursor(0)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    index = mode.current
    assert any(r.index == index for r in mode.gutter.ribbons())
    qtbot.keyClick(view_a, Qt.Key.Key_Backspace, ALT)
    assert index in mode.gutter.hidden
    assert all(r.index != index for r in mode.gutter.ribbons())
    assert len(commands.rejected) == 1
    assert len(window.document.project.rejections) == 1
    window.commands["edit.undo"].trigger()
    assert index not in mode.gutter.hidden
    assert not commands.rejected
    window.commands["edit.redo"].trigger()
    assert index in mode.gutter.hidden


def test_links_and_rejections_survive_save_and_reopen(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    mode = compared(qtbot, window)
    view_a = window.reader.panes[0].view
    view_a.setFocus()
    view_a.place_cursor(0)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    accepted = mode.comparison.pairs[mode.current]  # type: ignore[union-attr]
    prompter.links.append(("adds detail", "B names the minerals"))
    qtbot.keyClick(view_a, Qt.Key.Key_Return, ALT)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    rejected = mode.comparison.pairs[mode.current]  # type: ignore[union-attr]
    qtbot.keyClick(view_a, Qt.Key.Key_Backspace, ALT)
    path = tmp_path / "compared.parallax.json"
    prompter.save_paths.append(path)
    window.commands["file.save"].trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [link["relation"] for link in saved["links"]] == ["adds detail"]
    assert saved["links"][0]["note"] == "B names the minerals"
    assert len(saved["rejections"]) == 1
    assert saved["rejections"][0]["a"] == {"start": rejected.a.start, "end": rejected.a.end}
    reopened = load_project(path)
    assert len(reopened.links) == 1
    link = reopened.links.at(0)
    assert reopened.annotations[link.source].start == accepted.a.start
    assert reopened.annotations[link.target].start == accepted.b.start
    assert rejected_pairs(reopened, *(p.article_id for p in window.reader.panes)) == {
        (rejected.a.start, rejected.a.end, rejected.b.start, rejected.b.end)
    }


def test_link_by_hand_with_the_mouse_and_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    compared(qtbot, window)
    project = window.document.project
    view_a, view_b = (pane.view for pane in window.reader.panes)
    span_a = canonical_span(view_a, "Kazakhstan")
    span_b = canonical_span(view_b, "Kazakhstan")
    drag_select(qtbot, view_a, *span_a)
    drag_select(qtbot, view_b, *span_b)
    prompter.links.append(("different framing", ""))
    window.commands["compare.link"].trigger()
    assert [link.relation for link in project.links] == ["different framing"]
    # The keyboard way: select with Shift+arrows in each pane, then Ctrl+Alt+L.
    span_a2 = canonical_span(view_a, "Abraham Accords")
    span_b2 = canonical_span(view_b, "Abraham Accords")
    select_with_keyboard(qtbot, view_a, *span_a2)
    select_with_keyboard(qtbot, view_b, *span_b2)
    prompter.links.append(("my own relation", "in my words"))
    qtbot.keyClick(view_b, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | ALT)
    assert len(project.links) == 2
    own = project.links.at(1)
    assert own.relation == "my own relation"
    ends = {
        project.annotations[own.source].quote.exact,
        project.annotations[own.target].quote.exact,
    }
    assert ends == {"Abraham Accords"}
    window.commands["edit.undo"].trigger()
    assert len(project.links) == 1
