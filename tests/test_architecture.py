"""The layering of DESIGN.md, checked: the Qt-free packages really are Qt-free."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
QT_FREE = ("core", "storage", "importers", "exporters")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", QT_FREE)
def test_package_source_never_imports_qt(package: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for name in _imported_modules(path)
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt6", "PyQt5")
        or name.startswith("desktop_app.ui")
    ]
    assert offenders == []


def test_cli_never_imports_the_ui() -> None:
    for path in (PACKAGE / "cli").rglob("*.py"):
        assert not any(
            n.startswith("desktop_app.ui") or n.startswith("desktop_app.app")
            for n in _imported_modules(path)
        ), path


def test_importing_the_headless_layers_loads_no_qt() -> None:
    modules = sorted(
        "desktop_app." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for package in (*QT_FREE, "", "cli")
        for p in (PACKAGE / package).glob("*.py")
        if p.name not in ("__main__.py", "app.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
