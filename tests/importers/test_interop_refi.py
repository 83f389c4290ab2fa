"""REFI-QDA import of other vendors' files: ``Sources/``, CRLF counted as one or two, a BOM."""

from __future__ import annotations

import zipfile
from pathlib import Path

import msgspec
import pytest

from desktop_app.core.merge import merge_imported
from desktop_app.core.project import Project
from desktop_app.core.text import canonicalize, sha256_hex
from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from desktop_app.importers.registry import ImportFailed, importer_for, read_file
from tests.exporters.checks import REFI, assert_valid_qde
from tests.exporters.sample import sample_project

SOURCE_GUID = "{0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}"
CODE_GUID = "5D3C1E22-91AA-4F0B-B7C4-2E6F8A9D0C11"
USER_GUID = "6F1C2A44-2D0E-4C1B-9A51-0D6C3B8E7A10"
# NFD "café" (e + combining acute), an astral emoji, CRLF line ends.
RAW = (
    "Heading\r\nFirst 😀 line about cafe\u0301 prices.\r\n"
    "The mill closed in March.\r\nRising fuel prices hurt.\r\n"
)
QUOTES = ("First", "cafe\u0301 prices", "The mill closed", "Rising fuel prices")


def _raw_offsets(quote: str, *, crlf_as_two: bool, bom_counted: bool) -> tuple[int, int]:
    """Where a vendor puts ``quote``: offsets into the file text under its counting rules."""
    text = RAW if crlf_as_two else RAW.replace("\r\n", "\n")
    start = text.index(quote) + (1 if bom_counted else 0)
    return start, start + len(quote)


def _qde(crlf_as_two: bool, bom_counted: bool, names: bool = True) -> str:
    selections = []
    for i, quote in enumerate(QUOTES):
        start, end = _raw_offsets(quote, crlf_as_two=crlf_as_two, bom_counted=bom_counted)
        name = f' name="{quote}"' if names else ""
        selections.append(
            f'<PlainTextSelection guid="{i + 1:08X}-0000-4000-8000-000000000000"{name} '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER_GUID}" '
            f'creationDateTime="2024-03-01T12:00:00Z">'
            f'<Coding guid="{i + 1:08X}-1111-4000-8000-000000000000" creatingUser="{USER_GUID}">'
            f'<CodeRef targetGUID="{CODE_GUID}"/></Coding></PlainTextSelection>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="Vendor project" origin="Vendor 23">'
        f'<Users><User guid="{USER_GUID}" name="Coder One"/></Users>'
        f'<CodeBook><Codes><Code guid="{CODE_GUID}" name="prices" isCodable="true" color="#A0B">'
        "<Description>Cost of things</Description></Code></Codes></CodeBook>"
        f'<Sources><TextSource guid="{SOURCE_GUID}" name="mill.txt" '
        f'plainTextPath="internal://{SOURCE_GUID.strip("{}")}.txt">'
        + "".join(selections)
        + "</TextSource></Sources></Project>"
    )


def _qdpx(tmp_path: Path, qde: str, folder: str = "Sources", *, bom: bool = True) -> Path:
    path = tmp_path / f"vendor-{folder}.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde.encode("utf-8"))
        archive.writestr(
            f"{folder}/{SOURCE_GUID.strip('{}')}.txt",
            ("\ufeff".encode() if bom else b"") + RAW.encode(),
        )
    return path


@pytest.mark.parametrize("crlf_as_two", [True, False], ids=["crlf-two", "crlf-one"])
@pytest.mark.parametrize("bom_counted", [False, True], ids=["bom-skipped", "bom-counted"])
@pytest.mark.parametrize("folder", ["Sources", "sources"])
def test_vendor_counting_is_detected_and_offsets_land_on_the_quotes(
    tmp_path: Path, crlf_as_two: bool, bom_counted: bool, folder: str
) -> None:
    qde = _qde(crlf_as_two, bom_counted)
    assert_valid_qde(qde.encode())
    path = _qdpx(tmp_path, qde, folder)
    assert importer_for(path).name == "REFI-QDA project"
    project = Project()
    bundle = read_file(path, project)
    edit = merge_imported(project, bundle)
    assert edit is not None
    edit.apply(project)
    (article,) = project.articles
    assert article.text == canonicalize(RAW)
    assert article.id == SOURCE_GUID.strip("{}").lower()
    assert [article.text[a.start : a.end] for a in project.annotations] == [
        canonicalize(q) for q in QUOTES
    ]
    assert all(a.anchor == "exact" for a in project.annotations)
    (code,) = project.codes
    assert (code.id, code.name, code.color) == (CODE_GUID.lower(), "prices", "#AA00BB")
    assert {a.tags for a in project.annotations} == {(code.id,)}
    (annotator,) = project.annotators
    assert annotator.name == "Coder One"
    assert {a.annotator for a in project.annotations} == {annotator.id}


