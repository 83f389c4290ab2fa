"""A codebook file whose parents go round in a circle comes in as a tree."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.codebook import in_parent_cycle
from desktop_app.core.merge import merge_imported
from desktop_app.core.new_records import new_project
from desktop_app.importers.registry import read_file


def test_a_parent_cycle_in_a_codebook_csv_is_broken_on_import(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text("name,color,parent\nA,#E69F00,B\nB,#56B4E9,A\nC,,A\n", encoding="utf-8")
    project = new_project([])
    edit = merge_imported(project, read_file(path, project))
    assert edit is not None
    edit.apply(project)
    parents = {code.id: code.parent for code in project.codes}
    assert not any(in_parent_cycle(code_id, parents) for code_id in parents)
    by_name = {code.name: code for code in project.codes}
    assert {"A", "B", "C"} <= set(by_name)
    assert by_name["C"].parent == by_name["A"].id
