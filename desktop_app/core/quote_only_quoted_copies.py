"""One at a time: a best guess on a copy quoted with "> " marks goes to the unmarked passage.

A reply put on top of an e-mail or a thread quotes the message below it, each of its lines
marked "> " (a blank line ">"). The search, holding one annotation, may take that quoted copy
when it stands nearer to where the passage stood: its quote reads there word for word (a
quote inside one line carries no mark), but its stored context reads there only with the
marks between its lines. A reader holding that one annotation sees the marks: the quoted
copy is a quotation of the passage, and the passage is the one stretch reading the quote
with its whole stored context, unmarked. A guess whose context differs from the stored one
by anything else than the marks (a word typed over, a line cut) is left in review: an
unedited copy elsewhere may as well be a repeat (``quote_only_alone.on_its_whole_context``).
"""

from __future__ import annotations

import re

from desktop_app.core.figure_twins import stands_whole
from desktop_app.core.quote_only_alone import whole_copies
from desktop_app.core.quote_scoring import score
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote

#: A reply's quotation mark at the start of a line ("> ", or ">" alone on a blank line).
QUOTE_MARK = re.compile(r"(?<=\n)> ?")
#: How many code points of text beside the guess are read, as many times the side's length
#: (each mark adds two code points to a line: a side of 32 over short lines needs more).
READ_BESIDE = 3


def without_quote_marks(piece: str) -> str:
    """``piece`` with the reply's marks at the start of its lines taken out."""
    return QUOTE_MARK.sub("", piece)


def context_reads_without_marks(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the stored prefix stands just before ``[start, end)`` and the stored suffix
    just after it once the reply's marks at line starts are taken out there."""
    prefix, suffix = quote.prefix, quote.suffix
    before = without_quote_marks(text[max(0, start - READ_BESIDE * len(prefix) - 2) : start])
    after = without_quote_marks(text[end : end + READ_BESIDE * len(suffix) + 2])
    return before.endswith(prefix) and after.startswith(suffix)


def placed_off_a_quoted_copy(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement
) -> Placement:
    """``placement``, or, when it is in review on its quote read word for word whose stored
    context reads there only with a reply's "> " marks taken out
    (:func:`context_reads_without_marks`; not whole as written), the one stretch of
    ``text`` reading the quote with its whole stored context unmarked
    (``quote_only_alone.whole_copies``): placed there. Two such stretches, or none, leave
    it."""
    if placement.state != "review" or not quote.exact:
        return placement
    start, end = placement.start, placement.end
    if text[start:end] != quote.exact or stands_whole(text, start, quote):
        return placement
    if not context_reads_without_marks(text, start, end, quote):
        return placement
    copies = whole_copies(text, quote)
    if len(copies) != 1:
        return placement
    at = copies[0]
    end = at + len(quote.exact)
    return Placement(
        position.state_of(at, end), at, end, score(text, at, end, quote, position.start).score
    )
