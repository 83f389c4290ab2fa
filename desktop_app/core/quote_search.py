"""Finding a quoted passage in a text whose earlier version is unknown: one score, a clear winner.

Every candidate, exact or fuzzy, is scored by :func:`score`: the similarity of its text to
the stored quote, of the text before and after it to the stored prefix and suffix, and its
distance from where it was expected. Candidates come from every exact occurrence of the
quote and from *seeds*: exact occurrences of pieces of the quote and of its context, each
suggesting where the passage starts; the ends of a seed are pinned by the quote's first
and last characters and by the context, found approximately nearby, and every pair of
ends is scored. Several candidates per region survive, so a repeated passage cannot hide
the true one behind a rough first guess.

The best candidate is accepted only when it scores at least :data:`ACCEPT`, beats every
candidate elsewhere by :data:`MARGIN`, has no near twin nearer to where it was expected
(``_twinned``) nor a copy close behind it while it stands far off (``_far_copy``), and its
context agrees (one side at least :data:`CONTEXT_AGREES` similar where it was; both
sides elsewhere, or one for a long quote found once, not far off: ``_found_once``): a
quote alone is never enough. Otherwise an annotation
whose quote is still clearly there is kept at the best guess and marked ``review``; the
rest is orphaned. A placement by the quote alone is then checked
(``core.placement_doubts``): paragraph by paragraph, for words that crossed its ends, and
for a paragraph pasted again beside one it reaches into; a fuzzy one loses the white
space at its ends that its quote lacks there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from desktop_app.core.copy_index import CopyIndex
from desktop_app.core.haystack import Haystack, remembering
from desktop_app.core.placement_doubts import (
    break_beside_a_twin,
    by_paragraphs,
    pasted_beside,
    reads_as_a_neighbour,
    reordered_across_an_edge,
    sentence_goes_on,
    without_white_edges,
)
from desktop_app.core.quote_candidates import MAX_OCCURRENCES as MAX_OCCURRENCES
from desktop_app.core.quote_candidates import Limits, Refinements, find_candidates
from desktop_app.core.quote_candidates import _on_own_ends as _on_own_ends
from desktop_app.core.quote_candidates import exact_copies as exact_copies
from desktop_app.core.quote_scoring import Candidate as Candidate
from desktop_app.core.quote_scoring import context_similarity as context_similarity
from desktop_app.core.quote_scoring import score as score
from desktop_app.core.records import AnchorState, TextPosition, TextQuote

#: Least score (0..1) of an accepted placement.
ACCEPT = 0.8
#: Least lead of the accepted candidate over the best one elsewhere.
MARGIN = 0.05
#: Least similarity of the prefix or the suffix for the context to agree: of one of them
#: where the passage was said to be (within :data:`NEAR`), of both anywhere else.
CONTEXT_AGREES = 0.7
NEAR = 8
#: Least similarity of both sides of the context for a passage found away from where it was
#: said to be, by the quote alone (the update passes ``both_sides``: the diff vouches more).
FAR_AGREES = 0.9
#: Least quote similarity for a doubtful best guess to be kept for review (else orphaned),
#: with some context around it (:data:`REVIEW_CONTEXT`) unless the quote is long.
REVIEW_QUOTE = 0.75
REVIEW_CONTEXT = 0.5
LONG_QUOTE = 30
#: A candidate elsewhere whose quote is at most this much less similar than the best one's,
#: with one side of its context agreeing (:data:`FAR_AGREES`), is a twin: the text holds the
#: passage twice (a paragraph pasted again beside itself, then edited), and which copy is
#: the annotated one is a guess (review) when the twin stands nearer to where the passage
#: was expected. (Not after a diff, which looks only in inserted text and vouches for the
#: rest.)
TWIN_QUOTE = 0.03
#: ... when it lies within this many code points (farther, the position term tells copies
#: apart) and scores at most this much less.
TWIN_NEAR = 3000
TWIN_SCORE = 0.2
#: By the quote alone, a passage found away from where it was said to be (:data:`NEAR`) is
#: accepted with one side of its context agreeing (:data:`FAR_AGREES`) when its quote is
#: found exactly, is at least :data:`CLEAR_QUOTE` code points long, stands within
#: :data:`ONCE_NEAR` of where it was expected, no candidate elsewhere holds as much as
#: :data:`OTHER_QUOTE` of it, and it leads them all by :data:`CLEAR_LEAD` (an edit beside
#: a passage changes one side of its context; a long quote found once, exactly, not far
#: off, with the other side intact, is it).
CLEAR_QUOTE = 30
ONCE_NEAR = 2000
OTHER_QUOTE = 0.6
CLEAR_LEAD = 0.2
#: By the quote alone, a best candidate farther than this from where it was expected, with
#: a near copy of the quote (:data:`COPY_QUOTE`) elsewhere and a lead under
#: :data:`COPY_LEAD`, is a guess between copies (the annotated one may be gone).
FAR_COPY = 1000
COPY_QUOTE = 0.95
COPY_LEAD = 0.2
#: Most exact copies of a quote collected before the nearest are scored.
MOST_COPIES = 1024
#: Placed alone, a best candidate read word for word with its whole context within ``near``
#: of where it stood needs no lead over rivals farther than this (code points) from where
#: it was expected (``_whole_where_it_was``): a recurring line or sentence, its other copies
#: with the same 32 code points of context, stays where it stood. (Wrong only when blocks of
#: the same length changed places, another copy taking the passage's old offsets: in the
#: re-anchoring material such a passage had moved 1,003 code points at most.)
WHOLE_APART = 1250


#: Kept between a bound and a threshold it is compared with (float rounding).
_ROUNDING = 1e-9

#: Tells whether a candidate span may be used (e.g. only text that an update inserted).
SpanFilter = Callable[[int, int], bool]

#: The states of a placement that is taken as it stands (not orphaned, not for review).
PLACED_STATES: tuple[AnchorState, ...] = ("exact", "moved", "fuzzy")


class Placement(NamedTuple):
    """Where an annotation landed: its state, span in the new text, and score (0..1).
    (A named tuple: one is made per annotation, and they are cheap to make.)"""

    state: AnchorState
    start: int
    end: int
    score: float

    @property
    def placed(self) -> bool:
        """True unless the annotation was orphaned."""
        return self.state != "orphaned"


def elsewhere(
    text: str, start: int, end: int, quote: TextQuote, copies: CopyIndex | None = None
) -> list[Candidate]:
    """Exact occurrences of the quote outside ``[start, end)``, scored with ``start`` as the
    expected place (the nearest :data:`MAX_OCCURRENCES`); ``copies`` (of ``text``) finds
    them without reading the whole text each time."""
    length = len(quote.exact)
    return [
        score(text, at, at + length, quote, start)
        for at in copy_starts(text, start, end, quote.exact, copies)
    ]


def copy_starts(
    text: str, start: int, end: int, exact: str, copies: CopyIndex | None = None
) -> list[int]:
    """Where the occurrences :func:`elsewhere` scores start, the nearest to ``start`` first
    (a caller that needs only where they stand saves scoring them)."""
    length, found = len(exact), list[int]()
    if copies is None:
        at = text.find(exact)
        while at != -1 and len(found) < MOST_COPIES:  # forward only: one pass over the text
            if min(at + length, end) <= max(at, start):
                found.append(at)
            at = text.find(exact, at + 1)
    else:
        for at in copies.find_all(exact):
            if len(found) == MOST_COPIES:
                break
            if min(at + length, end) <= max(at, start):
                found.append(at)
    found.sort(key=lambda at: abs(at - start))
    return found[:MAX_OCCURRENCES]


#: Copies of a quote looked at for one with its whole context (``_whole_elsewhere``).
COPIES_LOOKED_AT = 8
#: A blank line: where one paragraph ends and the next begins.
BLANK_LINE = "\n\n"
#: Below this likeness the stored side of a quote's own paragraph reads unlike the text
#: beside it (``_own_side_elsewhere``).
OWN_SIDE_UNLIKE = 0.5
#: Fewest code points of a stored line that, standing again in the passage's paragraph,
#: tell its neighbour is still there (``a_neighbour_line_stays``).
NEIGHBOUR_PIECE = 8


def search(
    text: str,
    position: TextPosition,
    quote: TextQuote,
    *,
    hint: int | None = None,
    allowed: SpanFilter | None = None,
    both_sides: bool = False,
    within: Haystack | None = None,
    copies: list[Candidate] | None = None,
    memo: Refinements | None = None,
    near: int = NEAR,
    alone: bool = False,
) -> Placement:
    """Place ``quote`` in ``text``; ``hint`` is where it is expected to start (default: the
    stored start). ``allowed`` rejects candidate spans; ``both_sides`` asks the context to
    agree on both sides, not one; ``within``: where candidates (and rivals) are looked for,
    by default the whole text (a batch passes one haystack of it to all its searches);
    ``copies``: the quote's exact copies in the whole text as ``exact_copies`` finds them,
    if known already; ``memo``: what earlier searches of the same text worked out around
    the regions they refined (a batch shares one); ``near``: how far (code points) from the
    stored start a passage found counts as where it was said to be (:data:`NEAR`; a batch
    searching between two anchors whose gap changed passes more); ``alone``: the passage is
    placed by itself, no neighbour placed beside it to vouch for where it was, so a quote
    standing where it was with only the side of its context that reaches into another
    paragraph (the next one or the one before) is weighed with the other copies when its
    own paragraph's side stands whole beside one of them (:func:`_own_side_elsewhere`). An
    orphan keeps the stored span."""
    expected = position.start if hint is None else hint
    orphan = Placement("orphaned", position.start, position.end, 0.0)
    exact = quote.exact
    if not exact:
        return orphan
    start, end = position.start, position.end
    if text[start:end] == exact and (allowed is None or allowed(start, end)):
        prefix, suffix = context_similarity(text, start, end, quote)
        if min(prefix, suffix) == 1.0 or (
            max(prefix, suffix) == 1.0
            and not _whole_elsewhere(text, quote, start)
            and not (alone and _own_side_elsewhere(text, quote, start, (prefix, suffix)))
        ):  # where it was, its context unchanged (one side, unless a copy has both, or,
            # placed alone, that side reaches into another paragraph and its own one's
            # stands elsewhere)
            return Placement("exact", start, end, 1.0)
    haystack = within or remembering(text)
    if copies is None or not haystack.whole:
        copies = exact_copies(haystack, quote, expected)
    limits_of = None
    if allowed is None:

        def limits_of(found: list[Candidate]) -> Limits | None:
            return _fuzzy_limits(found, position, expected)

    everywhere = find_candidates(haystack, quote, expected, copies, limits_of, memo)
    candidates = everywhere
    if allowed is not None:
        candidates = [c for c in everywhere if allowed(c.start, c.end)]
    if not candidates:
        return orphan
    placement = _decide(
        candidates,
        everywhere,
        position,
        orphan,
        both_sides=both_sides,
        expected=expected,
        near=near,
        alone=alone,
    )
    if allowed is not None or placement.state not in PLACED_STATES:
        return placement
    return _doubted(text, quote, placement)


def _whole_elsewhere(text: str, quote: TextQuote, start: int) -> bool:
    """Whether another copy of the quote (of the first :data:`COPIES_LOOKED_AT`) has its
    whole stored context around it, where the one at ``start`` lost one side: this one is
    then the copy (a repeated line whose entry moved away)."""
    exact = quote.exact
    at = text.find(exact)
    for _ in range(COPIES_LOOKED_AT):
        if at == -1:
            return False
        if at != start and min(context_similarity(text, at, at + len(exact), quote)) == 1.0:
            return True
        at = text.find(exact, at + 1)
    return False


def _own_side_elsewhere(
    text: str, quote: TextQuote, start: int, likeness: tuple[float, float]
) -> bool:
    """Whether the one side of the stored context that stands whole at ``start`` (its
    ``likeness``: prefix and suffix) reaches past a blank line (another paragraph's edge,
    which any entry ending or opening there shares) while the other side, all inside the
    passage's own paragraph, reads unlike the text there (under :data:`OWN_SIDE_UNLIKE`)
    and whole beside another copy of the quote (of the first :data:`COPIES_LOOKED_AT`):
    the words of its own paragraph stand around that copy, and the search weighs them
    all. A line of that side still standing in the paragraph at ``start`` (a line put in
    between) says the passage stayed: the shortcut holds."""
    prefix_whole = likeness[0] == 1.0
    whole, other = (quote.prefix, quote.suffix) if prefix_whole else (quote.suffix, quote.prefix)
    if BLANK_LINE not in whole or BLANK_LINE in other or not other:
        return False
    if likeness[1 if prefix_whole else 0] >= OWN_SIDE_UNLIKE:
        return False
    exact = quote.exact
    if a_neighbour_line_stays(text, start, start + len(exact), other):
        return False
    at = text.find(exact)
    for _ in range(COPIES_LOOKED_AT):
        if at == -1:
            return False
        if at != start and (
            text.startswith(other, at + len(exact))
            if prefix_whole
            else at >= len(other) and text.startswith(other, at - len(other))
        ):
            return True
        at = text.find(exact, at + 1)
    return False


def a_neighbour_line_stays(text: str, start: int, end: int, side: str) -> bool:
    """Whether a line (or the piece of one) of the stored context ``side``, at least
    :data:`NEIGHBOUR_PIECE` code points of it, stands in the paragraph that holds
    ``[start, end)``."""
    lo = text.rfind(BLANK_LINE, 0, start)
    hi = text.find(BLANK_LINE, end)
    paragraph = text[0 if lo == -1 else lo : len(text) if hi == -1 else hi]
    return any(
        len(piece) >= NEIGHBOUR_PIECE and piece in paragraph
        for piece in (line.strip() for line in side.split("\n"))
    )


def _doubted(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """A placement by the quote alone, checked (``core.placement_doubts``): a fuzzy one
    paragraph by paragraph and for words that crossed its ends, any one for a paragraph
    pasted again beside one it reaches into (one read word for word is not doubted by a
    near copy that lacks the piece it reads: :func:`_read_as_stored`); kept, trimmed of a
    paragraph, or reviewed."""
    start, end = placement.start, placement.end
    state = placement.state
    if state == "fuzzy":
        kept = by_paragraphs(text, quote.exact, start, end)
        if kept is None:
            return Placement("review", start, end, placement.score)
        kept = without_white_edges(text, *kept, quote.exact)
        if kept != (start, end):
            start, end = kept
            state = "moved" if text[start:end] == quote.exact else "fuzzy"
    doubtful = (
        (state == "fuzzy" and reordered_across_an_edge(text, start, end, quote))
        or (state == "fuzzy" and sentence_goes_on(text, start, end, quote))
        or (state == "fuzzy" and reads_as_a_neighbour(text[start:end], quote))
        or beside_a_twin(text, start, end, quote)
        or pasted_beside(text, start, end, quote.exact)
    )
    return Placement("review" if doubtful else state, start, end, placement.score)


def beside_a_twin(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the placement ``[start, end)`` of ``quote`` spans a paragraph break beside a
    near copy of a paragraph at that break (``placement_doubts.break_beside_a_twin``), the
    stretch that reads as stored word for word (:func:`_read_as_stored`) taken as settled."""
    return break_beside_a_twin(text, start, end, _read_as_stored(text, start, end, quote))


