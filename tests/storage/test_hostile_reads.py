"""Bounded reading of project files: deep nesting, pipes, devices, oversized files refused."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.__main__ import main
from desktop_app.core.new_records import new_project
from desktop_app.importers.registry import ImportFailed, read_file
from desktop_app.importers.samples import sample_articles
from desktop_app.storage.json_text import MAX_JSON_DEPTH, nesting_exceeds
from desktop_app.storage.project_file import ProjectFileError, encode, read, read_bytes
from desktop_app.storage.validation import load_with_report

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero")


def _deep_array(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def _valid_file_with_a_deep_extra_field(depth: int) -> bytes:
    good = encode(new_project(sample_articles()))
    return good.rstrip()[:-1] + b', "extension": ' + _deep_array(depth) + b"}\n"


@pytest.mark.parametrize(
    "contents",
    [
        _deep_array(100_000),
        b'{"format": "parallax-project", "articles": ' + _deep_array(5_000) + b"}",
        _valid_file_with_a_deep_extra_field(1_000),
        b'{"articles": [' + b'{"a": ' * 3_000 + b"1" + b"}" * 3_000 + b"]}",
        b"[" * 50_000,  # truncated as well
    ],
    ids=["bare", "in-a-section", "extra-field", "objects", "unclosed"],
)
def test_deep_json_is_refused_with_a_clear_error(tmp_path: Path, contents: bytes) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(contents)
    with pytest.raises(ProjectFileError) as raised:
        read(path)
    assert "nested" in raised.value.reason or "JSON" in raised.value.reason
    project, report = load_with_report(path)
    assert project is None
    assert not report.readable
    assert report.exit_status == 2
    assert "nested more than" in report.format()


def test_a_valid_file_with_moderate_nesting_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(_valid_file_with_a_deep_extra_field(50))
    assert len(read(path).project.articles) == 2
    project, _ = load_with_report(path)
    assert project is not None


@given(st.integers(min_value=0, max_value=3 * MAX_JSON_DEPTH), st.sampled_from("[{"))
def test_nesting_is_measured_without_recursion(depth: int, opener: str) -> None:
    closer = {"[": "]", "{": "}"}[opener]
    inner = '"x"' if opener == "[" else ""
    text = (opener + ('"k": ' if opener == "{" else "")) * depth
    raw = (text + inner + closer * depth).encode()
    if depth > MAX_JSON_DEPTH:
        assert nesting_exceeds(raw)
    elif depth <= MAX_JSON_DEPTH - 8:
        assert not nesting_exceeds(raw)


def test_brackets_inside_strings_do_not_count() -> None:
    raw = b'{"note": "' + b"[" * 10_000 + b'\\" {{{{"}'
    assert not nesting_exceeds(raw)


@posix_only
def test_a_pipe_is_refused_before_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)  # nobody writes: reading it would wait forever
    with pytest.raises(ProjectFileError, match="not a regular file"):
        read(fifo)
    project, report = load_with_report(fifo)
    assert project is None
    assert report.exit_status == 2
    with pytest.raises(ImportFailed, match="not a regular file"):
        read_file(fifo, new_project([]))


@posix_only
def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "p.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(ProjectFileError, match="not a regular file"):
        read(link)
    assert load_with_report(link)[1].exit_status == 2
    with pytest.raises(ImportFailed, match="not a regular file"):
        read_file(link, new_project([]))


def test_no_more_than_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(b" " * 5000)
    assert read_bytes(path, limit=5000) == b" " * 5000
    with pytest.raises(ProjectFileError, match="too large"):
        read_bytes(path, limit=4999)


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    assert load_with_report(tmp_path)[1].exit_status == 2


@pytest.mark.parametrize("command", ["validate", "export", "import", "update"])
def test_every_command_answers_a_deep_file_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_bytes(_deep_array(20_000))
    article = tmp_path / "a.txt"
    article.write_text("A short article.\n", encoding="utf-8")
    arguments = {
        "validate": [str(deep)],
        "export": [str(deep), "--format", "csv", "-o", str(tmp_path / "out.csv")],
        "import": [str(deep), str(article)],
        "update": [str(deep), "x", str(article)],
    }[command]
    assert main([command, *arguments]) == 2
    printed = capsys.readouterr()
    assert "nested more than" in printed.out + printed.err
    assert "Traceback" not in printed.err
    assert deep.read_bytes() == _deep_array(20_000)


@posix_only
def test_watching_a_project_replaced_by_a_pipe_never_reads_it(tmp_path: Path) -> None:
    from desktop_app.storage.project_file import save
    from desktop_app.storage.watch import DiskState, changed_on_disk

    path = tmp_path / "p.json"
    state = save(new_project([]), path)
    path.unlink()
    os.mkfifo(path)  # reading it would wait forever
    assert changed_on_disk(path, state)
    fingerprint = DiskState.of(path)
    assert fingerprint is not None
    assert fingerprint.size == -1
