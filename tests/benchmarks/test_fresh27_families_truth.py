"""The truth of the twenty-seventh-round fresh families, checked by hand on a small public-service
page (no re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh23_kit import ZWSP, item_runs, items, notes, sections
from tests.benchmarks.reanchor_fresh24_kit import short_lines
from tests.benchmarks.reanchor_fresh26_families import reflowed_page
from tests.benchmarks.reanchor_fresh27_edits import balinese_segmented, nko_localised
from tests.benchmarks.reanchor_fresh27_families import (
    CODESHARE,
    FRESH27_FAMILIES,
    FRESH27_SEEDS,
    NEW_UPDATES,
    balinese_normalised_one_side,
    board_refreshed,
    cases_revised,
    closures_updated,
    copy_edited,
    fresh27_spans,
    fresh27_text,
    nko_normalised_one_side,
    outage_merged,
    report_reissued,
    sector_rewritten,
    stock_lines_pruned,
    updates_prepended,
)
from tests.benchmarks.reanchor_fresh27_texts import KINDS
from tests.storage.edit_simulation import TrackedText

NO_CHANGE = "No change since the last report."
CHECK = "Please check before you travel."
KEY = "12,400 people displaced"
ROWS = (
    "North Riverside — New cases 12 · Total 148 · Deaths 2",
    "South Riverside — New cases 11 · Total 147 · Deaths 2",
    "Riverside Central — New cases 10 · Total 146 · Deaths 2",
)
SCHOOLS = ("St Mary's Infants", "St Mary's Primary", "St Mary's RC Primary")
#: N'Ko with N'Ko digits and two tone marks on one letter ("ߞߊ߬߳").
NKO = "ߟߊ߬ߞߐ߬ߟߌ ߟߎ߬ ߘߊ߬ߕߎ߬ߜߎ߬ ߞߊ߬߳ ߟߊ߫ ߁߂."
#: Balinese with a zero-width space between two words and Balinese digits.
BALINESE = f"ᬲᬾᬓᭀᬮᬄ{ZWSP}ᬤᬶᬢᬸᬢᬸᬧ᭄ᬢᬗ᭄ᬕᬮ᭄ ᭑᭒᭟"
HEAD = (
    "Riverside floods — Situation Report No. 7\n\nAs of 06:00 local time · Emergency Cell\n\n"
    f"Situation Report No. 7: {KEY}; shelters are at 92 per cent of\ncapacity. The next "
    "report follows at 18:00.\n\n"
)
SHELTER = (
    "Shelter\n\nFigures are as of 06:00.\n\n"
    f"Shelter · 1\n{KEY}\n{NO_CHANGE}\n\n"
    f"Shelter · 2\nShelters are at 92 per cent of capacity.\n{NO_CHANGE}\n\n"
)
CASES = "Cases by district\n\nFigures are provisional.\n\nTable · part 1\n" + "\n".join(ROWS)
TRAVEL = (
    "Rail\n\nUpdates are added at the top.\n\n"
    f"Update 14:50: Trains are delayed.\n{CHECK}\n\n"
    f"Update 14:05: The 14:32 is cancelled.\n{CHECK}\n\n"
)
SCHOOL_LIST = (
    "Riverside schools\n\nStatuses are set by head teachers.\n\n"
    f"{SCHOOLS[0]}\nStatus: Closed\n\n{SCHOOLS[1]}\nStatus: Closed\n\n"
    f"{SCHOOLS[2]}\nStatus: Open\n\n"
)
BOARD = (
    "Departures\n\nGo to the gate when shown.\n\n"
    "14:05 Lisbon\nFlight TP 1351\nFlight BA 2471\nGate 12\nDeparted\n\n"
    "14:06 Madrid\nFlight BA 2472\nGate 12\nDelayed\n\n"
)
OUTAGE = (
    "Power\n\nTimes are estimates.\n\n"
    "Area: Millbrook (MB4 2)\nEngineers on site\n\n"
    "Area: Millbrook East (MB4 3)\nEngineers on site\n\n"
)
NOTICES = (
    "Notices\n\nAs posted.\n\n"
    f"Avis 1 · Bamako\n{NKO}\nLes écoles sont fermées le 12.\n\n"
    f"Pengumuman 2 · Denpasar\n{BALINESE}\nSekolah ditutup tanggal 12.\n\n"
)
FOOT = "About this export\n\nKept by the duty officer.\n"
#: A small page: a report number, "As of" times and a key figure in the head and the body, a
#: case table, two updates, three schools, two departures, two outage areas, an N'Ko and a
#: Balinese notice.
PAGE = HEAD + SHELTER + CASES + "\n\n" + TRAVEL + SCHOOL_LIST + BOARD + OUTAGE + NOTICES + FOOT


def _edited(family: Family, rate: float, seed: int = 1, page: str = PAGE) -> TrackedText:
    tracked = TrackedText(page)
    family(tracked, random.Random(seed), rate)
    return tracked


def _holds_at(tracked: TrackedText, span: tuple[int, int], needle: str, nth: int = 0) -> bool:
    """Whether the old ``span``'s truth is the ``nth`` occurrence of ``needle`` now."""
    start, end = span_of(tracked.text, needle, nth)
    return tracked.truths([span])[0].holds(start, end)


