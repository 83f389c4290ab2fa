"""Opening damaged, foreign and newer project files from the menu: located report, salvage."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.app import initial_document
from desktop_app.opening import project_argument
from desktop_app.storage import project_file
from desktop_app.storage.schema import SCHEMA_VERSION
from desktop_app.storage.validation import load_with_report
from desktop_app.ui.files.validation_dialog import ValidationDialog, readable
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.read_only import ReadOnlyMode, writing_action_ids
from tests.present import present
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard
from tests.ui.saved_projects import open_from_menu, tagged_sample, write_project


def annotation_lines(path: Path) -> list[int]:
    """Indexes of the lines holding one annotation each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [i for i, line in enumerate(lines) if '"position":' in line]


def damage_line(path: Path, number: int, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[number]
    lines[number] = lines[number].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


def test_broken_json_shows_the_located_report_and_opens_what_was_salvaged(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    original = tagged_sample(6)
    path = write_project(original, tmp_path / "damaged.parallax.json")
    victim = annotation_lines(path)[2]
    lost = original.annotations.at(2)
    damage_line(path, victim, '"exact"},', '"exact",')  # an annotation loses its closing brace
    damaged_bytes = path.read_bytes()
    prompter.report_answers.append(True)

    open_from_menu(window, prompter, path)

    report = prompter.reports[0]
    broken = [p for p in report.problems if p.message.startswith("broken JSON")]
    assert broken
    assert broken[0].line is not None
    assert broken[0].column is not None
    assert broken[0].line in (victim + 1, victim + 2)  # where the parser noticed
    dropped = report.with_outcome("dropped")
    assert [(p.json_path, p.line) for p in dropped] == [("$.annotations[2]", victim + 1)]
    document = window.document
    assert document.path == path
    assert document.modified, "the salvaged project is not yet what is on disk"
    kept = set(document.project.annotations.ids())
    assert kept == set(original.annotations.ids()) - {lost.id}
    # Saving writes the repaired project and keeps the damaged file as the backup.
    assert window.files.save()
    assert path.with_name(path.name + "~").read_bytes() == damaged_bytes
    assert set(project_file.load(path).annotations.ids()) == kept
    assert load_with_report(path)[1].ok


def test_schema_error_names_the_json_path_and_line_and_keeps_the_rest(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    original = tagged_sample(5)
    path = write_project(original, tmp_path / "schema.parallax.json")
    victim = annotation_lines(path)[1]
    bad = original.annotations.at(1)
    damage_line(path, victim, f'"start":{bad.start}', '"start":"nine"')
    prompter.report_answers.append(True)

    open_from_menu(window, prompter, path)

    problem = prompter.reports[0].problems[0]
    assert problem.json_path == "$.annotations[1].position.start"
    assert problem.line == victim + 1
    assert problem.outcome == "repaired"  # bad offsets, intact quote: placed again (issue 10)
    assert "Video" in problem.message, "the message names the item the user knows"
    assert len(window.document.project.annotations) == 5


def test_report_dialog_lists_each_problem_with_where_and_what_was_done(
    qtbot: QtBot, tmp_path: Path
) -> None:
    original = tagged_sample(4)
    path = write_project(original, tmp_path / "two.parallax.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"][0]["tags"] = ["00000000-0000-4000-8000-000000000000"]
    data["annotations"][1]["quote"]["exact"] = "words that are nowhere in the article"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    _, report = load_with_report(path)
    assert {p.outcome for p in report.problems} >= {"orphaned"}

    dialog = ValidationDialog(report, can_open=True)
    qtbot.addWidget(dialog)
    rows = [present(dialog.table.topLevelItem(i)) for i in range(dialog.table.topLevelItemCount())]
    assert len(rows) == len(report.problems)
    for row, problem in zip(rows, report.problems, strict=True):
        assert problem.json_path
        assert problem.json_path in row.text(1)
        assert f"line {problem.line}" in row.text(1)
        assert row.text(2) == readable(problem.message)
    assert dialog.open_button is not None
    assert dialog.open_button.text() == "Open Salvaged Project"
    dialog.copy_report()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == report.format()
    dialog.open_button.click()
    assert dialog.result() == ValidationDialog.DialogCode.Accepted


def test_cancelling_the_report_keeps_the_current_project(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = write_project(tagged_sample(3), tmp_path / "p.parallax.json")
    damage_line(path, annotation_lines(path)[0], '"start":', '"start":-')
    before = window.document
    prompter.report_answers.append(False)
    open_from_menu(window, prompter, path)
    assert prompter.reports
    assert window.document is before


def test_unreadable_file_is_a_clear_error_and_the_project_stays(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    before = window.document
    garbage = tmp_path / "notes.json"
    garbage.write_bytes(b"\x00\x01 this is not a project")
    open_from_menu(window, prompter, garbage)
    missing = tmp_path / "gone.parallax.json"
    open_from_menu(window, prompter, missing)
    assert window.document is before
    assert [title for title, _ in prompter.errors] == ["Could not open the project"] * 2
    assert "notes.json" in prompter.errors[0][1]
    assert "stays open" in prompter.errors[0][1]
    assert "gone.parallax.json" in prompter.errors[1][1]
    assert not prompter.reports, "nothing to salvage: no report to review"


def newer_file(tmp_path: Path) -> Path:
    path = write_project(tagged_sample(3), tmp_path / "future.parallax.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema_version"] = SCHEMA_VERSION + 1
    data["sync"] = {"server": "a field this version does not know"}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_newer_file_opens_read_only_with_a_banner_and_nothing_can_write(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = newer_file(tmp_path)
    before = path.read_bytes()
    open_from_menu(window, prompter, path)

    document = window.document
    assert document.path == path
    assert document.read_only
    assert len(document.project.annotations) == 3
    banner = window.feature(ReadOnlyMode).banner
    assert banner.isVisible()
    assert f"schema version {SCHEMA_VERSION + 1}" in banner.text.text()
    assert window.feature(ReadOnlyMode).status.isVisible()
    for action_id in (
        "file.save",
        "file.save_as",
        "edit.note",
        "edit.delete",
        "file.import",
        "edit.paste_article",
        "article.edit_metadata",
        "article.remove",
    ):
        assert not window.commands[action_id].isEnabled(), action_id
    assert any(i.startswith("tag.") for i in writing_action_ids(window))
    assert not any(window.commands[i].isEnabled() for i in writing_action_ids(window))

    # A user selecting a passage and pressing a tag key changes nothing.
    view = window.reader.panes[0].view
    select_with_keyboard(qtbot, view, *canonical_span(view, "Kazakhstan"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert len(document.project.annotations) == 3
    assert not document.modified
    # Saving is refused with a message, and the file is untouched.
    assert not window.files.save()
    assert prompter.errors
    assert prompter.errors[-1][0] == "This project is read-only"
    assert path.read_bytes() == before

    # Opening an ordinary project turns everything back on.
    ordinary = write_project(tagged_sample(1), tmp_path / "ordinary.parallax.json")
    open_from_menu(window, prompter, ordinary)
    assert not banner.isVisible()
    assert window.commands["file.save"].isEnabled()
    assert all(window.commands[i].isEnabled() for i in writing_action_ids(window))


def test_command_line_opens_a_valid_file_directly_and_defers_a_damaged_one(
    tmp_path: Path, qtbot: QtBot
) -> None:
    good = write_project(tagged_sample(2), tmp_path / "good.parallax.json")
    document, problems = initial_document([str(good)])
    assert document.path == good
    assert not problems
    assert document.disk_state is not None
    assert not document.modified

    newer = newer_file(tmp_path)
    document, _ = initial_document([str(newer)])
    assert document.read_only
    assert document.schema_version == SCHEMA_VERSION + 1

    bad = write_project(tagged_sample(2), tmp_path / "bad.parallax.json")
    damage_line(bad, annotation_lines(bad)[0], '"exact"},', '"exact",')
    document, problems = initial_document([str(bad)])
    assert document.path is None
    assert not problems
    assert project_argument([str(bad)]) == bad


def test_the_damaged_file_dialog_counts_what_was_lost_by_kind(qtbot: QtBot, tmp_path: Path) -> None:
    """A file cut off in its annotations: the dialog says how many of each kind were lost."""
    original = tagged_sample(13)
    path = write_project(original, tmp_path / "cut.parallax.json")
    raw = path.read_bytes()
    cut = raw.index(b'"position":', raw.index(b'"annotations"')) + 5  # inside the first one
    path.write_bytes(raw[:cut])
    _, report = load_with_report(path)
    dialog = ValidationDialog(report, can_open=True)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Not kept:" in shown
    assert "annotation" in shown
    assert "1 item could not be kept" not in shown
    assert "save under a new name" in shown
