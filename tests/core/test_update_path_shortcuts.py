"""Shortcuts of the update path answer as the straightforward readings they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import PARTLY_NEW, Alignment, Block
from desktop_app.core.anchoring import trim_span
from desktop_app.core.line_neighbours import Lines
from desktop_app.core.placement_doubts import EDGE_WORD, _words
from desktop_app.core.reanchor import _paragraph_starts

WORDS = ["alpha ", "beta ", "gamma ", "delta. ", "\n", "epsilon ", "zeta, ", "a", "b "]
TEXTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map("".join)


def _whole_piece_by_pieces(alignment: Alignment, start: int, end: int) -> Block | None:
    pieces = alignment.pieces(start, end)
    if len(pieces) != 1 or pieces[0].length != end - start:
        return None
    return pieces[0]


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS, st.integers(min_value=-5, max_value=250), st.integers(1, 80))
def test_whole_piece_is_the_one_full_piece(old: str, new: str, start: int, length: int) -> None:
    alignment = Alignment(old, new)
    end = start + length
    assert alignment.whole_piece(start, end) == _whole_piece_by_pieces(alignment, start, end)


def _inserted_lines_line_by_line(
    alignment: Alignment, longer_than: int
) -> tuple[list[tuple[int, int]], list[str]]:
    """``Alignment.inserted_lines`` reading a line again for each stretch in it."""
    text = alignment.new
    spans: set[tuple[int, int]] = set()
    for lo, hi in alignment.unaligned():
        at = lo
        for part in text[lo:hi].split("\n"):
            first, last = trim_span(text, at, at + len(part))
            at += len(part) + 1
            if last - first > longer_than:
                spans.add((first, last))
            elif first < last:
                line_hi = text.find("\n", last)
                line = trim_span(
                    text,
                    text.rfind("\n", 0, first) + 1,
                    len(text) if line_hi == -1 else line_hi,
                )
                if line[1] - line[0] > longer_than and (
                    alignment.unaligned_share(*line) >= PARTLY_NEW
                ):
                    spans.add(line)
    ordered = sorted(spans)
    return ordered, [text[lo:hi] for lo, hi in ordered]


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS, st.integers(min_value=0, max_value=30))
def test_inserted_lines_read_each_line_once_to_the_same_end(
    old: str, new: str, longer_than: int
) -> None:
    alignment = Alignment(old, new)
    expected = _inserted_lines_line_by_line(alignment, longer_than)
    assert alignment.inserted_lines(longer_than) == expected


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_shift_at_is_the_shift_of_a_surviving_character(old: str, new: str) -> None:
    alignment = Alignment(old, new)
    for offset in range(-2, len(old) + 2):
        survives = bool(alignment.pieces(offset, offset + 1))
        expected = alignment.shifted(offset) - offset if survives else None
        assert alignment.shift_at(offset) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\r\u2028", max_size=40))
def test_paragraph_starts_are_line_starts_before_a_visible_or_blank_character(text: str) -> None:
    by_pattern = [0, *(found.end() for found in re.finditer(r"\n(?=[^\n])", text))]
    assert _paragraph_starts(Lines(text)) == by_pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab_1é ,.\n", max_size=60))
def test_edge_words_are_the_long_words(text: str) -> None:
    long_words = {word for word in re.findall(r"\w+", text) if len(word) >= EDGE_WORD}
    assert _words(text) == long_words


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS, st.integers(min_value=0, max_value=20))
def test_lost_at_least_keeps_the_long_lost_stretches(old: str, new: str, least: int) -> None:
    alignment = Alignment(old, new)
    long_lost = [(lo, hi) for lo, hi in alignment.lost() if hi - lo >= least]
    assert alignment.lost_at_least(least) == long_lost
