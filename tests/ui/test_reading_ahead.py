"""A pane makes the blocks near its viewport ready while the reader pauses: a page scrolled
into view afterwards is drawn, not highlighted and laid out first, and looks the same."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextBlock, QTextCharFormat
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.new_records import make_article, new_project
from desktop_app.ui.reading import reading_ahead
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.reading.highlighter import AnnotationHighlighter
from desktop_app.ui.reading.reading_ahead import AHEAD_BLOCKS, AHEAD_LOOKS
from desktop_app.ui.shell.main_window import MainWindow
from tests.benchmarks.synthetic import prose, spans
from tests.ui.conftest import WindowFactory


@pytest.fixture
def long_pane(make_window: WindowFactory) -> tuple[MainWindow, ArticleView]:
    """A window on one long article (some 760 blocks) with 600 highlights."""
    article = make_article(prose(200_000, seed=4), title="Long")
    project = new_project([article])
    codes = [code.id for code in project.codes]
    for i, (start, end) in enumerate(spans(600, len(article.text), seed=9)):
        if project.annotation_with_span(article.id, start, end) is None:
            toggle_tag(project, article.id, start, end, codes[i % len(codes)]).apply(project)
    window = make_window(project)
    window.resize(1000, 700)
    return window, window.reader.panes[0].view


def _formats(view: ArticleView) -> list[list[tuple[int, int, str, bool]]]:
    """Each block's laid formats: (start, length, background, bold)."""
    result = []
    block = view.document().firstBlock()
    while block.isValid():
        result.append(
            [
                (
                    r.start,
                    r.length,
                    r.format.background().color().name(),
                    r.format.fontWeight() > 500,
                )
                for r in block.layout().formats()
            ]
        )
        block = block.next()
    return result


def test_blocks_near_the_viewport_are_highlighted_while_the_reader_pauses(
    qtbot: QtBot, long_pane: tuple[MainWindow, ArticleView]
) -> None:
    _window, view = long_pane
    assert view.document().blockCount() > AHEAD_BLOCKS + 200
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    reach = view.visible_blocks().stop + AHEAD_BLOCKS
    block = view.document().firstBlock()
    while block.isValid() and block.blockNumber() < reach:
        assert block.layout().lineCount() > 0  # laid out too: a scroll only draws it
        block = block.next()
    ahead = _formats(view)[:reach]
    # The same blocks highlighted the way painting them would: the very same formats.
    view.rehighlight_all()
    block = view.document().firstBlock()
    while block.isValid():
        view.ensure_highlighted(view.plan.offsets.to_canonical(block.position(), forward=True))
        block = block.next()
    assert _formats(view)[:reach] == ahead
    assert sum(1 for block in ahead if any(colour != "#000000" for _, _, colour, _ in block)) > 100


def test_a_page_scrolled_after_a_pause_is_only_drawn(
    qtbot: QtBot, long_pane: tuple[MainWindow, ArticleView], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = long_pane
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # far from the blocks highlighted on opening
    view.viewport().repaint()
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    start = view.visible_blocks().start
    highlighted: list[int] = []
    original = AnnotationHighlighter.rehighlightBlock

    def counting(self: AnnotationHighlighter, block: QTextBlock) -> None:
        highlighted.append(block.blockNumber())
        original(self, block)

    monkeypatch.setattr(AnnotationHighlighter, "rehighlightBlock", counting)
    for _ in range(5):
        bar.triggerAction(QScrollBar.SliderAction.SliderPageStepAdd)
        view.viewport().repaint()
    assert view.visible_blocks().start > start + 10  # five pages on
    assert highlighted == []


def test_a_pause_far_down_makes_the_blocks_there_ready_too(
    qtbot: QtBot, long_pane: tuple[MainWindow, ArticleView]
) -> None:
    _window, view = long_pane
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().repaint()
    assert not view.blocks_ready_ahead()  # the end of the text was out of reach
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)


