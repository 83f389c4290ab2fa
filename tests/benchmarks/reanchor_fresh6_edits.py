"""Operations the sixth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an editor, a converter or a clean-up tool would, so the truth
of every passage is known.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_kit import (
    APOSTROPHE,
    COMPOUNDS,
    CONNECTORS,
    FRACTION,
    FRACTIONS,
    KEY_COLON,
    KEY_WIKI,
    LABEL,
    LOWERABLE,
    NBSP,
    NOTE_MARK,
    STRAIGHT_QUOTE,
    SUPERSCRIPT,
    SYNONYMS,
    TIMECODE,
    TRANSLATIONS,
    UNIT_SPACE,
    URL,
)
from tests.benchmarks.reanchor_fresh6_places import (
    LINE_PREFIX,
    Span,
    notes,
    sentences_of,
)
from tests.storage.edit_simulation import TrackedText

# -- deleting ------------------------------------------------------------------------------------


def delete_paragraph(tracked: TrackedText, paragraph: Span) -> None:
    """A paragraph deleted with the blank line after it (before it, when it is the last)."""
    start, end = paragraph
    text = tracked.text
    if text[end : end + 2] == "\n\n":
        tracked.replace(start, end + 2 - start, "")
    else:
        tracked.replace(start - 2, end - start + 2, "")


def delete_unit(tracked: TrackedText, unit: Span) -> None:
    """A sentence deleted with a space next to it; a sentence that fills its line (after
    a minute mark or a label) deleted with the whole line and a line break; a line that
    is a whole paragraph deleted with a blank line."""
    start, end = unit
    text = tracked.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    head = text[line_start:start]
    if text[end:line_end].strip() == "" and (head.strip() == "" or LINE_PREFIX.fullmatch(head)):
        opens = line_start == 0 or text[line_start - 2 : line_start] == "\n\n"
        closes = text[line_end : line_end + 2] == "\n\n" or line_end + 1 >= len(text)
        if opens and closes:
            delete_paragraph(tracked, (line_start, line_end))
        elif closes:
            tracked.replace(line_start - 1, line_end + 1 - line_start, "")
        else:
            tracked.replace(line_start, line_end + 1 - line_start, "")
    elif text[end : end + 1] == " ":
        tracked.replace(start, end + 1 - start, "")
    elif text[start - 1 : start] == " ":
        tracked.replace(start - 1, end + 1 - start, "")
    else:
        tracked.replace(start, end - start, "")


# -- time codes ----------------------------------------------------------------------------------


def shift_times(tracked: TrackedText, seconds: float, *, separator: str | None = None) -> None:
    """Every time code moved by ``seconds`` (milliseconds kept where a code has them);
    with ``separator``, the milliseconds' comma or dot made that one."""
    for match in reversed(list(TIMECODE.finditer(tracked.text))):
        hours, minutes, secs, mark, millis = match.groups()
        total = int(hours) * 3600 + int(minutes) * 60 + int(secs) + int(millis or 0) / 1000
        total = (total + seconds) % 86_400
        whole = int(total)
        shown = f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
        if millis is not None:
            shown += f"{separator or mark}{round((total - whole) * 1000) % 1000:03d}"
        tracked.replace(match.start(), len(match[0]), shown)


# -- notes ---------------------------------------------------------------------------------------


def _number(text: str, note: Span) -> int:
    return int(text[note[0] + 1 : text.index("]", note[0])])


def notes_to_end(tracked: TrackedText, heading: str) -> None:
    """A heading put at the end of the text, then every note paragraph cut (with the blank
    line before it) and pasted after it, in number order."""
    tracked.replace(len(tracked.text.rstrip("\n")), 0, f"\n\n{heading}")
    for number in sorted(_number(tracked.text, note) for note in notes(tracked.text)):
        text = tracked.text
        start, end = next(note for note in notes(text) if _number(text, note) == number)
        last = len(text.rstrip("\n"))
        length = end + 2 - start
        tracked.move(start - 2, length, last - length)


