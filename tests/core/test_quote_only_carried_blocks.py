"""Passages in review placed on the one copy of their own block, carried there with a
neighbour: ``core.quote_only_carried_blocks``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request
from desktop_app.core.figure_twins import doubled
from desktop_app.core.quote_only_carried_blocks import (
    BREAK,
    one_copy_in_its_block,
    own_context,
    placed_with_their_blocks,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextQuote
from tests.core.burial_register import ENTRIES as REGISTER_ENTRIES
from tests.core.burial_register import entry_text as _entry
from tests.core.burial_register import register_text as _register

ENTRIES = REGISTER_ENTRIES[:4]


def _requests(old: str) -> tuple[Request, Request]:
    """A header of entry 418 (the neighbour) and its name line (the passage)."""
    header = old.index("No. 418")
    line = old.index("Mary Pascoe")
    line_end = old.index("\n", line)
    return (
        Request(*describe(old, header, header + len("No. 418"))),
        Request(*describe(old, line, line_end)),
    )


def _placed_header(new: str, request: Request) -> Placement:
    at = new.index("No. 418")
    return Placement("moved", at, at + len("No. 418"), 1.0)


def test_own_context_keeps_the_blank_lines_that_bound_the_paragraph() -> None:
    quote = TextQuote(exact="quote", prefix="entry 3\n\nNo. 418 — ", suffix="\nnext\n\nNo. 419")
    assert own_context(quote) == ("\n\nNo. 418 — ", "\nnext\n\n")


def test_a_line_of_a_reversed_register_is_placed_with_its_header() -> None:
    old = _register(ENTRIES)
    header, passage = _requests(old)
    new = _register(ENTRIES[::-1])
    guess = Placement("review", 0, 10, 0.5)
    settled = placed_with_their_blocks(new, [header, passage], [_placed_header(new, header), guess])
    at = new.index("Mary Pascoe")
    assert settled[1].state == "moved"
    assert (settled[1].start, settled[1].end) == (at, new.index("\n", at))


def test_a_line_whose_neighbours_moved_otherwise_stays_in_review() -> None:
    old = _register(ENTRIES)
    header, passage = _requests(old)
    new = _register(ENTRIES[::-1])
    guess = Placement("review", 0, 10, 0.5)
    elsewhere = Placement("moved", 0, len("Burials"), 1.0)  # the neighbour stayed on top
    settled = placed_with_their_blocks(new, [header, passage], [elsewhere, guess])
    assert settled[1] == guess


def test_a_figure_twin_of_the_line_keeps_it_in_review() -> None:
    old = _register(ENTRIES)
    _, passage = _requests(old)
    twin = (421, "Mary Pascoe", "Breage", 14)  # the same line but for the age
    assert one_copy_in_its_block(_register([*ENTRIES[::-1], twin]), passage.quote) is None
    assert one_copy_in_its_block(_register(ENTRIES[::-1]), passage.quote) is not None


def test_a_line_and_context_without_a_figure_says_nothing() -> None:
    text = "Rules\n\nKeep left at the gate.\nNo dogs on the lawn.\n\nEnds."
    start = text.index("No dogs")
    _, quote = describe(text, start, start + len("No dogs on the lawn."))
    assert one_copy_in_its_block(text, quote) is None


def test_a_line_in_a_section_pasted_above_itself_stays_in_review() -> None:
    old = _register(ENTRIES)
    _, passage = _requests(old)
    section = ENTRIES[1:3]
    copy = "\n\n".join(_entry(*entry) for entry in section).replace("was buried", "was burried", 1)
    original = "\n\n".join(_entry(*entry) for entry in section)
    text = "Burials\n\n" + copy + "\n\n" + original + "\n\nEnds."
    at = text.index("Mary Pascoe, of Breage, aged 41, was buried.")
    assert any(lo <= at < hi for lo, hi in doubled(text))  # a typo apart: a doubled stretch
    assert one_copy_in_its_block(text, passage.quote) is None


@settings(max_examples=60, deadline=None)
@given(st.permutations(range(len(ENTRIES))))
def test_a_line_placed_with_its_header_is_always_its_own(order: list[int]) -> None:
    old = _register(ENTRIES)
    header, passage = _requests(old)
    new = _register([ENTRIES[index] for index in order])
    guess = Placement("review", 0, 10, 0.5)
    settled = placed_with_their_blocks(new, [header, passage], [_placed_header(new, header), guess])
    at = new.index("Mary Pascoe")
    assert (settled[1].start, settled[1].end) == (at, new.index("\n", at))


def test_a_near_copy_of_the_line_elsewhere_keeps_it_in_review() -> None:
    old = _register(ENTRIES)
    _, passage = _requests(old)
    new = _register(ENTRIES[::-1])
    retyped = _entry(*ENTRIES[1]).replace("was buried.", "was burid.", 1)  # a typo
    assert one_copy_in_its_block(new, passage.quote) is not None
    assert one_copy_in_its_block(new + "\n\n" + retyped, passage.quote) is None


def test_a_short_quote_or_one_whose_context_stays_in_its_paragraph_says_nothing() -> None:
    text = (
        "Log of the fermenter in hall B, kept by the night shift.\n"
        "Run 7461 started at 09:40 and ran for twelve hours.\n"
        "OD600 0.82 at the end of it, no foam seen at all.\n"
    )
    start = text.index("OD600")
    _, short = describe(text, start, start + len("OD600 0.82"))
    assert one_copy_in_its_block(text, short) is None  # under 20 code points
    start = text.index("started")
    _, inside = describe(text, start, start + len("started at 09:40 and ran"))
    assert BREAK not in inside.prefix
    assert BREAK not in inside.suffix
    assert one_copy_in_its_block(text, inside) is None  # nothing past a blank line split it
