"""A fuzzy placement holding its quote word for word once, cut back to it:
``core.quote_only_quote_inside``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_quote_inside import cut_to_the_quote_inside
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place
from tests.benchmarks.reanchor_fresh32_families import (
    FRESH32_FAMILIES,
    fresh32_spans,
    fresh32_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases

OLD = (
    "Horses — Section H\n\nClass 50  Welsh Section A mare\nJudge: Mr H. Lewis, Bala\n"
    "1st  Not awarded\n\nAbout this export\n"
)
PUT_IN = "Class 46  Handler 12 to 16\nJudge: Mr H. Lewis, Bala\n1st  W. Jones, Cefn\n\n"


def test_a_fuzzy_placement_holding_its_quote_once_is_cut_back_to_it() -> None:
    start = OLD.index("Class 50")
    end = OLD.index("\n\nAbout")
    position, quote = describe(OLD, start, end)
    new = OLD.replace("About this export", PUT_IN + "About this export")
    taken_in = Placement("fuzzy", start, new.index("\n\nAbout"), 0.9)
    cut = cut_to_the_quote_inside(new, position, quote, taken_in)
    assert (cut.state, cut.start, cut.end) == ("exact", start, end)
    shifted = "A line put in.\n" + new
    moved = Placement("fuzzy", start + 15, shifted.index("\n\nAbout"), 0.9)
    cut = cut_to_the_quote_inside(shifted, position, quote, moved)
    assert (cut.state, cut.start, cut.end) == ("moved", start + 15, end + 15)
    assert shifted[cut.start : cut.end] == quote.exact


def test_other_placements_are_kept() -> None:
    start = OLD.index("Class 50")
    end = OLD.index("\n\nAbout")
    position, quote = describe(OLD, start, end)
    twice = OLD[:end] + "\n" + OLD[start:]
    both = Placement("fuzzy", start, len(twice) - len("\n\nAbout this export\n"), 0.9)
    assert twice.count(quote.exact) == 2
    assert cut_to_the_quote_inside(twice, position, quote, both) == both
    placed = Placement("moved", start, end + 5, 1.0)
    assert cut_to_the_quote_inside(OLD, position, quote, placed) == placed
    edited = OLD.replace("A mare", "A mares")
    fuzzy = Placement("fuzzy", start, end + 1, 0.97)
    assert cut_to_the_quote_inside(edited, position, quote, fuzzy) == fuzzy


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abc \n", min_size=1, max_size=20),
    st.text(alphabet="xyz \n", min_size=0, max_size=20),
    st.text(alphabet="xyz \n", min_size=0, max_size=20),
)
def test_the_cut_placement_reads_its_quote(quote_text: str, before: str, after: str) -> None:
    """Whatever lies around the quote inside a fuzzy placement, the cut placement reads the
    quote word for word when the quote stands there once (copies overlapping counted), else
    it is the placement."""
    text = "Head.\n" + before + quote_text + after + "\nFoot."
    start = len("Head.\n")
    position, quote = describe(text, start + len(before), start + len(before) + len(quote_text))
    if not quote.exact:
        return
    found = Placement("fuzzy", start, start + len(before) + len(quote_text) + len(after), 0.9)
    cut = cut_to_the_quote_inside(text, position, quote, found)
    inside = text[found.start : found.end]
    copies = sum(inside.startswith(quote.exact, at) for at in range(len(inside)))
    if copies == 1:
        assert text[cut.start : cut.end] == quote.exact
        assert cut.state in ("exact", "moved")
    else:
        assert cut == found


def test_the_thirty_second_materials_section_with_a_block_moved_in_is_cut() -> None:
    """A case that was wrong in both modes: a weighbridge day's two intake blocks, a heading
    and note typed in before them and the next day's heading and note after them (a day
    split in two, the calendar rearranged family), placed fuzzily over both, though the
    quote stands word for word once."""
    family = {"calendar rearranged": FRESH32_FAMILIES["calendar rearranged"]}
    cases = edited_cases(range(32108, 32109), family, fresh32_text, fresh32_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 3.0 seed 32108")]
    position, quote = describe(case.text, *case.spans[27])
    new = case.tracked.text
    assert new.count(quote.exact) == 1
    at = new.index(quote.exact)
    for found in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        assert (found.start, found.end) == (at, at + len(quote.exact))
        assert found.state == "moved"
