"""Importing from the window: File ▸ Import, progress and cancel, dropped files, pasted text."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.new_records import new_project
from desktop_app.core.project import Project
from desktop_app.importers import registry
from desktop_app.ui.files.import_articles import ImportController, ImportOutcome, name_filter
from desktop_app.ui.reading import pane_layout
from desktop_app.ui.reading.pane_layout import PaneLayout
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter

HTML_PAGE = """<!doctype html><html><head><title>Steppe diplomacy | The Wire</title>
<meta property="og:site_name" content="The Wire"><meta name="author" content="Dana Example">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Steppe diplomacy</h1><p>Astana signed on to the accords on Thursday, officials
said, in a move analysts called symbolic.</p><p>Trade with Israel is small but growing.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


@pytest.fixture(autouse=True)
def isolated_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "layouts.ini"
    monkeypatch.setattr(
        pane_layout, "layout_settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    written = {
        "txt": (
            "notes.txt",
            "Kazakhstan and the accords\n\nA plain text article.\n".encode("cp1252"),
        ),
        "md": ("essay.md", b"# A Markdown essay\n\nSome *emphasis* and a [link](https://x.org).\n"),
        "html": ("page.html", HTML_PAGE.encode()),
        "empty": ("empty.txt", b""),
    }
    paths = {}
    for key, (name, data) in written.items():
        paths[key] = folder / name
        paths[key].write_bytes(data)
    return paths


def importer(window: MainWindow) -> ImportController:
    return window.feature(ImportController)


def run_import(qtbot: QtBot, window: MainWindow, start: object) -> ImportOutcome:
    """Call ``start()`` and wait for the import it begins to finish."""
    with qtbot.waitSignal(importer(window).finished, timeout=20_000) as blocker:
        start()  # type: ignore[operator]
    outcome = blocker.args[0]
    assert isinstance(outcome, ImportOutcome)
    return outcome


def titles(project: Project) -> list[str]:
    return [a.title for a in project.articles]


def test_import_several_files_through_the_file_dialog(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, files: dict[str, Path]
) -> None:
    project = window.document.project
    before = titles(project)
    prompter.import_choices.append([files["txt"], files["empty"], files["md"], files["html"]])
    run_import(qtbot, window, window.commands["file.import"].trigger)

    assert prompter.asked[-1].startswith("import_paths:Articles and annotations (")
    added = [a for a in project.articles if a.title not in before]
    assert [a.title for a in added] == [
        "Kazakhstan and the accords",
        "A Markdown essay",
        "Steppe diplomacy",
    ]
    assert [a.source_format for a in added] == ["text/plain", "text/markdown", "text/html"]
    assert added[2].outlet == "The Wire"
    assert "Subscribe" not in added[2].text
    [(title, message)] = prompter.errors
    assert title == "Could not import 1 file"
    assert message.startswith("empty.txt:")
    # One undo step takes the whole import back.
    assert window.document.undo_stack.count() == 1
    window.commands["edit.undo"].trigger()
    assert titles(project) == before
    window.commands["edit.redo"].trigger()
    assert len(project.articles) == len(before) + 3
    assert (
        "imported 3 articles from 3 files; 1 failed" in window.statusBar().currentMessage().lower()
    )


