"""The Compare menu: compare mode, pair and "only here" navigation, accept, reject, link.

Every command has a shortcut unique in the window and says what it did through
``host.announce`` (the status line and screen readers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from desktop_app.core.annotation_edits import SpanError
from desktop_app.core.link_edits import (
    SUGGESTED_RELATION,
    absence_counts,
    link_passages,
    record_absence,
    relation_choices,
)
from desktop_app.core.records import Rejection
from desktop_app.core.rejections import reject_pair, rejected_pairs, turned_down
from desktop_app.ui.compare.mode import CompareMode

if TYPE_CHECKING:
    from desktop_app.core.compare import AlignedPair, Comparison, Span
    from desktop_app.core.project import Project
    from desktop_app.ui.reading.article_view import ArticleView
    from desktop_app.ui.shell.host import Host

_RELATION_WORDS = {
    "same_fact": "same fact",
    "near_copy": "near copy",
    "shared_quote": "shared quote",
    "adds_detail": "adds detail",
    "contradicts": "contradicts",
}


def _words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


class CompareCommands:
    """The commands acting on the comparison of the first two panes."""

    def __init__(self, host: Host, mode: CompareMode) -> None:
        self.host = host
        self.mode = mode
        add = host.commands.add
        add(
            "view.compare",
            "&Compare Two Articles",
            mode.set_enabled,
            shortcut="Ctrl+Shift+C",
            tip="Draw how the first two articles relate and scroll them by alignment",
            checkable=True,
            checked=True,
        )
        add(
            "compare.next_pair",
            "&Next Pair",
            self.next_pair,
            shortcut="Alt+Down",
            tip="Go to the next aligned pair",
        )
        add(
            "compare.previous_pair",
            "&Previous Pair",
            self.previous_pair,
            shortcut="Alt+Up",
            tip="Go to the previous aligned pair",
        )
        add(
            "compare.next_only",
            "Next &Only-Here Passage",
            self.next_only,
            shortcut="Alt+Shift+Down",
            tip="Go to the next passage the other article leaves out",
        )
        add(
            "compare.previous_only",
            "Previous Only-&Here Passage",
            self.previous_only,
            shortcut="Alt+Shift+Up",
            tip="Go to the previous passage the other article leaves out",
        )
        add(
            "compare.accept",
            "&Accept Suggestion…",
            self.accept,
            shortcut="Alt+Return",
            tip="Link the current pair's two passages",
        )
        add(
            "compare.reject",
            "&Reject Suggestion",
            self.reject,
            shortcut="Alt+Backspace",
            tip="Turn the current pair down: it is no longer suggested for these articles",
        )
        add(
            "compare.absent",
            "Absent in the &Other Article…",
            self.mark_absent,
            shortcut="Ctrl+Alt+B",
            tip="Note that the other article is silent on this passage, with a code",
        )
        add(
            "compare.link",
            "&Link Selections…",
            self.link_selections,
            shortcut="Ctrl+Alt+L",
            tip="Link the passage selected in A to the one selected in B",
        )
        view = host.menus["view"]
        view.addSeparator()
        view.addAction(host.commands["view.compare"])
        menu = QMenu("&Compare", host.widget)
        menu.setObjectName("compareMenu")
        bar = host.widget.menuBar()
        bar.insertMenu(host.menus["help"].menuAction(), menu)
        host.menus["compare"] = menu
        menu.addAction(host.commands["view.compare"])
        menu.addSeparator()
        for action_id in (
            "compare.next_pair",
            "compare.previous_pair",
            "compare.next_only",
            "compare.previous_only",
            None,
            "compare.accept",
            "compare.reject",
            "compare.link",
            "compare.absent",
        ):
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(host.commands[action_id])
        mode.updated.connect(self._on_updated)
        host.follow_project(self._on_project_changed)

    # -- which pairs are still suggestions ----------------------------------------------------

    def _on_updated(self) -> None:
        self._apply_rejections()

    def _on_project_changed(self, change: object) -> None:
        record = getattr(change, "record", None)
        if isinstance(record, Rejection):
            self._apply_rejections()  # a rejection made, undone or redone

    @property
    def rejected(self) -> set[tuple[int, int, int, int]]:
        """Spans of the suggestions turned down for the two articles compared."""
        articles = self.mode.articles()
        if articles is None:
            return set()
        return rejected_pairs(self.host.document.project, articles[0].id, articles[1].id)

    def _apply_rejections(self) -> None:
        comparison = self.mode.comparison
        if comparison is None:
            return
        hidden = turned_down(self.rejected, [_span_key(pair) for pair in comparison.pairs])
        self.mode.gutter.hidden = hidden
        self.mode.gutter.update()

    def _suggestions(self) -> list[int]:
        comparison = self.mode.comparison
        if comparison is None:
            return []
        hidden = self.mode.gutter.hidden
        return [i for i in range(len(comparison.pairs)) if i not in hidden]

    def _side(self) -> str:
        views = self.mode.views()
        pane = self.host.active_pane()
        return "b" if views is not None and pane is not None and pane.view is views[1] else "a"

    def _not_ready(self) -> bool:
        if self.mode.comparison is None:
            reason = "Compare mode is off." if not self.mode.active else "Still comparing…"
            self.host.announce(reason)
            return True
        return False

    # -- navigation ------------------------------------------------------------------------

    def _step_pair(self, step: int) -> None:
        if self._not_ready():
            return
        comparison = self.mode.comparison
        assert comparison is not None
        side = self._side()
        order = sorted(
            self._suggestions(),
            key=lambda i: _span(comparison.pairs[i], side).start,
        )
        if not order:
            self.host.announce("No suggested pairs.")
            return
        if self.mode.current in order:
            position = order.index(self.mode.current) + step
        else:
            views = self.mode.views()
            assert views is not None
            cursor = views[0 if side == "a" else 1].cursor_offset()
            after = [
                k for k, i in enumerate(order) if _span(comparison.pairs[i], side).start >= cursor
            ]
            position = (
                (after[0] if after else len(order))
                if step > 0
                else ((after[0] - 1) if after else len(order) - 1)
            )
        if not 0 <= position < len(order):
            self.host.announce("No more pairs this way.")
            return
        self.go_to_pair(order[position])
        pair = comparison.pairs[order[position]]
        self.host.announce(
            f"Pair {position + 1} of {len(order)}: {_RELATION_WORDS[pair.relation]}, "
            f"score {pair.score:.2f}. “{_words(pair.a.text)}”"
        )

    def go_to_pair(self, index: int) -> None:
        """Make pair ``index`` current: both passages selected, A's centred, B level with it."""
        self.mode.select_pair(index)
        views = self.mode.views()
        if views is None:
            return
        views[0].centerCursor()
        pane = self.host.reader.panes[0]
        self.mode.follow(pane)

    def next_pair(self) -> None:
        """Go to the next suggested pair."""
        self._step_pair(1)

    def previous_pair(self) -> None:
        """Go to the previous suggested pair."""
        self._step_pair(-1)

    def _step_only(self, step: int) -> None:
        if self._not_ready():
            return
        comparison = self.mode.comparison
        views = self.mode.views()
        assert comparison is not None
        assert views is not None
        side = self._side()
        view = views[0 if side == "a" else 1]
        spans = comparison.only_a if side == "a" else comparison.only_b
        cursor = view.cursor_offset()
        if step > 0:
            found = next((s for s in spans if s.start > cursor), None)
        else:
            found = next((s for s in reversed(spans) if s.start < cursor), None)
        label = "A" if side == "a" else "B"
        if found is None:
            self.host.announce(f"No more passages only in {label} this way.")
            return
        view.place_cursor(found.start)
        view.centerCursor()
        view.setFocus()
        self.host.announce(f"Only in {label}: “{_words(found.text)}”")

    def next_only(self) -> None:
        """Go to the next passage the other article leaves out (in the active pane)."""
        self._step_only(1)

    def previous_only(self) -> None:
        """Go to the previous passage the other article leaves out."""
        self._step_only(-1)

    # -- absences ---------------------------------------------------------------------------

    def mark_absent(self) -> None:
        """Code a passage of the active pane as absent from the other article."""
        views = self.mode.views()
        if views is None:
            self.host.announce("Turn compare mode on to code what one article leaves out.")
            return
        side = self._side()
        view, other = views if side == "a" else views[::-1]
        comparison = self.mode.comparison
        passage = _passage_at_cursor(view, comparison, side)
        if passage is None:
            self.host.announce("Select the passage the other article is silent on first.")
            return
        project = self.host.document.project
        other_name = "B" if side == "a" else "A"
        code_id = self.host.prompter.pick_code(
            f"Absent in {other_name}",
            f"Which code does the missing passage carry? “{_words(passage.text)}”",
            [(code.id, code.name) for code in project.codes],
        )
        if code_id is None:
            return
        lengths = (len(view.article.text), len(other.article.text))
        offset = absence_offset(comparison, side, passage, lengths)
        try:
            edit = record_absence(
                project,
                (view.article.id, passage.start, passage.end),
                other.article.id,
                offset,
                code_id,
                annotator=_annotator(project),
            )
        except (SpanError, ValueError) as error:
            self.host.announce(str(error).capitalize(), 5000)
            return
        self.host.document.push(edit)
        count = absence_counts(project, other.article.id).get(code_id, 0)
        name = project.codes[code_id].name
        plural = "s" if count != 1 else ""
        self.host.announce(f"Absent in {other_name}: “{name}” ({count} {name} absence{plural})")

    # -- accepting, rejecting, linking -------------------------------------------------------

    def _current(self) -> AlignedPair | None:
        if self._not_ready():
            return None
        comparison = self.mode.comparison
        assert comparison is not None
        if self.mode.current not in self._suggestions():
            self.host.announce("No current suggestion: go to a pair first (Alt+Down).")
            return None
        return comparison.pairs[self.mode.current]

    def accept(self) -> None:
        """Link the current pair's passages (asking the relation, the suggestion first)."""
        pair = self._current()
        if pair is not None:
            self._link(pair.a, pair.b, SUGGESTED_RELATION.get(pair.relation, "same fact"))

    def reject(self) -> None:
        """Turn the current suggestion down for this article pair."""
        pair = self._current()
        if pair is None:
            return
        articles = self.mode.articles()
        assert articles is not None
        project = self.host.document.project
        edit = reject_pair(
            project,
            (articles[0].id, pair.a.start, pair.a.end),
            (articles[1].id, pair.b.start, pair.b.end),
            annotator=_annotator(project),
        )
        self.mode.current = -1
        self.host.document.push(edit)
        self.host.announce(f"Suggestion rejected: “{_words(pair.a.text)}”")

    def link_selections(self) -> None:
        """Link what is selected in A to what is selected in B."""
        views = self.mode.views()
        if views is None:
            panes = self.host.reader.panes
            views = (panes[0].view, panes[1].view) if len(panes) >= 2 else None
        if views is None:
            self.host.announce("Show two articles to link passages.")
            return
        spans = [view.selection_span() for view in views]
        if spans[0] is None or spans[1] is None:
            self.host.announce("Select a passage in each of the two articles first.")
            return
        texts = [view.article.text for view in views]
        from desktop_app.core.compare import Span as CompareSpan

        a = CompareSpan(*spans[0], texts[0][slice(*spans[0])])
        b = CompareSpan(*spans[1], texts[1][slice(*spans[1])])
        self._link(a, b, "same fact")

    def _link(self, a: Span, b: Span, suggested: str) -> None:
        views = self.mode.views() or tuple(p.view for p in self.host.reader.panes[:2])
        project = self.host.document.project
        answer = self.host.prompter.link_details(
            relation_choices(project), suggested, (a.text, b.text)
        )
        if answer is None:
            return
        relation, note = answer
        annotator = _annotator(project)
        try:
            edit = link_passages(
                project,
                (views[0].article.id, a.start, a.end),
                (views[1].article.id, b.start, b.end),
                relation,
                note=note,
                annotator=annotator,
            )
        except (SpanError, ValueError) as error:
            self.host.announce(str(error).capitalize(), 5000)
            return
        self.host.document.push(edit)
        self.host.announce(f"Linked as “{relation}”: “{_words(a.text, 6)}” ↔ “{_words(b.text, 6)}”")


