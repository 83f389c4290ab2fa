"""Edit operations of the third-round fresh re-anchoring families, each deterministic so a
test can check it by hand (no test here): numbered paragraphs renumbered around an
inserted or deleted one, a table's columns re-padded, re-separated or swapped, one
occurrence of a repeated sentence deleted, quotation marks localised, an editor's
tightening pass, lookalike letters and odd spaces cleaned, a sentence promoted to the
top with a back-reference left behind, labels restyled. All go through
:class:`TrackedText`.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh3_kit import LABELS, LOOKALIKES, SOFT_HYPHEN
from tests.benchmarks.reanchor_fresh_families import delete_paragraph, sentences_in
from tests.storage.edit_simulation import TrackedText

Span = tuple[int, int]
#: An edit: where, how many characters, by what, and which goes first at one place.
Edit = tuple[int, int, str, int]
NUMBERED = re.compile(r"(\d{1,3})\. ")
REFERENCE = re.compile(r"paragraph[ \u00a0](\d{1,3})\b")
#: A label that opens a sentence ("A: ", "12. "), which a deletion inside keeps.
LEADING_LABEL = re.compile(r"(?:\d{1,3}\. |[A-Z][\w ]{0,24}: )")
CELL = re.compile(r"\S+(?: \S+)*")
NARROW_NBSP = "\u202f"
QUOTE_STYLES = {
    "catalan": ("«", "»"),
    "german": ("„", "“"),
    "french": ("«" + NARROW_NBSP, NARROW_NBSP + "»"),
    "single": ("‘", "’"),
}
#: An editor's tightening pass: a pattern and what it becomes.
TIGHTENING = (
    (r"\bvery ", ""),
    (r"\breally ", ""),
    (r"\bjust ", ""),
    (r"\bin order to\b", "to"),
    (r"\ba number of\b", "several"),
    (r"\bA number of\b", "Several"),
    (r"\bDue to the fact that\b", "Because"),
    (r"\bAt this point in time\b", "For now,"),
    (r"\bIt is right to say that the\b", "The"),
    (r"(?<=\bthink) that\b", ""),
    (r"(?<=\bsubmitted) that\b", ""),
)
SPACES = {"\u00a0": " ", "\u2009": " ", NARROW_NBSP: " ", SOFT_HYPHEN: ""}
LATIN = {cyrillic: latin for latin, cyrillic in LOOKALIKES.items()}


def apply(tracked: TrackedText, edits: list[Edit]) -> None:
    """Make edits given against the text as it is now, from the end backwards (at one
    place, the one with the higher last field first)."""
    for at, length, new, _ in sorted(edits, key=lambda e: (e[0], e[3]), reverse=True):
        tracked.replace(at, length, new)


# -- numbered paragraphs -------------------------------------------------------------------------


def numbered_lists(text: str) -> list[list[tuple[Span, int]]]:
    """Runs of paragraphs numbered one after the other ("3. ", "4. "...), as (paragraph,
    number)."""
    lists: list[list[tuple[Span, int]]] = []
    for paragraph in _paragraphs(text):
        match = NUMBERED.match(text, paragraph[0])
        if match is None:
            continue
        number = int(match[1])
        if lists and lists[-1][-1][1] + 1 == number:
            lists[-1].append((paragraph, number))
        else:
            lists.append([(paragraph, number)])
    return lists


def renumber(
    tracked: TrackedText, items: list[tuple[Span, int]], index: int, inserted: str | None
) -> None:
    """Insert a paragraph numbered as item ``index`` before it (``inserted``) or delete
    item ``index`` (None); the items after it, and every "paragraph N" that refers to
    them, are renumbered."""
    text = tracked.text
    shift = 1 if inserted is not None else -1
    first = items[index][1]
    edits: list[Edit] = []
    for (start, _), number in items[index + (0 if inserted is not None else 1) :]:
        edits.append((start, len(str(number)), str(number + shift), 1))
    if inserted is not None:
        edits.append((items[index][0][0], 0, f"{first}. {inserted}\n\n", 0))
    else:
        start, end = items[index][0]
        edits.append((start, end + 2 - start, "", 1))
    last = items[-1][1]
    for match in REFERENCE.finditer(text):
        number = int(match[1])
        if first + (0 if inserted is not None else 1) <= number <= last:
            edits.append((match.start(1), len(match[1]), str(number + shift), 1))
    apply(tracked, edits)


# -- tables --------------------------------------------------------------------------------------


def tables(text: str) -> list[Span]:
    """Paragraphs that are tables: a title line, then rows of cells two or more spaces apart."""
    found = []
    for start, end in _paragraphs(text):
        rows = text[start:end].split("\n")[1:]
        if len(rows) >= 2 and sum(bool(re.search(r"\S {2,}\S", row)) for row in rows) >= 2:
            found.append((start, end))
    return found


def _rows(text: str, table: Span) -> list[list[Span]]:
    """The cells of each row of a table (an empty first cell where the row starts padded)."""
    start, end = table
    rows, at = [], text.index("\n", start) + 1
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop == -1 else stop
        cells = [(at + m.start(), at + m.end()) for m in CELL.finditer(text[at:stop])]
        if cells and cells[0][0] > at:
            cells.insert(0, (at, at))
        rows.append(cells)
        at = stop + 1
    return rows


def swap_last_columns(tracked: TrackedText, table: Span) -> None:
    """In every row of three cells or more, the last cell and the padding before it are cut
    and pasted after the first cell (columns B, C become C, B)."""
    for cells in reversed(_rows(tracked.text, table)):
        if len(cells) >= 3:
            (_, end_a), (_, end_b), (_, end_c) = cells[-3], cells[-2], cells[-1]
            tracked.move(end_b, end_c - end_b, end_a)


def reflow(tracked: TrackedText, table: Span, separator: str | None, gap: int) -> None:
    """The space between a table's cells retyped: cells padded to line up with ``gap``
    spaces between columns (``separator`` None), or one ``separator`` ("\\t", " | ")."""
    text = tracked.text
    rows = _rows(text, table)
    widths: dict[int, int] = {}
    for cells in rows:
        for column, (start, end) in enumerate(cells):
            widths[column] = max(widths.get(column, 0), end - start)
    edits: list[Edit] = []
    for cells in rows:
        for column in range(len(cells) - 1):
            (start, end), (after, _) = cells[column], cells[column + 1]
            padding = widths[column] - (end - start) + gap
            edits.append((end, after - end, separator or " " * padding, 0))
    apply(tracked, edits)


# -- sentences -----------------------------------------------------------------------------------


def prose(text: str) -> list[Span]:
    """Paragraphs of one line (not tables, not multi-line blocks)."""
    return [(s, e) for s, e in _paragraphs(text) if "\n" not in text[s:e]]


def repeated_sentences(text: str) -> dict[str, list[tuple[Span, Span]]]:
    """Sentences that occur more than once (a leading label such as "A: " left out), each
    with the paragraph it stands in."""
    seen: dict[str, list[tuple[Span, Span]]] = {}
    for paragraph in prose(text):
        for start, end in sentences_in(text, *paragraph):
            label = LEADING_LABEL.match(text, start, end)
            start = label.end() if label else start
            sentence = text[start:end]
            if len(sentence) >= 6 and not NUMBERED.fullmatch(sentence + " "):
                seen.setdefault(sentence, []).append(((start, end), paragraph))
    return {sentence: places for sentence, places in seen.items() if len(places) >= 2}


def delete_sentence(tracked: TrackedText, sentence: Span, paragraph: Span) -> bool:
    """Delete a sentence with the space that separated it (the whole paragraph when it is
    all there is but a label); False when only a number would be left (nothing deleted)."""
    text = tracked.text
    (start, end), (p_start, p_end) = sentence, paragraph
    rest = (text[p_start:start] + text[end:p_end]).strip()
    if NUMBERED.fullmatch(rest + " "):
        return False
    if not rest or LEADING_LABEL.fullmatch(rest + " "):
        delete_paragraph(tracked, paragraph)
    elif end < p_end:
        tracked.replace(start, end + 1 - start, "")
    else:
        tracked.replace(start - 1, end + 1 - start, "")
    return True


# -- characters ----------------------------------------------------------------------------------


def localise_quotes(tracked: TrackedText, style: str, within: list[Span]) -> None:
    """Curly double quotes inside the ``within`` spans printed in another language's style."""
    opening, closing = QUOTE_STYLES[style]
    edits: list[Edit] = []
    for start, end in within:
        for at in range(start, end):
            mark = tracked.chars[at]
            if mark in "“”":
                edits.append((at, 1, opening if mark == "“" else closing, 0))
    apply(tracked, edits)


