"""More twenty-eighth-round fresh texts (no test here): an invoice and statement, an app's help
centre, a Malayalam/English bill notice and a Dhivehi/English operator's notice.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh28_kit import (
    ARABIC_COMMA,
    ARABIC_QUESTION,
    STOCK,
    ZWNJ,
    malayalam_digits,
    old_chillu,
)

# -- an invoice and statement ---------------------------------------------------------------------

INVOICE_NUMBER = "INV-20417"
#: What the office buys, and the unit price in pence.
GOODS = (
    ("Printer paper A4", 499),
    ("Printer paper A3", 999),
    ("Toner cartridge", 3850),
    ("Desk lamp", 2400),
    ("Delivery", 500),
)
PAID = "Payment received — thank you"


def pounds(pence: int) -> str:
    """Pence written as pounds and pence: 1996 as "19.96"."""
    return f"{pence // 100}.{pence % 100:02}"


def line_item(date: str, name: str, quantity: int, unit: int) -> list[str]:
    """An invoice's line item: its date and goods, its arithmetic, its VAT."""
    total = quantity * unit
    return [
        f"{date} · {name}",
        f"Qty {quantity} × £{pounds(unit)} = £{pounds(total)}",
        f"VAT 20%: £{pounds(total // 5)}",
    ]


def _invoice_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section.startswith("Invoice"):
        if index >= 15:
            return []
        name, unit = GOODS[(index + rng.randint(0, 1)) % len(GOODS)]
        date = f"{rng.choice((3, 12, 12, 21))} {section.split()[-1][:3]}"
        lines = line_item(date, name, rng.randint(1, 6), unit)
        return [*lines, rng.choice(("Ordered by: Priya Nair", "Ordered by: Tom Okafor"))]
    if section == "Statement":
        return [
            rng.choice(("Balance brought forward", PAID, f"Invoice {INVOICE_NUMBER}")),
            f"£{pounds(rng.choice((12040, 8000, 12040, 4515)))}",
            f"Dated {rng.randint(1, 28)} Feb",
        ]
    if section == "Payments":
        amount = f"£{pounds(rng.choice((8000, 4515)))} by card on {rng.randint(1, 28)} Feb"
        return [PAID, amount, f"Reference: {INVOICE_NUMBER}"]
    return rng.choice(
        (
            ["VAT at 20 per cent", f"£{pounds(rng.choice((2408, 1240)))}"],
            ["Zero-rated items", "No VAT."],
            ["Replaces invoice INV-20414", "Reissued with the correct address."],
        )
    )


