"""Running page lines and line-end hyphens a text gained when it was laid out in pages."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import pairwise

from desktop_app.core.text_lines import text_lines

#: Least distance (code points) between two copies of a running line: a page's length,
#: far more than a stock line of a list or a table repeats at.
PAGE_INTERVAL = 800
#: A hyphen and line break between two letters: a word broken at a line end for print when
#: a small letter follows ("Porr-" / "idge", as :func:`line_end_hyphens` keeps them), a
#: compound's next part when a capital does ("Anglo-" / "Saxon").
LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")
_FIGURES = re.compile(r"\d+")


def line_end_hyphens(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The spans of the hyphens and line breaks that split a word at a line end: "-\\n"
    between a letter and a small letter (within ``text[lo:hi]`` when given)."""
    hi = len(text) if hi is None else hi
    if text.find("-\n", lo, hi) < 0:
        return []
    return [
        match.span()
        for match in LINE_END_HYPHEN.finditer(text, lo, hi)
        if text[match.end()].islower()
    ]


@lru_cache(maxsize=4)
def running_lines(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """The page breaks' running lines in ``text``: each copy of a run of two lines (a page's
    footer and the next page's header) that stands again, alike but for figures, one of
    them counting the pages (``numbered_pages``), only at a page's distance from its
    other copies (:data:`PAGE_INTERVAL`), whose lines stand nowhere else, with other text
    before and after each copy (no part of what is around it), one copy at least breaking
    a paragraph (between two lines of one paragraph). Each as its span (its lines with
    their line breaks, and one blank line more when it stands between paragraphs, so the
    text reads as if it were not there) and its lines' text (none of them blank)."""
    read = text_lines(text)
    lines = [(start, end - 1) for start, end in pairwise(read.starts)]
    keys = [_FIGURES.sub("#", line).strip() for line in read.lines]
    counts = Counter(keys)
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in range(len(lines) - 1):
        first, second = keys[index], keys[index + 1]
        if first and second and counts[first] > 1 and counts[first] == counts[second]:
            pairs[(first, second)].append(index)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for (first, _), indices in pairs.items():
        if len(indices) < 2 or len(indices) != counts[first]:
            continue
        at = [lines[index][0] for index in indices]
        if any(later - earlier < PAGE_INTERVAL for earlier, later in pairwise(at)):
            continue
        before = [_next_line(keys, index, -1) for index in indices]
        after = [_next_line(keys, index + 1, 1) for index in indices]
        if len(set(before)) < len(before) or len(set(after)) < len(after):
            continue  # a copy with the same line before or after: part of what it stands in
        inside = [_inside_a_paragraph(keys, index) for index in indices]
        if not any(inside) or not numbered_pages(text, lines, indices):
            continue
        for index, breaks_one in zip(indices, inside, strict=True):
            start, end = lines[index][0], lines[index + 1][1]
            end = min(end + 1, len(text))  # the line break after the run
            if not breaks_one and text.startswith("\n", end) and text.endswith("\n\n", 0, start):
                end += 1  # between paragraphs: one of the blank lines around it too
            found.append((start, end, (text[slice(*lines[index])], text[slice(*lines[index + 1])])))
    return _merged(sorted(found))


def numbered_pages(text: str, lines: list[tuple[int, int]], indices: list[int]) -> bool:
    """Whether the copies of the run at ``indices`` count pages: some figure of theirs reads
    1, 2, 3 … (or 2, 3, 4 …: the second page's header first) from the first copy on."""
    figures = [_FIGURES.findall(text[lines[index][0] : lines[index + 1][1]]) for index in indices]
    for place in range(len(figures[0])):
        first = int(figures[0][place])
        if first in (1, 2) and all(
            int(numbers[place]) == first + copy for copy, numbers in enumerate(figures)
        ):
            return True
    return False


def _next_line(keys: list[str], index: int, step: int) -> str:
    """The first line that is not blank from ``index + step`` on, going by ``step`` (figures
    masked; empty at the text's edge)."""
    index += step
    while 0 <= index < len(keys):
        if keys[index]:
            return keys[index]
        index += step
    return ""


def _merged(
    runs: list[tuple[int, int, tuple[str, ...]]],
) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Runs that overlap (three running lines or more: each pair of them stands again)
    made one, their lines together."""
    merged: list[tuple[int, int, tuple[str, ...]]] = []
    for start, end, lines in runs:
        if merged and start < merged[-1][1]:
            last_start, last_end, last_lines = merged[-1]
            merged[-1] = (last_start, max(last_end, end), (*last_lines, *lines))
        else:
            merged.append((start, end, lines))
    return tuple(merged)


def _inside_a_paragraph(keys: list[str], index: int) -> bool:
    """Whether the two lines at ``index`` stand between two lines that are not blank."""
    return 0 < index < len(keys) - 2 and bool(keys[index - 1]) and bool(keys[index + 2])
