"""Every released version of the file format opens in this build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.storage.migrations import (
    FIRST_VERSION,
    MigrationError,
    migrate,
    missing_steps,
)
from desktop_app.storage.project_file import read
from desktop_app.storage.schema import SCHEMA_VERSION
from desktop_app.storage.validation import load_with_report

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = range(FIRST_VERSION, SCHEMA_VERSION + 1)
ALL_FIXTURES = sorted(FIXTURES.glob("v*/*.parallax.json"))


def test_every_released_version_has_fixtures() -> None:
    for version in RELEASED:
        assert list((FIXTURES / f"v{version}").glob("*.parallax.json")), f"no v{version} file"


def test_the_migration_chain_has_no_gap() -> None:
    assert missing_steps() == []


@pytest.mark.parametrize("fixture", ALL_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_loads_and_validates(fixture: Path) -> None:
    version = int(fixture.parent.name.removeprefix("v"))
    loaded = read(fixture)
    assert loaded.schema_version == version
    assert loaded.migrated == (version < SCHEMA_VERSION)
    assert len(loaded.project.annotations) > 0
    project, report = load_with_report(fixture)
    assert report.ok, report.format()
    assert project is not None
    assert project.annotations.ids() == loaded.project.annotations.ids()


def test_migrate_runs_each_step_in_order() -> None:
    def rename(data: dict[str, Any]) -> dict[str, Any]:
        data["codebook"] = data.pop("codes")
        return data

    def add_field(data: dict[str, Any]) -> dict[str, Any]:
        data["links"] = []
        return data

    old = {"schema_version": 1, "codes": ["c"]}
    new = migrate(old, 1, current=3, steps={1: rename, 2: add_field})
    assert new == {"schema_version": 3, "codebook": ["c"], "links": []}
    assert old == {"schema_version": 1, "codes": ["c"]}  # the input is left alone


def test_migrate_refuses_gaps_and_unknown_versions() -> None:
    with pytest.raises(MigrationError, match="no migration from schema version 2"):
        migrate({}, 1, current=3, steps={1: dict})
    with pytest.raises(MigrationError, match="never released"):
        migrate({}, 0)
    with pytest.raises(MigrationError, match="newer"):
        migrate({}, SCHEMA_VERSION + 1)
