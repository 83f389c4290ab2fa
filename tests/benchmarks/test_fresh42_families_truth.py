"""The truth of the forty-second-round fresh families, checked by hand on a small page of a
housing co-operative's notices (no re-anchoring here), and checked for consistency on the whole
material."""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from pathlib import Path

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
from tests.benchmarks.reanchor_fresh23_kit import sections
from tests.benchmarks.reanchor_fresh42_families import (
    CLOSED,
    FRESH42_FAMILIES,
    FRESH42_SEEDS,
    actions_moved,
    applicants_rebanded,
    cham_respelt_one_side,
    charges_corrected,
    combined,
    fresh42_spans,
    fresh42_text,
    jobs_withdrawn,
    minutes_struck,
    notices_merged,
    plates_written_together,
    rejang_respelt_one_side,
    repairs_closed,
    repairs_resorted,
    rota_rotated,
)
from tests.benchmarks.reanchor_fresh42_kit import (
    ACCESS,
    ACTION,
    AMOUNT,
    AWAITING,
    CHAM_DIGITS,
    CHAM_I,
    CHAM_II,
    CHAM_LINES,
    CHAM_NG_FINAL,
    CHAM_NG_SIGN,
    CHAM_THANKS,
    CHAM_U,
    CHAM_UE,
    JOB,
    NO_LIFT,
    REJANG_E,
    REJANG_I,
    REJANG_LINES,
    REJANG_N,
    REJANG_NG,
    REJANG_O,
    REJANG_SECTION,
    REJANG_THANKS,
    REJANG_U,
    REJANG_VIRAMA,
    VALID,
)
from tests.benchmarks.reanchor_fresh42_more_texts import COLLECT, STORE_WATER
from tests.benchmarks.reanchor_fresh42_texts import KINDS
from tests.storage.edit_simulation import TrackedText

JOBS = (
    "Flat 12B  Boiler pressure low  Reported 3 Mar  Open",
    "Flat 12D  Boiler pressure low  Reported 4 Mar  Awaiting parts",
    "Flat 2B  Kitchen tap dripping  Reported 2 Mar  Closed 6 Mar",
)
WEEK = f"Week of 2 March\n{JOBS[0]}\n{ACCESS}\n{JOBS[1]}\n{JOBS[2]}"
REPAIRS = "Alder House\n\nOne line a job, as reported to the office.\n\n" + WEEK + "\n\n"
CHARGE_LINES = ("Lift maintenance  £1,240.00", "Reserve fund  £1,420.00", "Management fee  £96.00")
CHARGES = (
    "Birch House\n\nAnnual charges, April 2026 to March 2027.\n\n"
    "Flat 12B  two bedrooms\n" + "\n".join(CHARGE_LINES) + "\n\n"
)
ROTA_LINES = (
    "Week 10  2 Mar  Joan Okafor",
    "Week 11  9 Mar  Joan Okafer",
    "Week 12  16 Mar  Ali Hassan",
)
ROTA = (
    "Bins out\n\nOne line a week, from Monday.\n\n"
    "Alder House, bins out\n" + "\n".join(ROTA_LINES) + "\nBins out by 07:00 on Tuesday\n\n"
)
MINUTES = (
    "1. Apologies\nApologies from Tom Doyle and Mei Lin\nNoted",
    "2. Lift in Cedar Court\nThe lift was out of service for nine days in February\n"
    f"{ACTION}\nMotion carried, 14 for, 2 against",
    "3. Damp in Alder House\nThree flats report damp in the bedrooms facing north\n"
    f"{ACTION}\nMotion withdrawn",
)
MEETING = "Repairs and maintenance\n\nChair: Grace Mensah.\n\n" + "\n\n".join(MINUTES) + "\n\n"
FIRE = (
    "If you discover a fire\nRaise the alarm and leave {block} by the nearest stairs\n" + NO_LIFT,
    "Assembly point\nThe car park in front of {block}\n" + NO_LIFT,
)


def _notice(block: str) -> str:
    """A block's fire notice as a section."""
    paragraphs = "\n\n".join(p.format(block=block) for p in FIRE)
    return f"{block}\n\nRead this notice and keep it by your door.\n\n{paragraphs}\n\n"


