"""W3C import from other tools: Hypothesis-style UTF-16 positions, re-anchoring, orphans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.merge import merge_imported
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Project
from desktop_app.importers.registry import ImportFailed, importer_for, read_file
from tests.present import present

URL = "https://example.org/news/kazakhstan"
RAW = (
    "Kazakhstan 🇰🇿 joins the Accords 😀.\r\n"
    "Officials cite trade 💰 and security. Critics cite trade too, but louder.\r\n"
    "Café owners in Astana shrugged."
)
MOTIVE = "6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a01"


def _utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def _hypothesis_annotation(
    ident: str, text: str, quote: str, *, occurrence: int = 0, shift: int = 0, source: str = URL
) -> dict[str, object]:
    """An annotation shaped like Hypothesis' JSON-LD: UTF-16 positions, legacy RangeSelector."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": f"https://hypothes.is/a/{ident}",
        "created": "2025-11-21T10:00:00.123456+00:00",
        "modified": "2025-11-21T11:30:15.987654+00:00",
        "creator": "acct:alice@hypothes.is",
        "body": [
            {"type": "TextualBody", "value": f"Comment on {ident}", "format": "text/markdown"},
            {"type": "TextualBody", "purpose": "tagging", "value": "Motive"},
            {"type": "TextualBody", "purpose": "tagging", "value": "soft power"},
        ],
        "target": [
            {
                "source": source,
                "selector": [
                    {
                        "type": "RangeSelector",
                        "startContainer": "/main[1]/p[1]",
                        "startOffset": 0,
                        "endContainer": "/main[1]/p[1]",
                        "endOffset": 9,
                    },
                    {
                        "type": "TextPositionSelector",
                        "start": _utf16(text, start) + shift,
                        "end": _utf16(text, end) + shift,
                    },
                    {
                        "type": "TextQuoteSelector",
                        "exact": quote,
                        "prefix": text[max(0, start - 32) : start],
                        "suffix": text[end : end + 32],
                    },
                ],
            }
        ],
    }


@pytest.fixture
def project() -> Project:
    article = make_article(
        RAW, title="KZ", article_id="c0000000-0000-4000-8000-0000000000aa", url=URL
    )
    return new_project([article])


def _import(tmp_path: Path, project: Project, items: list[dict[str, object]]):  # type: ignore[no-untyped-def]
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    assert importer_for(path).name == "W3C Web Annotation collection"
    bundle = read_file(path, project)
    edit = merge_imported(project, bundle)
    if edit is not None:
        edit.apply(project)
    return bundle


def test_utf16_positions_land_on_the_right_code_points(tmp_path: Path, project: Project) -> None:
    text = project.articles.at(0).text
    quote = "Officials cite trade 💰 and security"
    bundle = _import(tmp_path, project, [_hypothesis_annotation("one", text, quote)])
    (annotation,) = project.annotations
    start = text.index(quote)
    assert (annotation.start, annotation.end) == (start, start + len(quote))
    # UTF-16 offsets do not select the quote as code points: placed by it, never "exact"
    assert annotation.anchor == "moved"
    assert text[annotation.start : annotation.end] == annotation.quote.exact == quote
    assert bundle.warnings == [
        "1 annotation(s) did not select their quote at the stated position and were placed "
        "by the quote"
    ]


def test_tags_merge_by_name_comments_become_notes_and_the_creator_an_annotator(
    tmp_path: Path, project: Project
) -> None:
    text = project.articles.at(0).text
    _import(tmp_path, project, [_hypothesis_annotation("two", text, "Café owners")])
    (annotation,) = project.annotations
    soft_power = project.code_by_name("soft power")
    assert soft_power is not None
    assert annotation.tags == (MOTIVE, soft_power.id)
    assert annotation.note == "Comment on two"
    assert project.annotators[present(annotation.annotator)].name == "alice"
    assert annotation.created.isoformat() == "2025-11-21T10:00:00+00:00"
    assert annotation.modified.isoformat() == "2025-11-21T11:30:15+00:00"


