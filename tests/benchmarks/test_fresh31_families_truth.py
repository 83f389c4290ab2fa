"""The truth of the thirty-first-round fresh families, checked by hand on a small harbour page
(no re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_spans_distinct,
    edited_page,
    span_of,
    text_now,
)
from tests.benchmarks.page_soundness import (
    assert_kind_has_what_families_edit,
    assert_mix_consistent,
)
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh23_kit import body_lines, items, sections
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh31_edits import harbour_style_set, javanese_respaced
from tests.benchmarks.reanchor_fresh31_families import (
    FRESH31_FAMILIES,
    FRESH31_SEEDS,
    HEADER_ROW,
    NEW_GALE_WARNING,
    NEW_PRICES,
    berths_reallocated,
    combined,
    copy_edited,
    forecast_reissued,
    fresh31_spans,
    fresh31_text,
    gujarati_digits_converted,
    javanese_respaced_one_side,
    lights_amended,
    notices_updated,
    prices_updated,
    reflowed_page,
    spreadsheet_reexported,
    tides_recomputed,
)
from tests.benchmarks.reanchor_fresh31_kit import (
    CAUTION,
    JAVANESE_CLAUSES,
    LOCAL_TIME,
    NO_SALE,
    PADA_LUNGSI,
    RACON,
    SPRING,
    VACANT,
    joined,
)
from tests.benchmarks.reanchor_fresh31_texts import AREAS, KINDS, tide_line
from tests.storage.edit_simulation import TrackedText

GUJARATI = "બંદર સવારે ૬ વાગ્યે ખુલશે."
JAVANESE = joined(JAVANESE_CLAUSES[0]) + PADA_LUNGSI
GALE = "Gale warning issued 04:12\nLands End to St Davids Head: Southwest gale 8 expected later."
HEAD = (
    "Harbour pages — Porthallow\n\nHarbour Office · June 2026\n\n"
    "This page collects what the harbour office publishes for mariners and fishermen.\n"
    "Times are local; heights are above chart datum.\n\n"
)
TIDES = (
    "Week 1 — from 1 June\n\nPredictions by the harbour office.\n\n"
    f"{tide_line(1)}\n{SPRING}\n{tide_line(2)}\n{SPRING}\n\n"
    f"{tide_line(3)}\n{tide_line(5)}\n{LOCAL_TIME}\n\n"
)
FORECAST = (
    f"Gale warnings\n\nBroadcast on VHF and on the website.\n\n{GALE}\n\n"
    "Forecast issued 05:00\n\nTimes are local.\n\n"
    f"{AREAS[0]}\nWind: Southwest 5 to 7, occasionally gale 8 later.\n"
    "Sea state: Moderate or rough.\nWeather: Rain then showers.\nVisibility: Good.\n\n"
    f"{AREAS[1]}\nWind: Southwest 4 to 6, occasionally 7 later.\n"
    "Sea state: Slight or moderate.\nWeather: Showers.\nVisibility: Good, occasionally poor.\n\n"
    f"{AREAS[2]}\nWind: Northwest 4 to 6.\n"
    "Sea state: Rough or very rough.\nWeather: Rain then squally showers.\n"
    "Visibility: Moderate, occasionally poor.\n\n"
)
NOTICES = (
    "Notices in force\n\nIssued by the Harbour Master.\n\n"
    "Notice No. 8 of 2026\nPorthallow — dredging\n"
    f"Dredging will take place in position 50°12.34'N 004°08.56'W.\n{CAUTION}\n\n"
    "Notice No. 9 of 2026\nPorthallow — wreck buoy laid\n"
    f"A wreck buoy has been laid in position 50°12.35'N 004°08.56'W.\n{CAUTION}\n\n"
    "Notice No. 10 of 2026\nPorthallow — diving operations\n"
    "Divers will be working in position 50°12.44'N 004°08.57'W.\n"
    "Cancelled: Notice No. 7 of 2026.\n\n"
)
BOATS = (
    "Morning Star II  9.9 m  Annual",
    "Morning Star  9.8 m  Visitor",
    "Sea Holly  9.8 m  Annual",
)
BERTHS = (
    "Pontoon C\n\nShore power on every finger.\n\n"
    f"Berths C11 to C15 · 10 m fingers\nC11  {BOATS[0]}\nC12  {VACANT}\nC13  {BOATS[1]}\n"
    f"C14  {BOATS[2]}\nC15  {VACANT}\n\n"
)
LIGHTS = (
    "The Manacles\n\nBearings are true.\n\n"
    f"Manacle buoy (E cardinal)\n50°02.81'N 005°01.91'W\nQ(3) 10s\n{RACON}\n\n"
    "Porthallow pier head\n50°04.71'N 005°04.68'W\nFl(2) W 10s 12M\n\n"
    f"Porthallow pier end\n50°04.72'N 005°04.68'W\nFl(3) W 10s 12M\n{RACON}\n\n"
)
MORNING = f"Flatfish\nPlaice  A1  £3.30/kg\nLemon sole  A1  {NO_SALE}\nMegrim  A1  £2.90/kg"
AFTERNOON = f"Flatfish\nPlaice  A1  £3.40/kg\nLemon sole  A1  {NO_SALE}\nMegrim  A1  £2.90/kg"
PRICES = (
    f"Thursday morning sale — from 06:00\n\nWeights are landed weights.\n\n{MORNING}\n\n"
    f"Thursday afternoon sale — from 14:00\n\nWeights are landed weights.\n\n{AFTERNOON}\n\n"
)
BILINGUAL = (
    "Port notices\n\nPosted at the harbour gate.\n\n"
    f"Notice 1 · 4 June · Porbandar\n{GUJARATI}\nThe harbour opens at 6 in the morning.\n\n"
    f"Notice 2 · 5 June · Cilacap\n{JAVANESE}\nThe harbour is closed tomorrow.\n\n"
)
FOOT = "About this export\n\nKept by the harbour office.\n"
#: A small page: a week of tides, a gale warning and three areas, three notices, a pontoon,
#: three lights, a morning and an afternoon sale, a Gujarati and a Javanese notice.
PAGE = HEAD + TIDES + FORECAST + NOTICES + BERTHS + LIGHTS + PRICES + BILINGUAL + FOOT


def _edited(family: Family, rate: float, seed: int = 1, page: str = PAGE) -> TrackedText:
    """This material's small page (or ``page``) edited by ``family``."""
    return edited_page(page, family, rate, seed)


