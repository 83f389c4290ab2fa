"""Shared pieces of the fourteenth round of fresh re-anchoring texts (no test here): number
words, contractions, acronyms, titled people, closed-up compounds, emoji and a footer.
"""

from __future__ import annotations

import random
import re
import unicodedata

NBSP = "\u00a0"
ZWJ = "\u200d"

#: Number words a style sheet sets as figures, and their figures.
NUMBER_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "fifteen": "15",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
}
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
#: A number word in small letters ("three", not "Three" opening a sentence), not part of a
#: larger number ("twenty-four", "two hundred and twelve", "forty thousand").
NUMBER_WORD = re.compile(
    rf"(?<!-)(?<!hundred and )\b(?:{'|'.join(NUMBER_WORDS)})\b"
    rf"(?!-(?:{_UNITS})\b| hundred| thousand)"
)

#: Contractions (with the typographic apostrophe) and what they stand for.
CONTRACTIONS = {
    "don’t": "do not",
    "can’t": "cannot",
    "won’t": "will not",
    "isn’t": "is not",
    "aren’t": "are not",
    "doesn’t": "does not",
    "it’s": "it is",
    "we’ll": "we will",
    "you’ll": "you will",
    "we’re": "we are",
    "you’re": "you are",
    "there’s": "there is",
    "they’re": "they are",
}
#: A contraction, small or with its capital ("Don’t").
CONTRACTION = re.compile(
    r"\b(?:" + "|".join(f"[{c[0]}{c[0].upper()}]{re.escape(c[1:])}" for c in CONTRACTIONS) + r")"
)

#: Acronyms the texts use, and what each stands for.
ACRONYMS = {
    "RSC": "Royal Shakespeare Company",
    "BSL": "British Sign Language",
    "HMCTS": "His Majesty’s Courts and Tribunals Service",
    "CPS": "Crown Prosecution Service",
    "ASA": "Amateur Swimming Association",
    "PB": "personal best",
    "FAQ": "frequently asked questions",
    "DM": "direct message",
    "GP": "general practitioner",
    "NHS": "National Health Service",
    "ID": "identity document",
    "PCC": "parochial church council",
    "DBS": "Disclosure and Barring Service",
    "AED": "automated external defibrillator",
}
ACRONYM = re.compile(rf"\b(?:{'|'.join(ACRONYMS)})\b")

#: Compounds a style sheet closes up, and how.
COMPOUNDS = {
    "e-mail": "email",
    "co-ordinator": "coordinator",
    "co-operate": "cooperate",
    "pre-book": "prebook",
    "re-open": "reopen",
    "on-line": "online",
    "wheel-chair": "wheelchair",
    "mid-day": "midday",
    "week-end": "weekend",
    "warm-up": "warmup",
    "hand-outs": "handouts",
    "drop-off": "dropoff",
}
#: A hyphenated compound, small or with its capital ("E-mail").
COMPOUND = re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in COMPOUNDS)})\b", re.I)

#: Modal verbs a plain-language pass restates (the longest first).
MODALS = {"must not": "may not", "must": "will need to", "should": "ought to"}
MODAL = re.compile(r"\b(?:must not|must|should)\b")

#: "Please …" or "Please note that …" opening a sentence or a list item.
PLEASE = re.compile(r"(?:(?<=^)|(?<=[.!?] )|(?<=- ))Please (?:note that )?(?=[a-z])", re.M)

#: Emoji the texts use, and the words a screen-reader-friendly edition puts after each.
EMOJI_LABELS = {
    "🎭": "theatre masks",
    "⚖️": "scales",
    "🏊🏽‍♀️": "swimmer",
    "🏅": "medal",
    "💬": "speech bubble",
    "🎉": "party popper",
    "🙏": "folded hands",
    "🏃‍♂️": "runner",
    "⛪": "church",
    "🍲": "pot of food",
    "✅": "check mark",
    "📌": "pin",
}
EMOJI = re.compile("|".join(re.escape(e) for e in sorted(EMOJI_LABELS, key=len, reverse=True)))

