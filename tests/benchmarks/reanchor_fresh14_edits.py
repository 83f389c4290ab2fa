"""Operations the fourteenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a style sheet, a plain-language editor, a web team or a
fact-checker would, so the truth of every passage is known.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh14_kit import (
    ACRONYMS,
    CONTRACTIONS,
    EMOJI_LABELS,
    MODALS,
    NUMBER_WORDS,
)
from tests.storage.edit_simulation import TrackedText

#: What may follow an emoji inside the same picture (a skin tone, a joiner, a selector).
_GLUED = re.compile("[\u200d\ufe0f\U0001f3fb-\U0001f3ff]")


def number_as_figure(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "three" → "3", "twenty" → "20"."""
    tracked.replace(match.start(), len(match[0]), NUMBER_WORDS[match[0]])


def contraction_expanded(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "don’t" → "do not", "Can’t" → "Cannot" (the capital kept)."""
    full = CONTRACTIONS[match[0][0].lower() + match[0][1:]]
    if match[0][0].isupper():
        full = full[0].upper() + full[1:]
    tracked.replace(match.start(), len(match[0]), full)


def acronym_expanded(tracked: TrackedText, start: int, end: int) -> None:
    """ "BSL" → "British Sign Language (BSL)": the words typed before the acronym, and the
    acronym put in brackets."""
    acronym = tracked.text[start:end]
    tracked.replace(end, 0, ")")
    tracked.replace(start, 0, f"{ACRONYMS[acronym]} (")


def please_dropped(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "Please don’t park" → "Don’t park", "Please note that the doors" → "The doors":
    the opening cut and the next letter made a capital."""
    after = match.end()
    tracked.replace(match.start(), after + 1 - match.start(), tracked.text[after].upper())


def modal_restated(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "must" → "will need to", "must not" → "may not", "should" → "ought to"."""
    tracked.replace(match.start(), len(match[0]), MODALS[match[0]])


def describable(text: str, match: re.Match[str]) -> bool:
    """Whether an emoji stands alone: no skin tone, joiner or selector follows it (a label
    after it would cut the picture)."""
    return _GLUED.match(text, match.end()) is None


def emoji_described(tracked: TrackedText, match: re.Match[str]) -> None:
    """ "🏅" → "🏅 (medal)"."""
    tracked.replace(match.end(), 0, f" ({EMOJI_LABELS[match[0]]})")


def citations_marked(
    tracked: TrackedText, ends: list[int], sources: list[str], heading: str
) -> None:
    """A mark " [1]", " [2]"… typed before the closing stop of each sentence that ends at
    one of ``ends`` (after its last character when it has no stop), numbered in text
    order, and the sources listed under ``heading`` at the end, one a line."""
    text = tracked.text
    ordered = sorted(ends)
    for number, end in reversed(list(enumerate(ordered, start=1))):
        at = end - 1 if text[end - 1] in ".!?" else end
        tracked.replace(at, 0, f" [{number}]")
    rows = "\n".join(f"[{n}] {source}" for n, source in enumerate(sources, start=1))
    tracked.replace(len(tracked.chars), 0, f"\n{heading}\n\n{rows}\n")


def paragraphs_joined(tracked: TrackedText, breaks: list[int]) -> None:
    """The blank line at each of ``breaks`` (where a paragraph ends) made one space."""
    for at in sorted(breaks, reverse=True):
        assert tracked.text[at : at + 2] == "\n\n"
        tracked.replace(at, 2, " ")
