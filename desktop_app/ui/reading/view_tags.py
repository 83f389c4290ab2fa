"""What a pane's highlighter and margin ask about its tagged passages (``margin.TaggedText``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.records import Annotation, Article
from desktop_app.core.segments import Segment, elementary_segments
from desktop_app.core.themes import Theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop_app.core.project import Project

    _View = QPlainTextEdit
else:
    _View = object


class TagQueries(_View):
    """The annotations of the pane's article as the highlights and tag stripes see them:
    shown codes in lane order, hidden annotators' layers left out (a mixin of ``ArticleView``)."""

    project: Project
    article: Article
    theme: Theme
    hidden_tags: set[str]
    hidden_annotators: frozenset[str]
    annotator_lanes: dict[str, int] | None

    def _tag_order(self) -> dict[str, int]:
        return {
            code.id: i
            for i, code in enumerate(self.project.codes)
            if code.id not in self.hidden_tags
        }

    def _shown_in(self, start: int, end: int) -> list[Annotation]:
        """The annotations over ``[start, end)`` whose annotator's layer is shown."""
        annotations = self.project.annotations_in(self.article.id, start, end)
        hidden = self.hidden_annotators
        if not hidden:
            return annotations
        return [a for a in annotations if (a.annotator or "") not in hidden]

    def _segments(self, start: int, end: int) -> list[Segment]:
        annotations = self._shown_in(start, end)
        if not annotations:
            return []
        order = self._tag_order()
        spans = [
            (a.start, a.end, a.id, a.tags)
            for a in annotations
            if not a.tags or any(t in order for t in a.tags)
        ]
        return elementary_segments(spans, start, end, order)

    def _colours(self, tag_ids: tuple[str, ...]) -> tuple[str, ...]:
        codes = self.project.codes
        return tuple(codes[t].color for t in tag_ids if t in codes)

    def tag_lanes(self) -> dict[str, int]:
        """Lane of each visible code in the margin."""
        return self._tag_order()

    def lane_count(self) -> int:
        """The margin keeps a lane for every code, shown or hidden (or one per annotator)."""
        lanes = self.annotator_lanes
        return len(self.project.codes) if lanes is None else len(lanes)

    def tag_colour(self, tag_id: str) -> str:
        """Colour of a code."""
        return self.project.codes[tag_id].color

    def stripe_outline(self, colour: str) -> str | None:
        """An edge for a stripe of ``colour`` too faint on this paper (3:1), or None."""
        edge = self.theme.stripe(colour)
        return None if edge == colour else edge

    def tagged_spans(self, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
        """The annotations over canonical ``[start, end)``, clipped to it, with their tags."""
        return [
            (max(a.start, start), min(a.end, end), a.tags)
            for a in self._shown_in(start, end)
            if min(a.end, end) > max(a.start, start)
        ]

    def annotated_spans(self, start: int, end: int) -> list[tuple[int, int, tuple[str, ...], str]]:
        """As :meth:`tagged_spans`, with each annotation's annotator ("" for none)."""
        return [
            (max(a.start, start), min(a.end, end), a.tags, a.annotator or "")
            for a in self._shown_in(start, end)
            if min(a.end, end) > max(a.start, start)
        ]
