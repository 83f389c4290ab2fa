"""Tests for re-pairing lines moved past their twins and for passages reordered within."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.block_diff import Block
from desktop_app.core.diff_placement import map_through
from desktop_app.core.reordered_within import own_lines_reordered
from desktop_app.core.twin_line_moves import twin_lines_repaired

DETAILS = (
    "Replaced by a bus between Radyr and Pontypridd.",
    "Change at Pontypridd; the connection is held for 3 minutes.",
    "Arrives Cardiff Central at 07:35, 4 minutes later than shown.",
)
CLOSING = "Does not run on public holidays."


def _entry(day: int, detail: str) -> tuple[str, str]:
    header = f"{day} Feb 2026 — footnote A — train {7180 + day}"
    return header, f"{detail}\n{CLOSING}"


def _register(days: list[int], moved: set[int]) -> tuple[str, str]:
    """Old and new text of a register whose entries in ``moved`` had their header put last."""
    old, new = [], []
    for index, day in enumerate(days):
        header, body = _entry(day, DETAILS[index % len(DETAILS)])
        old.append(f"{header}\n{body}")
        new.append(f"{body}\n{header}" if index in moved else f"{header}\n{body}")
    return "Footnotes\n\n" + "\n\n".join(old), "Footnotes\n\n" + "\n\n".join(new)


def _consistent(old: str, new: str, blocks: list[Block]) -> bool:
    """Every block maps equal text, and no two blocks share a character on either side."""
    for side in ("old", "new"):
        spans = sorted((getattr(b, side), getattr(b, side) + b.length) for b in blocks)
        if any(a[1] > b[0] for a, b in pairwise(spans)):
            return False
    return all(old[b.old : b.old + b.length] == new[b.new : b.new + b.length] for b in blocks)


def test_headers_moved_after_their_closing_are_each_paired_with_their_own_copy() -> None:
    old, new = _register([12, 13, 14], {0, 1, 2})
    alignment = Alignment(old, new)
    for day in (12, 13, 14):
        header = _entry(day, "")[0]
        pieces = alignment.pieces(old.index(header), old.index(header) + len(header))
        assert [(p.new, p.length) for p in pieces] == [(new.index(header), len(header))]


def test_a_line_edited_in_place_whose_old_wording_was_pasted_elsewhere_stays_paired() -> None:
    line = "Arrives Cardiff Central at 07:35, 4 minutes later than shown."
    old = f"Notes\n\n{line}\n{CLOSING}\n\nContact\n\nTickets are sold on board."
    edited = line.replace("07:35", "07:36")
    new = f"Notes\n\n{edited}\n{CLOSING}\n\nContact\n\nTickets are sold on board.\n\n{line}"
    blocks = [Block(0, 0, 7, False), Block(7, 7, len(old) - 7, False)]
    assert twin_lines_repaired(old, new, blocks) == blocks


def test_a_whole_entry_whose_header_went_last_is_placed_whole() -> None:
    old, new = _register([12, 13, 14], {1})
    header, body = _entry(13, DETAILS[1])
    start = old.index(header)
    end = start + len(header) + 1 + len(body)
    alignment = Alignment(old, new)
    assert own_lines_reordered(alignment, alignment.pieces(start, end), start, end) is not None
    placement = map_through(alignment, new, *describe(old, start, end))
    assert new[placement.start : placement.end] == f"{body}\n{header}"


def test_entries_reordered_as_whole_paragraphs_are_left_to_the_diff() -> None:
    old = "Footnotes\n\n" + "\n\n".join("\n".join(_entry(d, DETAILS[d % 3])) for d in (1, 2, 3))
    paragraphs = old.split("\n\n")
    new = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[1], paragraphs[3]])
    start = old.index(paragraphs[1])
    end = old.index(paragraphs[2]) + len(paragraphs[2])
    alignment = Alignment(old, new)
    assert own_lines_reordered(alignment, alignment.pieces(start, end), start, end) is None


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(1, 28), min_size=2, max_size=6),
    st.sets(st.integers(0, 5)),
)
def test_repaired_blocks_stay_one_to_one_and_map_equal_text(
    days: list[int], moved: set[int]
) -> None:
    old, new = _register(days, moved)
    alignment = Alignment(old, new)
    assert _consistent(old, new, alignment.blocks)
