"""Shared pieces of the fifth round of fresh held-out re-anchoring texts (no test here):
the patterns the families and annotations look for (pipe tables, speaker turns, quotes
with an attribution, figures, times, dates), the status phrases a live page updates, the
non-Latin passages a clean-up retouches, and helpers that build a kind of text.
"""

from __future__ import annotations

import random
import re

from desktop_app.core.text import canonicalize
from tests.benchmarks.reanchor_fresh_texts import MONTHS

ZWSP = "\u200b"
NARROW_NBSP = "\u202f"
MONTHS_SHORT = tuple(month[:3] for month in MONTHS)
MONTHS_LONG = MONTHS
#: A line that opens a speaker's turn: "Q: ", "SANDRA: ", "[19:02] Ana: ".
TURN = re.compile(r"(?m)^(?:\[\d\d:\d\d\] )?(?:Q|A|[A-Z]{3,}|[A-Z][a-z]+): ")
NAME = r"(?:(?:Mr|Ms|Mrs|Dr) )?[A-Z][\w’-]+(?: [A-Z][\w’-]+)?"
#: “We will not stop,” said Ms Ward.  /  “We will not stop,” Ms Ward said.
SAID_AFTER = re.compile(rf"“([^“”\n]{{8,}}?),” (?:said ({NAME})|({NAME}) said)\.")
#: Ms Ward said: “We will not stop.”
SAID_BEFORE = re.compile(rf"({NAME}) said: “([^“”\n]{{8,}}?)([.!?])”")
#: Any quote in curly marks.
QUOTE = re.compile(r"“([^“”\n]+)”")
#: 1,240 and 12,500,000 (not inside a longer number).
THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
#: 41.2 and 7.5 (not a time, not part of a longer number).
DECIMAL = re.compile(r"(?<![\d.,:])\d+\.\d+(?![\d.]|,\d)")
#: 14:00, 07:45.
CLOCK = re.compile(r"(?<![\d:])([01]\d|2[0-3]):([0-5]\d)(?![\d:])")
#: 3 Dec, 14 June (a day and a month, British order).
DAY_MONTH = re.compile(
    rf"(?<![\d])([1-9]|[12]\d|3[01]) ({'|'.join(MONTHS_LONG)}|{'|'.join(MONTHS_SHORT)})(?![a-z])"
)
#: Figures as readers select them: 1,240, £1.2, 41.2%, 2026, 40 min.
FIGURE = re.compile(r"(?<![\w.,£])£?\d+(?:[.,:]\d+)*(?:%| per cent| min)?(?![\w]|[.,]\d)")
GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
DEVANAGARI = re.compile("[\u0900-\u097f]")
HANGUL = re.compile("[\uac00-\ud7a3]")
THAI = re.compile("[\u0e00-\u0e7f]")
#: Korean written without the spaces its spelling rules want, and the corrected spacing.
KOREAN_SPACING = {
    "할것이라고": "할 것이라고",
    "확인할수": "확인할 수",
    "있을것": "있을 것",
    "볼수": "볼 수",
    "한번": "한 번",
}
#: Phrases of a repeated status line a live page updates at every occurrence.
STATUS_UPDATES = {
    "remains closed": "has reopened",
    "up to 20 minutes": "up to 35 minutes",
    "31 of 48": "36 of 48",
    "Lab 17": "Lab 20",
    "not yet reported": "reported in part",
    "still on the building": "being taken down",
    "the sea is quiet": "the sea is rising",
    "at the slipway": "at the old café",
    "every three months": "every quarter",
    "£1,849": "£1,738",
    "48 hours": "72 hours",
    "no injuries": "two injuries",
    "sold out": "almost full",
}
#: People quoted and named, some with titles a house style drops.
PEOPLE = (
    ("Ms", "Ruth", "Mayhew"),
    ("Dr", "Chidi", "Okafor"),
    ("Mr", "George", "Pratt"),
    ("Ms", "Amina", "Yusuf"),
    ("Dr", "Ines", "Duarte"),
    ("Mr", "Tomasz", "Wrona"),
    ("Ms", "Priya", "Nair"),
    ("Dr", "Eleni", "Kostaki"),
)
#: Names of outlets for "Read more" lines and headings of another story.
OTHER_STORIES = (
    "Why councils are selling their car parks",
    "The towns where the last bus leaves at six",
    "Five things we learned from the budget",
    "Inside the race to repair Britain’s bridges",
    "What the new rules mean for renters",
    "The quiet return of the night train",
)


def person(rng: random.Random) -> tuple[str, str, str]:
    """A title, a first name and a surname."""
    return rng.choice(PEOPLE)


def cast(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """``count`` different people."""
    return rng.sample(PEOPLE, count)


def titled(who: tuple[str, str, str]) -> str:
    """ "Dr Okafor"."""
    return f"{who[0]} {who[2]}"


def full(who: tuple[str, str, str]) -> str:
    """ "Chidi Okafor"."""
    return f"{who[1]} {who[2]}"


def day_month(rng: random.Random, short: bool = False) -> str:
    """ "3 December" or "3 Dec"."""
    months = MONTHS_SHORT if short else MONTHS_LONG
    return f"{rng.randint(1, 28)} {rng.choice(months)}"


def clock(rng: random.Random, first: int = 6, last: int = 22) -> str:
    """ "07:45"."""
    return f"{rng.randint(first, last):02d}:{rng.randrange(0, 60, 5):02d}"


def thousands(rng: random.Random, low: int = 1_100, high: int = 9_800) -> str:
    """ "2,314"."""
    return f"{rng.randint(low, high):,}"


def table(rows: list[list[str]]) -> str:
    """Rows of cells separated by " | ", one line each."""
    return "\n".join(" | ".join(cells) for cells in rows)


def turns(lines: list[tuple[str, str]]) -> str:
    """Speaker turns, one line each: "Q: …"."""
    return "\n".join(f"{who}: {said}" for who, said in lines)


def thai(*words: str) -> str:
    """A Thai phrase whose words are joined by zero-width spaces, as some sites print them."""
    return ZWSP.join(words)


def finish(headline: str, byline: str, body: list[str]) -> str:
    """The text of a kind: joined by blank lines, canonical."""
    return canonicalize("\n\n".join([headline, byline, *body]) + "\n")
