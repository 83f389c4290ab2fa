"""Whether a placement by the diff is in doubt: signs that it should be reviewed."""

from __future__ import annotations

from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.alignment import EDITED_IN_PLACE, Alignment, Block
from desktop_app.core.closer_copy import a_closer_copy_inserted
from desktop_app.core.overlay_marks import context_similarity_unmarked
from desktop_app.core.page_furniture import read_without_page_furniture, without_page_furniture
from desktop_app.core.placement_doubts import reordered_across_an_edge
from desktop_app.core.quote_search import (
    MARGIN,
    Candidate,
    Placement,
    context_similarity,
    copy_starts,
    elsewhere,
    score,
)
from desktop_app.core.records import AnchorState, TextPosition, TextQuote
from desktop_app.core.stock_lines import a_stock_line_reworded
from desktop_app.core.twin_sentences import an_edited_twin_beside
from desktop_app.core.whole_lines import carried_in_a_single_line

#: A passage whose characters went to two places, this share or more of them to the
#: smaller one, is placed (on the larger) for review.
SPLIT = 0.1
#: Old text (code points) that short pieces at a passage's ends may span and still be kept.
GAP = 32
#: A passage that grew to more than this many times its length is placed for review.
GROWS = 2.0
#: Least context agreement (``quote_search.context_agreement``) of a placement by the diff
#: outside moved blocks; below, it is kept for review (unrelated texts share sentences).
DIFF_CONTEXT = 0.6
#: Least share of the old text within :data:`REACH` of a passage that must come along with
#: it for a placement by the diff to stand (else review: a new text shares a sentence).
SUPPORTED = 0.4
REACH = 200
#: A moved block shorter than this (code points) whose context disagrees on both sides is
#: doubted like any other placement.
SHORT_MOVE = 64
#: Context similarity on both sides above which copies of the quote are not looked for.
CONTEXT_KEPT = 0.8
#: Least similarity of both sides of the context for a quote that occurs more than once.
REPEATED_CONTEXT = 0.5
#: Code points read either side of a passage when its page furniture is taken out: its
#: context's length and a page break's running lines.
FURNITURE_MARGIN = 256
#: Most similarity of a copy's context, on the side the placement kept unchanged, for the
#: placement to stand though its other side changed (``_one_side_unique``).
UNIQUE_SIDE = 0.8


def checked_placement(
    alignment: Alignment,
    new_text: str,
    position: TextPosition,
    quote: TextQuote,
    pieces: list[Block],
    new_start: int,
    new_end: int,
    elsewhere: int,
) -> Placement:
    """A placement by the diff with its state, or ``review`` when something casts doubt."""
    start, end = position.start, position.end
    state: AnchorState = "fuzzy"
    if new_text[new_start:new_end] == quote.exact:
        state = "exact" if new_start == start else "moved"
    moved = all(piece.moved for piece in pieces)
    doubtful = (
        _grew(alignment, end - start, new_start, new_end)
        or elsewhere >= SPLIT * (end - start)
        or (not moved and not alignment.supported(start, end, new_start, new_end, REACH, SUPPORTED))
        or (
            _context_doubtful(alignment, position, new_start, new_end, quote, moved)
            and not _carried_in_its_line(alignment, position, new_start, new_end)
        )
        or _paragraphs_between(alignment, pieces)
        or (state == "fuzzy" and _reordered_as_it_reads(alignment, new_start, new_end, quote))
        or (not moved and a_closer_copy_inserted(alignment, (start, end), new_start, new_end))
        or (state == "fuzzy" and an_edited_twin_beside(alignment, (start, end)))
        or (state == "fuzzy" and a_stock_line_reworded(alignment, (start, end), new_start, new_end))
    )
    survived = sum(piece.length for piece in pieces) / (end - start)
    return Placement("review" if doubtful else state, new_start, new_end, survived)


def _grew(alignment: Alignment, length: int, start: int, end: int) -> bool:
    """Whether new ``[start, end)`` is more than :data:`GROWS` times a passage's ``length``,
    a page break's running lines and print hyphens put inside it not counted
    (``page_furniture.without_page_furniture``)."""
    if end - start <= GROWS * length:
        return False
    read = without_page_furniture(alignment.old, alignment.new, start, end)
    return read is None or len(read) > GROWS * length


