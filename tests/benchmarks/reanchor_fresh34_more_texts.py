"""More thirty-fourth-round fresh texts (no test here): a select committee's meeting schedule, a
Hansard corrections list, a Kannada/English notice from a state legislature and a
Syriac/English notice from a regional assembly.
"""

from __future__ import annotations

import datetime
import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh31_more_texts import _bilingual_item
from tests.benchmarks.reanchor_fresh33_kit import WEEKDAYS, native_digits
from tests.benchmarks.reanchor_fresh34_kit import (
    KANNADA_DIGITS,
    KANNADA_LINES,
    KANNADA_THANKS,
    PRIVATE,
    STOCK,
    SYRIAC_ABBREVIATION,
    SYRIAC_LINES,
    SYRIAC_THANKS,
    SYRIAC_WORD,
    pointed,
)

# -- a select committee's meeting schedule --------------------------------------------------------

FIRST_MONDAY = datetime.date(2026, 3, 2)
COMMITTEES = (
    ("Environment", "Ms R. Okafor"),
    ("Transport", "Mr J. Lund"),
    ("Health and Social Care", "Ms S. Hart"),
    ("Public Accounts", "Mr C. Evans"),
    ("Welsh Affairs", "Ms C. Evans"),
)
TOPICS = (
    PRIVATE,
    PRIVATE,
    "Oral evidence: water quality",
    "Oral evidence: water company finances",
    "Oral evidence: bus services outside London",
    "Consideration of draft report",
)
#: Times and rooms one figure apart.
TIMES = ("09:30", "09:30", "09:15", "10:30", "14:30", "14:00")
ROOMS = ("Room 8", "Room 8", "Room 18", "Room 5", "Room 15")


def meeting_line(day: datetime.date, time: str, room: str, topic: str) -> str:
    """A meeting's line: "Tue 17 March  09:30  Room 8  Oral evidence: water quality"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {day:%B}  {time}  {room}  {topic}"


def _schedule_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(COMMITTEES):
        return []
    name, chair = COMMITTEES[index]
    monday = FIRST_MONDAY + datetime.timedelta(weeks=int(section.split()[1]) - 1)
    lines = [f"{name} Committee · Chair: {chair}"]
    for offset in sorted(rng.sample(range(5), rng.randint(2, 3))):
        day = monday + datetime.timedelta(days=offset)
        lines.append(meeting_line(day, rng.choice(TIMES), rng.choice(ROOMS), rng.choice(TOPICS)))
    return lines


def committee_schedule(rng: random.Random) -> str:
    """A select committee's meeting schedule: a line a meeting ("Tue 17 March  09:30  Room 8
    Oral evidence: water quality"), "Private meeting" repeating, times and rooms one figure
    apart."""
    platform = Platform(
        title="Select committees — forthcoming meetings, March 2026",
        subtitle=f"Committee Office · updated daily{NBSP}🗓",
        lead=wrap(
            rng,
            (
                "Meetings of the select committees, week by week and committee by committee. "
                "Public sessions may be watched on the parliamentary website. "
                f"{PRIVATE} means the public are not admitted."
            ),
            72,
        ),
        sections=tuple(f"Week {n} — from {2 + 7 * (n - 1)} March" for n in range(1, 5)),
        notes=("Rooms are in the Palace of Westminster.", "Times may change at short notice."),
        item=_schedule_item,
        footer=("Witnesses are confirmed the week before.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a Hansard corrections list -------------------------------------------------------------------

#: What a correction puts right: the word as printed and as said.
WORDS = (
    ("fourteen", "forty"),
    ("Bristol East", "Bristol West"),
    ("Okafer", "Okafor"),
    ("2016", "2019"),
    ("sewage", "sewerage"),
    ("hon. Friend", "hon. Member"),
    ("affect", "effect"),
)
SPEAKERS = ("Ms Rose Okafor", "Ms Rose Okafor", "Mr James Lund", "Rt Hon Jess Phillips")
DEBATES = ("Water (Special Measures) Bill", "Bus services", "Oral questions: Transport")


def _corrections_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    lines = [f"{rng.choice(SPEAKERS)} · {rng.choice(DEBATES)}"]
    column = rng.choice((412, 413, 421, 142, 214))
    for _ in range(rng.randint(2, 4)):
        printed, said = rng.choice(WORDS)
        lines.append(f"Col. {column}  line {rng.randint(1, 40)}  for '{printed}' read '{said}'")
        if rng.random() < 0.3:
            column += 1
    return lines


def corrections_list(rng: random.Random) -> str:
    """A Hansard corrections list: lines "Col. 412  line 7  for 'fourteen' read 'forty'", the
    same formula on every line, columns and lines one figure apart, members' names
    repeating."""
    platform = Platform(
        title="Official Report — corrections to the daily parts, March 2026",
        subtitle=f"Hansard, House of Commons{NBSP}📝",
        lead=wrap(
            rng,
            (
                "Corrections members asked for, by volume and speaker. The bound volume "
                "carries them; the daily part online is updated the same week."
            ),
            72,
        ),
        sections=tuple(f"Volume {n}, sitting of {n - 750} March 2026" for n in range(752, 758)),
        notes=("Corrections are of words only.", "Members may not change what they meant."),
        item=_corrections_item,
        footer=("The Editor decides every correction.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a Kannada/English notice from a state legislature --------------------------------------------


def _kannada_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, KANNADA_LINES, "Bengaluru", KANNADA_THANKS, earlier)
    if rng.random() < 0.5:
        lines[1] = native_digits(lines[1], KANNADA_DIGITS)
    return lines


def kannada_notice(rng: random.Random) -> str:
    """A state legislature's notice in Kannada and English: the script with its conjuncts
    (the virama) and vowel signs, Kannada digits on some lines and Western on others, English
    lines between."""
    platform = Platform(
        title="Notices to members — Karnataka Legislative Assembly",
        subtitle=f"ಸದಸ್ಯರಿಗೆ ಸೂಚನೆ · June 2026{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "Notices are given in Kannada and English. Some are typed with Kannada digits; "
                "the Kannada text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Sittings", "Questions", "Members’ library", "Committees", "Contact"),
        notes=("Posted in the members’ lobby.", "Translated by the Assembly’s staff."),
        item=_kannada_item,
        footer=("Published on the Assembly’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Syriac/English notice from a regional assembly ---------------------------------------------


def _syriac_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, SYRIAC_LINES, "Duhok", SYRIAC_THANKS, earlier)
    if rng.random() < 0.4:  # a typist who points more words
        lines[1] = SYRIAC_WORD.sub(
            lambda m: pointed(m[0]) if rng.random() < 0.5 else m[0], lines[1]
        )
    return lines


def syriac_notice(rng: random.Random) -> str:
    """A regional assembly's notice in Classical Syriac (right to left, vowel points on some
    words and not on others, an abbreviation mark once, Western digits) and English, English
    lines between."""
    platform = Platform(
        title="Notices to members — Regional assembly, Duhok",
        subtitle=f"ܡܘܕܥܢܘܬܐ · {SYRIAC_ABBREVIATION}ܫܢ 2026{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "Notices are given in Syriac and English. Some words are typed with their "
                "vowel points; the Syriac text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Sittings", "Questions", "Library", "Notices", "Committees"),
        notes=("Posted at the assembly’s door.", "Translated by the assembly’s clerk."),
        item=_syriac_item,
        footer=("Published on the assembly’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
