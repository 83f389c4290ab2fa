"""Fortieth-round fresh re-anchoring texts (no test here): a bench protocol, a safety data
sheet, a reagent and freezer inventory and an instrument booking rota, each a full page as a
research laboratory publishes it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh40_kit import (
    CENTRIFUGE,
    EXPIRED,
    GLOVES,
    INCUBATE,
    KEEP_ON_ICE,
    MICRO,
    PEOPLE,
    STATEMENTS,
    STOCK,
    TIMES_SIGN,
)
from tests.benchmarks.reanchor_fresh40_more_texts import (
    bamum_notice,
    batak_notice,
    induction_checklist,
    methods_section,
)

UL = f"{MICRO}L"

# -- the bench protocol ---------------------------------------------------------------------------

#: What each stage's steps do: volumes one figure apart ("5 µL" and "50 µL").
STAGE_STEPS = {
    "Sample preparation": (
        f"Thaw the samples and add 200 {UL} of PBS to each tube",
        f"Add 20 {UL} of proteinase K to each tube",
        f"Add 2 {UL} of proteinase K to each tube",
        "Vortex for 15 s and spin down briefly",
        "Label a 1.5 mL tube for every sample and one blank",
        "Weigh 25 mg of tissue into each tube",
    ),
    "Cell lysis": (
        f"Add 200 {UL} of lysis buffer AL",
        f"Add 50 {UL} of lysis buffer AL",
        f"Add 5 {UL} of RNase A (100 mg/mL)",
        f"Add 50 {UL} of RNase A (100 mg/mL)",
        "Cut the tissue into small pieces with a clean scalpel",
        "Check that the lysate is clear and free of pieces",
    ),
    "Binding to the column": (
        "Add 200 µL of ethanol (96–100%) and mix",
        f"Transfer 600 {UL} of the mixture to a spin column",
        f"Transfer 500 {UL} of the mixture to a spin column",
        "Place the column in a fresh 2 mL collection tube",
        "Transfer the rest of the mixture to the same column",
        "Label the lid of each column with the sample number",
    ),
    "Washing": (
        f"Add 500 {UL} of wash buffer AW1",
        f"Add 500 {UL} of wash buffer AW2",
        f"Add 50 {UL} of wash buffer AW2 to the rim",
        "Discard the flow-through and the collection tube",
        "Spin the empty column to dry the membrane",
        "Move the column to a new collection tube",
    ),
    "Elution": (
        f"Add 50 {UL} of elution buffer AE to the membrane",
        f"Add 5 {UL} of elution buffer AE to the membrane",
        "Place the column in a clean 1.5 mL tube",
        "Repeat the elution into the same tube",
        "Let the buffer stand on the membrane for 1 min",
        "Discard the column and close the tube",
    ),
    "Quality check": (
        f"Measure 2 {UL} on the NanoDrop",
        f"Load 5 {UL} on a 1% agarose gel",
        "Load 50 ng of DNA on a 1% agarose gel",
        "Record the yield in the sample sheet",
        "Store the DNA at −20 °C in Box 22",
        "Sign the sample sheet and file it",
    ),
}
#: The lines under steps: the recurring incubation and centrifugation, their twins a figure
#: apart, and the plain instructions.
STEP_LINES = (
    INCUBATE,
    INCUBATE,
    "Incubate at 37 °C for 10 min",
    "Incubate at 56 °C for 30 min",
    CENTRIFUGE,
    CENTRIFUGE,
    f"Centrifuge at 14,000 {TIMES_SIGN} g for 1 min",
    "Mix by pipetting up and down 10 times",
    "Discard the flow-through",
    "Hazard codes: H302, H315, H319",
)


def _step_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    actions = STAGE_STEPS[section]
    if index >= len(actions):
        return []
    lines = [f"Step {1 + len(earlier)}. {actions[index]}"]
    lines += rng.sample(STEP_LINES, rng.randint(1, 3))
    if rng.random() < 0.55:
        lines.append(KEEP_ON_ICE)
    return lines


def bench_protocol(rng: random.Random) -> str:
    """A bench protocol for DNA extraction by stage: numbered steps ("Step 3. Add 50 µL of
    lysis buffer AL"), volumes one figure apart, "Incubate at 37 °C for 30 min", "Centrifuge at
    4,000 × g for 10 min" and "Note: keep on ice" under many steps."""
    platform = Platform(
        title="Protocol 7: genomic DNA from tissue — Okoye Lab, version 4",
        subtitle=f"For staff and students of the Molecular Biology Unit{NBSP}🧪",
        lead=wrap(
            rng,
            (
                "Follow the steps in order and tick each one on the sample sheet. Volumes are "
                "for one sample; scale them for more. Work in the pre-PCR room, wear gloves, "
                "and keep the enzymes on ice from the moment they leave the freezer."
            ),
            72,
        ),
        sections=tuple(STAGE_STEPS),
        notes=("Volumes are per sample.", "Pre-warm the heat block to 56 °C."),
        item=_step_item,
        footer=("Report deviations to the lab manager the same day.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- the safety data sheet ------------------------------------------------------------------------

NO_DATA = "No data available"
#: What a sub-heading without its own words says.
FILLERS = (
    NO_DATA,
    NO_DATA,
    "Not applicable",
    "See section 8",
    "As supplied, in the original bottle",
)
#: The product's hazard statements and its classification.
HAZARDS = ("H302", "H315", "H319", "H335")
#: The sixteen sections, grouped as the lab's copy prints them, with their sub-headings.
SDS_GROUPS = {
    "Identification and hazards": (
        ("Identification", ("Product identifier: Buffer AL", "Recommended use: laboratory")),
        ("Hazards identification", ("Classification", "Label elements: Warning")),
        ("Composition", ("Guanidine hydrochloride 25–50%", "Maleic acid 1–2.5%")),
    ),
    "First aid and fire fighting": (
        ("First-aid measures", ("After skin contact: rinse with water", "After eye contact")),
        ("Firefighting measures", ("Extinguishing media: water spray, foam", "Special hazards")),
        ("Accidental release measures", ("Personal precautions", "Methods for cleaning up")),
    ),
    "Handling, storage and exposure": (
        ("Handling and storage", ("Precautions for safe handling", "Store at 15–25 °C")),
        ("Exposure controls", ("Control parameters", "Personal protective equipment")),
    ),
    "Physical and chemical properties": (
        ("Physical and chemical properties", ("Appearance: clear liquid", "pH: 6.5–7.5")),
        ("Stability and reactivity", ("Reactivity", "Incompatible materials: bleach")),
    ),
    "Toxicological and ecological information": (
        ("Toxicological information", ("Acute toxicity", "Skin corrosion/irritation")),
        ("Ecological information", ("Toxicity", "Persistence and degradability")),
    ),
    "Disposal, transport and regulation": (
        ("Disposal considerations", ("Waste treatment methods", "Do not empty into drains")),
        ("Transport information", ("UN number: not regulated", "Transport hazard class")),
        ("Regulatory information", ("EU regulations", "Chemical safety assessment")),
        ("Other information", ("Revision date: 12 January 2026", "Version 5.2")),
    ),
}
SDS_NUMBERS = {
    name: number
    for number, name in enumerate(
        (name for group in SDS_GROUPS.values() for name, _ in group), start=1
    )
}


def _statements(rng: random.Random, codes: tuple[str, ...]) -> list[str]:
    """Statement lines for some of ``codes``, in order ("H315 Causes skin irritation")."""
    chosen = sorted(rng.sample(codes, rng.randint(2, len(codes))))
    return [f"{code} {STATEMENTS[code]}" for code in chosen]


def _sds_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    group = SDS_GROUPS[section]
    if index >= len(group):
        return []
    name, subheadings = group[index]
    number = SDS_NUMBERS[name]
    lines = [f"SECTION {number}: {name}"]
    for sub, words in enumerate(subheadings, start=1):
        lines.append(f"{number}.{sub} {words}")
        if words == "Classification":
            lines.append("Acute Tox. 4, H302; Skin Irrit. 2, H315; Eye Irrit. 2, H319")
        elif words.startswith("Label elements"):
            lines += _statements(rng, HAZARDS)
            lines += [GLOVES, "P305 If in eyes: rinse cautiously with water"]
        elif words in ("Personal protective equipment", "Precautions for safe handling"):
            lines += [GLOVES, "Codes: H315, H319"]
        elif words in ("Acute toxicity", "Skin corrosion/irritation", "Toxicity"):
            lines.append(rng.choice((NO_DATA, NO_DATA, "Codes: H302, H315")))
        else:
            lines.append(rng.choice(FILLERS))
    lines += [f"{number}.{len(subheadings) + 1} Further information", rng.choice(FILLERS)]
    return lines


def safety_data_sheet(rng: random.Random) -> str:
    """A safety data sheet's sixteen numbered sections under the same sub-headings ("2.1
    Classification"), hazard codes one figure apart ("H315", "H319"), "P280 Wear protective
    gloves" and "No data available" repeated."""
    platform = Platform(
        title="Safety data sheet — Buffer AL (lysis buffer), lab copy",
        subtitle=f"According to Regulation (EC) No 1907/2006, filed by the safety officer{NBSP}⚠",
        lead=wrap(
            rng,
            (
                "This is the lab’s copy of the supplier’s safety data sheet, kept with the "
                "chemical inventory. Buffer AL contains guanidine hydrochloride: never mix it "
                "with bleach, and collect its waste in the labelled container in Room 2.14."
            ),
            72,
        ),
        sections=tuple(SDS_GROUPS),
        notes=("Read before first use.", "Codes as classified by the supplier."),
        item=_sds_item,
        footer=("Ask the safety officer for the supplier’s original.", STOCK),
        least_sections=6,
        least_items=2,
    )
    return export(rng, platform)


# -- the reagent and freezer inventory ------------------------------------------------------------

STORES = (
    "Freezer −80 °C No. 1",
    "Freezer −20 °C No. 2",
    "Fridge 4 °C No. 3",
    "Cold room shelf B",
    "Flammables cabinet",
)
#: Boxes one figure apart and what they hold.
BOXES = (
    (12, "Enzymes"),
    (13, "Enzymes, spare"),
    (21, "Antibodies"),
    (22, "Primers and probes"),
    (31, "Competent cells"),
    (32, "Plasmid stocks"),
    (41, "Buffers"),
)
REAGENTS = (
    "Taq polymerase 5 U/µL",
    "Proteinase K 20 mg/mL",
    "RNase A 100 mg/mL",
    "T4 DNA ligase",
    "Anti-GAPDH, rabbit",
    "Anti-actin, mouse",
    "Primer GAPDH-F 10 µM",
    "Primer GAPDH-R 10 µM",
    "DH5α cells, 50 µL aliquots",
    "pUC19, 1 µg/µL",
    "TE buffer 10×",
    "Phenol–chloroform, H301, H314",
    "Ethidium bromide 10 mg/mL, H302, H341",
)
#: Positions one letter or one figure apart ("A3", "A8", "B3").
POSITIONS = ("A3", "A8", "B3", "B8", "C1", "C4", "D6", "E2", "H9")


def _box_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 4:
        return []
    number, holds = BOXES[(STORES.index(section) + index * 2) % len(BOXES)]
    owner = rng.choice(PEOPLE)
    lines = [f"Box {number}  {holds} (owner: {owner})"]
    for position in sorted(rng.sample(POSITIONS, rng.randint(2, 4))):
        year = rng.choice((2025, 2026, 2026, 2027, 2027))
        lot = f"{rng.randint(23, 25)}{rng.randint(1, 12):02d}-{rng.randint(100, 199)}"
        lines.append(
            f"{position}  {rng.choice(REAGENTS)}  Lot {lot}  exp {year}-{rng.randint(1, 12):02d}"
        )
        if year <= 2025:
            lines.append(EXPIRED)
    return lines


def reagent_inventory(rng: random.Random) -> str:
    """The reagent and freezer inventory by store and box: one line a position ("A3  Taq
    polymerase 5 U/µL  Lot 2309-114  exp 2026-03"), boxes and positions one figure or one letter
    apart ("Box 12  A3", "Box 12  A8"), "Expired — do not use" under many lines."""
    platform = Platform(
        title="Reagent and freezer inventory — Okoye Lab, March 2026",
        subtitle=f"Checked by the lab manager on the first Monday of the month{NBSP}🧊",
        lead=wrap(
            rng,
            (
                "Every tube has a box and a position: Box 12  A3 is the third place of row A "
                "in box 12. Take the oldest lot first, write your initials on the sheet on "
                "the freezer door, and never refreeze an aliquot that has thawed."
            ),
            72,
        ),
        sections=STORES,
        notes=("Positions are row and column.", "Lots as printed on the tube."),
        item=_box_item,
        footer=("Expired reagents go to the chemical waste on Fridays.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


# -- the instrument booking rota ------------------------------------------------------------------

DAYS = (
    "Monday 9 March",
    "Tuesday 10 March",
    "Wednesday 11 March",
    "Thursday 12 March",
    "Friday 13 March",
)
INSTRUMENTS = (
    "Confocal LSM 880 — Room 2.14",
    "Flow cytometer Aria III — Room 2.15",
    "qPCR QuantStudio 5 — Room 3.02",
    "qPCR QuantStudio 7 — Room 3.02",
    "Plate reader Spark — Room 3.04",
    "Ultracentrifuge Optima XE — Room 3.04",
)
SLOTS = ("09:00–11:00", "11:00–13:00", "13:00–15:00", "15:00–17:00", "17:00–19:00")
BOOKED_BY_MANAGER = "Booked by the facility manager"
TRAINING_ONLY = "Training session — no bookings"


def _instrument_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(INSTRUMENTS):
        return []
    lines = [INSTRUMENTS[(DAYS.index(section) + index) % len(INSTRUMENTS)]]
    for slot in sorted(rng.sample(SLOTS, rng.randint(2, 5))):
        lines.append(f"{slot}  {rng.choice(PEOPLE)}")
    if rng.random() < 0.45:
        lines.append(rng.choice((BOOKED_BY_MANAGER, BOOKED_BY_MANAGER, TRAINING_ONLY)))
    return lines


def booking_rota(rng: random.Random) -> str:
    """The instrument booking rota by day: one line a slot ("09:00–11:00  Priya Raman"), the
    same instruments every day, people one letter apart ("Priya Raman", "Priya Ramen"), and
    "Booked by the facility manager" recurring."""
    platform = Platform(
        title="Instrument booking rota — Imaging and Cytometry Facility, week 11",
        subtitle=f"As exported from the booking system on Friday 6 March{NBSP}🔬",
        lead=wrap(
            rng,
            (
                "Slots are two hours. Cancel a slot you cannot use at least a day ahead so "
                "someone else can take it, and log every session in the book next to the "
                "instrument. Unlogged sessions are charged to the group at the full rate."
            ),
            72,
        ),
        sections=DAYS,
        notes=("Times are slot start and end.",),
        item=_instrument_item,
        footer=("Swaps must be agreed by both people and entered in the system.", STOCK),
        least_sections=5,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


KINDS = (
    bench_protocol,
    safety_data_sheet,
    reagent_inventory,
    booking_rota,
    induction_checklist,
    methods_section,
    bamum_notice,
    batak_notice,
)
