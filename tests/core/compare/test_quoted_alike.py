"""A sentence sharing a quote cut otherwise is a shared quote, not a near copy (round 86)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.relations import (
    QUOTED_WORDS_ALIKE,
    quoted_words_alike,
    relation_of,
)
from tests.core.compare.test_relations import _terms

_QUOTE = [
    "we", "will", "rebuild", "the", "market", "hall", "before", "winter", "comes",
    "and", "every", "trader", "will", "have", "a", "stall", "again",
]  # fmt: skip


def _said(quoted: list[str], frame: str = "Mayor Ana Ruiz said:") -> str:
    return f"{frame} “{' '.join(quoted).capitalize()}.”"


def _relation(text_a: str, text_b: str) -> tuple[str, str]:
    terms = _terms({"mayor": 1.0, "ruiz": 1.0, "market": 1.0, "hall": 1.0})
    forward = relation_of(terms, terms, text_a, text_b, shares_quote=True)[0]
    backward = relation_of(terms, terms, text_b, text_a, shares_quote=True)[0]
    return forward, backward


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the Bambara commander's words, cut after "farati ye" on one side
        ("Komandan Kone ko: «Kuran juruw bɛ sugu kɔnɔ cogo min na, o ye farati ye, an y'o fɔ "
         "meriya ye siɲɛ caman.»",
         "Komandan ko «kuran juruw bɛ sugu kɔnɔ cogo min na, o ye farati ye»."),
        # the same frame, the quotation run on by a clause
        (_said(_QUOTE[:9]), _said(_QUOTE)),
    ],
)  # fmt: skip
def test_a_quotation_cut_otherwise_in_a_like_frame_is_a_shared_quote(
    text_a: str, text_b: str
) -> None:
    assert quoted_words_alike(text_a, text_b) < QUOTED_WORDS_ALIKE
    assert _relation(text_a, text_b) == ("shared_quote", "shared_quote")


def test_the_same_quotation_in_a_like_frame_is_still_a_near_copy() -> None:
    text_a = _said(_QUOTE)
    text_b = _said(_QUOTE, "Mayor Ana Ruiz said on Monday:")
    assert quoted_words_alike(text_a, text_b) == 1.0
    assert _relation(text_a, text_b) == ("near_copy", "near_copy")


def test_a_quotation_left_open_counts_all_its_words() -> None:
    # the first sentence of a quotation of two keeps its words inside the quote
    assert quoted_words_alike(
        '"We do not negotiate with criminals.', "“We do not negotiate with criminals.”"
    ) == (1.0)


@given(st.integers(1, len(_QUOTE)), st.integers(1, len(_QUOTE)))
def test_quoted_words_alike_is_symmetric_and_whole_only_for_one_cut(
    first: int, second: int
) -> None:
    text_a, text_b = _said(_QUOTE[:first]), _said(_QUOTE[:second])
    alike = quoted_words_alike(text_a, text_b)
    assert alike == quoted_words_alike(text_b, text_a)
    assert (alike == 1.0) == (first == second)
    assert alike == pytest.approx(2 * min(first, second) / (first + second))


def test_the_engine_reads_a_quote_cut_shorter_as_a_shared_quote() -> None:
    text_a = "Mayor Ana Ruiz told the council: “The market hall will open again in May, and "
    text_a += "every trader will have a stall.”"
    text_b = "Mayor Ana Ruiz told the council: “The market hall will open again in May.”"
    for comparison in (compare_texts(text_a, text_b), compare_texts(text_b, text_a)):
        assert len(comparison.shared_quotes) == 1
        assert [pair.relation for pair in comparison.pairs] == ["shared_quote"]
