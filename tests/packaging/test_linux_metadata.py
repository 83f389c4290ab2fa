"""Linux desktop integration: the .desktop, AppStream and MIME files validate and agree."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from desktop_app import APP_ID, __version__, cli
from desktop_app.storage.schema import EXTENSION

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
PROJECT_TYPE = "application/x-parallax-project"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}); CI installs it")
    return path


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _problems(output: str, prefixes: tuple[str, ...]) -> list[str]:
    return [line for line in output.splitlines() if line.lstrip().startswith(prefixes)]


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output, output
    assert "warning" not in output, output


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _problems(output, ("E:", "W:")) == [], output


def test_desktop_metainfo_and_mime_share_one_id_and_type() -> None:
    entry = _desktop_entry()
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == component.findtext("provides/binary") == "parallax"
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", MIME_NS)
    assert mime_type is not None
    assert mime_type.get("type") == PROJECT_TYPE
    assert entry["MimeType"].rstrip(";").split(";") == [PROJECT_TYPE]
    assert component.findtext("provides/mediatype") == PROJECT_TYPE


def test_metainfo_describes_this_release_with_a_screenshot() -> None:
    component = ET.parse(METAINFO).getroot()
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__
    assert newest.find("description") is not None
    image = component.findtext("screenshots/screenshot[@type='default']/image") or ""
    assert image.startswith("https://")
    assert image.endswith(".png")


def test_mime_glob_and_magic_match_a_saved_project(tmp_path: Path) -> None:
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", MIME_NS)
    assert mime_type is not None
    glob = mime_type.find("m:glob", MIME_NS)
    match = mime_type.find("m:magic/m:match", MIME_NS)
    assert glob is not None
    assert match is not None
    assert glob.get("pattern") == f"*{EXTENSION}"
    project = tmp_path / f"reading{EXTENSION}"
    assert cli.main(["new", str(project)]) == 0
    first, last = (int(bound) for bound in (match.get("offset") or "").split(":"))
    head = project.read_bytes()[: last + len(match.get("value") or "")]
    assert head.find((match.get("value") or "").encode(), first) != -1


def test_desktop_environment_recognises_project_files(tmp_path: Path) -> None:
    """Install the MIME package in a scratch XDG data folder and ask GIO what files are."""
    update = _tool("update-mime-database", "shared-mime-info")
    gio = _tool("gio", "libglib2.0-bin")
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, share / "mime" / "packages" / MIME.name)
    subprocess.run([update, str(share / "mime")], check=True, capture_output=True)
    project = tmp_path / f"reading{EXTENSION}"
    assert cli.main(["new", str(project)]) == 0
    unnamed = tmp_path / "reading-without-extension"
    unnamed.write_bytes(project.read_bytes())
    environment = {
        **os.environ,
        "XDG_DATA_DIRS": f"{share}:/usr/share",
        "XDG_DATA_HOME": str(tmp_path / "empty"),
    }

    def content_type(path: Path) -> str:
        result = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            check=True,
            env=environment,
        )
        return result.stdout.rsplit(":", 1)[-1].strip()

    assert content_type(project) == PROJECT_TYPE  # by its glob
    assert content_type(unnamed) == PROJECT_TYPE  # by its magic
