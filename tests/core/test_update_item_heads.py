"""A stock line the diff put under another item's head, taken back under its own (update path)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import Placement
from desktop_app.core.update_item_heads import ItemHeads, _Paragraphs
from desktop_app.core.update_paragraph_copies import paragraph_spans
from tests.benchmarks.reanchor_fresh31_families import (
    FRESH31_FAMILIES,
    fresh31_spans,
    fresh31_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once

AREAS = [
    ("Lyme Regis to Lands End", "Southwest 6 to 7.", "Moderate or rough.", "Showers.", "Good."),
    (
        "Lands End to St Davids Head",
        "Southwest 5 to 7.",
        "Slight or moderate.",
        "Rain then showers.",
        "Good, occasionally poor.",
    ),
    (
        "Great Orme Head to the Mull of Galloway",
        "Southwest 5 to 7.",
        "Slight or moderate.",
        "Rain then showers.",
        "Good, occasionally poor.",
    ),
    (
        "Gibraltar Point to North Foreland",
        "Southwest 6 to 8.",
        "Slight or moderate.",
        "Rain then showers.",
        "Good, occasionally poor.",
    ),
]
Area = tuple[str, str, str, str, str]


def _area(area: Area) -> str:
    head, wind, sea, weather, visibility = area
    return f"{head}\nWind: {wind}\nSea state: {sea}\nWeather: {weather}\nVisibility: {visibility}"


def _page(today: list[Area], tomorrow: list[Area]) -> str:
    """A forecast of two runs of areas whose heads recur from run to run."""
    return (
        "Inshore waters forecast\n\nToday\n\n"
        + "\n\n".join(map(_area, today))
        + "\n\nTomorrow\n\n"
        + "\n\n".join(map(_area, tomorrow))
        + "\n\nEnds\n"
    )


OLD = _page(AREAS, AREAS)
#: Today's areas sorted by name, "Lands End to St Davids Head" with a typo in its sea state.
TYPED: list[Area] = [
    (head, wind, "SSlight or moderate." if head.startswith("Lands End") else sea, weather, seen)
    for head, wind, sea, weather, seen in AREAS
]
NEW = _page(sorted(TYPED), AREAS)
SEA = "Sea state: Slight or moderate."
START = OLD.index(SEA, OLD.index("Lands End to St Davids Head"))
END = START + len(SEA)


def _on(new: str, line: str, head: str) -> Placement:
    at = new.index(line, new.index(head))
    return Placement("moved", at, at + len(line), 1.0)


def _head_above(text: str, at: int) -> str:
    start = text.rfind("\n\n", 0, at) + 2
    return text[start : text.index("\n", start)]


def test_a_stock_line_placed_under_another_heads_copy_goes_under_its_own_head() -> None:
    heads = ItemHeads(Alignment(OLD, NEW))
    followed = heads.followed(START, END, _on(NEW, SEA, "Gibraltar Point to North Foreland"))
    assert followed.state == "fuzzy"
    assert NEW[followed.start : followed.end] == "Sea state: SSlight or moderate."
    assert _head_above(NEW, followed.start) == "Lands End to St Davids Head"
    assert followed.start < NEW.index("Tomorrow")  # today's run, where its head went


def test_a_placement_under_its_own_head_or_holding_it_stays() -> None:
    heads = ItemHeads(Alignment(OLD, NEW))
    own = _on(NEW, "Sea state: SSlight", "Lands End to St Davids Head")
    assert heads.followed(START, END, own) == own
    head_start = OLD.index("Lands End to St Davids Head")
    with_head = Placement("fuzzy", own.start - 50, own.end, 0.9)
    assert heads.followed(head_start, END, with_head) == with_head


def test_a_line_that_moved_to_another_item_is_not_pulled_back() -> None:
    """The placed line is not the other item's own (that item held another line there):
    the passage's line moved under the other head, and stays where the diff put it."""
    other = list(AREAS)
    head, wind, _sea, weather, seen = AREAS[3]
    other[3] = (head, wind, "Rough or very rough.", weather, seen)
    old = _page(other, AREAS)
    start = old.index(SEA, old.index("Lands End to St Davids Head"))
    new = _page(sorted(TYPED), AREAS)
    heads = ItemHeads(Alignment(old, new))
    placed = _on(new, SEA, "Gibraltar Point to North Foreland")
    assert heads.followed(start, start + len(SEA), placed) == placed


def test_the_thirty_first_materials_sorted_areas_keep_their_stock_lines() -> None:
    """Cases that were wrong: a forecast's areas sorted by name (one of them with a typo),
    its stock lines placed under the area that now stands where theirs stood."""
    family = {"combined": FRESH31_FAMILIES["combined"]}
    cases = edited_cases(range(31105, 31106), family, fresh31_text, fresh31_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 3.0 seed 31105")]
    new = case.tracked.text
    for number in (25, 26, 30):
        span = case.spans[number]
        truth = case.tracked.truths([span])[0]
        result = _updated_once(case.text, span, new)
        assert truth.verdict(result.placement) == "right"
        old_head = _head_above(case.text, span[0])
        assert _head_above(new, result.placement.start) == old_head


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(AREAS))), st.integers(0, len(AREAS) - 1), st.booleans())
def test_a_line_placed_under_another_head_goes_to_its_own_item_and_no_other(
    order: list[int], typed: int, placed_today: bool
) -> None:
    """Whatever order today's areas are put in and whichever one has a typo, a line of that
    area placed on another area's copy (in either run) is taken to that area in today's
    run, where it stood; one placed under a head reading as its own stays."""
    today = [TYPED[i] if i == typed else AREAS[i] for i in order]
    new = _page(today, AREAS)
    heads = ItemHeads(Alignment(OLD, new))
    head = AREAS[typed][0]
    line = "Weather: " if AREAS[typed][2] != "Slight or moderate." else SEA
    start = OLD.index(line, OLD.index(head))
    line_end = OLD.index("\n", start)
    tomorrow = new.index("Tomorrow")
    run = (0, tomorrow) if placed_today else (tomorrow, len(new))
    for other, *_ in AREAS:
        at = new.find(OLD[start:line_end], new.index(other, *run))
        if at < 0:
            continue
        placed = Placement("moved", at, at + line_end - start, 1.0)
        followed = heads.followed(start, line_end, placed)
        if _head_above(new, at) == head:
            assert followed == placed
        else:
            assert followed.state in ("moved", "fuzzy")
            assert _head_above(new, followed.start) == head
            assert followed.start < tomorrow


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n", max_size=40))
def test_paragraphs_are_read_as_paragraph_spans_reads_them(text: str) -> None:
    """The rule's table of paragraphs (split once, starts summed, heads read when asked)
    holds the stretches ``paragraph_spans`` finds, each headed by its first line."""
    paragraphs = _Paragraphs(text)
    spans = paragraph_spans(text)
    assert [paragraphs.span(index) for index in range(len(paragraphs.parts))] == spans
    for index, (start, end) in enumerate(spans):
        assert paragraphs.head(index) == text[start:end].split("\n")[0]
        assert paragraphs.around(start, end) == index
        assert index in paragraphs.headed_by(paragraphs.head(index))
