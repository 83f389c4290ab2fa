"""A best guess in review on the one stretch that reads its quote and whole context.

A section moved whole (sections re-sorted by heading, a help centre's questions regrouped)
carries its own lines along: a passage in it stands far from where it stood, and the
search, which weighs that distance, leaves it in review when its quote is a stock line or
a figure that stands many times ("Ordered by: Tom Okafor", "£9.99"). A reader places it
by its quote and the stored context around it: when its best guess reads the quote with
both sides of the stored context word for word, each as long as a context is stored
(``anchoring.CONTEXT``), every *figure twin* of that whole stretch (another stretch reading
it with every figure read as any other: a fee line one figure apart) differs from it in a
figure of the passage's own paragraph and stands farther than the guess from where the passage
stood (a twin as near may be the passage's own entry, a figure corrected where it stood,
the guess its old words quoted elsewhere), neither side of the stored context stands
elsewhere beside a near copy of the quote (the passage itself, its quote or its other side
edited: which of the two, a guess) unless that copy is another entry sharing the side (the
quote word for word, far farther from where the passage stood, its other side unlike) or
the quote in a figure twin (a reader takes the stretch reading the quote's own figures),
and the guess lies outside a doubled stretch of paragraphs (``figure_twins.in_a_doubled_stretch``:
a section pasted above itself) and across no blank line beside a twin of its paragraphs
(``placement_doubts.break_beside_a_twin``, read strictly), the guess is the passage. A near
copy of its own paragraph beside it (``placement_doubts.pasted_beside``: a paragraph
pasted beside itself, one copy then edited) does not doubt it: the whole stretch stands
once, so the copy beside no longer reads the quote with the whole stored context, and of
the two the passage is the one still reading it (anchor40f, judged on 33 sets: 2,123 such
guesses right, 7 wrong, the edit inside the passage's own stretch). A quote shorter than
``figure_twins.SHORTEST_QUOTE`` (a word, a figure, a mark: "No", "£9.99", "★★★☆☆") is told
by its context alone, so it is placed so only near where it stood (``quote_search.FAR_COPY``)
and when no other stretch reads its whole stretch nearly (:func:`near_copy_of_the_stretch`:
the passage's own entry with a letter or a figure of it edited where it stood).
"""

from __future__ import annotations

from collections.abc import Collection

from rapidfuzz.distance import Indel

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.figure_twins import (
    MOST_TWINS,
    SHORTEST_QUOTE,
    digits_masked,
    in_a_doubled_stretch,
    own_context,
    stands_whole,
)
from desktop_app.core.placement_doubts import break_beside_a_twin
from desktop_app.core.quote_scoring import prefix_similarity, suffix_similarity
from desktop_app.core.quote_search import FAR_COPY, Placement
from desktop_app.core.records import TextPosition, TextQuote

#: Least likeness (Indel, 0..1) to the quote of the words beside a side of the stored
#: context standing elsewhere for them to be a near copy of the passage.
NEAR_COPY = 0.8
#: Most other places of a side of the stored context looked at (a stock line's).
MOST_SIDES = 32
#: Least likeness (Levenshtein, 0..1) of a near copy's other side to the stored one for the
#: copy to read as the passage with a typo beside it (2 code points off in 32 is 0.94).
NEARLY_WHOLE = 0.9
#: How many times as far as the guess from where the passage stood a copy sharing a side
#: must stand to read as another entry, not the passage edited where it stood.
CLEARLY_FARTHER = 3
#: Least likeness (Indel, 0..1) to a short quote's whole stretch (the stored prefix, the
#: quote and the stored suffix) of another stretch for it to read that stretch nearly: two
#: code points replaced in about 70 (0.97; another entry of a template, its words changed,
#: reads under it; one only its figures changed is a figure twin, judged apart).
NEAR_STRETCH = 0.97
#: Fewest code points of a piece of a side of the stored context looked for to find near
#: copies of a short quote's whole stretch (each side is looked for in two halves: an edit
#: in one leaves the other standing).
SHORTEST_PIECE = 8


