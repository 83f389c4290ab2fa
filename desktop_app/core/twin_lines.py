"""Passages on a twin entry's line: a leading line the quote lacks, a line one figure off."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from desktop_app.core.records import TextQuote

#: Least length of a line (stripped) for its copy elsewhere to tell: shorter lines ("Ends",
#: a date alone) stand anywhere.
LONG_LINE = 20

#: Least similarity (0..100) of two lines with other figures, figures aside, for them to
#: be twin entries' lines ("footnote D — train 5662" and "footnote E — train 5685").
TWIN_WORDING = 85

_FIGURES = re.compile(r"\d+")


def _figures_blanked(line: str) -> str:
    """The line with every run of digits read as one figure ("train 5178" as "train 0")."""
    return _FIGURES.sub("0", line)


def stands_once(text: str, line: str) -> int:
    """Where ``line`` stands in ``text`` if it stands there once, else -1."""
    at = text.find(line)
    if at < 0 or text.find(line, at + 1) >= 0:
        return -1
    return at


def leading_line_cut(text: str, start: int, end: int, exact: str) -> int | None:
    """Where the passage found at ``text[start:end]`` for a quote ``exact`` starts once a
    leading line the quote does not hold is cut off, when the quote's first line (at least
    :data:`LONG_LINE` long, standing once in the text) stands whole further on inside the
    passage: the line before it is another entry's (an entry's header moved after its
    closing, the header of the entry above now standing where this one's stood, taken in
    its place); None when the passage is not so."""
    head, newline, _rest = exact.partition("\n")
    first = head.strip()
    if not newline or len(first) < LONG_LINE:
        return None
    break_at = text.find("\n", start, end)
    if break_at < 0:
        return None
    leading = text[start:break_at].strip()
    if not leading or leading == first or leading in exact:
        return None
    at = stands_once(text, first)
    if not break_at < at < end:
        return None
    cut = break_at + 1
    while cut < at and text[cut].isspace():
        cut += 1
    return cut


def on_a_figure_twin(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage at ``text[start:end]`` stands on a line that differs from the
    quote's own line (its context up to the line breaks on both sides, the quote and its
    line at least :data:`LONG_LINE` long together) only in its figures, while the quote's
    line stands word for word once elsewhere in the text: a twin entry's line one day or
    one number apart ("13 Feb … train 7182" and "12 Feb … train 7181") was taken; which of
    the two is meant is for the reader to say."""
    before = quote.prefix.rfind("\n")
    after = quote.suffix.find("\n")
    if before < 0 or after < 0 or "\n" in quote.exact:
        return False
    own = quote.prefix[before + 1 :] + quote.exact + quote.suffix[:after]
    if len(own.strip()) < LONG_LINE:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if line == own or not _twins(line, own):
        return False
    at = stands_once(text, own)
    return at >= 0 and not line_start <= at < line_start + len(line)


def _twins(line: str, other: str) -> bool:
    """Whether two lines are twin entries' lines: the same but for their figures, or with
    as many figures, other ones, and otherwise nearly the same (:data:`TWIN_WORDING`: a
    name's letter)."""
    if _figures_blanked(line) == _figures_blanked(other):
        return True
    figures, others = _FIGURES.findall(line), _FIGURES.findall(other)
    if len(figures) != len(others) or figures == others:
        return False  # a figure added ("4°C (39°F)", an OCR "1" for "l") is no twin's
    return fuzz.ratio(_figures_blanked(line), _figures_blanked(other)) >= TWIN_WORDING


def twin_tail_cut(text: str, start: int, end: int, quote: TextQuote) -> int | None:
    """Where the passage found at ``text[start:end]`` ends once its last line is cut off,
    when that line is a paragraph of its own (a blank line before it) and a twin's
    (:func:`_twins`) of the quote's last line, not that line itself, while the quote's
    last line, with its context to the line's end (at least :data:`LONG_LINE` long),
    stands word for word once elsewhere in the text: the passage ran into the next
    entry's header, its own next entry, one day or one number apart, now standing
    elsewhere ("3 Apr 2026 — notice 16/26" taken as "5 Apr 2026 — notice 15/26"); None
    when the passage does not end so. (A last line of the passage's own paragraph that
    differs from the quote's in a figure is its own, corrected.)"""
    if "\n" not in quote.exact:
        return None
    tail = quote.exact[quote.exact.rfind("\n") + 1 :]
    last_break = text.rfind("\n", start, end)
    if not tail.strip() or last_break < 0:
        return None
    own = tail + quote.suffix.partition("\n")[0]
    if not _a_twin_piece(text, last_break + 1, end, tail, own):
        return None
    cut = last_break
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    if cut == start or text.count("\n", cut, last_break + 1) < 2:
        return None
    return cut


def leads_with_a_twin_piece(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]`` starts with a line that is a
    twin's (:func:`_twins`) of the quote's first line, not that line itself, while the
    quote's first line, with its context from the line's start (at least
    :data:`LONG_LINE` long), stands word for word once elsewhere in the text: the passage
    is a twin entry's, its header one day or one number apart ("ref. 3868" where the
    quote began "ref. 3873"), the quote's own entry standing elsewhere."""
    head, newline, _rest = quote.exact.partition("\n")
    first_break = text.find("\n", start, end)
    if not newline or not head.strip() or first_break < 0:
        return False
    own = quote.prefix.rpartition("\n")[2] + head
    return _a_twin_piece(text, start, first_break, head, own)


def _a_twin_piece(text: str, start: int, end: int, quoted: str, own: str) -> bool:
    """Whether the piece ``text[start:end]`` of a passage is a twin of the quote's
    ``quoted`` piece, not holding that piece, while the quote's piece with its context to
    the line's end (``own``) stands once in the text, elsewhere (a copy inside a longer
    line, a pull quote's, counts: which copy is meant is then no clearer)."""
    piece, quoted, own = text[start:end].strip(), quoted.strip(), own.strip()
    if not piece or quoted in piece or not _twins(piece, quoted) or len(own) < LONG_LINE:
        return False
    at = stands_once(text, own)
    return at >= 0 and not start - len(own) < at < end


def beside_a_twins_line(text: str, start: int, end: int, exact: str) -> bool:
    """Whether the passage found at ``text[start:end]`` leaves out the quote's first (or
    last) line, at least :data:`LONG_LINE` long and standing once in the text, while the
    line just before (or just after) the passage is that line but for its figures: the
    passage is a twin entry's, whose header one day or one number apart stands there
    ("10 Sep … ref. 3868" where the quote began "13 Sep … ref. 3873")."""
    lines = [line.strip() for line in exact.split("\n")]
    if len(lines) < 2:
        return False
    found = text[start:end]
    head = text[:start].rstrip()
    before = head[head.rfind("\n") + 1 :].strip()
    tail = text[end:].lstrip()
    after = tail.partition("\n")[0].strip()
    for line, beside in ((lines[0], before), (lines[-1], after)):
        if len(line) < LONG_LINE or line in found or beside == line:
            continue
        if _figures_blanked(beside) == _figures_blanked(line) and stands_once(text, line) >= 0:
            return True
    return False
