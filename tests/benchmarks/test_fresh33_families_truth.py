"""The truth of the thirty-third-round fresh families, checked by hand on a small page of a
library, an archive and a museum (no re-anchoring here), and checked for consistency on the
whole material."""

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
from tests.benchmarks.reanchor_fresh23_kit import ZWSP, items, sections
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh33_edits import lao_respelt, library_style_set
from tests.benchmarks.reanchor_fresh33_families import (
    CLOSURE,
    CREDIT_REWORDED,
    FRESH33_FAMILIES,
    FRESH33_SEEDS,
    NEW_CAPTIONS,
    NEW_TITLES,
    RUNNING_FOOTER,
    accessions_revised,
    combined,
    copy_edited,
    finding_aid_reprocessed,
    fresh33_spans,
    fresh33_text,
    hours_reissued,
    labels_rewritten,
    lao_respelt_one_side,
    pdf_copied,
    reflowed_page,
    register_corrected,
    telugu_digits_converted,
    treatment_log_amended,
)
from tests.benchmarks.reanchor_fresh33_kit import (
    CALL_NUMBER,
    CONDITION_FAIR,
    FOLDER_LINE,
    LAO_DIGITS,
    LAO_LINES,
    MISSING,
    ON_ORDER,
    PHOTO_CREDIT,
    PRIVATE_LOAN,
    RESTRICTED,
    STOCKTAKING,
    TREATMENT_LINE,
    native_digits,
)
from tests.benchmarks.reanchor_fresh33_texts import ACCESS_NOTE, KINDS
from tests.storage.edit_simulation import TrackedText

