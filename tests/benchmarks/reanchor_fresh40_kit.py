"""How the fortieth round's laboratory pages are laid out, and what the families edit.

Every text is a full page as a research laboratory publishes it for its staff and students,
laid out as the twenty-third round's exports (whose readers are reused): a title, a line under
it, a lead, then sections (a stage of a bench protocol, a group of a safety data sheet's
numbered sections, a freezer of the reagent inventory, a day of the instrument booking rota, a
part of the induction checklist, a part of a paper's methods, a part of a bilingual notice),
each with a one-line note and items of two lines or more, then a footer under "About this
export". Lines recur word for word ("Incubate at 37 °C for 30 min", "Centrifuge at 4,000 × g
for 10 min", "Note: keep on ice", "P280 Wear protective gloves", "Expired — do not use",
"Signed off by the lab manager"), with twins one figure or one letter apart (volumes "5 µL" and
"50 µL", hazard codes "H315" and "H319", positions "Box 12  A3" and "Box 12  A8", people "Priya
Raman" and "Priya Ramen"). A step, a volume, a hazard code list, a box and position, a slot, a
citation, Bamum with its marks and digits and Batak with its vowel signs and pangolat stand in
every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

MICRO = "\u00b5"
TIMES_SIGN = "\u00d7"
#: Lines that recur word for word under many protocol steps.
INCUBATE = "Incubate at 37 °C for 30 min"
CENTRIFUGE = f"Centrifuge at 4,000 {TIMES_SIGN} g for 10 min"
KEEP_ON_ICE = "Note: keep on ice"
#: The safety data sheet's recurring precautionary line.
GLOVES = "P280 Wear protective gloves"
#: The inventory's and the checklist's recurring lines.
EXPIRED = "Expired — do not use"
SIGNED_OFF = "Signed off by the lab manager"
TRAINING_PORTAL = "Complete on the training portal"

# -- protocols, volumes, units --------------------------------------------------------------------

#: A protocol step's head line: "Step 3. Add 50 µL of lysis buffer" (group 1 the number).
STEP = re.compile(r"^Step ([0-9]{1,2})\.(?= )", re.M)
#: A volume or a mass: "50 µL", "2.5 mL", "10 ug" (group 1 the figures, group 2 the unit).
VOLUME = re.compile(r"(?<![0-9.,])([0-9]+(?:\.[0-9])?) ([µu]L|mL|[µu]g|ng|mg)\b")
#: A temperature: "37 °C", "−80 °C" (group 1 the figures).
TEMPERATURE = re.compile(r"(?<![0-9])((?:−)?[0-9]{1,2}) °C")
#: What a unit converter respells: the micro sign (or "u") before L or g, the times sign (or
#: "x") before " g".
UNIT_MARK = re.compile(r"(?<=[0-9] )[µu](?=[Lg]\b)|(?<=[0-9] )[×x](?= g\b)")

# -- safety data sheets ---------------------------------------------------------------------------

#: Hazard and precautionary statements, codes one figure apart ("H315", "H319").
STATEMENTS = {
    "H225": "Highly flammable liquid and vapour",
    "H290": "May be corrosive to metals",
    "H302": "Harmful if swallowed",
    "H314": "Causes severe skin burns and eye damage",
    "H315": "Causes skin irritation",
    "H319": "Causes serious eye irritation",
    "H335": "May cause respiratory irritation",
    "H336": "May cause drowsiness or dizziness",
    "P210": "Keep away from heat and open flames",
    "P264": "Wash hands thoroughly after handling",
    "P280": "Wear protective gloves",
    "P305": "If in eyes: rinse cautiously with water",
}
#: A hazard or precautionary code (group 1 "H" or "P", group 2 the figures).
HAZARD_CODE = re.compile(r"\b([HP])([0-9]{3})\b")
#: A list of two codes or more in a line: "H315, H319".
CODE_LIST = re.compile(r"\b[HP][0-9]{3}(?:, [HP][0-9]{3})+\b")
#: A statement line: "H315 Causes skin irritation".
STATEMENT_LINE = re.compile(r"^[HP][0-9]{3} [^\n]+$", re.M)

# -- the inventory --------------------------------------------------------------------------------

#: A box (group 1 its number): "Box 12".
BOX = re.compile(r"\bBox ([0-9]{1,2})\b")
#: An inventory line: "A3  Taq polymerase 5 U/µL  Lot 2309-114  exp 2026-03".
POSITION_LINE = re.compile(r"^[A-H][1-9]  [^\n]+$", re.M)
#: A position code in a box.
POSITION = re.compile(r"\b([A-H])([1-9])\b")
#: An expiry: "exp 2026-03" (group 1 the year, group 2 the month).
EXPIRY = re.compile(r"\bexp (20[0-9]{2})-([01][0-9])\b")

# -- the booking rota -----------------------------------------------------------------------------

#: People who book, one letter apart ("Priya Raman", "Priya Ramen").
PEOPLE = (
    "Priya Raman",
    "Priya Ramen",
    "Tom Becker",
    "Tom Bekker",
    "Ana Souza",
    "Ana Sousa",
    "Kwame Mensah",
    "Kwame Mensa",
    "Lin Wei",
    "Jonas Berg",
    "Chidi Okoye",
)
#: A person's name (group 1 the first name, group 2 the surname).
PERSON = re.compile(
    r"\b("
    + "|".join(sorted({name.split()[0] for name in PEOPLE}))
    + r") ("
    + "|".join(sorted({name.split()[1] for name in PEOPLE}, key=len, reverse=True))
    + r")\b"
)
#: A rota slot: "09:00–11:00  Priya Raman" (group 1 the hour it starts).
SLOT_LINE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]–[0-9]{2}:[0-9]{2}  [^\n]+$", re.M)

# -- methods --------------------------------------------------------------------------------------

#: An author-year citation: "(Okoye et al. 2021)", "(Smith and Lee 2019)", "(Smith 2019)",
#: perhaps broken over a line end.
CITATION = re.compile(
    r"\((?:R Core Team|[A-Z][a-z]+(?:[ \n]et[ \n]al\.|[ \n]and[ \n][A-Z][a-z]+)?)"
    r"[ \n](?:19|20)[0-9]{2}[a-z]?\)"
)

# -- Bamum (western Cameroon) ---------------------------------------------------------------------

KOQNDON = "\ua6f0"
TUKWENTIS = "\ua6f1"
#: Bamum digits: the letters the script writes numbers with, zero (KOGHOM) to nine (KOVUU).
BAMUM_DIGITS = "\ua6ef" + "".join(chr(0xA6E6 + i) for i in range(9))
BAMUM_STOPS = {",": "\ua6f5", ".": "\ua6f3"}


def bamum(words: str) -> str:
    """Bamum written from letter names joined by "-" ("PA-MU" is ꚫꚵ), words by spaces: "'"
    after a name the combining koqndon, "^" the combining tukwentis; "," and "." at a part's
    end the Bamum comma and full stop; figures as Bamum digits."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        for part in word.split("-"):
            stop = part[-1] if part[-1] in ",." and len(part) > 1 else ""
            part = part[:-1] if stop else part
            if part.isdigit():
                written += part.translate(str.maketrans("0123456789", BAMUM_DIGITS))
            else:
                marks = ""
                while part[-1] in "'^":
                    marks = {"'": KOQNDON, "^": TUKWENTIS}[part[-1]] + marks
                    part = part[:-1]
                written += unicodedata.lookup(f"BAMUM LETTER {part}") + marks
            written += BAMUM_STOPS.get(stop, "")
        out.append(written)
    return unicodedata.normalize("NFC", " ".join(out))


