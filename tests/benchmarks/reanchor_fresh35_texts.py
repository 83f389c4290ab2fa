"""Thirty-fifth-round fresh re-anchoring texts (no test here): a daily cause list, a judgment
with numbered paragraphs, a magistrates' court register of results and an employment
tribunal's list of decisions, each a full page as a court publishes it, with lines that recur
word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh35_kit import (
    ADJOURNED,
    DISMISS,
    GUILTY,
    LISTED,
    NOT_BEFORE,
    SEE_ABOVE,
    STATUTE,
    STOCK,
    WELL_FOUNDED,
    WITHDRAWN,
)
from tests.benchmarks.reanchor_fresh35_more_texts import (
    direction,
    inquest_list,
    manipuri_notice,
    santali_notice,
)

# -- a daily cause list ---------------------------------------------------------------------------

#: Courtrooms, the same judge heading several of them.
COURTS = (
    "Court 3  Before His Honour Judge Marsh  Sitting at 10:00 am",
    "Court 4  Before His Honour Judge Marsh  Sitting at 2:00 pm",
    "Court 13  Before Her Honour Judge Okoro  Sitting at 10:30 am",
    "Court 1  Before Mr Justice Pryor  Sitting at 10:30 am",
    "Court 8  Before District Judge Lane  Sitting at 10:00 am",
    "Court 18  Before District Judge Lane  Sitting at 10:00 am",
)
#: Parties one letter apart.
PARTIES = (
    "Hallam v Northgate Logistics Ltd",
    "Hallum v Northgate Logistics Ltd",
    "R v Hallam",
    "R v Hallum",
    "Rahman v Harbour Foods Ltd",
    "Okafor v Severn Trent Water Ltd",
    "Pryce v Pryse",
    "Re Dunmore (deceased)",
)
HEARINGS = ("Application", "Application", "Trial", "Sentence", "Case management conference")
#: What stands under a case: the stock lines, and hours one figure apart.
UNDER = (LISTED, LISTED, NOT_BEFORE, NOT_BEFORE, "Not before 3 pm", "At 11:30 am", "At 11:20 am")
#: What stands under some cases after that.
REMARKS = ("Reserved to His Honour Judge Marsh", "Part heard from Tue 7 April")
COUNSEL = "Counsel: Mr J. Lund"


def case_number(parties: str, number: int) -> str:
    """A case's number as a list gives it: "KB-2026-001452", "CR-2026-001453"."""
    return f"{'CR' if parties.startswith('R v') else 'KB'}-2026-{number:06}"


def _case_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 9:
        return []
    parties = rng.choice(PARTIES)
    number = 1452 + len(earlier) + rng.choice((0, 0, 0, 100))  # never the same number twice
    lines = [f"{case_number(parties, number)}  {parties}  {rng.choice(HEARINGS)}"]
    lines.append(rng.choice(UNDER))
    if rng.random() < 0.4:
        lines.append(rng.choice(REMARKS))
    if rng.random() < 0.3:
        lines.append(COUNSEL)
    return lines


