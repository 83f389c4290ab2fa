"""Thirty-ninth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh39`` prints it as "thirty-ninth fresh held-out material"). The texts are
what a school or a university publishes and revises around exams, enrolment and graduation,
each version a full page (``reanchor_fresh39_texts`` and ``reanchor_fresh39_more_texts``): an
exam timetable by week and day (one line a sitting, "Mon 8 June  09:30  Hall B  HIST 2104 Paper
2", rooms and times one figure apart, "Candidates must be seated 15 minutes before the start"
and "Bring your candidate number" word for word under every day), a course catalogue by
department (codes one figure apart, "HIST 2104" and "HIST 2105", "Prerequisite: none",
"Assessed by coursework" and the credit line recurring), a graduation ceremony's order by
faculty and degree (graduands one letter apart, "Amira Haddad" and "Amira Hadad", "with
Distinction" and "in absentia" under many), a results and resits notice (a course, its results
date, its resit sitting, "Marks are provisional until the exam board meets." recurring), a
reading list by course (editions a year apart, "Available as an e-book" repeated), a prize list
("Awarded to Amira Haddad (HIST 2104)", "£250 and a certificate" recurring), an Osage/English
notice for an Osage language course (the Osage script's capital and small letters, the combining
acute and macron, the middle dot; the course and its twin one figure apart) and a
Sundanese/Indonesian notice for a Sundanese literature course (vowel signs and the pamaaeh as
combining marks, Sundanese digits on some lines).

The families are what registrars, departments, librarians, converters and copy editors do
between two versions: sittings moved to another day or room; courses renumbered; courses
withdrawn; graduands added late and names corrected; the timetable re-sorted by room or by
course; Sundanese digits converted; Osage respelt; reading lists' editions updated (these eight
new in this round); times given on the 12-hour clock (as rounds 13 and 16 restyled clocks, here
on new texts); the page copied out of a PDF (round 35's family); duplicates pruned (round
27's family); copy edited; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Candidates must be seated …", "Bring your
candidate number", "Prerequisite: none", "with Distinction", "Available as an e-book") are each
their own passage, wherever their twins move or whichever of them is cut. A moved sitting keeps
its characters but for its day typed over (and what the old and new day share at their ends); a
room, a course code's figure, a corrected name's letter, an edition and its year, a time's hour
and colon, a Sundanese digit, an Osage letter's case and a dropped accent are typed over or cut:
the rest of the passage stays (a time whose hour is typed anew whole, "14:00" as "2.00 pm",
keeps only its minutes and so counts as gone). A withdrawn course's entry and sitting lines are
gone, though its twin one figure apart stays; a late graduand, an added "Available as an
e-book" and the house style's words are new; a removed e-book line and a pruned stock line are
gone.
"""

from __future__ import annotations

import itertools
import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import note_sentences
from tests.benchmarks.reanchor_fresh23_edits import cut, line_dropped
from tests.benchmarks.reanchor_fresh23_kit import (
    Span,
    body_lines,
    head_line,
    item_runs,
    items,
    last_line,
    notes,
    sections,
)
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh34_edits import quote_marks_flipped
from tests.benchmarks.reanchor_fresh35_edits import script_digits_switched
from tests.benchmarks.reanchor_fresh35_families import copied_out_of_a_pdf
from tests.benchmarks.reanchor_fresh38_families import _item_moved
from tests.benchmarks.reanchor_fresh39_edits import (
    edition_updated,
    graduand_inserted,
    osage_respelt,
    sitting_moved,
    times_twelve_hour,
)
from tests.benchmarks.reanchor_fresh39_kit import (
    ABSENTIA,
    CANDIDATE_NUMBER,
    CLOCK,
    CORRECTIONS,
    COURSE,
    COURSE_LINE,
    COURSEWORK,
    CREDIT_LINE,
    DISTINCTION,
    EBOOK,
    EDITION,
    GRADUAND,
    GRADUAND_LINE,
    NO_PREREQUISITE,
    OSAGE_RUN,
    OSAGE_WORD,
    ROOM,
    SEATED,
    SHORT_DAY,
    SITTING_LINE,
    SUNDANESE_DIGITS,
    SUNDANESE_NUMBERED,
    SUNDANESE_RUN,
    SUNDANESE_WORD,
)
from tests.benchmarks.reanchor_fresh39_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-ninth fresh held-out material (never used while tuning).
FRESH39_SEEDS = range(39100, 39110)
#: The room a sitting is moved to when its own is wanted for another paper.
NEXT_ROOM = {
    "Hall A": "Hall B",
    "Hall B": "Hall C",
    "Hall C": "Hall B",
    "Room 2.14": "Room 2.15",
    "Room 2.15": "Room 2.14",
    "Sports Hall": "Hall A",
}
#: Graduands whose degrees were confirmed after the order went to print.
LATE_GRADUANDS = ("Bethan Hughes", "Farid Qasim", "Yuki Tanaka", "Ana Amaral", "Joseph Pratt")
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Westbrook University — Registry notices — Page {page} of {pages}"
#: What the house style writes differently.
HOUSE_STYLE = {
    "e-book": "ebook",
    NO_PREREQUISITE: "Prerequisite: None",
    "coursework": "course work",
    "15 minutes": "fifteen minutes",
    DISTINCTION: "with distinction",
}
HOUSE_STYLED = re.compile("|".join(re.escape(words) for words in HOUSE_STYLE))


