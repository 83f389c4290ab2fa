"""Cold start: Parallax on the two samples next to a bare two-pane PySide6 window.

Both start as fresh interpreters, report the time from being spawned to their first
painted frame, and quit; they alternate in the same run. The figures printed are medians,
and the ratio is what DESIGN.md budgets (< 1.5x), with the spread of the ratio of each pair
run side by side. On a shared, loaded machine the wall clock mostly measures the other users,
so the CPU time each process spends up to its first frame (user + system, ended right there)
is printed too, and with ``PARALLAX_BENCH_VALGRIND=1`` the instructions each executes up to
it (valgrind; deterministic, slow). ``PARALLAX_BENCH_RUNS`` sets the number of pairs (5).
Nothing is asserted about time.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parents[1] / "desktop_app"
RUNS = int(os.environ.get("PARALLAX_BENCH_RUNS", "5"))


def _timed(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawning ``command`` to its first painted frame (it says when)."""
    env = dict(env, PARALLAX_STARTED_AT=repr(time.time()))
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, timeout=60)
    found = re.search(r"first paint after ([0-9.]+) ms", done.stderr)
    assert found, done.stderr
    return float(found.group(1))


def _cpu(command: list[str], env: dict[str, str]) -> float:
    """CPU milliseconds (user + system) ``command`` spends until its first painted frame."""
    stop = [sys.executable, str(HERE / "exit_at_first_paint.py"), *command[1:]]
    env = dict(env, PARALLAX_STARTED_AT=repr(time.time()))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(stop, env=env, check=True, capture_output=True, timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return used * 1000


def _instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions ``command`` executes until its first painted frame (valgrind's count)."""
    stop = [sys.executable, str(HERE / "exit_at_first_paint.py"), *command[1:]]
    counted = [shutil.which("valgrind") or "valgrind", "--tool=callgrind"]
    counted += ["--callgrind-out-file=/dev/null", *stop]
    env = dict(env, PARALLAX_STARTED_AT=repr(time.time()), PYTHONHASHSEED="0")
    done = subprocess.run(counted, env=env, check=True, capture_output=True, text=True, timeout=600)
    found = re.search(r"Collected : ([0-9]+)", done.stderr)
    assert found, done.stderr
    return int(found.group(1))


def _spread(ratios: list[float]) -> str:
    """Median, quartiles and extremes of per-pair ratios."""
    if len(ratios) < 2:
        return f"{ratios[0]:.2f}"
    low, _middle, high = statistics.quantiles(ratios, n=4)
    return (
        f"median {statistics.median(ratios):.2f}, quartiles {low:.2f}-{high:.2f}, "
        f"range {min(ratios):.2f}-{max(ratios):.2f}"
    )


def test_cold_start_to_first_paint_against_a_bare_window() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARALLAX_QUIT_AFTER_MS="0")
    # An installed app has its bytecode compiled (pip does it); this machine's environment
    # sets PYTHONDONTWRITEBYTECODE, so compile once, or every start would recompile.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PACKAGE)], check=True)
    app = [sys.executable, "-m", "desktop_app"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    _timed(app, env)  # warm the page cache for both
    _timed(bare, env)
    app_times, bare_times, app_cpu, bare_cpu = [], [], [], []
    for _ in range(RUNS):
        app_times.append(_timed(app, env))
        bare_times.append(_timed(bare, env))
        app_cpu.append(_cpu(app, env))
        bare_cpu.append(_cpu(bare, env))
    app_ms, bare_ms = statistics.median(app_times), statistics.median(bare_times)
    print(
        f"\ncold start to first paint (median of {RUNS}): Parallax {app_ms:.0f} ms, "
        f"bare two-pane window {bare_ms:.0f} ms, ratio {app_ms / bare_ms:.2f} (budget < 1.5)"
    )
    wall_ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    print(f"  wall-clock ratio of each pair: {_spread(wall_ratios)}")
    app_used, bare_used = statistics.median(app_cpu), statistics.median(bare_cpu)
    print(
        f"CPU time to first paint (median of {RUNS}): Parallax {app_used:.0f} ms, "
        f"bare two-pane window {bare_used:.0f} ms, ratio {app_used / bare_used:.2f}"
    )
    cpu_ratios = [a / b for a, b in zip(app_cpu, bare_cpu, strict=True)]
    print(f"  CPU-time ratio of each pair: {_spread(cpu_ratios)}")
    if os.environ.get("PARALLAX_BENCH_VALGRIND") == "1" and shutil.which("valgrind"):
        app_count, bare_count = _instructions(app, env), _instructions(bare, env)
        print(
            f"instructions to first paint (valgrind): Parallax {app_count / 1e6:.0f} M, "
            f"bare two-pane window {bare_count / 1e6:.0f} M, ratio {app_count / bare_count:.3f}"
        )


def _enum_census(command: list[str], env: dict[str, str], out: Path) -> list[list[str]]:
    """The enum types ``command`` makes before its first frame (``enum_census.py``)."""
    census = [sys.executable, "-m", "tests.benchmarks.enum_census", str(out), *command[1:]]
    env = dict(env, PARALLAX_STARTED_AT=repr(time.time()))
    root = HERE.parents[1]
    subprocess.run(census, env=env, cwd=root, check=True, capture_output=True, timeout=60)
    return [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]


def test_enum_types_made_before_the_first_paint(tmp_path: Path) -> None:
    """Which Python enum types each start makes before its first frame, and who asked.

    PySide6 makes a class's enum types on the class's first use, and the ``Qt`` namespace's
    93 all at once on the first use of ``Qt`` (any member, or a method that takes or
    returns one): the window's dock needs one (``addDockWidget``), so that cost is paid
    whatever else avoids ``Qt``. The figures show what a change adds.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARALLAX_QUIT_AFTER_MS="0")
    app = _enum_census([sys.executable, "-m", "desktop_app"], env, tmp_path / "app.tsv")
    bare = _enum_census([sys.executable, str(HERE / "bare_window.py")], env, tmp_path / "bare.tsv")
    both = {(module, name) for module, name, _count, _asker in bare}
    extra = [row for row in app if (row[0], row[1]) not in both]
    in_qt = [row for row in extra if row[1].startswith("Qt.")]
    print(
        f"\nenum types made before the first paint: Parallax {len(app)} "
        f"({sum(int(row[2]) for row in app)} members), bare window {len(bare)} "
        f"({sum(int(row[2]) for row in bare)} members)"
    )
    print(
        f"  Parallax's extra: {len(in_qt)} of the Qt namespace "
        f"({sum(int(row[2]) for row in in_qt)} members, first asked for at "
        f"{in_qt[0][3] if in_qt else '-'}), {len(extra) - len(in_qt)} others:"
    )
    askers: dict[str, list[str]] = {}
    for _module, name, count, asker in extra:
        if not name.startswith("Qt."):
            askers.setdefault(asker, []).append(f"{name} ({count})")
    for asker, names in askers.items():
        print(f"    {asker}: {', '.join(names)}")
