"""Analysis ▸ Disagreements: two annotators' codings of one article, where they differ.

A dock picks the article and the two annotators; their layers are shown side by side in
the margin (View ▸ Annotators) and every span where their codes differ is marked in the
pane with a wavy underline, the current one also overlined. F8 and Shift+F8 step through
them. "Save Feedback…" writes the HTML report of the first annotator against the second
as the reference (``exporters.feedback_report``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QListWidgetItem,
    QTextEdit,
)

from desktop_app.core.agreement.disagreements import Disagreement, disagreements
from desktop_app.core.records import Annotation, Annotator, Article
from desktop_app.ui.classroom.disagreement_panel import DisagreementPanel
from desktop_app.ui.shell.plain_text import tooltip_text

if TYPE_CHECKING:
    from desktop_app.core.project import Change
    from desktop_app.ui.reading.article_pane import ArticlePane
    from desktop_app.ui.shell.host import Host

#: The marker of a disagreement: a wavy underline in a colour no code uses by default.
MARK_COLOUR = "#C2185B"
HTML_FILTER = "HTML (*.html)"
_QUOTE_CHARS = 70


class DisagreementView(QObject):
    """The disagreements of two annotators on one article, marked and stepped through."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.found: list[Disagreement] = []
        self.current = -1
        #: Open (not closed; it may be tabbed behind another dock).
        self.active = False
        #: The annotator layers as they were before the view opened (put back on closing).
        self._layers_before: tuple[set[str], bool] | None = None
        self._marked: ArticlePane | None = None
        self.panel = DisagreementPanel()
        self.dock = host.add_panel("Disagreements", "disagreementDock", self.panel)
        panel = self.panel
        panel.article.currentIndexChanged.connect(self._on_choice)
        panel.first.currentIndexChanged.connect(self._on_choice)
        panel.second.currentIndexChanged.connect(self._on_choice)
        panel.items.currentRowChanged.connect(self._on_row)
        panel.items.itemActivated.connect(lambda _item: self.go(self.current))
        panel.previous.clicked.connect(self.previous)
        panel.next.clicked.connect(self.next)
        panel.feedback.clicked.connect(self.save_feedback)
        self.dock.toggleViewAction().toggled.connect(self._on_toggled)
        host.follow_project(self._on_project_changed)
        host.document_changed.connect(self._fill_choices)
        host.panes_changed.connect(self._mark)
        self._fill_choices()

    # -- choices ------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        project = self.host.document.project
        panel = self.panel
        for combo, records in (
            (panel.article, list(project.articles)),
            (panel.first, list(project.annotators)),
            (panel.second, list(project.annotators)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for record in records:
                label = record.title if isinstance(record, Article) else record.name
                combo.addItem(label if len(label) <= 48 else label[:47] + "…", record.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if panel.second.count() > 1 and panel.second.currentData() == panel.first.currentData():
            panel.second.blockSignals(True)
            panel.second.setCurrentIndex(1 if panel.first.currentIndex() == 0 else 0)
            panel.second.blockSignals(False)
        self.refresh()

    def choose(self, article_id: str, first: str, second: str) -> None:
        """Compare ``first`` and ``second`` (annotator ids) on an article."""
        panel = self.panel
        for combo, value in ((panel.article, article_id), (panel.first, first)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        panel.second.setCurrentIndex(max(0, panel.second.findData(second)))
        self._on_choice()

    def _on_choice(self) -> None:
        self.current = -1
        if self.active:
            self._show_layers()
        self.refresh()

    def _on_project_changed(self, change: Change) -> None:
        record = change.record
        if isinstance(record, Article | Annotator):
            self._fill_choices()
        elif isinstance(record, Annotation) and self.active:
            article = self.panel.article.currentData()
            changed = {r.article for r in (change.old, change.new) if isinstance(r, Annotation)}
            if article in changed:
                self.refresh()

    # -- computing and marking -----------------------------------------------------------------

    def pair(self) -> tuple[str | None, str | None, str | None]:
        """The article and the two annotators chosen (ids)."""
        panel = self.panel
        return panel.article.currentData(), panel.first.currentData(), panel.second.currentData()

    def refresh(self) -> None:
        """Find the disagreements again, list and mark them."""
        project = self.host.document.project
        article_id, first, second = self.pair()
        panel = self.panel
        panel.items.blockSignals(True)
        panel.items.clear()
        self.found = []
        if article_id is None or first is None or second is None or first == second:
            panel.summary.setText("Choose two different annotators to compare their coding.")
        else:
            article = project.articles[article_id]

            def coding(annotator: str) -> list[tuple[int, int, tuple[str, ...]]]:
                return [
                    (a.start, a.end, a.tags)
                    for a in project.annotations_of(article_id)
                    if a.annotator == annotator and a.anchor != "orphaned"
                ]

            self.found = disagreements(
                article.text, coding(first), coding(second), project.codes.ids()
            )
            names = panel.first.currentText(), panel.second.currentText()
            for number, found in enumerate(self.found, 1):
                item = QListWidgetItem(self.describe(found, number))
                item.setToolTip(tooltip_text(article.text[found.start : found.end]))
                panel.items.addItem(item)
            count = len(self.found)
            panel.summary.setText(
                f"{names[0]} and {names[1]} differ in {count} place{'s' if count != 1 else ''} "
                f"of “{article.title}”. F8: next, Shift+F8: previous."
                if count
                else f"{names[0]} and {names[1]} coded “{article.title}” the same way."
            )
            panel.summary.setText(f"{panel.summary.text()} {self._lane_note()}".strip())
        self.current = min(self.current, len(self.found) - 1)
        if self.current >= 0:
            panel.items.setCurrentRow(self.current)
        panel.items.blockSignals(False)
        enabled = bool(self.found)
        panel.previous.setEnabled(enabled)
        panel.next.setEnabled(enabled)
        panel.feedback.setEnabled(first is not None and second is not None and first != second)
        self._mark()

    def _lane_note(self) -> str:
        """Which margin lane is whose, when the layers are side by side."""
        from desktop_app.ui.classroom.annotator_layers import AnnotatorLayers

        lanes = self.host.feature(AnnotatorLayers).lanes()
        _, first, second = self.pair()
        if not lanes or first not in lanes or second not in lanes:
            return ""
        panel = self.panel
        ordered = sorted(
            ((lanes[first], panel.first.currentText()), (lanes[second], panel.second.currentText()))
        )
        return f"In the margin, {ordered[0][1]}'s stripes are left of {ordered[1][1]}'s."

    def describe(self, found: Disagreement, number: int) -> str:
        """One line of the list: where, who coded what, the passage's start."""
        project = self.host.document.project
        panel = self.panel

        def names(codes: tuple[str, ...]) -> str:
            return ", ".join(project.codes[c].name for c in codes if c in project.codes)

        parts = []
        if found.only_a:
            parts.append(f"{panel.first.currentText()} only: {names(found.only_a)}")
        if found.only_b:
            parts.append(f"{panel.second.currentText()} only: {names(found.only_b)}")
        article_id = panel.article.currentData()
        text = project.articles[article_id].text[found.start : found.end]
        quote = " ".join(text.split())
        if len(quote) > _QUOTE_CHARS:
            quote = quote[: _QUOTE_CHARS - 1] + "…"
        return f"{number}. {' · '.join(parts)} — “{quote}”"

    def pane(self) -> ArticlePane | None:
        """The pane showing the chosen article."""
        article_id = self.panel.article.currentData()
        return self.host.reader.pane_for_article(article_id) if article_id else None

    def _mark(self) -> None:
        """Underline every disagreement in the article's pane (and nothing elsewhere)."""
        pane = self.pane() if self.active else None
        if self._marked is not None and self._marked is not pane:
            if self._marked in self.host.reader.panes:
                self._marked.view.setExtraSelections([])
            self._marked = None
        if pane is None:
            return
        self._marked = pane
        view = pane.view
        offsets = view.plan.offsets
        selections = []
        for number, found in enumerate(self.found):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(MARK_COLOUR))
            if number == self.current:
                fmt.setFontOverline(True)
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(offsets.to_display(found.start))
            cursor.setPosition(offsets.to_display(found.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        view.setExtraSelections(selections)

    def marked_spans(self) -> list[tuple[int, int]]:
        """Canonical spans marked in the pane now (for tests and screen readers)."""
        pane = self.pane()
        if pane is None:
            return []
        offsets = pane.view.plan.offsets
        return [
            (
                offsets.to_canonical(s.cursor.selectionStart(), forward=True),
                offsets.to_canonical(s.cursor.selectionEnd()),
            )
            for s in pane.view.extraSelections()
            if s.format.underlineColor() == QColor(MARK_COLOUR)
        ]

    # -- showing and stepping ----------------------------------------------------------------------

    def open(self) -> None:
        """Show the dock, the two layers side by side, and the article."""
        from desktop_app.ui.classroom.annotator_layers import AnnotatorLayers

        if not self.active:
            layers = self.host.feature(AnnotatorLayers)
            self._layers_before = (set(layers.hidden), layers.side_by_side)
            self.active = True
        if self.dock.isHidden():
            self.dock.show()
        self.dock.raise_()
        self._show_layers()
        self.refresh()
        self.panel.first.setFocus()

    def _on_toggled(self, shown: bool) -> None:
        """Closing the dock takes the marks away and puts the layers back as they were."""
        from desktop_app.ui.classroom.annotator_layers import AnnotatorLayers

        if shown or not self.active:
            return
        self.active = False
        self._mark()
        if self._layers_before is not None:
            hidden, side_by_side = self._layers_before
            self._layers_before = None
            layers = self.host.feature(AnnotatorLayers)
            layers.show_only({key for key, _ in layers.layers() if key not in hidden})
            layers.set_side_by_side(side_by_side)

    def _show_layers(self) -> None:
        from desktop_app.ui.classroom.annotator_layers import AnnotatorLayers

        article_id, first, second = self.pair()
        if article_id is None:
            return
        if self.pane() is None:  # the article beside what is shown, or instead of it
            shown = [p.article_id for p in self.host.reader.panes if p.article_id != article_id]
            self.host.show_articles([article_id, *shown][:2])
        if first is not None and second is not None:
            layers = self.host.feature(AnnotatorLayers)
            layers.show_only({first, second})
            layers.set_side_by_side(True)
        self._mark()

    def go(self, number: int) -> None:
        """Make disagreement ``number`` (0-based) current: cursor at it, marked, announced."""
        if not self.found:
            self.host.announce("No disagreement here.", 3000)
            return
        if not self.active:
            self.open()
        self.current = number % len(self.found)
        found = self.found[self.current]
        panel = self.panel
        panel.items.blockSignals(True)
        panel.items.setCurrentRow(self.current)
        panel.items.blockSignals(False)
        self._mark()
        pane = self.pane()
        if pane is not None:
            pane.view.place_cursor(found.start)
            pane.view.centerCursor()
        item = panel.items.item(self.current)
        text = item.text() if item is not None else ""
        self.host.announce(f"Disagreement {text.split('. ', 1)[-1]}", 6000)

    def next(self) -> None:
        """Go to the next disagreement (after the last: the first)."""
        self.go(self.current + 1)

    def previous(self) -> None:
        """Go to the previous disagreement (before the first: the last)."""
        self.go(self.current - 1 if self.current >= 0 else -1)

    def _on_row(self, row: int) -> None:
        if row >= 0 and row != self.current:
            self.go(row)

    # -- feedback --------------------------------------------------------------------------------

    def save_feedback(self) -> Path | None:
        """The first annotator's feedback report against the second (HTML)."""
        from desktop_app.core.agreement import AgreementError, Source, split_reference
        from desktop_app.core.agreement.feedback import feedback
        from desktop_app.exporters.feedback_report import render_feedback
        from desktop_app.storage.atomic import write_atomic
        from desktop_app.storage.classroom_files import safe_name_part

        document = self.host.document
        project = document.project
        _, first, second = self.pair()
        if first is None or second is None or first == second:
            return None
        student_name = project.annotators[first].name
        this = Source(document.name, project)
        compared, reference = split_reference(this, second)
        student_project = split_reference(compared, first)[1]
        try:
            reports = feedback(Source(student_name, student_project.project), reference)
        except AgreementError as error:
            self.host.prompter.error("No feedback to give", f"{error}.".capitalize())
            return None
        folder = document.path.parent if document.path else Path.home()
        suggested = folder / f"Feedback - {safe_name_part(student_name, 'Student')}.html"
        path = self.host.prompter.export_path(suggested, HTML_FILTER, title="Save Feedback Report")
        if path is None:
            return None
        try:
            write_atomic(path, render_feedback(reports), keep_backup=False)
        except OSError as error:
            self.host.prompter.error(
                "Could not save the feedback", f"“{path}”: {error.strerror or error}."
            )
            return None
        self.host.announce(f"Feedback for {student_name} saved to {path.name}.", 6000)
        return path


def install(host: Host) -> None:
    """Add Analysis ▸ Disagreements… with Next (F8) and Previous (Shift+F8)."""
    from desktop_app.ui.classroom.agreement_dialog import analysis_menu

    view = DisagreementView(host)
    host.add_feature(view)
    analysis_menu(host)  # type: ignore[arg-type]
    add = host.commands.add
    actions = [
        add(
            "analysis.disagreements",
            "&Disagreements…",
            view.open,
            shortcut="Ctrl+Shift+D",
            tip="Two annotators' coding of one article: every span where they differ",
        ),
        add(
            "analysis.next_disagreement",
            "&Next Disagreement",
            view.next,
            shortcut="F8",
            tip="Go to the next span where the two annotators differ",
        ),
        add(
            "analysis.previous_disagreement",
            "&Previous Disagreement",
            view.previous,
            shortcut="Shift+F8",
            tip="Go to the previous span where the two annotators differ",
        ),
    ]
    menu = host.menus["analysis"]
    menu.addSeparator()
    menu.addActions(actions)
