"""Quote-only placement of an entry whose header line moved after its closing, among twin
entries one number apart: a fuzzy guess leaving out a line of its quote that stands once
beside it or as its twin's goes to review (``core.left_out_lines``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.left_out_lines import LONG_LINE, TWIN_REACH, leaves_out_a_line
from desktop_app.core.quote_search import search
from desktop_app.core.reanchor import place

ENTRIES = [
    ("9 Mar 2026 — Nguyen Thi Huong — stall 7556", "Peach and apricot blossom, 25 pots."),
    ("10 Mar 2026 — Nguyen Thi Huong — stall 7557", "Sticky rice cakes and pork roll, 60 cakes."),
    ("11 Mar 2026 — Pham Quoc Viet — stall 7601", "Beef pho, 3 large pots; needs 2 sockets."),
    ("12 Mar 2026 — Pham Quoc Viet — stall 7602", "Hand-written red couplets."),
]
CLOSING = "Not on public holidays."
OLD = "Stall register\n\n" + "\n\n".join(f"{h}\n{d}\n{CLOSING}" for h, d in ENTRIES) + "\n"
#: A new template: every entry's header moved after its closing.
HEADERS_LAST = "Stall register\n\n" + "\n\n".join(f"{d}\n{CLOSING}\n{h}" for h, d in ENTRIES) + "\n"


def _entry(index: int) -> tuple[int, int]:
    header, detail = ENTRIES[index]
    start = OLD.index(header)
    return start, start + len(f"{header}\n{detail}\n{CLOSING}")


def test_an_entry_whose_header_moved_last_is_not_placed_over_the_header_above() -> None:
    position, quote = describe(OLD, *_entry(2))
    alone = search(HEADERS_LAST, position, quote)
    assert alone.state == "fuzzy"  # the entry above's header, its own detail and closing
    assert HEADERS_LAST[alone.start : alone.end].startswith(ENTRIES[1][0])
    for placed in (
        place(HEADERS_LAST, position, quote),
        place_all(HEADERS_LAST, [Request(position, quote)])[0],
    ):
        assert placed == alone._replace(state="review")


def test_a_line_left_out_beside_the_passage_or_as_a_twin_is_told() -> None:
    exact = OLD[slice(*_entry(2))]
    detail = HEADERS_LAST.index(ENTRIES[2][1])
    closing_end = HEADERS_LAST.index(CLOSING, detail) + len(CLOSING)
    # detail and closing found, the header standing just after them
    assert leaves_out_a_line(HEADERS_LAST, detail, closing_end, exact)
    assert leaves_out_a_line(HEADERS_LAST, detail, closing_end - 1, exact)  # stop fallen short
    # a twin's header (one number apart) found in the header's place, the quote's own
    # header standing near (a line below), not far off (a correction quoting it)
    twin_exact = f"{ENTRIES[3][0].replace('7602', '7603')}\n{ENTRIES[3][1]}\n{CLOSING}"
    header = twin_exact.split("\n")[0]
    near = OLD + "Also listed:\n" + header + "\n"
    twin_start = near.index(ENTRIES[3][0])
    twin_end = twin_start + len(twin_exact) - 1
    assert leaves_out_a_line(near, twin_start, twin_end, twin_exact)
    far = OLD + "Also listed:\n" + "More notes. " * (TWIN_REACH // 10) + header + "\n"
    assert not leaves_out_a_line(far, twin_start, twin_end, twin_exact)
    renamed = near.replace(ENTRIES[3][0], "12 Mar 2026 — someone else entirely")
    assert not leaves_out_a_line(renamed, twin_start, twin_end, twin_exact)


def test_a_last_line_just_before_the_passage_is_left_alone() -> None:
    start, end = _entry(2)
    exact = OLD[start:end]
    reworded = OLD[:start] + OLD[start:end].replace(CLOSING, "Closed on holidays.") + OLD[end:]
    others = reworded.replace(f"{ENTRIES[1][1]}\n{CLOSING}", f"{ENTRIES[1][1]}\nEnds")
    only_above = others.replace(f"{ENTRIES[3][1]}\n{CLOSING}", f"{ENTRIES[3][1]}\nEnds")
    only_above = only_above.replace(f"{ENTRIES[0][1]}\n{CLOSING}", f"{ENTRIES[0][1]}\nEnds")
    # the entry above keeps the stock closing, once, just before this entry: no telling
    above = only_above.replace(f"Ends\n\n{ENTRIES[2][0]}", f"{CLOSING}\n\n{ENTRIES[2][0]}")
    assert above.count(CLOSING) == 1
    begin = above.index(ENTRIES[2][0])
    assert not leaves_out_a_line(above, begin, begin + len(exact) - 4, exact)


def test_lines_kept_short_or_standing_twice_tell_nothing() -> None:
    start, end = _entry(1)
    exact = OLD[start:end]
    assert not leaves_out_a_line(OLD, start, end, exact)  # every line held
    reworded = OLD[:start] + OLD[start:end].replace(CLOSING, "Closed on holidays.") + OLD[end:]
    new_end = end - len(CLOSING) + len("Closed on holidays.")
    # the stock closing left out stands in every other entry: no telling which
    assert not leaves_out_a_line(reworded, start, new_end, exact)
    short = "Ends\n"
    assert len(short.strip()) < LONG_LINE
    assert not leaves_out_a_line(OLD + short, start, end, exact + "\n" + short.strip())


@given(st.lists(st.sampled_from(["alpha beta gamma delta", "epsilon 12 zeta", "eta", "\n"])))
def test_a_passage_holding_every_line_of_its_quote_leaves_none_out(pieces: list[str]) -> None:
    exact = "".join(pieces)
    text = "Heading\n\n" + exact + "\n\nThe end."
    start = text.index(exact) if exact else 0
    assert not leaves_out_a_line(text, start, start + len(exact), exact)
