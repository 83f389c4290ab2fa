"""Tests for reading the gaps between a table's fields as one space (quote only)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import batch_placement
from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_gaps import (
    fold_gaps,
    gaps_rewritten,
    header_rows,
    may_hold_gaps,
    position_without_gaps,
    quote_without_gaps,
    quotes_with_gaps_rewritten,
    text_may_hold_gaps,
    without_gaps,
)
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextPosition, TextQuote

MORNING = [
    ("Hake", "A1", "£6.40/kg"),
    ("Hake", "A2", "£6.10/kg"),
    ("Herring", "A1", "£1.10/kg"),
    ("Herring", "B1", "£0.30/kg"),
    ("Pollack", "A1", "No sale"),
]
#: The afternoon sale repeats the morning's rows with one price changed.
AFTERNOON = [*MORNING[:1], ("Hake", "A2", "£6.20/kg"), *MORNING[2:]]


def _sheet(gap: str) -> str:
    """A fish auction's price sheet, its fields kept apart by ``gap`` in the morning's rows
    and by two spaces in the afternoon's."""
    morning = "\n".join(gap.join(row) for row in MORNING)
    afternoon = "\n".join("  ".join(row) for row in AFTERNOON)
    return f"Newlyn fish market\n\nMorning sale\n{morning}\n\nAfternoon sale\n{afternoon}\n"


def test_a_gap_is_a_run_of_spaces_or_a_tab_between_fields() -> None:
    assert without_gaps("Hake  A1\t£6.40/kg") == "Hake A1 £6.40/kg"
    assert without_gaps("Hake \t A1   No sale") == "Hake A1 No sale"
    assert without_gaps("One space stays") == "One space stays"
    # an indent or trailing spaces are no gap between fields
    assert without_gaps("row\n    indented  \nnext") == "row\n    indented  \nnext"


def test_a_quote_is_read_without_its_gaps_context_and_all() -> None:
    quote = TextQuote("Herring  A1  £1.10/kg", "sale\nHake  A2  ", "\nHerring\tB1")
    assert quote_without_gaps(quote) == TextQuote(
        "Herring A1 £1.10/kg", "sale\nHake A2 ", "\nHerring B1"
    )


@given(st.text(alphabet="ab \t\n", max_size=40))
def test_a_text_may_hold_gaps_only_with_two_spaces_or_a_tab(text: str) -> None:
    assert may_hold_gaps(text) == ("  " in text or "\t" in text)
    assert text_may_hold_gaps(text) == may_hold_gaps(text)
    if not may_hold_gaps(text):
        assert without_gaps(text) == text


def test_a_text_is_read_for_gaps_once_however_many_passages_it_places() -> None:
    text = _sheet("\t")
    quotes = [TextQuote(piece, "", "") for piece in ("Hake", "Herring", "Pollack", "sale")]
    text_may_hold_gaps.cache_clear()
    for quote in quotes:
        gaps_rewritten(text, (quote,))
    assert text_may_hold_gaps.cache_info().misses == 1


@given(st.text(alphabet="ab \t\n", max_size=40))
def test_the_folded_text_reads_back_on_the_whole_texts_own_characters(text: str) -> None:
    folded = fold_gaps(text)
    assert folded.text == without_gaps(text)
    assert len(folded.origin) == len(folded.text) + 1
    assert folded.origin[-1] == len(text)
    for at, char in enumerate(folded.text):
        stood = text[folded.origin[at]]
        assert stood == char or (char == " " and stood in " \t")
    assert folded.origin == sorted(set(folded.origin))


def test_where_a_passage_stood_is_read_past_the_gaps_before_it() -> None:
    text = "Hake    A1\tNo sale\nHerring  B1"
    folded = fold_gaps(text)
    position = position_without_gaps(folded, TextPosition(text.index("Herring"), len(text)))
    assert folded.text[position.start : position.end] == "Herring B1"


def test_gaps_rewritten_only_when_the_quote_stands_more_often_so() -> None:
    laid_out = _sheet("  ")
    quote = describe(laid_out, *_span(laid_out, "Herring  A1  £1.10/kg", 0))[1]
    assert gaps_rewritten(laid_out, [quote]) is None
    assert gaps_rewritten(_sheet("\t"), [quote]) is not None
    assert gaps_rewritten("Plain prose, one space between words.", [quote]) is None