def _read_as_stored(text: str, start: int, end: int, quote: TextQuote) -> tuple[int, int] | None:
    """The stretch around a placement that reads as stored word for word: its quote, with
    each side of its stored context that stands whole beside it; None when the placement
    does not read its quote exactly."""
    if text[start:end] != quote.exact:
        return None
    prefix, suffix = quote.prefix, quote.suffix
    if start >= len(prefix) and text.startswith(prefix, start - len(prefix)):
        start -= len(prefix)
    if text.startswith(suffix, end):
        end += len(suffix)
    return start, end


def exact_winner(
    copies: list[Candidate], position: TextPosition, expected: int
) -> Candidate | None:
    """The copy of the quote that the search would accept among ``copies`` (exact copies
    of it, scored with ``expected`` as where it was expected) were they all it found;
    None when it would not accept one."""
    orphan = Placement("orphaned", position.start, position.end, 0.0)
    placement = _decide(copies, copies, position, orphan, both_sides=False, expected=expected)
    if placement.state not in ("exact", "moved"):
        return None
    return next(c for c in copies if (c.start, c.end) == (placement.start, placement.end))


def _decide(
    candidates: list[Candidate],
    everywhere: list[Candidate],
    position: TextPosition,
    orphan: Placement,
    *,
    both_sides: bool,
    expected: int | None = None,
    near: int = NEAR,
    alone: bool = False,
) -> Placement:
    """The best allowed candidate, if it clearly beats every other one (allowed or not) and
    has no twin (:func:`_twinned`) nearer to where it was ``expected`` (default: the stored
    start); within ``near`` code points of the stored start, one side of its context
    agreeing is enough. Placed ``alone``, a whole copy within ``near`` of the stored start
    needs no lead over rivals farther than :data:`WHOLE_APART` (:func:`_whole_where_it_was`)."""
    best = candidates[0] if len(candidates) == 1 else max(candidates, key=_rank)
    rivals = _rivals(everywhere, best)
    runner_up = max([c.score for c in rivals]) if rivals else 0.0
    lead = best.score - runner_up
    hint = position.start if expected is None else expected
    prefix, suffix = best.prefix, best.suffix  # compared, not passed to min and max
    if -near <= best.start - position.start <= near:
        if both_sides:
            agrees = prefix >= CONTEXT_AGREES and suffix >= CONTEXT_AGREES
        else:
            agrees = prefix >= CONTEXT_AGREES or suffix >= CONTEXT_AGREES
    elif both_sides:
        agrees = prefix >= CONTEXT_AGREES and suffix >= CONTEXT_AGREES
    else:
        agrees = (prefix >= FAR_AGREES and suffix >= FAR_AGREES) or _found_once(
            best, rivals, lead, hint
        )
    clear = (
        lead >= MARGIN
        or (
            alone
            and -near <= best.start - position.start <= near
            and _whole_where_it_was(best, rivals, hint)
        )
    ) and (both_sides or not (_twinned(best, rivals, hint) or _far_copy(best, rivals, lead, hint)))
    if best.score >= ACCEPT and clear and agrees:
        state: AnchorState
        if best.quote < 1.0:
            state = "fuzzy"
        elif (best.start, best.end) == (position.start, position.end):
            state = "exact"
        else:
            state = "moved"
        return Placement(state, best.start, best.end, best.score)
    context = max(best.prefix, best.suffix) >= REVIEW_CONTEXT
    if best.quote >= REVIEW_QUOTE and (context or best.end - best.start >= LONG_QUOTE):
        return Placement("review", best.start, best.end, best.score)
    return orphan


