"""How the forty-fifth round's community-radio pages are laid out, and what the families edit.

Every text is a full page as a small community radio station publishes it, laid out as the
twenty-third round's exports (whose readers are reused): a title, a line under it, a lead, then
sections (a day of the programme schedule, a day of the playlist log, a region of the
transmitter table, a daypart of the rate card, a day of news bulletins, a day of the rota, a
competition of the winners list, a part of a bilingual notice), each with a one-line note and
items of two lines or more, then a footer under "About this export". Lines recur word for word
("06:00–09:00  Morning Drive  with Ana Roca" on every weekday, "SPORT", "WEATHER", a track
played on several days), with twins one figure or one letter apart (times "06:00" and "07:00",
durations "3:42" and "3:24", frequencies "88.4 MHz" and "88.7 MHz", rates "€45" and "€54",
people "Ana Roca" and "Ana Rosa"). A programme slot, a played track, a frequency, a rate, a
numbered news item, a duty, a winner, Lisu with its tone letters and Saurashtra with its vowel
signs and virama stand in every text (at least in the footer), so every family finds what it
edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

STATION = "Ràdio Riera 107.9"
#: Recurring news heads, word for word in every bulletin.
SPORT = "SPORT"
WEATHER = "WEATHER"
#: The complaint line that recurs word for word under plays.
REQUESTED = "Requested by a listener"

# -- people -------------------------------------------------------------------------------------

#: Presenters and technicians, one letter apart ("Ana Roca", "Ana Rosa").
STAFF = (
    "Ana Roca",
    "Ana Rosa",
    "Joel Mas",
    "Joel Max",
    "Iris Vell",
    "Iris Vall",
    "Pere Soler",
    "Pere Solet",
    "Marc Pujol",
    "Laia Bosch",
    "Nil Ferrer",
)
_NAME = (
    "(?:"
    + "|".join(sorted({name.split()[0] for name in STAFF}))
    + ") (?:"
    + "|".join(sorted({name.split()[1] for name in STAFF}, key=len, reverse=True))
    + ")"
)
#: A member of staff.
PERSON = re.compile(rf"\b{_NAME}\b")

# -- the schedule -------------------------------------------------------------------------------

#: A slot: "06:00–09:00" (group 1 the start, group 2 the end).
SLOT = re.compile(r"(?<![0-9:])([0-2][0-9]:[0-5][0-9])–([0-2][0-9]:[0-5][0-9])(?![0-9:])")
#: A schedule line: "06:00–09:00  Morning Drive  with Ana Roca" (group 1 the slot, group 2
#: the programme, group 3 the presenter).
SCHEDULE = re.compile(
    rf"([0-2][0-9]:[0-5][0-9]–[0-2][0-9]:[0-5][0-9])  ([A-Z][^\n]*?)  with ({_NAME})(?![^\n])"
)
#: A schedule line whole.
SCHEDULE_LINE = re.compile(f"^{SCHEDULE.pattern}$", re.M)

# -- the playlist -------------------------------------------------------------------------------

#: A duration: "3:42" (group 1 the minutes, group 2 the seconds).
DURATION = re.compile(r"(?<![0-9:])([0-9]):([0-5][0-9])(?![0-9:])")
#: A play: "09:04  Mar de Fons — Lua Nova  3:42" (group 1 the time, group 2 the title, group
#: 3 the artist, group 4 the duration).
PLAY = re.compile(
    r"^([0-2][0-9]:[0-5][0-9])  ([^\n—]+?) — ([^\n]+?)  ([0-9]:[0-5][0-9])$",
    re.M,
)

# -- the transmitters and the rate card ---------------------------------------------------------

#: A frequency: "88.4 MHz" (group 1 the megahertz).
FREQUENCY = re.compile(r"\b(1?[0-9]{2}\.[0-9]) MHz\b")
#: A transmitter line: "Serra Alta  88.4 MHz  2 kW".
TRANSMITTER_LINE = re.compile(r"^[A-Z][^\n]*?  1?[0-9]{2}\.[0-9] MHz  [0-9.]+ kW$", re.M)
#: A rate: "€45" (group 1 the euros).
RATE = re.compile(r"€([0-9]{2,3})\b")
#: A rate line: "30 s  €45".
RATE_LINE = re.compile(r"^[0-9]{2} s  €[0-9]{2,3}(?:  [^\n]+)?$", re.M)

# -- the news rundown, the rota, the winners ----------------------------------------------------

#: A numbered news item: "3. SPORT  Reus win the derby" (group 1 the number).
NEWS_ITEM = re.compile(r"^([0-9]{1,2})\. ([^\n]+)$", re.M)
#: A bulletin's head line: "08:00 bulletin  read by Joel Mas".
BULLETIN_HEAD = re.compile(r"^[0-2][0-9]:00 bulletin  read by [^\n]+$", re.M)
#: A duty: "06:00–10:00  Ana Roca" (group 1 the person).
DUTY_LINE = re.compile(rf"^[0-2][0-9]:00–[0-2][0-9]:00  ({_NAME})$", re.M)
#: A winners-list line: "Winner  Marta Gil, Reus" or "Runner-up  Pau Gil, Vic" (group 1 the
#: place).
WINNER_LINE = re.compile(r"^(Winner|Runner-up)  [^\n]+$", re.M)

# -- Lisu (Fraser alphabet) ---------------------------------------------------------------------

#: The Lisu tone letters, by the code a line of syllables writes them with.
LISU_TONES = {
    "1": "\ua4f8",  # MYA TI
    "2": "\ua4f9",  # NA PO
    "3": "\ua4fa",  # MYA CYA
    "4": "\ua4fb",  # MYA BO
    "5": "\ua4fc",  # MYA NA
    "6": "\ua4fd",  # MYA JEU
}
LISU_COMMA = "\ua4fe"
LISU_FULL_STOP = "\ua4ff"
_LISU_CONSONANTS = (
    "tsh",
    "dz",
    "ts",
    "ph",
    "th",
    "kh",
    "ch",
    "zh",
    "ng",
    "hh",
    "sh",
    "gh",
    *"bpdtgkjcmnlszhxfwy",
)
_LISU_VOWELS = ("ae", "eu", "ue", "uh", "oe", "a", "e", "i", "o", "u")


def _lisu_syllable(syllable: str) -> str:
    """One Lisu syllable ("ko3": a consonant, vowels, a tone code 1-6) in Fraser letters; a
    consonant alone carries its a."""
    tone = LISU_TONES.get(syllable[-1], "")
    rest = syllable[:-1] if tone else syllable
    out = ""
    consonant = next((c for c in _LISU_CONSONANTS if rest.startswith(c)), "")
    if consonant:
        out += unicodedata.lookup(f"LISU LETTER {consonant.upper()}A")
        rest = rest[len(consonant) :]
        if rest == "a":
            rest = ""
    while rest:
        vowel = next(v for v in _LISU_VOWELS if rest.startswith(v))
        out += unicodedata.lookup(f"LISU LETTER {vowel.upper()}")
        rest = rest[len(vowel) :]
    return out + tone


def lisu(words: str) -> str:
    """``words`` in the Fraser alphabet: syllables joined by "-" inside a word (as Lisu
    writes them), figures and ":" as they are, a word's closing "," and "." as the Lisu comma
    and full stop."""
    out = []
    for word in words.split(" "):
        stop = word[-1] if word[-1] in ",." else ""
        core = word[:-1] if stop else word
        if core.replace(":", "").isdigit():
            written = core
        else:
            written = "-".join(_lisu_syllable(part) for part in core.split("-"))
        out.append(written + {",": LISU_COMMA, ".": LISU_FULL_STOP, "": ""}[stop])
    return unicodedata.normalize("NFC", " ".join(out))


#: Lisu lines and their Chinese: the Kuoshi festival broadcast and its twin one figure apart,
#: the songs, the dancers, the thanks (Nujiang, Fugong, Gongshan, Lushui).
LISU_LINES = tuple(
    (lisu(words), chinese)
    for words, chinese in (
        ("kho3-shi2 ni1 19:30 ma5, nu-ja2.", "阔时节广播 19:30，怒江。"),
        ("kho3-shi2 ni1 18:30 ma5, nu-ja2.", "阔时节广播 18:30，怒江。"),
        ("mu1-gua4 ba-i2 fu-go5 20:15.", "福贡的歌 20:15。"),
        ("li-su tsho1 ghu4 go-sha5, lu-shu6.", "贡山、泸水的傈僳族舞蹈。"),
        ("a-ni5 bi-ye3, kho3-shi2 tsha1.", "节日快乐，阔时节。"),
    )
)
LISU_THANKS = lisu("a-ba4 ye3 lo6.")
LISU_LETTER = "\ua4d0-\ua4f7"
LISU_MARK = "\ua4f8-\ua4fd"
LISU_STOPS = "\ua4fe\ua4ff"
#: A Lisu run: letters, tone letters, the comma and full stop, with hyphens, spaces, colons
#: and figures.
LISU_RUN = re.compile(
    f"[{LISU_LETTER}][{LISU_LETTER}{LISU_MARK}{LISU_STOPS} \\-:0-9]*"
    f"[{LISU_LETTER}{LISU_MARK}{LISU_STOPS}0-9]"
)
#: A Lisu word (letters, tone letters and the hyphens between syllables).
LISU_WORD = re.compile(
    f"[{LISU_LETTER}](?:[{LISU_LETTER}{LISU_MARK}-]*[{LISU_LETTER}{LISU_MARK}])?"
)

# -- Saurashtra (Madurai) -----------------------------------------------------------------------

SAURASHTRA_VIRAMA = "\ua8c4"
SAURASHTRA_DANDA = "\ua8ce"
_SAURASHTRA_SIGNS = ("aa", "ii", "uu", "ai", "au", "ee", "oo", "i", "u", "e", "o")


def saurashtra(words: str) -> str:
    """``words`` in Saurashtra from syllables joined by "." ("ma.du.rai"): a vowel alone is
    its letter, a consonant with "a" its letter, with another vowel its letter and the vowel
    sign, a consonant alone its letter and the virama; figures and ":" as they are, a word's
    closing "," as it is and "." as the danda."""
    out: list[str] = []
    for word in words.split(" "):
        stop = word[-1] if word[-1] in ",." else ""
        written = ""
        for part in (word[:-1] if stop else word).split("."):
            if part.replace(":", "").isdigit():
                written += part
                continue
            vowel = next((v for v in (*_SAURASHTRA_SIGNS, "a") if part.endswith(v)), "")
            consonant = part[: len(part) - len(vowel)]
            if not consonant:
                written += unicodedata.lookup(f"SAURASHTRA LETTER {vowel.upper()}")
                continue
            written += unicodedata.lookup(f"SAURASHTRA LETTER {consonant.upper()}A")
            if not vowel:
                written += SAURASHTRA_VIRAMA
            elif vowel != "a":
                written += unicodedata.lookup(f"SAURASHTRA VOWEL SIGN {vowel.upper()}")
        out.append(written + {".": SAURASHTRA_DANDA, ",": ",", "": ""}[stop])
    return unicodedata.normalize("NFC", " ".join(out))


#: Saurashtra lines and their Tamil: the devotional programme at dawn and its twin one figure
#: apart, the talk, the temple, the concert (Madurai, Paramakudi, Tirupparankundram).
SAURASHTRA_LINES = tuple(
    (saurashtra(words), tamil)
    for words, tamil in (
        ("bha.ja.n 05:30, ma.du.rai.", "பஜனை நிகழ்ச்சி 05:30, மதுரை."),
        ("bha.ja.n 06:30, ma.du.rai.", "பஜனை நிகழ்ச்சி 06:30, மதுரை."),
        ("sau.raa.sh.t.ra bhaa.shaa ka.thaa 07:15.", "சௌராஷ்டிர மொழி உரை 07:15."),
        ("ko.vi.l puu.jaa, ti.ru.pa.ra.n.ku.n.ra.m.", "திருப்பரங்குன்றம் கோயில் பூஜை."),
        ("sa.ng.ii.t sa.bhaa, pa.ra.ma.ku.dii.", "பரமக்குடி இசை அரங்கம்."),
    )
)
SAURASHTRA_THANKS = saurashtra("dha.n.ya.vaa.d.")
SAURASHTRA_LETTER = "\ua882-\ua8b3"
SAURASHTRA_MARK = "\ua880\ua881\ua8b4-\ua8c5"
#: A Saurashtra run: letters, vowel signs, the virama and the danda, with spaces, commas,
#: colons and figures.
SAURASHTRA_RUN = re.compile(
    f"[{SAURASHTRA_LETTER}][{SAURASHTRA_LETTER}{SAURASHTRA_MARK}\ua8ce ,:0-9]*"
    f"[{SAURASHTRA_LETTER}{SAURASHTRA_MARK}\ua8ce0-9]"
)
#: A Saurashtra word (letters, vowel signs and the virama).
SAURASHTRA_WORD = re.compile(f"[{SAURASHTRA_LETTER}][{SAURASHTRA_LETTER}{SAURASHTRA_MARK}]*")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by {STATION}{NBSP}📻 for its listeners’ use. "
    f"06:00–09:00  Morning Drive  with Ana Roca. 09:04  Mar de Fons — Lua Nova  3:42. "
    f"Serra Alta  88.4 MHz  2 kW. 30 s  €45. 1. {SPORT}  Reus win the derby. "
    f"06:00–10:00  Joel Mas. Winner  Marta Gil, Reus. "
    f"🧑{ZWJ}🎤 {LISU_LINES[0][0]} {SAURASHTRA_LINES[0][0]}"
)
