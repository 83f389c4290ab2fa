"""Thirty-eighth-round fresh re-anchoring texts (no test here): a gallery's object labels, the
gallery guide by rooms, an exhibition's object checklist and the loans-out register with its
amended entries, each a full page as a museum publishes it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh38_kit import (
    CREDITS,
    GIFT,
    MAKERS,
    MATERIALS,
    OPENING_HOURS,
    PRIVATE_LOAN,
    PURCHASED,
    STOCK,
    UNKNOWN,
)
from tests.benchmarks.reanchor_fresh38_more_texts import (
    chakma_labels,
    conservation_notes,
    vai_labels,
    visitor_questions,
)

#: Objects: a title, its materials line and where it was made.
OBJECTS = (
    ("Covered bowl", MATERIALS[0], "Staffordshire"),
    ("Punch bowl", MATERIALS[0], "Bristol"),
    ("Jug with hunting scene", MATERIALS[1], "Lambeth"),
    ("Tankard", MATERIALS[1], "Lambeth"),
    ("Country cloth", MATERIALS[2], "Jondu"),
    ("Pinon skirt cloth", MATERIALS[2], "Rangamati"),
    ("Sowei mask", MATERIALS[3], "Tienii"),
    ("Ceremonial spoon", MATERIALS[3], "Bomi"),
    ("Christening cup", MATERIALS[4], "Birmingham"),
    ("View of the harbour", MATERIALS[5], "Bristol"),
)
#: Accession numbers: years, lots and parts one figure apart ("1921.34.2", "1921.34.3").
YEARS = (1921, 1921, 1931, 1987, 2003)
LOTS = (34, 34, 43, 7, 17)
#: Dates as labels give them: ranges one year apart, single years, "c." years.
DATES = ("1790–1800", "1791–1801", "1790–1800", "1881", "1882", "c. 1790", "1921", "1987–1990")
SIZES = (12, 24, 32, 23, 42, 9.5)


def accession(rng: random.Random) -> str:
    """An accession number: "1921.34.2" (twins one figure apart)."""
    index = rng.randrange(len(YEARS))
    return f"{YEARS[index]}.{LOTS[index]}.{rng.randint(1, 4)}"


def maker(rng: random.Random) -> str:
    """A maker: unknown more often than not."""
    return UNKNOWN if rng.random() < 0.55 else rng.choice(MAKERS)


def dimensions(rng: random.Random) -> str:
    """Dimensions as a label gives them: "H. 32 cm, W. 24 cm"."""
    height, width = rng.sample(SIZES, 2)
    return f"H. {height:g} cm, W. {width:g} cm"


# -- object labels --------------------------------------------------------------------------------


def _label_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 7:
        return []
    title, material, place = rng.choice(OBJECTS)
    lines = [
        f"{title}  {accession(rng)}",
        f"{maker(rng)}, {place}, {rng.choice(DATES)}",
        material,
        dimensions(rng),
        rng.choice((*CREDITS, GIFT, PRIVATE_LOAN)),
    ]
    if title in ("Covered bowl", "Tankard") and rng.random() < 0.5:
        lines.insert(4, "The lid is a later replacement.")
    return lines


def object_labels(rng: random.Random) -> str:
    """A gallery's object labels by case: title and accession number ("Covered bowl
    1921.34.2"), maker, place and date ("Unknown maker, Staffordshire, 1790–1800"), materials,
    dimensions and a credit line; "Unknown maker", the credit lines and materials recurring."""
    platform = Platform(
        title="Object labels — Harbourside City Museum, Gallery of Making",
        subtitle=f"Label copy as installed, March 2026{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "These are the labels as they stand in the cases. Dimensions are height "
                "before width. Where the maker is not known the label says so; dates with "
                "a range are the curators’ best estimate."
            ),
            72,
        ),
        sections=tuple(
            f"Case {n}: {name}"
            for n, name in enumerate(
                ("Ceramics", "Textiles", "Wood and fibre", "Silver", "Works on paper", "New gifts"),
                start=1,
            )
        ),
        notes=("Labels read left to right.", "Objects are shown in the order of the case."),
        item=_label_item,
        footer=("Large-print labels are at the gallery entrance.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- the gallery guide ----------------------------------------------------------------------------

FLOORS = ("Lower ground floor", "Ground floor", "First floor", "Second floor", "Third floor")
THEMES = (
    "Early ceramics",
    "Textiles of West Africa",
    "Cloth of the Hill Tracts",
    "Silver and pewter",
    "The harbour in pictures",
    "Masks and performance",
    "Makers of Lambeth",
)
ROOM_ENDINGS = (
    "Step-free access from the lift",
    "Step-free access from the lift",
    "Audio guide stop in this room",
    "Please do not touch the objects.",
)


def _room_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    number = FLOORS.index(section) * 10 + index * 2 + rng.choice((1, 2))
    lines = [f"Room {number} · {rng.choice(THEMES)}"]
    for _ in range(rng.randint(2, 5)):
        title, _, _ = rng.choice(OBJECTS)
        lines.append(f"{accession(rng)}  {title}, {maker(rng)}")
    lines.append(rng.choice(ROOM_ENDINGS))
    return lines


def gallery_guide(rng: random.Random) -> str:
    """The gallery guide by floor and room ("Room 14 · Textiles of West Africa"), the objects
    of each room by accession number, the same opening hours line under every floor, room
    numbers one figure apart ("Room 4", "Room 14")."""
    platform = Platform(
        title="Gallery guide — Harbourside City Museum",
        subtitle=f"What is where, floor by floor{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "Rooms are numbered by floor: Room 4 is on the lower ground floor and Room 14 "
                "on the ground floor. Objects are listed by accession number. Some rooms "
                "close for rehanging; the desk in the main hall has the day’s changes."
            ),
            72,
        ),
        sections=FLOORS,
        notes=(OPENING_HOURS,),
        item=_room_item,
        footer=("A map of the floors is printed on the back of your ticket.", STOCK),
        least_sections=4,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


# -- the exhibition checklist ---------------------------------------------------------------------

CHECKLIST_PARTS = (
    "Part 1: Makers and workshops",
    "Part 2: The Liberian collection",
    "Part 3: Textiles of the Hill Tracts",
    "Part 4: Works on paper",
    "Part 5: Loans from private collections",
)
LENDERS = ("Lent by the Whitworth, Manchester", "Lent by the Horniman Museum, London")


def _checklist_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 7:
        return []
    title, material, _ = rng.choice(OBJECTS)
    year = rng.choice((1790, 1791, 1792, 1881, 1882, 1921, 1931))
    circa = "c. " if rng.random() < 0.2 else ""
    lines = [
        f"Cat. {1 + len(earlier)}  {maker(rng)}  {title}, {circa}{year}",
        material,
        accession(rng),
        rng.choice((*CREDITS, *LENDERS, PURCHASED)),
    ]
    return lines


def checklist(rng: random.Random) -> str:
    """An exhibition's object checklist, numbered entries ("Cat. 12  Unknown maker  Covered
    bowl, 1791"), several objects by "Unknown maker" with dates one year apart, materials and
    accession numbers under each, lenders and credit lines recurring."""
    platform = Platform(
        title="Checklist of objects — “Made by Hand”, Harbourside City Museum, 2026",
        subtitle=f"Exhibition checklist, third draft{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "The checklist gives every object in the exhibition in the order of the "
                "catalogue. Makers’ names are as the lenders gave them. Objects by an unknown "
                "maker are dated by comparison with marked pieces."
            ),
            72,
        ),
        sections=CHECKLIST_PARTS,
        notes=("Numbers follow the catalogue.", "Dates are of making, not of acquisition."),
        item=_checklist_item,
        footer=("The checklist is subject to change before the opening.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- the loans-out register -----------------------------------------------------------------------

BORROWERS = (
    "Whitworth Art Gallery, Manchester",
    "Horniman Museum, London",
    "National Museum of Liberia, Monrovia",
    "Bangladesh National Museum, Dhaka",
)
MONTHS = ("March", "April", "May", "September", "October")
LOAN_ENDINGS = (
    "Condition checked on return",
    "Condition checked on return",
    "Courier required",
    "Insurance by government indemnity",
)


def _loan_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 6:
        return []
    year = 2025 if "2025" in section else 2026
    amended = " (amended)" if section == "Amended entries" else ""
    title, _, _ = rng.choice(OBJECTS)
    due = f"{rng.choice((1, 30, 31))} {rng.choice(MONTHS)} {year + 1}"
    dates = f"Out {rng.randint(2, 28)} {rng.choice(MONTHS)} {year}  Due back {due}"
    if amended:
        dates += f" (was {rng.choice((1, 30))} {rng.choice(MONTHS)} {year})"
    return [
        f"Loan L{year}.{len(earlier) + 1:02d}{amended}  To {rng.choice(BORROWERS)}",
        f"{accession(rng)}  {title}",
        dates,
        f"Insured for £{rng.choice((12, 21, 120))},000",
        rng.choice(LOAN_ENDINGS),
    ]


def loans_register(rng: random.Random) -> str:
    """The loans-out register and its amended entries: a loan a borrower ("Loan L2025.07  To
    Whitworth Art Gallery, Manchester"), the object, dates out and due back, insurance and
    "Condition checked on return" recurring; amended entries give the earlier date."""
    platform = Platform(
        title="Loans out register — Harbourside City Museum, 2025–2026",
        subtitle=f"Register of objects lent, as amended{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "Objects lent to other museums, with the dates they left and are due back. "
                "Amended entries give the earlier date in brackets. Every object is checked "
                "by a conservator when it returns."
            ),
            72,
        ),
        sections=("Loans out, 2025", "Loans out, 2026", "Amended entries", "Loans returned"),
        notes=("Agreed by the loans committee.", "Dates are as agreed with the borrower."),
        item=_loan_item,
        footer=("The register is checked every quarter.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    object_labels,
    gallery_guide,
    checklist,
    loans_register,
    conservation_notes,
    visitor_questions,
    vai_labels,
    chakma_labels,
)
