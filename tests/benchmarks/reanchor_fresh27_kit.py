"""How the twenty-seventh round's public-service pages are laid out, and what their families edit.

Every text is a full page as a public service's site exports it, laid out as the
twenty-third round's exports (whose readers are reused): a title, a line under it, a lead,
then sections (a sector of a situation report, a part of a case table, a line of travel, an
area's schools, a part of the day's departures, a region's outages, a notice's subject),
each with a one-line note and items of two lines or more, then a footer under "About this
export". Lines recur word for word ("No change since the last report.", "Please check
before you travel.", "Status: Closed", "Engineers on site", "Restored", a notice's closing
line). A report number, an "As of" time, key figures, a case row, a status, a gate, straight
quotes, "per cent", N'Ko digits and tone marks, and Balinese digits and zero-width spaces
stand in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWJ, ZWSP

ZWNJ = "\u200c"
#: A situation report's number: "Situation Report No. 7".
REPORT_NUMBER = re.compile(r"(?<=Situation Report No\. )[0-9]+")
#: The time a report or a page stands at: "As of 06:00", "as of 06:00".
AS_OF = re.compile(r"(?<=[Aa]s of )[0-9]{2}:[0-9]{2}")
#: A key figure: a count written with a thousands comma ("12,400").
KEY_FIGURE = re.compile(r"(?<![0-9,])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9,])")
#: A row of a table of cases: "North Riverside — New cases 12 · Total 148 · Deaths 2".
CASE_ROW = re.compile(
    r"^([^\n—]+) — New cases ([0-9]+) · Total ([0-9]+) · Deaths ([0-9]+)$", re.MULTILINE
)
#: A timestamped update's head: "Update 14:05: ".
UPDATE = re.compile(r"^Update ([0-9]{2}):([0-9]{2}): ", re.MULTILINE)
#: A school's, a flight's or an area's status, as the pages write it.
STATUS = re.compile(
    r"(?<=Status: )(?:Closed|Open|Late opening 10:00|Early closing 13:00)"
    r"|\b(?:Delayed|Boarding|Gate closing|On time|Departed)\b"
)
#: What a status is changed to, by what it was.
NEXT_STATUS = {
    "Closed": ("Open", "Late opening 10:00"),
    "Open": ("Closed", "Early closing 13:00"),
    "Late opening 10:00": ("Open", "Closed"),
    "Early closing 13:00": ("Closed", "Open"),
    "Delayed": ("Boarding", "Gate closing"),
    "Boarding": ("Gate closing", "Departed"),
    "Gate closing": ("Departed",),
    "On time": ("Delayed", "Boarding"),
    "Departed": ("Departed",),
}
#: A departure gate: "Gate 12".
GATE = re.compile(r"(?<=Gate )[0-9]{1,2}\b")
#: A flight number: "BA 2471".
FLIGHT = re.compile(r"\b[A-Z]{2} [0-9]{3,4}\b")
#: An area's line on an outage page: "Area: Millbrook East (MB4 3)".
AREA = re.compile(r"^Area: ([^\n(]+) \(([^\n)]+)\)$", re.MULTILINE)
#: A postcode district: "MB4 3".
POSTCODE = re.compile(r"\b[A-Z]{2}[0-9] [0-9]\b")
#: A clock time: "18:00".
CLOCK = re.compile(r"(?<![0-9:])[0-9]{2}:[0-9]{2}(?![0-9:])")
#: "per cent" after a figure, or "%" (a copy editor writes one as the other).
PER_CENT = re.compile(r"(?<=[0-9])(?: per cent|%)")

#: N'Ko script: letters, digits, tone marks, the nasalisation mark, its punctuation.
NKO = re.compile(r"[\u07c0-\u07ff][\u07c0-\u07ff \u200b]*[\u07c0-\u07ff]")
NKO_DIGITS = "߀߁߂߃߄߅߆߇߈߉"
#: Two tone marks after one letter (both of combining class 230, so either order is
#: canonical): an input method may type them the other way round.
TONE_PAIR = re.compile("[\u07eb-\u07f1\u07f3]{2}")
#: What one side's normalising touches in N'Ko text: its digits, a pair of tone marks.
NKO_MARK = re.compile(f"[{NKO_DIGITS}]|{TONE_PAIR.pattern}")
#: Balinese script (letters, signs, digits, the carik) with zero-width characters inside.
BALINESE = re.compile(r"[\u1b00-\u1b7f][\u1b00-\u1b7f\u200b\u200c ]*[\u1b00-\u1b7f]")
BALINESE_DIGITS = "᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙"
ADEG_ADEG, CARIK, CARIK_PARERON = "\u1b44", "\u1b5e", "\u1b5f"
#: What one side's normalising touches in Balinese text: digits, zero-width space, non-joiner.
BALINESE_MARK = re.compile(f"[{BALINESE_DIGITS}{ZWSP}{ZWNJ}]")
#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark, a soft hyphen, a zero-width space) and one of
#: each thing the families edit, so that every text holds them.
STOCK = (
    f"Archived by the duty officer’s tool{NBSP}🚨 from Situation Report No. 7, As of 06:00 "
    f"👩{ZWJ}🚒: 12,400 people displaced, 38 per cent of shelters full - checked "
    f'"twice". Status: Closed; BA 2471 Gate 12 Delayed. Names keep their marks (Ségou, '
    f"Kɔ́nɔ), and long words may break at a soft hy{SHY}phen. Notices: ߘߊ߬ߕߎ߬ߜߎ ߞߊ߬߳ ߂߁ ߟߊ߫. "
    f"ᬲᬾᬓᭀᬮᬄ{ZWSP}ᬤᬶᬢᬸᬢᬸᬧ᭄ ᭑᭒᭟"
)


def nko_digits(words: str) -> str:
    """Western digits written as N'Ko ones."""
    return "".join(NKO_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in words)


def balinese_digits(words: str) -> str:
    """Western digits written as Balinese ones."""
    return "".join(BALINESE_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in words)


def nko_normal(mark: str) -> str:
    """What normalising writes for one :data:`NKO_MARK`: an N'Ko digit as a Western one, two
    tone marks in the input method's order (the other way round)."""
    if mark in NKO_DIGITS:
        return str(NKO_DIGITS.index(mark))
    return mark[::-1]


def balinese_normal(mark: str) -> str:
    """What normalising writes for one :data:`BALINESE_MARK`: a Balinese digit as a Western
    one, a zero-width space or non-joiner as nothing."""
    if mark in BALINESE_DIGITS:
        return str(BALINESE_DIGITS.index(mark))
    return ""
