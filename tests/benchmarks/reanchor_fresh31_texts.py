"""Thirty-first-round fresh re-anchoring texts (no test here): a harbour's tide table, an inshore
waters forecast with its reissue, notices to mariners and a marina's berth list, each a full
page as the harbour office exports it, with lines that recur word for word.
"""

from __future__ import annotations

import datetime
import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh31_kit import (
    CAUTION,
    LOCAL_TIME,
    NEAP,
    SEA_STATE,
    SPRING,
    STOCK,
    VACANT,
    VISIBILITY,
    WEATHER,
    WEEKDAYS,
)
from tests.benchmarks.reanchor_fresh31_more_texts import (
    fish_auction,
    gujarati_notice,
    javanese_notice,
    lights_list,
)

# -- a harbour's tide table for a month -----------------------------------------------------------

FIRST_DAY = datetime.date(2026, 6, 1)
#: Days of the month near a spring or a neap tide.
SPRING_DAYS = (1, 2, 15, 16, 29, 30)
NEAP_DAYS = (8, 9, 22, 23)
#: The days each item of a week holds (its first, how many).
DAY_GROUPS = ((0, 2), (2, 2), (4, 3))
STREAMS = (
    (
        "Tidal stream at the bar",
        "Flood begins HW −5:30",
        "Ebb begins HW +0:45",
        "Spring rate 2.1 kn",
    ),
    ("Tidal stream at the bar", "Flood begins HW −5:30", "Ebb begins HW +0:45", "Neap rate 1.1 kn"),
    (
        "Tidal stream in the Sound",
        "Flood begins HW −5:15",
        "Ebb begins HW +0:30",
        "Spring rate 1.8 kn",
    ),
)


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02}:{minutes % 60:02}"


def tide_line(day: int) -> str:
    """A day's high and low waters: times about 49 minutes later each day, heights one tenth
    apart from day to day."""
    date = FIRST_DAY + datetime.timedelta(days=day - 1)
    high = 6 * 60 + 12 + 49 * (day - 1)
    swing = abs((day - 1) % 14 - 7)  # 7 at springs, 0 at neaps
    highs = sorted([(high % 1440, 3.8 + swing / 10), ((high + 745) % 1440, 4.0 + swing / 10)])
    lows = sorted(
        [((high - 367) % 1440, 1.7 - swing / 10), ((high + 372) % 1440, 1.6 - swing / 10)]
    )
    waters = [
        "  ".join(f"{_clock(minutes)} {height:.1f} m" for minutes, height in pair)
        for pair in (highs, lows)
    ]
    return f"{WEEKDAYS[date.weekday()]} {date.day}  HW {waters[0]}  LW {waters[1]}"


def daylight_line(day: int) -> str:
    """A day's sunrise and sunset, a minute apart from day to day."""
    date = FIRST_DAY + datetime.timedelta(days=day - 1)
    rise, sets = 5 * 60 + 2 - min(day, 21) // 3, 21 * 60 + 12 + min(day, 24) // 3
    return f"{WEEKDAYS[date.weekday()]} {date.day}  Sunrise {_clock(rise)}  Sunset {_clock(sets)}"


def _tide_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    week = int(section.split()[1])
    if index in (len(DAY_GROUPS), len(DAY_GROUPS) + 1):
        return list(STREAMS[(index - len(DAY_GROUPS) + week) % len(STREAMS)])
    if index == len(DAY_GROUPS) + 2:
        return ["Daylight", *(daylight_line(7 * (week - 1) + at) for at in range(1, 8))]
    if index > len(DAY_GROUPS) + 2:
        return []
    first, count = DAY_GROUPS[index]
    days = [7 * (week - 1) + first + at + 1 for at in range(count)]
    if count == 3 and rng.random() < 0.3:  # the office missed a day
        del days[rng.randint(1, 2)]
    lines = []
    for day in days:
        lines.append(tide_line(day))
        if day in SPRING_DAYS:
            lines.append(SPRING)
        elif day in NEAP_DAYS:
            lines.append(NEAP)
    return [*lines, LOCAL_TIME] if index == len(DAY_GROUPS) - 1 else lines


