"""How the thirty-third round's library, archive and museum pages are laid out, and what edits.

Every text is a full page as a library, an archive, a museum, a reading room or a conservation
studio publishes it, laid out as the twenty-third round's exports (whose readers are reused): a
title, a line under it, a lead, then sections (a subject of an accessions list, a series of a
finding aid, a year of a register, a case of an exhibition, a week of opening hours, a month of
a treatment log, a subject of a notice), each with a one-line note and items of two lines or
more, then a footer under "About this export". Table rows keep their fields apart with runs of
spaces ("QA76.73 .P98 R36 2024  Ramalho, L.  Fluent Python. 2nd ed.  Main Library, Level 2").
Lines recur word for word ("On order", "Restricted until 2030", "Condition: fair", a credit
line, "Closed for stocktaking", a treatment phrase). An accession line, a folder line, a
register line, a credit line, a day's hours, a treatment line, Telugu with its digits and Lao
with its digits stand in every text (at least in the footer), so every family finds what it
edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ, ZWSP

#: Stock lines that recur word for word across and inside the pages.
ON_ORDER = "On order"
MISSING = "Missing — replacement requested"
RESTRICTED = "Restricted until 2030"
CONDITION_FAIR = "Condition: fair"
LOCATION_UNKNOWN = "Location unknown"
PRIVATE_LOAN = "On loan from a private collection"
PHOTO_CREDIT = "Photo © the Trustees"
STOCKTAKING = "Closed for stocktaking"
SHELVED = "Shelved at Main Library, Level 2 unless marked."

#: An accession line: "QA76.73 .P98 R36 2024  Ramalho, L.  Fluent Python. 2nd ed.  Main
#: Library, Level 2" (group 1 the call number).
CALL_NUMBER = re.compile(
    r"\b[A-Z]{1,2}[0-9]{1,3}(?:\.[0-9]{1,2})? \.[A-Z][0-9]{1,2} [A-Z][0-9]{2} [0-9]{4}\b"
)
ACCESSION_LINE = re.compile(f"^({CALL_NUMBER.pattern})  [^\\n]+$", re.M)
#: The last cutter of a call number ("R36"), which a cataloguer corrects by one character.
CUTTER = re.compile(r"(?<= )[A-Z][0-9]{2}(?= [0-9]{4}\b)")
#: A folder's line: "Box 14  Folder 3  Correspondence, 1921–1923  2 items" (groups: the box,
#: the folder).
FOLDER_LINE = re.compile(r"^Box ([0-9]{1,2})  Folder ([0-9]{1,2})  [^\n]+  [0-9]+ items?$", re.M)
#: A box's head line: "Box 14 · Correspondence · 0.12 linear m" (group 1 the box).
BOX_HEAD = re.compile(r"^Box ([0-9]{1,2}) · [^\n]+$", re.M)
#: A register line: "1987.114.3  Earthenware jug, lead-glazed  H. 21.5 cm  Gift of Mrs E.
#: Pardoe" (group 1 the accession number).
REGISTER_LINE = re.compile(r"^(19[0-9]{2}\.[0-9]{1,3}\.[0-9])  [^\n]+  (?:H|W|D|L)\. [^\n]+$", re.M)
ACCESSION_NUMBER = re.compile(r"\b19[0-9]{2}\.[0-9]{1,3}\.[0-9]\b")
#: A measurement's figure: the "21.5" of "H. 21.5 cm".
MEASURE = re.compile(r"(?<=[HWDL]\. )[0-9]{1,2}\.[0-9](?= (?:cm|centimetres)\b)")
#: Where an object was made, as a register or a label attributes it.
PLACES = ("Bristol", "Staffordshire", "Lambeth", "Liverpool")
ATTRIBUTION = re.compile(r"(?<=, )(?:Bristol|Staffordshire|Lambeth|Liverpool)\b")
#: A donor as a register or a label credits them.
DONOR = re.compile(r"\b(?:Mrs E\. Pard(?:oe|ee)|Miss A\. Lowes?|W\. Hart & Sons?)\b")
#: A day's line: "Tue 14 March  09:30–17:00  Manuscripts desk closes 16:15" (group 1 the day
#: of the month).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_LINE = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat) ([0-9]{1,2}) (?:March|April)  [^\n]+$", re.M)
#: A day's hours: "09:30–17:00".
HOURS = re.compile(r"\b[0-2][0-9]:[0-5][0-9]–[0-2][0-9]:[0-5][0-9]\b")
#: A treatment line: "03/02  MS 214 f. 12r  surface cleaned with soft brush  RH 48 %  18 °C"
#: (groups: the date, the shelfmark's number, the folio).
TREATMENT_LINE = re.compile(
    r"^([0-3][0-9]/[01][0-9])  MS ([0-9]{3}) (f\. [0-9]{1,3}[rv])  [^\n]+  RH [0-9]{2} %  "
    r"[0-9]{2} °C$",
    re.M,
)
#: A shelfmark with its folio: "MS 214 f. 12r".
SHELFMARK = re.compile(r"\bMS [0-9]{3} f\. [0-9]{1,3}[rv]\b")
#: A reading of a treatment line: the "48" of "RH 48 %" and the "18" of "18 °C".
READING = re.compile(r"(?<=RH )[0-9]{2}(?= %)|\b[0-9]{2}(?= °C)")
#: A run of spaces or a tab between a table row's fields.
FIELD_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")

# -- a copy editor's respellings ------------------------------------------------------------------

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
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A unit after a figure, short or long.
UNIT = re.compile(r"(?<=[0-9] )(?:cm|centimetres)\b")
#: "c." before a year, or "circa".
CIRCA = re.compile(r"\b(?:c\.|circa)(?= [0-9]{4})")
#: A span of years, in full or shortened: "1921–1923", "1921–23".
YEARS = re.compile(r"\b(1[89][0-9]{2})–(?:1[89])?([0-9]{2})\b")
#: A date as a log writes it ("03/02") or as prose does ("3 February").
DATE = re.compile(
    r"\b[0-3][0-9]/(?:0[1-9]|1[0-2])\b(?!/)|\b[1-3]?[0-9] (?:" + "|".join(MONTHS) + r")\b"
)
#: A day's name at a line's start, short or long.
WEEKDAY = re.compile(r"^(?:" + "|".join(DAY_NAMES) + "|" + "|".join(WEEKDAYS) + r")(?= )", re.M)


def unit_respelt(words: str) -> str:
    """ "cm" as "centimetres" and back."""
    return "centimetres" if words == "cm" else "cm"


def circa_respelt(words: str) -> str:
    """ "c." as "circa" and back."""
    return "circa" if words == "c." else "c."


def years_respelt(words: str) -> str:
    """ "1921–1923" as "1921–23" and back (the century of the first year)."""
    first, second = words.split("–")
    return f"{first}–{second[2:]}" if len(second) == 4 else f"{first}–{first[:2]}{second}"


def date_respelt(words: str) -> str:
    """ "03/02" as "3 February" and "3 February" as "03/02"."""
    if "/" in words:
        day, month = words.split("/")
        return f"{int(day)} {MONTHS[int(month) - 1]}"
    day, month = words.split(" ")
    return f"{int(day):02}/{MONTHS.index(month) + 1:02}"


def weekday_respelt(words: str) -> str:
    """ "Tue" as "Tuesday" and back."""
    if words in WEEKDAYS:
        return DAY_NAMES[WEEKDAYS.index(words)]
    return WEEKDAYS[DAY_NAMES.index(words)]


# -- digits of another script -------------------------------------------------------------------


def native_digits(words: str, digits: str) -> str:
    """Western digits written with a script's ``digits`` (zero to nine)."""
    return words.translate(str.maketrans("0123456789", digits))


