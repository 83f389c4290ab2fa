"""The truth of the thirty-second-round fresh families, checked by hand on a small farm page
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
from tests.benchmarks.reanchor_fresh23_kit import items, sections
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh32_edits import (
    farm_style_set,
    spans_swapped,
    tifinagh_respelt,
)
from tests.benchmarks.reanchor_fresh32_families import (
    FRESH32_FAMILIES,
    FRESH32_SEEDS,
    RENAMED,
    RUNNING_FOOTER,
    calendar_rearranged,
    catalogue_revised,
    combined,
    copy_edited,
    fresh32_spans,
    fresh32_text,
    intake_log_resorted,
    milk_report_reissued,
    odia_digits_converted,
    pdf_copied,
    prize_list_corrected,
    records_amended,
    reflowed_page,
    tifinagh_respelt_one_side,
)
from tests.benchmarks.reanchor_fresh32_kit import (
    CONDITIONS,
    LABIOVELAR,
    NO_ENTRIES,
    NOT_AWARDED,
    REJECTED,
    REJECTED_HEAD,
    SEPARATOR,
    TIFINAGH_CLAUSES,
    WITHDRAWN,
)
from tests.benchmarks.reanchor_fresh32_texts import KINDS, PRICE_NOTE, milk_line
from tests.storage.edit_simulation import TrackedText

LOTS = (
    "Lot 101  12 Texel x ewe lambs  38.5 kg  Mr T. Hollins, Brookside",
    "Lot 102  15 Texel x ewe lambs  38.5 kg  Mr T. Hollins, Brookfield",
    "Lot 103  10 Texel x wether lambs  36.5 kg  Mrs A. Pugh, Ty Newydd",
)
OPERATIONS = (
    "12/04  Long Ley  Glyphosate 360  1.5 l/ha  wind SW 2",
    "12/04  Long Lea  Glyphosate 360  1.5 l/ha  wind SW 2",
    "14/04  Top Field  Prosaro  0.8 l/ha  wind W 3",
)
MISSING = milk_line(4)[: milk_line(4).index("  BF ")] + "  Sample not taken"
TICKETS = (
    "T2231  Wheat (feed)  28.40 t  moisture 14.8 %  screenings 2.1 %  Pryce Bros",
    "T2232  Oats  28.46 t  moisture 16.1 %  screenings 2.1 %  Pryce Bros",
    "T2233  Barley (feed)  29.10 t  moisture 14.2 %  screenings 1.8 %  Pryce Brothers",
)
ODIA = "ଧାନ କିଣା ୧୨ ତାରିଖରୁ ଆରମ୍ଭ ହବ।"
TIFINAGH = f"{TIFINAGH_CLAUSES[0]} {SEPARATOR} {TIFINAGH_CLAUSES[2]}."
HEAD = (
    "Farm pages — Pentre\n\nFarm office · 2026\n\n"
    "This page collects what the farm, the mart, the show and the cooperatives publish.\n"
    "Figures are as first printed.\n\n"
)
CATALOGUE = (
    "Store lambs — Ring 1\n\nSale starts at 10:00 prompt.\n\n"
    f"Pens 1 to 3 · from 10:30\n{LOTS[0]}\n{LOTS[1]}\n{WITHDRAWN}\n{LOTS[2]}\n{CONDITIONS}\n\n"
)
SHOW = (
    "Sheep — Section B\n\nJudging starts at 09:30.\n\n"
    "Class 21  Pair of Suffolk ewes\nJudge: Mrs E. Pritchard, Corwen\n"
    "1st  J. & M. Parry, Llanfair\n2nd  W. Jones, Cefn\n3rd  Not awarded\n\n"
    f"Class 22  Texel ram, any age\nJudge: Mrs E. Pritchard, Corwen\n{NO_ENTRIES}\n\n"
    "Class 23  Suffolk ram, any age\nJudge: Mr H. Lewis, Bala\n"
    "1st  E. Davies, Hafod\n2nd  Miss C. Owen, Bryn\n\n"
)
RECORD = (
    "April 2026\n\nSprayer tested in February.\n\n"
    f"Week of 12/04 · sprayer NS 24\n{OPERATIONS[0]}\n{OPERATIONS[1]}\n{OPERATIONS[2]}\n\n"
)
MILK = (
    "Week 1 — from 1 July\n\nFigures from the dairy’s laboratory.\n\n"
    f"Collected 1 July · tanker WX 71\n{milk_line(1)}\n{milk_line(3)}\n{MISSING}\n"
    f"{PRICE_NOTE}\n\n"
)
INTAKE = (
    "Monday 3 August\n\nDrier running from 06:00.\n\n"
    f"Intake 3 August · pit 1\n{TICKETS[0]}\n{TICKETS[1]}\n{REJECTED}\n{TICKETS[2]}\n\n"
)
CALENDAR = (
    "March\n\nCheck the frost forecast first.\n\n"
    "Tomatoes\nVarieties: Shirley, Ailsa Craig\nSow under glass.\nPrick out into 9 cm pots.\n\n"
    "Peppers\nVarieties: Gypsy, Marconi Rosso\nSow under glass.\nHarden off for ten days.\n\n"
    "Leeks\nSow in a seed bed.\nThin to 4 cm.\n\n"
    "Lettuce\nVarieties: Little Gem, Tom Thumb\nSow outdoors every fortnight.\n\n"
    "April\n\nSeed orders close on the 20th.\n\n"
    "Tomatoes\nVarieties: Shirley, Moneymaker\nHarden off for ten days.\n"
    "Plant out after the last frost.\n\n"
)
BILINGUAL = (
    "Notices\n\nPosted at the company’s store.\n\n"
    f"Notice 1 · 4 June · Bargarh\n{ODIA}\nPaddy buying starts on the 12th.\n\n"
    f"Notice 2 · 5 June · Tiznit\n{TIFINAGH}\n"
    "The cooperative’s assembly is on Monday. Bring your baskets to the press.\n\n"
)
FOOT = "About this export\n\nKept by the farm office.\n"
#: A small page: a pen of lots, three classes, a week of spraying, a week of milk, a day of
#: intake, two months of a calendar, an Odia and a Tamazight notice.
PAGE = HEAD + CATALOGUE + SHOW + RECORD + MILK + INTAKE + CALENDAR + BILINGUAL + FOOT


def _edited(family: Family, rate: float, seed: int = 1, page: str = PAGE) -> TrackedText:
    """This material's small page (or ``page``) edited by ``family``."""
    return edited_page(page, family, rate, seed)