def superscript_marks(tracked: TrackedText) -> None:
    """Footnote markers "[2]" made superscripts "²", and note numbers "[2] " made "2. "."""
    for match in reversed(list(NOTE_MARK.finditer(tracked.text))):
        tracked.replace(match.start(), len(match[0]), match[1].translate(SUPERSCRIPT))
    for start, _ in reversed(notes(tracked.text)):
        close = tracked.text.index("]", start)
        tracked.replace(close, 1, ".")
        tracked.replace(start, 1, "")


def back_links(tracked: TrackedText) -> None:
    """A "↩" back-link put at the end of every note."""
    for _, end in reversed(notes(tracked.text)):
        tracked.replace(end, 0, " ↩")


# -- punctuation ---------------------------------------------------------------------------------


def curl_quotes(tracked: TrackedText) -> None:
    """Straight double quotes made curly, and apostrophes inside words made ’."""
    for match in reversed(list(STRAIGHT_QUOTE.finditer(tracked.text))):
        tracked.replace(match.end() - 1, 1, "”")
        tracked.replace(match.start(), 1, "“")
    for match in reversed(list(APOSTROPHE.finditer(tracked.text))):
        tracked.replace(match.start(), 1, "’")


def dashes_and_ellipses(tracked: TrackedText, *, closed: bool) -> None:
    """ " -- " made " — " (or "—" closed up), and "..." made "…"."""
    for match in reversed(list(re.finditer(r" -- ", tracked.text))):
        tracked.replace(match.start(), 4, "—" if closed else " — ")
    for match in reversed(list(re.finditer(r"\.\.\.", tracked.text))):
        tracked.replace(match.start(), 3, "…")


def units_and_fractions(tracked: TrackedText) -> None:
    """The space between a number and its unit made non-breaking; 1/2 made ½."""
    for match in reversed(list(UNIT_SPACE.finditer(tracked.text))):
        tracked.replace(match.start(), 1, NBSP)
    for match in reversed(list(FRACTION.finditer(tracked.text))):
        tracked.replace(match.start(), len(match[0]), FRACTIONS[match[0]])


# -- line breaks ---------------------------------------------------------------------------------


def unwrap(tracked: TrackedText, block: Span, *, careful: bool) -> None:
    """A hard-wrapped paragraph joined into one line: a hyphen at a line end dropped with
    the break (kept, when ``careful``, in a known compound), other breaks made spaces."""
    start, end = block
    text = tracked.text
    for at in reversed([i for i in range(start, end) if text[i] == "\n"]):
        before = re.search(r"[\w-]+$", text[start:at])
        after = re.match(r"[\w-]+", text[at + 1 : end])
        if text[at - 1] == "-" and before and after:
            joined = before[0] + after[0]
            if careful and joined.lower().strip(".,;") in COMPOUNDS:
                tracked.replace(at, 1, "")
            else:
                tracked.replace(at - 1, 2, "")
        else:
            tracked.replace(at, 1, " ")


# -- translation and collapsing ------------------------------------------------------------------


def translated(text: str) -> list[Span]:
    """Paragraphs a localised edition has a translation of."""
    return [(s, e) for s, e in _paragraphs(text) if text[s:e] in TRANSLATIONS]


def translate(tracked: TrackedText, paragraph: Span) -> None:
    """A paragraph replaced by its translation (typed: nothing of it survives)."""
    start, end = paragraph
    tracked.replace(start, end - start, TRANSLATIONS[tracked.text[start:end]])


def _listed(values: list[str]) -> str:
    return ", ".join(values[:-1]) + " and " + values[-1]


