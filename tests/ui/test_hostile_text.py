"""A project whose every string is markup, opened in the real window: all text, no file read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QToolButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop_app.core.records import Article
from desktop_app.storage import project_file
from desktop_app.storage.validation import load_with_report
from desktop_app.ui.codebook.editor import CodebookEditing
from desktop_app.ui.files.article_details import MetadataDialog
from desktop_app.ui.files.article_list import ArticlesFeature
from desktop_app.ui.files.export_dialog import ExportDialog
from desktop_app.ui.files.import_articles import ImportController
from desktop_app.ui.files.validation_dialog import ValidationDialog
from desktop_app.ui.find.find_results import FindResults
from desktop_app.ui.review.text_updates import TextUpdates
from desktop_app.ui.shell.about import AboutDialog
from desktop_app.ui.shell.prompts import QtPrompter
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, point_of, shown_text
from tests.ui.hostile_text import FILE_NAME, FileWatch, hostile, hostile_project
from tests.ui.saved_projects import open_from_menu

#: Set by the /dev/zero variant: the image every string names (else a canary file).
IMAGE_ENV = "PARALLAX_TEST_HOSTILE_IMAGE"
#: How each string shows when shown as text (its image tag as typed).
SHOWN = '<img src="'


def displayed(label: QLabel) -> str:
    """What ``label`` shows: its text as is, or as laid out when Qt takes it for rich text."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QtGui.QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return shown_text(text)  # Qt guesses from the text


class Inspector:
    """Lays out, paints and reads every label and tooltip; keeps what each one showed."""

    def __init__(self) -> None:
        self.labels: list[str] = []  # what each label with markup in its text showed
        self.tooltips: list[str] = []

    def labels_of(self, top: QWidget) -> None:
        """Every label in ``top``: painted, and markup in its text shown as typed."""
        labels = [top] if isinstance(top, QLabel) else []
        labels += top.findChildren(QLabel)
        for label in labels:
            if not isValid(label):  # a tooltip label deleted once hidden
                continue
            label.sizeHint()  # lays out rich text, loading its images
            if label.isVisible():
                label.grab()
            text = label.text()
            if "src=" not in text:
                continue
            shown = displayed(label)
            where = f"{label.objectName() or type(label.parent()).__name__}: {text[:60]}"
            assert SHOWN in shown, f"{where} is drawn as rich text: {shown!r}"
            self.labels.append(shown)

    def everything(self) -> None:
        """All top-level windows: painted, their labels read, every tooltip requested."""
        for top in QApplication.topLevelWidgets():
            if not isValid(top):
                continue
            if top.isVisible():
                top.grab()
            self.labels_of(top)
        for top in QApplication.topLevelWidgets():
            if isValid(top) and top.isVisible():  # tooltip labels go once hidden
                self.tooltips_of(top)

    def tooltip(self, widget: QWidget, point: QPoint) -> str:
        """Ask ``widget`` for its tooltip at ``point`` as hovering does; what it shows."""
        QToolTip.showText(QPoint(), "")  # hides the last one at once (hideText fades)
        event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
        QApplication.sendEvent(widget, event)
        if not QToolTip.isVisible():
            return ""
        text = QToolTip.text()
        for top in QApplication.topLevelWidgets():  # the tip label draws it
            if isinstance(top, QLabel) and isValid(top) and top.isVisible():
                top.sizeHint()
                top.grab()
        shown = shown_text(text)
        if "src=" in text:
            assert SHOWN in shown, f"tooltip of {type(widget).__name__} is markup: {shown!r}"
        self.tooltips.append(shown)
        return shown

    def tooltips_of(self, top: QWidget) -> None:
        """Every widget's tooltip and every item's and header section's in ``top``."""
        widgets = [top, *top.findChildren(QWidget)]
        for widget in widgets:
            if not isValid(widget) or not widget.isVisible():  # a tooltip label is gone
                continue
            if isinstance(widget, QHeaderView):
                for section in range(widget.count()):
                    middle = (
                        widget.sectionViewportPosition(section) + widget.sectionSize(section) // 2
                    )
                    point = (
                        QPoint(middle, widget.height() // 2)
                        if widget.orientation() == Qt.Orientation.Horizontal
                        else QPoint(widget.width() // 2, middle)
                    )
                    self.tooltip(widget.viewport(), point)
            elif isinstance(widget, QAbstractItemView):
                for index in _indexes(widget):
                    widget.scrollTo(index)
                    rect = widget.visualRect(index)
                    if rect.isValid():
                        self.tooltip(widget.viewport(), rect.center())
            elif widget.toolTip():
                self.tooltip(widget, widget.rect().center())


def _indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            column = 0  # (a list widget's model keeps columnCount private)
            while (index := model.index(row, column, parent)).isValid():
                yield index
                if column == 0 and model.rowCount(index) > 0:
                    pending.append(index)
                column += 1


def answer_modal(inspector: Inspector, ask: Callable[[], object]) -> str:
    """Run ``ask`` (a real modal dialog), read what the dialog shows, then close it; the
    title its window shows."""
    seen: list[QWidget] = []
    titles: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(dialog)
        titles.append(dialog.windowHandle().title())
        dialog.grab()
        inspector.labels_of(dialog)
        dialog.close()

    QTimer.singleShot(0, read_and_close)
    ask()
    assert seen, "no dialog was shown"
    return titles[0]


@pytest.fixture
def image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, FileWatch | None]]:
    """The image every string names, and a watch on it (none for /dev/zero)."""
    monkeypatch.chdir(tmp_path)  # the file name's image is relative: canary.png here
    canary = tmp_path / "canary.png"
    canary.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    forced = os.environ.get(IMAGE_ENV)
    if forced:
        yield forced, None
        return
    try:
        watch = FileWatch(canary)
    except (OSError, AttributeError) as error:
        pytest.skip(f"no inotify here: {error}")
    yield str(canary), watch
    watch.close()


