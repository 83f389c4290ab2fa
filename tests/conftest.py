"""Suite-wide set-up: headless Qt, isolated user folders, a hypothesis profile for CI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Before anything imports Qt: no display is needed or used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Painting on the GUI thread only, as the app does (``app.paint_on_the_gui_thread``).
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
if not SHARED.is_dir():  # CI clones the project with shared/ beside it
    SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings, recovery files and data of tests out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("PARALLAX_HOME", str(home))
    # Qt caches where QSettings live on first use: point every format at this test's home.
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses ``qtbot``/``qapp`` as ``gui``, and run Qt-free ones first."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
    items.sort(key=lambda item: item.get_closest_marker("gui") is not None)


def pytest_report_header() -> str:
    return f"python {sys.version.split()[0]}; shared folder: {SHARED}"
