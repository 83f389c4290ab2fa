"""Thirty-seventh-round fresh re-anchoring texts (no test here): a statement of persons
nominated, a notice of polling stations, results by ward and a recount notice with its amended
results, each a full page as an elections office publishes it, with lines that recur word for
word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh37_kit import (
    DESCRIPTIONS,
    OPEN,
    REJECTED_LINE,
    STOCK,
    TOWNS,
    VALID,
    WHEELCHAIR,
    WITHDRAWN,
)
from tests.benchmarks.reanchor_fresh37_more_texts import adlam_notice, guidance, tai_tham_notice

WARDS = ("Abbey", "Castle", "Fairfield", "Mill", "Northgate", "St Anne’s")
#: Candidates: surnames one letter apart ("HALLAM", "HALLUM"; "PRYCE", "PRYSE").
CANDIDATES = (
    ("HALLAM", "Daniel James"),
    ("HALLUM", "Daniel"),
    ("OKAFOR", "Rose Adaeze"),
    ("RAHMAN", "Aisha"),
    ("RAHMEN", "Ali"),
    ("PRYCE", "Joan Margaret"),
    ("PRYSE", "Alan"),
    ("LANE", "Sam"),
    ("DUNMORE", "Peter"),
    ("ASHWORTH", "Paula"),
    ("ASHFORD", "Paul"),
)
#: Streets, with house numbers one apart.
STREETS = ("Mill Lane", "Station Road", "Abbey Road", "Castle Street")
HOUSES = (12, 13, 21, 112, 7, 17)
PEOPLE = ("Joan Pryce", "Sam Lane", "Peter Dunmore", "Rose Okafor", "Mark Potter")

# -- a statement of persons nominated --------------------------------------------------------


def _candidate_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 8:
        return []
    surname, names = rng.choice(CANDIDATES)
    address = f"{rng.choice(HOUSES)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    description = rng.choice((*DESCRIPTIONS, "Independent", "Labour Party"))
    proposer, seconder = rng.sample(PEOPLE, 2)
    status = WITHDRAWN if rng.random() < 0.12 else VALID
    return [
        f"{surname}  {names}  {address}  {description}",
        f"Proposer: {proposer}  Seconder: {seconder}",
        status,
    ]


def nominations(rng: random.Random) -> str:
    """A statement of persons nominated, ward by ward: a candidate's line ("HALLAM  Daniel
    James  12 Mill Lane, Abbeyfield  Labour Party"), the proposer and seconder, "Nomination
    valid" under most and "Withdrawn" under some; surnames and house numbers one apart,
    "Independent" and the same party recurring."""
    platform = Platform(
        title="Statement of persons nominated — Abbeyfield District Council, 7 May 2026",
        subtitle=f"Published by the returning officer on 9 April 2026{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "The persons below have been nominated for election as councillors. Where a "
                "candidate has withdrawn, the statement says so. An address shown as a town "
                "only was withheld at the candidate’s request."
            ),
            72,
        ),
        sections=tuple(f"{ward} ward" for ward in WARDS),
        notes=(
            "Nominations are listed in the order they were received.",
            "Two councillors are to be elected.",
        ),
        item=_candidate_item,
        footer=("The statement is published at the Town Hall.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a notice of polling stations ---------------------------------------------------------------

PLACES = (
    "St Mark’s Church Hall, 22 Station Road",
    "St Mark’s Church Hall, 23 Station Road",
    "Abbeyfield Primary School, 4 Mill Lane",
    "Castle Community Centre, 1 Castle Street",
    "The Scout Hut, 40 Abbey Road",
    "Fairfield Library, 14 Abbey Road",
    "Mobile unit, car park of the Red Lion",
)
ACCESS = (WHEELCHAIR, WHEELCHAIR, WHEELCHAIR, "Step-free access by the side door")


def _station_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 8:
        return []
    number = 11 + len(earlier)
    district = f"{section[:1]}{rng.choice('AB')}{rng.randint(1, 3)}"
    lines = [f"Station {number}  {rng.choice(PLACES)}  {district}", OPEN, rng.choice(ACCESS)]
    if rng.random() < 0.3:
        lines.append("Electors A to K vote here; L to Z at the next station.")
    return lines


def polling_stations(rng: random.Random) -> str:
    """A notice of polling stations by polling district ("Station 14  St Mark’s Church Hall,
    22 Station Road  AA1"), "Open 7am to 10pm" and "Wheelchair access" under most, station
    numbers one digit apart, two halls one house number apart."""
    platform = Platform(
        title="Notice of situation of polling stations — Abbeyfield, 7 May 2026",
        subtitle=f"Given by the returning officer{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "Polling stations and the electors entitled to vote at each. Your poll card "
                "gives your station’s number. All stations are open from 7am to 10pm."
            ),
            72,
        ),
        sections=tuple(f"{ward} ward polling districts" for ward in WARDS),
        notes=("Bring accepted photo ID.", "Poll cards are not needed to vote."),
        item=_station_item,
        footer=("This notice is also posted at every station.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- results by ward ----------------------------------------------------------------------------

#: Votes one digit apart.
VOTES = (1204, 1024, 1240, 987, 978, 412, 421, 96, 69, 2104)
TURNOUTS = ("34.2", "32.4", "43.2", "28.9")
REJECTIONS = (REJECTED_LINE, REJECTED_LINE, "Rejected ballots: 12", "Rejected ballots: 21")


def _votes(number: int) -> str:
    return f"{number:,}"


def _rows(rng: random.Random, elected: int) -> list[str]:
    chosen = rng.sample(CANDIDATES, rng.randint(3, 4))
    votes = sorted(rng.sample(VOTES, len(chosen)), reverse=True)
    rows = []
    for rank, ((surname, names), count) in enumerate(zip(chosen, votes, strict=True)):
        party = rng.choice(DESCRIPTIONS)
        row = f"{names.split()[0]} {surname}  {party}  {_votes(count)}"
        rows.append(row + ("  Elected" if rank < elected else ""))
    rng.shuffle(rows)
    return rows


def _ward_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 6:
        return []
    ward = rng.choice(WARDS)
    seats = rng.choice((1, 2))
    lines = [
        f"{ward} ward  Seats: {seats}  Electorate: {rng.randint(5, 8)},{rng.randint(100, 999)}"
    ]
    lines += _rows(rng, seats)
    lines.append(rng.choice(REJECTIONS))
    lines.append(f"Turnout: {rng.choice(TURNOUTS)}%")
    return lines


def results(rng: random.Random) -> str:
    """Results by ward, count centre by count centre: a row a candidate ("Daniel HALLAM  Labour
    Party  1,204  Elected"), "Elected" on several rows, votes one digit apart, "Rejected
    ballots: 17" and turnouts recurring."""
    platform = Platform(
        title="Declaration of results — Abbeyfield District Council, 7 May 2026",
        subtitle=f"Results as declared by the returning officer{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "Results of the poll in each ward, as declared at the counts. Turnout is the "
                "share of the electorate whose ballot papers were counted, rejected ones "
                "included. Candidates marked Elected were duly elected."
            ),
            72,
        ),
        sections=(
            "Count at the Guildhall",
            "Count at Castle Leisure Centre",
            "Count at Fairfield Hall",
            "Count at the Corn Exchange",
            "Postponed poll in Mill ward",
        ),
        notes=("Declared overnight.", "Figures are as declared, before any recount."),
        item=_ward_item,
        footer=("The declarations are kept at the Town Hall.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


# -- a recount notice and amended results -------------------------------------------------------


def _recount_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    ward = rng.choice(WARDS)
    surname, names = rng.choice(CANDIDATES)
    if section == "Recounts requested":
        return [
            f"{ward} ward  Requested at 2:{rng.randint(10, 59)} am by the agent for "
            f"{names.split()[0]} {surname.title()}",
            rng.choice(("Recount granted", "Recount granted", "Recount refused")),
            f"Margin: {rng.choice((12, 21, 2, 9))} votes",
        ]
    if section in ("Amended results", "Corrections to the first declaration"):
        rows = _rows(rng, 1)
        count = rows[0].split("  ")[2]
        was = _votes(int(count.replace(",", "")) + rng.choice((-10, 10, 1)))
        rows[0] = rows[0].replace(f"  {count}", f"  {count} (was {was})", 1)
        heading = "Amended result after recount" if index % 2 == 0 else "Corrected figures"
        return [f"{ward} ward  {heading}", *rows, rng.choice(REJECTIONS)]
    return [
        f"{ward} ward  Declared at {rng.randint(3, 5)}:{rng.randint(10, 59)} am",
        rng.choice(("The result stands as first declared.", "The result was amended.")),
        rng.choice(REJECTIONS),
        f"Turnout: {rng.choice(TURNOUTS)}%",
    ]


def recount(rng: random.Random) -> str:
    """A recount notice and its amended results: recounts requested ("Castle ward  Requested at
    2:31 am by the agent for Daniel Hallam"), amended rows ("… 1,214 (was 1,204)  Elected"),
    declarations with "The result stands as first declared." recurring."""
    platform = Platform(
        title="Notice of recounts and amended results — Abbeyfield, 8 May 2026",
        subtitle=f"Issued by the returning officer at 6 am{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "Recounts asked for at the counts, and what they found. Where a recount "
                "changed a candidate’s votes the earlier figure is shown in brackets. "
                "Rejected ballots were checked again at every recount."
            ),
            72,
        ),
        sections=(
            "Recounts requested",
            "Amended results",
            "Declarations after recount",
            "Corrections to the first declaration",
        ),
        notes=("All times are at the count.", "Agents were present throughout."),
        item=_recount_item,
        footer=("Agents may inspect the counted papers on request.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (nominations, polling_stations, results, recount, guidance, adlam_notice, tai_tham_notice)
