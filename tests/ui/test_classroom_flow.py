"""A class, start to end, through the real window: name, code, hand in, collect, agreement,
the disagreement view stepped through with its keys, the feedback report, and undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.agreement import Source, compute_agreement
from desktop_app.core.records import Annotator
from desktop_app.storage.classroom_files import hand_in_file_name
from desktop_app.storage.project_file import load
from desktop_app.ui.classroom.agreement_dialog import AgreementDialog, shown
from desktop_app.ui.classroom.disagreement_view import DisagreementView
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.settings import save_user_name
from tests.present import present
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, canonical_span
from tests.ui.test_classroom_assignments import PHRASE, make_assignment, tag

OVERLAP = "the decision is driven primarily"
#: What each student codes: (phrase, key).
CODING = {
    "Ada": [(PHRASE, Qt.Key.Key_1), (OVERLAP, Qt.Key.Key_2)],
    "Ben <b>B</b>": [(PHRASE, Qt.Key.Key_2)],
    "Carla": [(PHRASE, Qt.Key.Key_1)],
}


def _hand_in_all(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, assignment: Path
) -> list[Path]:
    folder = assignment.parent / "hand-ins"
    folder.mkdir()
    paths = []
    for name, coding in CODING.items():
        save_user_name(name)
        window = make_window(load(assignment), assignment)
        for phrase, key in coding:
            tag(qtbot, window, phrase, key)
        path = folder / hand_in_file_name("Week 3", name)
        prompter.export_paths.append(path)
        window.commands["file.hand_in"].trigger()
        assert path.exists()
        window.document.undo_stack.setClean()
        window.close()
        paths.append(path)
    return paths


def _ids(window: MainWindow) -> dict[str, str]:
    return {a.name: a.id for a in window.document.project.annotators}


def test_a_class_from_hand_in_to_feedback(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    teacher, assignment = make_assignment(qtbot, make_window, prompter, tmp_path)
    hand_ins = _hand_in_all(qtbot, make_window, prompter, assignment)
    save_user_name("Teacher")
    project = teacher.document.project

    prompter.import_choices.append(hand_ins)
    teacher.commands["file.collect"].trigger()
    assert prompter.dialog_titles[-1] == "Collect Hand-ins…"
    assert sorted(_ids(teacher)) == sorted(["Teacher", *CODING])
    assert len(project.annotations) == 1 + 2 + 1 + 1

    # Agreement: the dialog's table says what core computes.
    teacher.commands["analysis.agreement"].trigger()
    dialog = teacher.findChild(AgreementDialog)
    assert dialog is not None
    result = compute_agreement([Source("this", project)])
    rows = {
        present(dialog.summary.item(r, 0)).text(): present(dialog.summary.item(r, 2)).text()
        for r in range(dialog.summary.rowCount())
    }
    assert rows["motive"] == shown(result.codes[0].percent_agreement)
    assert "Ben <b>B</b>" in dialog.notes.text()
    dialog.close()

    # The disagreement view: Ada against Ben on the first article.
    teacher.commands["analysis.disagreements"].trigger()
    view = teacher.feature(DisagreementView)
    assert view.dock.isVisible()
    ids = _ids(teacher)
    article = teacher.reader.panes[0].article_id
    view.choose(article, ids["Ada"], ids["Ben <b>B</b>"])
    pane = teacher.reader.pane_for_article(article)
    assert pane is not None
    text = pane.view.article.text
    start, end = canonical_span(pane.view, PHRASE)
    _, overlap_end = canonical_span(pane.view, OVERLAP)
    assert [(f.start, f.end) for f in view.found] == [
        (start, canonical_span(pane.view, OVERLAP)[0] - 1),
        (canonical_span(pane.view, OVERLAP)[0], end),
        (end + 1, overlap_end),
    ]
    assert view.marked_spans() == [(f.start, f.end) for f in view.found]
    assert view.panel.items.count() == 3
    assert "Ada only: motive · Ben <b>B</b> only: reaction" in view.panel.items.item(0).text()
    assert pane.view.hidden_annotators == {ids["Teacher"], ids["Carla"]}
    assert pane.view.annotator_lanes is not None
    summary = view.panel.summary.text()
    assert "Ada and Ben <b>B</b> differ in 3 places" in summary
    assert "In the margin, Ada's stripes are left of Ben <b>B</b>'s." in summary

    with qtbot.waitActive(teacher):  # shortcuts reach the active window only
        teacher.activateWindow()
    pane.view.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(pane.view, Qt.Key.Key_F8)
    assert view.current == 0
    assert pane.view.cursor_offset() == start
    qtbot.keyClick(pane.view, Qt.Key.Key_F8)
    assert view.current == 1
    assert view.panel.items.currentRow() == 1
    qtbot.keyClick(pane.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(pane.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.current == 2  # before the first: the last
    assert pane.view.cursor_offset() == end + 1
    assert "Disagreement" in teacher.statusBar().currentMessage()
    assert text[view.found[2].start : view.found[2].end] == " is driven primarily".strip()

    # Ada's feedback with Ben as the reference, as one HTML page.
    report = tmp_path / "feedback.html"
    prompter.export_paths.append(report)
    qtbot.mouseClick(view.panel.feedback, Qt.MouseButton.LeftButton)
    assert prompter.dialog_titles[-1] == "Save Feedback Report"
    page = report.read_text(encoding="utf-8")
    assert "Feedback for Ada" in page
    assert "Ben &lt;b&gt;B&lt;/b&gt;" in page
    assert "<b>B</b>" not in page

    # Undo the collection: the students and their disagreements are gone.
    teacher.commands["edit.undo"].trigger()
    assert [a.name for a in project.annotators] == ["Teacher"]
    assert len(project.annotations) == 1
    assert view.found == []
    assert view.marked_spans() == []
    assert isinstance(project.annotators.at(0), Annotator)

    # Redo, then close the view: marks gone, every layer shown again, one lane per code.
    teacher.commands["edit.redo"].trigger()
    view.choose(article, _ids(teacher)["Ada"], _ids(teacher)["Carla"])
    assert view.marked_spans() == [(f.start, f.end) for f in view.found]
    assert len(view.found) == 1  # Ada's reaction only
    teacher.dock.raise_()  # the annotation list in front: the view stays open behind it
    assert view.marked_spans() != []
    view.dock.close()
    assert view.marked_spans() == []
    assert pane.view.hidden_annotators == frozenset()
    assert pane.view.annotator_lanes is None