TITLES = (
    "QA76.9 .D3 H36 2022  Hallan, J.  Data and discontent  Main Library, Level 2",
    "QA76.73 .P98 R63 2023  Ramalho, L.  Fluent Python workbook  Main Library, Level 2",
    "QA76.73 .P98 R36 2024  Ramalho, L.  Fluent Python. 2nd ed.  Main Library, Level 2",
)
FOLDERS = (
    "Box 14  Folder 1  Correspondence, 1921–1923  2 items",
    "Box 14  Folder 2  Correspondence, 1922–1924  1 item",
    "Box 15  Folder 1  Correspondence with the vicar, 1921–1923  3 items",
    "Box 15  Folder 2  Correspondence, 1921–1923  2 items",
)
ENTRIES = (
    "1987.114.3  Earthenware jug, lead-glazed  H. 21.5 cm  Gift of Mrs E. Pardee",
    "1987.114.1  Tin-glazed plate, Bristol  D. 22.8 cm  Gift of Mrs E. Pardee",
    "1987.114.2  Brass candlestick  H. 18.2 cm  Gift of Mrs E. Pardoe",
)
CAPTION = (
    "Candles were costly, and a pair like this was kept\nfor the parlour and cleaned every week."
)
LABELS = (
    "Candlestick, one of a pair\nMade in Birmingham\nc. 1770\nBrass · H. 18.2 cm\n"
    f"{CAPTION}\n{PRIVATE_LOAN}",
    "Candlestick, one of a pair\nMade in Birmingham\nc. 1770\nBrass · H. 18.5 cm\n"
    f"{CAPTION}\n{PHOTO_CREDIT}",
    "Jug with a hunting scene\nMade at the Temple Back pottery, Bristol\nc. 1760\n"
    "Earthenware, lead-glazed · H. 21.5 cm\nJugs like this held cider at harvest; the scene\n"
    "was painted by hand before the glaze was fired.\nGiven by Mrs E. Pardoe, 1987",
)
DAYS = (
    "Mon 6 March  09:30–17:00  Manuscripts desk closes 16:15",
    "Tue 7 March  09:30–17:00  Manuscripts desk closes 16:15",
    f"Wed 8 March  {STOCKTAKING}",
    "Mon 13 March  09:30–17:00  Manuscripts desk closes 16:15",
    "Wed 15 March  09:30–17:00  Manuscripts desk closes 16:15",
)
TREATED = (
    "03/02  MS 241 f. 12r  surface cleaned with soft brush  RH 48 %  18 °C",
    "03/02  MS 214 f. 12v  surface cleaned with soft brush  RH 48 %  18 °C",
    "04/02  MS 214 f. 12r  tear repaired with Japanese tissue  RH 49 %  17 °C",
)
TELUGU = "గ్రంథాలయం ఉదయం ౯ గంటలకు తెరుచుకుంటుంది."
LAO = LAO_LINES[0][0]
HEAD = (
    "Library pages — Clifton\n\nCollections office · 2026\n\n"
    "This page collects what the library, the archive and the museum publish.\n"
    "Figures are as first printed.\n\n"
)
ACCESSIONS = (
    "Computing — QA75 to QA76\n\nReserve through the catalogue.\n\n"
    f"Received week 6 · Computing · checked by M. Osei\n{TITLES[0]}\n{TITLES[1]}\n{MISSING}\n"
    f"{TITLES[2]}\n{ON_ORDER}\n\n"
)
FINDING = (
    f"Series 1: Correspondence\n\n{ACCESS_NOTE}\n\n"
    f"Box 14 · Correspondence · 0.12 linear m\n{FOLDERS[0]}\n{RESTRICTED}\n{FOLDERS[1]}\n\n"
    f"Box 15 · Correspondence · 0.14 linear m\n{FOLDERS[2]}\n{FOLDERS[3]}\n\n"
)
REGISTER = (
    "Accessions 1987\n\nAudited in 2019.\n\n"
    "Lot 1987.114 · Gift of Mrs E. Pardee · entered by the Registrar\n"
    f"{ENTRIES[0]}\n{CONDITION_FAIR}\n{ENTRIES[1]}\n{ENTRIES[2]}\n\n"
)
CASES = (
    f"Case 1 — The kitchen\n\nLabels are printed at 18 point.\n\n{LABELS[0]}\n\n{LABELS[1]}\n\n"
    f"Case 2 — The table\n\nLenders have approved their credits.\n\n{LABELS[2]}\n\n"
)
HOURS = (
    "Week 1 — from 6 March\n\nLockers are free; bags stay in them.\n\n"
    f"Manuscripts reading room · week 1 · staffed\n{DAYS[0]}\n{DAYS[1]}\n{DAYS[2]}\n\n"
    "Week 2 — from 13 March\n\nPencils only in every room.\n\n"
    f"Manuscripts reading room · week 2 · staffed\n{DAYS[3]}\n{DAYS[4]}\n\n"
)
TREATMENT = (
    "February 2026\n\nLogger calibrated in January.\n\n"
    f"Week of 03/02 · bench 2 · A. Okafor\n{TREATED[0]}\n{TREATED[1]}\n{TREATED[2]}\n"
    "Readings from the bench logger.\n\n"
)
BILINGUAL = (
    "Notices\n\nPosted at the library’s door.\n\n"
    f"Notice 1 · 4 June · Anantapur\n{TELUGU}\nThe library opens at 9 in the morning.\n\n"
    f"Notice 2 · 5 June · Luang Prabang\n{LAO}\nThe museum opens every day, 8 to 16.\n\n"
)
FOOT = "About this export\n\nKept by the collections office.\n"
#: A small page: a week's accessions, two boxes, a lot of a register, three labels in two
#: cases, two weeks of a room's hours, a week of treatments, a Telugu and a Lao notice.
PAGE = HEAD + ACCESSIONS + FINDING + REGISTER + CASES + HOURS + TREATMENT + BILINGUAL + FOOT


def _edited(family: Family, rate: float, seed: int = 1, page: str = PAGE) -> TrackedText:
    """This material's small page (or ``page``) edited by ``family``."""
    return edited_page(page, family, rate, seed)


def _findable(tracked: TrackedText, span: tuple[int, int]) -> bool:
    return tracked.truths([span])[0].findable


def _one_apart(new: str, old: str) -> bool:
    """Whether two words of one length differ in one character."""
    return len(new) == len(old) and sum(a != b for a, b in zip(new, old, strict=True)) == 1


