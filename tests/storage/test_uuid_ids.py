"""Record ids must be UUIDs: decoding checks only their length (speed), validation the rest."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.new_records import new_project
from desktop_app.importers.samples import sample_articles
from desktop_app.storage.project_file import encode
from desktop_app.storage.validation import validate

NOT_A_UUID = "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"


def test_an_id_of_the_right_length_that_is_not_a_uuid_is_reported_and_kept() -> None:
    project = new_project(sample_articles())
    article = project.articles.at(0)
    toggle_tag(project, article.id, 0, 20, project.codes.at(0).id).apply(project)
    annotation = project.annotations.at(0)
    raw = encode(project).replace(annotation.id.encode(), NOT_A_UUID.encode())
    report = validate(raw, Path("ids.parallax.json"))
    [problem] = report.problems
    assert "not a UUID" in problem.message
    assert problem.json_path == "$.annotations[0].id"
    assert problem.line is not None


def test_one_bad_optional_field_does_not_cost_an_article_or_its_annotations() -> None:
    project = new_project(sample_articles())
    article = project.articles.at(0)
    toggle_tag(project, article.id, 0, 20, project.codes.at(0).id).apply(project)
    raw = encode(project).replace(b'"date": "2025-11-06"', b'"date": 20251106', 1)
    from desktop_app.storage.validation import salvage

    salvaged, report = salvage(raw, Path("bad-date.parallax.json"))
    assert salvaged is not None
    assert salvaged.articles[article.id].text == article.text
    assert salvaged.articles[article.id].date == ""  # reset to its default
    assert list(salvaged.annotations) == list(project.annotations)
    [problem] = report.problems
    assert problem.outcome == "repaired"
    assert problem.json_path == "$.articles[0].date"
