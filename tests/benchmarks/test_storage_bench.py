"""Project files at scale: save, load, validate, and the cost of autosave while typing.

Figures are printed (run with ``-s``); nothing is asserted about time. DESIGN.md's budget:
save 10k annotations < 15 ms, load < 25 ms, 100k load < 300 ms.
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable
from hashlib import sha256
from pathlib import Path

import msgspec
import pytest

from desktop_app.core.annotation_edits import set_note
from desktop_app.core.project import Project
from desktop_app.storage.atomic import write_atomic
from desktop_app.storage.file_encoder import encode_file
from desktop_app.storage.project_file import (
    decode_file,
    encode,
    from_file,
    paused_gc,
    save,
    to_file,
)
from desktop_app.storage.recovery import RecoverySession
from desktop_app.storage.schema import ProjectFile
from desktop_app.storage.validation import salvage
from desktop_app.storage.watch import DiskState
from tests.storage.builders import build_project
from tests.storage.reference_encoding import reference_encode

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
    # The machine is shared and noisy: each figure is also given as a ratio to a reference
    # measured in the same run, one msgspec call on the same data (no layout, no cache).
    file_struct = to_file(project)
    plain_encode = _best(lambda: msgspec.json.encode(file_struct), 7)
    _line("reference: msgspec.json.encode(file), one call", plain_encode)
    _line("encode from scratch, as before the cache", _best(lambda: reference_encode(project), 7))
    _line("encode, nothing cached (first save)", _best(lambda: encode_file(to_file(project)), 7))
    _line("encode, nothing changed", _best(lambda: encode(project), 7))
    rows = iter(range(10_000))

    def edit_then_encode() -> None:
        row = next(rows)
        _note_edit(project, row)
        encode(project)

    _line("encode after one edit (edit included)", _best(edit_then_encode, 7))

    def save_as_before() -> None:
        data = reference_encode(project)
        write_atomic(target, data)
        DiskState.written(target, data)

    _line("save as before (fresh encode, hash after the write)", _best(save_as_before, 7))
    saved = _best(lambda: save(project, target), 7)
    _line("save (encode + atomic write + fsync + backup)", saved, "15 ms")

    def edit_then_save() -> None:
        _note_edit(project, next(rows))
        save(project, target)

    saved_after_edit = _best(edit_then_save, 7)
    _line("save after one edit (edit included)", saved_after_edit, "15 ms")

    def plain_write() -> None:
        with open(tmp_path / "plain.json", "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())

    written = _best(plain_write, 7)
    _line("reference: plain write + fsync of the same bytes", written)
    data_bytes = encode(project)
    _line("  of which: SHA-256 of the file (DiskState)", _best(lambda: sha256(data_bytes), 7))
    plain_decode = _best(lambda: msgspec.json.decode(raw), 7)
    _line("reference: msgspec.json.decode(raw), untyped, one call", plain_decode)
    loaded = _best(lambda: decode_file(raw, target), 7)
    _line("load (decode + validate + build Project)", loaded, "25 ms")
    data = msgspec.json.decode(raw, type=ProjectFile)
    _line(
        "  of which: decode into records",
        _best(lambda: msgspec.json.decode(raw, type=ProjectFile), 7),
    )
    _line("  of which: build Project (indexes)", _best(lambda: from_file(data), 7))
    _line("validate with full report (salvage)", _best(lambda: salvage(raw, target), 5))
    print(
        f"ratios of the best times: save / (plain encode + plain write) "
        f"{saved[0] / (plain_encode[0] + written[0]):.2f}, save after an edit "
        f"{saved_after_edit[0] / (plain_encode[0] + written[0]):.2f}; "
        f"load / plain decode {loaded[0] / plain_decode[0]:.2f}"
    )


def _note_edit(project: Project, row: int) -> None:
    edit = set_note(project, project.annotations.at(row).id, f"note {row}")
    assert edit is not None
    edit.apply(project)


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
        snapshotting: list[float] = []
        encoding: list[float] = []
        writing: list[float] = []
        for length in range(1, len(note) + 1):
            edit = set_note(project, target, note[:length])
            if edit is not None:
                edit.apply(project)
            started = time.perf_counter()
            snapshot = session.snapshot(project, tmp_path / "p.parallax.json")
            taken = time.perf_counter()
            data = snapshot.data
            encoded = time.perf_counter()
            snapshot.write()
            snapshotting.append((taken - started) * 1000)
            encoding.append((encoded - taken) * 1000)
            writing.append((time.perf_counter() - encoded) * 1000)
            assert len(data) > 0
        session.close()
        print(
            f"recovery copy per keystroke, {count:6,} annotations: snapshot (UI thread) "
            f"median {statistics.median(snapshotting):5.2f} ms, max {max(snapshotting):5.2f}; "
            f"on the worker: encode median {statistics.median(encoding):5.2f} ms, "
            f"encode + write + fsync median {statistics.median(writing):6.2f} ms, "
            f"max {max(writing):6.2f}"
        )
