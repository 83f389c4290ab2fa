"""Quotes across a blank line placed beside another unit alike but for figures:
``core.quote_only_crossed_units``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_crossed_units import (
    another_unit_past_the_edge,
    leads_its_line,
    review_another_unit_past_the_edge,
)
from desktop_app.core.quote_search import Placement

#: Rounds of a focus group: each opens with a line number, a recording time and the
#: moderator's question (one template), then the participants' turns.
ROUNDS = (
    ("00:18:10", "P8: I agree with that."),
    ("00:21:05", "P2: The night buses stop at 23:00, that is the problem."),
    ("00:24:40", "P5: My kids take it to school, so it has to be safe."),
    ("00:27:15", "P1: Cheaper tickets, honestly."),
)


def transcript(order: tuple[int, ...], times: tuple[str, ...] | None = None) -> str:
    """The rounds in ``order``, line numbers counting down the page from 0001."""
    blocks, number = [], 1
    for index in order:
        time = (times or tuple(sung for sung, _ in ROUNDS))[index]
        turn = ROUNDS[index][1]
        question = "Moderator: What would make you use the bus more often?"
        blocks.append(f"{number:04}  [{time}] {question}\n{number + 1:04}  {turn}")
        number += 2
    return "Focus group, Leeds\n\n" + "\n\n".join(blocks) + "\n\nEnd of transcript.\n"


def _across(text: str, turn: str, ahead: int) -> tuple[int, int]:
    """A span from ``turn``'s last words across the blank line after it, ``ahead`` code
    points into the next round."""
    edge = text.index(turn) + len(turn)
    assert text.startswith("\n\n", edge)
    return edge - 6, edge + 2 + ahead


def test_a_line_number_leads_its_line() -> None:
    text = "0014  [00:18:10] Moderator\nLetter 10 · 13 March"
    assert leads_its_line(text, 0)
    assert not leads_its_line(text, text.index("18"))
    assert leads_its_line(text, text.index("10 ·"))
    assert not leads_its_line(text, text.index("13"))


def test_the_round_beside_it_re_sorted_goes_to_review() -> None:
    old = transcript((0, 1, 2, 3))
    start, end = _across(old, ROUNDS[0][1], 16)  # "…that.\n\n0003  [00:21:05]"
    _, quote = describe(old, start, end)
    new = transcript((0, 2, 1, 3))  # the round after it is now another, its time other
    at = new.index(" that.\n\n")
    found = Placement("fuzzy", at, at + end - start, 0.95)
    assert new[found.start : found.end] == " that.\n\n0003  [00:24:40]"
    assert another_unit_past_the_edge(new, found.start, found.end, quote)
    reviewed = review_another_unit_past_the_edge(new, quote, found)
    assert reviewed == found._replace(state="review")


def test_renumbered_rounds_keep_the_placement() -> None:
    old = transcript((0, 1, 2, 3))
    start, end = _across(old, ROUNDS[1][1], 16)
    _, quote = describe(old, start, end)
    new = "Focus group, Leeds\n\nA note put in.\n" + old[len("Focus group, Leeds\n") :]
    shift = len("A note put in.\n")
    found = Placement("exact", start + shift, end + shift, 1.0)
    assert not another_unit_past_the_edge(new, found.start, found.end, quote)
    renumbered = transcript((3, 0, 1, 2))  # the pair kept together, numbers rewritten
    at = renumbered.index(ROUNDS[1][1]) + len(ROUNDS[1][1]) - 6
    moved = Placement("fuzzy", at, at + end - start, 0.95)
    assert not another_unit_past_the_edge(renumbered, moved.start, moved.end, quote)
    assert review_another_unit_past_the_edge(renumbered, quote, moved) == moved


def test_one_figure_corrected_past_the_line_keeps_the_placement() -> None:
    old = transcript((0, 1, 2, 3))
    start, end = _across(old, ROUNDS[0][1], 16)
    _, quote = describe(old, start, end)
    times = ("00:18:10", "00:21:06", "00:24:40", "00:27:15")  # one figure corrected
    new = transcript((0, 1, 2, 3), times)
    found = Placement("fuzzy", start, end, 0.97)
    assert review_another_unit_past_the_edge(new, quote, found) == found


def test_a_neighbour_deleted_or_shifted_keeps_the_placement() -> None:
    old = transcript((0, 1, 2, 3))
    start, end = _across(old, ROUNDS[0][1], 16)
    _, quote = describe(old, start, end)
    deleted = transcript((0, 2, 3))  # its neighbour gone: no copy of its line elsewhere
    at = deleted.index(" that.\n\n")
    found = Placement("fuzzy", at, at + end - start, 0.95)
    assert not another_unit_past_the_edge(deleted, found.start, found.end, quote)
    times = ("00:18:10", "00:24:35", "00:24:40", "00:27:15")  # its neighbour's clock shifted
    shifted = transcript((0, 1, 2, 3), times)
    found = Placement("fuzzy", start, end, 0.95)
    assert review_another_unit_past_the_edge(shifted, quote, found) == found


def test_a_unit_standing_once_keeps_the_placement() -> None:
    old = "Minutes\n\nItem 1 passed at 10:20 on 13 May.\n\nClosing words by the chair."
    edge = old.index("\n\nClosing")
    _, quote = describe(old, edge - 10, edge + 9)
    new = old.replace("10:20 on 13 May", "11:45 on 14 May")
    assert not another_unit_past_the_edge(new, edge - 10, edge + 9, quote)


@settings(max_examples=60, deadline=None)
@given(
    round_index=st.integers(min_value=0, max_value=len(ROUNDS) - 2),
    ahead=st.integers(min_value=1, max_value=40),
    state=st.sampled_from(["exact", "moved", "fuzzy"]),
)
def test_a_passage_across_an_edge_in_the_unchanged_text_stays(
    round_index: int, ahead: int, state: str
) -> None:
    text = transcript((0, 1, 2, 3))
    start, end = _across(text, ROUNDS[round_index][1], ahead)
    _, quote = describe(text, start, end)
    found = Placement(state, start, end, 1.0)  # type: ignore[arg-type]
    assert review_another_unit_past_the_edge(text, quote, found) == found


def test_placements_not_placed_are_left_alone() -> None:
    old = transcript((0, 1, 2, 3))
    start, end = _across(old, ROUNDS[0][1], 16)
    _, quote = describe(old, start, end)
    new = transcript((0, 2, 1, 3))
    for state in ("review", "orphaned"):
        found = Placement(state, start, end, 0.5)
        assert review_another_unit_past_the_edge(new, quote, found) == found
