"""Saved web pages: the main article only, its structure, and the page's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.importers.html_page import read_article
from desktop_app.importers.registry import ImportFailed
from tests.importers.builders import news_page


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "kz-accords.html"
    path.write_text(news_page(), encoding="utf-8")
    return path


def test_main_article_is_kept_and_page_furniture_dropped(page: Path) -> None:
    text = read_article(page).text
    assert "Analysts called it a bargain." in text
    assert "Officials stressed the long ties with Israel." in text
    assert "Domestic reaction has been muted so far." in text
    for furniture in (
        "Home",
        "Sport",
        "premium",
        "Most read",
        "gossip",
        "reader comment",
        "All rights reserved",
        "fetch(",
        "document.write",
        "background",
    ):
        assert furniture not in text, furniture


def test_structure_is_kept_as_headings_paragraphs_and_items(page: Path) -> None:
    lines = read_article(page).text.split("\n")
    assert "Why now, and why Washington" in lines
    assert "• Critical minerals deals worth billions" in lines
    assert "• A new trade framework with the United States" in lines
    assert (
        lines.index("• A new trade framework with the United States")
        == lines.index("• Critical minerals deals worth billions") + 1
    )
    heading = lines.index("Why now, and why Washington")
    assert lines[heading - 1] == lines[heading + 1] == ""


def test_metadata_comes_from_the_page(page: Path) -> None:
    article = read_article(page)
    assert article.title == "Kazakhstan joins the Abraham Accords"
    assert article.author == "Jane Reporter"
    assert article.date == "2025-11-07"
    assert article.outlet == "The Daily Example"
    assert article.url == "https://example.org/news/kz-accords"
    assert article.language == "en-GB"
    assert (article.source_file, article.source_format) == ("kz-accords.html", "text/html")


def test_json_ld_metadata_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ld.htm"
    body = "<p>" + "A sentence about minerals and trade agreements. " * 12 + "</p>"
    path.write_text(
        '<!DOCTYPE html><html><head><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Minerals for diplomacy", "datePublished": "2025-11-06", '
        '"author": {"@type": "Person", "name": "Sam Source"}, '
        '"publisher": {"@type": "Organization", "name": "Ledger Daily"}}</script>'
        f"</head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.author, article.date, article.outlet) == (
        "Minerals for diplomacy",
        "Sam Source",
        "2025-11-06",
        "Ledger Daily",
    )


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    path.write_bytes(
        news_page(charset="windows-1252").replace("bargain", "bargain — café").encode("cp1252")
    )
    assert "Analysts called it a bargain — café." in read_article(path).text


def test_a_short_page_still_gives_its_body_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text(
        "<html><head><title>Note</title></head><body><nav><a href='/'>Home</a></nav>"
        "<p>Short note.</p><footer>Footer text</footer></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.text == "Short note."
    assert article.title == "Note"


def test_page_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text(
        "<html><head><script>var x = 1;</script></head><body><img src='a.png'></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed, match=r"blank\.html: .*no readable text"):
        read_article(path)
