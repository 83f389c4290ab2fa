"""Rejected compare suggestions: made as edits, matched to the engine's pairs, moved with the text.

A rejection names a passage of each of two articles (position and quote, like an
annotation). The engine's spans may shift a little when either text changes, so a
suggested pair counts as rejected when each of its passages shares at least
:data:`SAME_PASSAGE` of the shorter of the two with the rejected one, and one rejection
hides at most one pair (the one matching it best). When an article's text is updated,
its rejections are mapped through the same diff as its annotations; one whose passage is
gone is dropped (there is nothing left to suggest).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import msgspec

from desktop_app.core.anchoring import describe
from desktop_app.core.edits import Edit, Insert, Remove, Replace
from desktop_app.core.project import Project
from desktop_app.core.records import Rejection, TextPosition, TextQuote, new_id, utc_now

if TYPE_CHECKING:
    from desktop_app.core.alignment import Alignment

#: Two passages' spans: (a start, a end, b start, b end).
Spans = tuple[int, int, int, int]
#: Least share of the shorter of two passages that both must cover to be the same passage.
SAME_PASSAGE = 0.5


def reject_pair(
    project: Project,
    first: tuple[str, int, int],
    second: tuple[str, int, int],
    *,
    annotator: str | None = None,
    now: datetime | None = None,
) -> Edit:
    """Turn down a suggested pair (article id, start, end of each passage) as one edit."""
    position_a, quote_a = describe(project.articles[first[0]].text, first[1], first[2])
    position_b, quote_b = describe(project.articles[second[0]].text, second[1], second[2])
    rejection = Rejection(
        id=new_id(),
        article_a=first[0],
        article_b=second[0],
        a=position_a,
        b=position_b,
        annotator=annotator,
        created=now or utc_now(),
        quote_a=quote_a,
        quote_b=quote_b,
    )
    return Insert("Reject suggestion", rejection)


def rejected_pairs(project: Project, article_a: str, article_b: str) -> set[Spans]:
    """Spans (a start, a end, b start, b end) turned down for this pair of articles, in
    this order (a rejection made with the articles the other way round counts too)."""
    found: set[Spans] = set()
    for rejection in project.rejections:
        if (rejection.article_a, rejection.article_b) == (article_a, article_b):
            found.add((rejection.a.start, rejection.a.end, rejection.b.start, rejection.b.end))
        elif (rejection.article_a, rejection.article_b) == (article_b, article_a):
            found.add((rejection.b.start, rejection.b.end, rejection.a.start, rejection.a.end))
    return found


def overlap_share(first: tuple[int, int], second: tuple[int, int]) -> float:
    """The share of the shorter of two spans that both cover (0.0 when one is empty)."""
    shorter = min(first[1] - first[0], second[1] - second[0])
    if shorter <= 0:
        return 0.0
    shared = min(first[1], second[1]) - max(first[0], second[0])
    return max(0, shared) / shorter


def _likeness(first: tuple[int, int], second: tuple[int, int]) -> float:
    """How alike two spans are: what they share over what they cover together (0..1)."""
    shared = min(first[1], second[1]) - max(first[0], second[0])
    together = max(first[1], second[1]) - min(first[0], second[0])
    return max(0, shared) / together if together > 0 else 0.0


def turned_down(rejected: Iterable[Spans], pairs: Sequence[Spans]) -> frozenset[int]:
    """Indexes of the ``pairs`` that a rejection in ``rejected`` hides.

    A pair matches a rejection when both its passages share at least
    :data:`SAME_PASSAGE` of the shorter with the rejected ones; of the pairs matching a
    rejection, only the most alike (ties: the first) is hidden.
    """
    hidden: set[int] = set()
    for a_start, a_end, b_start, b_end in rejected:
        best, best_likeness = -1, -1.0
        for index, (pa_start, pa_end, pb_start, pb_end) in enumerate(pairs):
            a_side = ((a_start, a_end), (pa_start, pa_end))
            b_side = ((b_start, b_end), (pb_start, pb_end))
            if overlap_share(*a_side) < SAME_PASSAGE or overlap_share(*b_side) < SAME_PASSAGE:
                continue
            likeness = _likeness(*a_side) + _likeness(*b_side)
            if likeness > best_likeness:
                best, best_likeness = index, likeness
        if best >= 0:
            hidden.add(best)
    return frozenset(hidden)


def rejection_key(rejection: Rejection) -> tuple[str, str, int, int, int, int]:
    """What makes two rejections the same, whichever way round the articles are named."""
    a = (rejection.article_a, rejection.a.start, rejection.a.end)
    b = (rejection.article_b, rejection.b.start, rejection.b.end)
    first, second = sorted((a, b))
    return (first[0], second[0], first[1], first[2], second[1], second[2])


def moved_with_text(project: Project, article_id: str, alignment: Alignment) -> list[Edit]:
    """Edits moving the rejections of ``article_id`` from ``alignment.old`` to
    ``alignment.new``: each passage of that article is mapped through the diff as an
    annotation would be (by its quote when it no longer matched the old text); a
    rejection with a passage that cannot be placed is removed."""
    changed: list[Edit] = []
    removed: list[Rejection] = []
    for rejection in project.rejections:
        if article_id not in (rejection.article_a, rejection.article_b):
            continue
        updated: Rejection | None = rejection
        for side in ("a", "b"):
            if updated is None or getattr(updated, f"article_{side}") != article_id:
                continue
            updated = _moved_side(updated, side, alignment)
        if updated is None:
            removed.append(rejection)
        elif updated != rejection:
            changed.append(Replace("Move rejection", rejection, updated))
    # Removed from the last row up, so undo puts each back at its own row.
    rows = sorted(removed, key=lambda r: project.rejections.row(r.id), reverse=True)
    return [*changed, *(Remove.of(project, r, "Drop rejection") for r in rows)]


def _moved_side(rejection: Rejection, side: str, alignment: Alignment) -> Rejection | None:
    """The rejection with its ``side`` passage placed in the new text, or None if it is gone."""
    from desktop_app.core.quote_search import search
    from desktop_app.core.reanchor import map_through  # only text updates need the diff

    old, new = alignment.old, alignment.new
    position: TextPosition = getattr(rejection, side)
    quote: TextQuote | None = getattr(rejection, f"quote_{side}")
    fits = position.start < position.end <= len(old)
    if quote is None:
        if not fits:
            return None
        quote = describe(old, position.start, position.end)[1]
    if fits and old[position.start : position.end] == quote.exact:
        placement = map_through(alignment, new, position, quote)
    else:
        placement = search(new, position, quote, hint=alignment.shifted(position.start))
    if not placement.placed or placement.end <= placement.start:
        return None
    new_position, new_quote = describe(new, placement.start, placement.end)
    if new_position == position and new_quote == quote:
        return rejection
    fields = {side: new_position, f"quote_{side}": new_quote}
    return msgspec.structs.replace(rejection, **fields)
