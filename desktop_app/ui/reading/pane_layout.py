"""Which article each reader pane shows: choosing, adding and closing panes, kept per project.

The layout (article ids in pane order, splitter proportions, where each article was last
read) is a preference, not project data: it lives in the user's settings keyed by the
project's id, and is written only for projects saved to a file (an untitled project cannot
be reopened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QToolButton

from desktop_app import APP_NAME
from desktop_app.core.project import Change, Project
from desktop_app.core.records import Article
from desktop_app.ui.shell.plain_text import action_text

if TYPE_CHECKING:
    from desktop_app.ui.reading.article_pane import ArticlePane
    from desktop_app.ui.shell.host import Host

#: Panes shown for a project without a remembered layout.
DEFAULT_PANES = 2
#: At most this many panes side by side (``main_window.MAX_PANES``).
MAX_PANES = 4


def layout_settings() -> QSettings:
    """Where layouts are kept (tests point this at a temporary file)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "layouts")


def _load(project_id: str) -> dict[str, object]:
    raw = layout_settings().value(f"layouts/{project_id}", "")
    try:
        # msgspec (loaded already for the model) rather than json: one module less at start.
        loaded = msgspec.json.decode(str(raw)) if raw else {}
    except msgspec.DecodeError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def remembered_articles(project: Project) -> list[str]:
    """The articles to show for ``project``: its remembered layout, else the first ones."""
    saved = _load(project.info.id).get("articles", [])
    listed = saved if isinstance(saved, list) else []
    ids = [i for i in listed if isinstance(i, str) and i in project.articles][:MAX_PANES]
    return ids or project.articles.ids()[:DEFAULT_PANES]


def remembered_scrolls(project: Project) -> dict[str, int]:
    """Where each article of ``project`` was last read: article id -> first offset shown."""
    saved: object = _load(project.info.id).get("scroll", {})
    if not isinstance(saved, dict):
        return {}
    return {
        article_id: offset
        for article_id, offset in saved.items()
        if isinstance(offset, int) and offset > 0 and article_id in project.articles
    }


def remembered_sizes(project: Project) -> list[int]:
    """The remembered splitter sizes of ``project``'s panes (empty when none)."""
    sizes = _load(project.info.id).get("sizes", [])
    listed = sizes if isinstance(sizes, list) else []
    return [s for s in listed if isinstance(s, int) and s > 0]


