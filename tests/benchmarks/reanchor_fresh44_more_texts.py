"""More forty-fourth-round fresh texts (no test here): the lost-property log, the staff duty
roster, the baggage allowances, a Tagbanwa/Filipino notice for a festival charter flight and a
Hanunoo/Filipino notice for a ferry-and-flight connection.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh44_kit import (
    HANUNOO_LINES,
    HANUNOO_THANKS,
    STAFF,
    STOCK,
    TAGBANWA_LINES,
    TAGBANWA_THANKS,
    UMBRELLA,
    hanunoo,
    tagbanwa,
)

AIRPORT = "Sant Feliu Regional Airport"

# -- the lost-property log ----------------------------------------------------------------------

FOUND_DAYS = (
    "Found Monday 2 March",
    "Found Tuesday 3 March",
    "Found Wednesday 4 March",
    "Found Thursday 5 March",
    "Found Friday 6 March",
    "Found Saturday 7 March",
)
PLACES_FOUND = (
    "Departures hall",
    "Security, lane A",
    "Gate 3",
    "Baggage reclaim",
    "Aircraft cabin, KX 214",
    "Aircraft cabin, KX 241",
)
#: Lost things, the umbrella recurring word for word.
THINGS = (
    UMBRELLA,
    UMBRELLA,
    UMBRELLA,
    "Blue umbrella",
    "Child’s rucksack, red",
    "Phone charger, white",
    "Reading glasses in a brown case",
    "Passport, held by the police",
    "Grey scarf",
)
UNDER_THINGS = (
    "Owner called, collecting Friday",
    "Owner called, collecting Friday",
    "Sent to the airline’s office",
)


def _lost_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    number = 412 + sum(line.startswith("LP-") for lines in earlier for line in lines)
    lines = [rng.choice(PLACES_FOUND)]
    for _ in range(rng.randint(2, 4)):
        lines.append(f"LP-{number:04}  {rng.choice(THINGS)}")
        number += 1
        if rng.random() < 0.35:
            lines.append(rng.choice(UNDER_THINGS))
    return list(dict.fromkeys(lines))


def lost_property(rng: random.Random) -> str:
    """The lost-property log by day: one line an item ("LP-0412  Black umbrella"), "Black
    umbrella" repeated, reference numbers one figure apart, "Owner called, collecting Friday"
    recurring."""
    platform = Platform(
        title=f"Lost property — {AIRPORT}, March 2027",
        subtitle=f"Kept at the information desk by gate 1{NBSP}🧳",
        lead=wrap(
            rng,
            (
                "Things left in the terminal or on board are logged here by the day they were "
                "found and kept for three months. Quote the reference when you call, and "
                "bring proof of identity when you collect."
            ),
            72,
        ),
        sections=FOUND_DAYS,
        notes=("One line a thing, by reference.",),
        item=_lost_item,
        footer=("Things left on board stay with the airline.", STOCK),
        least_sections=5,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


# -- the duty roster ----------------------------------------------------------------------------

ROSTER_DAYS = (
    "Monday 2 March",
    "Tuesday 3 March",
    "Wednesday 4 March",
    "Thursday 5 March",
    "Friday 6 March",
    "Saturday 7 March",
)
POSTS = (
    "Check-in desks 1 to 4",
    "Check-in desks 5 to 8",
    "Gate 3",
    "Security, lane A",
    "Information desk",
    "Gate 5",
    "Baggage reclaim",
)
SHIFTS = ("06:00–14:00", "14:00–22:00", "10:00–18:00")
UNDER_DUTIES = (
    "Break cover from the information desk",
    "Break cover from the information desk",
    "Radio on channel 4",
)


def _roster_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(POSTS):
        return []
    lines = [POSTS[index]]
    for shift in SHIFTS[: rng.randint(2, 3)]:
        lines.append(f"{shift}  {rng.choice(STAFF)}")
    if rng.random() < 0.4:
        lines.append(rng.choice(UNDER_DUTIES))
    return lines


def duty_roster(rng: random.Random) -> str:
    """The staff duty roster by day: check-in desks and gates with their shifts ("06:00–14:00
    Marta Vidal"), names one letter apart ("Marta Vidal", "Marta Vital"), the same duty word
    for word on several days."""
    platform = Platform(
        title=f"Duty roster — ground handling, {AIRPORT}",
        subtitle=f"Published by the station manager every Thursday{NBSP}🧑‍✈️",
        lead=wrap(
            rng,
            (
                "Swap a shift only with someone trained for the same post, and tell the duty "
                "manager before the shift starts. Anyone on an early shift must be at the "
                "desk by 05:40 for the first flight to Port Vell."
            ),
            72,
        ),
        sections=ROSTER_DAYS,
        notes=("One line a shift.",),
        item=_roster_item,
        footer=("Overtime goes to the station manager.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the baggage allowances ---------------------------------------------------------------------

BRANDS = (
    "Economy Light",
    "Economy Saver",
    "Economy Flex",
    "Business Saver",
    "Business Flex",
    "Charter",
)
ROUTE_GROUPS = (
    "Flights between the islands",
    "Flights to the mainland",
    "Flights to Italy",
    "Connections with the ferry",
    "Flights to Madrid",
    "Festival charters",
)
ALLOWANCES = (
    "Cabin bag  1 × 8 kg  55 × 40 × 20 cm",
    "Cabin bag  1 × 10 kg  55 × 40 × 20 cm",
    "Checked bag  1 × 23 kg",
    "Checked bag  1 × 23 kg",
    "Checked bag  2 × 23 kg",
    "Checked bag  1 × 32 kg",
    "Sports equipment  1 × 20 kg  €45.00 each way",
    "Infant bag  1 × 10 kg",
)
UNDER_ALLOWANCES = (
    "Extra bags are paid at the desk",
    "Extra bags are paid at the desk",
    "No checked bag on this fare",
)


def _baggage_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(ROUTE_GROUPS):
        return []
    lines = [ROUTE_GROUPS[index]]
    lines += sorted(set(rng.sample(ALLOWANCES, rng.randint(2, 4))))
    if rng.random() < 0.5:
        lines.append(rng.choice(UNDER_ALLOWANCES))
    return lines


def baggage_allowances(rng: random.Random) -> str:
    """The baggage-allowance table by fare brand: one line an allowance ("Checked bag  1 ×
    23 kg"), the same lines under every brand, weights one figure apart ("23 kg", "32 kg")."""
    platform = Platform(
        title=f"Baggage allowances — flights from {AIRPORT}",
        subtitle=f"Kestrel Air and Vela, from 2 March 2027{NBSP}🧳",
        lead=wrap(
            rng,
            (
                "What you may take depends on the fare you bought, not on the seat you sit "
                "in. Bags over the allowance are weighed at check-in and paid for at the "
                "airline desk before security."
            ),
            72,
        ),
        sections=BRANDS,
        notes=("One piece a line; weights per piece.",),
        item=_baggage_item,
        footer=("Musical instruments: ask the airline.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the Tagbanwa/Filipino notice ---------------------------------------------------------------

TAGBANWA_TOWNS = ("Coron", "Culion", "Busuanga", "Linapacan")
#: The notice's subtitle: "Tagbanwa", as the script writes it.
TAGBANWA_NAME = tagbanwa("ta.g.ba.nu.wa")
#: The Filipino line under many notices: "Bring your ticket and an ID".
BRING_TICKET = "Dalhin ang tiket at isang ID"


def _tagbanwa_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, filipino = rng.choice(TAGBANWA_LINES)
    head = f"Paunawa {1 + len(earlier)} · Charter sa Pista · {rng.choice(TAGBANWA_TOWNS)}"
    last = rng.choice((BRING_TICKET, BRING_TICKET, TAGBANWA_THANKS, "Check-in at desk 8"))
    return [head, words, filipino, last]


def tagbanwa_notice(rng: random.Random) -> str:
    """A Tagbanwa/Filipino notice for a festival charter flight: Tagbanwa in its script (its
    vowel signs as combining marks, the Philippine strokes), the departure and its twin one
    figure apart, towns of northern Palawan."""
    platform = Platform(
        title="Charter para sa pista — Sant Feliu at Busuanga",
        subtitle=f"{TAGBANWA_NAME} · Coron at Culion{NBSP}🎉",
        lead=wrap(
            rng,
            (
                "The festival charter carries the Tagbanwa dancers and their families from "
                "Busuanga. Each notice is written in the Tagbanwa script with Filipino under "
                "it; the times are in Western figures, as the airline gives them."
            ),
            72,
        ),
        sections=("Iskedyul", "Pag-alis", "Pagdating", "Paalala", "Kontak"),
        notes=("The charter leaves from gate 5.", "Spellings follow the school in Coron."),
        item=_tagbanwa_item,
        footer=("Lost tickets: ask at desk 8.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Hanunoo/Filipino notice ----------------------------------------------------------------

HANUNOO_TOWNS = ("Calapan", "San Jose", "Bulalacao", "Mansalay")
#: The notice's subtitle: "Mangyan", as the script writes it.
HANUNOO_NAME = hanunoo("ma.ng.ya.n")
#: The Filipino line under many notices: "Do not be late for the boat".
NOT_LATE = "Huwag mahuli sa barko"


def _hanunoo_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, filipino = rng.choice(HANUNOO_LINES)
    head = f"Abiso {1 + len(earlier)} · Barko at Lipad · {rng.choice(HANUNOO_TOWNS)}"
    last = rng.choice((NOT_LATE, NOT_LATE, HANUNOO_THANKS, "The bus meets the ferry"))
    return [head, words, filipino, last]


def hanunoo_notice(rng: random.Random) -> str:
    """A Hanunoo/Filipino notice for a ferry-and-flight connection: Hanunoo in its script
    (vowel signs and the pamudpod as combining marks, the Philippine strokes), the sailing and
    its twin one figure apart, towns of Mindoro."""
    platform = Platform(
        title="Barko at lipad — Calapan, San Jose at Sant Feliu",
        subtitle=f"{HANUNOO_NAME} · Mansalay at Bulalacao{NBSP}⛴",
        lead=wrap(
            rng,
            (
                "The morning ferry meets the flight from San Jose, and one ticket covers both. "
                "Each notice is written in the Hanunoo script with Filipino under it; the "
                "times are in Western figures, as the ferry company gives them."
            ),
            72,
        ),
        sections=("Iskedyul", "Barko", "Lipad", "Paalala", "Kontak"),
        notes=("The bus leaves the pier at 07:10.", "Spellings follow the school in Mansalay."),
        item=_hanunoo_item,
        footer=("Ferry delays: call the pier office.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