def _findable(tracked: TrackedText, span: tuple[int, int]) -> bool:
    return tracked.truths([span])[0].findable


def test_the_small_page_is_laid_out_as_the_exports_are() -> None:
    heads = [PAGE[slice(*heading)] for heading, _ in sections(PAGE)]
    assert heads[:3] == ["Week 1 — from 1 June", "Gale warnings", "Forecast issued 05:00"]
    assert len(heads) == 9
    assert len(items(PAGE)) == 17
    assert _edited(combined, 3.0).text != PAGE


def test_tides_recomputed_correct_digits_add_the_missing_day_and_move_a_note() -> None:
    tracked = _edited(tides_recomputed, 1.0)
    new = tracked.text
    lines = new.split("\n")
    thursday = next(at for at, line in enumerate(lines) if line.startswith("Thu 4  HW"))
    assert lines[thursday] == tide_line(4)  # typed in whole
    assert lines[thursday - 1].startswith("Wed 3  HW")
    assert lines[thursday + 1].startswith("Fri 5 ")
    for day in (1, 2, 3, 5):
        span = span_of(PAGE, tide_line(day))
        now = text_now(tracked, span)
        assert now is not None
        assert now.startswith(f"{tide_line(day)[:6]}")
        assert tracked.truths([span])[0].survived >= 62 / 64  # two digits at most typed over
    changed = sum(
        text_now(tracked, span_of(PAGE, tide_line(d))) != tide_line(d) for d in (1, 2, 3, 5)
    )
    assert 1 <= changed <= 2  # two digits nudged (in the page's four tide lines)
    for nth in (0, 1):  # each note moved or not, its own characters
        assert text_now(tracked, span_of(PAGE, SPRING, nth)) == SPRING
    assert new.count(SPRING) == 2
    under = [lines[at - 1][:6] for at, line in enumerate(lines) if line == SPRING]
    assert under != ["Mon 1 ", "Tue 2 "]  # a note moved to another day


def test_forecast_reissued_overwrites_an_area_withdraws_or_adds_a_gale_and_sorts() -> None:
    withdrawn = set()
    for seed in range(1, 7):
        tracked = _edited(forecast_reissued, 1.0, seed)
        new = tracked.text
        if NEW_GALE_WARNING in new:  # typed above the old warning, which stays whole
            assert text_now(tracked, span_of(PAGE, GALE)) == GALE
            assert new.index(NEW_GALE_WARNING) < new.index(GALE)
        else:
            assert "Gale warning issued 04:12" not in new
            assert not _findable(tracked, span_of(PAGE, GALE))
        withdrawn.add(NEW_GALE_WARNING not in new)
        gone = []
        for area in AREAS[:3]:
            head = span_of(PAGE, area + "\n")
            assert text_now(tracked, (head[0], head[1] - 1)) == area  # head lines stay
            body = (head[1], PAGE.index("\n\n", head[1]))
            if not _findable(tracked, body):
                gone.append(area)
        assert len(gone) == 1  # the area overwritten by its neighbour's copy
        order = [line for line in new.split("\n") if line in AREAS]
        assert order == sorted(order)
        if AREAS[2] not in gone:
            now = text_now(tracked, span_of(PAGE, "Wind: Northwest 4 to 6."))
            assert now is not None
            assert now.startswith("Wind: Northwest ")
    assert withdrawn == {True, False}


