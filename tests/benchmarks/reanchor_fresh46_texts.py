"""Forty-sixth-round fresh re-anchoring texts (no test here): a trail-conditions list, pitch
bookings by night, a permit and fee table, a ranger duty roster and a wildlife-sightings log,
each a full page as a national park and its campsites publish it.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh46_kit import (
    CLOSED,
    MUD,
    OPEN,
    PARK,
    RANGERS,
    SPECIES,
    STOCK,
    TRAILS,
)
from tests.benchmarks.reanchor_fresh46_more_texts import (
    fire_notices,
    newa_notice,
    shuttle_timetable,
    tai_lue_notice,
)

# -- the trail-conditions list -------------------------------------------------------------------

CONDITION_DAYS = (
    "Monday 4 May, morning round",
    "Tuesday 5 May, morning round",
    "Wednesday 6 May, morning round",
    "Thursday 7 May, morning round",
    "Friday 8 May, morning round",
    "Saturday 9 May, morning round",
)
#: Each area and the trails it holds (indexes into ``TRAILS``): twins stand in one area.
AREAS = (
    ("North valley", (0, 1, 10, 11)),
    ("Lake district", (2, 3, 10)),
    ("Pine forest", (4, 5, 0)),
    ("Waterfalls", (6, 7, 2)),
    ("High col", (8, 9, 1)),
    ("Accessible paths", (3, 11, 7)),
)
#: Statuses by how often a ranger posts them.
POSTED = (OPEN, OPEN, OPEN, OPEN, CLOSED, MUD, MUD)
UNDER_TRAILS = (
    "Dogs on a lead at all times",
    "Dogs on a lead at all times",
    "Snow above 1,800 m, carry spikes",
    "Bridge at the falls under repair",
)


def trail_line(name: str, distance: str, status: str) -> str:
    """A trail's line: "Ridge Loop  7.4 km  Open"."""
    return f"{name}  {distance} km  {status}"


def _trail_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(AREAS):
        return []
    area, trails = AREAS[index]
    lines = [area]
    for at in trails:
        name, distance = TRAILS[at]
        # Most trails keep yesterday's status: the same line stands word for word day by day.
        lines.append(trail_line(name, distance, OPEN if rng.random() < 0.5 else rng.choice(POSTED)))
    if rng.random() < 0.4:
        lines.append(rng.choice(UNDER_TRAILS))
    return lines


