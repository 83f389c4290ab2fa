"""Quote-only placement among twin entries one day or one number apart (``core.twin_lines``):
a leading line the quote lacks cut off, an end run into a twin's header cut back, and a
passage on a twin's line (its figures other) sent to review."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, review_left_out
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote
from desktop_app.core.twin_lines import (
    LONG_LINE,
    beside_a_twins_line,
    leading_line_cut,
    leads_with_a_twin_piece,
    on_a_figure_twin,
    twin_tail_cut,
)

CLOSING = "Not on public holidays."


def _header(day: int, name: str, stall: int) -> str:
    return f"{day} Mar 2026 — {name} — stall {stall}"


def _headers_last(entries: list[tuple[str, str]]) -> str:
    """A register whose every entry's header was moved after its closing."""
    return "Stall register\n\n" + "\n\n".join(f"{d}\n{CLOSING}\n{h}" for h, d in entries) + "\n"


#: Two-digit days: no header is then a part of another ("1 Mar" of "21 Mar").
days = st.integers(min_value=10, max_value=27)
stalls = st.integers(min_value=1000, max_value=9998)


@given(day=days, stall=stalls)
def test_a_leading_line_the_quote_lacks_is_cut_when_its_first_line_stands_further_on(
    day: int, stall: int
) -> None:
    above = _header(day, "Nguyen Thi Huong", stall)
    own = _header(day + 1, "Pham Quoc Viet", stall + 1)
    entries = [(above, "Sticky rice cakes, 60 cakes."), (own, "Beef pho, 3 large pots.")]
    text = _headers_last(entries)
    exact = f"{own}\nBeef pho, 3 large pots.\n{CLOSING}"
    # the fuzzy guess: the entry above's header (standing where this one's stood), this
    # entry's detail and closing, and its own header, now after them
    start = text.index(above)
    end = text.index(own) + len(own)
    assert leading_line_cut(text, start, end, exact) == text.index("Beef pho")
    # the quote's own first line not inside the passage: nothing to cut
    assert leading_line_cut(text, start, text.index(own) - 1, exact) is None
    # a leading line the quote holds is its own
    assert leading_line_cut(text, start, end, f"{above}\n{exact}") is None
    # a short first line ("Ends") tells nothing
    assert leading_line_cut(text, start, end, "Ends\nBeef pho") is None


def test_the_fuzzy_passage_of_a_moved_header_is_placed_from_its_detail_on() -> None:
    entries = [
        (_header(9, "Nguyen Thi Huong", 7556), "Peach and apricot blossom, 25 pots."),
        (_header(10, "Nguyen Thi Huong", 7557), "Sticky rice cakes and pork roll, 60 cakes."),
        (_header(11, "Pham Quoc Viet", 7601), "Beef pho, 3 large pots; needs 2 sockets."),
    ]
    text = _headers_last(entries)
    own, detail = entries[2]
    exact = f"{own}\n{detail}\n{CLOSING}"
    start, end = text.index(entries[1][0]), text.index(own) + len(own)
    fuzzy = Placement("fuzzy", start, end, 0.9)
    request = Request(*describe("x" + exact, 1, 1 + len(exact)))
    assert review_left_out(text, request, fuzzy) == fuzzy._replace(start=text.index(detail))
    # other states keep their span
    moved = fuzzy._replace(state="moved")
    assert review_left_out(text, request, moved) == moved


@given(day=days, stall=stalls, other_day=days, other_stall=stalls)
def test_a_passage_on_a_twins_line_goes_to_review_when_its_own_line_stands_elsewhere(
    day: int, stall: int, other_day: int, other_stall: int
) -> None:
    own = _header(day, "Pham Quoc Viet", stall)
    twin = _header(other_day, "Pham Quoc Viet", other_stall)
    old = f"Register\n\n{own}\nBeef pho.\n{CLOSING}\n"
    start = old.index("Pham")
    position, quote = describe(old, start, start + len("Pham Quoc Viet"))
    new = f"Register\n\n{twin}\nBeef pho.\n{CLOSING}\n\nLater\n\n{own}\nBeef pho.\n"
    at = new.index("Pham")
    twin_taken = on_a_figure_twin(new, at, at + len("Pham Quoc Viet"), quote)
    assert twin_taken == (twin != own)
    own_at = new.index("Pham", new.index("Later"))
    assert not on_a_figure_twin(new, own_at, own_at + len("Pham Quoc Viet"), quote)
    if twin != own:
        # the quote's own line standing twice, or nowhere: no telling which is meant
        twice = new + f"\n{own}\n"
        assert not on_a_figure_twin(twice, at, at + len("Pham Quoc Viet"), quote)
        gone = new.replace(own, twin)
        assert not on_a_figure_twin(gone, at, at + len("Pham Quoc Viet"), quote)
        # a placement moved onto the twin's line goes to review, its guess kept; one
        # where the passage stood (exact: a figure corrected in place) keeps its state
        request = Request(position, quote)
        moved = Placement("moved", at, at + len("Pham Quoc Viet"), 0.98)
        assert review_left_out(new, request, moved) == moved._replace(state="review")
        exact = moved._replace(state="exact")
        assert review_left_out(new, request, exact) == exact
        mine = Placement("moved", own_at, own_at + len("Pham Quoc Viet"), 1.0)
        assert review_left_out(new, request, mine) == mine


