"""The truth of the thirtieth-round fresh families, checked by hand on a small patient page (no
re-anchoring here), and checked for consistency on the whole material."""

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
from tests.benchmarks.reanchor_fresh23_kit import body_lines, item_runs, items, notes, sections
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh26_families import reflowed_page
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh30_edits import house_style_set, mongolian_switched_in
from tests.benchmarks.reanchor_fresh30_families import (
    FRESH30_FAMILIES,
    FRESH30_SEEDS,
    NEW_DISHES,
    NEW_ROW,
    NEW_VACCINES,
    RUNNING_HEADER,
    WARNINGS,
    cherokee_folded_one_side,
    combined,
    copy_edited,
    fresh30_spans,
    fresh30_text,
    hours_changed,
    leaflet_revised,
    medicines_changed,
    menu_rotated,
    mongolian_normalised_one_side,
    page_reexported,
    results_reissued,
    schedule_reissued,
)
from tests.benchmarks.reanchor_fresh30_kit import (
    CHEROKEE_FOLDED,
    FVS,
    HOLIDAY_HEAD,
    MEDICINE_HEAD,
    NNBSP,
    RESULT,
    cherokee_switched,
)
from tests.benchmarks.reanchor_fresh30_more_texts import plain_mongolian
from tests.benchmarks.reanchor_fresh30_texts import KINDS
from tests.storage.edit_simulation import TrackedText

NOT_SURE = "If you are not sure, ask your pharmacist."
TAKE = "Take ONE tablet TWICE a day."
UNWELL = "* If your child is unwell on the day, ask the practice nurse."
SOUP = "Soup of the day"
#: Mongolian with narrow no-break spaces before three case suffixes, and a ᠭ without a
#: variation selector.
MONGOLIAN = f"ᠡᠮ{NNBSP}ᠢ ᠡᠮᠴᠢ{NNBSP}ᠶᠢᠨ ᠵᠠᠭᠠᠪᠤᠷᠢ{NNBSP}ᠪᠠᠷ ᠤᠤᠭᠠᠷᠠᠢ᠃"
#: Cherokee in the capital syllabary.
CHEROKEE = "ᎣᏏᏲ. ᏣᎳᎩ ᎠᏰᎵ ᏗᏓᏍᏕᎸᏗ ᎦᎶᎯᏍᏗ ᎠᏔᎴᏒ 8:00."
HEAD = (
    "Patient pages — Riverside\n\nRiverside Health · March 2026\n\n"
    "This page collects what we give our patients. Take 5 mg once a day.\n"
    "This leaflet was last revised in March 2026.\n\n"
)
LEAFLET = (
    "How to take Telvarin\n\nRead this with section 3.\n\n"
    "3. How to take Telvarin\nAlways take this medicine exactly as your doctor has told you.\n"
    f"{NOT_SURE}\n\n"
    "Adults\nStarting dose: 5 mg once a day\nUsual dose: 10 mg once a day\n"
    "If your kidneys do not work well, take 2.5 mg twice a day.\n\n"
    "Possible side effects\n\nThis part of the leaflet applies to every patient.\n\n"
    "Common (may affect up to 1 in 10 people)\nHeadache\nDizziness\n\n"
    "Rare (may affect up to 1 in 1,000 people)\nItching\nDry cough\n\n"
)
HOURS = (
    "Opening hours\n\nHours may change in school holidays.\n\n"
    "Riverside Surgery — main site\nMonday 08:00–18:30\nTuesday 08:00–18:30\n"
    "Saturday Closed\nTelephone lines open at 08:00.\n\n"
    "Bank holidays\n\nAll times are local.\n\n"
    "Good Friday 3 April\nClosed\nCall 111 when the surgery is closed.\n\n"
    "Easter Monday 6 April\nClosed\n\n"
    "Services and clinics\n\nBook at reception.\n\n"
    "Blood tests\nMonday 08:00–11:00\nBy appointment only.\n\n"
)
SCHEDULE = (
    "Babies under 1 year old\n\nAll vaccines are free on the NHS.\n\n"
    f"8 weeks\n6-in-1 vaccine (1st dose)\nRotavirus vaccine (1st dose)\n{UNWELL}\n\n"
    f"12 weeks\n6-in-1 vaccine (2nd dose)\n{UNWELL}\n\n"
    "1 year\nMMR vaccine (1st dose)\n"
    "* Doses due at 1 year are given on or after the first birthday.\n\n"
)
LETTER = (
    "Medicines on discharge\n\nCopy sent to your GP.\n\n"
    f"Ramipril 5 mg tablets\n{TAKE}\nReason: heart failure\n\n"
    f"Atenolol 50 mg tablets\n{TAKE}\nReason: heart rate\n\n"
    "Amlodipine 5 mg tablets\nTake ONE tablet ONCE a day.\nReason: blood pressure\n"
    "Please contact the ward if you have any concerns.\n\n"
)
MENU = (
    "Week 1 — from 2 March\n\nAsk staff about allergens.\n\n"
    f"Monday 2 March\n{SOUP}\nLunch: Shepherd’s pie with peas\nFresh fruit or yoghurt\n\n"
    f"Tuesday 3 March\n{SOUP}\nLunch: Fish pie with green beans\nFresh fruit or yoghurt\n"
    "Armchair exercise 10:30\n\n"
    "Week 2 — from 9 March\n\nThe menu may change if deliveries are late.\n\n"
    f"Monday 9 March\n{SOUP}\nLunch: Roast pork with potatoes\nFresh fruit or yoghurt\n\n"
)
RESULTS = (
    "Report 1 — first sample\n\nFasting sample.\n\n"
    "Kidney function · sample 02/03/2026\nSodium 148 mmol/L (133–146) H\n"
    "Potassium 4.4 mmol/L (3.5–5.3)\nCreatinine 64 µmol/L (59–104)\nRepeat in 4 weeks.\n\n"
    "Report 2 — repeat sample\n\nFasting sample.\n\n"
    "Kidney function · sample 16/03/2026\nSodium 148 mmol/L (133–146) H\n"
    "Potassium 4.3 mmol/L (3.5–5.3)\nCreatinine 64 µmol/L (59–104)\nRepeat in 4 weeks.\n\n"
)
NOTICES = (
    "Notices\n\nPosted at the front desk.\n\n"
    f"Notice 1 · Hohhot\n{MONGOLIAN}\nTake medicines as the doctor says.\n\n"
    f"Notice 2 · Tahlequah\n{CHEROKEE}\nHello. The clinic opens at 8:00.\n\n"
)
FOOT = "About this export\n\nKept by the practice.\n"
#: A small page: a leaflet's dosing and two frequency bands, a surgery's hours, bank holidays
#: and a clinic, three age blocks of a schedule, three medicines of a discharge letter, two
#: weeks of a menu, two reports of the same panel, a Mongolian and a Cherokee notice.
PAGE = HEAD + LEAFLET + HOURS + SCHEDULE + LETTER + MENU + RESULTS + NOTICES + FOOT


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
    assert len(sections(PAGE)) == 12
    assert len(items(PAGE)) == 21
    assert [len(run) for run in item_runs(PAGE)] == [2, 2, 1, 2, 1, 3, 3, 2, 1, 1, 1, 2]
    assert len(notes(PAGE)) == 12
    assert PAGE.count(TAKE) == 2
    assert PAGE.count(SOUP) == 3
    assert PAGE.count(UNWELL) == 2