def cause_list(rng: random.Random) -> str:
    """A daily cause list: courtrooms ("Court 3  Before His Honour Judge Marsh  Sitting at
    10:00 am"), cases under each ("KB-2026-001452  Hallam v Northgate Logistics Ltd
    Application"), "Listed for mention" and "Not before 2 pm" under many, case numbers one
    digit apart, parties one letter apart."""
    platform = Platform(
        title="Daily cause list — County Court at Bristol, Tuesday 14 April 2026",
        subtitle=f"Published by the listing office at 4 pm the day before{NBSP}⚖",
        lead=wrap(
            rng,
            (
                "Cases listed for hearing, courtroom by courtroom. A case marked with a time "
                "is not called before it. Cases may be moved to another courtroom on the day. "
                f"{LISTED} means a short hearing without evidence."
            ),
            72,
        ),
        sections=COURTS,
        notes=("Parties should arrive 30 minutes early.", "The list may change on the day."),
        item=_case_item,
        footer=("The list is published on the court’s website.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a judgment with numbered paragraphs --------------------------------------------------------

#: A judgment's sentences: cross-references that repeat, citations one figure apart, words a
#: clerk mistypes ("appelant", "tribunel", "judgement").
SENTENCES = (
    f"The appellant submits that the tribunal erred in law {SEE_ABOVE}.",
    f"The appelant submits that the tribunal was wrong to reject his evidence {SEE_ABOVE}.",
    "The respondent says that the tribunal was entitled to reach that view on the evidence.",
    "In Hallam v Northgate Logistics Ltd [2024] EWCA Civ 1123 this court held that the test "
    "is objective.",
    "The same point was made in [2024] EWCA Civ 1132, on rather different facts.",
    "Mr Daniel Hallam said that he raised his concerns with Mrs Joan Pryce in March 2023.",
    f"Mrs Pryce accepted that she did not pass them on {SEE_ABOVE}.",
    "I do not accept that submission.",
    "The tribunel found that the disclosure was made in the public interest.",
    "The judgement below is careful and clear, and I would not disturb it.",
    "The appellant was dismissed on 4 May 2023 (see [8] above).",
    "Mr Peter Dunmore, the respondant’s manager, was not called to give evidence.",
    "Counsel for the respondent relied on [2023] UKSC 21 and [2023] UKSC 12.",
    "The tribunal called the email a 'qualifying disclosure' and said no more about it.",
)
PARTS = ("Introduction", "The facts", "The grounds of appeal", "Discussion", "Conclusion")


def _paragraph(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    number = f"[{1 + len(earlier)}]"
    quoting = (section == "The grounds of appeal" and index < 2) or (
        section == "Discussion" and index == 0
    )
    if quoting:
        opening = "Section 47B(1) of the Employment Rights Act 1996 provides:"
        return [f"{number} {opening}", STATUTE, rng.choice(SENTENCES)]
    body = wrap(rng, f"{number} " + " ".join(rng.sample(SENTENCES, rng.randint(2, 3))), 72)
    lines = body.split("\n")
    if section == "Conclusion" and index >= 1:
        lines.append(DISMISS)
    return lines


def judgment(rng: random.Random) -> str:
    """A judgment with numbered paragraphs ("[14] The appellant submits that …"), "(see [12]
    above)" repeating, citations one figure apart, the statute quoted word for word in two
    paragraphs and "For these reasons I would dismiss the appeal." near its end."""
    platform = Platform(
        title="Hallam v Northgate Logistics Ltd [2026] EWCA Civ 412",
        subtitle=f"Court of Appeal (Civil Division) · judgment handed down 14 April 2026{NBSP}⚖",
        lead=wrap(
            rng,
            (
                "Lord Justice Pryor: This is an appeal from the Employment Appeal Tribunal. "
                "The question is whether the disclosure was protected. Paragraph numbers "
                "are the court’s and are cited as [1], [2] and so on."
            ),
            72,
        ),
        sections=PARTS,
        notes=("Approved judgment.", "This judgment may be cited."),
        item=_paragraph,
        footer=("Corrections under the slip rule are made by the judge.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- a magistrates' court register of results ----------------------------------------------------

#: Defendants: surnames repeating with other first names, and one misspelt.
DEFENDANTS = (
    ("Smith", "John"),
    ("Smith", "Jane"),
    ("Smyth", "John"),
    ("Hallam", "Daniel"),
    ("Hallum", "Daniel"),
    ("Okafor", "Rose"),
    ("Okonkwo", "Peter"),
    ("Okonkow", "Alan"),
    ("Rahman", "Aisha"),
    ("Lane", "Sam"),
)
OFFENCES = (
    "Theft from a shop",
    "Theft from a shop",
    "Speeding 42 mph in a 30 mph zone",
    "Using a vehicle without insurance",
    "Failing to provide a specimen",
)
#: Fines one digit apart.
FINES = ("£120", "£102", "£120", "£1,250", "£1,205", "£250")


def _outcome(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return f"{GUILTY}  Fined {rng.choice(FINES)}  Costs £85  Surcharge £48"
    if roll < 0.6:
        return ADJOURNED
    if roll < 0.75:
        return "Not guilty plea  Adjourned to 21 April 2026"
    return f"{GUILTY}  Community order 12 months  Costs £85"


def _bench_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 4:
        return []
    chair = rng.choice(("Mrs P. Ashworth", "Mr K. Bello", "Mrs P. Ashford"))
    lines = [f"Bench: {chair} (chair)  Legal adviser: Mr T. Vaughan"]
    for surname, first in rng.sample(DEFENDANTS, rng.randint(2, 4)):
        age = rng.randint(19, 67)
        lines.append(f"{surname}, {first}  ({age})  {rng.choice(OFFENCES)}  {_outcome(rng)}")
    return lines


def results_register(rng: random.Random) -> str:
    """A magistrates' court register of results: a line a defendant ("Smith, John  (42)  Theft
    from a shop  Guilty plea  Fined £120  Costs £85  Surcharge £48"), "Guilty plea" and
    "Adjourned to 14 April 2026" repeating, fines one digit apart, surnames repeating with
    other first names."""
    platform = Platform(
        title="Register of results — Bristol Magistrates’ Court, week of 6 April 2026",
        subtitle=f"Court register extract, as published{NBSP}📋",
        lead=wrap(
            rng,
            (
                "Results of the week’s hearings, by courtroom and bench, defendants in the order "
                "they were called. Fines, costs and the victim surcharge are in pounds. "
                f"{ADJOURNED} means the case comes back after Easter."
            ),
            72,
        ),
        sections=tuple(
            f"Courtroom {room} — {day} April 2026"
            for room, day in (
                (1, "Monday 6"),
                (2, "Monday 6"),
                (1, "Tuesday 7"),
                (3, "Tuesday 7"),
                (1, "Wednesday 8"),
                (2, "Thursday 9"),
            )
        ),
        notes=("Ages are on the day of hearing.", "Results are as entered by the legal adviser."),
        item=_bench_item,
        footer=("Results may be corrected by the court.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- an employment tribunal's list of decisions ----------------------------------------------------

CLAIMANTS = ("Ms A. Rahman", "Ms A. Rahmen", "Mr D. Hallam", "Ms R. Okafor", "Mr P. Dunmore")
RESPONDENTS = ("Harbour Foods Ltd", "Northgate Logistics Ltd", "Severn Trent Water Ltd")
JUDGES = ("Employment Judge Okoro", "Employment Judge Lane", "Employment Judge Lang")
TRIBUNAL_CONCLUSIONS = (
    WELL_FOUNDED,
    WELL_FOUNDED,
    WITHDRAWN,
    WITHDRAWN,
    "The claim of unfair dismissal is not well-founded and is dismissed.",
)


def _decision_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 4:
        return []
    number = 6001452 + len(earlier) + rng.choice((0, 0, 100, 1000))  # never the same twice
    lines = [
        f"Claimant: {rng.choice(CLAIMANTS)}  Respondent: {rng.choice(RESPONDENTS)}  "
        f"Case No: {number}/2025",
        f"Heard: {rng.randint(2, 27)} March 2026  {rng.choice(JUDGES)}",
        rng.choice(TRIBUNAL_CONCLUSIONS),
    ]
    if lines[-1] == WELL_FOUNDED and rng.random() < 0.6:
        lines.append(rng.choice(("Remedy hearing: 14 April 2026", "Compensation: £12,450")))
    return lines


def tribunal_decisions(rng: random.Random) -> str:
    """An employment tribunal's list of decisions ("Claimant: Ms A. Rahman  Respondent:
    Harbour Foods Ltd  Case No: 6001452/2025"), the stock conclusions under several, case
    numbers one digit apart."""
    platform = Platform(
        title="Employment Tribunals — decisions sent to the parties, March 2026",
        subtitle=f"Register of judgments, England and Wales{NBSP}🗂",
        lead=wrap(
            rng,
            (
                "Judgments sent to the parties this month, by region. A judgment is final "
                "unless a party asks for reasons within 14 days. "
                f"Where it says “{WITHDRAWN}” no hearing was held."
            ),
            72,
        ),
        sections=("London Central", "Bristol", "Leeds", "Manchester", "Watford"),
        notes=("Names are as the claim form gives them.", "Reasons are sent on request."),
        item=_decision_item,
        footer=("The register is open to the public.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    cause_list,
    judgment,
    results_register,
    tribunal_decisions,
    inquest_list,
    direction,
    santali_notice,
    manipuri_notice,
)
