"""Shared pieces of the eleventh round of fresh held-out re-anchoring texts (no test here):
time-stamped transcript lines with fillers, English paragraphs with their French or Welsh
twin, defined terms, weekdays and months, emoji, dashes, asides, and helpers that build a text.
"""

from __future__ import annotations

import random
import re
import unicodedata

from desktop_app.core.text import canonicalize

NBSP = "\u00a0"
ZWJ = "\u200d"

#: A time stamp that opens a transcript line ("[00:12:05] ").
TIMESTAMP = re.compile(r"^\[\d\d:\d\d:\d\d\] ", re.MULTILINE)
#: Words a transcript keeps and a tidied one drops, after a comma ("Yes, um, the 14…").
HESITATIONS = ("um", "uh", "erm")
FILLERS = (*HESITATIONS, "you know", "I mean")
FILLER = re.compile(r"(?<=, )(um|uh|erm|you know|I mean), ")
#: A transcriber's cue ("[laughs] ").
CUE = re.compile(r"\[(?:laughs|crosstalk|inaudible)\] ")

#: English paragraphs and their twin in French or Welsh, printed one after the other.
PAIRS = (
    (
        "Please keep this notice for future reference.",
        "Veuillez conserver cet avis pour référence future.",
    ),
    (
        "Large print and audio versions are available on request.",
        "Mae fersiynau print bras a sain ar gael ar gais.",
    ),
    (
        "Step-free access is available at the main entrance. Ask a member of staff for help.",
        "L’accès de plain-pied se fait par l’entrée principale. Demandez de l’aide au personnel.",
    ),
    (
        "We are sorry for any inconvenience this may cause.",
        "Ymddiheurwn am unrhyw anghyfleustra y gallai hyn ei achosi.",
    ),
    (
        "Questions? Write to us or call the number below — lines open at 8am.",
        "Des questions ? Écrivez-nous ou appelez le numéro ci-dessous — dès 8 h.",
    ),
    (
        "Thank you for your patience while the work is carried out.",
        "Diolch am eich amynedd tra bo’r gwaith yn cael ei wneud.",
    ),
)

#: Defined terms a contract style capitalises ("the tenant" → "the Tenant").
TERMS = (
    "the tenant",
    "the landlord",
    "the operator",
    "the listener",
    "the visitor",
    "the applicant",
    "the organiser",
    "the competitor",
    "the device",
)
TERM = re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in TERMS) + r")(?!\w)")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAY_RANGE = re.compile(
    r"(?<!\w)(" + "|".join(WEEKDAYS) + r") to (" + "|".join(WEEKDAYS) + r")(?!\w)"
)
WEEKDAY = re.compile(r"(?<!\w)(" + "|".join(WEEKDAYS) + r")(?!\w)")
MONTH = re.compile(r"(?<!\w)(" + "|".join(MONTHS) + r")(?!\w)")

#: Emoji the texts use: with a variation selector, a ZWJ sequence, a skin tone, a flag.
EMOJI = (
    "⚠️",
    "🚌",
    "🎧",
    "👩‍👧",
    "👍🏽",
    "🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "🇫🇷",
    "⛵",
    "🍲",
    "🐘",
    "✅",
    "📅",
    "♻️",
    "🙏",
)
EMOJI_RE = re.compile("|".join(re.escape(e) for e in sorted(EMOJI, key=len, reverse=True)))
#: A typographer's dashes and ellipses, and the quotes and spaces a plain pass types too.
DASHES = re.compile("[—–…]")
PLAIN_DASHES = {"—": "--", "–": "-", "…": "..."}
QUOTES = re.compile(f"[‘’“”{NBSP}]")
PLAIN_QUOTES = {"‘": "'", "’": "'", "“": '"', "”": '"', NBSP: " "}
#: An aside in brackets inside a sentence, long enough to be a note.
ASIDE = re.compile(r" \(([^()\n]{12,140})\)")

