"""The truth of the twenty-ninth-round fresh families, checked by hand on a small workplace page
(no re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.benchmarks.family_soundness import (
    assert_consistent,
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh23_kit import ZWJ, body_lines, item_runs, items, notes, sections
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh26_families import reflowed_page
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_edits import (
    hour_respelt,
    sinhala_joiners_switched,
    thousands_respelt,
)
from tests.benchmarks.reanchor_fresh29_families import (
    ADDED_SENTENCES,
    FRESH29_FAMILIES,
    FRESH29_SEEDS,
    MEASURED,
    NEW_HAZARDS,
    advert_reposted,
    combined,
    copy_edited,
    fresh29_spans,
    fresh29_text,
    log_tidied,
    policy_revised,
    rota_reshuffled,
    sections_renumbered,
    sheet_revised,
    sinhala_normalised_one_side,
    steps_renumbered,
    syllabics_normalised_one_side,
)
from tests.benchmarks.reanchor_fresh29_kit import STEP_HEAD, SUB_SECTION, old_syllabics
from tests.benchmarks.reanchor_fresh29_texts import KINDS
from tests.storage.edit_simulation import TrackedText

LINE_MANAGER = "Speak to your line manager first."
HOLIDAY = "You get 25 days' paid holiday a year."
CHECKED = "Checked — no fault found."
NO_DATA = "No data available."
#: Sinhala with a yansaya written with its joiner, and a vowel sign on both sides.
SINHALA = f"සෞඛ්{ZWJ}ය හා ආරක්ෂාව පළමුව."
#: Syllabics with dotted long vowels (ᑮ, ᑖ) and "ai" reformed (ᒪᐃ).
SYLLABICS = "ᑮᓇᐅᔭᖅᑖᕐᓂᖅ ᐅᓪᓗᖓ ᒪᐃ 15."
HEAD = (
    "Workplace pages — Riverside\n\nEffective from 1 April 2026 · Riverside Distribution\n\n"
    "This page collects what we give our staff. You get 25 days' paid holiday\na year. "
    f"{LINE_MANAGER}\n\n"
)
HANDBOOK = (
    "Section 1 — Annual leave\n\nRead this with section 1.\n\n"
    f"1.1 How it works\n{HOLIDAY}\nThat is 28 days including bank holidays.\n{LINE_MANAGER}\n\n"
    "1.2 Who it covers\nPart-time staff get 25 days' paid holiday pro rata, see section 2.1.\n"
    "Effective from 1 April 2026\n\n"
    "Section 2 — Sickness absence\n\nThis section applies to every member of staff.\n\n"
    "2.1 How it works\nCall your manager before 09:00 or e-mail the rota team.\n"
    f"{LINE_MANAGER}\n\n"
)
ROTA = (
    "Week 1 — from 2 March\n\nWard 7 — 24 beds.\n\n"
    "Monday 2 Mar · Ward 7\nMon 07:00–15:00 Early — A. Okafor\nMon 15:00–23:00 Late — J. Lind\n"
    "Mon Day off — M. Reyes\n\n"
    "Tuesday 3 Mar · Ward 7\nTue 07:00–15:00 Early — A. Okafor\nTue Day off — J. Lind\n\n"
    "Week 2 — from 9 March\n\nHandover is 15 minutes before each shift.\n\n"
    "Monday 9 Mar · Ward 7\nMon 07:00–15:00 Early — A. Okafor\nMon On call — J. Lind\n\n"
)
SHEET = (
    "Data sheet — hazards\n\nFigures are for the neat product.\n\n"
    "Hazards\nH315 Causes skin irritation.\nH319 Causes serious eye irritation.\n"
    "P280 Wear protective gloves.\n\n"
    f"Properties\npH 11.5\nFlash point: 61 °C\n{NO_DATA}\n\n"
    f"Toxicology\nH315 Causes skin irritation.\nAcute toxicity: {NO_DATA}\n\n"
)
SOP = (
    "Running the press\n\nWear gloves and glasses.\n\n"
    "Step 1 — Close the guard\nLower the guard until it clicks.\n"
    "Check that the guard is closed.\n\n"
    "Step 2 — Load the die\nSlide the die in until it stops.\n"
    "CAUTION: Moving parts. Keep hands clear.\n\n"
    "Step 3 — Run a test piece\nPress both buttons together.\n\n"
    "Step 4 — Check the test piece\nMeasure it against the drawing.\n"
    "If the light stays red, repeat steps 2 to 3.\n\n"
)
LOG = (
    "Forklift FL-02\n\nChecked weekly.\n\n"
    f"02/02/2026 · 1,204 h\n{CHECKED}\n\n"
    f"04/02/2026 · 1,245 h\n{CHECKED}\n\n"
    "Struck: 06/02/2026 · 1,466 h (entered in error)\nWrong reading; see the entry below.\n\n"
    "06/02/2026 · 1,286 h\nReplaced hydraulic filter.\nPart fitted: HF-2041-B\n\n"
)
ADVERT = (
    "Warehouse team leader — what you'll do\n\nFull time, permanent.\n\n"
    "Salary\n£28,500–£31,000 a year\nClosing date: 20 March 2026\n\n"
    "Day to day\n• Run the morning briefing at 07:00.\n• Check stock counts against the system.\n"
    "• Keep the aisles clear and safe.\n\n"
    "Stock controller — what you'll do\n\nBased in Riverside, with free parking.\n\n"
    "Day to day\n• Check stock counts against the system.\n• Keep the aisles clear and safe.\n\n"
)
NOTICES = (
    "Notices\n\nAs posted.\n\n"
    f"Notice 1 · Colombo\n{SINHALA}\nHealth and safety first.\n\n"
    f"Notice 2 · Iqaluit\n{SYLLABICS}\nPay day is 15 May.\n\n"
)
FOOT = "About this export\n\nKept by the people team.\n"
#: A small page: a handbook's two sections (an entitlement in the lead and two items, the
#: date in the head and an item, a cross-reference), two weeks of a rota, a data sheet's
#: hazards and properties, four steps with a caution and a "repeat steps" reference, a log
#: with a week's two checks and a struck entry, an advert with a second role, a Sinhala and
#: an Inuktitut notice.
PAGE = HEAD + HANDBOOK + ROTA + SHEET + SOP + LOG + ADVERT + NOTICES + FOOT


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


def test_the_small_page_is_read_as_sections_items_and_recurring_lines() -> None:
    assert len(sections(PAGE)) == 10
    assert len(items(PAGE)) == 22
    assert [len(run) for run in item_runs(PAGE)] == [2, 1, 2, 1, 3, 4, 4, 2, 1, 2]
    assert len(notes(PAGE)) == 10
    assert set(short_lines(PAGE, 20)) == {"Day to day"}
    assert PAGE.count("Effective from 1 April 2026") == 2
    assert PAGE.count(LINE_MANAGER) == 3


def test_policy_revised_types_the_date_and_the_entitlement_over_and_retypes_one_part() -> None:
    tracked = _edited(policy_revised, 8.0)
    new = tracked.text
    assert "1 April 2026" not in new
    [date] = set(re.findall("Effective from ([0-9]+ [A-Z][a-z]+ 2026)", new))
    assert f"Effective from {date} · Riverside Distribution" in new  # the item's may be retyped
    figure = "25" if "25 days" not in new else "28"
    assert f"{figure} days" not in new
    assert f"{int(figure) + 1} days" in new
    if figure == "25":
        assert _holds_at(tracked, span_of(PAGE, HOLIDAY), "You get 26 days' paid holiday a year.")
    sub_sections = [item for item in items(PAGE) if SUB_SECTION.match(PAGE, item[0])]
    retyped = [
        item
        for item in sub_sections
        if all(_gone(tracked, line) for line in body_lines(PAGE, item))
    ]
    assert len(retyped) == 1
    # a sentence typed into each of the three sub-sections; the retyped one's is retyped too
    assert sum(new.count(sentence) for sentence in ADDED_SENTENCES) == 2


def test_sections_renumbered_insert_a_section_and_split_one_sub_section() -> None:
    tracked = _edited(sections_renumbered, 1.0)
    new = tracked.text
    split = f"1.1 How it works\n{HOLIDAY}\n\n1.2 How it works (continued)\n"
    assert f"{split}That is 28 days including bank holidays.\n{LINE_MANAGER}\n" in new
    assert "Section 2 — Hybrid working\n" in new
    assert "Section 3 — Sickness absence\n" in new
    assert "pro rata, see section 3.1.\n" in new
    assert _holds_at(tracked, span_of(PAGE, "1.2 Who it covers"), "1.3 Who it covers")
    assert _holds_at(tracked, span_of(PAGE, "2.1 How it works"), "3.1 How it works")
    assert new.count(LINE_MANAGER) == 4  # the typed section's copy is a decoy
    assert _holds_at(tracked, span_of(PAGE, LINE_MANAGER, 1), LINE_MANAGER, 1)
    assert _holds_at(tracked, span_of(PAGE, LINE_MANAGER, 2), LINE_MANAGER, 3)
    reference = span_of(PAGE, "see section 2.1.")
    assert _holds_at(tracked, reference, "see section 3.1.")


def test_rota_reshuffled_moves_a_week_cuts_one_persons_lines_and_types_shifts_over() -> None:
    tracked = _edited(rota_reshuffled, 1.0)
    new = tracked.text
    assert new.index("Week 2 — from 9 March") < new.index("Week 1 — from 2 March")
    week = "Week 2 — from 9 March\n\nHandover is 15 minutes before each shift."
    assert _holds_at(tracked, span_of(PAGE, week), week)
    assert "A. Okafor" not in new  # his lines cut, from days that keep others'
    for nth in range(3):
        assert _gone(tracked, span_of(PAGE, "07:00–15:00 Early — A. Okafor", nth))
    # J. Lind's and M. Reyes's Monday shifts swapped, and an "On call" made a "Day off": the
    # shifts are typed over, each line keeps its day and name
    monday = "Monday 2 Mar · Ward 7\nMon Day off — J. Lind\nMon 15:00–23:00 Late — M. Reyes\n"
    assert monday in new
    reyes = "Mon 15:00–23:00 Late — M. Reyes"
    assert _holds_at(tracked, span_of(PAGE, "Mon Day off — M. Reyes"), reyes)
    assert _holds_at(tracked, span_of(PAGE, "Mon On call — J. Lind"), "Mon Day off — J. Lind")
    lind = span_of(PAGE, "J. Lind")
    at = new.index(monday) + monday.index("J. Lind")
    assert tracked.truths([lind])[0].holds(at, at + len("J. Lind"))


def test_rota_reshuffled_swaps_two_peoples_shifts_on_a_day() -> None:
    tracked = _edited(rota_reshuffled, 8.0, seed=3)
    new = tracked.text
    swapped = "Mon 15:00–23:00 Late — A. Okafor\nMon 07:00–15:00 Early — J. Lind\n"
    assert swapped in new
    old = "Mon 07:00–15:00 Early — A. Okafor"
    assert _gone(tracked, span_of(PAGE, old))  # the shift, most of the line, typed over
    name = span_of(PAGE, "A. Okafor")
    at = new.index(swapped) + swapped.index("A. Okafor")
    assert tracked.truths([name])[0].holds(at, at + len("A. Okafor"))


def test_data_sheet_revised_types_hazards_corrects_a_figure_and_measures_missing_data() -> None:
    tracked = _edited(sheet_revised, 8.0)
    new = tracked.text
    assert sum(new.count(hazard) for hazard in NEW_HAZARDS) >= 1
    assert ("pH 11.5" in new) != ("Flash point: 61 °C" in new)
    if "pH 11.5" not in new:
        [ph] = re.findall(r"pH 11\.[0-9]", new)
        assert _holds_at(tracked, span_of(PAGE, "pH 11.5"), ph)
    assert f"\n{NO_DATA}\n" not in new
    assert _gone(tracked, span_of(PAGE, NO_DATA, 0))
    assert any(f"Acute toxicity: {measured}" in new for measured in MEASURED)
    assert _holds_at(tracked, span_of(PAGE, "Acute toxicity"), "Acute toxicity")
    hazards = re.findall("^H[0-9]{3} [^\\n]+$", PAGE, re.MULTILINE)
    kept = re.findall("^H[0-9]{3} [^\\n]+$", new, re.MULTILINE)
    assert len(kept) == len(hazards) + 3 - 2  # three typed in, two cut


def test_steps_renumbered_merge_two_steps_type_one_in_and_move_a_caution() -> None:
    tracked = _edited(steps_renumbered, 1.0)
    new = tracked.text
    assert [int(m[1]) for m in STEP_HEAD.finditer(new)] == [1, 2, 3, 4]
    assert "Step 1 — Check the oil level\n" in new  # typed in before the first step
    merged = (
        "Step 2 — Close the guard\nLower the guard until it clicks.\n"
        "Check that the guard is closed.\nSlide the die in until it stops.\n\n"
    )
    assert merged in new  # the old steps 1 and 2 merged, renumbered 2
    assert _gone(tracked, span_of(PAGE, "Step 2 — Load the die"))
    assert _holds_at(tracked, span_of(PAGE, "Step 1 — Close the guard"), "Step 2 — Close the guard")
    assert _holds_at(
        tracked, span_of(PAGE, "Step 3 — Run a test piece"), "Step 3 — Run a test piece"
    )
    line = "Slide the die in until it stops."
    assert _holds_at(tracked, span_of(PAGE, line), line)
    caution = "CAUTION: Moving parts. Keep hands clear."
    moved = f"If the light stays red, repeat steps 2 to 3.\n{caution}\n"
    assert moved in new  # moved to the last step; the reference went 2 to 3, 1 to 2, 2 to 3
    assert _holds_at(tracked, span_of(PAGE, caution), caution)
    reference = "repeat steps 2 to 3"
    assert _holds_at(tracked, span_of(PAGE, reference), reference)


def test_log_tidied_cuts_the_struck_entry_and_a_weeks_second_check_and_appends() -> None:
    tracked = _edited(log_tidied, 1.0)
    new = tracked.text
    assert "Struck:" not in new
    assert _gone(tracked, span_of(PAGE, "Struck: 06/02/2026 · 1,466 h (entered in error)"))
    assert "04/02/2026" not in new
    assert _gone(tracked, span_of(PAGE, f"04/02/2026 · 1,245 h\n{CHECKED}"))
    kept = f"02/02/2026 · 1,204 h\n{CHECKED}"
    assert _holds_at(tracked, span_of(PAGE, kept), kept)
    filter_entry = "06/02/2026 · 1,286 h\nReplaced hydraulic filter.\nPart fitted: HF-2041-B"
    assert _holds_at(tracked, span_of(PAGE, filter_entry), filter_entry)
    after = new[new.index(filter_entry) + len(filter_entry) :]
    [(day, month, reading)] = re.findall(r"^\n\n([0-9]{2})/([0-9]{2})/2026 · ([0-9,]+) h", after)
    assert (int(month), int(day)) > (2, 6)
    assert int(reading.replace(",", "")) > 1286


def test_advert_reposted_raises_pay_moves_the_date_reorders_bullets_and_drops_a_role() -> None:
    tracked = _edited(advert_reposted, 8.0)
    new = tracked.text
    assert "£28,500–£31,000" not in new
    assert re.search("£29,[05]00–£3[12],[05]00 a year", new)
    assert "20 March 2026" not in new
    assert "Stock controller" not in new
    second = PAGE.index("Stock controller")
    for bullet in ("• Check stock counts against the system.", "• Keep the aisles clear and safe."):
        assert _gone(tracked, span_of(PAGE, bullet, 1))  # the second role's, though its twin stays
        assert _holds_at(tracked, span_of(PAGE, bullet, 0), bullet)
        assert PAGE.index(bullet) < second
    first_list = new[new.index("Day to day") : new.index("Notices")]
    assert first_list.count("• ") == 3


def test_copy_edited_respells_email_times_and_thousands() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "before 9am or email the rota team" in new
    assert "£28.5k–£31k a year" in new
    line = "Call your manager before 09:00 or e-mail the rota team."
    truth = tracked.truths([span_of(PAGE, line)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert [hour_respelt(h) for h in ("07:00", "15:00", "00:00", "12:00")] == [
        "7am",
        "3pm",
        "12am",
        "12pm",
    ]
    assert [hour_respelt(h) for h in ("7am", "3pm", "12am", "12pm")] == [
        "07:00",
        "15:00",
        "00:00",
        "12:00",
    ]
    assert [thousands_respelt(a) for a in ("£28,500", "£31,000", "£28.5k", "£31k")] == [
        "£28.5k",
        "£31k",
        "£28,500",
        "£31,000",
    ]


def test_duplicates_pruned_cut_a_later_copy_and_keep_the_first() -> None:
    tracked = _edited(stock_lines_pruned, 1.0)
    new = tracked.text
    [line] = [
        line for line in set(PAGE.split("\n")) if line and new.count(line) == PAGE.count(line) - 1
    ]
    assert _holds_at(tracked, span_of(PAGE, line, 0), line, 0)
    assert any(_gone(tracked, span_of(PAGE, line, n)) for n in range(1, PAGE.count(line)))


def test_a_reflowed_page_keeps_its_words_and_their_truth() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    assert new != PAGE
    assert new.replace("-\n", "").split() == PAGE.split()
    lead = span_of(PAGE, "This page collects what we give our staff.")
    truth = tracked.truths([lead])[0]
    assert truth.findable
    assert truth.survived > 0.9


def test_sinhala_normalised_on_one_side_drops_the_joiner_of_a_yansaya() -> None:
    tracked = _edited(sinhala_normalised_one_side, 8.0)
    new = tracked.text
    assert "\nසෞඛ්ය හා ආරක්ෂාව පළමුව.\n" in new
    truth = tracked.truths([span_of(PAGE, SINHALA)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, SYLLABICS), SYLLABICS)


def test_sinhala_without_joiners_gets_them_on_the_other_side() -> None:
    page = PAGE.replace(SINHALA, SINHALA.replace(ZWJ, ""))
    tracked = _edited(sinhala_normalised_one_side, 8.0, page=page)
    assert f"\n{SINHALA}\n" in tracked.text
    assert _holds_at(tracked, span_of(page, "ආරක්ෂාව පළමුව"), "ආරක්ෂාව පළමුව")


def test_touching_letters_take_the_joiner_before_the_al_lakuna() -> None:
    tracked = TrackedText("අනතුරු සිද්ධි කළමනාකරුට දන්වන්න.")
    grown = sinhala_joiners_switched(tracked, (0, len(tracked.text)), dropped=False)
    assert tracked.text == f"අනතුරු සිද{ZWJ}්ධි කළමනාකරුට දන්වන්න."
    assert grown == 1


def test_syllabics_normalised_on_one_side_writes_long_vowels_twice_and_the_ai_series() -> None:
    tracked = _edited(syllabics_normalised_one_side, 8.0)
    new = tracked.text
    assert "\nᑭᐃᓇᐅᔭᖅᑕᐊᕐᓂᖅ ᐅᓪᓗᖓ ᒣ 15.\n" in new
    truth = tracked.truths([span_of(PAGE, SYLLABICS)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, SINHALA), SINHALA)


def test_syllabics_by_an_older_hand_are_written_with_dots_and_reformed_ai() -> None:
    older = old_syllabics(SYLLABICS)
    assert older == "ᑭᐃᓇᐅᔭᖅᑕᐊᕐᓂᖅ ᐅᓪᓗᖓ ᒣ 15."
    page = PAGE.replace(SYLLABICS, older)
    tracked = _edited(syllabics_normalised_one_side, 8.0, page=page)
    assert f"\n{SYLLABICS}\n" in tracked.text
    assert _holds_at(tracked, span_of(page, "ᐅᓪᓗᖓ"), "ᐅᓪᓗᖓ")


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    tracked = _edited(combined, 3.0)
    assert tracked.text != PAGE
    assert "\n\n\n" not in tracked.text
    assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


@pytest.mark.parametrize("seed", [*range(4), *FRESH29_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(items(text)) >= 15, name
        assert len(sections(text)) >= 4, name
        assert any(len(run) >= 3 for run in item_runs(text)), name
        lines = Counter(text[slice(*line)] for line in item_lines(text))
        assert lines.most_common(1)[0][1] >= 3, name  # a line recurs word for word
        marks = ("Effective from 1 April 2026", "25 days", "see section 4.1", "pH 11.5", "H315")
        more = ("repeat steps 4 to 6", CHECKED, "£28,500–£31,000", "Closing date: 20 March")
        scripts = (f"්{ZWJ}ර", "්ය", "ᒦ", "ᒪᐃ", "e-mail", "per cent", "07:00")
        assert all(mark in text for mark in (*marks, *more, *scripts)), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH29_SEEDS, fresh29_text, fresh29_spans)


@pytest.mark.parametrize("name", list(FRESH29_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH29_FAMILIES[name], FRESH29_SEEDS, fresh29_text, fresh29_spans, no_blank_runs=True
    )
