"""Article notes (memos on a whole article): Edit ▸ Article Note… and the pane's title tip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.memos import set_article_note
from desktop_app.core.project import Change
from desktop_app.core.records import Article
from desktop_app.ui.shell.plain_text import tooltip_text

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host


class ArticleNotes(QObject):
    """Writes the active pane's article note through the prompter, as an undoable edit."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.window = window
        action = window.commands.add(
            "edit.article_note",
            "Ar&ticle Note…",
            self.edit,
            shortcut="Ctrl+Shift+N",
            tip="Write a memo on the whole article in the active pane",
        )
        menu = window.menus["edit"]
        note_action = window.commands["edit.note"]
        following = menu.actions()
        index = following.index(note_action) if note_action in following else -1
        if 0 <= index < len(following) - 1:
            menu.insertAction(following[index + 1], action)
        else:
            menu.addAction(action)
        window.panes_changed.connect(self.show_notes)
        window.follow_project(self._on_project_changed)
        window.document_changed.connect(self.show_notes)
        self.show_notes()

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.record, Article):
            self.show_notes()

    def show_notes(self) -> None:
        """Each pane's title tells its article's note on hover."""
        articles = self.window.document.project.articles
        for pane in self.window.reader.panes:
            article = articles.get(pane.article_id)
            note = article.note if article is not None else ""
            if note and article is not None and article.note_modified is not None:
                when = article.note_modified.astimezone()
                note = f"{note}\n\n— last changed {when:%d %b %Y, %H:%M}"
            pane.title.setToolTip(tooltip_text(f"Article note:\n{note}" if note else ""))
            pane.title.setAccessibleDescription(f"Article note: {note}" if note else "")

    def edit(self) -> None:
        """Ask for the active pane's article note and set it (one undo step)."""
        pane = self.window.active_pane()
        if pane is None:
            self.window.announce("Open an article first.", 4000)
            return
        project = self.window.document.project
        article = project.articles[pane.article_id]
        note = self.window.prompter.edit_note(article.title, article.note)
        if note is None:
            return
        edit = set_article_note(project, article.id, note)
        if edit is not None:
            self.window.document.push(edit)
            self.window.announce(f"{edit.label.capitalize()}.", 3000)


def install(window: Host) -> None:
    """Add Edit ▸ Article Note… to a main window."""
    window.add_feature(ArticleNotes(window))
