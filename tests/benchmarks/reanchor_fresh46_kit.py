"""How the forty-sixth round's national-park pages are laid out, and what the families edit.

Every text is a full page as a national park, its campsites and its rangers publish it, laid
out as the twenty-third round's exports (whose readers are reused): a title, a line under it,
a lead, then sections (a day of the trail-conditions list, a night of the pitch bookings, a
permit of the fee table, a day of the ranger roster, a day of the wildlife-sightings log, a
day type of the shuttle timetable, a zone of the fire-danger notices, a part of a bilingual
notice), each with a one-line note and items of two lines or more, then a footer under
"About this export". Lines recur word for word ("Ridge Loop  7.4 km  Open", "Student or over
65  €5.80", "Red deer, 3  NT 4521 8830  07:40", "No open fires or barbecues"), with twins one
figure or one letter apart (distances "7.4 km" and "4.7 km", pitches "Pitch 14" and "Pitch
41", fees "€8.50" and "€5.80", grid references "NT 4521 8830" and "NT 4521 8831", rangers
"Ilse Varga" and "Ilse Vargo"). A trail with its status, a booking, a fee, a duty, a
sighting, a shuttle stop, a fire notice's line, New Tai Lue with its vowel signs and tone
marks and Newa with its vowel signs and virama stand in every text (at least in the footer),
so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

PARK = "Pinar Valley National Park"

# -- the trail-conditions list -------------------------------------------------------------------

OPEN = "Open"
CLOSED = "Closed"
MUD = "Caution: mud"
#: Statuses a trail takes, word for word.
TRAIL_STATUSES = (OPEN, CLOSED, MUD)
#: Trails and their distances: twins with names one word apart and distances one figure apart
#: ("Ridge Loop  7.4 km" and "Ridge Link  4.7 km").
TRAILS = (
    ("Ridge Loop", "7.4"),
    ("Ridge Link", "4.7"),
    ("Lake Path", "3.2"),
    ("Lake Walk", "2.3"),
    ("Pine Trail", "5.6"),
    ("Pine Spur", "6.5"),
    ("Falls Trail", "8.1"),
    ("Falls Loop", "1.8"),
    ("Col Traverse", "12.4"),
    ("Col Descent", "14.2"),
    ("Meadow Walk", "2.9"),
    ("Meadow Loop", "2.8"),
)
#: A trail with its status: "Ridge Loop  7.4 km  Open" (group 1 the trail, group 2 the
#: distance, group 3 the status).
TRAIL = re.compile(
    r"\b("
    + "|".join(sorted({name for name, _ in TRAILS}, key=len, reverse=True))
    + r")  ([0-9]{1,2}\.[0-9]) km  (Open|Closed|Caution: mud)"
)
#: A trail's line whole.
TRAIL_LINE = re.compile(f"^{TRAIL.pattern}$", re.M)

# -- the pitch bookings -----------------------------------------------------------------------

#: A pitch: "Pitch 14" (group 1 the number).
PITCH = re.compile(r"\bPitch ([0-9]{1,2})\b")
#: A booking: "Pitch 14  Novak, J.  2 adults  Paid" (group 1 the pitch, group 2 the guest,
#: group 3 whether paid).
BOOKING = re.compile(
    r"\bPitch ([0-9]{1,2})  ([A-ZÓ][^\n,]*, [A-Z]\.)  [0-9] adults?(?: \+ [0-9] child(?:ren)?)?"
    r"  (Paid|Unpaid)"
)
#: A booking's line whole.
BOOKING_LINE = re.compile(f"^{BOOKING.pattern}$", re.M)

# -- the fee table ------------------------------------------------------------------------------

#: A fee: "€8.50" (group 1 the euros, group 2 the cents).
FEE = re.compile(r"€([0-9]{1,3})\.([0-9]{2})\b")
#: A fee's line: "Adult  €8.50", "Student or over 65  €5.80".
FEE_LINE = re.compile(r"^[A-Z][^\n]*  €[0-9]+\.[0-9]{2}$", re.M)

# -- the ranger roster ----------------------------------------------------------------------------

#: Rangers on the roster, in pairs one letter apart.
RANGER_TWINS = (
    ("Ilse Varga", "Ilse Vargo"),
    ("Tomas Brenner", "Tomas Bremner"),
    ("Aino Lind", "Aino Lund"),
    ("Piet Kool", "Piet Kook"),
)
RANGERS = (*(name for pair in RANGER_TWINS for name in pair), "Rosa Pinto", "Jonas Ek")
#: A ranger (group 1 the whole name).
RANGER = re.compile(r"\b(" + "|".join(sorted(RANGERS, key=len, reverse=True)) + r")\b")
#: A duty: "07:00–15:00  Ilse Varga" (group 1 the ranger).
DUTY_LINE = re.compile(rf"^[0-2][0-9]:[0-5][0-9]–[0-2][0-9]:[0-5][0-9]  {RANGER.pattern}$", re.M)

# -- the wildlife-sightings log -------------------------------------------------------------------

SPECIES = ("Red deer", "Chamois", "Golden eagle", "Ibex", "Marmot", "Wild boar", "Lynx tracks")
#: A sighting: "Red deer, 3  NT 4521 8830  07:40" (group 1 the species, group 2 the count,
#: group 3 the grid reference, group 4 the time).
SIGHTING = re.compile(
    r"\b("
    + "|".join(SPECIES)
    + r"), ([0-9]{1,2})  ([A-Z]{2} [0-9]{4} [0-9]{4})  "
    + r"([0-2][0-9]:[0-5][0-9](?:–[0-2][0-9]:[0-5][0-9])?)"
)
#: A sighting's line whole.
SIGHTING_LINE = re.compile(f"^{SIGHTING.pattern}$", re.M)
#: A grid reference: "NT 4521 8830".
GRID = re.compile(r"\b[A-Z]{2} [0-9]{4} [0-9]{4}\b")

# -- the shuttle timetable ------------------------------------------------------------------------

#: The stops every run calls at, in order.
STOPS = ("Visitor centre", "Lakeside", "Pinewood car park", "Ridge trailhead", "Col hut")
#: A stop of a run: "08:10  Visitor centre" (group 1 the time).
STOP = re.compile(r"\b([0-2][0-9]:[0-5][0-9])  (?:" + "|".join(STOPS) + r")\b")
#: A stop's line whole.
STOP_LINE = re.compile(r"^[0-2][0-9]:[0-5][0-9]  (?:" + "|".join(STOPS) + r")$", re.M)

# -- the fire-danger notices ----------------------------------------------------------------------

NO_FIRES = "No open fires or barbecues"
#: A fire notice's head line: "FD-0512 · Zone A · until 10 May" (group 1 its number).
FIRE_HEAD = re.compile(r"^FD-([0-9]{4}) · Zone [A-F] · until [0-9]{1,2} May$", re.M)
FIRE_LEVEL = re.compile(r"\bFire danger: (?:Moderate|High|Very high)\b")

# -- New Tai Lue (Xishuangbanna) -------------------------------------------------------------------

_TAI_LUE_CONSONANTS = {
    "q": "HIGH QA",
    "k": "HIGH KA",
    "x": "HIGH XA",
    "ng": "LOW NGA",
    "ts": "HIGH TSA",
    "s": "HIGH SA",
    "y": "LOW YA",
    "t": "HIGH TA",
    "th": "HIGH THA",
    "n": "LOW NA",
    "p": "HIGH PA",
    "ph": "HIGH PHA",
    "m": "LOW MA",
    "f": "HIGH FA",
    "v": "LOW VA",
    "l": "LOW LA",
    "h": "HIGH HA",
    "d": "HIGH DA",
    "b": "HIGH BA",
}
#: Vowels written before the consonant (visual order), and those written after it.
_TAI_LUE_BEFORE = {"e": "E", "ae": "AE", "o": "O", "ay": "AY"}
_TAI_LUE_AFTER = {
    "a": "",
    "aa": "AA",
    "ii": "II",
    "u": "U",
    "uu": "UU",
    "oa": "OA",
    "ue": "UE",
    "oy": "OY",
    "aay": "AAY",
}
_TAI_LUE_FINALS = ("v", "ng", "n", "m", "k", "d", "b")
TAI_LUE_U = "\u19b3"
TAI_LUE_UU = "\u19b4"
TAI_LUE_E = "\u19b5"
TAI_LUE_AE = "\u19b6"
TAI_LUE_TONE_1 = "\u19c8"
TAI_LUE_TONE_2 = "\u19c9"


def _tai_lue_digits(figures: str) -> str:
    """Western figures as New Tai Lue digits (a ":" as it is)."""
    return "".join(
        unicodedata.lookup(f"NEW TAI LUE DIGIT {unicodedata.name(c).split()[-1]}")
        if c.isdigit()
        else c
        for c in figures
    )


def tai_lue(words: str) -> str:
    """New Tai Lue from syllables joined by "." and written "consonant-vowel[-final][-tone]"
    ("v-a-d.p-aa" is wat pa): the vowels e, ae, o, ay stand before the consonant, the others
    after it ("a" has no sign), a final is its letter, a tone 1 or 2 its mark; figures become
    New Tai Lue digits."""
    out = []
    for word in words.split(" "):
        if word.replace(":", "").isdigit():
            out.append(_tai_lue_digits(word))
            continue
        written = ""
        for syllable in word.split("."):
            consonant, vowel, *rest = syllable.split("-")
            letter = unicodedata.lookup(f"NEW TAI LUE LETTER {_TAI_LUE_CONSONANTS[consonant]}")
            if vowel in _TAI_LUE_BEFORE:
                sign = unicodedata.lookup(f"NEW TAI LUE VOWEL SIGN {_TAI_LUE_BEFORE[vowel]}")
                written += sign + letter
            else:
                after = _TAI_LUE_AFTER[vowel]
                written += letter + (
                    unicodedata.lookup(f"NEW TAI LUE VOWEL SIGN {after}") if after else ""
                )
            for part in rest:
                if part in ("1", "2"):
                    written += unicodedata.lookup(f"NEW TAI LUE TONE MARK-{part}")
                else:
                    assert part in _TAI_LUE_FINALS, part
                    written += unicodedata.lookup(f"NEW TAI LUE LETTER FINAL {part.upper()}")
        out.append(written)
    return " ".join(out)


#: New Tai Lue lines and their Chinese: the forest-temple festival's procession and its twin
#: one figure apart, the alms of rice, the gathering at the great hall, the quiet in the
#: temple grounds (Menghai, Jinghong, Mengla, Menghan).
TAI_LUE_LINES = (
    (
        tai_lue("v-a-d.p-aa p-oy-1 08:30 m-ue-ng.h-aay-2"),
        "森林佛寺节游行，早上八点三十分，勐海。",
    ),
    (
        tai_lue("v-a-d.p-aa p-oy-1 09:30 m-ue-ng.h-aay-2"),
        "森林佛寺节游行，早上九点三十分，勐海。",
    ),
    (tai_lue("t-aa-n x-aa-v-2 10:00 ts-e-ng.h-u-ng"), "十点赕白饭，景洪。"),
    (tai_lue("h-ue-n l-uu-ng-1 m-ue-ng.l-aa 14:00"), "下午两点在勐腊大佛殿集合。"),
    (tai_lue("ts-ae-ng s-ii-v v-a-d m-ue-ng.h-aa-n-1"), "勐罕寺内请保持安静。"),
)
TAI_LUE_THANKS = tai_lue("y-ii-n.d-ii-2")
TAI_LUE_CHARS = "\u1980-\u19df"
#: A New Tai Lue run: letters, vowel signs, finals, tone marks and digits, with spaces and ":".
TAI_LUE_RUN = re.compile(f"[{TAI_LUE_CHARS}][{TAI_LUE_CHARS} :]*[{TAI_LUE_CHARS}]")
#: A New Tai Lue word.
TAI_LUE_WORD = re.compile(f"[{TAI_LUE_CHARS}:]+")

# -- Newa (Prachalit, Kathmandu valley) -----------------------------------------------------------

_NEWA_CONSONANTS = {
    "k": "KA",
    "kh": "KHA",
    "g": "GA",
    "ng": "NGA",
    "c": "CA",
    "j": "JA",
    "tt": "TTA",
    "t": "TA",
    "th": "THA",
    "d": "DA",
    "n": "NA",
    "p": "PA",
    "b": "BA",
    "bh": "BHA",
    "m": "MA",
    "y": "YA",
    "r": "RA",
    "l": "LA",
    "w": "WA",
    "sh": "SHA",
    "s": "SA",
    "h": "HA",
}
_NEWA_VOWELS = ("aa", "ai", "au", "ii", "uu", "a", "i", "u", "e", "o")
NEWA_VIRAMA = "\U00011442"
NEWA_ANUSVARA = "\U00011444"
NEWA_CANDRABINDU = "\U00011443"
NEWA_I = "\U00011436"
NEWA_II = "\U00011437"
NEWA_U = "\U00011438"
NEWA_UU = "\U00011439"
NEWA_DANDA = "\U0001144b"


def newa(words: str) -> str:
    """Newa from syllables joined by "." ("a.nu.ma.ti" is anumati): consonants of a cluster
    joined by "_" (the virama between them; a closing "_" kills the last), a vowel alone its
    letter, after a consonant its sign ("a" has none), a closing "M" the anusvara and "N" the
    candrabindu; figures become Newa digits, a closing "|" the danda."""
    out = []
    for word in words.split(" "):
        stop = NEWA_DANDA if word.endswith("|") else ""
        word = word.rstrip("|")
        if word.replace(":", "").isdigit():
            out.append(
                "".join(
                    unicodedata.lookup(f"NEWA DIGIT {unicodedata.name(c).split()[-1]}")
                    if c.isdigit()
                    else c
                    for c in word
                )
                + stop
            )
            continue
        written = ""
        for syllable in word.split("."):
            sign = {"M": NEWA_ANUSVARA, "N": NEWA_CANDRABINDU}.get(syllable[-1], "")
            syllable = syllable.rstrip("MN")
            if syllable.endswith("_"):
                consonants, vowel = syllable[:-1], "_"
            else:
                vowel = next(v for v in _NEWA_VOWELS if syllable.endswith(v))
                consonants = syllable[: -len(vowel)]
            letters = [
                unicodedata.lookup(f"NEWA LETTER {_NEWA_CONSONANTS[c]}")
                for c in consonants.split("_")
                if c
            ]
            written += NEWA_VIRAMA.join(letters)
            if vowel == "_":
                written += NEWA_VIRAMA
            elif not letters:
                written += unicodedata.lookup(f"NEWA LETTER {vowel.upper()}")
            elif vowel != "a":
                written += unicodedata.lookup(f"NEWA VOWEL SIGN {vowel.upper()}")
            written += sign
        out.append(written + stop)
    return unicodedata.normalize("NFC", " ".join(out))


#: Newa lines and their Nepali: the permit office's opening and its twin one figure apart, the
#: conservation-area permit's fee, the trekkers' card, the office at Ye (Kathmandu).
NEWA_LINES = (
    (
        newa("t_re.ki.ng_ a.nu.ma.ti 10:30 tha.me.l_|"),
        "ट्रेकिङ अनुमति पत्र, बिहान १०:३० बजे, ठमेल।",
    ),
    (
        newa("t_re.ki.ng_ a.nu.ma.ti 11:30 tha.me.l_|"),
        "ट्रेकिङ अनुमति पत्र, बिहान ११:३० बजे, ठमेल।",
    ),
    (newa("a.n_na.puu.r_naa sha.l_ka 3000|"), "अन्नपूर्ण संरक्षण क्षेत्र अनुमति, रु ३०००।"),
    (newa("ti.m_s_ kaa.r_d_ 2000 ta.kaa|"), "टिम्स कार्ड, रु २०००।"),
    (newa("yeN daM.ri.sha.n_ ke.n_d_ra|"), "काठमाडौं अनुमति कार्यालय, भृकुटीमण्डप।"),
)
NEWA_THANKS = newa("su.bhaa.y_|")
NEWA_LETTERS = "\U00011400-\U00011434"
NEWA_CHARS = "\U00011400-\U0001147f"
#: A Newa run: from a letter to a letter, mark, digit or danda, with spaces and ":".
NEWA_RUN = re.compile(f"[{NEWA_LETTERS}][{NEWA_CHARS} :]*[{NEWA_CHARS}]")
#: A Newa word (letters, signs, digits; a danda left out).
NEWA_WORD = re.compile(f"[{NEWA_LETTERS}\U00011435-\U00011446\U00011450-\U00011459:]+")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by {PARK}{NBSP}🌲 for visitors’ use. Ridge Loop  7.4 km  Open. "
    f"Pitch 14  Novak, J.  2 adults  Paid. Adult  €8.50. 07:00–15:00  Ilse Varga. "
    f"Red deer, 3  NT 4521 8830  07:40. 08:10  Visitor centre. Fire danger: High. "
    f"🧑{ZWJ}🚒 {TAI_LUE_LINES[0][0]} {NEWA_LINES[0][0]}"
)
