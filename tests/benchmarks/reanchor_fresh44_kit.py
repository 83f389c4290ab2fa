"""How the forty-fourth round's regional-airport pages are laid out, and what the families edit.

Every text is a full page as a small regional airport and the airlines using it publish it,
laid out as the twenty-third round's exports (whose readers are reused): a title, a line under
it, a lead, then sections (a day of the departures and arrivals board, a season of the
timetable, a route of the fare table, a part of the notice-to-airmen digest, a day of the
lost-property log, a day of the duty roster, a fare brand of the baggage allowances, a part of
a bilingual notice), each with a one-line note and items of two lines or more, then a footer
under "About this export". Lines recur word for word ("08:40  KX 214  Port Vell  Gate 3  On
time", "E) RWY 09/27 CLSD 2200-0500", "Black umbrella", "Checked bag  1 × 23 kg"), with twins
one figure or one letter apart (flights "KX 214" and "KX 241", times "08:40" and "09:40",
fares "€129.00" and "€192.00", references "LP-0412" and "LP-0413", people "Marta Vidal" and
"Marta Vital"). A flight with its status, a day pattern, a fare, a NOTAM, a lost item, a duty,
an allowance, Tagbanwa with its vowel signs and Hanunoo with its vowel signs and pamudpod stand
in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Statuses the board shows word for word under many flights.
ON_TIME = "On time"
BOARDING = "Boarding"
DELAYED = "Delayed"
#: The NOTAM line that recurs word for word.
RUNWAY_CLOSED = "E) RWY 09/27 CLSD 2200-0500"
#: The lost item that recurs word for word.
UMBRELLA = "Black umbrella"

# -- the board ----------------------------------------------------------------------------------

#: A flight number: "KX 214" (group 1 the airline, group 2 the figures).
FLIGHT_NUMBER = re.compile(r"\b([A-Z]{2}) ([0-9]{3})\b")
#: A line of the board: "08:40  KX 214  Port Vell  Gate 3  On time" (group 1 the time, group 2
#: the flight, group 3 the place, group 4 the gate, group 5 the status).
FLIGHT = re.compile(
    r"\b([0-2][0-9]:[0-5][0-9])  ([A-Z]{2} [0-9]{3})  ([A-Z][^\n]*?)  Gate ([0-9]{1,2})  "
    r"(On time|Boarding|Delayed(?: [0-2][0-9]:[0-5][0-9])?|Departed [0-2][0-9]:[0-5][0-9]"
    r"|Landed [0-2][0-9]:[0-5][0-9]|Gate closed)"
)
#: A board line whole.
FLIGHT_LINE = re.compile(f"^{FLIGHT.pattern}$", re.M)
#: Statuses a duty manager posts over.
POSTABLE = (ON_TIME, BOARDING, DELAYED)

# -- the timetable -----------------------------------------------------------------------------

#: Days of operation: "Days 1.3.5.7" (group 1 the days, Monday is 1).
DAYS = re.compile(r"\bDays ([1-7](?:\.[1-7]){0,6})\b")
#: A timetable line: "KX 214  dep 08:40  arr 09:55  Days 1.3.5.7".
TIMETABLE_LINE = re.compile(
    r"^[A-Z]{2} [0-9]{3}  dep [0-2][0-9]:[0-5][0-9]  arr [0-2][0-9]:[0-5][0-9]  "
    r"Days [1-7](?:\.[1-7]){0,6}$",
    re.M,
)

# -- the fares and the baggage allowances --------------------------------------------------------

#: A fare: "€129.00" (group 1 the euros, group 2 the cents).
FARE = re.compile(r"€([0-9]{2,3})\.([0-9]{2})\b")
#: A fare's line: "Economy Saver  one way  €129.00".
FARE_LINE = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+  (?:one way|return)  €[0-9]+\.[0-9]{2}$", re.M)
#: A weight in an allowance: "23 kg" (group 1 the kilograms).
WEIGHT = re.compile(r"\b([0-9]{1,2}) kg\b(?! \()")
#: An allowance's line: "Checked bag  1 × 23 kg".
ALLOWANCE_LINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)*  [0-9] × [0-9]{1,2} kg[^\n]*$", re.M)

# -- the NOTAM digest, the lost-property log, the roster -----------------------------------------

#: A NOTAM's head line: "A0412/26  LEPV  Port Vell" (group 1 its series and number).
NOTAM_HEAD = re.compile(r"^([A-C][0-9]{4}/26)  [A-Z]{4}  [^\n]+$", re.M)
#: A lost-property reference: "LP-0412" (group 1 the figures).
REFERENCE = re.compile(r"\bLP-([0-9]{4})\b")
#: A lost item's line: "LP-0412  Black umbrella  Gate 3  Held at the desk".
LOST_LINE = re.compile(r"^LP-[0-9]{4}  [^\n]+$", re.M)
#: Staff on the roster, one letter apart ("Marta Vidal", "Marta Vital").
STAFF = (
    "Marta Vidal",
    "Marta Vital",
    "Joan Serra",
    "Joan Serre",
    "Núria Pons",
    "Núria Pous",
    "Pau Ferrer",
    "Pau Ferrel",
    "Aina Roig",
    "Biel Mas",
    "Laia Coll",
)
#: A member of staff (group 1 the first name, group 2 the surname).
PERSON = re.compile(
    r"\b("
    + "|".join(sorted({name.split()[0] for name in STAFF}))
    + r") ("
    + "|".join(sorted({name.split()[1] for name in STAFF}, key=len, reverse=True))
    + r")\b"
)
#: A duty: "06:00–14:00  Marta Vidal" (group 1 the person).
DUTY_LINE = re.compile(rf"^[0-2][0-9]:00–[0-2][0-9]:00  ({PERSON.pattern})$", re.M)

# -- Tagbanwa (Palawan) and Hanunoo (Mindoro) ---------------------------------------------------

TAGBANWA_I = "\u1772"
TAGBANWA_U = "\u1773"
HANUNOO_I = "\u1732"
HANUNOO_U = "\u1733"
HANUNOO_PAMUDPOD = "\u1734"
#: The Philippine punctuation the scripts share: a single and a double stroke.
SINGLE_STROKE = "\u1735"
DOUBLE_STROKE = "\u1736"
_CONSONANTS = ("ka", "ga", "nga", "ta", "da", "na", "pa", "ba", "ma", "ya", "ra", "la", "wa", "sa")
_CONSONANTS_HA = (*_CONSONANTS, "ha")


def _written(script: str, words: str, finals: str) -> str:
    """``words`` in ``script`` ("TAGBANWA" or "HANUNOO") from syllables joined by "." ("li.pa.d"
    is lipad): a vowel alone is its letter, a consonant with "a" its letter, with "i" or "e"
    (as "u" or "o") its letter and the vowel sign, a consonant alone its letter followed by
    ``finals``; figures and ":" as they are, a word's closing "," and "." as the single and
    double stroke."""
    vowel_sign = {"i": "I", "e": "I", "u": "U", "o": "U"}
    out: list[str] = []
    for word in words.split(" "):
        stop = word[-1] if word[-1] in ",." else ""
        written = ""
        for part in (word[:-1] if stop else word).split("."):
            if part.replace(":", "").isdigit():
                written += part
            elif part in ("a", "i", "u", "e", "o"):
                letter = {"e": "i", "o": "u"}.get(part, part)
                written += unicodedata.lookup(f"{script} LETTER {letter.upper()}")
            elif part[-1] in vowel_sign:
                written += unicodedata.lookup(f"{script} LETTER {part[:-1].upper()}A")
                written += unicodedata.lookup(f"{script} VOWEL SIGN {vowel_sign[part[-1]]}")
            elif part.endswith("a"):
                written += unicodedata.lookup(f"{script} LETTER {part.upper()}")
            else:
                written += unicodedata.lookup(f"{script} LETTER {part.upper()}A") + finals
        out.append(written + {".": DOUBLE_STROKE, ",": SINGLE_STROKE, "": ""}[stop])
    return unicodedata.normalize("NFC", " ".join(out))


def tagbanwa(words: str) -> str:
    """Tagbanwa from syllables ("li.pa.d"); a final consonant is its bare letter, as the
    script has no mark to kill the vowel."""
    return _written("TAGBANWA", words, "")


def hanunoo(words: str) -> str:
    """Hanunoo from syllables ("li.pa.d"); a final consonant takes the pamudpod."""
    return _written("HANUNOO", words, HANUNOO_PAMUDPOD)


#: Tagbanwa lines and their Filipino: the festival charter's departure and its twin one figure
#: apart, the arrival, the baggage, the tickets (Busuanga, Culion, Linapacan).
TAGBANWA_LINES = tuple(
    (tagbanwa(words), filipino)
    for words, filipino in (
        (
            "li.pa.d sa pi.s.ta, a.li.s 08:40, bu.su.wa.nga.",
            "Lipad para sa pista, alis 08:40, Busuanga.",
        ),
        (
            "li.pa.d sa pi.s.ta, a.li.s 09:40, bu.su.wa.nga.",
            "Lipad para sa pista, alis 09:40, Busuanga.",
        ),
        ("da.ti.ng sa ku.li.yu.n 10:15.", "Dating sa Culion 10:15."),
        ("da.la 15 ki.lu la.ma.ng.", "Dala hanggang 15 kilo lamang."),
        ("ti.ke.t sa li.na.pa.ka.n, pi.s.ta.", "Tiket sa opisina ng Linapacan, pista."),
    )
)
TAGBANWA_THANKS = tagbanwa("sa.la.ma.t pu.")
TAGBANWA_LETTER = "\u1760-\u176c\u176e-\u1770"
TAGBANWA_MARK = "\u1772\u1773"
PHILIPPINE_STOPS = "\u1735\u1736"
#: A Tagbanwa run: letters, vowel signs and the strokes, with spaces, commas, colons, figures.
TAGBANWA_RUN = re.compile(
    f"[{TAGBANWA_LETTER}][{TAGBANWA_LETTER}{TAGBANWA_MARK}{PHILIPPINE_STOPS} ,:0-9]*"
    f"[{TAGBANWA_LETTER}{TAGBANWA_MARK}{PHILIPPINE_STOPS}0-9]"
)
#: A Tagbanwa word (letters and their vowel signs).
TAGBANWA_WORD = re.compile(f"[{TAGBANWA_LETTER}][{TAGBANWA_LETTER}{TAGBANWA_MARK}]*")

#: Hanunoo lines and their Filipino: the ferry's sailing and its twin one figure apart, the
#: flight, the boats, the check-in (Calapan, San Jose, Bulalacao, Mansalay).
HANUNOO_LINES = tuple(
    (hanunoo(words), filipino)
    for words, filipino in (
        ("ba.r.ku sa.ka.y 06:30, ka.la.pa.n.", "Barko, sakay 06:30, Calapan."),
        ("ba.r.ku sa.ka.y 06:50, ka.la.pa.n.", "Barko, sakay 06:50, Calapan."),
        ("li.pa.d 11:20 sa.n hu.se.", "Lipad 11:20 mula San Jose."),
        ("ba.ng.ka bu.la.la.ka.w, ma.n.sa.la.y.", "Bangka mula Bulalacao at Mansalay."),
        ("da.ti.ng i.sa.ng u.ra.s, sa.n hu.se.", "Dumating nang isang oras nang maaga, San Jose."),
    )
)
HANUNOO_THANKS = hanunoo("sa.la.ma.t pu.")
HANUNOO_LETTER = "\u1720-\u1731"
HANUNOO_MARK = "\u1732-\u1734"
#: A Hanunoo run: letters, vowel signs, the pamudpod and the strokes, with spaces, commas,
#: colons and figures.
HANUNOO_RUN = re.compile(
    f"[{HANUNOO_LETTER}][{HANUNOO_LETTER}{HANUNOO_MARK}{PHILIPPINE_STOPS} ,:0-9]*"
    f"[{HANUNOO_LETTER}{HANUNOO_MARK}{PHILIPPINE_STOPS}0-9]"
)
#: A Hanunoo word (letters, vowel signs and the pamudpod).
HANUNOO_WORD = re.compile(f"[{HANUNOO_LETTER}][{HANUNOO_LETTER}{HANUNOO_MARK}]*")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by Sant Feliu Regional Airport{NBSP}✈ for passengers’ use. "
    f"08:40  KX 214  Port Vell  Gate 3  On time. KX 214  dep 08:40  arr 09:55  Days 1.3.5.7. "
    f"Economy Saver  one way  €129.00. {RUNWAY_CLOSED}. LP-0412  {UMBRELLA}  Gate 3. "
    f"06:00–14:00  Marta Vidal. Checked bag  1 × 23 kg. "
    f"👩{ZWJ}✈ {TAGBANWA_LINES[0][0]} {HANUNOO_LINES[0][0]}"
)
