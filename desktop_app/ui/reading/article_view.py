"""The text of one article, typeset for reading, with highlights, stripes and hover cards.

The view owns no annotation state: it reads the project and repaints when the project
announces a change to its article. It speaks canonical code-point offsets to the rest of
the app and converts to Qt's display positions only here, through the pane's OffsetMap.
Three mixins answer the rest: ``view_tags`` (the tagged passages), ``view_geometry`` (where
the text is on screen) and ``view_pointer`` (hover cards, word snapping, the menu).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from desktop_app.core.layout import DisplayPlan, Role, plan_display
from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation, Article, Code
from desktop_app.core.themes import Theme
from desktop_app.ui.preferences.theme import current_theme, reading_font, style
from desktop_app.ui.reading.decorations import (
    Gutter,
    GutterDecoration,
    OverlayDecoration,
    SpanDecoration,
)
from desktop_app.ui.reading.highlighter import AnnotationHighlighter, AnnotationSpans
from desktop_app.ui.reading.margin import TagStripes
from desktop_app.ui.reading.note_marks import NoteMarks
from desktop_app.ui.reading.reading_ahead import ReadingAhead
from desktop_app.ui.reading.shown_blocks import ShownBlocks
from desktop_app.ui.reading.view_geometry import TextOnScreen
from desktop_app.ui.reading.view_pointer import PointerReading
from desktop_app.ui.reading.view_tags import TagQueries

FLASH_MS = 900
#: Blocks around the viewport whose highlights are laid eagerly (the rest when painted).
_EAGER_BLOCKS = 160
_PAD = 28  # breathing room between the stripes and the text, and at the right


class ArticleView(PointerReading, TextOnScreen, TagQueries, QPlainTextEdit):
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
        #: Makes the blocks near the viewport ready while the reader pauses.
        self.reading_ahead = ReadingAhead(self, self._highlighter, range(0, 0))
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

    # -- decorations (``decorations``: the one seam every feature plugs into) ---------------

    def decorate(self, decoration: object) -> None:
        """Plug ``decoration`` in as whatever it is: a span decoration (its formats laid over
        the text after those already there), a gutter decoration (a lane right of those
        already there) and/or an overlay (painted over the text)."""
        plugged = False
        if isinstance(decoration, SpanDecoration):
            self._span_decorations.append(decoration)
            self._redecorate_marked_by(decoration)
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
            self._redecorate_marked_by(decoration)  # (asked while it still marks them)
            self._span_decorations.remove(decoration)
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
        """Repaint the decorations of canonical ``[start, end)`` (default: everything).

        Span decorations lay formats over the text and never move it, so the blocks are
        only marked pending: those on screen are laid when the viewport next paints, those
        near it while the reader pauses (``reading_ahead``), the rest when scrolled to.
        Nothing far away is highlighted or laid out again now (turning compare mode on
        re-highlighted both texts whole, and every block's lines were laid out anew)."""
        document = self.document()
        if start is None or end is None:
            blocks = range(document.blockCount())
        else:
            offsets = self.plan.offsets
            first = document.findBlock(offsets.to_display(start)).blockNumber()
            last = document.findBlock(offsets.to_display(end)).blockNumber()
            blocks = range(first, last + 1)
        self._highlighter.defer(blocks)
        self.viewport().update()

    def _redecorate_marked_by(self, decoration: SpanDecoration) -> None:
        """Repaint the blocks ``decoration`` marks (none when it marks nothing yet)."""
        for start, end, _format in decoration.formats(0, len(self.article.text)):
            self.redecorate(start, end)

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

    def paintEvent(self, event: QPaintEvent) -> None:
        """Lay pending highlights of what is about to be painted, then paint."""
        visible = self.visible_blocks()
        highlighter = self._highlighter
        highlighter.window = range(
            max(0, visible.start - _EAGER_BLOCKS // 2), visible.stop + _EAGER_BLOCKS // 2
        )
        highlighter.ensure(visible)
        self.reading_ahead.painted(visible)  # (the walk waits while scrolling goes on)
        super().paintEvent(event)
        if self._overlays:
            painter = QPainter(self.viewport())
            for overlay in self._overlays:
                painter.save()
                overlay.paint_over(painter, self)
                painter.restore()
            painter.end()

    def blocks_ready_ahead(self) -> bool:
        """True when every block within reach of the viewport is highlighted and laid out."""
        return self.reading_ahead.ready()

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
