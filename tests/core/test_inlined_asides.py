"""Quote-only placement of a note whose footnote was moved into brackets where its marker
stood: the fuzzy passage ends before the aside its quote lacks (``core.inlined_asides``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.inlined_asides import LEAST_ASIDE, inlined_aside_end
from desktop_app.core.reanchor import place

NOTE = (
    "Reports must reach the secretary by 20:00 on Sunday (see division 5). The referees’ "
    "marks are due by Wednesday. Fines for late team sheets will be invoiced this week."
)
FOOTNOTE = "Arley Wanderers have appealed against the result."
BULLET = "\n\n- The home side hit the bar twice\n"
OLD = f"6. Challenge Trophy\n\n{NOTE}[4]{BULLET}\nNotes\n\n[4] {FOOTNOTE}\n"
INLINED = f"6. Challenge Trophy\n\n{NOTE} ({FOOTNOTE}){BULLET}"


def test_a_note_with_its_footnote_inlined_ends_before_the_aside() -> None:
    start = OLD.index(NOTE)
    position, quote = describe(OLD, start, start + len(NOTE) + len("[4]"))
    note_end = INLINED.index(NOTE) + len(NOTE)
    for placed in (
        place(INLINED, position, quote),
        place_all(INLINED, [Request(position, quote)])[0],
    ):
        assert placed.state == "fuzzy"
        assert (placed.start, placed.end) == (INLINED.index(NOTE), note_end)


def test_an_aside_the_quote_holds_or_a_short_one_is_kept() -> None:
    exact = f"{NOTE} ({FOOTNOTE})"
    assert (
        inlined_aside_end(INLINED, INLINED.index(NOTE), INLINED.index(exact) + len(exact), exact)
        is None
    )
    short = f"{NOTE} (2024)"
    text = short + "\n"
    assert inlined_aside_end(text, 0, len(short), NOTE + "[4]") is None
    # no aside at the end, or one across a line break
    assert inlined_aside_end(INLINED, 0, INLINED.index(NOTE) + len(NOTE), NOTE) is None
    # a quote ending without a footnote marker: a code spelled out, the code in brackets
    spelled = "Flights leave from London Heathrow (LHR)"
    assert inlined_aside_end(spelled, 0, len(spelled), "Flights leave from LHR") is None
    broken = f"{NOTE} (one\nline)"
    assert inlined_aside_end(broken, 0, len(broken), NOTE) is None


@given(
    st.text(alphabet="abcdefghij ", min_size=20, max_size=80).filter(lambda s: s.strip()),
    st.text(alphabet="klmnopqrs ", min_size=LEAST_ASIDE, max_size=60).filter(lambda s: s.strip()),
)
def test_a_passage_ending_with_an_aside_its_quote_lacks_is_cut_before_it(
    words: str, aside: str
) -> None:
    """Whatever the passage's words and the aside's, the cut ends right before " (": the
    aside's letters never stand in the quote, so without it the passage reads more like it."""
    text = f"{words} ({aside})"
    assert inlined_aside_end(text, 0, len(text), words + "[1]") == len(words)
