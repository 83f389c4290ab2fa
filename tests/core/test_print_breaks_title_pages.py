"""Running page lines as a copy out of a PDF types them (``print_breaks.running_lines``): a
header repeating the title, pages of short lines, a header broken or ligatured on one page."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.print_breaks import PAGE_INTERVAL, PAGE_LINES, running_lines
from desktop_app.core.quote_search import PLACED_STATES
from desktop_app.core.reanchor import place

TITLE = "Visitor notices — the flint gallery"
FOOTER = "Downloaded from the collections portal — page {page} of {pages}"
ROOMS = [
    "Hall", "Tower", "Crypt", "Loft", "Annex", "Vault", "Porch", "Court", "Cellar", "Chapel",
    "Gallery", "Library", "Kitchen", "Stable", "Garden", "Dairy", "Forge", "Mill", "Barn",
    "Orchard", "Lodge", "Study", "Attic", "Pantry",
]  # fmt: skip
NOTICES = [
    "\n".join(
        [
            f"Notice {number} · {room}",
            f"{room} shut on day {number}.",
            f"Ask staff at desk {number + 3}.",
            "Thank you.",
        ]
    )
    for number, room in enumerate(ROOMS, start=1)
]
OLD = TITLE + "\n\n" + "\n\n".join(NOTICES)


def _laid_out(
    text: str, every: int, headers: dict[int, str] | None = None, cuts: list[int] | None = None
) -> tuple[str, int]:
    """``text`` broken into pages of ``every`` lines (notices take five: a length they do
    not divide breaks them at different lines), each break typing the page's footer and
    the title again as the next page's header (``headers``: another header's text at some
    page; ``cuts``: the lines the pages begin at instead); and how many breaks."""
    lines = text.split("\n")
    cuts = cuts or list(range(every, len(lines) - 3, every))
    pages = len(cuts) + 1
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in cuts:
            page = cuts.index(index) + 1
            header = (headers or {}).get(page, TITLE)
            out += [FOOTER.format(page=page, pages=pages), header]
        out.append(line)
    return "\n".join(out), len(cuts)


def _left_out(text: str) -> str:
    """``text`` without its running lines."""
    for start, end, _ in reversed(running_lines(text)):
        text = text[:start] + text[end:]
    return text


def test_a_header_repeating_the_title_is_a_running_line_but_the_title_is_not() -> None:
    new, breaks = _laid_out(OLD, 32)
    runs = running_lines(new)
    assert len(runs) == breaks >= 2
    assert all(lines == (lines[0], TITLE) for _, _, lines in runs)
    assert _left_out(new) == OLD
    assert new.startswith(TITLE + "\n\n")


def test_pages_of_short_lines_nearer_than_a_page_of_code_points_are_pages() -> None:
    new, _ = _laid_out(OLD, PAGE_LINES + 3)
    first, second = (start for start, _, _ in running_lines(new)[:2])
    assert second - first < PAGE_INTERVAL
    assert _left_out(new) == OLD
    assert running_lines(_laid_out(OLD, PAGE_LINES - 8)[0]) == ()


def test_a_header_broken_for_print_or_with_a_ligature_on_one_page_is_read_whole() -> None:
    broken = TITLE.replace("gal", "gal-\n")
    ligature = TITLE.replace("fl", "\ufb02")
    new, breaks = _laid_out(OLD, 32, {1: broken, 2: ligature})
    assert len(running_lines(new)) == breaks
    assert broken in new
    assert ligature in new
    assert _left_out(new) == OLD


def test_a_line_standing_beside_some_page_breaks_does_not_hide_them() -> None:
    # every notice ends "Thank you.": two breaks fall just after that line, one does not
    new, breaks = _laid_out(OLD, 0, cuts=[31, 61, 93])
    befores = [new[: new.index(FOOTER.format(page=page, pages=breaks + 1))] for page in (1, 2, 3)]
    assert [before.endswith("Thank you.\n") for before in befores] == [True, True, False]
    assert len(running_lines(new)) == breaks == 3
    assert _left_out(new) == OLD


def test_a_block_repeated_with_the_same_line_after_each_copy_is_no_running_line() -> None:
    block = "Opening hours, week {week}\nMonday to Friday"
    text = "\n\n".join(
        f"{NOTICES[index]}\n{block.format(week=index + 1)}\nClosed on holidays."
        + "\nBring a card.\nNo food.\nNo drink.\nNo bags." * 6
        for index in range(4)
    )
    assert running_lines(text) == ()


@settings(max_examples=25, deadline=None)
@given(
    every=st.integers(PAGE_LINES + 1, 44).filter(lambda every: every % 5),
    number=st.integers(0, len(NOTICES) - 1),
)
def test_notices_of_pages_laid_out_anew_are_placed_on_their_own_words(
    every: int, number: int
) -> None:
    new, _ = _laid_out(OLD, every)
    notice = NOTICES[number].split("\n")[1]
    start = OLD.index(notice)
    position, quote = describe(OLD, start, start + len(notice))
    expected = new.index(notice)
    for placement in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        assert placement.state in PLACED_STATES
        assert (placement.start, placement.end) == (expected, expected + len(notice))