#: Bamum lines and their French: the collection and its twin one figure apart, the field
#: station, keeping samples cold, the thanks (Foumban, Koutaba, Massangam, Foumbot).
BAMUM_LINES = tuple(
    (bamum(words), french)
    for words, french in (
        (
            "SHU-PA-MU' KA-REE 12, FOM-PA-NA.",
            "Collecte d’échantillons n° 12, Foumban.",
        ),
        (
            "SHU-PA-MU' KA-REE 13, FOM-PA-NA.",
            "Collecte d’échantillons n° 13, Foumban.",
        ),
        ("NJAEM-LI^ TAA-NA 4, KU-TAE-PA.", "Station de terrain n° 4, Koutaba."),
        ("MBEN-SHU' YA-KI 4, MA-SI-NGA.", "Conserver à 4 °C, Massangam."),
        ("WA-NI' RII-PA^, FU-MBEN-PUE.", "Merci, station de Foumbot."),
    )
)
BAMUM_THANKS = bamum("WA-NI' RII-PA^.")
BAMUM_LETTER = "\ua6a0-\ua6e5"
BAMUM_MARK = f"{KOQNDON}{TUKWENTIS}"
BAMUM_OTHER = "\ua6e6-\ua6ef\ua6f2-\ua6f7"
#: A Bamum run: letters, marks, digits of either kind and Bamum stops, with spaces inside.
BAMUM_RUN = re.compile(
    f"[{BAMUM_LETTER}][{BAMUM_LETTER}{BAMUM_MARK}{BAMUM_OTHER} 0-9]*"
    f"[{BAMUM_LETTER}{BAMUM_MARK}{BAMUM_OTHER}0-9]"
)
#: A Bamum word (letters and their marks, up to a space or a stop).
BAMUM_WORD = re.compile(f"[{BAMUM_LETTER}][{BAMUM_LETTER}{BAMUM_MARK}]*")
#: A Bamum run with a digit of either kind in it.
BAMUM_NUMBERED = re.compile(f"[{BAMUM_LETTER}][{BAMUM_LETTER}{BAMUM_MARK} ]*[0-9{BAMUM_DIGITS}]")