def test_without_names_positions_are_read_as_the_standard_says(tmp_path: Path) -> None:
    path = _qdpx(tmp_path, _qde(crlf_as_two=True, bom_counted=False, names=False))
    bundle = read_file(path, Project())
    text = bundle.articles[0].text
    assert [text[a.start : a.end] for a in bundle.annotations] == [canonicalize(q) for q in QUOTES]


def test_a_project_article_with_other_text_gets_selections_placed_by_quote(tmp_path: Path) -> None:
    exported = sample_project(with_orphan=False)
    path = tmp_path / "sample.qdpx"
    path.write_bytes(EXPORTERS["qdpx"].export(exported, Scope(), ExportOptions()))
    first, second = exported.articles
    edited = canonicalize("An editor's note added on top.\n\n" + first.text)
    moved = msgspec.structs.replace(first, text=edited, sha256=sha256_hex(edited))
    target = Project(articles=[moved, second], codes=exported.codes, annotators=exported.annotators)
    bundle = read_file(path, target)
    assert any("differs from the project's text" in w for w in bundle.warnings)
    assert bundle.articles == []
    for annotation in bundle.annotations:
        text = target.articles[annotation.article].text
        assert (
            text[annotation.start : annotation.end]
            == exported.annotations[annotation.id].quote.exact
        )


def test_broken_archives_fail_with_a_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "nothing here")
    with pytest.raises(ImportFailed, match=r"no project\.qde"):
        read_file(empty, Project())
    malformed = tmp_path / "malformed.qdpx"
    with zipfile.ZipFile(malformed, "w") as archive:
        archive.writestr("project.qde", "<Project xmlns='urn:QDA-XML:project:1.0'")
    with pytest.raises(ImportFailed, match="not well-formed"):
        read_file(malformed, Project())


def test_a_bare_qde_without_its_texts_brings_codes_and_users_and_says_what_is_missing() -> None:
    path = REFI / "example-project.qde"
    assert importer_for(path).name == "REFI-QDA project"
    bundle = read_file(path, Project())
    assert [c.name for c in bundle.codes] == ["Themes", "motive", "reaction", "economics"]
    assert bundle.articles == []
    assert bundle.annotations == []
    assert any("mill-closure.txt" in w and "not in the file" in w for w in bundle.warnings)


def _utf16_offsets(text: str, quote: str) -> tuple[int, int]:
    """Where a Qt-based tool (QualCoder) puts ``quote``: UTF-16 units, not code points."""
    start = text.index(quote)
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(quote.encode("utf-16-le")) // 2


def test_utf16_positions_are_placed_by_the_quoted_name_and_never_called_exact(
    tmp_path: Path,
) -> None:
    lf = RAW.replace("\r\n", "\n")
    qde = _qde(crlf_as_two=False, bom_counted=False)
    for quote in QUOTES:  # rewrite each selection's positions as UTF-16 units
        right = _raw_offsets(quote, crlf_as_two=False, bom_counted=False)
        wrong = _utf16_offsets(lf, quote)
        qde = qde.replace(
            f'startPosition="{right[0]}" endPosition="{right[1]}"',
            f'startPosition="{wrong[0]}" endPosition="{wrong[1]}"',
        )
    path = _qdpx(tmp_path, qde, bom=False)
    bundle = read_file(path, Project())
    text = bundle.articles[0].text
    placed = {text[a.start : a.end]: a.anchor for a in bundle.annotations}
    # every selection lands on its quoted text; those whose positions are off under every
    # way of counting (after the emoji and a line end) are placed by the quote, not "exact"
    assert set(placed) == {canonicalize(q) for q in QUOTES}
    assert placed["The mill closed"] == placed["Rising fuel prices"] == "moved"
    relocated = sum(anchor == "moved" for anchor in placed.values())
    assert any(
        f"{relocated} selection(s) did not select their quoted text" in warning
        for warning in bundle.warnings
    )


