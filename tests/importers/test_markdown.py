"""Markdown: structure becomes paragraphs, headings and list lines; front matter, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.layout import Role, classify_lines
from desktop_app.importers.markdown_text import markdown_to_text, read_article, split_front_matter
from desktop_app.importers.registry import ImportFailed

SOURCE = """---
title: "Minerals and diplomacy"
author: Ann Writer
date: 2025-11-07T10:00:00Z
outlet: The Example Review
url: https://example.org/minerals
lang: en
---
# Kazakhstan joins the Accords

The decision was *announced* in [Washington](https://example.org/dc) on Thursday,
with `trade` at the heart of it, and analysts expect more agreements to follow soon.

## What was agreed

- Access to **tungsten**
- A trade framework
  - with details to follow
1. First step
2. Second step

> A quoted remark from an official.

Line one with a hard break\\
line two.

| Country | Year |
|---------|------|
| Kazakhstan | 2025 |

<script>alert("never")</script>
![a photo](http://127.0.0.1:9/photo.jpg)
"""


@pytest.fixture
def article_path(tmp_path: Path) -> Path:
    path = tmp_path / "notes.md"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def test_structure_becomes_readable_plain_text(article_path: Path) -> None:
    article = read_article(article_path)
    assert article.text == (
        "Kazakhstan joins the Accords\n\n"
        "The decision was announced in Washington on Thursday, with trade at the heart of it, "
        "and analysts expect more agreements to follow soon.\n\n"
        "What was agreed\n\n"
        "• Access to tungsten\n"
        "• A trade framework\n"
        "    • with details to follow\n"
        "1. First step\n"
        "2. Second step\n\n"
        "A quoted remark from an official.\n\n"
        "Line one with a hard break\nline two.\n\n"
        "Country | Year\n"
        "Kazakhstan | 2025"
    )


def test_layout_recognises_the_headings_and_list_items(article_path: Path) -> None:
    lines = read_article(article_path).text.split("\n")
    roles = dict(zip(lines, classify_lines(lines), strict=True))
    assert roles["Kazakhstan joins the Accords"] == Role.HEADING
    assert roles["• Access to tungsten"] == Role.LIST_ITEM
    assert roles["1. First step"] == Role.LIST_ITEM


def test_front_matter_fills_the_metadata(article_path: Path) -> None:
    article = read_article(article_path)
    assert (article.title, article.author, article.date, article.outlet) == (
        "Minerals and diplomacy",
        "Ann Writer",
        "2025-11-07",
        "The Example Review",
    )
    assert (article.url, article.language) == ("https://example.org/minerals", "en")
    assert (article.source_file, article.source_format) == ("notes.md", "text/markdown")


def test_without_front_matter_the_first_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("Intro line.\n\n## The real heading\n\nBody text here.\n", encoding="utf-8")
    assert read_article(path).title == "The real heading"


def test_front_matter_only_at_the_very_start() -> None:
    metadata, rest = split_front_matter("Text\n---\ntitle: no\n---\n")
    assert metadata == {}
    assert rest.startswith("Text")


def test_markdown_with_only_markup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hollow.md"
    path.write_text("<script>x()</script>\n\n---\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"hollow\.md: .*no readable text"):
        read_article(path)


INLINE_MARKUP = {
    "emphasis": "*{}*",
    "underscore emphasis": "_{}_",
    "strong": "**{}**",
    "strong emphasis": "***{}***",
    "code": "`{}`",
    "link": "[{}](https://example.org/a)",
    "autolink text": "<{}>",
    "raw inline html": "<span>{}</span>",
}
CONTEXTS = {
    "paragraph": "{}",
    "bullet item": "- {}",
    "ordered item": "3. {}",
    "nested item": "- outer\n  - {}",
    "loose item": "- first\n\n- {}",
    "quote": "> {}",
    "table cell": "| a | {} |\n|---|---|\n| b | c |",
    "heading": "## {}",
}


@given(
    markup=st.sampled_from(sorted(INLINE_MARKUP)),
    context=st.sampled_from(sorted(CONTEXTS)),
    word=st.from_regex(r"[A-Za-z][a-z]{0,8}", fullmatch=True),
    punctuation=st.sampled_from([*".,;:!?)", "…", "”"]),
)
def test_no_space_appears_before_punctuation_after_inline_markup(
    markup: str, context: str, word: str, punctuation: str
) -> None:
    """``*muted*.`` reads "muted." in every kind of block, never "muted ."."""
    if markup == "autolink text":
        word = f"https://example.org/{word}"
    marked = INLINE_MARKUP[markup].format(word)
    text, _ = markdown_to_text(CONTEXTS[context].format(f"The tone was {marked}{punctuation}"))
    assert f"The tone was {word}{punctuation}" in text


def test_the_issue_example_in_a_list(tmp_path: Path) -> None:
    path = tmp_path / "tone.md"
    path.write_text("# Tone\n\n- The reaction was *muted*.\n- **Loud**, then [calm](x).\n")
    assert read_article(path).text == "Tone\n\n• The reaction was muted.\n• Loud, then calm."


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("See ![a chart](chart.png).", "See."),
        ("- See ![a chart](chart.png), then go on.", "• See, then go on."),
        ("A photo ![x](x.png) of the summit.", "A photo of the summit."),
        ("Said <script>x()</script>: nothing.", "Said: nothing."),
    ],
)
def test_dropped_images_leave_no_space_before_punctuation(source: str, expected: str) -> None:
    assert markdown_to_text(source)[0] == expected


def test_a_loose_item_keeps_its_paragraphs_apart() -> None:
    text, _ = markdown_to_text("- first *point*.\n\n  More on it.\n- second")
    assert text == "• first point. More on it.\n• second"
