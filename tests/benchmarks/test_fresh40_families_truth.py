"""The truth of the fortieth-round fresh families, checked by hand on a small page of a
laboratory's notices (no re-anchoring here), and checked for consistency on the whole
material."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from tests.benchmarks.family_soundness import (
    assert_consistent,
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
from tests.benchmarks.reanchor_fresh23_kit import body_lines
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh40_families import (
    FRESH40_FAMILIES,
    FRESH40_SEEDS,
    RUNNING_FOOTER,
    bamum_respelt_one_side,
    batak_respelt_one_side,
    boxes_renumbered,
    citations_numbered,
    combined,
    fresh40_spans,
    fresh40_text,
    hazard_codes_revised,
    inventory_resorted,
    pdf_copied,
    slots_swapped,
    steps_moved_earlier,
    steps_withdrawn,
    units_converted,
    volumes_corrected,
)
from tests.benchmarks.reanchor_fresh40_kit import (
    BAMUM_DIGITS,
    BAMUM_LINES,
    BAMUM_THANKS,
    BATAK_LINES,
    BATAK_THANKS,
    CENTRIFUGE,
    CITATION,
    EXPIRED,
    EXPIRY,
    GLOVES,
    INCUBATE,
    KEEP_ON_ICE,
    KOQNDON,
    NG_SIGN,
    PANGOLAT,
    PANONGONAN,
    SLOT_LINE,
    STEP,
    TEMPERATURE,
    TUKWENTIS,
    UNIT_MARK,
    VOLUME,
)
from tests.benchmarks.reanchor_fresh40_more_texts import DRIED
from tests.benchmarks.reanchor_fresh40_texts import KINDS
from tests.storage.edit_simulation import TrackedText

STEPS = (
    f"Step 1. Add 50 µL of RNase A (100 mg/mL)\n{INCUBATE}\n{KEEP_ON_ICE}",
    f"Step 2. Add 5 µL of RNase A (100 mg/mL)\n{CENTRIFUGE}\n{KEEP_ON_ICE}",
    "Step 3. Add 200 µL of lysis buffer AL\nIncubate at 37 °C for 10 min",
    f"Step 4. Transfer 500 µL of the mixture to a spin column\n{CENTRIFUGE}\n{INCUBATE}",
)
PROTOCOL = "Cell lysis\n\nVolumes are per sample.\n\n" + "\n\n".join(STEPS) + "\n\n"
LABEL = (
    "SECTION 2: Hazards identification\n2.1 Classification\n"
    "Acute Tox. 4, H302; Skin Irrit. 2, H315; Eye Irrit. 2, H319\n2.2 Label elements: Warning\n"
    f"H315 Causes skin irritation\nH319 Causes serious eye irritation\n{GLOVES}"
)
EXPOSURE = (
    "SECTION 8: Exposure controls\n8.1 Control parameters\nNo data available\n"
    f"8.2 Personal protective equipment\n{GLOVES}\nCodes: H315, H319"
)
SHEET = (
    "Identification and hazards\n\nRead before first use.\n\n" + LABEL + "\n\n" + EXPOSURE + "\n\n"
)
BOX_12 = (
    "Box 12  Enzymes (owner: Priya Raman)\n"
    "A3  Taq polymerase 5 U/µL  Lot 2309-114  exp 2026-03\n"
    f"A8  RNase A 100 mg/mL  Lot 2311-120  exp 2025-01\n{EXPIRED}\n"
    f"B3  Proteinase K 20 mg/mL  Lot 2402-133  exp 2025-11\n{EXPIRED}"
)
BOX_13 = (
    "Box 13  Enzymes, spare (owner: Tom Becker)\n"
    "A3  Taq polymerase 5 U/µL  Lot 2309-115  exp 2027-02\n"
    "C4  T4 DNA ligase  Lot 2405-101  exp 2026-08"
)
INVENTORY = (
    "Freezer −20 °C No. 2\n\nPositions are row and column.\n\n" + BOX_12 + "\n\n" + BOX_13 + "\n\n"
)
SLOTS = (
    "09:00–11:00  Priya Raman",
    "11:00–13:00  Priya Ramen",
    "13:00–15:00  Tom Becker",
    "09:00–11:00  Tom Bekker",
    "15:00–17:00  Priya Raman",
)
ROTA = (
    "Monday 9 March\n\nTimes are slot start and end.\n\n"
    f"Confocal LSM 880 — Room 2.14\n{SLOTS[0]}\n{SLOTS[1]}\n{SLOTS[2]}\n\n"
    f"Flow cytometer Aria III — Room 2.15\n{SLOTS[3]}\n{SLOTS[4]}\n"
    "Booked by the facility manager\n\n"
)
PARAGRAPHS = (
    "HeLa cells were grown at 37 °C (Smith 2019). RNA was extracted as\n"
    "described (Okoye et al. 2021). Reactions of 20 uL held 1 uL of primer.",
    "Lysates were cleared at 4,000 × g for 10 min (Okoye et al. 2021).\n"
    "Bands were quantified in ImageJ (Schneider et al. 2012).",
)
METHODS = "Cell culture\n\nUnits as in the lab protocols.\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n"
BAMUM_WESTERN = BAMUM_LINES[2][0].translate(str.maketrans(BAMUM_DIGITS, "0123456789"))
BAMUM = (
    "Collecte\n\nSamples go to the lab within 6 h.\n\n"
    f"Sortie 1 · station 4 · Foumban\n{BAMUM_LINES[0][0]}\n{BAMUM_LINES[0][1]}\n{KEEP_ON_ICE}\n\n"
    f"Sortie 2 · station 4 · Koutaba\n{BAMUM_WESTERN}\n{BAMUM_LINES[2][1]}\n{BAMUM_THANKS}\n\n"
)
BATAK = (
    "Label spesimen\n\nLabels follow the 2019 catalogue.\n\n"
    f"Spesimen 1 · MEDA · Balige\n{BATAK_LINES[0][0]}\n{BATAK_LINES[0][1]}\n{DRIED}\n\n"
    f"Spesimen 2 · MEDA · Siborongborong\n{BATAK_LINES[4][0]}\n{BATAK_LINES[4][1]}\n"
    f"{BATAK_THANKS}\n\n"
)
HEAD = (
    "Okoye Lab — notices to staff and students\n\nLab Operations Office · March 2026\n\n"
    "This page collects what the lab publishes for its members.\nVolumes are per sample.\n\n"
)
FOOT = "About this export\n\nKept by the Lab Operations Office.\n"
#: A small page: four protocol steps, two SDS sections, two boxes, two instruments' days,
#: two methods paragraphs, a Bamum and a Batak section of two classes each.
PAGE = HEAD + PROTOCOL + SHEET + INVENTORY + ROTA + METHODS + BAMUM + BATAK + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    """This material's small page edited by ``family``."""
    return edited_page(PAGE, family, rate, seed)