def test_every_string_from_a_file_is_shown_as_text_and_no_file_is_read(
    qtbot: QtBot,
    make_window: WindowFactory,
    prompter: FakePrompter,
    image: tuple[str, FileWatch | None],
    tmp_path: Path,
) -> None:
    src, watch = image
    project = hostile_project(src)
    path = tmp_path / FILE_NAME
    project_file.save(project, path)
    window = make_window()
    open_from_menu(window, prompter, path)
    assert window.document.path == path
    project = window.document.project
    articles: list[Article] = list(project.articles)
    window.show_articles([a.id for a in articles])
    inspector = Inspector()

    # The window title names the file as it is (with its "[*]" and "&").
    assert "<b>bold &amp; R&D [*]" in window.windowHandle().title()
    # Pane headers: title, then outlet · date · author.
    panes = window.reader.panes
    assert [pane.title.text() for pane in panes] == [a.title for a in articles]
    assert all(pane.meta.textFormat() == Qt.TextFormat.PlainText for pane in panes)

    # Every panel and dialog, shown.
    for dock in window.findChildren(QDockWidget):
        dock.show()
    find_results = window.feature(FindResults)
    find_results.query.setText("bold")
    find_results.run()
    editor = window.feature(CodebookEditing).open()
    for code in project.codes:
        editor.select(code.id)
        inspector.labels_of(editor)
    window.feature(ArticlesFeature).edit_metadata(articles[0].id)
    window.commands["file.export"].trigger()
    window.commands["edit.preferences"].trigger()
    about = AboutDialog(window)
    about.show()
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"][0]["anchor"] = hostile(src, "enum")  # the report quotes the value
    (damaged / FILE_NAME).write_text(json.dumps(data, indent=2), encoding="utf-8")
    _, report = load_with_report(damaged / FILE_NAME)
    assert any("src=" in problem.message for problem in report.problems)
    report_dialog = ValidationDialog(report, can_open=True, parent=window)
    report_dialog.show()
    new_version = tmp_path / '<img src="canary.png"> new version.txt'
    new_version.write_text("A sentence added at the top.\n\n" + articles[0].text, encoding="utf-8")
    assert window.feature(TextUpdates).update_article(articles[0].id, new_version)
    dialogs = [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
    assert {type(w) for w in dialogs} >= {MetadataDialog, ExportDialog, ValidationDialog}
    inspector.everything()

    # The hover card of each highlighted passage, and each pane header's article note.
    for pane in window.reader.panes:
        passage = project.annotations_of(pane.article_id)[0]
        pane.view.place_cursor(passage.start)
        pane.view.centerCursor()
        card = inspector.tooltip(pane.view.viewport(), point_of(pane.view, passage.start + 3))
        assert hostile(src, "annotation note") in card
        assert hostile(src, "code 0") in card
        note = inspector.tooltip(pane.title, pane.title.rect().center())
        assert hostile(src, "article note") + "\nsecond line" in note

    # Actions named after codes: "&" is a character, not a mnemonic; the editor's title.
    for code in project.codes:
        for action_id in (f"tag.{code.id}", f"highlights.code.{code.id}"):
            shown = QAction(window.commands[action_id].text()).iconText()  # as menus draw it
            assert shown == code.name
    buttons = [b for b in window.findChildren(QToolButton) if b.defaultAction() is not None]
    tag_actions = [window.commands[f"tag.{code.id}"] for code in project.codes]
    tag_buttons = [b for b in buttons if b.defaultAction() in tag_actions]
    assert [QAction(b.text()).iconText() for b in tag_buttons] == [
        f"{code.name}  {code.shortcut}".strip() for code in project.codes
    ]
    assert "R&D [*]" in editor.windowHandle().title()
    window.activateWindow()
    window.commands["coding.quick_tag"].trigger()  # the quick tag picker lists the codes
    inspector.everything()

    # Importing a Markdown file whose name and front matter are markup.
    markdown = tmp_path / '<img src="canary.png"> <b>imported.md'
    markdown.write_text(
        f"---\ntitle: {hostile(src, 'front matter title')}\n---\n\n{hostile(src, 'body')}\n",
        encoding="utf-8",
    )
    importer = window.feature(ImportController)
    with qtbot.waitSignal(importer.finished, timeout=20_000):
        importer.import_files([markdown])
        assert importer.progress_dialog is not None
        importer.progress_dialog.show()
        inspector.labels_of(importer.progress_dialog)
    assert any(a.title == hostile(src, "front matter title") for a in project.articles)
    inspector.everything()

    # The real dialogs of the prompter, with markup in every string they are given.
    real = QtPrompter(window)
    words = hostile(src, "message")
    choices = [(code.id, code.name) for code in project.codes]
    answers = ["Go", "Stay"]
    titled = [
        answer_modal(inspector, lambda: real.error(words, words, words)),
        answer_modal(inspector, lambda: real.confirm(words, words, "Go")),
        answer_modal(inspector, lambda: real.choose(words, words, answers, details=words)),
        answer_modal(inspector, lambda: real.pick_colour(words, "#E69F00")),
        answer_modal(inspector, lambda: real.pick_code(words, words, choices)),
    ]
    assert titled == [words] * len(titled)  # "[*]" is not taken for the modified mark
    answer_modal(inspector, lambda: real.unsaved_changes(words))
    answer_modal(inspector, lambda: real.confirm_delete_code(words, 2))
    answer_modal(inspector, lambda: real.edit_note(words, words))

    # What was looked at: each kind of string, shown as typed.
    shown_labels = "\n".join(inspector.labels)
    labelled = ("title 1", "title 2", "outlet", "date", "author", "code 0", "code 1", "message")
    for field in labelled:
        assert hostile(src, field) in shown_labels, field
    assert f"problem in “{FILE_NAME}”" in shown_labels  # the report's heading
    assert 'Reading “<img src="canary.png"> <b>imported.md”' in shown_labels  # the progress
    tips = "\n".join(inspector.tooltips)
    for field in (
        "title 1",
        "quoted passage",
        "annotation note",
        "orphaned quote",
        "orphan note",
        "description 0",
        "description 1",
        "enum",
    ):
        assert hostile(src, field) in tips, field

    # And not one read of the file the markup names.
    if watch is not None:
        assert watch.events() == []
        Path(src).read_bytes()  # the watch does see a read
        assert "open" in watch.events()


#: Memory for the /dev/zero run: the window needs under 200 MB; a read of /dev/zero would
#: grow to gigabytes, and so fails fast instead of crowding the machine.
DATA_LIMIT = 1536 * 1024**2


def _limit_memory() -> None:
    import resource  # Unix only

    resource.setrlimit(resource.RLIMIT_DATA, (DATA_LIMIT, DATA_LIMIT))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/zero and rlimit: Linux")
def test_an_image_of_dev_zero_in_every_string_neither_hangs_nor_crashes() -> None:
    if os.environ.get(IMAGE_ENV):
        pytest.skip("this is the run it starts")
    test = f"{__file__}::test_every_string_from_a_file_is_shown_as_text_and_no_file_is_read"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", test, "-q", "-p", "no:cacheprovider"],
        env={**os.environ, IMAGE_ENV: "/dev/zero", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=180,  # a window reading /dev/zero runs until memory runs out
        preexec_fn=_limit_memory,
        check=False,
    )
    assert run.returncode == 0, f"exit {run.returncode}\n{run.stderr[:2000]}\n{run.stdout[-2000:]}"
    assert "1 passed" in run.stdout
