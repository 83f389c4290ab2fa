"""Placing annotations again when an article's text changes (formats.md section 2.4).

When the old text is known (Update Text, ``parallax update``, a change on disk), each
annotation is mapped through a diff of old -> new (``core.block_diff``,
``core.alignment``, ``core.diff_placement``, doubted by ``core.diff_doubts``): a passage
whose characters all survive in one stretch is ``exact`` (same offsets) or ``moved``; one
edited inside but at least half still there is ``fuzzy``, its new ends on the first and
last surviving characters; one whose line went away from its neighbours or now stands
beside a near copy of itself is checked (``core.line_neighbours``); the rest is looked
for by its quote (``core.quote_search``) only in text the update inserted, so a deleted
passage is never placed on another copy of the same words, and is orphaned otherwise. A
passage left in doubt inside one line of a list is looked for in the list where the rest
of it went (``core.whole_lines``): the items of a list re-sorted.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import NamedTuple

import msgspec

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import CONTEXT, describe, trim_span
from desktop_app.core.annotation_edits import SpanError
from desktop_app.core.batch_placement import (
    Request,
    checked_last,
    place_all,
    place_alone,
    read_back,
    review_left_out,
    reviewed_alone,
)
from desktop_app.core.cloned_stretches import DoubledStretches
from desktop_app.core.diff_doubts import kept_one_side_alone
from desktop_app.core.diff_placement import map_through as map_through
from desktop_app.core.diff_placement import on_a_doubtful_line
from desktop_app.core.doubled_paragraphs import DoubledParagraphs
from desktop_app.core.edge_lines import edge_lines_taken_in
from desktop_app.core.edits import Compound, Edit, Replace
from desktop_app.core.figure_twins import placed_on_its_one_copy
from desktop_app.core.folded_markup import fold_new_markup, fold_print_breaks
from desktop_app.core.line_neighbours import (
    NEIGHBOUR_SHIFT,
    LeftBehind,
    Lines,
    RepeatedLines,
    Twins,
    a_neighbour_agrees,
    shift_agrees,
    shift_agrees_as_it_reads,
)
from desktop_app.core.number_lines import number_lines_put_back, numbered_line_start_put_back
from desktop_app.core.other_handle import other_handle_reviewed
from desktop_app.core.own_paragraph import OwnParagraphs
from desktop_app.core.page_furniture import on_half_a_broken_word
from desktop_app.core.paired_paragraphs import PairedParagraphs
from desktop_app.core.project import Project
from desktop_app.core.quote_only_alone import first_passes_alone, on_its_whole_context
from desktop_app.core.quote_only_closed_lines import review_where_its_lines_met
from desktop_app.core.quote_only_folded_context import placed_on_its_folded_context
from desktop_app.core.quote_only_gaps import (
    gaps_rewritten,
    position_without_gaps,
    quote_without_gaps,
)
from desktop_app.core.quote_only_moved_blocks import placed_on_its_moved_block
from desktop_app.core.quote_only_near_window import placed_on_its_near_window
from desktop_app.core.quote_only_realigned_alone import placed_where_it_realigns
from desktop_app.core.quote_only_replaced_lines import reviewed_off_its_lines
from desktop_app.core.quote_only_respelt import position_in, respelt_stretches
from desktop_app.core.quote_only_twin_sections import review_in_a_twin_section
from desktop_app.core.quote_only_whole_stretch import placed_on_its_whole_stretch
from desktop_app.core.quote_search import PLACED_STATES, search
from desktop_app.core.quote_search import Placement as Placement
from desktop_app.core.records import (
    AnchorState,
    Annotation,
    TextPosition,
    TextQuote,
    utc_now,
)
from desktop_app.core.refrain_neighbours import RefrainNeighbours
from desktop_app.core.repeated_paragraphs import RepeatedParagraphs
from desktop_app.core.text import canonicalize, sha256_hex
from desktop_app.core.text_lines import text_lines
from desktop_app.core.update_foreign_edges import ForeignEdges
from desktop_app.core.update_item_copies import placed_off_its_block
from desktop_app.core.update_item_heads import ItemHeads
from desktop_app.core.update_moved_in_blocks import review_moved_in_block
from desktop_app.core.update_next_heads import next_head_left_out
from desktop_app.core.update_numbered_rests import renumbered_rest_followed
from desktop_app.core.update_paragraph_copies import ParagraphCopies
from desktop_app.core.update_renumbered_lines import renumbered_line_followed
from desktop_app.core.update_rewritten_edges import rewritten_edges_taken_in
from desktop_app.core.update_split_paragraphs import SplitParagraphs
from desktop_app.core.update_unique_passages import once_in_both_placed
from desktop_app.core.whole_lines import (
    found_in_its_paragraph,
    found_on_its_own_lines,
    the_copy_left,
)


def place(
    text: str, position: TextPosition, quote: TextQuote, *, hint: int | None = None
) -> Placement:
    """Find the passage that ``position`` and ``quote`` describe in ``text`` (whose earlier
    version is unknown): see ``core.quote_search``, searching ``alone`` (a quote where it
    stood, with only the side of its context that reaches into another paragraph there and
    its own paragraph's side whole beside another copy, is weighed with the copies, not
    taken at once: no neighbour vouches for where it was). One it places goes through the batch's
    first pass that needs no other annotation (``core.quote_only_alone``: a fuzzy one cut
    back past paragraphs its quote lacks at its ends). One it does not place is looked for
    again as a batch of one (``core.batch_placement``): from scratch when the text gained
    marks throughout that the quote lacks (numbered lines, markdown), folded out there,
    else through the batch's last passes that need no other annotation
    (``batch_placement.place_alone``: a label before it, its paragraph swapped, stamps
    dropped, a word replaced beside it); a fuzzy one leaving out a line of its quote that
    stands once beside it or as a twin of a line it holds goes to review
    (``batch_placement.review_left_out``), and so does one on a twin of its own block
    (``core.paragraph_twin_doubts``). Last, a moved one whose context is not whole, while
    its quote stands elsewhere with its whole context, goes there, or to review when it
    stands so twice (``quote_only_alone.on_its_whole_context``); one still in review goes
    to the one copy of its own block when the blocks stored around it do not meet
    (``core.quote_only_moved_blocks``: its block moved whole, not cut out), or is placed
    when its best guess is the one stretch reading its quote with the whole stored context,
    its twins but for figures differing in the passage's own paragraph and all farther
    from where it stood, neither side of the context standing elsewhere but beside such a
    twin or another entry's copy of the quote far off (``core.quote_only_whole_stretch``: a
    section moved whole), or when its best guess is its exact quote standing once near where
    it stood, its context agreeing once read with the far ends free, as a batch reads it
    among its anchors, and the batch's doubts that need no other annotation and a break
    beside a twin do not send it back (``core.quote_only_realigned_alone``); a fuzzy one
    holding its quote word for word once is cut back to it
    (``core.quote_only_quote_inside``); one across a blank line into a unit alike but for
    figures goes to review (``core.quote_only_crossed_units``), as do one on a line standing
    twice in a row, its stored context split between the copies
    (``core.quote_only_doubled_lines``), and one on its words beside another line where a line
    of its own paragraph stood, that paragraph standing with it elsewhere
    (``core.quote_only_replaced_lines``), and one of whole lines placed without its whole
    context farther from where it stood than a place where its stored neighbour lines now
    meet, as if cut out there (``core.quote_only_closed_lines``: a stock line pruned). A
    best guess in review of the folded batch of one that does not read its quote word for
    word (the copy a reply quotes, marked "> ") goes to the one copy of its quote standing
    with its whole context (``on_its_whole_context``).
    Whichever way it was found (the folded batch of one too), one in a section that now
    stands twice side by side, alike but for figures, goes to review
    (``core.quote_only_twin_sections``: a copy put in, which one holds the passage a guess).
    One still in review or orphaned in a text laid out in pages since (running page lines,
    words hyphenated at line ends that the quote and its context lack: ``core.print_breaks``)
    is looked for again in the text read without them: :func:`placed_through_print_breaks`.
    First of all, when the gaps between a table's fields were written otherwise since (tabs
    for runs of spaces, columns re-padded: ``core.quote_only_gaps``), the passage is looked
    for so in the text with its gaps and the quote's read as one space, and read back in the
    whole text. Last, one still in review or orphaned whose quote or context reads only
    with a copy editor's respellings read as written before (clock times, units, compass
    points) is looked for so in the stretches around them: :func:`placed_through_respellings`."""
    placed = _place_as_written(text, position, quote, hint)
    if placed.state in PLACED_STATES:
        return placed
    return placed_through_respellings(text, position, quote, hint, placed)


def placed_through_respellings(
    text: str, position: TextPosition, quote: TextQuote, hint: int | None, placed: Placement
) -> Placement:
    """Where :func:`place` puts the passage in the stretches of ``text`` around the words a
    copy editor respelt that its quote or context reads otherwise, those words written as
    the quote writes them (``core.quote_only_respelt``), read back in the whole text, when
    it places it there; else ``placed``, what it made of the whole text."""
    respelt = respelt_stretches(text, (quote,))
    if respelt is None:
        return placed
    folded = respelt[0]
    inward = None if hint is None else folded.forth(hint, hint)[0]
    found = read_back(
        text,
        folded,
        Request(position, quote, hint),
        _place_as_written(folded.text, position_in(folded, position), quote, inward),
    )
    return found if found.state in PLACED_STATES else placed


def _place_as_written(
    text: str, position: TextPosition, quote: TextQuote, hint: int | None
) -> Placement:
    """:func:`place` with the words as the text spells them."""
    gaps = gaps_rewritten(text, (quote,))
    if gaps is None:
        return _place_as_laid_out(text, position, quote, hint)
    inward = None if hint is None else gaps.forth(hint, hint)[0]
    found = _place_as_laid_out(
        gaps.text, position_without_gaps(gaps, position), quote_without_gaps(quote), inward
    )
    return read_back(text, gaps, Request(position, quote, hint), found)


def _place_as_laid_out(
    text: str, position: TextPosition, quote: TextQuote, hint: int | None
) -> Placement:
    """:func:`place` with the gaps between fields as the text writes them."""
    placed = _placed(text, position, quote, hint)
    if placed.state in PLACED_STATES:
        return placed
    return placed_through_print_breaks(text, position, quote, hint, placed)


def placed_through_print_breaks(
    text: str, position: TextPosition, quote: TextQuote, hint: int | None, placed: Placement
) -> Placement:
    """Where :func:`place` puts the passage in ``text`` read without the running page lines
    and line-end hyphens it holds that the quote and its context lack, read back in the
    whole text (those lines and hyphens inside it included), when it places it there; else
    ``placed``, what it made of the whole text. (Only then: one passage's quote and context
    cannot tell whether the text gained its hyphens or held them before, and reading it
    without them moves every passage after them from where it stood.)"""
    folded = fold_print_breaks(text, (quote.prefix + quote.exact + quote.suffix,))
    if folded is None:
        return placed
    inward = None if hint is None else folded.forth(hint, hint)[0]
    found = read_back(
        text, folded, Request(position, quote, hint), _placed(folded.text, position, quote, inward)
    )
    return found if found.state in PLACED_STATES else placed


def _placed(text: str, position: TextPosition, quote: TextQuote, hint: int | None) -> Placement:
    """What :func:`place` makes of ``text`` as it reads, print breaks and all: the first
    look in the whole text, and the second in the text read without its print breaks
    (:func:`placed_through_print_breaks`)."""
    found = search(text, position, quote, hint=hint, alone=True)
    on_folded_context = placed_on_its_folded_context(text, Request(position, quote, hint), found)
    if on_folded_context is not None:
        return review_in_a_twin_section(text, on_folded_context)
    if found.state in PLACED_STATES:
        found = first_passes_alone(text, position, quote, found)
        placed = review_left_out(text, Request(position, quote, hint), found)
    elif (
        fold_new_markup(text, (quote.prefix + quote.exact + quote.suffix,), print_breaks=False)
        is None
    ):
        placed = place_alone(text, Request(position, quote, hint), found)
    else:
        folded = place_all(text, [Request(position, quote, hint)], print_breaks=False)[0]
        placed = on_its_whole_context(text, position, quote, folded, folded=True)
        return review_in_a_twin_section(text, placed)
    placed = reviewed_alone(text, Request(position, quote, hint), placed)
    expected = position.start if hint is None else hint
    placed = placed_on_its_one_copy(text, position, quote, placed, expected)
    placed = on_its_whole_context(text, position, quote, placed)
    placed = placed_on_its_moved_block(text, position, quote, placed)
    placed = placed_on_its_whole_stretch(text, position, quote, placed)
    placed = placed_where_it_realigns(text, position, quote, placed, expected)
    placed = placed_on_its_near_window(text, position, quote, placed, expected)
    placed = checked_last(text, Request(position, quote, hint), placed)
    placed = reviewed_off_its_lines(text, quote, placed)
    placed = review_where_its_lines_met(text, quote, placed, expected)
    return review_in_a_twin_section(text, placed)


# -- re-anchoring a project's annotations ---------------------------------------------------


class AnchorResult(msgspec.Struct, frozen=True):
    """What happened to one annotation: its old span and where it landed. (A frozen
    struct: one is made per annotation, about ten times quicker than a frozen dataclass.)"""

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
    project: Project,
    article_id: str,
    new_text: str,
    *,
    now: datetime | None = None,
    alignment: Alignment | None = None,
) -> Reanchoring:
    """Give an article a new text (canonicalised here) and place its annotations again.

    Each annotation is mapped through the diff of the old and new texts
    (:func:`map_through`); one that was orphaned already, or whose quote no longer
    matched the old text at its offsets, is looked for by its quote. A placed annotation
    gets its new offsets, a quote and context re-read from the new text, and its anchor
    state; an orphan keeps its old selectors with ``anchor="orphaned"``. Nothing changes
    until the returned edit is applied. ``alignment``, when the caller has built it already
    (``core.text_update``), is the diff of the article's text and the canonical new text.
    """
    article = project.articles[article_id]
    text = canonicalize(new_text)
    now = now or utc_now()
    new_article = msgspec.structs.replace(article, text=text, sha256=sha256_hex(text))
    edits: list[Edit] = [Replace("Replace text", article, new_article)]
    results: list[AnchorResult] = []
    if alignment is None:
        alignment = Alignment(article.text, text)
    repeated = RepeatedLines(article.text)
    lines, new_lines = Lines(article.text), Lines(text)
    left_behind = LeftBehind(alignment, new_lines)
    twins = Twins(alignment, lines, new_lines)
    doubled = DoubledStretches(article.text, text)
    doubled_paragraphs = DoubledParagraphs(alignment)
    repeated_paragraphs = RepeatedParagraphs(article.text, text)
    refrains = RefrainNeighbours(article.text, text)
    # the checks on paragraphs printed again or repeated that can review a placement at all
    # (most updates have none or one: a check that does not apply says no to every passage,
    # so it is not asked)
    repeat_checks = _RepeatChecks(
        doubled if doubled.applies else None,
        doubled_paragraphs if doubled_paragraphs.applies else None,
        repeated_paragraphs if repeated_paragraphs.applies else None,
        refrains if refrains.applies else None,
    )
    repeats = any(check is not None for check in repeat_checks)
    paired = PairedParagraphs(article.text, text)
    own_paragraphs = OwnParagraphs(article.text, text)
    paragraph_copies = ParagraphCopies(article.text, text)
    split_paragraphs = SplitParagraphs(alignment)
    foreign_edges = ForeignEdges(alignment)
    item_heads = ItemHeads(alignment)
    old_paragraphs = _paragraph_starts(lines)
    new_paragraphs = _paragraph_starts(new_lines)
    shifts: dict[tuple[int, int], int | None] = {}
    # a passage annotated more than once (readers of a class marking the same words) is
    # placed once: its placement depends only on its selectors and whether it was orphaned
    # (keyed by the selectors' fields: a tuple of strings and numbers hashes several times
    # quicker than the selectors themselves, and is equal exactly when they are)
    placed: dict[tuple[bool, int, int, str, str, str], Placement] = {}
    for annotation in sorted(project.annotations_of(article_id), key=_TEXT_ORDER):
        position, quote = annotation.position, annotation.quote
        orphaned = annotation.anchor == "orphaned"
        key = (orphaned, position.start, position.end, quote.exact, quote.prefix, quote.suffix)
        placement = placed.get(key)
        if placement is None:
            if orphaned or article.text[position.start : position.end] != quote.exact:
                placement = search(text, position, quote, hint=alignment.shifted(position.start))
            elif (carried := _carried_along(alignment, lines, position, quote, shifts)) is not None:
                state: AnchorState = "exact" if carried == position.start else "moved"
                placement = Placement(state, carried, carried + position.end - position.start, 1.0)
            else:
                placement = map_through(alignment, text, position, quote)
                placement = once_in_both_placed(alignment, position.start, position.end, placement)
                placement = next_head_left_out(text, quote.exact, placement)
                placement = number_lines_put_back(text, quote.exact, placement)
                placement = numbered_line_start_put_back(
                    article.text, position.start, text, quote.exact, placement
                )
                placement = edge_lines_taken_in(
                    alignment, position.start, position.end, quote.exact, placement
                )
                placement = _among_neighbours(
                    alignment, lines, repeated, left_behind, position, quote, placement
                )
                if placement.state in PLACED_STATES and _beside_a_twin(
                    twins, lines, position, placement
                ):
                    placement = Placement("review", placement.start, placement.end, placement.score)
                if placement.state in ("review", "orphaned"):
                    placement = _item_of_its_list(alignment, position, quote, placement)
                if placement.state in PLACED_STATES and on_a_doubtful_line(alignment, position):
                    placement = Placement("review", placement.start, placement.end, placement.score)
                placement = paired.follow(position.start, position.end, quote.exact, placement)
                placement = own_paragraphs.put_back(
                    position.start, position.end, quote.exact, placement
                )
                placement = review_moved_in_block(
                    article.text, text, position.start, position.end, quote, placement
                )
                placement = paragraph_copies.follow(position.start, position.end, placement)
                placement = renumbered_line_followed(
                    article.text, text, position.start, position.end, placement
                )
                placement = split_paragraphs.kept_part_reviewed(
                    position.start, position.end, quote.exact, placement
                )
                placement = split_paragraphs.moved_copy_left_out(
                    position.start, position.end, placement
                )
                placement = foreign_edges.reviewed(position.start, position.end, placement)
                placement = paragraph_copies.in_its_one_copy(
                    position.start, position.end, placement
                )
                placement = item_heads.followed(position.start, position.end, placement)
                placement = renumbered_rest_followed(
                    article.text, text, position.start, position.end, placement
                )
                placement = rewritten_edges_taken_in(
                    alignment, position.start, position.end, placement
                )
                placement = other_handle_reviewed(quote.exact, text, placement)
                if placement.state == "review":
                    placement = _row_among_twins(alignment, position, quote, placement)
            if (
                repeats
                and placement.state in PLACED_STATES
                and _on_a_repeat(*repeat_checks, position, placement)
            ):
                placement = Placement("review", placement.start, placement.end, placement.score)
            placed[key] = placement
        paragraphs = 0
        if placement.state != "orphaned":
            paragraphs = abs(
                bisect_right(new_paragraphs, placement.start)
                - bisect_right(old_paragraphs, position.start)
            )
        results.append(
            AnchorResult(annotation.id, position.start, position.end, placement, paragraphs)
        )
        updated = _updated(annotation, text, placement, now)
        if updated is not None:
            edits.append(Replace("Re-anchor", annotation, updated))
    label = f"Update text of “{article.title}”"
    return Reanchoring(tuple(results), Compound(label, tuple(edits)))


class _RepeatChecks(NamedTuple):
    """The checks of :func:`_on_a_repeat` that apply to an update (None: one that can say
    no only, not asked)."""

    doubled: DoubledStretches | None
    doubled_paragraphs: DoubledParagraphs | None
    repeated_paragraphs: RepeatedParagraphs | None
    refrains: RefrainNeighbours | None


def _on_a_repeat(
    doubled: DoubledStretches | None,
    doubled_paragraphs: DoubledParagraphs | None,
    repeated_paragraphs: RepeatedParagraphs | None,
    refrains: RefrainNeighbours | None,
    position: TextPosition,
    placement: Placement,
) -> bool:
    """Whether a placement lies on a stretch or paragraph printed twice, on a copy of a
    repeated paragraph away from its own, or on a refrain's other copy: which copy, a
    guess (review). A check given as None does not apply to the update (its ``applies``
    is false: it would say no)."""
    old_start, old_end, start, end = position.start, position.end, placement.start, placement.end
    return (
        (doubled is not None and doubled.holds(start, end))
        or (doubled_paragraphs is not None and doubled_paragraphs.holds(start, end))
        or (
            repeated_paragraphs is not None
            and repeated_paragraphs.away_from_its_own(old_start, old_end, start, end)
        )
        or (
            refrains is not None
            and (
                refrains.beside_one_neighbour(old_start, old_end, start, end)
                or refrains.beside_its_copy(old_start, old_end, start, end)
            )
        )
    )


def _carried_along(
    alignment: Alignment,
    lines: Lines,
    position: TextPosition,
    quote: TextQuote,
    shifts: dict[tuple[int, int], int | None],
) -> int | None:
    """The new start of a passage that came along unchanged with its stored context, its
    whole line and the text just around that line, all moved by as much: nothing about
    it needs checking (the common case, with one look-up). None otherwise. ``shifts``
    remembers the look-ups (most passages of a line share their line's)."""
    start, end = position.start, position.end
    before, after = len(quote.prefix), len(quote.suffix)
    if end <= start or (before < CONTEXT and start > before):
        return None
    # the text around its line, or around all the lines it spans (None: the text's first
    # or last line among them, nothing on one side came along)
    around = lines.passage_surroundings(start, end)
    if around is None:
        return None
    # the stored context or the text around the line, whichever reaches further, within the
    # text (comparisons, not calls to min and max: this is asked of every passage)
    lo = start - before if start - before < around[0] else around[0]
    hi = end + after if end + after > around[1] else around[1]
    span = (lo if lo > 0 else 0, hi if hi < lines.length else lines.length)
    if span in shifts:
        shift = shifts[span]
    else:
        shift = shifts[span] = alignment.shift_over(*span)
    return None if shift is None else start + shift


def _item_of_its_list(
    alignment: Alignment, position: TextPosition, quote: TextQuote, placement: Placement
) -> Placement:
    """A passage the diff left in doubt, placed on its line where the rest of its list
    went when that line stands once in the list before and after
    (``whole_lines.found_in_its_paragraph``), or on its lines where they went when they
    stand together once in the old text and once in the new
    (``whole_lines.found_on_its_own_lines``: a re-sorted row among twins); else
    ``placement`` as it was."""
    found = found_in_its_paragraph(alignment, position.start, position.end)
    if found is not None and placed_off_its_block(alignment, position.start, found):
        return placement
    if found is None:
        found = found_on_its_own_lines(alignment, position.start, position.end)
    return _placed_where_found(alignment, position, quote, found, placement)


def _row_among_twins(
    alignment: Alignment, position: TextPosition, quote: TextQuote, placement: Placement
) -> Placement:
    """A passage left in review, placed where its lines went when they, or they with the
    nearest line that tells them apart, stand word for word once in each text
    (``whole_lines.found_on_its_own_lines``); else ``placement`` as it was."""
    found = found_on_its_own_lines(alignment, position.start, position.end)
    return _placed_where_found(alignment, position, quote, found, placement)


def _placed_where_found(
    alignment: Alignment,
    position: TextPosition,
    quote: TextQuote,
    found: int | None,
    placement: Placement,
) -> Placement:
    """The passage placed at ``found`` in the new text when its quote stands there word for
    word (exact when it did not move); else ``placement`` as it was."""
    if found is None:
        return placement
    end = found + position.end - position.start
    if alignment.new[found:end] != quote.exact:
        return placement
    return Placement("exact" if found == position.start else "moved", found, end, 1.0)


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
    (review), unless it still stands beside one of them with its context on that side as
    it was, which no other copy has. Taken, as part of text the diff did not see move,
    away from both neighbours while a line like its own still stands between them: the
    diff matched a copy pasted elsewhere, and the passage is looked for in the original
    (else review)."""
    if placement.state not in PLACED_STATES:
        return placement
    shift = placement.start - position.start
    review = Placement("review", placement.start, placement.end, placement.score)
    line = repeated.line_of(position.start, position.end)
    if line is not None:
        if placement.state == "exact" or shift_agrees(alignment, line, shift):
            return placement
        if shift_agrees_as_it_reads(alignment, line, shift) and not on_half_a_broken_word(
            alignment.old, alignment.new, placement.start, placement.end
        ):
            return placement  # among its neighbours, a page break's running lines beside it
        if (
            placement.state == "moved"
            and a_neighbour_agrees(alignment, line, shift)
            and kept_one_side_alone(alignment, placement.start, placement.end, quote)
        ):
            return placement  # still beside a neighbour it had, unlike any other copy
        if (
            placement.state == "moved"
            and a_neighbour_agrees(alignment, line, shift)
            and the_copy_left(alignment, line, placement.start)
        ):
            return placement  # beside a neighbour it had, the other copies beside theirs
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
    return found if found.state in PLACED_STATES else review


def _paragraph_starts(lines: Lines) -> list[int]:
    """Where each non-blank line starts (the start of the text too, blank or not): each
    line start after a line break but before another or the end of the text: read off the
    text's shared table of lines (``core.text_lines``)."""
    return text_lines(lines.text).paragraph_starts()


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


#: An annotation's place in its text, start then end (the order an update places them in),
#: read in C: one call less a passage than a function of it.
_TEXT_ORDER = attrgetter("position.start", "position.end")


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
