"""Operations the fourth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an editor or a tool would, so the truth of every passage is
known. Where things are (lists, citations, repeated lines) is found here too.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh4_kit import (
    BULLET,
    CJK,
    EMOJI,
    EMOJI_PATTERN,
    GARBLES,
    MOJIBAKE,
    MOJIBAKE_PATTERN,
    REPAIRS,
    SKIN_TONES,
    TO_FULLWIDTH,
    TO_HALFWIDTH,
    UNIT_PATTERN,
    converted,
)
from tests.storage.edit_simulation import TrackedText

Span = tuple[int, int]
CITATION = re.compile(r"\[(\d+)\]")
NOTE_LINE = re.compile(r"(?m)^\[(\d+)\] ")
ARABIC = re.compile("[\u0600-\u06ff]")
SEMICOLON_LIST = re.compile(r"(?m)^[^\n;:]+: [^\n;]+(?:; [^\n;]+)*; and [^\n;]+\.$")
FULLWIDTH_RUN = re.compile("[０-９]+")
DIGIT_RUN = re.compile("[0-9]+")
#: Names and words that keep their capital when a list item is run into a sentence.
KEEP_CAPITAL = frozenset(("A", "I", "Porto", "Spanish", "Portuguese", "Harbour", "Gull", "Low"))


# -- where things are ----------------------------------------------------------------------------


def lines_in(text: str, start: int, end: int) -> list[Span]:
    """The lines of ``text[start:end]``."""
    spans, at = [], start
    for line in text[start:end].split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def bullet_lists(text: str) -> list[list[Span]]:
    """Runs of bullet lines (each line from its bullet to its end), in text order."""
    lists: list[list[Span]] = []
    for start, end in _paragraphs(text):
        items = [s for s in lines_in(text, start, end) if text.startswith(BULLET, s[0])]
        if len(items) >= 2:
            lists.append(items)
    return lists


def notes_start(text: str) -> int:
    """Where the notes section (its title line, then "[1] " lines) starts."""
    first = NOTE_LINE.search(text)
    return text.rfind("\n", 0, first.start() - 1) + 1 if first else len(text)


def prose_paragraphs(text: str) -> list[Span]:
    """Paragraphs of one line, no bullet, before the notes: prose."""
    stop = notes_start(text)
    return [
        (s, e)
        for s, e in _paragraphs(text)
        if e <= stop and "\n" not in text[s:e] and not text.startswith(BULLET, s)
    ]


def repeated_units(text: str) -> dict[str, list[Span]]:
    """Lines and whole paragraphs that stand two or more times, word for word."""
    places: dict[str, list[Span]] = {}
    for start, end in _paragraphs(text):
        units = lines_in(text, start, end)
        if len(units) > 1:
            units.append((start, end))
        for s, e in units:
            if e - s >= 8:
                places.setdefault(text[s:e], []).append((s, e))
    return {unit: spans for unit, spans in places.items() if len(spans) >= 2}


# -- citations -----------------------------------------------------------------------------------


def _shift_citations(tracked: TrackedText, at_least: int, by: int) -> None:
    for match in reversed(list(CITATION.finditer(tracked.text))):
        number = int(match[1])
        if number >= at_least:
            tracked.replace(match.start(1), len(match[1]), str(number + by))


def insert_citation(tracked: TrackedText, rng: random.Random, source: str) -> None:
    """A new source cited between two others: later citations and notes renumbered."""
    text = tracked.text
    numbers = sorted({int(m[1]) for m in CITATION.finditer(text)})
    new = rng.randint(1, numbers[-1])
    _shift_citations(tracked, new, 1)
    text = tracked.text
    stop = notes_start(text)
    body = text[:stop]
    after = [m.end() for m in CITATION.finditer(body) if int(m[1]) == new - 1]
    before = [m.start() for m in CITATION.finditer(body) if int(m[1]) == new + 1]
    lo, hi = (after[0] if after else 0), (before[0] if before else stop)
    ends = [m.start() for m in re.finditer(r"(?<!Hon)\.(?=\s|$)|。", body)]
    between = [e for e in ends if lo <= e <= hi]
    if between:  # at the end of a sentence between its neighbours
        at = rng.choice(between)
        mark = f", [{new}]" if body[at - 1] == "]" else f" [{new}]"
        if body[at] == "。" and body[at - 1] != "]":
            mark = f"[{new}]"
    elif before:  # beside the citation that now follows it
        at, mark = before[0], f"[{new}], "
    else:
        at, mark = after[-1] if after else stop, f", [{new}]"
    line = next((m for m in NOTE_LINE.finditer(text, stop) if int(m[1]) == new + 1), None)
    if line is not None:
        tracked.replace(line.start(), 0, f"[{new}] {source}\n")
    tracked.replace(at, 0, mark)


def delete_citation(tracked: TrackedText, rng: random.Random) -> None:
    """A source cited once withdrawn: its marker and note deleted, later ones renumbered."""
    text = tracked.text
    stop = notes_start(text)
    counts: dict[int, list[re.Match[str]]] = {}
    for match in CITATION.finditer(text[:stop]):
        counts.setdefault(int(match[1]), []).append(match)
    once = sorted(n for n, found in counts.items() if len(found) == 1)
    if not once:
        return
    number = rng.choice(once)
    line = next((m for m in NOTE_LINE.finditer(text, stop) if int(m[1]) == number), None)
    if line is not None:
        end = text.find("\n", line.start()) + 1 or len(text)
        tracked.replace(line.start(), end - line.start(), "")
    (marker,) = counts[number]
    start, end = marker.span()
    if text[start - 2 : start] == ", ":
        start -= 2
    elif text[end : end + 2] == ", ":
        end += 2
    elif text[start - 1] == " ":
        start -= 1
    tracked.replace(start, end - start, "")
    _shift_citations(tracked, number + 1, -1)


# -- lists and prose -----------------------------------------------------------------------------


def sort_list(tracked: TrackedText, items: list[Span]) -> None:
    """The items of a list re-sorted alphabetically (backwards if they already were), each
    line cut and pasted whole."""
    start, end = items[0][0], items[-1][1] + 1
    labels = [tracked.text[s:e].casefold() for s, e in items]
    reverse = labels == sorted(labels)
    for slot in range(len(items)):
        lines = lines_in(tracked.text, start, end - 1)
        keys = [tracked.text[s:e].casefold() for s, e in lines]
        rest = keys[slot:]
        pick = slot + rest.index(max(rest) if reverse else min(rest))
        if pick != slot:
            s, e = lines[pick]
            tracked.move(s, e - s + 1, lines[slot][0])


def list_to_prose(tracked: TrackedText, items: list[Span]) -> None:
    """A bullet list run into its lead-in line as one sentence: "Highlights: a, b and c."."""
    text = tracked.text
    sample = "".join(text[s:e] for s, e in items)
    cjk, arabic = CJK.search(sample), ARABIC.search(sample)
    sep, last = ("、", "、") if cjk else ("، ", " و") if arabic else (", ", " and ")
    stop = "。" if cjk else "."
    s, e = items[-1]
    if text[e - 1] not in ".。!?":
        tracked.replace(e, 0, stop)
    for index in reversed(range(len(items))):
        s, e = items[index]
        words = text[s + len(BULLET) : e].split(" ")
        word = words[0]
        phrase = len(words) >= 2 and not any(w[:1].isupper() for w in words[1:])
        if not cjk and phrase and word[1:].islower() and word not in KEEP_CAPITAL:
            tracked.replace(s + len(BULLET), 1, word[0].lower())
        joint = " " if index == 0 else last if index == len(items) - 1 else sep
        if cjk and index == 0:
            joint = ""
        tracked.replace(s - 1, 1 + len(BULLET), joint)


def prose_to_list(tracked: TrackedText, sentence: Span) -> None:
    """A sentence listing things after a colon, split by semicolons, made a bullet list."""
    start, end = sentence
    text = tracked.text
    tracked.replace(end - 1, 1, "")
    for match in reversed(list(re.finditer(r"; (?:and )?", text[start:end]))):
        tracked.replace(start + match.start(), len(match[0]), "\n" + BULLET)
    colon = text.index(": ", start)
    tracked.replace(colon + 1, 1, "\n" + BULLET)


# -- names, units, characters --------------------------------------------------------------------


def anonymise(tracked: TrackedText, person: tuple[str, str]) -> None:
    """A person's full name made initials, and the surname alone its initial, everywhere."""
    first, last = person
    latin = "A-Za-zÀ-ÿ"
    for name, short in ((f"{first} {last}", f"{first[0]}.{last[0]}."), (last, f"{last[0]}.")):
        pattern = re.compile(rf"(?<![{latin}]){re.escape(name)}(?![{latin}])")
        for match in reversed(list(pattern.finditer(tracked.text))):
            stop = tracked.text[match.end() : match.end() + 1] == "."
            tracked.replace(match.start(), len(name), short[:-1] if stop else short)


