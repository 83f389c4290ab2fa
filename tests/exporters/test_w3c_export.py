"""W3C Web Annotation export: conformance, ids, selectors in code points, bodies."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.project import Project
from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from tests.exporters.checks import w3c_problems
from tests.exporters.sample import (
    ECONOMICS,
    MINERALS,
    ORPHAN_ID,
    PASSAGES,
    sample_project,
    tricky_project,
)

SCOPES = {
    "all": Scope(),
    "article": Scope(article_id="a43d2d61-1a0a-4acd-9b1e-004a43d2d611"),
    "tag": Scope(tag_id=ECONOMICS),
    "article+tag": Scope(article_id="a43d2d61-1a0a-4acd-9b1e-004a43d2d611", tag_id=MINERALS.id),
}


def _export(project: Project, scope: Scope | None = None) -> bytes:
    return EXPORTERS["w3c"].export(project, scope or Scope(), ExportOptions())


@pytest.mark.parametrize("scope", SCOPES.values(), ids=SCOPES.keys())
def test_every_scope_passes_the_w3c_checker(scope: Scope) -> None:
    assert w3c_problems(_export(sample_project(), scope)) == []


def test_tricky_unicode_export_passes_the_w3c_checker() -> None:
    assert w3c_problems(_export(tricky_project())) == []


def test_an_empty_collection_is_conformant_and_has_no_page() -> None:
    project = sample_project()
    first_article = next(iter(project.articles)).id
    data = _export(project, Scope(article_id=first_article, tag_id=MINERALS.id))
    document = json.loads(data)
    assert document["total"] == 0
    assert "first" not in document
    assert w3c_problems(data) == []


def test_annotations_keep_their_uuids_quotes_and_code_point_positions() -> None:
    project = sample_project()
    items = json.loads(_export(project))["first"]["items"]
    by_id = {item["id"]: item for item in items if item["motivation"] != "linking"}
    assert set(by_id) == {f"urn:uuid:{a.id}" for a in project.annotations}
    for annotation in project.annotations:
        item = by_id[f"urn:uuid:{annotation.id}"]
        article = project.articles[annotation.article]
        target = item["target"]
        assert target["source"] == f"urn:uuid:{article.id}"
        if annotation.anchor == "orphaned":
            # No position selector: it would select other words. The last place is kept.
            quote = target["selector"]
            position = target["parallax:lastPosition"]
        else:
            quote, position = target["selector"]
            assert position["type"] == "TextPositionSelector"
            assert article.text[position["start"] : position["end"]] == quote["exact"]
        assert quote["type"] == "TextQuoteSelector"
        assert quote["exact"] == annotation.quote.exact
        assert (position["start"], position["end"]) == (annotation.start, annotation.end)
        assert item["created"].endswith("Z")
        assert item["modified"].endswith("Z")
        assert item["creator"]["id"] == f"urn:uuid:{annotation.annotator}"


def test_tag_bodies_name_and_classify_and_the_note_is_a_comment() -> None:
    project = sample_project()
    items = {i["id"]: i for i in json.loads(_export(project))["first"]["items"]}
    annotation_id, _, _, tags, note, _ = PASSAGES[3]
    bodies = items[f"urn:uuid:{annotation_id}"]["body"]
    tagging = [b["value"] for b in bodies if b.get("purpose") == "tagging"]
    classifying = [b["source"] for b in bodies if b.get("purpose") == "classifying"]
    comments = [b["value"] for b in bodies if b.get("purpose") == "commenting"]
    assert tagging == [project.codes[t].name for t in tags]
    assert classifying == [f"urn:uuid:{t}" for t in tags]
    assert comments == [note]
    assert items[f"urn:uuid:{annotation_id}"]["motivation"] == "tagging"
    untagged = items[f"urn:uuid:{PASSAGES[5][0]}"]
    assert untagged["motivation"] == "commenting"
    assert items[f"urn:uuid:{ORPHAN_ID}"]["parallax:anchor"] == "orphaned"


def test_tag_scope_keeps_only_that_tag_and_article_scope_only_that_article() -> None:
    project = sample_project()
    document = json.loads(_export(project, SCOPES["tag"]))
    for item in document["first"]["items"]:
        sources = [b["source"] for b in item["body"] if b.get("purpose") == "classifying"]
        assert sources == [f"urn:uuid:{ECONOMICS}"]
    document = json.loads(_export(project, SCOPES["article"]))
    targets = {item["target"]["source"] for item in document["first"]["items"]}
    assert targets == {"urn:uuid:a43d2d61-1a0a-4acd-9b1e-004a43d2d611"}
    assert [a["id"] for a in document["parallax:articles"]] == list(targets)


#: Terms the W3C Web Annotation context (http://www.w3.org/ns/anno.jsonld) defines, among
#: those an export may use; a key that is none of these, no JSON-LD keyword and no compact
#: IRI with a declared prefix is dropped by a JSON-LD processor when it expands the file.
ANNO_TERMS = frozenset(
    {
        "id", "type", "body", "target", "source", "selector", "creator", "generator",
        "motivation", "purpose", "created", "modified", "value", "format", "language",
        "start", "end", "exact", "prefix", "suffix", "name", "label", "total",
        "startIndex", "items", "first", "partOf",
    }
)  # fmt: skip


def _dropped_keys(node: object, prefixes: set[str], path: str = "$") -> list[str]:
    """Keys JSON-LD expansion would drop: not a keyword, a W3C term or a prefixed IRI."""
    dropped: list[str] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            dropped += _dropped_keys(item, prefixes, f"{path}[{index}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            prefix, colon, _ = key.partition(":")
            kept = key.startswith("@") or key in ANNO_TERMS or (colon and prefix in prefixes)
            if not kept:
                dropped.append(f"{path}.{key}")
            dropped += _dropped_keys(value, prefixes, f"{path}.{key}")
    return dropped


def test_json_ld_expansion_keeps_every_key_nested_ones_included() -> None:
    document = json.loads(_export(sample_project()))
    context = document["@context"]
    assert context[0] == "http://www.w3.org/ns/anno.jsonld"
    prefixes = {name for extra in context[1:] for name in extra}
    assert prefixes == {"parallax"}
    assert _dropped_keys(document, prefixes) == []
    (article, *_) = document["parallax:articles"]
    assert {"parallax:title", "parallax:date", "parallax:textSha256"} <= set(article)
    coded = [c for c in document["parallax:codebook"] if "parallax:parent" in c]
    assert coded
    assert all(c["parallax:parent"]["id"].startswith("urn:uuid:") for c in coded)


def test_the_expansion_check_finds_a_bare_nested_key() -> None:
    assert _dropped_keys({"parallax:articles": [{"id": "x", "title": "T"}]}, {"parallax"}) == [
        "$.parallax:articles[0].title"
    ]