def test_a_walk_over_blocks_already_ready_looks_at_a_few_per_turn(
    qtbot: QtBot, long_pane: tuple[MainWindow, ArticleView], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = long_pane
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    ahead = view.reading_ahead
    looked: list[int] = []

    def look(number: int) -> bool:
        looked.append(number)
        return False

    monkeypatch.setattr(ahead, "_make_ready", look)
    ahead.painted(view.visible_blocks())  # any paint (a cursor blink) starts another walk
    # The turns are run here, as the timer would run them, with no event loop in between:
    # a real paint meanwhile (the cursor blinking) would restart the walk.
    turns = 0
    while True:
        ahead._timer.stop()
        before = len(looked)
        ahead._step()  # one turn of the walk
        turns += 1
        assert len(looked) - before <= AHEAD_LOOKS  # then the event loop gets its turn
        if ahead._walk is None:
            assert not ahead._timer.isActive()  # the walk is over
            break
        assert ahead._timer.isActive()  # the next turn is queued
    assert turns > 1
    assert sorted(looked) == list(ahead.reach())  # every block within reach, once


class _Underline:
    """A span decoration underlining one range (as compare's shared quotes do)."""

    def __init__(self, start: int, end: int) -> None:
        self.span = (start, end)

    def formats(self, start: int, end: int) -> Iterator[tuple[int, int, QTextCharFormat]]:
        left, right = max(start, self.span[0]), min(end, self.span[1])
        if right > left:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            yield left, right, fmt


def _underlined(view: ArticleView, offset: int) -> bool:
    """True when the laid formats underline the character at canonical ``offset``."""
    position = view.plan.offsets.to_display(offset)
    block = view.document().findBlock(position)
    relative = position - block.position()
    return any(
        r.start <= relative < r.start + r.length
        and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        for r in block.layout().formats()
    )


def _paragraph_at(view: ArticleView, number: int) -> tuple[int, int]:
    """Canonical range of the first paragraph at or after block ``number``."""
    block = view.document().findBlockByNumber(number)
    while block.length() < 40:
        block = block.next()
    offsets = view.plan.offsets
    start = offsets.to_canonical(block.position(), forward=True)
    return start, offsets.to_canonical(block.position() + block.length() - 1)


def test_a_decoration_far_from_the_viewport_is_laid_when_scrolled_to_not_at_once(
    qtbot: QtBot, long_pane: tuple[MainWindow, ArticleView], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = long_pane
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    far = view.document().blockCount() - 20  # out of the walk's reach
    assert far > view.reading_ahead.reach().stop
    start, end = _paragraph_at(view, far)
    highlighted: list[int] = []
    original = AnnotationHighlighter.rehighlightBlock

    def counting(self: AnnotationHighlighter, block: QTextBlock) -> None:
        highlighted.append(block.blockNumber())
        original(self, block)

    monkeypatch.setattr(AnnotationHighlighter, "rehighlightBlock", counting)
    underline = _Underline(start + 5, end - 5)
    view.decorate(underline)
    assert highlighted == []  # nothing highlighted (or laid out again) far away now
    assert view.blocks_ready_ahead()  # nor near the viewport: the underline is not there
    assert not _underlined(view, start + 10)  # (the block keeps its formats until shown)
    view.scroll_to_offset(start)
    view.viewport().repaint()
    assert _underlined(view, start + 10)  # painted as soon as it is shown
    assert not _underlined(view, start + 2)
    assert highlighted  # (the blocks shown, laid as they were painted)

    view.undecorate(underline)
    view.viewport().repaint()
    assert not _underlined(view, start + 10)


def test_a_decoration_near_the_viewport_is_made_ready_while_the_reader_pauses(
    qtbot: QtBot, long_pane: tuple[MainWindow, ArticleView]
) -> None:
    _window, view = long_pane
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    below = view.visible_blocks().stop + 30  # within reach, not on screen
    start, end = _paragraph_at(view, below)
    view.decorate(_Underline(start, end))
    assert not view.blocks_ready_ahead()  # that block is to be highlighted again
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    assert _underlined(view, start + 3)  # laid before it is scrolled to
    assert not _underlined(view, end + 3)


def test_a_walk_over_blocks_already_ready_checks_each_block_once(
    qtbot: QtBot, long_pane: tuple[MainWindow, ArticleView], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = long_pane
    qtbot.waitUntil(view.blocks_ready_ahead, timeout=20_000)
    ahead = view.reading_ahead
    checked: list[int] = []
    original = reading_ahead._laid_out

    def counting(block: QTextBlock) -> bool:
        checked.append(block.blockNumber())
        return original(block)

    monkeypatch.setattr(reading_ahead, "_laid_out", counting)
    ahead.painted(view.visible_blocks())
    while True:  # the turns by hand, as in the test above
        ahead._timer.stop()
        ahead._step()
        if ahead._walk is None:
            break
    assert view.blocks_ready_ahead()
    reach = [n for n in ahead.reach() if n < view.document().blockCount()]
    # (ready() above checked each block once more)
    assert sorted(checked) == sorted(reach + reach)
