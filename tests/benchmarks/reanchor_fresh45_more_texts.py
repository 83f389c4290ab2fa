"""More forty-fifth-round fresh texts (no test here): the news-bulletin rundown, the presenter
and technician rota, the listener-competition winners, a Lisu/Chinese notice for a festival
broadcast and a Saurashtra/Tamil notice for a devotional programme.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh45_kit import (
    LISU_LINES,
    LISU_THANKS,
    SAURASHTRA_LINES,
    SAURASHTRA_THANKS,
    SPORT,
    STAFF,
    STATION,
    STOCK,
    WEATHER,
    lisu,
    saurashtra,
)

# -- the news rundown ---------------------------------------------------------------------------

BULLETIN_DAYS = (
    "Monday 2 March",
    "Tuesday 3 March",
    "Wednesday 4 March",
    "Thursday 5 March",
    "Friday 6 March",
)
BULLETIN_HOURS = ("07:00", "08:00", "13:00", "18:00")
#: Stories: the sport and weather heads recur word for word in every bulletin.
STORIES = (
    "Council approves the new bus line to the coast",
    "Roadworks close the bridge at Sant Pere until Friday",
    "Water restrictions lifted in the upper valley",
    "Market moves to the square while the hall is repaired",
    "School choir wins the county prize",
    "Fire crews called to a barn near Puig Roig",
)
SPORT_LINES = (f"{SPORT}  Reus win the derby", f"{SPORT}  Valley runners set a club record")
WEATHER_LINES = (f"{WEATHER}  Rain from the west by evening", f"{WEATHER}  Dry and bright")
READERS = ("Joel Mas", "Joel Max", "Pere Soler", "Laia Bosch")


def _rundown_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(BULLETIN_HOURS):
        return []
    lines = [f"{BULLETIN_HOURS[index]} bulletin  read by {rng.choice(READERS)}"]
    said = [*rng.sample(STORIES, rng.randint(2, 3)), rng.choice(SPORT_LINES)]
    said.append(rng.choice(WEATHER_LINES))
    lines += [f"{number}. {story}" for number, story in enumerate(said, start=1)]
    return lines


def news_rundown(rng: random.Random) -> str:
    """The news-bulletin rundown by day: one bulletin an item ("08:00 bulletin  read by Joel
    Mas"), stories numbered, "SPORT" and "WEATHER" recurring word for word."""
    platform = Platform(
        title=f"News rundowns — {STATION}",
        subtitle=f"As read on air, week of 2 March 2027{NBSP}🗞",
        lead=wrap(
            rng,
            (
                "The newsroom keeps each bulletin’s running order as it was read, so that a "
                "listener’s complaint can be checked against what went out. Stories are "
                "numbered in the order read; sport and weather close every bulletin."
            ),
            72,
        ),
        sections=BULLETIN_DAYS,
        notes=("One line a story, in the order read.",),
        item=_rundown_item,
        footer=("Corrections go to the news editor.", STOCK),
        least_sections=5,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


# -- the rota -----------------------------------------------------------------------------------

ROTA_DAYS = (
    "Monday 2 March",
    "Tuesday 3 March",
    "Wednesday 4 March",
    "Thursday 5 March",
    "Friday 6 March",
    "Saturday 7 March",
)
POSTS = (
    "Studio 1 presenter",
    "Studio 1 technician",
    "Studio 2 technician",
    "Newsroom",
    "Outside broadcast van",
    "Music library",
    "Reception",
)
SHIFTS = ("06:00–10:00", "10:00–14:00", "14:00–18:00", "18:00–22:00")
UNDER_DUTIES = (
    "Keys from the bar on the Rambla",
    "Keys from the bar on the Rambla",
    "Check the transmitter alarm at the start",
)


def _rota_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(POSTS):
        return []
    lines = [POSTS[index]]
    for shift in SHIFTS[: rng.randint(2, 4)]:
        lines.append(f"{shift}  {rng.choice(STAFF)}")
    if rng.random() < 0.35:
        lines.append(rng.choice(UNDER_DUTIES))
    return lines


def rota(rng: random.Random) -> str:
    """The presenter and technician rota by day: studios and the newsroom with their shifts
    ("06:00–10:00  Ana Roca"), names one letter apart ("Ana Roca", "Ana Rosa")."""
    platform = Platform(
        title=f"Rota — presenters and technicians, {STATION}",
        subtitle=f"Made up by the station manager every Thursday{NBSP}🎧",
        lead=wrap(
            rng,
            (
                "Swap a shift only with someone who has worked the same desk, and tell the "
                "station manager before it starts. The early presenter opens the studio and "
                "switches the transmitter link from overnight automation to live."
            ),
            72,
        ),
        sections=ROTA_DAYS,
        notes=("One line a shift.",),
        item=_rota_item,
        footer=("Holiday requests go to the station manager.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the winners list ---------------------------------------------------------------------------

COMPETITIONS = (
    "Name that tune",
    "Guess the year",
    "Festa Major quiz",
    "Photo of the valley",
    "Young reporters",
    "Spot the jingle",
)
#: Listeners, one letter apart ("Marta Gil", "Marta Gill"), towns recurring.
LISTENERS = (
    "Marta Gil, Reus",
    "Marta Gill, Reus",
    "Pau Gil, Vic",
    "Pau Gil, Vich",
    "Rosa Pla, Olot",
    "Rosa Pla, Olesa",
    "Jordi Vinyes, Sant Pere",
    "Jordi Vinya, Sant Pere",
)
PRIZES = (
    "Prize  two tickets for the Festa Major concert",
    "Prize  two tickets for the Festa Major concert",
    "Prize  a station mug and T-shirt",
    "Prize  dinner for two at Can Riera",
)


def _winners_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 8:
        return []
    winner, runner_up = rng.sample(LISTENERS, 2)
    lines = [f"Week {index + 1}", f"Winner  {winner}", f"Runner-up  {runner_up}"]
    if rng.random() < 0.6:
        lines.append(rng.choice(PRIZES))
    return lines


def winners_list(rng: random.Random) -> str:
    """The listener-competition winners by competition: one week an item ("Winner  Marta Gil,
    Reus", "Runner-up  Pau Gil, Vic"), the same listeners winning twice, names one letter
    apart."""
    platform = Platform(
        title=f"Competition winners — {STATION}",
        subtitle=f"Spring 2027, as announced on air{NBSP}🏆",
        lead=wrap(
            rng,
            (
                "Winners are drawn live on air from the correct entries. A winner who cannot "
                "be reached within a week, or who works for the station, loses the prize to "
                "the runner-up; prizes are collected at the studio."
            ),
            72,
        ),
        sections=COMPETITIONS,
        notes=("One week a paragraph.",),
        item=_winners_item,
        footer=("Competition rules are at the studio.", STOCK),
        least_sections=5,
        least_items=4,
        same_note=True,
    )
    return export(rng, platform)


# -- the Lisu/Chinese notice --------------------------------------------------------------------

LISU_TOWNS = ("Fugong", "Gongshan", "Lushui", "Nujiang")
#: The notice's subtitle: "Lisu", as the Fraser alphabet writes it.
LISU_NAME = lisu("li-su")
#: The Chinese line under many notices: "Please tune in on time".
TUNE_IN = "请准时收听"


def _lisu_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, chinese = rng.choice(LISU_LINES)
    head = f"Notice {1 + len(earlier)} · Kuoshi festival · {rng.choice(LISU_TOWNS)}"
    last = rng.choice((TUNE_IN, TUNE_IN, LISU_THANKS, "Repeated on Sunday at 10:00"))
    return [head, words, chinese, last]


def lisu_notice(rng: random.Random) -> str:
    """A Lisu/Chinese notice for the Kuoshi festival broadcast: Lisu in the Fraser alphabet
    (its tone letters, comma and full stop), the broadcast and its twin one figure apart, towns
    of the Nujiang valley."""
    platform = Platform(
        title=f"Kuoshi festival broadcast — {STATION} and Nujiang radio",
        subtitle=f"{LISU_NAME} · Fugong and Gongshan{NBSP}🎉",
        lead=wrap(
            rng,
            (
                "For the Lisu new year the station relays the festival programme of the "
                "Nujiang community radio for the Lisu families of the valley. Each notice is "
                "in the Fraser alphabet with Chinese under it, as the partner station wrote it."
            ),
            72,
        ),
        sections=("Schedule", "Songs", "Dances", "Reminders", "Contact"),
        notes=("Times are Catalan time.", "Spellings follow the partner station."),
        item=_lisu_item,
        footer=("Reception in Chinese: ask the technical team.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Saurashtra/Tamil notice ----------------------------------------------------------------

SAURASHTRA_TOWNS = ("Madurai", "Paramakudi", "Dindigul", "Thanjavur")
#: The notice's subtitle: "Saurashtra", as the script writes it.
SAURASHTRA_NAME = saurashtra("sau.raa.sh.t.ra")
#: The Tamil line under many notices: "Listen with your family".
WITH_FAMILY = "குடும்பத்துடன் கேளுங்கள்"


def _saurashtra_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, tamil = rng.choice(SAURASHTRA_LINES)
    head = f"Notice {1 + len(earlier)} · Devotional hour · {rng.choice(SAURASHTRA_TOWNS)}"
    last = rng.choice((WITH_FAMILY, WITH_FAMILY, SAURASHTRA_THANKS, "Also on the web stream"))
    return [head, words, tamil, last]


def saurashtra_notice(rng: random.Random) -> str:
    """A Saurashtra/Tamil notice for a devotional programme: Saurashtra in its script (vowel
    signs and the virama as combining marks, the danda), the dawn programme and its twin one
    figure apart, towns of Tamil Nadu."""
    platform = Platform(
        title=f"Devotional hour — {STATION} with the Madurai Saurashtra society",
        subtitle=f"{SAURASHTRA_NAME} · Madurai and Paramakudi{NBSP}🪔",
        lead=wrap(
            rng,
            (
                "The Saurashtra families of the valley asked for the devotional hour the "
                "Madurai society records. Each notice is in the Saurashtra script with Tamil "
                "under it; times are the station’s, in Western figures."
            ),
            72,
        ),
        sections=("Schedule", "Bhajans", "Talks", "Reminders", "Contact"),
        notes=("Times are Catalan time.", "Spellings follow the Madurai society."),
        item=_saurashtra_item,
        footer=("Recordings: ask the music coordinator.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
