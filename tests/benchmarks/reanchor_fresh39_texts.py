"""Thirty-ninth-round fresh re-anchoring texts (no test here): an exam timetable, a course
catalogue, a graduation ceremony's order and a results and resits notice, each a full page as
a university publishes it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh39_kit import (
    ABSENTIA,
    CANDIDATE_NUMBER,
    COURSES,
    COURSEWORK,
    CREDIT_LINE,
    DISTINCTION,
    EXAMINATION,
    GRADUANDS,
    NO_PREREQUISITE,
    ROOMS,
    SEATED,
    STOCK,
    WEEKDAYS,
)
from tests.benchmarks.reanchor_fresh39_more_texts import (
    osage_notice,
    prize_list,
    reading_list,
    sundanese_notice,
)

TIMES = ("09:00", "09:30", "13:30", "14:00", "14:30")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
#: Weeks of the exam period: a heading and the date of its Monday (June, then July).
WEEKS = (
    ("Week 1: 8 to 12 June", 8, "June"),
    ("Week 2: 15 to 19 June", 15, "June"),
    ("Week 3: 22 to 26 June", 22, "June"),
    ("Week 4: 29 June to 3 July", 29, "June"),
    ("Resit week: 24 to 28 August", 24, "August"),
)


def _date(week: int, day: int) -> tuple[int, str]:
    """The day of the month and the month of a week's ``day``-th day (0 is Monday)."""
    _, first, month = WEEKS[week]
    date = first + day
    if month == "June" and date > 30:
        return date - 30, "July"
    return date, month


def sitting(rng: random.Random, short_day: str) -> str:
    """A sitting line: "Mon 8 June  09:30  Hall B  HIST 2104 Paper 2"."""
    code, _ = rng.choice(COURSES)
    paper = rng.choice(("Paper 1", "Paper 2", "Paper 2"))
    return f"{short_day}  {rng.choice(TIMES)}  {rng.choice(ROOMS)}  {code} {paper}"


# -- the exam timetable ---------------------------------------------------------------------------


def _day_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    week = next(i for i, (name, _, _) in enumerate(WEEKS) if name == section)
    date, month = _date(week, index)
    short_day = f"{WEEKDAYS[index]} {date} {month}"
    lines = [f"{DAY_NAMES[index]} {date} {month}"]
    lines += [sitting(rng, short_day) for _ in range(rng.randint(1, 4))]
    lines += [SEATED, CANDIDATE_NUMBER]
    if rng.random() < 0.2:
        lines.insert(-2, "Calculators of an approved model only")
    return lines


def exam_timetable(rng: random.Random) -> str:
    """The summer exam timetable by week and day: one line a sitting ("Mon 8 June  09:30  Hall
    B  HIST 2104 Paper 2"), rooms and times one figure apart, and "Candidates must be seated 15
    minutes before the start" and "Bring your candidate number" under every day."""
    platform = Platform(
        title="Examination timetable — Westbrook University, summer 2026",
        subtitle=f"Main exam period and resits, as published by the Registry{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "Sittings are listed by day. Check your room on the morning of the exam: "
                "Room 2.14 and Room 2.15 are next to each other on the second floor of the "
                "Library, and Hall A to Hall C are in the Examination Halls’ building."
            ),
            72,
        ),
        sections=tuple(name for name, _, _ in WEEKS),
        notes=("All times are local. Sittings last two hours unless stated.",),
        item=_day_item,
        footer=("Clashes must be reported to the Registry by 1 May.", STOCK),
        least_sections=4,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the course catalogue -------------------------------------------------------------------------

DEPARTMENTS = (
    ("History", "HIST"),
    ("Mathematics", "MATH"),
    ("Linguistics", "LING"),
    ("Music", "MUSC"),
    ("Geography", "GEOG"),
)
DESCRIPTIONS = (
    "Lectures and weekly seminars.",
    "Two lectures a week and a fortnightly tutorial.",
    "Taught in small groups with a field trip.",
    "Taught in the second half of the year.",
)


def _course_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    prefix = dict(DEPARTMENTS)[section]
    own = [course for course in COURSES if course[0].startswith(prefix)] or list(COURSES)
    code, title = own[index % len(own)]
    if index >= len(own):  # a further course of the department, one figure on
        code = f"{code[:-1]}{(int(code[-1]) + index) % 10}"
        title = f"{title}: Further Topics"
    prerequisite = NO_PREREQUISITE
    if rng.random() < 0.4:
        prerequisite = f"Prerequisite: {rng.choice(COURSES)[0]}"
    return [
        f"{code}  {title}",
        CREDIT_LINE,
        prerequisite,
        rng.choice((COURSEWORK, COURSEWORK, f"{EXAMINATION} (Paper 2)")),
        rng.choice(DESCRIPTIONS),
    ]