def convert_units(tracked: TrackedText, *, every: bool, lead: bool) -> None:
    """Metric figures given an American equivalent in brackets after them (the first of each
    unit, or every one), or (``lead``) put in brackets after the American figure."""
    seen: set[str] = set()
    matches = list(UNIT_PATTERN.finditer(tracked.text))
    chosen = []
    for match in matches:
        if every or match[3] not in seen:
            chosen.append(match)
        seen.add(match[3])
    for match in reversed(chosen):
        american = converted(match[1], match[3])
        if lead:
            tracked.replace(match.end(), 0, ")")
            tracked.replace(match.start(), 0, f"{american} (")
        else:
            tracked.replace(match.end(), 0, f" ({american})")


def repair_mojibake(tracked: TrackedText, spans: list[Span]) -> None:
    """Mojibake in the given stretches made the characters it stands for."""
    for start, end in sorted(spans, reverse=True):
        for match in reversed(list(MOJIBAKE_PATTERN.finditer(tracked.text, start, end))):
            tracked.replace(match.start(), len(match[0]), REPAIRS[match[0]])


def introduce_mojibake(tracked: TrackedText, span: Span) -> None:
    """A stretch passed through a tool that read UTF-8 as Windows-1252."""
    for match in reversed(list(GARBLES.finditer(tracked.text, *span))):
        tracked.replace(match.start(), 1, MOJIBAKE[match[0]])