def test_the_small_page_is_laid_out_as_the_exports_are() -> None:
    heads = [PAGE[slice(*heading)] for heading, _ in sections(PAGE)]
    assert heads == [
        "Computing — QA75 to QA76",
        "Series 1: Correspondence",
        "Accessions 1987",
        "Case 1 — The kitchen",
        "Case 2 — The table",
        "Week 1 — from 6 March",
        "Week 2 — from 13 March",
        "February 2026",
        "Notices",
    ]
    assert len(items(PAGE)) == 12
    assert _edited(combined, 3.0).text != PAGE


def test_accessions_revised_withdraws_the_missing_title_types_one_and_sorts() -> None:
    for seed in range(1, 5):
        tracked = _edited(accessions_revised, 1.0, seed)
        new = tracked.text
        assert not _findable(tracked, span_of(PAGE, TITLES[1]))  # the one marked "Missing"
        assert not _findable(tracked, span_of(PAGE, MISSING))
        assert MISSING not in new
        late = [title.split("  ", 1)[1] for title in NEW_TITLES]  # its cutter may be nudged
        assert sum(words in new for words in late) == 1
        last = text_now(tracked, span_of(PAGE, TITLES[2]))
        assert last is not None
        assert last[len("QA76.73 .P98 R3") :].startswith(("5 2024  Ram", "6 2024  Ram", "7 2024"))
        assert new.startswith(f"{last}\n{ON_ORDER}\n", new.index(last))  # with its status
        calls = CALL_NUMBER.findall(new)
        assert calls == sorted(calls)  # the list's one item re-sorted
        old = CALL_NUMBER.findall(PAGE)
        assert sum(call not in old and call not in "".join(NEW_TITLES) for call in calls) <= 2


def test_finding_aid_reprocessed_lifts_adds_merges_and_numbers_through() -> None:
    for seed in range(1, 5):
        tracked = _edited(finding_aid_reprocessed, 1.0, seed)
        new = tracked.text
        assert not _findable(tracked, span_of(PAGE, RESTRICTED))  # the one lifted
        assert new.count(RESTRICTED) == 1  # and one added
        assert "Box 15 · " not in new
        assert not _findable(tracked, span_of(PAGE, "Box 15 · Correspondence · 0.14 linear m"))
        folders = [(m[1], m[2]) for m in FOLDER_LINE.finditer(new)]
        assert folders == [("14", "1"), ("14", "2"), ("14", "3"), ("14", "4")]
        vicar = "Box 14  Folder 3  Correspondence with the vicar, 1921–1923  3 items"
        assert text_now(tracked, span_of(PAGE, FOLDERS[2])) == vicar
        for folder in FOLDERS[:2]:
            assert text_now(tracked, span_of(PAGE, folder)) == folder


def test_register_corrected_nudges_attributes_names_and_sorts() -> None:
    seen = set()
    for seed in range(1, 9):
        tracked = _edited(register_corrected, 1.0, seed)
        new = tracked.text
        assert new.count("Bristol") == PAGE.count("Bristol") - 1  # one attributed anew
        numbers = re.findall(r"^1987\.114\.([0-9])  ", new, re.M)
        assert numbers == ["1", "2", "3"]
        jug = text_now(tracked, span_of(PAGE, ENTRIES[0]))
        assert jug is not None
        assert new.startswith(f"{jug}\n{CONDITION_FAIR}\n", new.index(jug))
        sizes = re.findall(r"^1987\.[^\n]*?([0-9]{2}\.[0-9]) cm", new, re.M)
        assert sum(size not in ("21.5", "22.8", "18.2") for size in sizes) <= 2
        assert all(any(_one_apart(s, o) or s == o for o in ("21.5", "22.8", "18.2")) for s in sizes)
        if "Pardee" not in new:
            seen.add("Pardee")
            assert new.count("Mrs E. Pardoe") == 5  # two were Pardoe already
            assert text_now(tracked, span_of(PAGE, "Mrs E. Pardee")) == "Mrs E. Pardoe"
        else:
            seen.add("Pardoe")
            assert "Mrs Edith Pardoe" in new
    assert seen == {"Pardee", "Pardoe"}