def test_stale_positions_are_re_anchored_on_the_quote_and_its_context(
    tmp_path: Path, project: Project
) -> None:
    text = project.articles.at(0).text
    items = [
        _hypothesis_annotation("moved", text, "and security", shift=-9),
        _hypothesis_annotation("second", text, "cite trade", occurrence=1, shift=25),
    ]
    _import(tmp_path, project, items)
    by_note = {a.note: a for a in project.annotations}
    moved = by_note["Comment on moved"]
    assert text[moved.start : moved.end] == "and security"
    assert moved.anchor in ("moved", "fuzzy")
    second = by_note["Comment on second"]
    assert second.start == text.index("cite trade", text.index("Critics"))


def test_unplaceable_quotes_are_kept_as_orphans_and_unknown_sources_reported(
    tmp_path: Path, project: Project
) -> None:
    text = project.articles.at(0).text
    orphan = _hypothesis_annotation("gone", text, "Café owners")
    orphan["target"][0]["selector"][2]["exact"] = "a sentence that was never there"  # type: ignore[index]
    elsewhere = _hypothesis_annotation("other", text, "Café owners", source="https://example.org/x")
    bundle = _import(tmp_path, project, [orphan, elsewhere])
    (kept,) = project.annotations
    assert kept.anchor == "orphaned"
    assert kept.quote.exact == "a sentence that was never there"
    assert any("https://example.org/x" in w and "not in the project" in w for w in bundle.warnings)
    assert any("orphaned" in w for w in bundle.warnings)


def test_files_that_are_not_annotations_fail_with_a_reason(
    tmp_path: Path, project: Project
) -> None:
    path = tmp_path / "broken.jsonld"
    path.write_text(
        '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", ', "utf-8"
    )
    with pytest.raises(ImportFailed, match="not valid JSON"):
        read_file(path, project)


def test_a_conformant_page_with_code_point_positions_bodyvalue_and_vocabulary_tags(
    tmp_path: Path, project: Project
) -> None:
    text = project.articles.at(0).text
    quote = "Café owners"
    start = text.index(quote)
    page = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://annotator.example/page/1",
        "type": "AnnotationPage",
        "items": [
            {
                "id": "urn:uuid:1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
                "type": "Annotation",
                "motivation": "classifying",
                "creator": {"id": "https://orcid.org/0000-0002-1825-0097", "name": "Josiah"},
                "body": [
                    {
                        "type": "SpecificResource",
                        "purpose": "tagging",
                        "source": "http://vocab.example/economy",
                    },
                    "http://elsewhere.example/a-related-post",
                ],
                "target": {
                    "type": "SpecificResource",
                    "source": URL,
                    "selector": [
                        {"type": "TextPositionSelector", "start": start, "end": start + len(quote)},
                        {"type": "TextQuoteSelector", "exact": quote},
                    ],
                },
            },
            {
                "id": "urn:uuid:2f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
                "type": "Annotation",
                "bodyValue": "A plain comment",
                "target": {
                    "source": URL,
                    "selector": {"type": "TextQuoteSelector", "exact": "shrugged"},
                },
            },
        ],
    }
    path = tmp_path / "page.jsonld"
    path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    bundle = read_file(path, project)
    tagged, commented = bundle.annotations
    assert (tagged.start, tagged.end, tagged.anchor) == (start, start + len(quote), "exact")
    (code,) = bundle.codes
    assert code.name == "economy"
    assert tagged.tags == (code.id,)
    assert tagged.note == ""
    assert bundle.annotators[0].name == "Josiah"
    assert text[commented.start : commented.end] == "shrugged"
    assert commented.note == "A plain comment"
    assert commented.annotator is None


