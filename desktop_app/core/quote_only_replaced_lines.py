"""A passage placed on its words beside another line while its own paragraph stands elsewhere.

A line or sentence that several entries share ("City hall notice: streets stay closed.",
a disclaimer, a sign-off) is found word for word where the passage stood, one side of its
stored context whole there, and the search takes that copy. The context within the
passage's own paragraph (:func:`figure_twins.own_context`: past a blank line stands a
neighbouring entry, which a re-sort changes) says which entry it was: when, at the
placement, a side of it reads as another line altogether (not the stored line with a
typo or a word changed: less than half alike), no line of that side standing anywhere in
the placement's paragraph (a line put in between or taken out leaves the stored one
there: ``quote_search.a_neighbour_line_stays``), while the quote with its whole own
context stands elsewhere (once or more), the copy there is the passage's own entry, moved,
and the one placed is another entry's. Which one a reader takes, the position or the
paragraph, the text does not settle alone, so the placement goes to review, its best
guess kept. (``quote_search.search(alone=True)`` weighs the copies for a quote found
where it stood with one side whole only when that side reaches past a blank line; this
reads every placement, whichever way it was found.)
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from desktop_app.core.figure_twins import own_context
from desktop_app.core.quote_search import (
    OWN_SIDE_UNLIKE,
    PLACED_STATES,
    Placement,
    a_neighbour_line_stays,
)
from desktop_app.core.records import TextQuote

#: Least length (code points) of a side of the own context for it to tell.
TELLING_SIDE = 8


def reads_another_line(here: str, stored: str) -> bool:
    """Whether ``here`` reads as another line than ``stored`` (a telling side of the own
    context), not as ``stored`` edited: under ``quote_search.OWN_SIDE_UNLIKE`` alike."""
    return (
        len(stored) >= TELLING_SIDE and Indel.normalized_similarity(here, stored) < OWN_SIDE_UNLIKE
    )


def replaced_here(text: str, start: int, end: int, here: str, stored: str) -> bool:
    """Whether ``here``, a side of the passage at ``text[start:end]``, reads as another line
    than ``stored`` (:func:`reads_another_line`) and no line of ``stored`` stands in the
    passage's paragraph (:func:`quote_search.a_neighbour_line_stays`)."""
    return reads_another_line(here, stored) and not a_neighbour_line_stays(text, start, end, stored)


def own_paragraph_elsewhere(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found word for word at ``text[start:end]`` has a side of its
    own context replaced there (:func:`replaced_here`) while the quote with its whole own
    context stands elsewhere in ``text`` (once or more)."""
    exact = quote.exact
    if text[start:end] != exact:
        return False
    own_prefix, own_suffix = own_context(quote)
    before = text[max(0, start - len(own_prefix)) : start]
    after = text[end : end + len(own_suffix)]
    if not (
        replaced_here(text, start, end, before, own_prefix)
        or replaced_here(text, start, end, after, own_suffix)
    ):
        return False
    return own_prefix + exact + own_suffix in text


def reviewed_off_its_lines(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """``placement``, sent to review (its best guess kept) when its own paragraph stands
    elsewhere while a side of it is replaced here (:func:`own_paragraph_elsewhere`)."""
    if placement.state in PLACED_STATES and own_paragraph_elsewhere(
        text, placement.start, placement.end, quote
    ):
        return placement._replace(state="review")
    return placement