def _passage_at_cursor(view: ArticleView, comparison: Comparison | None, side: str) -> Span | None:
    """The selection, else the annotation at the cursor, else the only-here run there."""
    from desktop_app.core.compare import Span as CompareSpan

    text = view.article.text
    selected = view.selection_span()
    if selected is not None:
        return CompareSpan(*selected, text[slice(*selected)])
    annotation = view.annotation_at_cursor()
    if annotation is not None and annotation.end > annotation.start:
        return CompareSpan(
            annotation.start, annotation.end, text[annotation.start : annotation.end]
        )
    if comparison is not None:
        offset = view.cursor_offset()
        for span in comparison.only_a if side == "a" else comparison.only_b:
            if span.start <= offset < span.end:
                return span
    return None


def absence_offset(
    comparison: Comparison | None, side: str, passage: Span, lengths: tuple[int, int]
) -> int:
    """Where a passage of ``side`` would be in the other article: just after the
    counterpart of the last aligned passage before it (else just before the counterpart of
    the first one after it; else at the same relative place)."""
    if comparison is not None and comparison.pairs:
        other = "b" if side == "a" else "a"
        mine = [(_span(p, side), _span(p, other)) for p in comparison.pairs]
        before = [pair for pair in mine if pair[0].end <= passage.start]
        if before:
            return max(before, key=lambda pair: pair[0].end)[1].end
        after = [pair for pair in mine if pair[0].start >= passage.end]
        if after:
            return min(after, key=lambda pair: pair[0].start)[1].start
    own, other_length = lengths
    return round(passage.start / max(1, own) * other_length)


def _annotator(project: Project) -> str | None:
    annotators = project.annotators
    return annotators.at(0).id if len(annotators) else None


def _span(pair: AlignedPair, side: str) -> Span:
    return pair.a if side == "a" else pair.b


def _span_key(pair: AlignedPair) -> tuple[int, int, int, int]:
    return (pair.a.start, pair.a.end, pair.b.start, pair.b.end)


def install(host: Host) -> None:
    """Add compare mode and the Compare menu to the window."""
    mode = CompareMode(host)
    host.add_feature(mode)
    commands = CompareCommands(host, mode)
    host.add_feature(commands)
    from desktop_app.ui.compare.links_panel import install_panel

    host.add_feature(install_panel(host))
    from desktop_app.ui.compare.tag_panel import install_tag_panel

    host.add_feature(install_tag_panel(host))
    mode._on_panes_changed()
