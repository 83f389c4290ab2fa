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


# -- the import graph -----------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports: at the top, in functions and under
    TYPE_CHECKING alike (a circle of types is still a circle in the design)."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                prefix = node.module or ""
                if node.level:
                    base = name.split(".") if is_package else name.split(".")[:-1]
                    base = base[: len(base) - (node.level - 1)]
                    prefix = ".".join(base + ([node.module] if node.module else []))
                targets = [prefix, *(f"{prefix}.{alias.name}" for alias in node.names)]
            for target in targets:
                found = resolve(target) if target.startswith(PACKAGE.name) else None
                if found is not None and found != name:
                    graph[name].add(found)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_the_import_graph_has_no_circles() -> None:
    assert _circles(_import_graph()) == []


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


#: What each layer may import of the package (besides itself and the package's own
#: ``__init__`` and ``paths``): dependencies point one way, down to core.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "storage": {"core"},
    "importers": {"core"},
    "exporters": {"core"},
    "cli": {"core", "storage", "importers", "exporters"},
}


def test_no_arrow_points_up() -> None:
    offenders = [
        f"{module} imports {target}"
        for module, targets in sorted(_import_graph().items())
        if _layer(module) in ALLOWED
        for target in sorted(targets)
        if _layer(target) not in {_layer(module), "", "paths", *ALLOWED[_layer(module)]}
    ]
    assert offenders == []


def test_the_graph_is_read_from_every_kind_of_import() -> None:
    graph = _import_graph()
    assert "desktop_app.core.project" in graph["desktop_app.core.edits"]  # at the top
    assert "desktop_app.ui.shell.prompts" in graph["desktop_app.ui.shell.host"]  # TYPE_CHECKING
    assert "desktop_app.importers.samples" in graph["desktop_app.opening"]  # in a function
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
