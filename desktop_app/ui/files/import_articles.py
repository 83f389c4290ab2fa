"""Bringing articles in: File ▸ Import, dropped files, and Edit ▸ Paste as New Article.

Files are read on a worker thread (the importers are Qt-free and touch no shared state),
with a progress dialog that can cancel; the bundles are merged on the GUI thread as one
undo step. A file that fails is named with its reason, and the others still come in.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.project import Project
from desktop_app.core.wording import counted
from desktop_app.ui.shell.plain_text import plain_label

if TYPE_CHECKING:
    from desktop_app.importers.registry import Imported
    from desktop_app.ui.shell.host import Host

#: Steps of the progress bar.
PROGRESS_STEPS = 1000


def name_filter() -> str:
    """The file dialog's filter: everything importable, then each format, then all files."""
    from desktop_app.importers.registry import IMPORTERS

    every = dict.fromkeys(p for importer in IMPORTERS for p in importer.patterns)
    parts = [f"Articles and annotations ({' '.join(every)})"]
    parts += [f"{importer.name} ({' '.join(importer.patterns)})" for importer in IMPORTERS]
    parts.append("All files (*)")
    return ";;".join(parts)


def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files a drag carries (empty for text, web links and folders)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if not path.is_dir()]


@dataclass
class ImportOutcome:
    """What one batch of files gave: bundles in file order, failures, and whether cancelled."""

    bundles: list[tuple[Path, Imported]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    cancelled: bool = False


class _WorkerSignals(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    progress = Signal(int, float)
    finished = Signal(object)


class _ReadFiles(QRunnable):
    """Reads the files one after another on a pool thread."""

    def __init__(
        self, paths: list[Path], project: Project, stop: threading.Event, signals: _WorkerSignals
    ) -> None:
        super().__init__()
        self.paths = paths
        self.project = project
        self.stop = stop
        self.signals = signals

    def run(self) -> None:
        from desktop_app.importers import registry

        outcome = ImportOutcome()
        for number, path in enumerate(self.paths):
            if self.stop.is_set():
                break

            def progress(fraction: float, number: int = number) -> bool:
                self.signals.progress.emit(number, fraction)
                return not self.stop.is_set()

            self.signals.progress.emit(number, 0.0)
            try:
                outcome.bundles.append((path, registry.read_file(path, self.project, progress)))
            except registry.ImportCancelled:
                break
            except registry.ImportFailed as error:
                outcome.failures.append(str(error))
            except Exception as error:  # a bug must reach the user, not kill the thread
                outcome.failures.append(f"{path.name}: could not be read ({error})")
        outcome.cancelled = self.stop.is_set()
        self.signals.finished.emit(outcome)


class ImportController(QObject):
    """Runs imports for one window: the command, the drops, the paste."""

    #: A batch finished (merged, failed or cancelled); carries its outcome.
    finished = Signal(object)

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.setObjectName("importer")
        self.window = window
        self.progress_dialog: QProgressDialog | None = None
        self._stop: threading.Event | None = None
        self._paths: list[Path] = []
        self._pane_index: int | None = None
        self._signals: _WorkerSignals | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        window.widget.setAcceptDrops(True)
        window.widget.installEventFilter(self)
        window.panes_changed.connect(self._watch_panes)
        self._watch_panes()
        # Quitting stops a running import at its next progress report instead of waiting.
        QCoreApplication.instance().aboutToQuit.connect(self.cancel)  # type: ignore[union-attr]

    @property
    def busy(self) -> bool:
        """True while files are being read."""
        return self._stop is not None

    # -- ways in --------------------------------------------------------------------------

    def choose_files(self) -> None:
        """File ▸ Import: ask for files (several at once) and import them."""
        document = self.window.document
        folder = document.path.parent if document.path else Path.home()
        paths = self.window.prompter.import_paths(folder, name_filter())
        if paths:
            self.import_files(paths)

    def paste_article(self) -> None:
        """Edit ▸ Paste as New Article: the clipboard's text becomes an article."""
        from desktop_app.core.article_edits import paste_article
        from desktop_app.ui.reading.pane_layout import PaneLayout

        text = QGuiApplication.clipboard().text()
        edit = paste_article(self.window.document.project, text)
        if edit is None:
            self.window.announce("The clipboard holds no text to paste.", 4000)
            return
        self.window.document.push(edit)
        article = edit.record  # type: ignore[attr-defined]
        shown = self.window.feature(PaneLayout).present([article.id])
        said = f"Pasted “{article.title}” as a new article ({len(article.text):,} characters)."
        self.window.announce(said if shown else f"{said} {_waiting(1)}", 5000)

    def import_files(self, paths: list[Path], pane_index: int | None = None) -> bool:
        """Read ``paths`` on a worker thread, then merge them as one undo step.

        ``pane_index``: the pane that shows the first new article (files dropped on it).
        False when an import is already running.
        """
        if self.busy or not paths:
            return False
        if self.window.document.read_only:
            self.window.announce(
                "This project is read-only: nothing can be imported into it.", 5000
            )
            return False
        self._paths = list(paths)
        self._pane_index = pane_index
        self._stop = threading.Event()
        self._signals = _WorkerSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        dialog = QProgressDialog(self.window.widget)
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle("Importing")
        dialog.setLabel(plain_label())  # it names the files being read
        dialog.setLabelText(self._label(0))
        dialog.setCancelButtonText("Cancel")
        dialog.setRange(0, PROGRESS_STEPS)
        dialog.setMinimumDuration(400)
        dialog.setMinimumWidth(440)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.progress_dialog = dialog
        for action_id in ("file.import", "edit.paste_article"):
            self.window.commands[action_id].setEnabled(False)
        self.pool.start(
            _ReadFiles(self._paths, self.window.document.project, self._stop, self._signals)
        )
        return True

    def cancel(self) -> None:
        """Stop the running import; nothing it read is added."""
        if self._stop is not None:
            self._stop.set()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText("Cancelling…")

    # -- progress and result --------------------------------------------------------------

    def _label(self, number: int) -> str:
        name = self._paths[number].name if number < len(self._paths) else ""
        if len(self._paths) == 1:
            return f"Reading “{name}”…"
        return f"Reading “{name}” ({number + 1} of {len(self._paths)})…"

    def _on_progress(self, number: int, fraction: float) -> None:
        dialog = self.progress_dialog
        if dialog is None or self._stop is None or self._stop.is_set():
            return
        dialog.setLabelText(self._label(number))
        done = (number + max(0.0, min(1.0, fraction))) / max(1, len(self._paths))
        dialog.setValue(round(done * PROGRESS_STEPS))

    def _on_finished(self, outcome: ImportOutcome) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._stop = None
        if self._signals is not None:
            self._signals.deleteLater()
            self._signals = None
        for action_id in ("file.import", "edit.paste_article"):
            self.window.commands[action_id].setEnabled(True)
        if outcome.cancelled:
            self.window.announce("Import cancelled; nothing was added.", 5000)
        else:
            self._merge(outcome)
        self.finished.emit(outcome)

    def _merge(self, outcome: ImportOutcome) -> None:
        from desktop_app.core.merge import already_present, merge_imported
        from desktop_app.ui.reading.pane_layout import PaneLayout

        document = self.window.document
        project = document.project
        stack = document.undo_stack
        names = [path.name for path, _ in outcome.bundles]
        label = f"Import {names[0]}" if len(names) == 1 else f"Import {len(names)} files"
        new_articles: list[str] = []
        warnings: list[str] = []
        opened = False
        known = 0  # annotations of passages the project has already, with the same codes
        for path, bundle in outcome.bundles:
            warnings += bundle.warnings
            known += already_present(project, bundle)
            edit = merge_imported(project, bundle, label=f"Import {path.name}")
            if edit is None:
                continue
            if not opened:
                stack.beginMacro(label)
                opened = True
            document.push(edit)
            new_articles += [a.id for a in bundle.articles if a.id in project.articles]
        if opened:
            stack.endMacro()
        if outcome.failures:
            count = len(outcome.failures)
            self.window.prompter.error(
                f"Could not import {counted(count, 'file')}",
                "\n\n".join(outcome.failures),
            )
        shown = self.window.feature(PaneLayout).present(new_articles, self._pane_index)
        summary = _summary(outcome, new_articles, opened, warnings) + _already_there(known)
        if new_articles and not shown:
            summary += f" {_waiting(len(new_articles))}"
        self.window.announce(summary, 6000)

    # -- drops ----------------------------------------------------------------------------

    def _watch_panes(self) -> None:
        for pane in self.window.reader.panes:
            pane.view.setAcceptDrops(True)
            pane.view.viewport().setAcceptDrops(True)
            pane.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dragged onto the window or a pane are imported (into that pane)."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDropEvent)
        ):
            if dropped_files(event) and not self.busy and not self.window.document.read_only:
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_files(event)
            if not paths:
                return False
            event.acceptProposedAction()
            self.import_files(paths, self._pane_of(watched))
            return True
        return False

    def _pane_of(self, watched: QObject) -> int | None:
        if not isinstance(watched, QWidget):
            return None
        pane = self.window.reader.pane_of(watched)
        return self.window.reader.panes.index(pane) if pane is not None else None


def _waiting(count: int) -> str:
    """Said when new articles did not take a pane: the panes keep what the reader reads."""
    if count == 1:
        return "It waits in the Articles list (Ctrl+Shift+L) until you open it in a pane."
    return "They wait in the Articles list (Ctrl+Shift+L) until you open them in a pane."


def _already_there(count: int) -> str:
    """Said when an import brought passages the project has already (a file exported from
    it and read back through another tool, with new ids): merged, not added twice."""
    if not count:
        return ""
    were = "was" if count == 1 else "were"
    return (
        f" {counted(count, 'annotation').capitalize()} {were} already in the project (same "
        "passage and codes) and merged, not added again."
    )


def _summary(
    outcome: ImportOutcome, new_articles: list[str], changed: bool, warnings: list[str]
) -> str:
    if not outcome.bundles:
        return "Nothing was imported."
    if not changed:
        return "Nothing new: everything was already in the project."
    count = len(new_articles)
    text = f"Imported {counted(count, 'article')}" if count else "Imported"
    text += f" from {counted(len(outcome.bundles), 'file')}"
    if outcome.failures:
        text += f"; {len(outcome.failures)} failed"
    if warnings:
        text += f". Note: {warnings[0]}" + (f" (+{len(warnings) - 1} more)" if warnings[1:] else "")
    return text + "."


def install(window: Host) -> None:
    """Add File ▸ Import, Edit ▸ Paste as New Article and file drops to ``window``."""
    importer = ImportController(window)
    window.add_feature(importer)
    add = window.commands.add
    import_action = add(
        "file.import",
        "&Import…",
        importer.choose_files,
        shortcut="Ctrl+I",
        tip="Add articles (text, Markdown, web pages, Word, PDF, EPUB) or annotation files",
    )
    paste = add(
        "edit.paste_article",
        "&Paste as New Article",
        importer.paste_article,
        shortcut="Ctrl+Shift+V",
        tip="Make an article of the text on the clipboard (its first line is the title)",
    )
    file_menu = window.menus["file"]
    quit_action = window.commands["file.quit"]
    file_menu.insertAction(quit_action, import_action)
    file_menu.insertSeparator(quit_action)
    edit_menu = window.menus["edit"]
    edit_menu.addSeparator()
    edit_menu.addAction(paste)