# -- sittings ------------------------------------------------------------------------------------


def _days(text: str) -> list[tuple[Span, list[Span]]]:
    """The timetable's days and each day's sitting lines."""
    found = []
    for item in items(text):
        lines = [line for line in body_lines(text, item) if SITTING_LINE.fullmatch(text, *line)]
        if lines:
            found.append((item, lines))
    return found


def _sitting_moved(tracked: TrackedText, rng: random.Random) -> None:
    """A sitting of a day with two or more moved after the last sitting of another day, its
    day typed over as that day's."""
    days = _days(tracked.text)
    sources = [lines for _, lines in days if len(lines) >= 2]
    if not sources or len(days) < 2:
        return
    source = rng.choice(sources)
    line = rng.choice(source)
    target = rng.choice([lines for _, lines in days if lines is not source])
    day = SHORT_DAY.match(tracked.text, target[-1][0])
    assert day is not None
    sitting_moved(tracked, line, target[-1][1], day[0])


def sittings_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sittings moved: in the timetable sitting lines (one, two, four) cut from their day and
    pasted under another day, their day typed over ("Mon 8 June" as "Wed 10 June"); elsewhere
    items (one, two, four) moved to the end of another section; then rooms (one, two, four)
    changed to the room next door ("Room 2.14" as "Room 2.15", "Hall B" as "Hall C")."""
    # Truth: a moved sitting keeps its time, room and paper (its day is typed); a moved item
    # keeps all its characters; a changed room keeps what the two rooms share at their ends
    # ("Room 2.1", "Hall "), its twins elsewhere stay.
    timetable = bool(_days(tracked.text))
    for _ in range(_by_rate(rate, 1, 2, 4)):
        if timetable:
            _sitting_moved(tracked, rng)
        else:
            _item_moved(tracked, rng)
    found = list(ROOM.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for room in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(room.start(), len(room[0]), NEXT_ROOM[room[0]])


# -- courses -------------------------------------------------------------------------------------


def _renumbered_code(code: str) -> str:
    """A course code with its second figure one on ("HIST 2104" as "HIST 2204")."""
    figure = int(code[-3])
    return f"{code[:-3]}{(figure + 1) % 10}{code[-2:]}"


def courses_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Courses renumbered by a department: codes (one, two, three) given a new second figure
    wherever they stand ("HIST 2104" as "HIST 2204" in the catalogue, the timetable, the
    prizes and the reading lists), their twins one figure apart left as they were."""
    # Truth: one figure of each renumbered code is typed over; the rest of every passage
    # holding it stays.
    codes = sorted({m[0] for m in COURSE.finditer(tracked.text)})
    for code in rng.sample(codes, min(len(codes), _by_rate(rate, 1, 2, 3))):
        new = _renumbered_code(code)
        for match in reversed(list(re.finditer(re.escape(code) + r"\b", tracked.text))):
            tracked.replace(match.start(), len(code), new)


