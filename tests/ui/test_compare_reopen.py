"""Reopening a project with compare mode on: each pane comes back where it was left,
following by alignment starts only when the reader scrolls, and a rejected suggestion is
still hidden."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QApplication
from pytestqt.qtbot import QtBot

from desktop_app.importers.samples import sample_project
from desktop_app.storage.project_file import load, save
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.files.article_list import ArticleList
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import BACKGROUND_WORK_MS

ALT = Qt.KeyboardModifier.AltModifier


def test_both_compared_panes_reopen_where_they_were_left(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "compare.parallax.json"
    save(sample_project(), path)
    first = make_window(load(path), path)
    mode = first.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    views = [pane.view for pane in first.reader.panes]
    assert len(views) == 2
    # A near the end, B near its start: places no alignment would put side by side.
    for view, share in zip(views, (4 / 5, 1 / 5), strict=True):
        text = view.article.text
        with first.reader.independently():
            view.scroll_to_offset(text.index("\n\n", int(len(text) * share)) + 2)
    left_at = [view.first_visible_offset() for view in views]
    assert all(offset > 0 for offset in left_at)
    first.feature(ArticleList).layout.save()
    first.close()

    again = make_window(load(path), path)
    again_mode = again.feature(CompareMode)
    qtbot.waitUntil(lambda: again_mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    views = [pane.view for pane in again.reader.panes]
    qtbot.waitUntil(lambda: [v.first_visible_offset() for v in views] == left_at, timeout=10_000)
    # Laid out, compared and painted: still where they were. Each waited for, not a fixed
    # time (on a loaded machine a fixed wait may end before any of them happened).
    for view in views:
        view.viewport().repaint()
    qtbot.waitUntil(lambda: all(v.blocks_ready_ahead() for v in views), timeout=20_000)
    QApplication.processEvents()  # whatever the paints and the comparison posted
    assert again_mode.comparison is not None
    assert [v.first_visible_offset() for v in views] == left_at

    # Following starts when the reader scrolls: B moves to A's counterpart.
    before = views[1].verticalScrollBar().value()
    views[0].verticalScrollBar().setValue(views[0].verticalScrollBar().value() - 3)
    assert views[1].verticalScrollBar().value() != before


def test_a_rejected_suggestion_stays_hidden_in_the_reopened_window_and_was_announced(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "rejected.parallax.json"
    save(sample_project(), path)
    first = make_window(load(path), path)
    mode = first.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    said: list[str] = []
    first.announced.connect(said.append)
    view_a = first.reader.panes[0].view
    view_a.setFocus()
    view_a.place_cursor(0)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(view_a, Qt.Key.Key_Down, ALT)
    assert mode.comparison is not None
    pair = mode.comparison.pairs[mode.current]
    qtbot.keyClick(view_a, Qt.Key.Key_Backspace, ALT)
    assert said[-1].startswith("Suggestion rejected: “")
    first.commands["file.save"].trigger()
    first.close()

    again = make_window(load(path), path)
    again_mode = again.feature(CompareMode)
    qtbot.waitUntil(lambda: again_mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    comparison = again_mode.comparison
    assert comparison is not None
    hidden = [comparison.pairs[i] for i in again_mode.gutter.hidden]
    assert [(p.a.text, p.b.text) for p in hidden] == [(pair.a.text, pair.b.text)]
    shown = {r.index for r in again_mode.gutter.ribbons()}
    assert not shown & again_mode.gutter.hidden
    # The keyboard skips it: every pair but the rejected one is visited.
    view = again.reader.panes[0].view
    view.setFocus()
    view.place_cursor(0)
    visited = []
    for _ in range(len(comparison.pairs)):
        qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
        visited.append(again_mode.current)
    assert set(visited) == set(range(len(comparison.pairs))) - again_mode.gutter.hidden


def test_every_line_the_reader_scrolls_is_followed(window: MainWindow) -> None:
    """Line by line, onto and off the gaps between paragraphs (a canonical offset stays
    the same there, the top line does not)."""
    reader = window.reader
    followed: list[int] = []
    reader.scroll_follower = lambda pane: followed.append(reader.panes.index(pane))
    bar = reader.panes[0].view.verticalScrollBar()
    for _ in range(40):  # line by line, over paragraph gaps and headings
        bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    assert followed == [0] * 40
