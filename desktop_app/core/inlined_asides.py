"""A fuzzy passage's end cut back before a bracketed aside its quote lacks (a footnote inlined)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from desktop_app.core.quote_search import Placement, score
from desktop_app.core.records import TextQuote

#: A footnote marker ending a quote ("[4]", "[b]"): where the marker stood, its note's text.
_MARKER_AT_END = re.compile(r"\[\w{1,4}\]\s*$")
#: Least length (code points) of the aside's words for it to be text put in, not a stray
#: bracket: a figure's unit or an abbreviation in brackets is part of a sentence.
LEAST_ASIDE = 8


def _trailing_aside(found: str) -> int | None:
    """Where the bracketed aside that ends ``found`` opens (its " (" on the same line),
    or None when ``found`` does not end with one."""
    body = found.rstrip()
    if not body.endswith(")"):
        return None
    opened = body.rfind("(")
    if opened <= 0 or found[opened - 1] != " " or "\n" in body[opened:]:
        return None
    if body.count("(", opened) != 1 or body.count(")", opened) != 1:
        return None
    return opened - 1


def inlined_aside_end(text: str, start: int, end: int, exact: str) -> int | None:
    """Where a fuzzy passage ``text[start:end]`` found for a quote ``exact`` should end when
    it ends with a bracketed aside (" (…)", :data:`LEAST_ASIDE` or more) whose words the
    quote lacks and without which it reads more like the quote, the quote ending with a
    footnote marker (a code spelled out, the code kept in brackets, is the passage's): a
    footnote moved into brackets where its marker stood, after the passage's last words
    ("week.[4]" now "week. (Fines …)"). None when it should end where it does."""
    if _MARKER_AT_END.search(exact) is None:
        return None
    found = text[start:end]
    cut = _trailing_aside(found)
    if cut is None:
        return None
    aside = found[cut + 2 : len(found.rstrip()) - 1]
    if len(aside) < LEAST_ASIDE or aside in exact:
        return None
    if fuzz.ratio(found[:cut], exact) <= fuzz.ratio(found, exact):
        return None
    return start + cut


def cut_inlined_aside(
    text: str, placement: Placement, quote: TextQuote, old_start: int
) -> Placement:
    """A fuzzy placement ending with a bracketed aside its quote lacks
    (:func:`inlined_aside_end`) cut back before it, scored again; any other as it is."""
    if placement.state != "fuzzy":
        return placement
    end = inlined_aside_end(text, placement.start, placement.end, quote.exact)
    if end is None:
        return placement
    scored = score(text, placement.start, end, quote, old_start).score
    return placement._replace(end=end, score=scored)