def courses_withdrawn(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Courses withdrawn: a course (one, one, two) that stands in items taken out: every item
    whose head line holds its code cut, and every other item line holding it cut where the
    item keeps two lines or more; where no course stands in an item, items (one, one, two)
    cut."""
    # Truth: the withdrawn course's entries and lines are gone, with lines that have twins
    # elsewhere ("Prerequisite: none", "Bring your candidate number"); its twin one figure
    # apart and the footer's mention stay.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        found = items(text)
        codes = sorted({m[0] for item in found for m in COURSE.finditer(text, *item)})
        if len(found) < 6:
            break
        if not codes:
            cut(tracked, rng.choice(found[1:]))
            continue
        code = re.compile(re.escape(rng.choice(codes)) + r"\b")
        gone: list[tuple[Span, bool]] = []
        for item in found:
            if code.search(text, *head_line(text, item)):
                gone.append((item, True))
                continue
            lines = body_lines(text, item)
            holding = [line for line in lines if code.search(text, *line)]
            keep = len(lines) + 1 - len(holding)
            gone.extend((line, False) for line in holding if keep >= 2)
        entries = [g for g in gone if g[1]]
        if len(entries) > len(found) // 2:  # a class of a one-course notice: one withdrawn
            gone = [g for g in gone if not g[1]] + rng.sample(entries, 1)
        for span, whole in sorted(gone, reverse=True):
            (cut if whole else line_dropped)(tracked, span)


# -- graduands -----------------------------------------------------------------------------------


def graduands_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The graduation list revised: misspelt names (one, two, three) corrected by one letter
    ("Amira Hadad" as "Amira Haddad", now its twin's spelling), and graduands confirmed late
    (one, two, three) added to a degree's list in alphabetical place."""
    # Truth: a corrected name keeps all but the letter typed (or typed in); a late graduand is
    # a new line, and every other line stays.
    misspelt = [m for m in GRADUAND.finditer(tracked.text) if m[2] in CORRECTIONS]
    chosen = rng.sample(misspelt, min(len(misspelt), _by_rate(rate, 1, 2, 3)))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(match.start(2), len(match[2]), CORRECTIONS[match[2]])
    late = rng.sample(LATE_GRADUANDS, _by_rate(rate, 1, 2, 3))
    for name in late:
        text = tracked.text
        degrees = [item for item in items(text) if GRADUAND_LINE.search(text, *item)]
        if not degrees:
            break
        graduand_inserted(tracked, rng.choice(degrees), name)


# -- the timetable re-sorted ---------------------------------------------------------------------


def _sitting_key(text: str, line: Span, by_room: bool) -> str:
    """What a sitting is sorted by: its room, or its course code."""
    found = (ROOM if by_room else COURSE).search(text, *line)
    return found[0] if found else ""


def timetable_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The timetable re-sorted: every day's sittings put in order of room or, half the time,
    of course; where there is nothing so to sort (or it is sorted already), the items of
    every run put in order of their head lines (a catalogue by code, a list by title), and,
    if they were, the longest run turned round."""
    # Truth: every sorted line or item moves whole with its characters; nothing is typed.
    before = tracked.text
    by_room = rng.random() < 0.5
    for _, lines in reversed(_days(tracked.text)):
        text = tracked.text
        keys = [_sitting_key(text, line, by_room) for line in lines]
        order = sorted(range(len(lines)), key=lambda i: (keys[i], i))
        if len(lines) >= 2 and order != sorted(order):
            reorder(tracked, [(start - 1, end) for start, end in lines], order)
    if tracked.text != before:
        return
    for run in reversed(item_runs(tracked.text)):
        text = tracked.text
        keys = [text[slice(*head_line(text, item))] for item in run]
        order = sorted(range(len(run)), key=lambda i: (keys[i], i))
        if len(run) >= 2 and order != sorted(order):
            reorder(tracked, [(start - 2, end) for start, end in run], order)
    if tracked.text == before:
        run = max(item_runs(tracked.text), key=len)
        reorder(tracked, [(start - 2, end) for start, end in run], list(range(len(run)))[::-1])


# -- times, scripts ------------------------------------------------------------------------------


def times_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Times on the 12-hour clock: in one item (half, every one) holding times, each written
    "9.30 am" or "2.00 pm" for "09:30" or "14:00"."""
    # Truth: the hour's changed figures, the point and " am" or " pm" are typed; the minutes
    # and an hour's shared figure ("9" of "09", "1" of "13") keep their origin.
    _each_unit(tracked, rng, rate, CLOCK, times_twelve_hour)


def sundanese_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with numbered Sundanese (half, every one) the
    digits of its Sundanese lines written as Western digits, or, half the time, as Sundanese
    digits (the other way on a line already so)."""
    # Truth: only the digits are typed; a Sundanese clause keeps its letters and signs. The
    # Indonesian lines keep their Western digits.
    western = rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        SUNDANESE_NUMBERED,
        lambda t, unit: script_digits_switched(t, unit, SUNDANESE_RUN, SUNDANESE_DIGITS, western),
    )


def osage_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Osage on one side: in one item with Osage (half, every one) every
    word's first letter a capital or a small letter, and, half the time, the acute and the
    macron left out (a keyboard without combining marks)."""
    # Truth: a letter's case is typed over, a dropped accent is cut; a word keeps its other
    # letters and its middle dot.
    capitals, dropped = rng.random() < 0.5, rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, OSAGE_RUN, lambda t, unit: osage_respelt(t, unit, capitals, dropped)
    )


