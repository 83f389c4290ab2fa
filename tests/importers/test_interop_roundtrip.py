"""Round trips Parallax -> format -> Parallax lose nothing the format can carry."""

from __future__ import annotations

import zipfile
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.merge import merge_imported
from desktop_app.core.new_records import new_project
from desktop_app.core.project import Project
from desktop_app.core.records import Code, new_id
from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from desktop_app.importers.codebook_csv import CodebookCsvImporter
from desktop_app.importers.registry import importer_for, read_file
from desktop_app.importers.samples import sample_articles
from tests.exporters.sample import (
    ORPHAN_ID,
    PIECES,
    sample_project,
    tricky_project,
    unicode_project,
)

ARTICLE_FIELDS = (
    "id",
    "title",
    "text",
    "sha256",
    "outlet",
    "author",
    "date",
    "url",
    "language",
    "note",
)


def _write(tmp_path: Path, project: Project, format_id: str, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(EXPORTERS[format_id].export(project, Scope(), ExportOptions()))
    return path


def _import(path: Path, target: Project) -> list[str]:
    bundle = read_file(path, target)
    edit = merge_imported(target, bundle)
    if edit is not None:
        edit.apply(target)
    return bundle.warnings


def _records(records: object) -> dict[str, dict[str, object]]:
    return {r.id: msgspec.structs.asdict(r) for r in records}  # type: ignore[attr-defined]


def _codes_without_shortcut(codes: object) -> dict[str, dict[str, object]]:
    return {
        code.id: msgspec.structs.asdict(msgspec.structs.replace(code, shortcut=""))
        for code in codes  # type: ignore[attr-defined]
    }


def _articles(articles: object) -> dict[str, tuple[object, ...]]:
    return {a.id: tuple(getattr(a, f) for f in ARTICLE_FIELDS) for a in articles}  # type: ignore[attr-defined]


def test_w3c_round_trip_keeps_annotations_codes_and_annotators(tmp_path: Path) -> None:
    original = sample_project()
    path = _write(tmp_path, original, "w3c", "export.jsonld")
    target = new_project(sample_articles())
    warnings = _import(path, target)
    assert len(warnings) == 1
    assert "1 annotation(s) could not be placed" in warnings[0]  # the sample's orphan
    assert _records(target.annotations) == _records(original.annotations)
    assert _records(target.codes) == _records(original.codes)
    assert _records(target.annotators) == _records(original.annotators)


def test_qdpx_round_trip_into_an_empty_project(tmp_path: Path) -> None:
    original = sample_project()
    path = _write(tmp_path, original, "qdpx", "export.qdpx")
    target = Project()
    assert _import(path, target) == []
    assert _articles(target.articles) == _articles(original.articles)
    assert _codes_without_shortcut(target.codes) == _codes_without_shortcut(original.codes)
    assert _records(target.annotators) == _records(original.annotators)
    placed = {k: v for k, v in _records(original.annotations).items() if k != ORPHAN_ID}
    assert _records(target.annotations) == placed
    # Links come back with relation and note; QDPX has no time for a link.
    expected_links = {
        link.id: (link.source, link.target, link.relation, link.note)
        for link in original.links
        if link.source in placed and link.target in placed
    }
    assert expected_links
    assert {
        link.id: (link.source, link.target, link.relation, link.note) for link in target.links
    } == expected_links


def test_importing_an_export_into_its_own_project_adds_nothing(tmp_path: Path) -> None:
    project = sample_project()
    for format_id, name in (("w3c", "a.jsonld"), ("qdpx", "a.qdpx"), ("qdc", "a.qdc")):
        bundle = read_file(_write(tmp_path, project, format_id, name), project)
        assert merge_imported(project, bundle) is None, format_id


@pytest.mark.parametrize(
    ("format_id", "name"), [("qdc", "codes.qdc"), ("codebook-csv", "codes.csv")]
)
def test_codebook_round_trip(tmp_path: Path, format_id: str, name: str) -> None:
    original = sample_project()
    path = _write(tmp_path, original, format_id, name)
    target = Project()
    _import(path, target)
    if format_id == "qdc":  # REFI-QDA has no keyboard shortcuts
        assert _codes_without_shortcut(target.codes) == _codes_without_shortcut(original.codes)
    else:
        assert _records(target.codes) == _records(original.codes)


def test_imported_codes_join_existing_codes_by_name(tmp_path: Path) -> None:
    original = sample_project()
    path = _write(tmp_path, original, "codebook-csv", "codes.csv")
    target = Project(
        codes=[Code(id="e0000000-0000-4000-8000-000000000001", name="ECONOMICS", color="#000000")]
    )
    _import(path, target)
    economics = target.code_by_name("economics")
    minerals = target.code_by_name("critical minerals")
    assert economics is not None
    assert economics.id == "e0000000-0000-4000-8000-000000000001"
    assert minerals is not None
    assert minerals.parent == economics.id
    assert len(target.codes) == len(original.codes)


def test_every_export_is_recognised_by_its_importer(tmp_path: Path) -> None:
    project = sample_project()
    expected = {
        "w3c": "W3C Web Annotation collection",
        "qdpx": "REFI-QDA project",
        "qdc": "REFI-QDA codebook",
        "codebook-csv": "Codebook (CSV)",
    }
    for format_id, importer_name in expected.items():
        path = _write(tmp_path, project, format_id, f"x{EXPORTERS[format_id].extension}")
        assert importer_for(path).name == importer_name
    annotations_csv = _write(tmp_path, project, "csv", "annotations.csv")
    assert not CodebookCsvImporter().recognizes(annotations_csv, annotations_csv.read_bytes())


def test_tricky_unicode_round_trips_exactly_through_w3c_and_qdpx(tmp_path: Path) -> None:
    original = tricky_project()
    w3c_target = new_project(list(original.articles))
    _import(_write(tmp_path, original, "w3c", "t.jsonld"), w3c_target)
    assert _records(w3c_target.annotations) == _records(original.annotations)
    qdpx_target = Project()
    _import(_write(tmp_path, original, "qdpx", "t.qdpx"), qdpx_target)
    assert _articles(qdpx_target.articles) == _articles(original.articles)
    assert _records(qdpx_target.annotations) == _records(original.annotations)


@settings(max_examples=25)
@given(
    st.lists(PIECES, min_size=1, max_size=40).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), min_size=1, max_size=4),
)
def test_random_unicode_round_trips_through_w3c_and_qdpx(
    tmp_path_factory: pytest.TempPathFactory, raw: str, spans: list[tuple[int, int]]
) -> None:
    tmp_path = tmp_path_factory.mktemp("roundtrip")
    original, article = unicode_project(raw, spans)
    for format_id, name in (("w3c", "r.jsonld"), ("qdpx", "r.qdpx")):
        target = new_project([article]) if format_id == "w3c" else Project()
        _import(_write(tmp_path, original, format_id, name), target)
        assert _records(target.annotations) == _records(original.annotations), format_id
        assert [a.text for a in target.articles] == [article.text]


