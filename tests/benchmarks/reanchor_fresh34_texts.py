"""Thirty-fourth-round fresh re-anchoring texts (no test here): an order paper, a division list,
a register of members' interests and written questions with their answers, each a full page as
a parliament publishes it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh34_kit import (
    AMENDMENTS,
    ASK,
    HOLDING,
    MISSPELT,
    NIL,
    NOT_BEFORE,
    REGISTERED,
    SPONSOR,
    SPONSOR_TWIN,
    STOCK,
    TELLERS_AYES,
    TELLERS_NOES,
)
from tests.benchmarks.reanchor_fresh34_more_texts import (
    committee_schedule,
    corrections_list,
    kannada_notice,
    syriac_notice,
)

# -- an order paper -------------------------------------------------------------------------------

BUSINESS = (
    "Questions to the Secretary of State for Transport",
    "Questions to the Secretary of State for Health and Social Care",
    "Questions to the Secretary of State for Housing",
    "Urgent question: flooding in the Severn valley",
    "Water (Special Measures) Bill: Second Reading",
    "Water (Special Measures) Bill: Committee stage",
    "Estimates day: Department for Transport",
    "Adjournment: bus services in Bristol East",
    "Adjournment: bus services in Bristol West",
    "Ten Minute Rule Motion: Rivers (Bathing Water) Bill",
)
#: Times one figure apart.
TIMES = ("12.30 pm", "12.30 pm", "1.30 pm", "2.30 pm", "2.31 pm", "3.30 pm")


def _order_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 9:
        return []
    lines = [f"{1 + len(earlier)}  {rng.choice(BUSINESS)}"]
    time = rng.choice(TIMES)
    lines.append(NOT_BEFORE if time == "12.30 pm" else f"Not before {time}")
    if rng.random() < 0.5:
        lines.append(SPONSOR if rng.random() < 0.9 else SPONSOR_TWIN)
    if rng.random() < 0.5:
        lines.append(AMENDMENTS)
    return lines


def order_paper(rng: random.Random) -> str:
    """An order paper: the day's business as numbered items ("1  Questions to the Secretary
    of State for Transport"), "Not before 12.30 pm", a sponsor line and "Notes: Amendments
    have been tabled" under many items, numbers and times one figure apart."""
    platform = Platform(
        title="Order Paper — House of Commons, week of 16 March 2026",
        subtitle=f"Summary agenda and order of business{NBSP}📜",
        lead=wrap(
            rng,
            (
                "Business of the day, sitting by sitting. Items marked with a time are not "
                "taken before it. Amendments tabled to a Bill are in the Amendment Paper. "
                f"{NOT_BEFORE} for questions unless the Speaker directs otherwise."
            ),
            72,
        ),
        sections=tuple(
            f"{day} {date} March 2026"
            for day, date in (
                ("Monday", 16),
                ("Tuesday", 17),
                ("Wednesday", 18),
                ("Thursday", 19),
                ("Friday", 20),
                ("Monday", 23),
            )
        ),
        notes=("Prayers at 2.30 pm.", "The House sits at 11.30 am."),
        item=_order_item,
        footer=("The Order Paper is issued each sitting day.", STOCK),
        least_sections=4,
        least_items=4,
    )
    return export(rng, platform)


# -- a division list ------------------------------------------------------------------------------

#: Members: surnames repeating with other first names, constituencies one word apart.
MEMBERS = (
    ("Abbott", "Diane", "Hackney North and Stoke Newington"),
    ("Abbott", "Jack", "Ipswich"),
    ("Okafor", "Rose", "Bristol East"),
    ("Okafor", "Daniel", "Bristol West"),
    ("Lund", "James", "Bath"),
    ("Lund", "Jane", "Wells"),
    ("Phillips", "Jess", "Birmingham Yardley"),
    ("Phillips", "Owen", "Birmingham Erdington"),
    ("Hart", "Simon", "Bristol North West"),
    ("Hart", "Sally", "Bristol North East"),
    ("Patel", "Ravi", "Leicester East"),
    ("Patel", "Priya", "Leicester West"),
    ("Evans", "Chris", "Islwyn"),
    ("Evans", "Carys", "Ceredigion"),
)
#: How a clerk misspells a surname now and then.
MISSPELLINGS = {right: wrong for wrong, right in MISSPELT.items()}
TELLERS = ("Mr J. Lund and Ms R. Okafor", "Ms S. Hart and Mr C. Evans")


def member_line(surname: str, first: str, seat: str) -> str:
    """A division list's line: "Abbott, Diane (Hackney North and Stoke Newington)"."""
    return f"{surname}, {first} ({seat})"


def _division_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 4:
        return []
    side = "AYES" if index % 2 == 0 else "NOES"
    number = section.split()[-1]
    head = f"{side} — Division {number}" + (" (continued)" if index >= 2 else "")
    lines = [head]
    for surname, first, seat in sorted(rng.sample(MEMBERS, rng.randint(4, 7))):
        if rng.random() < 0.1:
            surname = MISSPELLINGS.get(surname, surname)
        lines.append(member_line(surname, first, seat))
    lines.append(TELLERS_AYES if side == "AYES" else TELLERS_NOES)
    return [*lines, rng.choice(TELLERS)]


def division_list(rng: random.Random) -> str:
    """A division list: numbered divisions, then AYES and NOES as columns of members
    ("Abbott, Diane (Hackney North and Stoke Newington)"), surnames repeating with other first
    names, constituencies one word apart, tellers' lines under each side."""
    platform = Platform(
        title="Division lists — House of Commons, 17 March 2026",
        subtitle=f"As recorded by the Tellers{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "Members who voted in each division, by side and surname. A member who voted "
                "in error may ask the Clerk to correct the list the next day."
            ),
            72,
        ),
        sections=tuple(f"Division No. {number}" for number in range(212, 218)),
        notes=("The question was put at 7.15 pm.", "The question was put at 7.31 pm."),
        item=_division_item,
        footer=("Lists are corrected in the next day’s Votes and Proceedings.", STOCK),
        least_sections=4,
        least_items=2,
    )
    return export(rng, platform)


