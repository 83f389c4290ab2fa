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

import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.copy_index import CopyIndex
from desktop_app.core.haystack import Haystack
from desktop_app.core.placement_doubts import (
    break_beside_a_twin,
    by_paragraphs,
    pasted_beside,
    reordered_across_an_edge,
    without_white_edges,
)
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
#: Least quote similarity of any fuzzy candidate.
QUOTE_FLOOR = 0.5
#: Code points in a seed piece, and in the pieces that pin a candidate's ends.
SEED = 8
PIN = 12
#: Most code points of words inserted beside a passage that its fuzzy ends are moved over.
EDGE_WORDS = 24
#: Distance (code points) at which the position term has halved.
POSITION_SCALE = 1500
#: Exact occurrences and seeds looked at per piece (the nearest to the expected place).
MAX_OCCURRENCES = 64
#: Most exact copies of a quote collected before the nearest are scored.
MOST_COPIES = 1024
#: Occurrences of each seed piece looked at (the nearest to where it is expected).
SEEDS = 16
#: Fuzzy regions refined per search (the best supported).
MAX_REGIONS = 10

_WEIGHTS = (50.0, 20.0, 20.0, 6.0)
_TOTAL = sum(_WEIGHTS)

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


class Candidate(NamedTuple):
    """A scored span: its total score and the parts it was made of. (A named tuple: a
    search makes many, and they are cheap to make.)"""

    start: int
    end: int
    score: float
    quote: float
    prefix: float
    suffix: float


def score(text: str, start: int, end: int, quote: TextQuote, hint: int) -> Candidate:
    """The one scoring function: quote, prefix, suffix and position similarity, weighted."""
    return _scored(text, start, end, quote, hint, _similarity(quote.exact, text[start:end]))


def _scored(
    text: str, start: int, end: int, quote: TextQuote, hint: int, quote_similarity: float
) -> Candidate:
    """:func:`score`, the quote's similarity given. The windows read for the context are
    never longer than :data:`CONTEXT` and are compared whole: a stored context shorter
    than that meant the text ended there, and is penalised if the text now goes on."""
    prefix = _similarity(quote.prefix, text[max(0, start - CONTEXT) : start])
    suffix = _similarity(quote.suffix, text[end : end + CONTEXT])
    position = 1.0 / (1.0 + abs(start - hint) / POSITION_SCALE)
    wq, wp, ws, wpos = _WEIGHTS
    total = (wq * quote_similarity + wp * prefix + ws * suffix + wpos * position) / _TOTAL
    return Candidate(start, end, total, quote_similarity, prefix, suffix)


def context_similarity(text: str, start: int, end: int, quote: TextQuote) -> tuple[float, float]:
    """How well the text before and after ``[start, end)`` matches the stored prefix and
    suffix (each 0..1)."""
    prefix = _similarity(quote.prefix, text[max(0, start - CONTEXT) : start])
    suffix = _similarity(quote.suffix, text[end : end + CONTEXT])
    return prefix, suffix


def elsewhere(
    text: str, start: int, end: int, quote: TextQuote, copies: CopyIndex | None = None
) -> list[Candidate]:
    """Exact occurrences of the quote outside ``[start, end)``, scored with ``start`` as the
    expected place (the nearest :data:`MAX_OCCURRENCES`); ``copies`` (of ``text``) finds
    them without reading the whole text each time."""
    length, found = len(quote.exact), list[int]()
    if copies is None:
        at = text.find(quote.exact)
        while at != -1 and len(found) < MOST_COPIES:  # forward only: one pass over the text
            if min(at + length, end) <= max(at, start):
                found.append(at)
            at = text.find(quote.exact, at + 1)
    else:
        for at in copies.find_all(quote.exact):
            if len(found) == MOST_COPIES:
                break
            if min(at + length, end) <= max(at, start):
                found.append(at)
    found.sort(key=lambda at: abs(at - start))
    return [score(text, at, at + length, quote, start) for at in found[:MAX_OCCURRENCES]]


def _similarity(stored: str, found: str) -> float:
    if stored == found:
        return 1.0
    return float(Levenshtein.normalized_similarity(stored, found))


