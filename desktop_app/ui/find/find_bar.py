"""Find in the active pane (Ctrl+F): a find bar under the text that marks every match.

Typing marks the matches (any case, optionally whole words) and selects the first one after
the cursor, so a tag key tags it; Enter or F3 goes to the next, Shift+Enter or Shift+F3 to
the previous, Escape closes. Matching is ``core.search.find_all`` on the canonical text;
the marks are extra selections converted through the pane's offset map. Find in all
articles lives in ``ui.find_results``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop_app.core.search import Hit, find_all
from desktop_app.ui.find.tag_results import tag_results
from desktop_app.ui.shell.commands import swatch_icon
from desktop_app.ui.shell.plain_text import action_text

if TYPE_CHECKING:
    from desktop_app.ui.reading.article_pane import ArticlePane
    from desktop_app.ui.shell.host import Host

#: More marks than this are not painted (extra selections slow down past ~1k); all count.
MAX_MARKS = 1000
#: Match marks: a yellow marker with an amber underline, unlike any tag's highlight.
MATCH_LIGHT, MATCH_DARK, MATCH_LINE = "#FFF0A0", "#6B5500", "#D08A00"


class FindBar(QFrame):
    """The bar: query, whole-words switch, "3 of 12", previous, next, close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName("Find in article")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.line = QLineEdit(placeholderText="Find in this article")
        self.line.setAccessibleName("Find text")
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(260)
        self.whole_words = QCheckBox("&Whole words")
        self.whole_words.setAccessibleName("Match whole words only")
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(110)
        self.previous = _tool_button("▲", "Previous match (Shift+Enter, Shift+F3)")
        self.next = _tool_button("▼", "Next match (Enter, F3)")
        self.close_button = _tool_button("✕", "Close the find bar (Esc)")
        self.tag_all = QToolButton()
        self.tag_all.setObjectName("findTagAll")
        self.tag_all.setText("Tag All")
        self.tag_all.setToolTip("Tag every match in this article with a code (one undo step)")
        self.tag_all.setAccessibleName("Tag all matches")
        self.tag_all.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_all.setAutoRaise(True)
        self.tag_menu = QMenu(self.tag_all)
        self.tag_all.setMenu(self.tag_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.count)
        layout.addWidget(self.whole_words)
        layout.addWidget(self.tag_all)
        layout.addStretch(0)
        layout.addWidget(self.close_button)


