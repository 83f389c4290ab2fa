"""The comparison's worker outlives its window safely: a late result reaches nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop_app.ui.compare import runner as runner_module
from desktop_app.ui.compare.mode import CompareMode
from desktop_app.ui.compare.runner import CompareRunner
from tests.ui.conftest import WindowFactory


def _held(monkeypatch: pytest.MonkeyPatch, engine: Callable[[str, str], object]) -> threading.Event:
    """Make the worker run ``engine`` only once the returned event is set."""
    release = threading.Event()

    def compare(text_a: str, text_b: str) -> object:
        release.wait(5)
        return engine(text_a, text_b)

    monkeypatch.setattr(runner_module, "_compare", compare)
    return release


@pytest.fixture
def held_comparison(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """A stand-in engine ("one ~ two"), answering once the returned event is set."""
    return _held(monkeypatch, lambda text_a, text_b: f"{text_a} ~ {text_b}")


@pytest.fixture
def held_engine(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The real engine, answering once the returned event is set."""
    return _held(monkeypatch, runner_module._compare)


def _asking(owner: QObject) -> tuple[CompareRunner, list[object]]:
    """A runner owned by ``owner`` that asked to compare "one" with "two", and the
    (key, comparison) results it will have been given."""
    runner = CompareRunner(owner)
    results: list[object] = []
    runner.finished.connect(lambda key, comparison: results.append((key, comparison)))
    runner.request(("a", "b"), "one", "two")
    return runner, results


def test_a_result_reaches_the_runner_that_asked(
    qtbot: QtBot, held_comparison: threading.Event
) -> None:
    owner = QObject()  # kept: a runner goes with its owner
    runner, results = _asking(owner)
    assert runner.busy
    held_comparison.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(("a", "b"), "one ~ two")]
    assert not runner.busy
    runner.shutdown()


def test_a_runner_deleted_while_comparing_gets_nothing_and_nothing_crashes(
    qtbot: QtBot, held_comparison: threading.Event
) -> None:
    owner = QObject()
    runner, results = _asking(owner)
    pool = runner._pool
    number = runner._number
    assert pool is not None
    assert number in runner_module._the_relay().runners
    shiboken6.delete(owner)  # the window goes away with its compare mode, mid-comparison
    assert not shiboken6.isValid(runner)
    assert number not in runner_module._the_relay().runners
    held_comparison.set()  # the worker finishes after its runner is gone …
    pool.shutdown(wait=True)
    qtbot.wait(50)  # … and its result, queued to the relay, goes nowhere
    assert results == []


def test_a_runner_shut_down_while_comparing_drops_the_late_result(
    qtbot: QtBot, held_comparison: threading.Event
) -> None:
    owner = QObject()
    runner, results = _asking(owner)
    pool = runner._pool
    assert pool is not None
    runner.shutdown()  # the window is closing
    held_comparison.set()
    pool.shutdown(wait=True)
    qtbot.wait(50)
    assert results == []
    assert not runner.busy


def test_the_summary_does_not_talk_over_what_the_user_was_told_meanwhile(
    qtbot: QtBot, make_window: WindowFactory, held_engine: threading.Event
) -> None:
    window = make_window()
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.runner.busy)
    window.announce("Imported 1 file: 3 annotations were already in the project.")
    held_engine.set()
    qtbot.waitUntil(lambda: mode.comparison is not None)  # drawn as usual
    assert mode.gutter.ribbons()
    assert window.statusBar().currentMessage().startswith("Imported 1 file")


def test_the_summary_is_said_when_nothing_else_was(
    qtbot: QtBot, make_window: WindowFactory, held_engine: threading.Event
) -> None:
    window = make_window()
    mode = window.feature(CompareMode)
    qtbot.waitUntil(lambda: mode.runner.busy)
    held_engine.set()
    qtbot.waitUntil(lambda: mode.comparison is not None)
    assert window.statusBar().currentMessage().startswith("Compared: ")
