"""Operations the twentieth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an author, an editor, a wiki writer or a clerk revising a
document would, moving text with :meth:`TrackedText.move` so moved passages keep their origin.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh20_kit import Span
from tests.storage.edit_simulation import TrackedText

#: A house style's American spellings of British words.
AMERICAN = {
    "analyse": "analyze",
    "analysed": "analyzed",
    "behaviour": "behavior",
    "colour": "color",
    "centre": "center",
    "organisation": "organization",
    "modelling": "modeling",
    "programme": "program",
    "randomised": "randomized",
    "favour": "favor",
    "labour": "labor",
    "licence": "license",
    "recognised": "recognized",
    "summarised": "summarized",
    "whilst": "while",
    "per cent": "percent",
}
#: Hedges and tenses a revision brings: a claim softened, a plan reported as done.
HEDGED = {
    " shows ": " suggests ",
    " show ": " suggest ",
    " demonstrates ": " indicates ",
    " proves ": " supports ",
    " will ": " would ",
    " confirms ": " is consistent with ",
    " clearly ": " ",
    " is ": " may be ",
}
#: How a secretary, an editor or a clerk rewords the lines a document repeats.
STOCK_REWORDINGS = {
    "We thank the reviewer for this comment.": "We are grateful for this comment.",
    "We have revised the text accordingly.": "The text has been revised.",
    "Minutes of the previous meeting were approved.": (
        "The minutes of the last meeting were agreed."
    ),
    "ACTION: ": "Action carried: ",
    "I agree.": "I agree with both judgments.",
    "I also agree.": "I agree as well.",
    "Key finding: ": "Finding: ",
    "needs additional citations": "needs more citations",
    "is a stub.": "is short.",
    "on reasonable request": "without restriction",
    "had no role in": "was not involved in",
    "Summary of the section: ": "In brief: ",
    "Zusammenfassung des Abschnitts: ": "Kurz gesagt: ",
    "本研究の成果は": "この成果は",
    "Code: ": "Source code: ",
}
#: Words that open a sentence an editor rewords when copying it into a summary.
REWORDED_OPENINGS = {
    "We ": "The authors ",
    "The ": "Overall, the ",
    "In ": "Across ",
}


def numbers_retyped(tracked: TrackedText, places: list[tuple[Span, int]]) -> None:
    """Each number at a place retyped as its new number (last places first)."""
    for (start, end), new in sorted(places, reverse=True):
        if tracked.text[start:end] != str(new):
            tracked.replace(start, end - start, str(new))


def renumbering(
    text: str, pattern: re.Pattern[str], mapping: dict[int, int], outside: Span | None = None
) -> list[tuple[Span, int]]:
    """Where the numbers ``pattern`` captures (group 1) stand and what ``mapping`` makes of
    them, for those it changes (none inside ``outside``)."""
    places = []
    for match in pattern.finditer(text):
        new = mapping.get(int(match[1]))
        inside = outside is not None and outside[0] <= match.start() < outside[1]
        if new is not None and new != int(match[1]) and not inside:
            places.append((match.span(1), new))
    return places


def lines_reordered(tracked: TrackedText, paragraph: Span, order: list[int]) -> None:
    """The lines of a paragraph put in ``order`` (indexes into its lines), each line moved
    with its line break (a break typed after the last line for the move, then dropped)."""
    start, end = paragraph
    tracked.replace(end, 0, "\n")
    text = tracked.text
    breaks = [i + 1 for i in range(start, end + 1) if text[i] == "\n"]
    units = list(zip([start, *breaks[:-1]], breaks, strict=True))
    reorder(tracked, units, order)
    tracked.replace(end, 1, "")


def paragraph_to_end(tracked: TrackedText, paragraph: Span, heading: str | None) -> None:
    """A paragraph cut with the blank line before it and pasted at the end of the text
    (which ends with a line break), under a typed ``heading`` when one is given."""
    start, end = paragraph
    length = len(tracked.text)
    if heading is not None:
        tracked.replace(length - 1, 0, f"\n\n{heading}")
        length = len(tracked.text)
    tracked.move(start - 2, end - start + 2, length - 1 - (end - start + 2))


def quoted_above(tracked: TrackedText, sentence: Span, at: int, intro: str) -> int:
    """A typed paragraph ``intro“…”`` pasted at paragraph start ``at`` (before
    ``sentence``), holding a copy of the sentence; returns how far the sentence moved on."""
    start, end = sentence
    opening = f"{intro}“"
    tracked.replace(at, 0, f"{opening}”\n\n")
    shift = len(opening) + 3
    tracked.copy(start + shift, end - start, at + len(opening))
    return shift + end - start


def opening_reworded(tracked: TrackedText, sentence: Span) -> None:
    """A sentence's opening words retyped the way an editor rewords a copied sentence, or
    "In short, " typed before it."""
    words = tracked.text[slice(*sentence)]
    for old, new in REWORDED_OPENINGS.items():
        if words.startswith(old):
            tracked.replace(sentence[0], len(old), new)
            return
    tracked.replace(sentence[0], 0, "In short: ")


def words_swapped(tracked: TrackedText, span: Span, table: dict[str, str], limit: int) -> int:
    """Up to ``limit`` occurrences of ``table``'s words inside ``span`` retyped (first ones
    first); returns how many."""
    start, end = span
    pattern = re.compile("|".join(re.escape(word) for word in table))
    found = list(pattern.finditer(tracked.text, start, end))[:limit]
    for match in reversed(found):
        tracked.replace(match.start(), len(match[0]), table[match[0]])
    return len(found)
