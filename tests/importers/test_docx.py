"""Word documents: body structure in order, core properties, damaged and protected files."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.importers.docx_file import DOCX_MIME, read_article, stated_date
from desktop_app.importers.registry import ImportFailed
from tests.importers.builders import LOREM, encrypt_docx, write_docx


@pytest.fixture
def document(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "minerals.docx")


def test_body_becomes_headings_paragraphs_items_and_rows(document: Path) -> None:
    assert read_article(document).text == (
        "Kazakhstan joins the Accords\n\n"
        f"{LOREM}\n\n"
        "First line of an address\nsecond line of it\n\n"
        "What was agreed\n\n"
        "• Access to tungsten deposits\n"
        "• A trade framework\n"
        "    • Details to follow\n\n"
        "Country | Year\n"
        "Kazakhstan | 2025\n\n"
        "The reaction at home was muted."
    )


def test_core_properties_fill_the_metadata(document: Path) -> None:
    article = read_article(document)
    assert (article.title, article.author, article.date, article.language) == (
        "Minerals and diplomacy",
        "Dana Writer",
        "2025-11-07",
        "en-GB",
    )
    assert (article.source_file, article.source_format) == ("minerals.docx", DOCX_MIME)


def test_password_protected_document_is_refused(document: Path, tmp_path: Path) -> None:
    locked = encrypt_docx(document, tmp_path / "locked.docx")
    with pytest.raises(ImportFailed, match=r"locked\.docx: the document is password-protected"):
        read_article(locked)


def test_truncated_document_is_refused(document: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(document.read_bytes()[: document.stat().st_size // 2])
    with pytest.raises(ImportFailed, match=r"damaged\.docx: the file is damaged"):
        read_article(damaged)


def test_zip_without_a_word_body_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    with pytest.raises(ImportFailed, match=r"fake\.docx: the file is damaged or not a Word"):
        read_article(fake)


def test_text_named_docx_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "notes.docx"
    fake.write_text("just some text", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"notes\.docx: .*not a Word document"):
        read_article(fake)


def test_document_without_text_is_refused(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(ImportFailed, match=r"blank\.docx: .*no readable text"):
        read_article(path)


def test_zip_bomb_is_refused_before_unpacking(document: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with (
        zipfile.ZipFile(document) as source,
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            target.writestr(member, source.read(member))
        target.writestr("word/media/padding.bin", bytes(16 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(ImportFailed, match=r"bomb\.docx: refused, .*200 times .*zip bomb"):
        read_article(bomb)


# -- what the document states, and what generators and templates fill in ------------------


def _document(
    path: Path,
    paragraphs: list[str],
    *,
    author: str | None = None,
    created: datetime.datetime | None = None,
    title: str | None = None,
) -> Path:
    """A document made from python-docx's template, whose core properties say author
    "python-docx" and created 23 December 2013 unless set here."""
    import docx

    document = docx.Document()
    properties = document.core_properties
    if author is not None:
        properties.author = author
    if created is not None:
        properties.created = created
    if title is not None:
        properties.title = title
    document.add_heading("Kazakhstan joins the Accords", level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


NOV_2025 = datetime.datetime(2025, 11, 20, 8, 0, tzinfo=datetime.UTC)


def test_the_templates_author_and_date_are_not_the_articles(tmp_path: Path) -> None:
    path = _document(tmp_path / "a.docx", [LOREM])
    article = read_article(path)
    assert (article.author, article.date) == ("", "")
    assert article.title == "Kazakhstan joins the Accords"


@pytest.mark.parametrize(
    "placeholder",
    ["python-docx", "Microsoft Office User", "Unknown", "Windows User", "  user ", "ADMIN"],
)
def test_placeholder_authors_are_ignored(tmp_path: Path, placeholder: str) -> None:
    path = _document(tmp_path / "a.docx", [LOREM], author=placeholder, created=NOV_2025)
    article = read_article(path)
    assert (article.author, article.date) == ("", "2025-11-20")


def test_a_byline_and_date_line_win_over_the_core_properties(tmp_path: Path) -> None:
    path = _document(
        tmp_path / "a.docx",
        ["By Ann Writer, 7 November 2025", LOREM],
        author="Dana Editor",
        created=NOV_2025,
    )
    article = read_article(path)
    assert (article.author, article.date) == ("Ann Writer", "2025-11-07")
    assert article.text.startswith("Kazakhstan joins the Accords\n\nBy Ann Writer, 7 November")


def test_a_sentence_starting_with_by_is_no_byline(tmp_path: Path) -> None:
    path = _document(
        tmp_path / "a.docx",
        ["By the time the minister spoke, it was agreed.", LOREM],
        author="Dana Editor",
        created=NOV_2025,
    )
    assert read_article(path).author == "Dana Editor"


def test_a_creation_date_older_than_the_events_reported_is_dropped(tmp_path: Path) -> None:
    """An old file reused for a new article: created 2016, the text speaks of 2025."""
    old = datetime.datetime(2016, 3, 1, tzinfo=datetime.UTC)
    paragraphs = ["In 2025 the accords grew.", "The 2025 summit was in Washington."]
    path = _document(tmp_path / "a.docx", paragraphs, author="Dana Editor", created=old)
    assert read_article(path).date == ""


def test_one_later_year_in_the_text_does_not_drop_the_date(tmp_path: Path) -> None:
    created = datetime.datetime(2024, 5, 2, tzinfo=datetime.UTC)
    paragraphs = ["In 2024 the talks began.", "The 2024 plan sets goals for 2030."]
    path = _document(tmp_path / "a.docx", paragraphs, created=created)
    assert read_article(path).date == "2024-05-02"


@pytest.mark.parametrize("placeholder", ["Title", "Document1", "untitled"])
def test_placeholder_titles_give_way_to_the_heading(tmp_path: Path, placeholder: str) -> None:
    path = _document(tmp_path / "a.docx", [LOREM], title=placeholder)
    assert read_article(path).title == "Kazakhstan joins the Accords"


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@given(
    day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2099, 12, 31)),
    style=st.sampled_from(["iso", "day month year", "month day, year", "abbreviated"]),
    before=st.sampled_from(["", "Published ", "Astana, ", "Updated: "]),
    after=st.sampled_from(["", " 10:32", " | Politics", "."]),
)
def test_a_date_line_is_read_in_any_common_form(
    day: datetime.date, style: str, before: str, after: str
) -> None:
    month = MONTHS[day.month - 1]
    written = {
        "iso": day.isoformat(),
        "day month year": f"{day.day} {month} {day.year}",
        "month day, year": f"{month} {day.day}, {day.year}",
        "abbreviated": f"{month[:3]}. {day.day} {day.year}",
    }[style]
    assert stated_date(before + written + after) == day.isoformat()


def test_an_impossible_date_is_no_date() -> None:
    assert stated_date("31 February 2025") == ""
