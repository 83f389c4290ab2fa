"""Forty-second-round fresh re-anchoring texts (no test here): a repairs log, a service-charge
schedule, a bin, stairwell and laundry rota, the minutes of a general meeting and the fire-safety
notices of the blocks, each a full page as a housing co-operative publishes it.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh42_kit import (
    ACCESS,
    ACTION,
    AWAITING,
    NO_LIFT,
    PEOPLE,
    STOCK,
)
from tests.benchmarks.reanchor_fresh42_more_texts import (
    BLOCKS,
    cham_notice,
    parking_register,
    rejang_notice,
    waiting_list,
)

# -- the repairs log ------------------------------------------------------------------------------

#: Flats with twins one letter or one figure apart ("12B", "12D", "21B").
FLATS = ("12B", "12D", "21B", "2B", "3A", "3C", "14A", "41A", "7D", "17D")
#: Faults that recur word for word.
FAULTS = (
    "Kitchen tap dripping",
    "Kitchen tap dripping",
    "Bathroom extractor fan not working",
    "Communal light out on landing",
    "Damp patch in bedroom",
    "Front door lock sticking",
    "Boiler pressure low",
    "Window catch broken",
)
WEEKS = ("Week of 2 March", "Week of 9 March", "Week of 16 March", "Week of 23 March")
#: The days jobs are reported in each week, and the day the week's closed jobs closed.
REPORTED = (
    ("2 Mar", "3 Mar", "4 Mar"),
    ("9 Mar", "10 Mar", "12 Mar"),
    ("16 Mar", "18 Mar"),
    ("23 Mar", "24 Mar"),
)
CLOSED_ON = ("Closed 6 Mar", "Closed 13 Mar", "Closed 20 Mar", "Closed 27 Mar")
STATUSES = ("Open", "Open", AWAITING, AWAITING, "Closed")
#: What stands under some jobs.
UNDER_JOBS = (ACCESS, ACCESS, "Contractor: Hughes Plumbing", "Tenant reports it again")


def _twin(flat: str) -> str:
    """A flat one letter or one figure apart ("12B" as "12D" or "21B")."""
    twins = [other for other in FLATS if other != flat and len(other) == len(flat)]
    close = [o for o in twins if sum(a != b for a, b in zip(o, flat, strict=True)) == 1]
    return close[0] if close else flat


def job_line(flat: str, fault: str, reported: str, status: str) -> str:
    """A job of the log: "Flat 12B  Kitchen tap dripping  Reported 3 Mar  Open"."""
    return f"Flat {flat}  {fault}  Reported {reported}  {status}"


def _repairs_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(WEEKS):
        return []
    lines = [WEEKS[index]]
    jobs: list[tuple[str, str]] = []
    for _ in range(rng.randint(3, 5)):
        if jobs and rng.random() < 0.35:  # the same fault reported by the flat's twin
            flat, fault = jobs[-1]
            flat = _twin(flat)
        else:
            flat, fault = rng.choice(FLATS), rng.choice(FAULTS)
        jobs.append((flat, fault))
        status = rng.choice(STATUSES)
        status = CLOSED_ON[index] if status == "Closed" else status
        lines.append(job_line(flat, fault, rng.choice(REPORTED[index]), status))
        if rng.random() < 0.4:
            lines.append(rng.choice(UNDER_JOBS))
    return list(dict.fromkeys(lines))


def repairs_log(rng: random.Random) -> str:
    """The repairs log by block: one line a job ("Flat 12B  Kitchen tap dripping  Reported 3
    Mar  Open"), the same faults recurring word for word, flats one letter or figure apart,
    "Awaiting parts" and "Access: key with the caretaker" repeated."""
    platform = Platform(
        title="Repairs log — Riverside Housing Co-operative, March 2026",
        subtitle=f"Kept by the housing officer, posted in every entrance hall{NBSP}🔧",
        lead=wrap(
            rng,
            (
                "Report a repair to the office or by the form on the notice board. Jobs stay "
                "open until the contractor has been and the resident has said the work is "
                "done; a job awaiting parts keeps its place in the week it was reported."
            ),
            72,
        ),
        sections=BLOCKS,
        notes=("One line a job, as reported to the office.",),
        item=_repairs_item,
        footer=("Emergency repairs: call the out-of-hours line.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the service-charge schedule ------------------------------------------------------------------

#: Each charge with amounts one figure apart ("£1,240.00" and "£1,420.00").
CHARGES = (
    ("Cleaning of common parts", ("£240.00", "£420.00", "£240.00")),
    ("Lift maintenance", ("£1,240.00", "£1,420.00", "£1,240.00")),
    ("Buildings insurance", ("£312.00", "£321.00", "£312.50")),
    ("Reserve fund", ("£1,420.00", "£1,240.00", "£1,402.00")),
    ("Grounds and gardens", ("£124.00", "£142.00", "£124.00")),
    ("Management fee", ("£96.00", "£69.00", "£96.00")),
)
ROOMS = ("one bedroom", "two bedrooms", "two bedrooms", "three bedrooms")


def _charges_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    flat = FLATS[(index + BLOCKS.index(section)) % len(FLATS)]
    lines = [f"Flat {flat}  {rng.choice(ROOMS)}"]
    for charge, amounts in rng.sample(CHARGES, rng.randint(3, 5)):
        lines.append(f"{charge}  {rng.choice(amounts)}")
    if rng.random() < 0.3:
        lines.append("Paid by standing order")
    return lines


def service_charges(rng: random.Random) -> str:
    """The service-charge schedule per flat by block: the same headings for every block
    ("Lift maintenance", "Reserve fund"), amounts one figure apart ("£1,240.00" and
    "£1,420.00"), the same line word for word under many flats."""
    platform = Platform(
        title="Service-charge schedule — Riverside Housing Co-operative, 2026 to 2027",
        subtitle=f"Approved by the finance committee on 12 February{NBSP}💷",
        lead=wrap(
            rng,
            (
                "Each flat pays its share of what its block costs to run. The figures are "
                "estimates; the accounts at the year’s end show what was spent, and any "
                "difference is carried into next year’s charge."
            ),
            72,
        ),
        sections=BLOCKS,
        notes=("Annual charges, April 2026 to March 2027.",),
        item=_charges_item,
        footer=("Queries go to the treasurer.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the rota ------------------------------------------------------------------------------------

TASKS = (
    "Bins out",
    "Stairwell cleaning",
    "Laundry room",
    "Garden and courtyard",
    "Recycling store",
)
#: The weeks of the rota and their Mondays.
ROTA_WEEKS = (
    ("10", "2 Mar"),
    ("11", "9 Mar"),
    ("12", "16 Mar"),
    ("13", "23 Mar"),
    ("14", "30 Mar"),
    ("15", "6 Apr"),
)
ROTA_NOTES = (
    "Swap with a neighbour and tell the office",
    "Bins out by 07:00 on Tuesday",
    "Keys at the caretaker’s office",
)


def _rota_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    block = BLOCKS[(index + TASKS.index(section)) % len(BLOCKS)]
    start = rng.randrange(0, 3)
    weeks = ROTA_WEEKS[start : start + rng.randint(3, 4)]
    lines = [f"{block}, {section.lower()}"]
    lines += [f"Week {week}  {monday}  {rng.choice(PEOPLE)}" for week, monday in weeks]
    lines.append(rng.choice(ROTA_NOTES))
    return lines


def residents_rota(rng: random.Random) -> str:
    """The bin, stairwell-cleaning and laundry rota by task: one line a week ("Week 11  9 Mar
    Joan Okafor"), names one letter apart ("Joan Okafor", "Joan Okafer"), a closing line that
    recurs."""
    platform = Platform(
        title="Residents’ rota — Riverside Housing Co-operative, spring 2026",
        subtitle=f"Drawn up by the members’ committee{NBSP}🧹",
        lead=wrap(
            rng,
            (
                "Every member household takes a turn. If you cannot do your week, swap with "
                "the next name on the list and tell the office, so the caretaker knows whom "
                "to ask when the bins are not out."
            ),
            72,
        ),
        sections=TASKS,
        notes=("One line a week, from Monday.",),
        item=_rota_item,
        footer=("Members over 75 may ask to be left off.", STOCK),
        least_sections=4,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the minutes ---------------------------------------------------------------------------------

AGENDA = {
    "Apologies and the last minutes": (
        ("Apologies", "Apologies from Tom Doyle and Mei Lin"),
        ("Minutes of the last meeting", "Agreed as a true record"),
        ("Matters arising", "The council has not yet replied about the parking bays"),
        ("Correspondence", "A letter from the council about the bin store was read out"),
    ),
    "Repairs and maintenance": (
        ("Repairs backlog", "The housing officer reported 14 jobs open and 6 awaiting parts"),
        ("Lift in Cedar Court", "The lift was out of service for nine days in February"),
        ("Damp in Alder House", "Three flats report damp in the bedrooms facing north"),
        ("Door entry", "The door entry system in Elm Terrace fails in wet weather"),
    ),
    "Finance": (
        ("Service charges", "The treasurer presented the schedule for 2026 to 2027"),
        ("Reserve fund", "The reserve fund stands at £41,240.00"),
        ("Arrears", "Arrears fell to £1,420.00 across all blocks"),
        ("Insurance", "The buildings insurance rose by £1,240.00 on renewal"),
    ),
    "Membership and lettings": (
        ("New members", "Two households were admitted as members"),
        ("Waiting list", "The lettings panel reviewed the bands"),
        ("Transfers", "One transfer within Birch House was agreed"),
        ("Training", "Four members will attend the committee skills course"),
    ),
    "Any other business": (
        ("Parking", "Residents asked for visitor permits at weekends"),
        ("Garden day", "A garden day is planned for 18 April"),
        ("Bicycle store", "Members asked for a second bicycle store by the garages"),
        ("Next meeting", "The next general meeting is on 16 June at 19:00"),
    ),
}
#: What follows a minute's discussion: actions (the secretary's recurring) and motions.
ACTIONS = (
    ACTION,
    ACTION,
    "Action: Treasurer to circulate the accounts",
    "Action: Housing officer to chase the contractor",
)
#: What members said, recurring word for word under several items.
DISCUSSION = (
    "Members asked for a written reply before the next meeting",
    "Members asked for a written reply before the next meeting",
    "The chair reminded members that the co-operative pays for this from the reserve fund",
    "A member said the same problem was raised at the last two meetings",
    "The housing officer will report back to the committee",
)
MOTIONS = (
    "Motion carried, 14 for, 2 against",
    "Motion carried, 14 for, 3 against",
    "Motion withdrawn",
    "Noted",
)


def _minutes_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    agenda = AGENDA[section]
    if index >= len(agenda):
        return []
    title, said = agenda[index]
    lines = [f"{len(earlier) + 1}. {title}", said, rng.choice(DISCUSSION)]
    if rng.random() < 0.6:
        lines.append(rng.choice(ACTIONS))
    lines.append(rng.choice(MOTIONS))
    return list(dict.fromkeys(lines))


def meeting_minutes(rng: random.Random) -> str:
    """The minutes of a general meeting by part: numbered items ("4. Repairs backlog"),
    "Action: Secretary to write to the council" recurring, motions carried or withdrawn."""
    platform = Platform(
        title="Minutes of the general meeting — Riverside Housing Co-operative",
        subtitle=f"Held on 10 March 2026 at the community room, Cedar Court{NBSP}📝",
        lead=wrap(
            rng,
            (
                "Present: 31 members and the housing officer. Grace Mensah chaired the "
                "meeting, which was quorate. These minutes are a draft until the next "
                "general meeting agrees them as a true record."
            ),
            72,
        ),
        sections=tuple(AGENDA),
        notes=("Chair: Grace Mensah.", "Minutes taken by the secretary."),
        item=_minutes_item,
        footer=("Copies are in the office.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- the fire-safety notices ----------------------------------------------------------------------

#: Each paragraph of a block's notice, with the block's name where it stands.
FIRE_PARAGRAPHS = (
    "If you discover a fire\nRaise the alarm and leave {block} by the nearest stairs\n"
    "Call 999 once you are outside\n" + NO_LIFT,
    "If the fire is elsewhere in {block}\nStay in your flat unless heat or smoke reaches it\n"
    "Keep your front door closed",
    "Assembly point\nThe car park in front of {block}\n" + NO_LIFT,
    "Fire doors\nKeep the stairwell doors of {block} closed\nDo not wedge them open",
    "Checks\nAlarms in {block} are tested every Monday at 10:00\nCall 999 once you are outside",
    "Rubbish and bikes\nKeep the landings and stairs of {block} clear\nBikes and prams go in the"
    " store",
    "Help to leave\nTell the office if you would need help to leave {block}\nA plan is made with"
    " you",
)


def _fire_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(FIRE_PARAGRAPHS):
        return []
    return FIRE_PARAGRAPHS[index].format(block=section).split("\n")


def fire_notices(rng: random.Random) -> str:
    """The fire-safety notice of every block: the same paragraphs with the block's name
    changed ("leave Alder House by the nearest stairs"), "Do not use the lift" and "Call 999
    once you are outside" word for word."""
    platform = Platform(
        title="Fire safety — Riverside Housing Co-operative",
        subtitle=f"Checked by the fire risk assessor, January 2026{NBSP}🔥",
        lead=wrap(
            rng,
            (
                "Each block has its own notice by the lift and on the back of every front "
                "door. The blocks are built to hold a fire in one flat, so unless it reaches "
                "yours the advice is to stay put and let the brigade come to you."
            ),
            72,
        ),
        sections=BLOCKS,
        notes=("Read this notice and keep it by your door.",),
        item=_fire_item,
        footer=("The fire risk assessment is in the office.", STOCK),
        least_sections=5,
        least_items=5,
        same_note=True,
    )
    return export(rng, platform)


KINDS = (
    repairs_log,
    service_charges,
    residents_rota,
    meeting_minutes,
    fire_notices,
    waiting_list,
    parking_register,
    cham_notice,
    rejang_notice,
)