def _widest(tracked: TrackedText, span: tuple[int, int]) -> str | None:
    """What stands now from the earliest to the latest place an old passage's truth allows
    (its ends' own characters typed over are counted in); None when it is gone."""
    truth = tracked.truths([span])[0]
    if not truth.findable:
        return None
    return tracked.text[truth.start_range[0] : truth.end_range[1]]


def _all_spans(needle: str) -> list[tuple[int, int]]:
    """Every place ``needle`` stands on the page."""
    return [span_of(PAGE, needle, n) for n in range(PAGE.count(needle))]


def _step_words(step: str) -> tuple[int, int]:
    """A step's span after its number ("Add 50 µL of RNase A …" to its last line)."""
    start, end = span_of(PAGE, step)
    return start + step.index(" ", 5) + 1, end


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_step_moved_earlier_keeps_its_words_and_the_steps_are_renumbered(seed: int) -> None:
    tracked = _edited(steps_moved_earlier, 1.0, seed)
    new = tracked.text
    numbers = [int(m[1]) for m in STEP.finditer(new)]
    assert numbers == [1, 2, 3, 4]
    places = []
    for step in STEPS:
        words = _step_words(step)
        assert text_now(tracked, words) == PAGE[slice(*words)]
        places.append(new.index(PAGE[slice(*words)]))
    order = sorted(range(4), key=lambda i: places[i])
    assert order != [0, 1, 2, 3]
    moved = [i for at, i in enumerate(order) if at < i]  # stands earlier than it did
    assert len(moved) == 1
    for line in (INCUBATE, CENTRIFUGE, KEEP_ON_ICE):  # every copy moves with its step
        assert all(text_now(tracked, span) == line for span in _all_spans(line))


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_corrected_figure_changes_by_one_figure_and_keeps_its_unit(seed: int) -> None:
    tracked = _edited(volumes_corrected, 1.0, seed)
    figures = [*VOLUME.finditer(PAGE), *TEMPERATURE.finditer(PAGE)]
    changed = []
    for match in figures:
        unit = match[0][len(match[1]) :]  # " µL", " °C"
        now = _widest(tracked, match.span())  # with a first figure typed over
        assert now is not None
        assert now.endswith(unit)
        if now != match[0]:
            changed.append((match, now[: -len(unit)]))
    assert len(changed) == 1
    match, now = changed[0]
    old = match[1]
    by_zero = now in (old + "0", old[:-1]) and match.re is VOLUME
    by_figure = len(now) == len(old) and sum(a != b for a, b in zip(now, old, strict=True)) == 1
    assert by_zero or by_figure


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_withdrawn_step_is_gone_while_its_twin_stays(seed: int) -> None:
    tracked = _edited(steps_withdrawn, 1.0, seed)
    gone = [step for step in STEPS if text_now(tracked, _step_words(step)) is None]
    assert len(gone) == 1
    step = gone[0]
    start = span_of(PAGE, step)[0]
    for line in item_lines(PAGE):
        if start <= line[0] < start + len(step):
            assert text_now(tracked, line) is None
    for other in STEPS:
        if other != step:  # its twin one figure apart ("50 µL" and "5 µL") stays
            words = _step_words(other)
            assert text_now(tracked, words) == PAGE[slice(*words)]
    assert [int(m[1]) for m in STEP.finditer(tracked.text)] == [1, 2, 3]


