"""How the twenty-ninth round's workplace pages are laid out, and what their families edit.

Every text is a full page as an employer's intranet exports it, laid out as the twenty-third
round's exports (whose readers are reused): a title, a line under it, a lead, then sections
(a part of a staff handbook, a week of a rota, a part of a safety data sheet, a stage of a
procedure, a machine's log, a part of a job advert, a subject of a notice), each with a
one-line note and items of two lines or more, then a footer under "About this export".
Lines recur word for word ("Speak to your line manager first.", "Day off", "No data
available.", "Check that the guard is closed.", "Checked — no fault found.", the
equal-opportunities paragraph, a notice's closing line). An "Effective from" date, an
entitlement, a rota line, a hazard statement, a pH, a "repeat steps" reference, a salary
band, a closing date, "e-mail", "per cent", a 24-hour time, Sinhala with and without its
joiners, and syllabics with a dotted long vowel and an ai-series letter stand in every text
(at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: The date a policy or a data sheet takes effect: "Effective from 1 April 2026".
EFFECTIVE = re.compile(r"(?<=Effective from )[0-9]{1,2} (?:March|April|May|June) 2026")
#: An entitlement's figure of days: the "25" of "25 days' paid holiday".
ENTITLEMENT = re.compile(r"\b[0-9]{1,2}(?= days\b)")
#: A section's heading: "Section 4 — Annual leave".
SECTION_HEADING = re.compile(r"^Section ([0-9]{1,2})(?= — )", re.MULTILINE)
#: A sub-section's number at the start of its head line: "4.1 ".
SUB_SECTION = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})(?= )", re.MULTILINE)
#: A cross-reference: "see section 4.1".
SECTION_REFERENCE = re.compile(r"(?<=[Ss]ee section )([0-9]{1,2})\.([0-9]{1,2})")
#: A rota line: "Mon 07:00–15:00 Early — A. Okafor" (day, shift, name).
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SHIFTS = ("07:00–15:00 Early", "08:00–16:00 Early", "15:00–23:00 Late", "23:00–07:00 Night")
DAY_OFF, ON_CALL = "Day off", "On call"
STAFF = ("A. Okafor", "A. Okoro", "J. Lind", "J. Lund", "M. Reyes", "T. Byrne", "S. Patel")
ROTA_LINE = re.compile(
    f"\\b({'|'.join(DAYS)}) ({'|'.join([*SHIFTS, DAY_OFF, ON_CALL])}) — ({'|'.join(STAFF)})"
)
#: A hazard or precaution statement's code: "H315", "P305+P351+P338".
HAZARD_CODE = re.compile(r"\b[HP][0-9]{3}(?:\+P[0-9]{3})*\b")
#: A hazard statement's line: "H315 Causes skin irritation.".
HAZARD_LINE = re.compile(r"^H[0-9]{3} [^\n]+$", re.MULTILINE)
NO_DATA = "No data available."
#: A data sheet's figure: a pH, a flash point, an exposure limit, a density.
SHEET_FIGURE = re.compile(
    r"(?<=pH )[0-9]{1,2}\.[0-9]|(?<=Flash point: )[0-9]{2,3}(?= °C)"
    r"|(?<=limit: )[0-9]{1,2}(?= mg/m³)|(?<=density: )[0-9]\.[0-9]{2}"
)
#: A step's number, in its head line or a reference: "Step 4", "repeat steps 4 to 6".
STEP_NUMBER = re.compile(r"\b[Ss]teps? ([0-9]{1,2})(?: (?:to|and) ([0-9]{1,2}))?")
#: A step's head line: "Step 4 — Close the guard".
STEP_HEAD = re.compile(r"^Step ([0-9]{1,2}) — ", re.MULTILINE)
CAUTION = re.compile(r"^CAUTION: [^\n]+$", re.MULTILINE)
GUARD = "Check that the guard is closed."
#: A log entry's head line: "03/02/2026 · 1,204 h" (day, month).
ENTRY_HEAD = re.compile(r"^([0-9]{2})/([0-9]{2})/2026 · ", re.MULTILINE)
STRUCK = "Struck: "
CHECKED = "Checked — no fault found."
#: A part number: "HF-2041-B" (one character from its twins).
PART = re.compile(r"\b[A-Z]{2}-[0-9]{4}-[A-Z0-9]\b")
#: A meter reading: "1,204 h", "48,310 miles".
READING = re.compile(r"\b[0-9]{1,3},[0-9]{3} (?:h|miles)\b")
#: A salary band: "£28,500–£31,000".
SALARY = re.compile(r"£[0-9]{2},[0-9]{3}–£[0-9]{2},[0-9]{3}")
#: A closing date: "Closing date: 20 March 2026".
CLOSING = re.compile(r"(?<=Closing date: )[0-9]{1,2} (?:March|April) 2026")
BULLET = "• "
#: "e-mail" or "email", with a capital or not.
EMAIL = re.compile(r"\b[Ee]-?mail\b")
#: "per cent" after a figure, or "%".
PER_CENT = re.compile(r"(?<=[0-9])(?: per cent|%)")
#: A time on the hour, 24-hour ("07:00") or with am and pm ("7am").
HOUR = re.compile(
    r"(?<![0-9:])(?:[01][0-9]|2[0-3]):00(?![0-9:])|(?<![0-9:])(?:1[0-2]|[1-9])[ap]m\b"
)
#: Thousands of pounds written out or short: "£28,500" or "£28.5k", "£31,000" or "£31k".
THOUSANDS = re.compile(r"£[0-9]{2},[0-9]00\b|£[0-9]{2}(?:\.[0-9])?k\b")

#: Sinhala letters, signs and digits, with joiners and spaces inside.
SINHALA = re.compile(r"[\u0d80-\u0dff][\u0d80-\u0dff\u200d 0-9-]*[\u0d80-\u0dff]")
AL_LAKUNA = "\u0dca"
#: A yansaya or rakaransaya (a consonant's al-lakuna, with a joiner after it or not, before ය
#: or ර), or a touching letter (ද or න, a joiner or not, then the al-lakuna before ධ or ද).
SINHALA_MARK = re.compile(
    f"(?<=[\u0d9a-\u0dc6])(?P<below>{AL_LAKUNA}{ZWJ}?)(?=[යර])"
    f"|(?<=[දන])(?P<touching>{ZWJ}?{AL_LAKUNA})(?=[ධද])"
)
#: Canadian syllabics (letters, finals) with spaces, digits and hyphens inside.
SYLLABICS = re.compile(r"[\u1400-\u167f][\u1400-\u167f 0-9:-]*[\u1400-\u167f]")
#: Each long vowel with the dot and the same vowel written twice (ᐄ and ᐃᐃ, ᑮ and ᑭᐃ).
_SERIES = ("", "P", "T", "K", "M", "N", "S", "L", "Y")
LONG_VOWELS = {
    unicodedata.lookup(f"CANADIAN SYLLABICS {c}{v}{v}"): (
        unicodedata.lookup(f"CANADIAN SYLLABICS {c}{v}")
        + unicodedata.lookup(f"CANADIAN SYLLABICS {v}")
    )
    for c in _SERIES
    for v in ("I", "O", "A")
}
#: Each letter of the old ai-series and its reformed spelling (ᒣ and ᒪᐃ).
AI_SERIES = {
    unicodedata.lookup(f"CANADIAN SYLLABICS {c}E"): (
        unicodedata.lookup(f"CANADIAN SYLLABICS {c}A") + unicodedata.lookup("CANADIAN SYLLABICS I")
    )
    for c in _SERIES
}
SPELT_OUT = {
    **{two: one for one, two in LONG_VOWELS.items()},
    **{two: one for one, two in AI_SERIES.items()},
}
#: What one side's normalising touches in syllabics: a dotted long vowel or an ai-series
#: letter, or their spellings with two letters.
SYLLABICS_MARK = re.compile(
    f"[{''.join(LONG_VOWELS)}{''.join(AI_SERIES)}]|{'|'.join(sorted(SPELT_OUT, key=len))}"
)
#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark) and one of each thing the families edit.
STOCK = (
    f"Sent from the people team’s intranet{NBSP}📋, Effective from 1 April 2026: 25 days' "
    "paid holiday (see section 4.1); Mon 07:00–15:00 Early — A. Okafor; H315 Causes skin "
    f"irritation. pH 11.5; repeat steps 4 to 6; {CHECKED} £28,500–£31,000, Closing date: 20 "
    f"March 2026, by e-mail, 5 per cent. 👷{ZWJ}♀️ ප්{ZWJ}රථමාධාර ව්යාපාරය. ᖁᔭᓐᓇᒦᒃ ᒪᐃ 15."
)


def sinhala_switched(mark: re.Match[str]) -> str:
    """One :data:`SINHALA_MARK` written the other way: its joiner dropped, or one added (after
    the al-lakuna of a yansaya or rakaransaya, before it for touching letters)."""
    if ZWJ in mark[0]:
        return AL_LAKUNA
    return f"{AL_LAKUNA}{ZWJ}" if mark["below"] else f"{ZWJ}{AL_LAKUNA}"


def syllabics_switched(mark: str) -> str:
    """One :data:`SYLLABICS_MARK` written the other way: a dotted long vowel as the vowel
    written twice, an ai-series letter as its reformed spelling, or back."""
    return LONG_VOWELS.get(mark) or AI_SERIES.get(mark) or SPELT_OUT[mark]


def old_syllabics(words: str) -> str:
    """Syllabics as an older hand writes them: "ai" in the ai-series, long vowels twice."""
    for old, reformed in AI_SERIES.items():
        words = words.replace(reformed, old)
    for dotted, twice in LONG_VOWELS.items():
        words = words.replace(dotted, twice)
    return words
