"""PDF layout: paragraphs told apart by gaps, indentation or short last lines; running
headers and footers dropped; the title from the metadata or the first large line."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.importers.pdf_file import read_article

WORDS = (  # noqa: SIM905 (one readable string beats thirty quoted words)
    "the minister said that trade with astana would grow as the accords opened new routes "
    "for minerals while critics warned of costs to neighbours and of promises left vague"
).split()
LEFT = 20.0
WIDTH = 170.0
LINE = 5.0


def _pdf(title: str | None = None) -> Any:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    if title is not None:
        pdf.set_title(title)
    return pdf


def _wrap(pdf: Any, text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and pdf.get_string_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _paragraph(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def write_article(
    path: Path,
    paragraphs: Sequence[str],
    *,
    indent: float = 0.0,
    gap: float = 0.0,
    heading: Sequence[str] = (),
    header: str | None = None,
    footer: str | None = None,
    lines_per_page: int = 40,
    title: str | None = None,
) -> Path:
    """A PDF set line by line, as word processors and LaTeX set text: a heading in 18 pt,
    then 11 pt paragraphs whose first line is indented by ``indent`` mm and which are
    followed by ``gap`` mm of space; a running header and footer ("{page}" is the number)."""
    pdf = _pdf(title)
    state = {"y": 0.0, "lines": 0}

    def new_page() -> None:
        pdf.add_page()
        page = pdf.page_no()
        pdf.set_font("helvetica", size=8)
        if header is not None:
            pdf.text(LEFT, 12, header.format(page=page))
        if footer is not None:
            pdf.text(LEFT, 287, footer.format(page=page))
        pdf.set_font("helvetica", size=11)
        state["y"], state["lines"] = 30.0, 0

    new_page()
    pdf.set_font("helvetica", "B", 18)
    for line in heading:
        pdf.text(LEFT, state["y"], line)
        state["y"] += 9
    state["y"] += 4 if heading else 0
    pdf.set_font("helvetica", size=11)
    for paragraph in paragraphs:
        for number, line in enumerate(_wrap(pdf, paragraph, WIDTH - indent)):
            if state["lines"] >= lines_per_page:
                new_page()
            pdf.text(LEFT + (indent if number == 0 else 0), state["y"], line)
            state["y"] += LINE
            state["lines"] += 1
        state["y"] += gap
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(("indent", "gap"), [(6.0, 0.0), (0.0, 3.0), (6.0, 3.0)])
def test_paragraphs_are_kept(tmp_path: Path, indent: float, gap: float) -> None:
    rng = random.Random(3)
    paragraphs = [_paragraph(rng, rng.randint(2, 6)) for _ in range(6)]
    path = write_article(tmp_path / "a.pdf", paragraphs, indent=indent, gap=gap)
    assert read_article(path).text.split("\n\n") == paragraphs


def test_a_short_last_line_ends_a_paragraph_without_gap_or_indent(tmp_path: Path) -> None:
    paragraphs = [
        "The minister said that trade with Astana would grow as the accords opened new "
        "routes for minerals while critics warned of costs. It ends here.",
        "Critics warned of costs to neighbours and of promises left vague, and the "
        "analysts in Almaty noted a shift in tone since the summit. Short.",
        "A last one.",
    ]
    path = write_article(tmp_path / "a.pdf", paragraphs)
    assert read_article(path).text.split("\n\n") == paragraphs


def test_running_headers_and_footers_are_dropped(tmp_path: Path) -> None:
    rng = random.Random(5)
    paragraphs = [_paragraph(rng, 8) for _ in range(12)]
    path = write_article(
        tmp_path / "a.pdf",
        paragraphs,
        indent=6,
        heading=["Kazakhstan joins the Accords"],
        header="The Daily Example | World",
        footer="https://example.org/accords - Page {page} of 4",
        lines_per_page=20,
    )
    text = read_article(path).text
    assert "Daily Example" not in text
    assert "example.org" not in text
    assert text.split("\n\n") == ["Kazakhstan joins the Accords", *paragraphs]


def test_a_line_that_only_looks_like_a_header_on_one_page_stays(tmp_path: Path) -> None:
    rng = random.Random(6)
    paragraphs = [_paragraph(rng, 4) for _ in range(3)]
    path = write_article(tmp_path / "a.pdf", paragraphs, header="Only on page {page}", gap=3)
    assert read_article(path).text.split("\n\n") == ["Only on page 1", *paragraphs]


def test_hyphenated_words_are_joined_across_lines(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for number, line in enumerate(["The two countries signed new agree-", "ments on trade."]):
        pdf.text(LEFT, 30 + number * LINE, line)
    path = tmp_path / "hyphen.pdf"
    pdf.output(str(path))
    assert read_article(path).text == "The two countries signed new agreements on trade."


def test_the_title_is_the_first_large_line_not_the_text(tmp_path: Path) -> None:
    rng = random.Random(7)
    paragraphs = [_paragraph(rng, 4) for _ in range(3)]
    heading = ["Kazakhstan joins the Abraham", "Accords at a Washington summit"]
    path = write_article(tmp_path / "a.pdf", paragraphs, heading=heading, indent=6)
    article = read_article(path)
    assert article.title == "Kazakhstan joins the Abraham Accords at a Washington summit"
    assert article.text.split("\n\n")[1:] == paragraphs


def test_small_print_does_not_make_the_body_a_heading(tmp_path: Path) -> None:
    """Many short lines in small print (a table, references) must not make the body text
    count as large: before, the whole text became one heading, and so the title."""
    rng = random.Random(8)
    paragraphs = [_paragraph(rng, 3) for _ in range(3)]
    path = tmp_path / "a.pdf"
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    y = 30.0
    for paragraph in paragraphs:
        for number, line in enumerate(_wrap(pdf, paragraph, WIDTH - 6)):
            pdf.text(LEFT + (6 if number == 0 else 0), y, line)
            y += LINE
    pdf.set_font("helvetica", size=7)
    for row in range(40):
        pdf.text(LEFT, y + 4 + row * 3.2, f"[{row + 1}] Ibid.")
    pdf.output(str(path))
    article = read_article(path)
    assert article.title == "a"  # no heading and a long first line: the file's name
    assert article.text.split("\n\n")[:3] == paragraphs


@pytest.mark.parametrize("placeholder", ["Untitled", "Microsoft Word - report.docx", "Document1"])
def test_placeholder_metadata_titles_give_way_to_the_heading(
    tmp_path: Path, placeholder: str
) -> None:
    path = write_article(
        tmp_path / "a.pdf", ["Body text."], heading=["The real title"], title=placeholder
    )
    assert read_article(path).title == "The real title"


def test_a_real_metadata_title_wins(tmp_path: Path) -> None:
    path = write_article(
        tmp_path / "a.pdf", ["Body text."], heading=["Large line"], title="Stated title"
    )
    assert read_article(path).title == "Stated title"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    count=st.integers(1, 14),
    style=st.sampled_from(["indent", "indent and gap", "gap on one page"]),
    running=st.booleans(),
)
# A paragraph's line that ends a sentence a few characters short of a full line (its indented
# first line, or a line that wrapped early) is the last of a page: the next page's first
# line, at the margin, carries it on.
@example(seed=2456, count=8, style="indent", running=False)
@example(seed=3736, count=7, style="indent", running=True)
def test_any_article_reads_back_paragraph_for_paragraph(
    tmp_path_factory: pytest.TempPathFactory, seed: int, count: int, style: str, running: bool
) -> None:
    """Paragraphs of one to seven sentences come back as written. The first has at least
    three, so that the text shows where its margin is: two one-line paragraphs on their
    own do not tell an indented first line from a margin."""
    rng = random.Random(seed)
    paragraphs = [_paragraph(rng, rng.randint(3 if n == 0 else 1, 7)) for n in range(count)]
    one_page = style == "gap on one page"
    path = write_article(
        tmp_path_factory.mktemp("pdf") / "a.pdf",
        paragraphs[:4] if one_page else paragraphs,
        indent=0 if one_page else 6,
        gap=3 if "gap" in style else 0,
        header="The Daily Example" if running else None,
        footer="Page {page}" if running else None,
        lines_per_page=60 if one_page else 18,
    )
    written = paragraphs[:4] if one_page else paragraphs
    expected = written
    if running and _pages(path) == 1:  # a header on one page is just a line
        expected = ["The Daily Example", *written]
    assert read_article(path).text.split("\n\n") == expected


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)
