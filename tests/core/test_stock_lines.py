"""Tests for a stock line reworded in some places (review, not a confident placement)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.diff_placement import map_through
from desktop_app.core.stock_lines import a_stock_line_reworded

CLOSING = "Does not run on public holidays."
REWORDED = "Not on public holidays."


def _register(details: list[str]) -> str:
    entries = [f"{n} Feb 2026 — train {7180 + n}\n{d}\n{CLOSING}" for n, d in enumerate(details)]
    return "Footnotes\n\n" + "\n\n".join(entries)


DETAILS = [
    "Replaced by a bus between Radyr and Pontypridd.",
    "Change at Pontypridd; the connection is held for 3 minutes.",
    "Arrives Cardiff Central at 07:35, 4 minutes later than shown.",
]


def test_a_stock_closing_reworded_in_some_entries_is_reviewed() -> None:
    old = _register(DETAILS + DETAILS[:1])
    first = old.index(CLOSING, old.index(DETAILS[1]))
    second = old.index(CLOSING, old.index(DETAILS[2]))
    new = old[:second] + REWORDED + old[second + len(CLOSING) :]
    new = new[:first] + REWORDED + new[first + len(CLOSING) :]
    placement = map_through(Alignment(old, new), new, *describe(old, first, first + len(CLOSING)))
    assert placement.state == "review"
    assert new[placement.start : placement.end] == REWORDED


def test_a_closing_reworded_in_one_entry_alone_is_left_to_the_diff() -> None:
    old = _register(DETAILS)
    start = old.index(CLOSING, old.index(DETAILS[1]))
    new = old[:start] + REWORDED + old[start + len(CLOSING) :]
    own = (start, start + len(CLOSING))
    assert not a_stock_line_reworded(Alignment(old, new), own, start, start + len(REWORDED))


def test_a_figure_corrected_on_a_repeated_line_is_not_a_rewording() -> None:
    old = _register([DETAILS[2], DETAILS[2], DETAILS[0]])
    start = old.index(DETAILS[2])
    new = old.replace("07:35", "07:36", 1)
    alignment = Alignment(old, new)
    assert not a_stock_line_reworded(
        alignment, (start, start + len(DETAILS[2])), start, start + len(DETAILS[2])
    )


@given(st.integers(0, len(CLOSING) - 1), st.sampled_from("xyzq"), st.integers(0, 2))
def test_a_typo_in_one_copy_of_a_stock_line_is_not_a_rewording(
    at: int, letter: str, entry: int
) -> None:
    old = _register(DETAILS)
    start = old.index(CLOSING, old.index(DETAILS[entry]))
    typo = CLOSING[:at] + letter + CLOSING[at + 1 :]
    new = old[:start] + typo + old[start + len(CLOSING) :]
    own = (start, start + len(CLOSING))
    assert not a_stock_line_reworded(Alignment(old, new), own, start, start + len(typo))
