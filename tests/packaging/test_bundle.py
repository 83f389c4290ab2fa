"""Smoke test of the PyInstaller app: build it, then use it as a user would, offscreen.

Building takes a minute or more, so this runs only when asked:
``PARALLAX_BUNDLE_TEST=1 python -m pytest tests/packaging/test_bundle.py -s`` (add
``PARALLAX_BUNDLE_REUSE=1`` to test an existing ``dist/parallax`` without rebuilding).
The bundle runs in a scrubbed environment, from a scratch folder, so it cannot lean on
this checkout or its virtual environment; its results are checked with the source code.
"""

from __future__ import annotations

import csv
import os
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.storage.project_file import load, save
from desktop_app.ui.shell.about import MAIN_LIBRARIES
from tests.packaging import bundle_fixtures

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("PARALLAX_BUNDLE_TEST") != "1",
        reason="builds the PyInstaller app (minutes); run with PARALLAX_BUNDLE_TEST=1",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("PARALLAX_BUNDLE_DIST", ROOT / "dist"))
TAGGED_PASSAGE = "critical minerals"


@pytest.fixture(scope="module")
def executable() -> Path:
    """The bundle's executable, built now unless PARALLAX_BUNDLE_REUSE=1 and one exists."""
    path = DIST / "parallax" / ("parallax.exe" if sys.platform == "win32" else "parallax")
    if os.environ.get("PARALLAX_BUNDLE_REUSE") == "1" and path.is_file():
        return path
    build = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(DIST)]
    result = subprocess.run(build, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert path.is_file()
    return path


def _environment(**extra: str) -> dict[str, str]:
    """This process's environment without any trace of Python, the venv or the checkout."""
    scrubbed = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST", "HYPOTHESIS"))
    }
    return {**scrubbed, "QT_QPA_PLATFORM": "offscreen", **extra}


