"""Shared pieces of the fourth round of fresh held-out re-anchoring texts (no test here):
people whose initials collide, emoji sequences and their shortcodes, mojibake, full-width
digits, units, and helpers that build notes sections, bullet lists and the canonical text.
"""

from __future__ import annotations

import random
import re

from desktop_app.core.text import canonicalize
from tests.benchmarks.reanchor_fresh_texts import MONTHS

BULLET = "• "
FULLWIDTH_DIGITS = "０１２３４５６７８９"
TO_FULLWIDTH = str.maketrans("0123456789", FULLWIDTH_DIGITS)
TO_HALFWIDTH = str.maketrans(FULLWIDTH_DIGITS, "0123456789")
#: Pairs of people whose initials are the same (anonymised, their sentences become twins).
PEOPLE = (
    (("Lina", "Haddad"), ("Laila", "Hamdan")),
    (("Marek", "Nowak"), ("Magda", "Nyström")),
    (("Priya", "Raman"), ("Pooja", "Rao")),
    (("Tomás", "Herrera"), ("Teresa", "Hughes")),
    (("Kenji", "Watanabe"), ("Keiko", "Wada")),
    (("Yael", "Barak"), ("Yusuf", "Bayram")),
)
#: Emoji sequences (skin tones, zero-width joiners, variation selectors) and their shortcodes.
EMOJI = {
    "\U0001f469\U0001f3fd\u200d\U0001f52c": ":woman_scientist_tone3:",
    "\U0001f44d\U0001f3fe": ":thumbsup_tone4:",
    "\U0001f9d1\U0001f3ff\u200d\U0001f373": ":cook_tone5:",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466": ":family_mwgb:",
    "\U0001f469\U0001f3fb\u200d\u2764\ufe0f\u200d\U0001f468\U0001f3fd": ":couple_tone1_tone3:",
    "\U0001f44f\U0001f3fc": ":clap_tone2:",
    "\U0001f3f3\ufe0f\u200d\U0001f308": ":rainbow_flag:",
    "\U0001f9d1\U0001f3fd\u200d\U0001f3a4": ":singer_tone3:",
    "\U0001f525": ":fire:",
    "\u2764\ufe0f": ":heart:",
}
SKIN_TONES = re.compile("[\U0001f3fb-\U0001f3ff]")
EMOJI_PATTERN = re.compile("|".join(re.escape(e) for e in sorted(EMOJI, key=len, reverse=True)))
#: What UTF-8 read as Windows-1252 makes of a character (the right double quote's last
#: byte has no character there: a replacement character shows instead).
MOJIBAKE = {
    "’": "â€™",
    "‘": "â€˜",
    "“": "â€œ",
    "”": "â€\ufffd",
    "–": "â€“",
    "—": "â€”",
    "é": "Ã©",
    "è": "Ã¨",
    "ç": "Ã§",
    "ü": "Ã¼",
    "ö": "Ã¶",
    "ñ": "Ã±",
    "ó": "Ã³",
    "£": "Â£",
    "°": "Â°",
}
MOJIBAKE_PATTERN = re.compile("|".join(re.escape(g) for g in MOJIBAKE.values()))
GARBLES = re.compile("|".join(re.escape(c) for c in MOJIBAKE))
REPAIRS = {garbled: clean for clean, garbled in MOJIBAKE.items()}
#: Metric units and how an American edition converts them (factor, unit, decimals).
UNITS = {
    "km": (0.621, "miles", 1),
    "kg": (2.205, "lb", 1),
    "g": (0.0353, "oz", 1),
    "ml": (0.0338, "fl oz", 1),
    "°C": (None, "°F", 0),
    "cm": (0.394, "in", 1),
    "litres": (0.264, "gallons", 1),
}
UNIT_PATTERN = re.compile(
    r"(?<![A-Za-z\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)( ?)(km|kg|g|ml|°C|cm|litres)(?![A-Za-z])"
)
CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def date(rng: random.Random) -> str:
    """A date as a British paper writes it: "3 March 2026"."""
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2024, 2026)}"


def full_name(person: tuple[str, str]) -> str:
    """ "Lina Haddad"."""
    return f"{person[0]} {person[1]}"


def cast(rng: random.Random) -> tuple[tuple[str, str], tuple[str, str], tuple[str, str]]:
    """Two people whose initials collide and a third from another pair."""
    first, other = rng.sample(PEOPLE, 2)
    return first[0], first[1], rng.choice(other)


def garble(text: str) -> str:
    """``text`` as a page that read UTF-8 as Windows-1252 shows it."""
    return GARBLES.sub(lambda m: MOJIBAKE[m[0]], text)


def bullets(items: list[str]) -> str:
    """Lines that start with a bullet."""
    return "\n".join(BULLET + item for item in items)


def notes(title: str, sources: list[str]) -> str:
    """A notes section: its title, then "[1] source" lines."""
    return "\n".join([title, *(f"[{i}] {source}" for i, source in enumerate(sources, 1))])


def converted(figure: str, unit: str) -> str:
    """A metric figure in the American unit: "3.1 miles"."""
    factor, target, decimals = UNITS[unit]
    value = float(figure.replace(",", ""))
    new = value * 9 / 5 + 32 if factor is None else value * factor
    shown = f"{new:,.{decimals}f}" if decimals else f"{round(new):,}"
    return f"{shown}{'' if target == '°F' else ' '}{target}"


def finish(headline: str, byline: str, body: list[str]) -> str:
    """The text of a kind: joined by blank lines, canonical."""
    return canonicalize("\n\n".join([headline, byline, *body]) + "\n")
