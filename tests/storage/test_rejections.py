"""Rejected compare suggestions in the project file: optional, one per line, checked on open."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.rejections import reject_pair, rejected_pairs
from desktop_app.importers.samples import sample_project
from desktop_app.storage.project_file import encode, load
from desktop_app.storage.validation import salvage
from tests.present import present


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


def test_quotes_round_trip_and_a_file_without_them_still_loads(tmp_path: Path) -> None:
    project = sample_project()
    a, b = project.articles.ids()[:2]
    reject_pair(project, (a, 10, 40), (b, 5, 30)).apply(project)
    path = tmp_path / "p.parallax.json"
    path.write_bytes(encode(project))
    assert load(path).rejections.at(0) == project.rejections.at(0)
    data = json.loads(path.read_bytes())
    for rejection in data["rejections"]:  # as written before rejections kept their quotes
        del rejection["quote_a"], rejection["quote_b"]
    older = tmp_path / "older.parallax.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    reopened = load(older)
    assert reopened.rejections.at(0).quote_a is None
    assert rejected_pairs(reopened, a, b) == {(10, 40, 5, 30)}


def test_a_text_changed_on_disk_moves_a_rejection_by_its_quote_or_drops_it(
    tmp_path: Path,
) -> None:
    project = sample_project()
    a, b = project.articles.ids()[:2]
    text_b = project.articles.at(1).text
    first = text_b.index("\n\n", 300) + 2
    second = text_b.index("\n\n", 1500) + 2
    reject_pair(project, (a, 10, 40), (b, first, first + 60)).apply(project)
    reject_pair(project, (a, 100, 140), (b, second, second + 60)).apply(project)
    data = json.loads(encode(project))
    gone = text_b[second : second + 60]
    # Edited outside Parallax: a new lead paragraph, and the second passage deleted.
    new_text = "A new lead.\n\n" + text_b.replace(gone, "")
    data["articles"][1]["text"] = new_text
    salvaged, report = salvage(json.dumps(data).encode(), tmp_path / "edited.parallax.json")
    assert salvaged is not None
    (kept,) = salvaged.rejections
    assert kept.id == project.rejections.at(0).id
    assert (kept.b.start, kept.b.end) == (first + 13, first + 73)
    assert new_text[kept.b.start : kept.b.end] == text_b[first : first + 60]
    outcomes = {(p.json_path, p.outcome) for p in report.problems}
    assert ("$.rejections[0].b", "repaired") in outcomes
    assert ("$.rejections[1].b", "dropped") in outcomes


def test_an_absence_in_a_text_changed_on_disk_is_placed_by_the_text_around_it(
    tmp_path: Path,
) -> None:
    from desktop_app.core.link_edits import absences, record_absence

    project = sample_project()
    a, b = project.articles.ids()[:2]
    text_b = project.articles.at(1).text
    kept_at = text_b.index("\n\n", 600) + 2
    gone_at = text_b.index("\n\n", 2000) + 2
    code = project.codes.at(0).id
    record_absence(project, (a, 0, 30), b, kept_at, code).apply(project)
    record_absence(project, (a, 100, 130), b, gone_at, code).apply(project)
    data = json.loads(encode(project))
    # Edited outside Parallax: a new lead, and the paragraphs around the second absence cut.
    cut = text_b[gone_at - 40 : gone_at + 40]
    new_text = "A new lead.\n\n" + text_b.replace(cut, "")
    data["articles"][1]["text"] = new_text
    salvaged, report = salvage(json.dumps(data).encode(), tmp_path / "edited.parallax.json")
    assert salvaged is not None
    moved, orphan = absences(salvaged, b)
    assert (moved.start, moved.anchor) == (kept_at + 13, "moved")
    assert new_text[moved.start - 20 : moved.start + 20] == text_b[kept_at - 20 : kept_at + 20]
    assert orphan.anchor == "orphaned"
    assert len(salvaged.links) == 2  # both still linked: nothing is lost
    outcomes = {p.outcome for p in report.problems if present(p.json_path).endswith(".quote")}
    assert outcomes == {"repaired", "orphaned"}


def test_an_unchanged_text_leaves_absences_alone(tmp_path: Path) -> None:
    from desktop_app.core.link_edits import absences, record_absence

    project = sample_project()
    a, b = project.articles.ids()[:2]
    for offset in (0, 5, len(project.articles.at(1).text)):
        record_absence(project, (a, 0, 30), b, offset, project.codes.at(0).id).apply(project)
    path = tmp_path / "p.parallax.json"
    path.write_bytes(encode(project))
    salvaged, report = salvage(path.read_bytes(), path)
    assert salvaged is not None
    assert absences(salvaged) == absences(project)
    assert report.problems == []
