"""Rejected compare suggestions in the project file: optional, one per line, checked on open."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.link_edits import reject_pair, rejected_pairs
from desktop_app.importers.samples import sample_project
from desktop_app.storage.project_file import encode, load
from desktop_app.storage.validation import salvage


def test_a_project_without_rejections_writes_no_section() -> None:
    assert b'"rejections"' not in encode(sample_project())


def test_rejections_round_trip_and_count_either_way_round(tmp_path: Path) -> None:
    project = sample_project()
    a, b = project.articles.ids()[:2]
    reject_pair(project, (a, 10, 40), (b, 5, 30)).apply(project)
    path = tmp_path / "p.parallax.json"
    path.write_bytes(encode(project))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith('    {"id":') and '"article_a"' in line for line in lines)
    reopened = load(path)
    assert rejected_pairs(reopened, a, b) == {(10, 40, 5, 30)}
    assert rejected_pairs(reopened, b, a) == {(5, 30, 10, 40)}


def test_a_rejection_of_an_unknown_article_is_dropped_and_reported(tmp_path: Path) -> None:
    project = sample_project()
    a, b = project.articles.ids()[:2]
    reject_pair(project, (a, 10, 40), (b, 5, 30)).apply(project)
    data = json.loads(encode(project))
    data["rejections"][0]["article_b"] = "00000000-0000-4000-8000-000000000000"
    path = tmp_path / "bad.parallax.json"
    raw = json.dumps(data).encode()
    salvaged, report = salvage(raw, path)
    assert salvaged is not None
    assert len(salvaged.rejections) == 0
    assert any(p.json_path == "$.rejections[0]" and p.outcome == "dropped" for p in report.problems)