def run_bundle(
    executable: Path, *args: str | Path, cwd: Path, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the bundle's executable with ``args`` from ``cwd``."""
    return subprocess.run(
        [str(executable), *map(str, args)],
        cwd=cwd,
        env=_environment(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _tag_passage(project_file: Path) -> str:
    """Tag the first occurrence of TAGGED_PASSAGE with “economics”; returns the article id."""
    project = load(project_file)
    article = next(a for a in project.articles if TAGGED_PASSAGE in a.text)
    start = article.text.index(TAGGED_PASSAGE)
    code = project.code_by_name("economics")
    assert code is not None
    toggle_tag(project, article.id, start, start + len(TAGGED_PASSAGE), code.id).apply(project)
    save(project, project_file)
    return article.id


def test_version_is_the_one_in_the_package(executable: Path, tmp_path: Path) -> None:
    result = run_bundle(executable, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Parallax {__version__}"


def test_new_import_tag_validate_export(executable: Path, tmp_path: Path) -> None:
    project_file = tmp_path / "reading.parallax.json"
    created = run_bundle(executable, "new", project_file, cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert len(load(project_file).articles) == 2  # the bundled samples

    documents = bundle_fixtures.write_all(tmp_path)
    imported = run_bundle(executable, "import", project_file, *documents, cwd=tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    texts = [article.text for article in load(project_file).articles]
    assert len(texts) == 2 + len(documents)
    for name, phrase in bundle_fixtures.PHRASES.items():
        assert sum(phrase in text for text in texts) == 1, name

    article_id = _tag_passage(project_file)
    validated = run_bundle(executable, "validate", project_file, cwd=tmp_path)
    assert validated.returncode == 0, validated.stdout + validated.stderr

    table = tmp_path / "annotations.csv"
    exported = run_bundle(
        executable, "export", "--format", "csv", "-o", table, project_file, cwd=tmp_path
    )
    assert exported.returncode == 0, exported.stderr
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    assert rows[0]["quote"] == TAGGED_PASSAGE
    assert rows[0]["tag"] == "economics"
    assert rows[0]["article_id"] == article_id

    exports = (("qdpx", "project.qdpx"), ("w3c", "w3c.jsonld"), ("html", "report.html"))
    for export_format, name in exports:
        target = tmp_path / name
        result = run_bundle(
            executable, "export", "-f", export_format, "-o", target, project_file, cwd=tmp_path
        )
        assert result.returncode == 0, f"{export_format}: {result.stderr}"
        assert target.stat().st_size > 0
    with zipfile.ZipFile(tmp_path / "project.qdpx") as archive:
        assert "project.qde" in archive.namelist()
    assert TAGGED_PASSAGE in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_window_opens_a_project_and_quits_cleanly(executable: Path, tmp_path: Path) -> None:
    project_file = tmp_path / "reading.parallax.json"
    assert run_bundle(executable, "new", project_file, cwd=tmp_path).returncode == 0
    _tag_passage(project_file)
    for arguments in ([project_file], []):  # a tagged project, then the samples
        result = run_bundle(
            executable, *arguments, cwd=tmp_path, timeout=60, PARALLAX_QUIT_AFTER_MS="300"
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert len(load(project_file).annotations) == 1


def test_bundle_carries_its_resources_licences_and_no_unused_qt(executable: Path) -> None:
    internal = executable.parent / "_internal"
    resources = internal / "resources"
    assert (resources / "samples" / "samples.json").is_file()
    assert (resources / "icons" / "parallax.svg").is_file()
    assert {p.name for p in (resources / "icons").glob("parallax-*.png")} >= {
        "parallax-16.png",
        "parallax-256.png",
    }
    assert "MIT License" in (internal / "LICENSE").read_text(encoding="utf-8")
    lgpl = (internal / "licenses" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl
    installed = {
        p.name.removesuffix(".dist-info").rsplit("-", 1)[0].lower()
        for p in internal.glob("*.dist-info")
    }
    assert {name.lower().replace("-", "_") for name in MAIN_LIBRARIES} <= installed
    qt = internal / "PySide6"
    plugins = qt / "Qt" / "plugins"
    assert any((plugins / "iconengines").glob("*qsvgicon*"))  # the SVG icon renders
    assert any((plugins / "platforms").glob("*qoffscreen*"))
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia"):
        assert not list(qt.glob(f"{unused}.*")), unused
    for unused in ("tls", "sqldrivers", "qmltooling"):
        assert not (plugins / unused).exists(), unused


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_installed_bundle_runs_through_its_command(executable: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    installer = executable.parent / "install.sh"
    subprocess.run(["sh", str(installer), str(prefix)], check=True, capture_output=True)
    command = prefix / "bin" / "parallax"
    result = run_bundle(command, "--version", cwd=tmp_path)
    assert result.stdout.strip() == f"Parallax {__version__}", result.stderr
    assert (prefix / "share" / "applications" / "org.parallax_reader.Parallax.desktop").is_file()
    project_file = tmp_path / "opened-by-the-menu-entry.parallax.json"
    assert run_bundle(command, "new", project_file, cwd=tmp_path).returncode == 0
    opened = run_bundle(command, project_file, cwd=tmp_path, PARALLAX_QUIT_AFTER_MS="100")
    assert opened.returncode == 0, opened.stderr


def _run_seconds(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=True, timeout=60)
    return time.perf_counter() - started


def test_size_and_start_up_against_the_source_install(executable: Path, tmp_path: Path) -> None:
    """Print the bundle's size and its start-up times next to the source install's.

    Runs alternate between the two so that load from other processes hits both alike; the
    first run of each is reported apart (its files may not be in the page cache yet).
    """
    project_file = tmp_path / "reading.parallax.json"
    assert run_bundle(executable, "new", project_file, cwd=tmp_path).returncode == 0
    files = [p for p in executable.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"\nbundle: {size:.0f} MiB in {len(files)} files")
    gui_env = _environment(PARALLAX_QUIT_AFTER_MS="0")
    ways = {
        "bundle": ([str(executable)], gui_env),
        "source": ([sys.executable, "-m", "desktop_app"], {**gui_env, "PYTHONPATH": str(ROOT)}),
    }
    runs = int(os.environ.get("PARALLAX_BUNDLE_RUNS", "7"))
    for label, arguments in (("--version", ["--version"]), ("window", [str(project_file)])):
        times: dict[str, list[float]] = {name: [] for name in ways}
        for _ in range(runs + 1):
            for name, (command, env) in ways.items():
                times[name].append(_run_seconds(command + arguments, env, tmp_path))
        for name, (first, *warm) in times.items():
            print(
                f"{label:>9} {name}: first run {first * 1000:5.0f} ms, "
                f"then median {statistics.median(warm) * 1000:5.0f} ms "
                f"(min {min(warm) * 1000:.0f}, max {max(warm) * 1000:.0f}, {runs} runs)"
            )