# -- a register of members' interests -------------------------------------------------------------

CATEGORIES = (
    "1. Employment and earnings",
    "2. Donations",
    "3. Gifts and hospitality",
    "4. Land and property",
)
#: Sums one digit apart.
SUMS = ("£1,250", "£1,205", "£1,250", "£2,500", "£12,500", "£250")
PAYERS = ("the Guardian", "the Law Society", "Bristol Water plc", "the BBC")
DONORS = ("Mr A. Khan", "Unite the Union", "Severn Estates Ltd")


def register_entry(rng: random.Random, category: str) -> str:
    """An entry under ``category``: a payment, a donation, a gift or a property, with its sum
    and the day it was registered."""
    sum_ = rng.choice(SUMS)
    registered = REGISTERED if rng.random() < 0.8 else "Registered 4 March 2026"
    if category.startswith("1."):
        hours = rng.choice(("(2 hrs)", "(2 hrs)", "(3 hrs)"))
        return f"Payment of {sum_} from {rng.choice(PAYERS)} for an article {hours}. {registered}."
    if category.startswith("2."):
        return f"Donation of {sum_} from {rng.choice(DONORS)} to my office. {registered}."
    if category.startswith("3."):
        return f"Tickets worth {sum_} from {rng.choice(PAYERS)}. {registered}."
    return f"A flat in Bristol East, rental income over {sum_} a year. {registered}."


def _register_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 4:
        return []
    surname, first, seat = MEMBERS[(len(earlier) * 3 + rng.randint(0, 2)) % len(MEMBERS)]
    lines = [f"{surname}, {first} ({seat})"]
    for category in CATEGORIES[: rng.randint(2, 4)]:
        lines.append(category)
        if rng.random() < 0.45:
            lines.append(NIL)
            continue
        for _ in range(1 if rng.random() < 0.8 else 2):
            lines.append(register_entry(rng, category))
    return lines


def members_register(rng: random.Random) -> str:
    """A register of members' interests: a block a member, the same category headings in each
    block, "Nil" under many, sums one digit apart ("£1,250" and "£1,205"), "(2 hrs)" and
    "Registered 14 March 2026" on many lines."""
    platform = Platform(
        title="Register of Members’ Financial Interests — 23 March 2026",
        subtitle=f"Published by the Parliamentary Commissioner for Standards{NBSP}📒",
        lead=wrap(
            rng,
            (
                "Each member’s entries under the categories of the Code of Conduct. Nil means "
                "the member has nothing to register under that category. Sums are before tax."
            ),
            72,
        ),
        sections=("Members A to E", "Members F to K", "Members L to O", "Members P to Z"),
        notes=("Entries are as members registered them.", "Hours are for the work paid."),
        item=_register_item,
        footer=("Corrections go to the Registrar of Members’ Interests.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- written questions and answers ----------------------------------------------------------------

#: Departments, and what a question calls the Secretary of State of each.
DEPARTMENTS = {
    "Department of Health and Social Care": "Health and Social Care",
    "Department for Transport": "Transport",
    "Home Office": "the Home Department",
    "Department for Education": "Education",
    "Ministry of Housing, Communities and Local Government": "Housing",
}
ASKS = (
    "what steps he is taking to fill nursing posts.",
    "what steps he is taking to reduce waiting lists.",
    "whether she plans to review bus funding in Bristol East.",
    "whether she plans to review bus funding in Bristol West.",
    "how many rail services were cancelled in February 2026.",
    "if she will publish the review of school meals.",
)
ANSWERS = (
    "The Department will publish figures in the spring.",
    "Funding for 2026-27 was set out on 4 March 2026.",
    "I refer the hon. Member to the answer of 14 March 2026.",
)
ASKERS = ("Rose Okafor (Bristol East)", "Daniel Okafor (Bristol West)", "Jess Phillips")


def _question_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 4:
        return []
    uin = 14520 + len(earlier) + rng.choice((0, 0, 0, 10, 45))
    asker = rng.choice(ASKERS)
    question = f"UIN {uin}  {ASK} {DEPARTMENTS[section]} {rng.choice(ASKS)}"
    answer = HOLDING if rng.random() < 0.5 else rng.choice(ANSWERS)
    return [
        f"Asked by {asker} · tabled 9 March 2026",
        question,
        answer,
        "Answered by Rt Hon J. Lund",
    ]


def written_questions(rng: random.Random) -> str:
    """Written questions and answers: lines "UIN 14527  To ask the Secretary of State for
    Health …", the stock opening on nearly every question, UINs one digit apart, the same
    holding answer under several."""
    platform = Platform(
        title="Written questions and answers — 16 March 2026",
        subtitle=f"Answers received by the Table Office{NBSP}✍",
        lead=wrap(
            rng,
            (
                "Questions tabled for written answer and the answers given, by department. "
                f"A holding answer reads “{HOLDING}” and is followed by a full one."
            ),
            72,
        ),
        sections=tuple(DEPARTMENTS),
        notes=("Named day questions are marked.", "Answers are as the department gave them."),
        item=_question_item,
        footer=("Questions are numbered by the Table Office.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    order_paper,
    division_list,
    members_register,
    written_questions,
    committee_schedule,
    corrections_list,
    kannada_notice,
    syriac_notice,
)
