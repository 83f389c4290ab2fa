"""Import time of large inputs: a 1 MB text file, a 200-page PDF and a long saved web page.

Figures are printed (run with ``-s``); nothing is asserted about time. Each input is made
by the test itself and imported through the registry, as the app and the CLI do.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.new_records import new_project
from desktop_app.importers.registry import read_file
from tests.importers.builders import LOREM, news_page, write_long_pdf

pytestmark = pytest.mark.benchmark


def _timed_import(path: Path, repeats: int = 3) -> tuple[float, int]:
    """Best wall time of ``repeats`` imports (seconds) and the article's length."""
    best = float("inf")
    length = 0
    for _ in range(repeats):
        started = time.perf_counter()
        (article,) = read_file(path, new_project([])).articles
        best = min(best, time.perf_counter() - started)
        length = len(article.text)
    return best, length


def _report(label: str, path: Path, make: Callable[[], object], repeats: int = 3) -> None:
    started = time.perf_counter()
    make()
    made = time.perf_counter() - started
    seconds, length = _timed_import(path, repeats)
    size = path.stat().st_size
    print(
        f"\nimport {label}: {seconds * 1000:.0f} ms best of {repeats} "
        f"({size / 2**20:.2f} MB file, {length:,} characters; fixture made in {made:.1f} s)"
    )


def test_import_one_megabyte_text(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    paragraph = "Café society — “quoted” words; naïve façades. " + LOREM + "\n\n"

    def make() -> None:
        path.write_text(paragraph * (2**20 // len(paragraph.encode("utf-8")) + 1), "utf-8")

    _report("1 MB UTF-8 text", path, make)


def test_import_one_megabyte_legacy_text(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    paragraph = "Café society, naïve façades, Zoë’s résumé. " + LOREM + "\n\n"

    def make() -> None:
        path.write_bytes((paragraph * (2**20 // len(paragraph) + 1)).encode("cp1252"))

    _report("1 MB Windows-1252 text (detected)", path, make)


def test_import_two_hundred_page_pdf(tmp_path: Path) -> None:
    path = tmp_path / "book.pdf"
    _report("200-page PDF", path, lambda: write_long_pdf(path, pages=200), 1)


def test_import_long_saved_web_page(tmp_path: Path) -> None:
    path = tmp_path / "long.html"

    def make() -> None:
        page = news_page()
        sections = "".join(
            f"<h2>Section {n}</h2><p>{LOREM} {LOREM}</p><ul><li>Point {n}</li></ul>"
            for n in range(1500)
        )
        path.write_text(page.replace("</article>", sections + "</article>"), "utf-8")

    _report("long saved web page", path, make)
