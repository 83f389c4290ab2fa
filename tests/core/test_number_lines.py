"""Tests for putting back the ends of a passage that opens with a renumbered number line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.number_lines import number_lines_put_back
from desktop_app.core.quote_search import Placement
from tests.core.test_reanchor import _updated_once

LINES = (
    "Leaks lose about a fifth of the water we treat.",
    "[INTERVIEWER] And what about farmers?",
    "The hosepipe ban starts on Friday.",
    "Thank you.",
    "Farmers in the east are losing a third of their crop.",
    "We need two new reservoirs by 2040.",
)


def _cues(lines: list[str], first: int = 1) -> str:
    """Subtitle cues numbered from ``first``, one line of text each."""
    cues = []
    for offset, line in enumerate(lines):
        seconds = 4 * offset
        timing = f"00:01:{seconds:02d},100 --> 00:01:{seconds + 3:02d},900"
        cues.append(f"{first + offset}\n{timing}\n{line}")
    return "\n\n".join(cues)


def _merged(lines: list[str], at: int) -> tuple[str, str]:
    """Old cues and new ones with cue ``at`` joined to the one before (the rest renumbered)."""
    old = _cues(lines)
    joined = [*lines[: at - 1], lines[at - 1] + "\n" + lines[at], *lines[at + 1 :]]
    new_cues = _cues(joined).split("\n\n")
    # the joined cue keeps the first cue's timing; those below keep their own timings
    old_cues = old.split("\n\n")
    renumbered = [
        f"{n + 1}\n" + (old_cues[n] if n < at else old_cues[n + 1]).split("\n", 1)[1]
        for n in range(len(new_cues))
    ]
    renumbered[at - 1] += "\n" + lines[at]
    return old, "\n\n".join(renumbered)


def _updated(old: str, start: int, end: int, new: str) -> Placement:
    return _updated_once(old, (start, end), new, title="Cues").placement


def test_a_placement_a_number_line_off_is_put_back_on_its_own_cue() -> None:
    new = "22\n00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth.\n\n23\n00:01:38,626 --> x"
    quote = "23\n00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth."
    start = new.index("00:01:34")
    placed = Placement("fuzzy", start, new.index("\n00:01:38"), 0.98)
    put_back = number_lines_put_back(new, quote, placed)
    assert new[put_back.start : put_back.end] == (
        "22\n00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth."
    )
    assert put_back.state == "fuzzy"
    assert put_back.score > 0.95


def test_a_placement_not_fuzzy_or_a_quote_without_a_number_line_is_left_alone() -> None:
    new = "22\n00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth.\n\n23\n00:01:38,626 --> x"
    start, end = new.index("00:01:34"), new.index("\n00:01:38")
    numbered = "23\n00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth."
    exact = Placement("moved", start, end, 1.0)
    assert number_lines_put_back(new, numbered, exact) == exact
    fuzzy = Placement("fuzzy", start, end, 0.9)
    unnumbered = "00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth.\n\n2"
    assert number_lines_put_back(new, unnumbered, fuzzy) == fuzzy
    ending_on_a_number = numbered + "\n\n24"
    assert number_lines_put_back(new, ending_on_a_number, fuzzy) == fuzzy


def test_a_placement_already_on_its_number_line_is_left_alone() -> None:
    new = "22\n00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth.\n\n23\n00:01:38,626 --> x"
    quote = "23\n00:01:34,478 --> 00:01:37,589\nLeaks lose a fifth."
    placed = Placement("fuzzy", 0, new.index("\n\n23"), 0.97)
    assert number_lines_put_back(new, quote, placed) == placed


@settings(max_examples=40, deadline=None)
@given(at=st.integers(min_value=1, max_value=len(LINES) - 2), data=st.data())
def test_an_update_joining_two_cues_keeps_every_cue_below_on_its_own_number(
    at: int, data: st.DataObject
) -> None:
    old, new = _merged(list(LINES), at)
    cue = data.draw(st.integers(min_value=at + 1, max_value=len(LINES) - 1))
    old_cues = old.split("\n\n")
    start = sum(len(c) + 2 for c in old_cues[:cue])
    end = start + len(old_cues[cue])
    placement = _updated(old, start, end, new)
    new_cues = new.split("\n\n")
    expected_start = sum(len(c) + 2 for c in new_cues[: cue - 1])
    assert (placement.start, placement.end) == (
        expected_start,
        expected_start + len(new_cues[cue - 1]),
    )
