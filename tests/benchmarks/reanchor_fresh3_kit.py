"""Shared pieces of the third round of fresh held-out re-anchoring texts (no test here):
the special characters, the labels and recurring passages the families and annotations
look for, and helpers that build a kind of text (tables as text, numbered paragraphs,
lookalike letters and soft hyphens planted, the canonical form).
"""

from __future__ import annotations

import random
import re

from desktop_app.core.text import canonicalize
from tests.benchmarks.reanchor_fresh_texts import MONTHS

NBSP = "\u00a0"
SOFT_HYPHEN = "\u00ad"
#: Latin letters and the Cyrillic letters that look the same.
LOOKALIKES = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х",
}  # fmt: skip
#: Labels that open paragraphs, and how another house style writes them.
LABELS = {
    "Q:": ("Question:", "Q.", "INTERVIEWER:"),
    "A:": ("Answer:", "A.", "REPLY:"),
    "Lady Justice Marwood:": ("MARWOOD LJ:", "Marwood LJ:"),
    "Lord Justice Penhaligon:": ("PENHALIGON LJ:", "Penhaligon LJ:"),
    "Lady Justice Okoye:": ("OKOYE LJ:", "Okoye LJ:"),
    "Photograph:": ("Photo:", "Picture:"),
    "For further information:": ("Contacts:", "Enquiries:"),
    "English:": ("[English]", "EN:"),
    "Cymraeg:": ("[Cymraeg]", "CY:"),
    "Line-ups:": ("Teams:", "Starting XIs:"),
}
#: Short passages that recur on purpose (a reader codes one of the occurrences).
RECURRING = (
    "I agree.",
    "I do not accept that submission.",
    "In my judgment, the Tribunal was entitled to reach that conclusion.",
    "I would dismiss the appeal on this ground.",
    "It was a penalty.",
    "Yellow card:",
    "Kovalenko",
    "Alternative performance measures are defined in note 4.",
    "on a like-for-like basis",
    "पानी ही जीवन है",
    "The ice does not forget.",
    "I don't know.",
    "Exactly.",
    "«La memòria és un riu»",
    "For more information call 01970 633 900.",
    "Am ragor o wybodaeth ffoniwch 01970 633 900.",
    "Ffordd y Môr",
)


def date(rng: random.Random) -> str:
    """A date as a British paper writes it: "3 March 2026"."""
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2021, 2026)}"


def plant_lookalikes(rng: random.Random, text: str, count: int) -> str:
    """``text`` with one letter of ``count`` Latin words (five letters or more, not the
    first of a line nor in a label) swapped for its Cyrillic lookalike."""
    labels = [
        range(m.start(), m.end())
        for label in LABELS
        for m in re.finditer(rf"(?:^|(?<=\n)){re.escape(label)}", text)
    ]
    words = [
        m
        for m in re.finditer(r"\b[A-Za-z]{5,}\b", text)
        if set(m[0]) & set(LOOKALIKES)
        and m.start()
        and text[m.start() - 1] != "\n"
        and not any(m.start() in label for label in labels)
    ]
    chosen = sorted(rng.sample(words, min(count, len(words))), key=lambda m: -m.start())
    for match in chosen:
        spots = [i for i, c in enumerate(match[0]) if c in LOOKALIKES]
        at = match.start() + rng.choice(spots)
        text = text[:at] + LOOKALIKES[text[at]] + text[at + 1 :]
    return text


def soften(rng: random.Random, text: str, share: float) -> str:
    """Soft hyphens in a share of the words of ten letters or more (as a web page's
    hyphenation leaves them)."""
    for match in reversed(list(re.finditer(r"\b[a-z]{8,}\b", text))):
        if rng.random() < share:
            at = match.start() + rng.randint(4, len(match[0]) - 4)
            text = text[:at] + SOFT_HYPHEN + text[at:]
    return text


def table(title: str, rows: list[tuple[str, ...]]) -> str:
    """A table as text: a title line, then rows whose cells are padded to line up."""
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    lines = [
        "   ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    ]
    return "\n".join([title, *lines])


def numbered(items: list[str], first: int = 1) -> list[str]:
    """Paragraphs numbered from ``first``: "1. ...", "2. "..."""
    return [f"{first + i}. {item}" for i, item in enumerate(items)]


def finish(rng: random.Random, headline: str, byline: str, body: list[str]) -> str:
    """The text of a kind: joined, three lookalikes planted, canonical."""
    text = "\n\n".join([headline, byline, *body]) + "\n"
    return canonicalize(plant_lookalikes(rng, text, 3))
