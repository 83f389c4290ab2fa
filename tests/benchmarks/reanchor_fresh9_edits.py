"""Operations the ninth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a bulletin's next issue, a transcript, a sub-editor, a
listings site, a cataloguer, a web feed, a PDF extractor, a style pass, an archive or a
dashboard would, so the truth of every passage is known.
"""

from __future__ import annotations

import random
import unicodedata

from desktop_app.core.text import canonicalize
from tests.benchmarks.reanchor_fresh7_places import Span
from tests.benchmarks.reanchor_fresh9_kit import (
    AGREEMENT,
    EXCERPT,
    GENDERED,
    GENDERED_WORD,
    ICON_CAPITAL,
    ICON_WORD,
    ICONS,
    PRONOUN,
    PRONOUNS,
    SUMMARY,
    TENSE_WORD,
    TENSES,
)
from tests.storage.edit_simulation import TrackedText

STRIKE = "\u0336"

# -- readings --------------------------------------------------------------------------------


def new_figure(rng: random.Random, figure: str) -> str:
    """A different figure in the same format: as many decimals, never below zero."""
    places = len(figure.split(".")[1]) if "." in figure else 0
    step = 10**-places
    value = float(figure)
    while True:
        candidate = f"{max(0.0, value + rng.randint(-40, 40) * step):.{places}f}"
        if candidate != figure:
            return candidate


def update_readings(tracked: TrackedText, rng: random.Random, spans: list[Span]) -> None:
    """Each figure of ``spans`` replaced by a new reading."""
    for start, end in sorted(spans, reverse=True):
        tracked.replace(start, end - start, new_figure(rng, tracked.text[start:end]))


def update_status(tracked: TrackedText, rng: random.Random, line: Span) -> None:
    """The status word at the end of a reading line ("rising.") drawn anew."""
    start, end = line
    text = tracked.text
    comma = text.rindex(", ", start, end) + 2
    status = rng.choice(("rising", "falling", "steady"))
    tracked.replace(comma, end - 1 - comma, status)


# -- interruptions, summaries, excerpts ------------------------------------------------------


def interrupt(tracked: TrackedText, space: int, interjection: str) -> None:
    """The space between two sentences of a paragraph made a paragraph break with an
    interjection paragraph between the halves."""
    assert tracked.chars[space] == " "
    tracked.replace(space, 1, f"\n\n{interjection}\n\n")


def break_off(tracked: TrackedText, space: int, interjection: str, repeated: int) -> None:
    """A sentence broken off at ``space`` by an interjection paragraph, the speaker
    resuming with the ``repeated`` characters before the break said again (a pasted copy):
    "the road will close —", "(Interruption.)", "— will close if levels keep rising"."""
    assert tracked.chars[space] == " "
    inserted = f" —\n\n{interjection}\n\n— "
    tracked.replace(space, 1, inserted)
    tracked.copy(space - repeated, repeated, space + len(inserted))
    tracked.replace(space + len(inserted) + repeated, 0, " ")


def summarise(tracked: TrackedText, section: Span, kept: Span, to: int) -> None:
    """The paragraphs of ``section`` replaced by a one-line summary, after sentence ``kept``
    of it was moved to ``to`` (a paragraph start after the section) with a space after it."""
    (start, end), (k0, k1) = section, kept
    assert start <= k0 < k1 <= end < to
    length = k1 - k0
    tracked.move(k0, length, to - length)
    tracked.replace(to, 0, " ")
    tracked.replace(start, end - length - start, SUMMARY)


def excerpt(tracked: TrackedText, paragraph: Span, first_sentence_end: int) -> None:
    """A paragraph cut after its first sentence and marked " […]"."""
    tracked.replace(first_sentence_end, paragraph[1] - first_sentence_end, EXCERPT)


# -- entries ---------------------------------------------------------------------------------


def strike_markdown(tracked: TrackedText, line: Span) -> None:
    """A line struck through the Markdown way: "~~…~~"."""
    tracked.replace(line[1], 0, "~~")
    tracked.replace(line[0], 0, "~~")


def strike_overlay(tracked: TrackedText, line: Span) -> None:
    """A line struck through with a combining long stroke after each letter, figure and
    mark (none where a combining mark or a joiner follows, which NFC would reorder)."""
    for at in reversed(range(*line)):
        char = tracked.chars[at]
        after = tracked.chars[at + 1] if at + 1 < len(tracked.chars) else "\n"
        if unicodedata.category(char)[0] not in "LNPS" or unicodedata.category(after)[0] == "M":
            continue
        if after in "\u200d\ufe0f":
            continue
        tracked.replace(at + 1, 0, STRIKE)


def label(tracked: TrackedText, at: int, word: str) -> None:
    """A label typed in at ``at`` ("WITHDRAWN · ")."""
    tracked.replace(at, 0, word)


# -- names -----------------------------------------------------------------------------------


