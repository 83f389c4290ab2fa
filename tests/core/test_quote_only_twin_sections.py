"""A passage placed alone in a section that now stands twice side by side:
``core.quote_only_twin_sections``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_twin_sections import (
    SECTION_PARAGRAPHS,
    review_in_a_twin_section,
    twin_sections,
)
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.reanchor import place
from tests.core.test_quote_only_cloned_blocks import Section, numbered_section

#: Sections of a kettle's manual: a numbered heading, a note, a list of bullets.
SECTIONS: tuple[Section, ...] = (
    (
        "Before first use",
        "Keep away from children under 8.",
        ("Fill with 17 dl at most", "Keep 10 cm free"),
    ),
    ("Cleaning", "Unplug before cleaning.", ("Descale every 4 weeks", "Rinse 2 times")),
    ("Warranty", "Keep the receipt.", ("Valid for 2 years", "Call 0800 123 456")),
)


def section(number: int, index: int, bump: int = 0) -> str:
    """Section ``index`` of :data:`SECTIONS` numbered ``number``, the first figure of each
    bullet raised by ``bump``."""
    return numbered_section(SECTIONS[index], number, bump)


def manual(*parts: str) -> str:
    return "Kettle KX-2 manual\n\n" + "\n\n".join(parts) + "\n\nMade in Portugal."


OLD = manual(section(1, 0), section(2, 1), section(3, 2))
#: The cleaning section pasted above itself as the template of the next, the original
#: renumbered and its figures corrected one up; the copy keeps the old words.
NEW = manual(section(1, 0), section(2, 1), section(3, 1, bump=1), section(4, 2))


def test_a_section_pasted_beside_itself_is_a_twin_section() -> None:
    (run,) = twin_sections(NEW)
    assert NEW[run.start : run.end] == section(2, 1) + "\n\n" + section(3, 1, bump=1)
    assert run.blocks == 2


def test_entries_of_one_template_and_short_blocks_are_no_twin_section() -> None:
    lines = ("Entry {n}", "Train {n}0 runs late.", "See desk {n}.", "Ask for {n} forms.")
    short, enough = lines[: SECTION_PARAGRAPHS - 1], lines[:SECTION_PARAGRAPHS]
    blocks = ["\n\n".join(line.format(n=n) for line in short) for n in (1, 2)]
    assert twin_sections(manual(*blocks)) == ()
    blocks = ["\n\n".join(line.format(n=n) for line in enough) for n in (1, 2)]
    assert len(twin_sections(manual(*blocks))) == 1
    # blocks whose paragraphs read alike each other, figures aside: entries, not sections
    alike = [
        "\n\n".join(f"Day {d}: open." for d in range(n, n + SECTION_PARAGRAPHS))
        for n in (1, 1 + SECTION_PARAGRAPHS)
    ]
    assert twin_sections(manual(*alike)) == ()


def test_a_passage_of_the_pasted_section_placed_alone_goes_to_review() -> None:
    start = OLD.index("Unplug before cleaning.")
    position, quote = describe(OLD, start, start + len("Unplug before cleaning."))
    placed = place(NEW, position, quote)
    assert placed.state == "review"
    assert NEW[placed.start : placed.end] == "Unplug before cleaning."


def test_a_passage_outside_the_twins_is_placed() -> None:
    start = OLD.index("Keep the receipt.")
    position, quote = describe(OLD, start, start + len("Keep the receipt."))
    placed = place(NEW, position, quote)
    assert placed.state in PLACED_STATES
    assert NEW[placed.start : placed.end] == "Keep the receipt."


def test_only_placements_inside_or_across_a_twin_section_are_reviewed() -> None:
    (run,) = twin_sections(NEW)
    inside = Placement("exact", run.start + 5, run.start + 20, 1.0)
    across = Placement("moved", run.start - 10, run.start + 5, 0.9)
    before = Placement("exact", run.start - 10, run.start - 2, 1.0)
    orphan = Placement("orphaned", run.start, run.start, 0.0)
    assert review_in_a_twin_section(NEW, inside) == inside._replace(state="review")
    assert review_in_a_twin_section(NEW, across) == across._replace(state="review")
    assert review_in_a_twin_section(NEW, before) == before
    assert review_in_a_twin_section(NEW, orphan) == orphan


def test_a_placement_holding_both_copies_stands() -> None:
    """A passage that holds the whole run holds the copy put in too, whichever it is (an
    order of service whose verses stand twice: ``test_quote_only_alone``)."""
    (run,) = twin_sections(NEW)
    whole = Placement("moved", run.start - 10, run.end + 5, 0.95)
    exactly = Placement("moved", run.start, run.end, 0.95)
    assert review_in_a_twin_section(NEW, whole) == whole
    assert review_in_a_twin_section(NEW, exactly) == exactly
    short = Placement("moved", run.start, run.end - 1, 0.95)
    assert review_in_a_twin_section(NEW, short) == short._replace(state="review")


@settings(max_examples=60, deadline=None)
@given(
    order=st.permutations(range(len(SECTIONS))),
    start=st.integers(0, 400),
    length=st.integers(1, 60),
)
def test_sections_all_unlike_hold_no_twin_section(
    order: list[int], start: int, length: int
) -> None:
    text = manual(*(section(number, index) for number, index in enumerate(order, start=1)))
    assert twin_sections(text) == ()
    start = min(start, len(text) - 1)
    placement = Placement("exact", start, min(len(text), start + length), 1.0)
    assert review_in_a_twin_section(text, placement) == placement
