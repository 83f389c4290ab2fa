"""The truth of the forty-sixth-round fresh families, checked by hand on a small page of a
national park's notices (no re-anchoring here), and checked for consistency on the whole
material."""

from __future__ import annotations

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
from tests.benchmarks.reanchor_fresh46_edits import distances_apart
from tests.benchmarks.reanchor_fresh46_families import (
    FRESH46_FAMILIES,
    FRESH46_SEEDS,
    bookings_cancelled_and_resorted,
    combined,
    fees_corrected,
    fire_notices_expired,
    fresh46_spans,
    fresh46_text,
    newa_respelt_one_side,
    ranger_names_corrected,
    shuttle_runs_retimed,
    sightings_merged_at_the_office,
    sightings_resorted_by_species,
    tai_lue_respelt_one_side,
    trail_list_from_columns,
    trail_statuses_changed,
    trails_closed_for_good,
)
from tests.benchmarks.reanchor_fresh46_kit import (
    FEE,
    NEWA_ANUSVARA,
    NEWA_CANDRABINDU,
    NEWA_I,
    NEWA_II,
    NEWA_LINES,
    NEWA_THANKS,
    NEWA_U,
    NEWA_UU,
    NEWA_VIRAMA,
    NO_FIRES,
    TAI_LUE_AE,
    TAI_LUE_E,
    TAI_LUE_LINES,
    TAI_LUE_THANKS,
    TAI_LUE_TONE_1,
    TAI_LUE_TONE_2,
    TAI_LUE_U,
    TAI_LUE_UU,
    TRAIL,
)
from tests.benchmarks.reanchor_fresh46_more_texts import PASSPORT, SHOES_OFF
from tests.benchmarks.reanchor_fresh46_texts import KINDS
from tests.storage.edit_simulation import TrackedText

