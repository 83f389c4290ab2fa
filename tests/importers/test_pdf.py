"""PDF: text layer regrouped into headings and paragraphs; protected, damaged, image-only files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.importers.pdf_file import read_article
from desktop_app.importers.registry import ImportFailed
from tests.importers.builders import LOREM, write_pdf

SECOND = "Officials stressed the long ties with Israel, which go back to 1992, and said the " * 3


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "report.pdf", (LOREM * 3, SECOND + "end."))


def test_lines_are_regrouped_into_heading_and_paragraphs(report: Path) -> None:
    paragraphs = read_article(report).text.split("\n\n")
    assert paragraphs == ["Minerals and diplomacy", LOREM * 3, SECOND + "end."]


def test_document_information_fills_the_metadata(report: Path) -> None:
    article = read_article(report)
    assert (article.title, article.author, article.date, article.language) == (
        "A report on the Accords",
        "Pat Analyst",
        "2025-11-08",
        "en-GB",
    )
    assert (article.source_file, article.source_format) == ("report.pdf", "application/pdf")


def test_paragraph_running_over_a_page_break_is_joined(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "The first page ends in the middle of a", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 6, "sentence that goes on here.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "12", new_x="LMARGIN", new_y="NEXT")  # a page number
    path = tmp_path / "runs-on.pdf"
    pdf.output(str(path))
    assert read_article(path).text == (
        "The first page ends in the middle of a sentence that goes on here."
    )


def test_pdf_without_a_text_layer_is_refused(tmp_path: Path) -> None:
    scan = write_pdf(tmp_path / "scan.pdf", text=False)
    with pytest.raises(ImportFailed, match=r"scan\.pdf: the PDF has no text layer"):
        read_article(scan)


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    locked = write_pdf(tmp_path / "locked.pdf", user_password="secret")
    with pytest.raises(ImportFailed, match=r"locked\.pdf: the PDF is password-protected"):
        read_article(locked)


def test_pdf_restricted_only_by_an_owner_password_opens(tmp_path: Path) -> None:
    restricted = write_pdf(tmp_path / "restricted.pdf", owner_password="owner")
    assert "Minerals and diplomacy" in read_article(restricted).text


def test_truncated_pdf_is_refused(report: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(report.read_bytes()[:400])
    with pytest.raises(ImportFailed, match=r"damaged\.pdf: "):
        read_article(damaged)


def test_garbage_named_pdf_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(ImportFailed, match=r"fake\.pdf: the PDF is damaged or not a PDF"):
        read_article(fake)
