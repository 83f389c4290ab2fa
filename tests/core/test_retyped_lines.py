"""Quote-only placement of a stock closing line retyped in other words in some entries of a
register: the retyped line is a guess, sent to review (``core.retyped_lines``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all, review_left_out
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place
from desktop_app.core.retyped_lines import LEAST_LINE, on_a_retyped_stock_line

STOCK = "Does not run on public holidays."
RETYPED = "Not on public holidays."
NOTES = [
    "Change at Pontypridd; the connection is held for 3 minutes.",
    "Runs as a 2-car train; the front car is for Merthyr.",
    "Arrives Cardiff Central at 07:35, 4 minutes later than shown.",
    "Replaced by a bus between Radyr and Pontypridd.",
]


def _footnotes(closings: list[str]) -> str:
    entries = [
        f"{day} Jan 2026 — footnote {letter} — train {5100 + day}\n{note}\n{closing}"
        for day, letter, note, closing in zip(range(3, 19, 4), "ABCD", NOTES, closings, strict=True)
    ]
    return "Footnotes\n\n" + "\n\n".join(entries) + "\n"


def _closing_of(text: str, index: int) -> tuple[int, int]:
    at = text.index(NOTES[index]) + len(NOTES[index]) + 1
    return at, text.index("\n", at)


@given(retyped=st.lists(st.booleans(), min_size=4, max_size=4))
def test_a_stock_line_found_only_retyped_goes_to_review_when_both_wordings_repeat(
    retyped: list[bool],
) -> None:
    old = _footnotes([STOCK] * 4)
    new = _footnotes([RETYPED if flag else STOCK for flag in retyped])
    quote = describe(old, *_closing_of(old, 0))[1]
    start, end = _closing_of(new, 0)
    told = on_a_retyped_stock_line(new, start, end, quote.exact, quote.prefix, quote.suffix)
    kept, changed = retyped.count(False), retyped.count(True)
    assert told == (retyped[0] and kept >= 1 and changed >= 2)


def test_the_rule_reaches_both_paths() -> None:
    old = _footnotes([STOCK] * 4)
    new = _footnotes([RETYPED, STOCK, RETYPED, STOCK])
    position, quote = describe(old, *_closing_of(old, 0))
    request = Request(position, quote)
    start, end = _closing_of(new, 0)
    fuzzy = Placement("fuzzy", start, end, 0.83)
    assert review_left_out(new, request, fuzzy) == fuzzy._replace(state="review")
    # neither path places the quote confidently on the retyped line
    for placed in (place(new, position, quote), place_all(new, [request])[0]):
        assert placed.state in ("review", "orphaned")


def test_a_typo_a_part_of_a_line_or_a_short_line_is_left_alone() -> None:
    old = _footnotes([STOCK] * 4)
    start, end = _closing_of(old, 0)
    quote = describe(old, start, end)[1]
    typo = "Does not run on public holiday."
    new = _footnotes([typo, typo, STOCK, STOCK])
    at, at_end = _closing_of(new, 0)
    assert not on_a_retyped_stock_line(new, at, at_end, quote.exact, quote.prefix, quote.suffix)
    # a quote that is a part of its line
    part = describe(old, start + 5, end)[1]
    retyped = _footnotes([RETYPED, RETYPED, STOCK, STOCK])
    at, at_end = _closing_of(retyped, 0)
    assert not on_a_retyped_stock_line(retyped, at, at_end, part.exact, part.prefix, part.suffix)
    # a short stock line
    assert len("Ends") < LEAST_LINE
    short = old.replace(STOCK, "Ends")
    ends = short.index("Ends")
    short_quote = describe(short, ends, ends + 4)[1]
    shorter = short.replace("Ends", "End", 2)
    assert not on_a_retyped_stock_line(
        shorter,
        ends,
        ends + 3,
        short_quote.exact,
        short_quote.prefix,
        short_quote.suffix,
    )
