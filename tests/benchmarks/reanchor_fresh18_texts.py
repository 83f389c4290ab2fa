"""Eighteenth-round fresh re-anchoring texts (no test here): a ferry timetable notice, a parish
register, a patent's claims and a hymn book (and, from ``reanchor_fresh18_more_texts``, a
shipping forecast, a commodity market report, an Arabic and English municipal notice and a
Korean and English station announcement list): lists of near-identical blocks that people
reorder, with stock lines every block repeats, mixed scripts, emoji and combining marks.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh18_kit import Section, listing
from tests.benchmarks.reanchor_fresh18_more_texts import (
    bilingual_notice,
    market_report,
    shipping_forecast,
    station_announcements,
)

PORTS = (
    "Fishbourne",
    "Ryde Pier",
    "Yarmouth",
    "Île de Bréhat",
    "Cowes (East)",
    "St Peter Port",
    "Lymington",
    "Saint-Malo",
)
SHIPS = ("MV St Clare", "MV Wight Sun", "MV Commodore Goodwill", "MV Glen Sannox ⛴️")
FERRY_NOTES = (
    "Times are local. Check-in closes 20 minutes before departure.",
    "These sailings are run by Wightlink. Foot passengers board from the pier.",
    "Cars must queue in lanes 3 to 6. Motorcycles board first.",
    "The café on board opens at 07:00. Dogs stay in the car or the dog lounge.",
    "Freight has priority on the 05:30. Passengers may be asked to wait.",
    "Tide can delay the Yarmouth calls by 10 minutes. We’ll announce any change.",
)


def ferry_timetable(rng: random.Random) -> str:
    """A ferry timetable notice: sailings half an hour apart whose blocks list the same calls
    a few minutes apart, "Not on bank holidays." under most of them."""
    sailing = 0
    sections = []
    routes = rng.sample(
        [
            ("Portsmouth", "Fishbourne"),
            ("Lymington", "Yarmouth"),
            ("Poole", "St Peter Port"),
            ("Southampton", "Cowes (East)"),
            ("Jersey", "Saint-Malo"),
        ],
        5,
    )
    for index, (origin, destination) in enumerate(routes, start=1):
        minutes = rng.choice((5, 10, 20)) * 6 + 300
        blocks = []
        for _ in range(rng.randint(4, 6)):
            sailing += 1
            minutes += rng.choice((30, 30, 40, 60))
            to = rng.choice((destination, destination, rng.choice(PORTS)))
            stop = rng.choice([p for p in PORTS if p != to])
            a, b = rng.choice((12, 14, 15)), rng.choice((38, 40, 45))
            block = [
                f"Sailing {sailing} — {to}, {_clock(minutes)} from {origin}",
                f"Calls at {stop} {_clock(minutes + a)}, {to} {_clock(minutes + b)}.",
                f"Vessel: {rng.choice(SHIPS)}; car deck {rng.choice(('A', 'B'))}.",
            ]
            if rng.random() < 0.8:
                block.append("Not on bank holidays.")
            elif rng.random() < 0.5:
                block.append("Runs on Saturdays only.")
            blocks.append(block)
        sections.append(
            Section(f"Route {index} · {origin} – {destination}", FERRY_NOTES[index], blocks)
        )
    return listing(
        "Summer sailings notice — timetable 26B",
        "Valid from 18 May to 27 September 2026",
        "This notice replaces timetable 26A. Sailings marked in bold on the quay board are "
        "new. See sailing 3 for the changed call at Ryde Pier.",
        sections,
        "Timetables can change at short notice in bad weather; the master’s decision is "
        "final. Ring 0333 999 7333 before you travel.",
    )


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


FORENAMES = (
    ("Mary Jane", "daughter"),
    ("John", "son"),
    ("Ελένη", "daughter"),
    ("Thomas Henry", "son"),
    ("Jennifer", "daughter"),
    ("Ọládélé", "son"),
    ("Adébáyọ̀", "son"),
    ("Jenifer", "daughter"),
    ("Nicholas", "son"),
)
SURNAMES = ("Pascoe", "Thomas", "Rowe", "Curnow", "Trewin", "Pascoe", "Harvey", "Nankivell")
ABODES = ("Porthleven", "Breage", "Sithney", "Helston", "Porthleven")
TRADES = ("fisherman", "tin miner", "mason", "mariner", "fisherman")


def parish_register(rng: random.Random) -> str:
    """A parish register: baptism, marriage and burial entries in stock formulae, names and
    dates differing by a letter or a day, "By me, J. Trelawny, Curate." under most."""
    number = rng.randint(200, 700)
    year = rng.randint(1848, 1858)
    sections = []
    for kind, note in (
        ("Baptisms", "Entries are copied from the bishop’s transcript. Spelling is kept."),
        ("Marriages", "Both parties signed unless marked. Witnesses are named as written."),
        ("Burials", "Ages are as given by the family. Abode is the last known."),
        ("Baptisms", "From the second book, which the curate kept. His hand is hard to read."),
    ):
        blocks = []
        day = rng.randint(1, 9)
        for _ in range(rng.randint(5, 7)):
            number += 1
            day += rng.randint(0, 3)
            first, child = rng.choice(FORENAMES)
            surname, father = rng.choice(SURNAMES), rng.choice(("William", "James", "Richard"))
            place, trade = rng.choice(ABODES), rng.choice(TRADES)
            head = f"No. {number} — {day} March {year}"
            if kind == "Baptisms":
                body = [
                    f"{first}, {child} of {father} and Anne {surname}, was baptised.",
                    f"Abode {place}; father’s trade {trade}.",
                ]
            elif kind == "Marriages":
                bride = rng.choice(SURNAMES)
                body = [
                    f"{father} {surname}, bachelor, of full age, and {first} {bride}, "
                    "spinster, were married by banns.",
                    f"Witnesses: Richard {surname} and Mary Rowe ✝️; abode {place}.",
                ]
            else:
                body = [
                    f"{first} {surname}, of {place}, aged {rng.randint(1, 90)}, was buried.",
                    f"Cause entered: {rng.choice(('fever', 'decline', 'drowned at sea'))}.",
                ]
            closing = "By me, J. Trelawny, Curate." if rng.random() < 0.75 else "By me, the Vicar."
            blocks.append([head, *body, closing])
        sections.append(Section(f"{kind} · {year}", note, blocks))
    return listing(
        f"Parish of Breage — register transcript, {year}",
        "Copied by the Family History Society (volume 14)",
        "This transcript follows the order of the original pages. Where two entries look "
        "alike, both are kept; see no. "
        f"{number - 3} for a known double entry.",
        sections,
        "The original register can’t be handled; ask the churchwardens for the microfilm. "
        "Corrections to this copy are welcome and are credited.",
    )


PARTS = ("valve", "housing", "seal", "spring", "sensor", "lever")
MATERIALS = ("brass", "stainless steel", "PTFE", "glass-filled nylon", "bronze")


def patent_claims(rng: random.Random) -> str:
    """A patent's claims: dependent claims "The apparatus of claim 3, wherein …" that differ
    by one word or one figure, the same wherein-clauses under several claims."""
    sections = []
    claim = 0
    for kind, note in (
        ("Apparatus", "Claims 1 to 9 are directed to the apparatus. Reference signs are omitted."),
        ("Method", "The method claims use the apparatus above. Steps may run in any order."),
        ("System", "The system claims add a controller. The controller’s firmware is not claimed."),
        ("Kit", "The kit claims cover spare parts. A kit may be sold without the body."),
    ):
        blocks = []
        independent = claim + 1
        for _ in range(rng.randint(6, 7)):
            claim += 1
            if claim == independent:
                body = [
                    f"A{'n' if kind[0] in 'AEIOU' else ''} {kind.lower()} for metering a fluid, "
                    f"comprising a {rng.choice(PARTS)} and a {rng.choice(PARTS)}.",
                    "The said parts are held in a common body.",
                ]
            else:
                parent = rng.randint(independent, claim - 1)
                part, material = rng.choice(PARTS), rng.choice(MATERIALS)
                body = [
                    f"The {kind.lower()} of claim {parent}, wherein the {part} is made of "
                    f"{material}.",
                    f"The {part} is {rng.choice((10, 12, 15, 20))} µm to "
                    f"{rng.choice((40, 45, 50))} µm thick.",
                ]
                if rng.random() < 0.6:
                    body.append("Operable between −20 °C and 120 °C.")
            blocks.append([f"Claim {claim}.", *body])
        sections.append(Section(f"Claims · {kind}", note, blocks))
    return listing(
        "EP 4 118 203 B1 — Metering valve with α-β seal",
        "Claims as granted (English text); the French and German texts are equally valid",
        "What is claimed is set out below. The claims were amended in examination; see claim "
        "2 for the narrowed seal.",
        sections,
        "The patent’s description and drawings are published separately. Translations of the "
        "claims can’t be relied on in court.",
    )


HYMNS = (
    "Calon Lân (Pure heart)",
    "Guide me, O thou great Redeemer",
    "Morning has broken",
    "Eternal Father, strong to save",
    "Lord of all hopefulness",
)
VERSE_LINES = (
    "Nid wy’n gofyn bywyd moethus,",
    "Aur y byd na’i berlau mân:",
    "Guide me, O thou great Redeemer,",
    "Pilgrim through this barren land;",
    "I am weak, but thou art mighty,",
    "Hold me with thy powerful hand.",
    "Morning has broken like the first morning,",
    "Blackbird has spoken like the first bird.",
    "Whose arm hath bound the restless wave,",
    "Who bidd’st the mighty ocean deep",
    "Lord of all eagerness, Lord of all faith,",
    "Lord of all kindliness, Lord of all grace,",
    "Be there at our waking, and give us, we pray,",
    "Be there at our labours, and give us, we pray,",
)
CHORUSES = (
    ("Calon lân yn llawn daioni,", "Tecach yw na’r lili dlos:", "Dim ond calon lân all ganu,"),
    (
        "Bread of heaven, bread of heaven,",
        "Feed me till I want no more;",
        "Feed me now and evermore.",
    ),
    ("O hear us when we cry to thee", "For those in peril on the sea!", "Amen, amen. 🙏"),
)


def hymn_book(rng: random.Random) -> str:
    """A hymn book: verses of lines drawn from one pool (two lines apart by one word, the
    same line in two hymns), and a chorus repeated word for word after each verse."""
    sections = []
    for index, title in enumerate(rng.sample(HYMNS, 5), start=1):
        chorus = list(rng.choice(CHORUSES))
        blocks = []
        verses = rng.randint(3, 4)
        lines = rng.sample(VERSE_LINES, 3 * verses)
        for verse in range(1, verses + 1):
            mine = lines[3 * verse - 3 : 3 * verse]
            blocks.append([f"Verse {verse}", *mine, "Alleluia, alleluia!"])
            blocks.append(["Chorus", *chorus])
        note = rng.choice(
            (
                "Tune: Calon Lân. Sing the chorus after every verse.",
                "Tune: Cwm Rhondda. The last line of the chorus is sung twice.",
                "Tune: Bunessan. Sing it gently, all together.",
                "Tune: Melita. The choir takes verse 2 alone.",
            )
        )
        sections.append(Section(f"Hymn {index * 7 + rng.randint(0, 6)} · {title}", note, blocks))
    return listing(
        "Capel Bethel — hymn sheet for Sunday",
        "Morning service, 10:30; words only",
        "Please stand for the hymns. The words are printed as the hymn book has them; the "
        "Welsh verses are sung in Welsh.",
        sections,
        "Words reproduced under CCLI licence 1142. Large-print sheets are at the door, and the "
        "loop system covers the front pews.",
    )


#: Every kind of text of the eighteenth round, in seed order.
KINDS = (
    ferry_timetable,
    parish_register,
    patent_claims,
    hymn_book,
    shipping_forecast,
    market_report,
    bilingual_notice,
    station_announcements,
)
