"""Placing annotations again when an article's text changes (formats.md section 2.4).

Each annotation is found again from its position, its quote and the quote's context:

1. every exact occurrence of the quote near where it was expected (then in the whole
   text) is a candidate; the old offsets are one of them when the quote is still there;
2. when the quote occurs nowhere, a fuzzy candidate is found with RapidFuzz (already a
   dependency, C++, no alphabet limit unlike edlib's 256 symbols, which most CJK articles
   exceed): ``partial_ratio_alignment`` gives a rough place, whose ends are then refined
   from the stored prefix and suffix (or the quote's own first and last characters);
3. candidates are scored as Hypothesis does, ``(50·quote + 20·prefix + 20·suffix +
   2·position) / 92``, and the best is accepted only above :data:`THRESHOLD` (and, for a
   fuzzy one, when the quote itself is at least :data:`QUOTE_FLOOR` similar), or, below
   it, for a long quote that occurs exactly once or almost unchanged (the context around
   it may have been rewritten). Anything else is orphaned: an orphan is visible and can
   be re-attached; a misplaced annotation is silently wrong.

Results are classified as ``exact`` (same offsets), ``moved`` (same quote elsewhere),
``fuzzy`` (a similar passage) or ``orphaned``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

import msgspec
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from desktop_app.core.anchoring import CONTEXT, describe, trim_span
from desktop_app.core.annotation_edits import SpanError
from desktop_app.core.edits import Compound, Edit, Replace
from desktop_app.core.project import Project
from desktop_app.core.records import (
    AnchorState,
    Annotation,
    TextPosition,
    TextQuote,
    utc_now,
)
from desktop_app.core.text import canonicalize, sha256_hex

#: Minimum score (0..1) of an accepted candidate; lower means orphaned.
THRESHOLD = 0.75
#: Minimum similarity of a fuzzy candidate's text to the stored quote.
QUOTE_FLOOR = 0.5
#: A quote at least this long (code points) is accepted below the threshold when it occurs
#: exactly once, or when the passage found is at least :data:`STRONG_QUOTE` similar to it.
LONG_QUOTE = 30
STRONG_QUOTE = 0.9
#: Exact occurrences are first looked for this far (code points) around the expected place.
NEAR = 4096
#: Most exact occurrences scored for one quote (the nearest to the expected place).
MAX_CANDIDATES = 200
#: Longest text searched whole for a fuzzy match (beyond, only around the expected place:
#: a passage both moved far and edited is rare, and each search costs ~4 ms per MB).
WHOLE_TEXT_FUZZY = 200_000
#: Characters of context used to pin a fuzzy candidate's ends.
PIN = 12

_WEIGHTS = (50.0, 20.0, 20.0, 2.0)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an annotation landed: its state, span in the new text, and score (0..1)."""

    state: AnchorState
    start: int
    end: int
    score: float

    @property
    def placed(self) -> bool:
        """True unless the annotation was orphaned."""
        return self.state != "orphaned"


def place(
    text: str, position: TextPosition, quote: TextQuote, *, hint: int | None = None
) -> Placement:
    """Find the passage of ``text`` that ``position`` and ``quote`` describe.

    ``hint`` is where the passage is expected to start now (default: the old start);
    callers re-anchoring many annotations pass the old start shifted by the offset
    change seen on the previous one. An orphan keeps the old offsets.
    """
    expected = position.start if hint is None else hint
    orphan = Placement("orphaned", position.start, position.end, 0.0)
    if not quote.exact:
        return orphan
    best = _best_exact(text, position, quote, expected)
    if best is not None and _accepted(text, best, quote):
        return best
    fuzzy = _best_fuzzy(text, quote, expected)
    if fuzzy is not None and (best is None or fuzzy.score > best.score):
        best = fuzzy
    if best is None or not _accepted(text, best, quote):
        return orphan
    return best


def _accepted(text: str, candidate: Placement, quote: TextQuote) -> bool:
    """Above the threshold; or a long quote found unchanged and only once, or found
    almost unchanged: strong evidence even where the context around it was rewritten."""
    if candidate.score >= THRESHOLD:
        return True
    if len(quote.exact) < LONG_QUOTE:
        return False
    if candidate.state == "fuzzy":
        return _similarity(quote.exact, text[candidate.start : candidate.end]) >= STRONG_QUOTE
    return text.find(quote.exact, text.find(quote.exact) + 1) == -1