# -- Batak (Toba, North Sumatra) ------------------------------------------------------------------

PANGOLAT = "\u1bf2"
PANONGONAN = "\u1bf3"
NG_SIGN = "\u1bf0"
#: Letters and signs by a short name: consonants as their sound (with the inherent a), "'"
#: before a vowel sign, "~" the pangolat (a dead consonant), "N" and "H" the final ng and h;
#: capitals the independent vowels.
_BATAK = {
    **{
        short: f"LETTER {name}"
        for short, name in (
            ("h", "HA"), ("b", "BA"), ("p", "PA"), ("n", "NA"), ("w", "WA"), ("g", "GA"),
            ("j", "JA"), ("d", "DA"), ("r", "RA"), ("m", "MA"), ("t", "SOUTHERN TA"),
            ("s", "SA"), ("y", "YA"), ("ng", "NGA"), ("l", "LA"), ("ny", "NYA"), ("c", "CA"),
            ("A", "A"), ("I", "I"), ("U", "U"),
        )
    },
    "'e": "VOWEL SIGN E", "'i": "VOWEL SIGN I", "'o": "VOWEL SIGN O", "'u": "VOWEL SIGN U",
    "~": "PANGOLAT", "N": "CONSONANT SIGN NG", "H": "CONSONANT SIGN H",
}  # fmt: skip


def batak(words: str) -> str:
    """Toba Batak written from short names joined by "-" ("h-'o-r-s-~" is Horas), words by
    spaces; digits, "," and "." as they are."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        for part in word.split("-"):
            stop = part[-1] if part[-1] in ",." and len(part) > 1 else ""
            part = part[:-1] if stop else part
            if part.isdigit():
                written += part + stop
                continue
            written += unicodedata.lookup(f"BATAK {_BATAK[part]}") + stop
        out.append(written)
    return unicodedata.normalize("NFC", " ".join(out))


#: Batak lines and their Indonesian: the specimen and its twin one figure apart, a plant label,
#: Lake Toba, where it was collected (Balige, Tarutung, Parapat, Siborongborong).
BATAK_LINES = tuple(
    (batak(words), indonesian)
    for words, indonesian in (
        (
            "h-'o-r-s-~, h-'e-r-~-b-r-'i-y-'u-m-~ 1204, b-l-'i-g-'e.",
            "Horas, spesimen herbarium nomor 1204, Balige.",
        ),
        (
            "h-'o-r-s-~, h-'e-r-~-b-r-'i-y-'u-m-~ 1205, b-l-'i-g-'e.",
            "Horas, spesimen herbarium nomor 1205, Balige.",
        ),
        ("s-'u-r-t-~ t-'u-m-~-b-'u-h-n-~ 37, t-r-'u-t-'u-N.", "Label tumbuhan 37, Tarutung."),
        ("d-n-U t-'o-b, p-r-p-t-~.", "Danau Toba, Parapat."),
        (
            "d-'i-p-'u-l-'u-N s-'i-b-'o-r-'o-N-b-'o-r-'o-N.",
            "Dikumpulkan di Siborongborong.",
        ),
    )
)
BATAK_THANKS = batak("m-'u-l-'i-t-~ m-'u-l-'i-y-t-~.")
BATAK_LETTER = "\u1bc0-\u1be5"
BATAK_SIGN = "\u1be6-\u1bf3"
#: A Batak run: letters and signs, with spaces, commas and digits inside.
BATAK_RUN = re.compile(
    f"[{BATAK_LETTER}][{BATAK_LETTER}{BATAK_SIGN} ,0-9]*[{BATAK_LETTER}{BATAK_SIGN}0-9]"
)
#: A Batak word (letters and their signs, up to a space or a comma).
BATAK_WORD = re.compile(f"[{BATAK_LETTER}][{BATAK_LETTER}{BATAK_SIGN}]*")
#: A Batak dead consonant's mark (the pangolat, or the panongonan another keyboard types).
BATAK_KILLER = re.compile(f"[{PANGOLAT}{PANONGONAN}]")
#: A final ng: the sign, or the letter NGA with a pangolat or panongonan.
BATAK_FINAL_NG = re.compile(f"{NG_SIGN}|\u1bdd[{PANGOLAT}{PANONGONAN}]")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Issued by the Lab Operations Office{NBSP}🧪 for staff’s and students’ use. "
    f"Step 3. Add 50 {MICRO}L of lysis buffer. {INCUBATE}. {CENTRIFUGE}. {KEEP_ON_ICE}. "
    f"Classified H315, H319. {GLOVES}. Box 12  A3  Taq polymerase, {EXPIRED}. "
    f"09:00–11:00  Priya Raman. Extracted as before (Okoye et al. 2021). "
    f"👩{ZWJ}🔬 {BAMUM_LINES[0][0]} {BATAK_LINES[0][0]}"
)