def invoice_statement(rng: random.Random) -> str:
    """An invoice and statement: line items with quantities, unit prices and totals (the
    same goods on two dates), "Balance brought forward", "Payment received — thank you",
    VAT lines, a reissued invoice's number."""
    platform = Platform(
        title=f"Invoice {INVOICE_NUMBER} and statement",
        subtitle=f"Riverside Office Supplies · account 55102 · {INVOICE_NUMBER}{NBSP}🧾",
        lead=wrap(
            rng,
            (
                f"Invoice {INVOICE_NUMBER} replaces invoice INV-20414. Please pay within 30 "
                "days. VAT is charged at 20 per cent on every line unless marked zero-rated."
            ),
            72,
        ),
        sections=(
            "Invoice — January",
            "Invoice — February",
            "Invoice — March",
            "Statement",
            "Payments",
            "VAT",
        ),
        notes=(f"Quote {INVOICE_NUMBER} when you pay.", "All amounts are in pounds."),
        item=_invoice_item,
        footer=("Questions about this invoice? Reply to this e-mail.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- an app's help centre -------------------------------------------------------------------------

SETTINGS = "Open Settings and tap Account."
CONTACT = "If this does not help, contact us."
UPDATE = "Make sure the app is up to date."
#: Each topic's questions and their answers' own sentences.
QUESTIONS = {
    "Account": (
        ("How do I change my e-mail address?", "Tap E-mail and type the new address."),
        ("How do I change my password?", "Tap Password and follow the steps."),
        ("How do I delete my account?", "Tap Delete account at the bottom."),
        ("How do I change my phone number?", "Tap Phone and type the new number."),
        ("How do I add a second user?", "Tap Users and send an invite by e-mail."),
    ),
    "Payments": (
        ("Why was I charged twice?", "A second charge is usually a hold that drops off in 3 days."),
        ("How do I change my card?", "Tap Payment methods and add a card."),
        ("Why was my payment declined?", "Check the card's expiry date and billing address."),
        ("How do I get a refund?", "Refunds go back to the card you paid with in 5 days."),
    ),
    "Orders": (
        ("Where is my order?", "Tap Orders to see where it is."),
        ("Can I cancel an order?", "You can cancel within 30 minutes of ordering."),
        ("My order arrived damaged. What now?", "Send us a photo of the damage from Orders."),
        ("Can I change the delivery address?", "Tap the order and then Change address."),
    ),
    "Notifications": (
        ("Why don't I get notifications?", "Turn on the app's alerts in your phone's settings."),
        ("How do I stop e-mails?", "Tap Notifications and turn off e-mail."),
        ("Why do I get two alerts?", "You may be logged in on two phones."),
        ("How do I turn on alerts for payments?", "Tap Notifications and turn on Payments."),
    ),
    "Troubleshooting": (
        ("The app keeps crashing. What can I do?", "Close the app and open it again."),
        ("I can't log in. What can I do?", "Reset your password from the log-in screen."),
        ("The app is slow. What can I do?", "Free some space on your phone and restart it."),
        ("I see a blank screen. What can I do?", "Check your connection and pull down to refresh."),
    ),
}  # fmt: skip


def _question(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    found = QUESTIONS[section]
    if index >= len(found):
        return []
    question, answer = found[(index + len(section)) % len(found)]
    lines = [question]
    if section in ("Account", "Notifications") or rng.random() < 0.3:
        lines.append(SETTINGS)
    lines.append(answer)
    if rng.random() < 0.4:
        lines.append(UPDATE)
    if rng.random() < 0.7:
        lines.append(CONTACT)
    if rng.random() < 0.8:
        others = [q for topic in QUESTIONS.values() for q, _ in topic if q != question]
        lines.append(f"Related: {rng.choice(others)}")
    return [*lines, rng.choice(("Still stuck?", "Still stuck?", "Was this helpful?"))]


def faq_page(rng: random.Random) -> str:
    """An app's help centre: questions as head lines, answers that share whole sentences
    ("Open Settings and tap Account.", "If this does not help, contact us.")."""
    platform = Platform(
        title="Help centre — Riverside Money app",
        subtitle=f"Answers to common questions · last reviewed in March{NBSP}❓",
        lead=wrap(
            rng,
            (
                f"Find your question below. Most account changes start the same way: {SETTINGS} "
                f"{CONTACT} We reply by e-mail within 2 working days."
            ),
            72,
        ),
        sections=tuple(QUESTIONS),
        notes=("Steps are for the latest version.", "Screens may differ on tablets."),
        item=_question,
        footer=("Was this page useful? Tell us in the app.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- a Malayalam/English bill notice --------------------------------------------------------------

#: Malayalam lines (chillu letters, conjuncts, the dot reph) and their English.
MALAYALAM_LINES = (
    ("ഈ മാസത്തെ വൈദ്യുതി ബിൽ തുക 1240 രൂപ.", "This month's electricity bill is Rs 1240."),
    ("പണം അടയ്ക്കേണ്ട അവസാന തീയതി മാർച്ച് 15.", "The last date to pay is 15 March."),
    ("ഓൺലൈനായി പണം അടയ്ക്കാം.", "You can pay online."),
    ("മാർച്ച് 9-ന് രാവിലെ 9 മുതൽ 5 വരെ വൈദ്യുതി മുടങ്ങും.", "Power is off on 9 March, 9 to 5."),
    ("നിൎദ്ദേശങ്ങൾ ശ്രദ്ധിച്ച് വായിക്കുക.", "Read the instructions carefully."),
    ("ഉപഭോക്താക്കൾ മീറ്റർ റീഡിംഗ് പരിശോധിക്കണം.", "Customers should check the meter reading."),
)
MALAYALAM_THANKS = "നന്ദി."


def _malayalam(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(MALAYALAM_LINES)
    if rng.random() < 0.4:
        words = malayalam_digits(words)
    if rng.random() < 0.3:
        words = old_chillu(words)
    lines = [f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} March · Ernakulam", words, english]
    return [*lines, rng.choice(("Thank you.", MALAYALAM_THANKS, MALAYALAM_THANKS))]


def malayalam_notice(rng: random.Random) -> str:
    """A utility's bill notice in Malayalam and English: chillu letters (atomic or in the
    older form), conjuncts and the dot reph, Malayalam digits beside Western ones."""
    platform = Platform(
        title="Bill notice — Ernakulam Electrical Section",
        subtitle=f"വൈദ്യുതി ബിൽ · March 2026{NBSP}💡",
        lead=wrap(
            rng,
            (
                "Notices are given in Malayalam and English. Some are typed on an older "
                "keyboard; the Malayalam text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Bills — ബിൽ", "Payments — പണം", "Power cuts", "Meters", "Offices"),
        notes=("Posted at the section office.", "Translated by the section office."),
        item=_malayalam,
        footer=("Published on the utility's page.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Dhivehi/English operator's notice ----------------------------------------------------------

#: Dhivehi lines (every consonant with its vowel sign or sukun; "{c}" a comma, "{q}" a question
#: mark, each written the Arabic way) and their English.
THAANA_LINES = (
    ("މާލެ{c}ހުޅުމާލެ ފެރީ ދަތުރު 14:00 ގައި ކެންސަލް ކުރެވިއްޖެ.", "The 14:00 ferry is cancelled."),
    ("މާދަމާ ދަތުރުތައް 06:30 އިން ފެށޭނެ.", "Trips start again tomorrow from 06:30."),
    ("ބިލް ދައްކާނީ ކޮން ދުވަހަކު{q}", "When is the bill due?"),
    ("ބިލް ދައްކާ ތާރީޚު 20{c}ވަގުތު 16:00.", "The bill is due on the 20th, by 16:00."),
    ("ސިމް ކާޑު ބަދަލު ކުރުމަށް ފޯނު ކުރޭ.", "Call us to change your SIM card."),
    ("ދަތުރު ކެންސަލް ކުރެވުނީ ކީއްވެ{q}", "Why was the trip cancelled?"),
)
THAANA_THANKS = "ޝުކުރިއްޔާ."
#: How a comma or a question mark stands in a line, by who typed it.
COMMAS = (f"{ARABIC_COMMA} ", f" {ARABIC_COMMA} ", f"{ARABIC_COMMA}{ZWNJ} ")
QUESTION_MARKS = (ARABIC_QUESTION, f" {ARABIC_QUESTION}", f"{ARABIC_QUESTION}{ZWNJ}")


def _thaana(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(THAANA_LINES)
    words = words.format(c=rng.choice(COMMAS), q=rng.choice(QUESTION_MARKS))
    lines = [f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} March · Malé", words, english]
    return [*lines, rng.choice(("Thank you.", THAANA_THANKS, THAANA_THANKS))]


def thaana_notice(rng: random.Random) -> str:
    """A ferry and telecom operator's notice in Dhivehi and English: Thaana with every
    consonant's vowel sign or sukun, the Arabic comma and question mark (spaced, or with a
    non-joiner after them, as typed), Western digits."""
    platform = Platform(
        title="Service notice — Malé Ferry and Mobile",
        subtitle=f"ޚިދުމަތުގެ ނޯޓިސް · March 2026{NBSP}⛴️",
        lead=wrap(
            rng,
            (
                "Notices are given in Dhivehi and English. Some are typed on a phone keyboard; "
                "the Dhivehi text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Ferries — ފެރީ", "Bills — ބިލް", "SIM cards", "Timetable", "Offices"),
        notes=("Posted at the ferry terminal.", "Translated by the customer desk."),
        item=_thaana,
        footer=("Published on the operator's page.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
