"""What a copy out of a PDF put between two pieces of a passage: running lines, print hyphens."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from desktop_app.core.print_breaks import (
    line_end_hyphens,
    numbered_pages,
    pages_apart,
    print_line_key,
    print_lines,
)

_FIGURES = re.compile(r"\d+")


@lru_cache(maxsize=4)
def page_break_lines(old: str, text: str) -> tuple[tuple[int, int], ...]:
    """The spans in new ``text`` (with the line break after them) of every copy of a run of
    two lines that stands again, alike but for figures, ligatures and print hyphens, one of
    its lines no line of the ``old`` text, all its copies a page apart (a page's length or a
    page of short lines: ``print_breaks.pages_apart``) and counting the pages
    (``print_breaks.numbered_pages``): a footer and the next page's header a copy out of a
    PDF put in at each page break. Unlike
    ``print_breaks.running_lines`` (the quote-only path, which has no old text to tell what
    was put in) its other line may stand elsewhere too: a header repeats the title."""
    lines = print_lines(text)
    old_lines = _lines_of(old)
    put_in = [at for at, (start, end) in enumerate(lines) if text[start:end] not in old_lines]
    keys: dict[int, str] = {}  # read only around the lines put in (most lines came along)
    runs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in sorted({at for line in put_in for at in (line - 1, line)}):
        if 0 <= index < len(lines) - 1:
            first, second = (_key_of(text, lines, keys, at) for at in (index, index + 1))
            if first and second and "#" in first + second:
                runs[(first, second)].append(index)
    spans: list[tuple[int, int]] = []
    for indices in runs.values():
        if len(indices) < 2 or not pages_apart(lines, indices):
            continue
        if numbered_pages(text, lines, indices):
            spans.extend((lines[index][0], lines[index + 1][1] + 1) for index in indices)
    return tuple(sorted(spans))


def _key_of(text: str, lines: list[tuple[int, int]], keys: dict[int, str], at: int) -> str:
    """The key (:func:`_key`) of line ``at`` of ``lines``, kept in ``keys``."""
    if at not in keys:
        keys[at] = _key(text[slice(*lines[at])])
    return keys[at]


def _key(line: str) -> str:
    """A line as its copies at other page breaks read: figures masked, print hyphens read
    out, ligatures and other compatibility forms as plain letters ("ﬁ" as "fi")."""
    return print_line_key(line)


def without_page_furniture(old: str, text: str, lo: int, hi: int) -> str | None:
    """New ``text[lo:hi]`` with what a copy out of a PDF put in since the ``old`` text taken
    out: a page break's running lines (:func:`page_break_lines`) and print hyphens with
    their line breaks ("plan-" / "ting"), a word broken across a page break read whole too
    ("Satu-", the running lines, "rday"); None when neither stands there."""
    if "\n" not in text[lo:hi]:
        return None
    cuts = line_end_hyphens(text, lo, hi)
    runs: list[tuple[int, int]] = []
    if _a_line_again(old, text, lo, hi):  # else no running lines there (most passages: one look)
        runs = [(max(lo, start), min(hi, end)) for start, end in page_break_lines(old, text)]
        runs = [(start, end) for start, end in runs if start < end]
    if not cuts and not runs:
        return None
    read = _cut(text, lo, hi, cuts + runs)
    if runs:  # the halves of a word broken at a page break meet once its running lines are out
        read = _cut(read, 0, len(read), line_end_hyphens(read))
    return read


def read_without_page_furniture(
    old: str, text: str, start: int, end: int, margin: int
) -> tuple[str, int, int] | None:
    """New ``text`` around ``[start, end)`` (``margin`` code points either side) as it reads
    with what a copy out of a PDF put in taken out (:func:`without_page_furniture`, the
    passage and each side read apart), and where the passage stands in that reading; None
    when nothing was taken out."""
    lo, hi = max(0, start - margin), min(len(text), end + margin)
    if text.find("-\n", lo, hi) < 0 and not _a_line_again(old, text, lo, hi):
        return None  # neither print hyphens nor running lines anywhere near (one look)
    parts = [
        without_page_furniture(old, text, a, b) for a, b in ((lo, start), (start, end), (end, hi))
    ]
    if all(part is None for part in parts):
        return None
    before, inside, after = (
        text[a:b] if part is None else part
        for part, (a, b) in zip(parts, ((lo, start), (start, end), (end, hi)), strict=True)
    )
    return before + inside + after, len(before), len(before) + len(inside)


def on_half_a_broken_word(old: str, text: str, start: int, end: int) -> bool:
    """Whether new ``[start, end)`` ends on the first half of a word broken for print
    ("serv" of "serv-" / "ices") or starts on its second half ("kets" of "blan-" /
    "kets"), a page break's running lines (:func:`page_break_lines`) between the halves or
    not: the passage took in only half of the word, its other half beyond its end."""
    if end > 0 and text[end - 1].isalpha() and text.startswith("-\n", end):
        return True
    if start == 0 or not text[start].isalpha():
        return False
    before = start
    if text[start - 1] == "\n" and not text.startswith("-\n", start - 2):
        before = next((lo for lo, hi in page_break_lines(old, text) if hi == start), start)
    return text.startswith("-\n", before - 2) and before >= 3 and text[before - 3].isalpha()


def _cut(text: str, lo: int, hi: int, cuts: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` without the spans of ``cuts`` (inside it, possibly overlapping)."""
    kept: list[str] = []
    at = lo
    for start, end in sorted(cuts):
        kept.append(text[at:start] if start > at else "")
        at = max(at, end)
    kept.append(text[at:hi])
    return "".join(kept)


def _a_line_again(old: str, text: str, lo: int, hi: int) -> bool:
    """Whether a line of ``text[lo:hi]`` that is no line of the ``old`` text stands again in
    ``text``, figures aside: what every running line put in at a page break does."""
    old_lines, counts = _lines_of(old), _masked_lines(text)
    return any(
        line.strip() and line not in old_lines and counts[_FIGURES.sub("#", line)] > 1
        for line in text[lo:hi].split("\n")
    )


@lru_cache(maxsize=4)
def _lines_of(text: str) -> frozenset[str]:
    """The lines of ``text``."""
    return frozenset(text.split("\n"))


@lru_cache(maxsize=4)
def _masked_lines(text: str) -> Counter[str]:
    """How many times each line of ``text`` stands in it, figures masked."""
    return Counter(_FIGURES.sub("#", text).split("\n"))
