"""The truth of the thirty-ninth-round fresh families, checked by hand on a small page of a
university's exam and enrolment notices (no re-anchoring here), and checked for consistency on
the whole material."""

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
from tests.benchmarks.reanchor_fresh23_kit import body_lines, head_line, items
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh33_kit import native_digits
from tests.benchmarks.reanchor_fresh39_families import (
    FRESH39_FAMILIES,
    FRESH39_SEEDS,
    LATE_GRADUANDS,
    NEXT_ROOM,
    RUNNING_FOOTER,
    combined,
    copy_edited,
    courses_renumbered,
    courses_withdrawn,
    editions_updated,
    fresh39_spans,
    fresh39_text,
    graduands_revised,
    house_style_set,
    osage_respelt_one_side,
    pdf_copied,
    sittings_moved,
    sundanese_digits_converted,
    times_restyled,
    timetable_resorted,
)
from tests.benchmarks.reanchor_fresh39_kit import (
    ABSENTIA,
    ACUTE,
    CANDIDATE_NUMBER,
    COURSE,
    COURSEWORK,
    CREDIT_LINE,
    DISTINCTION,
    EBOOK,
    EXAMINATION,
    MACRON,
    MIDDLE_DOT,
    NO_PREREQUISITE,
    OSAGE_LINES,
    OSAGE_THANKS,
    PAMAAEH,
    ROOM,
    SEATED,
    SUNDANESE_DIGITS,
    SUNDANESE_LINES,
    SUNDANESE_THANKS,
)
from tests.benchmarks.reanchor_fresh39_texts import KINDS
from tests.storage.edit_simulation import TrackedText

SITTINGS = (
    "Mon 8 June  09:30  Hall B  HIST 2104 Paper 2",
    "Mon 8 June  14:00  Hall A  MATH 2140 Paper 1",
    "Tue 9 June  13:30  Hall A  HIST 2105 Paper 1",
    "Tue 9 June  09:00  Room 2.15  LING 1204 Paper 2",
)
DAYS = (
    f"Monday 8 June\n{SITTINGS[0]}\n{SITTINGS[1]}\n{SEATED}\n{CANDIDATE_NUMBER}",
    f"Tuesday 9 June\n{SITTINGS[2]}\n{SITTINGS[3]}\n{SEATED}\n{CANDIDATE_NUMBER}",
)
TIMETABLE = "Week 1: 8 to 12 June\n\nAll times are local.\n\n" + "\n\n".join(DAYS) + "\n\n"
COURSE_ENTRIES = (
    f"HIST 2104  Early Modern Europe\n{CREDIT_LINE}\n{NO_PREREQUISITE}\n{COURSEWORK}",
    f"HIST 2105  Early Modern Empires\n{CREDIT_LINE}\n{NO_PREREQUISITE}\n{EXAMINATION} (Paper 2)",
    f"MATH 2140  Real Analysis\n{CREDIT_LINE}\nPrerequisite: MATH 2104\n{COURSEWORK}",
)
CATALOGUE = (
    "History\n\nEvery course is worth the credits shown.\n\n" + "\n\n".join(COURSE_ENTRIES) + "\n\n"
)
DEGREE = (
    f"Bachelor of Arts with Honours in History\nAmira Hadad\n{DISTINCTION}\nAmira Haddad\n"
    f"{ABSENTIA}\nTomasz Novak\nKateri Redcorn\n{DISTINCTION}"
)
GRADUATION = "Faculty of Arts\n\nPresented by the Dean.\n\n" + DEGREE + "\n\n"
BOOKS = (
    f"Braudel, F., ‘The Mediterranean’\nLondon: Collins, 2nd edn, 2019\n{EBOOK}\nEssential reading",
    "Elliott, J. H., ‘Imperial Spain’\nLondon: Penguin, 3rd edn, 2002\nFurther reading",
)
READING = (
    "HIST 2104 Early Modern Europe\n\nEditions as held by the Library.\n\n"
    + "\n\n".join(BOOKS)
    + "\n\n"
)
OSAGE = (
    "Beginners\n\nTaught by speakers of the Osage Nation.\n\n"
    f"Class 1 · LING 2310 · Pawhuska\n{OSAGE_LINES[0][0]}\n{OSAGE_LINES[0][1]}\n"
    f"{NO_PREREQUISITE}\n\n"
    f"Class 2 · LING 2310 · Fairfax\n{OSAGE_LINES[3][0]}\n{OSAGE_LINES[3][1]}\n{OSAGE_THANKS}\n\n"
)
SUNDANESE_NUMBERED = native_digits(SUNDANESE_LINES[0][0], SUNDANESE_DIGITS)
SUNDANESE_PLAIN = SUNDANESE_LINES[2][0]
SUNDANESE = (
    "Lectures\n\nTaught in Sundanese and Indonesian.\n\n"
    f"Kelas 1 · LING 1204 · Bandung\n{SUNDANESE_NUMBERED}\n{SUNDANESE_LINES[0][1]}\n"
    f"{NO_PREREQUISITE}\n\n"
    f"Kelas 2 · LING 1204 · Garut\n{SUNDANESE_PLAIN}\n{SUNDANESE_LINES[2][1]}\n"
    f"{SUNDANESE_THANKS}\n\n"
)
HEAD = (
    "Westbrook University — notices to candidates\n\nRegistry · summer 2026\n\n"
    "This page collects what the Registry publishes around exams.\n"
    "Times are local.\n\n"
)
FOOT = "About this export\n\nKept by the Registry.\n"
#: A small page: two days of four sittings, three courses, a degree's list, two books, an
#: Osage and a Sundanese section of two classes each.
PAGE = HEAD + TIMETABLE + CATALOGUE + GRADUATION + READING + OSAGE + SUNDANESE + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    """This material's small page edited by ``family``."""
    return edited_page(PAGE, family, rate, seed)


