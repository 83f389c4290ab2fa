"""Compare mode: the engine's pairs drawn between the first two panes, kept level while scrolling.

View ▸ Compare Two Articles turns it on (it is on by default when two articles are
shown). The engine runs on a worker thread (``runner``); its result is drawn by the
gutter (``gutter``) and the pane decorations (``marks``), and re-asked whenever either
text is updated. With compare mode on, scrolling one pane keeps the counterpart of its
centre passage level in the other (this replaces relative scrolling in step).
"""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.records import Annotation, Article, Code, Link
from desktop_app.ui.compare.gutter import ConnectorGutter
from desktop_app.ui.compare.legend import CompareLegend
from desktop_app.ui.compare.marks import CompareOverlay
from desktop_app.ui.compare.runner import CompareRunner, Key
from desktop_app.ui.compare.text_marks import CompareTextMarks

if TYPE_CHECKING:
    from desktop_app.core.compare import AlignedPair, Comparison, Span
    from desktop_app.core.project import Change
    from desktop_app.core.themes import Theme
    from desktop_app.ui.reading.article_pane import ArticlePane
    from desktop_app.ui.reading.article_view import ArticleView
    from desktop_app.ui.shell.host import Host

#: After this long without a result, the status line says the comparison is running.
PROGRESS_AFTER_MS = 300
#: Said while the engine works longer than that.
_COMPARING = "Comparing the two articles…"