APPLICANTS = (
    "Joan Okafor  registered 12 Jan 2021  medical priority",
    "Joan Okafer  registered 21 Jan 2021  overcrowded by one room",
    "Priya Nair  registered 3 Mar 2022  transfer request",
)
WAITING = (
    "Band A — urgent\n\nNames are published with the applicants’ consent.\n\n"
    f"Two-bedroom flats\n{APPLICANTS[0]}\n{APPLICANTS[1]}\n\n"
    "Band B — high\n\nNames are published with the applicants’ consent.\n\n"
    f"Two-bedroom flats\n{APPLICANTS[2]}\nOffers made in date order\n\n"
)
PERMITS = ("AB12 CDE  Flat 12B  Permit 0412", "AB12 CDF  Flat 12D  Permit 0413")
PARKING = (
    "Car park 1, Alder House\n\nOne line a permit.\n\n"
    f"Bays 1 to 10\n{PERMITS[0]}\n{VALID}\n{PERMITS[1]}\n{VALID}\n\n"
)
CHAM = (
    "Khu A\n\nMachines take tokens from the office.\n\n"
    f"Phòng giặt 1 · khu nhà Riverside · Phan Rang\n{CHAM_LINES[0][0]}\n{CHAM_LINES[0][1]}\n"
    f"{COLLECT}\n\n"
    f"Phòng giặt 2 · khu nhà Riverside · Phan Rí\n{CHAM_LINES[4][0]}\n{CHAM_LINES[4][1]}\n"
    f"{CHAM_THANKS}\n\n"
)
REJANG = (
    "Blok C\n\nThe tanker stops by the gate.\n\n"
    f"Pemberitahuan 1 · Rusun Riverside · Curup\n{REJANG_LINES[0][0]}\n{REJANG_LINES[0][1]}\n"
    f"{STORE_WATER}\n\n"
    f"Pemberitahuan 2 · Rusun Riverside · Lebong\n{REJANG_LINES[3][0]}\n{REJANG_LINES[3][1]}\n"
    f"{REJANG_THANKS}\n\n"
)
HEAD = (
    "Riverside Housing Co-operative — notices\n\nCo-operative Office · March 2026\n\n"
    "This page collects what the co-operative publishes for residents.\nRead it with care.\n\n"
)
FOOT = "About this export\n\nKept by the Co-operative Office.\n"
#: A small page: a week of jobs, a flat's charges, a rota, three minutes, two blocks' fire
#: notices, two bands, a car park, a Cham and a Rejang section of two notices each.
PAGE = (
    HEAD
    + REPAIRS
    + CHARGES
    + ROTA
    + MEETING
    + _notice("Cedar Court")
    + _notice("Damson Court")
    + WAITING
    + PARKING
    + CHAM
    + REJANG
    + FOOT
)


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


def _lines_kept(tracked: TrackedText, block: str, nth: int = 0) -> None:
    """Every line of ``block`` (its ``nth`` place on the page) is found whole."""
    start = span_of(PAGE, block, nth)[0]
    at = start
    for line in block.split("\n"):
        if line:
            assert text_now(tracked, (at, at + len(line))) == line
        at += len(line) + 1


def _new(tracked: TrackedText, start: int, end: int) -> bool:
    """Whether the text now at ``[start, end)`` was all typed (no origin)."""
    return all(o == -1 for o in tracked.origin[start:end])


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_closed_job_has_its_status_typed_over_and_keeps_the_rest(seed: int) -> None:
    tracked = _edited(repairs_closed, 1.0, seed)
    new = tracked.text
    changed = []
    for job in JOB.finditer(PAGE):
        head = (job.start(), job.start(4) - 2)  # the flat, the fault, the day reported
        assert text_now(tracked, head) == PAGE[slice(*head)]
        now = _widest(tracked, job.span())
        assert now is not None
        if now != job[0]:
            changed.append((job, now))
    assert len(changed) == 1
    job, now = changed[0]
    assert job[4] in ("Open", AWAITING)
    assert now == PAGE[job.start() : job.start(4)] + now[job.start(4) - job.start() :]
    closed = now[job.start(4) - job.start() :]
    assert closed in CLOSED
    at = new.index(now) + job.start(4) - job.start()
    assert _new(tracked, at, at + len(closed))  # nothing shared with "Open" or "Awaiting"


