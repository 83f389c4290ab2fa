"""Forty-fifth-round fresh re-anchoring texts (no test here): a weekly programme schedule, a
playlist log, a transmitter and frequency table and an advertising rate card, each a full page
as a small community radio station publishes it.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh45_kit import REQUESTED, STATION, STOCK
from tests.benchmarks.reanchor_fresh45_more_texts import (
    lisu_notice,
    news_rundown,
    rota,
    saurashtra_notice,
    winners_list,
)

# -- the programme schedule ---------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SCHEDULE_DAYS = (*WEEKDAYS, "Saturday", "Sunday")
#: Each block of the day and its slots (slot, programme, presenter): the weekday lines recur
#: word for word on every weekday, twins one digit apart in the slot ("16:00–18:00" and
#: "17:00–18:00").
WEEKDAY_BLOCKS = (
    (
        "Early",
        (
            ("06:00–09:00", "Morning Drive", "Ana Roca"),
            ("09:00–10:00", "The Riera Today", "Joel Mas"),
        ),
    ),
    (
        "Mornings",
        (
            ("10:00–12:00", "Coffee and Records", "Iris Vell"),
            ("12:00–13:00", "Lunchtime News Hour", "Pere Soler"),
        ),
    ),
    (
        "Afternoons",
        (
            ("13:00–15:00", "Local Voices", "Laia Bosch"),
            ("15:00–16:00", "Schools on Air", "Nil Ferrer"),
        ),
    ),
    (
        "Drive time",
        (
            ("16:00–18:00", "Drive Home", "Joel Max"),
            ("17:00–18:00", "Drive Home", "Joel Max"),
            ("18:00–20:00", "Folk Roots", "Iris Vall"),
        ),
    ),
    (
        "Nights",
        (
            ("20:00–22:00", "Night Shift", "Marc Pujol"),
            ("22:00–00:00", "Late Jazz", "Pere Solet"),
            ("23:00–00:00", "Late Jazz", "Pere Solet"),
        ),
    ),
)
WEEKEND_BLOCKS = (
    (
        "Early",
        (
            ("07:00–09:00", "Weekend Breakfast", "Ana Rosa"),
            ("08:00–09:00", "Weekend Breakfast", "Ana Rosa"),
            ("09:00–11:00", "Market Day Requests", "Pere Solet"),
        ),
    ),
    (
        "Mornings",
        (
            ("11:00–13:00", "Coffee and Records", "Iris Vell"),
            ("12:00–13:00", "Lunchtime News Hour", "Pere Soler"),
        ),
    ),
    (
        "Afternoons",
        (
            ("13:00–15:00", "Sports Round-up", "Joel Mas"),
            ("15:00–17:00", "Folk Roots", "Iris Vall"),
            ("16:00–17:00", "Folk Roots", "Iris Vall"),
        ),
    ),
    (
        "Nights",
        (
            ("18:00–20:00", "Jazz at the Riera", "Marc Pujol"),
            ("20:00–22:00", "Night Shift", "Nil Ferrer"),
            ("21:00–22:00", "Night Shift", "Nil Ferrer"),
        ),
    ),
)
#: Weekday slots that stand on Friday alone, and those Friday's stand in for.
FRIDAY_ONLY = ("17:00–18:00", "22:00–00:00")
NOT_ON_FRIDAY = ("16:00–18:00", "23:00–00:00")
UNDER_SLOTS = (
    "Repeated overnight from 01:00",
    "Repeated overnight from 01:00",
    "Live from the studio on the Rambla",
)


def schedule_line(slot: str, programme: str, presenter: str) -> str:
    """A schedule line: "06:00–09:00  Morning Drive  with Ana Roca"."""
    return f"{slot}  {programme}  with {presenter}"


def _schedule_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    blocks = WEEKDAY_BLOCKS if section in WEEKDAYS else WEEKEND_BLOCKS
    if index >= len(blocks):
        return []
    name, slots = blocks[index]
    lines = [name]
    if section in WEEKDAYS:  # the weekday grid is the same every day
        friday = section == "Friday"  # Friday's drive starts an hour later, the jazz earlier
        skipped = FRIDAY_ONLY if not friday else NOT_ON_FRIDAY
        lines += [schedule_line(*slot) for slot in slots if slot[0] not in skipped]
    else:
        chosen = sorted(rng.sample(range(len(slots)), rng.randint(2, len(slots))))
        lines += [schedule_line(*slots[at]) for at in chosen]
    if rng.random() < 0.6:
        lines.append(rng.choice(UNDER_SLOTS))
    return lines


def programme_schedule(rng: random.Random) -> str:
    """The weekly programme schedule by day: one line a slot ("06:00–09:00  Morning Drive
    with Ana Roca") recurring word for word on every weekday, slots one digit apart."""
    platform = Platform(
        title=f"Programme schedule — {STATION}",
        subtitle=f"Spring season, from 2 March 2027{NBSP}📻",
        lead=wrap(
            rng,
            (
                "Every programme is made by volunteers from the valley. The weekday grid is "
                "the same from Monday to Friday; at weekends the market and the matches come "
                "first. Programmes not heard live are repeated overnight."
            ),
            72,
        ),
        sections=SCHEDULE_DAYS,
        notes=("One line a programme, by start time.",),
        item=_schedule_item,
        footer=("Programme ideas: write to the station manager.", STOCK),
        least_sections=6,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the playlist log ---------------------------------------------------------------------------

LOG_DAYS = (
    "Monday 2 March",
    "Tuesday 3 March",
    "Wednesday 4 March",
    "Thursday 5 March",
    "Friday 6 March",
    "Saturday 7 March",
)
HOURS = ("06:00 hour", "09:00 hour", "10:00 hour", "13:00 hour", "18:00 hour", "20:00 hour")
#: Tracks (title, artist, duration): the same songs recur, radio edits one figure apart from
#: the album version ("3:42" and "3:24").
TRACKS = (
    ("Mar de Fons", "Lua Nova", "3:42"),
    ("Mar de Fons", "Lua Nova", "3:24"),
    ("La Riera", "Els Pins", "4:05"),
    ("Camí de Ronda", "Clara Vidal", "2:58"),
    ("Camí de Ronda", "Clara Vidal", "2:59"),
    ("Nit de Festa", "Banda del Port", "3:15"),
    ("Cançó del Vent", "Els Pins", "3:51"),
    ("Vermell", "Lua Nova", "4:12"),
    ("Sota la Pluja", "Joana Serra", "3:33"),
)


def play_line(time: str, title: str, artist: str, duration: str) -> str:
    """A play: "09:04  Mar de Fons — Lua Nova  3:42"."""
    return f"{time}  {title} — {artist}  {duration}"


def _playlist_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(HOURS):
        return []
    hour = HOURS[index]
    lines = [hour]
    minute = rng.randint(2, 6)
    for track in rng.sample(TRACKS, rng.randint(3, 4)):
        lines.append(play_line(f"{hour[:2]}:{minute:02}", *track))
        minute += rng.randint(4, 12)
        if rng.random() < 0.15:
            lines.append(REQUESTED)
    return lines


def playlist_log(rng: random.Random) -> str:
    """The playlist log by day: one line a track ("09:04  Mar de Fons — Lua Nova  3:42"), the
    same songs and artists recurring, durations one figure apart."""
    platform = Platform(
        title=f"Playlist log — {STATION}, March 2027",
        subtitle=f"Kept for the collecting society’s returns{NBSP}🎵",
        lead=wrap(
            rng,
            (
                "Every track played on air is logged by the presenter with the time it "
                "started and its length as the automation shows it. The log goes to the "
                "collecting society every quarter, so correct it before the month ends."
            ),
            72,
        ),
        sections=LOG_DAYS,
        notes=("One line a track, by time played.",),
        item=_playlist_item,
        footer=("Missing tracks: tell the music coordinator.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the transmitters ---------------------------------------------------------------------------

REGIONS = (
    "Upper valley",
    "Lower valley",
    "Coast",
    "Plain",
    "Mountain villages",
    "Town centre",
)
#: Sites and their frequencies, one figure apart ("88.4 MHz" and "88.7 MHz"), the same sites
#: under several regions.
SITES = (
    ("Serra Alta", ("88.4 MHz  2 kW", "88.7 MHz  2 kW")),
    ("Puig Roig", ("91.2 MHz  1 kW", "92.1 MHz  1 kW")),
    ("Coll de la Creu", ("96.8 MHz  0.5 kW", "98.6 MHz  0.5 kW")),
    ("Torre del Port", ("107.9 MHz  1 kW", "107.6 MHz  1 kW")),
    ("Sant Pere", ("88.4 MHz  0.2 kW", "89.4 MHz  0.2 kW")),
    ("Castell Vell", ("94.3 MHz  0.5 kW", "94.8 MHz  0.5 kW")),
)
UNDER_SITES = (
    "Relayed from Serra Alta by radio link",
    "Relayed from Serra Alta by radio link",
    "Reduced power at night",
)


def _transmitter_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    lines = [f"Service area {len(earlier) + 1}"]
    for site, settings in rng.sample(SITES, rng.randint(2, 3)):
        lines.append(f"{site}  {rng.choice(settings)}")
    if rng.random() < 0.5:
        lines.append(rng.choice(UNDER_SITES))
    return lines


def transmitter_table(rng: random.Random) -> str:
    """The transmitter and frequency table by region: one line a site ("Serra Alta  88.4 MHz
    2 kW"), the same sites under several regions, frequencies one figure apart."""
    platform = Platform(
        title=f"Where to tune in — {STATION}",
        subtitle=f"Transmitters and relays, 2027{NBSP}📡",
        lead=wrap(
            rng,
            (
                "The station reaches the valley from six hilltop sites. If reception is poor "
                "where you live, try the next site’s frequency before you call us, and tell "
                "us the village and the frequency you tried."
            ),
            72,
        ),
        sections=REGIONS,
        notes=("One line a transmitter site.",),
        item=_transmitter_item,
        footer=("Reception reports: write to the technical team.", STOCK),
        least_sections=6,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the rate card ------------------------------------------------------------------------------

DAYPARTS = (
    "Breakfast",
    "Daytime",
    "Drive time",
    "Evenings",
    "Weekends",
    "Match days",
)
SLOTS_SOLD = (
    "Around the news",
    "Around the traffic",
    "Inside the morning show",
    "Around the weather",
    "Sponsored feature",
    "Run of station",
    "Before the match",
)
#: Lengths and rates, rates one figure apart ("€45" and "€54").
RATES_BY_LENGTH = (
    ("10 s", ("€18", "€81", "€19")),
    ("20 s", ("€30", "€33", "€36")),
    ("30 s", ("€45", "€54", "€45")),
    ("40 s", ("€60", "€66", "€60")),
    ("60 s", ("€84", "€48", "€90")),
)
#: How a spot is made, after its rate.
SOLD_AS = ("per spot", "per spot", "read live", "pre-recorded")
UNDER_RATES = (
    "Prices exclude VAT",
    "Prices exclude VAT",
    "Local charities pay half",
)


def _rate_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(SLOTS_SOLD):
        return []
    lines = [SLOTS_SOLD[index]]
    for length, rates in sorted(rng.sample(RATES_BY_LENGTH, rng.randint(3, 5))):
        lines.append(f"{length}  {rng.choice(rates)}  {rng.choice(SOLD_AS)}")
    if rng.random() < 0.5:
        lines.append(rng.choice(UNDER_RATES))
    return lines


def rate_card(rng: random.Random) -> str:
    """The advertising rate card by daypart and slot: one line a length ("30 s  €45"), the
    same lengths under every slot, rates one figure apart ("€45" and "€54")."""
    platform = Platform(
        title=f"Advertising rate card — {STATION}",
        subtitle=f"For local businesses, from April 2027{NBSP}💶",
        lead=wrap(
            rng,
            (
                "Spots are read or played by the presenter on air and paid for in advance. "
                "A campaign of ten spots or more earns a tenth off; sponsored features are "
                "agreed with the station manager a month ahead."
            ),
            72,
        ),
        sections=DAYPARTS,
        notes=("Rates per spot, in euros.",),
        item=_rate_item,
        footer=("Invoices come from the treasurer.", STOCK),
        least_sections=6,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


KINDS = (
    programme_schedule,
    playlist_log,
    transmitter_table,
    rate_card,
    news_rundown,
    rota,
    winners_list,
    lisu_notice,
    saurashtra_notice,
)
