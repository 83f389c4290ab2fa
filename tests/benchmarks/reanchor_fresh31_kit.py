"""How the thirty-first round's harbour pages are laid out, and what their families edit.

Every text is a full page as a harbour office, a coastguard, a fishing port or a sailors'
body publishes it, laid out as the twenty-third round's exports (whose readers are reused): a
title, a line under it, a lead, then sections (a week of a tide table, a forecast's issue, a
year's notices to mariners, a marina's pontoon, a stretch of coast's lights, a sale of a fish
market, a subject of a notice), each with a one-line note and items of two lines or more,
then a footer under "About this export". Table rows keep their fields apart with runs of
spaces ("C14  Sea Holly  9.8 m  Annual"). Lines recur word for word ("Spring tides",
"Sea state: Moderate or rough.", "Mariners are advised to navigate with caution.", "Vacant",
"Racon (T)", "No sale", a notice's closing line). A tide line, a wind's force, a notice's
number, a position, a berth, a light's character, a price, "m", "kn", "SW", Gujarati with its
digits and Javanese without spaces stand in every text (at least in the footer), so every
family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Stock lines that recur word for word across and inside the pages.
SPRING = "Spring tides"
NEAP = "Neap tides"
LOCAL_TIME = "* Times are local time (BST); heights are above chart datum."
CAUTION = "Mariners are advised to navigate with caution."
VACANT = "Vacant"
RACON = "Racon (T)"
NO_SALE = "No sale"
SEA_STATE = "Sea state: Moderate or rough."
WEATHER = "Weather: Rain then showers."
VISIBILITY = "Visibility: Good, occasionally poor."

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: A day's line of a tide table: "Tue 14  HW 06:12 4.3 m  18:31 4.5 m  LW 00:05 1.2 m  12:24
#: 1.1 m" (group 1 the day of the month).
TIDE_DAY = re.compile(f"^(?:{'|'.join(WEEKDAYS)}) ([0-9]{{1,2}})  HW [^\\n]+$", re.M)
#: A tide's time and height: "06:12 4.3 m" (groups: the time, the height).
TIDE = re.compile(r"\b([0-2][0-9]:[0-5][0-9]) ([0-9]\.[0-9]) m\b")
#: A force on a wind line: the "5" and the "7" of "Wind: Southwest 5 to 7".
FORCE = re.compile(r"(?<=[a-z] )[1-9](?=[ ,.])")
#: A wind line: "Wind: Southwest 5 to 7, occasionally gale 8 later."
WIND = re.compile(r"Wind: [^\n]+?\.(?=\s|$)")
#: A notice's number line: "Notice No. 14 of 2026" (group 1 the number).
NOTICE_NUMBER = re.compile(r"\bNotice No\. ([0-9]{1,2}) of 2026\b")
#: A position: "50°12.34'N 004°08.56'W".
POSITION = re.compile(r"[0-9]{2}°[0-9]{2}\.[0-9]{2}'N 00[0-9]°[0-9]{2}\.[0-9]{2}'W")
#: A berth's line: "C14  Sea Holly  9.8 m  Annual" or "C15  Vacant" (groups: the berth, what
#: stands on it).
BERTH = re.compile(
    r"\b([A-F][0-9]{1,2})  (Vacant|[A-Z][^\n]*?  [0-9]+\.[0-9] m  (?:Annual|Visitor|Winter))"
)
#: A light's character with a group of flashes: "Fl(2)", "Q(6)", "Oc(3)" (group 1 the count).
FLASH_GROUP = re.compile(r"\b(?:Fl|LFl|Q|VQ|Oc)\(([0-9])\)")
#: A fish market's price: "£6.40/kg".
PRICE = re.compile(r"£[0-9]+\.[0-9]{2}/kg")
#: A price row of a sale: "Hake  A1  £6.40/kg" or "Hake  A1  No sale" (groups: the species, the
#: grade, the price).
PRICE_ROW = re.compile(r"^([A-Z][a-z]+(?: [a-z]+)*)  ([A-E][1-3])  (£[0-9.]+/kg|No sale)$", re.M)
#: A run of spaces or a tab between a table row's fields.
FIELD_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
#: A time of a tide or a notice, as a table writes it ("06:12") or as prose does ("6.12am").
CLOCK = re.compile(
    r"(?<![0-9:.°])(?:[01][0-9]|2[0-3]):[0-5][0-9](?![0-9:])|\b1?[0-9]\.[0-5][0-9][ap]m\b"
)
#: "m" or "metres" after a figure.
METRES = re.compile(r"(?<=[0-9] )(?:m|metres)\b")
#: "kn" or "knots" after a figure.
KNOTS = re.compile(r"(?<=[0-9] )(?:kn|knots)\b")
#: A wind's direction written short or long.
DIRECTIONS = {
    "SW": "southwest",
    "NW": "northwest",
    "SE": "southeast",
    "NE": "northeast",
}
DIRECTION = re.compile(
    r"\b(?:"
    + "|".join([*DIRECTIONS, *(d.title() for d in DIRECTIONS.values()), *DIRECTIONS.values()])
    + r")\b"
)


def clock_respelt(words: str) -> str:
    """A time the other way: "06:12" as "6.12am", "18:31" as "6.31pm", and back."""
    if ":" in words:
        hour, minute = map(int, words.split(":"))
        half = "am" if hour < 12 else "pm"
        return f"{(hour - 1) % 12 + 1}.{minute:02}{half}"
    hours, minutes = words[:-2].split(".")
    hour = int(hours) % 12 + (12 if words.endswith("pm") else 0)
    return f"{hour:02}:{minutes}"


def direction_respelt(words: str) -> str:
    """A direction the other way: "SW" as "southwest" and back ("Southwest" as "SW")."""
    if words in DIRECTIONS:
        return DIRECTIONS[words]
    return next(short for short, long in DIRECTIONS.items() if long == words.lower())


# -- Gujarati ------------------------------------------------------------------------------------

GUJARATI_DIGITS = "૦૧૨૩૪૫૬૭૮૯"
#: A line with Gujarati letters in it.
GUJARATI_LINE = re.compile(r"^[^\n]*[\u0a85-\u0ab9][^\n]*$", re.M)
#: A digit of either kind.
ANY_DIGIT = re.compile(f"[0-9{GUJARATI_DIGITS}]")


def gujarati_digits(words: str) -> str:
    """Western digits written as Gujarati ones."""
    return words.translate(str.maketrans("0123456789", GUJARATI_DIGITS))


def digit_switched(digit: str) -> str:
    """A digit as the other kind writes it: Western as Gujarati, Gujarati as Western."""
    if digit in GUJARATI_DIGITS:
        return str(GUJARATI_DIGITS.index(digit))
    return GUJARATI_DIGITS[int(digit)]


# -- Javanese ------------------------------------------------------------------------------------

PANGKON = "\ua9c0"
PADA_LINGSA = "\ua9c8"
PADA_LUNGSI = "\ua9c9"
JAVANESE_DIGITS = "".join(chr(0xA9D0 + n) for n in range(10))
#: Javanese script (letters, signs, digits, padas), with spaces inside.
JAVANESE = re.compile(r"[\ua980-\ua9df][\ua980-\ua9df ,.0-9]*[\ua980-\ua9df.,]")
#: The padas as Latin marks, and back.
PADAS = {PADA_LINGSA: ",", PADA_LUNGSI: "."}
#: A pada, or a Latin comma or full stop right after a Javanese letter or sign.
PADA_MARK = re.compile(f"[{PADA_LINGSA}{PADA_LUNGSI}]|(?<=[\ua980-\ua9c0\ua9d0-\ua9d9])[,.]")


def javanese_digits(words: str) -> str:
    """Western digits written as Javanese ones."""
    return words.translate(str.maketrans("0123456789", JAVANESE_DIGITS))


def pada_switched(mark: str) -> str:
    """A pada as the Latin mark a converter writes, or a Latin mark as the pada."""
    if mark in PADAS:
        return PADAS[mark]
    return next(pada for pada, latin in PADAS.items() if latin == mark)


#: Javanese clauses as words (the page writes most without spaces between them): "the
#: harbour is closed tomorrow", "boats may not go out", "the fish auction starts at six",
#: "members gather at the cooperative's hall", "pay your dues this month", "thank you".
JAVANESE_CLAUSES = (
    ("ꦥꦭꦧꦸꦲꦤ꧀", "ꦢꦶꦠꦸꦠꦸꦥ꧀", "ꦱꦺꦴꦏ꧀"),
    ("ꦥꦿꦲꦸ", "ꦲꦩ꧀ꦧꦸꦠꦺ", "ꦫꦺꦴꦱ꧀", "ꦩꦭꦪꦂ"),
    ("ꦭꦺꦭꦁ", "ꦲꦶꦮꦏ꧀", "ꦢꦶꦮꦶꦮꦶꦠꦶ", "ꦗꦩ꧀"),
    ("ꦥꦫꦲꦁꦒꦺꦴꦠ", "ꦏꦸꦩ꧀ꦥꦸꦭ꧀", "ꦲꦶꦁ", "ꦧꦭꦻ", "ꦏꦺꦴꦥꦼꦫꦱꦶ"),
    ("ꦩꦁꦒꦺ", "ꦧꦪꦂ", "ꦥꦸꦤꦺꦴꦤ꧀", "ꦱꦱꦶ", "ꦧꦶꦏꦸ"),
    ("ꦩꦠꦸꦂ", "ꦤꦸꦮꦸꦤ꧀", "ꦱꦲꦺꦴꦁꦒ"),
)


def joined(words: tuple[str, ...]) -> str:
    """A Javanese clause as the script is written: no spaces between its words."""
    return "".join(words)


#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark) and one of each thing the families edit.
STOCK = (
    f"Published by the Porthallow Harbour Office{NBSP}⚓ for mariners’ use. "
    "Tue 14  HW 06:12 4.3 m  18:31 4.5 m. Wind: SW 5 to 7, occasionally gale 8 later. "
    "Notice No. 14 of 2026 at 50°12.34'N 004°08.56'W. C14  Sea Holly  9.8 m  Annual. "
    f"Fl(2) W 10s 12M, {RACON}. Hake  A1  £6.40/kg; {NO_SALE}. Tidal stream 2.1 kn. "
    f"🧑{ZWJ}✈️ બંદર સવારે ૬ વાગ્યે ખુલશે. {joined(JAVANESE_CLAUSES[0])}{PADA_LUNGSI}"
)