def test_leaflet_revised_types_a_dose_and_the_month_over_moves_a_side_effect() -> None:
    tracked = _edited(leaflet_revised, 8.0)
    new = tracked.text
    assert "last revised in March 2026" not in new
    assert re.search(r"last revised in (June|September) 2026|January 2027", new)
    if "Starting dose: 7.5 mg once a day" in new:
        dose = span_of(PAGE, "Starting dose: 5 mg once a day")
        assert _holds_at(tracked, dose, "Starting dose: 7.5 mg once a day")
        assert "Ramipril 7.5 mg tablets" in new
    else:
        assert "Usual dose: 15 mg once a day" in new or "3.75 mg twice a day" in new
    effects = ("Headache", "Dizziness", "Itching", "Dry cough")
    moved = 0
    for effect in effects:
        truth = tracked.truths([span_of(PAGE, effect)])[0]
        if truth.findable:
            assert _holds_at(tracked, span_of(PAGE, effect), effect)
            old_band = PAGE.rindex("(may affect", 0, PAGE.index(effect))
            new_band = new.rindex("(may affect", 0, new.index(effect))
            moved += PAGE[old_band : old_band + 30] != new[new_band : new_band + 30]
    assert moved >= 1  # two moved at rate 8, unless the retyped item took one
    retyped = [
        item for item in items(PAGE) if all(_gone(tracked, line) for line in body_lines(PAGE, item))
    ]
    assert len(retyped) == 1
    assert 1 <= sum(new.count(warning) for warning in WARNINGS) <= 4


