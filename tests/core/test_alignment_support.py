"""How much of a passage's surroundings came along: read from the blocks as their pieces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment

WORDS = ["alpha ", "beta ", "gamma ", "delta. ", "\n", "epsilon ", "zeta, "]


def _support_by_pieces(
    alignment: Alignment, start: int, end: int, new_start: int, new_end: int, reach: int
) -> float:
    lo, hi = max(0, start - reach), end + reach
    near_lo, near_hi = new_start - 2 * reach, new_end + 2 * reach
    kept = sum(
        piece.length
        for piece in alignment.pieces(lo, hi)
        if near_lo <= piece.new and piece.new + piece.length <= near_hi
    )
    return kept / max(1, min(hi, len(alignment.old)) - lo)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=1, max_value=40),
)
def test_support_counts_the_surviving_pieces_that_stayed_near(
    old_words: list[str], new_words: list[str], start: int, length: int, new_start: int, reach: int
) -> None:
    old, new = "".join(old_words), "".join(new_words)
    alignment = Alignment(old, new)
    start = min(start, len(old))
    end = min(len(old), start + length)
    got = alignment.support(start, end, new_start, new_start + length, reach)
    assert got == _support_by_pieces(alignment, start, end, new_start, new_start + length, reach)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=1, max_value=40),
    st.sampled_from([0.0, 0.1, 0.4, 0.5, 0.9, 1.0]),
)
def test_supported_tells_what_support_reaching_the_share_tells(
    old_words: list[str],
    new_words: list[str],
    start: int,
    length: int,
    new_start: int,
    reach: int,
    least: float,
) -> None:
    # stopping at the first block that makes the share enough never changes the answer
    old, new = "".join(old_words), "".join(new_words)
    alignment = Alignment(old, new)
    start = min(start, len(old))
    end = min(len(old), start + length)
    share = alignment.support(start, end, new_start, new_start + length, reach)
    supported = alignment.supported(start, end, new_start, new_start + length, reach, least)
    assert supported == (share >= least)