def _findable(tracked: TrackedText, span: tuple[int, int]) -> bool:
    return tracked.truths([span])[0].findable


def test_the_small_page_is_laid_out_as_the_exports_are() -> None:
    heads = [PAGE[slice(*heading)] for heading, _ in sections(PAGE)]
    assert heads == [
        "Store lambs — Ring 1",
        "Sheep — Section B",
        "April 2026",
        "Week 1 — from 1 July",
        "Monday 3 August",
        "March",
        "April",
        "Notices",
    ]
    assert len(items(PAGE)) == 14
    assert _edited(combined, 3.0).text != PAGE


def test_catalogue_revised_withdraws_a_marked_lot_renumbers_and_types_a_late_entry() -> None:
    for seed in range(1, 5):
        tracked = _edited(catalogue_revised, 1.0, seed)
        new = tracked.text
        assert not _findable(tracked, span_of(PAGE, LOTS[1]))  # the lot marked "Withdrawn"
        assert not _findable(tracked, span_of(PAGE, WITHDRAWN))
        assert WITHDRAWN not in new.split("\n")
        last = text_now(tracked, span_of(PAGE, LOTS[2]))
        assert last is not None
        assert last.startswith("Lot 102  10 Texel x wether lambs  36.")  # renumbered
        assert text_now(tracked, span_of(PAGE, CONDITIONS)) == CONDITIONS
        assert len(re.findall(r"^Lot 10[12]A  ", new, re.M)) == 1
        weights = re.findall(r"[0-9]{2}\.[0-9](?= kg)", new)
        assert len(weights) == 3  # two lots left and the late entry


def test_spans_swapped_keep_each_name_in_its_new_place() -> None:
    words = "1st  J. & M. Parry, Llanfair\n2nd  W. Jones, Cefn"
    tracked = TrackedText(words)
    parry, jones = span_of(words, "J. & M. Parry, Llanfair"), span_of(words, "W. Jones, Cefn")
    spans_swapped(tracked, parry, jones)
    assert tracked.text == "1st  W. Jones, Cefn\n2nd  J. & M. Parry, Llanfair"
    assert text_now(tracked, parry) == "J. & M. Parry, Llanfair"
    assert tracked.truths([parry])[0].start_range[1] == tracked.text.index("J. &")
    assert text_now(tracked, jones) == "W. Jones, Cefn"
    assert tracked.truths([jones])[0].start_range[1] == 5