def _best_exact(
    text: str, position: TextPosition, quote: TextQuote, expected: int
) -> Placement | None:
    exact = quote.exact
    near = _occurrences(text, exact, expected - NEAR, expected + len(exact) + NEAR)
    best = _context_score(text, near, quote, expected) if near else None
    if best is None or best[0] < THRESHOLD:
        everywhere = _occurrences(text, exact, 0, len(text))
        if len(everywhere) > len(near):
            best = _context_score(text, everywhere, quote, expected)
    if best is None:
        return None
    score, start = best
    end = start + len(exact)
    same = start == position.start and end == position.end
    return Placement("exact" if same else "moved", start, end, score)


def _occurrences(text: str, needle: str, lo: int, hi: int) -> list[int]:
    lo, hi = max(0, lo), min(len(text), hi)
    found: list[int] = []
    at = text.find(needle, lo, hi)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1, hi)
    return found


def _context_score(
    text: str, starts: list[int], quote: TextQuote, expected: int
) -> tuple[float, int]:
    """The best (score, start) among exact occurrences; ties go to the nearest."""
    if len(starts) > MAX_CANDIDATES:
        starts = sorted(starts, key=lambda s: abs(s - expected))[:MAX_CANDIDATES]
    length = len(quote.exact)
    best_score, best_start = -1.0, starts[0]
    for start in starts:
        score = _score(text, start, start + length, quote, 1.0, expected)
        nearer = abs(start - expected) < abs(best_start - expected)
        if score > best_score + 1e-9 or (abs(score - best_score) <= 1e-9 and nearer):
            best_score, best_start = score, start
    return best_score, best_start


def _score(
    text: str, start: int, end: int, quote: TextQuote, quote_similarity: float, expected: int
) -> float:
    # Context is compared with a full CONTEXT-long window: a stored prefix shorter than
    # that means the passage started the text, so a candidate that does not is penalised.
    prefix_score = _similarity(quote.prefix, text[max(0, start - CONTEXT) : start], tail=True)
    suffix_score = _similarity(quote.suffix, text[end : end + CONTEXT], tail=False)
    position_score = 1.0 - min(1.0, abs(start - expected) / max(1, len(text)))
    wq, wp, ws, wpos = _WEIGHTS
    total = wq * quote_similarity + wp * prefix_score + ws * suffix_score + wpos * position_score
    return total / sum(_WEIGHTS)


def _similarity(stored: str, found: str, *, tail: bool | None = None) -> float:
    """1 - normalised edit distance; for context, ``found`` is cut to the stored length
    unless the stored context is short (the text ended there)."""
    if tail is not None and len(stored) == CONTEXT:
        found = found[-CONTEXT:] if tail else found[:CONTEXT]
    if stored == found:
        return 1.0
    return float(Levenshtein.normalized_similarity(stored, found))


def _best_fuzzy(text: str, quote: TextQuote, expected: int) -> Placement | None:
    exact = quote.exact
    reach = 256 + 2 * len(exact)
    windows = [(max(0, expected - reach), min(len(text), expected + len(exact) + reach))]
    if windows[0] != (0, len(text)) and len(text) <= WHOLE_TEXT_FUZZY:
        windows.append((0, len(text)))
    cutoff = 100.0 * QUOTE_FLOOR
    for lo, hi in windows:
        rough = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=cutoff)
        if rough is None:
            continue
        best = _refined(text, quote, lo + rough.dest_start, lo + rough.dest_end, expected)
        if best is not None and best.score >= THRESHOLD:
            return best
    return None


def _refined(
    text: str, quote: TextQuote, rough_start: int, rough_end: int, expected: int
) -> Placement | None:
    """The best span near a rough match, its ends pinned on context or on the quote's ends.

    Each end has a few candidates: the rough end, the stored context found exactly, the
    context found approximately, and the quote's own first (last) characters found
    approximately. Every pair is scored like any candidate; the best one wins.
    """
    exact, slack = quote.exact, len(quote.exact) // 2 + PIN
    starts = _start_candidates(text, quote.prefix[-PIN:], exact[:PIN], rough_start, slack)
    ends = _end_candidates(text, quote.suffix[:PIN], exact[-PIN:], rough_end, slack)
    # A passage that began (ended) on a word boundary still does: never cut into a word.
    if _at_word_boundary(quote.prefix[-1:], exact[:1]):
        starts = {_word_boundary(text, start) for start in starts}
    if _at_word_boundary(exact[-1:], quote.suffix[:1]):
        ends = {_word_boundary(text, end) for end in ends}
    best: Placement | None = None
    for start, end in {_snap(text, s, e) for s in starts for e in ends if e > s}:
        similarity = _similarity(exact, text[start:end])
        if similarity < QUOTE_FLOOR:
            continue
        score = _score(text, start, end, quote, similarity, expected)
        if best is None or score > best.score:
            best = Placement("fuzzy", start, end, score)
    return best


