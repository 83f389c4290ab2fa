"""Operations the twenty-sixth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a sports or arts desk, its CMS or a keyboard would; typed text
has no origin, moved text keeps its own, copies are decoys.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import ZWSP, Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh26_kit import (
    COPY_MARK,
    KHMER_DIGITS,
    KHMER_MARK,
    MINUTE,
    POSITION,
    SCRIPT_LINE,
    TIBETAN_DIGITS,
    TIBETAN_MARK,
    khmer_normal,
    tibetan_normal,
)
from tests.benchmarks.reanchor_fresh26_more_texts import KHMER
from tests.storage.edit_simulation import TrackedText

#: A figure of a line ("23", "2:24:07" counts its last part), in Western digits.
FIGURE = re.compile(r"(?<![0-9])[0-9]+(?![0-9])")
#: The Khmer words of the notices, as a segmenter's dictionary knows them.
KHMER_WORDS = {
    word.strip() for words, _ in KHMER for word in words if re.search("[\u1780-\u17ff]", word)
}


def written_where(
    tracked: TrackedText, pattern: re.Pattern[str], span: Span, old: str, new: str
) -> None:
    """Every match of ``pattern`` in ``span`` that reads ``old`` typed over as ``new`` (the
    others left as they are)."""
    for match in reversed(list(pattern.finditer(tracked.text, *span))):
        if match[0] == old:
            tracked.replace(match.start(), len(old), new)


def one_later(minute: str) -> str:
    """A match minute one later ("23'" as "24'", "45+2'" as "45+3'")."""
    match = MINUTE.fullmatch(minute)
    assert match is not None, minute
    if match[2] is not None:
        return f"{match[1]}+{int(match[2]) + 1}'"
    return f"{int(match[1]) + 1}'"


def line_repeated(tracked: TrackedText, line: Span, figure_change: int) -> None:
    """A line put again under itself (a copy, a decoy) with its minute (else its last figure)
    moved by ``figure_change``: a second goal by the same scorer, a second result."""
    start, end = line
    tracked.replace(end, 0, "\n")
    tracked.copy(start, end - start, end + 1)
    copy = (end + 1, end + 1 + end - start)
    words = tracked.text[slice(*copy)]
    minute = MINUTE.search(words)
    if minute is not None:
        later = f"{int(minute[1]) + figure_change}'"
        tracked.replace(copy[0] + minute.start(), len(minute[0]), later)
        return
    figures = list(FIGURE.finditer(words))
    if figures:
        last = figures[-1]
        tracked.replace(copy[0] + last.start(), len(last[0]), str(int(last[0]) + figure_change))
    else:
        tracked.replace(copy[1], 0, f" ({figure_change})")


def figures_raised(tracked: TrackedText, line: Span, raises: dict[int, int]) -> None:
    """The figures of a line at the given places (counting from its first figure after a
    position; from its last when negative) raised by the given amounts (a table row after a
    win: P +1, W +1, Pts +3)."""
    start, end = line
    position = POSITION.match(tracked.text, start, end)
    after = position.end() if position else start
    figures = list(FIGURE.finditer(tracked.text, after, end))
    places = {
        index % len(figures): by
        for index, by in raises.items()
        if -len(figures) <= index < len(figures)
    }
    for index in sorted(places, reverse=True):
        match = figures[index]
        tracked.replace(match.start(), len(match[0]), str(int(match[0]) + places[index]))


def renumbered(tracked: TrackedText, span: Span, by: int) -> None:
    """Every position at a line's start in ``span`` moved by ``by`` ("7. " as "6. ")."""
    for match in reversed(list(POSITION.finditer(tracked.text, *span))):
        tracked.replace(match.start(1), len(match[1]), str(int(match[1]) + by))


def quotes_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's marks in ``span``: straight double quotes as curly ones (opening, then
    closing), an apostrophe inside a word as a typographic one, a spaced hyphen as a spaced
    en dash, a double hyphen as an em dash; how much ``span`` grew."""
    found = list(COPY_MARK.finditer(tracked.text, *span))
    opening = True
    written: list[tuple[re.Match[str], str]] = []
    for match in found:
        if match[0] == '"':
            written.append((match, "“" if opening else "”"))
            opening = not opening
        else:
            written.append((match, {"'": "’", " - ": " – ", "--": "—"}[match[0]]))
    for match, new in reversed(written):
        tracked.replace(match.start(), len(match[0]), new)
    return sum(len(new) - len(match[0]) for match, new in written)


def _localised(tracked: TrackedText, line: Span, digits: str) -> None:
    """Western digits in ``line`` written as ``digits`` of a script (one code point for one)."""
    for match in reversed(list(re.finditer("[0-9]+", tracked.text[slice(*line)]))):
        local = "".join(digits[int(c)] for c in match[0])
        tracked.replace(line[0] + match.start(), len(match[0]), local)


def _script_lines(text: str, span: Span, letters: str) -> list[Span]:
    """The lines of ``span`` holding a letter of ``letters`` (a character class)."""
    lines = [m.span() for m in SCRIPT_LINE.finditer(text, *span)]
    return [line for line in lines if re.search(letters, text[slice(*line)])]


def _word_ends(words: str) -> list[int]:
    """Where a dictionary segmenter ends each Khmer word of ``words`` (longest match first
    from the notices' vocabulary) before another Khmer letter."""
    ends, at = [], 0
    while at < len(words):
        length = max((len(w) for w in KHMER_WORDS if words.startswith(w, at)), default=0)
        at += length or 1
        if length and at < len(words) and "\u1780" <= words[at] <= "\u17a2":
            ends.append(at)
    return ends


def khmer_segmented(tracked: TrackedText, span: Span) -> int:
    """The other side's Khmer text as a segmenting export writes it: a zero-width space
    between two words its dictionary knows, and Western digits written as Khmer ones; how
    much ``span`` grew."""
    grown = 0
    for line in reversed(_script_lines(tracked.text, span, "[\u1780-\u17ff]")):
        _localised(tracked, line, KHMER_DIGITS)
        for end in reversed(_word_ends(tracked.text[slice(*line)])):
            tracked.replace(line[0] + end, 0, ZWSP)
            grown += 1
    return grown


def tibetan_localised(tracked: TrackedText, span: Span) -> int:
    """The other side's Tibetan text as a Tibetan keyboard writes it: Western digits as
    Tibetan ones; ``span`` does not grow."""
    for line in reversed(_script_lines(tracked.text, span, "[\u0f00-\u0fff]")):
        _localised(tracked, line, TIBETAN_DIGITS)
    return 0


def khmer_normalised(tracked: TrackedText, span: Span) -> int:
    """One side's Khmer text normalised: its digits written as Western ones, its zero-width
    spaces dropped, a vowel sign typed in legacy order put after its subscript; how much
    ``span`` grew."""
    found = {m[0]: khmer_normal(m[0]) for m in KHMER_MARK.finditer(tracked.text, *span)}
    return replaced_all(tracked, KHMER_MARK, span, found)


def tibetan_normalised(tracked: TrackedText, span: Span) -> int:
    """One side's Tibetan text normalised: its digits written as Western ones, a
    non-breaking tsheg as a tsheg, a double shad as a shad; how much ``span`` grew."""
    found = {m[0]: tibetan_normal(m[0]) for m in TIBETAN_MARK.finditer(tracked.text, *span)}
    return replaced_all(tracked, TIBETAN_MARK, span, found)
