"""Ligatures a copy out of a PDF typed ("ﬁ" for "fi") read as their letters when quotes and
their context hold none (``folded_markup.fold_print_breaks``, ``fold_new_markup``)."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.folded_markup import fold_new_markup, fold_print_breaks
from desktop_app.core.quote_only_folded_context import (
    placed_on_its_folded_context,
    whole_context_folded,
)
from desktop_app.core.quote_search import PLACED_STATES, search
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextPosition, TextQuote

FINDS = [
    "{item} flakes found in the {n}th field were sifted and filed.",
    "{item} in a fine flask from trench {n} is on the first floor.",
    "{item} with fifty fish hooks and a flute came from pit {n}.",
    "{item} by a flat fibula of bronze lay in grave {n}, its pin lost.",
]
ITEMS = [
    "Amber", "Basalt", "Chert", "Dolerite", "Ebony", "Felsite", "Granite", "Horn", "Ivory",
    "Jet", "Kaolin", "Lignite", "Marble", "Nacre", "Obsidian", "Pumice", "Quartz", "Rhyolite",
    "Shale", "Tuff", "Umber", "Vellum", "Willow", "Yew",
]  # fmt: skip
#: Lines told apart by their first word (a line found word for word on a twin a figure
#: apart is the search's guess, not the ligatures').
OLD = "\n".join(
    FINDS[number % len(FINDS)].format(item=item, n=number + 4) for number, item in enumerate(ITEMS)
)


def _ligatured(text: str, lines: set[int]) -> str:
    """``text`` with "fi" and "fl" typed as ligatures on the lines ``lines``."""
    return "\n".join(
        line.replace("fi", "\ufb01").replace("fl", "\ufb02") if number in lines else line
        for number, line in enumerate(text.split("\n"))
    )


def _case(
    line: int, ligatured: set[int], words: int
) -> tuple[str, TextPosition, TextQuote, int, str]:
    """The text with ``ligatured`` lines, the first ``words`` words of line ``line`` described
    in the old text, where they start in the new one, and the passage as the old text reads."""
    new = _ligatured(OLD, ligatured)
    start = sum(len(text) + 1 for text in OLD.split("\n")[:line])
    end = start + len(" ".join(OLD.split("\n")[line].split(" ")[:words]))
    position, quote = describe(OLD, start, end)
    return new, position, quote, len(_ligatured(OLD[:start], ligatured)), OLD[start:end]


def test_ligatures_are_read_as_their_letters_unless_a_sample_holds_one() -> None:
    new = _ligatured(OLD, set(range(0, 24, 2)))
    folded = fold_print_breaks(new, ["sifted and filed."])
    assert folded is not None
    assert folded.text == OLD
    assert folded.back(0, len(folded.text)) == (0, len(new))
    first = folded.text.index("filed")
    assert new[slice(*folded.back(first, first + len("filed")))] == "\ufb01led"
    assert fold_print_breaks(new, ["sifted and \ufb01led."]) is None
    assert fold_print_breaks(OLD, ["sifted and filed."]) is None
    batch = fold_new_markup(new, ["sifted and filed."])
    assert batch is not None
    assert batch.text == OLD
    assert fold_new_markup(new, ["sifted and filed."], print_breaks=False) is None


@settings(max_examples=60, deadline=None)
@given(
    line=st.integers(0, 23),
    ligatured=st.sets(st.integers(0, 23), min_size=1),
    words=st.integers(2, 6),
)
# One at a time, the search took "Felsite in a fine" 233 code points on (its prefix line
# read word for word, its suffix a figure off) before the text was read with its ligatures
# folded (test_a_near_decoy_is_not_taken_before_the_ligatures_are_folded).
@example(line=1, ligatured={0, 1, 2, 3, 6, 7, 9, 13, 16, 20}, words=4)
def test_a_passage_on_a_line_typed_with_ligatures_is_placed_on_its_words(
    line: int, ligatured: set[int], words: int
) -> None:
    new, position, quote, new_start, passage = _case(line, ligatured, words)
    for placement in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        assert placement.state in PLACED_STATES
        assert placement.start == new_start
        assert unicodedata.normalize("NFKC", new[placement.start : placement.end]) == passage


def test_a_near_decoy_is_not_taken_before_the_ligatures_are_folded() -> None:
    ligatured = {0, 1, 2, 3, 6, 7, 9, 13, 16, 20}
    new = _ligatured(OLD, ligatured)
    start = OLD.index("Basalt in a fine")
    position, quote = describe(OLD, start, start + len("Basalt in a fine"))
    decoy = new.index("Felsite in a fine")
    assert search(new, position, quote, alone=True)[1:3] == (
        decoy,
        decoy + len("Felsite in a fine"),
    )
    assert whole_context_folded(new, Request(position, quote)) == (56, 71)
    for placement in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        assert placement.state == "fuzzy"
        assert (placement.start, placement.end) == (56, 71)
        assert new[placement.start : placement.end] == "Basalt in a \ufb01ne"


def test_a_passage_on_an_unmarked_line_keeps_the_search_placement() -> None:
    new = _ligatured(OLD, {0, 2})
    start = OLD.index("Basalt in a fine")
    position, quote = describe(OLD, start, start + len("Basalt in a fine"))
    found = search(new, position, quote, alone=True)
    assert new[found.start : found.end] == "Basalt in a fine"
    assert placed_on_its_folded_context(new, Request(position, quote), found) is None
    assert place(new, position, quote) == found


@settings(max_examples=60, deadline=None)
@given(
    line=st.integers(0, 23),
    ligatured=st.sets(st.integers(0, 23), min_size=1),
    words=st.integers(2, 6),
)
@example(line=1, ligatured={0, 1, 2, 3, 6, 7, 9, 13, 16, 20}, words=4)
def test_the_folded_context_takes_a_passage_only_onto_its_own_words(
    line: int, ligatured: set[int], words: int
) -> None:
    new, position, quote, new_start, passage = _case(line, ligatured, words)
    found = search(new, position, quote, alone=True)
    placed = placed_on_its_folded_context(new, Request(position, quote), found)
    if placed is None:  # the search's placement, if placed, was on the passage already
        assert found.state not in PLACED_STATES or found.start == new_start
    else:
        assert placed.start == new_start
        assert unicodedata.normalize("NFKC", new[placed.start : placed.end]) == passage
        assert place(new, position, quote) == placed
