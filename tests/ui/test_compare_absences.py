"""Absence coding: "Absent in B…" on a passage of A puts a coded, empty annotation in B
between the aligned neighbours, draws a wedge in B's margin, links it, counts it, undoes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.link_edits import ABSENT, absence_counts, absences
from desktop_app.storage.project_file import load
from desktop_app.ui.compare.commands import absence_offset
from desktop_app.ui.compare.marks import absence_marker
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import BACKGROUND_WORK_MS, FakePrompter, select_with_keyboard


def test_absent_in_b_places_a_coded_marker_between_the_aligned_neighbours(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.comparison is not None, timeout=BACKGROUND_WORK_MS)
    comparison = mode.comparison
    assert comparison is not None
    project = window.document.project
    economics = project.code_by_name("economics")
    assert economics is not None
    view_a, view_b = (pane.view for pane in window.reader.panes)
    only = comparison.only_a[0]
    said: list[str] = []
    window.announced.connect(said.append)
    select_with_keyboard(qtbot, view_a, only.start, only.end)
    prompter.picked_codes.append(economics.id)
    qtbot.keyClick(
        view_a, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    found = absences(project, view_b.article.id)
    assert len(found) == 1
    absence = found[0]
    assert absence.start == absence.end
    assert absence.tags == (economics.id,)
    expected = absence_offset(
        comparison, "a", only, (len(view_a.article.text), len(view_b.article.text))
    )
    assert absence.start == expected
    before = [p for p in comparison.pairs if p.a.end <= only.start]
    if before:
        assert absence.start == max(before, key=lambda p: p.a.end).b.end
    link = project.links.at(0)
    assert link.relation == ABSENT
    assert link.target == absence.id
    source = project.annotations[link.source]
    assert (source.start, source.end) == (only.start, only.end)
    assert absence_counts(project, view_b.article.id) == {economics.id: 1}
    assert said[-1] == "Absent in B: “economics” (1 economics absence)"
    # The wedge is painted in B's margin where the passage would be.
    view_b.place_cursor(absence.start)
    view_b.centerCursor()
    wedge = absence_marker(view_b, absence.start)
    assert wedge is not None
    view_b.viewport().repaint()
    image = view_b.viewport().grab().toImage()
    centre = wedge.boundingRect().center()
    painted = image.pixelColor(int(centre.x()), int(centre.y()))
    assert painted.name().upper() != view_b.theme.paper.upper()
    # One undo takes the absence, its link and A's new annotation away.
    window.commands["edit.undo"].trigger()
    assert not absences(project)
    assert len(project.links) == 0
    assert len(project.annotations) == 0
    window.commands["edit.redo"].trigger()
    assert absence_counts(project) == {economics.id: 1}
    # Saved and opened again, the absence is still there, still linked.
    path = tmp_path / "absent.parallax.json"
    prompter.save_paths.append(path)
    window.commands["file.save"].trigger()
    reopened = load(path)
    assert absence_counts(reopened, view_b.article.id) == {economics.id: 1}
    assert [a.start for a in absences(reopened)] == [absence.start]