def _span(text: str, piece: str, copy: int) -> tuple[int, int]:
    """The span of the ``copy``-th occurrence of ``piece`` in ``text``."""
    at = -1
    for _ in range(copy + 1):
        at = text.index(piece, at + 1)
    return at, at + len(piece)


def test_a_row_rewritten_with_tabs_is_found_in_its_own_sale_not_its_twin() -> None:
    old = _sheet("  ")
    new = _sheet("\t")
    position, quote = describe(old, *_span(old, "Herring  A1  £1.10/kg", 0))
    truth = _span(new, "Herring\tA1\t£1.10/kg", 0)
    one = place(new, position, quote)
    batch = place_all(new, [Request(position, quote)])[0]
    for found in (one, batch):
        assert (found.start, found.end) == truth
        assert found.state == "fuzzy"  # the text reads the quote with other gaps


def test_a_row_re_padded_is_found_in_every_mode() -> None:
    old = _sheet("  ")
    new = _sheet("   ")
    spans = [_span(old, "  ".join(row), 0) for row in MORNING]
    described = [describe(old, *span) for span in spans]
    truths = [_span(new, "   ".join(row), 0) for row in MORNING]
    batch = place_all(new, [Request(*d) for d in described])
    assert [(p.start, p.end) for p in batch] == truths
    assert [(p.start, p.end) for p in (place(new, *d) for d in described)] == truths


HEADER = "Row\tColumn B\tColumn C\tColumn D\tColumn E"


def _with_headers(text: str, every: int) -> str:
    """``text`` with :data:`HEADER` put before every ``every``-th line."""
    lines = text.split("\n")
    return "\n".join(
        f"{HEADER}\n{line}" if number % every == every - 1 else line
        for number, line in enumerate(lines)
    )


def test_a_header_row_is_a_row_in_columns_standing_three_times() -> None:
    text = _with_headers(_sheet("  "), 4)
    rows = header_rows(text)
    assert list(rows) == [HEADER]
    assert all(text[start:end] == HEADER + "\n" for start, end in rows[HEADER])
    # twice is no header row, and neither is a stock line without gaps
    assert header_rows("a  b\nc\na  b\nNo sale\nNo sale\nNo sale") == {}


def test_a_passage_across_a_header_row_put_in_takes_it_in() -> None:
    old = _sheet("  ")
    new = _with_headers(old, 4)
    passage = "Herring  B1  £0.30/kg\nPollack  A1  No sale"
    position, quote = describe(old, *_span(old, passage, 0))
    start = new.index("Herring  B1")
    truth = (start, new.index("No sale", start) + len("No sale"))
    assert HEADER in new[slice(*truth)]
    for found in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        assert (found.start, found.end) == truth


def test_a_header_row_a_context_holds_even_cut_is_kept() -> None:
    old = _with_headers(_sheet("  "), 4)
    new = _with_headers(_sheet("\t"), 4)
    after = old.index(HEADER) + len(HEADER) + 1
    quote = describe(old, after, old.index("\n", after))[1]
    assert HEADER not in quote.prefix
    assert quote.prefix == HEADER[-31:] + "\n"
    folded = gaps_rewritten(new, [quote])
    assert folded is not None
    assert without_gaps(HEADER) in folded.text
    other = TextQuote("Herring  A1", "kg\n", "  £1.10/kg")
    kept_out = gaps_rewritten(new, [other])
    assert kept_out is not None
    assert without_gaps(HEADER) not in kept_out.text


def test_in_a_batch_only_the_passages_whose_gaps_differ_are_read_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = _sheet("  ")
    new = old.replace("Herring  A1  £1.10/kg", "Herring\tA1\t£1.10/kg", 1)
    pieces = ["Herring  A1  £1.10/kg", "Newlyn fish market", "Afternoon sale", "Pollack  A1"]
    requests = [Request(*describe(old, *_span(old, piece, 0))) for piece in pieces]
    rewritten = quotes_with_gaps_rewritten(new, [request.quote for request in requests])
    assert rewritten is not None
    assert rewritten[1] == [True, False, False, True]
    read_so = place_all(new, requests)
    assert (read_so[0].start, read_so[0].end) == _span(new, "Herring\tA1\t£1.10/kg", 0)
    monkeypatch.setattr(batch_placement, "quotes_with_gaps_rewritten", lambda *_: None)
    as_laid_out = place_all(new, requests)
    assert [read_so[1], read_so[2]] == [as_laid_out[1], as_laid_out[2]]
