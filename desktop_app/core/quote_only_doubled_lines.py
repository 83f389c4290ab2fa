"""A quote placed on a line that now stands twice in a row, its stored context split between them.

A line moved in beside a word-for-word copy of itself (an instruction such as "Sow under
glass." moved to the next month's crop whose last line reads the same, a stock line "Results
checked by the section stewards." moved under the next class) leaves two identical lines one
under the other. A passage on that line, or running from it into the next line or from the line
before into it, reads its quote at either copy; its stored context tells the copies apart only
when one side stands whole at both or at neither. When the side that reads otherwise at the
placement, the one facing the other copy, stands whole beside that copy instead (the prefix
before the upper copy, the suffix after the lower one), each copy holds one side of the
passage's context: which of them is the passage's own line, the text does not settle, and the
placement goes to review, its best guess kept.

A fuzzy passage of several lines that takes in a long line twice in a row at a block's edge
(beside a blank line or at one end of the passage) where its quote holds it once (a charge,
an action point or a notice's line moved in at the end of another block, just below its
word-for-word copy) holds a moved-in copy: which copy is the passage's own, and so where it
ends, the text does not settle either, and it goes to review too.
"""

from __future__ import annotations

from itertools import pairwise

from desktop_app.core.left_out_lines import LONG_LINE
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote


def twin_line_above(text: str, at: int) -> int | None:
    """How far up the copy of the line holding ``at`` stands when the line just above it
    (no blank line between) reads word for word the same: the line's length and its line
    break. None when it does not, or the line is blank or the text's first."""
    start = text.rfind("\n", 0, at) + 1
    if start == 0:
        return None
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end]
    above = text.rfind("\n", 0, start - 1) + 1
    if not line.strip() or text[above : start - 1] != line:
        return None
    return start - above


def twin_line_below(text: str, at: int) -> int | None:
    """How far down the copy of the line holding ``at`` stands when the line just below it
    (no blank line between) reads word for word the same: the line's length and its line
    break. None when it does not, or the line is blank or the text's last."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if end < 0:
        return None
    line = text[start:end]
    below_end = text.find("\n", end + 1)
    below_end = len(text) if below_end < 0 else below_end
    if not line.strip() or text[end + 1 : below_end] != line:
        return None
    return end + 1 - start


def context_split_by_a_twin_line(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]``, reading its quote word for word with
    one side of its stored context whole and the other not, starts (the prefix not whole) on
    a line whose word-for-word copy stands just above it with the stored prefix whole before
    the same place in that copy, or ends (the suffix not whole) on a line whose copy stands
    just below it with the stored suffix whole after the same place there."""
    prefix, suffix = quote.prefix, quote.suffix
    if not prefix or not suffix or text[start:end] != quote.exact:
        return False
    prefix_whole = start >= len(prefix) and text.startswith(prefix, start - len(prefix))
    suffix_whole = text.startswith(suffix, end)
    if prefix_whole == suffix_whole:
        return False
    if suffix_whole:
        up = twin_line_above(text, start)
        return (
            up is not None
            and start - up >= len(prefix)
            and text.startswith(prefix, start - up - len(prefix))
        )
    down = twin_line_below(text, max(start, end - 1))
    return down is not None and text.startswith(suffix, end + down)


def takes_in_a_doubled_line(found: str, exact: str) -> bool:
    """Whether a fuzzy passage reading ``found`` for a quote ``exact`` of several lines holds
    a line (:data:`~desktop_app.core.left_out_lines.LONG_LINE` or longer, ignoring spaces at
    its ends) twice in a row that the quote does not hold twice in a row, the pair standing
    at one end of the passage or beside a blank line: at a block's edge, where a line moved
    in lands beside its word-for-word copy."""
    quote_lines = [line.strip() for line in exact.split("\n")]
    if len(quote_lines) < 2:
        return False
    found_lines = [line.strip() for line in found.split("\n")]
    doubled_in_quote = {line for line, after in pairwise(quote_lines) if line == after}
    last = len(found_lines) - 2
    for index in range(last + 1):
        line = found_lines[index]
        if len(line) < LONG_LINE or line != found_lines[index + 1] or line in doubled_in_quote:
            continue
        if index == 0 or index == last or not found_lines[index - 1] or not found_lines[index + 2]:
            return True
    return False


def review_on_a_doubled_line(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """``placement`` sent to review, its best guess kept, when its stored context is split
    between it and a copy of its line standing right beside it
    (:func:`context_split_by_a_twin_line`), or when it is fuzzy and takes in a line twice in
    a row at a block's edge (:func:`takes_in_a_doubled_line`); else as it is."""
    if placement.state not in PLACED_STATES:
        return placement
    if context_split_by_a_twin_line(text, placement.start, placement.end, quote):
        return placement._replace(state="review")
    if placement.state == "fuzzy" and takes_in_a_doubled_line(
        text[placement.start : placement.end], quote.exact
    ):
        return placement._replace(state="review")
    return placement