def search(
    text: str,
    position: TextPosition,
    quote: TextQuote,
    *,
    hint: int | None = None,
    allowed: SpanFilter | None = None,
    both_sides: bool = False,
    within: Haystack | None = None,
) -> Placement:
    """Place ``quote`` in ``text``; ``hint`` is where it is expected to start (default: the
    stored start). ``allowed`` rejects candidate spans; ``both_sides`` asks the context to
    agree on both sides, not one; ``within``: where candidates (and rivals) are looked for,
    by default the whole text. An orphan keeps the stored span."""
    expected = position.start if hint is None else hint
    orphan = Placement("orphaned", position.start, position.end, 0.0)
    exact = quote.exact
    if not exact:
        return orphan
    start, end = position.start, position.end
    if text[start:end] == exact and (allowed is None or allowed(start, end)):
        prefix, suffix = context_similarity(text, start, end, quote)
        if max(prefix, suffix) == 1.0:  # where it was, one side of its context unchanged
            return Placement("exact", start, end, 1.0)
    everywhere = _candidates(within or Haystack(text), quote, expected)
    candidates = everywhere
    if allowed is not None:
        candidates = [c for c in everywhere if allowed(c.start, c.end)]
    if not candidates:
        return orphan
    placement = _decide(
        candidates, everywhere, position, orphan, both_sides=both_sides, expected=expected
    )
    if allowed is not None or placement.state not in PLACED_STATES:
        return placement
    return _doubted(text, quote, placement)


def _doubted(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """A placement by the quote alone, checked (``core.placement_doubts``): a fuzzy one
    paragraph by paragraph and for words that crossed its ends, any one for a paragraph
    pasted again beside one it reaches into; kept, trimmed of a paragraph, or reviewed."""
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
        or break_beside_a_twin(text, start, end)
        or pasted_beside(text, start, end, quote.exact)
    )
    return Placement("review" if doubtful else state, start, end, placement.score)


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
) -> Placement:
    """The best allowed candidate, if it clearly beats every other one (allowed or not) and
    has no twin (:func:`_twinned`) nearer to where it was ``expected`` (default: the stored
    start)."""
    best = max(candidates, key=lambda c: (c.score, -c.start))
    rivals = [c for c in everywhere if not _overlapping(c, best)]
    runner_up = max((c.score for c in rivals), default=0.0)
    lead = best.score - runner_up
    hint = position.start if expected is None else expected
    if abs(best.start - position.start) <= NEAR:
        agreement = min if both_sides else max
        agrees = agreement(best.prefix, best.suffix) >= CONTEXT_AGREES
    elif both_sides:
        agrees = min(best.prefix, best.suffix) >= CONTEXT_AGREES
    else:
        agrees = min(best.prefix, best.suffix) >= FAR_AGREES or _found_once(
            best, rivals, lead, hint
        )
    clear = lead >= MARGIN and (
        both_sides or not (_twinned(best, rivals, hint) or _far_copy(best, rivals, lead, hint))
    )
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


def _overlapping(a: Candidate, b: Candidate) -> bool:
    return min(a.end, b.end) - max(a.start, b.start) > 0


def _candidates(haystack: Haystack, quote: TextQuote, hint: int) -> list[Candidate]:
    text, exact = haystack.text, quote.exact
    found = [
        score(text, at, at + len(exact), quote, hint)
        for at in haystack.nearest(exact, hint, MAX_OCCURRENCES)
    ]
    seen = {c.start for c in found}
    for region in _fuzzy_regions(haystack, quote, hint):
        if any(abs(region - s) <= SEED for s in seen):
            continue
        refined = _refined(text, quote, region, hint)
        if refined is not None:
            found.append(refined)
            seen.add(refined.start)
    return found