def test_a_quote_found_twice_is_placed_by_its_context_or_else_left_orphaned(
    tmp_path: Path, project: Project
) -> None:
    text = project.articles.at(0).text

    def bare(ident: str, prefix: str) -> dict[str, object]:
        selector = {"type": "TextQuoteSelector", "exact": "cite trade", "prefix": prefix}
        return {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": f"urn:uuid:{ident}",
            "type": "Annotation",
            "target": {"source": URL, "selector": selector},
        }

    items = [
        bare("3f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "Critics "),
        bare("4f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", ""),
    ]
    path = tmp_path / "bare.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    with_context, ambiguous = read_file(path, project).annotations
    assert with_context.start == text.index("cite trade", text.index("Critics"))
    assert with_context.anchor == "exact"
    assert ambiguous.anchor == "orphaned"


def test_the_hypothesis_client_export_file(tmp_path: Path, project: Project) -> None:
    text = project.articles.at(0).text
    quote = "Officials cite trade 💰 and security"
    w3c = _hypothesis_annotation("one", text, quote)
    row = {
        "id": "Xy12AbCdEf",
        "created": "2025-11-21T10:00:00.123456+00:00",
        "updated": "2025-11-21T10:05:00.000000+00:00",
        "user": "acct:bob@hypothes.is",
        "uri": URL,
        "text": "Trade comes first here.",
        "tags": ["economics", "soft power"],
        "group": "__world__",
        "target": [{"source": URL, "selector": w3c["target"][0]["selector"]}],  # type: ignore[index]
        "document": {"title": ["KZ"]},
        "user_info": {"display_name": "Bob B."},
    }
    page_note = dict(row, id="PageNote01", target=[{"source": URL}], tags=[])
    export = {
        "export_date": "2025-11-22T09:00:00.000Z",
        "export_userid": "acct:bob@hypothes.is",
        "client_version": "1.1500.0",
        "annotations": [row, page_note],
    }
    path = tmp_path / "hypothesis-export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    assert importer_for(path).name == "W3C Web Annotation collection"
    bundle = read_file(path, project)
    (annotation,) = bundle.annotations
    start = text.index(quote)
    assert (annotation.start, annotation.end, annotation.anchor) == (
        start,
        start + len(quote),
        "moved",  # its UTF-16 position was not the code-point one
    )
    assert any("placed by the quote" in w for w in bundle.warnings)
    assert annotation.note == "Trade comes first here."
    (soft_power,) = bundle.codes
    assert soft_power.name == "soft power"
    assert annotation.tags == ("6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a03", soft_power.id)
    assert bundle.annotators[0].name == "Bob B."
    assert any("whole article" in w for w in bundle.warnings)


def test_offsets_that_miss_the_quote_place_it_by_the_quote_and_say_so(
    tmp_path: Path, project: Project
) -> None:
    text = project.articles.at(0).text
    # positions off by a few (another tool counted line ends differently)
    item = _hypothesis_annotation("off", text, "Café owners in Astana", shift=3)
    bundle = _import(tmp_path, project, [item])
    (annotation,) = project.annotations
    assert text[annotation.start : annotation.end] == "Café owners in Astana"
    assert annotation.anchor == "moved"
    assert any("placed by the quote" in w for w in bundle.warnings)


def test_a_repeated_quote_whose_context_disagrees_is_never_placed_as_exact(
    tmp_path: Path, project: Project
) -> None:
    text = project.articles.at(0).text
    item = _hypothesis_annotation("twice", text, "cite trade", shift=40)
    selectors = item["target"][0]["selector"]  # type: ignore[index]
    selectors[2]["prefix"] = "Nothing like this is in the text "
    selectors[2]["suffix"] = " nor this either, anywhere at all"
    _import(tmp_path, project, [item])
    (annotation,) = project.annotations
    assert annotation.anchor in ("review", "orphaned")


@pytest.mark.parametrize("prefix", ["parallax:", ""], ids=["namespaced", "bare (older files)"])
def test_codebook_colours_and_parents_come_back_from_either_spelling(
    tmp_path: Path, project: Project, prefix: str
) -> None:
    parent = "urn:uuid:6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1b01"
    child = "urn:uuid:6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1b02"
    document = {
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"parallax": "urn:x-parallax:vocab#"}],
        "type": "AnnotationCollection",
        "parallax:codebook": [
            {"id": parent, "name": "framing", f"{prefix}color": "#112233"},
            {
                "id": child,
                "name": "blame",
                f"{prefix}color": "#445566",
                f"{prefix}description": "Who is at fault",
                f"{prefix}parent": {"id": parent} if prefix else parent,
            },
        ],
    }
    path = tmp_path / "codebook.jsonld"
    path.write_text(json.dumps(document), encoding="utf-8")
    bundle = read_file(path, project)
    codes = {code.name: code for code in bundle.codes}
    assert (codes["framing"].color, codes["blame"].color) == ("#112233", "#445566")
    assert codes["blame"].parent == codes["framing"].id
    assert codes["blame"].description == "Who is at fault"
