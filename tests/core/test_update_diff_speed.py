"""The update path's quicker tables read as the straightforward walks they replace."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.block_diff import Block, _align, surviving_blocks
from desktop_app.core.repeated_line_pairs import REACH, nearest_unique_lines

KEYS = ["Ends", "Sent: Monday", "Dear guest,", "alpha", "beta", "gamma", "", ""]


def _nearest_by_walking(
    keys: list[str], count: Counter[str], index: int, step: int
) -> tuple[int, bool] | None:
    """The nearest non-blank line standing once from ``index`` in direction ``step``,
    walked a line at a time (at most ``REACH``), and whether a blank line lies between."""
    at, parted = index + step, False
    for _ in range(REACH):
        if not 0 <= at < len(keys):
            return None
        key = keys[at]
        if key and count[key] == 1:
            return at, parted
        parted = parted or not key
        at += step
    return None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(KEYS), max_size=2 * REACH + 20), st.sampled_from([-1, 1]))
def test_nearest_unique_lines_read_as_walking_from_each_line(keys: list[str], step: int) -> None:
    count = Counter(keys)
    table = nearest_unique_lines(keys, count, step)
    assert table == [_nearest_by_walking(keys, count, index, step) for index in range(len(keys))]


def test_nearest_unique_lines_stop_at_reach_and_see_blank_lines_between() -> None:
    keys = ["one", "Ends", "", "Ends", *["Ends"] * REACH, "two"]
    count = Counter(keys)
    above = nearest_unique_lines(keys, count, -1)
    below = nearest_unique_lines(keys, count, 1)
    assert above[1] == (0, False)
    assert above[3] == (0, True)  # the blank line between parts them
    assert above[len(keys) - 1] is None  # "one" lies more than REACH lines up
    assert below[len(keys) - 2] == (len(keys) - 1, False)
    assert below[1] is None  # "two" lies more than REACH lines down


class _Forgetful(dict[tuple[str, str, int], list[Block]]):
    """A memo that keeps nothing: every pair of stretches is compared afresh."""

    def __setitem__(self, key: tuple[str, str, int], value: list[Block]) -> None:
        return None


SENTENCES = [
    "The committee met on Monday. ",
    "Minutes were read and approved. ",
    "Ends\n",
    "The committee met on Monday and agreed. ",
    "A vote was taken by show of hands.\n",
    "\n",
]
#: Edits made alike wherever they apply: the same sentence or word changed in many places.
EDITS = [("Monday", "Mnoday"), ("approved", "aproved"), ("hands.", "hands!"), ("Ends", "End")]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=40),
    st.lists(st.sampled_from(EDITS), max_size=3),
    st.lists(st.sampled_from(SENTENCES), max_size=4),
)
def test_pairs_compared_again_give_the_blocks_compared_afresh(
    sentences: list[str], edits: list[tuple[str, str]], added: list[str]
) -> None:
    old = "".join(sentences)
    new = "".join(sentences[: len(sentences) // 2] + added + sentences[len(sentences) // 2 :])
    for before, after in edits:
        new = new.replace(before, after)
    afresh: list[Block] = []
    _align(old, new, 0, 0, 0, afresh, _Forgetful())
    assert surviving_blocks(old, new) == afresh
