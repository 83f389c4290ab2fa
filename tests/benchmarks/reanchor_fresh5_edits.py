"""Operations the fifth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an editor, a CMS or a clean-up tool would, so the truth of
every passage is known.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from tests.benchmarks.reanchor_fresh5_kit import (
    CLOCK,
    DAY_MONTH,
    DECIMAL,
    DEVANAGARI,
    GREEK,
    HANGUL,
    KOREAN_SPACING,
    NARROW_NBSP,
    SAID_AFTER,
    SAID_BEFORE,
    THAI,
    THOUSANDS,
    ZWSP,
)
from tests.benchmarks.reanchor_fresh5_places import SENTENCE, Span, lines_in
from tests.storage.edit_simulation import TrackedText

#: Reported speech: what a quote's pronouns and verbs become ("we will" → "they would").
BACKSHIFT = {
    "I": "they",
    "we": "they",
    "We": "They",
    "my": "their",
    "My": "Their",
    "our": "their",
    "Our": "Their",
    "us": "them",
    "will": "would",
    "is": "was",
    "am": "were",
    "are": "were",
    "can": "could",
    "have": "had",
}
BACKSHIFT_WORD = re.compile(rf"(?<![\w’])(?:{'|'.join(BACKSHIFT)})(?![\w’])")
#: Capitalised words that stay capitalised inside a sentence.
PROPER = frozenset(("I", "Mara", "Labour", "Meter"))


# -- speech --------------------------------------------------------------------------------------


def _backshift(tracked: TrackedText, start: int, end: int) -> None:
    for match in reversed(list(BACKSHIFT_WORD.finditer(tracked.text, start, end))):
        tracked.replace(match.start(), len(match[0]), BACKSHIFT[match[0]])
    word = re.match(r"[A-Z][a-z’]*", tracked.text[start:end])
    if word and word[0] not in PROPER:
        tracked.replace(start, 1, word[0][0].lower())


def report_after(tracked: TrackedText, match: re.Match[str]) -> None:
    """“We will go,” said Ms Ward. (or Ms Ward said.) made Ms Ward said they would go.;
    the name is cut and pasted, "said" typed anew."""
    name_start, name_end = match.span(2) if match[2] else match.span(3)
    length = name_end - name_start
    opening, comma, stop = match.start(), match.end(1), match.end() - 1
    tracked.move(name_start, length, opening)
    tracked.replace(comma + length, stop - comma - length, "")
    tracked.replace(opening + length, 1, " said ")
    quote = opening + length + len(" said ")
    _backshift(tracked, quote, quote + comma - opening - 1)


def report_before(tracked: TrackedText, match: re.Match[str]) -> None:
    """Ms Ward said: “We will go.” made Ms Ward said that they would go."""
    tracked.replace(match.end() - 1, 1, "")
    colon = match.end(1) + len(" said")
    tracked.replace(colon, 3, " that ")
    start = colon + len(" that ")
    _backshift(tracked, start, start + match.end(2) - match.start(2))


def speeches(text: str) -> list[tuple[str, re.Match[str]]]:
    """Quotes with an attribution, in text order."""
    found = [("after", m) for m in SAID_AFTER.finditer(text)]
    found += [("before", m) for m in SAID_BEFORE.finditer(text)]
    return sorted(found, key=lambda pair: pair[1].start())


def elide(tracked: TrackedText, rng: random.Random, quote: Span, *, bracket: bool) -> None:
    """Two to four words inside a quote cut and marked "…"; with ``bracket``, a pronoun
    after the cut made a name in square brackets."""
    start, end = quote
    words = list(re.finditer(r"[^\s“”]+", tracked.text[start:end]))
    first = rng.randint(2, len(words) - 5)
    count = rng.randint(2, 4)
    cut_start = start + words[first].start()
    cut_end = start + words[first + count - 1].end()
    if bracket:
        pronoun = re.compile(r"(?<![\w’])(it|they|them|she)(?![\w’])")
        found = pronoun.search(tracked.text, cut_end, end)
        if found:
            names = {"it": "the road", "she": "Mara"}
            tracked.replace(found.start(), len(found[0]), f"[{names.get(found[0], 'people')}]")
    tracked.replace(cut_start, cut_end - cut_start, "…")


# -- sentences -----------------------------------------------------------------------------------


def split_at(tracked: TrackedText, joint: re.Match[str]) -> None:
    """A long sentence split in two at ", and" (dropped), "; " or ", but" (kept)."""
    after = joint.end()
    word = tracked.text[after]
    new = f". But {word}" if "but" in joint[0] else f". {word.upper()}"
    tracked.replace(joint.start(), after + 1 - joint.start(), new)


def join_at(tracked: TrackedText, rng: random.Random, point: Span) -> None:
    """Two short sentences joined by ", and" or a semicolon; the second loses its capital
    unless its first word is a name (capitalised after a lower-case word somewhere)."""
    stop, second = point
    text = tracked.text
    word = re.match(r"\w+", text[second:])
    name = word is not None and re.search(rf"[a-z,] {word[0]}\b", text) is not None
    glue = "; " if name else rng.choice((", and ", "; "))
    first = text[second]
    tracked.replace(stop, second + 1 - stop, glue + (first if name else first.lower()))


# -- figures -------------------------------------------------------------------------------------


def thousands_spaced(tracked: TrackedText) -> None:
    """1,240 made 1 240 (a narrow no-break space), everywhere."""
    for match in reversed(list(THOUSANDS.finditer(tracked.text))):
        for at in reversed([match.start() + i for i, c in enumerate(match[0]) if c == ","]):
            tracked.replace(at, 1, NARROW_NBSP)


def decimal_commas(tracked: TrackedText) -> None:
    """41.2 made 41,2, everywhere."""
    for match in reversed(list(DECIMAL.finditer(tracked.text))):
        tracked.replace(match.start() + match[0].index("."), 1, ",")


def twelve_hour(tracked: TrackedText) -> None:
    """14:00 made 2pm and 07:45 made 7.45am, everywhere."""
    for match in reversed(list(CLOCK.finditer(tracked.text))):
        hour, minute = int(match[1]), match[2]
        shown = f"{hour % 12 or 12}{'' if minute == '00' else '.' + minute}"
        tracked.replace(match.start(), len(match[0]), shown + ("am" if hour < 12 else "pm"))


def month_first(tracked: TrackedText) -> None:
    """3 December made December 3, everywhere."""
    for match in reversed(list(DAY_MONTH.finditer(tracked.text))):
        tracked.replace(match.start(), len(match[0]), f"{match[2]} {match[1]}")


# -- tables --------------------------------------------------------------------------------------


def _number(cell: str) -> float | None:
    digits = re.sub(r"[£%+,]| min", "", cell.strip())
    try:
        return float(digits)
    except ValueError:
        return None


def sort_rows(tracked: TrackedText, rows: list[Span]) -> None:
    """A table's rows (not its header) re-sorted by its first numeric column, largest
    first (or by its first column when none is numeric; the other way round when already
    in that order), each row cut and pasted whole."""
    text = tracked.text
    cells = [text[s:e].split(" | ") for s, e in rows[1:]]
    numeric = [i for i in range(len(cells[0])) if all(_number(c[i]) is not None for c in cells)]

    def key(line: str) -> tuple[float, str]:
        parts = line.split(" | ")
        value = _number(parts[numeric[0]]) if numeric else None
        return (-value if value is not None else 0.0, parts[0])

    keys = [key(text[s:e]) for s, e in rows[1:]]
    reverse = keys == sorted(keys)
    start, end = rows[1][0], rows[-1][1]
    for slot in range(len(rows) - 1):
        lines = lines_in(tracked.text, start, end)
        rest = [key(tracked.text[s:e]) for s, e in lines[slot:]]
        pick = slot + rest.index(max(rest) if reverse else min(rest))
        if pick != slot:
            s, e = lines[pick]
            tracked.move(s, e - s + 1, lines[slot][0])


def add_column(tracked: TrackedText, rng: random.Random, rows: list[Span]) -> None:
    """A column appended to every row: "Note" with "new", "n/a" or a number."""
    for index, (_, end) in reversed(list(enumerate(rows))):
        cell = "Note" if index == 0 else rng.choice(("new", "n/a", "revised", str(index)))
        tracked.replace(end, 0, f" | {cell}")


def delete_line(tracked: TrackedText, line: Span) -> None:
    """A line of a paragraph of several lines deleted with one of its line breaks."""
    start, end = line
    if tracked.text[end : end + 1] == "\n" and tracked.text[end : end + 2] != "\n\n":
        tracked.replace(start, end - start + 1, "")
    else:
        tracked.replace(start - 1, end - start + 1, "")


# -- paragraphs ----------------------------------------------------------------------------------


def insert_paragraph(tracked: TrackedText, at: int, paragraph: str) -> None:
    """A paragraph typed in before the paragraph that starts at ``at``."""
    tracked.replace(at, 0, paragraph + "\n\n")


def insert_copy(tracked: TrackedText, at: int, source: Span, prefix: str) -> None:
    """A paragraph made of ``prefix`` and a copy of ``source`` put before ``at``."""
    start, end = source
    tracked.copy(start, end - start, at)
    tracked.replace(at + end - start, 0, "\n\n")
    tracked.replace(at, 0, prefix)


def move_section(tracked: TrackedText, section: Span, to: int) -> int:
    """Paragraphs ``section`` cut with one blank line and pasted before the paragraph that
    starts at ``to`` (an offset before the cut); where the section now starts."""
    start, end = section
    if tracked.text[end : end + 2] == "\n\n":  # the section and the blank line after it
        length = end + 2 - start
        if to > start:
            to -= length
        tracked.move(start, length, to)
        return to
    # the last paragraph: the blank line before it goes with it, in before the paragraph
    assert to < start
    tracked.move(start - 2, end - start + 2, to - 2)
    return to


def rewrite_opening(tracked: TrackedText, rng: random.Random, start: int, sentence: str) -> None:
    """The first sentence of the paragraph at ``start`` rewritten: its first four words made
    a new lead-in, or (half the time) the whole sentence made ``sentence``."""
    line_end = tracked.text.find("\n", start)
    found = SENTENCE.match(tracked.text, start, line_end if line_end >= 0 else len(tracked.text))
    if found is None:
        return
    words = list(re.finditer(r"\S+", found[0]))
    if len(words) >= 8 and rng.random() < 0.5:
        lead = rng.choice(("In the end, ", "By then, ", "As it turned out, ", "Even so, "))
        tracked.replace(start, words[4].start(), lead)
    else:
        tracked.replace(start, len(found[0].rstrip()), sentence)


# -- style and scripts ---------------------------------------------------------------------------


def percent_signs(tracked: TrackedText) -> None:
    """ "70 per cent" made "70%"."""
    for match in reversed(list(re.finditer(r"(?<=\d) per cent", tracked.text))):
        tracked.replace(match.start(), len(match[0]), "%")


def ampersands(tracked: TrackedText) -> None:
    """ "&" made "and"."""
    for match in reversed(list(re.finditer(" & ", tracked.text))):
        tracked.replace(match.start() + 1, 1, "and")


def titles_dropped(tracked: TrackedText) -> None:
    """ "Mr", "Ms", "Mrs" and "Dr" dropped before names."""
    for match in reversed(list(re.finditer(r"\b(?:Mr|Ms|Mrs|Dr) (?=[A-Z])", tracked.text))):
        tracked.replace(match.start(), len(match[0]), "")


def oxford_commas(tracked: TrackedText) -> None:
    """ "a, b and c" made "a, b, and c"."""
    pattern = re.compile(r", ((?:[A-Za-z’]+ ){0,2}[A-Za-z’]+) and ")
    for match in reversed(list(pattern.finditer(tracked.text))):
        tracked.replace(match.end(1), 0, ",")


def script_stretches(text: str) -> dict[str, list[Span]]:
    """Lines holding Greek, Hindi, Korean or Thai that a clean-up would change, by script."""
    tests: dict[str, Callable[[str], object]] = {
        "greek": lambda s: GREEK.search(s) and "\u0301" in unicodedata.normalize("NFD", s),
        "hindi": lambda s: DEVANAGARI.search(s) and ("\u093c" in s or "\u0901" in s),
        "korean": lambda s: HANGUL.search(s) and any(k in s for k in KOREAN_SPACING),
        "thai": lambda s: THAI.search(s) and ZWSP in s,
    }
    found: dict[str, list[Span]] = {}
    at = 0
    for line in text.split("\n"):
        for script, test in tests.items():
            if test(line):
                found.setdefault(script, []).append((at, at + len(line)))
        at += len(line) + 1
    return found


def retouch(tracked: TrackedText, script: str, stretch: Span) -> None:
    """A stretch cleaned up: Greek accents dropped (as an upper-case headline tool does),
    Hindi nuktas dropped and chandrabindu made anusvara, Korean spacing corrected, Thai
    zero-width spaces removed."""
    start, end = stretch
    text = tracked.text
    for at in reversed(range(start, end)):
        char = text[at]
        if script == "greek" and GREEK.match(char):
            bare = unicodedata.normalize("NFD", char).replace("\u0301", "")
            if bare != char:
                tracked.replace(at, 1, unicodedata.normalize("NFC", bare))
        elif script == "hindi" and char in "\u093c\u0901":
            tracked.replace(at, 1, "" if char == "\u093c" else "\u0902")
        elif script == "thai" and char == ZWSP:
            tracked.replace(at, 1, "")
    if script == "korean":
        for wrong, right in KOREAN_SPACING.items():
            for match in reversed(list(re.finditer(wrong, tracked.text[start:end]))):
                tracked.replace(start + match.start(), len(wrong), right)
                end += len(right) - len(wrong)
