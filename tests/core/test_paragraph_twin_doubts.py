"""Quote-only placements on a twin block while the passage's own paragraph stands elsewhere:
``core.paragraph_twin_doubts``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.paragraph_twin_doubts import (
    leaves_out_a_paragraph,
    off_its_own_paragraph,
    reordered_paragraphs,
    reviewed_off_its_paragraph,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place

#: A notice: its number, its street and how many days the works last.
Block = tuple[int, str, int]

STREETS = ("King Faisal Street", "Al-Nahda Street", "Clock Square", "Airport Road")


def _notice(number: int, street: str, days: int) -> str:
    return (
        f"Notice {number} — {street}\n"
        f"{street} closes for {days} days for maintenance.\n"
        "No parking while the works last.\n"
        "Permit."
    )


def _notices(blocks: list[Block]) -> str:
    return "Road works\n\n" + "\n\n".join(_notice(*block) for block in blocks) + "\n\nEnds."


BLOCKS = [(1, STREETS[0], 15), (2, STREETS[1], 13), (3, STREETS[2], 17), (4, STREETS[3], 14)]


def _swapped(blocks: list[Block], one: int, other: int) -> list[Block]:
    swapped = list(blocks)
    swapped[one], swapped[other] = swapped[other], swapped[one]
    return swapped


def test_a_stock_line_on_the_twin_block_now_where_its_own_stood_is_off_its_paragraph() -> None:
    old = _notices(BLOCKS)
    line = "No parking while the works last."
    start = old.index(line, old.index("Notice 2"))
    _, quote = describe(old, start, start + len(line))
    assert "13 days" in quote.prefix  # the figure that tells the twins apart
    new = _notices(_swapped(BLOCKS, 1, 2))
    # the twin (Clock Square, 7 days) now stands where Notice 2 stood
    twin = new.index(line, new.index("Notice 3"))
    assert twin < new.index("Notice 2")
    assert off_its_own_paragraph(new, twin, twin + len(line), quote)
    own = new.index(line, new.index("Notice 2"))
    assert not off_its_own_paragraph(new, own, own + len(line), quote)


def test_a_figure_corrected_where_the_block_stood_beside_its_copy_is_left_alone() -> None:
    old = _notices(BLOCKS)
    line = "No parking while the works last."
    start = old.index(line, old.index("Notice 2"))
    _, quote = describe(old, start, start + len(line))
    # the block copied below itself, then the original's figure corrected: which copy the
    # passage was, a guess (the copy differs from it by that one figure)
    copy = _notice(2, STREETS[1], 13)
    corrected = _notice(2, STREETS[1], 16)
    new = old.replace(copy, corrected + "\n\n" + copy, 1)
    at = new.index(line, new.index("Notice 2"))
    assert new.index("16 days") < at < new.index("13 days")
    assert not off_its_own_paragraph(new, at, at + len(line), quote)


def test_a_typo_beside_the_passage_is_not_a_twin() -> None:
    text = "Area 5\nModerate or poor, occasionally very poor.\n\nArea 6\nFair.\n\n"
    old = text + "Area 7\nModerate or poor, occasionally very poor.\nRough."
    exact = "occasionally very"
    start = old.index(exact)
    _, quote = describe(old, start, start + len(exact))
    new = old.replace("Moderate or poor,", "Moderate or oor,", 1)
    at = new.index(exact)
    assert not off_its_own_paragraph(new, at, at + len(exact), quote)


def test_lines_put_in_another_order_inside_the_paragraph_are_not_a_twin() -> None:
    old = "Area 1\nGood.\nRain later.\nSlight.\n\nArea 2\nFair.\nGood.\nRain later.\nSlight."
    start = old.index("Slight.")
    _, quote = describe(old, start, start + len("Slight."))
    new = old.replace("Area 1\nGood.\nRain later.", "Area 1\nRain later.\nGood.", 1)
    at = new.index("Slight.")
    assert not off_its_own_paragraph(new, at, at + len("Slight."), quote)


def test_a_guess_on_a_twin_block_leaves_out_the_paragraph_standing_elsewhere() -> None:
    old = _notices(BLOCKS)
    block = _notice(2, STREETS[1], 13)
    start = old.index(block)
    _, quote = describe(old, start, start + len(block))
    new = _notices(_swapped(BLOCKS, 1, 3))
    twin = _notice(4, STREETS[3], 14)
    at = new.index(twin)
    assert leaves_out_a_paragraph(new, at, at + len(twin), quote)
    # the block retyped with a typo where it stood is the passage, not a twin
    typo = _notices(BLOCKS).replace("Al-Nahda Street closes", "Al-Nahda Stret closes")
    retyped = block.replace("Street closes", "Stret closes")
    at = typo.index(retyped)
    assert not leaves_out_a_paragraph(typo, at, at + len(retyped), quote)


def test_blocks_swapped_across_the_passage_ends_are_reordered_inside_them_not() -> None:
    old = _notices(BLOCKS)
    first, second = _notice(2, STREETS[1], 13), _notice(3, STREETS[2], 17)
    start = old.index(first)
    end = old.index(second) + len(second)
    _, quote = describe(old, start, end)
    new = _notices(_swapped(BLOCKS, 1, 2))
    at = new.index(second)
    stretch_end = new.index(first) + len(first)
    assert reordered_paragraphs(new, at, stretch_end, quote)
    # the same two blocks swapped inside a passage over all four: its ends stayed
    whole = old.index("Notice 1")
    whole_end = old.index("\n\nEnds.")
    _, quote = describe(old, whole, whole_end)
    assert not reordered_paragraphs(new, whole, new.index("\n\nEnds."), quote)


def test_the_batch_and_one_at_a_time_review_a_passage_on_the_twin_of_its_block() -> None:
    old = _notices(BLOCKS)
    line = "No parking while the works last."
    start = old.index(line, old.index("Notice 3"))
    position, quote = describe(old, start, start + len(line))
    assert "Notice 4" in quote.suffix
    new = _notices(_swapped(BLOCKS, 1, 2))
    # Notice 2 now stands where Notice 3 stood, followed by Notice 4 as Notice 3 was: the
    # line there has its whole suffix and position, its prefix one figure off ("13 days")
    assert new[start : start + len(line)] == line
    assert "Notice 4" in new[start : start + 80]
    for placement in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        assert placement == Placement("review", start, start + len(line), 1.0)


@settings(max_examples=60, deadline=None)
@given(
    days=st.lists(st.integers(10, 40), min_size=3, max_size=6, unique=True),
    picked=st.data(),
)
def test_an_unchanged_register_places_every_line_where_it_stood(
    days: list[int], picked: st.DataObject
) -> None:
    blocks = [(index + 1, STREETS[index % len(STREETS)], day) for index, day in enumerate(days)]
    text = _notices(blocks)
    lines = [
        (at, at + len(line))
        for at, line in (
            (text.index(line, text.index(f"Notice {number} ")), line)
            for number, _, _ in blocks
            for line in ("No parking while the works last.", "Permit.")
        )
    ]
    start, end = picked.draw(st.sampled_from(lines))
    position, quote = describe(text, start, end)
    placement = Placement("exact", start, end, 1.0)
    assert reviewed_off_its_paragraph(text, quote, placement) == placement
    assert place(text, position, quote) == placement


@settings(max_examples=60, deadline=None)
@given(
    days=st.lists(st.integers(10, 40), min_size=4, max_size=6, unique=True),
    picked=st.data(),
)
def test_after_two_twins_swapped_no_line_is_placed_on_the_wrong_twin(
    days: list[int], picked: st.DataObject
) -> None:
    blocks = [(index + 1, STREETS[index % len(STREETS)], day) for index, day in enumerate(days)]
    old = _notices(blocks)
    one = picked.draw(st.integers(0, len(blocks) - 2))
    new = _notices(_swapped(blocks, one, one + 1))
    number = blocks[one + 1][0]  # the second of the pair: the first now stands in its place
    # its own paragraph's context holds its figure ("Permit."'s holds none: which twin's
    # closing it was, past the blank line, the text cannot tell)
    line = "No parking while the works last."
    start = old.index(line, old.index(f"Notice {number} "))
    position, quote = describe(old, start, start + len(line))
    own = new.index(line, new.index(f"Notice {number} "))
    for placement in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        if placement.state in ("exact", "moved", "fuzzy"):
            assert placement.start == own


def test_a_figure_corrected_while_a_correction_quotes_the_old_wording_is_left_alone() -> None:
    old = (
        "Obituaries\n\nMargaret Rowe, teacher, born 9 October 1932; died 27 January 2025.\n\nEnds."
    )
    exact = "27"
    start = old.index(exact)
    _, quote = describe(old, start, start + len(exact))
    corrected = old.replace("born 9 October", "born 10 October")
    new = corrected.replace(
        "\n\nEnds.",
        "\n\nCorrection: an earlier version said “Margaret Rowe, teacher, born 9 October "
        "1932; died 27 January 2025.” This has been corrected.\n\nEnds.",
    )
    at = new.index(exact)
    assert new.count("born 9 October 1932; died 27") == 1
    assert not off_its_own_paragraph(new, at, at + len(exact), quote)


def test_a_figure_spelled_out_beside_the_passage_tells_no_twin() -> None:
    sentence = "The motion was carried by 7 votes to 2."
    old = f"Item 1\n\n{sentence}\n\nItem 2\n\n{sentence}"
    exact = "carried"
    start = old.index(exact)
    _, quote = describe(old, start, start + len(exact))
    new = old.replace("by 7 votes", "by seven votes", 1)
    at = new.index(exact)
    assert not off_its_own_paragraph(new, at, at + len(exact), quote)


def test_a_paragraph_moved_away_leaves_no_twin_behind() -> None:
    old = "Intro.\n\nNote 7: see the guidelines, edition 7.\n\nPart three\n\nThe family is back."
    start = old.index("Intro.")
    end = old.index("back.") + len("back.")
    _, quote = describe(old, start, end)
    new = "Intro.\n\nPart three\n\nThe family is back.\n\nNotes\n\n" + old.split("\n\n")[1]
    assert not leaves_out_a_paragraph(new, 0, new.index("back.") + len("back."), quote)


def test_a_paragraph_corrected_in_the_guess_while_its_old_wording_is_cross_posted() -> None:
    blocks = [(1, STREETS[0], 15), (2, STREETS[1], 13), (3, STREETS[2], 17)]
    old = _notices(blocks)
    start, end = old.index("Notice 1"), old.index("\n\nEnds.")
    _, quote = describe(old, start, end)
    corrected = old.replace("for 13 days", "for 16 days")
    new = corrected + "\n\nAlso posted under Notice 2:\n\n" + _notice(2, STREETS[1], 13)
    end = corrected.index("\n\nEnds.")
    assert not leaves_out_a_paragraph(new, start, end, quote)
    # the same guess with a twin block in the paragraph's stead is another story
    twin = _notices([(1, STREETS[0], 15), (4, STREETS[3], 14), (3, STREETS[2], 17)])
    moved = twin + "\n\nMoved:\n\n" + _notice(2, STREETS[1], 13)
    assert leaves_out_a_paragraph(moved, start, twin.index("\n\nEnds."), quote)