#: Titles before names.
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Revd", "Cllr", "Judge", "Coach")
_RAW_PEOPLE = (
    ("Dr", "Adaeze", "Okonkwo"),
    ("Ms", "Siân", "Pritchard"),
    ("Mr", "Tomasz", "Wiśniewski"),
    ("Mrs", "Ọláyínká", "Adébáyọ̀"),
    ("Revd", "Hamish", "Gillespie"),
    ("Ms", "Gurpreet", "Kaur"),
    ("Mr", "Jordi", "Puigdemont"),
    ("Dr", "Nguyễn", "Thị Hoà"),
    ("Ms", "Marit", "Solberg"),
    ("Mr", "Kwame", "Mensah"),
    ("Mrs", "Eilidh", "MacLeod"),
    ("Ms", "Rosa", "Ferrer"),
)
#: Titled people: (title, given name, surname); two carry marks NFC cannot compose.
PEOPLE = tuple(
    (t, unicodedata.normalize("NFC", g), unicodedata.normalize("NFC", s)) for t, g, s in _RAW_PEOPLE
)
#: A titled person named in full ("Dr Adaeze Okonkwo").
FULL_NAME = re.compile(
    "|".join(re.escape(f"{t} {g} {s}") for t, g, s in sorted(PEOPLE, key=lambda p: -len(p[1])))
)


def people(rng: random.Random, count: int) -> list[str]:
    """``count`` different titled people, named in full."""
    return [" ".join(p) for p in rng.sample(PEOPLE, count)]


def surname_only(full: str) -> str:
    """ "Dr Adaeze Okonkwo" → "Dr Okonkwo"."""
    for title, given, surname in PEOPLE:
        if full == f"{title} {given} {surname}":
            return f"{title} {surname}"
    raise KeyError(full)


def emoji(rng: random.Random) -> str:
    """One of the emoji."""
    return rng.choice(list(EMOJI_LABELS))


def bullets(items: list[str]) -> str:
    """A bullet list (one paragraph)."""
    return "\n".join("- " + item for item in items)


def footer(rng: random.Random, organisation: str, address: str) -> list[str]:
    """What every text ends with, in an order the seed picks: how to reach
    ``organisation``, access, data kept, complaints, then a list."""
    parts = [
        (
            f"Questions? Please e-mail {address} and we’ll reply within five working days. "
            "We don’t answer questions by DM, and it’s not possible to reply to comments "
            "left on our page."
        ),
        (
            f"Access: there’s step-free entry by the side door, and a wheel-chair space "
            f"can be booked up to two weeks ahead. Assistance dogs are welcome{NBSP}🐕{ZWJ}🦺. "
            "Please tell us if you need a BSL interpreter; we need ten days’ notice."
        ),
        (
            f"{organisation.capitalize()} keeps names and e-mail addresses for two years "
            "and doesn’t share them. You can ask to see what we hold; you must give your "
            "full name, and we should answer within thirty days."
        ),
        (
            "Complaints should be made in writing. Please note that a manager who wasn’t "
            "involved reads every complaint. If you’re still unhappy after twenty working "
            "days, you can go to the ombudsman, free of charge."
        ),
        (
            "This sheet is printed on recycled paper. Please recycle it when you’ve "
            "finished with it. Large print and audio versions are free; ask at the desk "
            "and allow five working days."
        ),
        (
            "First aid: there’s a first-aid kit at the desk and an AED by the main door. "
            "In an emergency, telephone 999 first, then tell a steward. Stewards wear "
            "yellow and must not leave their posts until the building is empty."
        ),
        (
            "We’re run by volunteers, and we can’t do it without you. If you can give four "
            "hours a month, please e-mail the volunteer co-ordinator; there’s training on "
            "the first Saturday of every month, and it doesn’t cost anything."
        ),
        (
            "This sheet was checked two weeks before printing. If anything here is wrong, "
            "please tell us and we’ll put it right in the next edition. Copies more than "
            "six weeks old should be thrown away."
        ),
    ]
    rng.shuffle(parts)
    return [
        "Contact and access",
        *parts,
        bullets(
            [
                "Large print on request",
                f"Replies within five working days {emoji(rng)}",
                "Please don’t leave bags unattended",
            ]
        ),
    ]
