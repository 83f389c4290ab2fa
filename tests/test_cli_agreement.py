"""`parallax agreement`: every format, a reference, and bad input answered clearly."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.storage.project_file import save
from tests.core.classroom_builders import MOTIVE, REACTION, coder_project, texts


@pytest.fixture
def class_files(tmp_path: Path) -> list[Path]:
    """Two students and a teacher's reference on the same two articles."""
    articles = texts(seed=11)
    files = []
    for name, spans in (
        ("Ada", [(0, 100, 200, [MOTIVE]), (1, 0, 80, [REACTION])]),
        ("Ben", [(0, 120, 210, [MOTIVE]), (1, 300, 340, [REACTION])]),
        ("Teacher <b>", [(0, 100, 200, [MOTIVE]), (1, 0, 60, [REACTION])]),
    ):
        path = tmp_path / f"{name.split()[0].lower()}.parallax.json"
        save(coder_project(articles, name, spans), path)
        files.append(path)
    return files


def test_json_has_the_shape_of_the_issue(
    class_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ada, ben, teacher = class_files
    out = tmp_path / "agreement.json"
    assert main(["agreement", str(ada), str(ben), "--reference", str(teacher), "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["unit"]) == ("parallax-agreement", 1, "character")
    assert data["annotators"] == ["Ada", "Ben"]
    motive = data["codes"][0]
    assert set(motive) >= {
        "name",
        "units",
        "percent_agreement",
        "krippendorff_alpha",
        "cohen_kappa",
    }
    assert motive["name"] == "motive"
    assert motive["units"] > 0
    assert 0 < motive["percent_agreement"] < 1
    [pair] = motive["cohen_kappa"]
    assert (pair["a"], pair["b"]) == ("Ada", "Ben")
    assert -1 <= pair["kappa"] <= 1
    economics = data["codes"][2]
    assert economics["krippendorff_alpha"] is None
    assert "no variation" in economics["reasons"]["krippendorff_alpha"]
    reference = data["reference"]
    assert reference["annotator"] == "Teacher <b>"
    first = reference["by_annotator"][0]
    assert first["annotator"] == "Ada"
    assert set(first["codes"][0]) >= {"name", "kappa", "passages", "found", "recall", "precision"}
    assert (first["codes"][0]["passages"], first["codes"][0]["found"]) == (1, 1)


def test_without_reference_it_is_null_and_goes_to_standard_output(
    class_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["agreement", str(class_files[0]), str(class_files[1])]) == 0
    assert json.loads(capsys.readouterr().out)["reference"] is None


def test_csv_markdown_html_and_sentence_units(class_files: list[Path], tmp_path: Path) -> None:
    ada, ben, teacher = class_files
    common = [str(ada), str(ben), "--reference", str(teacher)]
    for format_id in ("csv", "md", "html"):
        out = tmp_path / f"a.{format_id}"
        assert main(["agreement", *common, "--format", format_id, "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8"))))
    assert {row["kind"] for row in rows} == {"pair", "reference"}
    assert [r["code"] for r in rows if r["kind"] == "pair"] == [
        "motive", "reaction", "economics", "(all codes)"
    ]  # fmt: skip
    markdown = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "| motive |" in markdown
    assert "Teacher \\<b\\>" in markdown
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "Teacher &lt;b&gt;" in page
    assert "<b>" not in page
    sentence = tmp_path / "s.json"
    assert main(["agreement", *common, "--unit", "sentence", "-o", str(sentence)]) == 0
    assert json.loads(sentence.read_text(encoding="utf-8"))["unit"] == "sentence"


def test_a_file_that_is_not_a_project(
    class_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notes.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    assert main(["agreement", str(class_files[0]), str(other)]) == 2  # unreadable as a project
    err = capsys.readouterr().err
    assert "not a Parallax project" in err
    assert "cannot open" in err
    assert main(["agreement", str(class_files[0]), str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err


def test_files_with_no_article_in_common(
    class_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stranger = tmp_path / "stranger.parallax.json"
    save(coder_project(texts(seed=99), "Zoe", []), stranger)
    assert main(["agreement", str(class_files[0]), str(stranger)]) == 1
    assert "no article in common" in capsys.readouterr().err
