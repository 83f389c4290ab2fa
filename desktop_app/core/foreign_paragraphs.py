"""A fuzzy passage's ends cut back past whole paragraphs its quote lacks (replies put in)."""

from __future__ import annotations

from rapidfuzz import fuzz

from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState

#: The break between two paragraphs.
PARAGRAPH_BREAK = "\n\n"
#: Most similarity (0..100) of a paragraph at an end of a found passage to the best
#: matching stretch of the quote's paragraph at that end for it to be foreign to the quote.
FOREIGN = 60.0
#: Least similarity (0..100) of the found paragraph beside it to the quote's paragraph at
#: that end: the quote's own end stands just inside the foreign paragraph.
OWN_END = 70.0


def cut_foreign_paragraphs(
    text: str, exact: str, old_start: int, placement: Placement
) -> Placement:
    """``placement`` with each end cut back past a whole paragraph of ``text`` at that end
    (from a paragraph break inside it to its end at the end of a line, or from its start
    at the start of a line to such a break) that is unlike the quote's paragraph at that
    end (:data:`FOREIGN`), when cutting it leaves the passage more like the quote: a reply
    put in just before or after a passage quoted in an e-mail, taken in by a fuzzy match.
    A passage cut to the quote exactly is "exact" or "moved" (from ``old_start``).
    Anything but a fuzzy placement is kept as it is."""
    if placement.state != "fuzzy" or not exact:
        return placement
    start, end = placement.start, placement.end
    found = text[start:end]
    if PARAGRAPH_BREAK not in found:
        return placement
    first, last = _first_paragraph(exact), _last_paragraph(exact)
    cut_start, cut_end = start, end
    if end == len(text) or text[end] == "\n":
        tail_at = found.rfind(PARAGRAPH_BREAK)
        tail = found[tail_at + len(PARAGRAPH_BREAK) :].strip()
        before = found[:tail_at].rsplit(PARAGRAPH_BREAK, 1)[-1].strip()
        if _foreign(tail, last, before):
            cut_end = start + tail_at
    if start == 0 or text[start - 1] == "\n":
        head_at = found.find(PARAGRAPH_BREAK)
        head = found[:head_at].strip()
        after = found[head_at + len(PARAGRAPH_BREAK) :].split(PARAGRAPH_BREAK, 1)[0].strip()
        if head_at + len(PARAGRAPH_BREAK) < cut_end - start and _foreign(head, first, after):
            cut_start = start + head_at + len(PARAGRAPH_BREAK)
            while cut_start < cut_end and text[cut_start] == "\n":
                cut_start += 1
    if (cut_start, cut_end) == (start, end) or cut_end <= cut_start:
        return placement
    if fuzz.ratio(text[cut_start:cut_end], exact) <= fuzz.ratio(found, exact):
        return placement
    state: AnchorState = "fuzzy"
    if text[cut_start:cut_end] == exact:
        state = "exact" if cut_start == old_start else "moved"
    return placement._replace(state=state, start=cut_start, end=cut_end)


def _foreign(piece: str, quote_end: str, beside: str) -> bool:
    """Whether ``piece``, a whole paragraph at an end of a found passage, is foreign to the
    quote whose paragraph at that end is ``quote_end``: nothing like any stretch of it, and
    the found paragraph ``beside`` it (further in) much like it."""
    return bool(piece) and (
        fuzz.partial_ratio(piece, quote_end) < FOREIGN and fuzz.ratio(beside, quote_end) >= OWN_END
    )


def _first_paragraph(exact: str) -> str:
    """The quote's text up to its first paragraph break."""
    return exact.split(PARAGRAPH_BREAK, 1)[0].strip()


def _last_paragraph(exact: str) -> str:
    """The quote's text after its last paragraph break."""
    return exact.rsplit(PARAGRAPH_BREAK, 1)[-1].strip()