class PaneLayout(QObject):
    """Chooses what the panes show and keeps that choice in the settings."""

    #: The user asked to edit an article's details (double-click on a pane header).
    metadata_requested = Signal(str)

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.setObjectName("paneLayout")
        self.window = window
        #: Panes of removed articles: article id -> pane index (undo puts them back).
        self._displaced: dict[str, int] = {}
        #: Articles the panes are about to show (set between an edit and the rebuild).
        self._pending: list[str] | None = None
        self._pending_focus = 0
        self.placeholder = _empty_state(window)
        window.reader.installEventFilter(self)
        window.panes_changed.connect(self._on_panes_changed)
        window.follow_project(self._on_project_changed)
        window.document_changed.connect(self._bind)
        # Dragging a divider moves it many times a second: save once it has settled.
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self.save)
        window.reader.splitterMoved.connect(lambda _pos, _index: self._save_timer.start())
        window.document_replacing.connect(self._save_now)
        window.closing.connect(self._save_now)
        self._bind()
        self._on_panes_changed()

    # -- binding ----------------------------------------------------------------------------

    def _bind(self) -> None:
        document = self.window.document
        self._displaced.clear()
        self._pending = None
        document.path_changed.connect(self.save)
        sizes = remembered_sizes(document.project)
        if len(sizes) == len(self.window.reader.panes):
            self.window.reader.setSizes(sizes)
        self._restore_scrolls(self.window.reader.panes)

    def _restore_scrolls(self, panes: list[ArticlePane]) -> None:
        """Scroll these panes to where their articles were last read (in this project),
        once their text is laid out (a layout settling later would move them again)."""
        scrolls = remembered_scrolls(self.window.document.project)
        wanted = [
            (pane, scrolls[pane.article_id]) for pane in panes if scrolls.get(pane.article_id)
        ]
        if not wanted:
            return

        def restore() -> None:
            with self.window.reader.independently():  # each where it was left
                for pane, offset in wanted:
                    if pane in self.window.reader.panes:
                        pane.view.scroll_to_offset(offset)

        restore()
        QTimer.singleShot(0, restore)

    # -- what is shown ------------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        """The article of each pane, left to right."""
        return [pane.article_id for pane in self.window.reader.panes]

    def active_index(self) -> int:
        """Index of the active pane (0 when there is none)."""
        pane = self.window.active_pane()
        panes = self.window.reader.panes
        return panes.index(pane) if pane in panes else 0

    def show(self, article_ids: list[str], focus_index: int | None = None) -> None:
        """Show these articles, keeping scroll positions and proportions where they still fit."""
        reader = self.window.reader
        old_ids = self.article_ids()
        scrolls = [p.view.verticalScrollBar().value() for p in reader.panes]
        sizes = reader.sizes()
        self.window.show_articles(article_ids[:MAX_PANES], focus_index or 0)
        fresh = []
        for index, pane in enumerate(reader.panes):
            if index < len(old_ids) and old_ids[index] == pane.article_id:
                pane.view.verticalScrollBar().setValue(scrolls[index])
            else:
                fresh.append(pane)
        self._restore_scrolls(fresh)  # an article shown again opens where it was left
        if len(sizes) == len(reader.panes) and sum(sizes) > 0:
            reader.setSizes(sizes)
        active = self.window.active_pane()
        if active is not None:
            active.view.setFocus()
        self.save()

    def set_pane_article(self, index: int, article_id: str) -> None:
        """Show ``article_id`` in pane ``index`` (a new pane when ``index`` is past the end)."""
        ids = self.article_ids()
        if index >= len(ids):
            if len(ids) >= MAX_PANES:
                return
            ids.append(article_id)
            index = len(ids) - 1
        else:
            ids[index] = article_id
        self.show(ids, focus_index=index)

    def add_pane(self, article_id: str | None = None) -> bool:
        """Add a pane at the right showing ``article_id`` (default: one not shown yet)."""
        ids = self.article_ids()
        project = self.window.document.project
        if len(ids) >= MAX_PANES or not len(project.articles):
            return False
        if article_id is None:
            unshown = [i for i in project.articles.ids() if i not in ids]
            article_id = unshown[0] if unshown else ids[self.active_index()]
        self.show([*ids, article_id], focus_index=len(ids))
        self._equalize()
        return True

    def remove_pane(self, index: int | None = None) -> bool:
        """Close pane ``index`` (default: the active one); the last pane stays."""
        ids = self.article_ids()
        if len(ids) <= 1:
            return False
        index = self.active_index() if index is None else index
        del ids[index]
        self.show(ids, focus_index=max(0, index - 1))
        self._equalize()
        return True

    def present(self, article_ids: list[str], pane_index: int | None = None) -> bool:
        """Show new articles without taking away what the reader is reading.

        In ``pane_index`` when the reader chose that pane (files dropped on it); else in
        free room up to the default number of panes. Otherwise they wait in the Articles
        list. True if the first of them is now in a pane.
        """
        if not article_ids:
            return False
        if pane_index is not None and pane_index < len(self.window.reader.panes):
            self.set_pane_article(pane_index, article_ids[0])
            return True
        ids = self.article_ids()
        fresh = [i for i in article_ids if i not in ids]
        room = max(0, DEFAULT_PANES - len(ids))
        if room and fresh:
            self.show([*ids, *fresh[:room]], focus_index=len(ids))
            self._equalize()
        return article_ids[0] in self.article_ids()

    def _equalize(self) -> None:
        reader = self.window.reader
        reader.setSizes([1000] * len(reader.panes))
        self.save()

    # -- following the project -------------------------------------------------------------

    def _on_project_changed(self, change: Change) -> None:
        if not isinstance(change.record, Article):
            return
        article = change.record
        ids = list(self._pending) if self._pending is not None else self.article_ids()
        project = self.window.document.project
        if change.kind == "removed" and article.id in ids:
            index = ids.index(article.id)
            self._displaced[article.id] = index
            others = [i for i in project.articles.ids() if i not in ids]
            if others:
                ids[index] = others[0]
            else:
                del ids[index]
            self._show_later(ids, index)
        elif change.kind == "added" and article.id in self._displaced:
            index = min(self._displaced.pop(article.id), len(ids))
            if index < len(ids):
                ids[index] = article.id
            else:
                ids.append(article.id)
            self._show_later(ids, index)
        elif change.kind == "added" and not ids:
            self._show_later([article.id], 0)

    def _show_later(self, ids: list[str], focus_index: int) -> None:
        # Rebuild the panes once the edit that removed or restored an article has finished.
        first = self._pending is None
        self._pending = ids
        self._pending_focus = focus_index
        if first:
            QTimer.singleShot(0, self._show_pending)

    def _show_pending(self) -> None:
        if self._pending is None:
            return
        project = self.window.document.project
        ids = [i for i in self._pending if i in project.articles]
        self._pending = None
        self.show(ids, self._pending_focus)

    # -- panes: header menu, double-click, remembering ---------------------------------------

    def _on_panes_changed(self) -> None:
        for number, pane in enumerate(self.window.reader.panes, start=1):
            self._decorate(pane, number)
            # Reading on is remembered once the scrolling settles (as divider moves are).
            pane.view.verticalScrollBar().valueChanged.connect(self._save_timer.start)
        self._place_placeholder()

    def _place_placeholder(self) -> None:
        reader = self.window.reader
        self.placeholder.setGeometry(reader.geometry())
        self.placeholder.setVisible(not reader.panes)
        self.placeholder.raise_()

    def _decorate(self, pane: ArticlePane, number: int) -> None:
        button = QToolButton(pane.header)
        button.setObjectName("paneMenuButton")
        button.setText("Article ▾")
        button.setAutoRaise(True)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAccessibleName(f"Choose the article of pane {number}")
        button.setToolTip("Choose the article this pane shows, edit its details, close the pane")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._fill_pane_menu(menu, pane))
        button.setMenu(menu)
        pane.header_tools.setAlignment(Qt.AlignmentFlag.AlignTop)
        pane.header_tools.addWidget(button)
        for widget in (pane.header, pane.title, pane.meta):
            widget.installEventFilter(self)

    def _fill_pane_menu(self, menu: QMenu, pane: ArticlePane) -> None:
        menu.clear()
        if pane not in self.window.reader.panes:
            return
        index = self.window.reader.panes.index(pane)
        group = QActionGroup(menu)
        for article in self.window.document.project.articles:
            action = QAction(_menu_text(article.title), menu, checkable=True)
            action.setChecked(article.id == pane.article_id)
            action.triggered.connect(
                lambda _c=False, a=article.id, i=index: self.set_pane_article(i, a)
            )
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        details = menu.addAction("Edit Details…")
        details.triggered.connect(lambda: self.metadata_requested.emit(pane.article_id))
        close = menu.addAction("Close Pane")
        close.setEnabled(len(self.window.reader.panes) > 1)
        close.triggered.connect(lambda: self.remove_pane(index))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A double-click on a pane's header asks to edit that article's details."""
        if watched is self.window.reader and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Move,
        ):
            self._place_placeholder()
        if event.type() == QEvent.Type.MouseButtonDblClick:
            for pane in self.window.reader.panes:
                if watched in (pane.header, pane.title, pane.meta):
                    self.metadata_requested.emit(pane.article_id)
                    return True
        return False

    def _save_now(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save()

    def save(self) -> None:
        """Remember the layout of a project that has a file."""
        document = self.window.document
        if document.path is None or self._pending is not None:
            return
        scrolls = remembered_scrolls(document.project)
        for pane in self.window.reader.panes:
            scrolls[pane.article_id] = pane.view.first_visible_offset()
        value = msgspec.json.encode(
            {"articles": self.article_ids(), "sizes": self.window.reader.sizes(), "scroll": scrolls}
        ).decode()
        settings = layout_settings()
        settings.setValue(f"layouts/{document.project.info.id}", value)
        settings.sync()


def _menu_text(title: str) -> str:
    shown = title if len(title) <= 70 else title[:69] + "…"
    return action_text(shown)


def _empty_state(window: Host) -> QLabel:
    """What the reader area says when the project has no article to show."""
    label = QLabel(window.widget)  # not a child of the splitter, which would make it a pane
    label.setObjectName("readerEmptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(
        "<p style='font-size:15pt'>No article to read yet</p>"
        "<p>Import files with <b>File ▸ Import…</b> (Ctrl+I), drop them here,<br>"
        "or paste text with <b>Edit ▸ Paste as New Article</b> (Ctrl+Shift+V).</p>"
    )
    label.setAccessibleName("No article to read yet")
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    label.hide()
    return label
