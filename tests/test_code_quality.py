"""The code stays ruff-clean and type-checks: mypy on the package and its tests, strict for
core+storage."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "desktop_app", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_headless_layers_type_check() -> None:
    packages = [
        "desktop_app/core",
        "desktop_app/storage",
        "desktop_app/importers",
        "desktop_app/exporters",
    ]
    result = subprocess.run(
        [_tool("mypy"), *packages, "desktop_app/cli"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_the_whole_package_and_its_tests_type_check() -> None:
    """UI and tests included; pyproject.toml keeps core and storage under ``--strict``."""
    result = subprocess.run(
        [_tool("mypy"), "desktop_app", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_status_messages_go_through_announce() -> None:
    """Only the window's ``announce`` (and its standing hint) writes the status bar, so
    screen readers hear every message."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "desktop_app").rglob("*.py"))
        if path.name != "main_window.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "showMessage(" in line
    ]
    assert offenders == []
