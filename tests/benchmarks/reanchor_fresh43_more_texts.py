"""More forty-third-round fresh texts (no test here): the music library's loan register, the
choir's part list and seating plan by row, a Buginese/Indonesian notice for a wedding-music
performance and a Buhid/Filipino notice for a community choir's practice times.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh43_kit import (
    BUGINESE_LINES,
    BUGINESE_THANKS,
    BUHID_LINES,
    BUHID_THANKS,
    ON_LOAN,
    PEOPLE,
    RETURNED,
    STOCK,
    buginese,
    buhid,
)

# -- the loan register ---------------------------------------------------------------------------

BORROWERS = (
    "Riverside Philharmonic",
    "Riverside Community Choir",
    "St Mary’s Choral Society",
    "County Youth Orchestra",
    "Northgate School",
)
#: Loans: catalogue numbers one figure apart ("ML-2041", "ML-2014", "ML-2401").
LOANS = (
    ("ML-2041", "Brahms, Symphony No. 2, parts"),
    ("ML-2014", "Brahms, Symphony No. 2, score"),
    ("ML-2401", "Elgar, Cello Concerto, parts"),
    ("ML-3107", "Fauré, Requiem, vocal scores"),
    ("ML-3170", "Fauré, Requiem, vocal scores"),
    ("ML-1288", "Dvořák, Symphony No. 8, parts"),
    ("ML-1828", "Mozart, Violin Concerto No. 3, parts"),
    ("ML-4552", "Haydn, Symphony No. 104, parts"),
)
ISSUED = ("Issued 6 Oct", "Issued 13 Oct", "Issued 20 Oct", "Issued 27 Oct")
UNDER_LOANS = (
    "Bowings marked in pencil",
    "Bowings marked in pencil",
    "Missing: second oboe part",
    "Renewed once",
)


def _loans_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(ISSUED):
        return []
    lines = [ISSUED[index]]
    for number, what in rng.sample(LOANS, rng.randint(3, 5)):
        status = rng.choice((ON_LOAN, ON_LOAN, RETURNED))
        lines.append(f"{number}  {what}  {status}")
        if rng.random() < 0.3:
            lines.append(rng.choice(UNDER_LOANS))
    return list(dict.fromkeys(lines))


def loan_register(rng: random.Random) -> str:
    """The music library's loan register by borrower: one line a loan ("ML-2041  Brahms,
    Symphony No. 2, parts  On loan"), catalogue numbers one figure apart, "On loan" and
    "Returned" repeated, the same note under many loans."""
    platform = Platform(
        title="Loan register — Riverside Hall music library",
        subtitle=f"Kept by the librarian; loans run for eight weeks{NBSP}📚",
        lead=wrap(
            rng,
            (
                "Sets go out complete and come back complete. Mark bowings and cuts in soft "
                "pencil only, and rub them out before you return the parts. A set kept past "
                "its date is charged to the borrower at the hire rate."
            ),
            72,
        ),
        sections=BORROWERS,
        notes=("One line a set.", "Check the set before you sign for it."),
        item=_loans_item,
        footer=("Lost parts are charged at cost.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- the choir's part list and seating plan ------------------------------------------------------

ROWS = ("Row A — front", "Row B", "Row C", "Row D — back", "Soloists and conductor")
PARTS = ("Soprano 1", "Soprano 2", "Alto 1", "Alto 2", "Tenor 1", "Tenor 2", "Bass 1", "Bass 2")
SINGERS = (*PEOPLE, "Maria Santos", "Maria Santis", "Joy Dela Cruz", "Ben Reyes")
UNDER_SEATS = ("Needs a chair with arms", "Own copy of the Fauré", "Own copy of the Fauré")


def _seating_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    first = 1 + index * 5
    part = rng.choice(PARTS)
    lines = [f"Seats {first} to {first + 4}, {part.lower()}"]
    for seat in range(first, first + rng.randint(3, 5)):
        lines.append(f"Seat {seat}  {rng.choice(SINGERS)}  {part}")
        if rng.random() < 0.2:
            lines.append(rng.choice(UNDER_SEATS))
    return list(dict.fromkeys(lines))


def seating_plan(rng: random.Random) -> str:
    """The choir's part list and seating plan by row: one line a singer ("Seat 4  Maria
    Santos  Soprano 1"), names one letter apart, the same parts in every row."""
    platform = Platform(
        title="Seating plan — Riverside Community Choir, Fauré Requiem",
        subtitle=f"Drawn up by the choir secretary for the concert of 25 October{NBSP}🎶",
        lead=wrap(
            rng,
            (
                "Sit where the plan puts you for the last two rehearsals and the concert. "
                "Parts stand together from the front; the tallest singers go to the back "
                "rows. Tell the secretary if you need a chair with arms or an aisle seat."
            ),
            72,
        ),
        sections=ROWS,
        notes=("Seats numbered from stage left.",),
        item=_seating_item,
        footer=("Black concert dress, no scent.", STOCK),
        least_sections=4,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


# -- the Buginese/Indonesian notice --------------------------------------------------------------

BUGINESE_TOWNS = ("Watampone", "Sengkang", "Bulukumba", "Parepare")
#: The notice's subtitle: "Ugi" (Bugis), as the script writes it.
BUGINESE_NAME = buginese("a._u.ga._i")
#: The Indonesian line under many notices: "Please come on time".
ON_TIME = "Harap datang tepat waktu"


def _buginese_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, indonesian = rng.choice(BUGINESE_LINES)
    head = f"Pengumuman {1 + len(earlier)} · Gedung Kesenian · {rng.choice(BUGINESE_TOWNS)}"
    last = rng.choice((ON_TIME, ON_TIME, BUGINESE_THANKS, "Seats for elders by the stage"))
    return [head, words, indonesian, last]


def buginese_notice(rng: random.Random) -> str:
    """A Buginese/Indonesian notice for a wedding-music performance: Lontara with its vowel
    signs and the pallawa, the mappacci evening and its twin one figure apart, towns of South
    Sulawesi."""
    platform = Platform(
        title="Musik pernikahan — Gedung Kesenian Riverside, Watampone",
        subtitle=f"{BUGINESE_NAME} · Watampone dan Sengkang{NBSP}🥁",
        lead=wrap(
            rng,
            (
                "The hall’s gamelan and kecapi players play for a wedding in the Bugis "
                "community. Each notice is written in Lontara with Indonesian under it; "
                "times are in Western figures, as the family gives them."
            ),
            72,
        ),
        sections=("Jadwal", "Mappacci", "Resepsi", "Tempat", "Kontak"),
        notes=("The players arrive an hour early.", "Spellings follow the family’s letter."),
        item=_buginese_item,
        footer=("Recording is allowed for the family only.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Buhid/Filipino notice -------------------------------------------------------------------

BUHID_TOWNS = ("Bongabong", "Roxas", "Mansalay", "Pinamalayan")
#: The notice's subtitle: "Buhid", as the script writes it.
BUHID_NAME = buhid("ba._u.ha._i")
#: The Filipino line under many notices: "Bring water".
BRING_WATER = "Magdala ng sariling tubig"


def _buhid_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, filipino = rng.choice(BUHID_LINES)
    head = f"Paunawa {1 + len(earlier)} · Kapilya ng Barangay · {rng.choice(BUHID_TOWNS)}"
    last = rng.choice((BRING_WATER, BRING_WATER, BUHID_THANKS, "Practice folders at the door"))
    return [head, words, filipino, last]


def buhid_notice(rng: random.Random) -> str:
    """A Buhid/Filipino notice for a community choir's practice times: Buhid with its vowel
    signs and the Philippine punctuation, the practice and its twin one figure apart, towns
    of Oriental Mindoro."""
    platform = Platform(
        title="Ensayo ng koro — Riverside Community Choir, Mindoro",
        subtitle=f"{BUHID_NAME} · Bongabong at Roxas{NBSP}🎤",
        lead=wrap(
            rng,
            (
                "The choir’s sister group in Oriental Mindoro practises the same Requiem. "
                "Each notice is written in the Buhid script with Filipino under it; times "
                "are in Western figures, as the parish gives them."
            ),
            72,
        ),
        sections=("Iskedyul", "Soprano at Alto", "Tenor at Bass", "Lugar", "Kontak"),
        notes=("The chapel opens at 17:00.", "Spellings follow the school in Bongabong."),
        item=_buhid_item,
        footer=("Ask the parish office for the key.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