# -- reading lists -------------------------------------------------------------------------------


def editions_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Reading lists updated by the library: editions (one, two, three) put on to the next
    edition a year or two later ("2nd edn, 2019" as "3rd edn, 2021"); "Available as an e-book"
    added under entries without it (one, one, two) and taken from entries with it (one, one,
    two) whose entry keeps two lines."""
    # Truth: an edition's figure, ending and year's figures are typed over (the rest of the
    # line stays); an added e-book line is new; a taken e-book line is gone, its twins stay.
    found = list(EDITION.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3)))
    for edition in sorted(chosen, key=lambda m: m.start(), reverse=True):
        edition_updated(tracked, edition, rng.choice((1, 2)))
    text = tracked.text
    without = [
        line
        for item in items(text)
        if EDITION.search(text, *item) and EBOOK not in text[slice(*item)]
        for line in body_lines(text, item)
        if EDITION.search(text, *line)
    ]
    having = [
        line
        for item in items(text)
        if len(body_lines(text, item)) >= 2
        for line in body_lines(text, item)
        if text[slice(*line)] == EBOOK
    ]
    added = rng.sample(without, min(len(without), _by_rate(rate, 1, 1, 2)))
    taken = rng.sample(having, min(len(having), _by_rate(rate, 1, 1, 2)))
    edits = [(line, True) for line in added] + [(line, False) for line in taken]
    for line, add in sorted(edits, reverse=True):
        if add:
            tracked.replace(line[1], 0, f"\n{EBOOK}")
        else:
            line_dropped(tracked, line)


# -- copy editing, the PDF -----------------------------------------------------------------------


def house_style_set(tracked: TrackedText, span: Span) -> int:
    """The house style over ``span``: "e-book" as "ebook", "Prerequisite: None", "course
    work", "fifteen minutes", "with distinction", and single quotes flipped; how much it grew."""
    grown = replaced_all(tracked, HOUSE_STYLED, span, HOUSE_STYLE)
    quote_marks_flipped(tracked, (span[0], span[1] + grown))
    return grown


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited to the house style: in one item (half, every one) holding them, "e-book"
    as "ebook", "Prerequisite: none" as "Prerequisite: None", "coursework" as "course work",
    "15 minutes" as "fifteen minutes", "with Distinction" as "with distinction", single quotes
    flipped; and some typos."""
    # Truth: the respelt words are typed, and a respelling keeps what it shares at its ends
    # with the old spelling ("e" and "book" of "e-book", "with " of "with Distinction").
    _each_unit(tracked, rng, rate, HOUSE_STYLED, house_style_set)
    typos(tracked, rng, rate / 4)


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: long words (two, five, ten) hyphenated at a line end; at
    every page break (about every forty lines, thirty-four, twenty-eight) the page's running
    footer and the title as the next page's header typed in; "fi" and "fl" as ligatures on
    some lines (three, six, twelve); and the double spaces of some lines (four, eight,
    sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters, one across a page break with the running lines inside it.
    copied_out_of_a_pdf(tracked, rng, rate, RUNNING_FOOTER)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH39_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH39_FAMILIES: dict[str, Family] = {
    "sittings moved": sittings_moved,
    "courses renumbered": courses_renumbered,
    "courses withdrawn": courses_withdrawn,
    "graduands revised": graduands_revised,
    "timetable re-sorted": timetable_resorted,
    "times twelve-hour": times_restyled,
    "sundanese digits": sundanese_digits_converted,
    "osage respelt": osage_respelt_one_side,
    "editions updated": editions_updated,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "combined": combined,
}


def fresh39_text(seed: int, rng: random.Random) -> str:
    """An exam timetable, a course catalogue, a graduation order, a results notice, a reading
    list, a prize list, an Osage/English or a Sundanese/Indonesian notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a course code, a time, a room, a day, a graduand, an
