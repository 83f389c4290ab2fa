"""Doubts about a placement by the quote alone: a paragraph pasted again beside itself."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import CONTEXT, describe
from desktop_app.core.placement_doubts import (
    _holds_word,
    _words,
    break_beside_a_twin,
    pasted_beside,
    reordered_across_an_edge,
)
from desktop_app.core.quote_search import search
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextQuote

BEFORE = "Crowds gathered outside the ministry as the delegation arrived in the capital."
ENTRY = "14:13 GMT\nUpdate: Officials in Astana warned that trade would grow as routes opened."
AFTER = "Reporting by Aigerim Seitkali; Editing by Mark Potter."
QUOTE = "Update: Officials in"


def test_a_paragraph_pasted_beside_itself_then_edited_makes_its_passage_a_guess() -> None:
    old = "\n\n".join([BEFORE, ENTRY, AFTER])
    edited = ENTRY.replace("grow", "trow")
    opening = "A paragraph added at the top moves every passage of the text."
    new = "\n\n".join([opening, BEFORE, edited, ENTRY, AFTER])
    start = old.index(QUOTE)
    placement = place(new, *describe(old, start, start + len(QUOTE)))
    assert placement.state == "review"
    first = new.index(QUOTE)
    assert pasted_beside(new, first, first + len(QUOTE), QUOTE)


def test_a_different_paragraph_beside_casts_no_doubt() -> None:
    text = "\n\n".join([BEFORE, ENTRY, AFTER])
    start = text.index(QUOTE)
    assert not pasted_beside(text, start, start + len(QUOTE), QUOTE)


def test_a_twin_paragraph_without_the_quote_casts_no_doubt() -> None:
    twin = ENTRY.replace("Update: Officials in", "Update: Ministers of")
    text = "\n\n".join([BEFORE, twin, ENTRY, AFTER])
    start = text.index(QUOTE)
    assert not pasted_beside(text, start, start + len(QUOTE), QUOTE)


def test_the_paragraph_before_is_read_whole_when_it_opens_the_text() -> None:
    # A quote as short as two letters, at the very start of the text's first paragraph: a
    # copy of the paragraph read from its second character no longer holds it.
    paragraph = "Xy is how the notice starts, and it was pasted twice by mistake"
    text = f"{paragraph}.\n\n{paragraph}!"
    second = text.index("Xy", 1)
    assert pasted_beside(text, second, second + 2, "Xy")
    first = text.index("Xy")
    assert pasted_beside(text, first, first + 2, "Xy")  # and the one after it, from the first


SURVEY = "\n".join(
    [
        "Table 1: Survey figures so far (shoot loss 2.75 per m²)",
        "Inner transect | 0.42 | 14 quadrats",
        "Outer transect | 0.38 | 14 quadrats",
        "Result: no change since the February count.",
    ]
)
MINUTES = "\n\n".join(
    ["Minutes of the survey group", "5. Meeting of 20 March", SURVEY, "Action: none."]
)
TABLE_QUOTE = "Table 1: Survey figures so far (shoot loss 2.75 per m²)\nInner transect | 0.42"
ADDED_ON_TOP = "Matters arising from the last meeting were read out and agreed without change."


def _moved_down(old: str, quote: str) -> tuple[str, int, int]:
    """The text with a paragraph put on top, and where ``quote`` now stands in it once."""
    new = f"{ADDED_ON_TOP}\n\n{old}"
    assert new.count(quote) == 1
    return new, new.index(quote), new.index(quote) + len(quote)


def test_a_table_row_beside_its_neighbour_row_casts_no_doubt_on_a_passage_read_as_stored() -> None:
    # the rows stand alike side by side (a name and a figure apart): the passage's row, read
    # with its stored context, is not the row beside it
    new, start, end = _moved_down(MINUTES, TABLE_QUOTE)
    assert break_beside_a_twin(new, start, end)  # the doubt without what was read
    prefix, suffix = new[start - CONTEXT : start], new[end : end + CONTEXT]
    assert not break_beside_a_twin(new, start, end, (start - len(prefix), end + len(suffix)))
    # the suffix not standing whole (a row inserted, a typo after the passage), the row
    # beside it is still a near copy it may reach into
    assert break_beside_a_twin(new, start, end, (start - len(prefix), end))
    old_start = MINUTES.index(TABLE_QUOTE)
    placement = place(new, *describe(MINUTES, old_start, old_start + len(TABLE_QUOTE)))
    assert (placement.state, placement.start, placement.end) == ("moved", start, end)


def test_a_line_pasted_again_beside_itself_keeps_the_passage_reaching_into_it_a_guess() -> None:
    # the search's doubt (a batch's later passes may still settle it by the other side)
    row = "Inner transect | 0.42 | 14 quadrats"
    pasted = MINUTES.replace(row, f"{row}\n{row}")
    new, start, end = _moved_down(pasted, TABLE_QUOTE)
    read = (start - CONTEXT, end + CONTEXT)
    assert new[read[0] : start] + new[start:end] + new[end : read[1]] in pasted
    assert break_beside_a_twin(new, start, end, read)
    old_start = MINUTES.index(TABLE_QUOTE)
    found = search(new, *describe(MINUTES, old_start, old_start + len(TABLE_QUOTE)))
    assert (found.state, found.start, found.end) == ("review", start, end)


#: Rows, a copy of one and one a figure off (a near copy that lacks the piece read there).
LINES = [
    "Inner | 0.42",
    "Outer | 0.38",
    "Inner | 0.42",
    "Inner | 0.43",
    "Total | 0.80",
    "Notes",
    "",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), min_size=1, max_size=12),
    st.integers(min_value=0, max_value=150),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_what_was_read_only_takes_doubts_away(
    lines: list[str], start: int, length: int, before: int, after: int
) -> None:
    # a near copy counted with what was read is one counted without it: the stretch read
    # never casts a doubt of its own
    text = "\n".join(lines)
    start = min(start, len(text))
    end = min(len(text), start + length)
    read = (max(0, start - before), min(len(text), end + after))
    if break_beside_a_twin(text, start, end, read):
        assert break_beside_a_twin(text, start, end)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab_1é .\n")), max_size=30),
    st.text(alphabet=st.sampled_from(list("ab_1é .\n")), min_size=1, max_size=6),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
def test_a_word_stands_whole_in_a_span_as_the_word_pattern_finds_it(
    text: str, word: str, start: int, end: int
) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    for run in set(re.findall(r"\w+", word)):
        expected = run in re.findall(r"\w+", text[start:end])
        assert _holds_word(text, run, start, end) == expected


def _reordered_stretch_by_stretch(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """``reordered_across_an_edge`` as first written: each stretch's words read apart, the
    words outside read whatever the context."""
    context = _words(quote.prefix) | _words(quote.suffix)
    ends = _words(quote.exact[:CONTEXT]) | _words(quote.exact[-CONTEXT:])
    outside = _words(text[max(0, start - CONTEXT) : start]) | _words(text[end : end + CONTEXT])
    if (outside & ends) - context:
        return True
    return any(
        _holds_word(text, word, start, end)
        for word in context
        if not _holds_word(quote.exact, word, 0, len(quote.exact))
    )


EDGE_PIECES = ["Ruiz ", "Hart ", "Okafor, ", "said ", "so. ", "the ", "draw\n", "fair_1 ", "é"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(EDGE_PIECES), min_size=1, max_size=40),
    st.lists(st.sampled_from(EDGE_PIECES), min_size=1, max_size=40),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=1, max_value=80),
    st.integers(min_value=-8, max_value=8),
    st.integers(min_value=-8, max_value=8),
)
def test_words_across_an_edge_are_told_as_when_each_stretch_was_read_apart(
    old_pieces: list[str],
    new_pieces: list[str],
    start: int,
    length: int,
    shift_start: int,
    shift_end: int,
) -> None:
    # the passage placed in the old text itself (the context as stored: the shortcut), or
    # in a reordered text, its ends nudged (the words outside read)
    old, new = "".join(old_pieces), "".join(new_pieces)
    start = min(start, len(old) - 1)
    end = min(len(old), start + length)
    position, quote = describe(old, start, end)
    if not quote.exact.strip():
        return
    for text in (old, new):
        lo = max(0, min(len(text), position.start + shift_start))
        hi = max(lo, min(len(text), position.end + shift_end))
        expected = _reordered_stretch_by_stretch(text, lo, hi, quote)
        assert reordered_across_an_edge(text, lo, hi, quote) == expected
