"""Operations the twenty-seventh-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a public service's duty officer, its CMS or a keyboard would;
typed text has no origin, moved text keeps its own, copies are decoys.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import ZWSP, Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh26_edits import _localised, quotes_set
from tests.benchmarks.reanchor_fresh27_kit import (
    BALINESE_DIGITS,
    BALINESE_MARK,
    KEY_FIGURE,
    NKO_DIGITS,
    NKO_MARK,
    PER_CENT,
    balinese_normal,
    nko_normal,
)
from tests.benchmarks.reanchor_fresh27_more_texts import BALINESE_LINES
from tests.storage.edit_simulation import TrackedText

#: A line holding N'Ko letters, and one holding Balinese letters.
NKO_LINE = re.compile(r"^[^\n]*[\u07ca-\u07ea][^\n]*$", re.MULTILINE)
BALINESE_LINE = re.compile(r"^[^\n]*[\u1b05-\u1b33][^\n]*$", re.MULTILINE)
#: The Balinese words of the notices, as a segmenter's dictionary knows them.
BALINESE_WORDS = {
    word.strip() for words, _ in BALINESE_LINES for word in words if not word.strip().isdigit()
}


def key_figure_raised(figure: str, by: int) -> str:
    """A key figure ("12,400") raised by ``by`` and written with its thousands commas."""
    assert KEY_FIGURE.fullmatch(figure), figure
    return f"{int(figure.replace(',', '')) + by:,}"


def item_cut(tracked: TrackedText, item: Span) -> None:
    """An item (not a section's first paragraph) deleted with the blank line before it."""
    start, end = item
    tracked.replace(start - 2, end - start + 2, "")


def item_to_run_end(tracked: TrackedText, item: Span, run_end: int) -> None:
    """An item moved whole (with the blank line before it) to stand last in its run, whose
    last item ends at ``run_end``."""
    start, end = item
    if end == run_end:
        return
    tracked.move(start - 2, end - start + 2, run_end - (end - start + 2))


def per_cent_set(tracked: TrackedText, span: Span) -> int:
    """Each "per cent" after a figure in ``span`` written as "%", each "%" as " per cent";
    how much ``span`` grew."""
    found = {" per cent": "%", "%": " per cent"}
    return replaced_all(tracked, PER_CENT, span, found)


def copy_marks_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's marks in ``span`` (quotes, apostrophes, dashes) and "per cent" set the
    house's way; how much ``span`` grew."""
    grown = per_cent_set(tracked, span)
    return grown + quotes_set(tracked, (span[0], span[1] + grown))


def nko_normalised(tracked: TrackedText, span: Span) -> int:
    """One side's N'Ko text as its input method writes it: N'Ko digits as Western ones, two
    tone marks on one letter the other way round; ``span`` does not grow."""
    found = {m[0]: nko_normal(m[0]) for m in NKO_MARK.finditer(tracked.text, *span)}
    return replaced_all(tracked, NKO_MARK, span, found)


def nko_localised(tracked: TrackedText, span: Span) -> int:
    """The other side's N'Ko lines as an N'Ko keyboard writes them: Western digits as N'Ko
    ones; ``span`` does not grow."""
    for line in reversed([m.span() for m in NKO_LINE.finditer(tracked.text, *span)]):
        _localised(tracked, line, NKO_DIGITS)
    return 0


def balinese_normalised(tracked: TrackedText, span: Span) -> int:
    """One side's Balinese text normalised: its digits written as Western ones, zero-width
    spaces and non-joiners between words dropped; how much ``span`` grew."""
    found = {m[0]: balinese_normal(m[0]) for m in BALINESE_MARK.finditer(tracked.text, *span)}
    return replaced_all(tracked, BALINESE_MARK, span, found)


def balinese_segmented(tracked: TrackedText, span: Span) -> int:
    """The other side's Balinese lines as a segmenting export writes them: Western digits as
    Balinese ones, a zero-width space between two words its dictionary knows (where none
    stands); how much ``span`` grew."""
    grown = 0
    for line in reversed([m.span() for m in BALINESE_LINE.finditer(tracked.text, *span)]):
        _localised(tracked, line, BALINESE_DIGITS)
        for end in reversed(_word_ends(tracked.text[slice(*line)])):
            tracked.replace(line[0] + end, 0, ZWSP)
            grown += 1
    return grown


def _word_ends(words: str) -> list[int]:
    """Where a dictionary segmenter ends each Balinese word of ``words`` (longest match
    first) right before another Balinese letter."""
    ends, at = [], 0
    while at < len(words):
        length = max((len(w) for w in BALINESE_WORDS if words.startswith(w, at)), default=0)
        at += length or 1
        if length and at < len(words) and "\u1b05" <= words[at] <= "\u1b33":
            ends.append(at)
    return ends
