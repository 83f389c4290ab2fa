"""Find in all articles (Ctrl+Shift+F): a dock listing every match with its context.

Results are grouped by article; activating one shows its article in a pane (in place of
the active pane's article when it is not shown) and selects the passage. "Tag All…" tags
every result with the chosen code as one undo step, after asking how many passages in how
many articles it will tag (``core.search.tag_all``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project import Change
from desktop_app.core.records import Article, Code
from desktop_app.core.search import Hit, search_project, snippet
from desktop_app.core.wording import counted
from desktop_app.ui.find.tag_results import tag_results
from desktop_app.ui.shell.commands import swatch_icon
from desktop_app.ui.shell.plain_text import plain_label, tooltip_text

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
#: Results listed at most (all of them count and are tagged).
MAX_LISTED = 2000
TYPING_PAUSE_MS = 250
EMPTY_HINT = "Type a word or phrase to find it in every article."


class SnippetDelegate(QStyledItemDelegate):
    """Draws a result's context with the match in bold on a soft marker."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        parts = index.data(SNIPPET_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = _snippet_document(parts, option, selected)
        painter.save()
        top = option.rect.top() + (option.rect.height() - document.size().height()) / 2
        painter.translate(option.rect.left() + 4, top)
        clip = QRectF(0, 0, option.rect.width() - 8, option.rect.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


def _snippet_document(
    parts: tuple[str, str, str], option: QStyleOptionViewItem, selected: bool
) -> QTextDocument:
    before, match, after = (html.escape(p) for p in parts)
    marker = "" if selected else "background:#FFF0A0;color:#1D1F23;"
    document = QTextDocument()
    document.setDefaultFont(option.font)
    document.setDocumentMargin(0)
    document.setHtml(
        f"<span style='white-space:pre'>{before}<b style='{marker}'>{match}</b>{after}</span>"
    )
    return document


class FindResults(QWidget):
    """The dock's content: query, summary, results tree, "Tag all results with"."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.main_window = window
        self.setObjectName("findResults")
        self.hits: list[Hit] = []
        self.query = QLineEdit(placeholderText="Find in all articles")
        self.query.setAccessibleName("Find in all articles")
        self.query.setClearButtonEnabled(True)
        self.whole_words = QCheckBox("Whole wor&ds")
        self.summary = plain_label(EMPTY_HINT)
        self.summary.setObjectName("findSummary")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Find results")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setItemDelegate(SnippetDelegate(self.tree))
        self.tree.setAlternatingRowColors(False)
        self.code_choice = QComboBox()
        self.code_choice.setAccessibleName("Tag to give every result")
        self.tag_button = QPushButton("Ta&g All…")
        self.tag_button.setToolTip("Tag every result with the chosen tag (one undo step)")
        self.tag_button.setEnabled(False)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.query, 1)
        top.addWidget(self.whole_words)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(QLabel("Tag all results with"))
        bottom.addWidget(self.code_choice)
        bottom.addWidget(self.tag_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _text: self._typing.start())
        self.query.returnPressed.connect(self.run)
        self.query.installEventFilter(self)
        self.whole_words.toggled.connect(lambda _on: self.run())
        self.tree.itemActivated.connect(lambda item, _column: self.show_hit(item))
        self.tag_button.clicked.connect(self.tag_all)

        self.dock = window.add_panel("Find in All Articles", "findResultsDock", self)
        action = window.commands.add(
            "find.all_articles",
            "Find in &All Articles…",
            self.open,
            shortcut="Ctrl+Shift+F",
            tip="Find a word or phrase in every article and list the passages",
        )
        window.menus["edit"].addAction(action)
        window.follow_project(self._on_project_changed)
        window.document_changed.connect(self._bind)
        self._bind()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the query goes to the first result."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            group = self.tree.topLevelItem(0)
            first = group.child(0) if group is not None and group.childCount() else None
            if event.key() == Qt.Key.Key_Down and first is not None:
                self.tree.setFocus()
                self.tree.setCurrentItem(first)
                return True
        return super().eventFilter(watched, event)

    # -- binding to the project ----------------------------------------------------------------

    def _bind(self) -> None:
        self._fill_codes()
        self.run()

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.record, Code):
            self._fill_codes()
        elif isinstance(change.record, Article) and (
            change.kind != "changed"
            or (
                isinstance(change.old, Article)
                and isinstance(change.new, Article)
                and change.old.text != change.new.text
            )
        ):
            self.run()  # results are offsets into the text: a new text needs a new search

    def _fill_codes(self) -> None:
        current = self.code_choice.currentData()
        self.code_choice.clear()
        for code in self.main_window.document.project.codes:
            self.code_choice.addItem(swatch_icon(code.color), code.name, code.id)
        self.code_choice.setCurrentIndex(max(0, self.code_choice.findData(current)))

    # -- searching -----------------------------------------------------------------------------

    def open(self) -> None:
        """Show the dock with the query focused (the pane's selection, if short, as query)."""
        pane = self.main_window.active_pane()
        if pane is not None:
            selected = pane.view.textCursor().selectedText()
            if selected and "\u2029" not in selected and len(selected) <= 80:
                self.query.setText(selected)
                self.run()
        self.dock.show()
        self.dock.raise_()
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        """Search every article for the query and list what was found."""
        self._typing.stop()
        project = self.main_window.document.project
        needle = self.query.text()
        self.hits = search_project(project, needle, whole_words=self.whole_words.isChecked())
        self.tree.clear()
        by_article: dict[str, list[Hit]] = {}
        for hit in self.hits:
            by_article.setdefault(hit.article, []).append(hit)
        listed = 0
        for article_id, hits in by_article.items():
            article = project.articles[article_id]
            group = QTreeWidgetItem([f"{article.title}  ·  {counted(len(hits), 'match')}"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in hits[: max(0, MAX_LISTED - listed)]:
                parts = snippet(article.text, hit.start, hit.end)
                item = QTreeWidgetItem(group, ["".join(parts)])
                item.setData(0, HIT_ROLE, hit)
                item.setData(0, SNIPPET_ROLE, parts)
                item.setToolTip(0, tooltip_text("".join(parts)))
            listed += len(hits)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self._summarise(needle, len(by_article))

    def _summarise(self, needle: str, articles: int) -> None:
        if not needle.strip():
            text = EMPTY_HINT
        elif not self.hits:
            text = f"No passage matches “{needle.strip()}”."
        else:
            text = f"{counted(len(self.hits), 'passage')} in {counted(articles, 'article')}"
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.tag_button.setEnabled(bool(self.hits))

    def show_hit(self, item: QTreeWidgetItem) -> None:
        """Show a result's passage selected in a pane."""
        hit = item.data(0, HIT_ROLE)
        if not isinstance(hit, Hit):
            return
        window = self.main_window
        pane = window.reader.pane_for_article(hit.article)
        if pane is None:
            shown = [p.article_id for p in window.reader.panes]
            active = window.active_pane()
            slot = window.reader.panes.index(active) if active in window.reader.panes else 0
            if shown:
                shown[slot] = hit.article
            else:
                shown = [hit.article]
            window.show_articles(shown)
            pane = window.reader.pane_for_article(hit.article)
            if pane is None:
                return
        pane.view.setFocus()
        pane.view.select_span(hit.start, hit.end)

    def tag_all(self) -> None:
        """Tag every result with the chosen code, after asking; one undo step."""
        tag_results(self.main_window, self.hits, self.code_choice.currentData())