def digit_switched(digit: str, digits: str) -> str:
    """A digit as the other kind writes it: Western as the script's, the script's as Western."""
    if digit in digits:
        return str(digits.index(digit))
    return digits[int(digit)]


# -- Telugu --------------------------------------------------------------------------------------

TELUGU_DIGITS = "౦౧౨౩౪౫౬౭౮౯"
#: A Telugu run: letters, signs, digits of either kind, with spaces and stops inside.
TELUGU_RUN = re.compile(r"[\u0c00-\u0c7f][\u0c00-\u0c7f 0-9.]*[\u0c00-\u0c7f.]")
ANY_TELUGU_DIGIT = re.compile(f"[0-9{TELUGU_DIGITS}]")
#: A Telugu sentence (up to its full stop).
TELUGU_SENTENCE = re.compile(r"[\u0c00-\u0c7f][\u0c00-\u0c7f 0-9]*\.")

# -- Lao -----------------------------------------------------------------------------------------

LAO_DIGITS = "໐໑໒໓໔໕໖໗໘໙"
#: Lao lines, their words marked apart with "|" (Lao writes none between them) and phrases
#: with a space, and their English.
LAO_MARKED = (
    ("ຫໍ|ພິພິທະພັນ|ເປີດ|ທຸກ|ມື້ ແຕ່|ເວລາ 8 ໂມງ ຫາ 16 ໂມງ", "The museum opens every day, 8 to 16."),
    ("ຫໍ|ພິພິທະພັນ|ປິດ|ວັນ|ຈັນ ແລະ|ວັນ|ບຸນ", "The museum is closed on Mondays and holidays."),
    ("ຄ່າ|ເຂົ້າ|ຊົມ 10000 ກີບ ນັກ|ຮຽນ|ເຂົ້າ|ຊົມ|ຟຣີ", "Entry is 10,000 kip; students free."),
    ("ກະລຸນາ|ຢ່າ|ຈັບ|ວັດຖຸ ຫ້າມ|ຖ່າຍ|ຮູບ|ໃນ|ຫ້ອງ", "Please do not touch; no photographs."),
    ("ວັດຖຸ|ບູຮານ|ຈາກ|ແຂວງ|ຫຼວງ|ພະບາງ ຢູ່|ຫ້ອງ 3", "Antiquities from Luang Prabang: room 3."),
    ("ຫ້ອງ|ວາງ|ສະແດງ 2 ປິດ|ປັບປຸງ ຮອດ|ວັນ|ທີ 15", "Gallery 2 is closed for repairs to the 15th."),
)
LAO_LINES = tuple((words.replace("|", ""), english) for words, english in LAO_MARKED)
#: Every Lao word of the notices.
LAO_WORDS = tuple(
    sorted(
        {w for words, _ in LAO_MARKED for phrase in words.split() for w in phrase.split("|")},
        key=lambda w: (-len(w), w),
    )
)
#: A Lao word the notices use (longest first).
LAO_WORD = re.compile("|".join(w for w in LAO_WORDS if not w.isdigit()))
#: A Lao run: letters, signs, digits of either kind, zero-width spaces and spaces inside.
LAO_RUN = re.compile(f"[\u0e80-\u0eff][\u0e80-\u0eff0-9 {ZWSP}]*[\u0e80-\u0eff0-9]")
#: A Lao phrase: letters, signs, digits and zero-width spaces, between two spaces.
LAO_PHRASE = re.compile(f"[\u0e80-\u0eff{ZWSP}0-9]*[\u0e80-\u0eff][\u0e80-\u0eff{ZWSP}0-9]*")
ANY_LAO_DIGIT = re.compile(f"[0-9{LAO_DIGITS}]")
LAO_THANKS = "ຂອບໃຈ"


def lao_segmented(words: str) -> str:
    """A Lao line as a word-breaking tool gives it: a zero-width space between two words."""
    marked = next(m for m, plain in zip(LAO_MARKED, LAO_LINES, strict=True) if plain[0] == words)
    return marked[0].replace("|", ZWSP)


#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark) and one of each thing the families edit.
STOCK = (
    f"Published by the Friends’ office{NBSP}📚 for readers’ use. "
    "QA76.73 .P98 R36 2024  Ramalho, L.  Fluent Python. 2nd ed.  Main Library, Level 2. "
    "Box 14  Folder 3  Correspondence, 1921–1923  2 items. "
    "1987.114.3  Earthenware jug, lead-glazed  H. 21.5 cm  Gift of Mrs E. Pardoe. "
    f"{PHOTO_CREDIT}. "
    "Tue 14 March  09:30–17:00  Manuscripts desk closes 16:15. "
    "03/02  MS 214 f. 12r  surface cleaned with soft brush  RH 48 %  18 °C. "
    f"👩{ZWJ}🔬 గ్రంథాలయం ఉదయం ౯ గంటలకు తెరుచుకుంటుంది. "
    f"{LAO_LINES[0][0]}."
)
