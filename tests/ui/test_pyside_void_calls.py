"""The PySide6 6.12.0 / Python 3.11 trap (DESIGN.md, known traps): void calls must not eat None.

PySide6 6.12.0 on CPython < 3.12 decrements ``None``'s reference count on every call of a
method returning nothing, and the interpreter aborts ("none_dealloc") once it reaches zero.
These tests make that many calls in a child process (so a crash fails a test instead of
killing pytest), check the installed version, and check that pyproject.toml keeps every
install on Python 3.11 away from 6.12.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
CALLS = 100_000
PYSIDE_DISTRIBUTIONS = ("pyside6", "pyside6-essentials", "pyside6-addons")

_VOID_CALLS = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument

    app = QGuiApplication([])
    document = QTextDocument("x" * 100)
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        cursor.setPosition(i % 100)  # returns nothing
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def _run_void_calls() -> tuple[int, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _VOID_CALLS],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, (
        f"the interpreter died after void Qt calls (exit {result.returncode}):\n{result.stderr}"
    )
    before, after = (int(n) for n in result.stdout.split())
    return before, after


@pytest.mark.gui
def test_many_void_qt_calls_neither_crash_nor_leak_none_references() -> None:
    before, after = _run_void_calls()
    if sys.version_info < (3, 12):
        # The bug takes one reference per call (100,000 here); allow a little noise.
        assert after >= before - 100, f"None lost {before - after} references in {CALLS} calls"
    else:
        # None is immortal (PEP 683): its reported count never moves.
        assert after == before


def _installed_pyside_version() -> str:
    for name in ("PySide6-Essentials", "PySide6"):
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    import PySide6

    return PySide6.__version__


def test_installed_pyside_is_not_the_aborting_release() -> None:
    import PySide6

    versions = {_installed_pyside_version(), PySide6.__version__}
    if sys.version_info < (3, 12):
        assert "6.12.0" not in versions
    assert all(v.split(".")[0] == "6" for v in versions)


def _pyside_requirements() -> list[tuple[str, str]]:
    """(requirement, extra) for every PySide6 requirement in pyproject.toml."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    found = [(r, "") for r in project.get("dependencies", [])]
    for extra, requirements in project.get("optional-dependencies", {}).items():
        found += [(r, extra) for r in requirements]
    return [
        (r, extra) for r, extra in found if r.split(";")[0].strip().lower().startswith("pyside6")
    ]


@pytest.mark.parametrize(
    ("python", "aborting_allowed"),
    [("3.11.7", False), ("3.11.0", False), ("3.12.3", True), ("3.13.1", True)],
)
def test_dependency_markers_keep_6_12_0_away_from_python_3_11(
    python: str, aborting_allowed: bool
) -> None:
    # packaging is always there: pytest itself depends on it.
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    environment = {"python_version": ".".join(python.split(".")[:2]), "python_full_version": python}
    applicable = []
    for text, extra in _pyside_requirements():
        requirement = Requirement(text)
        assert canonicalize_name(requirement.name) in PYSIDE_DISTRIBUTIONS
        marker = requirement.marker
        if marker is None or marker.evaluate({**environment, "extra": extra}):
            applicable.append(requirement)
    assert applicable, f"no PySide6 requirement applies on Python {python}"
    for requirement in applicable:
        # The release in this venv must stay installable on every Python.
        assert requirement.specifier.contains("6.11.3", prereleases=True), requirement
        if not aborting_allowed:
            assert not requirement.specifier.contains("6.12.0", prereleases=True), requirement
