"""The two shared sample articles imported as real input, through the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.layout import Role, classify_lines
from desktop_app.core.new_records import new_project
from desktop_app.core.text import canonicalize, sha256_hex
from desktop_app.importers.registry import importer_for, read_file
from tests.conftest import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))

pytestmark = pytest.mark.skipif(len(SEEDS) != 2, reason="shared/seeds is not beside the repo")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name)
def test_seed_imports_as_its_canonical_text(seed: Path) -> None:
    assert importer_for(seed).name == "Plain text"
    (article,) = read_file(seed, new_project([])).articles
    assert article.text == canonicalize(seed.read_text(encoding="utf-8"))
    assert article.sha256 == sha256_hex(article.text)
    assert (article.source_file, article.source_format) == (seed.name, "text/plain")


def test_first_seed_keeps_its_heading_lines() -> None:
    (article,) = read_file(SEEDS[0], new_project([])).articles
    lines = article.text.split("\n")
    roles = dict(zip(lines, classify_lines(lines), strict=True))
    assert roles["Kazakhstan joins the Abraham Accords"] == Role.HEADING


def test_second_seed_has_its_headline_as_title_and_keeps_cyrillic() -> None:
    (article,) = read_file(SEEDS[1], new_project([])).articles
    assert article.title == (
        "Kazakhstan Joins Abraham Accords Amid US Summit Focused on Critical Minerals"
    )
    assert "Татьяна Гуринович" in article.text
    lines = article.text.split("\n")
    sources = [line for line in lines if line.lstrip().startswith("•")]
    assert sources
    roles = dict(zip(lines, classify_lines(lines), strict=True))
    assert all(roles[line] == Role.LIST_ITEM for line in sources)
