"""More thirty-first-round fresh texts (no test here): a list of lights and buoys, a fish
market's auction price sheet, a Gujarati/English port notice and a Javanese/English fishing
cooperative notice.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh31_kit import (
    JAVANESE_CLAUSES,
    NO_SALE,
    PADA_LINGSA,
    PADA_LUNGSI,
    RACON,
    STOCK,
    gujarati_digits,
    javanese_digits,
    joined,
)

# -- a list of lights and buoys -------------------------------------------------------------------

#: Lights and buoys: a name (near twins one letter apart), a position, a character.
LIGHTS = (
    ("St Anthony Head lighthouse", "50°08.46'N 005°00.96'W", "Oc WR 15s 22M"),
    ("Manacle buoy (E cardinal)", "50°02.81'N 005°01.91'W", "Q(3) 10s"),
    ("Manacles buoy (E cardinal)", "50°02.82'N 005°01.91'W", "Q(3) 10s"),
    ("Carn Du buoy (S cardinal)", "50°04.12'N 005°03.26'W", "Q(6)+LFl 15s"),
    ("Carn Dhu buoy (S cardinal)", "50°04.13'N 005°03.26'W", "Q(6)+LFl 15s"),
    ("Black Rock beacon", "50°08.72'N 005°01.95'W", "Fl(2) 10s"),
    ("Lizard lighthouse", "49°57.58'N 005°12.13'W", "Fl W 3s 26M"),
    ("Porthallow pier head", "50°04.71'N 005°04.68'W", "Fl(2) W 10s 12M"),
    ("Porthallow pier end", "50°04.72'N 005°04.68'W", "Fl(3) W 10s 12M"),
    ("Helford entrance buoy", "50°05.76'N 005°04.98'W", "Iso G 4s"),
    ("Helford bar buoy", "50°05.86'N 005°05.02'W", "Iso G 5s"),
    ("Gull Rock buoy (port)", "50°09.12'N 005°01.45'W", "Fl R 2.5s"),
    ("Coverack pier head", "50°01.38'N 005°05.61'W", "Fl(2) W 10s 12M"),
)
EXTRAS = (RACON, RACON, "Whistle", "Bell", "Horn(2) 30s", "Lit only in fog")
STRUCTURES = (
    "Black pillar, yellow band, topmark",
    "Black pillar, yellow band, topmark",
    "Yellow pillar, black top, topmark",
    "White round tower, 19 m",
    "Red can buoy",
    "Green conical buoy",
)


def _light_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 9:
        return []
    listed = {lines[0] for lines in earlier}
    left = [light for light in LIGHTS if light[0] not in listed] or list(LIGHTS)
    name, position, character = rng.choice(left)
    lines = [name, position, character, rng.choice(STRUCTURES)]
    if rng.random() < 0.6:
        lines.append(rng.choice(EXTRAS))
    return lines


def lights_list(rng: random.Random) -> str:
    """A list of lights and buoys: a name, a position and a character ("Fl(2) W 10s 12M",
    "Q(6)+LFl 15s", "Iso G 4s") each, near twins one figure or one letter apart, "Racon (T)"
    again and again."""
    platform = Platform(
        title="List of lights and buoys — Falmouth to the Lizard",
        subtitle=f"Trinity House and the harbour authorities · 2026{NBSP}💡",
        lead=wrap(
            rng,
            (
                "Lights are listed from north to south. Characters follow the usual "
                "abbreviations: Fl flashing, Q quick, Iso isophase, Oc occulting. Ranges are "
                "in sea miles; heights in metres above high water."
            ),
            72,
        ),
        sections=(
            "Falmouth inner harbour",
            "Falmouth approaches",
            "The Manacles",
            "Helford River",
            "Porthallow and Porthoustock",
            "Coverack to the Lizard",
        ),
        notes=("Report any light out of order to the harbour office.", "Bearings are true."),
        item=_light_item,
        footer=("Corrected to Notice No. 14 of 2026.", STOCK),
        least_sections=5,
        least_items=5,
    )
    return export(rng, platform)


# -- a fish market's auction price sheet ----------------------------------------------------------

#: Species by group, with the morning's price for the best grade (pence a kilo).
CATCH = {
    "Demersal — day boats": (("Hake", 640), ("Haddock", 410), ("Whiting", 210), ("Pollack", 530)),
    "Flatfish": (("Plaice", 330), ("Lemon sole", 720), ("Megrim", 290), ("Turbot", 1840)),
    "Shellfish": (("Brown crab", 320), ("Lobster", 2150), ("Spider crab", 180), ("Scallops", 650)),
    "Pelagic": (("Mackerel", 240), ("Sardines", 120), ("Herring", 110)),
    "Cephalopods": (("Squid", 980), ("Cuttlefish", 410), ("Octopus", 760)),
    "Prime fish": (("Monkfish", 890), ("John dory", 1120), ("Red mullet", 960), ("Gurnard", 150)),
}
GRADES = ("A1", "A2", "B1")


def _price(pence: int) -> str:
    return f"£{pence // 100}.{pence % 100:02}/kg"


def _sale_rows(rng: random.Random, group: str) -> list[str]:
    rows = []
    for species, pence in CATCH[group]:
        for grade in sorted(rng.sample(GRADES, rng.randint(1, 3))):
            if rng.random() < 0.3:
                rows.append(f"{species}  {grade}  {NO_SALE}")
            else:
                cut = GRADES.index(grade) * rng.choice((30, 40))
                rows.append(f"{species}  {grade}  {_price(pence - cut)}")
    return rows


def _sale_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    groups = list(CATCH)
    if index >= len(groups):
        return []
    if "afternoon" in section:  # the morning's rows, one price changed
        morning = [lines for lines in earlier if lines[0] == groups[index]]
        if morning:
            lines = list(morning[-1])
            priced = [at for at, line in enumerate(lines) if line.endswith("/kg")]
            if priced:
                at = rng.choice(priced)
                species, grade, price = lines[at].split("  ")
                pence = int(price[1:-3].replace(".", "")) + rng.choice((-10, 10, 20))
                lines[at] = f"{species}  {grade}  {_price(pence)}"
            return lines
    return [groups[index], *_sale_rows(rng, groups[index])]


def fish_auction(rng: random.Random) -> str:
    """A fish market's auction price sheet: species lines with grades and prices a kilo,
    "No sale" many times, the morning and afternoon sales as two blocks repeating most rows
    with one price changed."""
    platform = Platform(
        title="Newlyn fish market — auction prices",
        subtitle=f"Thursday 4 June 2026 · prices a kilo, before commission{NBSP}🐟",
        lead=wrap(
            rng,
            (
                "Prices are the highest paid for each species and grade. No sale means the "
                "lot was withdrawn or not landed. The afternoon sale repeats the morning's "
                "species where boats landed late."
            ),
            72,
        ),
        sections=(
            "Thursday morning sale — from 06:00",
            "Thursday afternoon sale — from 14:00",
            "Friday morning sale — from 06:00",
            "Friday afternoon sale — from 14:00",
        ),
        notes=("Auctioneer: Cornish Fish Producers.", "Weights are landed weights."),
        item=_sale_item,
        footer=("Prices are published after each sale.", STOCK),
        least_sections=4,
        least_items=4,
    )
    return export(rng, platform)


# -- bilingual notices ----------------------------------------------------------------------------


def _bilingual_item(
    rng: random.Random,
    lines: tuple[tuple[str, str], ...],
    place: str,
    thanks: str,
    earlier: list[list[str]],
) -> list[str]:
    words, english = rng.choice(lines)
    head = f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} June · {place}"
    return [head, words, english, rng.choice(("Thank you.", thanks, thanks))]


#: Gujarati lines (Western digits; some are written with Gujarati ones) and their English.
GUJARATI_LINES = (
    ("બંદર સવારે 6 વાગ્યે ખુલશે.", "The harbour opens at 6 in the morning."),
    ("માછીમારી બોટ 15 જૂન સુધી દરિયામાં ન જાય.", "Fishing boats must not go to sea until 15 June."),
    ("ચોમાસામાં જેટી નંબર 3 બંધ રહેશે.", "Jetty number 3 stays closed in the monsoon."),
    ("તોફાનની ચેતવણી: સિગ્નલ નંબર 3 લગાવવામાં આવ્યો છે.", "Storm warning: signal number 3 is up."),
    ("જેટી પર 2 કલાકથી વધુ બોટ ન રાખવી.", "Do not leave a boat at the jetty for over 2 hours."),
    ("માછલીની હરાજી સવારે 7 વાગ્યે શરૂ થશે.", "The fish auction starts at 7 in the morning."),
    ("વધુ માહિતી માટે 0286 2242245 પર ફોન કરો.", "For more, call 0286 2242245."),
)
GUJARATI_THANKS = "આભાર."


def _gujarati_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, GUJARATI_LINES, "Porbandar", GUJARATI_THANKS, earlier)
    if rng.random() < 0.5:
        lines[1] = gujarati_digits(lines[1])
    return lines


def gujarati_notice(rng: random.Random) -> str:
    """A port's notice in Gujarati and English: the script with its conjuncts (the virama),
    Gujarati digits on some lines and Western digits on others, English lines between."""
    platform = Platform(
        title="Port notices — Porbandar fishing harbour",
        subtitle=f"બંદર સૂચના · June 2026{NBSP}⚓",
        lead=wrap(
            rng,
            (
                "Notices are given in Gujarati and English. Some are typed with Gujarati "
                "digits; the Gujarati text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Harbour hours", "Fishing season", "Storm signals", "The jetty", "Auction"),
        notes=("Posted at the harbour gate.", "Translated by the port office."),
        item=_gujarati_item,
        footer=("Published on the port's notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


#: Javanese lines (most written without spaces, a few with) and their English.
JAVANESE_ENGLISH = (
    "The harbour is closed tomorrow.",
    "Boats may not go out to sea.",
    "The fish auction starts at {hour} o’clock.",
    "Members gather at the cooperative’s hall.",
    "Please pay this month’s dues.",
    "Follow the harbour master’s advice.",
)
JAVANESE_THANKS = f"ꦩꦠꦸꦂꦤꦸꦮꦸꦤ꧀{PADA_LUNGSI}"


def _javanese_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    at = rng.randrange(len(JAVANESE_CLAUSES))
    clause = JAVANESE_CLAUSES[at]
    words = " ".join(clause) if rng.random() < 0.25 else joined(clause)
    english = JAVANESE_ENGLISH[at]
    if "{hour}" in english:
        hour = rng.choice(("5", "6", "7"))
        english = english.format(hour=hour)
        words += f" {javanese_digits(hour) if rng.random() < 0.6 else hour}"
    second = rng.choice(JAVANESE_CLAUSES)
    if rng.random() < 0.5:
        words += f"{PADA_LINGSA}{joined(second)}"
    pairs = ((f"{words}{PADA_LUNGSI}", english),)
    return _bilingual_item(rng, pairs, "Cilacap", JAVANESE_THANKS, earlier)


def javanese_notice(rng: random.Random) -> str:
    """A fishing cooperative's notice in Javanese and English: the script written without
    spaces between words, with the pangkon and pasangan, the pada lingsa and pada lungsi as
    comma and full stop, Javanese digits on some lines, English lines between."""
    platform = Platform(
        title="Cooperative notices — Cilacap fishermen’s cooperative",
        subtitle=f"ꦥꦔꦼꦭꦶꦁ · June 2026{NBSP}🎣",
        lead=wrap(
            rng,
            (
                "Notices are given in Javanese and English. Some lines are typed with spaces "
                "between words; the Javanese text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Harbour", "Sailing", "Auction", "Meetings", "Dues"),
        notes=("Posted at the cooperative’s hall.", "Translated by the cooperative’s clerk."),
        item=_javanese_item,
        footer=("Published on the cooperative’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
