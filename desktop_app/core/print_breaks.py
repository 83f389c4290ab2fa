"""Running page lines and line-end hyphens a text gained when it was laid out in pages."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import pairwise

from desktop_app.core.text_lines import text_lines

#: Least distance (code points) between two copies of a running line: a page's length,
#: far more than a stock line of a list or a table repeats at.
PAGE_INTERVAL = 800
#: Least number of lines between two copies of a running line nearer than
#: :data:`PAGE_INTERVAL`: a page of short lines (a list, notices) still holds as many.
PAGE_LINES = 25
#: A word broken across a line end for print ("plan-" / "ting").
PRINT_BREAK = "-\n"
#: A hyphen and line break between two letters: a word broken at a line end for print when
#: a small letter follows ("Porr-" / "idge", as :func:`line_end_hyphens` keeps them), a
#: compound's next part when a capital does ("Anglo-" / "Saxon").
LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")
_FIGURES = re.compile(r"\d+")


def print_line_key(line: str) -> str:
    """A line (or lines joined at a word broken for print: :func:`print_lines`) as its
    copies at other page breaks read: figures masked, print hyphens read out, ligatures and
    other compatibility forms as plain letters ("ﬁ" as "fi"), white space at its ends left
    out."""
    joined = line.replace(PRINT_BREAK, "")
    return _FIGURES.sub("#", unicodedata.normalize("NFKC", joined)).strip()


def print_lines(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s lines (without their line breaks), a line that ends on a
    word broken for print ("plan-" / "ting") taken with the next as one."""
    read = text_lines(text)
    breaks = {start + 1 for start, _ in line_end_hyphens(text)}  # the "\n" of each "-\n"
    lines: list[tuple[int, int]] = []
    for start, end in pairwise(read.starts):
        if lines and lines[-1][1] in breaks:
            lines[-1] = (lines[-1][0], end - 1)
        else:
            lines.append((start, end - 1))
    return lines


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
    footer and the next page's header) that stands again, alike but for figures and
    ligatures (:func:`print_line_key`), one of them counting the pages
    (``numbered_pages``), only at a page's distance from its other copies
    (:func:`pages_apart`), a word broken for print in them read whole, whose lines stand
    nowhere else but as the text's title (its first line, which a running header repeats:
    :func:`_title_line`), its copies not all with the same line before nor all with the
    same after (no part of what is around it; a page break falls anywhere, beside a line a
    list repeats too), one copy at least breaking a paragraph (between two lines of one
    paragraph). Each as its span (its lines with
    their line breaks, and one blank line more when it stands between paragraphs, so the
    text reads as if it were not there) and its lines' text (none of them blank)."""
    lines = print_lines(text)
    keys = [print_line_key(text[start:end]) for start, end in lines]
    title = _title_line(keys)
    counts = Counter(key for index, key in enumerate(keys) if index != title)
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in range(len(lines) - 1):
        if title in (index, index + 1):
            continue
        first, second = keys[index], keys[index + 1]
        if first and second and counts[first] > 1 and counts[first] == counts[second]:
            pairs[(first, second)].append(index)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for (first, _), indices in pairs.items():
        if len(indices) < 2 or len(indices) != counts[first]:
            continue
        if not pages_apart(lines, indices):
            continue
        before = [_next_line(keys, index, -1) for index in indices]
        after = [_next_line(keys, index + 1, 1) for index in indices]
        if len(set(before)) == 1 or len(set(after)) == 1:
            continue  # every copy with the same line before or after: part of what it stands in
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


def pages_apart(lines: list[tuple[int, int]], indices: list[int]) -> bool:
    """Whether each copy of a run (its first line at ``indices``) stands a page from the one
    before: :data:`PAGE_INTERVAL` code points or :data:`PAGE_LINES` lines."""
    return all(
        lines[later][0] - lines[earlier][0] >= PAGE_INTERVAL or later - earlier >= PAGE_LINES
        for earlier, later in pairwise(indices)
    )


def _title_line(keys: list[str]) -> int:
    """The index of the text's first line that is not blank (its title, which a running
    header may repeat on every page: no copy at a page break); -1 in a blank text."""
    return next((index for index, key in enumerate(keys) if key), -1)


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