def garbled_paragraphs(text: str) -> list[Span]:
    """Paragraphs that show mojibake."""
    return [p for p in _paragraphs(text) if MOJIBAKE_PATTERN.search(text, *p)]


def digits_to_halfwidth(tracked: TrackedText, span: Span) -> None:
    """Full-width digits in a stretch made ASCII."""
    for match in reversed(list(FULLWIDTH_RUN.finditer(tracked.text, *span))):
        tracked.replace(match.start(), len(match[0]), match[0].translate(TO_HALFWIDTH))


def digits_to_fullwidth(tracked: TrackedText, span: Span) -> None:
    """ASCII digits in a stretch made full-width (a Japanese house style)."""
    for match in reversed(list(DIGIT_RUN.finditer(tracked.text, *span))):
        tracked.replace(match.start(), len(match[0]), match[0].translate(TO_FULLWIDTH))


def restyle_emoji(tracked: TrackedText, level: int) -> None:
    """Emoji as a platform that drops skin tones (1), also breaks joined sequences (2), or
    turns every emoji into its shortcode (3) shows them."""
    if level >= 3:
        for match in reversed(list(EMOJI_PATTERN.finditer(tracked.text))):
            tracked.replace(match.start(), len(match[0]), EMOJI[match[0]])
        return
    pattern = SKIN_TONES if level == 1 else re.compile("[\U0001f3fb-\U0001f3ff\u200d]")
    for match in reversed(list(pattern.finditer(tracked.text))):
        tracked.replace(match.start(), 1, "")