def _whole_where_it_was(best: Candidate, rivals: list[Candidate], expected: int) -> bool:
    """Whether ``best`` reads its quote and both sides of its context word for word while
    every rival within :data:`MARGIN` of it stands farther than :data:`WHOLE_APART` from
    where it was ``expected``: the passage stands where it was, shifted a little, and the
    others are copies of it (whole, mostly: a recurring line), which the position tells
    apart (as the search's first look takes a whole copy where it was, shifted not at all)."""
    if best.quote != 1.0 or best.prefix != 1.0 or best.suffix != 1.0:
        return False
    close = best.score - MARGIN
    return all(rival.score < close or abs(rival.start - expected) > WHOLE_APART for rival in rivals)


def _rank(candidate: Candidate) -> tuple[float, int]:
    """The best candidate ranks highest: the highest score, then the earliest start."""
    return candidate.score, -candidate.start


def _fuzzy_limits(found: list[Candidate], position: TextPosition, expected: int) -> Limits:
    """The quote similarity and score a further candidate must reach to change what
    :func:`_decide` makes of the candidates ``found`` (not empty): under both, it is not
    the best, leads nothing, is no twin nor near copy, and changes no lead that matters
    (under the runner-up, or clearly behind the best); a best quote found once, with every
    rival under :data:`OTHER_QUOTE`, asks it to be under that too and clearly behind."""
    best = found[0] if len(found) == 1 else max(found, key=_rank)
    rivals = _rivals(found, best)
    quote_limit = min(COPY_QUOTE, best.quote - TWIN_QUOTE)
    score_limit = best.score - MARGIN
    far = abs(best.start - expected) > FAR_COPY
    if far and any(c.quote >= COPY_QUOTE for c in rivals):  # the lead under COPY_LEAD, or not
        score_limit = min(score_limit, max(max(c.score for c in rivals), best.score - COPY_LEAD))
    once = (
        best.quote == 1.0
        and all(c.quote < OTHER_QUOTE for c in rivals)
        and abs(best.start - position.start) > NEAR
        and min(best.prefix, best.suffix) < FAR_AGREES
        and abs(best.start - expected) <= ONCE_NEAR
        and best.end - best.start >= CLEAR_QUOTE
        and max(best.prefix, best.suffix) >= FAR_AGREES
    )
    if once:
        quote_limit = min(quote_limit, OTHER_QUOTE)
        score_limit = min(score_limit, best.score - CLEAR_LEAD)
    return Limits(quote_limit - _ROUNDING, score_limit - _ROUNDING)


