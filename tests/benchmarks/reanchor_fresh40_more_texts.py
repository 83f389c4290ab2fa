"""More fortieth-round fresh texts (no test here): a lab induction checklist, a paper's methods
section, a Bamum/French notice for a field station's sample collection and a Batak/Indonesian
notice for a herbarium's specimen labels.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh40_kit import (
    BAMUM_DIGITS,
    BAMUM_LINES,
    BAMUM_THANKS,
    BATAK_LINES,
    BATAK_THANKS,
    CENTRIFUGE,
    GLOVES,
    INCUBATE,
    KEEP_ON_ICE,
    MICRO,
    SIGNED_OFF,
    STOCK,
    TRAINING_PORTAL,
    bamum,
)

# -- the induction checklist ----------------------------------------------------------------------

CHECKLIST = {
    "Before your first day": (
        "Read the laboratory safety handbook",
        "Send your vaccination record to Occupational Health",
        "Ask for a building card and a freezer key",
        "Register with the department office",
        "Read the risk assessments of your project",
    ),
    "Your first week": (
        "Tour of the lab with the lab manager",
        "Find the eyewash stations and the spill kits",
        "Get a lab coat and safety glasses",
        "Learn where Box 12 and Box 13 are kept",
        "Meet the safety officer",
    ),
    "Safety training": (
        "Chemical safety course",
        "Biological safety course, level 2",
        "Fire safety and evacuation",
        "Liquid nitrogen handling",
        "Centrifuge and autoclave training",
    ),
    "Waste and spills": (
        "Chemical waste: labelled containers only",
        "Sharps in the yellow bins",
        "Biological waste autoclaved before disposal",
        "Spill drill with the safety officer",
        "Glass in the glass bins, never in the sharps bins",
    ),
    "Working alone": (
        "Never work alone with liquid nitrogen",
        "Sign the out-of-hours book",
        "Carry the lone-worker alarm",
        "Tell someone when you leave the building",
        "No work with hazardous chemicals out of hours",
    ),
    "Leaving the lab": (
        "Return your freezer key",
        "Hand over your samples to your supervisor",
        "Clear your bench and your boxes",
        "Update the inventory for your reagents",
        "Return your building card",
    ),
}
WHERE = ("Where: Room 2.14", "Where: Room 2.15", "Where: online", "Where: the lab manager’s office")
DEADLINES = (
    "Deadline: end of week 1",
    "Deadline: end of week 2",
    "Deadline: before any bench work",
)


def _check_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    tasks = CHECKLIST[section]
    if index >= len(tasks):
        return []
    lines = [
        f"☐ {tasks[index]}",
        rng.choice((SIGNED_OFF, SIGNED_OFF, "Signed off by your supervisor")),
    ]
    if rng.random() < 0.5:
        lines.append(TRAINING_PORTAL)
    lines.append(rng.choice(DEADLINES))
    lines.append(rng.choice(WHERE))
    if section == "Safety training":
        lines.append(rng.choice(("Codes to know: H315, H319", "Codes to know: H314, H318")))
    if rng.random() < 0.2:
        lines.append(GLOVES)
    return lines


def induction_checklist(rng: random.Random) -> str:
    """A new member's induction checklist by stage: a task ("☐ Chemical safety course"), who
    signs it off ("Signed off by the lab manager" recurring), "Complete on the training
    portal", deadlines a figure apart ("end of week 1", "end of week 2")."""
    platform = Platform(
        title="Lab induction checklist — Okoye Lab, 2026",
        subtitle=f"For new staff, students and visitors working at the bench{NBSP}🥼",
        lead=wrap(
            rng,
            (
                "Work through the list in your first two weeks. Each task is ticked by the "
                "person named under it, never by you; bring the signed list to the lab "
                "manager’s office before you start any bench work on your own."
            ),
            72,
        ),
        sections=tuple(CHECKLIST),
        notes=("Tick each task when it is signed.", "Keep a copy for yourself."),
        item=_check_item,
        footer=("Visitors for less than a week do the first two stages only.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- the methods section --------------------------------------------------------------------------

#: Sentences of each part of the methods, with author-year citations.
METHODS = {
    "Cell culture": (
        "HeLa cells were grown in DMEM with 10% FBS at 37 °C and 5% CO2 (Smith 2019).",
        "Cells were passaged twice a week and tested for mycoplasma (Okoye et al. 2021).",
        "For knock-down, cells were transfected with 50 nM siRNA (Lee and Park 2020).",
        "Cells were harvested at 80% confluence and kept on ice.",
    ),
    "RNA extraction and qPCR": (
        "RNA was extracted with the RNeasy kit as described (Okoye et al. 2021).",
        f"Reactions of 20 {MICRO}L held 10 {MICRO}L of SYBR Green master mix (Smith 2019).",
        "Reactions of 20 uL held 1 uL of each primer at 10 uM.",
        "Expression was normalised to GAPDH by the 2^-ΔΔCt method (Livak and Schmittgen 2001).",
    ),
    "Western blotting": (
        f"Lysates were cleared at 4,000 × g for 10 min and 20 {MICRO}g loaded (Okoye et al. 2021).",
        "Lysates were cleared at 4,000 x g for 10 min and 20 ug loaded.",
        "Membranes were blocked in 5% milk and probed with anti-GAPDH (Smith 2019).",
        "Bands were quantified in ImageJ (Schneider et al. 2012).",
    ),
    "Microscopy": (
        "Images were taken on a Zeiss LSM 880 with a 63× oil objective (Smith 2019).",
        "Z-stacks of 0.5 µm steps were projected in Fiji (Schindelin et al. 2012).",
        "All images of one experiment used the same settings.",
    ),
    "Field sampling": (
        "Soil samples were collected at Foumban and Koutaba (Njoya and Mbouh 2018).",
        "Leaf specimens were collected at Balige and Tarutung (Siregar 2017).",
        "Samples were kept on ice and frozen at −80 °C within 6 h (Okoye et al. 2021).",
    ),
    "Statistical analysis": (
        "Data are means of three biological replicates (Smith 2019).",
        "Groups were compared by two-tailed t tests in R (R Core Team 2023).",
        "P values below 0.05 were taken as significant.",
    ),
}
PROTOCOL_SENTENCES = (
    f"Samples were treated as in the lab protocol: {INCUBATE}.",
    f"Debris was removed as in the lab protocol: {CENTRIFUGE}.",
    f"{KEEP_ON_ICE}: samples were handled on ice throughout.",
)


def _method_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 4:
        return []
    pool = METHODS[section]
    words = rng.sample(pool, min(len(pool), rng.randint(2, 3)))
    words.insert(rng.randint(0, len(words)), rng.choice(PROTOCOL_SENTENCES))
    return wrap(rng, " ".join(words), 72).split("\n")


def methods_section(rng: random.Random) -> str:
    """A paper's methods by part: hard-wrapped paragraphs with author-year citations ("(Okoye
    et al. 2021)", "(Smith 2019)") recurring, units typed either way ("20 µL", "20 uL"), and
    the lab protocol's lines quoted word for word."""
    platform = Platform(
        title="Methods — draft for the group’s paper on GAPDH in field isolates",
        subtitle=f"Shared with co-authors for comments, version 3{NBSP}📄",
        lead=wrap(
            rng,
            (
                "This section follows the journal’s style for methods. Citations are still "
                "author and year; the journal wants them numbered, which the reference "
                "manager will do at submission. Say so in a comment if a step is missing."
            ),
            72,
        ),
        sections=tuple(METHODS),
        notes=("Comments to Chidi Okoye by Friday.", "Units as in the lab protocols."),
        item=_method_item,
        footer=("Data and code will be deposited at submission.", STOCK),
        least_sections=5,
        least_items=2,
    )
    return export(rng, platform)


# -- the Bamum/French notice ----------------------------------------------------------------------

BAMUM_TOWNS = ("Foumban", "Koutaba", "Massangam", "Foumbot")
#: The notice's subtitle: "Shü Pamom", the Bamum script's name.
SHU_PAMOM = bamum("SHU PA-MU'")


def _bamum_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, french = rng.choice(BAMUM_LINES)
    if rng.random() < 0.4:  # some lines give their figures as Western digits
        words = words.translate(str.maketrans(BAMUM_DIGITS, "0123456789"))
    head = f"Sortie {1 + len(earlier)} · station 4 · {rng.choice(BAMUM_TOWNS)}"
    last = rng.choice((KEEP_ON_ICE, KEEP_ON_ICE, BAMUM_THANKS, GLOVES))
    return [head, words, french, last]


def bamum_notice(rng: random.Random) -> str:
    """A Bamum/French notice for a field station's sample collection: Bamum in its own script
    (the koqndon and tukwentis as combining marks, figures as Bamum digits on most lines and
    Western ones on others), the collection and its twin one figure apart, towns."""
    platform = Platform(
        title="Collecte d’échantillons — station de terrain de Foumban",
        subtitle=f"{SHU_PAMOM} · Foumban et Koutaba{NBSP}🧪",
        lead=wrap(
            rng,
            (
                "The field station collects soil and leaf samples with the Bamum palace "
                "museum’s volunteers. Each notice is written in the Bamum script with French "
                "under each line; figures are in Bamum digits on most lines."
            ),
            72,
        ),
        sections=("Collecte", "Transport", "Conservation", "Station de terrain", "Contact"),
        notes=("Samples go to the lab within 6 h.", "Spellings follow the palace school."),
        item=_bamum_item,
        footer=("Volunteers from Foumban are paid their travel.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Batak/Indonesian notice ------------------------------------------------------------------

BATAK_TOWNS = ("Balige", "Tarutung", "Parapat", "Siborongborong")
DRIED = "Dikeringkan pada 60 °C selama 48 jam"


def _batak_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, indonesian = rng.choice(BATAK_LINES)
    head = f"Spesimen {1 + len(earlier)} · MEDA · {rng.choice(BATAK_TOWNS)}"
    last = rng.choice((DRIED, DRIED, BATAK_THANKS, KEEP_ON_ICE))
    return [head, words, indonesian, last]


def batak_notice(rng: random.Random) -> str:
    """A Batak/Indonesian notice for a herbarium's specimen labels: Toba Batak in its own
    script (vowel signs, the final ng and the pangolat as combining marks), the specimen and
    its twin one figure apart, places around Lake Toba; the drying line recurring."""
    platform = Platform(
        title="Label spesimen — Herbarium Medanense (MEDA), koleksi Danau Toba",
        subtitle=f"{BATAK_LINES[3][0]} · Balige dan Tarutung{NBSP}🌿",
        lead=wrap(
            rng,
            (
                "The herbarium labels specimens from the Lake Toba collection in Toba Batak "
                "script with Indonesian under each line. Keep the labels with the sheets, "
                "and ask the curator before moving a specimen to another cabinet."
            ),
            72,
        ),
        sections=("Label spesimen", "Pengumpulan", "Pengeringan", "Penyimpanan", "Kontak"),
        notes=("Labels follow the 2019 catalogue.", "Ask the curator before loans."),
        item=_batak_item,
        footer=("Specimens from Samosir are catalogued separately.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
