"""Quote-only placement after bracketed asides were cut or moved to notes, "[1]" left where
each stood (``core.dropped_asides``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.dropped_asides import aside_dropped_copy

SENTENCES = [
    "Route 18 will run every 15 minutes Monday to Friday (no Sunday service until further notice).",
    "Route 17 will run every 12 minutes Monday to Friday and every 20 minutes on Saturday.",
    "Keep the liquid in the fridge once opened (store it at 2–8 °C) and use it within a month.",
    "Ask at the office for a printed timetable (large print is available on request).",
]
ASIDES = [" (no Sunday service until further notice)", " (store it at 2–8 °C)"]
ASIDES.append(" (large print is available on request)")
TEXT = " ".join(SENTENCES) + "\n\nWe are sorry for any disruption this may cause."


def _edited(mark: str) -> str:
    """The text with every aside cut, ``mark`` numbered in each one's place."""
    text = TEXT
    for number, aside in enumerate(ASIDES, 1):
        text = text.replace(aside, mark.format(number))
    return text


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


@settings(max_examples=30, deadline=None)
@given(which=st.sampled_from([0, 2, 3]), mark=st.sampled_from(["[{}]", "", "*"]))
def test_a_sentence_whose_aside_was_cut_is_placed_on_what_is_left(which: int, mark: str) -> None:
    new = _edited(mark)
    sentence = SENTENCES[which]
    aside = next(a for a in ASIDES if a in sentence)
    marked = mark.format(ASIDES.index(aside) + 1)
    expected = _span(new, sentence.replace(aside, marked))
    _, quote = describe(TEXT, *_span(TEXT, sentence))
    assert aside_dropped_copy(new, quote) == expected
    placement = place_all(new, [Request(*describe(TEXT, *_span(TEXT, sentence)))])[0]
    assert (placement.state, placement.start, placement.end) == ("fuzzy", *expected)


def test_a_quote_mostly_aside_or_holding_none_is_left_alone() -> None:
    new = _edited("[{}]")
    # Mostly aside: what is left is not the passage.
    _, quote = describe(TEXT, *_span(TEXT, "opened (store it at 2–8 °C) and"))
    assert aside_dropped_copy(new, quote) is None
    # No aside the text lacks: the search's business.
    _, quote = describe(TEXT, *_span(TEXT, SENTENCES[1]))
    assert aside_dropped_copy(new, quote) is None
    assert aside_dropped_copy(TEXT, describe(TEXT, *_span(TEXT, SENTENCES[0]))[1]) is None


def test_two_places_that_match_tell_nothing() -> None:
    new = _edited("[{}]")
    _, quote = describe(TEXT, *_span(TEXT, SENTENCES[3]))
    assert aside_dropped_copy(new, quote) is not None
    assert aside_dropped_copy(new + "\n\n" + new, quote) is None
