"""Salvage keeps what is valid: null titles reset, bad offsets re-anchored, losses counted."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import msgspec

from desktop_app.core.records import Annotation
from desktop_app.storage.project_file import encode
from desktop_app.storage.validation import describe_losses, load_with_report
from tests.storage.builders import annotation_on, build_project


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def _document(annotations: int = 100) -> dict[str, Any]:
    project = build_project(annotations=annotations, articles=2)
    document: dict[str, Any] = json.loads(encode(project))
    return document


def test_a_null_title_is_reset_and_the_article_kept_with_its_annotations(tmp_path: Path) -> None:
    document = _document()
    article_id = document["articles"][0]["id"]
    on_it = sum(1 for a in document["annotations"] if a["article"] == article_id)
    assert on_it > 20
    document["articles"][0]["title"] = None
    project, report = load_with_report(_write(tmp_path, document))
    assert project is not None
    assert project.articles[article_id].title == "Untitled article"
    assert sum(1 for a in project.annotations if a.article == article_id) == on_it
    assert report.with_outcome("dropped") == []
    (problem,) = report.problems
    assert problem.outcome == "repaired"
    assert problem.json_path == "$.articles[0].title"
    assert problem.line is not None


def test_null_names_of_codes_and_annotators_are_reset_too(tmp_path: Path) -> None:
    document = _document(annotations=10)
    document["codebook"][0]["name"] = None
    document["annotators"][0]["name"] = 7
    project, report = load_with_report(_write(tmp_path, document))
    assert project is not None
    assert len(project.codes) == 3
    assert len(project.annotators) == 1
    assert report.with_outcome("dropped") == []
    assert len(project.annotations) == 10


def test_a_negative_offset_with_an_intact_quote_is_re_anchored_by_the_quote(
    tmp_path: Path,
) -> None:
    document = _document(annotations=5)
    original = document["annotations"][2]
    original["position"]["start"] = -3
    project, report = load_with_report(_write(tmp_path, document))
    assert project is not None
    assert len(project.annotations) == 5
    placed = project.annotations[original["id"]]
    text = project.articles[placed.article].text
    assert text[placed.start : placed.end] == original["quote"]["exact"]
    assert placed.anchor != "orphaned"
    assert report.with_outcome("dropped") == []
    assert any(p.json_path == "$.annotations[2].position.start" for p in report.problems)


def test_the_loss_report_counts_each_kind_against_what_the_file_shows(tmp_path: Path) -> None:
    rng = random.Random(3)
    project = build_project(annotations=0, articles=7, text_size=400)
    last_two = list(project.articles)[5:]
    for n in range(13):
        article = last_two[n % 2]
        project.annotations._insert(annotation_on(rng, article.id, article.text, 10 + n, 40 + n))
    raw = encode(project).decode()
    for article in last_two:  # damage both records: a byte flipped in each
        raw = raw.replace(f'"title": "{article.title}"', f'"title": "{article.title}', 1)
    path = tmp_path / "damaged.json"
    path.write_text(raw, encoding="utf-8")
    salvaged, report = load_with_report(path)
    assert salvaged is not None
    assert len(salvaged.articles) == 5
    assert len(salvaged.annotations) == 0
    assert report.losses() == {"articles": (2, 7), "annotations": (13, 13)}
    message = describe_losses(report)
    assert message.startswith("Not kept: 2 of 7 articles and 13 of 13 annotations.")
    assert "Kept: all 3 codes." in message
    assert "save under a new name" in message
    assert message in report.format()


def test_a_truncated_file_counts_what_it_still_shows(tmp_path: Path) -> None:
    project = build_project(annotations=13, articles=2)
    raw = encode(project)
    cut = raw.index(b'{"id":', raw.index(b'"annotations"')) + 200  # inside the first one
    path = tmp_path / "truncated.json"
    path.write_bytes(raw[:cut])
    salvaged, report = load_with_report(path)
    assert salvaged is not None
    lost = report.losses()
    assert lost["annotations"] == (1, 1)
    assert "1 of 1 annotation" in describe_losses(report)


def test_a_valid_file_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(encode(build_project(annotations=4)))
    _, report = load_with_report(path)
    assert report.losses() == {}
    assert describe_losses(report).startswith("Everything the file shows was kept")


def test_every_stretch_of_bad_utf8_in_notes_is_located(tmp_path: Path) -> None:
    project = build_project(annotations=6)
    records: list[Annotation] = list(project.annotations)
    for index in (1, 4):
        project.annotations._replace(msgspec.structs.replace(records[index], note=f"MARK{index}"))
    raw = encode(project).replace(b"MARK1", b"bad \xff\xfe one").replace(b"MARK4", b"\xc3 two")
    path = tmp_path / "p.json"
    path.write_bytes(raw)
    salvaged, report = load_with_report(path)
    assert salvaged is not None
    bad = [p for p in report.problems if "not UTF-8" in p.message]
    lines = raw.split(b"\n")
    expected = [n + 1 for n, line in enumerate(lines) if b"bad \xff" in line or b"\xc3 two" in line]
    assert [p.line for p in bad] == expected
    assert all(p.column is not None for p in bad)
    assert len(salvaged.annotations) == 6
