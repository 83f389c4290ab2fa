"""The build's icon step: PNG sizes rendered from the SVG, packed into .ico and .icns."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "build.py"


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("parallax_build_script", BUILD_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_are_rendered_at_every_size_and_packed(qapp: QApplication, tmp_path: Path) -> None:
    # ``qapp`` first: otherwise the build would create a bare QGuiApplication for the whole
    # test session, and widget tests need a QApplication.
    image_library = pytest.importorskip("PIL.Image")
    build = _build_module()
    pngs = build.render_pngs(build.SVG, tmp_path)
    assert [p.name for p in pngs] == [f"parallax-{size}.png" for size in build.PNG_SIZES]
    for png, size in zip(pngs, build.PNG_SIZES, strict=True):
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded tile leaves the corner clear
        assert image.pixelColor(size // 2, size // 2).alpha() == 255

    ico, icns = build.write_icon_containers(tmp_path)
    with image_library.open(ico) as packed:
        assert packed.ico.sizes() == {(s, s) for s in build.ICO_SIZES}
    with image_library.open(icns) as packed:
        largest = max(size for size, _, scale in packed.info["sizes"] if scale == 1)
        assert largest == max(build.ICNS_SIZES)


def test_build_refuses_politely_without_its_tools(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    build = _build_module()
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *rest: None if name == "PyInstaller" else real_find_spec(name, *rest),
    )
    assert build.main(["--dist", "unused"]) == 2
    assert 'pip install -e ".[packaging]"' in capsys.readouterr().err
