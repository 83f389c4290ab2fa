"""How the thirty-second round's farm pages are laid out, and what their families edit.

Every text is a full page as a livestock market, an agricultural show, a farm, a dairy, a grain
store or a growers' cooperative publishes it, laid out as the twenty-third round's exports
(whose readers are reused): a title, a line under it, a lead, then sections (a ring of a sale,
a section of a show, a month of field work, a week of milk collections, a day of intake, a
month of a sowing calendar, a subject of a notice), each with a one-line note and items of two
lines or more, then a footer under "About this export". Table rows keep their fields apart with
runs of spaces ("Lot 114  12 Texel x ewe lambs  38.5 kg  Mr T. Hollins, Brookside"). Lines
recur word for word ("Withdrawn", "No entries", "Sample not taken", a conditions-of-sale line,
a product and rate, a calendar instruction, a rejection line). A lot line, a placing, an
operation line, a milk line, a ticket, a calendar instruction, Odia with its digits and
Tifinagh with the labiovelar mark stand in every text (at least in the footer), so every
family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Stock lines that recur word for word across and inside the pages.
CONDITIONS = "All lots are sold under the auctioneers’ conditions of sale."
WITHDRAWN = "Withdrawn"
NO_ENTRIES = "No entries"
NOT_AWARDED = "Not awarded"
SAMPLE_NOT_TAKEN = "Sample not taken"
REJECTED = "Rejected — moisture over 15 %"
REJECTED_HEAD = "Rejected loads"
SOW_UNDER_GLASS = "Sow under glass."
PLANT_OUT = "Plant out after the last frost."
HARDEN_OFF = "Harden off for ten days."

#: A lot's line: "Lot 114  12 Texel x ewe lambs  38.5 kg  Mr T. Hollins, Brookside" (groups:
#: the lot's number, the weight).
LOT_LINE = re.compile(r"^Lot ([0-9]{1,3})  [0-9]+ [^\n]+?  ([0-9]{2,3}\.[0-9]) kg  [^\n]+$", re.M)
#: A lot's number at a line's start ("Lot 114  "; group 1 the number).
LOT_NUMBER = re.compile(r"(?:^|(?<=\. ))Lot ([0-9]{1,3})(?=  )", re.M)
#: A weight: "38.5 kg".
WEIGHT = re.compile(r"\b[0-9]{2,3}\.[0-9](?= kg\b)")
#: A placing with a name: "1st  J. & M. Parry, Llanfair" (group 1 the name).
PLACING = re.compile(
    r"(?:1st|2nd|3rd|H\.C\.)  (?!Not awarded)([A-Z][^\n;]*?, [A-Z][a-z]+(?:-[a-z]+)*)"
)
#: A class's head line: "Class 23  Pair of Suffolk ewes".
CLASS_HEAD = re.compile(r"^Class [0-9]{1,3}  [^\n]+$", re.M)
#: A field operation's line: "12/04  Long Ley  Glyphosate 360  1.5 l/ha  wind SW 2" (groups:
#: the date, the field, the product, the rate).
OPERATION = re.compile(
    r"^([0-3][0-9]/[01][0-9])  ([A-Z][a-z]+(?: [A-Z][a-z]+)*)  ([^\n]+?)  "
    r"([0-9]+\.[0-9]{1,2}) l/ha  wind [NSEW]{1,2} [0-9]$",
    re.M,
)
#: A rate: the "1.5" of "1.5 l/ha".
RATE = re.compile(r"\b[0-9]+\.[0-9]{1,2}(?= l/ha\b)")
#: Fields named one letter apart.
FIELDS = ("Long Ley", "Long Lea", "Top Field", "Top Fields", "Brook Piece", "Brook Pieces")
FIELD = re.compile(r"\b(?:Long Ley|Long Lea|Top Fields?|Brook Pieces?)\b")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: A day's milk line: "Tue 14  2,314 l  BF 4.12 %  Prot 3.31 %  SCC 145  Bactoscan 18" or
#: "Wed 15  2,298 l  Sample not taken" (group 1 the day of the month).
MILK_DAY = re.compile(
    f"^(?:{'|'.join(WEEKDAYS)}) ([0-9]{{1,2}})  [0-9],[0-9]{{3}} l  [^\\n]+$", re.M
)
#: A milk figure a laboratory corrects: butterfat, protein, cell count, Bactoscan.
MILK_FIGURE = re.compile(r"(?<=BF )[0-9.]+|(?<=Prot )[0-9.]+|(?<=SCC )[0-9]+|(?<=Bactoscan )[0-9]+")
#: What a missing sample's line ends with.
SAMPLE_FIELD = re.compile(f"(?<=  ){SAMPLE_NOT_TAKEN}\\b")
#: A weighbridge ticket's line: "T2231  Wheat (feed)  28.40 t  moisture 14.8 %  screenings
#: 2.1 %  Pryce Bros" (groups: the ticket, the crop).
TICKET = re.compile(r"^T([0-9]{4})  ([A-Z][a-z]+(?: [a-z]+)?(?: \([a-z]+\))?)  [^\n]+$", re.M)
#: A ticket's weight or moisture: "28.40 t", "14.8 %" after "moisture ".
TICKET_FIGURE = re.compile(r"\b[0-9]{2}\.[0-9]{2}(?= t\b)|(?<=moisture )[0-9]{2}\.[0-9]")
#: A calendar's instruction (a line ending with a full stop under a crop).
INSTRUCTION = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)+[^\n]*\.$", re.M)
#: A run of spaces or a tab between a table row's fields.
FIELD_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")

# -- a copy editor's respellings ------------------------------------------------------------------

UNITS = {"kg": "kilos", "t": "tonnes", "l/ha": "litres per hectare"}
#: A unit after a figure, short or long.
UNIT = re.compile(
    r"(?<=[0-9] )(?:kg|kilos|t|tonnes|l/ha|litres per hectare)(?![\w/])",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: A date as a record writes it ("12/04") or as prose does ("12 April").
DATE = re.compile(
    r"\b[0-3][0-9]/(?:0[1-9]|1[0-2])\b(?!/)|\b[1-3]?[0-9] (?:" + "|".join(MONTHS) + r")\b"
)
ORDINALS = {"1st": "First", "2nd": "Second", "3rd": "Third"}
ORDINAL = re.compile(r"\b(?:1st|2nd|3rd|First|Second|Third)\b(?=  )")


def unit_respelt(words: str) -> str:
    """A unit the other way: "kg" as "kilos", "tonnes" as "t"."""
    if words in UNITS:
        return UNITS[words]
    return next(short for short, long in UNITS.items() if long == words)


def date_respelt(words: str) -> str:
    """A date the other way: "12/04" as "12 April", "1 June" as "01/06"."""
    if "/" in words:
        day, month = words.split("/")
        return f"{int(day)} {MONTHS[int(month) - 1]}"
    day, month = words.split(" ")
    return f"{int(day):02}/{MONTHS.index(month) + 1:02}"


def ordinal_respelt(words: str) -> str:
    """A placing the other way: "1st" as "First" and back."""
    if words in ORDINALS:
        return ORDINALS[words]
    return next(short for short, long in ORDINALS.items() if long == words)


# -- Odia ----------------------------------------------------------------------------------------

ODIA_DIGITS = "୦୧୨୩୪୫୬୭୮୯"
#: An Odia run: letters, signs, digits of either kind, with spaces and dandas inside.
ODIA_RUN = re.compile(r"[\u0b01-\u0b77][\u0b01-\u0b77 0-9।]*[\u0b01-\u0b77।]")
#: A digit of either kind.
ANY_ODIA_DIGIT = re.compile(f"[0-9{ODIA_DIGITS}]")


def odia_digits(words: str) -> str:
    """Western digits written as Odia ones."""
    return words.translate(str.maketrans("0123456789", ODIA_DIGITS))


def odia_digit_switched(digit: str) -> str:
    """A digit as the other kind writes it: Western as Odia, Odia as Western."""
    if digit in ODIA_DIGITS:
        return str(ODIA_DIGITS.index(digit))
    return ODIA_DIGITS[int(digit)]


# -- Tifinagh ------------------------------------------------------------------------------------

LABIOVELAR = "\u2d6f"
SEPARATOR = "\u2d70"
#: Tamazight clauses in Neo-Tifinagh, by the English they say; words that carry the
#: labiovelar mark are written with it here.
TIFINAGH_CLAUSES = (
    "ⴰⴳⵯⵔⴰⵡ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵜ ⴰⵙⵙ ⵏ ⵡⵉⵙⵙ ⵙⵉⵏ",
    "ⴰⵎⵓⵔⵙ ⵏ ⵓⵔⴳⴰⵏ ⴰⴷ ⵉⴱⴷⵓ ⴳ 14 ⵢⵓⵍⵢⵓⵣ",
    "ⴰⵡⵉⵜ ⵜⵉⵣⴳⵯⴰ ⵏⵏⵓⵏ ⵙ ⵜⵏⵙⴰ",
    "ⴰⵣⵎⵎⴰⵔ ⵏ ⵓⵣⵉⵜ ⵉⵜⵜⵓⵙⴽⵯⴰⵔ ⴳ ⵜⵎⴰⵥⵉⵔⵜ",
    "ⵅⵍⵍⵚⴰⵜ ⵜⴰⵡⵙⵉⵜ ⵏ ⵡⴰⵢⵢⵓⵔ ⴰⴷ",
    "ⴰⵙⴽⴽⵯⵉⵏ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵜ ⵉⵕⵥⵎ ⴳ 8",
)
#: The words of the clauses that carry the labiovelar mark, as written with it.
LABIAL_WORDS = tuple(
    sorted({word for clause in TIFINAGH_CLAUSES for word in clause.split() if LABIOVELAR in word})
)
#: A word that takes the labiovelar mark, written with it or without.
LABIAL_WORD = re.compile(
    "|".join(word.replace(LABIOVELAR, f"{LABIOVELAR}?") for word in LABIAL_WORDS)
)
#: A clause of :data:`TIFINAGH_CLAUSES`, its labiovelar marks written or not.
TIFINAGH_CLAUSE = re.compile(
    "|".join(re.escape(clause).replace(LABIOVELAR, f"{LABIOVELAR}?") for clause in TIFINAGH_CLAUSES)
)
#: Tifinagh letters, with spaces, separators, digits and stops inside.
TIFINAGH_RUN = re.compile(r"[\u2d30-\u2d6f][\u2d30-\u2d7f 0-9.]*[\u2d30-\u2d7f.0-9]")
#: What stands between two clauses of one line: the separator with a space either side (as
#: typed), without one, with two, or no separator at all.
JOINT = re.compile(f" {{0,2}}{SEPARATOR} {{0,2}}| ")
THANKS = "ⵜⴰⵏⵎⵎⵉⵔⵜ."


def labial_switched(word: str) -> str:
    """A word with the labiovelar mark without it, and back."""
    if LABIOVELAR in word:
        return word.replace(LABIOVELAR, "")
    return next(w for w in LABIAL_WORDS if w.replace(LABIOVELAR, "") == word)


#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark) and one of each thing the families edit.
STOCK = (
    f"Published by Brookside Farmers’ Mart{NBSP}🐑 for members’ use. "
    "Lot 114  12 Texel x ewe lambs  38.5 kg  Mr T. Hollins, Brookside. "
    "Class 23  Pair of Suffolk ewes; 1st  J. & M. Parry, Llanfair. "
    "12/04  Long Ley  Glyphosate 360  1.5 l/ha  wind SW 2. "
    "Tue 14  2,314 l  BF 4.12 %  Prot 3.31 %  SCC 145  Bactoscan 18. "
    "T2231  Wheat (feed)  28.40 t  moisture 14.8 %. "
    f"{SOW_UNDER_GLASS} 👩{ZWJ}🌾 ଧାନ କିଣା ୧୨ ତାରିଖରୁ ଆରମ୍ଭ ହବ। "
    f"{TIFINAGH_CLAUSES[0]} {SEPARATOR} {TIFINAGH_CLAUSES[2]}."
)
