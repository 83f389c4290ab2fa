"""Golden files: every format's export of the sample project, byte for byte.

Regenerate after an intended change with
``PARALLAX_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/exporters/test_golden.py``
and review the diff (see golden/README.md).
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from tests.exporters.sample import sample_project

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = bool(os.environ.get("PARALLAX_REGENERATE_GOLDEN"))
#: format id -> golden file name (for qdpx, the project.qde inside the archive)
FILES = {
    "w3c": "sample.jsonld",
    "qdpx": "sample.qde",
    "qdc": "sample.qdc",
    "csv": "sample.csv",
    "codebook-csv": "sample-codebook.csv",
    "links-csv": "sample-links.csv",
    "compare-html": "sample-compare.html",
    "md": "sample.md",
    "html": "sample.html",
}


def _stable(data: bytes) -> bytes:
    """The export with the app version replaced, so a version bump needs no new goldens."""
    return data.replace(f"Parallax {__version__}".encode(), b"Parallax <VERSION>")


def _exported(format_id: str) -> bytes:
    data = EXPORTERS[format_id].export(sample_project(), Scope(), ExportOptions())
    if format_id == "qdpx":
        data = zipfile.ZipFile(io.BytesIO(data)).read("project.qde")
    return _stable(data)


@pytest.mark.parametrize("format_id", sorted(FILES))
def test_export_matches_golden_file(format_id: str) -> None:
    golden = GOLDEN / FILES[format_id]
    data = _exported(format_id)
    if REGENERATE:
        golden.write_bytes(data)
    assert golden.exists(), f"no golden file {golden.name}: regenerate (see module docstring)"
    assert data == golden.read_bytes()


def test_every_registered_format_has_a_golden_file() -> None:
    assert set(FILES) == set(EXPORTERS)


def test_exports_are_reproducible() -> None:
    for format_id in EXPORTERS:
        first = EXPORTERS[format_id].export(sample_project(), Scope(), ExportOptions())
        second = EXPORTERS[format_id].export(sample_project(), Scope(), ExportOptions())
        assert first == second, format_id