def figure_twins_of(text: str, start: int, quote: TextQuote) -> list[int] | None:
    """Where the quote stands in the *figure twins* of its whole stretch at ``start`` (the
    stored prefix, the quote and the stored suffix): the other stretches of ``text`` reading
    it with every decimal digit read as any other (a fee line one figure apart); ``None``
    when one of them reads the passage's own paragraph in it word for word
    (``figure_twins.own_context``: the figures telling them apart only past a blank line,
    a neighbouring entry's number that a renumbering or re-sorting changes, or none: which
    copy is the passage, a guess) or there are ``figure_twins.MOST_TWINS`` or more (too
    many to tell)."""
    stretch = quote.prefix + quote.exact + quote.suffix
    own_prefix, own_suffix = own_context(quote)
    own_paragraph = own_prefix + quote.exact + own_suffix
    into_own = len(quote.prefix) - len(own_prefix)
    own = start - len(quote.prefix)
    masked, key = digits_masked(text), digits_masked(stretch)
    twins: list[int] = []
    at = masked.find(key)
    while at >= 0:
        if at != own:
            if text.startswith(own_paragraph, at + into_own) or len(twins) == MOST_TWINS - 1:
                return None
            twins.append(at + len(quote.prefix))
        at = masked.find(key, at + 1)
    return twins


def all_farther(twins: Collection[int], start: int, expected: int) -> bool:
    """Whether every one of ``twins`` stands farther than ``start`` from where the passage
    was ``expected`` (a twin as near or nearer may be the passage's own entry, its figure
    corrected where it stood, the guess a copy of its old words quoted elsewhere)."""
    distance = abs(start - expected)
    return all(abs(twin - expected) > distance for twin in twins)


def near_copy_beside_a_side(
    text: str, start: int, quote: TextQuote, expected: int, twins: Collection[int] = ()
) -> bool:
    """Whether the stored prefix, or the stored suffix, stands word for word elsewhere in
    ``text`` than beside the quote at ``start``, with a near copy of the quote beside it
    (:data:`NEAR_COPY` alike or more, as long as the quote) that may be the passage itself,
    its quote or its other side edited (a sentence beside it cut or rewritten): which of
    the two, a guess. Such a copy is another entry sharing one side of the context (a
    stock line of the next entry), not the passage, when it reads the quote word for word,
    stands more than :data:`CLEARLY_FARTHER` times as far as ``start`` from where the
    passage was ``expected``, and its other side reads unlike the stored one (under
    :data:`NEARLY_WHOLE`: more than a typo apart). Copies starting at ``twins`` (the quote
    in figure twins of the whole stretch, :func:`figure_twins_of`) are not looked at.
    More than :data:`MOST_SIDES` other places of a side count as such a copy."""
    exact, prefix, suffix = quote.exact, quote.prefix, quote.suffix
    length, end = len(exact), start + len(exact)
    after_prefixes = [at + len(prefix) for at in _other_places(text, prefix, start - len(prefix))]
    before_suffixes = _other_places(text, suffix, end)
    if len(after_prefixes) + len(before_suffixes) > MOST_SIDES:
        return True
    copies = [(at, True) for at in after_prefixes]  # (start, whether after the prefix)
    copies += [(max(0, at - length), False) for at in before_suffixes]
    guess_distance = abs(start - expected)
    for at, after_prefix in copies:
        if at in twins:
            continue
        words = text[at : at + length]
        if Indel.normalized_similarity(exact, words) < NEAR_COPY:
            continue
        if words != exact or abs(at - expected) <= CLEARLY_FARTHER * guess_distance:
            return True
        if after_prefix:
            other_side = suffix_similarity(text, at + length, quote)
        else:
            other_side = prefix_similarity(text, at, quote)
        if other_side >= NEARLY_WHOLE:
            return True
    return False


