"""Twenty-ninth-round fresh re-anchoring texts (no test here): a staff handbook's policies, a
ward's shift rota, a cleaning product's safety data sheet and a machine's operating
procedure, each a full page as the intranet exports it, with lines that recur word for word.
"""

from __future__ import annotations

import datetime
import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh29_kit import (
    CHECKED,
    DAY_OFF,
    DAYS,
    GUARD,
    NO_DATA,
    ON_CALL,
    SHIFTS,
    STAFF,
    STOCK,
)
from tests.benchmarks.reanchor_fresh29_more_texts import (
    inuktitut_notice,
    job_advert,
    maintenance_log,
    sinhala_notice,
)

LINE_MANAGER = "Speak to your line manager first."
STATUTORY = "This does not affect your statutory rights."
EFFECTIVE_LINE = "Effective from 1 April 2026"

# -- a staff handbook's policies -----------------------------------------------------------------

#: Each section's title and what its sub-sections say (a policy sentence each).
POLICIES = (
    ("Working hours", "Full-time staff work 37.5 hours a week, Monday to Friday."),
    ("Pay", "We pay on the last working day of each month by bank transfer."),
    ("Annual leave", "You get 25 days' paid holiday a year, plus bank holidays."),
    ("Sickness absence", "Call your manager before 09:00 on the first day you are off."),
    ("Parental leave", "Holiday builds up as normal while you are on parental leave."),
    ("Expenses", "Claim expenses within 30 days, with receipts, by e-mail."),
    ("Conduct", "Treat colleagues, visitors and customers with respect."),
    ("Leaving us", "Your notice period is in your contract; it is at least 4 weeks."),
)
SUBTITLES = ("How it works", "Who it covers", "What you need to do", "Exceptions", "Pay")
#: Entitlement lines, with figures that stand in several sections.
ENTITLEMENTS = (
    "You get 25 days' paid holiday a year.",
    "That is 28 days including bank holidays.",
    "Part-time staff get 25 days' paid holiday pro rata.",
    "Sick pay is 100 per cent of pay for the first 28 days.",
)
GLOSSARY = (
    ("Line manager", "The person you report to day to day."),
    ("Bank holiday", "A public holiday in England and Wales."),
    ("Pro rata", "In proportion to the hours you work."),
    ("Statutory rights", "What the law gives you, whatever your contract says."),
)


def _policy_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Glossary":
        if index >= len(GLOSSARY):
            return []
        return list(GLOSSARY[index])
    number = int(section.split()[1])
    if index >= 6:
        return []
    title, policy = POLICIES[(number + index) % len(POLICIES)]
    lines = [f"{number}.{index + 1} {SUBTITLES[index % len(SUBTITLES)]}", policy]
    if rng.random() < 0.5:
        lines.append(rng.choice(ENTITLEMENTS))
    lines += rng.sample((LINE_MANAGER, STATUTORY, LINE_MANAGER), rng.randint(1, 2))
    if rng.random() < 0.4:
        lines.append(f"For {title.lower()}, see section {rng.randint(1, 8)}.{rng.randint(1, 3)}.")
    if rng.random() < 0.3:
        lines.append(EFFECTIVE_LINE)
    return lines


