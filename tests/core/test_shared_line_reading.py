"""One update's shared reading of a text's lines gives what each rule's own reading gave."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.block_diff import _offsets, _tokens, _whole_lines
from desktop_app.core.repeated_line_pairs import (
    has_repeated_keys,
    has_repeated_lines,
    repaired_pairs,
)
from desktop_app.core.short_moves import short_moves
from desktop_app.core.text_lines import text_lines

#: Blank lines, ``\r\n``, trailing spaces, combining marks, astral characters and lines
#: standing more than once (short and long), to be joined in any order.
PIECES = [
    "a",
    "\n",
    "\n\n",
    "\r\n",
    " \n",
    "  ",
    "\t",
    "e\u0301",
    "\u0301",
    "😀",
    "𝔘",
    "\u00a0",
    "\u2028",
    "item\n",
    "Item 2.\n",
    "a line long enough to count as moved\n",
    "  a line long enough to count as moved  \r\n",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _own_reading(text: str) -> tuple[list[str], Counter[str], list[int]]:
    """The level-0 tokens stripped, their counts and offsets, as the diff read them alone."""
    tokens = _tokens(text, 0)
    keys = [token.strip() for token in tokens]
    return keys, Counter(keys), _offsets(tokens)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_shared_lines_are_the_diffs_own(text: str) -> None:
    keys, counts, offsets = _whole_lines(text, len(_tokens(text, 0)))
    own_keys, own_counts, own_offsets = _own_reading(text)
    assert keys == own_keys
    assert counts == own_counts
    assert +counts == counts  # no line counted none or fewer times
    assert offsets == own_offsets


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_shared_counts_are_the_rules_own(text: str) -> None:
    table = text_lines(text)
    assert table.stripped_counts == Counter(line.strip() for line in text.split("\n"))
    stripped_counts = Counter(table.stripped)
    _whole_lines(text, len(_tokens(text, 0)))  # a copy is made for the diff, not changed
    assert table.stripped_counts == stripped_counts


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_alignment_line_counts_read_the_shared_table(old: str, new: str) -> None:
    old_counts, new_counts = Alignment(old, new).line_counts()
    assert old_counts == Counter(line.strip() for line in old.split("\n"))
    assert new_counts == Counter(line.strip() for line in new.split("\n"))


@settings(max_examples=400, deadline=None)
@given(TEXTS, TEXTS)
def test_repeated_lines_read_off_the_counts(old: str, new: str) -> None:
    old_counts = _whole_lines(old, len(_tokens(old, 0)))[1]
    new_counts = _whole_lines(new, len(_tokens(new, 0)))[1]
    assert has_repeated_keys(old_counts, new_counts) == has_repeated_lines(
        _tokens(old, 0), _tokens(new, 0)
    )


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS, st.integers(0, 5))
def test_the_moves_and_repairs_given_the_counts_are_unchanged(
    old: str, new: str, shift: int
) -> None:
    old_keys, old_counts, _ = _whole_lines(old, len(_tokens(old, 0)))
    new_keys, new_counts, _ = _whole_lines(new, len(_tokens(new, 0)))
    counts = (old_counts, new_counts)
    # every line paired with the one ``shift`` lines further on, where there is one
    pairs = {at: at + shift for at in range(len(old_keys)) if at + shift < len(new_keys)}
    given_counts = repaired_pairs(old_keys, new_keys, pairs, counts=counts)
    assert given_counts == repaired_pairs(_tokens(old, 0), _tokens(new, 0), pairs)
    half_old, half_new = len(old_keys) // 2, len(new_keys) // 2
    changed = [
        (range(0, half_old), range(half_new, len(new_keys))),
        (range(half_old, len(old_keys)), range(0, half_new)),
    ]
    assert short_moves(old_keys, new_keys, changed, 24, counts) == short_moves(
        old_keys, new_keys, changed, 24
    )
