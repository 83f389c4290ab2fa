"""Giving an article a new text: annotations re-anchored, absences and rejections moved along.

``core.reanchor.replace_article_text`` places the annotations; this adds what compare
mode recorded on the article, in the same undoable edit. An absence (an empty annotation
where a passage of the other article would be) is a point, not a passage: it moves with
the text around it through the same diff instead of being orphaned. Rejected suggestions
move like annotations and are dropped when their passage is gone (``core.rejections``).
Every text-update path (the window's Update Text, ``parallax update``) goes through here.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.edits import Compound, Replace
from desktop_app.core.link_edits import absences
from desktop_app.core.project import Project
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import AnchorResult, Reanchoring, replace_article_text
from desktop_app.core.records import AnchorState, Annotation, TextQuote, utc_now
from desktop_app.core.rejections import moved_with_text
from desktop_app.core.text import canonicalize


def update_article_text(
    project: Project, article_id: str, new_text: str, *, now: datetime | None = None
) -> Reanchoring:
    """Like :func:`~desktop_app.core.reanchor.replace_article_text` (nothing changes until
    the returned edit is applied), with the article's absences and rejections moved too."""
    old_text = project.articles[article_id].text
    now = now or utc_now()
    points = {
        a.id: a
        for a in absences(project, article_id)
        if a.start == a.end and a.anchor != "orphaned"
    }
    rejected = any(article_id in (r.article_a, r.article_b) for r in project.rejections)
    if not points and not rejected:
        return replace_article_text(project, article_id, new_text, now=now)
    # one diff for the annotations, the absences and the rejections alike
    alignment = Alignment(old_text, canonicalize(new_text))
    outcome = replace_article_text(project, article_id, new_text, now=now, alignment=alignment)
    results = list(outcome.results)
    edits = list(outcome.edit.edits if isinstance(outcome.edit, Compound) else [outcome.edit])
    edits = [e for e in edits if not (isinstance(e, Replace) and e.new.id in points)]
    for row, result in enumerate(results):
        absence = points.get(result.annotation_id)
        if absence is None:
            continue
        placement, moved = _moved_point(absence, alignment, now)
        results[row] = AnchorResult(absence.id, absence.start, absence.end, placement)
        if moved != absence:
            edits.append(Replace("Re-anchor", absence, moved))
    edits += moved_with_text(project, article_id, alignment)
    return Reanchoring(tuple(results), Compound(outcome.edit.label, tuple(edits)))


def _moved_point(
    absence: Annotation, alignment: Alignment, now: datetime
) -> tuple[Placement, Annotation]:
    """Where an absence lands in the new text, and the absence placed there."""
    new_text = alignment.new
    offset = alignment.shifted(min(absence.start, len(alignment.old)))
    position, quote = describe(new_text, offset, offset)
    old = absence.quote
    kept = quote.prefix.endswith(old.prefix[-8:]) and quote.suffix.startswith(old.suffix[:8])
    state: AnchorState = ("exact" if offset == absence.start else "moved") if kept else "fuzzy"
    placement = Placement(state, offset, offset, 1.0 if kept else 0.5)
    if position == absence.position and quote == absence.quote:
        return placement, absence
    moved = msgspec.structs.replace(
        absence, position=position, quote=quote, anchor=state, modified=now
    )
    return placement, moved


#: Least length (code points, white space aside) of context that may place a point alone.
POINT_CONTEXT = 8


def place_point(text: str, offset: int, quote: TextQuote) -> int | None:
    """Where an empty passage (an absence) belongs in ``text`` when its earlier version is
    unknown: at ``offset`` if its context is still around it, else between its prefix and
    suffix, else after its prefix or before its suffix (the occurrence nearest ``offset``);
    None if its context is gone."""
    prefix, suffix = quote.prefix, quote.suffix
    if (
        0 <= offset <= len(text)
        and text[max(0, offset - len(prefix)) : offset] == prefix
        and text[offset : offset + len(suffix)] == suffix
    ):
        return offset
    for needle, shift in ((prefix + suffix, len(prefix)), (prefix, len(prefix)), (suffix, 0)):
        if len(needle.strip()) < POINT_CONTEXT:
            continue
        found = []
        at = text.find(needle)
        while at != -1:
            found.append(at + shift)
            at = text.find(needle, at + 1)
        if found:
            return min(found, key=lambda point: (abs(point - offset), point))
    return None
