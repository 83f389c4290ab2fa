"""Thirty-sixth-round fresh re-anchoring texts (no test here): an avalanche bulletin, a mountain
rescue team's call-out log, a hut warden's booking and closure list, a trail and pass conditions
report and a severe-weather warning page, each a full page as a service publishes it, with
lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh36_kit import (
    AMBER_WIND,
    ASPECTS,
    CHAINS,
    CLOSED_SNOW,
    DANGER_3,
    DISRUPTION,
    FULL,
    HELICOPTER,
    LEVELS,
    MINUS,
    OPEN,
    OUTCOMES,
    PROBLEMS,
    STOCK,
    STOOD_DOWN,
    WIND_SLAB,
    WINTER_ROOM,
    YELLOW_WIND,
)
from tests.benchmarks.reanchor_fresh36_more_texts import lepcha_notice, limbu_notice

# -- an avalanche bulletin ------------------------------------------------------------------------

#: Elevations one figure apart.
BANDS = ("Above 2,200 m", "Above 2,400 m", "Above 2,200 m", "Above 2,000 m", "Below 2,400 m")
#: What a bulletin says under a problem: sentences that recur in several regions.
DESCRIPTIONS = (
    "Fresh drifts near ridges can be triggered by a single skier.",
    "Fresh drifts near ridges can be triggered by a single skier.",
    "Weak layers deep in the old snow; remote triggering is possible.",
    f"Wet loose avalanches after midday on sunny slopes, {MINUS}2 °C at 2,000 m.",
    "Glide cracks on grassy slopes below 2,400 m; avoid the areas beneath them.",
    f"Freezing level 1,800 m, {MINUS}6 °C at 2,000 m.",
)
TENDENCIES = ("Tendency: steady", "Tendency: steady", "Tendency: rising", "Tendency: falling")


def _aspects(rng: random.Random) -> str:
    """Three to five aspects; a forecaster lists them clockwise, or from where the problem is
    worst (so a reissue may list them in another order)."""
    first = rng.randrange(len(ASPECTS))
    chosen = [ASPECTS[(first + step) % len(ASPECTS)] for step in range(rng.randint(3, 5))]
    if rng.random() < 0.5:
        chosen = sorted(chosen, key=ASPECTS.index)
    return ", ".join(chosen)


def _band_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 7:
        return []
    level = rng.choice((LEVELS[1], LEVELS[2], LEVELS[2], LEVELS[2], LEVELS[3]))
    lines = [f"{rng.choice(BANDS)}  {_aspects(rng)}", f"Danger level {level}"]
    problems = rng.sample(PROBLEMS, rng.randint(1, 2))
    if rng.random() < 0.5 and WIND_SLAB not in problems:
        problems[0] = WIND_SLAB
    for problem in problems:
        lines.append(problem)
    lines.append(rng.choice(DESCRIPTIONS))
    if rng.random() < 0.4:
        lines.append(rng.choice(TENDENCIES))
    return lines


def avalanche_bulletin(rng: random.Random) -> str:
    """An avalanche bulletin: regions, altitude bands with their aspects under each ("Above
    2,200 m  N, NE, E, NW"), "Danger level 3 (considerable)" and "Wind slab" under many,
    elevations one figure apart, sentences that recur from region to region."""
    platform = Platform(
        title="Avalanche bulletin — Saturday 14 February 2026, 17:00",
        subtitle=f"Issued by the avalanche warning service{NBSP}🏔",
        lead=wrap(
            rng,
            (
                "Danger levels by region, altitude band and aspect, valid until 17:00 tomorrow. "
                f"{DANGER_3} means that human-triggered avalanches are likely on steep slopes "
                "of the aspects given. Check the bulletin again before you set out."
            ),
            72,
        ),
        sections=(
            "Bernese Oberland north",
            "Valais south",
            "Gotthard and Ticino north",
            "Engadine",
            "Grisons south",
            "Central Switzerland",
        ),
        notes=("Danger levels are for the morning.", "Read with the snowpack summary."),
        item=_band_item,
        footer=("The bulletin is updated at 08:00 when the danger changes.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a mountain rescue team's call-out log --------------------------------------------------------

#: Grid references one digit apart, and the place each is near.
PLACES = (
    ("NY 2154 0832", "Broad Crag"),
    ("NY 2154 0823", "Broad Crag"),
    ("NY 2155 0832", "Ill Crag"),
    ("NY 2097 0719", "Esk Hause"),
    ("NY 3420 1270", "Striding Edge"),
    ("NY 3421 1270", "Striding Edge"),
    ("SD 2723 9871", "Coniston Old Man"),
)
INCIDENTS = (
    "Walker with a lower leg injury after a slip on wet rock.",
    "Walker with a lower leg injury after a slip on wet rock.",
    "Two walkers cragfast in poor visibility.",
    "Fell runner with suspected hypothermia, found by a passer-by.",
    "Dog stuck on a ledge; owners safe.",
    "Overdue walker, phone battery flat; found on the path.",
)
AFTER = (
    STOOD_DOWN,
    STOOD_DOWN,
    "Team members: 14  Hours: 4.5",
    "Thanks to Coastguard 🚁 Rescue 936 for the lift.",
)


def _call_out(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    grid, place = rng.choice(PLACES)
    paged = f"{rng.randint(8, 21):02}:{rng.choice((12, 21, 42, 24, 5, 50)):02}"
    lines = [f"Call-out {26 + len(earlier):03}  {paged}  {grid}  {place}"]
    lines.append(rng.choice(INCIDENTS))
    lines.append(rng.choice(OUTCOMES))
    for line in rng.sample(AFTER, rng.randint(1, 2)):
        if line not in lines:
            lines.append(line)
    return lines


def call_out_log(rng: random.Random) -> str:
    """A mountain rescue team's call-out log: a day a section, a call-out an item ("Call-out
    026  10:42  NY 2154 0832  Broad Crag"), "Casualty evacuated by helicopter" and "Stood
    down" under many, grid references one digit apart, incidents that recur."""
    platform = Platform(
        title="Wasdale Mountain Rescue Team — call-out log, February 2026",
        subtitle=f"Kept by the team’s duty leader{NBSP}⛑",
        lead=wrap(
            rng,
            (
                "Every call-out of the month, day by day, as the duty leader logged it. Times "
                "are when the team was paged; grid references are eight figures. "
                f"“{STOOD_DOWN}” means the team was no longer needed."
            ),
            72,
        ),
        sections=(
            "Saturday 14 February 2026",
            "Sunday 15 February 2026",
            "Tuesday 17 February 2026",
            "Saturday 21 February 2026",
            "Sunday 22 February 2026",
        ),
        notes=("Times are when the team was paged.", "Names are never given in the log."),
        item=_call_out,
        footer=("The log is checked by the team leader each month.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


# -- a hut warden's booking and closure list ------------------------------------------------------

#: Huts with near-identical names, their heights and telephones.
HUTS = {
    "Arolla and Val des Dix": (
        ("Cabane des Dix", "2,928", "+41 27 281 15 23"),
        ("Cabane des Vignettes", "3,160", "+41 27 283 13 22"),
        ("Cabane de Bertol", "3,311", "+41 27 283 19 29"),
        ("Cabane de Bertol annexe", "3,311", "+41 27 283 19 29"),
        ("Cabane de Prafleuri", "2,662", "+41 27 281 17 80"),
        ("Cabane des Aiguilles Rouges", "2,810", "+41 27 283 16 49"),
    ),
    "Mont Blanc — Italian side": (
        ("Rifugio Torino", "3,375", "+39 0165 844034"),
        ("Rifugio Torino Vecchio", "3,322", "+39 0165 846484"),
        ("Rifugio Gonella", "3,071", "+39 0165 885101"),
        ("Rifugio Boccalatte", "2,803", "+39 0165 844031"),
        ("Rifugio Dalmazzi", "2,590", "+39 0165 844032"),
    ),
    "Mont Blanc — French side": (
        ("Refuge des Cosmiques", "3,613", "+33 4 50 54 40 16"),
        ("Refuge des Conscrits", "2,602", "+33 4 79 89 09 03"),
        ("Refuge du Goûter", "3,835", "+33 4 50 54 40 93"),
        ("Refuge de Tête Rousse", "3,167", "+33 4 50 58 24 97"),
    ),
    "Monte Rosa": (
        ("Capanna Gnifetti", "3,647", "+39 0163 78015"),
        ("Capanna Regina Margherita", "4,554", "+39 0163 91039"),
        ("Capanna Margherita", "4,554", "+39 0163 91039"),
    ),
    "Gran Paradiso": (
        ("Rifugio Vittorio Emanuele", "2,732", "+39 0165 95920"),
        ("Rifugio Chabod", "2,750", "+39 0165 95574"),
        ("Rifugio Vittorio Sella", "2,588", "+39 0165 74310"),
        ("Rifugio Sella", "2,588", "+39 0165 74310"),
    ),
    "Écrins": (
        ("Refuge des Écrins", "3,170", "+33 4 92 23 46 66"),
        ("Refuge du Glacier Blanc", "2,542", "+33 4 92 23 50 24"),
        ("Refuge du Pelvoux", "2,704", "+33 4 92 23 39 47"),
        ("Refuge de l’Alpe de Villar-d’Arène", "2,079", "+33 4 76 79 94 66"),
    ),
}
NIGHTS = ("Fri 13 Feb", "Sat 14 Feb", "Sun 15 Feb", "Mon 16 Feb")
#: What a warden adds under a hut.
WARDEN_NOTES = (
    f"{WINTER_ROOM}: 12 places, blankets, no stove.",
    "Access by ski touring only; the road is closed.",
    "Half board 78 CHF; winter room 25 CHF.",
    "Half board 78 CHF; winter room 25 CHF.",
)
STATES = (FULL, FULL, FULL, WINTER_ROOM, WINTER_ROOM, "12 places", "4 places", "Closed")


def _hut(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    huts = HUTS[section]
    if index >= len(huts):
        return []
    name, height, phone = huts[index]
    lines = [f"{name} ({height} m)  {phone}"]
    for night in NIGHTS[rng.randint(0, 1) :]:
        lines.append(f"{night}  {rng.choice(STATES)}")
    lines.extend(rng.sample(WARDEN_NOTES, rng.randint(0, 2)))
    return lines


def hut_list(rng: random.Random) -> str:
    """A hut warden's booking and closure list: valleys, huts with near-identical names under
    each ("Rifugio Torino", "Rifugio Torino Vecchio"), a line a night ("Sat 14 Feb  Full"),
    "Full" and "Winter room only" repeating."""
    platform = Platform(
        title="Hut bookings and closures — weekend of 14 February 2026",
        subtitle=f"Compiled from the wardens’ returns{NBSP}🛖",
        lead=wrap(
            rng,
            (
                "What each hut has left for the nights of the weekend, as its warden gave it "
                f"on Thursday. {WINTER_ROOM} means the main hut is shut and the winter room "
                "is open without a warden."
            ),
            72,
        ),
        sections=tuple(HUTS),
        notes=("Book by phone; wardens do not read email.", "Places are beds, not meals."),
        item=_hut,
        footer=("Wardens update the list on Thursdays.", STOCK),
        least_sections=5,
        least_items=2,
    )
    return export(rng, platform)


# -- a trail and pass conditions report -----------------------------------------------------------

#: Passes by region: their names (some near-identical), heights and roads.
PASSES = {
    "French Alps": (
        ("Col du Galibier", "2,642", "D902"),
        ("Col du Lautaret", "2,058", "D1091"),
        ("Col de l’Iseran", "2,764", "D902"),
        ("Col de la Croix de Fer", "2,067", "D926"),
        ("Col du Glandon", "1,924", "D927"),
        ("Col de la Madeleine", "1,993", "D213"),
        ("Col de la Bonette", "2,715", "D64"),
    ),
    "Swiss Alps": (
        ("Grimsel Pass", "2,164", "A6"),
        ("Furka Pass", "2,429", "A19"),
        ("Susten Pass", "2,224", "A11"),
        ("Simplon Pass", "2,005", "A9"),
        ("Great St Bernard Pass", "2,469", "A21"),
        ("Little St Bernard Pass", "2,188", "SS26"),
        ("Oberalp Pass", "2,044", "A19"),
    ),
    "Italian Alps": (
        ("Passo dello Stelvio", "2,757", "SS38"),
        ("Passo dello Spluga", "2,115", "SS36"),
        ("Passo del Tonale", "1,883", "SS42"),
        ("Passo di Gavia", "2,621", "SP29"),
        ("Passo Pordoi", "2,239", "SS48"),
        ("Passo Sella", "2,244", "SS242"),
        ("Passo Gardena", "2,121", "SS243"),
    ),
    "Tyrol": (
        ("Timmelsjoch", "2,474", "B186"),
        ("Brenner Pass", "1,370", "B182"),
        ("Reschen Pass", "1,504", "B180"),
        ("Kühtai Saddle", "2,017", "L237"),
        ("Hochtor", "2,504", "B107"),
    ),
    "Pyrenees": (
        ("Col du Tourmalet", "2,115", "D918"),
        ("Col d’Aubisque", "1,709", "D918"),
        ("Port d’Envalira", "2,408", "CG2"),
    ),
}
PASS_STATES = (OPEN, OPEN, OPEN, CLOSED_SNOW, CLOSED_SNOW, "Closed (avalanche risk)")
#: What the report says of the trail over a pass.
TRAILS = (
    "Trail over the col: snow from 1,900 m; crampons advised.",
    "Trail over the col: snow from 1,900 m; crampons advised.",
    "Trail over the col: snow from 2,100 m; poles advised.",
    "Trail over the col: not passable until spring.",
)
TOWNS = ("Valloire", "Briançon", "Andermatt", "Bormio", "Sölden", "Luz-Saint-Sauveur")


def _pass(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    passes = PASSES[section]
    if index >= len(passes):
        return []
    name, height, road = passes[index]
    state = rng.choice(PASS_STATES)
    lines = [f"{name} ({height} m)  {road}", state]
    if state == OPEN and rng.random() < 0.6:
        lines.append(CHAINS)
    distance = rng.choice((12, 18, 21, 18, 34))
    minutes = rng.choice((25, 35, 35, 53, 40))
    lines.append(f"From {rng.choice(TOWNS)} {distance} km, about {minutes} min.")
    if state != OPEN and rng.random() < 0.5:
        lines.append("Barrier at the foot of the pass; no through route.")
    lines.append(rng.choice(TRAILS))
    return lines


def pass_report(rng: random.Random) -> str:
    """A trail and pass conditions report: regions, passes under each ("Col du Galibier
    (2,642 m)  D902"), "Open", "Closed (snow)" and "Chains required" repeating, distances
    and times one figure apart."""
    platform = Platform(
        title="Pass and trail conditions — Saturday 14 February 2026, 07:30",
        subtitle=f"Road and trail conditions desk{NBSP}🚧",
        lead=wrap(
            rng,
            (
                "The state of each pass this morning, with the distance and time from the "
                f"nearest town. “{CHAINS}” means chains must be carried and fitted when "
                "signs say so. Closures can change through the day."
            ),
            72,
        ),
        sections=tuple(PASSES),
        notes=("States are as at 07:30.", "Times are for a car in good conditions."),
        item=_pass,
        footer=("The desk is staffed from 06:00 to 22:00.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


# -- a severe-weather warning page ----------------------------------------------------------------

KINDS_OF_WARNING = (
    YELLOW_WIND,
    YELLOW_WIND,
    AMBER_WIND,
    "Yellow warning of snow",
    "Yellow warning of ice",
)
ISSUED = ("10:00 Thu 12 Feb", "10:00 Thu 12 Feb", "16:00 Thu 12 Feb", "09:00 Fri 13 Feb")
VALID = (
    "Valid from 18:00 Fri 13 Feb to 09:00 Sat 14 Feb",
    "Valid from 18:00 Fri 13 Feb to 09:00 Sat 14 Feb",
    "Valid from 18:00 Fri 13 Feb to 06:00 Sat 14 Feb",
    "Valid from 03:00 Sat 14 Feb to 21:00 Sat 14 Feb",
    "Valid from 03:00 Sat 14 Feb to 12:00 Sun 15 Feb",
)
HAZARDS = {
    "wind": "Gusts of 50–60 mph widely, 70 mph on exposed hills and coasts.",
    "snow": f"5–10 cm of snow above 200 m, 20 cm above 400 m; {MINUS}8 °C on summits.",
    "ice": "Icy stretches on untreated roads and paths.",
}
IMPACTS = (DISRUPTION, DISRUPTION, "Power cuts are possible.", "Some roads may be closed.")


def _warning(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    name = rng.choice(KINDS_OF_WARNING)
    lines = [f"{name}  Issued {rng.choice(ISSUED)}", rng.choice(VALID), HAZARDS[name.split()[-1]]]
    lines.extend(rng.sample(IMPACTS, rng.randint(1, 2)))
    lines.append(f"Areas: {section}")
    if rng.random() < 0.3:
        lines.append("Stay safe out there ⚠️ and check before you travel.")
    return lines


def weather_warnings(rng: random.Random) -> str:
    """A severe-weather warning page: regions, warnings under each ("Yellow warning of wind
    Issued 10:00 Thu 12 Feb", "Valid from 18:00 Fri 13 Feb to 09:00 Sat 14 Feb"), "Yellow
    warning of wind" and "Travel disruption is likely." repeating, times one figure apart."""
    platform = Platform(
        title="Weather warnings — Scotland and northern England",
        subtitle=f"National severe weather warning service{NBSP}🌬",
        lead=wrap(
            rng,
            (
                "Warnings in force and to come, by region. A warning is issued, updated or "
                f"cancelled as the forecast changes. {YELLOW_WIND} means some disruption is "
                "possible; amber means it is likely."
            ),
            72,
        ),
        sections=(
            "Highlands and Eilean Siar",
            "Grampian",
            "Strathclyde",
            "Central, Tayside and Fife",
            "North West England",
            "Cumbria and the Lake District",
        ),
        notes=("Times are local (GMT).", "Warnings are reviewed every six hours."),
        item=_warning,
        footer=("Warnings are issued by the national weather service.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


KINDS = (
    avalanche_bulletin,
    call_out_log,
    hut_list,
    pass_report,
    weather_warnings,
    lepcha_notice,
    limbu_notice,
)
#: Words that every page holds (for the truth tests).
EVERYWHERE = (DANGER_3, WIND_SLAB, HELICOPTER, STOOD_DOWN, FULL, WINTER_ROOM, CLOSED_SNOW, CHAINS)