def test_w3c_annotations_of_articles_not_in_the_project_are_reported_by_title(
    tmp_path: Path,
) -> None:
    original = sample_project()
    path = _write(tmp_path, original, "w3c", "export.jsonld")
    first, second = original.articles
    target = new_project([second])
    warnings = _import(path, target)
    assert any(first.title in w and "3 annotation(s)" in w for w in warnings)
    assert {a.article for a in target.annotations} == {second.id}


def test_a_round_trip_with_new_ids_is_recognised_not_duplicated(tmp_path: Path) -> None:
    """QualCoder gives every coding a new id on export: the same passages with the same
    codes come back; they are counted as already there and not added twice, and a note
    they bring is added to the existing annotation's."""
    from desktop_app.core.merge import already_present

    project = sample_project(with_orphan=False)
    path = _write(tmp_path, project, "qdpx", "roundtrip.qdpx")
    renamed = tmp_path / "renamed.qdpx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(renamed, "w") as target:
        for member in source.namelist():
            data = source.read(member)
            if member == "project.qde":
                qde = data.decode("utf-8")
                for annotation in project.annotations:  # new selection ids, as QualCoder does
                    qde = qde.replace(annotation.id.upper(), new_id().upper())
                    qde = qde.replace(annotation.id, new_id())
                data = qde.encode("utf-8")
            target.writestr(member, data)
    tagged = [a for a in project.annotations if a.tags]
    before = len(project.annotations)
    bundle = read_file(renamed, project)
    assert {a.id for a in bundle.annotations}.isdisjoint(project.annotations.ids())
    assert already_present(project, bundle) == len(tagged)
    edit = merge_imported(project, bundle)
    if edit is not None:
        edit.apply(project)
    assert len(project.annotations) == before + len(bundle.annotations) - len(tagged)


def test_the_import_command_says_how_many_were_already_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app import cli
    from desktop_app.storage.project_file import save

    project = sample_project(with_orphan=False)
    target = tmp_path / "p.parallax.json"
    save(project, target)
    path = _write(tmp_path, project, "w3c", "again.jsonld")
    document = path.read_text(encoding="utf-8")
    for annotation in project.annotations:  # the same passages under new ids
        document = document.replace(annotation.id, new_id())
    path.write_text(document, encoding="utf-8")
    assert cli.main(["import", str(target), str(path)]) == 0
    tagged = sum(1 for a in project.annotations if a.tags)
    out = capsys.readouterr()
    assert f"{tagged} annotation(s) were already in the project" in out.out + out.err


def test_a_project_created_by_an_import_takes_the_imported_codebook(tmp_path: Path) -> None:
    from desktop_app import cli
    from desktop_app.core.codebook import DEFAULT_CODES
    from desktop_app.storage.project_file import load

    codebook = tmp_path / "codes.csv"
    codebook.write_text(
        "name,color,description,parent\n"
        "framing,#112233,How the story is told,\n"
        "motive,#445566,Our own meaning of motive,framing\n",
        encoding="utf-8",
    )
    made = tmp_path / "made.parallax.json"
    assert cli.main(["import", str(made), str(codebook)]) == 0
    codes = {code.name: code for code in load(made).codes}
    assert set(codes) == {"framing", "motive"}  # no default codes taking over "motive"
    assert (codes["motive"].color, codes["motive"].description) == (
        "#445566",
        "Our own meaning of motive",
    )
    assert codes["motive"].parent == codes["framing"].id
    article = tmp_path / "article.txt"
    article.write_text("Kazakhstan joined the Abraham Accords.", encoding="utf-8")
    plain = tmp_path / "plain.parallax.json"
    assert cli.main(["import", str(plain), str(article)]) == 0
    assert [code.name for code in load(plain).codes] == [code.name for code in DEFAULT_CODES]