def _found_once(best: Candidate, rivals: list[Candidate], lead: float, expected: int) -> bool:
    """Whether a passage found by the quote alone, away from where it was said to be, is a
    long quote found exactly and nowhere else, not far from where it was ``expected``, one
    side of its context intact, with a clear lead."""
    return (
        best.quote == 1.0
        and abs(best.start - expected) <= ONCE_NEAR
        and best.end - best.start >= CLEAR_QUOTE
        and max(best.prefix, best.suffix) >= FAR_AGREES
        and lead >= CLEAR_LEAD
        and all(rival.quote < OTHER_QUOTE for rival in rivals)
    )


def _far_copy(best: Candidate, rivals: list[Candidate], lead: float, expected: int) -> bool:
    """Whether the best candidate stands far from where it was expected while a near copy
    of the quote stands elsewhere and the best leads it by little (which copy is the
    annotated one, or whether it is gone, is a guess)."""
    return (
        abs(best.start - expected) > FAR_COPY
        and lead < COPY_LEAD
        and any(rival.quote >= COPY_QUOTE for rival in rivals)
    )


def _twinned(best: Candidate, rivals: list[Candidate], expected: int) -> bool:
    """Whether a rival elsewhere, at least as near to where the passage was expected, holds
    the quote nearly as well, one side of its context agreeing too (a near copy of the
    passage that only the rest of the context sets apart: which is the annotated one is a
    guess)."""
    return any(
        abs(rival.start - expected) <= abs(best.start - expected)
        and rival.quote >= best.quote - TWIN_QUOTE
        and max(rival.prefix, rival.suffix) >= FAR_AGREES
        and abs(rival.start - best.start) <= TWIN_NEAR
        and rival.score >= best.score - TWIN_SCORE
        for rival in rivals
    )


def _rivals(candidates: list[Candidate], best: Candidate) -> list[Candidate]:
    """The candidates that do not overlap ``best`` (inline: a search compares many)."""
    start, end = best.start, best.end
    if end <= start:  # an empty span overlaps nothing
        return list(candidates)
    # min(c.end, end) <= max(c.start, start), without two calls per candidate
    return [c for c in candidates if c.end <= start or c.start >= end or c.end <= c.start]