def _at_word_boundary(before: str, after: str) -> bool:
    return not (before.isalnum() and after.isalnum())


def _word_boundary(text: str, offset: int) -> int:
    """``offset``, or the start of the word it falls inside."""
    while 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum():
        offset -= 1
    return offset


def _start_candidates(text: str, prefix: str, head: str, rough: int, slack: int) -> set[int]:
    lo, hi = max(0, rough - slack - len(prefix)), min(len(text), rough + slack)
    found = {rough}
    if not prefix and rough <= slack:
        found.add(0)  # the passage started the text
    if len(prefix) == PIN:
        exact = _nearest(_occurrences(text, prefix, lo, hi), rough - len(prefix))
        if exact is not None:
            found.add(exact + len(prefix))
        aligned = fuzz.partial_ratio_alignment(prefix, text[lo:hi], score_cutoff=70)
        if aligned is not None:
            found.add(lo + aligned.dest_end)
    aligned = fuzz.partial_ratio_alignment(head, text[lo:hi], score_cutoff=70)
    if aligned is not None:
        found.add(lo + aligned.dest_start)
    return found


def _end_candidates(text: str, suffix: str, tail: str, rough: int, slack: int) -> set[int]:
    lo, hi = max(0, rough - slack), min(len(text), rough + slack + len(suffix))
    found = {rough}
    if not suffix and len(text) - rough <= slack:
        found.add(len(text))  # the passage ended the text
    if len(suffix) == PIN:
        exact = _nearest(_occurrences(text, suffix, lo, hi), rough)
        if exact is not None:
            found.add(exact)
        aligned = fuzz.partial_ratio_alignment(suffix, text[lo:hi], score_cutoff=70)
        if aligned is not None:
            found.add(lo + aligned.dest_start)
    aligned = fuzz.partial_ratio_alignment(tail, text[lo:hi], score_cutoff=70)
    if aligned is not None:
        found.add(lo + aligned.dest_end)
    return found


