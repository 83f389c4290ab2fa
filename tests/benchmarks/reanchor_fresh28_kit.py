"""How the twenty-eighth round's customer pages are laid out, and what their families edit.

Every text is a full page as a shop's, a bank's, a carrier's or an app's site exports it,
laid out as the twenty-third round's exports (whose readers are reused): a title, a line
under it, a lead, then sections (a part of a schedule of fees, a clause of a policy, a day of
a parcel's history, a colour of a product, a part of an invoice, a topic of a help centre, a
subject of a notice), each with a one-line note and items of two lines or more, then a
footer under "About this export". Lines recur word for word ("No charge.", "In stock",
"Arrived at sorting centre", "We do not sell your personal data.", "If this does not help,
contact us.", a notice's closing line). An "Effective from" date, a fee, a clause reference,
an invoice number, a stock status, a sorting centre, straight quotes, "e-mail", "per cent",
Malayalam chillu letters and digits, and Thaana with the Arabic comma stand in every text
(at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWJ

ZWNJ = "\u200c"
#: The date a schedule or a policy takes effect: "Effective from 1 March".
EFFECTIVE = re.compile(r"(?<=Effective from )[0-9]{1,2} (?:March|April|May|June)")
#: An amount in pounds: "£5.00", "£5", "£1,240.50".
FEE = re.compile(r"£[0-9][0-9,]*(?:\.[0-9]{2})?(?![0-9])")
#: A round amount, written either way: "£5.00" or "£5" (a copy editor writes one as the other).
ROUND_POUNDS = re.compile(r"£[0-9][0-9,]*(?:\.00)?(?![0-9]|\.[0-9])")
#: "e-mail" or "email", with a capital or not.
EMAIL = re.compile(r"\b[Ee]-?mail\b")
#: "per cent" after a figure, or "%".
PER_CENT = re.compile(r"(?<=[0-9])(?: per cent|%)")
#: A sub-clause's number at the start of its head line: "7.2 ".
SUB_CLAUSE = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})(?= )", re.MULTILINE)
#: A clause's heading: "Clause 7 — Marketing".
CLAUSE_HEADING = re.compile(r"^Clause ([0-9]{1,2})(?= — )", re.MULTILINE)
#: A cross-reference: "see clause 7.2".
CROSS_REFERENCE = re.compile(r"(?<=[Ss]ee clause )([0-9]{1,2})\.([0-9]{1,2})")
#: A tracking event's line: "03 Mar 14:05 Out for delivery".
EVENT = re.compile(r"^([0-9]{2}) ([A-Z][a-z]{2}) ([0-9]{2}):([0-9]{2}) ([^\n]+)$", re.MULTILINE)
SORTING = "Arrived at sorting centre"
#: A variant's stock status.
STOCK_STATUS = re.compile(r"\b(?:In stock|Only [0-9] left|Out of stock)\b")
#: What a stock status is changed to, by what it was.
NEXT_STOCK = {
    "In stock": ("Only 2 left", "Out of stock"),
    "Only 2 left": ("Out of stock", "In stock"),
    "Only 1 left": ("Out of stock", "Only 2 left"),
    "Only 3 left": ("Only 1 left", "In stock"),
    "Out of stock": ("In stock", "Only 3 left"),
}
#: A stock-keeping code: "SKU TR2-NV-080" (a size of 8).
SKU = re.compile(r"\bSKU [A-Z0-9]{3}-[A-Z]{2}-[0-9]{3}\b")
#: A variant's price line: "£59.99".
PRICE_LINE = re.compile(r"^£([0-9]+\.[0-9]{2})$", re.MULTILINE)
#: An invoice's number: "INV-20417".
INVOICE = re.compile(r"\bINV-[0-9]{5}\b")
#: A line item's arithmetic: "Qty 4 × £4.99 = £19.96".
QUANTITY = re.compile(r"Qty ([0-9]+) × £([0-9]+\.[0-9]{2}) = £([0-9]+\.[0-9]{2})")
#: A line item's VAT: "VAT 20%: £3.99".
VAT = re.compile(r"(?<=VAT 20%: £)[0-9]+\.[0-9]{2}")
#: A clock time: "14:05".
CLOCK = re.compile(r"(?<![0-9:])[0-9]{2}:[0-9]{2}(?![0-9:])")

#: Malayalam script (letters, signs, digits) with joiners inside.
MALAYALAM = re.compile(r"[\u0d00-\u0d7f][\u0d00-\u0d7f\u200c\u200d ]*[\u0d00-\u0d7f]")
MALAYALAM_DIGITS = "൦൧൨൩൪൫൬൭൮൯"
VIRAMA = "\u0d4d"
#: Each atomic chillu letter and the older form it stands for (consonant, virama, joiner).
CHILLU = {
    "\u0d7a": f"\u0d23{VIRAMA}{ZWJ}",
    "\u0d7b": f"\u0d28{VIRAMA}{ZWJ}",
    "\u0d7c": f"\u0d30{VIRAMA}{ZWJ}",
    "\u0d7d": f"\u0d32{VIRAMA}{ZWJ}",
    "\u0d7e": f"\u0d33{VIRAMA}{ZWJ}",
}
OLD_CHILLU = {old: atomic for atomic, old in CHILLU.items()}
#: What one side's normalising touches in Malayalam text: digits, a chillu in either form.
MALAYALAM_MARK = re.compile(f"[{MALAYALAM_DIGITS}{''.join(CHILLU)}]|{'|'.join(OLD_CHILLU)}")
#: Thaana script (letters, vowel signs, the sukun) with its punctuation and joiners inside.
THAANA = re.compile(r"[\u0780-\u07b1][\u0780-\u07b1\u060c\u061f\u200c 0-9:]*[\u0780-\u07b1\u061f]")
ARABIC_COMMA, ARABIC_QUESTION = "\u060c", "\u061f"
#: What one side's normalising touches in Thaana text: an Arabic comma or question mark with
#: the space before it and the non-joiner after it, where they stand.
THAANA_MARK = re.compile(f" ?[{ARABIC_COMMA}{ARABIC_QUESTION}]{ZWNJ}?")
#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark, a soft hyphen) and one of each thing the
#: families edit, so that every text holds them.
STOCK = (
    f"Sent by the customer team’s mailer{NBSP}📨 on INV-20417, Effective from 1 March: "
    f"Unarranged overdraft: £5.00 per day; No charge. for e-mail copies; 2 per cent back - "
    f'"see clause 7.2". SKU TR2-NV-080 In stock; {SORTING} 👩{ZWJ}💼. Names keep their '
    f"marks (Thiruvananthapuram, Malé), and long words may break at a soft hy{SHY}phen. "
    f"ബിൽ ൧൫ മാർച്ച്. ބިލް 20 {ARABIC_COMMA}{ZWNJ} ދައްކާ{ARABIC_QUESTION}"
)


def malayalam_digits(words: str) -> str:
    """Western digits written as Malayalam ones."""
    return "".join(MALAYALAM_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in words)


def old_chillu(words: str) -> str:
    """Atomic chillu letters written in the older form (consonant, virama, joiner)."""
    return "".join(CHILLU.get(c, c) for c in words)


def malayalam_normal(mark: str) -> str:
    """What normalising writes for one :data:`MALAYALAM_MARK`: a Malayalam digit as a Western
    one, an atomic chillu in the older form, an older chillu as the atomic letter."""
    if mark in MALAYALAM_DIGITS:
        return str(MALAYALAM_DIGITS.index(mark))
    return CHILLU.get(mark) or OLD_CHILLU[mark]


def thaana_normal(mark: str) -> str:
    """What normalising writes for one :data:`THAANA_MARK`: a Western comma or question mark,
    with no space before it and no non-joiner after it."""
    return "," if ARABIC_COMMA in mark else "?"


def thaana_spaced(mark: str) -> str:
    """What the other side's export writes for one :data:`THAANA_MARK`: the Arabic mark with
    a space before it and a non-joiner after it."""
    return f" {mark.strip(f' {ZWNJ}')}{ZWNJ}"