#: edition, the recurring lines and marks.
SHORT = (
    COURSE,
    CLOCK,
    ROOM,
    SHORT_DAY,
    GRADUAND,
    EDITION,
    re.compile(re.escape(DISTINCTION)),
    re.compile(re.escape(ABSENTIA)),
    re.compile(re.escape(NO_PREREQUISITE)),
    re.compile(re.escape(EBOOK)),
    re.compile(re.escape(COURSEWORK)),
    re.compile(re.escape(CANDIDATE_NUMBER)),
    re.compile(r"£[0-9]{3}"),
    re.compile(r"\bPaper [12]\b"),
)


def _script_clauses(text: str) -> list[Span]:
    """Osage and Sundanese runs and words (up to a space), and runs of two or three words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, OSAGE_WORD) for m in OSAGE_RUN.finditer(text)),
        *((m, SUNDANESE_WORD) for m in SUNDANESE_RUN.finditer(text)),
    ]:
        if len(run[0]) < 3:
            continue
        found.append(run.span())
        words = [m.span() for m in words_of.finditer(text, *run.span())]
        found.extend(word for word in words if word[1] - word[0] >= 2)
        found.extend((a[0], b[1]) for a, b in itertools.pairwise(words))
        found.extend((a[0], c[1]) for a, _, c in zip(words, words[1:], words[2:], strict=False))
    return found


def _lines_of(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
    """Item lines that one of ``patterns`` matches whole: a sitting, a course's head line, a
    graduand, the recurring timetable lines."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh39_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a day, a course,
    a degree's list, a result, a book, a prize, a bilingual class), clauses, whole lines, the
    lines that matter most (a sitting, a course's head line, a graduand, the seating line),
    two lines of an item, section headings, one occurrence of a line the page repeats or of a
    short line that recurs ("with Distinction", "Prerequisite: none", "Available as an
    e-book") or words inside one, a line whose words stand in another item, head lines, last
    lines, something short (a code, a time, a room, a day, a name, an edition), Osage and
    Sundanese runs, words and runs of words, two items across their blank line, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once while
    pools last. (``count`` is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (
        SITTING_LINE,
        COURSE_LINE,
        GRADUAND_LINE,
        re.compile(re.escape(SEATED)),
        re.compile(re.escape(CREDIT_LINE)),
    )
    pools = [
        (0.07, found),
        (0.14, clauses_of(text, all_sentences)),
        (0.24, _trimmed(text, item_lines(text))),
        (0.29, _lines_of(text, key_lines)),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text, 36).values() for span in group]),
        (0.53, inside),
        (0.57, [words for lines in _echoed(text).values() for words in lines]),
        (0.61, [head_line(text, item) for item in found]),
        (0.65, [last_line(text, item) for item in found]),
        (0.72, [s for s in _trimmed(text, short) if s[1] - s[0] >= 2]),
        (0.80, _trimmed(text, _script_clauses(text))),
        (
            0.85,
            [(a[0], b[1]) for run in item_runs(text) for a, b in itertools.pairwise(run)],
        ),
        (0.89, [s for note in notes(text) for s in note_sentences(text, note)]),
        (0.94, _across(text)),
        (0.98, [(heading[0], under[-1][1]) for heading, under in sections(text) if under]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
