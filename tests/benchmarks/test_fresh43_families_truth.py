"""The truth of the forty-third-round fresh families, checked by hand on a small page of a
concert hall's publications (no re-anchoring here), and checked for consistency on the whole
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
from tests.benchmarks.reanchor_fresh43_edits import clock_shifted
from tests.benchmarks.reanchor_fresh43_families import (
    FRESH43_FAMILIES,
    FRESH43_SEEDS,
    box_office_corrected,
    buginese_respelt_one_side,
    buhid_respelt_one_side,
    calls_moved,
    combined,
    duplicates_pruned,
    fresh43_spans,
    fresh43_text,
    loans_returned,
    movements_cut,
    notes_from_pdf,
    players_reseated,
    rehearsals_cancelled,
    soloists_replaced,
    works_swapped,
)
from tests.benchmarks.reanchor_fresh43_kit import (
    ADAGIO,
    BUGINESE_E,
    BUGINESE_END,
    BUGINESE_I,
    BUGINESE_LINES,
    BUGINESE_O,
    BUGINESE_PALLAWA,
    BUGINESE_U,
    BUHID_I,
    BUHID_LINES,
    BUHID_SINGLE,
    BUHID_THANKS,
    BUHID_U,
    FULL_CALL,
    MOTTO,
    ON_LOAN,
    PEOPLE,
    PRICE,
    RETURNED,
)
from tests.benchmarks.reanchor_fresh43_more_texts import BRING_WATER, ON_TIME
from tests.benchmarks.reanchor_fresh43_texts import KINDS
from tests.storage.edit_simulation import TrackedText

MOZART = (
    "Mozart  Violin Concerto No. 3 in G major, K. 216  c. 24'\n"
    "Soloist: Anna Kowalska, violin\nI. Allegro\nII. Adagio\nIII. Rondeau. Allegro"
)
BRAHMS = (
    "Brahms  Symphony No. 2 in D major, Op. 73  c. 42'\nI. Allegro non troppo\n"
    "II. Adagio non troppo\nIII. Allegretto grazioso\nIV. Allegro con spirito"
)
PROGRAMME = (
    "Thursday 16 October, 19:30\n\nDoors open 45 minutes before the concert.\n\n"
    f"{MOZART}\n\n{BRAHMS}\n\n"
)
CALLS = (
    FULL_CALL,
    "Tue 14 Oct  18:30–22:00  Full orchestra  Hall B",
    "Wed 15 Oct  10:00–13:00  Strings only  Studio 2",
)
LATER_CALL = "Thu 16 Oct  19:30–22:00  Choir and orchestra  Hall B"
REHEARSALS = (
    "Week of 13 October\n\nOne line a call.\n\n"
    "Brahms and Elgar, calls\n" + "\n".join(CALLS) + "\nPrincipals stay for seating\n\n"
    f"Fauré Requiem with the choir, calls\n{FULL_CALL}\n{LATER_CALL}\n\n"
)
DESKS = (
    "Desk 1  Outside  Tomas Berg",
    "Desk 1  Inside  Tomas Borg",
    "Desk 2  Outside  Lena Hoffmann",
    "Desk 2  Inside  Lena Hofmann",
)
PLAYERS = (
    "Violas\n\nPrincipal at Desk 1, Outside.\n\n"
    "Desks 1 to 2\n" + "\n".join(DESKS) + "\nRotates with the desk behind\n\n"
)
PRICE_LINES = (
    ("Full price  £28.50", "Student  £15.80", "Over 65  £18.50"),
    ("Full price  £25.80", "Student  £15.80", "Over 65  £18.50"),
)
PRICES = (
    "Circle\n\nPrices per seat, levy included.\n\n"
    "Friday series\n" + "\n".join(PRICE_LINES[0]) + "\n\n"
    "Saturday series\n" + "\n".join(PRICE_LINES[1]) + "\n\n"
)
PROSE = (
    f"The horns announce the motto, {MOTTO}, and every theme that\n"
    "follows grows from it. The composer wrote most of the score during\n"
    "a summer by a lake in the mountains. The finale gathers speed until\n"
    "the whole orchestra is playing at full strength.\n"
    f"Motto: {MOTTO}"
)
NOTES = "Brahms: Symphony No. 2\n\nNotes by Clare Whitfield.\n\n" + PROSE + "\n\n"
LOANS = (
    "ML-2041  Brahms, Symphony No. 2, parts  On loan",
    "ML-2014  Brahms, Symphony No. 2, score  Returned",
    "ML-2401  Elgar, Cello Concerto, parts  On loan",
)
PENCIL = "Bowings marked in pencil"
REGISTER = (
    "County Youth Orchestra\n\nOne line a set.\n\n"
    f"Issued 6 Oct\n{LOANS[0]}\n{PENCIL}\n{LOANS[1]}\n{LOANS[2]}\n\n"
)
BUGINESE_NOTICE = f"{BUGINESE_LINES[0][0]}\n{BUGINESE_LINES[0][1]}\n{ON_TIME}"
BUGINESE = (
    "Mappacci\n\nThe players arrive an hour early.\n\n"
    f"Pengumuman 1 · Gedung Kesenian · Watampone\n{BUGINESE_NOTICE}\n\n"
    f"Pengumuman 2 · Gedung Kesenian · Sengkang\n{BUGINESE_NOTICE}\n\n"
)
BUHID = (
    "Iskedyul\n\nThe chapel opens at 17:00.\n\n"
    f"Paunawa 1 · Kapilya ng Barangay · Bongabong\n{BUHID_LINES[0][0]}\n{BUHID_LINES[0][1]}\n"
    f"{BRING_WATER}\n\n"
    f"Paunawa 2 · Kapilya ng Barangay · Roxas\n{BUHID_LINES[2][0]}\n{BUHID_LINES[2][1]}\n"
    f"{BUHID_THANKS}\n\n"
)
HEAD = (
    "Riverside Hall — what we publish\n\nConcerts office · October 2026\n\n"
    "This page collects what the hall and its orchestra publish.\nRead it with care.\n\n"
)
FOOT = "About this export\n\nKept by the concerts office.\n"
#: A small page: a concert of two works, a week of calls, a group of desks, two series'
#: prices, a programme note, an issue of loans, two Buginese and two Buhid notices.
PAGE = HEAD + PROGRAMME + REHEARSALS + PLAYERS + PRICES + NOTES + REGISTER + BUGINESE + BUHID + FOOT


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


def _lines_kept(tracked: TrackedText, block: str, nth: int = 0) -> None:
    """Every line of ``block`` (its ``nth`` place on the page) is found whole."""
    at = span_of(PAGE, block, nth)[0]
    for line in block.split("\n"):
        if line:
            assert text_now(tracked, (at, at + len(line))) == line
        at += len(line) + 1


def _line_span(line: str, nth: int = 0) -> tuple[int, int]:
    """Where the ``nth`` whole line ``line`` stands on the page."""
    return span_of(PAGE, f"\n{line}\n", nth)[0] + 1, span_of(PAGE, f"\n{line}\n", nth)[1] - 1


def _new(tracked: TrackedText, start: int, end: int) -> bool:
    """Whether the text now at ``[start, end)`` was all typed (no origin)."""
    return all(o == -1 for o in tracked.origin[start:end])


@pytest.mark.parametrize("seed", range(1, 5))
def test_swapped_works_move_whole_with_their_movements(seed: int) -> None:
    tracked = _edited(works_swapped, 1.0, seed)
    new = tracked.text
    for work in (MOZART, BRAHMS):
        assert text_now(tracked, span_of(PAGE, work)) == work
        _lines_kept(tracked, work)
    assert new.index(BRAHMS) < new.index(MOZART)
    assert f"Doors open 45 minutes before the concert.\n\n{BRAHMS}\n\n{MOZART}\n\n" in new
    _lines_kept(tracked, REHEARSALS.strip())


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_replaced_soloist_has_the_name_typed_over_and_keeps_the_rest(seed: int) -> None:
    tracked = _edited(soloists_replaced, 1.0, seed)
    line = "Soloist: Anna Kowalska, violin"
    now = _widest(tracked, span_of(PAGE, line))
    assert now is not None
    assert now.startswith("Soloist: ")
    assert now.endswith(", violin")
    name = now[len("Soloist: ") : -len(", violin")]
    assert name in PEOPLE
    assert name != "Anna Kowalska"
    at = tracked.text.index(now) + len("Soloist: ")
    assert not all(o >= 0 for o in tracked.origin[at : at + len(name)])  # something typed
    for kept in ("I. Allegro", ADAGIO, "III. Rondeau. Allegro"):
        assert text_now(tracked, span_of(PAGE, kept)) == kept


@pytest.mark.parametrize("seed", range(1, 11))
def test_a_cancelled_call_is_gone_while_its_twin_stays(seed: int) -> None:
    tracked = _edited(rehearsals_cancelled, 3.0, seed)
    every = [(line, nth) for line in (*CALLS, LATER_CALL) for nth in range(PAGE.count(line))]
    gone = [(line, nth) for line, nth in every if text_now(tracked, _line_span(line, nth)) is None]
    assert 1 <= len(gone) <= 2
    for line, nth in gone:
        twins = [
            (other, n)
            for other, n in every
            if (other, n) != (line, nth)
            and (other == line or sum(a != b for a, b in zip(other, line, strict=False)) == 1)
        ]
        assert any(text_now(tracked, _line_span(*twin)) is not None for twin in twins)
    for kept in (CALLS[2], LATER_CALL, "Principals stay for seating"):
        assert text_now(tracked, _line_span(kept)) == kept
    _lines_kept(tracked, PLAYERS.strip())


@pytest.mark.parametrize("seed", range(1, 7))
def test_moved_calls_keep_their_day_and_room_and_move_half_an_hour(seed: int) -> None:
    tracked = _edited(calls_moved, 1.0, seed)
    shifts = set()
    changed_items = set()
    for line, nth, item in [
        (CALLS[0], 0, 0),
        (CALLS[1], 0, 0),
        (CALLS[2], 0, 0),
        (FULL_CALL, 1, 1),
        (LATER_CALL, 0, 1),
    ]:
        start, end = _line_span(line, nth)
        assert text_now(tracked, (start, start + 10)) == line[:10]  # "Tue 14 Oct"
        assert text_now(tracked, (start + 25, end)) == line[25:]  # who is called, the room
        now = _widest(tracked, (start, end))
        assert now is not None
        if now != line:
            changed_items.add(item)
            begin, finish = line[12:17], line[18:23]
            shift = next(m for m in (30, -30) if clock_shifted(begin, m) == now[12:17])
            assert now[18:23] == clock_shifted(finish, shift)
            shifts.add(shift)
    assert len(changed_items) == 1
    assert len(shifts) == 1


@pytest.mark.parametrize("seed", range(1, 7))
def test_reseated_players_keep_their_names_and_change_desks(seed: int) -> None:
    tracked = _edited(players_reseated, 1.0, seed)
    new = tracked.text
    names = [desk.split("  ")[2] for desk in DESKS]
    seats = [desk[: -len(name)] for desk, name in zip(DESKS, names, strict=True)]
    now = [line for line in new.split("\n") if line.startswith("Desk ")][: len(DESKS)]
    assert [line.startswith(seat) for line, seat in zip(now, seats, strict=True)] == [True] * 4
    moved = [i for i, line in enumerate(now) if line != DESKS[i]]
    assert len(moved) == 2
    one, other = moved
    assert now[one] == seats[one] + names[other]
    assert now[other] == seats[other] + names[one]
    for index in range(len(DESKS)):
        start = span_of(PAGE, DESKS[index])[0] + len(seats[index])
        name = (start, start + len(names[index]))
        assert text_now(tracked, name) == names[index]
        assert text_now(tracked, (start - len(seats[index]), start - 2)) == seats[index][:-2]


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_cut_movement_is_gone_and_the_later_ones_are_renumbered(seed: int) -> None:
    tracked = _edited(movements_cut, 1.0, seed)
    new = tracked.text
    gone = []
    for work in (MOZART, BRAHMS):
        for line in work.split("\n")[1:]:
            if re.match(r"[IV]+\. ", line):
                span = span_of(PAGE, f"\n{line}\n")
                if text_now(tracked, (span[0] + 1, span[1] - 1)) is None:
                    gone.append((work, line))
    assert len(gone) == 1
    work, line = gone[0]
    assert not line.startswith("I. ")
    names = [m.split(". ", 1)[1] for m in work.split("\n") if re.match(r"[IV]+\. ", m)]
    names.remove(line.split(". ", 1)[1])
    renumbered = "\n".join(f"{('I', 'II', 'III', 'IV')[i]}. {n}" for i, n in enumerate(names))
    assert renumbered in new
    head = work.split("\n")[0]
    now_head = _widest(tracked, span_of(PAGE, head))
    assert now_head is not None
    assert now_head[:-5] == head[:-5]
    minutes = int(re.search(r"c\. ([0-9]+)'", now_head)[1])  # type: ignore[index]
    assert 4 <= int(head[-3:-1]) - minutes <= 9
    other = BRAHMS if work == MOZART else MOZART
    _lines_kept(tracked, other)


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_corrected_price_changes_by_one_figure_or_two_transposed(seed: int) -> None:
    tracked = _edited(box_office_corrected, 1.0, seed)
    changed = []
    for price in PRICE.finditer(PAGE):
        now = _widest(tracked, price.span())
        assert now is not None
        assert now.startswith("£")
        if now != price[0]:
            changed.append((price[0], now))
    assert len(changed) == 1
    old, now = changed[0]
    assert len(now) == len(old)
    differ = [i for i, (a, b) in enumerate(zip(now, old, strict=True)) if a != b]
    transposed = len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(now) == sorted(old)
    assert len(differ) == 1 or transposed


def test_returned_loans_are_typed_over_in_place_and_sometimes_moved_to_the_end() -> None:
    tidied = set()
    for seed in range(1, 13):
        tracked = _edited(loans_returned, 1.0, seed)
        new = tracked.text
        statuses = []
        for line in LOANS:
            start, end = span_of(PAGE, line)
            number_and_set = (start, end - len(line.rsplit("  ", 1)[1]) - 2)
            assert text_now(tracked, number_and_set) == PAGE[slice(*number_and_set)]
            now = _widest(tracked, (start, end))
            assert now is not None
            statuses.append(now.rsplit("  ", 1)[1])
        assert statuses.count(RETURNED) == 2
        assert (
            sum(old != now for old, now in zip((ON_LOAN, RETURNED, ON_LOAN), statuses, strict=True))
            == 1
        )
        at = new.index("Issued 6 Oct\n")
        order = [new.index(line[:8], at) for line in LOANS]
        tidied.add(order != sorted(order))
        if order != sorted(order):
            still = statuses.index(ON_LOAN)
            assert order[still] == min(order)  # the set still on loan comes first
        assert f"{LOANS[0][:8]}" in new[new.index(PENCIL) - 60 : new.index(PENCIL)]
    assert tidied == {True, False}


@pytest.mark.parametrize("seed", range(1, 5))
def test_notes_copied_from_a_pdf_keep_every_word(seed: int) -> None:
    tracked = _edited(notes_from_pdf, 8.0, seed)
    new = tracked.text
    heads = re.findall(r"^Page ([2-7]) of 8$", new, re.M)
    assert len(heads) == 1
    start = new.index("The horns announce")
    end = new.index(f"Motto: {MOTTO}", start) + len(f"Motto: {MOTTO}")
    copied = re.sub(r"\nPage [2-7] of 8", "", new[start:end])
    assert "-\n" in copied
    assert copied.replace("-\n", "").replace("\n", " ") == PROSE.replace("\n", " ")
    at = new.index("\nPage ", start)
    assert _new(tracked, at, at + len("\nPage 2 of 8"))
    for word in ("composer", "orchestra", "mountains"):
        first = PAGE.index(word, PAGE.index(PROSE))
        now = text_now(tracked, (first, first + len(word)))
        assert now is not None
        assert now.replace("-\n", "") == word
    _lines_kept(tracked, REGISTER.strip())


def _plain_buginese(words: str) -> str:
    """Buginese with one spelling of i and e, u and o, and no pallawa."""
    for one, other in ((BUGINESE_E, BUGINESE_I), (BUGINESE_O, BUGINESE_U)):
        words = words.replace(one, other)
    return words.replace(BUGINESE_PALLAWA, "")


def test_respelt_buginese_keeps_its_letters() -> None:
    dropped = set()
    for seed in range(1, 9):
        tracked = _edited(buginese_respelt_one_side, 8.0, seed)
        for nth in range(2):
            line = BUGINESE_LINES[0][0]
            now = _widest(tracked, span_of(PAGE, line, nth))
            assert now is not None
            assert now != line
            assert _plain_buginese(now) == _plain_buginese(line)
            assert unicodedata.is_normalized("NFC", now)
            dropped.add(BUGINESE_PALLAWA not in now)
            indonesian = BUGINESE_LINES[0][1]
            assert text_now(tracked, span_of(PAGE, indonesian, nth)) == indonesian
    assert dropped == {True, False}


def _plain_buhid(words: str) -> str:
    """Buhid with one spelling of the vowel signs i and u, and no single punctuation."""
    return words.replace(BUHID_U, BUHID_I).replace(BUHID_SINGLE, "")


def test_respelt_buhid_keeps_its_letters() -> None:
    dropped = set()
    for seed in range(1, 9):
        tracked = _edited(buhid_respelt_one_side, 8.0, seed)
        for line, filipino in (BUHID_LINES[0], BUHID_LINES[2]):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert _plain_buhid(now) == _plain_buhid(line)
            assert unicodedata.is_normalized("NFC", now)
            dropped.add(BUHID_SINGLE not in now)
            assert text_now(tracked, span_of(PAGE, filipino)) == filipino
        assert text_now(tracked, span_of(PAGE, BUHID_THANKS)) is not None
    assert dropped == {True, False}


@pytest.mark.parametrize("seed", range(1, 5))
def test_a_pruned_duplicate_notice_is_gone_and_the_first_stays(seed: int) -> None:
    tracked = _edited(duplicates_pruned, 1.0, seed)
    first = "Pengumuman 1 · Gedung Kesenian · Watampone"
    second = "Pengumuman 2 · Gedung Kesenian · Sengkang"
    assert text_now(tracked, span_of(PAGE, second)) is None
    for line in BUGINESE_NOTICE.split("\n"):
        assert text_now(tracked, span_of(PAGE, line, 1)) is None
        assert text_now(tracked, span_of(PAGE, line, 0)) == line
    assert text_now(tracked, span_of(PAGE, first)) == first
    assert tracked.text.count(BUGINESE_LINES[0][1]) == 1
    for block in (PROGRAMME, PLAYERS, PRICES, BUHID):
        _lines_kept(tracked, block.strip())


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


def test_every_family_changes_the_small_page_consistently() -> None:
    for name, family in FRESH43_FAMILIES.items():
        tracked = _edited(family, 3.0)
        assert tracked.text != PAGE, name
        assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


@pytest.mark.parametrize("seed", [*range(4), *FRESH43_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("Soloist: Anna Kowalska, violin", FULL_CALL, "Desk 3  Inside  Tomas Berg")
        more = ("Student  £15.80", f"ML-2041  Brahms, Symphony No. 2, parts  {ON_LOAN}", MOTTO)
        scripts = (BUGINESE_LINES[0][0], BUHID_LINES[0][0], "\u2019")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_bilingual_notices_use_the_buginese_and_buhid_marks() -> None:
    bugis = KINDS[7](random.Random(FRESH43_SEEDS[0]))
    marks = (BUGINESE_I, BUGINESE_U, BUGINESE_E, BUGINESE_O, BUGINESE_PALLAWA, BUGINESE_END)
    assert all(mark in bugis for mark in marks)
    buhid = KINDS[8](random.Random(FRESH43_SEEDS[1]))
    assert all(mark in buhid for mark in (BUHID_I, BUHID_U, BUHID_SINGLE, "\u1736"))
    codes = {ord(c) for text in (bugis, buhid) for c in text}
    assert sum(0x1A00 <= c <= 0x1A1F for c in codes) >= 15
    assert sum(0x1740 <= c <= 0x175F for c in codes) >= 12
    assert all(unicodedata.name(chr(c), "") for c in codes if 0x1A00 <= c <= 0x1A1F)
    assert all(unicodedata.name(chr(c), "") for c in codes if 0x1720 <= c <= 0x177F)


def test_no_earlier_round_wrote_buginese_or_buhid() -> None:
    here = Path(__file__).parent
    for path in sorted(here.glob("*fresh*.py")):
        if "fresh43" in path.name:
            continue
        words = path.read_text(encoding="utf-8")
        assert not re.search("[\u1a00-\u1a1f\u1740-\u175f]", words), path.name
        assert not re.search(r"(?i)BUGINESE|BUHID|\\u1a[01]|\\u17[45]", words), path.name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH43_SEEDS, fresh43_text, fresh43_spans)


@pytest.mark.parametrize("name", list(FRESH43_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH43_FAMILIES[name], FRESH43_SEEDS, fresh43_text, fresh43_spans, no_blank_runs=True
    )
