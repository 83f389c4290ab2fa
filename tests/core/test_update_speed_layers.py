"""The update path's per-text tables and per-line comparisons read as the straightforward loops."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.block_diff import (
    MOVE_MIN,
    _offsets,
    _Run,
    _tokens,
    _without_blank_runs,
)
from desktop_app.core.line_neighbours import Lines, RepeatedLines
from desktop_app.core.repeated_line_pairs import lines_read_alike

LONG = "a line long enough to be a repeated line"
PIECES = [LONG, "short", "", " ", "\t", "another line, also long enough to count", "x\n", "\n"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("\n".join)


def _line_starts_by_finding(text: str) -> list[int]:
    """Where each line starts, one line break found after another."""
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_line_starts_read_as_by_finding_breaks(text: str) -> None:
    lines = Lines(text)
    assert lines.starts == _line_starts_by_finding(text)
    assert lines.length == len(text)


def _repeated_by_grouping(text: str) -> tuple[list[int], list[int]]:
    """``RepeatedLines``' starts and ends, every long line grouped by its text."""
    groups: dict[str, list[int]] = {}
    at = 0
    for line in text.split("\n"):
        if len(line.strip()) >= MOVE_MIN:
            groups.setdefault(line, []).append(at)
        at += len(line) + 1
    spans = sorted(
        (start, start + len(line))
        for line, starts in groups.items()
        if len(starts) > 1
        for start in starts
    )
    return [start for start, _ in spans], [end for _, end in spans]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_repeated_lines_read_as_by_grouping(text: str) -> None:
    repeated = RepeatedLines(text)
    assert (repeated.starts, repeated.ends) == _repeated_by_grouping(text)


def _surroundings_by_walking(text: str, start: int, end: int) -> tuple[int, int] | None:
    """From the last visible character before the first line ``[start, end)`` touches to
    the first one after the last, found by walking the text."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", max(start, end - 1))
    last = len(text) if last == -1 else last
    before, after = first - 1, last
    while before >= 0 and text[before].isspace():
        before -= 1
    while after < len(text) and text[after].isspace():
        after += 1
    if before < 0 or after >= len(text):
        return None
    return before, after + 1


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 400), st.integers(0, 200))
def test_surroundings_of_lines_read_as_by_walking(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    lines = Lines(text)
    assert lines.surroundings_of_lines(start, end) == _surroundings_by_walking(text, start, end)
    if end > start and lines.line_of(start, end) is not None:  # one line: as ever
        assert lines.surroundings(start, end) == lines.surroundings_of_lines(start, end)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "", "c"]), min_size=1, max_size=12),
    st.lists(st.sampled_from(["a", "b", "", "c"]), min_size=1, max_size=12),
    st.data(),
)
def test_lines_read_alike_as_line_by_line(
    old: list[str], new: list[str], data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(old) - 1))
    hi = data.draw(st.integers(lo + 1, len(old)))
    # a shift that keeps every compared new line inside the new text
    shift = data.draw(st.integers(-lo, len(new) - hi)) if len(new) - hi >= -lo else None
    if shift is None:
        return
    by_line = not any(old[k] != new[k + shift] for k in range(lo, hi))
    assert lines_read_alike(old, new, lo, hi, shift) == by_line


def _without_blank_runs_by_table(
    runs: list[_Run], tokens: list[str], offsets: list[int]
) -> list[_Run]:
    """``_without_blank_runs`` finding each run's tokens in a table of every offset."""
    starts = {offset: index for index, offset in enumerate(offsets)}
    if len(runs) < 3:
        return runs
    kept: list[_Run] = []
    for index, run in enumerate(runs):
        if run.equal and 0 < index < len(runs) - 1:
            first, last = starts[run.old_lo], starts[run.old_hi]
            if all(not token.strip() for token in tokens[first:last]):
                run = _Run(False, run.old_lo, run.old_hi, run.new_lo, run.new_hi)
        if kept and not run.equal and not kept[-1].equal:
            kept[-1].old_hi, kept[-1].new_hi = run.old_hi, run.new_hi
        else:
            kept.append(run)
    return kept


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.lists(st.integers(1, 4), min_size=1, max_size=12))
def test_blank_runs_found_by_bisection_as_by_table(text: str, sizes: list[int]) -> None:
    tokens = _tokens(text, 0) if text else []  # lines: the level whose runs are merged so
    offsets = _offsets(tokens)
    runs: list[_Run] = []
    at, equal = 0, True
    for size in sizes:  # runs alternating equal and changed over the tokens
        if at >= len(tokens):
            break
        stop = min(len(tokens), at + size)
        runs.append(_Run(equal, offsets[at], offsets[stop], offsets[at], offsets[stop]))
        at, equal = stop, not equal

    def copied() -> list[_Run]:
        return [_Run(r.equal, r.old_lo, r.old_hi, r.new_lo, r.new_hi) for r in runs]

    assert _without_blank_runs(copied(), tokens, offsets) == _without_blank_runs_by_table(
        copied(), tokens, offsets
    )
