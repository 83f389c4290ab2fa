"""How the thirty-sixth round's mountain, weather and hazard pages are laid out, and what the
families edit.

Every text is a full page as a mountain, weather or hazard service publishes it, laid out as
the twenty-third round's exports (whose readers are reused): a title, a line under it, a lead,
then sections (a region of an avalanche bulletin, a day of a rescue team's log, a valley's
huts, a region's passes, a region's weather warnings, a subject of a notice), each with a
one-line note and items of two lines or more, then a footer under "About this export". Table
rows keep their fields apart with two spaces ("Above 2,200 m  N, NE, E, NW", "Sat 14 Feb
Full"). Lines recur word for word ("Danger level 3 (considerable)", "Wind slab", "Casualty
evacuated by helicopter", "Stood down", "Sat 14 Feb  Full", "Winter room only", "Closed
(snow)", "Chains required", "Travel disruption is likely."), with twins one figure, one digit
or one letter apart. A danger level, a call-out, a hut's day, a pass, a warning, Lepcha and
Limbu stand in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ
from tests.benchmarks.reanchor_fresh31_kit import WEEKDAYS

#: Stock lines that recur word for word across and inside the pages.
DANGER_3 = "Danger level 3 (considerable)"
WIND_SLAB = "Wind slab"
HELICOPTER = "Casualty evacuated by helicopter"
STOOD_DOWN = "Stood down"
FULL = "Full"
WINTER_ROOM = "Winter room only"
CLOSED_SNOW = "Closed (snow)"
CHAINS = "Chains required"
OPEN = "Open"
YELLOW_WIND = "Yellow warning of wind"
AMBER_WIND = "Amber warning of wind"
DISRUPTION = "Travel disruption is likely."
MINUS = "\u2212"

# -- an avalanche bulletin ------------------------------------------------------------------------

#: The danger scale's levels, as a bulletin writes them after "Danger level ".
LEVELS = ("1 (low)", "2 (moderate)", "3 (considerable)", "4 (high)", "5 (very high)")
#: A danger line: "Danger level 3 (considerable)" (group 1 the figure, group 2 the word).
DANGER_LINE = re.compile(
    r"^Danger level ([1-5]) \((low|moderate|considerable|high|very high)\)$", re.M
)
#: The avalanche problems a bulletin names on a line of their own.
PROBLEMS = ("Wind slab", "Persistent weak layer", "Wet snow", "New snow", "Gliding snow")
PROBLEM_LINE = re.compile(r"^(?:" + "|".join(PROBLEMS) + r")$", re.M)
#: The aspects clockwise from north.
ASPECTS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
_ASPECT = "(?:NE|NW|SE|SW|N|E|S|W)"
#: An altitude band and its aspects: "Above 2,200 m  N, NE, E, NW" (group 1 the aspects).
BAND_LINE = re.compile(rf"^(?:Above|Below) [0-9],[0-9]00 m  ({_ASPECT}(?:, {_ASPECT})*)$", re.M)
ASPECT = re.compile(rf"\b{_ASPECT}\b")
#: An elevation: "2,200 m" (what a converter writes in feet).
ELEVATION = re.compile(r"\b[0-9],[0-9]{3} m\b")
#: A band's elevation after "Above" or "Below": the figures a reissue moves by 200 m.
BAND_ELEVATION = re.compile(r"(?<=^Above |^Below )[0-9],[0-9]00(?= m)", re.M)
#: A temperature: "−6 °C" (a minus sign or none), and as converters and editors write it.
TEMPERATURE = re.compile(r"(?:\u2212|-)?[0-9]{1,2} ?(?:°|º) ?C\b")
DEGREES = re.compile(r"(?<=[0-9])(?: °C|°C|ºC|° C)")

# -- a rescue team's call-out log -----------------------------------------------------------------

#: A call-out's first line: "Call-out 026  10:42  NY 2154 0832  Broad Crag" (group 1 its
#: number).
CALL_HEAD = re.compile(
    r"^Call-out ([0-9]{3})  [0-2][0-9]:[0-5][0-9]  (?:NY|SD) [0-9]{4} [0-9]{4}  [^\n]+$", re.M
)
#: An eight-figure grid reference: "NY 2154 0832".
GRID = re.compile(r"\b(?:NY|SD) [0-9]{4} [0-9]{4}\b")
#: The time a team was paged, in a call-out's first line.
PAGED = re.compile(r"(?<=  )[0-2][0-9]:[0-5][0-9](?=  )")
#: How a call-out ended, on a line of its own.
OUTCOMES = (
    HELICOPTER,
    HELICOPTER,
    "Casualty walked off with team",
    "Casualty stretchered to road",
    "False alarm with good intent",
)
OUTCOME_LINE = re.compile(
    r"^(?:" + "|".join(re.escape(o) for o in dict.fromkeys(OUTCOMES)) + r")$", re.M
)

# -- a hut warden's booking and closure list -------------------------------------------------------

#: A hut's first line: "Cabane des Dix (2,928 m)  +41 27 281 15 23" (group 1 the name, group
#: 2 its height).
HUT_HEAD = re.compile(
    r"^((?:Cabane|Rifugio|Refuge|Capanna) [^\n(]+) \(([0-9],[0-9]{3}) m\)  \+[0-9 ]+$", re.M
)
#: A night of a hut: "Sat 14 Feb  Full" (group 1 what is left).
HUT_NIGHT = re.compile(r"^(?:" + "|".join(WEEKDAYS) + r") [0-9]{1,2} Feb  ([^\n]+)$", re.M)

# -- a trail and pass conditions report ------------------------------------------------------------

#: A pass's first line: "Col du Galibier (2,642 m)  D902" (group 1 the name).
PASS_HEAD = re.compile(r"^([A-Z][^\n(]+) \(([0-9],[0-9]{3}) m\)  [A-Z]{1,3}[0-9]{1,4}$", re.M)
#: A pass's state on a line of its own.
PASS_STATE = re.compile(r"^(?:Open|Closed \(snow\)|Closed \(avalanche risk\)|Closed)$", re.M)
#: A distance and a time: "18 km", "about 35 min".
DISTANCE = re.compile(r"\b[0-9]{1,3}(?= km\b)")
KM = re.compile(r"(?<=[0-9] )(?:km|kilometres)\b")
MINUTES = re.compile(r"(?<=about )[0-9]{1,3}(?= min\b)")

# -- a severe-weather warning page ----------------------------------------------------------------

_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
#: A warning's first line: "Yellow warning of wind  Issued 10:00 Thu 12 Feb" (group 1 its
#: colour).
WARNING_HEAD = re.compile(
    rf"^(Yellow|Amber|Red) warning of [a-z ]+  Issued [0-2][0-9]:[0-5][0-9] {_DAY} [0-9]{{1,2}} "
    r"Feb$",
    re.M,
)
#: When a warning runs: "Valid from 18:00 Fri 13 Feb to 09:00 Sat 14 Feb" (group 1 the end's
#: time, group 2 its weekday, group 3 its day).
VALID_LINE = re.compile(
    rf"^Valid from [0-2][0-9]:[0-5][0-9] {_DAY} [0-9]{{1,2}} Feb to ([0-2][0-9]:[0-5][0-9]) "
    rf"({_DAY}) ([0-9]{{1,2}}) Feb$",
    re.M,
)
#: A warning's colour and kind, wherever it stands.
WARNING_NAME = re.compile(r"\b(?:Yellow|Amber|Red) warning of (?:wind|snow|rain|ice)\b")
#: A clock time on these pages: "10:42", and as a copy editor writes it: "10.42".
CLOCK = re.compile(r"(?<![0-9:.,])[0-2][0-9][:.][0-5][0-9](?![0-9:])")
#: A day's name before its date, short or long: "Sat 14 Feb", "Saturday 14 February".
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_BEFORE_DATE = re.compile(r"\b(?:" + "|".join((*DAY_NAMES, *WEEKDAYS)) + r")(?= [0-9])")

# -- Lepcha (Róng) --------------------------------------------------------------------------------

LEPCHA_DIGITS = "".join(chr(0x1C40 + n) for n in range(10))
TA_ROL = "\u1c3b"
#: Lepcha lines (Western digits; some are written with Lepcha ones), words of a consonant, a
#: vowel sign and a final consonant sign, a subjoined ra or ya in some, the ran sign in one,
#: each ended with the ta-rol, and their English.
LEPCHA_LINES = (
    ("ᰃᰦᰵᰊᰨᰭ ᰜᰩᰮ ᰀᰪᰭ 10 ᰌᰪᰰᰊᰦ ᰻", "The Gangtok road is closed from 10 am."),
    ("ᰕᰦᰵᰃᰦᰰ ᰜᰩᰮ ᰀᰪᰭ 2 ᰍᰦᰵ ᰻", "The Mangan road is closed for 2 days."),
    ("ᰙᰩᰵᰃᰪ ᰠᰬ ᰀᰥᰨᰭ ᰎᰤᰦᰮ 3 ᰻", "Landslide at Dzongu, kilometre 3."),
    ("ᰙᰩᰵᰃᰪ ᰠᰬ ᰀᰥᰨᰭ ᰎᰤᰦᰮ 13 ᰻", "Landslide at Dzongu, kilometre 13."),
    ("ᰛᰩᰵ ᰜᰩᰮ ᰕᰪᰴ ᰊᰦᰶ 5 ᰌᰪᰰᰊᰦ ᰻", "Do not travel after 5 pm."),
    ("ᰀᰦᰮᰊᰨᰭ ᰎᰤᰧ 03592 202892 ᰻", "Control room: 03592 202892."),
)
LEPCHA_THANKS = "ᰀᰦᰮᰠᰦᰮ ᰻"
LEPCHA_LETTER = "\u1c00-\u1c37\u1c4d-\u1c4f"
#: A Lepcha run: letters, signs, digits of either kind and spaces inside, up to its ta-rol.
LEPCHA_RUN = re.compile(f"[{LEPCHA_LETTER}][{LEPCHA_LETTER}\u1c40-\u1c49 0-9]*[{LEPCHA_LETTER}᰻]")
#: A Lepcha word (letters and signs).
LEPCHA_WORD = re.compile(f"[{LEPCHA_LETTER}]+")

# -- Limbu ----------------------------------------------------------------------------------------

LIMBU_DIGITS = "".join(chr(0x1946 + n) for n in range(10))
DANDA = "\u0964"
KEMPHRENG = "\u193a"
LIMBU_QUESTION = "\u1945"
LIMBU_EXCLAMATION = "\u1944"
#: Limbu lines (Western digits; some are written with Limbu ones), words with vowel signs,
#: small (final) letters, a subjoined ya, the kemphreng and the mukphreng, ended with a danda
#: or the Limbu question mark, and their English.
LIMBU_LINES = (
    ("ᤋᤠᤰᤐᤧᤈᤢᤱ ᤀᤠᤰᤌᤢ 7 ᤛᤠ᤺ᤵ ᤜᤠᤱ।", "The Taplejung checkpoint opens at 7 am."),
    ("ᤄᤢᤴᤛᤠ ᤗᤠᤶ ᤁᤩᤠᤰ 2 ᤏᤡᤱ ᤐᤠ᤹।", "The Ghunsa trail is closed for 2 days."),
    ("ᤛᤧᤗᤧ ᤗᤠ 4780 ᤔᤡ ᤜᤠᤱ ᤐᤠᤰ᥅", "Is Sele La (4,780 m) open?"),
    ("ᤛᤧᤗᤧ ᤗᤠ 4870 ᤔᤡ ᤜᤠᤱ ᤐᤠᤰ᥅", "Is Sele La (4,870 m) open?"),
    ("ᤁᤠᤴᤆᤧᤴᤈᤢᤱᤃᤠ ᤐᤠ᤺ᤰ 4 ᤁᤠᤴ ᤔᤠᤱ।", "Bring 4 photos for the Kanchenjunga permit."),
    ("ᤐᤠᤱᤌᤧᤶ 024 460 101 ᤜᤠᤱ।", "Call the checkpoint: 024 460 101."),
)
LIMBU_THANKS = "ᤛᤠᤰᤋᤠ ᤏᤠᤶ᥄"
LIMBU_LETTER = "\u1900-\u193b"
#: A Limbu run: letters, signs, digits of either kind and spaces inside, up to its danda or
#: its question or exclamation mark.
LIMBU_RUN = re.compile(f"[{LIMBU_LETTER}][{LIMBU_LETTER}\u1946-\u194f 0-9]*[{LIMBU_LETTER}।᥄᥅]")
#: A Limbu word (letters and signs).
LIMBU_WORD = re.compile(f"[{LIMBU_LETTER}]+")
#: What a converter writes the other way in Limbu: the danda and the full stop, the Limbu
#: question and exclamation marks and the ASCII ones.
LIMBU_PUNCTUATION = {DANDA: ".", LIMBU_QUESTION: "?", LIMBU_EXCLAMATION: "!"}

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the mountain safety office’s duty forecaster{NBSP}🏔 for the public. "
    f"Above 2,200 m  N, NE, E, NW. {DANGER_3}. {WIND_SLAB}. Freezing level 1,800 m, "
    f"{MINUS}6 °C at 2,000 m. Call-out 026  10:42  NY 2154 0832  Broad Crag. {HELICOPTER}. "
    f"{STOOD_DOWN}. Cabane des Dix (2,928 m)  Sat 14 Feb  {FULL}. {WINTER_ROOM}. "
    f"Col du Galibier (2,642 m)  {CLOSED_SNOW}. {CHAINS}  18 km, about 35 min. "
    f"{YELLOW_WIND}  Issued 10:00 Thu 12 Feb. {DISRUPTION} "
    f"🧗{ZWJ}♀️ ‘Dix’ ᰙᰩᰵᰃᰪ ᰠᰬ ᰀᰥᰨᰭ ᰎᰤᰦᰮ ᱃ ᰻ {LIMBU_LINES[1][0]}"
)
