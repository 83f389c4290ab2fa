"""More forty-second-round fresh texts (no test here): the waiting list by band, the
parking-permit register, a Cham/Vietnamese notice for a laundry room's hours and a
Rejang/Indonesian notice for a water outage.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh42_kit import (
    CHAM_LINES,
    CHAM_THANKS,
    PEOPLE,
    REJANG_LINES,
    REJANG_THANKS,
    STOCK,
    VALID,
    cham,
    rejang,
)

#: The co-operative's blocks (the sections of the log, the schedule and the fire notices).
BLOCKS = (
    "Alder House",
    "Birch House",
    "Cedar Court",
    "Damson Court",
    "Elm Terrace",
    "Foxglove Walk",
)

# -- the waiting list -----------------------------------------------------------------------------

BANDS = ("Band A — urgent", "Band B — high", "Band C — medium", "Band D — low")
SIZES = ("One-bedroom flats", "Two-bedroom flats", "Three-bedroom flats", "Four-bedroom houses")
REGISTERED = (
    "12 Jan 2021",
    "21 Jan 2021",
    "3 Mar 2022",
    "30 Mar 2022",
    "8 Nov 2023",
    "18 Nov 2023",
)
NEEDS = (
    "overcrowded by one room",
    "overcrowded by one room",
    "medical priority",
    "transfer request",
    "leaving care",
    "under-occupying",
)


def _waiting_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(SIZES):
        return []
    lines = [SIZES[index]]
    for name in rng.sample(PEOPLE, rng.randint(3, 5)):
        lines.append(f"{name}  registered {rng.choice(REGISTERED)}  {rng.choice(NEEDS)}")
    if rng.random() < 0.4:
        lines.append("Offers made in date order")
    return lines


def waiting_list(rng: random.Random) -> str:
    """The waiting list by band: one line an applicant ("Joan Okafor  registered 12 Jan 2021
    overcrowded by one room"), names one letter apart, dates one figure apart, the same
    sizes under every band."""
    platform = Platform(
        title="Waiting list — Riverside Housing Co-operative, March 2026",
        subtitle=f"Reviewed by the lettings panel every quarter{NBSP}📋",
        lead=wrap(
            rng,
            (
                "Applicants are banded by need and, within a band, offered homes in the order "
                "they registered. A change of circumstances can move an applicant to another "
                "band; tell the office, and the panel reviews it at its next meeting."
            ),
            72,
        ),
        sections=BANDS,
        notes=("Names are published with the applicants’ consent.",),
        item=_waiting_item,
        footer=("Appeals go to the lettings panel.", STOCK),
        least_sections=4,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the parking-permit register ------------------------------------------------------------------

CAR_PARKS = (
    "Car park 1, Alder House",
    "Car park 2, Cedar Court",
    "Street bays, River Lane",
    "Garages, Elm Terrace",
    "Motorcycle bays",
)
#: Plates one character apart ("AB12 CDE", "AB12 CDF", "AB21 CDE").
PLATES = (
    "AB12 CDE",
    "AB12 CDF",
    "AB21 CDE",
    "KX70 LMO",
    "KX70 LMD",
    "YR19 TPA",
    "YR19 TPH",
    "LD68 WZS",
    "LD66 WZS",
    "GF15 NRB",
)
PERMIT_FLATS = ("12B", "12D", "21B", "3A", "3C", "14A", "41A", "7D")
UNDER_PERMITS = (VALID, VALID, "Blue badge holder", "Permit suspended — parking arrears")


def _parking_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    first = 1 + index * 10
    lines = [f"Bays {first} to {first + 9}"]
    for plate in rng.sample(PLATES, rng.randint(3, 4)):
        lines.append(f"{plate}  Flat {rng.choice(PERMIT_FLATS)}  Permit {rng.randint(400, 480):04}")
        if rng.random() < 0.5:
            lines.append(rng.choice(UNDER_PERMITS))
    return lines


def parking_register(rng: random.Random) -> str:
    """The parking-permit register by car park: one line a permit ("AB12 CDE  Flat 12B
    Permit 0412"), plates one character apart, "Valid to 31 March 2027" under many."""
    platform = Platform(
        title="Parking permits — Riverside Housing Co-operative, 2026 to 2027",
        subtitle=f"Issued by the office; display the permit in the windscreen{NBSP}🚗",
        lead=wrap(
            rng,
            (
                "One permit a household, for the plate written on it. A car without a permit "
                "for its plate may be asked to move; tell the office about a new car before "
                "you park it, and bring the logbook."
            ),
            72,
        ),
        sections=CAR_PARKS,
        notes=("One line a permit.", "Bays are numbered from the entrance."),
        item=_parking_item,
        footer=("Visitor permits are at the office.", STOCK),
        least_sections=4,
        least_items=4,
    )
    return export(rng, platform)


# -- the Cham/Vietnamese notice -------------------------------------------------------------------

CHAM_TOWNS = ("Phan Rang", "Phan Rí", "Ninh Phước", "Tuy Phong")
#: The notice's subtitle: "Cham", as the script writes it.
CHAM_NAME = cham("cha._m")
#: The Vietnamese line under many rooms: "Please collect your washing after the cycle".
COLLECT = "Vui lòng lấy đồ sau khi giặt xong"


def _cham_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, vietnamese = rng.choice(CHAM_LINES)
    head = f"Phòng giặt {1 + len(earlier)} · khu nhà Riverside · {rng.choice(CHAM_TOWNS)}"
    last = rng.choice((COLLECT, COLLECT, CHAM_THANKS, "Bring your own powder"))
    return [head, words, vietnamese, last]


def cham_notice(rng: random.Random) -> str:
    """A Cham/Vietnamese notice for a laundry room's hours: Eastern Cham in its script (vowel
    signs, the final ng as a sign or a letter, final letters, Cham digits and the danda), the
    hours and their twin one figure apart, towns of Ninh Thuận and Bình Thuận."""
    platform = Platform(
        title="Giờ mở phòng giặt — khu nhà Riverside",
        subtitle=f"{CHAM_NAME} · Phan Rang và Phan Rí{NBSP}🧺",
        lead=wrap(
            rng,
            (
                "The laundry rooms serve the Cham families of the co-operative’s sister "
                "buildings in Ninh Thuận. Each notice is written in the Cham script with "
                "Vietnamese under it; the hours are in Cham digits."
            ),
            72,
        ),
        sections=("Giờ mở cửa", "Khu A", "Khu B", "Lưu ý", "Liên hệ"),
        notes=("Machines take tokens from the office.", "Spellings follow the village school."),
        item=_cham_item,
        footer=("Lost washing is kept for a week.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Rejang/Indonesian notice -----------------------------------------------------------------

REJANG_TOWNS = ("Curup", "Kepahiang", "Lebong", "Bengkulu")
#: The notice's subtitle: "Rejang", as the script writes it.
REJANG_NAME = rejang("ra._e.ja._ng")
#: The Indonesian line under many notices: "Store water in the bucket beforehand".
STORE_WATER = "Simpan air di ember sebelumnya"


def _rejang_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, indonesian = rng.choice(REJANG_LINES)
    head = f"Pemberitahuan {1 + len(earlier)} · Rusun Riverside · {rng.choice(REJANG_TOWNS)}"
    last = rng.choice((STORE_WATER, STORE_WATER, REJANG_THANKS, "Bring a bucket to the tanker"))
    return [head, words, indonesian, last]


def rejang_notice(rng: random.Random) -> str:
    """A Rejang/Indonesian notice for a water outage: Rejang in its script (vowel signs,
    consonant signs and the virama as combining marks, the section mark), the outage and its
    twin one figure apart, towns of Bengkulu."""
    platform = Platform(
        title="Pemadaman air — Rusun Riverside, Bengkulu",
        subtitle=f"{REJANG_NAME} · Curup dan Lebong{NBSP}🚰",
        lead=wrap(
            rng,
            (
                "The water company is replacing the main pipe under the car park. Each notice "
                "is written in the Rejang script with Indonesian under it; times are in "
                "Western figures, as the water company gives them."
            ),
            72,
        ),
        sections=("Jadwal", "Blok A", "Blok B", "Blok C", "Kontak"),
        notes=("The tanker stops by the gate.", "Spellings follow the village school."),
        item=_rejang_item,
        footer=("Report leaks to the office.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
