"""Per-code comparison: the core figures, and ``parallax export --format compare-html``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.link_edits import record_absence
from desktop_app.core.project import Project
from desktop_app.core.records import Article, Code
from desktop_app.core.tag_comparison import compare_tags
from desktop_app.importers.samples import sample_project
from desktop_app.storage.project_file import encode


def coded_project() -> tuple[Project, Article, Article, Code]:
    project = sample_project()
    a, b = project.articles.at(0), project.articles.at(1)
    economics = project.code_by_name("economics")
    assert economics is not None
    # A: two overlapping economics passages (the union counts once); B: one.
    toggle_tag(project, a.id, 0, 100, economics.id).apply(project)
    toggle_tag(project, a.id, 50, 150, economics.id).apply(project)
    toggle_tag(project, b.id, 200, 240, economics.id).apply(project)
    record_absence(project, (a.id, 300, 340), b.id, 120, economics.id).apply(project)
    return project, a, b, economics


def test_figures_count_passages_coverage_absences_and_positions() -> None:
    project, a, b, economics = coded_project()
    comparison = compare_tags(project, a.id, b.id)
    row = next(r for r in comparison.rows if r.code_id == economics.id)
    assert row.a.passages == 2
    assert row.a.coverage == 150 / len(a.text)
    assert row.b.passages == 1  # the absence is not a passage
    assert row.b.coverage == 40 / len(b.text)
    assert row.b.absences == 1
    assert row.a.absences == 0
    assert row.a.positions[0] == (0.0, 100 / len(a.text))
    summary = comparison.summary()
    assert f"A gives {150 / len(a.text):.0%} of its text to economics" in summary
    assert "B is silent on 1 economics passage of A." in summary


def test_the_cli_writes_a_page_of_pure_svg_charts(tmp_path: Path) -> None:
    project, _a, _b, _economics = coded_project()
    path = tmp_path / "p.parallax.json"
    path.write_bytes(encode(project))
    out = tmp_path / "compare.html"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "export",
            str(path),
            "--format",
            "compare-html",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "B is silent on 1 economics passage of A." in page
    svgs = [part.split("</svg>")[0] + "</svg>" for part in page.split("<svg")[1:]]
    assert len(svgs) == 1 + 2 * len(project.codes)
    for svg in svgs:
        etree.fromstring(("<svg" + svg).encode())  # each chart is well-formed XML
    assert "<script" not in page