@pytest.mark.parametrize("seed", range(1, 4))
def test_the_log_resorted_by_flat_moves_every_job_whole(seed: int) -> None:
    tracked = _edited(repairs_resorted, 1.0, seed)
    new = tracked.text
    for line in (*JOBS, ACCESS):
        assert text_now(tracked, span_of(PAGE, line)) == line
    assert [new.index(job) for job in (JOBS[2], JOBS[0], JOBS[1])] == sorted(
        new.index(job) for job in JOBS
    )  # 2B, 12B, 12D
    assert f"{JOBS[0]}\n{ACCESS}\n" in new  # the line under a job goes with it
    _lines_kept(tracked, ROTA.strip())


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_withdrawn_job_is_gone_while_its_twin_one_letter_apart_stays(seed: int) -> None:
    tracked = _edited(jobs_withdrawn, 3.0, seed)
    gone = [job for job in JOBS if text_now(tracked, span_of(PAGE, job)) is None]
    assert len(gone) == 1  # never both twins, and only twins are withdrawn
    assert gone[0] in JOBS[:2]
    twin = JOBS[1] if gone[0] == JOBS[0] else JOBS[0]
    assert text_now(tracked, span_of(PAGE, twin)) == twin
    access = text_now(tracked, span_of(PAGE, ACCESS))
    assert (access is None) == (gone[0] == JOBS[0])  # the line under 12B goes with it
    for block in (CHARGES, ROTA, MEETING, WAITING, PARKING):
        _lines_kept(tracked, block.strip())


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_corrected_amount_changes_by_one_figure_or_two_transposed(seed: int) -> None:
    tracked = _edited(charges_corrected, 1.0, seed)
    changed = []
    for amount in AMOUNT.finditer(PAGE):
        now = _widest(tracked, amount.span())
        assert now is not None
        assert now.startswith("£")
        if now != amount[0]:
            changed.append((amount[0], now))
    assert len(changed) == 1
    old, now = changed[0]
    assert len(now) == len(old)
    differ = [i for i, (a, b) in enumerate(zip(now, old, strict=True)) if a != b]
    transposed = len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(now) == sorted(old)
    assert len(differ) == 1 or transposed


def test_the_rotated_rota_moves_each_name_one_line_down_and_keeps_the_weeks() -> None:
    tracked = _edited(rota_rotated, 1.0)
    new = tracked.text
    names = [line.split("  ")[2] for line in ROTA_LINES]
    weeks = [line[: -len(name)] for line, name in zip(ROTA_LINES, names, strict=True)]
    rotated = [week + names[index - 1] for index, week in enumerate(weeks)]
    assert rotated[0] == "Week 10  2 Mar  Ali Hassan"
    assert "\n".join(rotated) in new
    for index, line in enumerate(ROTA_LINES):
        start = span_of(PAGE, line)[0]
        week = (start, start + len(weeks[index]) - 2)  # "Week 10  2 Mar"
        assert text_now(tracked, week) == weeks[index].rstrip()
        name = (start + len(weeks[index]), start + len(line))
        at = new.index(rotated[(index + 1) % 3]) + len(weeks[(index + 1) % 3])
        assert text_now(tracked, name) == names[index]
        truth = tracked.truths([name])[0]
        assert (truth.start_range[1], truth.end_range[0]) == (at, at + len(names[index]))


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_struck_minute_is_gone_and_the_rest_are_renumbered(seed: int) -> None:
    tracked = _edited(minutes_struck, 1.0, seed)
    new = tracked.text
    assert re.findall(r"^([0-9]+)\. ", new, re.M) == ["1", "2"]
    gone = [m for m in MINUTES if text_now(tracked, span_of(PAGE, m.split("\n")[1])) is None]
    assert len(gone) == 1
    assert gone[0] != MINUTES[0]
    kept = MINUTES[1] if gone[0] == MINUTES[2] else MINUTES[2]
    start = span_of(PAGE, kept)[0]
    words = (start + 3, start + len(kept))  # after "N. "
    assert text_now(tracked, words) == kept[3:]
    assert new[new.index(kept[3:]) - 3 : new.index(kept[3:])] == "2. "
    if kept == MINUTES[2]:  # its number's figure typed over
        at = new.index(kept[3:]) - 3
        assert _new(tracked, at, at + 1)


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_moved_action_keeps_its_words_and_stands_in_another_minute(seed: int) -> None:
    tracked = _edited(actions_moved, 1.0, seed)
    new = tracked.text
    moved = []
    for number, span in enumerate(_all_spans(ACTION)):
        assert text_now(tracked, span) == ACTION
        truth = tracked.truths([span])[0]
        owner = new.rfind("\n\n", 0, truth.start_range[0])
        minute = new[owner + 2 : new.index("\n", owner + 2)]
        if minute[:1] != str(number + 2):  # the minute it stood in: "2." and "3."
            moved.append(minute)
            assert new[truth.end_range[0] : truth.end_range[0] + 1] == "\n"  # before a motion
    assert len(moved) == 1
    assert new.count(ACTION) == 2
    for minute in MINUTES:
        assert minute.split("\n")[0] in new


