"""How the thirtieth round's patient pages are laid out, and what their families edit.

Every text is a full page as a clinic's or a pharmacy's portal exports it, laid out as the
twenty-third round's exports (whose readers are reused): a title, a line under it, a lead,
then sections (a part of a medicine's leaflet, a site's hours or services, an age group of a
vaccination schedule, a part of a discharge letter, a week of a care home's menu, a report of
laboratory results, a subject of a notice), each with a one-line note and items of two lines
or more, then a footer under "About this export". Lines recur word for word ("Talk to your
doctor or pharmacist before taking this medicine.", "Closed", "Telephone lines open at
08:00.", a vaccine's line, "Take ONE tablet TWICE a day.", "Soup of the day", "Within normal
range.", a notice's closing line). A dose, the "last revised" date, a day's hours, "12
months", a drug's strength, a dish, a result row, "mg", "twice a day", "08:00", "per cent",
Mongolian with its suffix spaces and variation selectors and capital Cherokee stand in every
text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Stock sentences of a medicine's leaflet, in many of its sections.
TALK = "Talk to your doctor or pharmacist before taking this medicine."
NOT_SURE = "If you are not sure, ask your pharmacist."
REVISED_LINE = "This leaflet was last revised in March 2026."
CLOSED = "Closed"
PHONE_LINE = "Telephone lines open at 08:00."
TAKE_TWICE = "Take ONE tablet TWICE a day."
CONCERNS = "Please contact the ward if you have any concerns."
SOUP = "Soup of the day"
FRUIT = "Fresh fruit or yoghurt"
NORMAL = "Within normal range."

#: A dose's figure before "mg": the "5" of "5 mg", the "2.5" of "2.5 mg".
DOSE_FIGURE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?= mg\b)")
#: The month a leaflet was last revised: "March 2026" of "last revised in March 2026".
REVISED = re.compile(r"(?<=last revised in )[A-Z][a-z]+ 2026")
#: A frequency band's heading line: "Common (may affect up to 1 in 10 people)".
BAND = re.compile(r"^(?:Very common|Common|Uncommon|Rare|Very rare|Not known) \([^\n]+\)$", re.M)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A day's hours: "Monday 08:00–18:30" or "Sunday Closed" (group 1 the day, 2 the hours).
DAY_HOURS = re.compile(
    f"\\b({'|'.join(DAYS)}) ([0-9]{{2}}:[0-9]{{2}}–[0-9]{{2}}:[0-9]{{2}}|{CLOSED})(?![0-9A-Za-z])"
)
#: A bank holiday's head line: "Good Friday 3 April".
HOLIDAY_HEAD = re.compile(
    r"^(?:New Year’s Day|Good Friday|Easter Monday|Early May bank holiday|Spring bank holiday"
    r"|Summer bank holiday|Christmas Day|Boxing Day) [0-9]{1,2} [A-Z][a-z]+$",
    re.M,
)
#: An age block's head line in a schedule: "8 weeks", "1 year", "3 years 4 months".
AGE_HEAD = re.compile(r"^[0-9]{1,2} (?:weeks|months|years?)(?: [0-9]{1,2} months)?$", re.M)
#: A vaccine's line with its dose: "MenB vaccine (1st dose)" (group 1 the dose's number).
VACCINE_LINE = re.compile(r"^[^\n]+ \(([1-4])(?:st|nd|rd|th) dose\)$", re.M)
#: One year old written either way.
ONE_YEAR = re.compile(r"\b(?:12 months|1 year)\b")
#: A medicine with its strength: "Ramipril 5 mg" (group 1 the name, 2 the figure).
MEDICINES = ("Amlodipine", "Apixaban", "Atenolol", "Bisoprolol", "Pradolin", "Pradolan", "Ramipril")
MEDICINE = re.compile(f"\\b({'|'.join(('Telvarin', *MEDICINES))}) ([0-9]+(?:\\.[0-9]+)?) mg\\b")
#: A medicine's head line in a discharge letter: "Ramipril 5 mg tablets".
MEDICINE_HEAD = re.compile(f"^(?:{'|'.join(MEDICINES)}) [0-9.]+ mg [a-z]+$", re.M)
#: A dish on a menu line: the words after "Lunch: ".
DISH = re.compile(r"(?:(?<=Breakfast: )|(?<=Lunch: )|(?<=Pudding: )|(?<=Supper: ))[^\n;.]+")
#: A lunch's dish: the words after "Lunch: ".
LUNCH = re.compile(r"(?<=Lunch: )[^\n;.]+")
#: A day's head line on a menu: "Monday 2 March".
MENU_DAY = re.compile(f"^(?:{'|'.join(DAYS)}) [0-9]{{1,2}} (?:March|April)$", re.M)
#: A result row: "Haemoglobin 132 g/L (130–170)", with a flag " H" or " L" or none (groups:
#: the test, the value, the unit, the range's ends, the flag).
TESTS = (
    "Haemoglobin",
    "Red cell count",
    "MCV",
    "Urea",
    "eGFR",
    "ALP",
    "Albumin",
    "White cell count",
    "Platelets",
    "Sodium",
    "Potassium",
    "Creatinine",
    "ALT",
    "Bilirubin",
    "Cholesterol",
    "HbA1c",
    "TSH",
    "Ferritin",
    "Calcium",
    "Phosphate",
    "CRP",
    "Vitamin B12",
    "Folate",
)
RESULT = re.compile(
    f"\\b({'|'.join(TESTS)}) ([0-9]+(?:\\.[0-9]+)?) ([^\\s(]+) "
    r"\(([0-9.]+)–([0-9.]+)\)(?: ([HL])\b)?"
)
#: "twice a day" or "2 times a day".
TIMES_A_DAY = re.compile(r"\b(?:twice|2 times) a day\b")
#: "mg" or "milligrams" after a figure.
MILLIGRAMS = re.compile(r"(?<=[0-9] )(?:mg|milligrams)\b")
#: A footnote's line in a schedule: "* …".
FOOTNOTE = re.compile(r"^\* [^\n]+$", re.M)

# -- Mongolian -----------------------------------------------------------------------------------

NNBSP = "\u202f"
MVS = "\u180e"
FVS = "\u180b\u180c\u180d"
#: Case suffixes written after a narrow no-break space.
SUFFIXES = ("ᠶᠢᠨ", "ᠤᠨ", "ᠳᠤ", "ᠳᠦ", "ᠲᠤ", "ᠡᠴᠡ", "ᠢ", "ᠪᠠᠷ", "ᠲᠡᠢ")
_LETTER = "\u1820-\u18aa"
#: Traditional Mongolian letters, signs and stops, with spaces, narrow spaces and Western
#: digits inside.
MONGOLIAN = re.compile(f"[\u1800-\u18af][\u1800-\u18af{NNBSP} 0-9:–]*[\u1800-\u18af]")
#: What one side's normalising touches in Mongolian: the space before a case suffix (narrow
#: or plain), or a letter ᠭ or ᠳ with a free variation selector after it or without.
MONGOLIAN_MARK = re.compile(
    f"(?<=[{_LETTER}{FVS}{MVS}])[{NNBSP} ](?=(?:{'|'.join(SUFFIXES)})(?![{_LETTER}]))|[ᠭᠳ][{FVS}]?"
)

# -- Cherokee ------------------------------------------------------------------------------------

#: Cherokee syllabary, capital or small, with spaces, digits and marks inside.
CHEROKEE = re.compile(
    r"[\u13a0-\u13f5\u13f8-\u13fd\uab70-\uabbf][\u13a0-\u13f5\u13f8-\u13fd\uab70-\uabbf ,0-9:–]*"
    r"[\u13a0-\u13f5\u13f8-\u13fd\uab70-\uabbf]"
)
#: The letters an old converter's table folds (the vowels and the g, h and l rows, capital
#: Ꭰ to Ꮈ or small ꭰ to ꮈ); the others it leaves as they are.
CHEROKEE_FOLDED = re.compile(r"[\u13a0-\u13b8\uab70-\uab88]")


def cherokee_switched(letter: str) -> str:
    """A Cherokee letter in the other case: capital as small, small as capital."""
    return letter.lower() if letter.isupper() else letter.upper()


def small_cherokee(words: str) -> str:
    """Cherokee written in the small letters, as a few lines are typed."""
    return words.lower()


#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark) and one of each thing the families edit.
STOCK = (
    f"Printed from the Riverside Health patient portal{NBSP}💊, Telvarin 5 mg: {TAKE_TWICE} "
    f"{REVISED_LINE} Common (may affect up to 1 in 10 people): headache. Monday 08:00–18:30; "
    "at 12 months, MenB vaccine. Ramipril 2.5 mg twice a day. Lunch: Shepherd’s pie with peas. "
    f"Haemoglobin 132 g/L (130–170) {NORMAL} 5 per cent. 👩{ZWJ}⚕️ "
    f"ᠡᠮᠨᠡᠯᠭᠡ{NNBSP}ᠶᠢᠨ ᠡᠮᠴᠢ{NNBSP}ᠳᠦ ᠬᠠᠨᠳᠤ᠃ ᠨᠡᠭ\u180bᠡᠭᠡᠨ{MVS}ᠡ᠃ ᎣᏏᏲ ᏣᎳᎩ ᎠᏰᎵ."
)
