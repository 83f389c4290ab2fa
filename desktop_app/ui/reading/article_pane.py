"""One article on screen: a header (title, outlet, date, author) above its text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.core.project import Change, Project
from desktop_app.core.records import Article
from desktop_app.core.themes import Theme
from desktop_app.ui.preferences.theme import DEFAULT_POINT_SIZE, reading_font, style
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.reading.elided_label import ElidedLabel
from desktop_app.ui.shell.plain_text import tooltip_text


def format_date(value: str) -> str:
    """``2025-11-06`` -> ``6 November 2025``; anything else unchanged."""
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{parsed.day} {parsed:%B %Y}"


#: Said on hovering a header when an article has no outlet, date or author: an invitation,
#: not an error, and not a line repeated in every pane.
NO_DETAILS = (
    "No outlet, date or author yet: Article ▸ Edit Details… (Ctrl+Shift+M), or double-click here"
)


def meta_line(article: Article) -> str:
    """Outlet · date · author, as one line for the header (what is known, nothing more)."""
    parts = [article.outlet] if article.outlet else []
    if article.date:
        when = format_date(article.date)
        parts.append(f"{when} (event date)" if article.date_kind == "event" else when)
    if article.author:
        parts.append(article.author)
    return "  ·  ".join(parts)


def opens_with_title(article: Article) -> bool:
    """True when the text's first line is the title: the header need not say it again."""
    first = next((line for line in article.text.splitlines() if line.strip()), "")
    return _folded(first) == _folded(article.title) != ""


def _folded(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".:")


class ArticlePane(QWidget):
    """Header plus :class:`ArticleView` for one article."""

    #: What the header holds changed, so its natural height may have (``align_headers``).
    header_changed = Signal()

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
        self.article_id = article.id
        self.setObjectName("articlePane")
        self.view = ArticleView(project, article, context_actions=context_actions, parent=self)
        theme = self.view.theme

        # One line each, elided to fit: a header is one line when the text opens with the
        # title (the details and the tools share it) or when no details are known, and two
        # (title, details) at most, however narrow the pane.
        self.title = ElidedLabel(object_name="paneTitle")
        self.meta = ElidedLabel(object_name="paneMeta")

        header = QFrame()
        header.setObjectName("paneHeader")
        header.setAutoFillBackground(True)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 8, 24, 6)
        header_layout.setSpacing(2)
        top_row = QHBoxLayout()
        top_row.setSpacing(12)
        top_row.addWidget(self.title, 1)
        top_row.addStretch(0)  # keeps the tools at the right whatever the row holds
        #: Features add small controls here, at the header's top right.
        self.header_tools = QHBoxLayout()
        top_row.addLayout(self.header_tools)
        header_layout.addLayout(top_row)
        header_layout.addWidget(self.meta)
        header_layout.addStretch(1)  # a header made as tall as its neighbours keeps to the top
        self._header_layout = header_layout
        self._top_row = top_row
        self._meta_on_top = False
        #: The header frame (title and metadata line).
        self.header = header
        header.installEventFilter(self)
        rule = QFrame()
        rule.setObjectName("paneRule")
        rule.setFixedHeight(3)
        #: The line under the header; a thick accent bar when this is the active pane.
        self.rule = rule
        self.marked = False
        self._details = ""
        self._note = ""
        self.restyle(theme)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(rule)
        layout.addWidget(self.view, 1)
        self._show_metadata(article)
        project.changed.connect(self._on_project_changed)
        self.destroyed.connect(lambda: project.changed.disconnect(self._on_project_changed))

    def restyle(self, theme: Theme) -> None:
        """Paint the header in ``theme``, its title scaled with the reading size."""
        title_font = reading_font(14.5 * style.zoomed_size / DEFAULT_POINT_SIZE)
        title_font.setBold(True)
        self.title.setFont(title_font)
        palette = self.header.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.paper))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.heading))
        self.header.setPalette(palette)
        meta_palette = self.meta.palette()
        meta_palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.muted))
        self.meta.setPalette(meta_palette)
        self.set_marked(self.marked, force=True)

    def set_marked(self, marked: bool, *, force: bool = False) -> None:
        """Mark this pane as the one commands act on: the thin rule under its header becomes
        a thicker accent bar (told by colour and by weight; the height stays, nothing moves).

        Called on every focus change: it restyles only when the mark (or, with ``force``,
        the theme) changed, since a style sheet re-polishes the widget.
        """
        if marked == self.marked and not force:
            return
        self.marked = marked
        theme = self.view.theme
        if marked:
            look = f"background: {theme.accent};"
        else:
            look = f"background: {theme.paper}; border-bottom: 1px solid {theme.rule};"
        self.rule.setStyleSheet(f"QFrame#paneRule {{ {look} }}")

    def _show_metadata(self, article: Article) -> None:
        self.title.set_full_text(article.title)
        details = meta_line(article)
        self.meta.set_full_text(details)
        # The text's own first line is the title: say it once, in the text, and let the
        # details (if any) take the header's only line, beside the tools. Missing details
        # are no line of their own: the invitation to add them is in the tooltip.
        title_shown = not opens_with_title(article)
        self.title.setVisible(title_shown)
        self.meta.setVisible(bool(details))
        self._put_meta_on_top(not title_shown)
        self._details = details
        self._update_header_tip()
        self.setAccessibleName(f"Article: {article.title}")
        self.header.setAccessibleDescription(details or NO_DETAILS)

    def natural_header_height(self) -> int:
        """How tall the header's content wants to be (one line or two, with the margins)."""
        return self._header_layout.sizeHint().height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tell when the header's content changed (details, tools added by features)."""
        if watched is self.header and event.type() == QEvent.Type.LayoutRequest:
            self.header_changed.emit()
        return False

    def _put_meta_on_top(self, on_top: bool) -> None:
        """The details line in the top row (beside the tools) or under the title."""
        if on_top == self._meta_on_top:
            return
        self._meta_on_top = on_top
        if on_top:
            self._header_layout.removeWidget(self.meta)
            self._top_row.insertWidget(0, self.meta, 1)
        else:
            self._top_row.removeWidget(self.meta)
            self._header_layout.addWidget(self.meta)

    def set_article_note(self, note: str) -> None:
        """Tell the article's note (a memo on the whole article) when the header is hovered."""
        self._note = note
        self.title.setAccessibleDescription(f"Article note: {note}" if note else "")
        self._update_header_tip()

    def _update_header_tip(self) -> None:
        """The header's tooltip: the full title and details (elided on screen), and the note."""
        article = self.project.articles.get(self.article_id)
        title = article.title if article is not None else self.title.full_text()
        lines = [title, self._details or NO_DETAILS]
        if self._note:
            lines += ["", f"Article note:\n{self._note}"]
        self.header.setToolTip(tooltip_text("\n".join(lines).strip()))

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.new, Article) and change.new.id == self.article_id:
            self._show_metadata(change.new)


def align_headers(panes: list[ArticlePane]) -> None:
    """Make the headers of panes side by side equally tall (the tallest's natural height), so
    that their texts start on one line; each header's own content keeps to its top."""
    natural = [pane.natural_header_height() for pane in panes]
    tallest = max(natural, default=0)
    for pane in panes:
        if pane.header.minimumHeight() != tallest:
            pane.header.setMinimumHeight(tallest)
