"""Blocks to canonical text, whitespace tidying, dates and progress steps."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.layout import Role, classify_lines
from desktop_app.core.text import canonicalize
from desktop_app.importers.common import (
    LINE_BREAK,
    Block,
    Steps,
    blocks_to_text,
    iso_date,
    tidy_inline,
)
from desktop_app.importers.registry import ImportCancelled

_words = st.text(
    st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\u2028\u2029"),
    max_size=40,
)
_blocks = st.lists(
    st.builds(
        Block,
        kind=st.sampled_from(["heading", "paragraph", "item", "table-row"]),
        text=st.lists(_words, max_size=3).map(LINE_BREAK.join),
        level=st.integers(0, 3),
        number=st.none() | st.integers(1, 99),
    ),
    max_size=12,
)


@given(_blocks)
def test_blocks_become_tidy_canonical_text(blocks: list[Block]) -> None:
    text = canonicalize(blocks_to_text(blocks))  # as make_article will
    assert "\n\n\n" not in text
    assert text == text.rstrip()
    assert not text.startswith("\n")
    assert all(line == line.strip(" ") or line.startswith("    ") for line in text.split("\n"))


@given(st.lists(st.tuples(_words, st.integers(0, 2)), min_size=1, max_size=8))
def test_list_items_are_one_line_each_and_read_as_list_items(items: list[tuple[str, int]]) -> None:
    blocks = [Block("item", text, level=level) for text, level in items if text.strip()]
    lines = blocks_to_text(blocks).split("\n") if blocks else []
    assert len(lines) == len(blocks)
    assert all(role == Role.LIST_ITEM for role in classify_lines(lines))


def test_blocks_are_separated_by_one_blank_line_and_runs_of_items_by_none() -> None:
    blocks = [
        Block("heading", "  A  heading "),
        Block("paragraph", "Some\n  text\twith   spaces."),
        Block("item", "one"),
        Block("item", "two", number=2),
        Block("item", "nested", level=1),
        Block("paragraph", "   "),
        Block("table-row", "a | b"),
        Block("table-row", "c | d"),
        Block("preformatted", "  keep\n    this"),
    ]
    assert blocks_to_text(blocks) == (
        "A heading\n\nSome text with spaces.\n\n• one\n2. two\n    • nested\n\n"
        "a | b\nc | d\n\n  keep\n    this"
    )


def test_tidy_inline_keeps_explicit_breaks_only() -> None:
    assert tidy_inline(f" a\n b \u00a0 c {LINE_BREAK} d\u200b ") == "a b c\nd"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-07T09:30:00Z", "2025-11-07"),
        ("2025-11", "2025-11"),
        ("2025", "2025"),
        ("D:20251108120000Z", "2025-11-08"),
        (datetime.datetime(2025, 11, 7, 23, 59), "2025-11-07"),
        (datetime.date(2025, 1, 2), "2025-01-02"),
        ("7 November 2025", ""),
        (None, ""),
    ],
)
def test_iso_date(value: object, expected: str) -> None:
    assert iso_date(value) == expected


def test_steps_clamp_never_decrease_and_cancel() -> None:
    seen: list[float] = []

    def progress(fraction: float) -> bool:
        seen.append(fraction)
        return fraction < 0.9

    steps = Steps(Path("big.pdf"), progress)
    for fraction in (-1.0, 0.5, 0.3, 0.7):
        steps(fraction)
    with pytest.raises(ImportCancelled, match=r"^big\.pdf: import cancelled$"):
        steps(2.0)
    assert seen == [0.0, 0.5, 0.5, 0.7, 1.0]


def test_steps_without_a_callback_do_nothing() -> None:
    Steps(Path("x.txt"), None)(0.5)
