"""One article on screen: a header (title, outlet, date, author) above its text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.project import Change, Project
from desktop_app.core.records import Article
from desktop_app.ui.preferences.theme import DEFAULT_POINT_SIZE, Theme, reading_font, style
from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.shell.plain_text import plain


def format_date(value: str) -> str:
    """``2025-11-06`` -> ``6 November 2025``; anything else unchanged."""
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{parsed.day} {parsed:%B %Y}"


def meta_line(article: Article) -> str:
    """Outlet · date · author, as one line for the header."""
    parts = [article.outlet or "Outlet not named"]
    if article.date:
        when = format_date(article.date)
        parts.append(f"{when} (event date)" if article.date_kind == "event" else when)
    if article.author:
        parts.append(article.author)
    return "  ·  ".join(parts)


class ArticlePane(QWidget):
    """Header plus :class:`ArticleView` for one article."""

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

        self.title = plain(QLabel(objectName="paneTitle"))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = plain(QLabel(objectName="paneMeta"))
        self.meta.setWordWrap(True)

        header = QFrame(objectName="paneHeader")
        header.setAutoFillBackground(True)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 18, 24, 12)
        header_layout.setSpacing(4)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.title, 1)
        #: Features add small controls here, at the header's top right.
        self.header_tools = QHBoxLayout()
        title_row.addLayout(self.header_tools)
        header_layout.addLayout(title_row)
        #: The header frame (title and metadata line).
        self.header = header
        header_layout.addWidget(self.meta)
        rule = QFrame(objectName="paneRule")
        rule.setFixedHeight(3)
        #: The line under the header; a thick accent bar when this is the active pane.
        self.rule = rule
        self.marked = False
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
        title_font = reading_font(16.5 * style.zoomed_size / DEFAULT_POINT_SIZE)
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
        self.title.setText(article.title)
        self.meta.setText(meta_line(article))
        self.setAccessibleName(f"Article: {article.title}")

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.new, Article) and change.new.id == self.article_id:
            self._show_metadata(change.new)