def test_notices_updated_cut_one_renumber_the_rest_and_type_a_new_one() -> None:
    tracked = _edited(notices_updated, 1.0)
    new = tracked.text
    cautions = [span_of(PAGE, CAUTION, nth) for nth in range(PAGE.count(CAUTION))]
    notice_nine = span_of(PAGE, "Notice No. 9 of 2026")
    notice_ten = span_of(PAGE, "Notice No. 10 of 2026")
    if _findable(tracked, span_of(PAGE, "A wreck buoy has been laid")):  # notice 10 cut
        assert not _findable(tracked, span_of(PAGE, "Divers will be working"))
        assert text_now(tracked, notice_nine) == "Notice No. 9 of 2026"
    else:  # notice 9 cut, its closing line with it, and notice 10 renumbered
        assert not _findable(tracked, cautions[1])
        assert text_now(tracked, notice_ten) == "Notice No. 9 of 2026"
    assert text_now(tracked, cautions[0]) == CAUTION  # the first notice's closing line stays
    assert re.search(r"^Notice No\. (?:8|9)A of 2026$", new, re.M)
    assert "A cable ship will be working" in new
    dredging = text_now(tracked, span_of(PAGE, "Dredging will take place in position 50°12.34'N"))
    assert dredging is not None
    assert dredging.startswith("Dredging will take place in position 50°1")


def test_berths_reallocated_move_vacate_fill_and_sort() -> None:
    tracked = _edited(berths_reallocated, 1.0)
    new = tracked.text
    boats = [span_of(PAGE, boat) for boat in BOATS]
    gone = [boat for boat, span in zip(BOATS, boats, strict=True) if not _findable(tracked, span)]
    assert len(gone) == 1  # one boat made "Vacant"
    for boat, span in zip(BOATS, boats, strict=True):
        if boat not in gone:
            assert text_now(tracked, span) == boat  # a moved boat keeps its own characters
    berths = [line for line in new.split("\n") if re.match(r"C1[1-5]  ", line)]
    assert len(berths) == 5
    assert [b.split("  ", 1)[1] for b in berths] == sorted(b.split("  ", 1)[1] for b in berths)
    before = {line.split("  ", 1)[0]: line for line in PAGE.split("\n") if line.startswith("C1")}
    after = {line.split("  ", 1)[0]: line for line in berths}
    assert sum(before[berth] != after[berth] for berth in before) >= 3


def test_lights_amended_raise_a_count_cut_a_light_and_rename_a_buoy() -> None:
    tracked = _edited(lights_amended, 1.0)
    new = tracked.text
    assert "Manacle Point buoy (E cardinal)" in new
    head = span_of(PAGE, "Manacle buoy (E cardinal)")
    assert text_now(tracked, head) == "Manacle Point buoy (E cardinal)"
    assert text_now(tracked, span_of(PAGE, RACON)) == RACON  # the first light's racon stays
    head_gone = not _findable(tracked, span_of(PAGE, "50°04.71'N 005°04.68'W"))
    end_gone = not _findable(tracked, span_of(PAGE, "50°04.72'N 005°04.68'W"))
    assert head_gone != end_gone  # one of the pier lights discontinued
    if end_gone:
        assert not _findable(tracked, span_of(PAGE, RACON, 1))
    counts = re.findall(r"(?:Q|Fl)\(([0-9])\)", new)
    assert counts != re.findall(r"(?:Q|Fl)\(([0-9])\)", PAGE)


def test_prices_updated_reprice_the_afternoon_sort_a_group_and_switch_no_sale() -> None:
    tracked = _edited(prices_updated, 1.0)
    new = tracked.text
    afternoon = new[new.index("Thursday afternoon") :]
    assert "£3.40/kg" not in afternoon
    assert "£2.90/kg" not in afternoon.split("Port notices")[0]
    sales = [span_of(PAGE, NO_SALE, nth) for nth in range(PAGE.count(NO_SALE))]
    fields = [span for span in sales if PAGE[span[0] - 2 : span[0]] == "  "]
    assert sum(not _findable(tracked, span) for span in fields) == 1  # one given a price
    assert any(price in new for price in NEW_PRICES)
    for row in re.finditer(r"^[A-Z][a-z]+(?: sole)?  A1  [^\n]+$", PAGE, re.M):
        now = text_now(tracked, row.span())
        assert now is not None
        assert now.split("  ")[:2] == row[0].split("  ")[:2]
    groups = [
        new[slice(*item)].split("\n")[1:] for item in items(new) if "Flatfish" in new[slice(*item)]
    ]
    assert any(rows == sorted(rows) for rows in groups)


