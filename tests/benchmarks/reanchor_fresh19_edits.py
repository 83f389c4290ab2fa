"""Operations the nineteenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a newsroom or its content system would, moving text with
:meth:`TrackedText.move` so that moved passages keep their origin, and pasting copies with
:meth:`TrackedText.copy` so that a copy is a decoy.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh19_kit import Span
from tests.storage.edit_simulation import TrackedText

#: A writethru's change of tense on a demoted lede.
PAST = {" is ": " was ", " are ": " were ", " will ": " would ", " has ": " had ", " says": " said"}
#: How a correction respells a vowel of a name.
RESPELT = {"a": "e", "e": "a", "i": "y", "o": "a", "u": "o", "á": "a", "é": "e", "ó": "o", "ú": "u"}
PRESENT_TENSE = re.compile("|".join(re.escape(word) for word in PAST))


def corrected(figure: str) -> str:
    """A figure corrected in its last digit: "1,240" → "1,241", "4.9" → "4.8"."""
    last = figure[-1]
    return figure[:-1] + (str(int(last) + 1) if last != "9" else "8")


def respelt(name: str) -> str:
    """A surname with its last vowel respelt, as a correction fixes it: "Kowalczyk" →
    "Kowelczyk", "Adeyemi" → "Adeyemy", an accent dropped: "Adéwálé" → "Adéwále"
    (unchanged when it has none)."""
    for index in range(len(name) - 1, 0, -1):
        if name[index] in RESPELT:
            return name[:index] + RESPELT[name[index]] + name[index + 1 :]
    return name


def paragraph_deleted(tracked: TrackedText, span: Span) -> None:
    """A paragraph (not the first) cut with the blank line before it."""
    tracked.replace(span[0] - 2, span[1] - span[0] + 2, "")


def paragraph_typed(tracked: TrackedText, after: int, words: str) -> None:
    """A typed paragraph put after the paragraph that ends at ``after``."""
    tracked.replace(after, 0, "\n\n" + words)


def tense_shifted(tracked: TrackedText, span: Span, every: bool) -> None:
    """The present tense in ``span`` put in the past ("is" → "was", "says" → "said"): the
    first verb only, or ``every`` one."""
    found = list(PRESENT_TENSE.finditer(tracked.text, *span))
    for match in reversed(found if every else found[:1]):
        tracked.replace(match.start(), len(match[0]), PAST[match[0]])


def pull_quote_pasted(tracked: TrackedText, sentence: Span, after: int) -> None:
    """A copy of ``sentence`` in curly quotes, as its own paragraph after the paragraph that
    ends at ``after`` (which is at or after the sentence's end)."""
    tracked.replace(after, 0, "\n\n“”")
    tracked.copy(sentence[0], sentence[1] - sentence[0], after + 3)


def quote_cut(tracked: TrackedText, quote: Span) -> bool:
    """A quotation shortened with an ellipsis: its words from the fourth to the third from
    last replaced by "…"; False when it has fewer than seven words."""
    words = list(re.finditer(r"\S+", tracked.text[quote[0] + 1 : quote[1] - 1]))
    if len(words) < 7:
        return False
    start, end = quote[0] + 1 + words[3].start(), quote[0] + 1 + words[-3].end()
    tracked.replace(start, end - start, "…")
    return True


def run_collapsed(tracked: TrackedText, run: list[Span], entry: re.Pattern[str]) -> None:
    """A run of timestamped entries made one summary paragraph: their timestamps cut, the
    blank lines between them made a space, "Summary: " typed in front."""
    for index in range(len(run) - 1, -1, -1):
        start, _ = run[index]
        stamp = entry.match(tracked.text, start)
        assert stamp is not None
        tracked.replace(start, stamp.end() - start, "")
        if index:
            tracked.replace(run[index - 1][1], 2, " ")
    tracked.replace(run[0][0], 0, "Summary: ")


def block_moved(tracked: TrackedText, block: Span, to: int, heading: str) -> None:
    """The paragraphs ``block`` (from a paragraph's start to a paragraph's end) cut and put
    before the paragraph that starts at ``to`` (after the block), under a typed crosshead."""
    start, end = block[0], block[1] + 2
    tracked.move(start, end - start, to - (end - start))
    tracked.replace(to - (end - start), 0, heading + "\n\n")