def _fuzzy_regions(haystack: Haystack, quote: TextQuote, hint: int) -> list[int]:
    """Where the passage may start, suggested by exact pieces of it and of its context,
    most supported first."""
    exact = quote.exact
    length = len(exact)
    piece = min(SEED, max(3, length // 2))
    offsets = sorted(
        {0, max(0, length - piece), *range(0, length - piece, max(piece, length // 6))}
    )
    suggestions: list[int] = []
    for offset in offsets:
        chunk = exact[offset : offset + piece]
        if chunk.strip():
            suggestions += [at - offset for at in haystack.nearest(chunk, hint + offset, SEEDS)]
    if len(quote.prefix) >= SEED:
        chunk = quote.prefix[-SEED:]
        suggestions += [at + SEED for at in haystack.nearest(chunk, hint - SEED, SEEDS)]
    if len(quote.suffix) >= SEED:
        chunk = quote.suffix[:SEED]
        suggestions += [at - length for at in haystack.nearest(chunk, hint + length, SEEDS)]
    if not suggestions:
        return []
    suggestions.sort()
    clusters: list[list[int]] = [[suggestions[0]]]
    for at in suggestions[1:]:
        if at - clusters[-1][-1] <= max(SEED, length // 4):
            clusters[-1].append(at)
        else:
            clusters.append([at])
    clusters.sort(key=lambda c: (-len(c), abs(c[len(c) // 2] - hint)))
    strongest = len(clusters[0])
    # a region only one piece points at is worth a look only if nothing better exists
    kept = [c for c in clusters[:MAX_REGIONS] if len(c) > 1 or strongest == 1]
    return [max(0, c[len(c) // 2]) for c in kept]


def _refined(text: str, quote: TextQuote, region: int, hint: int) -> Candidate | None:
    """The best span around a suggested start, its ends pinned on the quote's own ends and
    on the context (each found approximately), every pair scored."""
    exact = quote.exact
    slack = len(exact) // 4 + PIN
    starts = _pinned(text, region, slack, quote.prefix[-PIN:], exact[:PIN], at_start=True)
    ends = _pinned(
        text, region + len(exact), slack, quote.suffix[:PIN], exact[-PIN:], at_start=False
    )
    if _at_word_boundary(quote.prefix[-1:], exact[:1]):
        starts = {_word_start(text, s) for s in starts}
    if _at_word_boundary(exact[-1:], quote.suffix[:1]):
        ends = {_word_end(text, e) for e in ends}
    best: Candidate | None = None
    for start, end in {_snap(text, s, e) for s in starts for e in ends if e > s}:
        found = text[start:end]
        if found == exact:
            similar = 1.0
        else:  # below the floor the span is dropped: its context need not be read
            similar = Levenshtein.normalized_similarity(exact, found, score_cutoff=QUOTE_FLOOR)
            if similar < QUOTE_FLOOR:
                continue
        candidate = _scored(text, start, end, quote, hint, similar)
        if best is None or candidate.score > best.score:
            best = candidate
    if best is not None and best.quote < 1.0:
        start, end = _on_own_ends(text, quote.exact, best.start, best.end)
        if (start, end) != (best.start, best.end):
            trimmed = score(text, start, end, quote, hint)
            if trimmed.quote > best.quote:
                best = trimmed
    return best


def _on_own_ends(text: str, exact: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the words before the quote's own first characters (after
    its own last ones) when it does not begin (end) as the quote does and those stand
    within :data:`EDGE_WORDS` code points of its ends:
    a word inserted beside a passage lies outside it, though the context then agrees less
    (the context and the quote pull the ends in opposite directions)."""
    head, tail = exact[:PIN], exact[-PIN:]
    if text[start : start + 1] != exact[:1] and not text.startswith(head, start):
        at = text.find(head, start + 1, start + len(head) + EDGE_WORDS)
        if at != -1 and text[at - 1].isspace() and at < end and text[start:at].strip():
            start = at
    if text[end - 1 : end] != exact[-1:] and not text.endswith(tail, start, end):
        at = text.rfind(tail, max(start, end - len(tail) - EDGE_WORDS), end - 1)
        stop = at + len(tail)
        if at != -1 and stop < len(text) and text[stop].isspace() and text[stop:end].strip():
            end = stop
    return start, end


def _pinned(
    text: str, rough: int, slack: int, context: str, own: str, *, at_start: bool
) -> set[int]:
    """Candidate offsets for one end: the rough one, and where the context and the quote's
    own characters at that end are found approximately within ``slack``."""
    rough = max(0, min(len(text), rough))
    lo, hi = max(0, rough - slack - len(context)), min(len(text), rough + slack + len(context))
    window = text[lo:hi]
    found = {rough}
    if not context and (rough <= slack if at_start else len(text) - rough <= slack):
        found.add(0 if at_start else len(text))  # the passage began (ended) the text
    if len(context) == PIN:
        aligned = fuzz.partial_ratio_alignment(context, window, score_cutoff=70)
        if aligned is not None:
            found.add(lo + (aligned.dest_end if at_start else aligned.dest_start))
    if own:
        aligned = fuzz.partial_ratio_alignment(own, window, score_cutoff=70)
        if aligned is not None:
            found.add(lo + (aligned.dest_start if at_start else aligned.dest_end))
    return found


def _at_word_boundary(before: str, after: str) -> bool:
    return not (before.isalnum() and after.isalnum())


def _word_start(text: str, offset: int) -> int:
    """``offset``, or the start of the word it falls inside."""
    while 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum():
        offset -= 1
    return offset


def _word_end(text: str, offset: int) -> int:
    """``offset``, or the end of the word it falls inside."""
    while 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum():
        offset += 1
    return offset


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep combining marks with their base character (grapheme boundaries, roughly)."""
    while 0 < start < len(text) and unicodedata.combining(text[start]):
        start -= 1
    while 0 < end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end