def french_spacing(tracked: TrackedText) -> None:
    """A narrow no-break space before ; : ! ? that end a word (not in times, not after the
    labels of :data:`LABELS` that open a paragraph)."""
    text = tracked.text
    starts = {start for start, _ in _paragraphs(text)}
    labels = {
        start + len(label) - 1
        for start in starts
        for label in LABELS
        if text.startswith(label, start) and label.endswith(":")
    }
    edits: list[Edit] = []
    for match in re.finditer(r"(?<=[^\W\d_])[;:!?](?=\s|$)", text):
        if match.start() not in labels:
            edits.append((match.start(), 0, NARROW_NBSP, 0))
    apply(tracked, edits)


def tighten(tracked: TrackedText, rng: random.Random, share: float) -> None:
    """The tightening pass: each match of :data:`TIGHTENING` rewritten with chance ``share``
    (one at least)."""
    edits: list[Edit] = []
    taken: set[int] = set()
    for pattern, new in TIGHTENING:
        for match in re.finditer(pattern, tracked.text):
            spot = set(range(match.start(), match.end() + 1))
            if not spot & taken:
                taken |= spot
                edits.append((match.start(), len(match[0]), new, 0))
    chosen = [edit for edit in edits if rng.random() < share]
    apply(tracked, chosen or rng.sample(edits, min(1, len(edits))))


