"""Build the one-folder Parallax app: render the icons from the SVG, then run PyInstaller.

Usage: ``python packaging/build.py`` (after ``pip install -e ".[packaging]"``) writes
``dist/parallax/`` with the executable ``dist/parallax/parallax`` (``parallax.exe`` on
Windows, plus ``dist/Parallax.app`` on macOS).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "parallax.spec"
SVG = ROOT / "resources" / "icons" / "parallax.svg"
#: PNG sizes rendered for the bundle (hicolor theme sizes; Windows and macOS icon sizes).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def executable_path(dist: Path) -> Path:
    """Where the build puts the bundle's executable."""
    name = "parallax.exe" if sys.platform == "win32" else "parallax"
    return dist / "parallax" / name


def render_pngs(svg: Path, folder: Path, sizes: Sequence[int] = PNG_SIZES) -> list[Path]:
    """Render ``svg`` to ``parallax-<size>.png`` files in ``folder`` with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"{svg.stem}-{size}.png"
        if not image.save(str(target)):
            raise OSError(f"cannot write {target}")
        written.append(target)
    return written


def write_icon_containers(folder: Path, stem: str = "parallax") -> list[Path]:
    """Pack the rendered PNGs into ``.ico`` (Windows) and ``.icns`` (macOS) with Pillow."""
    from PIL import Image

    def images(sizes: Sequence[int]) -> list[Image.Image]:
        return [Image.open(folder / f"{stem}-{size}.png") for size in sizes]

    ico, icns = folder / f"{stem}.ico", folder / f"{stem}.icns"
    largest, *rest = reversed(images(ICO_SIZES))
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=rest)
    largest, *rest = reversed(images(ICNS_SIZES))
    largest.save(icns, format="ICNS", append_images=rest)
    return [ico, icns]


def run_pyinstaller(dist: Path, work: Path, icons: Path, clean: bool) -> None:
    """Run PyInstaller on the spec (in this interpreter, so the bundle gets its packages)."""
    import PyInstaller.__main__

    os.environ["PARALLAX_ICONS_DIR"] = str(icons)
    arguments = [str(SPEC), "--noconfirm", "--distpath", str(dist), "--workpath", str(work)]
    PyInstaller.__main__.run([*arguments, *(["--clean"] if clean else [])])


def folder_size(folder: Path) -> int:
    """Bytes of all files under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: Sequence[str] | None = None) -> int:
    """Build the bundle; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--icons-only", action="store_true", help="only render the icons into WORK/icons"
    )
    args = parser.parse_args(argv)
    missing = [name for name in ("PyInstaller", "PIL") if importlib.util.find_spec(name) is None]
    if missing:
        print(
            f'build.py: {" and ".join(missing)} missing: pip install -e ".[packaging]"',
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    icons = args.work.resolve() / "icons"
    render_pngs(SVG, icons)
    write_icon_containers(icons)
    print(f"Rendered the icons into {icons}")
    if args.icons_only:
        return 0
    dist = args.dist.resolve()
    run_pyinstaller(dist, args.work.resolve() / "pyinstaller", icons, args.clean)
    executable = executable_path(dist)
    if not executable.is_file():
        print(f"build.py: PyInstaller finished but {executable} is missing", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux"):  # desktop integration: menu entry, icons, MIME type
        shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", executable.parent / "install.sh")
    size = folder_size(executable.parent) / 2**20
    print(f"Built {executable} ({size:.0f} MiB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
