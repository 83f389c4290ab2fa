"""Shared pieces of the twelfth round of fresh held-out re-anchoring texts (no test here):
Markdown marks, signed and indented talk-page replies, code tags with their key, shouted
words, bilingual pairs, bullet lists, quotes after a colon, and helpers that build a text.
"""

from __future__ import annotations

import random
import re
import unicodedata

from desktop_app.core.text import canonicalize

NBSP = "\u00a0"
ZWJ = "\u200d"

#: Markdown a web editor leaves in the text: bold words and links.
BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")

#: A talk-page signature at the end of a reply line.
SIGNATURE = re.compile(
    r" — (?P<name>[^—\n]+?) \(talk\) (?P<time>\d\d:\d\d), "
    r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}) \(UTC\)$",
    re.MULTILINE,
)
#: The colons that indent a reply.
INDENT = re.compile(r"^:+", re.MULTILINE)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")

#: Short codes in bracketed tags and what they stand for (one key per text).
CODES = {
    "G": "gluten",
    "Mi": "milk",
    "E": "egg",
    "N": "nuts",
    "Se": "sesame",
    "F": "fish",
    "Ve": "vegan",
    "WC": "wheelchair access",
    "HL": "hearing loop",
    "SF": "step-free",
    "PC": "Windows",
    "PS": "PlayStation",
    "XB": "Xbox",
    "FT": "full-time",
    "PT": "part-time",
    "HY": "hybrid",
    "RO": "remote",
    "O": "organic",
    "P": "members only",
    "K": "for children",
    "T": "Tamil",
    "EN": "English",
    "GA": "Irish",
}
_CODE = "|".join(sorted(CODES, key=len, reverse=True))
#: A tag of one or more codes: "(G, Mi, E)".
TAG = re.compile(rf"\((?:{_CODE})(?:, (?:{_CODE}))*\)")
CODE_IN_TAG = re.compile(r"[A-Za-z]+")
KEY_OPENING = "Key: "
PRINTED = "https://example.org/print"
ZWJ_EMOJI = "🧑‍💻"

#: Words and phrases printed in capitals (defined terms, warnings).
SHOUTED = (
    "DO NOT",
    "NEVER",
    "MUST",
    "IMPORTANT",
    "THE INSURED PERSON",
    "YOUR HOME",
    "WE",
    "YOU",
    "FREE",
    "CLOSED",
    "ALWAYS",
    "US",
    "OUR",
    "NOT",
    "NO",
)
SHOUT = re.compile(r"(?<![\w])(" + "|".join(re.escape(s) for s in SHOUTED) + r")(?![\w])")

#: A bullet line.
BULLET = "- "
#: A quote that follows a colon and ends where its sentence does.
QUOTED = re.compile(r": (“[^”\n]{10,200}”)(?= |\n|$)")

#: English paragraphs and their twin in Irish, Basque, Greek or Tamil.
PAIRS = (
    (
        "The office is closed on public holidays.",
        "Bíonn an oifig dúnta ar laethanta saoire poiblí.",
    ),
    (
        "Please leave the gate as you found it.",
        "Fág an geata mar a fuair tú é, le do thoil.",
    ),
    (
        "Information in other languages is available at the desk.",
        "Beste hizkuntzetako informazioa mahaian dago eskuragarri.",
    ),
    (
        "Children must be accompanied by an adult at all times.",
        "Τα παιδιά πρέπει να συνοδεύονται πάντα από ενήλικα.",
    ),
    (
        "Thank you for helping us keep the place tidy.",
        "இடத்தைச் சுத்தமாக வைத்திருக்க உதவியதற்கு நன்றி.",
    ),
    (
        "Photographs may be taken during the event.",
        "Ekitaldian argazkiak atera daitezke.",
    ),
)
OTHER_LANGUAGES = "Other languages"

#: Emoji the texts use: with a variation selector, a ZWJ sequence, a skin tone, a flag.
EMOJI = ("⚠️", "🍽️", "🎮", "👨‍🌾", "👋🏾", "🇮🇪", "🇬🇷", "🥕", "🌶️", "📌", "✨", "🧑‍💻")

#: People the texts name (invented); two carry marks NFC cannot compose.
_RAW_PEOPLE = (
    "Aoife Ní Bhriain",
    "Cathal Ó Dónaill",
    "Nnamdi Okonkwọ́",
    "Eleni Papadaki",
    "Giorgos Antoniou",
    "Kavitha Sundaram",
    "Arun Selvaraj",
    "Miren Etxeberria",
    "Hannah Goldberg",
    "Tomás Ruiz",
    "Lê Thị Thuỷ",
)
PEOPLE = tuple(unicodedata.normalize("NFC", name) for name in _RAW_PEOPLE)