def _reordered_as_it_reads(alignment: Alignment, start: int, end: int, quote: TextQuote) -> bool:
    """Whether words crossed an end of new ``[start, end)``
    (``placement_doubts.reordered_across_an_edge``) in the text as a reader reads it: a page
    break's running lines and print hyphens put in since the old text
    (``page_furniture.read_without_page_furniture``) are no words of the passage's or its
    context's ("Page 2 of 3" inside it, "Satu-" / "rday" at its end)."""
    text = alignment.new
    if not reordered_across_an_edge(text, start, end, quote):
        return False
    read = read_without_page_furniture(alignment.old, text, start, end, FURNITURE_MARGIN)
    return read is None or reordered_across_an_edge(read[0], read[1], read[2], quote)


def exact_copy_fits(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the quote stands unchanged outside ``[start, end)`` (where the search in
    inserted text found it edited), one side of its context as it was: text the diff took
    for old holds the passage too (near copies of a paragraph confuse a diff), and which
    one the passage is, is a guess."""
    if text.find(quote.exact) == -1:
        return False  # the common case: one scan, no copy
    copies = elsewhere(text, start, end, quote)
    return any(max(copy.prefix, copy.suffix) >= CONTEXT_KEPT for copy in copies)


def _paragraphs_between(alignment: Alignment, pieces: list[Block]) -> bool:
    """Whether whole paragraphs now stand between two pieces of a passage (new ones, or
    moved from elsewhere and edited: which the passage takes in is the reader's call); a
    page break's running lines and print hyphens put in there are no paragraph
    (``page_furniture.without_page_furniture``)."""
    text = alignment.new
    for before, after in pairwise(pieces):
        lo, hi = before.new + before.length, after.new
        if hi - lo <= GAP:
            continue
        between = without_page_furniture(alignment.old, text, lo, hi)
        if between is None:
            between = text[lo:hi]
        if "\n" in between.strip() or _a_paragraph_from_elsewhere(alignment, lo, hi):
            return True
    return False


def _a_paragraph_from_elsewhere(alignment: Alignment, lo: int, hi: int) -> bool:
    """Whether new ``[lo, hi)`` is, white space aside, one whole line like old text that
    went away (a paragraph, or half of one, moved in and edited; one typed there is the
    passage's)."""
    text = alignment.new
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if lo == hi or text[lo - 1 : lo] not in ("\n", "") or text[hi : hi + 1] not in ("\n", ""):
        return False
    found = process.extractOne(
        text[lo:hi],
        alignment.lost_lines(GAP),
        scorer=Indel.normalized_similarity,
        score_cutoff=EDITED_IN_PLACE,
    )
    return found is not None


def _context_doubtful(
    alignment: Alignment,
    position: TextPosition,
    start: int,
    end: int,
    quote: TextQuote,
    moved: bool,
) -> bool:
    """Whether the context casts doubt on a placement by the diff: it disagrees on both
    sides (unrelated texts share sentences); or the quote occurs elsewhere too, and the
    context changed on either side or another copy fits about as well (identical
    paragraphs are matched to each other arbitrarily by a diff), unless one side came
    along unchanged, no copy has that side so, and every other copy of the quote in the old
    text went along whole (so the diff did not take this one for a copy that went away).
    A block moved as a whole
    (a line or sentence found once in each text) is its own evidence, unless it is short
    and found among other words on both sides (a byline in another article)."""
    if moved and end - start >= SHORT_MOVE:
        return False
    sides = context_similarity_unmarked(
        alignment.new, start, end, quote, marked=alignment.new_marked
    )
    if not _doubtful_sides(alignment, position, start, end, quote, moved, sides):
        return False
    # the context as a reader reads it, a page break's running lines beside the passage
    # taken out: asked only of the few placements in doubt (most have no page furniture)
    read = _context_as_it_reads(alignment, start, end, quote, sides)
    return read == sides or _doubtful_sides(alignment, position, start, end, quote, moved, read)


def _doubtful_sides(
    alignment: Alignment,
    position: TextPosition,
    start: int,
    end: int,
    quote: TextQuote,
    moved: bool,
    sides: tuple[float, float],
) -> bool:
    """:func:`_context_doubtful` for the similarity of the context's two ``sides``."""
    text = alignment.new
    prefix, suffix = sides
    if max(prefix, suffix) < DIFF_CONTEXT:
        return True
    if moved:
        return False
    if min(prefix, suffix) >= CONTEXT_KEPT:
        return False  # both sides nearly as they were: no copy elsewhere can fit better
    starts = copy_starts(text, start, end, quote.exact, alignment.copies)
    if not starts or _copies_all_carried(alignment, position, quote, starts):
        return False  # the copies are scored only past this (most came along whole)
    copies = [score(text, at, at + len(quote.exact), quote, start) for at in starts]
    if min(prefix, suffix) < REPEATED_CONTEXT:
        return not (
            _one_side_unique(prefix, suffix, copies) and _others_carried(alignment, position, quote)
        )
    placed = score(text, start, end, quote, start).score
    return any(copy.score > placed - MARGIN for copy in copies)


def _context_as_it_reads(
    alignment: Alignment, start: int, end: int, quote: TextQuote, raw: tuple[float, float]
) -> tuple[float, float]:
    """The similarity of each side of new ``[start, end)``'s context to the stored one, the
    better of ``raw`` and the text as a reader reads it, a page break's running lines and
    print hyphens put in since the old text taken out
    (``page_furniture.read_without_page_furniture``): a footer and header right beside a
    passage are no change of its neighbours."""
    read = read_without_page_furniture(alignment.old, alignment.new, start, end, FURNITURE_MARGIN)
    if read is None:
        return raw
    prefix, suffix = context_similarity_unmarked(read[0], read[1], read[2], quote)
    return max(raw[0], prefix), max(raw[1], suffix)


def _carried_in_its_line(
    alignment: Alignment, position: TextPosition, start: int, end: int
) -> bool:
    """Whether the passage came along inside a whole line found once in each text, no
    near copy of it edited or deleted (``whole_lines``), and most of the old text around
    it came along near it: an item of a list re-sorted, new neighbours on both sides and
    the old ones close by, which lifts the doubt its changed context casts. Asked only of
    placements whose context is in doubt."""
    return carried_in_a_single_line(alignment, position.start, position.end, start) and (
        alignment.supported(position.start, position.end, start, end, REACH, SUPPORTED)
    )


def kept_one_side_alone(alignment: Alignment, start: int, end: int, quote: TextQuote) -> bool:
    """Whether new ``[start, end)`` has one side of the quote's context as it was and no
    other copy of the quote in the new text has that side nearly so: the passage stands
    beside a neighbour it had, which no other copy does."""
    prefix, suffix = context_similarity(alignment.new, start, end, quote)
    if max(prefix, suffix) < 1.0:
        return False
    copies = elsewhere(alignment.new, start, end, quote, alignment.copies)
    return _one_side_unique(prefix, suffix, copies)


def _one_side_unique(prefix: float, suffix: float, copies: list[Candidate]) -> bool:
    """Whether one side of the context came along unchanged and no copy of the quote
    elsewhere has that side nearly as it was (the other side was edited, not swapped)."""
    if prefix == 1.0 and all(copy.prefix < UNIQUE_SIDE for copy in copies):
        return True
    return suffix == 1.0 and all(copy.suffix < UNIQUE_SIDE for copy in copies)


def _copies_all_carried(
    alignment: Alignment, position: TextPosition, quote: TextQuote, starts: list[int]
) -> bool:
    """Whether the copies of the quote elsewhere in the new text (where they ``starts``,
    ``quote_search.copy_starts``) are the old text's other copies, each come along whole to
    where it now stands (none new, none gone): the diff then told them apart, and one
    fitting about as well is no sign of a mix-up."""
    carried = _other_copies_carried(alignment, position, quote)
    return carried is not None and carried == set(starts)


def _others_carried(alignment: Alignment, position: TextPosition, quote: TextQuote) -> bool:
    """Whether every other copy of the quote in the old text survives whole in the new one."""
    return _other_copies_carried(alignment, position, quote) is not None


def _other_copies_carried(
    alignment: Alignment, position: TextPosition, quote: TextQuote
) -> set[int] | None:
    """Where the old text's other copies of the quote now start, when each survives whole;
    None when one does not."""
    old, exact = alignment.old, quote.exact
    carried: set[int] = set()
    at = old.find(exact)
    while at != -1:
        if at != position.start:
            whole = alignment.whole_piece(at, at + len(exact))
            if whole is None:
                return None
            carried.add(whole.new)
        at = old.find(exact, at + 1)
    return carried
