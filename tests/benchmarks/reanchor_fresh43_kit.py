"""How the forty-third round's concert-hall pages are laid out, and what the families edit.

Every text is a full page as a concert hall, its orchestra and a community choir publish it,
laid out as the twenty-third round's exports (whose readers are reused): a title, a line under
it, a lead, then sections (a concert of the programme, a week of the rehearsal schedule, a
section of the orchestra, a zone of the price list, a work's programme notes, a borrower of the
music library, a row of the choir's seating plan, a part of a bilingual notice), each with a
one-line note and items of two lines or more, then a footer under "About this export". Lines
recur word for word ("Tue 14 Oct  19:30–22:00  Full orchestra  Hall B", "II. Adagio", "Student
£15.80", "On loan"), with twins one figure or one letter apart (durations "c. 24'" and "c. 42'",
calls "19:30–22:00" and "18:30–22:00", prices "£18.50" and "£15.80", catalogue numbers
"ML-2041" and "ML-2014", players "Anna Kowalska" and "Anna Kowalski"). A work, a soloist, a
call, a desk, a price, a loan, the motto theme, Buginese with its vowel signs and Buhid with its
vowel signs stand in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Lines and words that recur word for word.
FULL_CALL = "Tue 14 Oct  19:30–22:00  Full orchestra  Hall B"
ON_LOAN = "On loan"
RETURNED = "Returned"
ADAGIO = "II. Adagio"
#: The motto theme the programme notes quote again and again.
MOTTO = "“frei aber froh”, F–A–F"

# -- people --------------------------------------------------------------------------------------

#: Players, soloists and singers, some one letter apart ("Anna Kowalska", "Anna Kowalski").
PEOPLE = (
    "Anna Kowalska",
    "Anna Kowalski",
    "Tomas Berg",
    "Tomas Borg",
    "Ines Duarte",
    "Ines Duarde",
    "Kofi Mensah",
    "Kofi Mensa",
    "Lena Hoffmann",
    "Lena Hofmann",
    "Sam Okoro",
    "Ruth Adler",
)
#: A person's name (group 1 the first name, group 2 the surname).
PERSON = re.compile(
    r"\b("
    + "|".join(sorted({name.split()[0] for name in PEOPLE}))
    + r") ("
    + "|".join(sorted({name.split()[1] for name in PEOPLE}, key=len, reverse=True))
    + r")\b"
)

# -- the programme -------------------------------------------------------------------------------

#: A work's head line: "Brahms  Symphony No. 2 in D major, Op. 73  c. 42'" (group 1 the
#: minutes).
WORK_HEAD = re.compile(r"^[A-Z][^\n]*?  [A-Z][^\n]*?  c\. ([0-9]{1,2})'$", re.M)
#: A duration: "c. 42'" (group 1 the minutes).
DURATION = re.compile(r"\bc\. ([0-9]{1,2})'")
#: A movement's line: "II. Adagio" (group 1 the numeral).
MOVEMENT = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII)\. [A-Z][^\n]*$", re.M)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
#: A soloist: "Soloist: Anna Kowalska, violin" (group 1 the name, group 4 the instrument).
SOLOIST = re.compile(rf"Soloist: ({PERSON.pattern}), ([a-z]+)")

# -- the rehearsal schedule ----------------------------------------------------------------------

#: A call: "Tue 14 Oct  19:30–22:00  Full orchestra  Hall B" (group 1 the day and date, group
#: 2 the start, group 3 the end, group 4 who is called, group 5 the room).
CALL = re.compile(
    r"^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [0-9]{1,2} (?:Oct|Nov))  ([0-9]{2}:[0-9]{2})–"
    r"([0-9]{2}:[0-9]{2})  ([A-Z][^\n]*?)  ((?:Hall|Studio) [A-Z0-9])$",
    re.M,
)
#: A call's times wherever a call stands (after its date): "19:30–22:00" (group 1 the start,
#: group 2 the end).
CALL_TIMES = re.compile(r"(?<=Oct  |Nov  )([0-9]{2}:[0-9]{2})–([0-9]{2}:[0-9]{2})(?![0-9:])")

# -- the player list -----------------------------------------------------------------------------

#: A player's seat: "Desk 3  Inside  Tomas Berg" (group 1 the desk, group 2 the side, group 3
#: the name).
DESK_LINE = re.compile(rf"^Desk ([0-9])  (Outside|Inside)  ({PERSON.pattern})$", re.M)

# -- the box office ------------------------------------------------------------------------------

#: A price: "£18.50" (group 1 the pounds, group 2 the pence).
PRICE = re.compile(r"£([0-9]{1,3})\.([0-9]{2})\b")
#: A concession's line: "Student  £15.80".
PRICE_LINE = re.compile(r"^[A-Z][^\n£]*  £[0-9]{1,3}\.[0-9]{2}$", re.M)

# -- the music library ---------------------------------------------------------------------------

#: A catalogue number: "ML-2041" (group 1 the figures).
CATALOGUE = re.compile(r"\bML-([0-9]{4})\b")
#: A loan wherever it stands: "ML-2041  Brahms, Symphony No. 2, parts  On loan" (group 1 the
#: number, group 2 the status).
LOAN = re.compile(r"\bML-[0-9]{4}  [^\n]*?  (On loan|Returned)\b")
#: A loan's line whole.
LOAN_LINE = re.compile(r"^ML-[0-9]{4}  [^\n]*?  (?:On loan|Returned)$", re.M)

# -- the seating plan ----------------------------------------------------------------------------

#: A singer's seat: "Seat 4  Maria Santos  Soprano 1".
SEAT_LINE = re.compile(r"^Seat [0-9]{1,2}  [^\n]+  (?:Soprano|Alto|Tenor|Bass) [12]$", re.M)

# -- Buginese (Lontara, South Sulawesi) ----------------------------------------------------------

BUGINESE_I = "\u1a17"
BUGINESE_U = "\u1a18"
BUGINESE_E = "\u1a19"
BUGINESE_O = "\u1a1a"
BUGINESE_PALLAWA = "\u1a1e"
BUGINESE_END = "\u1a1f"
_BUGINESE_SIGNS = {"_i": "I", "_u": "U", "_e": "E", "_o": "O", "_ae": "AE"}


def _written(
    words: str, script: str, signs: dict[str, str], stops: dict[str, str], letter: str
) -> str:
    """Words of ``script`` written from names joined by "." ("ba._u" a letter and its vowel
    sign after "_"), words by spaces; figures, dashes and colons as they are, a word's
    closing "." or "!" as ``stops`` gives it, "," as it is."""
    out: list[str] = []
    for word in words.split(" "):
        stop = word[-1] if word[-1] in ",.!" and len(word) > 1 else ""
        written = ""
        for part in (word[:-1] if stop else word).split("."):
            if not any(c.isalpha() for c in part):
                written += part
            elif part in signs:
                written += unicodedata.lookup(f"{script} VOWEL SIGN {signs[part]}")
            else:
                written += unicodedata.lookup(f"{script} LETTER {letter_name(part, letter)}")
        out.append(written + ({",": ","} | stops).get(stop, ""))
    return unicodedata.normalize("NFC", " ".join(out))


def letter_name(part: str, letter: str) -> str:
    """A letter's Unicode name from its short name ("wa" is Buginese VA)."""
    return letter if part == "wa" and letter == "VA" else part.upper()


