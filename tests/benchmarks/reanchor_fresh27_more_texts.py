"""More twenty-seventh-round fresh texts (no test here): an airport departures board, a power-cut
status page, an N'Ko/French notice and a Balinese/Indonesian one.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWSP, Platform, export
from tests.benchmarks.reanchor_fresh27_kit import (
    CARIK,
    CARIK_PARERON,
    STOCK,
    ZWNJ,
    balinese_digits,
    nko_digits,
)

# -- an airport departures board ------------------------------------------------------------------

#: Destinations and the flights that serve them (the first is the operator; the others,
#: numbers a digit apart in places, are codeshares of the same flight).
ROUTES = (
    ("Lisbon", ("TP 1351", "BA 2471", "IB 7421")),
    ("Madrid", ("IB 3171", "BA 2472")),
    ("Paris CDG", ("AF 1681", "KL 1681", "DL 8611")),
    ("Amsterdam", ("KL 1682", "AF 1682")),
    ("Dublin", ("EI 2471",)),
    ("Oslo", ("SK 4710", "LH 4710")),
)


def _departure(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    first = {"Morning": 6, "Midday": 11, "Afternoon": 14, "Evening": 18}.get(section, 21)
    minutes = first * 60 + 14 * index + rng.choice((0, 0, 1))
    if minutes >= (first + 5) * 60:
        return []
    destination, flights = ROUTES[(index + len(section)) % len(ROUTES)]
    lines = [f"{minutes // 60:02}:{minutes % 60:02} {destination}"]
    lines += [f"Flight {flight}" for flight in flights[: rng.randint(1, len(flights))]]
    lines.append(f"Gate {rng.choice((11, 12, 12, 21))}")
    lines.append(rng.choice(("Delayed", "Boarding", "On time", "On time", "Departed")))
    return lines


def departures_board(rng: random.Random) -> str:
    """A departures board as text: flight numbers a digit apart, one flight under several
    codeshare numbers at the same time and destination, gates and statuses."""
    platform = Platform(
        title="Departures — Riverside International, Terminal 2",
        subtitle=f"As of 06:00 · times are local and updated every minute{NBSP}✈️",
        lead=wrap(
            rng,
            (
                "Flights to Lisbon and Madrid are delayed by the storm. A flight can be listed "
                "under several numbers: TP 1351, BA 2471 and IB 7421 are one aircraft."
            ),
            72,
        ),
        sections=("Morning", "Midday", "Afternoon", "Evening", "Night"),
        notes=("Gates open 40 minutes before departure.", "Go to the gate when shown."),
        item=_departure,
        footer=("Departed flights leave this board after 30 minutes.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a power-cut status page ----------------------------------------------------------------------

AREAS = {
    "North": (("Northgate", "NG1 4"), ("Northgate Park", "NG1 5"), ("Hillside North", "HS2 1")),
    "Central": (
        ("Riverside Central", "RV1 2"),
        ("Riverside Quay", "RV1 3"),
        ("Millbrook", "MB4 2"),
    ),
    "South": (
        ("Millbrook East", "MB4 3"),
        ("Millbrook Park", "MB4 4"),
        ("South Riverside", "RV3 1"),
    ),
    "East": (("Hillside", "HS2 2"), ("Hillside Farm", "HS2 3"), ("Eastholme", "EH5 1")),
}


def _outage(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    areas = AREAS.get(section, AREAS["Central"])
    if index >= 4 * len(areas):
        return []
    name, postcode = areas[index % len(areas)]
    if index >= len(areas):
        suffix = ("Village", "Road", "Estate")[index // len(areas) - 1]
        name, postcode = f"{name} {suffix}", f"{postcode[:-1]}{5 + index // len(areas)}"
    status = rng.choice(("Engineers on site", "Engineers on site", "Restored", "Fault found"))
    lines = [f"Area: {name} ({postcode})", status]
    if status != "Restored":
        lines.append(f"Estimated restoration {rng.choice(('18:00', '18:00', '19:30', '21:00'))}")
    lines.append(f"Customers affected: {rng.randint(40, 900)}")
    return lines


def outage_page(rng: random.Random) -> str:
    """A power-cut status page: areas with postcodes, "Engineers on site", "Estimated
    restoration 18:00" and "Restored" repeated for many areas."""
    platform = Platform(
        title="Power cuts — status by area",
        subtitle=f"Riverside Electricity · As of 06:00, refreshed every 15 minutes{NBSP}⚡",
        lead=wrap(
            rng,
            (
                "About 6,300 homes are without power after the storm. Engineers on site in most "
                "areas; supply is restored area by area. Estimated restoration 18:00."
            ),
            72,
        ),
        sections=("North", "Central", "South", "East"),
        notes=("Times are estimates.", "Call 105 to report a cut."),
        item=_outage,
        footer=("Restoration times may change as engineers assess damage.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- an N'Ko/French notice ------------------------------------------------------------------------

#: N'Ko clauses (Bambara, right to left in display, with tone marks; some letters carry two
#: marks), with the French and the Bambara in Latin letters.
NKO_LINES = (
    ("ߟߊ߬ߞߐ߬ߟߌ ߟߎ߬ ߘߊ߬ߕߎ߬ߜߎ߬ ߟߋ߬ ߞߊ߬߳ ߕߌ߲߬ߋ߲߫ ߟߊ߫ 12", "Les écoles sont fermées le 12.",
     "Lakɔliw datugulen bɛ tɛnɛn 12."),
    ("ߖߌ ߕߍ߫ ߛߐ߬ߘߐ߲߬ ߘߎ߱ߟߊ 3 ߞߊ߲߬߳", "L’eau est coupée pendant 3 jours.",
     "Ji tɛ sɔrɔ dugu 3 kɔnɔ."),
    ("ߡߐ߰ ߟߎ߬ ߞߊ߬ ߓߐ߫ ߛߏ ߞߣߐ߫ ߕߎ߬ߡߊ 18 ߟߊ߫", "Restez chez vous après 18 heures.",
     "Mɔgɔw ka to so kɔnɔ 18 waati."),
    ("ߞߐ߲߬ߞߏߘߐ ߘߟߊ߬ߟߌ ߞߍ߫ ߘߊ߫ ߘߏߞߕߍ߫ߙߋ ߟߊ߫ 2", "Le centre de santé 2 est ouvert.",
     "Dɔgɔtɔrɔso 2 da bɛ wuli."),
    ("ߓߊ߬ߡߊ߬ߞߐ߫ ߕߊ߯ߡߊ ߞߊ߬߳ ߞߍ߫ ߛߌ߬ߣߌ߲߬ 15", "Les bus reprennent le 15.",
     "Bamakɔ taama bɛ daminɛ 15."),
)  # fmt: skip
NKO_THANKS = "ߊ߬ ߣߌ߫ ߗߋ߫ ߞߏߛߓߍ߫߸"


def _nko(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, french, bambara = rng.choice(NKO_LINES)
    line = words + "."
    if rng.random() < 0.5:
        line = nko_digits(line)
    lines = [f"Avis {1 + len(earlier)} · {rng.randint(2, 20)} mars · Bamako", line, french]
    if rng.random() < 0.4:
        lines.append(bambara)
    lines.append(rng.choice(("Merci.", "Merci.", NKO_THANKS, NKO_THANKS)))
    return lines


def nko_notice(rng: random.Random) -> str:
    """A civil-protection notice in N'Ko and French: N'Ko digits or Western ones, tone marks
    and the nasalisation mark, two tone marks on some letters, Bambara in Latin letters."""
    platform = Platform(
        title="Avis à la population — Protection civile de Bamako",
        subtitle=f"ߞߎߡߊߟߐ ߓߊ߯ߙߊ · mars 2026{NBSP}📢",
        lead=wrap(
            rng,
            (
                "Les avis sont donnés en N’Ko et en français, parfois en bambara. Le texte N’Ko "
                "fait foi. Merci de votre compréhension."
            ),
            72,
        ),
        sections=("Écoles — ߟߊ߬ߞߐ߬ߟߌ", "Eau — ߖߌ", "Santé", "Transports", "Sécurité"),
        notes=("Avis affichés à la mairie.", "Traduction par le service de la mairie."),
        item=_nko,
        footer=("Publié sur la page de la mairie.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Balinese/Indonesian notice -----------------------------------------------------------------

#: Balinese clauses as lists of words (no spaces between them in print), and the Indonesian.
BALINESE_LINES = (
    (("ᬲᬾᬓᭀᬮᬄ", "ᬤᬶᬢᬸᬢᬸᬧ᭄", "ᬢᬗ᭄ᬕᬮ᭄ ", "12"), "Sekolah ditutup tanggal 12."),
    (("ᬩᬜ᭄ᬚᬶᬃ", "ᬦᬾᬓᬦ᭄", "ᬚᬮᬦ᭄", "ᬩᬤᬸᬗ᭄ ", "3", " ᬤᬶᬦ"), "Banjir menutup jalan Badung 3 hari."),
    (("ᬮᬶᬲ᭄ᬢ᭄ᬭᬶᬓ᭄", "ᬧᬤᬫ᭄", "ᬲᬫ᭄ᬧᬶ", "ᬚᬫ᭄ ", "18"), "Listrik padam sampai jam 18."),
    (("ᬧᭂᬗᬸᬗ᭄ᬲᬶ", "ᬫᬶᬮᬶᬄ", "ᬭᬶᬂ", "ᬩᬮᬾ", "ᬩᬜ᭄ᬚᬃ ", "2"), "Pengungsi di balai banjar 2."),
    (("ᬧᭂᬦᭂᬃᬩᬗᬦ᭄", "ᬤᬶᬢᬸᬦ᭄ᬤ", "ᬚᬫ᭄ ", "15"), "Penerbangan ditunda sampai jam 15."),
)  # fmt: skip
BALINESE_THANKS = "ᬫᬵᬢᬸᬃᬲᬸᬓ᭄ᬱ᭄ᬫ᭟"


def _balinese_line(rng: random.Random, words: tuple[str, ...]) -> str:
    joiner = rng.choice((ZWSP, "", "", ZWNJ))
    first = words[0] + (CARIK if rng.random() < 0.3 else joiner)
    line = first + joiner.join(words[1:])
    line = line.replace(f" {joiner}", " ").replace(f"{joiner} ", " ") if joiner else line
    line += CARIK_PARERON
    return balinese_digits(line) if rng.random() < 0.5 else line


def _balinese(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, indonesian = rng.choice(BALINESE_LINES)
    lines = [f"Pengumuman {1 + len(earlier)} · {rng.randint(2, 20)} Maret · Denpasar"]
    lines += [_balinese_line(rng, words), indonesian]
    lines.append(rng.choice(("Terima kasih.", "Terima kasih.", BALINESE_THANKS)))
    return lines


def balinese_notice(rng: random.Random) -> str:
    """A disaster-agency notice in Balinese and Indonesian: Balinese digits or Western ones,
    the adeg-adeg and the carik, words run together, zero-width spaces or non-joiners
    between words in some lines."""
    platform = Platform(
        title="Pengumuman — BPBD Provinsi Bali",
        subtitle=f"ᬧᬗᬸᬫᬸᬫᬦ᭄ · Maret 2026{NBSP}📢",
        lead=wrap(
            rng,
            (
                "Pengumuman diberikan dalam aksara Bali dan bahasa Indonesia. Sebagian diketik "
                "dengan papan ketik lama; teks aksara Bali yang berlaku."
            ),
            72,
        ),
        sections=("Sekolah — ᬲᬾᬓᭀᬮᬄ", "Jalan — ᬚᬮᬦ᭄", "Listrik", "Pengungsi", "Penerbangan"),
        notes=("Ditempel di kantor desa.", "Terjemahan oleh kantor BPBD."),
        item=_balinese,
        footer=("Diterbitkan di halaman BPBD.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
