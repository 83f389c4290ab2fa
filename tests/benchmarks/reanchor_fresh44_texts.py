"""Forty-fourth-round fresh re-anchoring texts (no test here): a departures and arrivals board,
a seasonal timetable, a fare table, a notice-to-airmen digest and a lost-property log, each a
full page as a small regional airport and its airlines publish it.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh44_kit import BOARDING, DELAYED, ON_TIME, RUNWAY_CLOSED, STOCK
from tests.benchmarks.reanchor_fresh44_more_texts import (
    baggage_allowances,
    duty_roster,
    hanunoo_notice,
    lost_property,
    tagbanwa_notice,
)

AIRPORT = "Sant Feliu Regional Airport"

# -- the board ----------------------------------------------------------------------------------

DAYS_OF_BOARD = ("Monday 2 March", "Tuesday 3 March", "Wednesday 4 March")
BOARD_SECTIONS = tuple(
    f"{way} — {day}" for day in DAYS_OF_BOARD for way in ("Departures", "Arrivals")
)
#: Each block of the board's hours and its flights (time, flight, place, gate): twins one figure
#: apart in the number ("KX 214", "KX 241") or one digit apart in the time ("08:40", "09:40").
DEPARTURES = (
    (
        "06:00 to 09:00",
        (
            ("06:40", "KX 214", "Port Vell", 3),
            ("07:15", "VL 308", "Madrid", 1),
            ("07:40", "KX 241", "Port Vell", 3),
            ("08:15", "VL 380", "Madrid", 2),
            ("08:40", "KX 216", "Maó", 4),
        ),
    ),
    (
        "09:00 to 12:00",
        (
            ("09:10", "KX 218", "Eivissa", 5),
            ("09:40", "KX 216", "Maó", 4),
            ("10:20", "IB 552", "Barcelona", 1),
            ("11:20", "IB 525", "Barcelona", 2),
            ("11:45", "KX 281", "Eivissa", 5),
        ),
    ),
    (
        "12:00 to 15:00",
        (
            ("12:30", "VL 318", "Alghero", 6),
            ("13:05", "KX 214", "Port Vell", 3),
            ("13:30", "VL 381", "Alghero", 6),
            ("14:05", "KX 224", "Port Vell", 3),
            ("14:50", "IB 552", "Barcelona", 1),
        ),
    ),
    (
        "15:00 to 18:00",
        (
            ("15:20", "KX 261", "Girona", 2),
            ("16:20", "KX 216", "Girona", 2),
            ("16:45", "VL 308", "Madrid", 1),
            ("17:45", "VL 380", "Madrid", 1),
            ("17:55", "KX 241", "Port Vell", 4),
        ),
    ),
    (
        "18:00 to 21:00",
        (
            ("18:40", "KX 214", "Port Vell", 3),
            ("19:10", "KX 218", "Eivissa", 5),
            ("19:40", "KX 241", "Port Vell", 3),
            ("20:10", "KX 281", "Eivissa", 5),
            ("20:45", "VL 308", "Madrid", 1),
        ),
    ),
)
ARRIVALS = (
    (
        "07:00 to 10:00",
        (
            ("07:55", "KX 215", "Port Vell", 3),
            ("08:30", "VL 309", "Madrid", 1),
            ("08:55", "KX 251", "Port Vell", 3),
            ("09:30", "VL 390", "Madrid", 2),
        ),
    ),
    (
        "10:00 to 13:00",
        (
            ("10:25", "KX 217", "Maó", 4),
            ("11:25", "KX 271", "Maó", 4),
            ("11:40", "IB 553", "Barcelona", 1),
            ("12:40", "IB 535", "Barcelona", 2),
        ),
    ),
    (
        "13:00 to 16:00",
        (
            ("13:15", "KX 219", "Eivissa", 5),
            ("14:15", "KX 291", "Eivissa", 5),
            ("14:45", "VL 319", "Alghero", 6),
            ("15:45", "VL 391", "Alghero", 6),
        ),
    ),
    (
        "16:00 to 19:00",
        (
            ("16:35", "KX 262", "Girona", 2),
            ("17:35", "KX 226", "Girona", 2),
            ("18:10", "KX 215", "Port Vell", 3),
            ("18:50", "KX 251", "Port Vell", 4),
        ),
    ),
    (
        "19:00 to 22:00",
        (
            ("19:55", "KX 215", "Port Vell", 3),
            ("20:25", "KX 219", "Eivissa", 5),
            ("20:55", "KX 251", "Port Vell", 3),
            ("21:25", "KX 291", "Eivissa", 5),
        ),
    ),
)
DEPARTURE_STATUSES = (ON_TIME, ON_TIME, ON_TIME, BOARDING, DELAYED)
ARRIVAL_STATUSES = (ON_TIME, ON_TIME, ON_TIME, DELAYED)
#: What stands under some blocks of the board.
UNDER_FLIGHTS = (
    "Check-in closes 40 minutes before departure",
    "Check-in closes 40 minutes before departure",
    "Passengers for Port Vell use the bus to the stand",
)


def flight_line(time: str, flight: str, place: str, gate: int, status: str) -> str:
    """A line of the board: "08:40  KX 214  Port Vell  Gate 3  On time"."""
    return f"{time}  {flight}  {place}  Gate {gate}  {status}"


def _board_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    arriving = section.startswith("Arrivals")
    blocks = ARRIVALS if arriving else DEPARTURES
    if index >= len(blocks):
        return []
    hours, flights = blocks[index]
    statuses = ARRIVAL_STATUSES if arriving else DEPARTURE_STATUSES
    chosen = sorted(rng.sample(range(len(flights)), rng.randint(3, len(flights))))
    lines = [hours]
    lines += [flight_line(*flights[at], rng.choice(statuses)) for at in chosen]
    if not arriving and rng.random() < 0.4:
        lines.append(rng.choice(UNDER_FLIGHTS))
    return lines


def flight_board(rng: random.Random) -> str:
    """The departures and arrivals board by day: one line a flight ("08:40  KX 214  Port
    Vell  Gate 3  On time"), "On time", "Delayed" and "Boarding" recurring word for word,
    flight numbers one figure apart and times one digit apart."""
    platform = Platform(
        title=f"Departures and arrivals — {AIRPORT}",
        subtitle=f"As shown on the screens in the terminal{NBSP}🛫",
        lead=wrap(
            rng,
            (
                "The board is copied here every evening for passengers who planned their "
                "journey from home. Times are local; a status changes as the airline tells "
                "the duty manager, so check the screens when you arrive."
            ),
            72,
        ),
        sections=BOARD_SECTIONS,
        notes=("One line a flight, by scheduled time.",),
        item=_board_item,
        footer=("Flight information: ask at the desk by gate 1.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the timetable -----------------------------------------------------------------------------

SEASONS = (
    "Winter 2026–27",
    "Christmas extra flights",
    "Spring 2027",
    "Summer 2027",
    "Autumn 2027",
    "Easter extra flights",
)
#: Each route and its flights (flight, departure, arrival), the same for every season.
ROUTES = (
    ("Sant Feliu — Port Vell", (("KX 214", "06:40", "07:55"), ("KX 241", "07:40", "08:55"))),
    ("Port Vell — Sant Feliu", (("KX 215", "08:30", "09:45"), ("KX 251", "09:30", "10:45"))),
    ("Sant Feliu — Maó", (("KX 216", "08:40", "09:35"), ("KX 261", "15:20", "16:15"))),
    ("Sant Feliu — Madrid", (("VL 308", "07:15", "08:30"), ("VL 380", "08:15", "09:30"))),
    ("Sant Feliu — Eivissa", (("KX 218", "09:10", "10:05"), ("KX 281", "11:45", "12:40"))),
    ("Sant Feliu — Alghero", (("VL 318", "12:30", "13:55"),)),
    ("Maó — Sant Feliu", (("KX 217", "10:00", "10:25"), ("KX 271", "11:00", "11:25"))),
    ("Sant Feliu — Girona", (("KX 261", "15:20", "16:15"), ("KX 216", "16:20", "17:15"))),
    ("Eivissa — Sant Feliu", (("KX 219", "12:20", "13:15"), ("KX 291", "13:20", "14:15"))),
)
#: Days of operation, Monday 1: patterns that recur.
PATTERNS = ("1.3.5.7", "1.3.5.7", "2.4.6", "1.2.3.4.5", "6.7", "1.2.3.4.5.6.7")
UNDER_ROUTES = (
    "Operated by Kestrel Air",
    "Operated by Kestrel Air",
    "Not on public holidays",
    "Connects with the ferry at Port Vell",
)


def timetable_line(flight: str, leaves: str, lands: str, days: str) -> str:
    """A timetable line: "KX 214  dep 06:40  arr 07:55  Days 1.3.5.7"."""
    return f"{flight}  dep {leaves}  arr {lands}  Days {days}"


def _timetable_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(ROUTES):
        return []
    route, flights = ROUTES[index]
    lines = [route]
    lines += [timetable_line(*flight, rng.choice(PATTERNS)) for flight in flights]
    if rng.random() < 0.6:
        lines.append(rng.choice(UNDER_ROUTES))
    return lines


def seasonal_timetable(rng: random.Random) -> str:
    """The seasonal timetable by season: the same routes for every season, one line a flight
    ("KX 214  dep 06:40  arr 07:55  Days 1.3.5.7"), the days of operation as patterns that
    recur, "Operated by Kestrel Air" under many routes."""
    platform = Platform(
        title=f"Timetable — {AIRPORT}, 2026 to 2027",
        subtitle=f"Scheduled flights of Kestrel Air, Vela and Iberia{NBSP}🗓",
        lead=wrap(
            rng,
            (
                "Days of operation are written as figures, Monday being 1, so 1.3.5.7 is "
                "Monday, Wednesday, Friday and Sunday. The airlines may change a timetable "
                "at short notice; the board on the day is what counts."
            ),
            72,
        ),
        sections=SEASONS,
        notes=("Local times; arrival times are at the other end.",),
        item=_timetable_item,
        footer=("Charter flights are not shown.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the fare table -----------------------------------------------------------------------------

FARE_ROUTES = (
    "Sant Feliu — Port Vell",
    "Sant Feliu — Maó",
    "Sant Feliu — Madrid",
    "Sant Feliu — Eivissa",
    "Sant Feliu — Alghero",
    "Sant Feliu — Girona",
)
PERIODS = (
    "Travel 2 March to 29 March",
    "Travel 30 March to 26 April",
    "Travel 27 April to 31 May",
    "Travel 1 June to 28 June",
    "Travel 29 June to 26 July",
    "Travel 27 July to 30 August",
)
#: Each fare with amounts one figure apart ("€129.00" and "€192.00").
FARES = (
    ("Economy Saver  one way", ("€129.00", "€192.00", "€129.00")),
    ("Economy Saver  return", ("€219.00", "€291.00", "€219.00")),
    ("Economy Flex  one way", ("€192.00", "€129.00", "€199.00")),
    ("Economy Flex  return", ("€349.00", "€394.00", "€349.00")),
    ("Business Flex  one way", ("€291.00", "€219.00", "€291.50")),
)
UNDER_FARES = (
    "Taxes and charges included",
    "Taxes and charges included",
    "Island residents pay 25 per cent less",
)


def _fare_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(PERIODS):
        return []
    lines = [PERIODS[index]]
    for fare, amounts in sorted(rng.sample(FARES, rng.randint(3, 5))):
        lines.append(f"{fare}  {rng.choice(amounts)}")
    if rng.random() < 0.5:
        lines.append(rng.choice(UNDER_FARES))
    return lines


def fare_table(rng: random.Random) -> str:
    """The fare table by route and period: one line a fare ("Economy Saver  one way
    €129.00"), fares one figure apart ("€129.00" and "€192.00"), the same brands under every
    route."""
    platform = Platform(
        title=f"Fares from {AIRPORT}, spring 2027",
        subtitle=f"Lowest published fares of Kestrel Air and Vela{NBSP}💶",
        lead=wrap(
            rng,
            (
                "A fare is the lowest the airline sells for the period; on busy days it may "
                "be sold out. Saver fares cannot be changed; Flex fares can, up to two hours "
                "before the flight, and include a checked bag."
            ),
            72,
        ),
        sections=FARE_ROUTES,
        notes=("Fares per adult, in euros.",),
        item=_fare_item,
        footer=("Fares for children are at the airline desks.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the NOTAM digest ---------------------------------------------------------------------------

NOTAM_PARTS = {
    "Aerodrome": (
        "E) AD HR OF OPS 0600-2300",
        "E) BIRD CONCENTRATION IN VICINITY OF AD",
        RUNWAY_CLOSED,
    ),
    "Runways": (
        RUNWAY_CLOSED,
        RUNWAY_CLOSED,
        "E) RWY 09 THR DISPLACED 150M",
        "E) RWY 27 PAPI U/S",
    ),
    "Taxiways and aprons": (
        "E) TWY B CLSD BTN TWY A AND TWY C",
        "E) APRON STANDS 4 AND 5 CLSD",
        RUNWAY_CLOSED,
    ),
    "Navigation aids": ("E) ILS RWY 27 U/S", "E) DVOR SFL U/S", "E) ILS RWY 27 GP U/S"),
    "Obstacles": ("E) CRANE 320M SE OF THR RWY 27, 45M AGL, LGT", "E) MAST 2KM N OF AD, LGT"),
    "Airspace": ("E) GLIDER ACTIVITY SFC-4500FT AMSL", RUNWAY_CLOSED),
}
Q_LINE = "Q) LECB/QMRLC/IV/NBO/A/000/999"
VALIDITIES = (
    "B) 2603022200  C) 2603090500",
    "B) 2603092200  C) 2603160500",
    "B) 2603030600  C) 2603312359",
)
UNDER_NOTAMS = (Q_LINE, Q_LINE, "F) SFC  G) 3000FT AMSL")


def _notam_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    said = NOTAM_PARTS[section]
    if index >= 7:
        return []
    number = 412 + len(earlier) + (9 if len(earlier) % 3 == 2 else 0)
    lines = [f"A{number:04}/26  LEFU  Sant Feliu"]
    if rng.random() < 0.6:
        lines.append(rng.choice(UNDER_NOTAMS))
    lines.append(said[index % len(said)])
    lines.append(rng.choice(VALIDITIES))
    return lines


def notam_digest(rng: random.Random) -> str:
    """The notice-to-airmen digest by subject: one NOTAM an item ("A0412/26  LEFU  Sant
    Feliu", coded lines), "E) RWY 09/27 CLSD 2200-0500" recurring word for word, numbers one
    figure apart."""
    platform = Platform(
        title=f"NOTAM digest — {AIRPORT} (LEFU)",
        subtitle=f"Copied from the briefing office’s summary{NBSP}📡",
        lead=wrap(
            rng,
            (
                "This digest repeats the notices to airmen in force for the aerodrome, as the "
                "briefing office sends them, for crews and ground staff. The runway closes at "
                "night while the lighting is replaced; check the full text before flight."
            ),
            72,
        ),
        sections=tuple(NOTAM_PARTS),
        notes=("Times are UTC.",),
        item=_notam_item,
        footer=("The full NOTAM text is at the briefing office.", STOCK),
        least_sections=6,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


KINDS = (
    flight_board,
    seasonal_timetable,
    fare_table,
    notam_digest,
    lost_property,
    duty_roster,
    baggage_allowances,
    tagbanwa_notice,
    hanunoo_notice,
)
