"""Saving and loading project files: round trip, versions, read-only newer files, errors."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from desktop_app.storage.project_file import (
    NewerVersionError,
    ProjectFileError,
    encode,
    load,
    read,
    save,
)
from desktop_app.storage.schema import SCHEMA_VERSION
from desktop_app.storage.watch import DiskState
from tests.storage.builders import build_project


def test_save_then_load_gives_the_same_records(tmp_path: Path) -> None:
    project = build_project(annotations=30)
    target = tmp_path / "p.parallax.json"
    state = save(project, target)
    loaded = read(target)
    assert encode(loaded.project) == encode(project)
    assert loaded.schema_version == SCHEMA_VERSION
    assert not loaded.read_only
    assert not loaded.migrated
    assert state == DiskState.of(target)


def test_file_is_diff_friendly_json(tmp_path: Path) -> None:
    raw = encode(build_project(annotations=3))
    lines = raw.decode().splitlines()
    assert lines[1] == '  "format": "parallax-project",'
    assert lines[2] == f'  "schema_version": {SCHEMA_VERSION},'
    assert raw.endswith(b"}\n")


def _with(raw: bytes, **changes: object) -> bytes:
    data = json.loads(raw)
    data.update(changes)
    return json.dumps(data, indent=2).encode()


def test_newer_version_is_refused_unless_allowed(tmp_path: Path) -> None:
    project = build_project(annotations=5)
    target = tmp_path / "p.parallax.json"
    target.write_bytes(
        _with(encode(project), schema_version=SCHEMA_VERSION + 1, new_section=[{"x": 1}])
    )
    with pytest.raises(NewerVersionError) as caught:
        load(target)
    assert "newer Parallax" in str(caught.value)
    assert caught.value.json_path == "$.schema_version"
    loaded = read(target, allow_newer=True)
    assert loaded.read_only
    assert loaded.schema_version == SCHEMA_VERSION + 1
    assert encode(loaded.project) == encode(project)  # the fields this build knows, all read


def test_missing_schema_version_means_the_first(tmp_path: Path) -> None:
    data = json.loads(encode(build_project(annotations=2)))
    del data["schema_version"]
    target = tmp_path / "p.parallax.json"
    target.write_text(json.dumps(data))
    assert read(target).schema_version == 1


def test_not_a_project(tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    target.write_text('{"format": "something-else"}')
    with pytest.raises(ProjectFileError, match="not a Parallax project"):
        load(target)


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (b'{\n  "format": "parallax-project",\n  "project": {,\n}', 3),
        (b'{\n  "format": "parallax-\xff"\n}', 2),
    ],
)
def test_broken_files_raise_located_errors(tmp_path: Path, raw: bytes, line: int) -> None:
    target = tmp_path / "p.json"
    target.write_bytes(raw)
    with pytest.raises(ProjectFileError) as caught:
        load(target)
    assert caught.value.line == line


def test_schema_error_names_the_json_path(tmp_path: Path) -> None:
    data = json.loads(encode(build_project(annotations=2)))
    data["annotations"][1]["position"]["start"] = "twelve"
    target = tmp_path / "p.json"
    target.write_text(json.dumps(data, indent=2))
    with pytest.raises(ProjectFileError) as caught:
        load(target)
    assert caught.value.json_path == "$.annotations[1].position.start"
    assert "Expected `int`" in caught.value.reason


def test_a_schema_error_is_located_whatever_the_library_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON path comes from checking the data, not from the wording of the message."""
    from desktop_app.storage import project_file

    data = json.loads(encode(build_project(annotations=3)))
    data["annotations"][2]["tags"] = ["not an id"]
    target = tmp_path / "p.json"
    target.write_text(json.dumps(data, indent=2))
    real = project_file._DECODER

    class Reworded:
        def decode(self, raw: bytes) -> object:
            try:
                return real.decode(raw)
            except msgspec.ValidationError:
                raise msgspec.ValidationError("Daten passen nicht") from None

    monkeypatch.setattr(project_file, "_DECODER", Reworded())
    with pytest.raises(ProjectFileError) as caught:
        load(target)
    assert caught.value.json_path == "$.annotations[2].tags[0]"
    assert "Daten passen nicht" in caught.value.reason


def test_bad_utf8_is_located_by_python_not_by_the_json_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSON library may report bad UTF-8 in any words and any exception: we locate it."""
    from desktop_app.storage import project_file
    from desktop_app.storage.utf8 import first_invalid_byte

    assert first_invalid_byte(b"ok \xc3\xa9") is None
    assert first_invalid_byte(b'{"a":\n "b\xff"}') == 9
    target = tmp_path / "p.json"
    target.write_bytes(b'{"format": "parallax-project",\n "title": "caf\xe9"}')

    class Wordless(msgspec.DecodeError):
        pass

    def wordless(*_args: object, **_kwargs: object) -> object:
        raise Wordless("something went wrong")

    monkeypatch.setattr(project_file, "_DECODER", type("D", (), {"decode": wordless})())
    monkeypatch.setattr(project_file, "_ENVELOPE", type("E", (), {"decode": wordless})())
    with pytest.raises(project_file.ProjectFileError) as caught:
        project_file.load(target)
    assert caught.value.line == 2
    assert caught.value.column == 15
    assert "UTF-8" in str(caught.value)


def test_syntax_errors_are_located_without_the_library_message(tmp_path: Path) -> None:
    from desktop_app.storage.project_file import ProjectFileError, _located

    raw = b'{\n  "format": "parallax-project",\n  "project": {,}\n}'
    error = _located(ValueError("no position here"), raw, tmp_path / "p.json")
    assert isinstance(error, ProjectFileError)
    assert (error.line, error.column) == (3, 15)
