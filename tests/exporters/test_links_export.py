"""Links and absences in every export: W3C linking annotations (conformant), REFI-QDA
``<Links>`` (valid, read back by the QDPX importer, absences as a note), a links CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from desktop_app.core.link_edits import ABSENT, link_passages, record_absence
from desktop_app.core.project import Project
from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from desktop_app.importers.refi_qdpx import QdpxImporter
from desktop_app.importers.samples import sample_project
from tests.exporters.checks import assert_valid_qde, qdpx_members, w3c_problems


def linked_project() -> tuple[Project, str, str]:
    project = sample_project()
    a, b = project.articles.at(0), project.articles.at(1)
    economics = project.code_by_name("economics")
    assert economics is not None
    start_a = a.text.index("Kazakhstan")
    start_b = b.text.index("Kazakhstan")
    link_passages(
        project,
        (a.id, start_a, start_a + 10),
        (b.id, start_b, start_b + 10),
        "contradicts",
        note="A says <b>more</b>",
    ).apply(project)
    start = a.text.index("Lillis")
    record_absence(project, (a.id, start, start + 6), b.id, 120, economics.id).apply(project)
    return project, a.id, b.id


def export(project: Project, format_id: str) -> bytes:
    return EXPORTERS[format_id].export(project, Scope(), ExportOptions())


def test_w3c_links_are_conformant_linking_annotations_with_two_targets() -> None:
    project, a, b = linked_project()
    data = export(project, "w3c")
    assert w3c_problems(data) == []
    items = json.loads(data)["first"]["items"]
    links = [item for item in items if item["motivation"] == "linking"]
    assert len(links) == 2
    assert json.loads(data)["total"] == len(items)
    contradiction = next(item for item in links if item["parallax:relation"] == "contradicts")
    assert [t["source"] for t in contradiction["target"]] == [f"urn:uuid:{a}", f"urn:uuid:{b}"]
    assert {"type": "TextualBody", "purpose": "describing", "value": "contradicts"} in (
        contradiction["body"]
    )
    absence = next(item for item in links if item.get("parallax:absence"))
    assert absence["parallax:relation"] == ABSENT
    assert {"type": "TextualBody", "purpose": "tagging", "value": "absence"} in absence["body"]
    empty = absence["target"][1]["selector"][1]
    assert empty == {"type": "TextPositionSelector", "start": 120, "end": 120}


def test_qdpx_links_validate_read_back_and_absences_carry_a_note(tmp_path: Path) -> None:
    project, _a, _b = linked_project()
    data = export(project, "qdpx")
    members = qdpx_members(data)
    assert_valid_qde(members["project.qde"])
    qde = members["project.qde"].decode()
    assert "<Links>" in qde
    assert "Absence: the target source is silent on the origin passage (code: economics)." in qde
    path = tmp_path / "links.qdpx"
    path.write_bytes(data)
    imported = QdpxImporter().read(path, Project())
    relations = sorted(link.relation for link in imported.links)
    assert relations == sorted([ABSENT, "contradicts"])
    ids = {annotation.id for annotation in imported.annotations}
    assert all(link.source in ids and link.target in ids for link in imported.links)


def test_links_csv_has_both_passages_and_flags_absences() -> None:
    project, a, b = linked_project()
    rows = list(csv.DictReader(io.StringIO(export(project, "links-csv").decode("utf-8-sig"))))
    assert len(rows) == 2
    by_relation = {row["relation"]: row for row in rows}
    assert by_relation["contradicts"]["absence"] == "0"
    assert by_relation["contradicts"]["a_quote"] == "Kazakhstan"
    assert by_relation["contradicts"]["b_article_id"] == b
    assert by_relation["contradicts"]["note"] == "A says <b>more</b>"
    absent = by_relation[ABSENT]
    assert absent["absence"] == "1"
    assert absent["a_article_id"] == a
    assert absent["b_start"] == absent["b_end"] == "120"
    assert absent["b_codes"] == "economics"


def test_w3c_links_read_back_into_a_project_with_the_articles() -> None:
    from desktop_app.importers.w3c import read_document

    project, _a, _b = linked_project()
    document = json.loads(export(project, "w3c"))
    fresh = Project(articles=list(project.articles), codes=list(project.codes))
    imported = read_document(document, fresh)
    assert sorted((link.id, link.relation) for link in imported.links) == sorted(
        (link.id, link.relation) for link in project.links
    )
    by_id = {a.id: a for a in imported.annotations}
    for link in imported.links:
        original = project.links[link.id]
        assert by_id[link.source].start == project.annotations[original.source].start
        assert by_id[link.target].start == project.annotations[original.target].start


def test_the_reports_list_links_and_absences() -> None:
    project, _a, _b = linked_project()
    markdown = export(project, "md").decode()
    assert "## Links" in markdown
    assert "| contradicts |" in markdown
    assert "(silent here: economics)" in markdown
    assert "absent (the second is silent)" in markdown
    page = export(project, "html").decode()
    assert "<h2>Links</h2>" in page
    assert "A says &lt;b&gt;more&lt;/b&gt;" in page
