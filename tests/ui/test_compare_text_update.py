"""Compare data through Update Text from File in the window: a rejected suggestion stays
rejected (and no other is hidden), an absence keeps its place, a link its passages; undo
restores them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.link_edits import absences, link_passages
from desktop_app.ui.compare.commands import CompareCommands
from desktop_app.ui.compare.links_panel import LinksPanel
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import BACKGROUND_WORK_MS, FakePrompter

ALT = Qt.KeyboardModifier.AltModifier
LEAD = "Editor’s note: this story was corrected on Friday.\n\n"


def _passages(mode: CompareMode, indexes: object) -> list[tuple[str, str]]:
    assert mode.comparison is not None
    pairs = mode.comparison.pairs
    return sorted((pairs[i].a.text, pairs[i].b.text) for i in indexes)  # type: ignore[attr-defined]


def test_update_text_keeps_the_rejection_on_its_pair_and_the_absence_in_place(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    commands = window.feature(CompareCommands)
    project = window.document.project
    view_a, view_b = (pane.view for pane in window.reader.panes)
    # Reject the second pair (its B passage is in the first pair too) with the keyboard.
    commands.go_to_pair(1)
    view_a.setFocus()
    qtbot.keyClick(view_a, Qt.Key.Key_Backspace, ALT)
    rejected = _passages(mode, mode.gutter.hidden)
    assert len(rejected) == 1
    # An absence in A: A is silent on B's opening passage.
    text_a = view_a.article.text
    view_b.setFocus()
    view_b.select_span(0, 40)
    prompter.picked_codes.append(project.codes.at(2).id)
    window.commands["compare.absent"].trigger()
    (absence,) = absences(project, view_a.article.id)
    absence_offset = absence.start
    assert absence_offset > 0

    # A link made by hand between the two articles.
    link_a = text_a.index("critical minerals")
    link_b = view_b.article.text.index("Abraham Accords")
    window.document.push(
        link_passages(
            project,
            (view_a.article.id, link_a, link_a + 17),
            (view_b.article.id, link_b, link_b + 15),
            "adds detail",
        )
    )
    (link,) = (k for k in project.links if k.relation == "adds detail")

    old = mode.comparison
    path = tmp_path / "corrected.txt"
    path.write_text(LEAD + text_a.replace("\n\n", "\n\nAdded line.\n\n", 1), encoding="utf-8")
    view_a.setFocus()
    prompter.import_choices.append([path])
    window.commands["article.update_text"].trigger()
    qtbot.waitUntil(lambda: mode.comparison not in (None, old), timeout=BACKGROUND_WORK_MS)
    assert _passages(mode, mode.gutter.hidden) == rejected
    (moved,) = absences(project, view_a.article.id)
    assert moved.anchor != "orphaned"
    new_text = project.articles[view_a.article.id].text
    assert moved.start > absence_offset
    assert new_text[moved.start : moved.start + 20] == text_a[absence_offset : absence_offset + 20]
    # The link joins the same passages, now further down A.
    source = project.annotations[link.source]
    assert source.start > link_a
    assert new_text[source.start : source.end] == "critical minerals"
    assert project.links[link.id] == link
    panel = window.feature(LinksPanel)
    assert any(panel.link_in_row(row) == link for row in range(panel.table.model().rowCount()))

    updated = mode.comparison
    window.commands["edit.undo"].trigger()
    qtbot.waitUntil(lambda: mode.comparison is not updated, timeout=BACKGROUND_WORK_MS)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    assert _passages(mode, mode.gutter.hidden) == rejected
    assert absences(project, view_a.article.id)[0].start == absence_offset