#: People the texts name (invented); one carries marks NFC cannot compose.
_RAW_PEOPLE = (
    "Siân Pritchard",
    "Gwilym Rees",
    "Élodie Marchand",
    "Kwame Mensah",
    "Ọ́lá Adébáyọ̀",
    "Min-jun Park",
    "Seo-yeon Kim",
    "Aditya Kulkarni",
    "Sneha Deshpande",
    "Tomasz Wiśniewski",
)
PEOPLE = tuple(unicodedata.normalize("NFC", name) for name in _RAW_PEOPLE)


def stamped(rng: random.Random, start: int, turns: list[tuple[str, str]]) -> str:
    """Transcript lines "[hh:mm:ss] SPEAKER: words", ``start`` seconds in, a few seconds to
    a minute apart (one paragraph)."""
    rows, at = [], start
    for speaker, words in turns:
        hours, rest = divmod(at, 3600)
        rows.append(f"[{hours:02d}:{rest // 60:02d}:{rest % 60:02d}] {speaker}: {words}")
        at += rng.randint(4, 70)
    return "\n".join(rows)


def hesitant(rng: random.Random, sentence: str) -> str:
    """``sentence`` with a filler after its first comma ("Yes, um, the 14…"); a hesitation
    twice as often as another filler."""
    at = sentence.find(", ")
    if at < 0:
        return sentence
    filler = rng.choice((*HESITATIONS, *HESITATIONS, *FILLERS[len(HESITATIONS) :]))
    return f"{sentence[: at + 2]}{filler}, {sentence[at + 2 :]}"


def um(sentence: str) -> str:
    """``sentence`` with "um" after its first comma (every transcript has one)."""
    at = sentence.index(", ")
    return f"{sentence[: at + 2]}um, {sentence[at + 2 :]}"


def pairs(rng: random.Random, count: int) -> list[str]:
    """``count`` paragraph pairs, each the English then its twin."""
    return [p for pair in rng.sample(PAIRS, count) for p in pair]


def people(rng: random.Random, count: int) -> list[str]:
    """``count`` different people."""
    return rng.sample(PEOPLE, count)


def emoji(rng: random.Random) -> str:
    """One of the emoji."""
    return rng.choice(EMOJI)


def footer(rng: random.Random, organisation: str) -> list[str]:
    """The contact, privacy and complaints paragraphs every notice of ``organisation`` ends
    with (a heading, then three paragraphs in an order the seed picks), and its phone
    line's recorded message transcribed with time stamps."""
    parts = [
        (
            f"Contact {organisation} by e-mail at any time, or by phone on 0800{NBSP}123{NBSP}456 "
            "Monday to Friday, 09:00–17:00 (closed on bank holidays). Calls cost no more than "
            "a call to a local number; from abroad, add the country code — see the website. "
            "A parent may call for a child 👩‍👧."
        ),
        (
            f"Privacy: {organisation} keeps names, addresses and recordings only as long as "
            "needed (usually two years, then they are deleted) and never sells them. The "
            "organiser will show anyone the data it holds about them within a month of a "
            "written request."
        ),
        (
            "Complaints: write to the organiser first and allow 20 working days for a reply. "
            "If the reply does not settle it, you may ask the independent reviewer to look "
            "at it again—free of charge—within six months of the reply… 📅"
        ),
    ]
    rng.shuffle(parts)
    message = [
        ("RECORDING", f"Thank you for calling {organisation}."),
        ("RECORDING", "For opening times, press 1. To report a problem, press 2."),
        ("RECORDING", "Calls may be recorded — for training, and to check what was said."),
    ]
    return [
        "Contact, privacy and complaints",
        *parts,
        "Phone line message, transcribed",
        stamped(rng, rng.randint(0, 9), message),
    ]


def assemble(headline: str, byline: str, blocks: list[str]) -> str:
    """Headline, byline and paragraphs, one blank line apart (canonical)."""
    text = canonicalize("\n\n".join([headline, byline, *blocks]) + "\n")
    assert "\n\n\n" not in text
    return text