def tide_table(rng: random.Random) -> str:
    """A harbour's tide table for a month: one line a day ("Tue 14  HW 06:12 4.3 m …"), times
    and heights one digit apart from day to day, "Spring tides" and "Neap tides" notes that
    repeat, the same footnote under each week, the tidal streams at the bar."""
    weeks = tuple(
        f"Week {n} — from {FIRST_DAY + datetime.timedelta(weeks=n - 1):%-d %B}" for n in range(1, 6)
    )
    platform = Platform(
        title="Porthallow Harbour — tide table for June 2026",
        subtitle=f"Harbour Office · Porthallow{NBSP}🌊",
        lead=wrap(
            rng,
            (
                "Predicted times and heights of high and low water at Porthallow quay. "
                f"{LOCAL_TIME[2:]} Heights may differ by 0.3 m in strong winds; allow for "
                "surge in a gale."
            ),
            72,
        ),
        sections=weeks,
        notes=("Predictions by the harbour office.", "Check the board at the quay."),
        item=_tide_item,
        footer=("Reprinted each month by the harbour office.", STOCK),
        least_sections=4,
        least_items=4,
    )
    return export(rng, platform)


# -- an inshore waters forecast and its reissue ---------------------------------------------------

AREAS = (
    "Lands End to St Davids Head",
    "St Davids Head to Great Orme Head",
    "Great Orme Head to the Mull of Galloway",
    "Lyme Regis to Lands End",
    "Selsey Bill to Lyme Regis",
    "North Foreland to Selsey Bill",
    "Gibraltar Point to North Foreland",
)
WINDS = (
    "Wind: Southwest 5 to 7, occasionally gale 8 later.",
    "Wind: Southwest 5 to 7, occasionally gale 8 later.",
    "Wind: Southwest 4 to 6, occasionally 7 later.",
    "Wind: Southwest 6 to 8, occasionally gale 9 later.",
    "Wind: West 5 to 7, occasionally gale 8 later.",
    "Wind: Northwest 4 to 6.",
)
SEA_STATES = (
    SEA_STATE,
    SEA_STATE,
    "Sea state: Rough or very rough.",
    "Sea state: Slight or moderate.",
)
WEATHERS = (WEATHER, WEATHER, "Weather: Rain then squally showers.", "Weather: Showers.")
VISIBILITIES = (
    VISIBILITY,
    VISIBILITY,
    "Visibility: Moderate, occasionally poor.",
    "Visibility: Good.",
)
GALE_WARNINGS = (
    ("Gale warning issued 04:12", "Lands End to St Davids Head: Southwest gale 8 expected later."),
    ("Gale warning issued 04:12", "Lyme Regis to Lands End: Southwest gale 8 expected soon."),
    ("Strong wind warning issued 04:12", "Force 6 or more expected in all areas tonight."),
)


def _area(rng: random.Random, name: str) -> list[str]:
    return [
        name,
        rng.choice(WINDS),
        rng.choice(SEA_STATES),
        rng.choice(WEATHERS),
        rng.choice(VISIBILITIES),
    ]


def _forecast_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Gale warnings":
        return list(GALE_WARNINGS[index]) if index < len(GALE_WARNINGS) else []
    if index >= len(AREAS):
        return []
    if section.startswith("Reissued"):  # the same areas, one force or one word apart
        first = [lines for lines in earlier if lines[0] == AREAS[index]]
        if first:
            lines = list(first[0])
            line = rng.randint(1, 4)
            options = (WINDS, SEA_STATES, WEATHERS, VISIBILITIES)[line - 1]
            lines[line] = rng.choice(options)
            return lines
    return _area(rng, AREAS[index])