ATTRIBUTION = re.compile(
    r"\b(said|says) ((?:Dr |Mr |Ms )?[A-Z][A-Za-zÀ-ÿ’-]+(?: [A-Z][A-Za-zÀ-ÿ’-]+)?)(?=\.)"
)


def invert_attribution(tracked: TrackedText, match: re.Match[str]) -> None:
    """“…,” said Haddad. made “…,” Haddad said. (the name keeps its characters)."""
    verb, name = match[1], match[2]
    tracked.replace(match.start(), len(verb) + 1, "")
    tracked.replace(match.start() + len(name), 0, " " + verb)


def drop_titles(tracked: TrackedText) -> None:
    """ "Dr " dropped before a surname after its first mention."""
    seen: set[str] = set()
    found = list(
        re.finditer(r"\bDr ([A-Z][A-Za-zÀ-ÿ’-]+)(?: ([A-Z][A-Za-zÀ-ÿ’-]+))?", tracked.text)
    )
    later = []
    for match in found:
        surname = match[2] or match[1]
        if surname in seen:
            later.append(match)
        seen.add(surname)
    for match in reversed(later):
        tracked.replace(match.start(), 3, "")


# -- paragraphs and lines ------------------------------------------------------------------------


def delete_unit(tracked: TrackedText, span: Span) -> None:
    """A line or paragraph deleted with the line break or blank line that went with it."""
    text = tracked.text
    start, end = span
    whole = (start == 0 or text[start - 1] == "\n") and text[end : end + 1] in ("\n", "")
    if text[start - 2 : start] == "\n\n" and text[end : end + 2] == "\n\n":
        tracked.replace(start, end - start + 2, "")
    elif whole and text[start - 1 : start] == "\n" and text[start - 2 : start] != "\n\n":
        tracked.replace(start - 1, end - start + 1, "")
    else:
        tracked.replace(start, end - start + 1, "")


def touch_word(tracked: TrackedText, rng: random.Random, span: Span) -> bool:
    """One letter dropped from a word of six letters or more in ``span``, or else one
    Japanese or Chinese sign (a light edit)."""
    words = list(re.finditer(r"[A-Za-z]{6,}", tracked.text[span[0] : span[1]]))
    if words:
        word = rng.choice(words)
        tracked.replace(span[0] + word.start() + rng.randint(1, len(word[0]) - 2), 1, "")
        return True
    signs = [m.start() for m in CJK.finditer(tracked.text, span[0] + 2, span[1] - 2)]
    if not signs:
        return False
    tracked.replace(rng.choice(signs), 1, "")
    return True


def duplicate_paragraph(
    tracked: TrackedText, rng: random.Random, paragraph: Span, edit: str
) -> Span:
    """A paragraph pasted again two or more paragraphs away, then the ``edit`` one of the
    two ("original", "copy" or "both", each its own way) lightly edited; where the original
    now stands."""
    start, end = paragraph
    others = [p for p in _paragraphs(tracked.text)[2:] if abs(p[0] - start) > 2 * (end - start)]
    to = rng.choice(others or _paragraphs(tracked.text)[-1:])[0]
    length = end - start
    tracked.copy(start, length, to)
    tracked.replace(to + length, 0, "\n\n")
    original = (start + length + 2, end + length + 2) if to < start else (start, end)
    pasted = (to, to + length)
    targets = {"original": [original], "copy": [pasted], "both": [original, pasted]}[edit]
    for target in sorted(targets, reverse=True):  # the later first: the earlier stays put
        before = len(tracked.chars)
        touch_word(tracked, rng, target)
        shift = len(tracked.chars) - before
        if target == original:
            original = (original[0], original[1] + shift)
        elif target[0] < original[0]:
            original = (original[0] + shift, original[1] + shift)
    return original