def test_a_line_of_another_name_with_the_same_figures_is_no_twin() -> None:
    own = _header(12, "Pham Quoc Viet", 7602)
    old = f"Register\n\n{own}\nBeef pho.\n"
    start = old.index("— stall")
    _, quote = describe(old, start, start + len("— stall"))
    other = _header(12, "Someone Else Entirely Here", 7602)
    new = f"Register\n\n{other}\nBeef pho.\n\n{own}\n"
    at = new.index("— stall")
    assert not on_a_figure_twin(new, at, at + len("— stall"), quote)
    assert len(own) >= LONG_LINE


@given(day=days, number=st.integers(min_value=10, max_value=80))
def test_an_end_run_into_a_twins_header_is_cut_back(day: int, number: int) -> None:
    own = f"{day} Apr 2026 — notice {number}/26 — ref. 8252"
    twin = f"{day + 2} Apr 2026 — notice {number + 1}/26 — ref. 8265"
    note = "Keep channel 12 open at all times."
    old = f"Part 2\n\n{note}\n\n{own}\nNo anchoring.\n"
    end_of_piece = old.index(" 8252")
    position, quote = describe(old, old.index(note), end_of_piece)
    new = f"Part 2\n\n{note}\n\n{twin}\nNo anchoring.\n\nPart 3\n\n{own}\nNo anchoring.\n"
    start = new.index(note)
    end = new.index(" 8265")
    assert twin_tail_cut(new, start, end, quote) == start + len(note)
    # the quote's own piece where the passage ends: nothing to cut
    own_end = new.index(" 8252")
    assert twin_tail_cut(new, start, own_end, quote) is None
    # its own line standing nowhere else (edited in place): the passage keeps its end
    edited = new.replace(f"{own}\n", "")
    edited_start = edited.index(note)
    assert twin_tail_cut(edited, edited_start, edited.index(" 8265"), quote) is None
    # the twin piece in the passage's own paragraph: a line of it, corrected in place
    joined = new.replace(f"{note}\n\n{twin}", f"{note}\n{twin}")
    joined_start = joined.index(note)
    assert twin_tail_cut(joined, joined_start, joined.index(" 8265"), quote) is None
    assert position.end == end_of_piece


def test_a_passage_leading_with_a_twins_header_piece_is_told() -> None:
    quote = TextQuote(
        exact="ref. 8252\nNo anchoring between buoys 3 and 4.",
        prefix="\n\n3 Apr 2026 — notice 16/26 — ",
        suffix="\nUntil further notice.",
    )
    own = "3 Apr 2026 — notice 16/26 — ref. 8252"
    new = (
        "Part 2\n\n5 Apr 2026 — notice 15/26 — ref. 8265\nNo anchoring between buoys 3 and 4."
        f"\n\nPart 3\n\n{own}\nDivers at work.\n"
    )
    start = new.index("ref. 8265")
    end = new.index("4.") + 2
    assert leads_with_a_twin_piece(new, start, end, quote)
    own_start = new.index("ref. 8252")
    assert not leads_with_a_twin_piece(new, own_start, own_start + len(quote.exact), quote)
    # an added figure is no twin's ("ref. 8265 (2)")
    added = new.replace("ref. 8265", "ref. 8265 (2)")
    assert not leads_with_a_twin_piece(added, start, end + 4, quote)
    # in a batch or alone, the twin's passage goes to review
    fuzzy = Placement("fuzzy", start, end, 0.9)
    request = Request(TextPosition(0, len(quote.exact)), quote)
    assert review_left_out(new, request, fuzzy) == fuzzy._replace(state="review")


@given(day=days, stall=stalls, other_day=days, other_stall=stalls)
def test_a_passage_beside_a_twins_header_leaving_out_its_own_is_told(
    day: int, stall: int, other_day: int, other_stall: int
) -> None:
    own = _header(day, "Pham Quoc Viet", stall)
    twin = _header(other_day, "Pham Quoc Viet", other_stall)
    body = "Beef pho, 3 large pots.\nNot on public holidays."
    exact = f"{own}\n{body}"
    new = f"Part 1\n\n{twin}\n{body}\n\nPart 2\n\n{own}\n{body}\n"
    start = new.index(body)
    told = beside_a_twins_line(new, start, start + len(body), exact)
    assert told == (twin != own)
    # the quote's own header standing nowhere else, or twice: nothing to go by
    assert not beside_a_twins_line(
        new.replace(own, "Someone else"), start, start + len(body), exact
    )
    twice = new + f"\n{own}\n"
    assert not beside_a_twins_line(twice, start, start + len(body), exact)
    # its last line the twin's, just after the passage
    closing = f"Beef pho, 3 large pots.\n{own}"
    after = f"Part 1\n\nBeef pho, 3 large pots.\n{twin}\n\nPart 2\n\n{closing}\n"
    at = after.index("Beef")
    told_after = beside_a_twins_line(after, at, at + len("Beef pho, 3 large pots."), closing)
    assert told_after == (twin != own)