def collapse(tracked: TrackedText, group: list[Span]) -> None:
    """Sentences one word apart made one: the first keeps its word and lists the others'
    ("for Cork, Kerry and Clare."); every other member is deleted."""
    text = tracked.text
    words = [text[s:e].split(" ") for s, e in group]
    slot = next(i for i in range(len(words[0])) if len({w[i] for w in words}) > 1)
    values: list[str] = []
    for member in words:
        value = member[slot].rstrip('.,;:!?”’"')
        if value not in values:
            values.append(value)
    for unit in reversed(group[1:]):
        delete_unit(tracked, unit)
    start = group[0][0] + sum(len(w) + 1 for w in words[0][:slot])
    tracked.replace(start, len(values[0]), _listed(values))


# -- numbering -----------------------------------------------------------------------------------


def number_paragraphs(tracked: TrackedText) -> None:
    """Every paragraph after the headline and the byline numbered "1. ", "2. " …"""
    spans = _paragraphs(tracked.text)[2:]
    for index, (start, _) in reversed(list(enumerate(spans, 1))):
        tracked.replace(start, 0, f"{index}. ")


def number_lines(tracked: TrackedText) -> None:
    """Every line that is not blank numbered in a margin ("  7  ")."""
    text = tracked.text
    starts = [i for i in range(len(text)) if (i == 0 or text[i - 1] == "\n") and text[i] != "\n"]
    for index, at in reversed(list(enumerate(starts, 1))):
        tracked.replace(at, 0, f"{index:>3}  ")


def page_breaks(tracked: TrackedText, every: int, label: str) -> None:
    """A page header line put before every ``every``-th line that is not blank."""
    text = tracked.text
    starts = [i for i in range(len(text)) if (i == 0 or text[i - 1] == "\n") and text[i] != "\n"]
    for page, at in reversed(list(enumerate(starts[every::every], 2))):
        tracked.replace(at, 0, f"{label} {page}\n")


# -- markup --------------------------------------------------------------------------------------


def markdown_headings(tracked: TrackedText, spans: list[Span], headline: Span) -> None:
    """The headline made "# …" and headings "## …"."""
    for start, _ in sorted([*spans, headline], reverse=True):
        tracked.replace(start, 0, "# " if start == headline[0] else "## ")


def bold_labels(tracked: TrackedText) -> None:
    """Labels that open a line made bold: "**Product:**"."""
    for match in reversed(list(LABEL.finditer(tracked.text))):
        tracked.replace(match.end(), 0, "**")
        tracked.replace(match.start(), 0, "**")


def markdown_notes_and_links(tracked: TrackedText) -> None:
    """Footnote markers made "[^2]", notes "[^2]: …", bare links "[site](…)"."""
    for match in reversed(list(URL.finditer(tracked.text))):
        site = match[0].split("/")[2].removeprefix("www.")
        tracked.replace(match.end(), 0, ")")
        tracked.replace(match.start(), 0, f"[{site}](")
    for match in reversed(list(NOTE_MARK.finditer(tracked.text))):
        tracked.replace(match.start() + 1, 0, "^")
    for start, _ in reversed(notes(tracked.text)):
        close = tracked.text.index("]", start)
        tracked.replace(close + 1, 0, ":")
        tracked.replace(start + 1, 0, "^")


# -- key-value blocks ----------------------------------------------------------------------------


def flip_style(tracked: TrackedText, block: list[Span]) -> None:
    """A key-value block printed in the other style: "Pack size: 500 g" made
    "| pack_size = 500 g" and the other way round."""
    for start, end in reversed(block):
        line = tracked.text[start:end]
        colon = KEY_COLON.match(line)
        if colon:
            key_end = start + len(colon[1])
            tracked.replace(key_end, 2, " = ")
            for at in reversed(range(start, key_end)):
                if tracked.text[at] == " ":
                    tracked.replace(at, 1, "_")
            tracked.replace(start, 1, line[0].lower())
            tracked.replace(start, 0, "| ")
            continue
        wiki = KEY_WIKI.match(line)
        assert wiki is not None
        key_start, key_end = start + 2, start + 2 + len(wiki[1])
        tracked.replace(key_end, 3, ": ")
        for at in reversed(range(key_start, key_end)):
            if tracked.text[at] == "_":
                tracked.replace(at, 1, " ")
        tracked.replace(key_start, 1, line[2].upper())
        tracked.replace(start, 2, "")


