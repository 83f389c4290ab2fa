"""Driving the real widgets like a user: selecting text, pressing keys, reading paint."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui.reading.article_view import ArticleView
from desktop_app.ui.shell.prompts import UnsavedChoice

if TYPE_CHECKING:
    from desktop_app.ui.compare.mode import CompareMode
    from desktop_app.ui.shell.main_window import MainWindow


#: How long a test may wait for work done off the GUI thread (a comparison): far more
#: than it takes on an idle machine, enough for a loaded 2-core CI machine. The waits
#: end as soon as their condition holds; only a real hang waits this long.
BACKGROUND_WORK_MS = 30_000


@dataclass
class FakePrompter:
    """Scripted answers to the app's questions; records what it was asked."""

    save_paths: list[Path | None] = field(default_factory=list)
    open_paths: list[Path | None] = field(default_factory=list)
    notes: list[str | None] = field(default_factory=list)
    import_choices: list[list[Path]] = field(default_factory=list)
    export_paths: list[Path | None] = field(default_factory=list)
    unsaved: list[UnsavedChoice] = field(default_factory=list)
    confirmations: list[bool] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    #: Scripted answers to ``choose`` (button labels) and ``review_report`` (open or not).
    choices: list[str] = field(default_factory=list)
    report_answers: list[bool] = field(default_factory=list)
    #: What ``choose`` was asked: (title, message, choices); the reports shown.
    questions: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    reports: list[Any] = field(default_factory=list)

    #: Scripted answers to the codebook editor's questions.
    colours: list[str | None] = field(default_factory=list)
    picked_codes: list[str | None] = field(default_factory=list)
    code_deletions: list[bool] = field(default_factory=list)
    codebook_paths: list[Path | None] = field(default_factory=list)
    #: Scripted answers to ``link_details`` ((relation, note) or None); the suggestion if empty.
    links: list[tuple[str, str] | None] = field(default_factory=list)

    #: Scripted answers for classes: the user's name, assignments; what was shown.
    names: list[str | None] = field(default_factory=list)
    assignments: list[Any] = field(default_factory=list)
    informed: list[tuple[str, str]] = field(default_factory=list)
    #: The titles file dialogs were given (import and export), in order.
    dialog_titles: list[str] = field(default_factory=list)

    def unsaved_changes(self, name: str) -> UnsavedChoice:
        self.asked.append(f"unsaved:{name}")
        return self.unsaved.pop(0)

    def save_path(self, suggested: Path) -> Path | None:
        self.asked.append("save_path")
        return self.save_paths.pop(0)

    def open_path(self, folder: Path) -> Path | None:
        self.asked.append("open_path")
        return self.open_paths.pop(0)

    def import_paths(self, folder: Path, name_filter: str, title: str = "") -> list[Path]:
        self.asked.append(f"import_paths:{name_filter}")
        self.dialog_titles.append(title)
        return self.import_choices.pop(0)

    def export_path(self, suggested: Path, name_filter: str, title: str = "") -> Path | None:
        self.asked.append(f"export_path:{suggested.name}")
        self.dialog_titles.append(title)
        return self.export_paths.pop(0)

    def edit_note(self, quote: str, note: str) -> str | None:
        self.asked.append(f"note:{quote}|{note}")
        return self.notes.pop(0)

    def error(self, title: str, message: str, details: str = "") -> None:
        self.errors.append((title, message))

    def confirm(self, title: str, message: str, action: str) -> bool:
        self.asked.append(f"confirm:{title}")
        return self.confirmations.pop(0)

    def choose(self, title: str, message: str, choices: Sequence[str], *, details: str = "") -> str:
        self.asked.append(f"choose:{title}")
        self.questions.append((title, message, tuple(choices)))
        answer = self.choices.pop(0)
        assert answer in choices, f"{answer!r} is not one of {choices}"
        return answer

    def review_report(self, report: Any, *, can_open: bool) -> bool:
        self.asked.append(f"report:{report.path.name}")
        self.reports.append(report)
        return self.report_answers.pop(0)

    def pick_colour(self, title: str, colour: str) -> str | None:
        self.asked.append(f"colour:{title}|{colour}")
        return self.colours.pop(0)

    def link_details(
        self, relations: Sequence[str], suggested: str, quotes: tuple[str, str]
    ) -> tuple[str, str] | None:
        self.asked.append(f"link:{suggested}")
        return self.links.pop(0) if self.links else (suggested, "")

    def pick_code(self, title: str, message: str, choices: Any) -> str | None:
        self.asked.append(f"pick_code:{title}|{message}")
        return self.picked_codes.pop(0)

    def confirm_delete_code(self, name: str, count: int) -> bool:
        self.asked.append(f"delete_code:{name}|{count}")
        return self.code_deletions.pop(0)

    def open_codebook_path(self, folder: Path) -> Path | None:
        self.asked.append("open_codebook_path")
        return self.codebook_paths.pop(0)

    def save_codebook_path(self, suggested: Path, name_filter: str) -> Path | None:
        self.asked.append(f"save_codebook_path:{suggested.name}")
        return self.codebook_paths.pop(0)

    def ask_name(self, current: str) -> str | None:
        self.asked.append(f"name:{current}")
        return self.names.pop(0)

    def edit_assignment(self, draft: Any) -> Any:
        self.asked.append(f"assignment:{draft.title}")
        answer = self.assignments.pop(0)
        return answer(draft) if callable(answer) else answer

    def inform(self, title: str, message: str) -> None:
        self.informed.append((title, message))