def test_prize_list_corrected_swaps_retypes_fills_and_withholds() -> None:
    for seed in range(1, 6):
        tracked = _edited(prize_list_corrected, 1.0, seed)
        new = tracked.text
        assert not _findable(tracked, span_of(PAGE, NO_ENTRIES))
        assert NO_ENTRIES not in new
        assert new.count(NOT_AWARDED) == PAGE.count(NOT_AWARDED) + 1
        names = ("J. & M. Parry, Llanfair", "W. Jones, Cefn", "E. Davies, Hafod")
        kept = [name for name in names if _findable(tracked, span_of(PAGE, name))]
        for name in kept:  # a name that stays is a swapped one, its own characters
            assert text_now(tracked, span_of(PAGE, name)) == name
        assert len(kept) <= 2  # one class retyped, one name withheld at most elsewhere
        withheld = span_of(PAGE, "3rd  Not awarded")
        assert text_now(tracked, withheld) == "3rd  Not awarded"  # outside the retyped placings


def test_records_amended_rename_a_field_copy_a_day_and_sort_by_field() -> None:
    tracked = _edited(records_amended, 1.0)
    new = tracked.text
    assert sum(name in new for name in RENAMED.values()) == 1
    assert re.search(r"^15/04  ", new, re.M)  # the last day copied as the next
    last = text_now(tracked, span_of(PAGE, OPERATIONS[2]))
    assert last is not None
    assert last.startswith("14/04  Top Field")  # the original, not its copy
    lines = [line for line in new.split("\n") if re.match(r"1[45]/04  |12/04  ", line)]
    assert len(lines) == 4
    fields = [line.split("  ")[1] for line in lines]
    assert fields == sorted(fields)
    before = re.findall(r"[0-9.]+(?= l/ha)", PAGE)
    rates = re.findall(r"[0-9.]+(?= l/ha)", new)
    assert len(rates) == len(before) + 1  # the copied day's rate
    corrected = [rate for rate in rates if rate not in before]
    assert corrected  # a rate corrected by one digit
    for rate in corrected:
        assert any(
            len(rate) == len(old) and sum(a != b for a, b in zip(rate, old, strict=True)) == 1
            for old in before
        )


def test_milk_report_reissued_adds_the_missing_day_and_fills_the_sample() -> None:
    tracked = _edited(milk_report_reissued, 1.0)
    new = tracked.text
    assert milk_line(2) not in PAGE  # the missing day …
    assert milk_line(2) in new  # … typed in
    assert new.index(milk_line(2)) > new.index("Wed 1  ")
    assert new.index(milk_line(2)) < new.index("Fri 3  ")
    assert not _findable(tracked, span_of(PAGE, "Sample not taken"))
    # Exactly half of the whole line is left (the day and its litres): findable, there.
    assert text_now(tracked, span_of(PAGE, MISSING)) == "Sat 4  2,328 l"
    assert tracked.truths([span_of(PAGE, MISSING)])[0].survived == 0.5
    assert "Sat 4  2,328 l  BF " in new
    changed = [text_now(tracked, span_of(PAGE, milk_line(d))) != milk_line(d) for d in (1, 3)]
    assert sum(changed) >= 1  # two figures corrected on the page's two full days
    for d in (1, 3):
        assert tracked.truths([span_of(PAGE, milk_line(d))])[0].survived >= 0.95


def test_intake_log_resorted_groups_by_crop_and_moves_the_rejected_load() -> None:
    tracked = _edited(intake_log_resorted, 1.0)
    new = tracked.text
    block = next(item for item in items(new) if new.startswith(REJECTED_HEAD, item[0]))
    assert f"{TICKETS[1]}\n{REJECTED}" in new[slice(*block)]
    assert text_now(tracked, span_of(PAGE, TICKETS[1])) == TICKETS[1]
    assert text_now(tracked, span_of(PAGE, REJECTED)) == REJECTED
    assert new.index(TICKETS[2]) < new.index(TICKETS[0]) < new.index(REJECTED_HEAD)
    assert block[1] + 2 == new.index("About this export")


def test_calendar_rearranged_moves_lines_and_a_crop_and_splits_a_month() -> None:
    page = HEAD + CALENDAR + FOOT
    for seed in range(1, 5):
        tracked = _edited(calendar_rearranged, 1.0, seed, page)
        new = tracked.text
        typed = ("March — second half", "From the middle of the month.")
        assert "\n\nMarch — second half\n\nFrom the middle of the month.\n\n" in new
        kept = sorted(line for line in new.split("\n") if line and line not in typed)
        assert kept == sorted(line for line in page.split("\n") if line)
        for nth in range(page.count("Sow under glass.")):
            assert text_now(tracked, span_of(page, "Sow under glass.", nth)) == "Sow under glass."
        april = new[new.index("\nApril\n") : new.index("\nAbout this export")].split("\n")
        was = page[page.index("\nApril\n") : page.index("\nAbout this export")].split("\n")
        assert len(april) >= len(was) + 4  # a line, and a crop's block of two lines or more