def _at(tracked: TrackedText, span: tuple[int, int]) -> int:
    """Where an old passage starts now."""
    return tracked.truths([span])[0].start_range[1]


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


def _after_day(line: str) -> tuple[int, int]:
    """A sitting line's span without its day (what a move to another day keeps)."""
    start, end = span_of(PAGE, line)
    return start + line.index("  ") + 2, end


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_moved_sitting_stands_under_the_other_day_and_one_room_changes(seed: int) -> None:
    tracked = _edited(sittings_moved, 1.0, seed)
    new = tracked.text
    tuesday = new.index("Tuesday 9 June")
    moved = 0
    for line in SITTINGS:
        rest = _after_day(line)
        now = text_now(tracked, rest)
        assert now is not None
        was_monday = line.startswith("Mon")
        if (_at(tracked, rest) > tuesday) == was_monday:  # under the other day now
            moved += 1
            other = "Tue 9 June" if was_monday else "Mon 8 June"
            start = _at(tracked, rest)
            assert new[new.rindex("\n", 0, start) + 1 : start] == f"{other}  "
    assert moved == 1
    rooms_before = sorted(m[0] for m in ROOM.finditer(PAGE))
    rooms_after = sorted(m[0] for m in ROOM.finditer(new))
    changed = sorted(
        {room for room in rooms_before if rooms_before.count(room) > rooms_after.count(room)}
    )
    assert len(changed) == 1
    assert new.count(NEXT_ROOM[changed[0]]) == PAGE.count(NEXT_ROOM[changed[0]]) + 1


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_renumbered_course_changes_everywhere_by_one_figure(seed: int) -> None:
    tracked = _edited(courses_renumbered, 1.0, seed)
    new = tracked.text
    codes = sorted({m[0] for m in COURSE.finditer(PAGE)})
    changed = [code for code in codes if not re.search(re.escape(code) + r"\b", new)]
    assert len(changed) == 1
    code = changed[0]
    renumbered = f"{code[:-3]}{(int(code[-3]) + 1) % 10}{code[-2:]}"
    for span in _all_spans(code):
        assert _widest(tracked, span) == renumbered
        assert text_now(tracked, (span[0], span[0] + 6)) == code[:6]  # "HIST 2" stays
    for twin in codes:
        if twin != code:  # its twins one figure apart stay as they were
            assert all(text_now(tracked, span) == twin for span in _all_spans(twin))


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_withdrawn_course_is_gone_while_its_twin_stays(seed: int) -> None:
    tracked = _edited(courses_withdrawn, 1.0, seed)
    gone = [line for line in item_lines(PAGE) if text_now(tracked, line) is None]
    withdrawn = {m[0] for line in gone for m in COURSE.finditer(PAGE, *line)}
    assert len(withdrawn) == 1  # one course: its entry, its sittings, its classes
    code = next(iter(withdrawn))
    for item in items(PAGE):
        whole = code in PAGE[slice(*head_line(PAGE, item))]
        for line in [head_line(PAGE, item), *body_lines(PAGE, item)]:
            cut = whole or code in PAGE[slice(*line)]
            assert (text_now(tracked, line) is None) == cut
    for twin in {m[0] for m in COURSE.finditer(PAGE)} - {code}:  # one figure apart: stays
        assert any(text_now(tracked, span) == twin for span in _all_spans(twin))


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_corrected_name_keeps_its_letters_and_a_late_graduand_stands_in_order(seed: int) -> None:
    tracked = _edited(graduands_revised, 1.0, seed)
    new = tracked.text
    corrected = [
        (name, right)
        for name, right in (("Amira Hadad", "Amira Haddad"), ("Tomasz Novak", "Tomasz Nowak"))
        if _widest(tracked, span_of(PAGE, name)) == right
    ]
    assert len(corrected) == 1
    name, right = corrected[0]
    assert new.count(right) == PAGE.count(right) + 1
    assert text_now(tracked, span_of(PAGE, name)) is not None  # all but a letter stays
    late = [graduand for graduand in LATE_GRADUANDS if graduand in new]
    assert len(late) == 1
    at = new.index(late[0])
    assert all(origin == -1 for origin in tracked.origin[at : at + len(late[0])])
    degree = new[new.index("Bachelor of Arts") : new.index("\n\n", new.index("Bachelor of Arts"))]
    names = [line for line in degree.split("\n")[1:] if line not in (DISTINCTION, ABSENTIA)]
    assert names == sorted(names, key=lambda n: n.split(" ", 1)[1])
    for line in (DISTINCTION, ABSENTIA, "Kateri Redcorn"):
        assert all(text_now(tracked, span) == line for span in _all_spans(line))


