"""File ▸ Collect… and Analysis ▸ Agreement… through the real window and dialog."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.agreement import Source, compute_agreement
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.importers.samples import sample_articles
from desktop_app.storage.project_file import load, save
from desktop_app.ui.classroom.agreement_dialog import AgreementDialog, shown
from desktop_app.ui.shell.main_window import MainWindow
from tests.core.classroom_builders import coder_project, random_spans, texts
from tests.present import present
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter

NAMES = ("Ada", "Ben <b>bold</b>", "Carla")


@pytest.fixture
def hand_ins(tmp_path: Path) -> list[Path]:
    """Three students' files on the sample articles, 8 annotations each."""
    articles = sample_articles()
    rng = random.Random(7)
    paths = []
    for name in NAMES:
        path = tmp_path / f"Week 3 - {name.split()[0]}.parallax.json"
        save(coder_project(articles, name, random_spans(rng, articles, 8)), path)
        paths.append(path)
    return paths


def _teacher_window(make_window: WindowFactory) -> MainWindow:
    return make_window(Project(articles=sample_articles(), codes=DEFAULT_CODES))


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [present(table.item(row, column)).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _collect(window: MainWindow, prompter: FakePrompter, paths: list[Path]) -> None:
    prompter.import_choices.append(paths)
    window.commands["file.collect"].trigger()


def test_collect_three_students_in_one_undo_step(
    make_window: WindowFactory, prompter: FakePrompter, hand_ins: list[Path]
) -> None:
    window = _teacher_window(make_window)
    project = window.document.project
    _collect(window, prompter, hand_ins)
    assert prompter.dialog_titles == ["Collect Hand-ins…"]
    assert len(project.annotations) == 24
    assert [a.name for a in project.annotators] == list(NAMES)
    assert window.document.undo_stack.count() == 1
    assert "Collected 3 files" in window.statusBar().currentMessage()
    assert window.panel.model.rowCount() == 24
    _collect(window, prompter, hand_ins)  # the same files again: nothing new
    assert window.document.undo_stack.count() == 1
    window.commands["edit.undo"].trigger()
    assert len(project.annotations) == 0
    assert len(project.annotators) == 0
    window.commands["edit.redo"].trigger()
    assert len(project.annotations) == 24


def test_collect_reports_a_file_that_is_not_a_project(
    make_window: WindowFactory, prompter: FakePrompter, hand_ins: list[Path], tmp_path: Path
) -> None:
    window = _teacher_window(make_window)
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    _collect(window, prompter, [bad, hand_ins[0]])
    assert [title for title, _ in prompter.errors] == ["Cannot collect this file"]
    assert len(window.document.project.annotations) == 8


def _open_agreement(window: MainWindow, qtbot: QtBot) -> AgreementDialog:
    window.commands["analysis.agreement"].trigger()
    dialog = window.findChild(AgreementDialog, "agreementDialog")
    assert dialog is not None
    assert QTest.qWaitForWindowExposed(dialog)  # shown by the command: wait until it is
    return dialog


def test_agreement_dialog_after_collecting(
    make_window: WindowFactory,
    prompter: FakePrompter,
    hand_ins: list[Path],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = _teacher_window(make_window)
    _collect(window, prompter, hand_ins)
    assert window.menus["analysis"].title() == "&Analysis"
    dialog = _open_agreement(window, qtbot)
    expected = compute_agreement([Source("class", window.document.project)])
    summary = _cells(dialog.summary)
    assert [row[0] for row in summary] == ["motive", "reaction", "economics", "(all codes)"]
    assert summary[0][1] == f"{expected.codes[0].units:,}"
    assert summary[0][3] == shown(expected.codes[0].krippendorff_alpha)
    pairs = _cells(dialog.pairs)
    assert len(pairs) == 4 * 3
    assert pairs[0][:4] == [
        "motive",
        "Ada",
        "Ben <b>bold</b>",
        shown(expected.codes[0].cohen_kappa[0].kappa),
    ]
    assert dialog.notes.textFormat() == Qt.TextFormat.PlainText
    assert "Ben <b>bold</b>" in dialog.notes.text()
    assert not dialog.tabs.isTabEnabled(2)

    dialog.unit.setCurrentIndex(dialog.unit.findData("sentence"))
    sentences = compute_agreement([Source("class", window.document.project)], unit="sentence")
    assert _cells(dialog.summary)[0][1] == f"{sentences.codes[0].units:,}"

    dialog.reference.setCurrentIndex(dialog.reference.findText("Ada (this project)"))
    assert dialog.tabs.isTabEnabled(2)
    against = _cells(dialog.against)
    assert {row[0] for row in against} == {"Ben <b>bold</b>", "Carla"}
    assert len(against) == 2 * 3
    assert len(_cells(dialog.pairs)) == 4  # Ben and Carla only

    prompter.export_paths.append(tmp_path / "agreement.md")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    report = (tmp_path / "agreement.md").read_text(encoding="utf-8")
    assert "## Against the reference (Ada)" in report
    assert prompter.dialog_titles[-1] == "Save Agreement Report"


def test_agreement_with_added_files_and_bad_input(
    make_window: WindowFactory,
    prompter: FakePrompter,
    hand_ins: list[Path],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window(load(hand_ins[0]))
    dialog = _open_agreement(window, qtbot)
    assert [row[0] for row in _cells(dialog.summary)][:1] == ["motive"]
    assert _cells(dialog.pairs) == []  # one annotator: nothing to pair
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    prompter.import_choices.append([hand_ins[1], bad])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [title for title, _ in prompter.errors] == ["Cannot compare this file"]
    assert dialog.inputs.count() == 2
    assert len(_cells(dialog.pairs)) == 4
    stranger = tmp_path / "stranger.parallax.json"
    save(coder_project(texts(seed=3), "Zed", []), stranger)
    prompter.import_choices.append([stranger])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "no article in common" in dialog.notes.text()
    assert _cells(dialog.summary) == []
    assert not dialog.save_button.isEnabled()