def test_labels_rewritten_swap_credits_move_a_label_and_retype_a_caption() -> None:
    for seed in range(1, 5):
        tracked = _edited(labels_rewritten, 1.0, seed)
        new = tracked.text
        assert sum(new.count(caption) for caption in NEW_CAPTIONS) == 1
        assert new.count(CAPTION) + ("Jugs like this" in new) == 2  # one of three retyped
        assert CREDIT_REWORDED in new
        reworded = new.index(CREDIT_REWORDED)
        typed = reworded + len("Photo")
        assert set(tracked.origin[typed : typed + len("graph")]) == {-1}  # the letters typed
        kept = range(typed + len("graph"), reworded + len(CREDIT_REWORDED))
        assert -1 not in {tracked.origin[at] for at in kept}  # "© the Trustees" kept
        loan = text_now(tracked, span_of(PAGE, PRIVATE_LOAN))
        assert loan == PRIVATE_LOAN
        credit = re.compile(r"^(?:On loan|Photo|Given by)[^\n]*$", re.M)
        assert len(credit.findall(new)) == 3
        assert credit.findall(new) != credit.findall(PAGE)  # two swapped
        dates = re.compile(r"^c\. 17[0-9]0$", re.M)
        case_two = new.index("Case 2 — ")
        labels = [len(dates.findall(new, 0, case_two)), len(dates.findall(new, case_two))]
        assert labels in ([1, 2], [3, 0])  # one moved to the other case


def test_hours_reissued_copies_a_day_adds_a_closure_and_opens_a_stocktaking_day() -> None:
    for seed in range(1, 5):
        tracked = _edited(hours_reissued, 1.0, seed)
        new = tracked.text
        copy = new.index("\nTue 14 March  ") + 1
        assert tracked.origin[copy] == -1  # typed as a copy: a decoy, not last week's line
        assert new.index("\nMon 13 March  ") < copy < new.index("\nWed 15 March  ")
        assert text_now(tracked, span_of(PAGE, DAYS[1]))
        assert new.count(CLOSURE) == 1
        assert not _findable(tracked, span_of(PAGE, STOCKTAKING))
        wednesday = text_now(tracked, span_of(PAGE, DAYS[2]))
        assert wednesday is None  # mostly the stocktaking words: gone with them
        assert "Wed 8 March  09:30–17:00  Manuscripts desk closes 16:15" in new


def test_treatment_log_amended_moves_a_folio_to_another_manuscript_and_sorts() -> None:
    for seed in range(1, 5):
        tracked = _edited(treatment_log_amended, 1.0, seed)
        new = tracked.text
        moved = 0
        for line in TREATED:
            now = text_now(tracked, span_of(PAGE, line))
            assert now is not None
            match, was = TREATMENT_LINE.fullmatch(now), TREATMENT_LINE.fullmatch(line)
            assert match is not None
            assert was is not None
            assert (match[1], match[3]) == (was[1], was[3])  # its date and folio
            moved += match[2] != was[2]
        assert moved == 1
        readings = re.findall(r"RH ([0-9]{2}) %  ([0-9]{2}) °C", new)
        old = re.findall(r"RH ([0-9]{2}) %  ([0-9]{2}) °C", PAGE)
        assert sorted(readings) != sorted(old)
        days = [line[:5] for line in new.split("\n") if TREATMENT_LINE.fullmatch(line)]
        assert sorted(days) == days or moved  # a line moved under a later one may break order


def test_pdf_copy_paste_keeps_every_line_under_running_lines_hyphens_and_ligatures() -> None:
    tracked = _edited(pdf_copied, 8.0)
    new = tracked.text
    pages = int(re.findall(r"page 1 of ([0-9])", new)[0])
    assert pages >= 3
    assert RUNNING_FOOTER.format(page=1, pages=pages) in new
    assert new.count("Library pages — Clifton") == pages  # the title as each page's header
    assert "\ufb01" in new or "\ufb02" in new
    assert re.search(r"^Box 1[45] Folder", new, re.M) or re.search(r"^QA76\S+ \.", new, re.M)

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