def trail_conditions(rng: random.Random) -> str:
    """The trail-conditions list by day: one line a trail ("Ridge Loop  7.4 km  Open"),
    "Open", "Closed" and "Caution: mud" recurring word for word, distances one figure apart
    ("7.4 km", "4.7 km"), the same line day after day."""
    platform = Platform(
        title=f"Trail conditions — {PARK}",
        subtitle=f"Posted by the rangers after the morning round{NBSP}🥾",
        lead=wrap(
            rng,
            (
                "Rangers walk or check every marked trail each morning and post what they "
                "find before nine. A closed trail is closed for your safety; do not walk past "
                "the barrier. Mud means boots and poles, not trainers."
            ),
            72,
        ),
        sections=CONDITION_DAYS,
        notes=("One line a trail: its length, then its status.",),
        item=_trail_item,
        footer=("Report a fallen tree at the visitor centre.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the pitch bookings -----------------------------------------------------------------------

NIGHTS = (
    "Night of Thursday 7 May",
    "Night of Friday 8 May",
    "Night of Saturday 9 May",
    "Night of Sunday 10 May",
    "Night of Friday 15 May",
    "Night of Saturday 16 May",
)
FIELDS = ("Meadow field", "Riverside", "Pine terrace", "Tent-only glade", "Camper row")
#: Pitches one figure apart ("Pitch 14" and "Pitch 41").
PITCHES = (14, 41, 23, 32, 16, 61, 27, 72, 35, 53)
#: Guests, some one letter apart ("Berg, A." and "Borg, A.").
GUESTS = (
    "Novak, J.",
    "Berg, A.",
    "Borg, A.",
    "Keller, M.",
    "Kellner, M.",
    "Dubois, L.",
    "Rossi, P.",
    "Haas, T.",
    "Moreau, C.",
    "Ó Briain, S.",
)
PARTIES = ("2 adults", "2 adults", "1 adult", "2 adults + 2 children", "4 adults")
PAID = ("Paid", "Paid", "Paid", "Unpaid")
UNDER_BOOKINGS = (
    "Quiet hours 22:00 to 07:00",
    "Quiet hours 22:00 to 07:00",
    "Late arrivals collect the key at the gate",
)


def booking_line(pitch: int, guest: str, party: str, paid: str) -> str:
    """A booking's line: "Pitch 14  Novak, J.  2 adults  Paid"."""
    return f"Pitch {pitch}  {guest}  {party}  {paid}"


def _booking_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(FIELDS):
        return []
    lines = [FIELDS[index]]
    pitches = sorted(rng.sample(PITCHES, rng.randint(3, 5)))
    for pitch in pitches:
        # A guest staying on keeps the line word for word from one night to the next.
        lines.append(booking_line(pitch, rng.choice(GUESTS), rng.choice(PARTIES), rng.choice(PAID)))
    if rng.random() < 0.4:
        lines.append(rng.choice(UNDER_BOOKINGS))
    return list(dict.fromkeys(lines))


def pitch_bookings(rng: random.Random) -> str:
    """Campsite pitch bookings by night: one line a pitch ("Pitch 14  Novak, J.  2 adults
    Paid"), pitches one figure apart ("Pitch 14", "Pitch 41"), "Paid" and "Unpaid"
    repeated, guests one letter apart."""
    platform = Platform(
        title=f"Pitch bookings — Pinar Valley campsite, May{NBSP}2026",
        subtitle=f"The booking clerk’s list for the gate{NBSP}⛺",
        lead=wrap(
            rng,
            (
                "The gate opens at eight and closes at ten at night. Guests who have not "
                "paid pay at the gate before they drive in; the list is printed every "
                "afternoon and the clerk crosses off who has arrived."
            ),
            72,
        ),
        sections=NIGHTS,
        notes=("One line a pitch, by pitch number.",),
        item=_booking_item,
        footer=("Cancellations: call the campsite office.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the permit and fee table ------------------------------------------------------------------

PERMITS = (
    "Day permit",
    "Backcountry camping permit",
    "Fishing permit",
    "Guided walk",
    "Hut night",
    "Parking at the trailheads",
)
SEASONS = (
    "High season, 1 June to 15 September",
    "Low season, 16 September to 31 May",
    "Holidays and long weekends",
    "Groups of ten or more",
    "Winter weekends, December to March",
    "School holidays",
)
#: Fees one figure apart ("€8.50" and "€5.80"), the same concession lines under every permit.
FEE_LINES = (
    ("Adult", ("€8.50", "€5.80", "€12.50", "€15.20")),
    ("Child under 16", ("€5.80", "€4.50", "€5.40")),
    ("Student or over 65", ("€5.80", "€5.80", "€6.50")),
    ("Family (2 + 3)", ("€22.50", "€25.20", "€22.50")),
    ("Senior card holder", ("€4.50", "€5.40")),
    ("Dog on a lead", ("€2.50", "€5.20", "€2.50")),
    ("Under 6", ("€0.00", "€0.00")),
)
UNDER_FEES = (
    "Pay at the visitor centre or online",
    "Pay at the visitor centre or online",
    "Card only at the trailhead machines",
)


def _fee_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(SEASONS):
        return []
    lines = [SEASONS[index]]
    for who, amounts in FEE_LINES[: rng.randint(3, len(FEE_LINES))]:
        lines.append(f"{who}  {rng.choice(amounts)}")
    if rng.random() < 0.5:
        lines.append(rng.choice(UNDER_FEES))
    return lines


def permit_fees(rng: random.Random) -> str:
    """The permit and fee table by permit: one line a fee ("Adult  €8.50"), fees one figure
    apart ("€8.50", "€5.80"), the same concession lines ("Student or over 65  €5.80") under
    every permit and season."""
    platform = Platform(
        title=f"Permits and fees — {PARK}, 2026",
        subtitle=f"Approved by the park board on 12 March{NBSP}🎫",
        lead=wrap(
            rng,
            (
                "Every visitor over six needs a day permit; nights in the backcountry, "
                "fishing and the huts need their own. Fees go to trail repair and the "
                "ranger service, and the park board reviews them every spring."
            ),
            72,
        ),
        sections=PERMITS,
        notes=("Fees per person, in euros.",),
        item=_fee_item,
        footer=("School groups enter free on weekdays.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the ranger roster ----------------------------------------------------------------------------

ROSTER_DAYS = (
    "Monday 4 May",
    "Tuesday 5 May",
    "Wednesday 6 May",
    "Thursday 7 May",
    "Friday 8 May",
    "Saturday 9 May",
)
HUTS = (
    "Visitor centre desk",
    "Lakeside hut",
    "Col hut",
    "North valley patrol",
    "Falls footbridge",
    "Campsite gate",
    "Pinewood car park",
    "Ridge trailhead",
    "Night patrol",
)
SHIFTS = ("07:00–15:00", "15:00–23:00", "09:00–17:00")
UNDER_DUTIES = (
    "Radio on channel 2",
    "Radio on channel 2",
    "Check the fire-danger board at noon",
)


def _roster_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(HUTS):
        return []
    lines = [HUTS[index]]
    for shift in SHIFTS[: rng.randint(2, 3)]:
        lines.append(f"{shift}  {rng.choice(RANGERS)}")
    if rng.random() < 0.4:
        lines.append(rng.choice(UNDER_DUTIES))
    return lines


def ranger_roster(rng: random.Random) -> str:
    """The ranger duty roster by day: huts and posts with their shifts ("07:00–15:00  Ilse
    Varga"), rangers one letter apart ("Ilse Varga", "Ilse Vargo"), the same duty word for
    word on several days."""
    platform = Platform(
        title=f"Ranger duty roster — {PARK}",
        subtitle=f"Published by the chief ranger every Friday{NBSP}🧭",
        lead=wrap(
            rng,
            (
                "Swap a shift only with a ranger trained for the same post and tell the "
                "chief ranger before it starts. The late shift at the col hut sleeps there "
                "and radios the valley at seven."
            ),
            72,
        ),
        sections=ROSTER_DAYS,
        notes=("One line a shift.",),
        item=_roster_item,
        footer=("Sick leave goes to the chief ranger.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the wildlife-sightings log -------------------------------------------------------------------

SIGHTING_DAYS = (
    "Sightings, Monday 4 May",
    "Sightings, Tuesday 5 May",
    "Sightings, Wednesday 6 May",
    "Sightings, Thursday 7 May",
    "Sightings, Friday 8 May",
    "Sightings, Saturday 9 May",
)
SECTORS = (
    "Upper meadows · observer I. Varga",
    "Lake shore · observer T. Brenner",
    "Pine forest · observer A. Lind",
    "High col · observer P. Kool",
    "Falls gorge · observer R. Pinto",
)
#: Grid references one digit apart ("NT 4521 8830" and "NT 4521 8831").
GRIDS = (
    "NT 4521 8830",
    "NT 4521 8831",
    "NT 4512 8830",
    "NT 4620 8835",
    "NT 4620 8853",
    "NT 4702 8911",
)
#: Species by how often they are logged: "Red deer" most.
SEEN = ("Red deer", "Red deer", "Red deer", *SPECIES[1:])
COUNTS = (3, 3, 1, 2, 5, 12)
TIMES = ("06:20", "07:40", "08:40", "09:15", "11:05", "18:30", "19:30")
UNDER_SIGHTINGS = (
    "Photographs sent to the office",
    "Photographs sent to the office",
    "Herd moving towards the road",
)


def sighting_line(species: str, count: int, grid: str, time: str) -> str:
    """A sighting's line: "Red deer, 3  NT 4521 8830  07:40"."""
    return f"{species}, {count}  {grid}  {time}"


def _sighting_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(SECTORS):
        return []
    times = sorted(rng.sample(TIMES, rng.randint(3, 5)))
    lines = [SECTORS[index]]
    species = rng.choice(SEEN)
    for time in times:
        # The same animal is often logged again a little later: neighbours of one species.
        species = species if rng.random() < 0.4 else rng.choice(SEEN)
        count = 3 if species == "Red deer" and rng.random() < 0.6 else rng.choice(COUNTS)
        lines.append(sighting_line(species, count, rng.choice(GRIDS), time))
    if rng.random() < 0.35:
        lines.append(rng.choice(UNDER_SIGHTINGS))
    return lines


def sightings_log(rng: random.Random) -> str:
    """The wildlife-sightings log by day: one line a sighting ("Red deer, 3  NT 4521 8830
    07:40"), "Red deer, 3" repeated, grid references one digit apart, the same animal
    often on neighbouring lines."""
    platform = Platform(
        title=f"Wildlife sightings — {PARK}",
        subtitle=f"Logged by rangers and volunteers{NBSP}🦌",
        lead=wrap(
            rng,
            (
                "Every sighting on a patrol is logged with the grid reference where the "
                "animals stood and the time they were seen. Tracks count when they are "
                "fresh; a herd seen twice is logged twice and merged at the office."
            ),
            72,
        ),
        sections=SIGHTING_DAYS,
        notes=("One line a sighting: species, count, grid reference, time.",),
        item=_sighting_item,
        footer=("Lynx sightings go to the regional office.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


KINDS = (
    trail_conditions,
    pitch_bookings,
    permit_fees,
    ranger_roster,
    sightings_log,
    shuttle_timetable,
    fire_notices,
    tai_lue_notice,
    newa_notice,
)