def near_copy_of_the_stretch(text: str, start: int, quote: TextQuote) -> bool:
    """Whether a stretch of ``text`` other than the one around the quote at ``start`` reads
    its whole stretch (the stored prefix, the quote and the stored suffix) nearly
    (:data:`NEAR_STRETCH`) but is no figure twin of it (those are judged by
    :func:`figure_twins_of`): found where a half of the prefix or of the suffix stands word
    for word, the rest lined up by it. More than :data:`MOST_SIDES` places of a half count
    as such a copy (too many to tell)."""
    prefix, suffix = quote.prefix, quote.suffix
    stretch = prefix + quote.exact + quote.suffix
    masked, key = digits_masked(text), digits_masked(stretch)
    own = start - len(prefix)
    after = len(prefix) + len(quote.exact)
    halves = len(prefix) // 2, len(suffix) // 2
    pieces = (
        (0, prefix[: halves[0]]),
        (halves[0], prefix[halves[0] :]),
        (after, suffix[: halves[1]]),
        (after + halves[1], suffix[halves[1] :]),
    )
    seen = {own}
    for offset, piece in pieces:
        if len(piece) < SHORTEST_PIECE:
            continue
        places = _other_places(text, piece, own + offset)
        if len(places) > MOST_SIDES:
            return True
        for at in places:
            begin = at - offset
            if begin in seen or begin < 0:
                continue
            seen.add(begin)
            window = text[begin : begin + len(stretch)]
            if (
                Indel.normalized_similarity(stretch, window) >= NEAR_STRETCH
                and masked[begin : begin + len(stretch)] != key
            ):
                return True
    return False


def _short_quote_doubted(text: str, start: int, quote: TextQuote, expected: int) -> bool:
    """Whether a quote shorter than ``figure_twins.SHORTEST_QUOTE``, its whole stretch
    standing at ``start``, is still in doubt there: farther than ``quote_search.FAR_COPY``
    from where it was ``expected`` (a word and its context standing again where the
    passage's sentence was cut), or its whole stretch read nearly elsewhere
    (:func:`near_copy_of_the_stretch`)."""
    return abs(start - expected) > FAR_COPY or near_copy_of_the_stretch(text, start, quote)


def _other_places(text: str, side: str, own: int) -> list[int]:
    """Where ``side`` starts in ``text`` but at ``own`` (one more than :data:`MOST_SIDES`
    at most)."""
    found: list[int] = []
    at = text.find(side)
    while at >= 0 and len(found) <= MOST_SIDES:
        if at != own:
            found.append(at)
        at = text.find(side, at + 1)
    return found


def placed_on_its_whole_stretch(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement
) -> Placement:
    """``placement``, placed when it is in review on its quote read word for word with the
    whole stored context, that stretch standing once in ``text``, its figure twins all
    farther than it from where ``position`` stood (:func:`figure_twins_of`,
    :func:`all_farther`), each side of the context standing elsewhere only beside no near
    copy of the quote, beside another entry's copy (:func:`near_copy_beside_a_side`, from
    where ``position`` stood) or beside the quote in a figure twin,
    outside a doubled stretch and across no blank line beside a twin (a near copy of its own
    paragraph beside it, which no longer reads the whole stretch, is no doubt); a quote
    shorter than ``figure_twins.SHORTEST_QUOTE`` only near where it stood and with no near
    copy of its whole stretch elsewhere (:func:`near_copy_of_the_stretch`)."""
    if placement.state != "review" or not quote.exact:
        return placement
    if len(quote.prefix) < CONTEXT or len(quote.suffix) < CONTEXT:
        return placement
    start, end = placement.start, placement.end
    if end - start != len(quote.exact) or not stands_whole(text, start, quote):
        return placement
    twins = figure_twins_of(text, start, quote)
    if twins is None or not all_farther(twins, start, position.start):
        return placement
    if near_copy_beside_a_side(text, start, quote, position.start, twins):
        return placement
    if in_a_doubled_stretch(text, start, end) or break_beside_a_twin(text, start, end):
        return placement
    if len(quote.exact) < SHORTEST_QUOTE and _short_quote_doubted(
        text, start, quote, position.start
    ):
        return placement
    return placement._replace(state=position.state_of(start, end))
