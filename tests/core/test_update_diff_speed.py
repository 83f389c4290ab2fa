"""The update path's quicker tables read as the straightforward walks they replace."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from desktop_app.core.block_diff import (
    MOVE_MIN,
    Block,
    _align,
    _Counts,
    _edited_moves,
    _moves,
    surviving_blocks,
)
from desktop_app.core.block_moves import Edit, slid_to_moves
from desktop_app.core.repeated_line_pairs import (
    REACH,
    _kept_runs,
    has_repeated_lines,
    lines_read_alike,
    lines_to_pair_again,
    nearest_unique_lines,
    repaired_pairs,
    repaired_pairs_of_keys,
)
from desktop_app.core.short_moves import short_moves
from tests.core.test_repeated_line_pairs import _pairs as _greedy_pairs

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


class _Forgetful(dict[tuple[str, str, int], tuple[list[Block], int, int, int, int]]):
    """A memo that keeps nothing: every pair of stretches is compared afresh."""

    def __setitem__(
        self, key: tuple[str, str, int], value: tuple[list[Block], int, int, int, int]
    ) -> None:
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


#: Lines long enough to be moves (``MOVE_MIN``), some alike enough to be edited moves.
MOVABLE = [
    "The committee met on Monday and agreed.",
    "The committee met on Monday and agreed!",
    "A vote was taken by a show of hands.",
    "Minutes of the last meeting were approved.",
    "short",
    "",
]


def _stretches_of(old: list[str], new: list[str]) -> list[tuple[range, range]]:
    """The changed stretches of a line diff as ``block_diff._emit`` joins them."""
    steps = slid_to_moves(list(map(Edit._make, Indel.opcodes(old, new).as_list())), old, new)
    changed: list[tuple[range, range]] = []
    for tag, src_start, src_end, dest_start, dest_end in steps:
        if tag == "equal":
            continue
        if changed and changed[-1][0].stop == src_start and changed[-1][1].stop == dest_start:
            last = changed[-1]
            changed[-1] = (range(last[0].start, src_end), range(last[1].start, dest_end))
        else:
            changed.append((range(src_start, src_end), range(dest_start, dest_end)))
    return changed


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(MOVABLE), max_size=12),
    st.lists(st.sampled_from(MOVABLE), max_size=12),
)
# a move, an edited move, a short move: the drawn lists seldom give one (an edited move
# hardly ever)
@example([MOVABLE[2], MOVABLE[3], MOVABLE[0]], [MOVABLE[3], MOVABLE[0], MOVABLE[2]])
@example([MOVABLE[0], MOVABLE[2]], [MOVABLE[2], MOVABLE[1]])
@example([MOVABLE[4], MOVABLE[2], MOVABLE[3]], [MOVABLE[2], MOVABLE[3], MOVABLE[4]])
def test_moves_join_two_changed_stretches(old: list[str], new: list[str]) -> None:
    # why ``_moves``, ``_edited_moves`` and ``short_moves`` answer at once when one stretch
    # changed: each pair they find leaves one stretch for another
    changed = _stretches_of(old, new)
    counts = _Counts(old, new)
    moves = _moves(old, changed, counts)
    edited = _edited_moves(old, new, changed, moves, counts)
    for found in (moves, edited, short_moves(old, new, changed, MOVE_MIN)):
        for i, j in found:
            stretch_of_old = next(at for at, (lost, _) in enumerate(changed) if i in lost)
            stretch_of_new = next(at for at, (_, put) in enumerate(changed) if j in put)
            assert stretch_of_old != stretch_of_new


def test_a_line_moved_between_two_stretches_is_found() -> None:
    old = [MOVABLE[2], "one", MOVABLE[3], "two", "three"]
    new = ["one", MOVABLE[3], "two", MOVABLE[2], "three"]
    changed = _stretches_of(old, new)
    assert len(changed) == 2
    assert _moves(old, changed, _Counts(old, new)) == [(0, 3)]


def _kept_runs_by_definition(
    old: list[str], new: list[str], pairs: dict[int, int]
) -> list[int | None]:
    """Per old line, the first line of the stretch it shares with the lines above it that
    are paired, line for line and reading alike, by as many lines; None when unpaired."""
    first: list[int | None] = []
    for index, key in enumerate(old):
        at = pairs.get(index)
        if at is None or new[at] != key:
            first.append(None)
        elif index and first[-1] is not None and pairs[index - 1] - (index - 1) == at - index:
            first.append(first[-1])
        else:
            first.append(index)
    return first


LINE_KEYS = ["Ends", "Sent: Monday", "alpha", "beta", "gamma", ""]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(LINE_KEYS), max_size=30),
    st.lists(st.sampled_from(LINE_KEYS), max_size=30),
    st.data(),
)
def test_kept_runs_hold_the_lines_paired_alike_by_one_shift(
    old: list[str], new: list[str], data: st.DataObject
) -> None:
    pairs = _greedy_pairs(old, new)
    if new and old:  # now and then a line paired with one that reads otherwise
        index = data.draw(st.integers(0, len(old) - 1))
        pairs[index] = data.draw(st.integers(0, len(new) - 1))
    runs = _kept_runs(old, new, pairs)
    first = _kept_runs_by_definition(old, new, pairs)
    assert [run == -1 for run in runs] == [start is None for start in first]
    for one in range(len(old)):
        for other in range(len(old)):
            if runs[one] != -1 and runs[other] != -1:
                assert (runs[one] == runs[other]) == (first[one] == first[other])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(LINE_KEYS), max_size=40),
    st.lists(st.sampled_from(LINE_KEYS), max_size=40),
)
def test_a_line_in_a_kept_stretch_with_its_anchors_stands_by_its_own_pairing(
    old: list[str], new: list[str]
) -> None:
    # why ``repaired_pairs`` reads such a line off its tables instead of walking to its
    # nearest unique lines: each anchor, where the diff put it, and the lines between
    # reading alike there, gives the line's own pairing
    pairs = _greedy_pairs(old, new)
    old_count = Counter(old)
    runs = _kept_runs(old, new, pairs)
    above, below = nearest_unique_lines(old, old_count, -1), nearest_unique_lines(old, old_count, 1)
    for index in range(len(old)):
        up, down = above[index], below[index]
        if up is None or down is None or runs[index] == -1:
            continue
        if not runs[up[0]] == runs[index] == runs[down[0]]:
            continue
        for at, lo, hi in ((up[0], up[0] + 1, index + 1), (down[0], index, down[0])):
            went = pairs[at]
            assert went + index - at == pairs[index]
            assert lines_read_alike(old, new, lo, hi, went - at)


def test_repeated_lines_in_kept_stretches_keep_their_copies() -> None:
    old = ["First entry", "Ends", "", "Second entry", "Ends", "", "Third entry", "Ends"]
    new = ["First entry", "Ends", "", "Second entry", "Ends", "", "Third entry", "Ends", "x"]
    changes, doubtful = repaired_pairs(old, new, _greedy_pairs(old, new))
    assert changes == {}
    assert doubtful == set()


def test_a_short_line_moved_between_two_stretches_is_found() -> None:
    old = ["short", "one", MOVABLE[3], "two", "three"]
    new = ["one", MOVABLE[3], "two", "short", "three"]
    changed = _stretches_of(old, new)
    assert len(changed) == 2
    assert short_moves(old, new, changed, MOVE_MIN) == [(0, 3)]


RAW_LINES = ["Ends\n", " Ends\n", "Ends", "alpha \n", "alpha\n", "\n", "  \n", "short\n", *MOVABLE]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(RAW_LINES), max_size=14),
    st.lists(st.sampled_from(RAW_LINES), max_size=14),
)
def test_line_rules_read_stripped_lines_as_the_lines_themselves(
    old: list[str], new: list[str]
) -> None:
    # why the diff hands its stripped lines (``_Counts.keys``) to these: each strips what
    # it reads
    old_keys, new_keys = _Counts(old, new).keys()
    changed = _stretches_of(old, new)
    assert has_repeated_lines(old_keys, new_keys) == has_repeated_lines(old, new)
    assert short_moves(old_keys, new_keys, changed, MOVE_MIN) == short_moves(
        old, new, changed, MOVE_MIN
    )
    pairs = _greedy_pairs(old, new)
    assert repaired_pairs(old_keys, new_keys, pairs) == repaired_pairs(old, new, pairs)
    # the diff hands its counts too (``_Counts.get``): nothing stripped or counted again
    assert repaired_pairs_of_keys(old_keys, new_keys, *_Counts(old, new).get(), pairs) == (
        repaired_pairs(old, new, pairs)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(KEYS), max_size=20), st.lists(st.sampled_from(KEYS), max_size=20))
def test_lines_to_pair_again_are_those_a_walk_over_the_lines_picks(
    old: list[str], new: list[str]
) -> None:
    old_count, new_count = Counter(old), Counter(new)
    walked = [
        index
        for index, key in enumerate(old)
        if key and new_count[key] and not (old_count[key] == 1 and new_count[key] == 1)
    ]
    assert lines_to_pair_again(old, old_count, new_count) == walked


def test_a_line_standing_once_in_each_text_is_not_paired_again() -> None:
    old = ["Ends", "alpha", "", "Ends", "gone"]
    new = ["alpha", "Ends", "Ends", ""]
    # "Ends" twice in each: both its lines; "alpha" once in each, blank and "gone" never
    assert lines_to_pair_again(old, Counter(old), Counter(new)) == [0, 3]
