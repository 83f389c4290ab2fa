"""Quote-only placement in a text laid out in pages since the quotes were taken: running page
lines and words hyphenated at line ends are read through (``core.print_breaks``)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.folded_markup import fold_print_breaks
from desktop_app.core.print_breaks import line_end_hyphens, running_lines
from desktop_app.core.quote_search import PLACED_STATES
from desktop_app.core.reanchor import place

TOWNS = [
    "Ashby", "Brora", "Cleeve", "Dunmore", "Elstow", "Fenwick", "Garth", "Hexton",
    "Irby", "Jarrow", "Kelso", "Lanark", "Morpeth", "Nairn", "Oakham", "Penrith",
]  # fmt: skip
PARAGRAPHS = [
    "\n".join(
        [
            f"The {town} reservoir held {40 + number} per cent of its volume in week {number}.",
            f"Engineers at {town} replaced {number + 2} valves on the northern embankment.",
            f"Walkers near {town} are asked to keep to the marked paths until autumn.",
        ]
    )
    for number, town in enumerate(TOWNS, start=1)
]
OLD = "\n\n".join(PARAGRAPHS)
FOOTER = "Water board quarterly — page {page} of {pages}"
HEADER = "Printed for the public gallery"


def _laid_out(text: str, every: int) -> tuple[str, list[int]]:
    """``text`` broken into pages at a line's start about every ``every`` code points, the
    page's footer and the next page's header typed at each break; and where each code point
    of ``text`` (and its end) stands now."""
    breaks, at = [], every
    while (found := text.find("\n", at)) != -1 and found < len(text) - 50:
        breaks.append(found + 1)
        at = found + 1 + every
    pages = len(breaks) + 1
    out: list[str] = []
    moved: list[int] = []
    reached = 0
    for page, cut in enumerate(breaks, start=1):
        out.append(text[reached:cut])
        moved.extend(range(len("".join(out[:-1])), len("".join(out))))
        running = f"{FOOTER.format(page=page, pages=pages)}\n{HEADER}\n"
        out.append(running + ("\n" if text.endswith("\n\n", 0, cut) else ""))
        reached = cut
    start = len("".join(out))
    out.append(text[reached:])
    moved.extend(range(start, start + len(text) - reached + 1))
    return "".join(out), moved


def test_the_running_lines_of_each_page_break_are_found_and_nothing_else() -> None:
    new, _ = _laid_out(OLD, 900)
    runs = running_lines(new)
    assert len(runs) == new.count(HEADER) >= 3
    for start, end, lines in runs:
        assert lines[1] == HEADER
        assert "page" in lines[0]
        assert new[start:end].startswith(f"{lines[0]}\n{HEADER}\n")
    without = new
    for start, end, _ in reversed(runs):
        without = without[:start] + without[end:]
    assert without == OLD


def test_a_pair_of_lines_repeated_without_counting_pages_is_no_running_line() -> None:
    stock = "Gates close at dusk.\nDogs on leads, please."
    text = "\n\n".join(f"{paragraph}\n{stock}\nSee you soon." for paragraph in PARAGRAPHS)
    assert running_lines(text) == ()


def test_running_lines_closer_than_a_page_are_not_running_lines() -> None:
    new, _ = _laid_out(OLD, 300)
    assert new.count(HEADER) >= 3
    assert running_lines(new) == ()
    assert running_lines(_laid_out(OLD, 900)[0]) != ()


def test_only_a_word_broken_at_a_line_end_is_a_print_hyphen() -> None:
    text = "The reser-\nvoir is full.\nAnglo-\nSaxon banks, route 66-\n7 and a dash -\nhere."
    assert [text[start:end] for start, end in line_end_hyphens(text)] == ["-\n"]
    assert line_end_hyphens(text)[0][0] == text.index("reser") + 5


def test_a_text_paginated_before_the_quotes_were_taken_is_not_folded() -> None:
    new, _ = _laid_out(OLD, 900)
    footer = FOOTER.format(page=1, pages=new.count(HEADER) + 1)
    assert fold_print_breaks(new, [f"walk.\n{footer}\n{HEADER}\nThe"]) is None
    assert fold_print_breaks(new, ["marked paths until autumn."]) is not None
    assert fold_print_breaks(OLD, ["marked paths until autumn."]) is None


def _broken(text: str, word: str) -> str:
    at = text.index(word) + len(word) // 2
    return text[:at] + "-\n" + text[at:]


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(0, len(OLD) - 2),
    length=st.integers(12, 400),
    hyphenated=st.booleans(),
)
@example(first=90, length=60, hyphenated=True)  # the new hyphen inside the passage
def test_passages_of_a_text_laid_out_in_pages_are_placed_on_their_own_words(
    first: int, length: int, hyphenated: bool
) -> None:
    start = OLD.rfind(" ", 0, first) + 1
    end = min(len(OLD), start + length)
    while end < len(OLD) and OLD[end].isalnum():
        end += 1  # whole words: a word cut short may read on into a running line
    while end > start and not OLD[end - 1].isalnum():
        end -= 1
    if end - start < 8:
        return
    old = _broken(OLD, "embankment") if hyphenated else OLD
    new, moved = _laid_out(old, 900)
    position, quote = describe(OLD, start, end)
    old_start = start + (2 if hyphenated and start > old.index("-\n") else 0)
    old_end = end + (2 if hyphenated and end > old.index("-\n") else 0)
    expected = (moved[old_start], moved[old_end - 1] + 1)
    alone = place(new, position, quote)
    together = place_all(new, [Request(position, quote)])[0]
    for placement in (alone, together):
        assert placement.state in PLACED_STATES
        assert (placement.start, placement.end) == expected


def _across_the_first_break() -> tuple[str, list[int], int, int]:
    """``OLD`` laid out in pages, where its code points stand now, and an old passage of
    seventy code points across the first page break."""
    new, moved = _laid_out(OLD, 900)
    first_break = new.index(FOOTER.split(" —")[0])
    old_break = moved.index(first_break + len(new[first_break:].split(HEADER)[0]) + len(HEADER) + 1)
    return new, moved, old_break - 40, old_break + 30


def test_a_passage_across_a_page_break_takes_the_running_lines_in() -> None:
    new, moved, start, end = _across_the_first_break()
    position, quote = describe(OLD, start, end)
    placement = place(new, position, quote)
    assert placement.state == "fuzzy"
    assert (placement.start, placement.end) == (moved[start], moved[end - 1] + 1)
    assert HEADER in new[placement.start : placement.end]


def test_hyphens_the_text_held_before_do_not_move_passages_it_places_as_they_were() -> None:
    old = _broken(OLD, "reservoir")
    start = old.index("Engineers at Kelso")
    position, quote = describe(old, start, start + len("Engineers at Kelso replaced"))
    assert "-\n" not in quote.prefix + quote.exact + quote.suffix
    assert fold_print_breaks(old, [quote.prefix + quote.exact + quote.suffix]) is not None
    assert place(old, position, quote) == (
        "exact",
        position.start,
        position.end,
        1.0,
    )


def test_a_batch_asked_not_to_read_through_print_breaks_leaves_them_in() -> None:
    # ``place`` reads through print breaks only for a passage the whole text leaves
    # unplaced, so its batch of one (for marks the text gained) must not fold them itself
    new, moved, start, end = _across_the_first_break()
    request = Request(*describe(OLD, start, end))
    through = place_all(new, [request])[0]
    assert (through.state, through.start, through.end) == (
        "fuzzy",
        moved[start],
        moved[end - 1] + 1,
    )
    left_in = place_all(new, [request], print_breaks=False)[0]
    assert (left_in.start, left_in.end) != (through.start, through.end)