@pytest.mark.parametrize("seed", range(1, 4))
def test_respelt_units_keep_their_figures(seed: int) -> None:
    tracked = _edited(units_converted, 8.0, seed)
    plain = str.maketrans("µ×", "ux")
    marks = list(UNIT_MARK.finditer(PAGE))
    switched = 0
    for mark in marks:
        span = (mark.start(), mark.end() + (2 if mark[0] in "×x" else 1))  # "µL", "× g"
        now = _widest(tracked, span)  # the mark typed over, the unit's letter kept
        assert now is not None
        assert now[1:] == PAGE[span[0] + 1 : span[1]]
        assert now.translate(plain) == PAGE[slice(*span)].translate(plain)
        switched += now != PAGE[slice(*span)]
    assert switched >= 2
    for line in item_lines(PAGE):
        now = text_now(tracked, line)
        assert now is not None
        assert now.translate(plain) == PAGE[slice(*line)].translate(plain)


@pytest.mark.parametrize("seed", range(1, 7))
def test_revised_hazard_codes_are_added_or_gone_in_place(seed: int) -> None:
    tracked = _edited(hazard_codes_revised, 1.0, seed)
    new = tracked.text
    codes = span_of(PAGE, "Codes: H315, H319")
    last = (codes[1] - 4, codes[1])
    at = tracked.truths([codes])[0].start_range[1]
    if new[at + 17 : at + 19] == ", ":  # a code added after "Codes: H315, H319": new text
        assert re.fullmatch(", H3[0-9]{2}", new[at + 17 : at + 23])
        assert all(o == -1 for o in tracked.origin[at + 17 : at + 23])
        assert text_now(tracked, last) == "H319"
    else:  # the last code taken out
        assert text_now(tracked, last) is None
        assert text_now(tracked, (codes[0], codes[0] + 11)) == "Codes: H315"
    label = span_of(PAGE, LABEL)
    statements = [
        line for line in body_lines(PAGE, label) if re.match("[HP][0-9]{3} ", PAGE[line[0] :])
    ]
    taken = [line for line in statements if text_now(tracked, line) is None]
    assert len(taken) == 1  # one of three; its twin one figure apart stays
    assert sum(text_now(tracked, line) is not None for line in statements) == 2
    added = [
        m
        for m in re.finditer(r"^[HP][0-9]{3} [^\n]+$", new, re.M)
        if all(o == -1 for o in tracked.origin[m.start() : m.end()])
    ]
    assert len(added) == 1


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_resorted_inventory_is_in_order_and_every_line_moves_whole(seed: int) -> None:
    tracked = _edited(inventory_resorted, 8.0, seed)
    new = tracked.text
    assert new != PAGE
    for box in (BOX_12, BOX_13):
        lines = [line for line in box.split("\n")[1:] if line != EXPIRED]
        for line in lines:
            span = span_of(PAGE, line)
            assert text_now(tracked, span) == line
            expired = PAGE[span[1] : span[1] + len(EXPIRED) + 1] == "\n" + EXPIRED
            at = new.index(line) + len(line)
            assert (new[at : at + len(EXPIRED) + 1] == "\n" + EXPIRED) == expired
        now = sorted(lines, key=new.index)
        by_expiry = now == sorted(lines, key=lambda line: EXPIRY.search(line)[0])  # type: ignore[index]
        by_name = now == sorted(lines, key=lambda line: line[4:])
        assert by_expiry or by_name


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_renumbered_box_takes_its_neighbours_number_and_the_neighbour_stays(seed: int) -> None:
    tracked = _edited(boxes_renumbered, 1.0, seed)
    renumbered = [
        box
        for box in ("Box 12", "Box 13")
        if any(_widest(tracked, span) != box for span in _all_spans(box))
    ]
    assert len(renumbered) == 1
    box = renumbered[0]
    new_box = f"Box {int(box[-2:]) + 1}"
    for span in _all_spans(box):
        assert _widest(tracked, span) == new_box
        assert text_now(tracked, (span[0], span[0] + 5)) == "Box 1"
    other = "Box 13" if box == "Box 12" else "Box 12"
    assert all(text_now(tracked, span) == other for span in _all_spans(other))


