"""More thirty-third-round fresh texts (no test here): a reading room's opening hours and
closures notice, a conservation studio's treatment log, a Telugu/English notice from a district
library and a Lao/English notice from a provincial museum.
"""

from __future__ import annotations

import datetime
import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh31_more_texts import _bilingual_item
from tests.benchmarks.reanchor_fresh33_kit import (
    LAO_DIGITS,
    LAO_LINES,
    LAO_THANKS,
    STOCK,
    STOCKTAKING,
    TELUGU_DIGITS,
    WEEKDAYS,
    lao_segmented,
    native_digits,
)

# -- a reading room's opening hours and closures notice -------------------------------------------

FIRST_MONDAY = datetime.date(2023, 3, 6)
#: Rooms, their usual hours and what closes early; times one digit apart from room to room.
ROOMS = {
    "Manuscripts reading room": ("09:30–17:00", "Manuscripts desk closes 16:15"),
    "Printed books reading room": ("09:30–19:00", "Last orders 18:15"),
    "Maps and plans room": ("10:00–16:00", "Map desk closes 15:45"),
    "Rare books room": ("09:30–16:00", "Rare books desk closes 15:15"),
}
DEADLINE = "Orders for Saturday must reach the desk by 16:00 on Friday."


def day_line(day: datetime.date, hours: str, closing: str) -> str:
    """A day's line: "Tue 14 March  09:30–17:00  Manuscripts desk closes 16:15"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {day:%B}  {hours}  {closing}"


def _hours_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    rooms = list(ROOMS)
    if index >= len(rooms):
        return []
    room = rooms[index]
    monday = FIRST_MONDAY + datetime.timedelta(weeks=int(section.split()[1]) - 1)
    hours, closing = ROOMS[room]
    lines = [f"{room} · week {section.split()[1]} · staffed by the reader services team"]
    for offset in sorted(rng.sample(range(6), rng.randint(2, 4))):
        day = monday + datetime.timedelta(days=offset)
        if rng.random() < 0.15:
            lines.append(f"{WEEKDAYS[day.weekday()]} {day.day} {day:%B}  {STOCKTAKING}")
            continue
        early = hours.replace("17:00", "16:00") if offset == 5 else hours
        lines.append(day_line(day, early if rng.random() < 0.8 else hours, closing))
    return [*lines, DEADLINE] if index == 0 or rng.random() < 0.3 else lines


def hours_notice(rng: random.Random) -> str:
    """A reading room's opening hours and closures: a line a day ("Tue 14 March  09:30–17:00
    Manuscripts desk closes 16:15"), "Closed for stocktaking" repeating, times one digit apart,
    the same ordering deadline under each week."""
    platform = Platform(
        title="Reading rooms — opening hours and closures, spring 2023",
        subtitle=f"Reader services · City Archives and Library{NBSP}🕰",
        lead=wrap(
            rng,
            (
                "Hours for each room, week by week. Rooms close for stocktaking twice a term; "
                f"documents cannot be produced on those days. {DEADLINE}"
            ),
            72,
        ),
        sections=tuple(
            f"Week {n} — from {FIRST_MONDAY + datetime.timedelta(weeks=n - 1):%-d %B}"
            for n in range(1, 7)
        ),
        notes=("Lockers are free; bags stay in them.", "Pencils only in every room."),
        item=_hours_item,
        footer=(f"{STOCKTAKING} days are fixed a term ahead.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- a conservation studio's treatment log --------------------------------------------------------

SHELFMARKS = ("MS 214", "MS 241", "MS 214", "MS 412", "MS 142")
FOLIOS = ("f. 12r", "f. 12v", "f. 21r", "f. 3r", "f. 3v", "f. 112r")
TREATMENTS = (
    "surface cleaned with soft brush",
    "surface cleaned with soft brush",
    "surface cleaned with smoke sponge",
    "tear repaired with Japanese tissue",
    "tear repaired with Japanese tissue and wheat starch paste",
    "humidified and flattened under weight",
    "flaking ink consolidated with 2 % gelatine",
)
CONSERVATORS = ("A. Okafor", "A. Okafor", "H. Lindqvist", "P. Moreau")
LOG_NOTES = (
    "Readings from the bench logger.",
    "Readings from the bench logger.",
    "Photographed before and after treatment.",
    "Returned to the strongroom in a new folder.",
)
LOG_MONTHS = ("February", "March", "April", "May", "June", "July")


def _treatment_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    month = LOG_MONTHS.index(section.split()[0]) + 2
    first = 1 + 6 * index
    lines = [
        f"Week of {first:02}/{month:02} · bench {rng.randint(1, 3)} · {rng.choice(CONSERVATORS)}"
    ]
    for day in sorted(rng.sample(range(first, first + 5), rng.randint(2, 3))):
        for _ in range(1 if rng.random() < 0.7 else 2):
            lines.append(
                f"{day:02}/{month:02}  {rng.choice(SHELFMARKS)} {rng.choice(FOLIOS)}  "
                f"{rng.choice(TREATMENTS)}  RH {rng.choice((48, 48, 49, 52))} %  "
                f"{rng.choice((18, 18, 19, 17))} °C"
            )
    return [*lines, rng.choice(LOG_NOTES)]


def treatment_log(rng: random.Random) -> str:
    """A conservation studio's treatment log: dated lines ("03/02  MS 214 f. 12r  surface
    cleaned with soft brush  RH 48 %  18 °C"), the same treatment words across folios,
    shelfmarks one character apart ("MS 214" and "MS 241", "f. 12r" and "f. 12v")."""
    platform = Platform(
        title="Conservation studio — treatment log, manuscripts 2026",
        subtitle=f"Kept at the bench for the collections audit{NBSP}🖌",
        lead=wrap(
            rng,
            (
                "Every treatment is logged on the day with the folio, what was done and the "
                "room’s relative humidity and temperature at the start of the work."
            ),
            72,
        ),
        sections=tuple(f"{month} 2026" for month in LOG_MONTHS),
        notes=("Logger calibrated in January.", "Materials are from the approved list."),
        item=_treatment_item,
        footer=("The log is audited every year.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- a Telugu/English notice from a district library ----------------------------------------------

#: Telugu lines (Western digits; some are written with Telugu ones) and their English.
TELUGU_LINES = (
    ("గ్రంథాలయం ఉదయం 9 గంటలకు తెరుచుకుంటుంది.", "The library opens at 9 in the morning."),
    ("పుస్తకాలను 14 రోజుల్లో తిరిగి ఇవ్వాలి.", "Books must be returned within 14 days."),
    ("ఆదివారం గ్రంథాలయం మూసి ఉంటుంది.", "The library is closed on Sunday."),
    ("సభ్యత్వ రుసుము సంవత్సరానికి 50 రూపాయలు.", "Membership is 50 rupees a year."),
    ("పాఠకుల గది సాయంత్రం 6 గంటల వరకు తెరిచి ఉంటుంది.", "The reading room is open until 6 pm."),
    ("కొత్త పుస్తకాల జాబితా నోటీసు బోర్డులో ఉంది.", "The new books list is on the board."),
    ("మరిన్ని వివరాలకు 08554 245117 కు ఫోన్ చేయండి.", "For more, call 08554 245117."),
)
TELUGU_THANKS = "ధన్యవాదాలు."


def _telugu_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, TELUGU_LINES, "Anantapur", TELUGU_THANKS, earlier)
    if rng.random() < 0.5:
        lines[1] = native_digits(lines[1], TELUGU_DIGITS)
    return lines


def telugu_notice(rng: random.Random) -> str:
    """A district library's notice in Telugu and English: the script with its conjuncts (the
    virama) and vowel signs, Telugu digits on some lines and Western digits on others,
    English lines between."""
    platform = Platform(
        title="Reader notices — District Central Library, Anantapur",
        subtitle=f"పాఠకులకు సూచన · June 2026{NBSP}📖",
        lead=wrap(
            rng,
            (
                "Notices are given in Telugu and English. Some are typed with Telugu digits; "
                "the Telugu text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Opening hours", "Lending", "Membership", "Reading room", "New books"),
        notes=("Posted at the library’s door.", "Translated by the library’s clerk."),
        item=_telugu_item,
        footer=("Published on the library’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Lao/English notice from a provincial museum ------------------------------------------------


def _lao_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    lines = _bilingual_item(rng, LAO_LINES, "Luang Prabang", LAO_THANKS, earlier)
    if rng.random() < 0.3:  # typed through a word-breaking tool
        lines[1] = lao_segmented(lines[1])
    if rng.random() < 0.5:
        lines[1] = native_digits(lines[1], LAO_DIGITS)
    return lines


def lao_notice(rng: random.Random) -> str:
    """A provincial museum's notice in Lao (no spaces between words, spaces between phrases,
    tone marks and vowel signs above and below, Lao digits on some lines and Western on
    others) and English, English lines between."""
    platform = Platform(
        title="Visitor notices — Luang Prabang provincial museum",
        subtitle=f"ແຈ້ງການ · July 2026{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "Notices are given in Lao and English. Some lines are typed with Lao digits; "
                "the Lao text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Opening hours", "Closures", "Tickets", "In the galleries", "Collections"),
        notes=("Posted at the museum’s gate.", "Translated by the museum’s guide."),
        item=_lao_item,
        footer=("Published on the museum’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
