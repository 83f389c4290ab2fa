"""Codebooks from elsewhere: a REFI-QDA ``.qdc`` and hand-made CSV codebooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.merge import merge_imported
from desktop_app.core.new_records import new_project
from desktop_app.core.project import Project
from desktop_app.importers.codebook_csv import CodebookCsvImporter
from desktop_app.importers.registry import ImportFailed, importer_for, read_file
from desktop_app.importers.samples import sample_articles
from tests.exporters.checks import REFI


def _merged(path: Path, project: Project) -> list[str]:
    bundle = read_file(path, project)
    edit = merge_imported(project, bundle)
    if edit is not None:
        edit.apply(project)
    return bundle.warnings


def test_the_reference_qdc_keeps_its_tree_colours_and_descriptions() -> None:
    path = REFI / "example-codebook.qdc"
    assert importer_for(path).name == "REFI-QDA codebook"
    project = Project()
    _merged(path, project)
    by_name = {c.name: c for c in project.codes}
    folder = next(c for c in project.codes if c.parent is None)
    children = [c for c in project.codes if c.parent == folder.id]
    assert len(children) == len(project.codes) - 1 >= 3
    assert all(c.color.startswith("#") and len(c.color) == 7 for c in project.codes)
    assert any(c.description for c in by_name.values())


def test_qdc_codes_with_known_names_join_the_default_codebook() -> None:
    project = new_project(sample_articles())
    before = {c.name: c.id for c in project.codes}
    _merged(REFI / "example-codebook.qdc", project)
    after = {c.name: c.id for c in project.codes}
    assert {name: after[name] for name in before} == before


def test_a_hand_made_semicolon_csv_with_parents_by_name(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_bytes(
        "\ufeffName;Colour;Description;Parent\r\n"
        "framing;#abc;How the story is told;\r\n"
        "blame;;Who is at fault;framing\r\n"
        "Motive;#123456;duplicate of a default code;\r\n".encode()
    )
    assert importer_for(path).name == "Codebook (CSV)"
    project = new_project(sample_articles())
    warnings = _merged(path, project)
    framing, blame = project.code_by_name("framing"), project.code_by_name("blame")
    assert framing is not None
    assert blame is not None
    assert framing.color == "#AABBCC"
    assert blame.parent == framing.id
    assert blame.description == "Who is at fault"
    assert len([c for c in project.codes if c.name.casefold() == "motive"]) == 1
    assert warnings == ["1 code(s) already in the project were kept as they are"]


def test_a_csv_without_a_name_column_is_not_a_codebook(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert not CodebookCsvImporter().recognizes(path, path.read_bytes())
    with pytest.raises(ImportFailed):
        CodebookCsvImporter().read(path, Project())


def test_repeated_ids_and_names_are_read_once_and_counted_truthfully(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text(
        "code_id,name,color\n"
        "c1,framing,#AA0000\n"
        "c1,framing again,#00AA00\n"  # the same id: another tool's duplicate row
        "c2,blame,#0000AA\n"
        "c3,Blame,#0000AB\n",  # the same name, differently cased
        encoding="utf-8",
    )
    bundle = CodebookCsvImporter().read(path, Project())
    assert [code.name for code in bundle.codes] == ["framing", "blame"]
    assert len({code.id for code in bundle.codes}) == 2
    assert bundle.warnings == [
        "2 row(s) repeat the id or name of an earlier row and were skipped "
        "(the first one of each was read)"
    ]


def test_a_highlights_csv_is_refused_as_a_codebook(tmp_path: Path) -> None:
    path = tmp_path / "taguette-highlights.csv"
    path.write_text(
        "id,document,tag,content\n1,Article A,motive,The minister said trade would grow.\n",
        encoding="utf-8",
    )
    assert not CodebookCsvImporter().recognizes(path, path.read_bytes())
    with pytest.raises(ImportFailed, match="lists highlights"):
        CodebookCsvImporter().read(path, Project())
