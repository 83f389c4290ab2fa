"""A class of 40: collecting their files and agreement for every pair and code.

Figures are printed (run with ``-s``); nothing is asserted about time. Budget (issue 15):
40 student files, each with the two sample articles and 100 annotations: collect all in
<= 2 s, agreement for all pairs and codes in <= 2 s.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest

from desktop_app.core.agreement import Source, UnitKind, compute_agreement
from desktop_app.core.classroom.collect import Incoming, collect
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.project import Project
from desktop_app.importers.samples import sample_articles
from desktop_app.storage.project_file import load, save
from tests.core.classroom_builders import coder_project, random_spans

pytestmark = pytest.mark.benchmark

STUDENTS = 40
ANNOTATIONS = 100
T = TypeVar("T")


def _timed(action: Callable[[], T], repeats: int) -> tuple[float, float, T]:
    """Best and median wall time in seconds, and the last result."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times), result


def _line(label: str, best: float, median: float, budget: str = "") -> None:
    note = f"   (budget {budget})" if budget else ""
    print(f"{label:46s} best {best:6.3f} s  median {median:6.3f} s{note}")


def _class_files(folder: Path) -> list[Path]:
    articles = sample_articles()
    rng = random.Random(15)
    paths = []
    for n in range(STUDENTS):
        student = coder_project(
            articles, f"Student {n:02d}", random_spans(rng, articles, ANNOTATIONS)
        )
        path = folder / f"Week 3 - Student {n:02d}.parallax.json"
        save(student, path)
        paths.append(path)
    return paths


def test_collect_and_agreement_for_a_class_of_40(tmp_path: Path) -> None:
    paths = _class_files(tmp_path)
    articles = sample_articles()
    sizes = ", ".join(f"{len(a.text):,}" for a in articles)
    print(f"\n{STUDENTS} students x {ANNOTATIONS} annotations on the samples ({sizes} code points)")

    best, median, incoming = _timed(lambda: [Incoming(p.name, load(p)) for p in paths], 3)
    _line("load the 40 files", best, median)

    def collect_all() -> Project:
        teacher = Project(articles=articles, codes=DEFAULT_CODES)
        collected = collect(teacher, incoming)
        assert collected.edit is not None
        collected.edit.apply(teacher)
        return teacher

    best, median, teacher = _timed(collect_all, 5)
    _line("collect into one project (one edit, applied)", best, median, "2 s with loading")
    assert len(teacher.annotations) == STUDENTS * ANNOTATIONS

    sources = [Source(i.name, i.project) for i in incoming]
    units: tuple[UnitKind, ...] = ("character", "sentence")
    for unit in units:
        best, median, result = _timed(partial(compute_agreement, sources, unit=unit), 3)
        pairs = sum(len(code.cohen_kappa) for code in result.codes)
        _line(f"agreement, {unit} units ({pairs:,} pair-codes)", best, median, "2 s")

    one_file = [Source("class", teacher)]
    best, median, _ = _timed(lambda: compute_agreement(one_file), 3)
    _line("agreement from the collected file", best, median)
