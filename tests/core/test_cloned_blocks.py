"""Quote-only placement in a section pasted above itself as the template of the next, the
original renumbered and its figures corrected: which copy is the passage's is a guess, so a
placement touching either copy goes to review (``core.cloned_blocks``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import cloned_blocks
from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.cloned_blocks import (
    LEAST_BLOCK,
    in_a_cloned_block,
    touches_a_cloned_block,
)
from desktop_app.core.reanchor import place

BEFORE = "Recipes for the harvest supper\n\n1. Jollof rice\n\nRinse the rice well.\n\n- 2 onions\n"
SECTION = (
    "2. Tomato and lentil soup\n\nMake the base the day before if you can (see recipe 1).\n\n"
    "- 500 ml chicken stock\n- Preheat the oven to 200 °C\n- 250 g plain flour"
)
#: The same section as its next edition: renumbered one up, each bullet's figure one up.
CORRECTED = (
    "3. Tomato and lentil soup\n\nMake the base the day before if you can (see recipe 1).\n\n"
    "- 501 ml chicken stock\n- Preheat the oven to 201 °C\n- 251 g plain flour"
)
AFTER = "\n\n3. Shortbread\n\nKeeps for a week in a tin.\n"
OLD = BEFORE + "\n" + SECTION + AFTER.replace("3.", "3.", 1)
#: The section copied above itself, the original renumbered and corrected.
CLONED = BEFORE + "\n" + SECTION + "\n\n" + CORRECTED + AFTER.replace("3.", "4.", 1)


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def test_a_passage_inside_a_cloned_section_goes_to_review_in_either_copy() -> None:
    for piece in ("Preheat the oven to 200 °C", "Make the base the day before", "2. Tomato"):
        assert in_a_cloned_block(CLONED, *_span(CLONED, piece))
    copy_start = CLONED.index(CORRECTED)
    start = CLONED.index("Preheat the oven to 201 °C", copy_start)
    assert in_a_cloned_block(CLONED, start, start + len("Preheat the oven to 201 °C"))
    # nothing stands twice in the old text, nor in the text before and after the copies
    assert not touches_a_cloned_block(OLD, *_span(OLD, "Preheat the oven to 200 °C"))
    assert not touches_a_cloned_block(CLONED, *_span(CLONED, "Rinse the rice well."))
    assert not touches_a_cloned_block(CLONED, *_span(CLONED, "Keeps for a week in a tin."))


def test_a_passage_running_into_the_copy_from_the_text_before_is_told() -> None:
    start = CLONED.index("- 2 onions")
    end = CLONED.index(" Tomato") + len(" Tomato")
    assert not in_a_cloned_block(CLONED, start, end)
    assert touches_a_cloned_block(CLONED, start, end)


def test_placements_in_a_cloned_section_are_best_guesses_in_review() -> None:
    start, end = _span(OLD, "- 500 ml chicken stock\n- Preheat the oven to 200 °C")
    position, quote = describe(OLD, start, end)
    alone = place(CLONED, position, quote)
    batch = place_all(CLONED, [Request(position, quote)])[0]
    for placed in (alone, batch):
        assert placed.state == "review"
        assert CLONED[placed.start : placed.end] == OLD[start:end]  # the best guess kept
    # the same passage in the old text is placed as it stands
    assert place(OLD, position, quote).state == "exact"


def test_a_short_repeat_or_a_copy_farther_off_is_no_cloned_block() -> None:
    reply = "A. Yes.\n\n"
    text = "Q. Were you there?\n\n" + reply * 3 + "Q. And then?\n\nA. No.\n"
    start = text.index("Yes.")
    assert not touches_a_cloned_block(text, start, start + 4)
    # the section repeated with other text between the copies: no tandem
    apart = BEFORE + "\n" + SECTION + "\n\nA note between the two.\n\n" + CORRECTED + AFTER
    assert not touches_a_cloned_block(apart, *_span(apart, "Preheat the oven to 200 °C"))


#: Words of the generated blocks (each used at most once in a block: a block that repeats
#: itself within, "aaaa…", has copies of every piece at every shift).
WORDS = [
    *("oven", "stock", "flour", "onion", "lentil", "tomato", "butter", "sugar", "lemon"),
    *("rice", "pepper", "chilli", "salt", "water", "garlic", "ginger", "thyme", "parsley"),
    *("carrot", "celery", "bay", "leaf", "cream", "milk", "eggs", "honey", "almond"),
    *("raisin", "apple", "pear", "plum", "cherry", "yoghurt", "mint", "basil"),
]


@given(
    st.lists(st.sampled_from(WORDS), min_size=24, max_size=34, unique=True).map(" ".join),
    st.text(alphabet="xyz\n", min_size=1, max_size=20),
    st.integers(min_value=0, max_value=LEAST_BLOCK - 10),
    st.integers(min_value=1, max_value=9),
)
def test_any_block_twice_in_a_row_figures_aside_is_told(
    block: str, between: str, at: int, length: int
) -> None:
    """A block with a figure in it, pasted right after itself with the figure changed:
    every passage of either copy (with a key of four code points or more) is told; the
    block once is not."""
    block = block[:at] + "7" + block[at:]
    changed = block.replace("7", "8")
    text = "Start.\n" + block + "\n\n" + changed + "\nEnd " + between
    start = len("Start.\n")
    stretch = text[start : start + len(block)]
    once = "Start.\n" + block + "\nEnd " + between
    for lo, hi in ((0, len(block)), (at, min(len(block), at + length + 8))):
        piece = stretch[lo:hi]
        if max(len(run) for run in piece.replace("7", "\0").split("\0")) < 4:
            continue
        assert in_a_cloned_block(text, start + lo, start + hi)
        assert not in_a_cloned_block(once, start + lo, start + hi)


def test_twin_entries_a_word_apart_as_well_as_by_their_figures_are_no_clone() -> None:
    # daily posts that differ by the weekday and the figures (the seventh material, sums
    # restated): the exact copy is the passage's, as it was before; no review
    days = [("Monday", 136, 385), ("Tuesday", 145, 344), ("Wednesday", 155, 362)]
    text = "More from the week\n\n" + "\n\n".join(
        f"@relief_fund · {day}\nUpdate: GBP {total},000 raised so far. Volunteers packed "
        f"{boxes} boxes of water and rice today. Every share helps #FloodRelief"
        for day, total, boxes in days
    )
    start = text.index("Update: GBP 145,000")
    end = text.index("\n", start)
    assert not touches_a_cloned_block(text, start, end)
    # the same entries with the weekday the same in each: a clone, figures aside
    same_day = text.replace("Monday", "Tuesday").replace("Wednesday", "Tuesday")
    start = same_day.index("Update: GBP 145,000")
    assert touches_a_cloned_block(same_day, start, same_day.index("\n", start))


def test_a_block_printed_twice_alike_to_the_last_figure_is_no_clone() -> None:
    # a paragraph printed twice (the old text may have held both): placed by position
    twice = BEFORE + "\n" + SECTION + "\n\n" + SECTION + AFTER
    assert not touches_a_cloned_block(twice, *_span(twice, "Preheat the oven to 200 °C"))
    assert touches_a_cloned_block(CLONED, *_span(CLONED, "Preheat the oven to 200 °C"))


def test_twin_reviews_whose_dates_differ_in_length_are_no_clone() -> None:
    # guest reviews one date and a few figures apart (the eighth material, seen): the
    # exact copy is the passage's, as it stood before
    body = (
        "The room ({size} m²) looked over the river. The street was noisy until {hour}:00. "
        "Breakfast was excellent. The Hotel is 0.75 km from the tram stop.\n\n"
        "Response from the management:\nDear guest, thank you for taking the time to share "
        "your feedback. We hope to welcome you back soon."
    )
    reviews = [("12", "18", "02"), ("9", "20", "01")]
    text = "Guest Reviews\n\n" + "\n\n".join(
        f"★★★★☆ {day} Mar 2026 · Couple · “Lovely view, noisy street”\n"
        + body.format(size=size, hour=hour)
        for day, size, hour in reviews
    )
    start = text.index("The room (18")
    assert not touches_a_cloned_block(text, start, text.index("\n", start))


@given(
    st.text(alphabet="ab1२ ", min_size=0, max_size=400),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=400),
)
def test_agreement_read_in_doubling_stretches_is_the_plain_common_stretch(
    text: str, at: int, other: int, most: int
) -> None:
    """The agreement after and before two places, figures aside, read stretch by stretch,
    is the plain one: the code points compared one by one."""
    at, other = min(at, len(text)), min(other, len(text))

    def plain(step: int) -> int:
        limit = min(most, len(text) - at, len(text) - other) if step > 0 else min(most, at, other)
        count = 0
        while count < limit:
            one = text[at + count] if step > 0 else text[at - count - 1]
            two = text[other + count] if step > 0 else text[other - count - 1]
            if not (one == two or (one.isdigit() and two.isdigit())):
                break
            count += 1
        return count

    assert cloned_blocks._agreeing_after(text, at, other, most) == plain(1)
    assert cloned_blocks._agreeing_before(text, at, other, most) == plain(-1)
