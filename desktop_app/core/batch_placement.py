"""Placing an article's annotations by their quotes as one batch: confident ones guide the rest.

Annotations of one article keep their order and rough spacing through most edits. Each is
first placed alone (``core.quote_search``). Those placed with confidence (accepted, a
high score, both sides of their context nearly intact) that also keep the order of the
other confident ones (the longest run in order: :func:`_in_order`) become *anchors*.

A placement that breaks the order of the anchors around its old place, with no
neighbour moved by as much or landed between two anchors whose gap kept its length (the
text there stood there before: a copy, :func:`_among_old_text`), goes to review
(:func:`_review_out_of_order`). Passages that stood apart and land on one stretch are
settled by which of them moved as its neighbours did (``core.claimed_copies``). An annotation
in review is looked for again only between the anchors around its old place (or between
one anchor and an end of the text), expected where its nearer anchor's shift puts it. It
is taken out of review only when that search accepts a passage there, both sides of
whose context agree somewhat (:data:`BOTH_SIDES`) unless its quote is long, with no
other copy of the quote between the same anchors that its context could equally fit
(:func:`_twin_between`), and which keeps its gap to both anchors, give or take
(:func:`_keeps_gap`); otherwise it stays in review. Passages taken out of review anchor
others in turn (up to :data:`ROUNDS` rounds). A placement on one copy of a repeated
quote that a confident neighbour moved to another copy goes to review
(``core.disputed_copies``), and a best guess in review that moved as the confident
neighbours on both sides of it did is placed (``core.carried_reviews``). Between two
anchors whose gap changed, a passage may stand off where the nearer one's shift puts it by
as much and still count as where it was (:func:`_shifted_among`: lines shortened above it);
an exact quote found once in the text, one side of its context intact, needs nothing of the
other side there (:func:`_alone_in_order`: a paragraph cut short beside it). A fuzzy
passage's ends are cut back past whole paragraphs its quote does not hold
(``core.foreign_paragraphs``: a reply put in beside a passage quoted in an e-mail). A
passage left in review or orphaned goes to the one copy of its quote whose suffix stands
whole after it and its prefix whole just before a label put there (``core.displaced_context``:
"Important: " before every copy of a repeated sentence), and a best guess in review, its
quote found once and whole, whose paragraph swapped places with the one beside it is
placed (``core.swapped_paragraphs``: a paragraph and its translation printed the other way
round), and so is a best guess in review on the one exact copy of its quote near where it
stood, one side of its context whole and a word replaced on the other
(``core.one_side_kept``: "telephone" now "tel."). Last, a fuzzy placement that leaves out
a line of its quote standing once just beside it or as the twin of a line it holds goes to
review (``core.left_out_lines``: an entry's header moved after its closing, a twin entry's
header one number apart), and so does one on a stock line retyped in other words
(``core.retyped_lines``); a fuzzy placement leading with a line its quote lacks, the
quote's first line further on inside it, or with a twin entry's header piece at either
end, the quote's own standing elsewhere, is cut back (``core.twin_lines``), and a placement
moved onto a twin entry's line, the quote's own line standing once elsewhere, goes to
review. Nothing else changes, and a batch of one is ``search`` alone but for those last
steps.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz

from desktop_app.core.carried_reviews import place_carried_reviews
from desktop_app.core.claimed_copies import settle_claimed_copies
from desktop_app.core.displaced_context import appended_copy, displaced_copy
from desktop_app.core.disputed_copies import Witnesses, review_disputed_copies
from desktop_app.core.dropped_asides import aside_dropped_copy
from desktop_app.core.dropped_marks import marks_dropped, without_marks
from desktop_app.core.dropped_stamps import stamped_copy, without_dropped_stamps
from desktop_app.core.figure_twins import placed_on_their_one_copies
from desktop_app.core.folded_markup import Folded, fold_new_markup
from desktop_app.core.foreign_paragraphs import cut_foreign_paragraphs
from desktop_app.core.haystack import Haystack
from desktop_app.core.inlined_asides import cut_inlined_aside
from desktop_app.core.left_out_lines import leaves_out_a_line
from desktop_app.core.one_side_kept import kept_copy
from desktop_app.core.paragraph_twin_doubts import reviewed_off_its_paragraph
from desktop_app.core.partial_bound import may_reach
from desktop_app.core.quote_candidates import Refinements
from desktop_app.core.quote_only_block_edges import review_unsettled_edge
from desktop_app.core.quote_only_block_pieces import cut_off_a_twins_piece
from desktop_app.core.quote_only_carried_blocks import placed_with_their_blocks
from desktop_app.core.quote_only_cloned_blocks import review_cloned_blocks
from desktop_app.core.quote_only_crossed_units import review_another_unit_past_the_edge
from desktop_app.core.quote_only_doubled_lines import review_on_a_doubled_line
from desktop_app.core.quote_only_gaps import (
    position_without_gaps,
    quote_without_gaps,
    quotes_with_gaps_rewritten,
)
from desktop_app.core.quote_only_kept_distances import placed_between_kept_neighbours
from desktop_app.core.quote_only_kept_stretch import placed_where_its_stretch_stands
from desktop_app.core.quote_only_moved_in_blocks import review_moved_in_blocks
from desktop_app.core.quote_only_parted_units import review_parted_units
from desktop_app.core.quote_only_quote_inside import cut_to_the_quote_inside
from desktop_app.core.quote_only_renumbered_context import review_renumbered_context
from desktop_app.core.quote_only_respelt import position_in, respelt_stretches
from desktop_app.core.quote_only_same_shift import placed_with_the_same_shift
from desktop_app.core.quote_search import (
    CONTEXT_AGREES,
    FAR_AGREES,
    LONG_QUOTE,
    NEAR,
    PLACED_STATES,
    Placement,
    context_similarity,
    exact_copies,
    score,
    search,
)
from desktop_app.core.realigned_context import realigned_context
from desktop_app.core.records import AnchorState, TextPosition, TextQuote
from desktop_app.core.retyped_lines import on_a_retyped_stock_line
from desktop_app.core.rigid_neighbours import placed_with_neighbours
from desktop_app.core.span_conflicts import review_shared_spans
from desktop_app.core.swapped_paragraphs import swapped_beside
from desktop_app.core.twin_lines import (
    beside_a_twins_line,
    leading_line_cut,
    leads_with_a_twin_piece,
    on_a_figure_twin,
    twin_tail_cut,
)

#: Least similarity of both sides of an anchor's context, and least score of an anchor.
ANCHOR_CONTEXT = 0.9
ANCHOR_SCORE = 0.9
#: Most change (code points) of the gap to each neighbouring anchor, beyond
#: :data:`GAP_SHARE` of the old gap, for a passage to keep its place among them.
GAP_SLACK = 80
GAP_SHARE = 0.25
#: Most change (code points) of the gaps to the anchors on both sides for a passage taken
#: out of review to be where it stood, though a copy of it stands between them too.
PINNED = 20
#: Least similarity of each side of the context of a passage taken out of review, unless
#: its quote is at least ``LONG_QUOTE`` code points long (``core.quote_search``).
BOTH_SIDES = 0.5
#: Least similarity of one side of the context of another copy of the quote between the
#: same anchors for the choice between the copies to be a guess.
TWIN_CONTEXT = 0.9
#: Most by which the summed similarity of both sides of such a copy's context may fall
#: short of the found passage's for the copy to be a twin.
TWIN_LEAD = 0.2
#: Least similarity (0..100) of a stretch right beside a found passage to its quote for
#: the two to be copies of one passage (:func:`_twin_beside`).
TWIN_BESIDE = 90
#: Code points right beside a passage taken out of review whose change, with an exact copy
#: of its quote elsewhere, keeps it in review (:func:`_copied_beside_words`).
EDGE = 3
#: Copies of the quote between two anchors looked at (the nearest to the found one).
TWINS_LOOKED_AT = 8
#: Most rounds of looking again among anchors (the passages a round takes out of review
#: anchor the next).
ROUNDS = 3
#: A placement that breaks the order of its anchors is kept only if a passage at most this
#: many code points from it (old offsets) moved by as much, give or take :data:`SAME_SHIFT`.
MOVED_WITH = 300
SAME_SHIFT = 20
#: Most code points by which a passage looked for between two anchors may stand off from
#: where the nearer one's shift puts it and still count as where it was (one side of its
#: context agreeing then suffices): as much as the gap between the anchors changed, up to
#: this (lines shortened or lengthened between them move the passages among them).
SETTLED_SLACK = 80
#: Most code points by which the far end of each side of a context is moved to match it
#: (:func:`realigned_where_it_was`).
REALIGNED = 16
#: Least length (code points) of an exact quote standing once in the text, one side of its
#: context intact, for a passage found between its anchors to need nothing of the other
#: side (:func:`_alone_in_order`).
ALONE_QUOTE = 12
#: Least share of its old start at which a passage placed alone on the copy of its quote
#: that ended the text before text was appended may start: the text's start is its one
#: anchor, and most of what stood before it must stand there still (a text whose last
#: part was cut leaves an earlier copy of its closing words followed by other text).
KEPT_BEFORE = 0.5
#: Stands for "no anchor on this side": an end of the text.
_OPEN = 1 << 62


#: Old offsets beyond this many times the text's length are no earlier place in a version of
#: it (a damaged file, offsets of another text): they say nothing of the passage's order.
FOREIGN_OFFSETS = 10


class Request(NamedTuple):
    """One annotation to place: where it was (offsets in the text it was made on) and its
    quote with context; ``hint``: where it is expected to start now, if known."""

    position: TextPosition
    quote: TextQuote
    hint: int | None = None


class _Anchor(NamedTuple):
    """A confidently placed passage: its old and new starts and its new end."""

    old_start: int
    new_start: int
    new_end: int


#: The least similarity of the two sides of a request's context (by its index) at a span.
ContextCache = dict[tuple[int, int, int], float]

#: The anchors just before and just after a passage's old place (None: an end of the text).
Neighbours = tuple[_Anchor | None, _Anchor | None]


def place_all(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None = None,
    *,
    print_breaks: bool = True,
) -> list[Placement]:
    """Where each request's passage is in ``text`` (whose earlier version is unknown), in
    the order of ``requests``: each placed alone first, then the ones in review again
    among their confidently placed neighbours (see the module's docstring). ``decided``
    (aligned with ``requests``) holds placements the caller has settled already (offsets
    that still select their quote): kept as they are, and anchors like any other.

    Marks the text gained throughout that the quotes lack (numbers opening its lines, an
    e-mail reply's quote marks, markdown's heading and bold marks: ``core.folded_markup``)
    are left out while placing, and the spans found are read back in the whole text;
    vowel points and joiners the text holds nowhere are dropped from the quotes
    (``core.dropped_marks``: an unpointed edition), and so are time stamps opening lines
    (``core.dropped_stamps``: a transcript printed without them) for passages still not
    placed. Last, a placement on a twin of its own block (the passage's own paragraph,
    told by a figure, standing elsewhere: ``core.paragraph_twin_doubts``) goes to review,
    and one across a block's edge whose smaller piece stands on a twin block is cut back
    to its larger piece (``core.quote_only_block_pieces``); one split by numbered running
    lines moved in between its pieces goes to review (``core.quote_only_moved_in_blocks``);
    a passage still in review on the one copy of its quote in its own block, whose
    neighbour moved by as much, is placed there (``core.quote_only_carried_blocks``), and
    so is one whose neighbours on both sides stand as far from that copy as they stood
    from it (``core.quote_only_kept_distances``), and so is a best guess that moved as both
    of them did, its stored context whole around it (``core.quote_only_same_shift``). One
    inside a block standing twice side by side, alike but for figures, goes to review when
    the passages after the pair moved on by one block's length
    (``core.quote_only_cloned_blocks``: a copy put in). Last, a fuzzy one holding its quote
    word for word once is cut back to it (``core.quote_only_quote_inside``), and one across
    a blank line into a unit alike but for figures goes to review
    (``core.quote_only_crossed_units``), as does one on a line standing twice in a row, its
    stored context split between the copies (``core.quote_only_doubled_lines``).

    ``print_breaks`` False leaves running page lines and line-end hyphens unfolded
    (``core.print_breaks``): :func:`core.reanchor.place` reads through them only for a
    passage the whole text leaves unplaced, and so asks its batch of one not to.

    First of all, when the gaps between a table's fields were written otherwise since (tabs
    for runs of spaces, columns re-padded: ``core.quote_only_gaps``), the batch is placed in
    the text with its gaps and the quotes' read as one space, and read back in the whole
    text. Last, those still in review or orphaned whose quote or context reads only with a
    copy editor's respellings read as written before (clock times, units, compass points)
    are placed again as a batch of their own in the stretches around them
    (:func:`_placed_through_respellings`)."""
    placements = _place_all_as_written(text, requests, decided, print_breaks)
    return _placed_through_respellings(text, requests, decided, placements, print_breaks)


def _placed_through_respellings(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None,
    placements: list[Placement],
    print_breaks: bool,
) -> list[Placement]:
    """``placements``, those not placed (nor ``decided``) whose quote or context reads only
    with the words a copy editor respelt written as it writes them placed again, by
    themselves, in the stretches of ``text`` around those words
    (``core.quote_only_respelt``) and read back in the whole text, where that places them."""
    given_all = [None] * len(requests) if decided is None else decided
    again = [
        number
        for number, (placement, given) in enumerate(zip(placements, given_all, strict=True))
        if given is None and placement.state not in PLACED_STATES
    ]
    if not again:
        return placements
    respelt = respelt_stretches(text, [requests[number].quote for number in again])
    if respelt is None:
        return placements
    folded, which = respelt
    chosen = [number for number, read_respelt in zip(again, which, strict=True) if read_respelt]

    def placer(
        inner: str, inward: list[Request], settled: list[Placement | None]
    ) -> list[Placement]:
        return _place_all_as_written(inner, inward, settled, print_breaks)

    def read_in(request: Request) -> Request:
        return request._replace(position=position_in(folded, request.position))

    through = _placed_in_folded(
        text, folded, [requests[number] for number in chosen], None, placer, read_in
    )
    placed = list(placements)
    for number, read in zip(chosen, through, strict=True):
        if read.state in PLACED_STATES:
            placed[number] = read
    return placed


def _place_all_as_written(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None,
    print_breaks: bool,
) -> list[Placement]:
    """:func:`place_all` with the words as the text spells them."""
    rewritten = quotes_with_gaps_rewritten(text, [request.quote for request in requests])
    as_laid_out = _place_all_as_laid_out(text, requests, decided, print_breaks)
    if rewritten is not None:
        gaps, which = rewritten

        def placer(
            inner: str, inward: list[Request], settled: list[Placement | None]
        ) -> list[Placement]:
            return _place_all_as_laid_out(inner, inward, settled, print_breaks)

        def read_in(request: Request) -> Request:
            return request._replace(
                position=position_without_gaps(gaps, request.position),
                quote=quote_without_gaps(request.quote),
            )

        through = _placed_in_folded(text, gaps, requests, decided, placer, read_in)
        return [
            read if gaps_differ else laid_out
            for read, laid_out, gaps_differ in zip(through, as_laid_out, which, strict=True)
        ]
    return as_laid_out


def _place_all_as_laid_out(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None,
    print_breaks: bool,
) -> list[Placement]:
    """:func:`place_all` with the gaps between fields as the text writes them."""
    placements = _placed_again(
        text, requests, decided, _place_all_folded(text, requests, decided, print_breaks)
    )
    given_all = [None] * len(requests) if decided is None else decided
    checked = [
        placement if given is not None else checked_alone(text, request, placement)
        for request, placement, given in zip(requests, placements, given_all, strict=True)
    ]
    settled = placed_on_their_one_copies(text, requests, checked)
    settled = placed_with_their_blocks(text, requests, settled)
    settled = placed_between_kept_neighbours(text, requests, settled)
    settled = placed_with_the_same_shift(text, requests, settled)
    settled = placed_where_its_stretch_stands(text, requests, settled)
    settled = review_parted_units(text, requests, settled)
    settled = review_cloned_blocks(text, [r.position.start for r in requests], settled)
    return [
        given or checked_last(text, request, placement)
        for request, placement, given in zip(requests, settled, given_all, strict=True)
    ]


def checked_last(text: str, request: Request, placement: Placement) -> Placement:
    """One placement after the last passes, of a batch or placed alone
    (``core.reanchor.place``): a fuzzy one holding its quote word
    for word once cut back to it (``core.quote_only_quote_inside``); then sent to review
    when it crosses a blank line into a unit alike but for figures
    (``core.quote_only_crossed_units``) or lies on a line standing twice in a row, its
    stored context split between the copies (``core.quote_only_doubled_lines``)."""
    placement = cut_to_the_quote_inside(text, request.position, request.quote, placement)
    placement = review_another_unit_past_the_edge(text, request.quote, placement)
    return review_on_a_doubled_line(text, request.quote, placement)


def place_alone(text: str, request: Request, found: Placement) -> Placement:
    """What :func:`place_all` makes of a batch of one in a text with nothing folded, given
    what the search alone found (``found``, not placed): the passes that look only at the
    passage's own quote and context (a label before it, text appended after it, its
    paragraph swapped, marks, stamps or asides dropped, a word replaced beside it), without
    searching again."""
    placements = [found]
    _cut_foreign_paragraphs(text, [request], placements, [False])
    _place_displaced(text, [request], placements, [False], alone=True)
    _place_swapped(text, [request], placements, [False])
    placements = _placed_again(text, [request], None, placements)
    _place_kept_on_one_side(text, [request], placements, [False])
    placed = placements[0]
    if (
        found.state == "review"
        and (placed.start, placed.end) != (found.start, found.end)
        and placed.score < found.score
    ):
        return found
    return review_left_out(text, request, placed)


def checked_alone(text: str, request: Request, placement: Placement) -> Placement:
    """``placement`` of ``request``, made by its quote alone, checked against the lines of
    its quote (:func:`review_left_out`), then by the doubts that need no other annotation
    (:func:`reviewed_alone`)."""
    return reviewed_alone(text, request, review_left_out(text, request, placement))


def reviewed_alone(text: str, request: Request, placement: Placement) -> Placement:
    """``placement`` of ``request`` after the doubts that need no other annotation, in order:
    off its own paragraph (``core.paragraph_twin_doubts``), a twin's piece cut off
    (``core.quote_only_block_pieces``), blocks moved in between its pieces
    (``core.quote_only_moved_in_blocks``), an unsettled block edge
    (``core.quote_only_block_edges``) and a renumbered context
    (``core.quote_only_renumbered_context``); shared by a batch and by one annotation placed
    alone."""
    quote = request.quote
    placement = reviewed_off_its_paragraph(text, quote, placement)
    placement = cut_off_a_twins_piece(text, quote, placement, request.position.start)
    placement = review_moved_in_blocks(text, quote, placement)
    placement = review_unsettled_edge(text, quote, placement)
    return review_renumbered_context(text, quote, placement)


def review_left_out(text: str, request: Request, placement: Placement) -> Placement:
    """A placement checked last against the lines of its quote, a best guess kept:

    - a fuzzy one that leaves out a line of its quote standing once beside it or as the
      twin of a line it holds (``core.left_out_lines``), or that lies on a stock line
      retyped in other words (``core.retyped_lines``), goes to review;
    - a fuzzy one that leads with a line its quote lacks, the quote's first line further
      on inside it, or that has a twin entry's header piece at one end, the quote's own
      standing elsewhere, is cut back past that line (``core.twin_lines``), then checked
      for left-out lines again;
    - one off its old place on a twin entry's line, the quote's own line standing once
      elsewhere, goes to review (``core.twin_lines.on_a_figure_twin``; a figure corrected
      where the passage stood, its old wording quoted elsewhere, keeps its place).

    First of all, a fuzzy one is cut back before a bracketed aside its quote lacks
    (``core.inlined_asides``: a footnote inlined where its marker stood)."""
    placement = cut_inlined_aside(text, placement, request.quote, request.position.start)
    if placement.state not in PLACED_STATES:
        return placement
    quote = request.quote
    start, end = placement.start, placement.end
    if placement.state == "fuzzy":
        if (
            leaves_out_a_line(text, start, end, quote.exact)
            or beside_a_twins_line(text, start, end, quote.exact)
            or on_a_retyped_stock_line(text, start, end, quote.exact, quote.prefix, quote.suffix)
        ):
            return placement._replace(state="review")
        start = leading_line_cut(text, start, end, quote.exact) or start
        end = twin_tail_cut(text, start, end, quote) or end
        placement = placement._replace(start=start, end=end)
        if (
            leaves_out_a_line(text, start, end, quote.exact)
            or beside_a_twins_line(text, start, end, quote.exact)
            or leads_with_a_twin_piece(text, start, end, quote)
        ):
            return placement._replace(state="review")
    if placement.state != "exact" and on_a_figure_twin(text, start, end, quote):
        return placement._replace(state="review")
    return placement


def _kept_on_one_side(text: str, request: Request) -> Placement | None:
    """The one exact copy of the quote with one side of its context whole and the other
    nearly so (``core.one_side_kept``), placed; None when there is none."""
    position = request.position
    at = kept_copy(text, request.quote, position.start if request.hint is None else request.hint)
    if at is None:
        return None
    end = at + len(request.quote.exact)
    state: AnchorState = position.state_of(at, end)
    return Placement(state, at, end, score(text, at, end, request.quote, position.start).score)


def _placed_again(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None,
    found: list[Placement],
) -> list[Placement]:
    """``found``, those not placed looked for again with the marks, time stamps and asides
    the text holds nowhere dropped from their quotes."""
    if all(placement.state in PLACED_STATES for placement in found):
        return found
    found = _place_unpointed(text, requests, decided, found)
    _place_without_stamps(text, requests, decided, found)
    return found


def _place_unpointed(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None,
    found: list[Placement],
) -> list[Placement]:
    """``found``, with those not placed placed again with the quotes unpointed when they
    hold marks the text holds nowhere (``core.dropped_marks``)."""
    dropped = marks_dropped(
        text, (r.quote.prefix + r.quote.exact + r.quote.suffix for r in requests)
    )
    if not dropped:
        return found
    unpointed = [
        request._replace(
            quote=TextQuote(
                exact=without_marks(request.quote.exact, dropped),
                prefix=without_marks(request.quote.prefix, dropped),
                suffix=without_marks(request.quote.suffix, dropped),
            )
        )
        for request in requests
    ]
    again = _place_all_folded(text, unpointed, decided)
    return [
        _unpointed_in_stead(text, request.quote.exact, placement, other)
        for request, placement, other in zip(requests, found, again, strict=True)
    ]


def _place_without_stamps(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None,
    found: list[Placement],
) -> None:
    """Passages in ``found`` not placed, whose quotes or context hold time stamps opening
    their lines, or bracketed asides, that the text holds nowhere, placed on the one copy
    of the quote without them whose context, without them, is whole
    (``core.dropped_stamps``, ``core.dropped_asides``: a note's mark may stand where an
    aside was)."""
    for index, (request, placement) in enumerate(zip(requests, found, strict=True)):
        if placement.state in PLACED_STATES or (decided is not None and decided[index]):
            continue
        quote = request.quote
        stripped = without_dropped_stamps(text, quote)
        span = None if stripped is None else stamped_copy(text, quote, stripped)
        if span is None:
            span = aside_dropped_copy(text, quote)
        if span is None:
            continue
        start, end = span
        position = request.position
        state: AnchorState = "fuzzy"
        if text[start:end] == quote.exact:
            state = position.state_of(*span)
        scored = score(text, start, end, quote, position.start)
        found[index] = Placement(state, start, end, scored.score)


def _unpointed_in_stead(
    text: str, exact: str, placement: Placement, unpointed: Placement
) -> Placement:
    """``placement`` if placed, else the one found with the quotes unpointed if that one is
    placed ("fuzzy" unless the text there is the quote as it was)."""
    if placement.state in PLACED_STATES or unpointed.state not in PLACED_STATES:
        return placement
    if text[unpointed.start : unpointed.end] != exact:
        return unpointed._replace(state="fuzzy")
    return unpointed


def _place_all_folded(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None = None,
    print_breaks: bool = True,
) -> list[Placement]:
    """:func:`place_all` with the quotes as they are (marks the text gained folded out;
    print breaks too unless ``print_breaks`` is False)."""
    samples = (r.quote.prefix + r.quote.exact + r.quote.suffix for r in requests)
    folded = fold_new_markup(text, samples, print_breaks=print_breaks) if requests else None
    if folded is None:
        return _place_all(text, requests, decided)
    return _placed_in_folded(text, folded, requests, decided, _place_all)


def _placed_in_folded(
    text: str,
    folded: Folded,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None,
    placer: Callable[[str, list[Request], list[Placement | None]], list[Placement]],
    read_in: Callable[[Request], Request] | None = None,
) -> list[Placement]:
    """What ``placer`` makes of ``requests`` in ``folded`` (``text`` with marks folded out;
    their hints and ``decided`` placements taken there, each request read by ``read_in``
    first when given), read back in the whole ``text`` (:func:`read_back`)."""
    inward = [
        request._replace(hint=folded.forth(request.hint, request.hint)[0])
        if request.hint is not None
        else request
        for request in (requests if read_in is None else map(read_in, requests))
    ]
    given_all = [None] * len(requests) if decided is None else decided
    settled = [
        given._replace(start=at[0], end=at[1])
        if given is not None and given.placed and (at := folded.forth(given.start, given.end))
        else given
        for given in given_all
    ]
    found = placer(folded.text, inward, settled)
    return [
        given if given is not None else read_back(text, folded, request, placement)
        for request, placement, given in zip(requests, found, given_all, strict=True)
    ]


def read_back(text: str, folded: Folded, request: Request, placement: Placement) -> Placement:
    """A placement found in ``folded`` (``text`` with marks folded out), read back in the
    whole ``text`` (an orphan keeps its span): shared by the batches that read a folded text
    and ``reanchor.placed_through_print_breaks``. One found only through character
    references decoded (none of its code points standing in the text as itself: "·" found
    as "&#183;") is a guess, left in review. One whose last reference begins with the
    quote's end ("… &" found as "… &amp;") ends there, on the quote as it stands in the
    text."""
    if not placement.placed:
        return placement
    start, end = folded.back(placement.start, placement.end)
    exact_end = start + len(request.quote.exact)
    if (
        folded.ends is not None
        and placement.end > placement.start
        and folded.origin[placement.end - 1] < exact_end < end
        and text.startswith(request.quote.exact, start)
    ):
        end = exact_end
    state = placement.state
    if state in PLACED_STATES and folded.only_decoded(placement.start, placement.end):
        state = "review"
    elif state in PLACED_STATES:
        if text[start:end] != request.quote.exact:
            state = "fuzzy"
        elif state == "fuzzy" or start != request.position.start:
            state = "moved" if start != request.position.start else "exact"
    return Placement(state, start, end, placement.score)


def _place_all(
    text: str,
    requests: Sequence[Request],
    decided: Sequence[Placement | None] | None = None,
) -> list[Placement]:
    """:func:`place_all` in a text with nothing folded."""
    placements: list[Placement] = []
    settled: list[bool] = []
    given_all = [None] * len(requests) if decided is None else decided
    wanted = [
        (
            request.position,
            request.quote,
            request.position.start if request.hint is None else request.hint,
        )
        for request in requests
    ]
    haystack = Haystack(text, remember=True)
    memo = Refinements()  # what the searches work out around each region, hint aside
    copies = [  # found once, for the quick placement and the search alike
        exact_copies(haystack, quote, expected) if given is None and quote.exact else None
        for (_position, quote, expected), given in zip(wanted, given_all, strict=True)
    ]
    quick = placed_with_neighbours(text, wanted, given_all, copies)
    for index, request in enumerate(requests):
        given = given_all[index]
        settled.append(given is not None)
        if given is None:
            given = quick[index] or search(
                text,
                request.position,
                request.quote,
                hint=request.hint,
                within=haystack,
                copies=copies[index],
                memo=memo,
            )
        placements.append(given)
    _cut_foreign_paragraphs(text, requests, placements, settled)
    positions = [request.position for request in requests]
    quotes = [request.quote for request in requests]
    witnessing = Witnesses(text, positions, quotes, haystack)
    review_shared_spans(positions, placements, settled)
    settle_claimed_copies(positions, placements, settled, "review")
    review_disputed_copies(text, positions, quotes, placements, settled, witnessing)
    contexts: ContextCache = {}  # anchors are worked out again each round, mostly the same
    _review_out_of_order(text, requests, placements, settled, contexts)
    looked_between: dict[int, Neighbours] = {}  # a search among the same anchors finds the same
    for _round in range(ROUNDS):
        anchors = _anchors(text, requests, placements, settled, contexts)
        if not anchors:
            break
        old_starts = [anchor.old_start for anchor in anchors]
        changed = False
        for index, (request, placement) in enumerate(zip(requests, placements, strict=True)):
            if placement.state == "review" and not settled[index]:
                neighbours = _around(anchors, old_starts, request.position.start)
                if looked_between.get(index) == neighbours:
                    continue
                looked_between[index] = neighbours
                found = _among_anchors(text, request, neighbours, memo)
                if found is not None:
                    placements[index] = found
                    changed = True
        if not changed:
            break
    review_shared_spans(positions, placements, settled)
    settle_claimed_copies(positions, placements, settled, "orphaned")
    review_disputed_copies(text, positions, quotes, placements, settled, witnessing)
    place_carried_reviews(text, positions, quotes, placements, settled, witnessing)
    _last_passes(text, requests, placements, settled)
    return placements


def _last_passes(
    text: str, requests: Sequence[Request], placements: list[Placement], settled: list[bool]
) -> None:
    """A batch's last passes: fuzzy placements cut back past foreign paragraphs, then
    passages left in review or orphaned placed on a copy whose context was displaced or
    whose paragraph swapped places with the one beside it, or on the one copy near where
    they stood with a word replaced beside it."""
    _cut_foreign_paragraphs(text, requests, placements, settled)
    _place_displaced(text, requests, placements, settled)
    _place_swapped(text, requests, placements, settled)
    _place_kept_on_one_side(text, requests, placements, settled)


def _place_kept_on_one_side(
    text: str, requests: Sequence[Request], placements: list[Placement], settled: list[bool]
) -> None:
    """Best guesses in review on the one exact copy of their quote near where they stood,
    one side of its context whole and a word replaced on the other
    (``core.one_side_kept``), placed."""
    for index, (request, placement) in enumerate(zip(requests, placements, strict=True)):
        if settled[index] or placement.state != "review":
            continue
        kept = _kept_on_one_side(text, request)
        if kept is not None and (kept.start, kept.end) == (placement.start, placement.end):
            placements[index] = kept


def _place_swapped(
    text: str, requests: Sequence[Request], placements: list[Placement], settled: list[bool]
) -> None:
    """Best guesses in review whose paragraph swapped places with the one beside it, the
    quote found once and whole (``core.swapped_paragraphs``), placed."""
    for index, (request, placement) in enumerate(zip(requests, placements, strict=True)):
        if settled[index] or placement.state != "review":
            continue
        if swapped_beside(text, placement.start, placement.end, request.quote):
            placements[index] = placement._replace(state="moved")


def _place_displaced(
    text: str,
    requests: Sequence[Request],
    placements: list[Placement],
    settled: list[bool],
    *,
    alone: bool = False,
) -> None:
    """Passages left in review or orphaned placed on the one copy of their quote whose
    context stands whole, its prefix pushed off by a label, or its suffix, which ended
    the text, followed by text appended since, no anchor that stood before the passage
    standing after it now (``core.displaced_context``)."""
    anchors: list[_Anchor] | None = None
    for index, (request, placement) in enumerate(zip(requests, placements, strict=True)):
        if settled[index] or placement.state in PLACED_STATES:
            continue
        at = displaced_copy(text, request.quote)
        if at is None:
            at = appended_copy(text, request.quote)
            if at is None:
                continue
            if alone and at < KEPT_BEFORE * request.position.start:
                continue
            if anchors is None:
                anchors = _anchors(text, requests, placements, settled, {})
            old_start = request.position.start
            if any(a.old_start < old_start and a.new_start > at for a in anchors):
                continue
        end = at + len(request.quote.exact)
        position = request.position
        state: AnchorState = position.state_of(at, end)
        found = score(text, at, end, request.quote, request.position.start)
        placements[index] = Placement(state, at, end, found.score)


def _cut_foreign_paragraphs(
    text: str, requests: Sequence[Request], placements: list[Placement], settled: list[bool]
) -> None:
    """Each fuzzy placement not settled by the caller cut back past whole paragraphs at its
    ends that its quote does not hold (``core.foreign_paragraphs``)."""
    for index, (request, placement) in enumerate(zip(requests, placements, strict=True)):
        if not settled[index]:
            placements[index] = cut_foreign_paragraphs(
                text, request.quote.exact, request.position.start, placement
            )


def _review_out_of_order(
    text: str,
    requests: Sequence[Request],
    placements: list[Placement],
    settled: list[bool],
    contexts: ContextCache,
) -> None:
    """Send to review each placement that breaks the order of the anchors around its old
    place (it lies outside their new span) with no neighbour (within :data:`MOVED_WITH`
    code points before) moved by as much, or that lies among text that stood there before
    (:func:`_among_old_text`): a passage deleted where a copy of it survives elsewhere
    looks like that (its neighbours, deleted with it, found on the copy's neighbours move
    as much), and one moved alone is indistinguishable from it."""
    anchors = _anchors(text, requests, placements, settled, contexts)
    if len(anchors) < 2:
        return
    members = {(anchor.old_start, anchor.new_start) for anchor in anchors}
    old_starts = [anchor.old_start for anchor in anchors]
    new_starts = [anchor.new_start for anchor in anchors]
    by_old = sorted(range(len(requests)), key=lambda index: requests[index].position.start)
    sorted_starts = [requests[index].position.start for index in by_old]
    for index, (request, placement) in enumerate(zip(requests, placements, strict=True)):
        start = request.position.start
        if (
            settled[index]
            or placement.state not in PLACED_STATES
            or (start, placement.start) in members
            or start > FOREIGN_OFFSETS * len(text)
        ):
            continue
        left, right = _around(anchors, old_starts, start)
        if left is None and right is None:
            continue
        lowest = 0 if left is None else left.new_start
        highest = _OPEN if right is None else right.new_start
        if lowest <= placement.start <= highest:
            continue
        if _among_old_text(anchors, new_starts, placement, request.position):
            placements[index] = placement._replace(state="review")
            continue
        if left is None or right is None:
            continue  # beyond the anchors at an end: moved alone, as likely as not
        shift = placement.start - start
        lo = bisect_left(sorted_starts, start - MOVED_WITH)
        hi = bisect_right(sorted_starts, start + MOVED_WITH)
        if not any(
            other != index
            and placements[other].state in PLACED_STATES
            and abs(placements[other].start - requests[other].position.start - shift) <= SAME_SHIFT
            for other in by_old[lo:hi]
        ):
            placements[index] = placement._replace(state="review")


def _among_old_text(
    anchors: list[_Anchor], new_starts: list[int], placement: Placement, old: TextPosition
) -> bool:
    """Whether ``placement`` (of the passage that stood at ``old``) lies between two anchors
    whose gap kept its length (give or take :data:`SAME_SHIFT`, and less than half the
    placement's) and which put the text there at an old place clear of ``old``: that
    text stood there before, so the
    passage found on it is a copy of it, not moved there (a repeated line cut where the
    passage was, the copy left standing among its own neighbours)."""
    after = bisect_right(new_starts, placement.start)
    if after == 0 or after == len(anchors):
        return False
    before, behind = anchors[after - 1], anchors[after]
    length = placement.end - placement.start
    change = (behind.new_start - before.new_start) - (behind.old_start - before.old_start)
    if abs(change) > SAME_SHIFT or 2 * abs(change) >= length:
        return False
    was_at = placement.start - (before.new_start - before.old_start)
    return was_at >= old.end or was_at + length <= old.start


def _around(anchors: list[_Anchor], old_starts: list[int], start: int) -> Neighbours:
    """The anchors just before and just after old offset ``start`` (None: none)."""
    after = bisect_left(old_starts, start)
    before = after - 1
    while after < len(anchors) and anchors[after].old_start == start:
        after += 1  # an anchor with the same start holds this passage or lies inside it
    return (
        anchors[before] if before >= 0 else None,
        anchors[after] if after < len(anchors) else None,
    )


def _anchors(
    text: str,
    requests: Sequence[Request],
    placements: list[Placement],
    settled: list[bool],
    contexts: ContextCache,
) -> list[_Anchor]:
    """The confident placements (and those the caller settled on a quote) that keep each
    other's order, by old start; ``contexts`` remembers the least similarity of the two
    sides of each request's context at each span asked about."""
    confident = []
    for index, (request, placement, given) in enumerate(
        zip(requests, placements, settled, strict=True)
    ):
        if placement.state not in PLACED_STATES or not request.quote.exact:
            continue
        if not given:
            if placement.score < ANCHOR_SCORE:
                continue
            key = (index, placement.start, placement.end)
            least = contexts.get(key)
            if least is None:
                quote = request.quote
                least = contexts[key] = min(
                    context_similarity(text, placement.start, placement.end, quote)
                )
            if least < ANCHOR_CONTEXT:
                continue
        confident.append(_Anchor(request.position.start, placement.start, placement.end))
    confident.sort()
    return _in_order(confident)


def _in_order(anchors: list[_Anchor]) -> list[_Anchor]:
    """The longest run of ``anchors`` (sorted by old start) whose new starts never go
    back: a passage moved elsewhere, or placed wrongly, falls out of it."""
    tails: list[int] = []  # the least new start that ends a run of each length
    tail_index: list[int] = []
    previous = [-1] * len(anchors)
    for index, anchor in enumerate(anchors):
        length = bisect_right(tails, anchor.new_start)
        if length == len(tails):
            tails.append(anchor.new_start)
            tail_index.append(index)
        else:
            tails[length] = anchor.new_start
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else -1
    run: list[_Anchor] = []
    at = tail_index[-1] if tail_index else -1
    while at != -1:
        run.append(anchors[at])
        at = previous[at]
    run.reverse()
    return run


def _among_anchors(
    text: str, request: Request, neighbours: Neighbours, memo: Refinements
) -> Placement | None:
    """A passage in review looked for again between the anchors around its old place
    (``neighbours``): the passage found there if they make the choice clear, else None
    (``memo``: what the batch's searches worked out around regions of the text)."""
    position = request.position
    before, after = neighbours
    if before is None and after is None:
        return None
    left = before or _Anchor(0, 0, 0)
    right = after or _Anchor(_OPEN, len(text), len(text))
    near_left = after is None or (
        before is not None and position.start - left.old_start <= right.old_start - position.start
    )
    near = left if near_left else right
    shift = near.new_start - near.old_start
    expected = TextPosition(position.start + shift, position.end + shift)
    window = Haystack(text, [(left.new_start, right.new_end)])
    found = search(text, expected, request.quote, within=window, memo=memo)
    if found.state == "review" and _pinned_copy(
        window, text, position, found, request.quote, neighbours
    ):
        found = found._replace(state="moved")
    if found.state not in PLACED_STATES and before is not None and after is not None:
        found = (
            _shifted_among(text, request.quote, expected, window, memo, neighbours, found) or found
        )
    if found.state == "review" and realigned_where_it_was(
        text, found, expected, _leeway(neighbours), request.quote
    ):
        found = found._replace(state="moved")
    alone = found.placed and _alone_in_order(text, found, request.quote)
    if alone and found.state == "review":
        found = found._replace(state="moved")
    if found.state not in PLACED_STATES or not left.new_start <= found.start <= right.new_start:
        return None
    short = len(request.quote.exact) < LONG_QUOTE
    if (
        short
        and not alone
        and min(context_similarity(text, found.start, found.end, request.quote)) < BOTH_SIDES
    ):
        return None
    if _twin_beside(text, found, request):
        return None
    if _twin_between(window, text, found, request.quote) and not _pinned(
        window, position, found, request.quote, neighbours
    ):
        return None
    if _copied_beside_words(text, found, request.quote):
        return None
    if before is not None and not _keeps_gap(
        position.start - left.old_start, found.start - left.new_start
    ):
        return None
    if after is not None and not _keeps_gap(
        right.old_start - position.start, right.new_start - found.start
    ):
        return None
    if found.state == "exact" and (found.start, found.end) != (position.start, position.end):
        return found._replace(state="moved")
    return found


def _alone_in_order(text: str, found: Placement, quote: TextQuote) -> bool:
    """Whether a passage the search among anchors found (or left in review) is an exact
    copy of the quote (at least :data:`ALONE_QUOTE` code points) that stands nowhere else
    in the text, one side of its context intact (:data:`FAR_AGREES`): a short quote with
    the other side of its context cut (a paragraph cut to its first sentence) is a guess
    alone, but between the anchors, keeping its gaps to them, it is the passage, however
    little of the other side is left. One the search placed near where it was expected,
    which only the other side's disagreement held back, needs the text right at both its
    ends unchanged (:data:`EDGE`: the cut lies beyond them; a line merged into another,
    "A: 480 and 360 visas" for "B: 360 visas", changed the words right before it)."""
    exact = quote.exact
    if len(exact) < ALONE_QUOTE or text[found.start : found.end] != exact:
        return False
    if not _once_in(text, exact, found.start):
        return False
    prefix, suffix = context_similarity(text, found.start, found.end, quote)
    if prefix < FAR_AGREES and suffix < FAR_AGREES:
        return False
    if found.state == "review":
        return True
    start, end = found.start, found.end
    return text[max(0, start - EDGE) : start] == quote.prefix[-EDGE:] and (
        text[end : end + EDGE] == quote.suffix[:EDGE]
    )


def _leeway(neighbours: Neighbours) -> int:
    """How far (code points) from where the nearer anchor's shift puts a passage it may
    stand and count as where it was: :data:`NEAR`, and as much as the gap between the
    anchors changed, up to :data:`SETTLED_SLACK`."""
    before, after = neighbours
    if before is None or after is None:
        return NEAR
    change = (after.new_start - before.new_start) - (after.old_start - before.old_start)
    return NEAR + min(abs(change), SETTLED_SLACK)


def realigned_where_it_was(
    text: str, found: Placement, expected: TextPosition, leeway: int, quote: TextQuote
) -> bool:
    """Whether a best guess in review, an exact copy of the quote (at least
    :data:`ALONE_QUOTE` code points) standing nowhere else in the text, found within
    ``leeway`` of where it was expected, has its context
    agreeing as a passage where it was must (one side :data:`CONTEXT_AGREES`, the other
    :data:`BOTH_SIDES`) once each side is compared with its far end free
    (``core.realigned_context``: words beside it shortened, "falling" shown as "↓", shift
    the whole window)."""
    exact = quote.exact
    if not -leeway <= found.start - expected.start <= leeway:
        return False
    if len(exact) < ALONE_QUOTE or text[found.start : found.end] != exact:
        return False
    if not _once_in(text, exact, found.start):
        return False
    prefix, suffix = realigned_context(text, found.start, found.end, quote, REALIGNED)
    if prefix < suffix:
        prefix, suffix = suffix, prefix
    return prefix >= CONTEXT_AGREES and suffix >= BOTH_SIDES


def _shifted_among(
    text: str,
    quote: TextQuote,
    expected: TextPosition,
    window: Haystack,
    memo: Refinements,
    neighbours: Neighbours,
    guess: Placement,
) -> Placement | None:
    """A passage between two anchors whose gap changed, looked for again with the change
    as leeway (:data:`SETTLED_SLACK`): found within it of where the nearer anchor's shift
    puts it, one side of its context agreeing is enough, as where it was — if the other
    side agrees somewhat (:data:`BOTH_SIDES`) and neither the text found nor the quote
    stands anywhere else in the text (a copy elsewhere whose context agrees as well, a
    sentence promoted to the top with a back-reference left where it stood, makes it a
    guess). None when that finds nothing more; ``guess``: what the search without the
    leeway made of it (a best guess in review beyond the leeway is where this search
    would leave it too: not searched again)."""
    near = _leeway(neighbours)
    if near == NEAR:
        return None
    if guess.state == "review" and not -near <= guess.start - expected.start <= near:
        return None
    found = search(text, expected, quote, within=window, memo=memo, near=near)
    if found.state not in PLACED_STATES:
        return None
    if min(context_similarity(text, found.start, found.end, quote)) < BOTH_SIDES:
        return None
    if _once_in(text, text[found.start : found.end], found.start) and _once_in(
        text, quote.exact, found.start
    ):
        return found
    return None


def _once_in(text: str, piece: str, at: int) -> bool:
    """Whether ``piece`` stands nowhere in ``text`` but (perhaps) at ``at``."""
    first = text.find(piece)
    return first == -1 or (first == at and text.find(piece, at + 1) == -1)


def _pinned_copy(
    window: Haystack,
    text: str,
    position: TextPosition,
    found: Placement,
    quote: TextQuote,
    neighbours: Neighbours,
) -> bool:
    """Whether a best guess the search left in review is an exact copy of the quote, both
    sides of its context agreeing as an anchor's do (:data:`ANCHOR_CONTEXT`), that stands
    where it stood among its anchors (:func:`_pinned`): its twins, the reason for the
    doubt, stand elsewhere among them."""
    if text[found.start : found.end] != quote.exact:
        return False
    if min(context_similarity(text, found.start, found.end, quote)) < ANCHOR_CONTEXT:
        return False
    return _pinned(window, position, found, quote, neighbours)


def _pinned(
    window: Haystack,
    position: TextPosition,
    found: Placement,
    quote: TextQuote,
    neighbours: Neighbours,
) -> bool:
    """Whether the found passage keeps its gaps to the anchors on both sides to within
    :data:`PINNED` code points while every other copy of its quote between them stands
    farther from where it was expected by at least the quote's length: it stands where it
    stood among them (a line repeated nearby, its context the same: the position tells
    the copies apart)."""
    before, after = neighbours
    if before is None or after is None:
        return False
    expected = position.start + before.new_start - before.old_start
    off = abs(found.start - expected)
    if (
        off > PINNED
        or abs((after.new_start - found.start) - (after.old_start - position.start)) > PINNED
    ):
        return False
    length = len(quote.exact)
    return all(
        abs(at - expected) >= off + length
        for at in window.nearest(quote.exact, found.start, TWINS_LOOKED_AT)
        if at != found.start
    )


def _keeps_gap(old_gap: int, new_gap: int) -> bool:
    """Whether the gap to a neighbour changed by little (some code points, or a share)."""
    return abs(new_gap - old_gap) <= GAP_SLACK + GAP_SHARE * old_gap


def _twin_between(window: Haystack, text: str, found: Placement, quote: TextQuote) -> bool:
    """Whether another exact copy of the quote stands between the anchors with one side of
    its context agreeing too, and the two sides of its context together agreeing nearly as
    well as the found passage's (less by at most :data:`TWIN_LEAD`): which copy is the
    passage is then a guess. A copy whose context agrees clearly less is no twin: the
    neighbours and the context together set the found one apart."""
    length = len(quote.exact)
    own = sum(context_similarity(text, found.start, found.end, quote))
    for at in window.nearest(quote.exact, found.start, TWINS_LOOKED_AT):
        if at + length <= found.start or at >= found.end:
            context = context_similarity(text, at, at + length, quote)
            if max(context) >= TWIN_CONTEXT and sum(context) >= own - TWIN_LEAD:
                return True
    return False


def _twin_beside(text: str, found: Placement, request: Request) -> bool:
    """Whether a near copy of the quote (:data:`TWIN_BESIDE` similar) stands right before
    or after the found passage (a passage pasted again beside itself, one copy then
    edited: which one is the annotated one, the neighbours cannot tell)."""
    exact = request.quote.exact
    reach = len(exact) + GAP_SLACK
    before = text[max(0, found.start - reach) : found.start]
    after = text[found.end : found.end + reach]
    return any(
        may_reach(exact, side, TWIN_BESIDE)
        and fuzz.partial_ratio_alignment(exact, side, score_cutoff=TWIN_BESIDE) is not None
        for side in (before, after)
        if len(side) >= len(exact) * TWIN_BESIDE / 100
    )


def _copied_beside_words(text: str, found: Placement, quote: TextQuote) -> bool:
    """Whether the found passage, its quote long (:data:`LONG_QUOTE`) and whole, stands
    with its context changed right at one of its ends (:data:`EDGE` code points) while an
    exact copy of its quote stands elsewhere: a passage moved elsewhere (promoted to the
    top) with a reworded copy left where it stood ("As reported above, ..."), or words put
    before a passage whose sentence is repeated elsewhere. Which copy is the passage, the
    neighbours cannot tell."""
    exact = quote.exact
    if len(exact) < LONG_QUOTE or found.state == "fuzzy":
        return False
    start, end = found.start, found.end
    if text[max(0, start - EDGE) : start] == quote.prefix[-EDGE:] and (
        text[end : end + EDGE] == quote.suffix[:EDGE]
    ):
        return False
    at = text.find(exact)
    while at != -1:
        if at + len(exact) <= start or at >= end:
            return True
        at = text.find(exact, at + 1)
    return False