def buginese(words: str) -> str:
    """Buginese written from names ("ma.pa.ca._i" is mappacci: Lontara leaves out final and
    doubled consonants); figures as they are (Western), a closing "." as the pallawa, "!" as
    the end of section."""
    stops = {".": BUGINESE_PALLAWA, "!": BUGINESE_END}
    return _written(words, "BUGINESE", _BUGINESE_SIGNS, stops, "VA")


#: Buginese lines and their Indonesian: the mappacci evening and its twin one figure apart,
#: the kecapi player, the drums and flute, the guests (Watampone, Sengkang, Bulukumba,
#: Parepare).
BUGINESE_LINES = tuple(
    (buginese(words), indonesian)
    for words, indonesian in (
        (
            "ma.pa.ca._i 19:00–22:00, wa.ta.pa._o.na._e.",
            "Mappacci pukul 19:00 sampai 22:00, Watampone.",
        ),
        (
            "ma.pa.ca._i 19:00–23:00, wa.ta.pa._o.na._e.",
            "Mappacci pukul 19:00 sampai 23:00, Watampone.",
        ),
        (
            "pa.ka._e.ca.pa._i 20:00, sa._e.ngka.ka.",
            "Pemain kecapi tampil pukul 20:00, Sengkang.",
        ),
        (
            "ga.nra.ra sa._u.la._i, ba._u.la._u.ka._u.mpa.",
            "Gendang dan suling, Bulukumba.",
        ),
        (
            "ta.ma._u ra._i.ta.ra._i.ma ra._i.ba.la._o, pa.ra._e.pa.ra._e.",
            "Tamu diterima di balai, Parepare.",
        ),
    )
)
BUGINESE_THANKS = buginese("ta._e.ra._i.ma ka.sa._i!")
BUGINESE_LETTER = "\u1a00-\u1a16"
BUGINESE_MARK = "\u1a17-\u1a1b"
#: A Buginese run: letters, marks and the pallawa, with spaces, commas, colons, dashes and
#: figures inside.
BUGINESE_RUN = re.compile(
    f"[{BUGINESE_LETTER}][{BUGINESE_LETTER}{BUGINESE_MARK}{BUGINESE_PALLAWA}{BUGINESE_END}"
    f" ,:–0-9]*[{BUGINESE_LETTER}{BUGINESE_MARK}{BUGINESE_PALLAWA}{BUGINESE_END}0-9]"
)
#: A Buginese word (letters and their marks, up to a space, a figure or a stop).
BUGINESE_WORD = re.compile(f"[{BUGINESE_LETTER}][{BUGINESE_LETTER}{BUGINESE_MARK}]*")