def _gone(tracked: TrackedText, span: tuple[int, int]) -> bool:
    return not tracked.truths([span])[0].findable


def _line_starting(text: str, words: str) -> str:
    """The one line of ``text`` that starts with ``words``."""
    [line] = [line for line in text.split("\n") if line.startswith(words)]
    return line


def test_the_small_page_is_read_as_sections_items_and_recurring_lines() -> None:
    assert len(sections(PAGE)) == 7
    assert len(items(PAGE)) == 14
    assert [len(run) for run in item_runs(PAGE)] == [2, 1, 2, 3, 2, 2, 2]
    assert len(notes(PAGE)) == 7
    assert set(short_lines(PAGE)) == {"Status: Closed", "Gate 12"}
    assert PAGE.count(KEY) == 2


def test_a_report_reissued_types_over_its_number_time_and_key_figure_everywhere() -> None:
    tracked = _edited(report_reissued, 8.0)
    new = tracked.text
    assert "No. 7" not in new
    assert new.count("Situation Report No. 8") == 2
    assert "06:00" not in new
    [time] = set(re.findall(r"[Aa]s of ([0-9:]+)", new))
    assert time in ("12:00", "18:00")
    assert "12,400" not in new
    [figure] = set(re.findall(r"([0-9,]+) people displaced", new))
    assert int(figure.replace(",", "")) > 12_400
    assert _holds_at(tracked, span_of(PAGE, KEY, 1), f"{figure} people displaced", 1)
    assert _holds_at(tracked, span_of(PAGE, NO_CHANGE, 1), NO_CHANGE, 1)


def test_cases_revised_raise_figures_and_sort_the_rows_by_total() -> None:
    tracked = _edited(cases_revised, 8.0, seed=3)
    new = tracked.text
    districts = [row.split(" — ")[0] for row in ROWS]
    now = {district: _line_starting(new, f"{district} —") for district in districts}
    assert any(now[d] not in ROWS for d in districts)  # figures raised
    totals = [int(m) for m in re.findall(r"Total ([0-9]+)", new)]
    assert totals == sorted(totals, reverse=True)
    for row, district in zip(ROWS, districts, strict=True):
        assert now[district].endswith("Deaths 2")
        assert _holds_at(tracked, span_of(PAGE, row), now[district])


