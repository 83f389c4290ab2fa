"""Shared pieces of the ninth round of fresh held-out re-anchoring texts (no test here):
the patterns the families look for (readings, coded entries, people, pronouns, tenses,
status words, marks a web feed escapes), passages in Bengali, Georgian, Armenian and
Amharic, and helpers that build a text.
"""

from __future__ import annotations

import random
import re
import unicodedata

from desktop_app.core.text import canonicalize

NBSP = "\u00a0"
ZWJ = "\u200d"
#: A reading line: a label, a colon and a figure ("Severn at Bewdley: 3.42 m, rising.").
READING = re.compile(r"(?m)^([^:\n\d]{3,70}): (\d+(?:\.\d+)?)(?![\d.]\d)")
#: A coded entry at a paragraph start ("FW201 · "): flood warnings, listings, lots, boards.
ENTRY = re.compile(r"[A-Z]{2}\d{3} · ")

#: People the texts name (invented); some share a first name or a surname, one has
#: combining marks that NFC cannot fold.
_RAW_PEOPLE = (
    "Marta Kowalczyk",
    "Ingrid Solberg",
    "Ingrid Dahl",
    "Søren Dahl",
    "Nino Beridze",
    "Levan Beridze",
    "Levon Hakobyan",
    "Anahit Sargsyan",
    "Rahima Begum",
    "Shahid Chowdhury",
    "Fẹ́mi Adébáyọ̀",
    "Tomás Ferreira",
    "Hanna Wolde",
    "Dawit Tesfaye",
    "Owen Pritchard",
    "Gwen Pritchard",
)
PEOPLE = tuple(unicodedata.normalize("NFC", name) for name in _RAW_PEOPLE)
#: A person's full name ("Marta Kowalczyk"), its first name and surname as groups.
FULL_NAME = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(name.split()[0]) for name in sorted(set(PEOPLE)))
    + r") ("
    + "|".join(sorted({re.escape(name.split()[1]) for name in PEOPLE}, key=len, reverse=True))
    + r")(?![\w-])"
)

#: Pronouns an inclusive-language pass changes, and the verb after a subject that it makes
#: agree ("she is" → "they are").
PRONOUNS = {
    "he": "they",
    "she": "they",
    "He": "They",
    "She": "They",
    "his": "their",
    "His": "Their",
    "him": "them",
}
AGREEMENT = {"is": "are", "was": "were", "has": "have", "says": "say", "does": "do"}
PRONOUN = re.compile(r"(?<!\w)(he|she|He|She|his|His|him)(?: (is|was|has|says|does))?(?!\w)")
#: Gendered nouns and what the same pass writes.
GENDERED = {
    "chairman": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "weatherman": "forecaster",
    "groundsman": "groundskeeper",
    "foreman": "supervisor",
    "sportsmanship": "fair play",
    "manned": "staffed",
}
GENDERED_WORD = re.compile(r"(?<!\w)(" + "|".join(GENDERED) + r")(?!\w)")
#: Present and future verbs, and the past an archive pass gives them.
TENSES = {
    "is": "was",
    "are": "were",
    "will": "would",
    "has": "had",
    "have": "had",
    "opens": "opened",
    "closes": "closed",
    "remains": "remained",
    "runs": "ran",
    "starts": "started",
    "begins": "began",
    "stands": "stood",
    "says": "said",
}
TENSE_WORD = re.compile(r"(?<![\w’'-])(" + "|".join(TENSES) + r")(?![\w’'-])")
#: Status words a dashboard shows as icons.
ICONS = {
    "rising": "↑",
    "falling": "↓",
    "steady": "→",
    "warning": "⚠️",
    "cancelled": "❌",
    "confirmed": "✅",
    "new": "🆕",
    "live": "🔴",
    "repeat": "🔁",
    "reduced": "🔻",
    "draw": "🤝",
}
ICON_WORD = re.compile(r"(?<![\w-])(" + "|".join(ICONS) + r")(?![\w-])")
#: The same words capitalised ("Warning"), which only the highest rate changes.
ICON_CAPITAL = re.compile(r"(?<![\w-])(" + "|".join(w.capitalize() for w in ICONS) + r")(?![\w-])")
#: Characters a web feed writes as HTML entities: the bare minimum, then typography.
ENTITIES_BARE = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
ENTITIES_TYPOGRAPHY = {
    "’": "&rsquo;",
    "‘": "&lsquo;",
    "“": "&ldquo;",
    "”": "&rdquo;",
    "—": "&mdash;",
    "–": "&ndash;",
    "…": "&hellip;",
    NBSP: "&nbsp;",
    "½": "&frac12;",
    "£": "&pound;",
}
#: What a transcript or a page prints where a paragraph was broken off.
INTERJECTIONS = (
    "(Interruption.)",
    "[Advertisement]",
    "Hear, hear!",
    "(Applause.)",
    "[Transmission interrupted]",
    "[Continued below]",
)
SUMMARY = "Summary: this section has been shortened; the full text is in the print edition."
EXCERPT = " […]"