def test_a_file_that_fails_leaves_the_project_unchanged(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    unknown = tmp_path / "table.xyz"
    unknown.write_bytes(b"\x00\x01\x02")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: refused before it is read
    before = titles(window.document.project)
    outcome = run_import(
        qtbot, window, lambda: importer(window).import_files([binary, unknown, huge])
    )
    assert len(outcome.failures) == 3
    assert titles(window.document.project) == before
    assert window.document.undo_stack.count() == 0
    [(_title, message)] = prompter.errors
    assert "photo.txt" in message
    assert "table.xyz" in message
    assert "huge.txt" in message


def test_the_file_filter_lists_every_importer() -> None:
    text = name_filter()
    for pattern in ("*.txt", "*.md", "*.html", "*.docx", "*.pdf", "*.epub", "*.qdpx", "*.jsonld"):
        assert pattern in text.split(";;")[0]
    assert text.endswith("All files (*)")


def slow_reader(seconds: float, steps: int = 100):  # type: ignore[no-untyped-def]
    """A stand-in for ``read_file`` that takes ``seconds`` and reports progress as it goes."""
    real = registry.read_file

    def read(path: Path, project: Project, progress: registry.Progress | None = None):  # type: ignore[no-untyped-def]
        for step in range(steps):
            time.sleep(seconds / steps)
            if progress is not None and not progress(step / steps):
                raise registry.ImportCancelled(f"{path.name}: import cancelled")
        return real(path, project)

    return read


def reader_in_step_with_the_gui(ticked: threading.Event, steps: int):  # type: ignore[no-untyped-def]
    """A stand-in for ``read_file`` that, at each of its ``steps``, waits for the GUI
    thread's timer to tick (it sets ``ticked``) before it reports progress; whether each
    wait saw a tick is recorded. Reading gets through only while the GUI thread keeps
    running its event loop, on a loaded machine as on an idle one: no clock is read."""
    real = registry.read_file
    waited: list[bool] = []

    def read(path: Path, project: Project, progress: registry.Progress | None = None):  # type: ignore[no-untyped-def]
        for step in range(steps):
            ticked.clear()
            waited.append(ticked.wait(timeout=10))
            if not waited[-1]:
                break  # the GUI thread is stuck (reading on it?): do not wait out every step
            if progress is not None and not progress(step / steps):
                raise registry.ImportCancelled(f"{path.name}: import cancelled")
        return real(path, project)

    return read, waited


def test_progress_is_shown_and_the_window_stays_responsive(
    qtbot: QtBot,
    window: MainWindow,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    steps = 15
    ticked = threading.Event()
    read, waited = reader_in_step_with_the_gui(ticked, steps)
    monkeypatch.setattr(registry, "read_file", read)
    values: list[int] = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(ticked.set)

    def watch() -> None:
        dialog = importer(window).progress_dialog
        if dialog is not None:
            values.append(dialog.value())

    timer.timeout.connect(watch)
    timer.start()
    outcome = run_import(
        qtbot, window, lambda: importer(window).import_files([files["txt"], files["md"]])
    )
    timer.stop()
    assert not outcome.cancelled
    assert len(outcome.bundles) == 2
    # The GUI thread ran its timer at every step of reading both files (each step waited
    # for a tick after it began).
    assert waited == [True] * (2 * steps)
    assert values == sorted(values)
    assert 0 < max(values) <= 1000


def test_cancel_stops_the_import_and_adds_nothing(
    qtbot: QtBot,
    window: MainWindow,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "read_file", slow_reader(20.0, steps=2000))
    before = titles(window.document.project)
    feature = importer(window)
    with qtbot.waitSignal(feature.finished, timeout=10_000) as blocker:
        feature.import_files([files["txt"], files["md"]])
        qtbot.waitUntil(
            lambda: feature.progress_dialog is not None and feature.progress_dialog.isVisible()
        )
        qtbot.waitUntil(lambda: feature.progress_dialog.value() > 0)  # type: ignore[union-attr]
        assert not window.commands["file.import"].isEnabled()
        cancel = present(feature.progress_dialog).findChild(QPushButton)
        assert present(cancel).text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert blocker.args[0].cancelled
    assert titles(window.document.project) == before
    assert window.document.undo_stack.count() == 0
    assert feature.progress_dialog is None
    assert window.commands["file.import"].isEnabled()
    assert "cancelled" in window.statusBar().currentMessage()


def drop(widget: QWidget, paths: list[Path]) -> bool:
    """Drag files over ``widget`` and drop them; True when the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_files_dropped_on_a_pane_open_in_that_pane(
    qtbot: QtBot, window: MainWindow, files: dict[str, Path]
) -> None:
    pane = window.reader.panes[1]
    outcome = run_import(qtbot, window, lambda: drop(pane.view.viewport(), [files["md"]]))
    assert not outcome.failures
    new = window.document.project.articles.at(2)
    assert new.title == "A Markdown essay"
    assert window.reader.panes[1].article_id == new.id
    assert window.reader.panes[1].title.full_text() == "A Markdown essay"
    assert len(window.reader.panes) == 2


def test_files_dropped_on_the_window_are_imported(
    qtbot: QtBot, window: MainWindow, files: dict[str, Path]
) -> None:
    before = len(window.document.project.articles)
    run_import(qtbot, window, lambda: drop(window, [files["txt"], files["html"]]))
    assert len(window.document.project.articles) == before + 2


def test_a_drag_of_text_is_not_taken(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_paste_as_new_article(qtbot: QtBot, window: MainWindow) -> None:
    project = window.document.project
    QGuiApplication.clipboard().setText("Breaking: a pasted headline\r\n\r\nThe body, pasted.\r\n")
    window.commands["edit.paste_article"].trigger()
    article = project.articles.at(len(project.articles) - 1)
    assert article.title == "Breaking: a pasted headline"
    assert article.text == "Breaking: a pasted headline\n\nThe body, pasted.\n"
    # Both panes keep what the reader was reading; the new article waits in the list.
    assert article.id not in [p.article_id for p in window.reader.panes]
    assert "waits in the Articles list" in window.statusBar().currentMessage()
    window.commands["edit.undo"].trigger()
    assert article.id not in project.articles

    QGuiApplication.clipboard().setText("   ")
    window.commands["edit.paste_article"].trigger()
    assert "no text" in window.statusBar().currentMessage()


def test_an_empty_project_invites_an_import_and_shows_what_comes_in(
    qtbot: QtBot, make_window: WindowFactory, files: dict[str, Path]
) -> None:
    window = make_window(new_project([]))
    placeholder = window.findChild(QLabel, "readerEmptyState")
    assert placeholder is not None
    assert placeholder.isVisible()
    assert "Import" in placeholder.text()
    assert not window.commands["view.add_pane"].isEnabled()
    run_import(qtbot, window, lambda: drop(placeholder, [files["txt"], files["md"]]))
    assert [p.title.full_text() for p in window.reader.panes] == [
        "Kazakhstan and the accords",
        "A Markdown essay",
    ]
    assert not placeholder.isVisible()


def test_a_large_text_file_reports_real_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    big = tmp_path / "long-report.txt"
    paragraph = "Astana and the accords: a paragraph of analysis, repeated to make a long file. "
    big.write_text("A long report\n\n" + (paragraph * 12 + "\n\n") * 4000, encoding="utf-8")
    assert big.stat().st_size > 3_500_000
    reported: list[float] = []
    feature = importer(window)
    original = feature._on_progress

    def spy(number: int, fraction: float) -> None:
        reported.append(fraction)
        original(number, fraction)

    feature._on_progress = spy  # type: ignore[method-assign]
    outcome = run_import(qtbot, window, lambda: feature.import_files([big]))
    assert not outcome.failures
    article = window.document.project.articles.at(2)
    assert article.title == "A long report"
    assert len(article.text) > 3_500_000
    assert len(set(reported)) > 3
    assert reported == sorted(reported)


def test_an_import_never_takes_away_what_is_being_read(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, files: dict[str, Path]
) -> None:
    reading = [pane.article_id for pane in window.reader.panes]
    window.reader.panes[1].view.setFocus()
    prompter.import_choices.append([files["md"]])
    run_import(qtbot, window, window.commands["file.import"].trigger)
    assert [pane.article_id for pane in window.reader.panes] == reading
    assert "waits in the Articles list" in window.statusBar().currentMessage()
    new = window.document.project.articles.at(2)
    assert new.title == "A Markdown essay"

    window.feature(PaneLayout).remove_pane()  # one pane: the next article takes the free room
    prompter.import_choices.append([files["txt"]])
    run_import(qtbot, window, window.commands["file.import"].trigger)
    shown = [pane.article_id for pane in window.reader.panes]
    assert len(shown) == 2
    assert window.document.project.articles.at(3).id == shown[1]


def test_an_import_of_passages_already_in_the_project_says_they_were_merged(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    """A W3C file exported from this project and read back through a tool that gives every
    annotation a new id: the window says how many were already there, and adds none."""
    from desktop_app.core.records import new_id
    from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
    from tests.exporters.sample import sample_project as annotated_sample

    project = annotated_sample(with_orphan=False)
    document = EXPORTERS["w3c"].export(project, Scope(), ExportOptions()).decode("utf-8")
    for annotation in project.annotations:  # the same passages under new ids
        document = document.replace(annotation.id, new_id())
    path = tmp_path / "round-tripped.jsonld"
    path.write_text(document, encoding="utf-8")
    window = make_window(project)
    before = len(project.annotations)
    tagged = sum(1 for a in project.annotations if a.tags)
    assert tagged > 1

    prompter.import_choices.append([path])
    run_import(qtbot, window, window.commands["file.import"].trigger)

    message = window.statusBar().currentMessage()
    assert f"{tagged} annotations were already in the project" in message
    assert "merged, not added again" in message
    # Only passages with codes are recognised (a note alone does not identify one).
    assert len(project.annotations) == before + (before - tagged)