def test_updates_prepended_put_a_new_update_on_top_and_move_a_resolved_one_down() -> None:
    tracked = _edited(updates_prepended, 1.0, seed=2)
    new = tracked.text
    [resolved] = re.findall("Resolved · ([^\n]+)\n", new)
    assert _holds_at(tracked, span_of(PAGE, resolved), resolved)
    after = new.split(f"Resolved · {resolved}\n\n", 1)[1]
    assert "\n" not in after.split("\n\n", 1)[0]  # the next section's heading: it stands last
    [added] = re.findall(r"Update [0-9:]+: ([^\n]+)\nSeverity: low\n", new)
    assert added in NEW_UPDATES
    start, end = next(item for item in items(PAGE) if PAGE[slice(*item)].startswith(resolved))
    body = (PAGE.index("\n", start) + 1, end)
    assert _gone(tracked, body)


def test_closures_updated_type_statuses_over_remove_one_school_and_add_another() -> None:
    tracked = _edited(closures_updated, 8.0)
    new = tracked.text
    assert "Status: Open" in new
    assert "\nDelayed\n" not in new  # every status typed over ("Departed" stays)
    kept = [school for school in SCHOOLS if f"\n{school}\n" in new]
    assert len(kept) == 2
    [removed] = set(SCHOOLS) - set(kept)
    assert _gone(tracked, span_of(PAGE, removed))
    for school in kept:
        assert _holds_at(tracked, span_of(PAGE, school), school)
    assert len(items(new)) == len(items(PAGE))  # one removed, one added


def test_the_board_refreshed_removes_the_departed_flight_and_adds_a_codeshare_line() -> None:
    tracked = _edited(board_refreshed, 8.0)
    new = tracked.text
    assert "Lisbon" not in new
    assert _gone(tracked, span_of(PAGE, "Flight TP 1351"))
    assert "14:06 Madrid\nFlight BA 2472\nFlight QR 5910\nGate 14\nBoarding\n" in new
    assert CODESHARE in new
    gate = span_of(PAGE, "Gate 12\nDelayed")
    assert _holds_at(tracked, gate, "Gate 14\nBoarding")


def test_outage_areas_merged_name_both_areas_on_one_line() -> None:
    page = HEAD + OUTAGE + FOOT
    tracked = _edited(outage_merged, 1.0, page=page)
    new = tracked.text
    merged = "Area: Millbrook and Millbrook East (MB4 2, MB4 3)"
    assert f"{merged}\nRestored\nEngineers on site\nEngineers on site\n" in new
    assert _gone(tracked, span_of(page, "Area: Millbrook East (MB4 3)"))
    first = tracked.truths([span_of(page, "Area: Millbrook (MB4 2)")])[0]
    assert first.survived == 1.0
    assert first.holds(*span_of(new, merged))
    assert _holds_at(tracked, span_of(page, "Engineers on site", 1), "Engineers on site", 1)


def test_a_sector_rewritten_loses_its_retyped_lines_and_moves_one_item_whole() -> None:
    tracked = _edited(sector_rewritten, 8.0, seed=4)
    new = tracked.text
    retyped = [
        item for item in items(PAGE) if _gone(tracked, (PAGE.index("\n", item[0]) + 1, item[1]))
    ]
    assert len(retyped) == 1
    [group] = [run for run in item_runs(PAGE) if retyped[0] in run]
    [kept] = [item for item in group if item != retyped[0]]
    words = PAGE[slice(*kept)]
    assert _holds_at(tracked, kept, words)
    assert new.index(words) != PAGE.index(words)
    head = PAGE[retyped[0][0] : PAGE.index("\n", retyped[0][0])]
    assert _holds_at(tracked, span_of(PAGE, head), head)


def test_stock_lines_pruned_cut_the_copies_after_the_first() -> None:
    tracked = _edited(stock_lines_pruned, 8.0)
    new = tracked.text
    assert new.count(NO_CHANGE) == 1
    assert _gone(tracked, span_of(PAGE, NO_CHANGE, 1))
    assert _holds_at(tracked, span_of(PAGE, NO_CHANGE, 0), NO_CHANGE, 0)
    assert _holds_at(tracked, span_of(PAGE, KEY, 1), KEY, 1)
    assert new.count(CHECK) == 2  # under items of two lines: left


