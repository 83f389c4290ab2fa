"""The whole app, end to end: open the samples, tag, undo, save, reopen, export, check files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from desktop_app.storage.project_file import load
from tests.exporters.checks import assert_valid_qde, qdpx_members, w3c_problems
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, canonical_span, painted_background, select_with_keyboard

pytestmark = pytest.mark.e2e

FIRST = "Lillis emphasizes that the decision is driven primarily by Kazakhstan’s desire"
SECOND = "a central focus of the White House summit was the strategic strengthening"


def _run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARALLAX_QUIT_AFTER_MS="50")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_app_starts_on_the_samples_and_on_a_project(tmp_path: Path) -> None:
    started = _run_app()
    assert started.returncode == 0, started.stderr
    assert "Traceback" not in started.stderr
    project = tmp_path / "p.parallax.json"
    subprocess.run([sys.executable, "-m", "desktop_app", "new", str(project)], check=True)
    reopened = _run_app(str(project))
    assert reopened.returncode == 0, reopened.stderr
    assert "Traceback" not in reopened.stderr


def test_tag_undo_save_reopen_and_export(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    window = make_window()
    left, right = (pane.view for pane in window.reader.panes)
    select_with_keyboard(qtbot, left, *canonical_span(left, FIRST))
    qtbot.keyClick(left, Qt.Key.Key_1)
    qtbot.keyClick(left, Qt.Key.Key_3)
    prompter.notes.append("Diplomacy first, minerals second.")
    qtbot.keyClick(left, Qt.Key.Key_N)
    select_with_keyboard(qtbot, right, *canonical_span(right, SECOND))
    qtbot.keyClick(right, Qt.Key.Key_3)
    qtbot.keyClick(right, Qt.Key.Key_2)
    qtbot.keyClick(right, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # not reaction
    project = window.document.project
    assert [len(a.tags) for a in project.annotations] == [2, 1]

    target = tmp_path / "study.parallax.json"
    prompter.save_paths.append(target)
    qtbot.keyClick(right, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load(target)
    assert list(saved.annotations) == list(project.annotations)

    again = make_window(saved, target)
    reopened = again.reader.panes[0].view
    start, _ = canonical_span(reopened, FIRST)
    assert painted_background(reopened, start) is not None
    assert again.panel.proxy.rowCount() == 2

    whole = Scope()
    w3c = EXPORTERS["w3c"].export(saved, whole, ExportOptions())
    assert w3c_problems(w3c) == []
    items = json.loads(w3c)["first"]["items"]
    assert {item["target"]["selector"][0]["exact"] for item in items} == {FIRST, SECOND}
    qdpx = qdpx_members(EXPORTERS["qdpx"].export(saved, whole, ExportOptions()))
    assert_valid_qde(qdpx["project.qde"])
    table = EXPORTERS["csv"].export(saved, whole, ExportOptions()).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert sorted(row["tag"] for row in rows) == ["economics", "economics", "motive"]
    assert {row["quote"] for row in rows} == {FIRST, SECOND}
