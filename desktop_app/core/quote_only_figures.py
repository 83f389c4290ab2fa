"""Figures read as any others: how the quote-only rules tell renumbered and twin units."""

from __future__ import annotations

import re

#: A figure: a run of decimal digits (any script's) standing as a word of its own.
FIGURE = re.compile(r"(?<!\w)\d+(?!\w)")


def masked(piece: str) -> str:
    """``piece`` with every figure read as "0": renumbered heads read alike."""
    return FIGURE.sub("0", piece)


def refigured(here: str, quoted: str) -> bool:
    """Whether ``here`` reads as ``quoted`` but for its figures, one of them read otherwise."""
    return here != quoted and masked(here) == masked(quoted)


def figures_apart(one: str, other: str) -> int:
    """In how many places the figures of ``one`` and ``other`` (in their order, by value)
    differ, a figure that only one holds counted as a place."""
    mine, theirs = FIGURE.findall(one), FIGURE.findall(other)
    apart = sum(int(a) != int(b) for a, b in zip(mine, theirs, strict=False))
    return apart + abs(len(mine) - len(theirs))


def any_figures(piece: str) -> re.Pattern[str] | None:
    """A pattern matching ``piece`` with each of its figures read as any run of digits;
    None when ``piece`` holds no figure."""
    parts = FIGURE.split(piece)
    if len(parts) < 2:
        return None
    return re.compile(r"\d+".join(re.escape(part) for part in parts))


def renumbered_copies(text: str, piece: str, here: int) -> list[re.Match[str]]:
    """The copies of ``piece`` in ``text``, figures read as any others, that start
    elsewhere than ``here`` and whose figures are apart from its own in one place at
    most (none when ``piece`` holds no figure)."""
    pattern = any_figures(piece)
    if pattern is None:
        return []
    return [
        found
        for found in pattern.finditer(text)
        if found.start() != here and figures_apart(found.group(), piece) <= 1
    ]
