"""Validation on open: each kind of problem is found, located, and salvaged without loss."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

from desktop_app import cli
from desktop_app.storage.project_file import encode
from desktop_app.storage.schema import SCHEMA_VERSION
from desktop_app.storage.validation import Problem, Report, load_with_report, salvage, validate
from tests.storage.builders import build_project

PATH = Path("p.parallax.json")


@pytest.fixture
def data() -> dict[str, Any]:
    """A valid file as JSON data, to spoil in one way per test."""
    loaded: dict[str, Any] = json.loads(encode(build_project(annotations=8, articles=2, seed=3)))
    return loaded


def _raw(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False).encode()


def _only(report: Report) -> Problem:
    assert len(report.problems) == 1, report.format()
    return report.problems[0]


def _line_of(raw: bytes, needle: str, occurrence: int = 0) -> int:
    text = raw.decode()
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1


def test_valid_file(data: dict[str, Any]) -> None:
    project, report = salvage(_raw(data), PATH)
    assert report.ok
    assert report.exit_status == 0
    assert report.schema_version == SCHEMA_VERSION
    assert project is not None
    assert len(project.annotations) == 8
    assert report.format() == f"{PATH}: valid"


def test_schema_error_is_located_and_only_that_item_is_dropped(data: dict[str, Any]) -> None:
    # (Bad offsets no longer cost an annotation: it is placed again by its quote.)
    data["annotations"][2]["created"] = "twelve"
    raw = _raw(data)
    project, report = salvage(raw, PATH)
    problem = _only(report)
    assert problem.json_path == "$.annotations[2].created"
    assert "twelve" not in problem.message
    assert problem.outcome == "dropped"
    assert problem.line == _line_of(raw, '"twelve"')
    assert project is not None
    assert data["annotations"][2]["id"] not in project.annotations
    assert len(project.annotations) == 7
    assert report.exit_status == 1
    assert problem.describe(PATH).startswith(f"{PATH}:{problem.line}:")


def test_missing_field(data: dict[str, Any]) -> None:
    del data["annotations"][3]["created"]
    problem = _only(validate(_raw(data), PATH))
    assert "missing required field `created`" in problem.message
    assert problem.json_path == "$.annotations[3]"
    assert problem.outcome == "dropped"


def test_broken_json_gives_line_and_column_and_keeps_the_rest(data: dict[str, Any]) -> None:
    raw = _raw(data)
    needle = '"note"'
    at = raw.index(needle.encode(), raw.index(data["annotations"][3]["id"].encode()))
    broken = raw[:at] + b'"note" "x", ' + raw[at + len(needle) + 1 :]  # a missing colon
    project, report = salvage(broken, PATH)
    assert report.readable
    first = report.problems[0]
    assert first.message.startswith("broken JSON")
    assert first.line == broken[:at].count(b"\n") + 1
    assert first.column is not None
    dropped = report.with_outcome("dropped")
    assert [p.json_path for p in dropped] == ["$.annotations[3]"]
    assert project is not None
    assert len(project.annotations) == 7
    assert len(project.articles) == 2


def test_truncated_file_keeps_every_complete_item(data: dict[str, Any]) -> None:
    raw = _raw(data)
    cut = raw.index(b'"id"', raw.index(data["annotations"][5]["id"].encode()) - 20)
    project, report = salvage(raw[:cut], PATH)
    assert project is not None
    assert project.annotations.ids() == [a["id"] for a in data["annotations"][:5]]
    assert report.exit_status == 1


@pytest.mark.parametrize(
    "content", [b"", b"hello", b"[1, 2]", b'{"some": "json"}', b"\x00\xff\xfe"]
)
def test_unreadable(content: bytes) -> None:
    project, report = salvage(content, PATH)
    assert project is None
    assert not report.readable
    assert report.exit_status == 2


def test_missing_file(tmp_path: Path) -> None:
    project, report = load_with_report(tmp_path / "none.json")
    assert project is None
    assert report.exit_status == 2
    assert "cannot read" in report.problems[0].message


def test_unknown_ids_are_repaired_or_dropped(data: dict[str, Any]) -> None:
    unknown = "00000000-0000-4000-a000-000000000000"
    data["annotations"][0]["tags"].append(unknown)
    data["annotations"][1]["article"] = unknown
    data["annotations"][2]["annotator"] = unknown
    data["codebook"][1]["parent"] = unknown
    data["links"][0]["target"] = unknown
    project, report = salvage(_raw(data), PATH)
    assert project is not None
    outcomes = {p.json_path: p.outcome for p in report.problems}
    assert outcomes == {
        "$.annotations[0].tags": "repaired",
        "$.annotations[1].article": "dropped",
        "$.annotations[2].annotator": "repaired",
        "$.codebook[1].parent": "repaired",
        "$.links[0]": "dropped",
    }
    first = project.annotations[data["annotations"][0]["id"]]
    assert unknown not in first.tags
    assert first.tags  # its other tag stays
    assert data["annotations"][1]["id"] not in project.annotations
    assert project.annotations[data["annotations"][2]["id"]].annotator is None
    assert all(p.line is not None for p in report.problems)


def test_duplicate_ids(data: dict[str, Any]) -> None:
    copy = dict(data["annotations"][0])
    different = {**data["annotations"][1], "id": data["annotations"][0]["id"]}
    data["annotations"] += [copy, different]
    project, report = salvage(_raw(data), PATH)
    assert project is not None
    assert [p.outcome for p in report.problems] == ["dropped", "repaired"]
    assert len(project.annotations) == 9  # the copy dropped, the different one kept
    renamed = report.problems[1].message.rsplit(" ", 1)[-1]
    assert project.annotations[renamed].quote.exact == different["quote"]["exact"]


def test_offsets_out_of_range_are_re_anchored_from_the_quote(data: dict[str, Any]) -> None:
    annotation = data["annotations"][0]
    original = dict(annotation["position"])
    annotation["position"] = {"start": original["start"] + 900_000, "end": 1_000_000}
    project, report = salvage(_raw(data), PATH)
    problem = _only(report)
    assert "outside the article" in problem.message
    assert problem.outcome == "repaired"
    assert project is not None
    placed = project.annotations[annotation["id"]]
    assert (placed.start, placed.end) == (original["start"], original["end"])
    assert placed.anchor == "moved"


def test_quote_that_no_longer_matches_becomes_an_orphan(data: dict[str, Any]) -> None:
    annotation = data["annotations"][3]
    annotation["quote"] = {
        "exact": "words that never were in this article",
        "prefix": "",
        "suffix": "",
    }
    project, report = salvage(_raw(data), PATH)
    problem = _only(report)
    assert "does not match the text" in problem.message
    assert problem.outcome == "orphaned"
    assert problem.json_path == "$.annotations[3].quote.exact"
    assert project is not None
    assert project.annotations[annotation["id"]].anchor == "orphaned"


def test_article_hash_mismatch(data: dict[str, Any]) -> None:
    data["articles"][0]["sha256"] = "0" * 64
    project, report = salvage(_raw(data), PATH)
    problem = _only(report)
    assert problem.json_path == "$.articles[0].sha256"
    assert problem.outcome == "repaired"
    assert project is not None
    assert project.articles.at(0).sha256 != "0" * 64


def test_newer_version_is_read_only_not_a_problem(data: dict[str, Any]) -> None:
    data["schema_version"] = SCHEMA_VERSION + 1
    data["future"] = {"anything": True}
    project, report = salvage(_raw(data), PATH)
    assert report.ok
    assert report.read_only
    assert "newer Parallax" in report.notes[0]
    assert project is not None


def test_newer_version_with_changed_fields_salvages_what_this_build_reads(
    data: dict[str, Any],
) -> None:
    data["schema_version"] = SCHEMA_VERSION + 1
    data["annotations"][4]["tags"] = {"format": "changed in the future"}
    project, report = salvage(_raw(data), PATH)
    assert report.read_only
    assert project is not None
    assert len(project.annotations) == 8  # the passage is kept, its unreadable tags are not
    assert report.with_outcome("repaired")[0].json_path == "$.annotations[4].tags"
    assert "newer Parallax" in report.format()


def test_missing_schema_version_is_read_as_the_first(data: dict[str, Any]) -> None:
    del data["schema_version"]
    project, report = salvage(_raw(data), PATH)
    assert report.ok, report.format()
    assert report.schema_version == 1
    assert project is not None
    assert len(project.annotations) == 8


def test_salvaged_project_holds_every_annotation_not_reported(data: dict[str, Any]) -> None:
    """Nothing dropped silently: each annotation is either in the project or in the report."""
    data["annotations"][0]["position"] = "oops"
    data["annotations"][4]["article"] = "00000000-0000-4000-a000-000000000000"
    project, report = salvage(_raw(data), PATH)
    assert project is not None
    dropped = {
        p.json_path.split("]")[0] + "]" for p in report.with_outcome("dropped") if p.json_path
    }
    for index, annotation in enumerate(data["annotations"]):
        assert (annotation["id"] in project.annotations) != (f"$.annotations[{index}]" in dropped)


def _run_cli(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli, "_COMMAND_MODULES", ("desktop_app.cli.validate",))
    return cli.main(argv)


def test_cli_exit_statuses(
    tmp_path: Path,
    data: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = tmp_path / "good.parallax.json"
    good.write_bytes(_raw(data))
    assert _run_cli(["validate", str(good)], monkeypatch) == 0
    assert "valid" in capsys.readouterr().out
    data["annotations"][5]["tags"] = "motive"
    bad = tmp_path / "bad.parallax.json"
    bad.write_bytes(_raw(data))
    assert _run_cli(["validate", str(bad)], monkeypatch) == 1
    out = capsys.readouterr().out
    assert "$.annotations[5].tags" in out
    assert "1 problem (1 repaired)" in out
    assert _run_cli(["validate", str(tmp_path / "missing.json")], monkeypatch) == 2
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x89PNG\r\n")
    assert _run_cli(["validate", str(junk)], monkeypatch) == 2


def test_recovery_info_is_not_mistaken_for_a_project() -> None:
    raw = msgspec.json.encode({"session": "x", "pid": 1})
    assert validate(raw, PATH).exit_status == 2


def test_validate_does_not_call_a_newer_file_valid(
    data: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.__main__ import main

    data["schema_version"] = SCHEMA_VERSION + 1
    data["future"] = {"anything": True}
    path = tmp_path / "newer.json"
    path.write_bytes(_raw(data))
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "readable, but not fully checked" in out
    assert ": valid" not in out
