"""Quote-only placement of a passage in review on the one copy of its quote, whole context,
whose twins differ from it by a figure only: ``core.figure_twins``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request
from desktop_app.core.figure_twins import (
    doubled,
    placed_neighbour_shifts,
    placed_neighbours,
    placed_on_its_one_copy,
    placed_on_their_one_copies,
)
from desktop_app.core.quote_search import Placement


def _entry(day: int, stall: int) -> str:
    return (
        f"{day} Jun 2026 — Ms Hương — stall {stall}\n"
        "Rice cakes and pork roll, 40 cakes.\nNot on public holidays.\n\n"
    )


def _register(days: range) -> str:
    return "Stall register\n\n" + "".join(_entry(day, 1700 + day) for day in days)


def _review_at(text: str, quote: str) -> Placement:
    start = text.index(quote)
    return Placement("review", start, start + len(quote), 0.98)


def test_the_one_copy_with_its_whole_context_is_placed_when_its_twins_stand_farther() -> None:
    old = _register(range(3, 8))
    quote = "7 Jun 2026 — Ms Hương — stall 1707"
    start = old.index(quote)
    position, stored = describe(old, start, start + len(quote))
    new = "A line put in at the top.\n\n" + old
    review = _review_at(new, quote)
    placed = placed_on_its_one_copy(new, position, stored, review, start)
    assert placed.state == "moved"
    assert new[placed.start : placed.end] == quote


def test_a_twin_nearer_to_where_the_passage_was_keeps_it_in_review() -> None:
    old = _register(range(3, 8))
    quote = "5 Jun 2026 — Ms Hương — stall 1705"
    start = old.index(quote)
    position, stored = describe(old, start, start + len(quote))
    review = _review_at(old, quote)
    # the passage's own entry corrected where it stood, its old wording copied far below
    corrected = old.replace(quote, "5 Jun 2026 — Ms Hương — stall 1755")
    new = corrected + "Copied:\n\n" + _entry(5, 1705)
    review = _review_at(new, quote)
    assert placed_on_its_one_copy(new, position, stored, review, start) == review


def test_a_stock_line_is_told_by_the_figure_in_its_own_paragraph_only() -> None:
    old = _register(range(3, 8))
    quote = "Rice cakes and pork roll, 40 cakes."
    start = old.index(quote, old.index("stall 1705"))
    position, stored = describe(old, start, start + len(quote))
    assert "1705" in stored.prefix
    new = "A line put in at the top.\n\n" + old
    placed = placed_on_its_one_copy(new, position, stored, _review_at(new, "1705\nRice"), start)
    assert placed.state == "moved"
    assert new[placed.start - 5 : placed.end] == "1705\n" + quote
    # the closing line's suffix reaches the next entry's date: not its own, not a cue
    closing = "Not on public holidays."
    start = old.index(closing, old.index("stall 1705"))
    position, stored = describe(old, start, start + len(closing))
    assert "6 Jun" in stored.suffix
    review = Placement("review", start, start + len(closing), 0.98)
    assert placed_on_its_one_copy(old, position, stored, review, start) == review


def test_a_quote_standing_twice_or_its_context_changed_stays_in_review() -> None:
    old = _register(range(3, 8))
    quote = "Not on public holidays."
    start = old.index(quote)
    position, stored = describe(old, start, start + len(quote))
    review = _review_at(old, quote)
    assert placed_on_its_one_copy(old, position, stored, review, start) == review
    figure = "6 Jun 2026 — Ms Hương — stall 1706"
    start = old.index(figure)
    position, stored = describe(old, start, start + len(figure))
    new = old.replace(figure + "\nRice cakes", figure + "\nSticky rice cakes")
    review = _review_at(new, figure)
    assert placed_on_its_one_copy(new, position, stored, review, start) == review


def test_a_section_standing_twice_in_a_row_figures_aside_keeps_it_in_review() -> None:
    section = "Section 3 · Care\n\n- Fill with at most 1.7 kg of water\n- Do not immerse\n\n"
    text = "Manual\n\n" + section + section.replace("1.7", "1.8").replace("3 ·", "4 ·")
    assert doubled(text)
    quote = "- Fill with at most 1.7 kg of water"
    start = text.index(quote)
    position, stored = describe(text, start, start + len(quote))
    review = _review_at(text, quote)
    assert placed_on_its_one_copy(text, position, stored, review, start) == review
    assert not doubled(_register(range(3, 9)))
    retyped = section.replace("immerse", "immmerse").replace("3 ·", "4 ·")
    assert doubled("Manual\n\n" + section + retyped)  # one copy retyped with a typo
    other = "Section 4 · Storage\n\n- Keep dry and away from children\n- Unplug first\n\n"
    assert not doubled("Manual\n\n" + section + other)


def test_a_batch_expects_a_passage_where_its_placed_neighbours_moved() -> None:
    part_a = "Part 1 · Cakes\n\n" + "".join(_entry(day, 1700 + day) for day in range(3, 8))
    part_b = "Part 2 · Flowers\n\n" + "".join(
        f"{day} Jun 2026 — Mr Lê — stall {1800 + day}\nPeach blossom.\nBring water.\n\n"
        for day in range(3, 8)
    )
    old = "Register\n\n" + part_a + part_b
    new = "Register\n\n" + part_b + part_a
    quote = "5 Jun 2026 — Ms Hương — stall 1705"
    neighbour = "Part 1 · Cakes"
    requests = [
        Request(*describe(old, old.index(text), old.index(text) + len(text)))
        for text in (neighbour, quote)
    ]
    placements = [
        Placement("moved", new.index(neighbour), new.index(neighbour) + len(neighbour), 1.0),
        _review_at(new, quote),
    ]
    alone = placed_on_its_one_copy(
        new, requests[1].position, requests[1].quote, placements[1], requests[1].position.start
    )
    assert alone.state == "review"  # where it stood, a twin of the moved part is nearer
    placed = placed_on_their_one_copies(new, requests, placements)
    assert placed[0] == placements[0]
    assert placed[1].state == "moved"
    assert new[placed[1].start : placed[1].end] == quote


@settings(max_examples=40, deadline=None)
@given(
    days=st.lists(st.integers(10, 28), min_size=2, max_size=6, unique=True),
    pick=st.integers(0, 5),
    shift=st.integers(0, 200),
)
def test_only_ever_the_one_exact_copy_is_placed_or_nothing_changes(
    days: list[int], pick: int, shift: int
) -> None:
    """Twins are entries of the same register, days and stalls of as many digits."""
    old = "Stall register\n\n" + "".join(_entry(day, 1700 + day) for day in days)
    day = days[pick % len(days)]
    quote = f"{day} Jun 2026 — Ms Hương — stall {1700 + day}"
    start = old.index(quote)
    position, stored = describe(old, start, start + len(quote))
    new = "x" * shift + old
    review = _review_at(new, quote)
    placed = placed_on_its_one_copy(new, position, stored, review, start)
    assert placed == review or (
        placed.state in ("exact", "moved")
        and new[placed.start : placed.end] == quote
        and new.count(quote) == 1
    )
    twins = [new.index(f"{other} Jun 2026 — Ms") for other in days if other != day]
    nearest = min(abs(at - start) for at in twins)
    assert (placed == review) == (nearest <= abs(new.index(quote) - start))


def test_an_entry_pasted_beside_itself_and_then_corrected_stays_in_review_in_a_batch() -> None:
    # A copy of the 5 June entry is pasted above it and the original's stall corrected: the
    # passages before stay where they were, those after move down by one entry, and the
    # copy (reading as the old entry did) is as near as the corrected original to one of
    # the two places: which one was annotated, no text can tell.
    old = _register(range(3, 8))
    entry = _entry(5, 1705)
    at = old.index(entry)
    new = old[:at] + entry + _entry(5, 1715) + old[at + len(entry) :]
    before, quote, after = (
        "4 Jun 2026 — Ms Hương — stall 1704",
        "5 Jun 2026 — Ms Hương — stall 1705",
        "6 Jun 2026 — Ms Hương — stall 1706",
    )
    requests = [
        Request(*describe(old, old.index(text), old.index(text) + len(text)))
        for text in (before, quote, after)
    ]
    placements = [
        Placement("exact", new.index(before), new.index(before) + len(before), 1.0),
        _review_at(new, quote),
        Placement("moved", new.index(after), new.index(after) + len(after), 1.0),
    ]
    placed = placed_on_their_one_copies(new, requests, placements)
    assert placed[1] == placements[1]
    # with only the passages before it placed, nothing says the entry moved: the copy where
    # it stood is the one copy of its quote, its twin farther, so it is placed there
    alone = placed_on_their_one_copies(new, requests[:2], placements[:2])
    assert alone[1].state == "exact"


@given(st.lists(st.one_of(st.none(), st.integers(-50, 50)), max_size=12), st.data())
def test_placed_neighbours_are_the_nearest_placed_passages_either_side(
    shifts: list[int | None], data: st.DataObject
) -> None:
    order = data.draw(st.permutations(range(len(shifts))))
    for rank in range(len(order)):
        placed_before = [order[n] for n in range(rank) if shifts[order[n]] is not None]
        placed_after = [
            order[n] for n in range(rank + 1, len(order)) if shifts[order[n]] is not None
        ]
        expected = (
            placed_before[-1] if placed_before else None,
            placed_after[0] if placed_after else None,
        )
        assert placed_neighbours(rank, order, shifts) == expected
        assert placed_neighbour_shifts(rank, order, shifts) == [
            shift
            for index in expected
            if index is not None and (shift := shifts[index]) is not None
        ]