def test_pdf_copy_paste_keeps_every_line_under_running_lines_hyphens_and_ligatures() -> None:
    tracked = _edited(pdf_copied, 8.0)
    new = tracked.text
    assert RUNNING_FOOTER.format(page=1, pages=2) in new
    assert new.count("Farm pages — Pentre") == 2  # the title again as the next page's header
    assert "\ufb01" in new or "\ufb02" in new
    assert re.search(r"^Lot 10[123] [0-9]", new, re.M) or re.search(r"^T223[0-9] [A-Z]", new, re.M)

    def plain(words: str) -> str:
        words = words.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("-\n", "")
        return " ".join(words.split())

    for line in item_lines(PAGE):
        now = text_now(tracked, line)
        assert now is not None
        assert plain(now) == plain(PAGE[slice(*line)])


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


def test_farm_style_respells_units_dates_and_placings() -> None:
    words = "12/04  Long Ley  1.5 l/ha; Lot 101  38.5 kg; T2231  28.40 t; 1st  J. Parry, Bryn"
    tracked = TrackedText(words)
    grown = farm_style_set(tracked, (0, len(words)))
    expected = (
        "12 April  Long Ley  1.5 litres per hectare; Lot 101  38.5 kilos; T2231  28.40 tonnes; "
        "First  J. Parry, Bryn"
    )
    assert tracked.text == expected
    assert grown == len(expected) - len(words)
    lot = span_of(words, "Lot 101  38.5 kg")
    truth = tracked.truths([lot])[0]  # its "g" typed over: the end may lie on "ilos"
    assert tracked.text[truth.start_range[1] : truth.end_range[1]] == "Lot 101  38.5 kilos"
    assert not _findable(tracked, span_of(words, "12/04"))  # only "12" of the date is left
    edited = _edited(copy_edited, 8.0)
    assert "kilos" in edited.text
    assert "kilos" not in PAGE


def test_odia_digits_converted_on_the_odia_line_only() -> None:
    tracked = _edited(odia_digits_converted, 8.0)
    new = tracked.text
    assert "ଧାନ କିଣା 12 ତାରିଖରୁ ଆରମ୍ଭ ହବ।" in new
    assert "Paddy buying starts on the 12th." in new
    span = span_of(PAGE, ODIA)
    assert tracked.truths([span])[0].survived == (len(ODIA) - 2) / len(ODIA)
    assert text_now(tracked, span) == "ଧାନ କିଣା 12 ତାରିଖରୁ ଆରମ୍ଭ ହବ।"


def test_tifinagh_respelt_drops_or_writes_the_labiovelar_and_retypes_joints() -> None:
    tracked = _edited(tifinagh_respelt_one_side, 8.0)
    new = tracked.text
    bare = TIFINAGH.replace(LABIOVELAR, "")
    line = next(line for line in new.split("\n") if line.startswith(bare[:4]))
    assert LABIOVELAR not in line  # nothing to write on the page: the marks dropped
    assert line.replace(SEPARATOR, "").split() == bare.replace(SEPARATOR, "").split()
    first = span_of(PAGE, TIFINAGH_CLAUSES[0])
    assert text_now(tracked, first) == TIFINAGH_CLAUSES[0].replace(LABIOVELAR, "")
    words = f"{bare[:-1].replace(f' {SEPARATOR} ', ' ')}."
    back = TrackedText(words)
    tifinagh_respelt(back, (0, len(words)), dropped=False, joint=f" {SEPARATOR} ")
    assert back.text == TIFINAGH


def test_reflowed_breaks_table_rows_at_their_gaps_and_keeps_every_field() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    assert new.split("\n\n")[2] != PAGE.split("\n\n")[2]
    for row in (*LOTS, *TICKETS):
        now = text_now(tracked, span_of(PAGE, row))
        assert now is not None
        assert now.split() == row.split()
    assert any("\n" in (text_now(tracked, span_of(PAGE, row)) or "") for row in TICKETS)
    assert max(len(line) for line in new.split("\n")) <= 60


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH32_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("Lot 114  12 Texel x ewe lambs  38.5 kg", "1st  J. & M. Parry", "1.5 l/ha")
        more = ("SCC 145", "T2231  Wheat (feed)  28.40 t", "Sow under glass.", "Long Ley")
        scripts = ("୧୨", "ମ୍ଭ", LABIOVELAR, SEPARATOR, "\u2019")  # "ମ୍ଭ": a conjunct
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 15)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH32_SEEDS, fresh32_text, fresh32_spans)


@pytest.mark.parametrize("name", list(FRESH32_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH32_FAMILIES[name], FRESH32_SEEDS, fresh32_text, fresh32_spans, no_blank_runs=True
    )
