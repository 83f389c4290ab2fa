"""The text of one article, typeset for reading, with highlights, stripes and hover cards.

The view owns no annotation state: it reads the project and repaints when the project
announces a change to its article. It speaks canonical code-point offsets to the rest of
the app and converts to Qt's display positions only here, through the pane's OffsetMap.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QMenu, QPlainTextEdit, QToolTip, QWidget

from desktop_app.core.layout import DisplayPlan, Role, plan_display
from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation, Article, Code
from desktop_app.core.segments import Segment, elementary_segments
from desktop_app.core.themes import Theme
from desktop_app.ui.preferences.theme import current_theme, reading_font, style
from desktop_app.ui.reading.decorations import (
    DescribedDecoration,
    Gutter,
    GutterDecoration,
    OverlayDecoration,
    SpanDecoration,
)
from desktop_app.ui.reading.highlighter import AnnotationHighlighter, AnnotationSpans
from desktop_app.ui.reading.margin import TagStripes
from desktop_app.ui.reading.note_marks import NoteMarks
from desktop_app.ui.reading.shown_blocks import ShownBlocks
from desktop_app.ui.shell.plain_text import escaped

FLASH_MS = 900
#: Blocks around the viewport whose highlights are laid eagerly (the rest when painted).
_EAGER_BLOCKS = 160
_PAD = 28  # breathing room between the stripes and the text, and at the right


class ArticleView(QPlainTextEdit):
    """Read-only, selectable text of one article."""

    #: The annotation the cursor is in changed ("" when none).
    cursor_annotation_changed = Signal(str)

    def __init__(
        self,
        project: Project,
        article: Article,
        *,
        context_actions: Callable[[], list[QAction | None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.article = article
        self.hidden_tags: set[str] = set()
        #: Annotators whose layer is hidden ("" stands for work that carries no annotator).
        self.hidden_annotators: frozenset[str] = frozenset()
        #: One margin lane per annotator (side by side), or None: one lane per code.
        self.annotator_lanes: dict[str, int] | None = None
        #: True while :meth:`restyle` re-lays the text and restores the reading position.
        self.restyling = False
        #: Painted over the viewport, in order, after the text (``decorations``).
        self._overlays: list[OverlayDecoration] = []
        self._shown_memo: ShownBlocks | None = None
        self._layout_epoch = 0
        self._context_actions = context_actions
        self._cursor_annotation = ""
        #: Display position a word-snapping mouse drag started from (None: not snapping).
        self._snap_anchor: int | None = None
        self.theme: Theme = current_theme()
        #: Longest line, in average characters of the reading font (the measure).
        self.measure_chars = style.measure
        #: Where the last restyle kept the reading (offset, scroll value).
        self._reading_anchor: tuple[int, int] | None = None
        self.plan: DisplayPlan = plan_display(article.text)
        self.setObjectName("articleView")
        self.setAccessibleName(f"Text of {article.title}")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCenterOnScroll(False)
        self.setMouseTracking(True)
        self._apply_palette()
        self.setCursorWidth(2)  # the caret of a read-only text is the reader's focus: show it
        font = reading_font()
        self.setFont(font)
        document = self.document()
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(18)
        document.setPlainText(self.plan.text)
        self._format_gaps(font)
        #: The tag highlights: the first span decoration (``decorations``).
        self.highlights = AnnotationSpans(self._segments, self._colours, self.theme)
        self._span_decorations: list[SpanDecoration] = [self.highlights]
        self._highlighter = AnnotationHighlighter(
            document, self.plan, self.theme, font, self._span_decorations
        )
        self._highlighter.window = range(0, _EAGER_BLOCKS)
        #: The tag stripes: the first gutter decoration.
        self.tag_stripes = TagStripes(self)
        self._gutter = Gutter(self, self.viewport(), self)
        self._gutter.decorations.append(self.tag_stripes)
        self.note_marks = NoteMarks(self, self)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        project.changed.connect(self._on_project_changed)
        self.destroyed.connect(lambda: project.changed.disconnect(self._on_project_changed))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    # -- set-up ----------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        palette = self.palette()
        theme = self.theme
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.paper))
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.paper))
        palette.setColor(QPalette.ColorRole.Text, QColor(theme.ink))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(theme.selection))
        palette.setColor(
            QPalette.ColorRole.HighlightedText, QColor(theme.selected_ink or theme.ink)
        )
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def restyle(self, theme: Theme, font: QFont, measure: int) -> None:
        """Take another theme, reading font or measure, keeping the reading position."""
        self.restyling = True  # scrolls meanwhile keep this place: no pane should follow them
        try:
            self._restyle(theme, font, measure)
        finally:
            self.restyling = False

    def _restyle(self, theme: Theme, font: QFont, measure: int) -> None:
        bar = self.verticalScrollBar()
        anchor = self._reading_anchor
        # Unscrolled since the last restyle: keep that place, so steps do not drift by lines.
        top = anchor[0] if anchor and anchor[1] == bar.value() else self.first_visible_offset()
        self.theme = theme
        self.measure_chars = measure
        self._apply_palette()
        self.setFont(font)
        self._format_gaps(font)
        self._highlighter.set_typography(theme, font)
        self.highlights.theme = theme
        self._update_margins()
        self.rehighlight_all()
        self.scroll_to_offset(top)
        self._reading_anchor = (top, bar.value())

    def first_visible_offset(self) -> int:
        """Canonical offset of the first character of the top line (mostly) in view."""
        cursor = self.cursorForPosition(QPoint(0, 0))
        rect = self.cursorRect(cursor)
        if rect.bottom() < rect.height() // 2:  # the top line is mostly scrolled away
            cursor = self.cursorForPosition(QPoint(0, rect.bottom() + 2))
        return self.plan.offsets.to_canonical(cursor.position(), forward=True)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding canonical ``offset`` is the first one shown."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.plan.offsets.to_display(offset))
        block = cursor.block()
        line = block.layout().lineForTextPosition(cursor.positionInBlock())
        bar = self.verticalScrollBar()
        bar.setValue(block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0))
        # Lines above may not be laid out in the new style yet: step until the line is first.
        for _ in range(400):
            rect = self.cursorRect(cursor)
            if rect.top() < 0 and bar.value() > bar.minimum():
                bar.setValue(bar.value() - 1)
            elif rect.top() >= rect.height() and bar.value() < bar.maximum():
                bar.setValue(bar.value() + 1)
            else:
                break

    def _format_gaps(self, font: QFont) -> None:
        """Set blank and spacer lines in a small font: a half-line gap between paragraphs."""
        gap = QTextCharFormat()
        gap.setFontPointSize(max(4.0, font.pointSizeF() * 0.5))
        cursor = QTextCursor(self.document())
        block = self.document().firstBlock()
        roles = self.plan.roles
        number = 0
        while block.isValid():
            if number < len(roles) and roles[number] in (Role.BLANK, Role.SPACER):
                cursor.setPosition(block.position())
                cursor.setBlockCharFormat(gap)
            block = block.next()
            number += 1

    # -- offsets at the boundary ------------------------------------------------------------

    def selection_span(self) -> tuple[int, int] | None:
        """The selected canonical range, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        offsets = self.plan.offsets
        start = offsets.to_canonical(cursor.selectionStart(), forward=True)
        end = offsets.to_canonical(cursor.selectionEnd())
        return (start, end) if start < end else None

    def cursor_offset(self) -> int:
        """Canonical offset of the text cursor."""
        return self.plan.offsets.to_canonical(self.textCursor().position(), forward=True)

    def select_span(self, start: int, end: int, *, center: bool = True) -> None:
        """Select canonical ``[start, end)`` and scroll it into view."""
        offsets = self.plan.offsets
        cursor = self.textCursor()
        cursor.setPosition(offsets.to_display(start))
        cursor.setPosition(offsets.to_display(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()

    def place_cursor(self, offset: int) -> None:
        """Move the text cursor to canonical ``offset`` without selecting."""
        cursor = self.textCursor()
        cursor.setPosition(self.plan.offsets.to_display(offset))
        self.setTextCursor(cursor)

    def annotation_at_cursor(self) -> Annotation | None:
        """The innermost annotation containing the cursor (or the selection's start)."""
        cursor = self.textCursor()
        offsets = self.plan.offsets
        if cursor.hasSelection():
            offset = offsets.to_canonical(cursor.selectionStart(), forward=True)
        else:
            offset = offsets.to_canonical(cursor.position(), forward=True)
        return self._innermost(offset)

    def _innermost(self, offset: int) -> Annotation | None:
        found = self.project.annotations_in(self.article.id, offset, offset)
        if not found and offset > 0:  # the cursor just after a passage still belongs to it
            found = self.project.annotations_in(self.article.id, offset - 1, offset - 1)
        if not found:
            return None
        if self._cursor_annotation:
            for annotation in found:
                if annotation.id == self._cursor_annotation:
                    return annotation
        return min(found, key=lambda a: (a.end - a.start, a.start))

    # -- what the highlighter and the margin ask --------------------------------------------

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

    # -- where the text is (``decorations.TextGeometry``) ------------------------------------

    def _shown(self) -> ShownBlocks:
        """The blocks from the first visible one to the bottom of the viewport, measured once
        per scroll position and layout (every stripe and mark of a paint asks again). Qt
        requests an update of the viewport whenever either changes: that starts an epoch."""
        viewport = self.viewport()
        key = (
            self._layout_epoch,
            self.verticalScrollBar().value(),
            viewport.width(),
            viewport.height(),
        )
        shown = self._shown_memo
        if shown is None or shown.key != key:
            shown = self._shown_memo = ShownBlocks(self, self.plan.offsets, key)
        return shown

    def geometry_key(self) -> tuple[object, ...]:
        """Changes whenever the lines move on screen (a scroll, a resize, a new layout)."""
        return self._shown().key

    def visible_range(self) -> tuple[int, int]:
        """The canonical range of the paragraphs in the viewport."""
        blocks = self._shown().blocks
        if not blocks:
            position = self.firstVisibleBlock().position()
            start = self.plan.offsets.to_canonical(position, forward=True)
            return start, start
        return blocks[0].start, max(blocks[0].start, blocks[-1].end)

    def line_extents(self, start: int, end: int) -> list[tuple[float, float]]:
        """Top and bottom (viewport pixels) of the lines holding canonical ``[start, end)``,
        one pair per visible paragraph it touches."""
        shown = self._shown()
        offsets = self.plan.offsets
        extents: list[tuple[float, float]] = []
        first = max(0, bisect_right(shown.starts, start) - 1)
        for block in shown.blocks[first:]:
            if block.start >= end:
                break
            if not block.lines:
                continue
            left = offsets.to_display(max(start, block.start))
            right = offsets.to_display(min(end, block.end))
            if right > left:
                layout = block.block.layout()
                if (
                    layout.lineCount() == 0
                ):  # re-highlighted since: lay it out again (as painting would)
                    self.blockBoundingGeometry(block.block)
                top_line = layout.lineForTextPosition(left - block.position)
                last_line = layout.lineForTextPosition(max(left, right - 1) - block.position)
                if top_line.isValid() and last_line.isValid():
                    top = block.top
                    extents.append((top + top_line.y(), top + last_line.y() + last_line.height()))
        return extents

    # -- decorations (``decorations``: the one seam every feature plugs into) ---------------

    def decorate(self, decoration: object) -> None:
        """Plug ``decoration`` in as whatever it is: a span decoration (its formats laid over
        the text after those already there), a gutter decoration (a lane right of those
        already there) and/or an overlay (painted over the text)."""
        plugged = False
        if isinstance(decoration, SpanDecoration):
            self._span_decorations.append(decoration)
            self.redecorate()
            plugged = True
        if isinstance(decoration, GutterDecoration):
            self._gutter.decorations.append(decoration)
            self._update_margins()
            self._gutter.invalidate()
            plugged = True
        if isinstance(decoration, OverlayDecoration):
            self._overlays.append(decoration)
            self.viewport().update()
            plugged = True
        if not plugged:
            raise TypeError(f"{type(decoration).__name__} speaks no decoration protocol")

    def undecorate(self, decoration: object) -> None:
        """Take ``decoration`` away from wherever it was plugged in (nothing if it was not)."""
        if decoration in self._span_decorations:
            self._span_decorations.remove(decoration)
            self.redecorate()
        if decoration in self._gutter.decorations:
            self._gutter.decorations.remove(decoration)
            self._update_margins()
            self._gutter.invalidate()
        if decoration in self._overlays:
            self._overlays.remove(decoration)
            self.viewport().update()

    def is_decorated_by(self, decoration: object) -> bool:
        """True while ``decoration`` is plugged in."""
        return any(
            decoration in plugged
            for plugged in (self._span_decorations, self._gutter.decorations, self._overlays)
        )

    def redecorate(self, start: int | None = None, end: int | None = None) -> None:
        """Repaint the decorations of canonical ``[start, end)`` (default: everything)."""
        if start is None or end is None:
            self.rehighlight_all()
        else:
            self.rehighlight_span(start, end)

    def notes_in_block(self, block: QTextBlock) -> list[tuple[int, Annotation]]:
        """Annotations with a note starting in ``block``, at their block-relative position."""
        offsets = self.plan.offsets
        position = block.position()
        start = offsets.to_canonical(position, forward=True)
        end = offsets.to_canonical(position + block.length() - 1)
        return [
            (offsets.to_display(a.start) - position, a)
            for a in self.project.annotations_in(self.article.id, start, end)
            if a.note and start <= a.start < end
        ]

    # -- repainting what changed ------------------------------------------------------------

    def _on_project_changed(self, change: Change) -> None:
        old, new = change.old, change.new
        if (
            isinstance(old, Annotation)
            and isinstance(new, Annotation)
            and (old.start, old.end, old.tags, old.anchor)
            == (new.start, new.end, new.tags, new.anchor)
        ):
            return  # a note reworded paints no highlight differently (its mark repaints itself)
        spans = []
        for record in (change.old, change.new):
            if isinstance(record, Annotation) and record.article == self.article.id:
                spans.append((record.start, record.end))
        if spans:
            self.rehighlight_span(min(s for s, _ in spans), max(e for _, e in spans))
        elif isinstance(change.record, Code):
            old, new = change.old, change.new
            if isinstance(old, Code) and isinstance(new, Code) and old.color == new.color:
                return  # a new name, key, parent or description paints nothing differently
            self.rehighlight_all()  # a colour, or the lanes (codes added, removed, moved)

    def rehighlight_span(self, start: int, end: int) -> None:
        """Re-paint the blocks holding canonical ``[start, end)``."""
        offsets = self.plan.offsets
        document = self.document()
        block = document.findBlock(offsets.to_display(start))
        last = document.findBlock(offsets.to_display(end)).blockNumber()
        while block.isValid() and block.blockNumber() <= last:
            self._highlighter.rehighlightBlock(block)
            block = block.next()
        self._gutter.invalidate()

    def rehighlight_all(self) -> None:
        """Re-paint every block (after a codebook or visibility change)."""
        self._highlighter.rehighlight()
        self._gutter.invalidate()

    def set_hidden_tags(self, hidden: set[str]) -> None:
        """Hide the highlights of these codes."""
        self.hidden_tags = set(hidden)
        self.rehighlight_all()

    def set_annotator_layers(
        self, hidden: frozenset[str], lanes: dict[str, int] | None = None
    ) -> None:
        """Hide these annotators' layers; ``lanes``: one margin lane per annotator."""
        if hidden == self.hidden_annotators and lanes == self.annotator_lanes:
            return
        resize = (lanes is None) != (self.annotator_lanes is None) or (
            lanes is not None and len(lanes) != len(self.annotator_lanes or {})
        )
        self.hidden_annotators = frozenset(hidden)
        self.annotator_lanes = dict(lanes) if lanes is not None else None
        if resize:
            self._update_margins()
        self.rehighlight_all()
        self._gutter.invalidate()

    def flash(self, annotation: Annotation) -> None:
        """Make a passage stand out briefly (after jumping to it)."""
        self._end_flash()
        self.highlights.flashed = frozenset({annotation.id})
        self.rehighlight_span(annotation.start, annotation.end)
        self._flash_span = (annotation.start, annotation.end)
        self._flash_timer.start()

    def is_flashing(self) -> bool:
        """True while a passage is flashed."""
        return bool(self.highlights.flashed)

    def _end_flash(self) -> None:
        if self.highlights.flashed:
            self.highlights.flashed = frozenset()
            self.rehighlight_span(*self._flash_span)

    # -- layout: a comfortable measure, stripes in the left margin ----------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep lines at a readable length, centred, with the stripe margin beside them."""
        # Margins first: the base class re-wraps the text for the viewport it then has.
        self._update_margins()
        super().resizeEvent(event)

    def _update_margins(self) -> None:
        self._layout_epoch += 1
        metrics = QFontMetricsF(self.font())
        measure = (
            metrics.averageCharWidth() * self.measure_chars + 2 * self.document().documentMargin()
        )
        stripes = self._gutter.width_needed()
        available = self.width() - stripes - 2 * _PAD
        side = max(0, int((available - measure) / 2))
        left = stripes + _PAD + side
        self.setViewportMargins(left, 0, _PAD // 2 + side, 0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rect = self.contentsRect()
        self._gutter.setGeometry(
            QRect(rect.left() + left - _PAD // 2 - stripes, rect.top(), stripes, rect.height())
        )

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        self._layout_epoch += 1  # scrolled, or text laid out again: measure the lines anew
        self._gutter.update()  # (its picture is kept per geometry: a new one is painted)
        self.note_marks.update()

    def visible_blocks(self) -> range:
        """Numbers of the blocks in (or just around) the viewport."""
        first = self.firstVisibleBlock()
        number = first.blockNumber()
        offset = self.contentOffset()
        height = self.viewport().height()
        block = first
        last = number
        while block.isValid():
            if self.blockBoundingGeometry(block).translated(offset).top() > height:
                break
            last = block.blockNumber()
            block = block.next()
        return range(max(0, number - 2), last + 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Lay pending highlights of what is about to be painted, then paint."""
        visible = self.visible_blocks()
        highlighter = self._highlighter
        highlighter.window = range(
            max(0, visible.start - _EAGER_BLOCKS // 2), visible.stop + _EAGER_BLOCKS // 2
        )
        highlighter.ensure(visible)
        super().paintEvent(event)
        if self._overlays:
            painter = QPainter(self.viewport())
            for overlay in self._overlays:
                painter.save()
                overlay.paint_over(painter, self)
                painter.restore()
            painter.end()

    def visible_span(self) -> tuple[int, int]:
        """Canonical ``[start, end)`` of the text between the viewport's top and bottom
        (found once per scroll position and layout)."""
        shown = self._shown()
        if shown.span is None:
            shown.span = self._find_visible_span()
        return shown.span

    def _find_visible_span(self) -> tuple[int, int]:
        offsets = self.plan.offsets
        top = self.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.cursorForPosition(QPoint(self.viewport().width(), self.viewport().height()))
        end_block = bottom.block()
        end = end_block.position() + end_block.length() - 1
        return offsets.to_canonical(top, forward=True), offsets.to_canonical(end)

    def offset_at_y(self, y: float) -> int:
        """Canonical offset of the start of the line at viewport height ``y``."""
        cursor = self.cursorForPosition(QPoint(0, int(y)))
        return self.plan.offsets.to_canonical(cursor.position(), forward=True)

    def span_extent(self, start: int, end: int) -> tuple[float, float]:
        """Viewport heights of the top of the first line and the bottom of the last line
        of canonical ``[start, end)``; only exact for spans on (or next to) the screen."""
        offsets = self.plan.offsets
        document = self.document()
        origin = self.contentOffset()

        def line_box(position: int) -> tuple[float, float]:
            block = document.findBlock(position)
            rect = self.blockBoundingGeometry(block).translated(origin)
            layout = block.layout()
            line = layout.lineForTextPosition(position - block.position())
            if not line.isValid():
                return rect.top(), rect.bottom()
            top = rect.top() + layout.position().y() + line.y()
            return top, top + line.height()

        first = line_box(offsets.to_display(start))
        last = line_box(offsets.to_display(max(start, end - 1)))
        return first[0], last[1]

    def repaint_overlays(self) -> None:
        """Repaint what the overlays draw (they changed, the text did not)."""
        self.viewport().update()

    def ensure_highlighted(self, offset: int) -> None:
        """Lay the highlights of the block holding ``offset`` now (as painting it would)."""
        block = self.document().findBlock(self.plan.offsets.to_display(offset))
        self._highlighter.ensure(range(block.blockNumber(), block.blockNumber() + 1))

    # -- cursor, hover, menu --------------------------------------------------------------

    def _on_cursor_moved(self) -> None:
        annotation = self.annotation_at_cursor()
        annotation_id = annotation.id if annotation else ""
        if annotation_id != self._cursor_annotation:
            self._cursor_annotation = annotation_id
            self.cursor_annotation_changed.emit(annotation_id)

    def card_html(self, annotations: list[Annotation]) -> str:
        """Rich text listing the tags and note of each annotation (hover and click)."""
        parts = []
        codes = self.project.codes
        for annotation in annotations:
            chips = " ".join(
                _chip(codes[t].name, codes[t].color) for t in annotation.tags if t in codes
            )
            note = escaped(annotation.note)
            if note:
                note = f"<div style='margin-top:4px'>{note}</div>"
            chips = chips or "<i>untagged</i>"
            parts.append(f"<div>{chips}{note}</div>")
        return "<hr>".join(parts)

    def _offset_at_point(self, point: QPoint) -> int | None:
        """Canonical offset of the character under ``point`` (None: between lines)."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        offset = self.plan.offsets.to_canonical(cursor.position())
        block_start = self.plan.offsets.to_canonical(cursor.block().position(), forward=True)
        # The cursor lands between characters: look at the character under the pointer.
        return offset if rect.x() <= point.x() else max(block_start, offset - 1)

    def _annotations_at_point(self, point: QPoint) -> list[Annotation]:
        probe = self._offset_at_point(point)
        if probe is None:
            return []
        return self.project.annotations_in(self.article.id, probe, probe)

    def descriptions_at(self, offset: int) -> list[str]:
        """What the decorations say about their marks over canonical ``offset`` (plain text)."""
        found = []
        for decoration in (*self._span_decorations, *self._overlays):
            if isinstance(decoration, DescribedDecoration):
                text = decoration.describe(offset)
                if text:
                    found.append(text)
        return found

    def hover_html(self, point: QPoint) -> str:
        """The card for ``point``: its annotations' tags and notes, then what the
        decorations say about their marks there ("" when nothing is there)."""
        annotations = self._annotations_at_point(point)
        parts = [self.card_html(annotations)] if annotations else []
        probe = self._offset_at_point(point)
        if probe is not None:
            parts.extend(escaped(text) for text in self.descriptions_at(probe))
        return "<hr>".join(parts)

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering a highlight shows its tags and note (and what other marks mean)."""
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            html = self.hover_html(event.pos())
            if html:
                QToolTip.showText(event.globalPos(), html, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- mouse selections snap to whole words (Alt, or the preference off: exact) ---------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a selection; a plain left press (or Shift+press) snaps it to words."""
        super().mousePressEvent(event)
        self._snap_anchor = None
        modifiers = event.modifiers()
        if (
            event.button() != Qt.MouseButton.LeftButton
            or not style.snap_words
            or modifiers & Qt.KeyboardModifier.AltModifier
        ):
            return
        cursor = self.textCursor()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._snap_anchor = cursor.anchor()
        elif not cursor.hasSelection():  # a selection here: a triple click took a paragraph
            self._snap_anchor = cursor.position()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double click selects a word and drags by words (Qt's own): no snapping on top."""
        super().mouseDoubleClickEvent(event)
        self._snap_anchor = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Extend the selection; show it snapped to whole words while dragging."""
        super().mouseMoveEvent(event)
        if self._snap_anchor is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._snap_selection(self._snap_anchor)

    def _snap_selection(self, anchor: int) -> None:
        """Select from display ``anchor`` to the cursor, widened to whole words."""
        from desktop_app.core.word_snap import snap_to_words  # regex: not before first paint

        position = self.textCursor().position()
        offsets = self.plan.offsets
        start = offsets.to_canonical(min(anchor, position), forward=True)
        end = offsets.to_canonical(max(anchor, position))
        if start >= end:
            return
        start, end = snap_to_words(self.article.text, start, end)
        first, last = offsets.to_display(start), offsets.to_display(end)
        new_anchor, new_position = (first, last) if anchor <= position else (last, first)
        cursor = self.textCursor()
        if (cursor.anchor(), cursor.position()) == (new_anchor, new_position):
            return
        cursor.setPosition(new_anchor)
        cursor.setPosition(new_position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End a selection (snapped to words); clicking a highlight shows its card too."""
        super().mouseReleaseEvent(event)
        if self._snap_anchor is not None and event.button() == Qt.MouseButton.LeftButton:
            self._snap_selection(self._snap_anchor)
        self._snap_anchor = None
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            annotations = self._annotations_at_point(event.position().toPoint())
            if annotations:
                global_pos = self.viewport().mapToGlobal(event.position().toPoint())
                QToolTip.showText(global_pos, self.card_html(annotations), self.viewport())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Tag, note and delete, then the usual copy and select-all."""
        menu = QMenu(self)
        if self._context_actions is not None:
            for action in self._context_actions():
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            menu.addSeparator()
        standard = self.createStandardContextMenu(event.pos())
        for action in standard.actions():
            menu.addAction(action)
        menu.exec(event.globalPos())
        standard.deleteLater()
        menu.deleteLater()


def _chip(name: str, colour: str) -> str:
    style = f"background:{escaped(colour)};color:#000;"
    return f'<span style="{style}">&nbsp;{escaped(name)}&nbsp;</span>'