@pytest.mark.parametrize("seed", [*range(1, 13), 13, 23, 45])  # the last three: two blocks
def test_merged_notices_list_their_names_and_repeated_notices_are_gone(seed: int) -> None:
    tracked = _edited(notices_merged, 1.0, seed)
    new = tracked.text
    headings = [PAGE[slice(*heading)] for heading, _ in sections(PAGE)]
    pairs = [
        (one, other)
        for one, other in itertools.pairwise(headings)
        if f"\n\n{one} and {other}\n\n" in new
    ]
    assert len(pairs) == 1  # two neighbouring sections, their names listed
    first, later = pairs[0]
    note = sections(PAGE)[headings.index(later)][1][0]
    assert text_now(tracked, span_of(PAGE, f"\n{later}\n")) is None  # its heading is cut
    assert text_now(tracked, note) is None  # and its note
    at = new.index(f"\n\n{first} and {later}\n\n") + len(first) + 2
    assert _new(tracked, at, at + len(later) + 5)  # " and …" typed
    if (first, later) == ("Cedar Court", "Damson Court"):
        for paragraph in FIRE:
            for line in paragraph.format(block="Damson Court").split("\n"):
                if "Damson" in line:
                    assert text_now(tracked, span_of(PAGE, line)) is None
            for line in paragraph.format(block="Cedar Court").split("\n"):
                now = _widest(tracked, span_of(PAGE, line))
                assert now == line.replace("Cedar Court", "your block")
        assert new.count("Damson Court") == 1  # in the heading only
        assert new.count("Cedar Court") == MEETING.count("Cedar Court") + 1
        assert new.count(NO_LIFT) == PAGE.count(NO_LIFT) - 2
    else:
        assert new.count("\n") < PAGE.count("\n")
        for block in (WEEK, *MINUTES, *APPLICANTS, *PERMITS):
            _lines_kept(tracked, block)


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_rebanded_applicant_moves_whole_to_the_other_band(seed: int) -> None:
    tracked = _edited(applicants_rebanded, 1.0, seed)
    new = tracked.text
    band_b = new.index("Band B — high")
    moved = []
    for line in APPLICANTS:
        assert text_now(tracked, span_of(PAGE, line)) == line
        if (new.index(line) > band_b) != (line == APPLICANTS[2]):
            moved.append(line)
    assert len(moved) == 1
    assert f"\n{moved[0]}\n\n" in new  # at the end of the other band's item


@pytest.mark.parametrize("seed", range(1, 5))
def test_respelt_plates_keep_their_letters_and_only_the_space_changes(seed: int) -> None:
    tracked = _edited(plates_written_together, 8.0, seed)
    changed = 0
    for line in PERMITS:
        now = _widest(tracked, span_of(PAGE, line))
        assert now is not None
        assert now.replace(" ", "") == line.replace(" ", "")
        assert now[8 - (now != line) :] == line[8:]  # the flat and the permit stay
        changed += now != line
    assert changed == 2
    assert tracked.text.count(VALID) == 2


def _plain_cham(words: str) -> str:
    """Cham with one spelling of i and ii, u and ue and the final ng."""
    for one, other in ((CHAM_II, CHAM_I), (CHAM_UE, CHAM_U), (CHAM_NG_FINAL, CHAM_NG_SIGN)):
        words = words.replace(one, other)
    return words