def invert_name(tracked: TrackedText, name: Span, *, capitals: bool) -> None:
    """ "Marta Kowalczyk" made "Kowalczyk, Marta" (the surname moved in front; with
    ``capitals``, "KOWALCZYK, Marta")."""
    start, end = name
    first = tracked.text[start:end].split(" ")[0]
    surname_at = start + len(first) + 1
    surname_length = end - surname_at
    tracked.move(surname_at, surname_length, start)
    tracked.replace(start + surname_length, 0, ", ")
    tracked.replace(start + surname_length + 2 + len(first), 1, "")
    if capitals:
        surname = tracked.text[start : start + surname_length]
        tracked.replace(start, surname_length, canonicalize(surname.upper()))


# -- style passes ----------------------------------------------------------------------------


def inclusive(tracked: TrackedText, span: Span, *, nouns: bool) -> None:
    """Pronouns of ``span`` made neutral ("she is" → "they are", "his" → "their"); with
    ``nouns``, gendered nouns too ("chairman" → "chair")."""
    found = []
    for match in PRONOUN.finditer(tracked.text, *span):
        words = PRONOUNS[match[1]]
        if match[2]:
            verb = AGREEMENT[match[2]] if match[1].lower() in ("he", "she") else match[2]
            words += " " + verb
        found.append((match.start(), match.end(), words))
    if nouns:
        found += [
            (m.start(), m.end(), GENDERED[m[1]])
            for m in GENDERED_WORD.finditer(tracked.text, *span)
        ]
    for start, end, words in sorted(found, reverse=True):
        tracked.replace(start, end - start, words)


def past_tense(tracked: TrackedText, span: Span) -> None:
    """Present and future verbs of ``span`` put in the past ("is" → "was", "will" →
    "would")."""
    for match in reversed(list(TENSE_WORD.finditer(tracked.text, *span))):
        tracked.replace(match.start(), len(match[0]), TENSES[match[1]])


def icons(tracked: TrackedText, words: set[str], *, capitals: bool) -> None:
    """Status words in ``words`` shown as icons ("rising" → "↑"); with ``capitals``,
    "Rising" too."""
    found = [m for m in ICON_WORD.finditer(tracked.text) if m[1] in words]
    if capitals:
        found += [m for m in ICON_CAPITAL.finditer(tracked.text) if m[1].lower() in words]
    for match in sorted(found, key=lambda m: m.start(), reverse=True):
        tracked.replace(match.start(), len(match[0]), ICONS[match[1].lower()])


def escape(tracked: TrackedText, entities: dict[str, str], *, numeric: bool = False) -> None:
    """Each character of ``entities`` written as its HTML entity ("&" → "&amp;"); with
    ``numeric``, every other character beyond ASCII as a numeric reference ("é" →
    "&#233;", a letter and its combining mark as two)."""
    for at in reversed(range(len(tracked.chars))):
        char = tracked.chars[at]
        entity = entities.get(char)
        if entity is None and numeric and ord(char) > 127:
            entity = f"&#{ord(char)};"
        if entity is not None:
            tracked.replace(at, 1, entity)


def tag_headings(tracked: TrackedText, headings: list[Span]) -> None:
    """Each heading wrapped in "<h2>…</h2>"."""
    for start, end in reversed(headings):
        tracked.replace(end, 0, "</h2>")
        tracked.replace(start, 0, "<h2>")


# -- two columns -----------------------------------------------------------------------------


def chunks(text: str, span: Span, width: int) -> list[int]:
    """Where a paragraph breaks into lines of at most about ``width`` characters: the
    offsets of the spaces that become line breaks."""
    breaks, line_start, last_space = [], span[0], -1
    for at in range(*span):
        if text[at] == " ":
            if at - line_start > width and last_space > line_start:
                breaks.append(last_space)
                line_start = last_space + 1
            last_space = at
    if span[1] - line_start > width and last_space > line_start and last_space not in breaks:
        breaks.append(last_space)
    return breaks


def interleave(tracked: TrackedText, first: Span, second: Span, width: int) -> None:
    """Two paragraphs side by side read as two columns line by line (as a PDF extractor
    does): each cut into lines, then the lines taken in turn from each."""
    text = tracked.text
    assert text[first[1] : second[0]] == "\n\n"
    breaks = chunks(text, first, width) + chunks(text, second, width)
    for at in reversed(breaks):
        tracked.replace(at, 1, "\n")
    tracked.replace(first[1], 2, "\n")
    region_start, region_end = first[0], second[1]  # region_end - 1 + 1: the "\n" after
    text = tracked.text
    assert text[region_end - 1] == "\n"
    left = _line_lengths(text, first[0], first[1] + 1)
    right = _line_lengths(text, first[1] + 1, region_end)
    order = [("a", i, n) for i, n in enumerate(left)] + [("b", i, n) for i, n in enumerate(right)]
    target = []
    for index in range(max(len(left), len(right))):
        target += [line for line in order if line[1] == index]
    for place, line in enumerate(target):
        now = order.index(line)
        if now == place:
            continue
        offset_now = region_start + sum(n for _, _, n in order[:now])
        offset_place = region_start + sum(n for _, _, n in order[:place])
        tracked.move(offset_now, line[2], offset_place)
        order.insert(place, order.pop(now))


def _line_lengths(text: str, start: int, end: int) -> list[int]:
    """Lengths of the lines of ``text[start:end]``, each with its line break (the span
    ends with one)."""
    return [len(line) + 1 for line in text[start : end - 1].split("\n")]