def test_library_style_respells_units_circa_years_dates_and_days() -> None:
    words = "Tue 14 March  H. 21.5 cm, c. 1770; Correspondence, 1921–1923; 03/02  MS 214"
    tracked = TrackedText(words)
    grown = library_style_set(tracked, (0, len(words)))
    expected = (
        "Tuesday 14/03  H. 21.5 centimetres, circa 1770; Correspondence, 1921–23; "
        "3 February  MS 214"
    )
    assert tracked.text == expected
    assert grown == len(expected) - len(words)
    years = span_of(words, "Correspondence, 1921–1923")
    assert text_now(tracked, years) == "Correspondence, 1921–23"
    assert not _findable(tracked, span_of(words, "03/02"))  # at most its "3" is left
    back = TrackedText(expected)
    library_style_set(back, (0, len(expected)))
    assert back.text == words.replace("14 March", "14 March")
    edited = _edited(copy_edited, 8.0)
    assert "centimetres" in edited.text
    assert "centimetres" not in PAGE


def test_telugu_digits_converted_on_the_telugu_line_only() -> None:
    tracked = _edited(telugu_digits_converted, 8.0)
    new = tracked.text
    assert "గ్రంథాలయం ఉదయం 9 గంటలకు తెరుచుకుంటుంది." in new
    assert "The library opens at 9 in the morning." in new
    span = span_of(PAGE, TELUGU)
    assert tracked.truths([span])[0].survived == (len(TELUGU) - 1) / len(TELUGU)
    assert text_now(tracked, span) == "గ్రంథాలయం ఉదయం 9 గంటలకు తెరుచుకుంటుంది."


def test_lao_respelt_segments_converts_digits_and_retypes_phrase_spaces() -> None:
    tracked = _edited(lao_respelt_one_side, 8.0)
    new = tracked.text
    line = next(line for line in new.split("\n") if line.startswith("ຫໍ"))
    assert ZWSP in line  # nothing to take out on the page: zero-width spaces put in
    assert "".join(line.replace(ZWSP, "").split()) == "".join(
        native_digits(LAO, LAO_DIGITS).split()
    )
    phrase = span_of(PAGE, "ຫໍພິພິທະພັນເປີດທຸກມື້")
    now = text_now(tracked, phrase)
    assert now is not None
    assert now.replace(ZWSP, "") == "ຫໍພິພິທະພັນເປີດທຸກມື້"
    segmented = line
    back = TrackedText(segmented)
    lao_respelt(back, (0, len(segmented)), segmented=False, western=True, joint=" ")
    assert back.text == LAO


def test_reflowed_breaks_table_rows_at_their_gaps_and_keeps_every_field() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    assert new.split("\n\n")[2] != PAGE.split("\n\n")[2]
    for row in (*TITLES, *ENTRIES):
        now = text_now(tracked, span_of(PAGE, row))
        assert now is not None
        assert now.split() == row.split()
    assert any("\n" in (text_now(tracked, span_of(PAGE, row)) or "") for row in TITLES)
    assert max(len(new[slice(*line)]) for line in item_lines(new)) <= 60


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH33_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("QA76.73 .P98 R36 2024  Ramalho", "Box 14  Folder 3", "H. 21.5 cm", PHOTO_CREDIT)
        more = ("Tue 14 March  09:30–17:00", "MS 214 f. 12r", "RH 48 %", "Mrs E. Pardoe")
        scripts = ("౯", "్ర", "ຫຼ" if kind.__name__ == "lao_notice" else "ື້", "\u2019")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 15)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH33_SEEDS, fresh33_text, fresh33_spans)


@pytest.mark.parametrize("name", list(FRESH33_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH33_FAMILIES[name], FRESH33_SEEDS, fresh33_text, fresh33_spans, no_blank_runs=True
    )