def test_a_resorted_timetable_is_in_order_and_every_sitting_moves_whole() -> None:
    modes = set()
    for seed in range(1, 9):
        tracked = _edited(timetable_resorted, 8.0, seed)
        new = tracked.text
        for line in SITTINGS:
            assert text_now(tracked, span_of(PAGE, line)) == line
        days = [day.split("\n")[1:3] for day in (DAYS[0], DAYS[1])]
        by_room = all(
            new.index(a) < new.index(b)
            for lines in days
            for a, b in [sorted(lines, key=lambda line: ROOM.search(line)[0])]  # type: ignore[index]
        )
        by_course = all(
            new.index(a) < new.index(b)
            for lines in days
            for a, b in [sorted(lines, key=lambda line: COURSE.search(line)[0])]  # type: ignore[index]
        )
        assert by_room or by_course
        modes.add((by_room, by_course))
        assert new != PAGE
    assert len(modes) >= 2


def test_times_on_the_twelve_hour_clock_keep_their_minutes() -> None:
    tracked = _edited(times_restyled, 8.0)
    new = tracked.text
    twelve = ("9.30 am", "2.00 pm", "1.30 pm", "9.00 am")
    # "14:00" as "2.00 pm" keeps only its minutes (two of five): it counts as gone
    widest = ("9.30", None, "1.30", "9.00")
    for line, time, now in zip(SITTINGS, twelve, widest, strict=True):
        clock = span_of(PAGE, line)[0] + line.index("  ") + 2
        assert _widest(tracked, (clock, clock + 5)) == now
        assert text_now(tracked, (clock + 3, clock + 5)) == PAGE[clock + 3 : clock + 5]
        assert line.replace(PAGE[clock : clock + 5], time) in new


@pytest.mark.parametrize("seed", range(1, 4))
def test_converted_sundanese_digits_keep_the_letters(seed: int) -> None:
    tracked = _edited(sundanese_digits_converted, 8.0, seed)
    western = str.maketrans(SUNDANESE_DIGITS, "0123456789")
    for line in (SUNDANESE_NUMBERED, SUNDANESE_PLAIN):
        now = _widest(tracked, span_of(PAGE, line))
        assert now is not None
        assert now != line
        assert now.translate(western) == line.translate(western)
    indonesian = SUNDANESE_LINES[0][1]
    assert text_now(tracked, span_of(PAGE, indonesian)) == indonesian


def _plain_osage(words: str) -> str:
    """Osage in small letters without the acute and the macron (one spelling of what a
    reader reads)."""
    folded = "".join(
        chr(ord(c) + 0x28) if 0x104B0 <= ord(c) <= 0x104D3 else c
        for c in words
        if c not in (ACUTE, MACRON)
    )
    return folded


