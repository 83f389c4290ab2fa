"""The About dialog and the app icon, driven as real widgets."""

from __future__ import annotations

import shutil
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from desktop_app import __version__
from desktop_app.paths import resource
from desktop_app.ui.shell import icons
from desktop_app.ui.shell.about import MAIN_LIBRARIES, AboutDialog
from tests.present import present


def _table_rows(table: QTableWidget) -> dict[str, tuple[str, str]]:
    return {
        present(table.item(row, 0)).text(): (
            present(table.item(row, 1)).text(),
            present(table.item(row, 2)).text(),
        )
        for row in range(table.rowCount())
    }


def test_about_names_the_version_licence_and_lgpl(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    title = present(dialog.findChild(QLabel, "aboutTitle")).text()
    summary = present(dialog.findChild(QLabel, "aboutSummary")).text()
    assert __version__ in title
    assert "MIT" in summary
    assert "2026 The Parallax developers" in summary
    assert "Lesser General Public License" in present(dialog.findChild(QLabel, "aboutLgpl")).text()


def test_about_lists_installed_library_versions(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = _table_rows(present(dialog.findChild(QTableWidget, "aboutLibraries")))
    assert rows["Qt"][0] == qVersion()
    for name in MAIN_LIBRARIES:
        assert rows[name][0] == metadata.version(name)
    assert rows["PySide6-Essentials"][1].startswith("LGPL-3.0")
    assert rows["msgspec"][1] == "BSD-3-Clause"
    assert rows["Charis SIL (reading font)"][1] == "OFL-1.1"


def test_about_closes_with_its_close_button(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):  # (a bare call returns a context manager: no wait)
        dialog.show()
    buttons = present(dialog.findChild(QDialogButtonBox))
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_app_icon_renders_the_svg_with_the_code_colours(qtbot: QtBot) -> None:
    icon = icons.app_icon()
    assert not icon.isNull()
    image: QImage = icon.pixmap(128, 128).toImage()
    assert image.width() == 128
    colours = {
        QColor(image.pixel(x, y)).name().upper() for x in range(0, 128, 2) for y in range(0, 128, 2)
    }
    # The highlight bars use the Okabe-Ito colours of the default codes.
    assert {"#E69F00", "#56B4E9", "#009E73"} <= colours


def test_icon_files_put_the_svg_first_then_pngs_by_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "icons"
    folder.mkdir()
    shutil.copy(resource("icons", "parallax.svg"), folder / "parallax.svg")
    for size in (256, 16, 64):
        (folder / f"parallax-{size}.png").write_bytes(b"")
    monkeypatch.setattr(icons, "resource", lambda *parts: tmp_path.joinpath(*parts))
    names = [path.name for path in icons.icon_files()]
    assert names == ["parallax.svg", "parallax-16.png", "parallax-64.png", "parallax-256.png"]