def course_catalogue(rng: random.Random) -> str:
    """The undergraduate course catalogue by department: codes one figure apart ("HIST 2104",
    "HIST 2105"), "Prerequisite: none", "Assessed by coursework" and the same credit line
    under many courses."""
    platform = Platform(
        title="Course catalogue — Westbrook University, 2026–27",
        subtitle=f"Undergraduate courses open to enrolment{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "Courses are listed by department. A course’s first figure is its level: HIST "
                "2104 is a second-year course. Enrolment opens on 1 September and closes two "
                "weeks into the first semester."
            ),
            72,
        ),
        sections=tuple(name for name, _ in DEPARTMENTS),
        notes=("Every course is worth the credits shown.", "Enrol through the student portal."),
        item=_course_item,
        footer=("Course details may change before enrolment opens.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- the graduation ceremony's order --------------------------------------------------------------

FACULTIES = (
    "Faculty of Arts",
    "Faculty of Science",
    "Faculty of Social Sciences",
    "Faculty of Engineering",
    "School of Languages",
)
DEGREES = (
    "Bachelor of Arts with Honours in History",
    "Bachelor of Arts with Honours in Linguistics",
    "Bachelor of Science with Honours in Mathematics",
    "Bachelor of Science with Honours in Geography",
    "Master of Arts in Indonesian Studies",
    "Bachelor of Music",
)


def _degree_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 7:
        return []
    names = sorted(rng.sample(GRADUANDS, rng.randint(3, 6)), key=lambda n: n.split()[1])
    lines = [DEGREES[(FACULTIES.index(section) + index) % len(DEGREES)]]
    for name in names:
        lines.append(name)
        roll = rng.random()
        if roll < 0.35:
            lines.append(DISTINCTION)
        elif roll < 0.55:
            lines.append(ABSENTIA)
    return lines


def graduation_order(rng: random.Random) -> str:
    """The order of a graduation ceremony by faculty and degree: graduands' names one letter
    apart ("Amira Haddad", "Amira Hadad"), "with Distinction" and "in absentia" under many."""
    platform = Platform(
        title="Order of proceedings — Westbrook University graduation, 16 July 2026",
        subtitle=f"Ceremony in the Great Hall, 14:30{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "Graduands are presented by faculty and degree, in alphabetical order of "
                "surname. Names are printed as the Registry holds them; a graduand’s name "
                "marked in absentia is conferred without the graduand present."
            ),
            72,
        ),
        sections=FACULTIES,
        notes=("Presented by the Dean.", "Please hold applause to the end of each degree."),
        item=_degree_item,
        footer=("Photography is allowed from the gallery only.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


# -- results and resits ---------------------------------------------------------------------------

RESULT_PARTS = (
    "Results released",
    "Resits in August",
    "Deferred assessment",
    "Appeals",
    "Progression",
)
PROVISIONAL = "Marks are provisional until the exam board meets."


def _result_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    code, title = rng.choice(COURSES)
    resit_day = rng.choice(WEEKDAYS)
    date = 24 + WEEKDAYS.index(resit_day)
    return [
        f"{code}  {title}",
        f"Results on the student portal from {rng.choice((3, 10, 13))} July",
        f"Resit: {resit_day} {date} August  {rng.choice(('09:30', '14:00'))}  {rng.choice(ROOMS)}",
        rng.choice((PROVISIONAL, PROVISIONAL, CANDIDATE_NUMBER, COURSEWORK)),
    ]


def results_notice(rng: random.Random) -> str:
    """The results and resits notice by part: a course, its results date, its resit sitting
    ("Resit: Mon 24 August  09:30  Hall B"), and "Marks are provisional until the exam board
    meets." recurring."""
    platform = Platform(
        title="Results and resits — Westbrook University, summer 2026",
        subtitle=f"Notice to candidates from the Registry{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "Results are released course by course. A candidate who failed a course may "
                "resit it once in August; the resit is capped at the pass mark unless the "
                "exam board accepted mitigating circumstances."
            ),
            72,
        ),
        sections=RESULT_PARTS,
        notes=("Read with the assessment regulations.", "Dates are for 2026 only."),
        item=_result_item,
        footer=("Results are never given by telephone.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


KINDS = (
    exam_timetable,
    course_catalogue,
    graduation_order,
    results_notice,
    reading_list,
    prize_list,
    osage_notice,
    sundanese_notice,
)
