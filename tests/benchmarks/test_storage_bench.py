"""Project files at scale: save, load, validate, and the cost of autosave while typing.

Figures are printed (run with ``-s``); nothing is asserted about time. DESIGN.md's budget:
save 10k annotations < 15 ms, load < 25 ms, 100k load < 300 ms.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest

from desktop_app.core.annotation_edits import set_note
from desktop_app.storage.project_file import decode_file, encode, from_file, paused_gc, save
from desktop_app.storage.recovery import RecoverySession
from desktop_app.storage.schema import ProjectFile
from desktop_app.storage.validation import salvage
from tests.storage.builders import build_project

pytestmark = pytest.mark.benchmark


def _best(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Best and median wall time in milliseconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return min(times), statistics.median(times)


def _line(label: str, timing: tuple[float, float], budget: str = "") -> None:
    best, median = timing
    note = f"   (budget {budget})" if budget else ""
    print(f"{label:52s} best {best:8.2f} ms  median {median:8.2f} ms{note}")


def test_save_load_validate_10k_on_a_1mb_article(tmp_path: Path) -> None:
    project = build_project(annotations=10_000, text_size=1_000_000, articles=1, seed=2)
    target = tmp_path / "big.parallax.json"
    save(project, target)
    raw = target.read_bytes()
    print(f"\n10,000 annotations on a 1 MB article: file {len(raw) / 1e6:.1f} MB")
    _line("encode", _best(lambda: encode(project), 7))
    _line(
        "save (encode + atomic write + fsync + backup)",
        _best(lambda: save(project, target), 7),
        "15 ms",
    )
    _line(
        "load (decode + validate + build Project)",
        _best(lambda: decode_file(raw, target), 7),
        "25 ms",
    )
    data = msgspec.json.decode(raw, type=ProjectFile)
    _line(
        "  of which: decode into records",
        _best(lambda: msgspec.json.decode(raw, type=ProjectFile), 7),
    )
    _line("  of which: build Project (indexes)", _best(lambda: from_file(data), 7))
    _line("validate with full report (salvage)", _best(lambda: salvage(raw, target), 5))


def test_load_100k(tmp_path: Path) -> None:
    project = build_project(annotations=100_000, text_size=1_000_000, articles=2, seed=3)
    raw = encode(project)
    target = tmp_path / "huge.parallax.json"
    print(f"\n100,000 annotations: file {len(raw) / 1e6:.1f} MB")

    def with_gc() -> None:
        gc.enable()
        msgspec.json.decode(raw, type=ProjectFile)

    def without_gc() -> None:
        with paused_gc():
            msgspec.json.decode(raw, type=ProjectFile)

    _line("decode, collector running", _best(with_gc, 3))
    _line("decode, collector paused", _best(without_gc, 3))
    _line(
        "load (collector paused, Project built)",
        _best(lambda: decode_file(raw, target), 3),
        "300 ms",
    )
    _line("validate with full report (salvage)", _best(lambda: salvage(raw, target), 2))


def test_autosave_while_typing_a_note(tmp_path: Path) -> None:
    """Each keystroke changes the note; a recovery copy is written after every one of them
    (the UI debounces to a few seconds, so this is the worst case)."""
    for count, text_size in ((100, 20_000), (2_000, 100_000), (10_000, 1_000_000)):
        project = build_project(annotations=count, text_size=text_size, articles=1, seed=4)
        session = RecoverySession()
        target = project.annotations.at(0).id
        note = "Framing: the accords as an economic opportunity for Kazakhstan"
        encoding, writing = [], []
        for length in range(1, len(note) + 1):
            edit = set_note(project, target, note[:length])
            if edit is not None:
                edit.apply(project)
            started = time.perf_counter()
            snapshot = session.snapshot(project, tmp_path / "p.parallax.json")
            encoded = time.perf_counter()
            snapshot.write()
            encoding.append((encoded - started) * 1000)
            writing.append((time.perf_counter() - encoded) * 1000)
        session.close()
        print(
            f"recovery copy per keystroke, {count:6,} annotations: encode (UI thread) "
            f"median {statistics.median(encoding):6.2f} ms, max {max(encoding):6.2f}; "
            f"write + fsync (worker) median {statistics.median(writing):6.2f} ms, "
            f"max {max(writing):6.2f}"
        )