TRAILS = (
    "Ridge Loop  7.4 km  Open",
    "Ridge Link  4.7 km  Open",
    "Meadow Walk  2.9 km  Caution: mud",
)
DOGS = "Dogs on a lead at all times"
MONDAY = (
    "Monday 4 May, morning round\n\nOne line a trail: its length, then its status.\n\n"
    "North valley\n" + "\n".join(TRAILS) + "\n\n"
)
#: The next day's list: the same lines word for word, and a line under them.
TUESDAY = (
    "Tuesday 5 May, morning round\n\nOne line a trail: its length, then its status.\n\n"
    "North valley\n" + "\n".join(TRAILS) + f"\n{DOGS}\n\n"
)
BOOKED = (
    "Pitch 14  Novak, J.  2 adults  Paid",
    "Pitch 23  Keller, M.  1 adult  Unpaid",
    "Pitch 41  Berg, A.  2 adults + 2 children  Paid",
    "Pitch 61  Borg, A.  4 adults  Paid",
)
RIVERSIDE = ("Pitch 16  Novak, J.  2 adults  Paid", "Pitch 32  Dubois, L.  1 adult  Paid")
QUIET = "Quiet hours 22:00 to 07:00"
BOOKINGS = (
    "Night of Friday 8 May\n\nOne line a pitch, by pitch number.\n\n"
    "Meadow field\n"
    + "\n".join(BOOKED)
    + f"\n{QUIET}\n\nRiverside\n"
    + "\n".join(RIVERSIDE)
    + "\n\n"
)
FEE_LINES = ("Adult  €8.50", "Child under 16  €5.80", "Student or over 65  €5.80")
FEES = (
    "Day permit\n\nFees per person, in euros.\n\n"
    "High season, 1 June to 15 September\n" + "\n".join(FEE_LINES) + "\n"
    "Pay at the visitor centre or online\n\n"
)
DUTIES = (
    "07:00–15:00  Ilse Varga",
    "15:00–23:00  Ilse Vargo",
    "07:00–15:00  Rosa Pinto",
    "15:00–23:00  Tomas Brenner",
)
ROSTER = (
    "Monday 4 May\n\nOne line a shift.\n\n"
    f"Lakeside hut\n{DUTIES[0]}\n{DUTIES[1]}\n\nCol hut\n{DUTIES[2]}\n{DUTIES[3]}\n\n"
)
SEEN = (
    "Red deer, 3  NT 4521 8830  07:40",
    "Red deer, 2  NT 4521 8831  08:40",
    "Chamois, 1  NT 4620 8835  09:15",
    "Red deer, 3  NT 4521 8830  11:05",
)
SIGHTINGS = (
    "Sightings, Monday 4 May\n\nOne line a sighting: species, count, grid reference, time.\n\n"
    "Upper meadows · observer I. Varga\n" + "\n".join(SEEN) + "\n\n"
)
RUNS = (
    ("07:10  Visitor centre", "07:25  Lakeside", "07:35  Pinewood car park"),
    ("08:10  Visitor centre", "08:25  Lakeside", "08:35  Pinewood car park"),
)
SHUTTLE = (
    "Weekdays from 4 May\n\nDeparture times at each stop.\n\n"
    "Run 1 · Valley line\n" + "\n".join(RUNS[0]) + "\n\nRun 2 · Valley line\n"
    "" + "\n".join(RUNS[1]) + "\n\n"
)
NOTICES = (
    f"FD-0512 · Zone A · until 10 May\nFire danger: High\n{NO_FIRES}",
    f"FD-0521 · Zone A · until 17 May\nFire danger: High\n{NO_FIRES}\nStoves only at marked sites",
    "FD-0513 · Zone A · until 24 May\nFire danger: Moderate\nSmoking banned on all trails",
)
FIRE = "Zone A — Pinar valley floor\n\nNotices in force, newest last.\n\n" + "\n\n".join(NOTICES)
TAI_LUE = (
    "Procession\n\nThe procession leaves from the south gate.\n\n"
    f"Notice 1 · Forest temple festival · Menghai\n{TAI_LUE_LINES[0][0]}\n{TAI_LUE_LINES[0][1]}\n"
    f"{SHOES_OFF}\n\n"
    f"Notice 2 · Forest temple festival · Jinghong\n{TAI_LUE_LINES[2][0]}\n{TAI_LUE_LINES[2][1]}\n"
    f"{TAI_LUE_THANKS}\n\n"
)
NEWA = (
    "Permits\n\nThe office closes on public holidays.\n\n"
    f"Notice 1 · Trekking permits · Thamel\n{NEWA_LINES[0][0]}\n{NEWA_LINES[0][1]}\n{PASSPORT}\n\n"
    f"Notice 2 · Trekking permits · Patan\n{NEWA_LINES[4][0]}\n{NEWA_LINES[4][1]}\n"
    f"{NEWA_THANKS}\n\n"
)
HEAD = (
    "Pinar Valley National Park — notices\n\nPark office · May 2026\n\n"
    "This page collects what the park publishes for visitors.\nRead it with care.\n\n"
)
FOOT = "About this export\n\nKept by the park office.\n"
#: A small page: a day of the trail list, a night of bookings, a permit's fees, a day of the
#: roster, a day of sightings, two shuttle runs, three fire notices, a New Tai Lue and a Newa
#: section of two notices each, and the next day's trail list, the same lines word for word.
PAGE = (
    HEAD
    + MONDAY
    + BOOKINGS
    + FEES
    + ROSTER
    + SIGHTINGS
    + SHUTTLE
    + FIRE
    + "\n\n"
    + TAI_LUE
    + NEWA
    + TUESDAY
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


def _lines_kept(tracked: TrackedText, block: str) -> None:
    """Every line of ``block`` (its first place on the page) is found whole."""
    at = span_of(PAGE, block)[0]
    for line in block.split("\n"):
        if line:
            assert text_now(tracked, (at, at + len(line))) == line
        at += len(line) + 1


def _new(tracked: TrackedText, start: int, end: int) -> bool:
    """Whether the text now at ``[start, end)`` was all typed (no origin)."""
    return all(o == -1 for o in tracked.origin[start:end])


def _block(text: str, head: str) -> list[str]:
    """The lines of the paragraph that starts with ``head`` in ``text``."""
    start = text.index(head + "\n")
    return text[start : text.index("\n\n", start)].split("\n")


def test_distances_one_figure_apart_are_twins() -> None:
    assert distances_apart("7.4", "4.7")
    assert distances_apart("2.9", "2.8")
    assert distances_apart("12.4", "14.2")
    assert not distances_apart("7.4", "7.4")
    assert not distances_apart("7.4", "2.9")
    assert not distances_apart("7.4", "12.4")


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_changed_status_is_typed_over_and_the_trail_stays(seed: int) -> None:
    tracked = _edited(trail_statuses_changed, 1.0, seed)
    changed = []
    for trail in TRAIL.finditer(PAGE):
        head = (trail.start(), trail.start(3) - 2)  # the trail and its distance
        assert text_now(tracked, head) == PAGE[slice(*head)]
        now = _widest(tracked, trail.span())
        assert now is not None
        assert now.startswith(PAGE[trail.start() : trail.start(3)])
        if now != trail[0]:
            changed.append((trail[3], now[trail.start(3) - trail.start() :]))
    assert len(changed) == 1
    old, status = changed[0]
    assert status in ("Open", "Closed", "Caution: mud")
    assert status != old


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_trail_closed_for_good_is_gone_from_the_next_day_while_its_twin_stays(
    seed: int,
) -> None:
    tracked = _edited(trails_closed_for_good, 3.0, seed)
    new = tracked.text
    tuesday = [span_of(PAGE, line, 1) for line in TRAILS]
    gone = [line for line, span in zip(TRAILS, tuesday, strict=True) if not text_now(tracked, span)]
    assert len(gone) == 1  # never both twins, and only twins are closed
    assert gone[0] in TRAILS[:2]
    twin = TRAILS[1] if gone[0] == TRAILS[0] else TRAILS[0]
    assert text_now(tracked, span_of(PAGE, twin, 1)) == twin
    assert text_now(tracked, span_of(PAGE, TRAILS[2], 1)) == TRAILS[2]
    assert new.count(gone[0]) == 1  # Monday's copy stays, word for word where it was
    _lines_kept(tracked, MONDAY.strip())
    assert text_now(tracked, span_of(PAGE, DOGS)) == DOGS


@pytest.mark.parametrize("seed", range(1, 9))
def test_two_columns_read_row_by_row_move_each_right_hand_line_onto_its_row(seed: int) -> None:
    tracked = _edited(trail_list_from_columns, 1.0, seed)
    new = tracked.text
    monday = _block(new[: new.index("Night of Friday")], "North valley")[1:]
    tuesday = _block(new[new.index("Tuesday 5 May") :], "North valley")[1:]
    rows = [monday, tuesday]
    changed = [i for i, lines in enumerate(rows) if len(lines) < (3, 4)[i]]
    assert len(changed) == 1
    which = changed[0]
    left, right = (TRAILS[:2], (TRAILS[2],)) if which == 0 else (TRAILS[:2], (TRAILS[2], DOGS))
    lines = rows[which]
    assert len(lines) == 2
    gap = lines[0][len(left[0]) : -len(right[0])]
    assert gap in (" ", "  ", "    ")
    assert lines[0] == left[0] + gap + right[0]
    assert lines[1] == left[1] + (gap + right[1] if len(right) == 2 else "")
    at = new.index(lines[0]) + len(left[0])
    assert _new(tracked, at, at + len(gap))
    for nth, line in ((which, TRAILS[2]), (which, TRAILS[0])):
        assert text_now(tracked, span_of(PAGE, line, nth)) == line
    _lines_kept(tracked, BOOKINGS.strip())


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_cancelled_booking_is_gone_and_the_rest_are_sorted_by_guest(seed: int) -> None:
    tracked = _edited(bookings_cancelled_and_resorted, 1.0, seed)
    new = tracked.text
    gone = [line for line in BOOKED if text_now(tracked, span_of(PAGE, line)) is None]
    assert len(gone) == 1
    assert gone[0] not in new
    kept = [line for line in BOOKED if line not in gone]
    for line in (*kept, *RIVERSIDE, QUIET):
        assert text_now(tracked, span_of(PAGE, line)) == line
    field = _block(new, "Meadow field")
    guests = [line.split("  ")[1] for line in field[1:-1]]
    assert guests == sorted(guests, key=str.casefold)
    assert field[-1] == QUIET
    assert _block(new, "Riverside")[1:] == [RIVERSIDE[1], RIVERSIDE[0]]  # Dubois, then Novak


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_corrected_fee_changes_by_one_figure_or_two_transposed(seed: int) -> None:
    tracked = _edited(fees_corrected, 1.0, seed)
    changed = []
    for fee in FEE.finditer(PAGE):
        now = _widest(tracked, fee.span())
        assert now is not None
        assert now.startswith("€")
        if now != fee[0]:
            changed.append((fee[0], now))
    assert len(changed) == 1
    old, now = changed[0]
    assert len(now) == len(old)
    differ = [i for i, (a, b) in enumerate(zip(now, old, strict=True)) if a != b]
    transposed = len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(now) == sorted(old)
    assert len(differ) == 1 or transposed


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_corrected_name_becomes_its_twin_by_one_letter_and_the_shift_stays(seed: int) -> None:
    tracked = _edited(ranger_names_corrected, 1.0, seed)
    new = tracked.text
    changed = []
    for line in DUTIES:
        start = span_of(PAGE, line)[0]
        shift = (start, start + 11)
        assert text_now(tracked, shift) == line[:11]
        now = _widest(tracked, (start, start + len(line)))
        assert now is not None
        if now != line:
            changed.append((line, now))
    assert len(changed) == 1
    old, now = changed[0]
    assert old != DUTIES[2]  # Rosa Pinto has no twin
    twins = {
        "Ilse Varga": "Ilse Vargo",
        "Ilse Vargo": "Ilse Varga",
        "Tomas Brenner": "Tomas Bremner",
    }
    assert now == old[:13] + twins[old[13:]]
    at = new.index(now)
    differ = [i for i, (a, b) in enumerate(zip(old, now, strict=True)) if a != b]
    assert len(differ) == 1
    assert _new(tracked, at + differ[0], at + differ[0] + 1)


@pytest.mark.parametrize("rate", [1.0, 3.0, 8.0])
def test_merged_sightings_add_their_counts_and_the_second_line_is_gone(rate: float) -> None:
    tracked = _edited(sightings_merged_at_the_office, rate)
    new = tracked.text
    assert "Red deer, 5  NT 4521 8830  07:40–08:40" in new
    assert text_now(tracked, span_of(PAGE, SEEN[1])) is None  # but for its time, moved
    head = span_of(PAGE, SEEN[0])[0]
    assert text_now(tracked, (head + 13, head + len(SEEN[0]))) == SEEN[0][13:]
    assert text_now(tracked, (head, head + 9)) == "Red deer,"
    for line in SEEN[2:]:
        assert text_now(tracked, span_of(PAGE, line)) == line
    at = new.index("07:40–08:40") + 5
    assert _new(tracked, at, at + 1)  # the dash
    assert [tracked.origin[i] for i in range(at + 1, at + 6)] == list(
        range(span_of(PAGE, SEEN[1])[1] - 5, span_of(PAGE, SEEN[1])[1])
    )
    _lines_kept(tracked, SHUTTLE.strip())


def test_sightings_resorted_by_species_move_whole() -> None:
    tracked = _edited(sightings_resorted_by_species, 1.0)
    new = tracked.text
    assert _block(new, "Upper meadows · observer I. Varga")[1:] == [
        SEEN[2],
        SEEN[0],
        SEEN[1],
        SEEN[3],
    ]
    for line in SEEN:
        assert text_now(tracked, span_of(PAGE, line)) == line
    truth = tracked.truths([span_of(PAGE, SEEN[2])])[0]
    assert new[truth.start_range[1] : truth.end_range[0]] == SEEN[2]


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_retimed_run_is_ten_minutes_later_at_every_stop(seed: int) -> None:
    tracked = _edited(shuttle_runs_retimed, 1.0, seed)
    new = tracked.text
    later = {
        "07:10": "07:20",
        "07:25": "07:35",
        "07:35": "07:45",
        "08:10": "08:20",
        "08:25": "08:35",
        "08:35": "08:45",
    }
    moved = []
    for run in RUNS:
        now = [_widest(tracked, span_of(PAGE, stop)) for stop in run]
        if now != list(run):
            moved.append(run)
            assert now == [later[stop[:5]] + stop[5:] for stop in run]
        for stop in run:
            place = span_of(PAGE, stop)
            assert text_now(tracked, (place[0] + 7, place[1])) == stop[7:]
    assert len(moved) == 1
    assert new.count("Visitor centre") == PAGE.count("Visitor centre")


@pytest.mark.parametrize("rate", [1.0, 3.0, 8.0])
def test_an_expired_fire_notice_is_gone_and_its_rule_stays_elsewhere(rate: float) -> None:
    tracked = _edited(fire_notices_expired, rate)
    new = tracked.text
    for line in NOTICES[0].split("\n"):
        assert text_now(tracked, span_of(PAGE, line)) is None
    assert new.count(NO_FIRES) == PAGE.count(NO_FIRES) - 1
    assert text_now(tracked, span_of(PAGE, NO_FIRES, 1)) == NO_FIRES
    _lines_kept(tracked, NOTICES[1])
    _lines_kept(tracked, NOTICES[2])
    assert "\n\n\n" not in new


def _plain_tai_lue(words: str) -> str:
    """New Tai Lue with one sign for u and uu, one for e and ae, and no tone marks."""
    words = words.replace(TAI_LUE_UU, TAI_LUE_U).replace(TAI_LUE_AE, TAI_LUE_E)
    return words.replace(TAI_LUE_TONE_1, "").replace(TAI_LUE_TONE_2, "")


def test_respelt_new_tai_lue_keeps_its_letters_and_loses_its_tones() -> None:
    vowels = set()
    for seed in range(1, 9):
        tracked = _edited(tai_lue_respelt_one_side, 8.0, seed)
        for line in (TAI_LUE_LINES[0][0], TAI_LUE_LINES[2][0], TAI_LUE_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert TAI_LUE_TONE_1 not in now
            assert TAI_LUE_TONE_2 not in now
            assert _plain_tai_lue(now) == _plain_tai_lue(line)
        vowels.add(TAI_LUE_LINES[2][0].replace(TAI_LUE_TONE_2, "") not in tracked.text)
        for chinese in (TAI_LUE_LINES[0][1], SHOES_OFF):
            assert text_now(tracked, span_of(PAGE, chinese)) == chinese
        assert NEWA_LINES[0][0] in tracked.text
    assert vowels == {True, False}


def _plain_newa(words: str) -> str:
    """Newa with one sign for i and ii, one for u and uu, one for the two nasal marks."""
    words = words.replace(NEWA_II, NEWA_I).replace(NEWA_UU, NEWA_U)
    return words.replace(NEWA_CANDRABINDU, NEWA_ANUSVARA)


def test_respelt_newa_keeps_its_letters() -> None:
    nasals = set()
    for seed in range(1, 9):
        tracked = _edited(newa_respelt_one_side, 8.0, seed)
        for line in (NEWA_LINES[0][0], NEWA_LINES[4][0], NEWA_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert len(now) == len(line)
            assert _plain_newa(now) == _plain_newa(line)
            assert unicodedata.is_normalized("NFC", now)
        now = _widest(tracked, span_of(PAGE, NEWA_LINES[4][0]))
        assert now is not None
        nasals.add(now[2] == NEWA_ANUSVARA)  # "yeN": the candrabindu written as the anusvara
        for nepali in (NEWA_LINES[0][1], PASSPORT):
            assert text_now(tracked, span_of(PAGE, nepali)) == nepali
        assert TAI_LUE_LINES[0][0] in tracked.text
    assert nasals == {True, False}


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


def test_every_family_changes_the_small_page_consistently() -> None:
    for name, family in FRESH46_FAMILIES.items():
        tracked = _edited(family, 3.0)
        assert tracked.text != PAGE, name
        assert "\n\n\n" not in tracked.text, name
        assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


@pytest.mark.parametrize("seed", [*range(4), *FRESH46_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("Ridge Loop  7.4 km  Open", "Pitch 14  Novak, J.", "€8.50", "Ilse Varga")
        more = ("Red deer, 3  NT 4521 8830  07:40", "08:10  Visitor centre", "Fire danger: High")
        scripts = (TAI_LUE_LINES[0][0], NEWA_LINES[0][0], NEWA_VIRAMA, TAI_LUE_TONE_1, "\u2019")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_bilingual_notices_use_the_new_tai_lue_and_newa_marks() -> None:
    tai_lue = KINDS[7](random.Random(FRESH46_SEEDS[7]))
    marks = (TAI_LUE_U, TAI_LUE_UU, TAI_LUE_E, TAI_LUE_AE, TAI_LUE_TONE_1, TAI_LUE_TONE_2)
    assert all(mark in tai_lue for mark in marks)
    assert "\u19d0" in tai_lue  # New Tai Lue figures
    newa = KINDS[8](random.Random(FRESH46_SEEDS[8]))
    marks = (NEWA_I, NEWA_U, NEWA_UU, NEWA_VIRAMA, NEWA_ANUSVARA, NEWA_CANDRABINDU)
    assert all(mark in newa for mark in marks)
    assert all(
        unicodedata.category(mark) == "Mn" for mark in (NEWA_U, NEWA_VIRAMA, NEWA_CANDRABINDU)
    )
    codes = {ord(c) for text in (tai_lue, newa) for c in text}
    assert sum(0x1980 <= c <= 0x19DF for c in codes) >= 15
    assert sum(0x11400 <= c <= 0x1147F for c in codes) >= 15
    assert all(unicodedata.name(chr(c), "") for c in codes if c != ord("\n"))


def test_no_earlier_round_wrote_new_tai_lue_or_newa() -> None:
    here = Path(__file__).parent
    for path in sorted(here.glob("reanchor_fresh*.py")):
        if "fresh46" in path.name:
            continue
        words = path.read_text(encoding="utf-8")
        assert not re.search("[\u1980-\u19df\U00011400-\U0001147f]", words), path.name
        named = r"NEW TAI LUE|NEWA |\\u19[89a-dA-D][0-9a-fA-F]|\\U000114[0-7][0-9a-fA-F]"
        assert not re.search(named, words), path.name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH46_SEEDS, fresh46_text, fresh46_spans)


@pytest.mark.parametrize("name", list(FRESH46_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH46_FAMILIES[name], FRESH46_SEEDS, fresh46_text, fresh46_spans, no_blank_runs=True
    )
