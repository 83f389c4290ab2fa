"""A passage placed on a twin block while its own paragraph's words stand, once, elsewhere.

Registers, timetables, forecasts and claims hold blocks that read alike but for a number,
a date, a time or a name; people swap, re-sort and reverse them. After such a reorder a
twin block stands where the passage's own block stood, its neighbours and position as
the old ones were, and the search, which weighs both, may take the twin. The figures of
the passage's own paragraph (its quote and the stored context up to the nearest blank
lines, :func:`figure_twins.own_context`) tell the blocks apart; past a blank line stands
a neighbouring block, which a reorder changes. So a placement goes to review, its best
guess kept, when the text says the passage's own block went elsewhere:

- it reads as its quote, but its own paragraph lacks a figure of the stored context of
  that paragraph, another figure beside it in its stead, while the quote with that
  context stands once elsewhere, in a block that is not this one with a figure corrected
  (:func:`off_its_own_paragraph`);
- it is fuzzy and leaves out a whole paragraph of its quote that stands word for word
  once elsewhere, while it holds a twin block of that paragraph and none with all its
  figures (:func:`leaves_out_a_paragraph`);
- it is fuzzy and holds two or more whole paragraphs of its quote in another order
  across its ends: the blocks were reordered, the passage's pieces now apart, and which
  piece (or the whole stretch) it is, a guess (:func:`reordered_paragraphs`).

Only figures count as the telling token: words replaced or mistyped beside a passage are
what edits do everywhere, and a name alone cannot be told from such an edit.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.figure_twins import own_context
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote
from desktop_app.core.twin_lines import stands_once

#: Least length (code points) of a paragraph of the quote for its one copy elsewhere to
#: tell: shorter pieces ("Claim 22.", a date alone) stand anywhere.
LONG_PIECE = 20
#: Least likeness (Indel), figures masked, of two paragraphs with as many lines for them
#: to be twin blocks (a register's entries, a timetable's sailings).
TWIN_LIKENESS = 0.5

#: A figure: a run of decimal digits (any script's) standing as a word of its own, not
#: inside one ("48O00", "B2B": a misread or a code, not a figure that tells blocks apart).
_FIGURE = re.compile(r"(?<!\w)\d+(?!\w)")


def _paragraph_span(text: str, at: int) -> tuple[int, int]:
    """The span of the paragraph of ``text`` (between blank lines) holding offset ``at``."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def _a_copy_corrected(paragraph: str, other: str) -> bool:
    """Whether ``paragraph`` and ``other`` are one block, or one a piece of the other,
    figures aside, and their figures (in their order, by value) differ in one place at
    most: the same block, a figure of it corrected where it stands while its old wording
    stands elsewhere (a copy pasted beside it, a correction quoting it, entries
    renumbered); which one the passage was, a guess."""
    masked, masked_other = _FIGURE.sub("0", paragraph), _FIGURE.sub("0", other)
    if masked in masked_other:
        inner, outer = paragraph, other
    elif masked_other in masked:
        inner, outer = other, paragraph
    else:
        return False
    mine = [int(figure) for figure in _FIGURE.findall(inner)]
    theirs = [int(figure) for figure in _FIGURE.findall(outer)]
    return any(
        sum(one != two for one, two in zip(mine, theirs[at:], strict=False)) <= 1
        for at in range(len(theirs) - len(mine) + 1)
    )


def _whole_figures(context: str, cut_before: bool, cut_after: bool) -> list[str]:
    """The figures of ``context``, leaving out one that touches an end the stored context
    may have cut through (``cut_before``, ``cut_after``): "27.72" may be "227.72"."""
    figures = []
    for found in _FIGURE.finditer(context):
        if (cut_before and found.start() == 0) or (cut_after and found.end() == len(context)):
            continue
        figures.append(found.group())
    return figures


def _lacks_a_figure(figures: list[str], paragraph: str) -> bool:
    """Whether ``paragraph`` lacks one of ``figures`` (as a whole figure, by its value:
    "२०२४" is "2024" in other digits)."""
    held = {int(figure) for figure in _FIGURE.findall(paragraph)}
    return any(int(figure) not in held for figure in figures)


