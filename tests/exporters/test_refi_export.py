"""REFI-QDA export: QDPX layout, schema validity, the note written twice, the code tree."""

from __future__ import annotations

import msgspec
import pytest
from lxml import etree

from desktop_app.core.new_records import new_project
from desktop_app.core.project import Project
from desktop_app.exporters import EXPORTERS, ExportError, ExportOptions, Scope
from desktop_app.importers.samples import sample_articles
from tests.exporters.checks import assert_valid_qdc, assert_valid_qde, qdpx_members
from tests.exporters.sample import (
    ECONOMICS,
    MINERALS,
    ORPHAN_ID,
    PASSAGES,
    sample_project,
    tricky_project,
)
from tests.present import present

NS = {"q": "urn:QDA-XML:project:1.0", "c": "urn:QDA-XML:codebook:1.0"}
SCOPES = [
    Scope(),
    Scope(article_id="a43d2d61-1a0a-4acd-9b1e-004a43d2d611"),
    Scope(tag_id=MINERALS.id),
]


def _qdpx(project: Project, scope: Scope | None = None) -> dict[str, bytes]:
    return qdpx_members(EXPORTERS["qdpx"].export(project, scope or Scope(), ExportOptions()))


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.key)
def test_project_qde_validates_against_the_refi_schema(scope: Scope) -> None:
    assert_valid_qde(_qdpx(sample_project(), scope)["project.qde"])


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.key)
def test_codebook_validates_against_the_refi_schema(scope: Scope) -> None:
    assert_valid_qdc(EXPORTERS["qdc"].export(sample_project(), scope, ExportOptions()))


def test_an_empty_codebook_is_refused_with_a_reason() -> None:
    project = sample_project()
    for code in list(project.codes):
        project.codes._remove(code.id)
    with pytest.raises(ExportError, match="empty"):
        EXPORTERS["qdc"].export(project, Scope(), ExportOptions())


def test_archive_holds_project_and_one_lf_utf8_text_per_article() -> None:
    project = tricky_project()
    members = _qdpx(project)
    assert set(members) == {"project.qde"} | {f"sources/{a.id}.txt" for a in project.articles}
    for article in project.articles:
        raw = members[f"sources/{article.id}.txt"]
        assert not raw.startswith(b"\xef\xbb\xbf")
        assert b"\r" not in raw
        assert raw.decode("utf-8") == article.text


def test_selections_select_their_quote_in_the_source_text() -> None:
    project = tricky_project()
    members = _qdpx(project)
    root = etree.fromstring(members["project.qde"])
    assert_valid_qde(members["project.qde"])
    selections = root.findall(".//q:PlainTextSelection", NS)
    assert len(selections) == len(project.annotations)
    for selection in selections:
        source = selection.getparent()
        text = members[f"sources/{source.get('guid')}.txt"].decode("utf-8")
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert text[start:end] == selection.get("name")
        assert selection.get("name") == project.annotations[selection.get("guid")].quote.exact


def test_notes_are_written_as_description_and_as_note_with_noteref() -> None:
    project = sample_project()
    root = etree.fromstring(_qdpx(project)["project.qde"])
    assert root.get("origin", "").startswith("Parallax")
    annotation_id, note = PASSAGES[0][0], PASSAGES[0][4]
    selection = root.find(f".//q:PlainTextSelection[@guid='{annotation_id}']", NS)
    assert selection.findtext("q:Description", namespaces=NS) == note
    note_guid = selection.find("q:NoteRef", NS).get("targetGUID")
    memo = root.find(f"q:Notes/q:Note[@guid='{note_guid}']", NS)
    assert memo.findtext("q:PlainTextContent", namespaces=NS) == note


def test_codebook_nesting_colours_descriptions_and_users_survive() -> None:
    project = sample_project()
    root = etree.fromstring(_qdpx(project)["project.qde"])
    parent = root.find(f".//q:Code[@guid='{ECONOMICS}']", NS)
    child = parent.find(f"q:Code[@guid='{MINERALS.id}']", NS)
    assert child.get("color") == MINERALS.color
    assert child.findtext("q:Description", namespaces=NS) == MINERALS.description
    users = {u.get("guid"): u.get("name") for u in root.findall("q:Users/q:User", NS)}
    assert users == {a.id: a.name for a in project.annotators}


def test_orphans_are_left_out_and_links_between_exported_passages_kept() -> None:
    root = etree.fromstring(_qdpx(sample_project())["project.qde"])
    assert root.find(f".//q:PlainTextSelection[@guid='{ORPHAN_ID}']", NS) is None
    (link,) = root.findall("q:Links/q:Link", NS)
    assert (link.get("originGUID"), link.get("targetGUID")) == (PASSAGES[0][0], PASSAGES[4][0])


def test_unknown_scope_and_unlisted_annotators_are_handled() -> None:
    project = sample_project()
    with pytest.raises(ExportError, match="no article"):
        EXPORTERS["qdpx"].export(project, Scope(article_id="nope"), ExportOptions())
    with pytest.raises(ExportError, match="no tag"):
        EXPORTERS["csv"].export(project, Scope(tag_id="nope"), ExportOptions())
    stray = "f0000000-0000-4000-8000-000000000000"
    first = project.annotations.at(0)
    project.annotations._replace(msgspec.structs.replace(first, annotator=stray))
    qde = _qdpx(project)["project.qde"]
    assert_valid_qde(qde)
    assert stray.encode() not in qde


def test_a_fresh_project_without_annotators_or_annotations_exports_validly() -> None:
    project = new_project(sample_articles())
    members = _qdpx(project)
    assert_valid_qde(members["project.qde"])
    assert len(members) == 1 + len(project.articles)
    assert_valid_qdc(EXPORTERS["qdc"].export(project, Scope(), ExportOptions()))
    for format_id in ("csv", "md", "html", "w3c"):
        assert EXPORTERS[format_id].export(project, Scope(), ExportOptions())


def test_control_characters_in_the_text_do_not_break_the_xml() -> None:
    from desktop_app.core.annotation_edits import set_note, toggle_tag
    from desktop_app.core.new_records import make_article

    article = make_article("Report\n\nPage one text.\fPage two text.\n", title="Form\ffeed")
    project = new_project([article])
    start = article.text.index("text.\f")
    toggle_tag(project, article.id, start, start + 12, project.codes.at(0).id).apply(project)
    annotation = project.annotations.at(0)
    present(set_note(project, annotation.id, "note with a \x0b vertical tab")).apply(project)
    members = qdpx_members(EXPORTERS["qdpx"].export(project, Scope(), ExportOptions()))
    assert_valid_qde(members["project.qde"])
    source = members[f"sources/{article.id}.txt"].decode("utf-8")
    assert source == article.text  # the source keeps every character: offsets hold
    selection = etree.fromstring(members["project.qde"]).find(".//{*}PlainTextSelection")
    assert selection is not None
    assert selection.get("name") == "text. Page tw"[:12]