# -- Buhid (Mindoro, Philippines) ----------------------------------------------------------------

BUHID_I = "\u1752"
BUHID_U = "\u1753"
#: The Philippine single and double punctuation Buhid writers use.
BUHID_SINGLE = "\u1735"
BUHID_DOUBLE = "\u1736"


def buhid(words: str) -> str:
    """Buhid written from names ("ka._u.ra._u" is koro: the script leaves out final
    consonants, e is written with the i sign and o with the u sign); the vowel letters "A",
    "I", "U"; figures as they are (Western), a closing "." as the single punctuation, "!" as
    the double."""
    stops = {".": BUHID_SINGLE, "!": BUHID_DOUBLE}
    return _written(words, "BUHID", {"_i": "I", "_u": "U"}, stops, "WA")


#: Buhid lines and their Filipino: the choir's practice and its twin one figure apart, the
#: sopranos and altos, the tenors and basses, the songbooks (Bongabong, Roxas, Mansalay,
#: Pinamalayan).
BUHID_LINES = tuple(
    (buhid(words), filipino)
    for words, filipino in (
        (
            "pa.sa.sa.na ka._u.ra._u 18:00–20:00, ba._u.ga.ba._u.",
            "Ensayo ng koro mula 18:00 hanggang 20:00, Bongabong.",
        ),
        (
            "pa.sa.sa.na ka._u.ra._u 18:00–21:00, ba._u.ga.ba._u.",
            "Ensayo ng koro mula 18:00 hanggang 21:00, Bongabong.",
        ),
        (
            "sa._u.pa.ra.na._u ta A.la._u 17:30, ra._u.ha.sa.",
            "Soprano at Alto, 17:30, Roxas.",
        ),
        (
            "ta._i.na._u.ra ta ba.sa 19:00, ma.na.sa.la.",
            "Tenor at Bass, 19:00, Mansalay.",
        ),
        (
            "da.la.ha._i.na A.ka.la.ta ka.ta.ga.la, pa._i.na.ma.la.ya.na.",
            "Dalhin ang aklat ng awit, Pinamalayan.",
        ),
    )
)
BUHID_THANKS = buhid("sa.la.ma.ta!")
BUHID_LETTER = "\u1740-\u1751"
BUHID_MARK = "\u1752\u1753"
#: A Buhid run: letters, marks and the punctuation, with spaces, commas, colons, dashes and
#: figures inside.
BUHID_RUN = re.compile(
    f"[{BUHID_LETTER}][{BUHID_LETTER}{BUHID_MARK}{BUHID_SINGLE}{BUHID_DOUBLE} ,:–0-9]*"
    f"[{BUHID_LETTER}{BUHID_MARK}{BUHID_SINGLE}{BUHID_DOUBLE}0-9]"
)
#: A Buhid word (letters and their marks, up to a space, a figure or a stop).
BUHID_WORD = re.compile(f"[{BUHID_LETTER}][{BUHID_LETTER}{BUHID_MARK}]*")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the Hall’s concerts office{NBSP}🎻 for audiences and players. "
    "Brahms  Symphony No. 2 in D major, Op. 73  c. 42'. Soloist: Anna Kowalska, violin. "
    f"{FULL_CALL}. Desk 3  Inside  Tomas Berg. Student  £15.80. "
    f"ML-2041  Brahms, Symphony No. 2, parts  {ON_LOAN}. The horns’ motto, {MOTTO}. "
    f"👩{ZWJ}🎤 {BUGINESE_LINES[0][0]} {BUHID_LINES[0][0]}"
)
