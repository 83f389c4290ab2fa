"""Tests for a fuzzy placement widened over a whole line of its passage standing at its edge."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.edge_lines import edge_lines_taken_in
from desktop_app.core.quote_search import Placement

AREAS = ("Dogger", "Humber", "Thames", "Dover", "Wight", "Portland")
WINDS = ("Westerly 6 or 7, occasionally 8.", "Northwest 3 or 4.", "Southerly 5 or 6.")
SKIES = ("Rain then showers.", "Fair.", "Drizzle, fog patches.", "Rain later.")
SEAS = (
    "Moderate or rough.",
    "Slight or moderate.",
    "Rough or very rough.",
    "Smooth or slight.",
    "High or very high.",
    "Very rough, becoming high.",
)


def _forecast(count: int) -> list[list[str]]:
    """The lines of ``count`` areas of a shipping forecast."""
    return [
        [
            f"Area {index + 1} — {AREAS[index % len(AREAS)]}",
            WINDS[index % len(WINDS)],
            SKIES[index % len(SKIES)],
            "Good, occasionally poor.",
            SEAS[index % len(SEAS)],
        ]
        for index in range(count)
    ]


def _text(areas: list[list[str]]) -> str:
    return (
        "Shipping forecast\n\nIssued by the Met Office at 0505 today.\n\n"
        + "\n\n".join("\n".join(lines) for lines in areas)
        + "\n\nThe next forecast is issued at 1130."
    )


def _moved_on(count: int, area: int, line: int = -1) -> str:
    """The forecast with a line of ``area`` (its last) moved on to the end of the next."""
    areas = _forecast(count)
    areas[area + 1].append(areas[area].pop(line))
    return _text(areas)


def _two_areas(old: str, new: str, area: int) -> tuple[int, int, Placement]:
    """The old span of areas ``area`` and ``area + 1`` and a fuzzy placement of it in
    ``new`` ending where the later area's own lines end (the diff's last character)."""
    start = old.index(f"Area {area + 1} —")
    end = old.index("\n\n", old.index(f"Area {area + 2} —"))
    next_start = new.index(f"Area {area + 2} —")
    own_end = new.index(SEAS[(area + 1) % len(SEAS)], next_start)
    own_end += len(SEAS[(area + 1) % len(SEAS)])
    return start, end, Placement("fuzzy", new.index(f"Area {area + 1} —"), own_end, 0.9)


def test_a_line_moved_from_inside_a_passage_onto_its_end_is_taken_back_in() -> None:
    old, new = _text(_forecast(4)), _moved_on(4, 1)
    start, end, placement = _two_areas(old, new, 1)
    widened = edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement)
    moved = "\n" + SEAS[1]
    assert new[placement.end : placement.end + len(moved)] == moved
    assert widened.state == "fuzzy"
    assert (widened.start, widened.end) == (placement.start, placement.end + len(moved))


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=2, max_value=6), data=st.data())
def test_a_line_moved_on_is_taken_back_in_whichever_line_and_area(
    count: int, data: st.DataObject
) -> None:
    area = data.draw(st.integers(min_value=0, max_value=count - 2))
    line = data.draw(st.integers(min_value=1, max_value=4))
    old = _text(_forecast(count))
    new = _moved_on(count, area, line)
    start, end, placement = _two_areas(old, new, area)
    widened = edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement)
    moved = _forecast(count)[area][line]
    assert new.endswith(moved, 0, widened.end)
    assert widened.end == placement.end + 1 + len(moved)


def test_a_twin_line_standing_after_the_placement_that_the_passage_kept_is_not_taken() -> None:
    old = _text(_forecast(4))
    areas = _forecast(4)
    areas[2].append(areas[1][-1])  # a twin of area 2's last line typed under area 3
    new = _text(areas)
    start, end, placement = _two_areas(old, new, 1)
    assert edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement) == (
        placement
    )


def test_a_placement_that_is_not_fuzzy_is_left_as_it_was() -> None:
    old, new = _text(_forecast(4)), _moved_on(4, 1)
    start, end, placement = _two_areas(old, new, 1)
    moved = placement._replace(state="moved", score=1.0)
    assert edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], moved) == moved


def test_a_first_line_renumbered_just_above_the_placement_is_taken_in() -> None:
    old = "Claims\n\nClaim 7.\nThe kit of claim 6, wherein the seal is bronze.\n\nEnd."
    new = "Claims\n\nClaim 8.\nThe kit of claim 7, wherein the seal is bronze.\n\nEnd."
    start, end = old.index("Claim 7."), old.index("\n\nEnd.")
    placement = Placement("fuzzy", new.index("The kit"), new.index("\n\nEnd."), 0.8)
    widened = edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement)
    assert (widened.start, widened.end) == (new.index("Claim 8."), placement.end)


def test_a_last_line_renumbered_just_below_the_placement_is_taken_in() -> None:
    old = "Log\n\nNo anchoring between the buoys.\nNotice 14\n\nEnd."
    new = "Log\n\nNo anchoring between the buoys.\nNotice 15\n\nEnd."
    start, end = old.index("No anchoring"), old.index("\n\nEnd.")
    placement = Placement("fuzzy", new.index("No anchoring"), new.index("\nNotice"), 0.8)
    widened = edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement)
    assert (widened.start, widened.end) == (placement.start, new.index("\n\nEnd."))


def test_a_first_line_the_placement_holds_figures_aside_is_not_taken_again() -> None:
    old = "Log\n\n8 Jun — notice 14\nNo anchoring.\n\n9 Jun — notice 15\nNo anchoring."
    new = "Log\n\nNo anchoring.\n8 Jun — notice 14\nNo anchoring.\n9 Jun — notice 15"
    start = old.index("9 Jun")
    placement = Placement("fuzzy", new.index("No anchoring.\n9 Jun"), len(new), 0.9)
    assert (
        edge_lines_taken_in(Alignment(old, new), start, len(old), old[start:], placement)
        == placement
    )


def test_a_line_alike_but_without_figures_is_not_taken_as_renumbered() -> None:
    old = "Notes\n\nThe seal.\nThe kit of claim 6, wherein the seal is bronze.\n\nEnd."
    new = "Notes\n\nThe seat.\nThe kit of claim 6, wherein the seal is bronze.\n\nEnd."
    start, end = old.index("The seal."), old.index("\n\nEnd.")
    placement = Placement("fuzzy", new.index("The kit"), new.index("\n\nEnd."), 0.8)
    assert edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement) == (
        placement
    )


def test_a_stock_line_of_the_paragraph_above_taken_with_a_renumbered_heading_is_left_out() -> None:
    item = "Brent crude rose 2.4 % to 79.58 dollars a barrel.\nVolume was light."
    old = f"Report\n\nItem 16 — Gold\nVolume was light.\n\nItem 17 — Brent crude\n{item}\n\nEnd."
    new = (
        "Report\n\nItem 16 — Gold\nVolume was light.\n\nItem 17 — Silver\nVolume was light."
        f"\n\nItem 18 — Brent crude\n{item}\n\nEnd."
    )
    start, end = old.index("Item 17"), old.index("\n\nEnd.")
    took = new.index("Volume was light.\n\nItem 18")
    placement = Placement("fuzzy", took, new.index("\n\nEnd."), 0.8)
    widened = edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement)
    assert (widened.start, widened.end) == (new.index("Item 18"), placement.end)
    # a quote that opened with that line keeps it
    start = old.index("Volume was light.\n\nItem 17")
    kept = edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement)
    assert (kept.start, kept.end) == (placement.start, placement.end)


def test_a_placement_starting_above_a_heading_that_reads_word_for_word_is_left_alone() -> None:
    old = "Order\n\nVerse 4\nHe sends the snow.\n\nAll\nAmen, amen.\n\nAll\nAmen, amen.\n\nEnd."
    new = "Order\n\nVerse 4\nHe sends the snow.\nAmen, amen.\n\nAll\nAmen, amen.\n\nEnd."
    start, end = old.index("All"), old.index("\n\nEnd.")
    placement = Placement("fuzzy", new.index("Amen, amen.\n\nAll"), new.index("\n\nEnd."), 0.9)
    assert edge_lines_taken_in(Alignment(old, new), start, end, old[start:end], placement) == (
        placement
    )


def test_the_old_line_just_below_the_passage_is_not_taken_as_its_renumbered_last_line() -> None:
    """A case of the thirty-first material: "Hake  A1  £6.40/kg" typed over to "No sale";
    the line below, "Hake  A2  £6.00/kg", reads as it does figures aside, but it is the
    passage's old neighbour, carried there whole and unchanged."""
    old = "Demersal\nHake  A1  £6.40/kg\nHake  A2  £6.00/kg\nHake  B1  £5.80/kg"
    new = "Demersal\nHake  A1  No sale\nHake  A2  £6.00/kg\nHake  B1  £5.80/kg"
    start, end = 0, old.index("\nHake  A2")
    placement = Placement("fuzzy", 0, new.index("\nHake  A2"), 0.8)
    alignment = Alignment(old, new)
    assert edge_lines_taken_in(alignment, start, end, old[start:end], placement) == placement


def test_the_old_line_just_above_the_passage_is_not_taken_as_its_renumbered_first_line() -> None:
    old = "Log\nNotice 14\nNotice 15\nNo anchoring between the buoys.\nEnd."
    new = "Log\nNotice 14\nNo anchoring between the buoys.\nEnd."
    start, end = old.index("Notice 15"), old.index("\nEnd.")
    placement = Placement("fuzzy", new.index("No anchoring"), new.index("\nEnd."), 0.8)
    alignment = Alignment(old, new)
    assert edge_lines_taken_in(alignment, start, end, old[start:end], placement) == placement
