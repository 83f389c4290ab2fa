"""Twenty-seventh-round fresh re-anchoring texts (no test here): a humanitarian situation report,
an outbreak bulletin, a travel disruption page and a school closures list, each a full page
as a public service's site exports it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh27_kit import STOCK
from tests.benchmarks.reanchor_fresh27_more_texts import (
    balinese_notice,
    departures_board,
    nko_notice,
    outage_page,
)

NO_CHANGE = "No change since the last report."

# -- a humanitarian situation report --------------------------------------------------------------

#: Key figures as the summary gives them; the body repeats them word for word.
KEY_FIGURES = (
    "12,400 people displaced",
    "1,920 households without safe water",
    "4,300 people in 38 collective shelters",
    "2,150 children out of school",
)
SECTORS = {
    "Shelter": (
        "4,300 people in 38 collective shelters",
        "Shelters are at 92 per cent of capacity; two more schools opened as shelters.",
        "Partners distributed 640 tarpaulins and 1,100 blankets.",
    ),
    "Health": (
        "Three health posts were damaged; mobile clinics cover the two worst affected wards.",
        "Suspected cholera cases: 14, up from 9 in Situation Report No. 6.",
        "Measles vaccination resumed at the Riverside stadium site.",
    ),
    "Water and sanitation": (
        "1,920 households without safe water",
        "Water trucking reaches 61 per cent of the target; 24 latrines were built.",
        "Chlorination of wells continues in North Riverside.",
    ),
    "Education": (
        "2,150 children out of school",
        "Temporary learning spaces opened in 11 of the 38 shelters.",
    ),
    "Logistics": (
        "The bridge at Millbrook is closed to trucks over 7.5 tonnes.",
        "Fuel stocks cover 5 days at the current rate - rationing is in force.",
    ),
}


def _sitrep_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Key figures":
        if index >= len(KEY_FIGURES):
            return []
        return [f"Key figure · {index + 1}", KEY_FIGURES[index], "Source: cluster leads"]
    lines = [f"{section} · {index + 1}", rng.choice(("Gaps: fuel.", "Gaps: none.", "Gaps: none."))]
    if rng.random() < 0.35:
        return [*lines, NO_CHANGE]
    lines += rng.sample(SECTORS[section], min(len(SECTORS[section]), rng.randint(1, 2)))
    if rng.random() < 0.3:
        lines.append(NO_CHANGE)
    return lines


def situation_report(rng: random.Random) -> str:
    """A situation report: its number and "As of" time, key figures in the summary and the
    body, sectors with "No change since the last report." under several."""
    platform = Platform(
        title="Riverside floods — Situation Report No. 7",
        subtitle=f"As of 06:00 local time · Riverside Emergency Cell{NBSP}🆘",
        lead=wrap(
            rng,
            (
                f"Situation Report No. 7 covers the 24 hours to 06:00. {KEY_FIGURES[0]}; "
                f"{KEY_FIGURES[1]}; {KEY_FIGURES[2]}. The next report follows at 18:00."
            ),
            72,
        ),
        sections=("Key figures", *SECTORS),
        notes=("Figures are as of 06:00 local time.", "Sources: cluster leads and partners."),
        item=_sitrep_item,
        footer=("Situation Report No. 7 replaces all earlier reports.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a public-health outbreak bulletin ------------------------------------------------------------

DISTRICTS = (
    "North Riverside",
    "South Riverside",
    "Riverside Central",
    "Millbrook",
    "Millbrook East",
    "Northgate",
    "Hillside",
    "Hillside North",
)


def _case_rows(rng: random.Random, first: int) -> list[str]:
    total = 160 - 9 * first + rng.randint(0, 1)
    rows = []
    for place in range(first, first + 4):
        district = DISTRICTS[(place * 3 + rng.randint(0, 1)) % len(DISTRICTS)]
        new = max(0, total // 12 + rng.choice((-1, 0, 1)))
        rows.append(f"{district} — New cases {new} · Total {total} · Deaths {total // 70}")
        total -= rng.choice((1, 1, 2, 7))
    return rows


def _bulletin_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Cases by district":
        first = 4 * index
        if first > 14:
            return []
        head = f"Table · part {index + 1}"
        return [head, "District — New cases · Total · Deaths", *_case_rows(rng, first)]
    if section == "Deaths":
        return [f"Deaths · week {12 + index}", "Case fatality: 1.4 per cent.", NO_CHANGE]
    if section == "Laboratory":
        share = rng.choice((62, 63, 71))
        return [
            f"Samples · batch {index + 1}",
            f"{share} per cent of samples tested positive.",
            rng.choice(("Trend: rising", "Trend: stable")),
        ]
    return [
        f"{section} · {index + 1}",
        rng.choice(
            (
                "Oral rehydration points opened in South Riverside and Riverside Central.",
                "Boil water before drinking - the advice stands for all districts.",
                '"Wash your hands with soap," say the radio spots in three languages.',
            )
        ),
        rng.choice((NO_CHANGE, "Next update on Friday.")),
        rng.choice(("Trend: rising", "Trend: stable")),
    ]


def outbreak_bulletin(rng: random.Random) -> str:
    """An outbreak bulletin: a table of cases by district (rows a case apart, districts that
    share words), deaths, laboratory figures, response."""
    platform = Platform(
        title="Cholera outbreak bulletin — week 14",
        subtitle=f"As of 06:00 local time · Riverside Public Health{NBSP}🦠",
        lead=wrap(
            rng,
            (
                "Total cases rose to 1,212 with 48 new cases this week. North Riverside and "
                "South Riverside report the most; Riverside Central is stable."
            ),
            72,
        ),
        sections=("Cases by district", "Deaths", "Laboratory", "Response", "Risk communication"),
        notes=("Figures are provisional.", "Districts are listed by total cases."),
        item=_bulletin_item,
        footer=("This bulletin is issued every Friday.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a travel disruption page ---------------------------------------------------------------------

CHECK = "Please check before you travel."
DISRUPTIONS = {
    "Rail": (
        "Trains between Riverside and Northgate are delayed by up to 20 minutes.",
        "The 14:32 to Millbrook is cancelled.",
        "Replacement buses run between Millbrook and Hillside.",
    ),
    "Roads": (
        "The A614 is closed northbound at Millbrook East.",
        "Queues of 3 miles on the ring road - allow extra time.",
    ),
    "Buses": (
        "Route 12 is diverted away from Riverside Central.",
        "Route 21 runs every 20 minutes instead of every 10.",
    ),
    "Ferries": ("Sailings at 15:00 and 16:00 are cancelled because of high winds.",),
}


def _travel_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    minutes = 16 * 60 + 50 - 45 * index - len(section) - rng.choice((0, 0, 1))
    words = DISRUPTIONS.get(section, DISRUPTIONS["Rail"])
    head = f"Update {minutes // 60:02}:{minutes % 60:02}: {rng.choice(words)}"
    lines = [head, rng.choice(("Severity: high", "Severity: low", "Severity: low"))]
    lines.append(rng.choice(("More detail to follow.", "Staff are on hand to help.", CHECK)))
    if rng.random() < 0.6:
        lines.append(CHECK)
    return lines


def travel_disruption(rng: random.Random) -> str:
    """A travel disruption page: timestamped updates newest first, a minute apart in places,
    "Please check before you travel." after many of them."""
    platform = Platform(
        title="Travel disruption — live updates",
        subtitle=f"Riverside Transport · As of 06:00, updated through the day{NBSP}🚆",
        lead=wrap(
            rng,
            (
                "Flooding is disrupting rail, road and bus travel across Riverside. Newest "
                f"updates are at the top of each section. {CHECK}"
            ),
            72,
        ),
        sections=("Rail", "Roads", "Buses", "Ferries"),
        notes=("Times are local.", "Updates are added at the top."),
        item=_travel_item,
        footer=("This page refreshes every five minutes.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a school closures list -----------------------------------------------------------------------

SCHOOLS = (
    "Hillside Academy",
    "Millbrook Infants",
    "Millbrook Primary",
    "Northgate High School",
    "Riverside Academy",
    "Riverside Primary",
    "St John's Primary",
    "St Mary's Infants",
    "St Mary's Primary",
    "St Mary's RC Primary",
    "St Mary's RC High",
    "St Peter's Primary",
    "St Peter's RC Primary",
    "The Willows Nursery",
    "Westfield Infants",
    "Westfield Primary",
)
REASONS = (
    "Reason: flooding on the access road.",
    "Reason: no heating.",
    "Reason: staff unable to travel.",
)


def _school_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    at = len(section) % 2 + index
    if at >= len(SCHOOLS):
        return []
    status = rng.choice(("Closed", "Closed", "Open", "Late opening 10:00"))
    lines = [SCHOOLS[at], f"Status: {status}"]
    if status != "Open":
        lines.append(rng.choice(REASONS))
    if rng.random() < 0.4:
        lines.append(f"Updated 07:{rng.randint(10, 15)}")
    return lines


def school_closures(rng: random.Random) -> str:
    """A school closures list: schools that share words ("St Mary's Primary", "St Mary's RC
    Primary"), in alphabetical order by area, the same status line many times."""
    platform = Platform(
        title="School closures — Thursday 12 March",
        subtitle=f"Riverside Council · As of 06:00, updated by head teachers{NBSP}🏫",
        lead=wrap(
            rng,
            (
                "Schools are listed by area in alphabetical order. A school not listed is open "
                "as usual. St Mary's Primary and St Mary's RC Primary are different schools."
            ),
            72,
        ),
        sections=("Riverside", "Northgate", "Millbrook", "Hillside", "Outlying villages"),
        notes=("Statuses are set by head teachers.", "Check again before 08:00."),
        item=_school_item,
        footer=("Parents are told by text message as well.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    situation_report,
    outbreak_bulletin,
    travel_disruption,
    school_closures,
    departures_board,
    outage_page,
    nko_notice,
    balinese_notice,
)