def staff_handbook(rng: random.Random) -> str:
    """A staff handbook's policies: numbered sections and sub-sections, entitlements whose
    figures stand in several sections, stock sentences in many, cross-references, a
    glossary."""
    platform = Platform(
        title="Staff handbook — Riverside Distribution",
        subtitle=f"{EFFECTIVE_LINE} · version 7{NBSP}📘",
        lead=wrap(
            rng,
            (
                "This handbook sets out how we work. You get 25 days' paid holiday a year; "
                f"that is 28 days including bank holidays. {LINE_MANAGER} {STATUTORY} Words "
                "in the Glossary are used as defined there; see section 3.1 for leave."
            ),
            72,
        ),
        sections=(
            *(f"Section {n} — {title}" for n, (title, _) in enumerate(POLICIES, start=1)),
            "Glossary",
        ),
        notes=("This section applies to every member of staff.", "Read this with section 1."),
        item=_policy_item,
        footer=("The people team reviews this handbook every year.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a ward's shift rota -------------------------------------------------------------------------

FIRST_MONDAY = datetime.date(2026, 3, 2)
#: The line every weekday of the rota ends with.
WARD_CLERK = "Ward clerk 09:00–17:00 — P. Hale"


def _week(number: int) -> str:
    monday = FIRST_MONDAY + datetime.timedelta(weeks=number - 1)
    return f"Week {number} — from {monday.day} {monday:%B}"


def _rota_day(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if not section.startswith("Week "):
        return [f"Note {index + 1}", rng.choice(("Swaps go through the ward manager.", ON_CALL))]
    if index >= 7:
        return []
    week = int(section.split()[1])
    day = FIRST_MONDAY + datetime.timedelta(weeks=week - 1, days=index)
    name = DAYS[index]
    lines = [f"{day:%A} {day.day} {day:%b} · Ward 7"]
    for person in sorted(rng.sample(range(len(STAFF)), rng.randint(3, 5))):
        habit = (person + week) % (len(SHIFTS) + 2)
        if rng.random() < 0.25:
            habit = rng.randrange(len(SHIFTS) + 2)
        shift = (*SHIFTS, DAY_OFF, ON_CALL)[habit]
        line = f"{name} {shift} — {STAFF[person]}"
        if shift in SHIFTS and rng.random() < 0.12:
            line += f" (swapped with {rng.choice([s for s in STAFF if s != STAFF[person]])})"
        lines.append(line)
    return [*lines, WARD_CLERK] if index < 5 else lines


def shift_rota(rng: random.Random) -> str:
    """A ward's shift rota: weeks as headed blocks, a day's lines "Mon 07:00–15:00 Early — A.
    Okafor" (the same name and shift on many days, lines one name or one hour apart), "Day
    off" and "On call" repeated, swaps noted."""
    platform = Platform(
        title="Ward 7 rota — nursing staff",
        subtitle=f"Riverside General Hospital · March{NBSP}🩺",
        lead=wrap(
            rng,
            (
                "Early shifts run 07:00–15:00 and late shifts 15:00–23:00. A Day off is not "
                "On call unless it says so. Swaps are noted beside the name; check the rota "
                "each week, as it changes."
            ),
            72,
        ),
        sections=(*(_week(n) for n in range(1, 6)), "Notes"),
        notes=("Ward 7 — 24 beds.", "Handover is 15 minutes before each shift."),
        item=_rota_day,
        footer=("Rotas are published four weeks ahead.", STOCK),
        least_items=4,
    )
    return export(rng, platform)


# -- a cleaning product's safety data sheet -------------------------------------------------------

HEADINGS = (
    "Identification",
    "Hazards identification",
    "Composition",
    "First-aid measures",
    "Firefighting measures",
    "Accidental release measures",
    "Handling and storage",
    "Exposure controls",
    "Physical and chemical properties",
    "Stability and reactivity",
    "Toxicological information",
    "Ecological information",
    "Disposal considerations",
    "Transport information",
    "Regulatory information",
    "Other information",
)
SKIN, EYES = "H315 Causes skin irritation.", "H319 Causes serious eye irritation."
GLOVES = "P280 Wear protective gloves."
#: Lines a data sheet's sub-sections hold, by section number (others hold "No data
#: available." and a line of their own): hazard statements in two sections, figures one
#: digit apart.
SHEET_LINES = {
    1: (("Trade name: Brightline Floor Cleaner", "Product code: BL-4410"),),
    2: (
        (SKIN, EYES, GLOVES),
        ("H318 Causes serious eye damage.", "P305+P351+P338 IF IN EYES: Rinse with water."),
        ("Alkaline: pH 11.5", "H290 May be corrosive to metals."),
    ),
    4: (("IF ON SKIN: Wash with plenty of water.", GLOVES), ("IF IN EYES: Rinse for 15 minutes.",)),
    7: ((GLOVES, "Store below 25 °C."), ("Keep away from acids.", "Keep the lid closed.")),
    8: (("Exposure limit: 5 mg/m³ (8 h)", "Exposure limit: 6 mg/m³ (15 min)"), (GLOVES,)),
    9: (
        ("pH 11.5", "Flash point: 61 °C"),
        ("Relative density: 1.05", "Flash point: 62 °C", NO_DATA),
        ("Odour threshold: No data available.", "Viscosity: No data available."),
    ),
    11: ((SKIN, EYES), ("Acute toxicity: No data available.",)),
    12: (("H412 Harmful to aquatic life with long lasting effects.", NO_DATA),),
}


def _sheet_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    number = int(section.split()[1])
    if index >= 12:
        return []
    options = SHEET_LINES.get(number, ((NO_DATA,), (f"See section {number}.1.", NO_DATA)))
    lines = list(options[(index + rng.randint(0, 1)) % len(options)])
    if rng.random() < 0.35 and NO_DATA not in lines:
        lines.append(NO_DATA)
    return [f"{number}.{index + 1} {HEADINGS[number - 1]}", *lines]


def safety_data_sheet(rng: random.Random) -> str:
    """A cleaning product's safety data sheet: standard sections with their headings, hazard
    and precaution statements with codes (some in two sections), "No data available." many
    times, figures one digit apart (a flash point, a pH, an exposure limit)."""
    platform = Platform(
        title="Safety data sheet — Brightline Floor Cleaner",
        subtitle=f"{EFFECTIVE_LINE} · revision 3{NBSP}🧴",
        lead=wrap(
            rng,
            (
                f"Read this sheet before use. {SKIN} {EYES} {GLOVES} The neat product is "
                "alkaline, pH 11.5; dilute it to 5 per cent for floors."
            ),
            72,
        ),
        sections=tuple(f"Section {n} — {title}" for n, title in enumerate(HEADINGS, start=1)),
        notes=("As supplied.", "Figures are for the neat product."),
        item=_sheet_item,
        footer=("Supplied by Riverside Hygiene Ltd.", STOCK),
        least_sections=6,
        least_items=3,
    )
    return export(rng, platform)


# -- a machine's standard operating procedure ----------------------------------------------------

STAGES = ("Before you start", "Setting up the press", "Running a batch", "Cleaning down")
ACTIONS = (
    ("Isolate the power", "Switch off at the wall and fit your lock."),
    ("Close the guard", "Lower the guard until it clicks."),
    ("Load the die", "Slide the die in until it stops."),
    ("Set the pressure", "Turn the dial to 40 bar."),
    ("Run a test piece", "Press both buttons together."),
    ("Check the test piece", "Measure it against the drawing."),
    ("Clear the bed", "Brush off the offcuts."),
)
CAUTIONS = ("CAUTION: Moving parts. Keep hands clear.", "CAUTION: Hot surfaces after use.")


def _step(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if section == "Sign-off":
        if index >= 8:
            return []
        date = f"{rng.randint(2, 27):02}/03/2026"
        return [
            f"Signed off · {index + 1}",
            f"Operator: {rng.choice(('AO', 'JL', 'MR'))} · {date}",
            f"Supervisor: {rng.choice(('TB', 'SP'))} · {date}",
        ]
    number = 1 + sum(lines[0].startswith("Step ") for lines in earlier)
    if number > 60:
        return []
    action, how = ACTIONS[(number + rng.randint(0, 1)) % len(ACTIONS)]
    lines = [f"Step {number} — {action}", how]
    if rng.random() < 0.4:
        lines.append(GUARD)
    if rng.random() < 0.25:
        lines.append(rng.choice(CAUTIONS))
    if number >= 4 and rng.random() < 0.3:
        first = rng.randint(1, number - 2)
        lines.append(f"If the light stays red, repeat steps {first} to {first + 2}.")
    return lines


def operating_procedure(rng: random.Random) -> str:
    """A press's standard operating procedure: numbered steps, "repeat steps 4 to 6",
    "Check that the guard is closed." in several steps, boxed cautions repeated, a sign-off
    table with initials and dates."""
    platform = Platform(
        title="SOP-12 — Operating the hydraulic press",
        subtitle=f"Workshop B · {EFFECTIVE_LINE}{NBSP}⚙️",
        lead=wrap(
            rng,
            (
                f"Follow the steps in order. {GUARD} If anything is wrong, stop and repeat "
                "steps 1 to 3. Only trained staff may run the press."
            ),
            72,
        ),
        sections=(*STAGES, "Sign-off"),
        notes=("Wear gloves and glasses.", "Report faults in the log."),
        item=_step,
        footer=(f"{CHECKED} Reviewed by the safety officer.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    staff_handbook,
    shift_rota,
    safety_data_sheet,
    operating_procedure,
    maintenance_log,
    job_advert,
    sinhala_notice,
    inuktitut_notice,
)
