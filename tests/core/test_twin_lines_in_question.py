"""The twin-line repair, reading only lines outside the blocks that hold them whole, re-pairs
what reading every line did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.block_diff import Block, surviving_blocks
from desktop_app.core.overlay_marks import through_overlay_marks
from desktop_app.core.twin_line_moves import (
    NEAR,
    _bare,
    _ByOld,
    _line_at,
    _unique_lines,
    _without,
    twin_lines_repaired,
)

#: Entries of a register whose headers differ by a figure (twins for the diff), short lines
#: and blank ones, so that lines move past their twins and some stand twice.
LINES = [
    "12 Feb 2026 — footnote A — train 7192",
    "13 Feb 2026 — footnote A — train 7193",
    "14 Feb 2026 — footnote A — train 7194",
    "Replaced by a bus between Radyr and Pontypridd.",
    "Does not run on public holidays.",
    "Change here",
    "",
    "x",
]
TEXTS = st.lists(st.sampled_from(LINES), max_size=14).map("\n".join)


def _repaired_reading_every_line(old: str, new: str, blocks: list[Block]) -> list[Block]:
    """``twin_lines_repaired`` as it read every line standing once (before lines held whole
    by a block were skipped)."""
    old_lines, new_lines = _unique_lines(old), _unique_lines(new)
    by_old = _ByOld(blocks)
    pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for line, old_span in old_lines.items():
        new_span = new_lines.get(line)
        if new_span is None or by_old.whole(old_span, new_span):
            continue
        landing = by_old.landing(old_span)
        if landing is None:
            continue
        twin = _line_at(new, landing)
        if twin == line or twin not in old_lines or twin not in new_lines:
            continue
        if by_old.whole(old_lines[twin], new_lines[twin]):
            continue
        lo, hi = sorted((landing, new_span[0]))
        if new.count("\n\n", lo, hi) > NEAR:
            continue
        pairs.append((old_span, new_span))
    if not pairs:
        return blocks
    for old_span, new_span in pairs:
        blocks = _without(_without(blocks, old_span, "old"), new_span, "new")
    for old_span, new_span in pairs:
        blocks.append(Block(old_span[0], new_span[0], old_span[1] - old_span[0], True))
    for line, old_span in old_lines.items():
        copy = new_lines.get(line)
        if copy is not None and _bare(blocks, old_span, "old") and _bare(blocks, copy, "new"):
            blocks.append(Block(old_span[0], copy[0], old_span[1] - old_span[0], True))
    return blocks


@settings(max_examples=400, deadline=None)
@given(TEXTS, TEXTS)
def test_the_diffs_blocks_are_repaired_as_by_reading_every_line(old: str, new: str) -> None:
    blocks = through_overlay_marks(old, new, surviving_blocks)
    assert twin_lines_repaired(old, new, list(blocks)) == _repaired_reading_every_line(
        old, new, list(blocks)
    )


@settings(max_examples=400, deadline=None)
@given(
    TEXTS,
    TEXTS,
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200), st.integers(0, 80)), max_size=6),
)
def test_any_blocks_are_repaired_as_by_reading_every_line(
    old: str, new: str, spans: list[tuple[int, int, int]]
) -> None:
    # blocks that copy other text, overlap or run past the end: every line is read then
    blocks = [Block(lo, at, length) for lo, at, length in spans]
    assert twin_lines_repaired(old, new, list(blocks)) == _repaired_reading_every_line(
        old, new, list(blocks)
    )


def test_a_header_moved_past_its_twin_is_repaired_with_lines_held_whole_skipped() -> None:
    head = ["Register", "", "Does not run on public holidays.", ""]
    old = "\n".join([*head, LINES[0], LINES[3], LINES[1], LINES[4]])
    new = "\n".join([*head, LINES[3], LINES[0], LINES[4], LINES[1]])
    blocks = through_overlay_marks(old, new, surviving_blocks)
    repaired = twin_lines_repaired(old, new, list(blocks))
    assert repaired == _repaired_reading_every_line(old, new, list(blocks))
    assert any(block.old == old.index(LINES[0]) for block in repaired)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), max_size=12).flatmap(
        lambda lines: st.tuples(st.just(lines), st.permutations(lines))
    )
)
def test_lines_put_in_another_order_are_repaired_as_by_reading_every_line(
    orders: tuple[list[str], list[str]],
) -> None:
    old, new = "\n".join(orders[0]), "\n".join(orders[1])
    blocks = through_overlay_marks(old, new, surviving_blocks)
    assert twin_lines_repaired(old, new, list(blocks)) == _repaired_reading_every_line(
        old, new, list(blocks)
    )
