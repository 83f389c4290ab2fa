"""CSV and report exports: rows per tag, BOM option, escaping, counts and coverage."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

from desktop_app.exporters import EXPORTERS, ExportOptions, Scope, suggested_file_name
from desktop_app.exporters.csv_export import ANNOTATION_COLUMNS
from desktop_app.exporters.report import ALL_TAGS, build, covered
from tests.exporters.sample import ECONOMICS, PASSAGES, sample_project


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_annotation_and_tag() -> None:
    project = sample_project()
    rows = _rows(EXPORTERS["csv"].export(project, Scope(), ExportOptions()))
    assert tuple(rows[0]) == ANNOTATION_COLUMNS
    expected = sum(max(1, len(a.tags)) for a in project.annotations)
    assert len(rows) == expected
    for row in rows:
        annotation = project.annotations[row["annotation_id"]]
        article = project.articles[row["article_id"]]
        assert row["quote"] == annotation.quote.exact
        assert row["note"] == annotation.note
        if annotation.anchor != "orphaned":
            assert article.text[int(row["start"]) : int(row["end"])] == row["quote"]
        else:  # its offsets would select other words
            assert row["start"] == row["end"] == ""
        assert row["tag"] == (project.codes[row["tag_id"]].name if row["tag_id"] else "")


def test_csv_bom_is_optional() -> None:
    project = sample_project()
    plain = EXPORTERS["csv"].export(project, Scope(), ExportOptions())
    with_bom = EXPORTERS["csv"].export(project, Scope(), ExportOptions(bom=True))
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert with_bom == b"\xef\xbb\xbf" + plain


def test_csv_tag_scope_lists_only_that_tag() -> None:
    rows = _rows(
        EXPORTERS["csv"].export(sample_project(), Scope(tag_id=ECONOMICS), ExportOptions())
    )
    assert {r["tag"] for r in rows} == {"economics"}
    assert len(rows) == 2


def test_codebook_csv_names_parents() -> None:
    project = sample_project()
    rows = _rows(EXPORTERS["codebook-csv"].export(project, Scope(), ExportOptions()))
    assert [r["name"] for r in rows] == [c.name for c in project.codes]
    child = next(r for r in rows if r["parent_id"])
    assert child["parent"] == "economics"


def test_coverage_counts_overlapping_characters_once() -> None:
    project = sample_project()
    first = list(project.annotations)[:3]
    spans = [(a.start, a.end) for a in first]
    assert covered(first) == len(set().union(*(range(s, e) for s, e in spans)))


def test_report_counts_match_the_annotations() -> None:
    project = sample_project()
    report = build(project, Scope())
    for article in project.articles:
        for code in project.codes:
            count, _ = report.counts[article.id, code.id]
            assert count == sum(
                1 for a in project.annotations if a.article == article.id and code.id in a.tags
            )
        tagged = [a for a in project.annotations if a.article == article.id and a.tags]
        placed = [a for a in tagged if a.anchor != "orphaned"]
        assert report.counts[article.id, ALL_TAGS] == (len(tagged), covered(placed))


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.references: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.references += [v or "" for k, v in attrs if k in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_escapes_everything_loads_nothing_and_prints() -> None:
    project = sample_project()
    page = EXPORTERS["html"].export(project, Scope(), ExportOptions()).decode()
    collector = _Collector()
    collector.feed(page)
    assert collector.references == []
    assert "script" not in collector.tags
    assert "@media print" in page
    assert "url(" not in page
    text = "".join(collector.text)
    for _, _, passage, _, note, _ in PASSAGES:
        assert passage in text
        assert note in text
    assert "<low>" not in page


def test_markdown_report_escapes_markup_and_shows_every_passage() -> None:
    page = EXPORTERS["md"].export(sample_project(), Scope(), ExportOptions()).decode()
    assert r"Cost \<low\>" in page
    assert r"\*not\*" in page
    unescaped = re.sub(r"\\(.)", r"\1", page)
    for _, _, passage, _, _, _ in PASSAGES:
        assert passage in unescaped
    assert "| Article |" in page


def test_suggested_file_names_name_the_scope_and_are_safe() -> None:
    project = sample_project()
    article = project.articles.at(0)
    name = suggested_file_name(project, Scope(article.id, ECONOMICS), "csv")
    assert name.startswith("Kazakhstan and the Abraham Accords - FO° Talks_ Kazakhstan")
    assert name.endswith(" - economics.csv")
    assert not set(name) & set('/\\:*?"<>|')
    assert suggested_file_name(project, Scope(), "codebook-csv").endswith("- codebook.csv")


def test_markdown_report_sets_articles_side_by_side_per_tag() -> None:
    project = sample_project()
    text = EXPORTERS["md"].export(project, Scope(), ExportOptions()).decode("utf-8")
    first, second = (article.title for article in project.articles)
    section = text.split("## economics", 1)[1].split("\n## ", 1)[0]
    header, rule, *rows = [line for line in section.splitlines() if line.startswith("|")]
    assert first in header.split(" | ")[0]
    assert second in header.split(" | ")[1]
    assert rule == "| --- | --- |"
    # Each row holds one passage per article, in the article's own column.
    row = rows[0].strip("| ").split(" | ")
    assert "the political cost for Kazakhstan is low" in row[0]
    assert "critical rare earth minerals" in row[1]
