"""Twenty-eighth-round fresh re-anchoring texts (no test here): a bank's schedule of fees, a
privacy policy, a parcel-tracking history and a shop's product listing, each a full page as
the company's site exports it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh28_kit import SORTING, STOCK
from tests.benchmarks.reanchor_fresh28_more_texts import (
    faq_page,
    invoice_statement,
    malayalam_notice,
    thaana_notice,
)

NO_CHARGE = "No charge."
EFFECTIVE_LINE = "Effective from 1 March"

# -- a bank's schedule of fees and charges --------------------------------------------------------

#: Each section's fee items: a head line and its lines (fee lines one figure apart).
FEES = {
    "Current accounts": (
        ("Overdraft", "Unarranged overdraft: £5.00 per day", "Arranged overdraft: £5.00 per month"),
        ("Monthly fee", "Everyday account: No charge.", "Plus account: £12.00 per month"),
        ("Returned payments", "Returned direct debit: £15.00", "Returned cheque: £15.00"),
        ("Statements", "Paper statement: £2.50", "Copy statement by e-mail", NO_CHARGE),
        ("Cash machines", "Cash withdrawal in the UK", NO_CHARGE),
    ),
    "Savings": (
        ("Instant saver", "Interest: 3.10 per cent a year", "Withdrawals", NO_CHARGE),
        ("Fixed saver", "Interest: 4.10 per cent a year", "Early closure: 90 days' interest"),
        ("Closing an account", "Closing by phone or online", NO_CHARGE),
    ),
    "Cards": (
        ("Replacement card", "Lost or stolen card", NO_CHARGE),
        ("Card delivery", "Urgent delivery: £15.00", "Standard delivery", NO_CHARGE),
        ("Cash on a credit card", "Cash fee: 3 per cent, at least £3", "Interest: 27.9 per cent"),
    ),
    "Payments abroad": (
        ("Card spending abroad", "Non-sterling transaction: 2.99 per cent", "In the EEA: £0.50"),
        ("Sending money abroad", "SEPA payment: £5.00", "SWIFT payment: £15.00"),
        ("Receiving money from abroad", "Up to £100.00", NO_CHARGE, "Over £100.00: £5.00"),
    ),
}  # fmt: skip


def _fee_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    choices = FEES[section]
    head, *lines = choices[(index + rng.randint(0, 1)) % len(choices)]
    if rng.random() < 0.3:
        lines.append(EFFECTIVE_LINE)
    if rng.random() < 0.25 and NO_CHARGE not in lines:
        lines.append(NO_CHARGE)
    return [f"{head} · {index + 1}", *lines]


def fee_schedule(rng: random.Random) -> str:
    """A schedule of fees and charges: fee lines one figure apart ("per day", "per month"),
    "No charge." under many items, "Effective from 1 March" in the head and in sections."""
    platform = Platform(
        title="Schedule of fees and charges — Personal banking",
        subtitle=f"{EFFECTIVE_LINE} · Riverside Building Society{NBSP}🏦",
        lead=wrap(
            rng,
            (
                "This schedule lists what we charge for personal accounts. Effective from "
                "1 March, the unarranged overdraft fee is £5.00 per day and the arranged "
                'overdraft fee is £5.00 per month. Where an item says "No charge." we take nothing.'
            ),
            72,
        ),
        sections=tuple(FEES),
        notes=(f"{EFFECTIVE_LINE}.", "Fees are taken on the first working day of the month."),
        item=_fee_item,
        footer=("We tell you 30 days before a fee changes.", STOCK),
        least_items=4,
    )
    return export(rng, platform)


# -- a privacy policy -----------------------------------------------------------------------------

NO_SALE = "We do not sell your personal data."
STOP = "You can ask us to stop at any time."
CLAUSES = (
    "Who we are",
    "What we collect",
    "How we use your data",
    "Marketing",
    "Sharing",
    "Keeping your data",
    "Your rights",
    "Cookies",
)
#: What a sub-clause says, by clause (a stock sentence or a cross-reference among them).
CLAUSE_LINES = (
    "Riverside Building Society is the controller of your personal data.",
    "We collect your name, address, e-mail address and date of birth.",
    "We use your data to run your account and to meet our legal duties.",
    "We send offers by e-mail only if you agree.",
    "We share data with credit reference agencies, see clause 5.2.",
    "We keep your data for six years after your account closes, see clause 6.1.",
    "You can ask for a copy of your data, see clause 7.2.",
    'We use "essential" cookies only, unless you agree to others.',
)
DEFINITIONS = (
    ("“Personal data”", "means any information about you."),
    ("“We”, “us”", "means Riverside Building Society."),
    ("“Processing”", "means anything we do with personal data."),
    ("“Controller”", "means who decides how personal data is used."),
)


def _policy_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Definitions":
        if index >= len(DEFINITIONS):
            return []
        term, meaning = DEFINITIONS[index]
        return [term, meaning]
    number = int(section.split()[1])
    if index >= 7:
        return []
    line = CLAUSE_LINES[(number + index) % len(CLAUSE_LINES)]
    lines = [f"{number}.{index + 1} {CLAUSES[number - 1]}", line]
    lines += rng.sample((NO_SALE, STOP, NO_SALE, STOP), rng.randint(1, 3))
    if rng.random() < 0.4:
        lines.append(f"For more, see clause {rng.randint(1, 8)}.{rng.randint(1, 3)}.")
    lines.append(rng.choice(("Basis: consent", "Basis: contract", "Basis: contract")))
    return lines


def privacy_policy(rng: random.Random) -> str:
    """A privacy policy: numbered clauses and sub-clauses, cross-references ("see clause
    7.2"), stock sentences in several clauses, a definitions list."""
    platform = Platform(
        title="Privacy policy — Riverside Building Society",
        subtitle=f"Effective from 1 March · version 4{NBSP}🔒",
        lead=wrap(
            rng,
            (
                f"This policy says how we use your personal data. {NO_SALE} {STOP} Words in "
                "quotes are defined in the Definitions section, and see clause 7.2 for your rights."
            ),
            72,
        ),
        sections=(
            "Definitions",
            *(f"Clause {n} — {name}" for n, name in enumerate(CLAUSES, start=1)),
        ),
        notes=("This clause applies to every account.", "Read this with clause 1."),
        item=_policy_item,
        footer=("We review this policy every year.", STOCK),
        least_items=2,
    )
    return export(rng, platform)


# -- a parcel-tracking history --------------------------------------------------------------------

DAYS = (
    ("Tuesday 3 March", "03 Mar"),
    ("Monday 2 March", "02 Mar"),
    ("Sunday 1 March", "01 Mar"),
    ("Saturday 28 February", "28 Feb"),
    ("Friday 27 February", "27 Feb"),
)
CENTRES = ("Northgate hub", "Millbrook sorting centre", "Riverside depot", "Eastholme hub")
#: Each day's events and the line under each, newest first: the last day ends at the door,
#: the days before it move the parcel between sorting centres, the first day starts it.
LAST_DAY = (
    ("Delivered", "Left with a neighbour at number 14."),
    ("Delivery attempted", "We'll try again tomorrow."),
    ("Out for delivery", "Your driver is Sam."),
    ("Arrived at delivery depot", "Location: Riverside depot"),
    (SORTING, "Location: Northgate hub"),
)
MIDDLE_DAYS = (
    ("Departed sorting centre", "Location: Northgate hub"),
    (SORTING, "Location: Northgate hub"),
    ("Departed sorting centre", "Location: Millbrook sorting centre"),
    (SORTING, "Location: Millbrook sorting centre"),
    (SORTING, "Location: Eastholme hub"),
)
FIRST_DAY = (
    (SORTING, "Location: Eastholme hub"),
    ("Collected from sender", "Location: Eastholme"),
    ("Label created", "We're waiting for the parcel."),
)
EVENTS = {"03 Mar": LAST_DAY, "27 Feb": FIRST_DAY}


def _event(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    day = dict(DAYS).get(section)
    if day is None:
        return [f"Note {index + 1}", rng.choice(("We'll try again tomorrow.", "Track on our app."))]
    minutes = 22 * 60 - 71 * index - rng.choice((0, 0, 1)) - 3 * len(earlier)
    if minutes < 5 * 60:
        return []
    events = EVENTS.get(day, MIDDLE_DAYS)
    if index >= len(events) + 4:
        return []
    at = index + rng.randint(0, 1)  # the middle days go round their hubs; the others end
    name, under = events[at % len(events) if events is MIDDLE_DAYS else min(at, len(events) - 1)]
    lines = [f"{day} {minutes // 60:02}:{minutes % 60:02} {name}", under]
    if name == SORTING and rng.random() < 0.5:
        lines.append(f"Next stop: {rng.choice(CENTRES)}")
    return [*lines, rng.choice(("On time", "On time", "Running late"))]


def tracking_history(rng: random.Random) -> str:
    """A parcel-tracking history, newest event first: timestamped lines, "Arrived at sorting
    centre" several times at different centres, a delivery attempt, "We'll try again
    tomorrow."."""
    platform = Platform(
        title="Track your parcel — RS 4471 0932 GB",
        subtitle=f"Riverside Parcels · updated as the parcel moves{NBSP}📦",
        lead=wrap(
            rng,
            (
                "Your parcel is on its way. The newest event is at the top. If we miss you, we "
                "leave a card with a reference. We'll try again tomorrow."
            ),
            72,
        ),
        sections=(*(name for name, _ in DAYS), "Delivery notes"),
        notes=("Times are local.", "Events can take an hour to appear."),
        item=_event,
        footer=("Tracking is kept for 90 days.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- a shop's product listing ---------------------------------------------------------------------

COLOURS = {"Navy": "NV", "Black": "BK", "Grey": "GY", "Navy and white": "NW"}
REVIEWS = (
    "Fits true to size.",
    "Comfortable from the first run.",
    "The navy is darker than in the photos.",
    "Fits true to size. Great grip in the wet.",
)


def _variant(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if section == "Reviews":
        stars = rng.choice(("5.0", "5.0", "4.0", "3.0"))
        lines = [f"{stars} out of 5 stars", rng.choice(REVIEWS)]
        return [*lines, rng.choice(("Verified purchase", "Verified purchase", "Helpful · 12"))]
    if section == "Questions":
        return [
            rng.choice(("Q: Does it run small?", "Q: Is it waterproof?")),
            rng.choice(("A: It fits true to size.", "A: No, it is water resistant.")),
        ]
    size = 6 + index / 2
    if size > 13:
        return []
    price = rng.choice(("59.99", "59.99", "59.98", "69.99", "49.99"))
    status = rng.choice(("In stock", "In stock", "Only 2 left", "Out of stock"))
    return [
        f"Trail Runner 2 · {section} · UK {size:g}",
        f"SKU TR2-{COLOURS[section]}-{round(size * 10):03}",
        f"£{price}",
        status,
        rng.choice(("Free returns", "Free returns", "Final sale")),
    ]


def product_listing(rng: random.Random) -> str:
    """A product listing with variants: sizes and colours, prices a penny or a digit apart,
    "In stock", "Only 2 left" and "Out of stock" repeated, SKU codes one character apart,
    reviews with "5.0 out of 5 stars" many times."""
    platform = Platform(
        title="Trail Runner 2 — men's running shoe",
        subtitle=f"Riverside Outdoor · free returns within 30 days{NBSP}👟",
        lead=wrap(
            rng,
            (
                "A light trail shoe with a grippy sole. Prices start at £49.99; most sizes are "
                "In stock and dispatched the same day. Sizes run true, say most reviews."
            ),
            72,
        ),
        sections=(*COLOURS, "Reviews", "Questions"),
        notes=("Prices include VAT.", "Stock is updated every hour."),
        item=_variant,
        footer=("Prices can change without notice.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    fee_schedule,
    privacy_policy,
    tracking_history,
    product_listing,
    invoice_statement,
    faq_page,
    malayalam_notice,
    thaana_notice,
)