_RAW_PASSAGES = {
    "Bengali": (
        "নদীর জল বিপদসীমার উপরে বইছে, সবাইকে সতর্ক থাকতে বলা হয়েছে।",
        "আরও তথ্যের জন্য নিচের নম্বরে ফোন করুন।",
        "আজ সন্ধ্যায় Rahima Begum কমিউনিটি সেন্টারে কথা বলবেন।",
    ),
    "Georgian": (
        "მდინარის დონე იმატებს, გთხოვთ იყოთ ფრთხილად.",
        "დამატებითი ინფორმაციისთვის დარეკეთ ქვემოთ მოცემულ ნომერზე.",
        "მეექვსე ტურის შემდეგ Nino Beridze ლიდერობს.",
    ),
    "Armenian": (
        "Գետի մակարդակը բարձրանում է, խնդրում ենք զգույշ լինել։",
        "Լրացուցիչ տեղեկությունների համար զանգահարեք ստորև նշված համարով։",
        "Վեցերորդ տուրից հետո Levon Hakobyan-ը առաջատար է։",
    ),
    "Amharic": (
        "የወንዙ ውሃ እየጨመረ ነው፤ እባካችሁ ተጠንቀቁ።",
        "ለተጨማሪ መረጃ ከታች ባለው ቁጥር ይደውሉ።",
        "ዛሬ ማታ Hanna Wolde በማህበረሰብ ማዕከሉ ትናገራለች።",
    ),
}
#: Passages in Bengali, Georgian, Armenian and Amharic (canonical), by script.
PASSAGES = {
    script: tuple(unicodedata.normalize("NFC", p) for p in found)
    for script, found in _RAW_PASSAGES.items()
}
EMOJI = ("👩‍🚒", "🏳️‍🌈", "👨‍👩‍👧", "🧑🏽‍🍳", "🐕‍🦺", "♟️", "🌧️", "📺")


def reading_lines(rng: random.Random, rows: list[tuple[str, str, str]]) -> str:
    """A reading block, one line a row: "label: figure tail, status." (``rows`` gives the
    label, the figure's format and its tail; figures and statuses are drawn)."""
    lines = []
    for label, kind, tail in rows:
        if kind == "metres":
            figure = f"{rng.uniform(0.4, 5.9):.2f}"
        elif kind == "tenths":
            figure = f"{rng.uniform(0.5, 9.9):.1f}"
        else:
            figure = str(rng.randint(12, 480))
        status = rng.choice(("rising", "falling", "steady"))
        lines.append(f"{label}: {figure}{tail}, {status}.")
    return "\n".join(lines)


def twin(rng: random.Random, rows: str) -> str:
    """A reading block whose first two lines share their figure and status (twins but for
    the label)."""
    lines = rows.split("\n")
    first = READING.match(lines[0])
    second = READING.match(lines[1])
    assert first
    assert second
    lines[1] = second[1] + lines[0][len(first[1]) :]
    return "\n".join(lines)


def finish(headline: str, byline: str, sections: list[tuple[str, list[str]]]) -> str:
    """The text of a kind: headline, byline, then each heading and its paragraphs, joined
    by blank lines, canonical."""
    parts = [headline, byline]
    for heading, paragraphs in sections:
        if heading:
            parts.append(heading)
        parts.extend(paragraphs)
    return canonicalize("\n\n".join(parts) + "\n")


def people(rng: random.Random, count: int) -> list[str]:
    """``count`` different people."""
    return rng.sample(PEOPLE, count)