def off_its_own_paragraph(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]``, reading as its quote, stands in a
    paragraph lacking a figure of its own paragraph's stored context, another figure
    standing beside it in its stead (not a figure spelled out or misread), while the
    quote with that context stands once elsewhere, in a block that is not this one with
    a figure corrected (:func:`_a_copy_corrected`): a twin block (another number, date or
    time) moved to where the passage's own block stood, its own block, whose figure tells
    it, gone elsewhere."""
    exact = quote.exact
    if text[start:end] != exact:
        return False
    own_prefix, own_suffix = own_context(quote)
    if start < len(own_prefix):
        return False
    if text.startswith(own_prefix, start - len(own_prefix)) and text.startswith(own_suffix, end):
        return False
    figures = _whole_figures(own_prefix, len(own_prefix) == CONTEXT, False)
    figures += _whole_figures(own_suffix, False, len(own_suffix) == CONTEXT)
    if not figures:
        return False
    paragraph_start, paragraph_end = _paragraph_span(text, start)
    if not _lacks_a_figure(figures, text[paragraph_start:paragraph_end]):
        return False
    around = text[start - len(own_prefix) : start] + "\n" + text[end : end + len(own_suffix)]
    if not _lacks_a_figure(_FIGURE.findall(around), own_prefix + "\n" + own_suffix):
        return False  # no other figure in its stead: a figure spelled out or misread
    key = own_prefix + exact + own_suffix
    at = stands_once(text, key)
    if at < 0:
        return False
    other_start, other_end = _paragraph_span(text, at + len(own_prefix))
    paragraph = text[paragraph_start:paragraph_end]
    return not _a_copy_corrected(paragraph, text[other_start:other_end])


def _whole_paragraphs(quote: TextQuote) -> list[str]:
    """The paragraphs of the quote, each stripped, those at its ends only when the stored
    context breaks the paragraph there (else a piece of one)."""
    pieces = quote.exact.split("\n\n")
    first = 0 if quote.prefix == "" or quote.prefix.endswith("\n\n") else 1
    last = len(pieces) if quote.suffix == "" or quote.suffix.startswith("\n\n") else -1
    return [piece.strip() for piece in pieces[first:last]]


def leaves_out_a_paragraph(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]`` leaves out a whole paragraph of its
    quote (:data:`LONG_PIECE` or longer; one at the quote's ends when the stored context
    breaks the paragraph there) that stands word for word once in the text outside it,
    while the passage holds a twin block of it (:func:`_twin_of`), every paragraph of the
    passage lacks one of its figures and none is that paragraph with a figure corrected
    (:func:`_a_copy_corrected`: its old wording cross-posted elsewhere): the passage's own
    block went there, and the guess holds a twin in its stead (a paragraph retyped with a
    typo keeps its figures; a paragraph moved away leaves no twin behind)."""
    found = text[start:end]
    held: list[str] | None = None
    for piece in _whole_paragraphs(quote):
        if len(piece) < LONG_PIECE or piece in found:
            continue
        at = stands_once(text, piece)
        if at < 0 or (start < at + len(piece) and at < end):
            continue
        figures = _FIGURE.findall(piece)
        if not figures:
            continue
        if held is None:
            held = [paragraph.strip() for paragraph in found.split("\n\n")]
        if any(_a_copy_corrected(paragraph, piece) for paragraph in held):
            continue  # the paragraph is there, a figure of it corrected
        if any(_twin_of(piece, paragraph) for paragraph in held) and all(
            _lacks_a_figure(figures, paragraph) for paragraph in held
        ):
            return True
    return False


def _twin_of(piece: str, paragraph: str) -> bool:
    """Whether ``paragraph`` reads as a twin block of ``piece``: as many lines, and alike
    (:data:`TWIN_LIKENESS`) with their figures masked."""
    if piece.count("\n") != paragraph.count("\n"):
        return False
    masked, other = _FIGURE.sub("0", piece), _FIGURE.sub("0", paragraph)
    return Indel.normalized_similarity(masked, other) >= TWIN_LIKENESS


def reordered_paragraphs(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]`` holds two or more whole paragraphs
    of its quote (:data:`LONG_PIECE` or longer), each standing once in the text, the
    first of them no longer first or the last no longer last: blocks put in another order
    across the passage's ends, its pieces now apart (which piece, or the whole stretch, is
    the passage: a guess). Blocks reordered inside a passage whose ends stayed leave it
    whole."""
    found = text[start:end]
    places = []
    for piece in _whole_paragraphs(quote):
        if len(piece) < LONG_PIECE:
            continue
        at = found.find(piece)
        if at < 0 or found.find(piece, at + 1) >= 0 or stands_once(text, piece) < 0:
            continue
        places.append(at)
    if len(places) < 2:
        return False
    return places[0] != min(places) or places[-1] != max(places)


def reviewed_off_its_paragraph(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """``placement``, sent to review (its best guess kept) when it is placed on a twin of
    its own paragraph (:func:`off_its_own_paragraph`) or, fuzzy, leaves out a paragraph of
    its quote standing once elsewhere (:func:`leaves_out_a_paragraph`) or holds its
    quote's paragraphs reordered across its ends (:func:`reordered_paragraphs`)."""
    if placement.state not in PLACED_STATES:
        return placement
    start, end = placement.start, placement.end
    if off_its_own_paragraph(text, start, end, quote) or (
        placement.state == "fuzzy"
        and (
            leaves_out_a_paragraph(text, start, end, quote)
            or reordered_paragraphs(text, start, end, quote)
        )
    ):
        return placement._replace(state="review")
    return placement