def inshore_forecast(rng: random.Random) -> str:
    """An inshore waters forecast and its reissue on the same page: a gale warning block at
    the top, areas as headed blocks, "Sea state: Moderate or rough." and its fellows word
    for word under several areas, one force or one word apart under others."""
    platform = Platform(
        title="Inshore waters forecast — Coastguard Maritime Safety Information",
        subtitle=f"Issued by the coastguard · 6 June 2026{NBSP}📻",
        lead=wrap(
            rng,
            (
                "Inshore waters forecast to 12 miles offshore, valid for 24 hours from 06:00. "
                f"{SEA_STATE} Winds are given on the Beaufort scale; gale warnings are "
                "broadcast on VHF channel 16 when issued."
            ),
            72,
        ),
        sections=(
            "Gale warnings",
            "Forecast issued 05:00",
            "Reissued 11:00 — amended areas",
            "Outlook for the following 24 hours",
        ),
        notes=("Broadcast on VHF and on the website.", "Times are local."),
        item=_forecast_item,
        footer=("Next forecast at 17:00.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- notices to mariners --------------------------------------------------------------------------

BUOYS = ("Manacle buoy", "Manacles buoy", "Carn Du buoy", "Carn Dhu buoy", "Gull Rock buoy")
SUBJECTS = (
    ("Wreck buoy laid", "A wreck buoy has been laid"),
    ("Dredging", "Dredging will take place"),
    ("Diving operations", "Divers will be working"),
    ("Buoy moved", "The {buoy} has been moved"),
    ("Light unlit", "The {buoy} is unlit"),
    ("Survey vessel", "A survey vessel will be working"),
    ("Works", 'A yellow buoy marked "Works" has been laid'),
)


def _position(rng: random.Random) -> str:
    minutes = rng.choice((12.34, 12.35, 12.44, 13.34, 8.56))
    east = rng.choice((8.56, 8.57, 8.66, 9.56))
    return f"50°{minutes:05.2f}'N 004°{east:05.2f}'W"


def _notice_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    number = 8 + len(earlier)
    subject, opening = rng.choice(SUBJECTS)
    buoy = rng.choice(BUOYS)
    lines = [
        f"Notice No. {number} of 2026",
        f"Porthallow — {subject.lower() if subject[0] != 'B' else subject}",
        f"{opening.format(buoy=buoy)} in position {_position(rng)}.",
    ]
    if rng.random() < 0.7:
        lines.append(CAUTION)
    if rng.random() < 0.3 and number > 9:
        lines.append(f"Cancelled: Notice No. {number - rng.randint(1, 2)} of 2026.")
    return lines


def notices_to_mariners(rng: random.Random) -> str:
    """Notices to mariners: numbered notices ("Notice No. 14 of 2026"), positions one digit
    apart, "Mariners are advised to navigate with caution." closing many, "Cancelled" lines
    under several, buoys named one letter apart."""
    platform = Platform(
        title="Local notices to mariners — Porthallow and the Manacles",
        subtitle=f"Harbour Master · June 2026{NBSP}🚢",
        lead=wrap(
            rng,
            (
                "These notices are issued by the Harbour Master and remain in force until "
                f"cancelled. {CAUTION} Positions are given to WGS84 datum."
            ),
            72,
        ),
        sections=(
            "Notices in force",
            "Temporary notices",
            "Works in the harbour",
            "Navigation aids",
            "Notices for fishing vessels",
        ),
        notes=("Issued by the Harbour Master.", "Report any hazard on VHF channel 12."),
        item=_notice_item,
        footer=("Notices are also posted at the harbour office.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a marina's berth allocation list -------------------------------------------------------------

VESSELS = (
    "Sea Holly",
    "Morning Star",
    "Morning Star II",
    "Curlew",
    "Curlew of Helford",
    "Blue Heron",
    "Blue Herron",
    "Kittiwake",
    "Spindrift",
    "Spindrift III",
    "Lowen",
    "Wild Thyme",
)
TERMS = ("Annual", "Annual", "Visitor", "Winter")
RAFTING = "Visitors may raft two deep on this finger."


def _berth_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    pontoon = section.split()[1]
    first = 5 * index + 1
    lines = [
        f"Berths {pontoon}{first} to {pontoon}{first + 4} · {rng.choice(('10', '12'))} m fingers"
    ]
    for berth in range(first, first + 5):
        if rng.random() < 0.35:
            lines.append(f"{pontoon}{berth}  {VACANT}")
        else:
            length = rng.choice((7.9, 8.8, 9.8, 9.9, 10.8))
            lines.append(
                f"{pontoon}{berth}  {rng.choice(VESSELS)}  {length:.1f} m  {rng.choice(TERMS)}"
            )
    return [*lines, RAFTING] if rng.random() < 0.4 else lines


def berth_list(rng: random.Random) -> str:
    """A marina's berth allocation list: pontoons as sections, berth lines such as "C14  Sea
    Holly  9.8 m  Annual", "Vacant" again and again, vessel names one word or one letter
    apart ("Morning Star", "Morning Star II")."""
    platform = Platform(
        title="Porthallow Marina — berth allocations 2026",
        subtitle=f"Marina Office · updated 1 June 2026{NBSP}⛵",
        lead=wrap(
            rng,
            (
                "Berths are allocated for the season from 1 April. Lengths are overall, in "
                'metres. A berth shown as "Vacant" may be let to visitors by the night; ask '
                "the marina office on VHF channel 80."
            ),
            72,
        ),
        sections=tuple(f"Pontoon {letter}" for letter in "ABCDEF"),
        notes=("Visitors berth on the outer fingers.", "Shore power on every finger."),
        item=_berth_item,
        footer=("Allocations are reviewed each quarter.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    tide_table,
    inshore_forecast,
    notices_to_mariners,
    berth_list,
    lights_list,
    fish_auction,
    gujarati_notice,
    javanese_notice,
)
