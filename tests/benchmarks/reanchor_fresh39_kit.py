"""How the thirty-ninth round's exam and enrolment pages are laid out, and what the families edit.

Every text is a full page as a school or a university publishes it around exams, enrolment and
graduation, laid out as the twenty-third round's exports (whose readers are reused): a title, a
line under it, a lead, then sections (a week of the exam timetable, a department of the course
catalogue, a faculty of the graduation order, a part of the results and resits notice, a course
of the reading list, a group of prizes, a part of a bilingual course notice), each with a
one-line note and items of two lines or more, then a footer under "About this export". Lines
recur word for word ("Candidates must be seated 15 minutes before the start", "Bring your
candidate number", "Prerequisite: none", "Assessed by coursework", the credit line, "with
Distinction", "in absentia", "Available as an e-book"), with twins one figure or one letter apart
(course codes "HIST 2104" and "HIST 2105", rooms "Room 2.14" and "Room 2.15", editions a year
apart, graduands "Amira Haddad" and "Amira Hadad"). A sitting line, a course code, a graduand, an
edition, Osage with its accents and Sundanese with its digits stand in every text (at least in
the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Lines that recur word for word under every day of the timetable.
SEATED = "Candidates must be seated 15 minutes before the start"
CANDIDATE_NUMBER = "Bring your candidate number"
#: Catalogue lines that recur under many courses.
NO_PREREQUISITE = "Prerequisite: none"
COURSEWORK = "Assessed by coursework"
EXAMINATION = "Assessed by examination"
CREDIT_LINE = "15 credits, one semester"
#: Graduation order lines under many graduands.
DISTINCTION = "with Distinction"
ABSENTIA = "in absentia"
#: The reading list's recurring line.
EBOOK = "Available as an e-book"

# -- course codes, rooms, times -------------------------------------------------------------------

#: Courses by department: codes one figure apart ("HIST 2104", "HIST 2105").
COURSES = (
    ("HIST 2104", "Early Modern Europe"),
    ("HIST 2105", "Early Modern Empires"),
    ("HIST 1101", "Making History"),
    ("MATH 2104", "Linear Algebra"),
    ("MATH 2140", "Real Analysis"),
    ("LING 1203", "Sounds of Language"),
    ("LING 1204", "Languages of Indonesia"),
    ("LING 2310", "Endangered Languages of North America"),
    ("MUSC 1102", "Harmony and Counterpoint"),
    ("GEOG 2201", "Cities and Rivers"),
)
#: A course code: department and four figures (group 1 the department, group 2 the number).
COURSE = re.compile(r"\b(HIST|MATH|LING|MUSC|GEOG) ([1-9][0-9]{3})\b")
#: Rooms one figure apart.
ROOMS = ("Hall A", "Hall B", "Hall C", "Room 2.14", "Room 2.15", "Sports Hall")
ROOM = re.compile(r"\b(?:Hall [A-C]|Room [0-9]\.[0-9]{2}|Sports Hall)\b")
#: A 24-hour clock time ("09:30"; group 1 the hour, group 2 the minutes).
CLOCK = re.compile(r"(?<![0-9:.])([01][0-9]|2[0-3]):([0-5][0-9])(?![0-9:])")
#: The short day a sitting line starts with: "Mon 8 June" (group 1 the weekday).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
SHORT_DAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri) ([0-9]{1,2}) (June|July|August)\b")
#: A sitting: "Mon 8 June  09:30  Hall B  HIST 2104 Paper 2".
SITTING_LINE = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri) [0-9]{1,2} [A-Z][a-z]+  [^\n]*(?:Hall|Room)[^\n]*"
    r"(?:HIST|MATH|LING|MUSC|GEOG) [0-9]{4}[^\n]*$",
    re.M,
)
#: A catalogue entry's head line: "HIST 2104  Early Modern Europe".
COURSE_LINE = re.compile(r"^(?:HIST|MATH|LING|MUSC|GEOG) [0-9]{4}  [^\n]+$", re.M)

# -- graduands ------------------------------------------------------------------------------------

#: Graduands: names one letter apart ("Amira Haddad", "Amira Hadad"), as the order gives them.
GRADUANDS = (
    "Amira Haddad",
    "Amira Hadad",
    "Tomasz Nowak",
    "Tomasz Novak",
    "Grace Okafor",
    "Grace Okafur",
    "Rhys Morgan",
    "Rhys Morgen",
    "Dewi Lestari",
    "Kateri Redcorn",
    "Siti Nurhaliza",
    "Lena Fischer",
)
#: Names the registry puts right by one letter (the misspelling and the corrected surname).
CORRECTIONS = {"Hadad": "Haddad", "Novak": "Nowak", "Okafur": "Okafor", "Morgen": "Morgan"}
#: A graduand's name (group 1 the first name, group 2 the surname).
GRADUAND = re.compile(
    r"\b("
    + "|".join(sorted({name.split()[0] for name in GRADUANDS}))
    + r") ("
    + "|".join(sorted({name.split()[1] for name in GRADUANDS}))
    + r")\b"
)
#: A line that is a graduand's name and nothing else.
GRADUAND_LINE = re.compile(f"^{GRADUAND.pattern}$", re.M)

# -- reading lists --------------------------------------------------------------------------------

#: An edition line's edition and year: "2nd edn, 2019" (group 1 the number, group 2 the year).
EDITION = re.compile(r"\b([1-9])(?:st|nd|rd|th) edn, ((?:19|20)[0-9]{2})\b")


def ordinal(number: int) -> str:
    """An edition's number as a reading list gives it: "1st", "2nd", "3rd", "4th"."""
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number, 'th') }"