def test_hours_changed_moves_the_services_cuts_a_bank_holiday_and_types_one() -> None:
    tracked = _edited(hours_changed, 1.0)
    new = tracked.text
    assert new.index("Services and clinics") < new.index("Opening hours")
    block = "Blood tests"
    assert _holds_at(tracked, span_of(PAGE, block), block)
    assert _holds_at(tracked, span_of(PAGE, "By appointment only."), "By appointment only.")
    assert "Easter Monday 6 April" not in new
    assert _gone(tracked, span_of(PAGE, "Easter Monday 6 April\nClosed"))
    typed = [m[0] for m in HOLIDAY_HEAD.finditer(new) if m[0] != "Good Friday 3 April"]
    assert len(typed) == 1
    assert f"{typed[0]}\nClosed" in new  # typed after the last bank holiday: a decoy "Closed"
    good_friday = "Good Friday 3 April"
    assert _holds_at(tracked, span_of(PAGE, good_friday), good_friday)
    changed = [
        line for line in ("Monday", "Tuesday", "Saturday") if f"{line} 08:00–18:30" not in new
    ]
    assert changed  # a day's closing time or a "Closed" typed over


def test_schedule_reissued_types_a_vaccine_moves_a_dose_and_writes_12_months() -> None:
    tracked = _edited(schedule_reissued, 1.0)
    new = tracked.text
    assert "1 year" not in new
    heading = span_of(PAGE, "Babies under 1 year old")
    assert _holds_at(tracked, heading, "Babies under 12 months old")
    footnote = span_of(PAGE, "* Doses due at 1 year are given on or after the first birthday.")
    typed = "* Doses due at 12 months are given on or after the first birthday."
    assert _holds_at(tracked, footnote, typed)
    assert sum(new.count(vaccine) for vaccine in NEW_VACCINES) == 1
    doses = re.findall(r"^[^\n]+ \([0-9](?:st|nd|rd) dose\)$", PAGE, re.M)
    for dose in doses:  # each stands once: its truth is where its characters went
        assert _holds_at(tracked, span_of(PAGE, dose), dose)
    ages = [m.start() for m in re.finditer(r"^(?:8 weeks|12 weeks|12 months)$", new, re.M)]
    blocks = [new[a : new.find("\n\n", a)] for a in ages]
    assert [block.count("dose)") for block in blocks] != [2, 1, 1]  # a dose moved or typed


def test_medicines_changed_stops_one_types_one_and_sorts_the_list() -> None:
    tracked = _edited(medicines_changed, 1.0)
    new = tracked.text
    heads = [m[0] for m in MEDICINE_HEAD.finditer(new)]
    assert heads == sorted(heads)
    assert any(head.startswith("Apixaban 5 mg") for head in heads)
    assert len(heads) == 3
    stopped = [
        item
        for item in items(PAGE)[11:14]
        if all(_gone(tracked, line) for line in body_lines(PAGE, item))
    ]
    assert len(stopped) == 1
    assert stopped[0] != items(PAGE)[11]  # the first medicine is never stopped
    take = span_of(PAGE, TAKE)
    assert tracked.truths([take])[0].findable
    assert new.count(TAKE) == 2  # one of the old two stands, and the typed medicine's decoy
    strengths = re.findall(r"^(?:Ramipril|Atenolol|Amlodipine) ([0-9.]+) mg", new, re.M)
    assert any(figure in ("10", "100") for figure in strengths)


def test_menu_rotated_swaps_the_weeks_types_a_dish_and_copies_a_day() -> None:
    tracked = _edited(menu_rotated, 1.0)
    new = tracked.text
    assert new.index("Week 2 — from 9 March") < new.index("Week 1 — from 2 March")
    assert sum(new.count(f"Lunch: {dish}") for dish in NEW_DISHES) >= 1
    overwritten = [
        item
        for item in items(PAGE)[14:17]
        if all(_gone(tracked, line) for line in body_lines(PAGE, item))
    ]
    assert len(overwritten) == 1
    assert new.count(SOUP) == 3  # the copy's "Soup of the day" is new text
    for nth in range(3):
        soup = span_of(PAGE, SOUP, nth)
        truth = tracked.truths([soup])[0]
        assert truth.findable == (items(PAGE)[14 + nth] not in overwritten)


def test_results_reissued_sorts_rows_adds_a_test_and_cuts_the_flags() -> None:
    tracked = _edited(results_reissued, 8.0)
    new = tracked.text
    assert " H\n" not in new  # both flags cut, their values in range
    assert new.count(NEW_ROW) == 1
    for panel in re.findall(r"Kidney function · sample [^\n]+\n((?:[^\n]+\n)+?)Repeat", new):
        rows = [row for row in panel.split("\n") if RESULT.match(row) and row != NEW_ROW]
        assert rows == sorted(rows)
    sodium = span_of(PAGE, "Sodium 148 mmol/L (133–146) H")
    [first, _] = re.findall(r"Sodium [0-9]+ mmol/L \(133–146\)", new)
    assert _holds_at(tracked, sodium, first)
    assert 133 <= int(first.split()[1]) <= 146