def test_copy_edited_sets_apostrophes_and_per_cent() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "'" not in new
    assert new.count("St Mary’s") == 3
    assert "92%" in new
    assert new.count("92 per cent") == 1  # the lead is no item: left as it was
    truth = tracked.truths([span_of(PAGE, SCHOOLS[2])])[0]
    assert truth.findable
    assert truth.survived < 1.0


def test_a_reflowed_page_keeps_its_words_and_their_truth() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    assert new != PAGE
    assert new.replace("-\n", "").split() == PAGE.split()
    lead = span_of(PAGE, "The next report follows at 18:00.")
    truth = tracked.truths([lead])[0]
    assert truth.findable
    assert truth.survived > 0.9


def test_nko_normalised_on_one_side_writes_western_digits_and_reorders_tone_marks() -> None:
    tracked = _edited(nko_normalised_one_side, 8.0)
    new = tracked.text
    assert "\nߟߊ߬ߞߐ߬ߟߌ ߟߎ߬ ߘߊ߬ߕߎ߬ߜߎ߬ ߞߊ߳߬ ߟߊ߫ 12.\n" in new
    truth = tracked.truths([span_of(PAGE, NKO)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, BALINESE), BALINESE)
    french = "Les écoles sont fermées le 12."
    assert _holds_at(tracked, span_of(PAGE, french), french)


def test_the_other_sides_nko_export_writes_nko_digits() -> None:
    tracked = TrackedText("Avis 3\nߞߊ߬߳ 12 ߟߊ߫.\n")
    nko_localised(tracked, (0, len(tracked.text)))
    assert tracked.text == "Avis 3\nߞߊ߬߳ ߁߂ ߟߊ߫.\n"


def test_balinese_normalised_on_one_side_drops_zero_width_spaces_and_balinese_digits() -> None:
    tracked = _edited(balinese_normalised_one_side, 8.0)
    new = tracked.text
    assert "\nᬲᬾᬓᭀᬮᬄᬤᬶᬢᬸᬢᬸᬧ᭄ᬢᬗ᭄ᬕᬮ᭄ 12᭟\n" in new
    truth = tracked.truths([span_of(PAGE, BALINESE)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, NKO), NKO)


def test_the_other_sides_balinese_export_puts_zero_width_spaces_between_words() -> None:
    line = "ᬲᬾᬓᭀᬮᬄᬤᬶᬢᬸᬢᬸᬧ᭄ᬢᬗ᭄ᬕᬮ᭄ 12᭟"
    tracked = TrackedText(f"Pengumuman\n{line}\n")
    grown = balinese_segmented(tracked, (0, len(tracked.text)))
    assert tracked.text == f"Pengumuman\nᬲᬾᬓᭀᬮᬄ{ZWSP}ᬤᬶᬢᬸᬢᬸᬧ᭄{ZWSP}ᬢᬗ᭄ᬕᬮ᭄ ᭑᭒᭟\n"
    assert grown == 2


@pytest.mark.parametrize("seed", [*range(4), *FRESH27_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(items(text)) >= 15, name
        assert len(sections(text)) >= 4, name
        assert any(len(run) >= 3 for run in item_runs(text)), name
        assert any(len(group) >= 3 for group in short_lines(text).values()), name
        marks = ("\u200b", "\u00ad", "Situation Report No. 7", "As of 06:00", "߁", "᭑", "߬߳")
        assert all(mark in text for mark in marks), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH27_SEEDS, fresh27_text, fresh27_spans)


@pytest.mark.parametrize("name", list(FRESH27_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH27_FAMILIES[name], FRESH27_SEEDS, fresh27_text, fresh27_spans, no_blank_runs=True
    )