def test_respelt_cham_keeps_its_letters() -> None:
    for seed in range(1, 7):
        tracked = _edited(cham_respelt_one_side, 8.0, seed)
        for line in (CHAM_LINES[0][0], CHAM_LINES[4][0]):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert len(now) == len(line)
            assert _plain_cham(now) == _plain_cham(line)
            assert unicodedata.is_normalized("NFC", now)
        for vietnamese in (CHAM_LINES[0][1], COLLECT):
            assert text_now(tracked, span_of(PAGE, vietnamese)) == vietnamese


def _plain_rejang(words: str) -> str:
    """Rejang with one spelling of i and e, u and o, ng and n, and no virama."""
    for one, other in ((REJANG_E, REJANG_I), (REJANG_O, REJANG_U), (REJANG_N, REJANG_NG)):
        words = words.replace(one, other)
    return words.replace(REJANG_VIRAMA, "")


def test_respelt_rejang_keeps_its_letters() -> None:
    dropped = set()
    for seed in range(1, 9):
        tracked = _edited(rejang_respelt_one_side, 8.0, seed)
        for line in (REJANG_LINES[0][0], REJANG_LINES[3][0], REJANG_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert _plain_rejang(now) == _plain_rejang(line)
            assert unicodedata.is_normalized("NFC", now)
        now = _widest(tracked, span_of(PAGE, REJANG_LINES[0][0]))
        assert now != REJANG_LINES[0][0]
        section = tracked.text[tracked.text.index("Blok C\n") :]
        dropped.add(REJANG_VIRAMA not in section)
        indonesian = REJANG_LINES[0][1]
        assert text_now(tracked, span_of(PAGE, indonesian)) == indonesian
    assert dropped == {True, False}


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


def test_every_family_changes_the_small_page_consistently() -> None:
    for name, family in FRESH42_FAMILIES.items():
        tracked = _edited(family, 3.0)
        assert tracked.text != PAGE, name
        assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


@pytest.mark.parametrize("seed", [*range(4), *FRESH42_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("Flat 12B  Kitchen tap dripping  Reported 3 Mar  Open", ACCESS, ACTION)
        more = ("Lift maintenance  £1,240.00", "Week 11  9 Mar  Joan Okafor", NO_LIFT, VALID)
        scripts = ("AB12 CDE", CHAM_LINES[0][0], CHAM_NG_SIGN, REJANG_LINES[0][0], "\u2019")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_bilingual_notices_use_the_cham_and_rejang_marks() -> None:
    cham = KINDS[7](random.Random(FRESH42_SEEDS[0]))
    assert all(mark in cham for mark in (CHAM_I, CHAM_II, CHAM_U, CHAM_NG_SIGN, CHAM_NG_FINAL))
    assert "\uaa4d" in cham  # the final h
    assert sum(c in CHAM_DIGITS for c in cham) > 6  # hours in Cham digits
    rejang = KINDS[8](random.Random(FRESH42_SEEDS[1]))
    marks = (REJANG_I, REJANG_E, REJANG_U, REJANG_O, REJANG_NG, REJANG_N, REJANG_VIRAMA)
    assert all(mark in rejang for mark in (*marks, REJANG_SECTION))
    codes = {ord(c) for text in (cham, rejang) for c in text}
    assert any(0xAA00 <= c <= 0xAA5F for c in codes)
    assert any(0xA930 <= c <= 0xA95F for c in codes)
    assert all(unicodedata.name(chr(c), "") for c in codes if 0xAA00 <= c <= 0xAA5F)
    assert all(unicodedata.name(chr(c), "") for c in codes if 0xA930 <= c <= 0xA95F)


def test_no_earlier_round_wrote_cham_or_rejang() -> None:
    here = Path(__file__).parent
    for path in sorted(here.glob("reanchor_fresh*.py")):
        if "fresh42" in path.name:
            continue
        words = path.read_text(encoding="utf-8")
        assert not re.search("[\uaa00-\uaa5f\ua930-\ua95f]", words), path.name
        assert not re.search(r"CHAM |REJANG |\\uaa[0-5]|\\ua9[3-5]", words), path.name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH42_SEEDS, fresh42_text, fresh42_spans)


@pytest.mark.parametrize("name", list(FRESH42_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH42_FAMILIES[name], FRESH42_SEEDS, fresh42_text, fresh42_spans, no_blank_runs=True
    )
