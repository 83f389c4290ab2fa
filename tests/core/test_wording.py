"""Counted nouns: one function for every message that counts things."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.wording import agreeing, counted, plural


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (0, "annotation", "no annotations"),
        (1, "annotation", "1 annotation"),
        (2, "annotation", "2 annotations"),
        (3, "match", "3 matches"),
        (2, "entry", "2 entries"),
        (2, "day", "2 days"),
        (5, "box", "5 boxes"),
    ],
)
def test_counted_agrees(count: int, noun: str, expected: str) -> None:
    assert counted(count, noun) == expected


def test_zero_and_irregular_forms() -> None:
    assert counted(0, "file", zero="0") == "0 files"
    assert counted(2, "person", "people") == "2 people"
    assert plural("passage") == "passages"
    assert agreeing(1, "carries", "carry") == "carries"
    assert agreeing(0, "carries", "carry") == "carry"


@given(st.integers(min_value=2, max_value=10**9))
def test_many_is_never_singular(count: int) -> None:
    assert counted(count, "code") == f"{count} codes"
