"""Where a quoted passage may stand in a text: its exact copies, and spans grown from pieces."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq, Levenshtein

from desktop_app.core.anchoring import inside_a_word
from desktop_app.core.haystack import Haystack
from desktop_app.core.quote_scoring import (
    Candidate,
    prefix_similarity,
    score,
    score_at_most,
    scored,
    suffix_similarity,
    weighed,
)
from desktop_app.core.records import TextQuote

#: Least quote similarity of any fuzzy candidate.
QUOTE_FLOOR = 0.5
#: Code points in a seed piece, and in the pieces that pin a candidate's ends.
SEED = 8
PIN = 12
#: Most code points of words inserted beside a passage that its fuzzy ends are moved over.
EDGE_WORDS = 24
#: Most code points typed between a line's list mark and a passage that began at the mark.
LINE_MARK_GAP = 6
_LETTERS = re.compile(r"[^\W\d_]+")
#: Exact occurrences and seeds looked at per piece (the nearest to the expected place).
MAX_OCCURRENCES = 64
#: Occurrences of each seed piece looked at (the nearest to where it is expected).
SEEDS = 16
#: Fuzzy regions refined per search (the best supported).
MAX_REGIONS = 10


def exact_copies(haystack: Haystack, quote: TextQuote, hint: int) -> list[Candidate]:
    """The exact copies of the quote nearest ``hint`` (:data:`MAX_OCCURRENCES`), scored."""
    text, exact = haystack.text, quote.exact
    length = len(exact)
    return [  # each is the quote itself: its quote similarity is 1.0, as score would find
        scored(text, at, at + length, quote, hint, 1.0)
        for at in haystack.nearest(exact, hint, MAX_OCCURRENCES)
    ]


class Limits(NamedTuple):
    """Quote similarity and score that a fuzzy candidate must reach to change what the
    search makes of the exact copies alone."""

    quote: float
    score: float


def find_candidates(
    haystack: Haystack,
    quote: TextQuote,
    hint: int,
    copies: list[Candidate],
    limits_of: Callable[[list[Candidate]], Limits | None] | None = None,
    memo: Refinements | None = None,
) -> list[Candidate]:
    """The exact ``copies`` of the quote and the best span around each region that pieces
    of it suggest (``memo``: what earlier searches of the same text worked out).
    ``limits_of`` tells, for the candidates found so far, what a further one must reach
    to change the choice among them (None: anything may); the regions left are not
    refined once no span around any of them can reach that (:func:`_reach`). Every
    candidate left out is then under the limits of the ones kept, and so changes nothing,
    alone or together."""
    text, exact = haystack.text, quote.exact
    found = list(copies)
    seen = sorted({c.start for c in found})  # starts of the candidates found, for bisect
    regions = _fuzzy_regions(haystack, quote, hint)
    reaches: dict[int, float] = {} if memo is None else memo.reaches.setdefault(exact, {})
    limits: Limits | None = None
    limits_for = -1  # how many candidates ``limits`` was worked out for
    blocked_at = -1  # the region that kept the last check from ending (same candidates)
    for index, region in enumerate(regions):
        if limits_of is not None and found:
            if limits_for != len(found):
                limits, limits_for, blocked_at = limits_of(found), len(found), -1
            if limits is not None and blocked_at < index:
                # with the same candidates, the regions between here and the one that
                # blocked the last check are still under the limits or beside a candidate
                blocked_at = _first_reaching(reaches, text, exact, regions, index, seen, limits)
                if blocked_at == -1:
                    return found
        if _beside(seen, region):
            continue
        refined = _refined(text, quote, region, hint, memo)
        if refined is not None:
            found.append(refined)
            insort(seen, refined.start)
    return found


def _first_reaching(
    reaches: dict[int, float],
    text: str,
    exact: str,
    regions: list[int],
    first: int,
    seen: list[int],
    limits: Limits,
) -> int:
    """The index of the first region from ``first`` on, not beside a candidate found
    (``seen``), some span around which may reach ``limits``; -1 if there is none."""
    for index in range(first, len(regions)):
        region = regions[index]
        if not _beside(seen, region) and not _below(
            _reach_of(reaches, text, exact, region), limits
        ):
            return index
    return -1


def _beside(seen: list[int], region: int) -> bool:
    """Whether a start in ``seen`` (sorted) lies within :data:`SEED` of ``region``."""
    at = bisect_left(seen, region - SEED)
    return at < len(seen) and seen[at] <= region + SEED


def _reach_of(reaches: dict[int, float], text: str, exact: str, region: int) -> float:
    """:func:`_reach`, remembered in ``reaches`` (a region is asked about again)."""
    reach = reaches.get(region)
    if reach is None:
        reach = reaches[region] = _reach(text, exact, region)
    return reach


def _below(reach: float, limits: Limits) -> bool:
    return reach < limits.quote and score_at_most(reach) < limits.score


def _reach(text: str, exact: str, region: int) -> float:
    """The most quote similarity any span that :func:`_refined` makes around ``region``
    can have: the longest common subsequence of the quote and the stretch those spans lie
    in (their ends pinned within the slack, then moved out to word ends, never past a
    space or a line break), over the quote's length. (Levenshtein distance is at least the
    longer length less the common subsequence, so normalised similarity is at most that.)"""
    length, size = len(exact), len(text)
    slack = length // 4 + PIN
    # clamped with comparisons, not min and max (called for every region of a search)
    first = (region if region < size else size) - slack - PIN
    first = first if first > 0 else 0
    last = region + length
    last = (size if last > size else last if last > 0 else 0) + slack + PIN
    last = last if last < size else size
    space = text.rfind(" ", 0, first)
    line = text.rfind("\n", space + 1, first)
    lo = line if line > space else space
    lo = lo if lo > 0 else 0
    space = text.find(" ", last)
    hi = len(text) if space == -1 else space
    line_end = text.find("\n", last, hi)
    hi = hi if line_end == -1 else line_end
    return float(LCSseq.similarity(exact, text[lo:hi])) / length


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
            suggestions += [at - offset for at in haystack.near(chunk, hint + offset, SEEDS)]
    if len(quote.prefix) >= SEED:
        chunk = quote.prefix[-SEED:]
        suggestions += [at + SEED for at in haystack.near(chunk, hint - SEED, SEEDS)]
    if len(quote.suffix) >= SEED:
        chunk = quote.suffix[:SEED]
        suggestions += [at - length for at in haystack.near(chunk, hint + length, SEEDS)]
    if not suggestions:
        return []
    suggestions.sort()
    gap = max(SEED, length // 4)
    cluster = [suggestions[0]]
    clusters: list[list[int]] = [cluster]
    last = suggestions[0]
    for at in suggestions[1:]:
        if at - last <= gap:
            cluster.append(at)
        else:
            cluster = [at]
            clusters.append(cluster)
        last = at
    # a region only one piece points at is worth a look only if nothing better exists
    # (so only the others are ordered, most supported first, then nearest, when there are)
    kept = [c for c in clusters if len(c) > 1] or clusters
    kept.sort(key=lambda c: (-len(c), abs(c[len(c) // 2] - hint)))
    medians = [c[len(c) // 2] for c in kept[:MAX_REGIONS]]
    return [at if at > 0 else 0 for at in medians]


#: A span around a region and its parts (start, end, quote, prefix and suffix similarity).
Scored = tuple[int, int, float, float, float]


class Refinements:
    """What the searches of one batch (one text) work out around a region for a quote,
    where it was expected aside: the spans scored there and the most similarity any of
    them can reach. A passage looked for again (among its anchors, in review) meets the
    same regions; its candidates are then weighed anew for where it is expected now."""

    def __init__(self) -> None:
        self.spans: dict[tuple[TextQuote, int], list[Scored]] = {}
        self.reaches: dict[str, dict[int, float]] = {}  # per quote, per region


def _refined(
    text: str, quote: TextQuote, region: int, hint: int, memo: Refinements | None = None
) -> Candidate | None:
    """The best span around a suggested start, its ends pinned on the quote's own ends and
    on the context (each found approximately), every pair scored (``memo``: the spans of
    earlier searches of the same text)."""
    if memo is None:
        spans = _spans_around(text, quote, region)
    else:
        key = (quote, region)
        known = memo.spans.get(key)
        spans = memo.spans[key] = _spans_around(text, quote, region) if known is None else known
    best: Candidate | None = None
    for start, end, similar, prefix, suffix in spans:
        candidate = weighed(start, end, hint, similar, prefix, suffix)
        if best is None or candidate.score > best.score:
            best = candidate
    if best is not None and best.quote < 1.0:
        start, end = _on_own_ends(text, quote.exact, best.start, best.end)
        if (start, end) != (best.start, best.end):
            trimmed = score(text, start, end, quote, hint)
            if trimmed.quote > best.quote:
                best = trimmed
        marked = _at_line_mark(text, quote, best.start)
        if marked != best.start:
            best = score(text, marked, best.end, quote, hint)
    return best


def _spans_around(text: str, quote: TextQuote, region: int) -> list[Scored]:
    """The spans :func:`_refined` weighs around ``region``, in the order it weighs them:
    their ends pinned, moved out to word ends and past combining marks, each span at
    least :data:`QUOTE_FLOOR` similar to the quote, its parts scored."""
    exact = quote.exact
    slack = len(exact) // 4 + PIN
    starts = _pinned(text, region, slack, quote.prefix[-PIN:], exact[:PIN], at_start=True)
    ends = _pinned(
        text, region + len(exact), slack, quote.suffix[:PIN], exact[-PIN:], at_start=False
    )
    if _at_word_boundary(quote.prefix[-3:], exact[:2]):
        starts = {_word_start(text, s) for s in starts}
    if _at_word_boundary(exact[-2:], quote.suffix[:2]):
        ends = {_word_end(text, e) for e in ends}
    snapped_starts = {s: _snap_start(text, s) for s in starts}  # an end snaps alone
    snapped_ends = {e: _snap_end(text, e) for e in ends}
    spans: list[Scored] = []
    prefixes: dict[int, float] = {}  # each start's and end's context is read once
    suffixes: dict[int, float] = {}
    for start, end in {(snapped_starts[s], snapped_ends[e]) for s in starts for e in ends if e > s}:
        found = text[start:end]
        if found == exact:
            similar = 1.0
        else:  # below the floor the span is dropped: its context need not be read
            similar = Levenshtein.normalized_similarity(exact, found, score_cutoff=QUOTE_FLOOR)
            if similar < QUOTE_FLOOR:
                continue
        prefix = prefixes.get(start)
        if prefix is None:
            prefix = prefixes[start] = prefix_similarity(text, start, quote)
        suffix = suffixes.get(end)
        if suffix is None:
            suffix = suffixes[end] = suffix_similarity(text, end, quote)
        spans.append((start, end, similar, prefix, suffix))
    return spans


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


def _at_line_mark(text: str, quote: TextQuote, start: int) -> int:
    """``start``, or the start of its line when the quote began a line with a list mark
    ("- ", "* ", "• ") that the line still begins with, and only a box or a tick ("[ ] ",
    "[x] ", :data:`LINE_MARK_GAP` code points at most, no word of two letters) was typed
    between the mark and ``start``: the quote then matches better without the mark's
    line start (it matches "] Item" a letter off), though the passage begins at the mark."""
    exact = quote.exact
    mark = exact.split(None, 1)[0] if exact.strip() else ""
    if (
        not mark
        or len(mark) > 2
        or any(character.isalnum() for character in mark)
        or not exact[len(mark) : len(mark) + 1].isspace()
        or (quote.prefix and not quote.prefix.endswith("\n"))
        or text.startswith(mark, start)
    ):
        return start
    line = text.rfind("\n", 0, start) + 1
    typed = text[line + len(mark) : start]
    if (
        not 0 < len(typed) <= LINE_MARK_GAP
        or not text.startswith(mark, line)
        or not typed[0].isspace()
        or any(len(word) > 1 for word in _LETTERS.findall(typed))
    ):
        return start
    return line


def _pinned(
    text: str, rough: int, slack: int, context: str, own: str, *, at_start: bool
) -> set[int]:
    """Candidate offsets for one end: the rough one, and where the context and the quote's
    own characters at that end are found approximately within ``slack``."""
    size, reach = len(text), slack + len(context)
    rough = 0 if rough < 0 else size if rough > size else rough  # comparisons: a hot path
    lo = rough - reach if rough > reach else 0
    hi = rough + reach if rough + reach < size else size
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
    return not inside_a_word(before, after)


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


def _snap_start(text: str, start: int) -> int:
    """Keep combining marks with their base character (grapheme boundaries, roughly): a
    start inside a run of them moves back to its base."""
    while 0 < start < len(text) and unicodedata.combining(text[start]):
        start -= 1
    return start


def _snap_end(text: str, end: int) -> int:
    """An end inside a run of combining marks moves past them."""
    while 0 < end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end