# -- Osage (Oklahoma) -----------------------------------------------------------------------------

ACUTE = "\u0301"
MACRON = "\u0304"
MIDDLE_DOT = "\u00b7"
OSAGE_CAPITALS = "\U000104b0-\U000104d3"
OSAGE_SMALLS = "\U000104d8-\U000104fb"
OSAGE_LETTER = OSAGE_CAPITALS + OSAGE_SMALLS
#: What an Osage word may hold after its first letter: letters, the acute, the macron, the dot.
OSAGE_MARKS = f"{ACUTE}{MACRON}{MIDDLE_DOT}"


def osage(words: str) -> str:
    """Osage written from letter names joined by "-" ("wa-a-zha-a'-zha-e" is 𐓏𐒰𐓓𐒰́𐓓𐒷), words
    by spaces: a name in capitals ("WA") is the capital letter, "'" after it the combining
    acute, "=" the macron, "." alone the middle dot; digits and "," as they are."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        for part in word.split("-"):
            stop = "," if part.endswith(",") else ""
            part = part.rstrip(",")
            if part.isdigit():
                written += part + stop
                continue
            if part == ".":
                written += MIDDLE_DOT
                continue
            marks = ""
            while part[-1] in "'=":
                marks = {"'": ACUTE, "=": MACRON}[part[-1]] + marks
                part = part[:-1]
            case = "CAPITAL" if part.isupper() else "SMALL"
            written += unicodedata.lookup(f"OSAGE {case} LETTER {part.upper()}") + marks + stop
        out.append(written)
    return unicodedata.normalize("NFC", " ".join(out))


#: Osage lines and their English: the greeting, the course and its twin one figure apart, towns
#: of the Osage Nation (Pawhuska, Hominy, Fairfax), a class day.
OSAGE_LINES = tuple(
    (osage(words), english)
    for words, english in (
        (
            "HA-a-wa-e', WA-a-zha-a'-zha-e i'-e 101, PA-a-ha-a'-sa-ka-a",
            "Welcome to Osage language 101, Pawhuska.",
        ),
        (
            "HA-a-wa-e', WA-a-zha-a'-zha-e i'-e 102, PA-a-ha-a'-sa-ka-a",
            "Welcome to Osage language 102, Pawhuska.",
        ),
        (
            "WA-a-zha-a'-zha-e i'-e 201, DHA-a'-dha-i-ka-a-sha-ka-a",
            "Osage language 201, Hominy.",
        ),
        (
            "WA-a-zha-a'-zha-e o=-.-ka-a 14, GHA-a=-ha-o-a",
            "Osage songs, 14 evenings, Fairfax.",
        ),
        ("i'-e tsa-e'-dha-e 2026", "Language camp, summer 2026."),
    )
)
OSAGE_THANKS = osage("wa-i'-bra-i-ka-ain, HA-a-wa-e'")
#: An Osage run: letters and marks, with spaces, commas and digits inside.
OSAGE_RUN = re.compile(
    f"[{OSAGE_LETTER}][{OSAGE_LETTER}{OSAGE_MARKS} ,0-9]*[{OSAGE_LETTER}{OSAGE_MARKS}0-9]"
)
#: An Osage word (letters and marks up to a space or a comma).
OSAGE_WORD = re.compile(f"[{OSAGE_LETTER}][{OSAGE_LETTER}{OSAGE_MARKS}]*")
#: An Osage word's first letter.
OSAGE_INITIAL = re.compile(f"(?<![{OSAGE_LETTER}{OSAGE_MARKS}])[{OSAGE_LETTER}]")
OSAGE_ACCENT = re.compile(f"[{ACUTE}{MACRON}]")

# -- Sundanese (West Java) ------------------------------------------------------------------------

SUNDANESE_DIGITS = "".join(chr(0x1BB0 + i) for i in range(10))
PAMAAEH = "\u1baa"
#: Letters and signs by a short name: consonants as their sound (with the inherent a), "'"
#: before a vowel sign, "~" the pamaaeh (a dead consonant), "+r", "+y", "+l" the subjoined
#: consonant signs, "N", "R", "H" the final ng, r and h; capitals the independent vowels.
_SUNDANESE = {
    **{
        short: f"LETTER {name}"
        for short, name in (
            ("k", "KA"), ("g", "GA"), ("ng", "NGA"), ("c", "CA"), ("j", "JA"), ("ny", "NYA"),
            ("t", "TA"), ("d", "DA"), ("n", "NA"), ("p", "PA"), ("b", "BA"), ("m", "MA"),
            ("y", "YA"), ("r", "RA"), ("l", "LA"), ("w", "WA"), ("s", "SA"), ("h", "HA"),
            ("A", "A"), ("I", "I"), ("U", "U"), ("E", "E"), ("O", "O"),
        )
    },
    "'i": "VOWEL SIGN PANGHULU", "'u": "VOWEL SIGN PANYUKU", "'é": "VOWEL SIGN PANAELAENG",
    "'o": "VOWEL SIGN PANOLONG", "'e": "VOWEL SIGN PAMEPET", "'eu": "VOWEL SIGN PANEULEUNG",
    "~": "SIGN PAMAAEH", "N": "SIGN PANYECEK", "R": "SIGN PANGLAYAR", "H": "SIGN PANGWISAD",
    "+r": "CONSONANT SIGN PANYAKRA", "+y": "CONSONANT SIGN PAMINGKAL",
    "+l": "CONSONANT SIGN PANYIKU",
}  # fmt: skip


def sundanese(words: str) -> str:
    """Sundanese written from short names joined by "-" ("b-n-~-d-'u-N" is Bandung), words
    by spaces; digits, "," and "." as they are."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        for part in word.split("-"):
            stop = part[-1] if part[-1] in ",." and len(part) > 1 else ""
            part = part[:-1] if stop else part
            if part.isdigit():
                written += part + stop
                continue
            written += unicodedata.lookup(f"SUNDANESE {_SUNDANESE[part]}") + stop
        out.append(written)
    return unicodedata.normalize("NFC", " ".join(out))