def canonical_span(view: ArticleView, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Canonical offsets of a phrase in the view's article."""
    text = view.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def select_with_keyboard(qtbot: QtBot, view: ArticleView, start: int, end: int) -> None:
    """Put the cursor at ``start`` and extend the selection to ``end`` with Shift+arrows.

    Arrow keys move visually: in right-to-left text Shift+Left moves forward, so the
    direction is chosen from the block's text direction, as a reader's fingers would.
    """
    view.setFocus()
    view.place_cursor(start)
    for _ in range(4 * (end - start) + 8):
        position = view.plan.offsets.to_canonical(view.textCursor().position())
        if position >= end:
            break
        key = Qt.Key.Key_Left if _is_rtl_at(view, position) else Qt.Key.Key_Right
        qtbot.keyClick(view, key, Qt.KeyboardModifier.ShiftModifier)
    assert view.plan.offsets.to_canonical(view.textCursor().position()) == end, "selection overshot"


def _is_rtl_at(view: ArticleView, offset: int) -> bool:
    import unicodedata

    text = view.article.text
    line_start = text.rfind("\n", 0, offset) + 1
    for char in text[line_start:]:  # the paragraph's direction: its first strong character
        bidi = unicodedata.bidirectional(char)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


def point_of(view: ArticleView, offset: int) -> QPoint:
    """Viewport point of the left edge of the character at canonical ``offset``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.plan.offsets.to_display(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.x(), rect.center().y())


def drag_select(qtbot: QtBot, view: ArticleView, start: int, end: int) -> None:
    """Select by pressing the mouse at ``start``, dragging and releasing at ``end``."""
    view.setFocus()
    view.place_cursor(start)
    view.centerCursor()  # both ends on screen, as a reader would scroll before dragging
    begin, finish = point_of(view, start), point_of(view, end)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(finish),
        QPointF(viewport.mapToGlobal(finish)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)


def painted_background(view: ArticleView, offset: int) -> QColor | None:
    """Background colour the highlighter lays over the character at canonical ``offset``.

    Highlights of blocks far from the viewport are laid when painted; ask for them first.
    """
    view.ensure_highlighted(offset)
    position = view.plan.offsets.to_display(offset)
    block = view.document().findBlock(position)
    relative = position - block.position()
    found = None
    for fmt_range in block.layout().formats():
        if fmt_range.start <= relative < fmt_range.start + fmt_range.length:
            brush = fmt_range.format.background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                found = brush.color()
    return found


def shown_text(text: str) -> str:
    """What a tooltip or an auto-format label shows for ``text``: its rich text laid out, or
    the text itself when Qt does not take it for rich text."""
    from PySide6 import QtGui

    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QtGui.QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def dense_compare_window(qtbot: QtBot) -> tuple[MainWindow, CompareMode]:
    """A 1920x1080 window comparing the dense pair (some 60 aligned pairs on screen), once
    its comparison is in."""
    from desktop_app.core.new_records import make_article, new_project
    from desktop_app.ui.compare.mode import CompareMode
    from desktop_app.ui.shell.document import ProjectDocument
    from desktop_app.ui.shell.main_window import MainWindow
    from tests.benchmarks.dense_pair import dense_pair

    wire, local = dense_pair()
    project = new_project([make_article(wire, title="Wire"), make_article(local, title="Local")])
    window = MainWindow(ProjectDocument(project), FakePrompter())
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(1920, 1080)
    with qtbot.waitExposed(window):
        window.show()
    window.show_articles(project.articles.ids()[:2])
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    return window, mode