@pytest.mark.parametrize("seed", range(1, 7))
def test_swapped_slots_keep_their_times_and_trade_names(seed: int) -> None:
    tracked = _edited(slots_swapped, 1.0, seed)
    new = tracked.text
    changed = []
    for slot in SLOTS:
        span = span_of(PAGE, slot)
        time = (span[0], span[0] + 11)
        assert text_now(tracked, time) == slot[:11]
        now = _widest(tracked, span)
        assert now is not None
        if now != slot:
            changed.append((slot, now))
    assert len(changed) == 2
    (one, now_one), (other, now_other) = changed
    assert now_one[13:] == other[13:]
    assert now_other[13:] == one[13:]
    names = sorted(m[0][13:] for m in SLOT_LINE.finditer(new))
    assert names == sorted(slot[13:] for slot in SLOTS)


def _plain_bamum(words: str) -> str:
    """Bamum without its combining marks and with Western digits."""
    folded = words.translate(str.maketrans(BAMUM_DIGITS, "0123456789"))
    return folded.replace(KOQNDON, "").replace(TUKWENTIS, "")


def test_respelt_bamum_keeps_its_letters() -> None:
    dropped = set()
    for seed in range(1, 7):
        tracked = _edited(bamum_respelt_one_side, 8.0, seed)
        for line in (BAMUM_LINES[0][0], BAMUM_WESTERN, BAMUM_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert _plain_bamum(now) == _plain_bamum(line)
            assert unicodedata.is_normalized("NFC", now)
        dropped.add(KOQNDON not in tracked.text[tracked.text.index("Collecte\n") :])
        french = BAMUM_LINES[0][1]
        assert text_now(tracked, span_of(PAGE, french)) == french
    assert dropped == {True, False}


def _plain_batak(words: str) -> str:
    """Batak with one spelling of a dead consonant and of the final ng."""
    folded = words.replace(PANONGONAN, PANGOLAT)
    return folded.replace("\u1bdd" + PANGOLAT, NG_SIGN)


def test_respelt_batak_keeps_its_letters() -> None:
    signs = set()
    for seed in range(1, 7):
        tracked = _edited(batak_respelt_one_side, 8.0, seed)
        for line in (BATAK_LINES[0][0], BATAK_LINES[4][0], BATAK_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line or PANGOLAT not in line  # a line with only final ngs may stay
            assert _plain_batak(now) == _plain_batak(line)
        signs.add(NG_SIGN in tracked.text)  # the final ng spelt with the letter, or not
        indonesian = BATAK_LINES[0][1]
        assert text_now(tracked, span_of(PAGE, indonesian)) == indonesian
    assert signs == {True, False}


def test_numbered_citations_are_typed_anew_and_the_same_work_keeps_its_number() -> None:
    tracked = _edited(citations_numbered, 8.0)
    new = tracked.text
    for citation in CITATION.finditer(PAGE):
        assert text_now(tracked, citation.span()) is None
    okoye = re.findall(r"cleared at 4,000 × g for 10 min (\[[0-9]+\])", new)
    described = re.findall(r"described (\[[0-9]+\])", new)
    assert okoye == described
    assert len(okoye) == 1
    sentence = span_of(PAGE, "Bands were quantified in ImageJ")
    assert text_now(tracked, sentence) == "Bands were quantified in ImageJ"


def _plain(words: str) -> str:
    """Words as a PDF's copy gives them back to a reader: ligatures, hyphens at line ends,
    running lines and runs of spaces undone."""
    footer = re.escape(RUNNING_FOOTER.split(" — Page")[0])
    words = re.sub(rf"\n?{footer} — Page[^\n]*\n[^\n]*\n", "\n", words)
    words = unicodedata.normalize("NFKC", words).replace("-\n", "")
    return re.sub(r"\s+", " ", words)


def test_a_pdf_copy_keeps_every_line_under_its_marks() -> None:
    tracked = _edited(pdf_copied, 8.0)
    assert RUNNING_FOOTER.split(" —")[0] in tracked.text
    for line in item_lines(PAGE):
        now = text_now(tracked, line)
        assert now is not None
        assert _plain(now) == _plain(PAGE[slice(*line)])


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


def test_every_family_changes_the_small_page_consistently() -> None:
    for name, family in FRESH40_FAMILIES.items():
        tracked = _edited(family, 3.0)
        assert tracked.text != PAGE, name
        assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


@pytest.mark.parametrize("seed", [*range(4), *FRESH40_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = (INCUBATE, CENTRIFUGE, KEEP_ON_ICE, "Step 3. Add 50 µL", "H315, H319", GLOVES)
        more = ("Box 12  A3", EXPIRED, "09:00–11:00  Priya Raman", "(Okoye et al. 2021)")
        scripts = (KOQNDON, BAMUM_DIGITS[1], PANGOLAT, BATAK_LINES[0][0], "\u2019", "µ", "×")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_bilingual_notices_use_the_bamum_and_batak_marks() -> None:
    bamum = KINDS[6](random.Random(FRESH40_SEEDS[2]))
    assert all(mark in bamum for mark in (KOQNDON, TUKWENTIS))
    assert sum(c in BAMUM_DIGITS for c in bamum) > 6  # Bamum digits on most lines
    assert re.search("[ꚠ-ꛥ] [0-9]+\ua6f5", bamum)  # Western digits on some
    batak = KINDS[7](random.Random(FRESH40_SEEDS[3]))
    assert all(mark in batak for mark in (PANGOLAT, NG_SIGN, "\u1bea", "\u1bee"))
    codes = {ord(c) for text in (bamum, batak) for c in text}
    assert all(unicodedata.name(chr(c), "") for c in codes if 0xA6A0 <= c <= 0xA6FF)
    assert all(unicodedata.name(chr(c), "") for c in codes if 0x1BC0 <= c <= 0x1BFF)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH40_SEEDS, fresh40_text, fresh40_spans)


@pytest.mark.parametrize("name", list(FRESH40_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH40_FAMILIES[name], FRESH40_SEEDS, fresh40_text, fresh40_spans, no_blank_runs=True
    )
