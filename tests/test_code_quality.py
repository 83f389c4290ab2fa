"""The code stays ruff-clean, and the Qt-free layers type-check strictly (mypy)."""

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