def test_a_name_found_twice_without_context_is_not_trusted_blindly(tmp_path: Path) -> None:
    qde = _qde(crlf_as_two=False, bom_counted=False).replace(
        'name="The mill closed"', 'name="prices"'
    )
    bundle = read_file(_qdpx(tmp_path, qde), Project())
    text = bundle.articles[0].text
    (relocated,) = [
        a for a in bundle.annotations if a.quote.exact == "prices" or a.anchor != "exact"
    ]
    assert relocated.anchor != "exact"
    if relocated.anchor != "orphaned":
        assert text[relocated.start : relocated.end] == "prices"


def test_qualcoder_codings_of_one_span_become_one_annotation_with_both_codes(
    tmp_path: Path,
) -> None:
    second_code = "7E4D2F33-A2BB-4A1C-98D5-3F7A9B0E1D22"
    start, end = _raw_offsets("The mill closed", crlf_as_two=True, bom_counted=False)

    def selection(n: int, code: str) -> str:
        return (
            f'<PlainTextSelection guid="{n:08X}-0000-4000-8000-000000000000" '
            f'name="The mill closed" startPosition="{start}" endPosition="{end}" '
            f'creatingUser="{USER_GUID}" creationDateTime="2024-03-0{n}T12:00:00Z">'
            "<Description>Closure framed as inevitable</Description>"
            f'<Coding guid="{n:08X}-1111-4000-8000-000000000000" creatingUser="{USER_GUID}">'
            f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
        )

    qde = _qde(crlf_as_two=True, bom_counted=False)
    body = qde[qde.index("<PlainTextSelection") : qde.index("</TextSource>")]
    qde = qde.replace(body, selection(1, CODE_GUID) + selection(2, second_code))
    qde = qde.replace(
        "</Code></Codes>",
        f'</Code><Code guid="{second_code}" name="blame" isCodable="true"/></Codes>',
    )
    assert_valid_qde(qde.encode())
    bundle = read_file(_qdpx(tmp_path, qde), Project())
    (annotation,) = bundle.annotations
    assert annotation.tags == (CODE_GUID.lower(), second_code.lower())
    assert annotation.note == "Closure framed as inevitable"  # once, not copied per code
    assert any("merged into its annotation" in warning for warning in bundle.warnings)


def test_a_memo_on_a_span_without_a_code_comes_in_as_a_note_only_annotation(
    tmp_path: Path,
) -> None:
    note_guid = "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D"
    start, end = _raw_offsets("Rising fuel prices", crlf_as_two=True, bom_counted=False)
    memo = (
        f'<PlainTextSelection guid="0000000A-0000-4000-8000-000000000000" '
        f'name="Rising fuel prices" startPosition="{start}" endPosition="{end}" '
        f'creatingUser="{USER_GUID}"><Description>Costs, not politics</Description>'
        f'<NoteRef targetGUID="{note_guid}"/></PlainTextSelection>'
    )
    qde = _qde(crlf_as_two=True, bom_counted=False).replace("</TextSource>", memo + "</TextSource>")
    qde = qde.replace(
        "</Sources>",
        f'</Sources><Notes><Note guid="{note_guid}" name="memo">'
        "<PlainTextContent>Check the 2023 figures</PlainTextContent></Note></Notes>",
    )
    assert_valid_qde(qde.encode())
    bundle = read_file(_qdpx(tmp_path, qde), Project())
    (memo_only,) = [a for a in bundle.annotations if not a.tags]
    text = bundle.articles[0].text
    assert text[memo_only.start : memo_only.end] == "Rising fuel prices"
    assert memo_only.note == "Costs, not politics\n\nCheck the 2023 figures"
