"""How the thirty-fourth round's parliamentary pages are laid out, and what the families edit.

Every text is a full page as a parliament publishes it, laid out as the twenty-third round's
exports (whose readers are reused): a title, a line under it, a lead, then sections (a day's
business, a division, members of a register, a department's questions, a committee's week, a
volume's corrections, a notice's subject), each with a one-line note and items of two lines or
more, then a footer under "About this export". Table rows keep their fields apart with two
spaces ("Tue 17 March  09:30  Room 8  Oral evidence: water quality"). Lines recur word for word
(the sponsor line, "Not before 12.30 pm", "Tellers for the Ayes:", "Nil", the stock question
opening, the holding answer, "Private meeting", the "for … read …" formula). An order-paper
item, a member's line, a register entry, a question, a meeting, a correction, Kannada with its
digits and pointed Syriac stand in every text (at least in the footer), so every family finds
what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ
from tests.benchmarks.reanchor_fresh33_kit import DAY_NAMES, WEEKDAYS

#: Stock lines that recur word for word across and inside the pages.
SPONSOR = "Sponsor: Ms R. Okafor"
SPONSOR_TWIN = "Sponsor: Ms R. Okafer"
NOT_BEFORE = "Not before 12.30 pm"
AMENDMENTS = "Notes: Amendments have been tabled"
TELLERS_AYES = "Tellers for the Ayes:"
TELLERS_NOES = "Tellers for the Noes:"
NIL = "Nil"
ASK = "To ask the Secretary of State for"
HOLDING = "I will reply as soon as possible."
PRIVATE = "Private meeting"
REGISTERED = "Registered 14 March 2026"

#: An order-paper item's first line: "4  Questions to the Secretary of State for Transport"
#: (group 1 its number).
ORDER_ITEM = re.compile(r"^([0-9]{1,2})  [A-Z][^\n]+$", re.M)
ORDER_NUMBER = re.compile(r"^[0-9]{1,2}(?=  [A-Z])", re.M)
#: A time as an order paper or a schedule writes it: "12.30 pm", "2.31 pm", "09:30".
PM_TIME = re.compile(r"\b(?:1[0-2]|[1-9])\.[0-5][0-9] [ap]m\b")
CLOCK_TIME = re.compile(r"(?<![0-9:])[0-2][0-9]:[0-5][0-9](?![0-9:])")
#: A division list's member: "Abbott, Diane (Hackney North and Stoke Newington)" (groups: the
#: surname, the first name, the constituency).
MEMBER_LINE = re.compile(r"^([A-Z][A-Za-z-]+), ([A-Z][a-z]+) \(([A-Z][^()\n]+)\)$", re.M)
MEMBER = re.compile(r"\b[A-Z][A-Za-z-]+, [A-Z][a-z]+ \([A-Z][^()\n]+\)")
#: What a division list sorts its members by: the surname and first name.
SURNAME = re.compile(r"[A-Z][A-Za-z-]+, [A-Z][a-z]+(?= \()")
#: Surnames a clerk misspells, and how they are spelt.
MISSPELT = {"Okafer": "Okafor", "Abott": "Abbott", "Philips": "Phillips", "Lunn": "Lund"}
#: A sum in a register: "£1,250", "£1250", "£12,500".
SUM = re.compile(r"£[0-9]{1,2},?[0-9]{3}\b")
#: A register entry: a line holding a sum and "Registered …".
ENTRY_LINE = re.compile(r"^[A-Z][^\n]*£[0-9][^\n]* Registered [0-9]{1,2} [A-Z][a-z]+ 2026\.$", re.M)
#: A register's category heading: "1. Employment and earnings".
CATEGORY_LINE = re.compile(r"^[1-4]\. [A-Z][a-z]+(?: [a-z]+)*$", re.M)
#: A written question: "UIN 14527  To ask the Secretary of State for Health …" (group 1 the
#: UIN, group 2 the department's words after "for").
QUESTION = re.compile(
    r"UIN ([0-9]{5})  To ask the Secretary of State for ([A-Za-z][A-Za-z ]+?) "
    r"(?=what|whether|how|if)"
)
QUESTION_LINE = re.compile(r"^UIN [0-9]{5}  To ask [^\n]+$", re.M)
UIN = re.compile(r"(?<=UIN )[0-9]{5}\b")
#: A meeting's line: "Tue 17 March  09:30  Room 8  Oral evidence: water quality" (group 1 the
#: day of the month).
MEETING_LINE = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri)(?:[a-z]+day)? ([0-9]{1,2}) March  [0-2][0-9]:[0-5][0-9]  Room "
    r"[0-9]{1,2}  [^\n]+$",
    re.M,
)
ROOM = re.compile(r"\bRoom [0-9]{1,2}\b")
#: A Hansard correction: "Col. 412  line 7  for 'fourteen' read 'forty'" (groups: the
#: column, the line).
CORRECTION = re.compile(r"Col\. ([0-9]{3})  line ([0-9]{1,2})  for '[^'\n]+' read '[^'\n]+'")
CORRECTION_LINE = re.compile(f"^{CORRECTION.pattern}$", re.M)
#: A correction's line number and column.
LINE_NUMBER = re.compile(r"(?<=  line )[0-9]{1,2}\b")
COLUMN = re.compile(r"(?<=Col\. )[0-9]{3}\b")

# -- a copy editor's respellings ------------------------------------------------------------------

#: "Rt Hon" and "Right Honourable".
HONOURABLE = re.compile(r"\bRt Hon\b|\bRight Honourable\b")
#: A sum with or without its thousands comma.
THOUSANDS = re.compile(r"£[0-9]{1,2},?[0-9]{3}\b")
#: A day's name at a line's start, short or long.
WEEKDAY = re.compile(r"^(?:" + "|".join(DAY_NAMES) + "|" + "|".join(WEEKDAYS) + r")(?= )", re.M)
#: A word in straight or curly single quotes: "'fourteen'", "‘fourteen’".
QUOTED = re.compile(r"'[^'\n]+'|‘[^’\n]+’")


def time_respelt(words: str) -> str:
    """ "12.30 pm" as "12:30", "09:30" as "9.30 am"."""
    if words.endswith("m"):
        clock, half = words.split(" ")
        hour, minute = clock.split(".")
        return f"{int(hour) % 12 + (12 if half == 'pm' else 0):02}:{minute}"
    hours, minutes = (int(part) for part in words.split(":"))
    return f"{(hours - 1) % 12 + 1}.{minutes:02} {'pm' if hours >= 12 else 'am'}"


def honourable_respelt(words: str) -> str:
    """ "Rt Hon" as "Right Honourable" and back."""
    return "Right Honourable" if words == "Rt Hon" else "Rt Hon"


def thousands_respelt(words: str) -> str:
    """ "£1,250" as "£1250" and back."""
    if "," in words:
        return words.replace(",", "")
    return f"{words[:-3]},{words[-3:]}"


def weekday_respelt(words: str) -> str:
    """ "Tue" as "Tuesday" and back."""
    if words in WEEKDAYS:
        return DAY_NAMES[WEEKDAYS.index(words)]
    return WEEKDAYS[DAY_NAMES.index(words)]


def quotes_respelt(words: str) -> str:
    """Straight single quotes as curly ones and back."""
    if words.startswith("'"):
        return f"‘{words[1:-1]}’"
    return f"'{words[1:-1]}'"


# -- Kannada -------------------------------------------------------------------------------------

KANNADA_DIGITS = "೦೧೨೩೪೫೬೭೮೯"
#: Kannada lines (Western digits; some are written with Kannada ones) and their English.
KANNADA_LINES = (
    ("ಸದನವು ಬೆಳಿಗ್ಗೆ 11 ಗಂಟೆಗೆ ಸೇರುತ್ತದೆ.", "The House meets at 11 in the morning."),
    ("ಪ್ರಶ್ನೋತ್ತರ ಕಾಲವು 12 ಗಂಟೆಗೆ ಮುಗಿಯುತ್ತದೆ.", "Question time ends at 12."),
    ("ಸದಸ್ಯರು 3 ದಿನ ಮುಂಚೆ ಪ್ರಶ್ನೆಗಳನ್ನು ಸಲ್ಲಿಸಬೇಕು.", "Members give questions 3 days ahead."),
    ("ಸಭೆಯ ಗ್ರಂಥಾಲಯ ಸಂಜೆ 6 ಗಂಟೆಯವರೆಗೆ ತೆರೆದಿರುತ್ತದೆ.", "The library is open until 6 pm."),
    ("ಸಮಿತಿ ಸಭೆ ಕೊಠಡಿ ಸಂಖ್ಯೆ 18 ರಲ್ಲಿ ನಡೆಯುತ್ತದೆ.", "The committee meets in room 18."),
    ("ಸಮಿತಿ ಸಭೆ ಕೊಠಡಿ ಸಂಖ್ಯೆ 8 ರಲ್ಲಿ ನಡೆಯುತ್ತದೆ.", "The committee meets in room 8."),
    ("ಹೆಚ್ಚಿನ ಮಾಹಿತಿಗೆ 080 22253500 ಗೆ ಕರೆ ಮಾಡಿ.", "For more, call 080 22253500."),
)
KANNADA_THANKS = "ಧನ್ಯವಾದಗಳು."
#: A Kannada run: letters, signs, digits of either kind, with spaces and stops inside.
KANNADA_RUN = re.compile(r"[\u0c80-\u0cff][\u0c80-\u0cff 0-9.]*[\u0c80-\u0cff.]")
ANY_KANNADA_DIGIT = re.compile(f"[0-9{KANNADA_DIGITS}]")
#: A Kannada sentence (up to its full stop).
KANNADA_SENTENCE = re.compile(r"[\u0c80-\u0cff][\u0c80-\u0cff 0-9]*\.")

# -- Syriac --------------------------------------------------------------------------------------

#: Vowel points (East Syriac pthaha and zqapha above, rbasa below) a typist may leave out.
SYRIAC_POINTS = "\u0730\u0733\u073b"
#: The Syriac abbreviation mark, which stands before the letters it abbreviates.
SYRIAC_ABBREVIATION = "\u070f"
ZWNJ = "\u200c"
#: Syriac lines, their words pointed here and there (one with a zero-width non-joiner a
#: typist left in a word), phrases after an Arabic comma, and their English.
SYRIAC_LINES = (
    ("ܟܢ\u0733ܘܫܬ\u0733ܐ ܡܬܟܢܫܐ، ܒܝܘܡܐ ܕܬܪܝܢ ܒܫܥܬܐ 10", "The assembly sits on Monday at 10."),
    ("ܫܘܐܠ\u0733ܐ ܡܫܬܕܪܝܢ، ܩܕܡ ܝܘܡ\u0730ܬܐ 3", "Questions go in 3 days ahead."),
    ("ܒܝܬ ܟܬܒ\u0733ܐ ܦܬܝܚ، ܥܕܡܐ ܠܫܥ\u0733ܬܐ 6", "The library is open until 6."),
    ("ܐܓܪܬܐ ܚܕ\u0733ܬܐ، ܥܠ ܠܘܚܐ ܕܡܘܕ\u200cܥܢܘܬܐ", "New letters are on the notice board."),
    ("ܟܢܘܫܝܐ ܕܥܒܕ\u0733ܐ ܡܬܟܢܫ، ܒܒܝܬܐ 18", "The works committee meets in room 18."),
    ("ܟܢܘܫܝܐ ܕܥܒܕܐ ܡܬܟܢܫ، ܒܒܝܬܐ 8", "The works committee meets in room 8."),
    ("ܠܡܘܕܥܢܘܬܐ ܝܬܝܪܬܐ، ܩܪܘ ܠ 0750 2231418", "For more, call 0750 2231418."),
)
SYRIAC_THANKS = "ܬܘܕ\u0733ܝ."
#: A Syriac letter, and a letter with its vowel point.
SYRIAC_LETTER = "\u0710-\u072f\u074d-\u074f"
SYRIAC_WORD = re.compile(f"[{SYRIAC_LETTER}][{SYRIAC_LETTER}{SYRIAC_POINTS}{ZWNJ}]*")
#: A Syriac run: letters, points, digits, joiners, commas and spaces inside.
SYRIAC_RUN = re.compile(
    f"[{SYRIAC_LETTER}{SYRIAC_ABBREVIATION}][{SYRIAC_LETTER}{SYRIAC_POINTS}{ZWNJ}"
    f"{SYRIAC_ABBREVIATION}0-9 ،]*[{SYRIAC_LETTER}{SYRIAC_POINTS}0-9]"
)
#: A Syriac phrase: up to an Arabic comma or the run's end.
SYRIAC_PHRASE = re.compile(
    f"[{SYRIAC_LETTER}][{SYRIAC_LETTER}{SYRIAC_POINTS}{ZWNJ}0-9 ]*[{SYRIAC_LETTER}"
    f"{SYRIAC_POINTS}0-9]"
)
#: The spaces after an Arabic comma between two Syriac phrases.
SYRIAC_JOINT = re.compile("(?<=،) *")


def pointed(word: str) -> str:
    """A Syriac word with a vowel point after its second letter (a zqapha; a pthaha when the
    letter is already pointed elsewhere)."""
    if any(point in word for point in SYRIAC_POINTS) or len(word) < 3:
        return word
    return word[:2] + "\u0733" + word[2:]


#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the Clerk’s office{NBSP}🏛 for members’ use. "
    "7  Questions to the Secretary of State for Transport. "
    f"{NOT_BEFORE}. {SPONSOR_TWIN}. "
    "Okafer, Rose (Bristol West). "
    "Payment of £1,250 for a speech to the Law Society (2 hrs). "
    f"{REGISTERED}. "
    f"UIN 14527  {ASK} Health what steps he is taking to fill nursing posts. {HOLDING} "
    f"Tue 17 March  09:30  Room 8  {PRIVATE}. "
    "Col. 412  line 7  for 'fourteen' read 'forty'. "
    f"🧑{ZWJ}⚖ ಸದನವು ಬೆಳಿಗ್ಗೆ ೧೧ ಗಂಟೆಗೆ ಸೇರುತ್ತದೆ. "
    f"{SYRIAC_LINES[0][0]}."
)
