"""Passages placed again without the time stamps opening their lines that a text dropped."""

from __future__ import annotations

import re

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.quote_scoring import similarity
from desktop_app.core.records import TextQuote

#: A time stamp opening a line of a transcript or subtitles, with the blank after it:
#: "[00:12:05] ", "(12:05) ", "1:02:03.5 ".
STAMP = re.compile(r"(?:^|(?<=\n))[\[(]?\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?[\])]?[ \t]+")
#: Least code points (white space run together) left of a side of the context, once its
#: stamps are dropped, for it to vouch for the passage (unless the text ended there).
LEAST_SIDE = 8
#: Least similarity of a whole side of the context, without its stamps, to the text there.
SIDE_ALIKE = 0.9
#: Copies of the quote without its stamps looked at.
COPIES_LOOKED_AT = 64
_BLANKS = re.compile(r"(\s+)")


def without_dropped_stamps(text: str, quote: TextQuote) -> TextQuote | None:
    """``quote`` with the line-opening time stamps (:data:`STAMP`) it holds, with its
    context, that ``text`` holds nowhere dropped (a transcript printed without them);
    None when it holds none. A stamp across the start or end of the quote takes the
    quote's part of it too."""
    joined = quote.prefix + quote.exact + quote.suffix
    spans = [m.span() for m in STAMP.finditer(joined) if m.group().rstrip(" \t") not in text]
    if not spans:
        return None
    start, end = len(quote.prefix), len(quote.prefix) + len(quote.exact)
    kept: list[str] = []
    parts: list[int] = []  # where the quote starts and ends in the kept text
    at = 0
    for stamp_start, stamp_end in spans:
        kept.append(joined[at:stamp_start])
        at = stamp_end
    kept.append(joined[at:])
    # Offsets in the kept text of the quote's ends: each stamp before them shortens it.
    for edge in (start, end):
        cut = 0
        for stamp_start, stamp_end in spans:
            if stamp_end <= edge:
                cut += stamp_end - stamp_start
            elif stamp_start < edge:
                cut += edge - stamp_start  # the edge inside a stamp: moved to its end
        parts.append(edge - cut)
    whole = "".join(kept)
    return TextQuote(
        exact=whole[parts[0] : parts[1]], prefix=whole[: parts[0]], suffix=whole[parts[1] :]
    )


def stamped_copy(text: str, quote: TextQuote, stripped: TextQuote) -> tuple[int, int] | None:
    """The span of the only copy in ``text`` of ``stripped`` (``quote`` without its
    dropped stamps) whose context is the stored one without them, white space aside (the
    lines of a block may have been run together): each whole side as it was but for a
    typo or two (:data:`SIDE_ALIKE`); a prefix cut short by the text's start all the text
    before it; a suffix cut short by the text's end what the text goes on with (notes
    may have been appended). None when no copy or more than one has it, or a side left
    too short to vouch (:data:`LEAST_SIDE`)."""
    if len(stripped.exact.strip()) < LEAST_SIDE:
        return None
    prefix = _BLANKS.sub(" ", stripped.prefix)
    suffix = _BLANKS.sub(" ", stripped.suffix)
    prefix_whole = len(quote.prefix) >= CONTEXT
    suffix_whole = len(quote.suffix) >= CONTEXT
    if (prefix_whole and len(prefix.strip()) < LEAST_SIDE) or (
        suffix_whole and len(suffix.strip()) < LEAST_SIDE
    ):
        return None
    pattern = re.compile(
        "".join(
            r"\s+" if part.isspace() else re.escape(part)
            for part in _BLANKS.split(stripped.exact)
            if part
        )
    )
    found: tuple[int, int] | None = None
    for count, match in enumerate(pattern.finditer(text)):
        if count == COPIES_LOOKED_AT:
            return None
        start, end = match.span()
        before = _BLANKS.sub(" ", text[max(0, start - 2 * CONTEXT) : start])
        after = _BLANKS.sub(" ", text[end : end + 2 * CONTEXT])
        if prefix_whole and not _alike(before[-len(prefix) :], prefix):
            continue
        if not prefix_whole and (start > 2 * CONTEXT or before != prefix):
            continue
        if suffix_whole and not _alike(after[: len(suffix)], suffix):
            continue
        if not suffix_whole and not after.startswith(suffix):
            continue
        if found is not None:
            return None
        found = (start, end)
    return found


def _alike(found: str, stored: str) -> bool:
    """Whether a side of the context found is the stored one, a typo or two aside
    (:data:`SIDE_ALIKE`)."""
    return found == stored or similarity(stored, found) >= SIDE_ALIKE
