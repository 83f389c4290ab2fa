"""One pane on a 1 MB article holding 10,000 highlights: the figures DESIGN.md budgets.

Printed (run with ``-s``), never asserted: these machines are noisy. Budget per pane:
tag a selection < 1 ms of model work and < 10 ms until repainted; repaint < 8 ms; scroll a
page < 16 ms; open and show < 150 ms; highlights add < 10 MB. And a 300,000-character
article with 2,000 overlapping annotations opens in < 100 ms.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Project
from desktop_app.ui.reading.article_pane import ArticlePane
from tests.benchmarks.synthetic import prose, spans

pytestmark = pytest.mark.benchmark
ROOT = Path(__file__).resolve().parents[2]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _median_ms(action: Callable[[], object], repeats: int = 15) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


def _project(size: int, count: int, seed: int = 1) -> Project:
    article = make_article(prose(size, seed), title="Synthetic")
    project = new_project([article])
    codes = [c.id for c in project.codes]
    for i, (start, end) in enumerate(spans(count, len(article.text), seed + 1)):
        # Distinct spans only: toggling an existing span would take its tag off again.
        if project.annotation_with_span(article.id, start, end) is None:
            toggle_tag(project, article.id, start, end, codes[i % len(codes)]).apply(project)
    return project


def _open(project: Project) -> tuple[ArticlePane, float]:
    """Open the first article in a pane, as a window, until its first frame is painted."""
    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    pane = ArticlePane(project, project.articles.at(0))
    pane.resize(900, 1000)
    pane.show()
    app.processEvents()  # the highlighter's first pass runs from the event loop
    pane.view.viewport().repaint()
    return pane, (time.perf_counter() - started) * 1000


def _stats(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), min(values)


def _pane_memory_in_fresh_process(highlights: int) -> float:
    """RSS added by opening a pane on the 1 MB article with this many highlights (MB)."""
    code = (
        "from tests.benchmarks.test_reader_bench import pane_memory; "
        f"print(pane_memory({highlights}))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT
    )
    return float(result.stdout.strip().splitlines()[-1])


def pane_memory(highlights: int) -> float:
    """In this process: build the project, then measure what opening its pane adds."""
    app = QApplication.instance() or QApplication([])
    project = _project(1_000_000, highlights)
    _open(_project(2_000, 0))[0].close()  # fonts and Qt's caches are not the pane's cost
    gc.collect()
    before = _rss_mb()
    _pane, _ = _open(project)
    app.processEvents()
    return _rss_mb() - before


def _report(label: str, figure: tuple[float, float], budget: str) -> None:
    median, best = figure
    print(f"{label:44s} median {median:8.2f} ms  best {best:8.2f} ms   (budget {budget})")


def test_one_pane_on_a_1mb_article_with_10k_highlights(qapp: QApplication) -> None:
    plain = _project(1_000_000, 0)
    coded = _project(1_000_000, 10_000)
    print(f"\n1 MB article, {len(coded.annotations)} highlights in one pane (900x1000)")

    _open(plain)[0].close()  # warm up fonts and caches once
    opened = []
    for project in (plain, coded, plain, coded, plain, coded):
        pane, elapsed = _open(project)
        opened.append(elapsed)
        pane.close()
        pane.deleteLater()
        qapp.processEvents()
    _report("open and show, no highlights", _stats(opened[0::2]), "-")
    _report("open and show, 10,000 highlights", _stats(opened[1::2]), "150 ms")
    without, with_highlights = (_pane_memory_in_fresh_process(n) for n in (0, 10_000))
    print(
        f"{'memory: pane with 10k highlights minus without':44s} "
        f"{with_highlights - without:8.2f} MB   (budget 10 MB; pane alone {without:.1f} MB)"
    )
    pane, _ = _open(coded)

    view = pane.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    view.viewport().repaint()
    _report("repaint", _median_ms(view.viewport().repaint), "8 ms")
    bar = view.verticalScrollBar()

    def scroll_page() -> None:
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()

    _report("scroll one page", _median_ms(scroll_page), "16 ms")

    article = coded.articles.at(0)
    code = coded.codes.at(2).id
    first = view.firstVisibleBlock()
    anchor = view.plan.offsets.to_canonical(first.position(), forward=True)
    targets = iter(range(anchor + 5, anchor + 5 + 40 * 3, 3))

    def tag_model_only() -> None:
        start = next(targets)
        toggle_tag(coded, article.id, start, start + 37, code).apply(coded)

    shown_project = coded
    coded = _project(1_000_000, 10_000)  # the same annotations, with no view attached
    article = coded.articles.at(0)
    _report("tag a selection: model work", _median_ms(tag_model_only, 20), "1 ms")
    coded = shown_project
    article = coded.articles.at(0)

    def tag_and_repaint() -> None:
        start = next(targets)
        toggle_tag(coded, article.id, start, start + 41, code).apply(coded)
        view.viewport().repaint()

    _report("tag a selection: until repainted", _median_ms(tag_and_repaint, 20), "10 ms")
    pane.close()


def test_a_long_densely_coded_article_opens_fast(qapp: QApplication) -> None:
    project = _project(300_000, 2_000, seed=7)
    timings = []
    for _ in range(5):
        pane, elapsed = _open(project)
        timings.append(elapsed)
        pane.close()
        pane.deleteLater()
        qapp.processEvents()
    print(
        f"\n300,000 characters, {len(project.annotations)} overlapping annotations: open and "
        f"show median {statistics.median(timings):.1f} ms, best {min(timings):.1f} ms "
        "(budget 100 ms; QualCoder measured here: 1.5 s)"
    )
