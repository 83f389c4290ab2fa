"""``parallax compare``: every format from a project or two files; bad input refused clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.core.compare import compare_texts
from desktop_app.core.text import sha256_hex
from desktop_app.storage.project_file import load
from tests.conftest import REPO

DATA = REPO / "tests" / "compare_data"
A_FILE = DATA / "bridge" / "a.txt"
B_FILE = DATA / "bridge" / "b.txt"


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "study.json"
    assert main(["new", str(path)]) == 0
    return path


def _spans(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for key in ("pairs", "shared_quotes"):
        for item in document[key]:
            found += [("a", item["a"]), ("b", item["b"])]
    for side in ("a", "b"):
        found += [(side, span) for span in document[f"only_{side}"]]
    return found


def test_json_of_two_files_has_the_issue_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cmp.json"
    assert main(["compare", str(A_FILE), str(B_FILE), "-o", str(out)]) == 0
    assert "aligned pairs" in capsys.readouterr().out
    document = json.loads(out.read_text(encoding="utf-8"))
    assert list(document)[:8] == [
        "format", "version", "a", "b", "pairs", "shared_quotes", "only_a", "only_b",
    ]  # fmt: skip
    assert document["format"] == "parallax-comparison"
    assert document["version"] == 1
    texts = {"a": A_FILE.read_text(encoding="utf-8"), "b": B_FILE.read_text(encoding="utf-8")}
    assert document["a"]["title"] == "Riverton approves $14.2 million Elm Street bridge"
    assert document["a"]["sha256"] == sha256_hex(texts["a"])
    pair = document["pairs"][0]
    assert set(pair) >= {"a", "b", "relation", "detail_side", "score", "shared_terms"}
    assert 0.0 <= pair["score"] <= 1.0
    for side, span in _spans(document):
        assert texts[side][span["start"] : span["end"]] == span["text"]
    quotes = {(q["a"]["text"], q["exact"]) for q in document["shared_quotes"]}
    assert ("a bridge to the future of this town, and a long overdue one.", False) in quotes
    expected = compare_texts(texts["a"], texts["b"])
    assert len(document["pairs"]) == len(expected.pairs)


def test_json_goes_to_standard_output_and_the_summary_to_standard_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["compare", str(A_FILE), str(B_FILE)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["format"] == "parallax-comparison"
    assert "shared quote" in captured.err
    assert "only in A" in captured.err


@pytest.mark.parametrize("format_id", ["md", "html"])
def test_reports_show_pairs_quotes_and_what_each_leaves_out(tmp_path: Path, format_id: str) -> None:
    out = tmp_path / f"cmp.{format_id}"
    assert main(["compare", str(A_FILE), str(B_FILE), "-f", format_id, "-o", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    for heading in ("What both report", "Shared quotes", "Only in A", "Only in B"):
        assert heading in report
    assert "contradicts" in report
    assert "9 ≠ 14.6" in report
    assert "Shop owners on Elm Street worry about losing passing trade" in report


def test_html_escapes_everything_from_the_texts(tmp_path: Path) -> None:
    hostile = '<img src="file:///etc/passwd"> <script>alert(1)</script> & more'
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(f"The council approved the budget of 12 million. {hostile}.\n", encoding="utf-8")
    b.write_text(f"The council approved a budget of 12 million. {hostile}!\n", encoding="utf-8")
    out = tmp_path / "cmp.html"
    assert main(["compare", str(a), str(b), "-f", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    md = tmp_path / "cmp.md"
    assert main(["compare", str(a), str(b), "-f", "md", "-o", str(md)]) == 0
    assert "<script>" not in md.read_text(encoding="utf-8")


def test_project_first_two_articles_by_default_then_by_title_and_id(
    project_file: Path, tmp_path: Path
) -> None:
    first, second = list(load(project_file).articles)
    out = tmp_path / "cmp.json"
    assert main(["compare", str(project_file), "-o", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["a"]["id"], document["b"]["id"]) == (first.id, second.id)
    assert document["a"]["sha256"] == first.sha256
    for span in (s for _, s in _spans(document)):
        assert span["text"]
    assert main(["compare", str(project_file), second.title, first.id, "-o", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["a"]["id"], document["b"]["id"]) == (second.id, first.id)


@pytest.mark.parametrize(
    ("arguments", "message", "status"),
    [
        (["nowhere.txt", "b.txt"], "nowhere.txt", 1),
        (["a.txt"], "exactly two article files", 1),
        (["a.txt", "b.txt", "c.txt"], "exactly two article files", 1),
        (["a.txt", "strange.xyz"], "strange.xyz", 1),
        (["project.json", "only-one"], "two of its articles", 1),
        (["broken.json"], "cannot open", 2),  # a project file that cannot be read at all
    ],
)
def test_bad_input_is_refused_with_a_clear_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    message: str,
    status: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("One sentence here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another sentence there.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("A third one.\n", encoding="utf-8")
    (tmp_path / "strange.xyz").write_bytes(b"\x00\x01")
    (tmp_path / "broken.json").write_text('{"format": "parallax-project", ', encoding="utf-8")
    assert main(["compare", *arguments]) == status
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_unknown_article_and_a_folder_as_output_are_refused(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = next(iter(load(project_file).articles))
    assert main(["compare", str(project_file), first.id, "No such title"]) == 1
    err = capsys.readouterr().err
    assert "no article 'No such title'" in err
    assert first.title in err
    assert main(["compare", str(A_FILE), str(B_FILE), "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_a_project_with_one_article_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "one.json"
    assert main(["new", str(target), str(A_FILE)]) == 0
    capsys.readouterr()
    assert main(["compare", str(target)]) == 1
    assert "needs two" in capsys.readouterr().err


def test_pairs_the_reader_rejected_in_the_project_are_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.core.rejections import reject_pair
    from desktop_app.importers.samples import sample_project
    from desktop_app.storage.project_file import save

    project = sample_project()
    a, b = (article.id for article in list(project.articles)[:2])
    text_a, text_b = project.articles[a].text, project.articles[b].text
    found = compare_texts(text_a, text_b)
    turned_down = found.pairs[2]
    reject_pair(
        project,
        (a, turned_down.a.start, turned_down.a.end),
        (b, turned_down.b.start, turned_down.b.end),
    ).apply(project)
    path = tmp_path / "samples.json"
    save(project, path)
    out = tmp_path / "cmp.json"
    assert main(["compare", str(path), "-o", str(out)]) == 0
    assert "1 rejected suggestion left out" in capsys.readouterr().out
    pairs = json.loads(out.read_text(encoding="utf-8"))["pairs"]
    assert len(pairs) == len(found.pairs) - 1
    spans = {(p["a"]["start"], p["a"]["end"], p["b"]["start"], p["b"]["end"]) for p in pairs}
    rejected = (turned_down.a.start, turned_down.a.end, turned_down.b.start, turned_down.b.end)
    assert rejected not in spans
    others = {(p.a.start, p.a.end, p.b.start, p.b.end) for p in found.pairs} - {rejected}
    assert spans == others


def _quoted_only_in_a(tmp_path: Path, left_out: str) -> list[str]:
    """The quoted lines of the Markdown report's "Only in A", where A is B's one sentence and
    then ``left_out``."""
    shared = "The council approved the budget of 12 million on Monday.\n"
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(shared + left_out, encoding="utf-8")
    b.write_text(shared, encoding="utf-8")
    out = tmp_path / "cmp.md"
    assert main(["compare", str(a), str(b), "-f", "md", "-o", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    only_a = report.split("## Only in A", 1)[1].split("## Only in B", 1)[0]
    return [line for line in only_a.splitlines() if line.startswith(">")]


def test_markdown_keeps_the_paragraphs_of_what_one_side_leaves_out(tmp_path: Path) -> None:
    quoted = _quoted_only_in_a(
        tmp_path, "Residents asked for a new library.\nThe mayor said the roads come first.\n"
    )
    assert quoted[0] == "> Residents asked for a new library."
    assert quoted[1] == ">"
    assert quoted[2].startswith("> The mayor said the roads come first. <sub>")


def test_markdown_left_out_paragraphs_begin_no_list_rule_or_fence(tmp_path: Path) -> None:
    quoted = _quoted_only_in_a(
        tmp_path,
        "- Residents asked for a new library.\n2. The mayor said the roads come first.\n"
        "---\n~~~\nThe vote was close.\n",
    )
    paragraphs, between = quoted[::2], quoted[1::2]
    assert between == [">"] * 4
    assert paragraphs[:4] == [
        r"> \- Residents asked for a new library.",
        r"> 2\. The mayor said the roads come first.",
        r"> \---",
        r"> \~~~",
    ]
    assert paragraphs[4].startswith("> The vote was close. <sub>")
