"""Tests for putting a passage back on the renumbered line number that opened it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.number_lines import numbered_line_start_put_back
from desktop_app.core.quote_search import PLACED_STATES, Placement
from tests.core.test_reanchor import _updated_once

TURNS = (
    "[00:13:31] I: And then what?",
    "R: My father was a worker and my mother worked at home.",
    "I: Mm-hm.",
    "R: We moved to Lisbon in 1998, with my mother and two brothers.",
    "I: How did that feel?",
    "R: The foreman was a hard man but fair, everyone said so.",
    "I: Yes.",
    "R: I still have the pay slips, every one of them, in a shoebox.",
)


def _numbered(turns: list[str]) -> str:
    """A transcript: each turn on its own line, numbered from 0001 before two spaces."""
    return "\n".join(f"{n + 1:04d}  {turn}" for n, turn in enumerate(turns))


def _line_start(text: str, line: int) -> int:
    return sum(len(each) + 1 for each in text.split("\n")[:line])


def test_a_placement_just_after_its_new_line_number_starts_on_it() -> None:
    old = "0041  I: Mm-hm.\n0042  [00:20:54] I: And then what?\n0043  R: I don't know."
    new = "0041  [00:20:54] I: And then what?\n0042  R: I don't know."
    old_start = old.index("0042")
    quote = old[old_start : old.index("0043") + 4]
    placed = Placement("fuzzy", new.index("[00:20:54]"), new.index("0042") + 4, 0.9)
    put_back = numbered_line_start_put_back(old, old_start, new, quote, placed)
    assert (put_back.start, put_back.end) == (0, placed.end)
    assert new[put_back.start : put_back.end].startswith("0041  [00:20:54]")
    assert put_back.state == "fuzzy"
    assert put_back.score > placed.score - 0.05


def test_placements_the_rule_is_not_about_are_left_alone() -> None:
    old = "0041  I: Mm-hm.\n0042  [00:20:54] I: And then what?\n0043  R: I don't know."
    new = "0041  [00:20:54] I: And then what?\n0042  R: I don't know."
    old_start = old.index("0042")
    quote = old[old_start : old.index("0043")]
    after_number = new.index("[00:20:54]")
    fuzzy = Placement("fuzzy", after_number, new.index("\n0042"), 0.9)
    # not fuzzy: a passage placed whole is where the diff put it
    moved = Placement("moved", after_number, new.index("\n0042"), 1.0)
    assert numbered_line_start_put_back(old, old_start, new, quote, moved) == moved
    # a quote that does not open with a line number
    unnumbered = old[old.index("[00:20:54]") : old.index("\n0043")]
    opened_inside = old.index("[00:20:54]")
    assert numbered_line_start_put_back(old, opened_inside, new, unnumbered, fuzzy) == fuzzy
    # a quote opening with a figure inside a line, not with its line's number
    inline = "0041  I: 12 of them were there."
    figure = inline.index("12")
    in_line = Placement("fuzzy", 9, 30, 0.9)
    assert numbered_line_start_put_back(inline, figure, inline, "12 of", in_line) == in_line
    # a placement opening its line already, or after more than a number on it
    at_line = Placement("fuzzy", 0, new.index("\n0042"), 0.9)
    assert numbered_line_start_put_back(old, old_start, new, quote, at_line) == at_line
    mid_line = Placement("fuzzy", new.index("I: And"), new.index("\n0042"), 0.9)
    assert numbered_line_start_put_back(old, old_start, new, quote, mid_line) == mid_line


@settings(max_examples=60, deadline=None)
@given(
    gone=st.integers(min_value=0, max_value=len(TURNS) - 3),
    data=st.data(),
)
def test_an_update_deleting_a_turn_starts_every_turn_below_on_its_new_number(
    gone: int, data: st.DataObject
) -> None:
    old = _numbered(list(TURNS))
    new = _numbered([turn for n, turn in enumerate(TURNS) if n != gone])
    first = data.draw(st.integers(min_value=gone + 1, max_value=len(TURNS) - 2))
    last = data.draw(st.integers(min_value=first, max_value=len(TURNS) - 1))
    start = _line_start(old, first)
    end = _line_start(old, last) + len(old.split("\n")[last])
    placement = _updated_once(old, (start, end), new, title="Transcript").placement
    # left for review is never wrong; placed, it opens on the turn's new number
    assert placement.state != "orphaned"
    if placement.state in PLACED_STATES:
        assert placement.start == _line_start(new, first - 1)
        assert new[placement.start : placement.start + 6] == f"{first:04d}  "
