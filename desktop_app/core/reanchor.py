"""Placing annotations again when an article's text changes (formats.md section 2.4).

When the old text is known (Update Text, ``parallax update``, a change on disk), each
annotation is mapped through a diff of old -> new (``core.alignment``): a passage whose
characters all survive in one stretch is ``exact`` (same offsets) or ``moved``; one
edited inside but at least :data:`SURVIVES` still there is ``fuzzy``, its new ends on the
first and last surviving characters; the rest is looked for by its quote
(``core.quote_search``) only in text the update inserted, so a deleted passage is never
placed on another copy of the same words, and is orphaned otherwise.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

import msgspec

from desktop_app.core.alignment import Alignment, Block
from desktop_app.core.anchoring import CONTEXT, describe, trim_span
from desktop_app.core.annotation_edits import SpanError
from desktop_app.core.edits import Compound, Edit, Replace
from desktop_app.core.line_neighbours import (
    NEIGHBOUR_SHIFT,
    LeftBehind,
    Lines,
    RepeatedLines,
    Twins,
    shift_agrees,
)
from desktop_app.core.project import Project
from desktop_app.core.quote_search import MARGIN, context_similarity, elsewhere, score, search
from desktop_app.core.quote_search import Placement as Placement
from desktop_app.core.records import (
    AnchorState,
    Annotation,
    TextPosition,
    TextQuote,
    utc_now,
)
from desktop_app.core.text import canonicalize, sha256_hex

#: Least share of a passage's characters that must survive for the diff to place it.
SURVIVES = 0.5
#: A passage whose characters went to two places, this share or more of them to the
#: smaller one, is placed (on the larger) for review.
SPLIT = 0.1
#: Old text (code points) that short pieces at a passage's ends may span and still be kept.
GAP = 32
#: Pieces shorter than this at the ends of a passage may be stray (``_without_stray_ends``).
STRAY = 8
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
#: Least share of a candidate span that must be new text for the quote search after a diff
#: (which therefore looks only in and around stretches of inserted text that hold at least
#: a quarter of the passage's length).
NEW_TEXT = 0.5


def place(
    text: str, position: TextPosition, quote: TextQuote, *, hint: int | None = None
) -> Placement:
    """Find the passage that ``position`` and ``quote`` describe in ``text`` (whose earlier
    version is unknown): see ``core.quote_search``."""
    return search(text, position, quote, hint=hint)


def map_through(
    alignment: Alignment, new_text: str, position: TextPosition, quote: TextQuote
) -> Placement:
    """Place an annotation of the old text in the new one through ``alignment``."""
    start, end = position.start, position.end
    if end <= start:
        return Placement("orphaned", start, end, 0.0)
    unchanged = _unchanged_with_context(alignment, start, end, quote)
    if unchanged is not None:  # the passage and its context came along as they were
        return Placement(
            "exact" if unchanged == start else "moved", unchanged, unchanged + end - start, 1.0
        )
    pieces, elsewhere = _main_stretch(alignment, alignment.pieces(start, end))
    survived = sum(piece.length for piece in pieces)
    if (
        survived == end - start
        and len(pieces) == 1
        and new_text[pieces[0].new : pieces[0].new + survived] == quote.exact
    ):
        return _checked(
            alignment, new_text, position, quote, pieces, pieces[0].new, pieces[0].new + survived, 0
        )
    if survived >= SURVIVES * (end - start):
        last = pieces[-1]
        new_start, new_end = _whole_words(new_text, pieces[0].new, last.new + last.length, quote)
        new_start, new_end = _lost_ends_found(
            alignment.old[start : pieces[0].old],
            alignment.old[last.old + last.length : end],
            new_text,
            new_start,
            new_end,
        )
        if new_end > new_start:
            return _checked(
                alignment, new_text, position, quote, pieces, new_start, new_end, elsewhere
            )
    hint = alignment.shifted(start)

    def inserted(lo: int, hi: int) -> bool:
        return alignment.unaligned_share(lo, hi) >= NEW_TEXT

    return search(
        new_text,
        position,
        quote,
        hint=hint,
        allowed=inserted,
        both_sides=True,
        within=alignment.inserted((end - start) // 4),
    )


def _unchanged_with_context(
    alignment: Alignment, start: int, end: int, quote: TextQuote
) -> int | None:
    """The new start of a passage that lies, with all its stored context, inside one
    surviving block (nothing to check: no diff misreads a stretch that long), else None."""
    lo, hi = start - len(quote.prefix), end + len(quote.suffix)
    pieces = alignment.pieces(lo, hi)
    if len(pieces) != 1 or pieces[0].length != hi - lo:
        return None
    if len(quote.prefix) < CONTEXT and start > len(quote.prefix):
        return None  # the stored context is short of what the old text had: not describing it
    return pieces[0].new + len(quote.prefix)


def _checked(
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
        new_end - new_start > GROWS * (end - start)
        or elsewhere >= SPLIT * (end - start)
        or (not moved and alignment.support(start, end, new_start, new_end, REACH) < SUPPORTED)
        or _context_doubtful(new_text, new_start, new_end, quote, moved)
        or _paragraphs_between(new_text, pieces)
    )
    survived = sum(piece.length for piece in pieces) / (end - start)
    return Placement("review" if doubtful else state, new_start, new_end, survived)


def _paragraphs_between(text: str, pieces: list[Block]) -> bool:
    """Whether whole paragraphs now stand between two pieces of a passage (new ones, or
    moved from elsewhere and edited: which the passage takes in is the reader's call)."""
    for before, after in pairwise(pieces):
        lo, hi = before.new + before.length, after.new
        if hi - lo > GAP and "\n" in text[lo:hi].strip():
            return True
    return False


def _lost_ends_found(head: str, tail: str, text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown over the passage's lost ``head`` (``tail``) where the text
    right before (after) it still reads so, white space aside: the diff matched those
    characters to another copy of them, but they did not go anywhere."""
    head, tail = head.strip(), tail.strip()
    if head:
        found = _reads(text[::-1], len(text) - start, head[::-1])
        if found is not None:
            start = len(text) - found
    if tail:
        found = _reads(text, end, tail)
        if found is not None:
            end = found
    return start, end


def _reads(text: str, at: int, words: str) -> int | None:
    """Where ``words`` end if ``text`` reads so from ``at`` on (after white space), any run
    of white space standing for any other (a re-wrapped line, a joined paragraph, a
    non-breaking space); else None."""
    while at < len(text) and text[at].isspace():
        at += 1
    index = 0
    while index < len(words):
        if words[index].isspace():
            if at >= len(text) or not text[at].isspace():
                return None
            while index < len(words) and words[index].isspace():
                index += 1
            while at < len(text) and text[at].isspace():
                at += 1
        elif at < len(text) and text[at] == words[index]:
            index += 1
            at += 1
        else:
            return None
    return at


def _whole_words(text: str, start: int, end: int, quote: TextQuote) -> tuple[int, int]:
    """``[start, end)`` without white space at its ends, and grown to whole words where
    the passage began (ended) on a word boundary."""
    start, end = trim_span(text, start, end)
    if not (quote.prefix[-1:].isalnum() and quote.exact[:1].isalnum()):
        while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
    if not (quote.exact[-1:].isalnum() and quote.suffix[:1].isalnum()):
        while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
    return start, end


def _context_doubtful(text: str, start: int, end: int, quote: TextQuote, moved: bool) -> bool:
    """Whether the context casts doubt on a placement by the diff: it disagrees on both
    sides (unrelated texts share sentences); or the quote occurs elsewhere too, and the
    context changed on either side or another copy fits about as well (identical
    paragraphs are matched to each other arbitrarily by a diff). A block moved as a whole
    (a line or sentence found once in each text) is its own evidence, unless it is short
    and found among other words on both sides (a byline in another article)."""
    if moved and end - start >= SHORT_MOVE:
        return False
    prefix, suffix = context_similarity(text, start, end, quote)
    if max(prefix, suffix) < DIFF_CONTEXT:
        return True
    if moved:
        return False
    if min(prefix, suffix) >= CONTEXT_KEPT:
        return False  # both sides nearly as they were: no copy elsewhere can fit better
    copies = elsewhere(text, start, end, quote)
    if not copies:
        return False
    if min(prefix, suffix) < REPEATED_CONTEXT:
        return True
    placed = score(text, start, end, quote, start).score
    return any(copy.score > placed - MARGIN for copy in copies)


def _main_stretch(alignment: Alignment, pieces: list[Block]) -> tuple[list[Block], int]:
    """The largest run of pieces that still follow each other, with only new text between
    them (a passage partly inside a moved paragraph keeps its larger part; one that text
    was inserted into takes it in, and is reviewed if it grew much), and how many
    characters the other runs hold."""
    if len(pieces) <= 1:
        return pieces, 0
    runs: list[list[Block]] = [[pieces[0]]]
    for piece in pieces[1:]:
        last = runs[-1][-1]
        lo, hi = last.new + last.length, piece.new
        if lo == hi or (
            lo < hi
            and alignment.unaligned_share(lo, hi) == 1.0
            and not alignment.was_elsewhere(lo, hi)
        ):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    main = _without_stray_ends(max(runs, key=lambda run: sum(p.length for p in run)))
    elsewhere = sum(p.length for run in runs if run is not main for p in run)
    return main, elsewhere


def _without_stray_ends(run: list[Block]) -> list[Block]:
    """Drop the short pieces at either end when they hold less than half of the old text
    they span: common words matched by chance in text that replaced the passage's end
    (the ends are then grown to whole words)."""
    small = 0
    while small < len(run) - 1 and run[len(run) - 1 - small].length < STRAY:
        small += 1
    if small and _sparse(run[len(run) - small :], run[len(run) - small - 1]):
        run = run[: len(run) - small]
    small = 0
    while small < len(run) - 1 and run[small].length < STRAY:
        small += 1
    if small and _sparse(run[:small], run[small]):
        run = run[small:]
    return run


def _sparse(pieces: list[Block], body: Block) -> bool:
    """Whether ``pieces`` (next to ``body``) hold less than half of the old text from the
    body to their far end, and that is more than a couple of words."""
    if pieces[0].old > body.old:
        extent = pieces[-1].old + pieces[-1].length - (body.old + body.length)
    else:
        extent = body.old - pieces[0].old
    return extent > GAP and sum(piece.length for piece in pieces) * 2 < extent


# -- re-anchoring a project's annotations ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """What happened to one annotation: its old span and where it landed."""

    annotation_id: str
    old_start: int
    old_end: int
    placement: Placement
    #: How many paragraphs now lie between where the passage was and where it is.
    paragraphs_moved: int = 0

    @property
    def state(self) -> AnchorState:
        """exact, moved, fuzzy, review or orphaned."""
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
        """ "12 exact, 3 moved, 1 fuzzy, 0 need review, 0 orphaned"."""
        states: tuple[tuple[AnchorState, str], ...] = (
            ("exact", "exact"),
            ("moved", "moved"),
            ("fuzzy", "fuzzy"),
            ("review", "need review"),
            ("orphaned", "orphaned"),
        )
        return ", ".join(f"{self.count(state)} {label}" for state, label in states)


def replace_article_text(
    project: Project, article_id: str, new_text: str, *, now: datetime | None = None
) -> Reanchoring:
    """Give an article a new text (canonicalised here) and place its annotations again.

    Each annotation is mapped through the diff of the old and new texts
    (:func:`map_through`); one that was orphaned already, or whose quote no longer
    matched the old text at its offsets, is looked for by its quote. A placed annotation
    gets its new offsets, a quote and context re-read from the new text, and its anchor
    state; an orphan keeps its old selectors with ``anchor="orphaned"``. Nothing changes
    until the returned edit is applied.
    """
    article = project.articles[article_id]
    text = canonicalize(new_text)
    now = now or utc_now()
    new_article = msgspec.structs.replace(article, text=text, sha256=sha256_hex(text))
    edits: list[Edit] = [Replace("Replace text", article, new_article)]
    results: list[AnchorResult] = []
    alignment = Alignment(article.text, text)
    repeated = RepeatedLines(article.text)
    lines = Lines(article.text)
    left_behind = LeftBehind(alignment)
    twins = Twins(alignment)
    old_paragraphs = _paragraph_starts(article.text)
    new_paragraphs = _paragraph_starts(text)
    for annotation in sorted(project.annotations_of(article_id), key=_text_order):
        position, quote = annotation.position, annotation.quote
        if annotation.anchor == "orphaned" or article.text[position.start : position.end] != (
            quote.exact
        ):
            placement = search(text, position, quote, hint=alignment.shifted(position.start))
        elif (carried := _carried_along(alignment, lines, position, quote)) is not None:
            state: AnchorState = "exact" if carried == position.start else "moved"
            placement = Placement(state, carried, carried + position.end - position.start, 1.0)
        else:
            placement = map_through(alignment, text, position, quote)
            placement = _among_neighbours(
                alignment, lines, repeated, left_behind, position, quote, placement
            )
            if placement.state in ("exact", "moved", "fuzzy") and _beside_a_twin(
                twins, lines, position, placement
            ):
                placement = Placement("review", placement.start, placement.end, placement.score)
        paragraphs = 0
        if placement.placed:
            paragraphs = abs(
                bisect_right(new_paragraphs, placement.start)
                - bisect_right(old_paragraphs, annotation.start)
            )
        results.append(
            AnchorResult(annotation.id, annotation.start, annotation.end, placement, paragraphs)
        )
        updated = _updated(annotation, text, placement, now)
        if updated is not None:
            edits.append(Replace("Re-anchor", annotation, updated))
    label = f"Update text of “{article.title}”"
    return Reanchoring(tuple(results), Compound(label, tuple(edits)))


def _carried_along(
    alignment: Alignment, lines: Lines, position: TextPosition, quote: TextQuote
) -> int | None:
    """The new start of a passage that came along unchanged with its stored context, its
    whole line and the text just around that line, all moved by as much: nothing about
    it needs checking (the common case, with one look-up). None otherwise."""
    start, end = position.start, position.end
    if end <= start or (len(quote.prefix) < CONTEXT and start > len(quote.prefix)):
        return None
    around = lines.surroundings(start, end)
    if around is None:
        return None
    lo = min(start - len(quote.prefix), around[0])
    hi = max(end + len(quote.suffix), around[1])
    shift = alignment.shift_over(max(0, lo), min(lines.length, hi))
    return None if shift is None else start + shift


def _beside_a_twin(
    twins: Twins, lines: Lines, position: TextPosition, placement: Placement
) -> bool:
    """Whether the line where the passage starts, or the one where it ends, now stands
    next to a near copy of itself (a paragraph pasted twice in a row: a guess)."""
    ends = (position.start, placement.start), (position.end - 1, placement.end - 1)
    for old_at, new_at in ends:
        if new_at >= placement.start and twins.beside_change(new_at):
            line = lines.line_of(old_at, old_at)
            if line is not None and twins.beside_a_twin(line, new_at):
                return True
    return False


def _among_neighbours(
    alignment: Alignment,
    lines: Lines,
    repeated: RepeatedLines,
    left_behind: LeftBehind,
    position: TextPosition,
    quote: TextQuote,
    placement: Placement,
) -> Placement:
    """A placement by the diff checked against the lines around the passage. Its paragraph
    printed twice and moved away from its neighbours: which copy went where is a guess
    (review). Taken, as part of text the diff did not see move, away from both neighbours
    while a line like its own still stands between them: the diff matched a copy pasted
    elsewhere, and the passage is looked for in the original (else review)."""
    if placement.state not in ("exact", "moved", "fuzzy"):
        return placement
    shift = placement.start - position.start
    review = Placement("review", placement.start, placement.end, placement.score)
    line = repeated.line_of(position.start, position.end)
    if line is not None:
        if placement.state == "exact" or shift_agrees(alignment, line, shift):
            return placement
        return review
    line = lines.line_of(position.start, position.end)
    if line is None or not shift:
        return placement
    original = left_behind(line, shift)
    if original is None:
        if placement.state != "fuzzy" and left_behind.edited_original_elsewhere(line, shift):
            return review
        return placement
    pieces = alignment.pieces(position.start, position.end)
    if not pieces or any(piece.moved for piece in pieces):
        return placement
    lo, hi = original, original + line[1] - line[0] + NEIGHBOUR_SHIFT
    found = search(
        alignment.new,
        position,
        quote,
        hint=original + position.start - line[0],
        allowed=lambda start, end: lo <= start and end <= hi,
        both_sides=True,
    )
    return found if found.state in ("exact", "moved", "fuzzy") else review


def _paragraph_starts(text: str) -> list[int]:
    """Where each non-blank line starts."""
    starts = [0]
    at = text.find("\n")
    while at != -1:
        if text[at + 1 : at + 2] not in ("\n", ""):
            starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


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


def accept_placement(
    project: Project, annotation_id: str, *, now: datetime | None = None
) -> Edit | None:
    """Accept where re-anchoring put a (moved, fuzzy or review) annotation: its anchor
    becomes ``exact``, as one edit. None for an orphan (re-attach it instead) or an
    annotation that is exact already."""
    annotation = project.annotations[annotation_id]
    if annotation.anchor in ("exact", "orphaned"):
        return None
    accepted = msgspec.structs.replace(annotation, anchor="exact", modified=now or utc_now())
    return Replace("Accept placement", annotation, accepted)


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