class CompareMode(QObject):
    """The comparison of the two panes shown (when exactly two are) and what is drawn from it."""

    #: A comparison arrived, or compare mode went off (``comparison`` is then None).
    updated = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.comparison: Comparison | None = None
        #: Index of the pair the keyboard is on (-1: none).
        self.current = -1
        self._key: Key | None = None
        self._views: tuple[ArticleView, ArticleView] | None = None
        self._decorations: list[tuple[ArticleView, CompareOverlay | CompareTextMarks]] = []
        self._pane_count = 0
        self._user_off = False
        #: Absence wedges per article id (offset, code colour), until links change.
        self._absence_cache: dict[str, list[tuple[int, str]]] = {}
        #: Per side: (the comparison, its pairs in order of that side's passages, their starts).
        self._orders: dict[str, tuple[Comparison, list[int], list[int]]] = {}
        self.runner = CompareRunner(self)
        self.runner.finished.connect(self._on_result)
        self.runner.failed.connect(self._on_failed)
        self.gutter = ConnectorGutter(self._theme())
        self.gutter.pair_clicked.connect(self.select_pair)
        self.gutter.pair_hovered.connect(self._refocus)
        self.legend = CompareLegend(self._look)
        self._progress = QTimer(self, singleShot=True, interval=PROGRESS_AFTER_MS)
        self._progress.timeout.connect(self._show_progress)
        host.panes_changed.connect(self._on_panes_changed)
        host.document_changed.connect(self._on_panes_changed)
        host.follow_project(self._on_project_changed)
        host.closing.connect(self.runner.shutdown)
        #: Something else was said since the engine was asked (an import's outcome, say):
        #: the summary that arrives later does not talk over it.
        self._spoken_over = False
        host.announced.connect(self._on_announced)

    # -- on and off ----------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """True while two panes are compared."""
        return self._views is not None

    def set_enabled(self, enabled: bool) -> None:
        """The View menu's toggle."""
        self._user_off = not enabled
        self._bind()

    def _look(self) -> Theme:
        """The theme of the panes compared (the current one when none are)."""
        return self._views[0].theme if self._views is not None else self._theme()

    def _theme(self) -> Theme:
        from desktop_app.ui.preferences.theme import current_theme

        return current_theme()

    def _on_panes_changed(self) -> None:
        count = len(self.host.reader.panes)
        action = self.host.commands["view.compare"]
        if count == 2 and self._pane_count != 2 and not self._user_off:
            action.setChecked(True)  # on by default when two articles are side by side
        self._pane_count = count
        action.setEnabled(count == 2)
        self._bind()

    def _bind(self) -> None:
        """Attach to the two panes, or detach when off (or not exactly two panes: with three
        or four, a gutter would squeeze them and which two to compare is not clear)."""
        self._unbind()
        panes = self.host.reader.panes
        wanted = self.host.commands["view.compare"].isChecked() and not self._user_off
        if not wanted or len(panes) != 2:
            self.updated.emit()
            return
        views = (panes[0].view, panes[1].view)
        self._views = views
        for side, view in zip(("a", "b"), views, strict=True):
            overlay = CompareOverlay(
                view,
                partial(self._only_spans, side),
                partial(self._focused, side),
                partial(self._absence_marks, view),
            )
            text_marks = CompareTextMarks("a" if side == "a" else "b", partial(_theme_of, view))
            for decoration in (overlay, text_marks):
                view.decorate(decoration)
                self._decorations.append((view, decoration))
            view.verticalScrollBar().valueChanged.connect(self.gutter.update)
        self.gutter.theme = views[0].theme
        self.host.reader.set_gutter(self.gutter)
        self.host.widget.statusBar().addPermanentWidget(self.legend)
        self.legend.show()
        self.host.reader.scroll_follower = self.follow
        self._request()

    def _unbind(self) -> None:
        for view, decoration in self._decorations:
            view.undecorate(decoration)
        for view in self._views or ():
            with contextlib.suppress(RuntimeError, TypeError):
                view.verticalScrollBar().valueChanged.disconnect(self.gutter.update)
        self._decorations = []
        self._views = None
        self.comparison = None
        self.current = -1
        self._key = None
        self._absence_cache.clear()
        self.runner.cancel()
        self._progress.stop()
        self.gutter.show_comparison(None, None)
        reader = self.host.reader
        if reader.scroll_follower == self.follow:
            reader.scroll_follower = None
        reader.set_gutter(None)
        self.host.widget.statusBar().removeWidget(self.legend)

    def articles(self) -> tuple[Article, Article] | None:
        """The two articles compared (A on the left), while compare mode is on."""
        if self._views is None:
            return None
        return self._views[0].article, self._views[1].article

    def views(self) -> tuple[ArticleView, ArticleView] | None:
        """The two views compared."""
        return self._views

    # -- running the engine ------------------------------------------------------------------

    def _request(self) -> None:
        pair = self.articles()
        if pair is None:
            return
        project = self.host.document.project
        a, b = (project.articles.get(article.id) or article for article in pair)
        key = (a.sha256, b.sha256)
        if key == self._key and self.comparison is not None:
            return
        self._key = key
        self._spoken_over = False
        self.runner.request(key, a.text, b.text)
        self._progress.start()

    def _on_announced(self, text: str) -> None:
        if self.runner.busy and text != _COMPARING:
            self._spoken_over = True

    def _show_progress(self) -> None:
        if self.runner.busy and not self._spoken_over:
            self.host.announce(_COMPARING, 3000)

    def _on_result(self, key: Key, comparison: Comparison) -> None:
        if key != self._key or self._views is None:
            return
        self._progress.stop()
        self.show(comparison)
        self.updated.emit()
        if self._spoken_over:
            return  # drawn as usual, but the status bar keeps what the user's action said
        only_a, only_b = comparison.only_share("a"), comparison.only_share("b")
        self.host.announce(
            f"Compared: {len(comparison.pairs)} aligned pairs, "
            f"{len(comparison.shared_quotes)} shared quotes; "
            f"{only_a:.0%} only in A, {only_b:.0%} only in B."
        )

    def _on_failed(self, key: Key, message: str) -> None:
        if key == self._key:
            self._progress.stop()
            self.host.announce(f"The comparison failed: {message}", 6000)

    def _on_project_changed(self, change: Change) -> None:
        record = change.new or change.old
        if isinstance(record, Link | Annotation | Code):
            self._absence_cache.clear()
        if isinstance(record, Link) and self._views is not None:
            self._update_accepted()  # a suggestion accepted (or the link undone)
            self._repaint_marks()  # an absence (a link and its empty annotation) came or went
        views = self._views
        if (
            isinstance(record, Article)
            and views is not None
            and record.id
            in {
                views[0].article.id,
                views[1].article.id,
            }
        ):
            self._request()  # a text was updated: compare again, drop older results

    # -- what is drawn -------------------------------------------------------------------------

    def show(self, comparison: Comparison) -> None:
        """Draw ``comparison`` of the two panes: connectors, marks in the text, bars."""
        self.comparison = comparison
        self.current = -1
        self.gutter.show_comparison(self._views, comparison)
        for view, decoration in self._decorations:
            if isinstance(decoration, CompareTextMarks):
                for start, end in decoration.show(comparison):
                    view.redecorate(start, end)  # only where marks came, went or changed
        self._update_accepted()
        self._repaint_marks()

    def _update_accepted(self) -> None:
        """Tell the gutter which suggestions the reader accepted as links."""
        if self.comparison is None or self._views is None:
            return
        from desktop_app.core.compare_marks import accepted_pairs, linked_spans

        view_a, view_b = self._views
        project = self.host.document.project
        linked = linked_spans(project, view_a.article.id, view_b.article.id)
        text_a, text_b = (
            (project.articles.get(v.article.id) or v.article).text for v in self._views
        )
        self.gutter.accepted = accepted_pairs(self.comparison.pairs, (text_a, text_b), linked)
        self.gutter.update()

    def _absence_marks(self, view: ArticleView) -> list[tuple[int, str]]:
        cached = self._absence_cache.get(view.article.id)
        if cached is not None:
            return cached
        from desktop_app.core.link_edits import absences

        project = self.host.document.project
        codes = project.codes
        marks = [
            (a.start, codes[a.tags[0]].color if a.tags and a.tags[0] in codes else "#808080")
            for a in absences(project, view.article.id)
        ]
        self._absence_cache[view.article.id] = marks
        return marks

    def _only_spans(self, side: str) -> tuple[Span, ...]:
        if self.comparison is None:
            return ()
        return self.comparison.only_a if side == "a" else self.comparison.only_b

    def focused_pair(self) -> AlignedPair | None:
        """The pair under the pointer, else the one the keyboard is on."""
        if self.comparison is None:
            return None
        index = self.gutter.hovered if self.gutter.hovered >= 0 else self.current
        return self.comparison.pairs[index] if 0 <= index < len(self.comparison.pairs) else None

    def _focused(self, side: str) -> tuple[Span, str] | None:
        pair = self.focused_pair()
        if pair is None:
            return None
        return (pair.a if side == "a" else pair.b), pair.relation

    def _refocus(self, _index: int = -1) -> None:
        """The pointer moved to another ribbon: repaint the washes that changed, only."""
        for _view, decoration in self._decorations:
            if isinstance(decoration, CompareOverlay):
                decoration.refocus()

    def _repaint_marks(self) -> None:
        if self._views is not None:
            for view in self._views:
                view.repaint_overlays()
        self.gutter.current = self.current
        self.gutter.update()

    def select_pair(self, index: int) -> None:
        """Make pair ``index`` current and select its passage in both panes."""
        if self.comparison is None or self._views is None:
            return
        pair = self.comparison.pairs[index]
        self.current = index
        view_a, view_b = self._views
        reader = self.host.reader
        follower, reader.scroll_follower = reader.scroll_follower, None
        try:
            view_a.select_span(pair.a.start, pair.a.end, center=False)
            view_b.select_span(pair.b.start, pair.b.end, center=False)
        finally:
            reader.scroll_follower = follower
        self._repaint_marks()

    # -- scrolling by alignment --------------------------------------------------------------

    def counterpart(self, side: str, offset: int) -> int:
        """Index of the pair whose ``side`` passage holds ``offset`` (else the last one
        starting before it, else the first); -1 without pairs."""
        if self.comparison is None or not self.comparison.pairs:
            return -1
        pairs = self.comparison.pairs
        order, starts = self._side_order(side)
        k = bisect_right(starts, offset) - 1
        if k < 0:
            return order[0]
        # Among the passages starting before the offset, prefer one that contains it.
        for j in range(k, max(-1, k - 8), -1):
            pair = pairs[order[j]]
            span = pair.a if side == "a" else pair.b
            if span.start <= offset < span.end:
                return order[j]
        return order[k]

    def _side_order(self, side: str) -> tuple[list[int], list[int]]:
        """The pairs sorted by their passage on ``side``, and those passages' starts (sorted
        once per comparison: following asks on every scroll)."""
        comparison = self.comparison
        assert comparison is not None
        cached = self._orders.get(side)
        if cached is not None and cached[0] is comparison:
            return cached[1], cached[2]
        spans = [(p.a if side == "a" else p.b) for p in comparison.pairs]
        order = sorted(range(len(spans)), key=lambda i: (spans[i].start, spans[i].end))
        starts = [spans[i].start for i in order]
        self._orders[side] = (comparison, order, starts)
        return order, starts

    def follow(self, pane: ArticlePane) -> None:
        """Scroll the other compared pane so the counterpart of ``pane``'s centre passage
        is level with it (called by the reader area, which guards against loops)."""
        if self._views is None or self.comparison is None:
            return
        view_a, view_b = self._views
        if view_a.restyling or view_b.restyling:
            return  # a new font or theme: each pane keeps its own reading position
        if pane.view is view_a:
            source, target, side = view_a, view_b, "a"
        elif pane.view is view_b:
            source, target, side = view_b, view_a, "b"
        else:
            return
        centre = source.viewport().height() / 2
        index = self.counterpart(side, source.offset_at_y(centre))
        if index < 0:
            return
        pair = self.comparison.pairs[index]
        mine, theirs = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
        top, bottom = source.span_extent(mine.start, mine.end)
        fraction = 0.0 if bottom <= top else min(1.0, max(0.0, (centre - top) / (bottom - top)))
        level_with(target, theirs, fraction, top + fraction * (bottom - top))
        self.gutter.update()


def level_with(view: ArticleView, span: Span, fraction: float, y: float) -> None:
    """Scroll ``view`` (by whole lines) so the point ``fraction`` down ``span`` sits at ``y``:
    in one move, the lines in between measured (a move per guess made the pane jump
    twice or thrice a scroll, and each move repaints it)."""
    top, bottom = view.span_extent(span.start, span.end)
    steps = view.lines_for_shift(top + fraction * (bottom - top) - y)
    if steps:
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + steps)


def _theme_of(view: ArticleView) -> Theme:
    return view.theme