def test_a_page_re_exported_keeps_its_words_and_their_truth() -> None:
    tracked = _edited(page_reexported, 8.0)
    new = tracked.text
    pages = re.findall(r"^Riverside Health — Page ([0-9]+) of ([0-9]+)$", new, re.M)
    assert len(pages) >= 2
    assert [int(page) for page, _ in pages] == list(range(1, len(pages) + 1))
    assert new.count(RUNNING_HEADER) == len(pages)
    words = re.sub(r"^Riverside Health — Page [0-9]+ of [0-9]+\n", "", new, flags=re.M)
    words = words.replace(RUNNING_HEADER + "\n", "").replace("-\n", "")
    assert words.split() == PAGE.split() or sorted(words.split()) == sorted(PAGE.split())
    lead = span_of(PAGE, "This page collects what we give our patients.")
    assert _holds_at(tracked, lead, "This page collects what we give our patients.")
    for nth in range(2):  # the footnotes keep their characters wherever they went
        assert tracked.truths([span_of(PAGE, UNWELL, nth)])[0].findable


def test_copy_edited_respells_doses_times_and_twice_a_day() -> None:
    tracked = TrackedText(PAGE)
    adults = items(PAGE)[1]
    house_style_set(tracked, adults)
    new = tracked.text
    assert "Starting dose: 5 milligrams once a day" in new
    assert "take 2.5 milligrams 2 times a day." in new
    truth = tracked.truths([span_of(PAGE, "Usual dose: 10 mg once a day")])[0]
    assert truth.findable
    assert truth.survived < 1.0
    hours = TrackedText(PAGE)
    house_style_set(hours, items(PAGE)[4])
    assert "Monday 8am–18:30\n" in hours.text
    assert "Telephone lines open at 8am." in hours.text
    edited = _edited(copy_edited, 8.0)
    assert edited.text != PAGE
    assert_consistent(edited, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


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
    lead = span_of(PAGE, "This page collects what we give our patients.")
    truth = tracked.truths([lead])[0]
    assert truth.findable
    assert truth.survived > 0.9


def test_mongolian_normalised_on_one_side_makes_the_suffix_spaces_plain_or_narrow() -> None:
    tracked = _edited(mongolian_normalised_one_side, 8.0)
    new = tracked.text
    [line] = [line for line in new.split("\n") if line.startswith("ᠡᠮ")]
    assert line in (
        MONGOLIAN.replace(NNBSP, " "),
        MONGOLIAN.replace(NNBSP, ""),
        MONGOLIAN.replace("ᠭ", "ᠭ" + FVS[0]),
    )
    truth = tracked.truths([span_of(PAGE, MONGOLIAN)])[0]
    assert truth.findable
    assert _holds_at(tracked, span_of(PAGE, MONGOLIAN), line)
    assert _holds_at(tracked, span_of(PAGE, CHEROKEE), CHEROKEE)


def test_plain_mongolian_gets_its_narrow_spaces_back() -> None:
    plain = plain_mongolian(MONGOLIAN)
    tracked = TrackedText(plain)
    grown = mongolian_switched_in(tracked, (0, len(plain)), plain=True, joined=False)
    assert tracked.text == MONGOLIAN.replace("ᠭ", "ᠭ" + FVS[0])  # nothing plain to make plain
    assert grown == MONGOLIAN.count("ᠭ")
    assert tracked.truths([(0, len(plain))])[0].survived > 0.9  # only the spaces typed


def test_cherokee_folded_on_one_side_writes_the_converters_letters_small() -> None:
    tracked = _edited(cherokee_folded_one_side, 8.0)
    new = tracked.text
    folded = CHEROKEE_FOLDED.sub(lambda m: cherokee_switched(m[0]), CHEROKEE)
    assert folded != CHEROKEE
    assert f"\n{folded}\n" in new
    truth = tracked.truths([span_of(PAGE, CHEROKEE)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, CHEROKEE), folded)
    assert _holds_at(tracked, span_of(PAGE, MONGOLIAN), MONGOLIAN)


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    tracked = _edited(combined, 3.0)
    assert tracked.text != PAGE
    assert "\n\n\n" not in tracked.text
    assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


@pytest.mark.parametrize("seed", [*range(4), *FRESH30_SEEDS])
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
        marks = ("5 mg", "last revised in March 2026", "Monday 08:00–18:30", "12 months")
        more = ("Ramipril 2.5 mg", "Lunch: Shepherd’s pie", "Haemoglobin 132 g/L (130–170)")
        scripts = ("twice a day", "08:00", "per cent", f"{NNBSP}ᠶᠢᠨ", "ᠭ", "ᎠᏰᎵ", TAKE)
        assert all(mark in text for mark in (*marks, *more, *scripts)), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH30_SEEDS, fresh30_text, fresh30_spans)


@pytest.mark.parametrize("name", list(FRESH30_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH30_FAMILIES[name], FRESH30_SEEDS, fresh30_text, fresh30_spans, no_blank_runs=True
    )
