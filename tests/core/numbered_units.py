"""Numbered verses that each hold the same stock lines (a refrain): quote-only tests' text."""

from __future__ import annotations

#: A verse: its number, when its first line is sung, and its two lines of its own.
Verse = tuple[int, str, str, str]

VERSES: list[Verse] = [
    (1, "00:12.31", "The harbour lights are burning low,", "The boats are out beyond the bar."),
    (2, "00:39.73", "So raise the light and sing it loud,", "From chapel door to quay and strand."),
    (3, "01:05.18", "The fishers stand upon the quay,", "Their lanterns swinging in the rain."),
    (4, "01:31.40", "The chapel bell rings out at dawn,", "The nets are mended on the shore."),
    (5, "01:58.02", "And when at last our boat comes in,", "We sing the song our mothers sang."),
]

#: The lines every verse holds, word for word.
REFRAIN = (
    "Refrain:\nBring them home, bring them home,\nLight the way across the foam,\n"
    "Bring them home, bring them home."
)


def verse_text(number: int, sung: str, first: str, second: str, *, refrain_last: bool) -> str:
    """One verse: its numbered head, its first timed line, then the refrain last or
    between its own two lines."""
    if refrain_last:
        return f"Verse {number}:\n[{sung}] {first}\n{second}\n{REFRAIN}"
    return f"Verse {number}:\n[{sung}] {first}\n{REFRAIN}\n{second}"


def hymn_text(verses: list[Verse], *, refrain_last: bool = True) -> str:
    """A title, the verses as paragraphs, a closing line."""
    body = "\n\n".join(verse_text(*verse, refrain_last=refrain_last) for verse in verses)
    return f"Harbour Lights\n\n{body}\n\nAmen."


def renumbered(verses: list[Verse]) -> list[Verse]:
    """``verses`` in their order, their heads numbered from 1 again."""
    return [(at + 1, sung, first, second) for at, (_, sung, first, second) in enumerate(verses)]


def in_order(*numbers: int) -> list[Verse]:
    """The verses of those old numbers, in that order, numbered from 1 again."""
    return renumbered([VERSES[number - 1] for number in numbers])


#: A verse typed in above the others.
INSERTED: Verse = (
    0,
    "00:05.00",
    "Before the tide had turned to west,",
    "We waited on the harbour wall.",
)
