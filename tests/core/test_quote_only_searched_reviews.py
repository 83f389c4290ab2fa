"""A batch's review left as the search made it, placed on its one whole stretch:
``core.quote_only_searched_reviews``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_searched_reviews import left_its_neighbours, place_searched_reviews
from desktop_app.core.quote_search import Placement

#: An invoice's sections, each a heading and rows that share stock lines ("Ordered by: …").
SECTIONS = [
    "Stationery\n\n3 Jan · Printer paper A4\nQty 3 × £4.99 = £14.97\nOrdered by: Tom Okafor",
    "Lighting\n\n12 Jan · Desk lamp\nQty 1 × £24.00 = £24.00\nOrdered by: Priya Nair",
    "Postage and packing\n\n21 Jan · Delivery\nQty 2 × £5.00 = £10.00\nOrdered by: Tom Okafor",
    "Furniture\n\n28 Jan · Office chair\nQty 1 × £89.00 = £89.00\nOrdered by: Priya Nair",
]
QUOTE = "Ordered by: Tom Okafor"
#: The old invoice and the new one, the third section (the passage's) moved to the top.
OLD = "Invoice INV-20417\n\n" + "\n\n".join(SECTIONS) + "\n\nAll amounts are in pounds."
NEW = (
    "Invoice INV-20417\n\n"
    + "\n\n".join([SECTIONS[2], SECTIONS[3], SECTIONS[0], SECTIONS[1]])
    + "\n\nAll amounts are in pounds."
)


def _passage() -> tuple[list[tuple], Placement]:
    """The stock line closing the third section as stored, and its best guess in review
    on the moved section's copy in the new invoice."""
    start = OLD.index(QUOTE, OLD.index(SECTIONS[2]))
    wanted = [describe(OLD, start, start + len(QUOTE))]
    at = NEW.index(QUOTE, NEW.index(SECTIONS[2]))
    return wanted, Placement("review", at, at + len(QUOTE), 0.9)


def test_a_review_the_search_made_is_placed_on_its_whole_stretch() -> None:
    wanted, guess = _passage()
    placements = [guess]
    place_searched_reviews(NEW, wanted, [guess], placements)
    assert placements == [guess._replace(state="moved")]


def test_a_review_the_batch_made_stays_in_review() -> None:
    wanted, guess = _passage()
    placements = [guess]  # placed by the search, then doubted by its neighbours
    place_searched_reviews(NEW, wanted, [None], placements)
    assert placements == [guess]


def test_a_review_the_batch_moved_since_stays_in_review() -> None:
    wanted, guess = _passage()
    searched = guess._replace(start=guess.start - 1)  # the search's guess was elsewhere
    placements = [guess]
    place_searched_reviews(NEW, wanted, [searched], placements)
    assert placements == [guess]


@given(st.integers(min_value=0, max_value=len(NEW) - len(QUOTE)))
def test_a_review_off_the_whole_stretch_stays_in_review(at: int) -> None:
    wanted, guess = _passage()
    off = Placement("review", at, at + len(QUOTE), 0.5)
    placements = [off]
    place_searched_reviews(NEW, wanted, [off], placements)
    assert placements[0] == (off if at != guess.start else off._replace(state="moved"))


def _with_neighbours() -> tuple[list[tuple], Placement]:
    """The passage with the passages stored just before and after it (the third section's
    delivery row and the fourth section's heading), in a batch's own order."""
    wanted, guess = _passage()
    row = OLD.index("Qty 2 × £5.00 = £10.00")
    heading = OLD.index("Furniture")
    return [
        describe(OLD, heading, heading + len("Furniture")),  # stored after the passage
        wanted[0],
        describe(OLD, row, row + len("Qty 2 × £5.00 = £10.00")),  # stored before it
    ], guess


def test_a_review_leaving_its_neighbours_together_stays_in_review() -> None:
    # both neighbours placed together at the end of the new invoice, the guess at its top
    end = len(NEW)
    before, after = (
        Placement("moved", end - 40, end - 30, 1.0),
        Placement("moved", end - 20, end - 10, 1.0),
    )
    wanted, guess = _with_neighbours()
    placements = [after, guess, before]
    place_searched_reviews(NEW, wanted, [None, guess, None], placements)
    assert placements == [after, guess, before]


def test_a_review_between_its_placed_neighbours_is_placed() -> None:
    before = Placement("moved", NEW.index("Qty 2 × £5.00"), NEW.index("Qty 2 × £5.00") + 22, 1.0)
    heading = NEW.index("Furniture")
    after = Placement("moved", heading, heading + len("Furniture"), 1.0)
    wanted, guess = _with_neighbours()
    placements = [after, guess, before]
    place_searched_reviews(NEW, wanted, [None, guess, None], placements)
    assert placements == [after, guess._replace(state="moved"), before]


spans = st.tuples(st.integers(0, 200), st.integers(0, 20)).map(lambda s: (s[0], s[0] + s[1]))


@given(spans, spans, spans, st.sampled_from(["exact", "moved", "fuzzy", "review", "orphaned"]))
def test_left_its_neighbours_reads_only_neighbours_placed_in_order(
    guess_span: tuple[int, int],
    before_span: tuple[int, int],
    after_span: tuple[int, int],
    state: str,
) -> None:
    guess = Placement("review", *guess_span, 0.9)
    before = Placement("moved", *before_span, 1.0)
    after = Placement(state, *after_span, 1.0)  # type: ignore[arg-type]
    outside = guess.start < before.start or guess.end > after.end
    in_order = before.start <= after.start and state not in ("review", "orphaned")
    assert left_its_neighbours(guess, [before, after]) == (in_order and outside)
    assert not left_its_neighbours(guess, [before])  # the first or last passage stored