def test_spreadsheet_reexport_resets_every_gap_and_repeats_its_header() -> None:
    tracked = _edited(spreadsheet_reexported, 8.0)
    new = tracked.text
    rows = [line for line in item_lines(PAGE) if "  " in PAGE[slice(*line)]]
    assert rows
    for row in rows:
        now = text_now(tracked, row)
        assert now is not None
        assert now != PAGE[slice(*row)]
        assert now.split() == PAGE[slice(*row)].split()  # every field kept, the gaps typed
        assert tracked.truths([row])[0].survived >= 0.7  # a short row of three gaps: 0.79
    body = sum(len(body_lines(PAGE, item)) for item in items(PAGE))
    assert new.count(HEADER_ROW) == body // 20


def test_duplicates_pruned_keep_the_first_copy_of_a_stock_line() -> None:
    tracked = _edited(stock_lines_pruned, 8.0)
    new = tracked.text
    stock = {PAGE[slice(*line)] for line in item_lines(PAGE)}
    pruned = [line for line in stock if new.count(f"\n{line}\n") < PAGE.count(f"\n{line}\n")]
    assert len(pruned) == 1
    [line] = pruned
    assert new.count(f"\n{line}\n") == 1
    assert text_now(tracked, span_of(PAGE, f"\n{line}\n")) == line
    for nth in range(1, PAGE.count(f"\n{line}\n")):
        assert not _findable(tracked, span_of(PAGE, f"\n{line}\n", nth))


def test_harbour_style_respells_times_units_and_directions() -> None:
    words = "Tue 14  HW 06:12 4.3 m  18:31 4.5 m; Wind SW 5, 2.1 kn"
    tracked = TrackedText(words)
    grown = harbour_style_set(tracked, (0, len(words)))
    expected = "Tue 14  HW 6.12am 4.3 metres  6.31pm 4.5 metres; Wind southwest 5, 2.1 knots"
    assert tracked.text == expected
    assert grown == len(expected) - len(words)
    line = (0, words.index(";"))
    truth = tracked.truths([line])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert tracked.truths([(11, 16)])[0].survived == 0  # "06:12" retyped as "6.12am": gone
    edited = _edited(copy_edited, 8.0)
    assert "metres" in edited.text
    assert "knots" not in PAGE


def test_gujarati_digits_converted_on_the_gujarati_line_only() -> None:
    tracked = _edited(gujarati_digits_converted, 8.0)
    new = tracked.text
    assert "બંદર સવારે 6 વાગ્યે ખુલશે." in new
    assert "The harbour opens at 6 in the morning." in new
    span = span_of(PAGE, GUJARATI)
    truth = tracked.truths([span])[0]
    assert truth.findable
    assert truth.survived == (len(GUJARATI) - 1) / len(GUJARATI)
    assert text_now(tracked, span) == "બંદર સવારે 6 વાગ્યે ખુલશે."


def test_javanese_respaced_puts_spaces_between_words_and_latin_marks_for_padas() -> None:
    tracked = _edited(javanese_respaced_one_side, 8.0)
    spaced = " ".join(JAVANESE_CLAUSES[0]) + "."
    assert f"\n{spaced}\n" in tracked.text
    span = span_of(PAGE, JAVANESE)
    assert text_now(tracked, span) == spaced[:-1]  # the pada typed over as "." at its end
    assert tracked.truths([span])[0].survived == (len(JAVANESE) - 1) / len(JAVANESE)
    back = TrackedText(spaced)
    javanese_respaced(back, (0, len(spaced)), spaced=False)
    assert back.text == JAVANESE


def test_reflowed_breaks_table_rows_at_their_gaps_and_keeps_every_field() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    lead = new.split("\n\n")[2]
    assert lead != PAGE.split("\n\n")[2]
    for day in (1, 2, 3, 5):
        span = span_of(PAGE, tide_line(day))
        now = text_now(tracked, span)
        assert now is not None
        assert "\n" in now
        assert now.replace("\n", "  ").split() == tide_line(day).split()
    assert max(len(line) for line in new.split("\n")) <= 60


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    assert_mix_consistent(_edited(combined, 3.0), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH31_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("  HW 06:12 4.3 m", "Wind: SW 5 to 7", "Notice No. 14 of 2026", "50°12.34'N")
        more = ("C14  Sea Holly  9.8 m  Annual", "Fl(2)", "£6.40/kg", f"; {NO_SALE}", " kn")
        scripts = ("૬", "ગ્ય", JAVANESE, "\u2019")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 15)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH31_SEEDS, fresh31_text, fresh31_spans)


@pytest.mark.parametrize("name", list(FRESH31_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH31_FAMILIES[name], FRESH31_SEEDS, fresh31_text, fresh31_spans, no_blank_runs=True
    )