#: Sundanese lines (Western digits; some are written with Sundanese digits) and their
#: Indonesian: the course and its twin one figure apart, a room, a day, the welcome.
SUNDANESE_LINES = tuple(
    (sundanese(words), indonesian)
    for words, indonesian in (
        (
            "k-'u-l-'i-A-H s-s-~-t-+r s-'u-n-~-d 2104, b-n-~-d-'u-N.",
            "Kuliah Sastra Sunda 2104, di Bandung.",
        ),
        (
            "k-'u-l-'i-A-H s-s-~-t-+r s-'u-n-~-d 2105, b-n-~-d-'u-N.",
            "Kuliah Sastra Sunda 2105, di Bandung.",
        ),
        ("r-'o-h-ng-n-~ 214, j-t-'i-n-ng-'o-R.", "Ruang 214, kampus Jatinangor."),
        (
            "d-'i-n-~-t-'e-n-~ s-'e-n-'é-n-~ 8 j-'u-n-'i.",
            "Ujian hari Senin, 8 Juni.",
        ),
        ("w-'i-l-'u-j-'e-N s-'u-m-~-p-'i-N, b-s s-'u-n-~-d.", "Selamat datang, Bahasa Sunda."),
    )
)
SUNDANESE_THANKS = sundanese("h-t-'u-R n-'u-h-'u-n-~.")
SUNDANESE_LETTER = "\u1b83-\u1ba0\u1bae\u1baf\u1bba-\u1bbf"
SUNDANESE_SIGN = "\u1b80-\u1b82\u1ba1-\u1bad"
#: A Sundanese run: letters, signs, digits of either kind, with spaces and commas inside.
SUNDANESE_RUN = re.compile(
    f"[{SUNDANESE_LETTER}][{SUNDANESE_LETTER}{SUNDANESE_SIGN}\u1bb0-\u1bb9 ,0-9]*"
    f"[{SUNDANESE_LETTER}{SUNDANESE_SIGN}\u1bb0-\u1bb90-9]"
)
#: A Sundanese word (letters and their signs, up to a space).
SUNDANESE_WORD = re.compile(f"[{SUNDANESE_LETTER}][{SUNDANESE_LETTER}{SUNDANESE_SIGN}]*")
#: A Sundanese run with a digit of either kind in it.
SUNDANESE_NUMBERED = re.compile(
    f"[{SUNDANESE_LETTER}][{SUNDANESE_LETTER}{SUNDANESE_SIGN} ,]*[0-9{SUNDANESE_DIGITS}]"
)

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the Registry of Westbrook University{NBSP}🎓 for candidates’ use. "
    f"Mon 8 June  09:30  Hall B  HIST 2104 Paper 2. {SEATED}. {CANDIDATE_NUMBER}. "
    f"HIST 2105  Early Modern Empires: {NO_PREREQUISITE}, {COURSEWORK}. "
    f"Tomasz Novak, {DISTINCTION}. Braudel, ‘The Mediterranean’, 2nd edn, 2019. {EBOOK}. "
    f"👩{ZWJ}🎓 {OSAGE_LINES[0][0]} "
    f"{SUNDANESE_LINES[0][0].translate(str.maketrans('0123456789', SUNDANESE_DIGITS))}"
)