def _tool_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class PaneFinder(QObject):
    """Runs the find bar against the active pane of one window."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.window = window
        self.bar = FindBar(window.widget)
        self.bar.hide()
        self.pane: ArticlePane | None = None
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        bar = self.bar
        bar.line.textChanged.connect(lambda _text: self.refresh(move=True))
        bar.whole_words.toggled.connect(lambda _on: self.refresh(move=True))
        bar.previous.clicked.connect(lambda: self.go(forward=False))
        bar.next.clicked.connect(lambda: self.go(forward=True))
        bar.close_button.clicked.connect(self.close)
        bar.tag_menu.aboutToShow.connect(self._fill_tag_menu)
        bar.line.installEventFilter(self)
        add = window.commands.add
        actions = [
            add("find.in_pane", "&Find…", self.open, shortcut="Ctrl+F", tip="Find in this article"),
            add(
                "find.next",
                "Find &Next",
                lambda: self.go(forward=True),
                shortcut="F3",
                tip="Go to the next match",
            ),
            add(
                "find.previous",
                "Find Pre&vious",
                lambda: self.go(forward=False),
                shortcut="Shift+F3",
                tip="Go to the previous match",
            ),
        ]
        menu = window.menus["edit"]
        menu.addSeparator()
        for action in actions:
            menu.addAction(action)
        window.panes_changed.connect(self._on_panes_changed)

    # -- opening and closing ------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar under the active pane's text, with the selection as the query."""
        pane = self.window.active_pane()
        if pane is None:
            return
        if pane is not self.pane:
            self._clear_marks()
            self.pane = pane
            layout = pane.layout()
            assert layout is not None  # a pane is a header above its text, in a box layout
            layout.addWidget(self.bar)
        self._style_for(pane)
        selected = pane.view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 80:
            self.bar.line.setText(selected)
        self.bar.show()
        self.bar.line.setFocus()
        self.bar.line.selectAll()
        self.refresh(move=False)

    def close(self) -> None:
        """Hide the bar and its marks; the text keeps the current match selected."""
        self._clear_marks()
        self.bar.hide()
        if self.pane is not None:
            self.pane.view.setFocus()

    def _on_panes_changed(self) -> None:
        if self.pane is not None and self.pane not in self.window.reader.panes:
            self.bar.hide()
            self.bar.setParent(self.window.widget)
            self.bar.hide()
            self.pane = None
            self.matches, self.current = [], -1

    def _style_for(self, pane: ArticlePane) -> None:
        theme = pane.view.theme
        background = "#26282C" if theme.dark else "#F1EFEA"
        self.bar.setStyleSheet(
            f"QFrame#findBar {{ background: {background}; border-top: 1px solid {theme.rule}; }}"
        )

    # -- searching ------------------------------------------------------------------------------

    def refresh(self, *, move: bool) -> None:
        """Find the query again, mark the matches, and (when typing) go to the nearest one."""
        if self.pane is None:
            return
        view = self.pane.view
        needle = self.bar.line.text()
        self.matches = find_all(
            view.article.text, needle, whole_words=self.bar.whole_words.isChecked()
        )
        self.current = -1
        if self.matches:
            cursor = view.selection_span()
            here = cursor[0] if cursor else view.cursor_offset()
            self.current = next(
                (i for i, (start, _) in enumerate(self.matches) if start >= here), 0
            )
            if move:
                view.select_span(*self.matches[self.current])
        self._paint()

    def go(self, *, forward: bool) -> None:
        """Select the next (or previous) match, wrapping around the article."""
        if not self.bar.isVisible() or self.pane is not self.window.active_pane():
            self.open()
        if self.pane is None or not self.matches:
            return
        view = self.pane.view
        matches = self.matches
        selected = view.selection_span()
        if selected is not None and selected in matches:
            step = 1 if forward else -1
            self.current = (matches.index(selected) + step) % len(matches)
        else:
            here = selected[0] if selected else view.cursor_offset()
            if forward:
                self.current = next((i for i, (s, _) in enumerate(matches) if s >= here), 0)
            else:
                before = [i for i, (s, _) in enumerate(matches) if s < here]
                self.current = before[-1] if before else len(matches) - 1
        view.select_span(*matches[self.current])
        self._paint()

    def _paint(self) -> None:
        count = len(self.matches)
        bar = self.bar
        if not bar.line.text().strip():
            bar.count.setText("")
        elif not count:
            bar.count.setText("No matches")
        else:
            bar.count.setText(f"{self.current + 1} of {count}")
        bar.count.setAccessibleName(bar.count.text())
        bar.tag_all.setEnabled(bool(count))
        if self.pane is None:
            return
        view = self.pane.view
        offsets = view.plan.offsets
        dark = view.theme.dark
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(MATCH_DARK if dark else MATCH_LIGHT))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(MATCH_LINE))
        if dark:
            fmt.setForeground(QColor("#FFFFFF"))
        first = max(0, self.current - MAX_MARKS // 2)
        selections = []
        for start, end in self.matches[first : first + MAX_MARKS]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(offsets.to_display(start))
            cursor.setPosition(offsets.to_display(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        view.setExtraSelections(selections)

    def _fill_tag_menu(self) -> None:
        menu = self.bar.tag_menu
        menu.clear()
        for code in self.window.document.project.codes:
            action = menu.addAction(swatch_icon(code.color), action_text(code.name))
            action.triggered.connect(lambda _checked=False, c=code.id: self.tag_all(c))
        if menu.isEmpty():
            menu.addAction("The codebook has no codes").setEnabled(False)

    def tag_all(self, code_id: str) -> bool:
        """Tag every match in the pane with a code, after asking (one undo step)."""
        if self.pane is None or not self.matches:
            return False
        article = self.pane.article_id
        hits = [Hit(article, start, end) for start, end in self.matches]
        return tag_results(self.window, hits, code_id)

    def marked_spans(self) -> list[tuple[int, int]]:
        """Canonical spans marked in the pane now (for tests and screen readers)."""
        if self.pane is None:
            return []
        offsets = self.pane.view.plan.offsets
        return [
            (
                offsets.to_canonical(s.cursor.selectionStart(), forward=True),
                offsets.to_canonical(s.cursor.selectionEnd()),
            )
            for s in self.pane.view.extraSelections()
        ]

    def _clear_marks(self) -> None:
        if self.pane is not None and self.pane in self.window.reader.panes:
            self.pane.view.setExtraSelections([])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter: next; Shift+Enter: previous; Escape: close."""
        if watched is self.bar.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.go(forward=not shift)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)


def install(window: Host) -> None:
    """Add Find (Ctrl+F, F3, Shift+F3) and Find in All Articles (Ctrl+Shift+F)."""
    from desktop_app.ui.find.find_results import FindResults

    window.add_feature(PaneFinder(window))
    window.add_feature(FindResults(window))