def _nearest(candidates: list[int], target: int) -> int | None:
    return min(candidates, key=lambda c: abs(c - target)) if candidates else None


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep combining marks with their base character (grapheme boundaries, roughly)."""
    while 0 < start < len(text) and unicodedata.combining(text[start]):
        start -= 1
    while 0 < end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end


# -- re-anchoring a project's annotations ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """What happened to one annotation: its old span and where it landed."""

    annotation_id: str
    old_start: int
    old_end: int
    placement: Placement

    @property
    def state(self) -> AnchorState:
        """exact, moved, fuzzy or orphaned."""
        return self.placement.state


@dataclass(frozen=True)
class Reanchoring:
    """The outcome of giving an article a new text: one result per annotation, one edit."""

    results: tuple[AnchorResult, ...]
    #: Replaces the article and updates its annotations; apply it (or push it to undo).
    edit: Edit

    def count(self, state: AnchorState) -> int:
        """How many annotations ended in ``state``."""
        return sum(1 for result in self.results if result.state == state)

    def summary(self) -> str:
        """ "12 exact, 3 moved, 1 fuzzy, 0 orphaned"."""
        states: tuple[AnchorState, ...] = ("exact", "moved", "fuzzy", "orphaned")
        return ", ".join(f"{self.count(state)} {state}" for state in states)


def replace_article_text(
    project: Project, article_id: str, new_text: str, *, now: datetime | None = None
) -> Reanchoring:
    """Give an article a new text (canonicalised here) and place its annotations again.

    Annotations are visited in text order, each expected where the previous one moved
    by the same amount. A placed annotation gets its new offsets, a quote and context
    re-read from the new text, and its anchor state; an orphan keeps its old selectors
    with ``anchor="orphaned"``. Nothing changes until the returned edit is applied.
    """
    article = project.articles[article_id]
    text = canonicalize(new_text)
    now = now or utc_now()
    new_article = msgspec.structs.replace(article, text=text, sha256=sha256_hex(text))
    edits: list[Edit] = [Replace("Replace text", article, new_article)]
    results: list[AnchorResult] = []
    unchanged = _Unchanged(article.text, text)
    shift = 0
    for annotation in sorted(project.annotations_of(article_id), key=_text_order):
        placement = unchanged.place(annotation) or place(
            text, annotation.position, annotation.quote, hint=annotation.start + shift
        )
        if placement.placed:
            shift = placement.start - annotation.start
        results.append(AnchorResult(annotation.id, annotation.start, annotation.end, placement))
        updated = _updated(annotation, text, placement, now)
        if updated is not None:
            edits.append(Replace("Re-anchor", annotation, updated))
    label = f"Update text of “{article.title}”"
    return Reanchoring(tuple(results), Compound(label, tuple(edits)))


class _Unchanged:
    """The stretches at the start and the end that the old and new texts share.

    An annotation lying, with its context, inside either one is where it was (shifted by
    the change in length for the end stretch): no search needed. This makes an edit in
    one place of a long article cost next to nothing per annotation.
    """

    def __init__(self, old: str, new: str) -> None:
        self.old_length = len(old)
        self.delta = len(new) - len(old)
        self.head = _common_prefix(old, new)
        self.tail = min(_common_suffix(old, new), min(len(old), len(new)) - self.head)

    def place(self, annotation: Annotation) -> Placement | None:
        if annotation.anchor == "orphaned":
            return None
        start, end = annotation.start, annotation.end
        if len(annotation.quote.exact) != end - start:
            return None
        if end + CONTEXT <= self.head:
            return Placement("exact", start, end, 1.0)
        if start - CONTEXT >= self.old_length - self.tail:
            state: AnchorState = "exact" if self.delta == 0 else "moved"
            return Placement(state, start + self.delta, end + self.delta, 1.0)
        return None


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix (binary search over slice comparisons)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        middle = (lo + hi + 1) // 2
        if a[lo:middle] == b[lo:middle]:
            lo = middle
        else:
            hi = middle - 1
    return lo


def _common_suffix(a: str, b: str) -> int:
    """Length of the longest common suffix."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        middle = (lo + hi + 1) // 2
        if a[len(a) - middle : len(a) - lo] == b[len(b) - middle : len(b) - lo]:
            lo = middle
        else:
            hi = middle - 1
    return lo


def reattach(
    project: Project, annotation_id: str, start: int, end: int, *, now: datetime | None = None
) -> Edit:
    """Attach an (orphaned) annotation to ``[start, end)`` of its article, as one edit.

    The span is trimmed of surrounding white space; all selectors are rewritten from the
    article's current text and the anchor becomes ``exact``. Raises ``SpanError``.
    """
    annotation = project.annotations[annotation_id]
    text = project.articles[annotation.article].text
    if not 0 <= start <= end <= len(text):
        raise SpanError(f"{start}..{end} is outside the article ({len(text)} characters)")
    start, end = trim_span(text, start, end)
    if start == end:
        raise SpanError("nothing to attach to: the selection is empty or only white space")
    position, quote = describe(text, start, end)
    updated = msgspec.structs.replace(
        annotation, position=position, quote=quote, anchor="exact", modified=now or utc_now()
    )
    return Replace("Re-attach annotation", annotation, updated)


def _text_order(annotation: Annotation) -> tuple[int, int]:
    return annotation.start, annotation.end


def _updated(
    annotation: Annotation, text: str, placement: Placement, now: datetime
) -> Annotation | None:
    """The annotation after re-anchoring, or None when nothing about it changed."""
    if not placement.placed:
        if annotation.anchor == "orphaned":
            return None
        return msgspec.structs.replace(annotation, anchor="orphaned", modified=now)
    position, quote = describe(text, placement.start, placement.end)
    state = placement.state
    if state == "exact" and annotation.anchor != "exact" and quote == annotation.quote:
        state = annotation.anchor  # a passage that did not move keeps its earlier review state
        if state == "orphaned":
            state = "exact"
    if position == annotation.position and quote == annotation.quote and state == annotation.anchor:
        return None
    return msgspec.structs.replace(
        annotation, position=position, quote=quote, anchor=state, modified=now
    )
