"""The bundle's Linux installer: menu entry, command, icons and file type land in a prefix."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import APP_ID
from desktop_app.paths import resource

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def _fake_bundle(folder: Path) -> Path:
    """A folder laid out like dist/parallax/, whose executable only prints its name."""
    internal = folder / "_internal"
    (internal / "linux").mkdir(parents=True)
    for suffix in ("desktop", "metainfo.xml", "mime.xml"):
        shutil.copy(LINUX / f"{APP_ID}.{suffix}", internal / "linux")
    icons = internal / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy(resource("icons", "parallax.svg"), icons)
    for size in (16, 256):
        (icons / f"parallax-{size}.png").write_bytes(b"\x89PNG fake")
    executable = folder / "parallax"
    executable.write_text('#!/bin/sh\necho frozen parallax "$@"\n', encoding="utf-8")
    executable.chmod(executable.stat().st_mode | stat.S_IEXEC)
    shutil.copy(LINUX / "install.sh", folder / "install.sh")
    return folder


def _run(script: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(script), *map(str, args)], capture_output=True, text=True, check=True
    )


def test_install_puts_everything_in_place_and_uninstall_removes_it(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "dist" / "parallax")
    prefix = tmp_path / "prefix"
    _run(bundle / "install.sh", prefix)

    command = prefix / "bin" / "parallax"
    ran = subprocess.run([str(command), "--version"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "frozen parallax --version"
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    entry = desktop.read_text(encoding="utf-8")
    assert f"Exec={command} %f" in entry.splitlines()
    assert f"TryExec={command}" in entry.splitlines()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.mime.xml").is_file()
    hicolor = prefix / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (hicolor / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("update-mime-database"):
        globs = (prefix / "share" / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-parallax-project:*.parallax.json" in globs
    if validate := shutil.which("desktop-file-validate"):
        checked = subprocess.run([validate, str(desktop)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr

    _run(prefix / "lib" / "parallax" / "install.sh", "--uninstall", prefix)
    assert not command.exists()
    assert not command.is_symlink()
    assert not (prefix / "lib" / "parallax").exists()
    assert not desktop.exists()
    assert not (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").exists()


def test_install_refuses_to_run_outside_a_bundle(tmp_path: Path) -> None:
    script = tmp_path / "install.sh"
    shutil.copy(LINUX / "install.sh", script)
    result = subprocess.run(
        ["sh", str(script), str(tmp_path / "prefix")],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "dist/parallax/install.sh" in result.stderr
    assert not (tmp_path / "prefix").exists()
