"""Edit operations of the second-round fresh re-anchoring families, each deterministic so
a test can check it by hand (no test here): a correction that quotes a sentence, a time
restyled, a pull-quote, a paragraph split and swapped, a British-to-American spelling
pass, punctuation retyped or curled, a paragraph hard-wrapped, clauses swapped, words
glossed as a literal translation does. All go through :class:`TrackedText`.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.benchmarks.reanchor_fresh_families import delete_paragraph
from tests.storage.edit_simulation import TrackedText

Span = tuple[int, int]
#: Clock times as the texts write them: 14:05, 14:05 GMT, 2.34 pm, 10.30am.
TIME = re.compile(r"\b([01]?\d|2[0-3])([:.])([0-5]\d)( ?(?:GMT|BST|CET|am|pm))?(?![\d,])")
# -- British to American -------------------------------------------------------------------------
#: Each class of the spelling pass: a pattern and how a match is rewritten.
AMERICAN: dict[str, tuple[re.Pattern[str], dict[str, str] | None]] = {
    "our": (re.compile(r"\b(?:[Cc]ol|[Ff]lav|[Hh]arb|[Nn]eighb|[Ff]av|[Hh]on|[Ll]ab)our"), None),
    "re": (re.compile(r"\b(?:[Cc]ent|[Tt]heat|[Mm]et|[Ll]it|[Ff]ib)re(?=[sd]?\b)"), None),
    "ise": (
        re.compile(
            r"\b(?:[Oo]rgan|[Rr]ecogn|[Rr]eal|[Aa]polog|[Cc]ritic|[Ee]mphas|[Mm]inim|[Aa]uthor"
            r"|[Ss]pecial|[Ff]inal)is(?=(?:e|ed|es|ing|ation|ations)\b)"
        ),
        None,
    ),
    "ll": (re.compile(r"\b(?:[Tt]ravel|[Cc]ancel|[Ll]abel|[Mm]odel|[Cc]ounsel)l(?=ed|ing)"), None),
    "words": (
        re.compile(
            r"\b(?:programme|grey|whilst|towards|Towards|defence|licence|analyse|per cent"
            r"|catalogue|mould)\b"
        ),
        {
            "programme": "program",
            "grey": "gray",
            "whilst": "while",
            "towards": "toward",
            "Towards": "Toward",
            "defence": "defense",
            "licence": "license",
            "analyse": "analyze",
            "per cent": "percent",
            "catalogue": "catalog",
            "mould": "mold",
        },
    ),
    "titles": (re.compile(r"\b(?:Mrs|Mr|Ms|Dr|St)(?= [A-Z])"), None),
}
# -- retyped punctuation ------------------------------------------------------------------------
STRAIGHT = {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "…": "...", "–": "-", "—": "--"}
LIGATURES = {"ffi": "ﬃ", "fi": "ﬁ", "fl": "ﬂ", "ff": "ﬀ"}
SOFT_HYPHEN = "\u00ad"
BIDI_MARKS = "\u200e\u200f"
# -- translation-style rewriting -------------------------------------------------------------------
GLOSS = {
    "the": "this",
    "a": "one",
    "said": "declared",
    "says": "declares",
    "told": "informed",
    "was": "has been",
    "is": "finds itself",
    "will": "shall",
    "would": "should",
    "people": "persons",
    "after": "following",
    "about": "concerning",
    "because": "given that",
    "but": "however",
    "very": "most",
    "new": "novel",
    "and": "as well as",
    "in": "within",
    "on": "upon",
    "for": "in favour of",
    "with": "together with",
    "have": "possess",
    "has": "possesses",
    "their": "its",
    "more": "further",
    "than": "compared with",
    "before": "prior to",
    "until": "up to",
}
FILLERS = ("matter", "question", "affair", "party", "side", "manner", "moment", "case")


def touches_a_mark(chars: list[str], at: int) -> bool:
    """Whether an edit at ``at`` would sit next to a combining mark (NFC could recompose)."""
    return any(
        0 <= i < len(chars) and unicodedata.combining(chars[i]) for i in (at - 1, at, at + 1)
    )


def _text_end(tracked: TrackedText) -> int:
    return len(tracked.text.rstrip("\n"))


# -- operations (deterministic, so a test can check them by hand) -------------------------------


def append_correction(tracked: TrackedText, sentence: Span, how: str, when: str) -> None:
    """Append a correction that quotes ``sentence`` (a pasted copy), then strike the
    sentence (``how`` "struck": deleted; "flagged": kept with a note after it) or leave it
    for the caller to fix ("fixed")."""
    start, end = sentence
    at = _text_end(tracked)
    lead = f"\n\nCorrection, {when}: an earlier version of this article said: “"
    tracked.replace(at, 0, lead)
    tracked.copy(start, end - start, at + len(lead))
    verdict = {"struck": "That was wrong and has been removed.", "flagged": "That was wrong."}
    tail = "” " + verdict.get(how, "This has been corrected.")
    tracked.replace(at + len(lead) + end - start, 0, tail)
    if how == "flagged":
        tracked.replace(end, 0, " [See correction below.]")
    elif how == "struck":
        text = tracked.text
        if (start < 2 or text[start - 2 : start] == "\n\n") and text[end : end + 2] == "\n\n":
            delete_paragraph(tracked, sentence)
        elif text[end : end + 1] == " ":
            tracked.replace(start, end + 1 - start, "")
        else:
            tracked.replace(start - 1, end + 1 - start, "")


def restyle_time(match: re.Match[str], style: str) -> str:
    """A time moved to summer time ("bst": 14:05 GMT -> 15:05 BST, 2.34 pm -> 3.34 pm) or
    written the other way round ("clock": 14:05 GMT -> 2.05pm GMT, 2.34 pm -> 14:34)."""
    hour, minute, zone = int(match[1]), match[3], (match[4] or "").strip()
    twelve = zone in ("am", "pm")
    if twelve:
        hour = hour % 12 + (12 if zone == "pm" else 0)
    if style == "bst":
        hour = (hour + 1) % 24
        if twelve:
            space = " " if match[4].startswith(" ") else ""
            return f"{(hour - 1) % 12 + 1}{match[2]}{minute}{space}{'pm' if hour >= 12 else 'am'}"
        return f"{hour:02d}{match[2]}{minute}" + (" BST" if zone else "")
    if twelve:
        return f"{hour:02d}:{minute}"
    suffix = "pm" if hour >= 12 else "am"
    return f"{(hour - 1) % 12 + 1}.{minute}{suffix}" + (f" {zone}" if zone else "")


def pull_quote(tracked: TrackedText, passage: Span, to: int) -> None:
    """Paste a copy of ``passage`` as a paragraph of its own, in quote marks, at ``to``
    (the start of a paragraph)."""
    start, end = passage
    tracked.copy(start, end - start, to)
    tracked.replace(to + end - start, 0, "”\n\n")
    tracked.replace(to, 0, "“")


def split_and_swap(tracked: TrackedText, paragraph: Span, space: int) -> None:
    """Split a paragraph at the space ``space`` between two sentences and put the second
    half first (both halves keep their origin; the new paragraph break is typed)."""
    start, end = paragraph
    tracked.replace(space, 1, "\n\n")
    first, second = space - start, end + 1 - (space + 2)
    tracked.move(space + 2, second, start)
    tracked.move(start + second + first, 2, start + second)


def americanise(tracked: TrackedText, classes: list[str]) -> None:
    """Rewrite the chosen classes of British spellings everywhere ("colour" -> "color",
    "organise" -> "organize", "Mr Khan" -> "Mr. Khan"...)."""
    for name in classes:
        pattern, words = AMERICAN[name]
        for match in reversed(list(pattern.finditer(tracked.text))):
            word = match[0]
            if words is not None:
                new = words[word]
            elif name == "our":
                new = word[:-2] + "r"
            elif name == "re":
                new = word[:-2] + "er"
            elif name == "ise":
                new = word[:-1] + "z"
            elif name == "ll":
                new = word[:-1]
            else:
                new = word + "."
            tracked.replace(match.start(), len(word), new)


def retype(tracked: TrackedText, table: dict[str, str], *, words: bool = False) -> None:
    """Replace every occurrence of each key of ``table`` (longest first) by its value
    (``words``: only as whole words)."""
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(key) for key in keys))
    if words:
        pattern = re.compile(rf"\b(?:{pattern.pattern})\b")
    for match in reversed(list(pattern.finditer(tracked.text))):
        if not touches_a_mark(tracked.chars, match.start()):
            tracked.replace(match.start(), len(match[0]), table[match[0]])


def curl(tracked: TrackedText) -> None:
    """Straight quotes and apostrophes made typographic by their context, "..." made an
    ellipsis and a spaced hyphen an en dash."""
    text = tracked.text
    for at in reversed(range(len(text))):
        before = text[at - 1] if at else " "
        if text[at] == '"':
            tracked.replace(at, 1, "“" if before.isspace() or before in "([" else "”")
        elif text[at] == "'":
            tracked.replace(at, 1, "‘" if before.isspace() else "’")
        elif text.startswith("...", at) and (at + 3 == len(text) or text[at + 3] != "."):
            tracked.replace(at, 3, "…")
        elif at and text.startswith(" - ", at - 1):
            tracked.replace(at, 1, "–")


def wrap(tracked: TrackedText, paragraph: Span, width: int, hyphenate: set[int]) -> None:
    """Hard-wrap a paragraph at ``width``: the space before a word that does not fit
    becomes a line break, or, for a long word whose index is in ``hyphenate``, the word
    is broken with "-" and a line break where the line is full."""
    start, end = paragraph
    text = tracked.text
    edits: list[tuple[int, int, str]] = []
    line = 0
    for index, match in enumerate(re.finditer(r"\S+", text[start:end])):
        word, at = match[0], start + match.start()
        if line and line + 1 + len(word) > width:
            room = width - line - 2
            cut = at + room
            if (
                index in hyphenate
                and 3 <= room <= len(word) - 3
                and word[room - 1 : room + 1].isalpha()
                and not touches_a_mark(tracked.chars, cut)
            ):
                edits.append((cut, 0, "-\n"))
                line = len(word) - room
                continue
            edits.append((at - 1, 1, "\n"))
            line = len(word)
        else:
            line += (1 if line else 0) + len(word)
    for at, length, new in reversed(edits):
        tracked.replace(at, length, new)


def swap_clauses(tracked: TrackedText, sentence: Span, comma: int) -> None:
    """Turn "A, B." into "B, A." (both clauses keep their origin) at the ", " at ``comma``."""
    start, end = sentence
    first, second = comma - start, end - 1 - (comma + 2)
    tracked.move(comma + 2, second, start)
    tracked.move(start + second + first, 2, start + second)


def gloss_words(tracked: TrackedText, rng: random.Random, sentence: Span) -> None:
    """Reword a sentence as a literal translation does: common words glossed, other plain
    words often replaced, quoted words too; names, figures and other scripts kept (with
    their origin)."""
    start, end = sentence
    text = tracked.text
    for match in reversed(list(re.finditer(r"[a-z]+", text[start:end]))):
        at, word = start + match.start(), match[0]
        if text[at - 1 : at].isalnum() or text[at + len(word) : at + len(word) + 1].isalnum():
            continue  # part of a longer word (accents, digits): keep
        if word in GLOSS and rng.random() < 0.85:
            tracked.replace(at, len(word), GLOSS[word])
        elif word not in GLOSS and len(word) > 3 and rng.random() < 0.4:
            tracked.replace(at, len(word), rng.choice(FILLERS))
