"""How the forty-second round's housing co-operative pages are laid out, and what the families edit.

Every text is a full page as a housing co-operative and its buildings publish it for residents,
laid out as the twenty-third round's exports (whose readers are reused): a title, a line under
it, a lead, then sections (a block of the repairs log, of the service-charge schedule or of the
fire notices, a rota's task, a part of the general meeting's minutes, a band of the waiting
list, a car park of the permit register, a part of a bilingual notice), each with a one-line
note and items of two lines or more, then a footer under "About this export". Lines recur word
for word ("Access: key with the caretaker", "Action: Secretary to write to the council", "Do
not use the lift", "Lift maintenance  £1,240.00", "Valid to 31 March 2027"), with twins one
figure or one letter apart (flats "12B", "12D" and "21B", amounts "£1,240.00" and "£1,420.00",
plates "AB12 CDE" and "AB12 CDF", people "Joan Okafor" and "Joan Okafer"). A repair job with
its status, an amount, a rota line, a minute's action, a plate, Cham with its vowel signs and
final marks and Rejang with its vowel signs and virama stand in every text (at least in the
footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Lines that recur word for word under many jobs, minutes, notices and permits.
ACCESS = "Access: key with the caretaker"
ACTION = "Action: Secretary to write to the council"
NO_LIFT = "Do not use the lift"
VALID = "Valid to 31 March 2027"
AWAITING = "Awaiting parts"

# -- the repairs log ------------------------------------------------------------------------------

#: A flat: "12B" (figures, then the letter of its landing).
FLAT = re.compile(r"\b[0-9]{1,2}[A-D]\b")
#: A repair job: "Flat 12B  Kitchen tap dripping  Reported 3 Mar  Open" (group 1 the flat,
#: group 2 the fault, group 3 the day reported, group 4 the status).
JOB = re.compile(
    r"\bFlat ([0-9]{1,2}[A-D])  ([A-Z][^\n]*?)  Reported ([0-9]{1,2} [A-Z][a-z]{2})  "
    r"(Open|Awaiting parts|Closed [0-9]{1,2} [A-Z][a-z]{2})"
)
#: A job's line whole.
JOB_LINE = re.compile(f"^{JOB.pattern}$", re.M)
#: Statuses a housing officer closes.
STILL_OPEN = ("Open", AWAITING)

# -- the service-charge schedule ------------------------------------------------------------------

#: An amount: "£1,240.00", "£420.00" (group 1 the pounds with any comma, group 2 the pence).
AMOUNT = re.compile(r"£([0-9]{1,2}(?:,[0-9]{3})|[0-9]{1,3})\.([0-9]{2})\b")
#: A charge's line: "Lift maintenance  £1,240.00".
CHARGE_LINE = re.compile(r"^[A-Z][a-z][^\n£]*  £[0-9,]+\.[0-9]{2}$", re.M)

# -- the rota ------------------------------------------------------------------------------------

#: Residents on the rota and the waiting list, one letter apart ("Joan Okafor", "Joan Okafer").
PEOPLE = (
    "Joan Okafor",
    "Joan Okafer",
    "Ali Hassan",
    "Ali Hasan",
    "Rosa Lindqvist",
    "Rosa Lindquist",
    "Priya Nair",
    "Priya Naik",
    "Tom Doyle",
    "Dev Patel",
    "Mei Lin",
)
#: A resident's name (group 1 the first name, group 2 the surname).
PERSON = re.compile(
    r"\b("
    + "|".join(sorted({name.split()[0] for name in PEOPLE}))
    + r") ("
    + "|".join(sorted({name.split()[1] for name in PEOPLE}, key=len, reverse=True))
    + r")\b"
)
#: A week of the rota: "Week 11  9 Mar  Joan Okafor" (group 1 the week, group 2 the person).
ROTA_LINE = re.compile(
    rf"^Week ([0-9]{{1,2}})  [0-9]{{1,2}} [A-Z][a-z]{{2}}  ({PERSON.pattern})$", re.M
)

# -- the minutes ---------------------------------------------------------------------------------

#: A minute's number at the head of its item: "4. Repairs backlog" (group 1 the number).
MINUTE = re.compile(r"^([0-9]{1,2})\. (?=[A-Z])", re.M)
#: An action point's line: "Action: Secretary to write to the council".
ACTION_LINE = re.compile(r"^Action: [^\n]+$", re.M)

# -- the waiting list and the permit register ------------------------------------------------

#: A line of the waiting list: "Joan Okafor  registered 12 Jan 2021  medical priority".
APPLICANT_LINE = re.compile(
    rf"^{PERSON.pattern}  registered [0-9]{{1,2}} [A-Z][a-z]{{2}} [0-9]{{4}}  [^\n]+$", re.M
)
#: A number plate, as the register writes it or run together: "AB12 CDE", "AB12CDE" (group 1
#: the area and age, group 2 the space or none, group 3 the letters).
PLATE = re.compile(r"\b([A-Z]{2}[0-9]{2})( ?)([A-Z]{3})\b")
#: A permit's line: "AB12 CDE  Flat 12B  Permit 0412".
PERMIT_LINE = re.compile(r"^[A-Z]{2}[0-9]{2} ?[A-Z]{3}  Flat [0-9]{1,2}[A-D]  [^\n]+$", re.M)

# -- Cham (Eastern Cham, Ninh Thuận and Bình Thuận, Vietnam) ------------------------------------

CHAM_DIGITS = "".join(chr(0xAA50 + i) for i in range(10))
CHAM_I = "\uaa2a"
CHAM_II = "\uaa2b"
CHAM_U = "\uaa2d"
CHAM_UE = "\uaa32"
#: The final ng as a sign over the letter (anusvara) and as a final letter.
CHAM_NG_SIGN = "\uaa43"
CHAM_NG_FINAL = "\uaa42"
CHAM_DANDA = "\uaa5d"
#: Signs by a short name after "_"; final letters by their name in capitals ("NG", "L");
#: letters by their name in lower case ("ka", "nya" is NHA); the vowel letters "A", "I", "U".
_CHAM_SIGNS = {
    "_aa": "VOWEL SIGN AA", "_i": "VOWEL SIGN I", "_ii": "VOWEL SIGN II", "_ei": "VOWEL SIGN EI",
    "_u": "VOWEL SIGN U", "_oe": "VOWEL SIGN OE", "_o": "VOWEL SIGN O", "_ai": "VOWEL SIGN AI",
    "_au": "VOWEL SIGN AU", "_ue": "VOWEL SIGN UE", "_ya": "CONSONANT SIGN YA",
    "_ra": "CONSONANT SIGN RA", "_la": "CONSONANT SIGN LA", "_wa": "CONSONANT SIGN WA",
    "_ng": "CONSONANT SIGN FINAL NG", "_m": "CONSONANT SIGN FINAL M",
    "_h": "CONSONANT SIGN FINAL H",
}  # fmt: skip
_CHAM_VOWEL_LETTERS = {"A": "A", "I": "I", "U": "U", "E": "E", "AI": "AI", "O": "O"}


def cham(words: str) -> str:
    """Cham written from names joined by "." ("ba.sa._u._h" is basuh, the final h a sign),
    words by spaces; figures as Cham digits, a word's closing "." as the danda, "," and ":"
    as they are."""
    out: list[str] = []
    for word in words.split(" "):
        stop = word[-1] if word[-1] in ",." else ""
        written = ""
        for part in (word[:-1] if stop else word).split("."):
            if part.replace(":", "").isdigit():
                written += part.translate(str.maketrans("0123456789", CHAM_DIGITS))
                continue
            if part in _CHAM_SIGNS:
                name = _CHAM_SIGNS[part]
            elif part in _CHAM_VOWEL_LETTERS:
                name = f"LETTER {_CHAM_VOWEL_LETTERS[part]}"
            elif part.isupper():
                name = f"LETTER FINAL {part}"
            else:
                name = f"LETTER {'NHA' if part == 'nya' else part.upper()}"
            written += unicodedata.lookup(f"CHAM {name}")
        out.append(written + {".": CHAM_DANDA, ",": ",", "": ""}[stop])
    return unicodedata.normalize("NFC", " ".join(out))


#: Cham lines and their Vietnamese: the laundry room's hours and their twin one figure apart,
#: the days of the washing machines, the drying room, the powder (Phan Rang, Phan Rí, Ninh
#: Phước, Bình Thuận).
CHAM_LINES = tuple(
    (cham(words), vietnamese)
    for words, vietnamese in (
        (
            "sa._ng ba.sa._u._h 07:00 ta.L 21:00, pa.N.ra._ng.",
            "Phòng giặt mở từ 07:00 đến 21:00, Phan Rang.",
        ),
        (
            "sa._ng ba.sa._u._h 07:00 ta.L 22:00, pa.N.ra._ng.",
            "Phòng giặt mở từ 07:00 đến 22:00, Phan Rang.",
        ),
        (
            "ha.ra._ei 2, 4, 6 ma._ai ba.sa._u._h, pa.N.ra._i.",
            "Máy giặt chạy thứ 2, 4, 6, Phan Rí.",
        ),
        (
            "sa._ng pa.ya._ng._u NG ha.ra._ei, na.NG pa._u._ng.",
            "Phòng phơi mở cả ngày, Ninh Phước.",
        ),
        (
            "ba._ai ka.ma._u._m sa._ii ka._ei._h, ba._i._ng tha._u._ng.",
            "Tự mang bột giặt, Bình Thuận.",
        ),
    )
)
CHAM_THANKS = cham("ka._au.N ha.ra._ei.")
CHAM_LETTER = "\uaa00-\uaa28\uaa40-\uaa42\uaa44-\uaa4b"
CHAM_MARK = "\uaa29-\uaa36\uaa43\uaa4c\uaa4d"
#: A Cham run: letters, marks, Cham digits and the danda, with spaces, commas and colons inside.
CHAM_RUN = re.compile(
    f"[{CHAM_LETTER}][{CHAM_LETTER}{CHAM_MARK}{CHAM_DIGITS}{CHAM_DANDA} ,:]*"
    f"[{CHAM_LETTER}{CHAM_MARK}{CHAM_DIGITS}{CHAM_DANDA}]"
)
#: A Cham word (letters and their marks, up to a space, a digit or a stop).
CHAM_WORD = re.compile(f"[{CHAM_LETTER}][{CHAM_LETTER}{CHAM_MARK}]*")
#: A vowel sign or a final another writer spells differently (i and ii, u and ue, the final
#: ng as a sign or as a letter).
CHAM_RESPELLABLE = re.compile(f"[{CHAM_I}{CHAM_II}{CHAM_U}{CHAM_UE}{CHAM_NG_SIGN}{CHAM_NG_FINAL}]")

# -- Rejang (Bengkulu, Sumatra) ------------------------------------------------------------------

REJANG_I = "\ua947"
REJANG_U = "\ua948"
REJANG_E = "\ua949"
REJANG_O = "\ua94b"
REJANG_NG = "\ua94f"
REJANG_N = "\ua950"
REJANG_VIRAMA = "\ua953"
REJANG_SECTION = "\ua95f"
#: Signs by a short name after "_" ("_x" the virama); letters by their name in lower case,
#: the vowel letter "A".
_REJANG_SIGNS = {
    "_i": "VOWEL SIGN I", "_u": "VOWEL SIGN U", "_e": "VOWEL SIGN E", "_ai": "VOWEL SIGN AI",
    "_o": "VOWEL SIGN O", "_au": "VOWEL SIGN AU", "_eu": "VOWEL SIGN EU", "_ea": "VOWEL SIGN EA",
    "_ng": "CONSONANT SIGN NG", "_n": "CONSONANT SIGN N", "_r": "CONSONANT SIGN R",
    "_h": "CONSONANT SIGN H", "_x": "VIRAMA",
}  # fmt: skip


def rejang(words: str) -> str:
    """Rejang written from names joined by "." ("ba._i.A" is bia, water; "ka._x" a k without
    its vowel), words by spaces; figures as they are (Western), a word's closing "." as the
    section mark, "," and ":" as they are."""
    out: list[str] = []
    for word in words.split(" "):
        stop = word[-1] if word[-1] in ",." else ""
        written = ""
        for part in (word[:-1] if stop else word).split("."):
            if part.replace(":", "").isdigit():
                written += part
                continue
            name = _REJANG_SIGNS.get(part, f"LETTER {part.upper()}")
            written += unicodedata.lookup(f"REJANG {name}")
        out.append(written + {".": REJANG_SECTION, ",": ",", "": ""}[stop])
    return unicodedata.normalize("NFC", " ".join(out))


#: Rejang lines and their Indonesian: water off in block C and its twin one figure apart, the
#: tanker, the tank, the pump (Curup, Kepahiang, Lebong, Bengkulu).
REJANG_LINES = tuple(
    (rejang(words), indonesian)
    for words, indonesian in (
        (
            "ba._i.A ma.ta._i 08:00 ta._i 16:00, ba.la._o._x ca._e, ca._u.ra._u._x.",
            "Air mati pukul 08:00 sampai 16:00, Blok C, Curup.",
        ),
        (
            "ba._i.A ma.ta._i 08:00 ta._i 17:00, ba.la._o._x ca._e, ca._u.ra._u._x.",
            "Air mati pukul 08:00 sampai 17:00, Blok C, Curup.",
        ),
        (
            "ta.ta._u._ng ba._i.A da.ta._ng 10:00, ka._e.pa.ha._i.A._ng.",
            "Mobil tangki datang pukul 10:00, Kepahiang.",
        ),
        ("ta.A._n.ka._i ba._i.A ba.ra._e._h, la._e.ba._o._ng.", "Tangki air dibersihkan, Lebong."),
        (
            "pa._o.ma._x ba._i.A ma.ta._i._h, ba._e._ng.ka._u.la._u.",
            "Pompa air diperbaiki, Bengkulu.",
        ),
    )
)
REJANG_THANKS = rejang("ma.A.A._o.pa._x ka.A._n.")
REJANG_LETTER = "\ua930-\ua946"
REJANG_MARK = "\ua947-\ua953"
#: A Rejang run: letters, marks and the section mark, with spaces, commas, colons and figures.
REJANG_RUN = re.compile(
    f"[{REJANG_LETTER}][{REJANG_LETTER}{REJANG_MARK}{REJANG_SECTION} ,:0-9]*"
    f"[{REJANG_LETTER}{REJANG_MARK}{REJANG_SECTION}0-9]"
)
#: A Rejang word (letters and their marks, up to a space, a figure or a stop).
REJANG_WORD = re.compile(f"[{REJANG_LETTER}][{REJANG_LETTER}{REJANG_MARK}]*")
#: A vowel sign or a final another writer spells differently (i and e, u and o, ng and n).
REJANG_RESPELLABLE = re.compile(f"[{REJANG_I}{REJANG_E}{REJANG_U}{REJANG_O}{REJANG_NG}{REJANG_N}]")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the Co-operative Office{NBSP}🏘 for residents’ use. "
    f"Flat 12B  Kitchen tap dripping  Reported 3 Mar  Open. {ACCESS}. "
    f"Lift maintenance  £1,240.00. Week 11  9 Mar  Joan Okafor. {ACTION}. {NO_LIFT}. "
    f"AB12 CDE  Flat 12B  Permit 0412. {VALID}. "
    f"👩{ZWJ}🔧 {CHAM_LINES[0][0]} {REJANG_LINES[0][0]}"
)