def people(rng: random.Random, count: int) -> list[str]:
    """``count`` different people."""
    return rng.sample(PEOPLE, count)


def emoji(rng: random.Random) -> str:
    """One of the emoji."""
    return rng.choice(EMOJI)


def pairs(rng: random.Random, count: int) -> list[str]:
    """``count`` paragraph pairs, each the English then its twin."""
    return [p for pair in rng.sample(PAIRS, count) for p in pair]


def tag(*codes: str) -> str:
    """A bracketed tag of codes ("(G, Mi)")."""
    assert all(code in CODES for code in codes)
    return "(" + ", ".join(codes) + ")"


def key(*codes: str) -> str:
    """The key to the codes a text uses ("Key: G = gluten · Mi = milk.")."""
    return KEY_OPENING + " · ".join(f"{code} = {CODES[code]}" for code in codes) + "."


def bullets(items: list[str]) -> str:
    """A bullet list (one paragraph)."""
    return "\n".join(BULLET + item for item in items)


def signature(rng: random.Random, name: str, day: int, month: str) -> str:
    """A talk-page signature (" — Name (talk) 14:02, 3 March 2026 (UTC)")."""
    time = f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}"
    return f" — {name} (talk) {time}, {day} {month} 2026 (UTC)"


def discussion(rng: random.Random, turns: list[tuple[int, str, str]]) -> str:
    """Signed replies, one a line, indented by a colon a level ("::Agreed. — Name …"), a
    day or two apart in one month."""
    day, month = rng.randint(1, 14), rng.choice(MONTHS)
    rows = []
    for level, name, words in turns:
        rows.append(":" * level + words + signature(rng, name, day, month))
        day += rng.randint(0, 2)
    return "\n".join(rows)


def comments(rng: random.Random, subject: str) -> list[str]:
    """The comments under every page of the site: a heading, then two threads of signed
    replies about ``subject`` (one commenter's name with marks NFC cannot compose), one
    repeating a reply word for word."""
    names = [*rng.sample([p for p in PEOPLE if p != PEOPLE[2]], 2), PEOPLE[2]]
    rng.shuffle(names)
    first, second, third = names
    return [
        "Comments",
        discussion(
            rng,
            [
                (0, first, f"Is the information about {subject} still current?"),
                (1, second, "Yes, it was checked last week. Thanks for asking!"),
                (2, first, f"Great, thanks {emoji(rng)}"),
                (1, third, "Agreed — and the link at the top now works too."),
            ],
        ),
        discussion(
            rng,
            [
                (0, third, "Could someone add the page to the printed edition?"),
                (1, first, "Yes, it was checked last week. Thanks for asking!"),
                (2, second, f"**Done.** See the [printed edition]({PRINTED}) {ZWJ_EMOJI}."),
            ],
        ),
    ]


def footer(rng: random.Random, organisation: str) -> list[str]:
    """What every page of ``organisation`` ends with: a heading, how to get the page in
    another form, what is kept about readers (in an order the seed picks), and a list."""
    parts = [
        (
            f"This page is also available in large print, in Braille and as audio. Ask "
            f"{organisation} by phone on 01{NBSP}555{NBSP}0199, or e-mail the office. Our "
            "promise reads: “Every notice in a form you can use, within ten working days.” "
            "There is no charge for this."
        ),
        (
            f"**Privacy:** {organisation} keeps the names and e-mail addresses of people who "
            "write to it for two years, then deletes them. Nothing is sold or shared. You "
            "can ask to see what is kept about you at any time, and the answer is free."
        ),
        (
            "Corrections are welcome. If something on this page is wrong or out of date, "
            "tell us and say where you read it. We’ll correct mistakes within a week and note "
            "the change at the foot of the page."
        ),
        (
            f"Printed copies of this page are kept at the library and the post office. They "
            f"are updated on the first Monday of each month, so a printed copy may be up to "
            f"four weeks old. If the printed copy and the website disagree, the website is "
            f"right {emoji(rng)}."
        ),
    ]
    rng.shuffle(parts)
    return [
        "About this notice",
        *parts,
        bullets(
            [
                "Large print and audio on request",
                "Answers within ten working days",
                f"Step-free entrance at the front {tag('SF', 'WC')}",
            ]
        ),
    ]


def assemble(headline: str, byline: str, blocks: list[str]) -> str:
    """Headline, byline and paragraphs, one blank line apart (canonical)."""
    text = canonicalize("\n\n".join([headline, byline, *blocks]) + "\n")
    assert "\n\n\n" not in text
    return text
