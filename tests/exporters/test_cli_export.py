"""``parallax export``: success writes the file, failures exit non-zero with one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from desktop_app.storage.project_file import save
from tests.conftest import REPO
from tests.exporters.checks import w3c_problems
from tests.exporters.sample import sample_project
from tests.present import present


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "project.json"
    save(sample_project(), path)
    return path


@pytest.mark.parametrize("format_id", ["w3c", "qdpx", "qdc", "csv", "codebook-csv", "md", "html"])
def test_export_writes_what_the_exporter_makes(
    project_file: Path, tmp_path: Path, format_id: str
) -> None:
    out = tmp_path / f"out{EXPORTERS[format_id].extension}"
    assert main(["export", str(project_file), "--format", format_id, "-o", str(out)]) == 0
    expected = EXPORTERS[format_id].export(sample_project(), Scope(), ExportOptions())
    assert out.read_bytes() == expected
    assert not Path(str(out) + "~").exists()


def test_article_by_title_tag_by_name_and_bom(project_file: Path, tmp_path: Path) -> None:
    project = sample_project()
    article = list(project.articles)[1]
    out = tmp_path / "one.csv"
    argv = ["export", str(project_file), "-f", "csv", "-o", str(out), "--bom"]
    assert main([*argv, "--article", article.title, "--tag", "Economics"]) == 0
    scope = Scope(article_id=article.id, tag_id=present(project.code_by_name("economics")).id)
    assert out.read_bytes() == EXPORTERS["csv"].export(project, scope, ExportOptions(bom=True))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--article", "No such article"], "no article"),
        (["--tag", "nonsense"], "no tag"),
    ],
)
def test_unknown_article_or_tag_fails(
    project_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "out.jsonld"
    assert main(["export", str(project_file), "-f", "w3c", "-o", str(out), *extra]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unreadable_project_and_unwritable_destination_fail(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    # A project that cannot be read at all: 2, as from validate; other failures: 1.
    assert main(["export", str(broken), "-f", "md", "-o", str(tmp_path / "a.md")]) == 2
    assert (
        main(["export", str(tmp_path / "missing.json"), "-f", "md", "-o", str(tmp_path / "b.md")])
        == 2
    )
    assert main(["export", str(project_file), "-f", "md", "-o", str(tmp_path / "no" / "c.md")]) == 1
    assert main(["export", str(project_file), "-f", "md", "-o", str(tmp_path)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    errors = [line for line in lines if line.startswith("parallax: ")]
    assert len(errors) == 4  # one verdict per failure, after the located report if any
    assert any(line.startswith(f"{broken}:1:") for line in lines)  # where the JSON broke


def test_unknown_format_is_a_usage_error(project_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(project_file), "-f", "docx", "-o", str(tmp_path / "x")])
    assert exit_info.value.code == 2


def test_export_runs_as_a_process(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonld"
    command = [sys.executable, "-m", "desktop_app", "export", str(project_file), "--format", "w3c"]
    done = subprocess.run([*command, "-o", str(out)], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert w3c_problems(out.read_bytes()) == []
    failed = subprocess.run(
        [*command, "-o", str(out), "--tag", "nonsense"], cwd=REPO, capture_output=True, text=True
    )
    assert failed.returncode == 1
    assert "no tag 'nonsense'" in failed.stderr