def _is_cyrillic(char: str) -> bool:
    return "CYRILLIC" in unicodedata.name(char, "")


def clean_characters(tracked: TrackedText, level: int) -> None:
    """Cyrillic lookalikes inside Latin words made Latin (level 1); soft hyphens dropped and
    no-break and thin spaces made plain (2); runs of spaces made one (3)."""
    text = tracked.text
    edits: list[Edit] = []
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match[0]
        if any(_is_cyrillic(c) for c in word) and any("LATIN" in unicodedata.name(c) for c in word):
            for offset, char in enumerate(word):
                if char in LATIN:
                    edits.append((match.start() + offset, 1, LATIN[char], 0))
    if level >= 2:
        edits.extend((at, 1, SPACES[c], 0) for at, c in enumerate(text) if c in SPACES)
    apply(tracked, edits)
    if level >= 3:
        runs = [(m.start(), len(m[0]), " ", 0) for m in re.finditer(r" {2,}", tracked.text)]
        apply(tracked, runs)


# -- moves and labels ----------------------------------------------------------------------------


def promote(tracked: TrackedText, sentence: Span, top: int, bridge: str) -> int:
    """Cut a sentence and paste it as a paragraph of its own at ``top`` (a paragraph start
    before it), leaving ``bridge`` where it stood; returns where the bridge starts."""
    start, end = sentence
    length = end - start
    tracked.move(start, length, top)
    tracked.replace(top + length, 0, "\n\n")
    tracked.replace(end + 2, 0, bridge)
    return end + 2


def restyle_labels(tracked: TrackedText, styles: dict[str, str]) -> None:
    """Every paragraph that opens with a label of ``styles`` (followed by a space or
    nothing) opens with its new form instead."""
    text = tracked.text
    edits: list[Edit] = []
    for start, end in _paragraphs(text):
        for label, new in styles.items():
            stop = start + len(label)
            if text.startswith(label, start) and (stop == end or text[stop] == " "):
                edits.append((start, len(label), new, 0))
                break
    apply(tracked, edits)


def restyle_markers(tracked: TrackedText, minute: str, number: str | None) -> None:
    """Minute markers that open a paragraph ("23' ") written with ``minute`` instead of
    the apostrophe; with ``number`` ("[]" or "()"), "12. " opening a paragraph becomes
    "[12] "."""
    text = tracked.text
    edits: list[Edit] = []
    for start, _ in _paragraphs(text):
        marker = re.compile(r"\d{1,2}(?:\+\d)?'(?= )").match(text, start)
        if marker:
            edits.append((marker.end() - 1, 1, minute, 0))
        numbered = NUMBERED.match(text, start)
        if number and numbered:
            edits.append((numbered.end() - 2, 1, number[1], 0))
            edits.append((start, 0, number[0], 0))
    apply(tracked, edits)
