"""The feedback report: found, missed and added passages per code, everything escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.core.agreement import Source
from desktop_app.core.agreement.feedback import feedback
from desktop_app.exporters.feedback_report import render_feedback
from desktop_app.storage.project_file import save
from tests.core.classroom_builders import MOTIVE, REACTION, coder_project, texts


def _pair() -> tuple[Source, Source]:
    articles = texts(seed=61)
    teacher = coder_project(
        articles,
        "Teacher",
        [(0, 100, 200, [MOTIVE]), (0, 300, 340, [MOTIVE]), (1, 0, 50, [REACTION])],
    )
    # 120..230 shares 80 of the shorter (100): found. 500..540 is extra. 300..340 is missed.
    ada = coder_project(
        articles, "Ada <script>", [(0, 120, 230, [MOTIVE]), (0, 500, 540, [MOTIVE])]
    )
    return Source("ada", ada), Source("teacher", teacher)


def test_found_missed_and_added_per_code() -> None:
    student, reference = _pair()
    [report] = feedback(student, reference)
    assert report.student == "Ada <script>"
    assert report.reference == "Teacher"
    motive, reaction, economics = report.codes
    [(found, theirs)] = motive.found
    assert (found.start, found.end) == (100, 200)
    assert [(p.start, p.end) for p in theirs] == [(120, 230)]
    assert [(p.start, p.end) for p in motive.missed] == [(300, 340)]
    assert [(p.start, p.end) for p in motive.added] == [(500, 540)]
    assert reaction.found == ()
    assert len(reaction.missed) == 1
    assert (economics.found, economics.missed, economics.added) == ((), (), ())
    assert motive.description.startswith("Why an actor acts")


def test_the_page_escapes_everything() -> None:
    student, reference = _pair()
    page = render_feedback(feedback(student, reference)).decode()
    assert "<script>" not in page
    assert "Ada &lt;script&gt;" in page
    assert "Found 1 of 2; missed 1; 1 of yours not in the reference." in page
    text = student.project.articles.at(0).text
    assert (text[300:340].replace("&", "&amp;").replace("<", "&lt;")) in page


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    student, reference = _pair()
    save(student.project, tmp_path / "ada.parallax.json")
    save(reference.project, tmp_path / "key.parallax.json")
    out = tmp_path / "ada.html"
    args = [
        "feedback",
        str(tmp_path / "ada.parallax.json"),
        "--reference",
        str(tmp_path / "key.parallax.json"),
    ]
    assert main([*args, "-o", str(out)]) == 0
    assert "feedback for Ada <script>" in capsys.readouterr().out
    assert "Missed" in out.read_text(encoding="utf-8")
    stranger = tmp_path / "other.parallax.json"
    save(coder_project(texts(seed=62), "Zed", []), stranger)
    assert (
        main(
            [
                "feedback",
                str(stranger),
                "--reference",
                str(tmp_path / "key.parallax.json"),
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert "no article in common" in capsys.readouterr().err
