"""More forty-sixth-round fresh texts (no test here): the shuttle-bus timetable, the
fire-danger notices, a New Tai Lue/Chinese notice for a forest-temple festival and a
Newa/Nepali notice for a trekking-permit office.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh46_kit import (
    NEWA_LINES,
    NEWA_THANKS,
    NO_FIRES,
    PARK,
    STOCK,
    STOPS,
    TAI_LUE_LINES,
    TAI_LUE_THANKS,
    newa,
    tai_lue,
)

# -- the shuttle timetable ------------------------------------------------------------------------

DAY_TYPES = (
    "Weekdays from 4 May",
    "Saturdays",
    "Sundays and holidays",
    "Summer evenings, July and August",
    "Festival weekend, 16 and 17 May",
)
#: First departures of the runs: one figure apart ("08:10" and "09:10").
FIRST_DEPARTURES = ("07:10", "08:10", "09:10", "10:40", "12:10", "13:10", "15:40", "16:40")
#: Minutes from the visitor centre to each stop.
MINUTES = (0, 15, 25, 40, 55)
UNDER_RUNS = (
    "Bikes carried on this run",
    "Bikes carried on this run",
    "Request stop at the campsite gate",
)


def _clock(hours: int, minutes: int) -> str:
    """A time of day from hours and minutes (minutes may run past 60)."""
    total = hours * 60 + minutes
    return f"{total // 60 % 24:02}:{total % 60:02}"


def _shuttle_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(FIRST_DEPARTURES):
        return []
    first = FIRST_DEPARTURES[index]
    hours, minutes = int(first[:2]), int(first[3:])
    stops = len(STOPS) if rng.random() < 0.5 else 4
    lines = [f"Run {index + 1} · Valley line"]
    lines += [f"{_clock(hours, minutes + MINUTES[at])}  {STOPS[at]}" for at in range(stops)]
    if rng.random() < 0.4:
        lines.append(rng.choice(UNDER_RUNS))
    return lines


def shuttle_timetable(rng: random.Random) -> str:
    """The shuttle-bus timetable by day type: one line a stop ("08:10  Visitor centre"), the
    same stops for every run, runs an hour apart so their times are one figure apart."""
    platform = Platform(
        title=f"Shuttle bus — {PARK}, summer 2026",
        subtitle=f"Valley line from the visitor centre to the col{NBSP}🚌",
        lead=wrap(
            rng,
            (
                "Private cars may not drive beyond the Pinewood car park from May to October. "
                "The shuttle calls at every stop on the way up and on request on the way "
                "down; the last run back leaves the col hut at six."
            ),
            72,
        ),
        sections=DAY_TYPES,
        notes=("Departure times at each stop.",),
        item=_shuttle_item,
        footer=("Tickets from the driver, cash or card.", STOCK),
        least_sections=4,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the fire-danger notices ----------------------------------------------------------------------

ZONES = (
    "Zone A — Pinar valley floor",
    "Zone B — Pine forest",
    "Zone C — Lake district",
    "Zone D — High col",
    "Zone E — Waterfalls",
    "Zone F — Campsite and car parks",
)
#: Notice numbers one figure apart ("FD-0512" and "FD-0521").
NUMBERS = tuple(
    dict.fromkeys(
        number
        for first in range(512, 540)
        if first % 10 != first // 10 % 10
        for number in (first, first // 100 * 100 + first % 10 * 10 + first // 10 % 10)
    )
)
UNTIL = ("until 10 May", "until 17 May", "until 24 May", "until 10 May")
LEVELS = (
    "Fire danger: High",
    "Fire danger: High",
    "Fire danger: Very high",
    "Fire danger: Moderate",
)
RULES = (
    NO_FIRES,
    NO_FIRES,
    "Stoves only at marked sites",
    "Smoking banned on all trails",
    "Report smoke on 112",
    "Barbecue areas closed",
    "Stoves only at marked sites",
)


def _fire_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 6 or len(earlier) >= len(NUMBERS):
        return []
    zone = section.split(" ")[1]
    lines = [f"FD-{NUMBERS[len(earlier)]:04} · Zone {zone} · {rng.choice(UNTIL)}"]
    lines.append(rng.choice(LEVELS))
    lines += sorted(set(rng.sample(RULES, rng.randint(2, 4))), key=RULES.index)
    return lines


def fire_notices(rng: random.Random) -> str:
    """The fire-danger notices by zone: one notice an item ("FD-0512 · Zone A · until 10
    May", its level, its rules), "No open fires or barbecues" recurring word for word,
    numbers one figure apart."""
    platform = Platform(
        title=f"Fire-danger notices — {PARK}",
        subtitle=f"Posted at every trailhead and on the park’s page{NBSP}🔥",
        lead=wrap(
            rng,
            (
                "The fire service sets the danger level for each zone after the morning "
                "forecast. A notice stands until the date on it; expired notices are taken "
                "down by the rangers on their round."
            ),
            72,
        ),
        sections=ZONES,
        notes=("Notices in force, newest last.",),
        item=_fire_item,
        footer=("Barbecues in the campsite: ask at the gate.", STOCK),
        least_sections=5,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


# -- the New Tai Lue/Chinese notice ----------------------------------------------------------------

TAI_LUE_PLACES = ("Menghai", "Jinghong", "Mengla", "Menghan")
#: The notice's subtitle: "Tai Lue", as the script writes it.
TAI_LUE_NAME = tai_lue("t-aay l-ue-1")
#: The Chinese line under many notices: "Please take off your shoes before the temple".
SHOES_OFF = "进寺前请脱鞋"


def _tai_lue_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, chinese = rng.choice(TAI_LUE_LINES)
    head = f"Notice {1 + len(earlier)} · Forest temple festival · {rng.choice(TAI_LUE_PLACES)}"
    last = rng.choice((SHOES_OFF, SHOES_OFF, TAI_LUE_THANKS, "Shuttle from the park gate"))
    return [head, words, chinese, last]


def tai_lue_notice(rng: random.Random) -> str:
    """A New Tai Lue/Chinese notice for a forest-temple festival: New Tai Lue in its script
    (vowel signs before and after the consonant, finals, tone marks, its own digits), the
    procession and its twin one figure apart, places of Xishuangbanna."""
    platform = Platform(
        title="Forest temple festival — Menghai and the park’s south gate",
        subtitle=f"{TAI_LUE_NAME} · 西双版纳{NBSP}🛕",
        lead=wrap(
            rng,
            (
                "The forest temple by the south gate holds its festival in May, and the park "
                "opens the old pilgrims’ path for it. Each notice is written in New Tai Lue "
                "with Chinese under it; the times are in New Tai Lue figures."
            ),
            72,
        ),
        sections=("Programme", "Procession", "Offerings", "Reminders", "Contacts"),
        notes=("The procession leaves from the south gate.", "Spellings follow the temple school."),
        item=_tai_lue_item,
        footer=("Lost belongings: ask at the south gate.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Newa/Nepali notice --------------------------------------------------------------------

NEWA_PLACES = ("Thamel", "Bhrikutimandap", "Patan", "Bhaktapur")
#: The notice's subtitle: "Nepal Bhasa", as the script writes it.
NEWA_NAME = newa("ne.paa.la bhaa.saa")
#: The Nepali line under many notices: "Bring your passport and two photos".
PASSPORT = "राहदानी र दुई फोटो ल्याउनुहोस्"


def _newa_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, nepali = rng.choice(NEWA_LINES)
    head = f"Notice {1 + len(earlier)} · Trekking permits · {rng.choice(NEWA_PLACES)}"
    last = rng.choice((PASSPORT, PASSPORT, NEWA_THANKS, "Permits are checked at the park gate"))
    return [head, words, nepali, last]


def newa_notice(rng: random.Random) -> str:
    """A Newa/Nepali notice for a trekking-permit office: Newa in its script (vowel signs,
    virama, anusvara and candrabindu as combining marks, its own digits and danda), the
    office's opening and its twin one figure apart, places of the Kathmandu valley."""
    platform = Platform(
        title="Trekking permits — Kathmandu office of the partner parks",
        subtitle=f"{NEWA_NAME} · नेपाली{NBSP}🏔",
        lead=wrap(
            rng,
            (
                "Our partner parks in Nepal issue trekking permits through the office in "
                "Kathmandu. Each notice is written in Newa, the Prachalit script of the valley, "
                "with Nepali under it; fees are in rupees and in Newa figures."
            ),
            72,
        ),
        sections=("Office hours", "Permits", "Fees", "Reminders", "Contacts"),
        notes=("The office closes on public holidays.", "Spellings follow the Newa school."),
        item=_newa_item,
        footer=("Refunds are not given for unused permits.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