def _key(line: str) -> str:
    match = KEY_COLON.match(line) or KEY_WIKI.match(line)
    return match[1].lower().replace("_", " ") if match else line


def sort_keys(tracked: TrackedText, block: list[Span]) -> None:
    """A key-value block's lines put in alphabetical order of their keys (the other way
    round when they already are), each line cut and pasted whole."""
    start, end = block[0][0], block[-1][1]
    keys = [_key(tracked.text[s:e]) for s, e in block]
    reverse = keys == sorted(keys)
    for slot in range(len(block)):
        lines = lines_in(tracked.text, start, end)
        rest = [_key(tracked.text[s:e]) for s, e in lines[slot:]]
        pick = slot + rest.index(max(rest) if reverse else min(rest))
        if pick == slot:
            continue
        s, e = lines[pick]  # with the line break after it (the block is followed by one)
        tracked.move(s, e - s + 1, lines[slot][0])


def run_in(tracked: TrackedText, block: list[Span]) -> None:
    """A key-value block run into one line, its rows separated by " · " (by a space in the
    wiki style, whose rows open with "| ")."""
    for _, end in reversed(block[:-1]):
        tracked.replace(end, 1, " " if tracked.text[end + 1] == "|" else " · ")


# -- sentences and paragraphs --------------------------------------------------------------------


def move_sentence(
    tracked: TrackedText, rng: random.Random, sentence: Span, target: Span, *, first: bool
) -> None:
    """A sentence cut from its paragraph (with a space next to it) and put at the start
    (``first``) or the end of another one-line paragraph, opened with a connector, and a
    word in it changed."""
    start, end = sentence
    to = target[0] if first else target[1]
    gap = end if tracked.text[end : end + 1] == " " else start - 1
    tracked.replace(gap, 1, "")
    if gap < start:
        start, end = start - 1, end - 1
    if gap < to:
        to -= 1
    length = end - start
    if to > start:
        to -= length
    tracked.move(start, length, to)
    if first:
        tracked.replace(to + length, 0, " ")
    else:
        tracked.replace(to, 0, " ")
        to += 1
    word = re.match(r"[A-Z][a-z]*", tracked.text[to : to + length])
    common = word is not None and re.search(rf"(?<!\w){word[0].lower()}(?!\w)", tracked.text)
    if word and (word[0] in LOWERABLE or common):
        tracked.replace(to, 1, word[0][0].lower())
    connector = rng.choice(CONNECTORS)
    tracked.replace(to, 0, connector)
    to += len(connector)
    swaps = [
        m
        for m in re.finditer(r"(?<![\w’'])[a-z]+(?![\w’'])", tracked.text[to : to + length])
        if m[0] in SYNONYMS
    ]
    if swaps:
        swap = rng.choice(swaps)
        tracked.replace(to + swap.start(), len(swap[0]), SYNONYMS[swap[0]])


def movable(text: str, paragraph: Span) -> list[Span]:
    """Sentences of a one-line paragraph of two or more that can be moved (eight
    characters or more, not opening with a footnote marker or a quote's second half)."""
    spans = sentences_of(text, paragraph)
    if len(spans) < 2:
        return []
    return [(s, e) for s, e in spans if e - s >= 8 and text[s].isupper()]


def cut_from(tracked: TrackedText, paragraph: Span, notice: str) -> None:
    """Everything from ``paragraph`` on replaced by a one-line notice."""
    start = paragraph[0]
    end = len(tracked.text.rstrip("\n"))
    tracked.replace(start, end - start, notice)


def first_sentence_only(tracked: TrackedText, paragraph: Span) -> None:
    """A one-line paragraph cut after its first sentence, an ellipsis in place of the rest."""
    spans = sentences_of(tracked.text, paragraph)
    if len(spans) >= 2:
        tracked.replace(spans[0][1], paragraph[1] - spans[0][1], " …")