def test_respelt_osage_keeps_its_letters() -> None:
    dropped = set()
    for seed in range(1, 7):
        tracked = _edited(osage_respelt_one_side, 8.0, seed)
        for line in (OSAGE_LINES[0][0], OSAGE_LINES[3][0], OSAGE_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert _plain_osage(now) == _plain_osage(line)
            assert unicodedata.is_normalized("NFC", now)
        dropped.add(ACUTE not in tracked.text)
        assert MIDDLE_DOT in tracked.text
        english = OSAGE_LINES[0][1]
        assert text_now(tracked, span_of(PAGE, english)) == english
    assert dropped == {True, False}


@pytest.mark.parametrize("seed", range(1, 6))
def test_an_updated_edition_and_the_ebook_lines(seed: int) -> None:
    tracked = _edited(editions_updated, 1.0, seed)
    new = tracked.text
    editions = ("2nd edn, 2019", "3rd edn, 2002")
    now = [_widest(tracked, span_of(PAGE, edition)) for edition in editions]
    updated = [(old, n) for old, n in zip(editions, now, strict=True) if n != old]
    assert len(updated) == 1
    old, now_there = updated[0]
    assert now_there is not None
    widest = now_there.split("\n")[0]  # an e-book line typed after it may be taken in
    number, year = int(old[0]) + 1, int(old[-4:])
    assert widest[0] == str(number)
    assert int(widest[-4:]) in (year + 1, year + 2)
    publisher = "London: Collins" if old.startswith("2nd") else "London: Penguin"
    assert text_now(tracked, span_of(PAGE, publisher)) == publisher
    assert text_now(tracked, span_of(PAGE, EBOOK)) is None  # taken from Braudel
    at = new.index(EBOOK)  # added under Elliott
    assert new.index("Elliott") < at
    assert all(origin == -1 for origin in tracked.origin[at : at + len(EBOOK)])


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


def test_pruned_duplicates_keep_the_first_copy() -> None:
    for seed in range(1, 6):
        tracked = _edited(stock_lines_pruned, 8.0, seed)
        for words in (SEATED, CREDIT_LINE):
            first = span_of(PAGE, words + "\n")
            assert text_now(tracked, (first[0], first[1] - 1)) == words
        assert len(tracked.text) < len(PAGE)


def test_the_house_style_keeps_what_its_respellings_share() -> None:
    tracked = TrackedText(PAGE)
    house_style_set(tracked, (0, len(PAGE)))
    new = tracked.text
    assert "e-book" not in new
    assert "Available as an ebook" in new
    assert new.count("Prerequisite: None") == PAGE.count(NO_PREREQUISITE)
    assert "Assessed by course work" in new
    assert "seated fifteen minutes" in new
    assert "‘The Mediterranean’" not in new
    assert "'The Mediterranean'" in new
    assert text_now(tracked, span_of(PAGE, EBOOK)) == "Available as an ebook"
    assert text_now(tracked, span_of(PAGE, DISTINCTION)) == "with distinction"
    assert text_now(tracked, span_of(PAGE, "The Mediterranean")) == "The Mediterranean"
    assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])
    edited = _edited(copy_edited, 8.0)
    assert edited.text != PAGE
    assert_consistent(edited, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH39_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = (SEATED, CANDIDATE_NUMBER, "Mon 8 June  09:30  Hall B", "HIST 2104", "HIST 2105")
        more = (NO_PREREQUISITE, COURSEWORK, "Tomasz Novak", DISTINCTION, "2nd edn, 2019", EBOOK)
        scripts = (ACUTE, SUNDANESE_DIGITS[1], PAMAAEH, OSAGE_LINES[0][0], "\u2019")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_bilingual_notices_use_the_osage_and_sundanese_marks() -> None:
    osage = KINDS[6](random.Random(FRESH39_SEEDS[6]))
    assert all(mark in osage for mark in (ACUTE, MACRON, MIDDLE_DOT))
    assert any(0x104B0 <= ord(c) <= 0x104D3 for c in osage)  # capitals
    assert any(0x104D8 <= ord(c) <= 0x104FB for c in osage)  # small letters
    sundanese = KINDS[7](random.Random(FRESH39_SEEDS[7]))
    assert PAMAAEH in sundanese
    assert any(c in sundanese for c in SUNDANESE_DIGITS)
    assert re.search("[ᮀ-ᮿ] 2104", sundanese)  # Western digits on other lines


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH39_SEEDS, fresh39_text, fresh39_spans)


@pytest.mark.parametrize("name", list(FRESH39_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH39_FAMILIES[name], FRESH39_SEEDS, fresh39_text, fresh39_spans, no_blank_runs=True
    )
