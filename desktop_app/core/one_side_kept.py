"""The one copy of a quote with one side of its context whole and a word replaced on the other."""

from __future__ import annotations

import re

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.quote_scoring import similarity
from desktop_app.core.records import TextQuote

#: Least similarity of both sides of another copy's context for that copy to be the
#: passage as well (then the choice is a guess).
RIVAL_SIDES = 0.75
#: Most tokens (words, or single other code points) replaced on the edited side, each way.
REPLACED = 3
#: Least words standing after the replaced ones (toward the far end of the context) for
#: the context to resume there.
RESUMED_WORDS = 1
#: Most similarity of the replaced words to the old ones ("approximately" and "approx."
#: differ more; a typo, "Seitkali" and "Seittkali", does not: it is no word replaced).
REWORDED = 0.8
#: Code points read beyond the stored side's length on the edited side (a shortened word
#: brings more of the text into the same length).
SLACK = 24
#: Most code points by which the copy may stand off from where the passage was expected:
#: words replaced beside and before a passage shift it little, while farther off a copy
#: of a passage deleted or moved, a word beside it other than the stored one, reads the same.
SHIFTED = 100
#: Copies of the quote looked at (from the start of the text).
COPIES_LOOKED_AT = 64

_TOKEN = re.compile(r"\w+|\W")


def kept_copy(text: str, quote: TextQuote, expected: int) -> int | None:
    """Where the one exact copy of ``quote`` stands (its start), within :data:`SHIFTED`
    of where it was ``expected``, with one side of its stored context whole beside it
    (all of :data:`CONTEXT`) and on the other side a word or two replaced by others, in
    one or two places, the rest standing as it was (:func:`word_replaced`: "telephone"
    now "tel.", "Street" and "metres" now "St" and "m"), no other copy having a side
    whole or both sides :data:`RIVAL_SIDES` similar (a second such copy makes the choice
    a guess); None otherwise."""
    exact = quote.exact
    if not exact:
        return None
    found: int | None = None
    at = text.find(exact)
    for _ in range(COPIES_LOOKED_AT):
        if at == -1:
            return found
        if abs(at - expected) <= SHIFTED and _kept(text, quote, at):
            if found is not None:
                return None
            found = at
        elif _rival(text, quote, at):
            return None
        at = text.find(exact, at + 1)
    return None  # more copies than looked at: no telling them apart


def word_replaced(stored: list[str], found: list[str], runs: int = 2) -> bool:
    """Whether the tokens ``found`` (words and single other code points, read from the
    passage outward, longer than ``stored``) are ``stored`` with up to ``runs`` runs of at
    most :data:`REPLACED` tokens each, words among them or among those put in their place
    (a word shortened, dropped or put in), not merely respelt (:data:`REWORDED`), the
    runs apart (a deletion next to an insertion is a respelling), at least
    :data:`RESUMED_WORDS` words of ``stored`` standing after the last (its last token
    aside: a word the context's end cut)."""
    lead = 0
    while lead < len(stored) and lead < len(found) and stored[lead] == found[lead]:
        lead += 1
    body = stored[:-1] if stored and stored[-1][-1:].isalnum() else stored
    for old in range(REPLACED + 1):
        rest = body[lead + old :]
        if sum(token[0].isalnum() for token in rest) < RESUMED_WORDS:
            break
        for new in range(REPLACED + 1):
            if old == new == 0:
                continue
            replaced = "".join(stored[lead : lead + old])
            replacing = "".join(found[lead : lead + new])
            words = any(token[0].isalnum() for token in stored[lead : lead + old]) or any(
                token[0].isalnum() for token in found[lead : lead + new]
            )
            if not words or similarity(replaced, replacing) >= REWORDED:
                continue
            if found[lead + new : lead + new + len(rest)] == rest:
                return True
            rest_stored, rest_found = stored[lead + old :], found[lead + new :]
            if (
                runs > 1
                and rest_stored[:1] == rest_found[:1]  # runs apart, not one respelt
                and word_replaced(rest_stored, rest_found, runs - 1)
            ):
                return True
    return False


def _kept(text: str, quote: TextQuote, start: int) -> bool:
    """One side whole (all of ``CONTEXT``), a word replaced on the other."""
    end = start + len(quote.exact)
    prefix, suffix = quote.prefix, quote.suffix
    if len(prefix) == CONTEXT and text[start - len(prefix) : start] == prefix:
        after = text[end : end + len(suffix) + SLACK]
        return word_replaced(_TOKEN.findall(suffix), _TOKEN.findall(after))
    if len(suffix) == CONTEXT and text[end : end + len(suffix)] == suffix:
        before = text[max(0, start - len(prefix) - SLACK) : start]
        return word_replaced(_TOKEN.findall(prefix)[::-1], _TOKEN.findall(before)[::-1])
    return False


def _rival(text: str, quote: TextQuote, start: int) -> bool:
    """Whether another copy's context could be the passage's as well: a side whole, or
    both sides at least :data:`RIVAL_SIDES` similar."""
    end = start + len(quote.exact)
    before = text[max(0, start - len(quote.prefix)) : start]
    after = text[end : end + len(quote.suffix)]
    if before == quote.prefix or after == quote.suffix:
        return True
    return (
        similarity(quote.prefix, before) >= RIVAL_SIDES
        and similarity(quote.suffix, after) >= RIVAL_SIDES
    )
