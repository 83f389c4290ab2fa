"""How the thirty-seventh round's elections office pages are laid out, and what the families edit.

Every text is a full page as an elections office publishes it around a local election, laid out
as the twenty-third round's exports (whose readers are reused): a title, a line under it, a lead,
then sections (a ward, a polling district, a count centre, a part of a recount notice, a part of
the voter guidance, a part of a bilingual notice), each with a one-line note and items of two
lines or more, then a footer under "About this export". Table rows keep their fields apart with
two spaces ("HALLAM  Daniel James  12 Mill Lane, Abbeyfield  Labour Party"). Lines recur word for
word ("Nomination valid", "Open 7am to 10pm", "Wheelchair access", "Rejected ballots: 17", the
stock answers of the guidance), with twins one figure or one letter apart. A candidate, a
station, a result row, a turnout, a stock answer, Pular in Adlam and Northern Thai in Tai Tham
stand in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Stock lines that recur word for word across and inside the pages.
VALID = "Nomination valid"
WITHDRAWN = "Withdrawn"
OPEN = "Open 7am to 10pm"
WHEELCHAIR = "Wheelchair access"
REJECTED_LINE = "Rejected ballots: 17"
#: Stock answers the guidance gives word for word under several questions.
STOCK_ANSWERS = (
    "Contact Electoral Services on 01632 960123 or at elections@abbeyfield.gov.uk.",
    "You can check this at gov.uk/register-to-vote.",
    "Bring accepted photo ID to the polling station.",
)

# -- a statement of persons nominated -----------------------------------------------------------

TOWNS = ("Abbeyfield", "Northgate", "Fairfield")
DESCRIPTIONS = (
    "Labour Party",
    "Conservative Party",
    "Green Party",
    "Liberal Democrats",
    "Independent",
    "Reform UK",
)
#: A candidate's line: "HALLAM  Daniel James  12 Mill Lane, Abbeyfield  Labour Party" (group 1
#: the surname).
CANDIDATE_LINE = re.compile(
    r"^([A-Z]{3,})  [A-Z][a-z]+(?: [A-Z][a-z]+)*  [0-9]{1,3} [A-Z][a-z]+ [A-Z][a-z]+, "
    r"[A-Z][a-z]+  [^\n]+$",
    re.M,
)
#: A house number in a candidate's address (one apart: "12 Mill Lane", "13 Mill Lane").
HOUSE_NUMBER = re.compile(r"(?<=  )[0-9]{1,3}(?= [A-Z][a-z]+ (?:Lane|Road|Street|Close)\b)")
#: A party description after a candidate's town (group 1 the description).
DESCRIPTION = re.compile(
    r", (?:" + "|".join(TOWNS) + r")  (" + "|".join(DESCRIPTIONS) + r")\b(?! –)"
)
#: Descriptions as the party amends them.
AMENDED = {
    "Labour Party": "Labour and Co-operative Party",
    "Conservative Party": "Local Conservatives",
    "Green Party": "Green Party – Protect Abbey Fields",
    "Liberal Democrats": "Liberal Democrats – Focus on Fairfield",
    "Independent": "Independent – Save the Library",
    "Reform UK": "Reform UK – Change Northgate",
}

# -- a notice of polling stations ---------------------------------------------------------------

#: A station's line: "Station 14  St Mark’s Church Hall, 22 Station Road  AA1" (group 1 the
#: number, group 2 the place and its address).
STATION_LINE = re.compile(r"^Station ([0-9]{1,2})  ([^\n]+?)  ([A-Z]{2}[0-9])$", re.M)
STATION_NUMBER = re.compile(r"(?<=\bStation )[0-9]{1,2}\b")
#: Opening hours as a notice gives them: "Open 7am to 10pm".
HOURS = re.compile(r"\bOpen [0-9]{1,2}am to [0-9]{1,2}pm\b")

# -- results by ward ------------------------------------------------------------------------------

#: A result row: "Daniel HALLAM  Labour Party  1,204  Elected" (group 1 the first name, group 2
#: the surname), or as a ballot gives it: "HALLAM, Daniel  Labour Party  1,204".
RESULT_ROW = re.compile(
    r"^(?:([A-Z][a-z]+) ([A-Z]{3,})|[A-Z]{3,}, [A-Z][a-z]+)  [^\n]+  "
    r"[0-9]{1,3}(?:,?[0-9]{3})?(?: \(was [0-9,]+\))?(?:  Elected)?$",
    re.M,
)
#: A candidate's name in a result row, first name first (group 1 and 2).
ROW_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z]{3,})(?=  [A-Z])")
#: A surname at a row's start, either way round.
ROW_SURNAME = re.compile(r"(?<= )[A-Z]{3,}(?=  )|^[A-Z]{3,}(?=, )", re.M)
#: Votes in a row: after a party's name, before the end, "  Elected", " (was" or a stop.
VOTES = re.compile(r"(?<=[a-zK]  )[0-9]{1,3}(?:,?[0-9]{3})?(?=$|  | \(was|\.)", re.M)
ELECTED = re.compile(r"  Elected\b")
TURNOUT = re.compile(r"(?<=Turnout: )[0-9]{2}\.[0-9](?=%| per cent)")
REJECTED = re.compile(r"(?<=Rejected ballots: )[0-9]{1,3}\b")

# -- voter guidance -------------------------------------------------------------------------------

#: A question's line: "Q3. Can I vote if I have moved house?" (group 1 the number).
QUESTION = re.compile(r"^Q([0-9]{1,2})\. [^\n]+\?$", re.M)
QUESTION_NUMBER = re.compile(r"(?<=^Q)[0-9]{1,2}(?=\. )", re.M)
STOCK_ANSWER = re.compile("|".join(re.escape(answer) for answer in STOCK_ANSWERS))

# -- a copy editor's respellings --------------------------------------------------------------

#: An hour with am or pm, run together or spaced: "7am", "10 pm".
AM_PM = re.compile(r"\b(?:1[0-2]|[1-9]) ?[ap]m\b")
#: Votes with or without the thousands comma ("1,204", "1204") in a row.
VOTE_THOUSANDS = re.compile(r"(?<=[a-zK]  )[0-9],?[0-9]{3}(?=$|  | \(was|\.)", re.M)


def am_pm_respelt(words: str) -> str:
    """ "7am" as "7 am" and back."""
    return words.replace(" ", "") if " " in words else f"{words[:-2]} {words[-2:]}"


def votes_respelt(words: str) -> str:
    """ "1,204" as "1204" and back."""
    return words.replace(",", "") if "," in words else f"{words[:-3]},{words[-3:]}"


# -- Pular in Adlam -------------------------------------------------------------------------------

ADLAM_CAPITALS = "".join(chr(0x1E900 + i) for i in range(34))
ADLAM_SMALL = "".join(chr(0x1E922 + i) for i in range(34))
ADLAM_DIGITS = "".join(chr(0x1E950 + i) for i in range(10))
ALIF_LENGTHENER = "\U0001e944"
VOWEL_LENGTHENER = "\U0001e945"
GEMINATION_MARK = "\U0001e946"
#: Latin Pular letters and the Adlam capital each stands for (the small one is 0x22 further).
_LETTERS = {
    "a": 0x1E900,
    "d": 0x1E901,
    "l": 0x1E902,
    "m": 0x1E903,
    "b": 0x1E904,
    "s": 0x1E905,
    "p": 0x1E906,
    "ɓ": 0x1E907,
    "r": 0x1E908,
    "e": 0x1E909,
    "f": 0x1E90A,
    "i": 0x1E90B,
    "o": 0x1E90C,
    "ɗ": 0x1E90D,
    "ƴ": 0x1E90E,
    "w": 0x1E90F,
    "n": 0x1E910,
    "k": 0x1E911,
    "y": 0x1E912,
    "u": 0x1E913,
    "j": 0x1E914,
    "c": 0x1E915,
    "h": 0x1E916,
    "g": 0x1E918,
    "ñ": 0x1E919,
    "t": 0x1E91A,
}


def adlam(latin: str) -> str:
    """Pular in Latin letters written in Adlam: a capital for a capital, a long vowel with its
    lengthener ("aa" with the alif lengthener), a doubled consonant with the gemination mark;
    digits, spaces and stops as they are."""
    out: list[str] = []
    at = 0
    while at < len(latin):
        char = latin[at]
        lower = char.lower()
        if lower not in _LETTERS:
            out.append(char)
            at += 1
            continue
        code = _LETTERS[lower] + (0 if char.isupper() else 0x22)
        out.append(chr(code))
        doubled = latin[at + 1 : at + 2] == lower
        if doubled:
            vowel = lower in "aeiou"
            out.append(
                (ALIF_LENGTHENER if lower == "a" else VOWEL_LENGTHENER)
                if vowel
                else GEMINATION_MARK
            )
            at += 1
        at += 1
    return "".join(out)


#: Pular lines (Western digits; some are written with Adlam digits) and their French.
ADLAM_LINES = tuple(
    (adlam(pular), french)
    for pular, french in (
        ("Woote suɓaade ina waɗa ñalnde 12 juin.", "Le scrutin a lieu le 12 juin."),
        (
            "Biro woote 3 Labe ina udditii 7 haa 18.",
            "Le bureau de vote n° 3 de Labé est ouvert de 7 h à 18 h.",
        ),
        (
            "Biro woote 13 Labe ina udditii 7 haa 18.",
            "Le bureau de vote n° 13 de Labé est ouvert de 7 h à 18 h.",
        ),
        ("Ndaaree innde mon e doggol woote.", "Vérifiez votre nom sur la liste électorale."),
        ("Karte woote ina haani addeede, Pita e Mamou.", "La carte d’électeur est obligatoire."),
        ("Yeewtee e 622 00 11 22.", "Pour plus d’informations, appelez le 622 00 11 22."),
    )
)
ADLAM_THANKS = adlam("A jaaraama.")
ADLAM_LETTER = "\U0001e900-\U0001e943"
ADLAM_MARK = "\U0001e944-\U0001e94b"
#: A Pular run: letters, marks, digits of either kind, spaces, commas inside, up to its stop.
ADLAM_RUN = re.compile(
    f"[{ADLAM_LETTER}][{ADLAM_LETTER}{ADLAM_MARK}\U0001e950-\U0001e959 0-9,]*"
    f"[{ADLAM_LETTER}{ADLAM_MARK}\U0001e950-\U0001e9590-9.]"
)
#: A Pular word (letters and their marks).
ADLAM_WORD = re.compile(f"[{ADLAM_LETTER}][{ADLAM_LETTER}{ADLAM_MARK}]*")

# -- Northern Thai in Tai Tham ----------------------------------------------------------------

SAKOT = "\u1a60"
THAM_DIGITS = "".join(chr(0x1A90 + i) for i in range(10))
HORA_DIGITS = "".join(chr(0x1A80 + i) for i in range(10))
#: Consonant signs and the sakot with the full letter they stand for (two spellings of one
#: stacked consonant: medial ra and la, final nga, ma, ba and sa).
SUBJOINED = {
    "\u1a55": SAKOT + "\u1a41",
    "\u1a56": SAKOT + "\u1a43",
    "\u1a59": SAKOT + "\u1a26",
    "\u1a5c": SAKOT + "\u1a3e",
    "\u1a5d": SAKOT + "\u1a37",
    "\u1a5e": SAKOT + "\u1a48",
}
ANY_SUBJOINED = re.compile("|".join([*SUBJOINED, *SUBJOINED.values()]))
#: Words: an election, a day, a polling unit, open, o'clock, Chiang Mai, Mae Rim, a card,
#: bring, come, contact, thanks (Tai Tham letters, stacked with the sakot or a consonant sign).
_KAN = "\u1a20\u1a63\u1a60\u1a36"
_LUEAK = "\u1a43\u1a6e\u1a6c\u1a20"
_TANG = "\u1a32\u1a62\u1a59"
_WAN_THI = "\u1a45\u1a62\u1a60\u1a36\u1a35\u1a66"
_NUAY = "\u1a49\u1a60\u1a36\u1a45\u1a60\u1a3f"
_POET = "\u1a38\u1a6e\u1a65\u1a60\u1a2f"
_MONG = "\u1a3e\u1a6b\u1a60\u1a26"
_CHIANG_MAI = "\u1a29\u1a60\u1a3f\u1a26\u1a3e\u1a72\u1a75"
_MAE_RIM = "\u1a3e\u1a6f\u1a41\u1a65\u1a5c"
_BAT = "\u1a37\u1a60\u1a32\u1a55"
_NAM = "\u1a36\u1a63\u1a74"
_MA = "\u1a3e\u1a63"
_PLOD = "\u1a38\u1a56\u1a6c\u1a60\u1a2f"
_TIT_TO = "\u1a32\u1a65\u1a60\u1a2f\u1a34\u1a6c\u1a75"
#: Northern Thai lines (Western digits; some are written with Tham digits), their Thai and
#: their English.
TAI_THAM_LINES = (
    (
        f"{_KAN}{_LUEAK}{_TANG} {_WAN_THI} 12",
        "การเลือกตั้งวันที่ 12 พฤษภาคม",
        "The election is on 12 May.",
    ),
    (
        f"{_NUAY}{_LUEAK}{_TANG} 3 {_POET} {_MONG} 8",
        "หน่วยเลือกตั้งที่ 3 เปิดเวลา 8 โมง",
        "Polling unit 3 opens at 8 am.",
    ),
    (
        f"{_NUAY}{_LUEAK}{_TANG} 13 {_POET} {_MONG} 8",
        "หน่วยเลือกตั้งที่ 13 เปิดเวลา 8 โมง",
        "Polling unit 13 opens at 8 am.",
    ),
    (f"{_NAM}{_BAT}{_MA} {_PLOD}", "กรุณานำบัตรประชาชนมาด้วย", "Bring your ID card."),
    (
        f"{_NUAY}{_LUEAK}{_TANG} 7 {_MAE_RIM} {_CHIANG_MAI}",
        "หน่วยเลือกตั้งที่ 7 แม่ริม เชียงใหม่",
        "Polling unit 7, Mae Rim, Chiang Mai.",
    ),
    (f"{_TIT_TO} 053 297 011", "ติดต่อ 053 297 011", "For more, call 053 297 011."),
)
TAI_THAM_THANKS = "\u1a21\u1a6c\u1a37\u1a27\u1a72\u1a75"
TAI_THAM_LETTER = "\u1a20-\u1a54"
#: A Northern Thai run: letters, signs, digits of any kind and spaces inside.
TAI_THAM_RUN = re.compile(
    f"[{TAI_THAM_LETTER}][\u1a20-\u1a7f\u1a80-\u1a89\u1a90-\u1a99 0-9]*"
    f"[\u1a20-\u1a7f\u1a80-\u1a89\u1a90-\u1a990-9]"
)
#: A Northern Thai word: up to a space.
TAI_THAM_WORD = re.compile(f"[{TAI_THAM_LETTER}][\u1a20-\u1a7f]*")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the elections office{NBSP}🗳 for voters’ use. "
    f"HALLAM  Daniel James  12 Mill Lane, Abbeyfield  Labour Party. {VALID}. "
    f"Station 14  St Mark’s Church Hall, 22 Station Road. {OPEN}. {WHEELCHAIR}. "
    f"Daniel HALLAM  Labour Party  1,204  Elected. {REJECTED_LINE}. Turnout: 34.2%. "
    f"{STOCK_ANSWERS[0]} ‘Hallum’ 👩{ZWJ}💼 "
    f"{ADLAM_LINES[1][0].translate(str.maketrans('0123456789', ADLAM_DIGITS))} "
    f"{TAI_THAM_LINES[2][0].translate(str.maketrans('0123456789', THAM_DIGITS))}"
)
