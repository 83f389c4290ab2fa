"""What a reader does to annotations, expressed as edits: tag, untag, note, delete.

Each function inspects the project and returns the :class:`~desktop_app.core.edits.Edit`
that does the job (or None when there is nothing to do); the caller applies it, usually
through the undo stack.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import msgspec

from desktop_app.core.anchoring import describe, trim_span
from desktop_app.core.edits import Compound, Edit, Insert, Remove, Replace
from desktop_app.core.project import Project
from desktop_app.core.records import ABSENT, Annotation, new_id, utc_now


class SpanError(ValueError):
    """A span that cannot be annotated (empty, blank or outside the text)."""


def annotation_on(
    text: str,
    article_id: str,
    start: int,
    end: int,
    *,
    tags: tuple[str, ...] = (),
    note: str = "",
    annotator: str | None,
    now: datetime,
) -> Annotation:
    """A new annotation record on ``text[start:end]`` of an article (position and quote
    described from the text; created and modified ``now``)."""
    position, quote = describe(text, start, end)
    return Annotation(
        id=new_id(),
        article=article_id,
        position=position,
        quote=quote,
        tags=tags,
        note=note,
        annotator=annotator,
        created=now,
        modified=now,
    )


def checked_span(text: str, start: int, end: int, *, purpose: str) -> tuple[int, int]:
    """``[start, end)`` trimmed of surrounding white space, ready to be annotated.

    Raises :class:`SpanError` when it is outside ``text`` or holds nothing but white space
    ("nothing to ``purpose``: …"). Tagging and notes both check their span here.
    """
    if not 0 <= start <= end <= len(text):
        raise SpanError(f"{start}..{end} is outside the article ({len(text)} characters)")
    start, end = trim_span(text, start, end)
    if start == end:
        raise SpanError(f"nothing to {purpose}: the selection is empty or only white space")
    return start, end


def remove_annotations(
    project: Project, annotations: Iterable[Annotation], label: str = ""
) -> list[Edit]:
    """The steps removing ``annotations`` and every link touching them.

    A link never outlives its annotations: every path that deletes annotations (delete,
    untagging the last tag, deleting a code or an article) goes through here. An absence
    (the empty annotation an :data:`ABSENT` link points at) goes with the passage it was
    noted for, unless another link still uses it. Links go first, then annotations, each
    list from its last row up, so every remembered row is right when the steps are undone
    in reverse.
    """
    doomed = {annotation.id: annotation for annotation in annotations}
    links = [link for link in project.links if link.source in doomed or link.target in doomed]
    for link in links:
        absence = project.annotations.get(link.target) if link.relation == ABSENT else None
        if absence is None or absence.id in doomed or absence.start != absence.end:
            continue
        if all(k in links for k in project.links if absence.id in (k.source, k.target)):
            doomed[absence.id] = absence
    steps: list[Edit] = [
        Remove.of(project, link, label)
        for link in sorted(links, key=lambda k: project.links.row(k.id), reverse=True)
    ]
    steps += [
        Remove.of(project, annotation, label)
        for annotation in sorted(
            doomed.values(), key=lambda a: project.annotations.row(a.id), reverse=True
        )
    ]
    return steps


def _one_step(label: str, steps: list[Edit]) -> Edit:
    return steps[0] if len(steps) == 1 else Compound(label, tuple(steps))


def toggle_tag(
    project: Project,
    article_id: str,
    start: int,
    end: int,
    code_id: str,
    *,
    annotator: str | None = None,
    now: datetime | None = None,
) -> Edit:
    """Tag ``[start, end)`` with a code, or take the code off if the span already has it.

    The span is trimmed of surrounding white space first. An annotation covering exactly
    that span (with ``annotator``: theirs or one carrying no annotator, never another
    coder's) gains (or loses) the tag; otherwise a new annotation is made. Removing the
    last tag of an annotation that has no note removes the annotation.
    """
    article = project.articles[article_id]
    code = project.codes[code_id]
    start, end = checked_span(article.text, start, end, purpose="tag")
    now = now or utc_now()
    existing = _coded_by(project, article_id, start, end, annotator)
    if existing is None:
        annotation = annotation_on(
            article.text, article_id, start, end, tags=(code_id,), annotator=annotator, now=now
        )
        return Insert(f"Tag “{code.name}”", annotation)
    if code_id in existing.tags:
        tags = tuple(t for t in existing.tags if t != code_id)
        label = f"Remove tag “{code.name}”"
        if not tags and not existing.note:
            return _one_step(label, remove_annotations(project, [existing], label))
    else:
        tags = (*existing.tags, code_id)
        label = f"Tag “{code.name}”"
    return Replace(label, existing, msgspec.structs.replace(existing, tags=tags, modified=now))


def _coded_by(
    project: Project, article_id: str, start: int, end: int, annotator: str | None
) -> Annotation | None:
    """The annotation on exactly ``[start, end)`` that ``annotator`` may change: their own,
    else one that carries no annotator; never another coder's (None: any, as before)."""
    if annotator is None:
        return project.annotation_with_span(article_id, start, end)
    same = [
        a
        for a in project.annotations_in(article_id, start, end)
        if a.start == start and a.end == end and a.annotator in (annotator, None)
    ]
    return next((a for a in same if a.annotator == annotator), same[0] if same else None)


def set_note(
    project: Project, annotation_id: str, note: str, *, now: datetime | None = None
) -> Edit | None:
    """Set an annotation's note; None when the note is unchanged."""
    annotation = project.annotations[annotation_id]
    note = note.strip()
    if note == annotation.note:
        return None
    label = "Edit note" if annotation.note and note else ("Add note" if note else "Remove note")
    new = msgspec.structs.replace(annotation, note=note, modified=now or utc_now())
    return Replace(label, annotation, new)


def add_note(
    project: Project,
    article_id: str,
    start: int,
    end: int,
    note: str,
    *,
    annotator: str | None = None,
    now: datetime | None = None,
) -> Edit:
    """A new, untagged annotation on ``[start, end)`` carrying ``note``."""
    article = project.articles[article_id]
    start, end = checked_span(article.text, start, end, purpose="annotate")
    now = now or utc_now()
    annotation = annotation_on(
        article.text, article_id, start, end, note=note.strip(), annotator=annotator, now=now
    )
    return Insert("Add note", annotation)


def delete_annotations(project: Project, annotation_ids: list[str]) -> Edit | None:
    """Delete annotations and the links touching them as one step; None when the list is
    empty."""
    annotations = [project.annotations[i] for i in dict.fromkeys(annotation_ids)]
    if not annotations:
        return None
    if len(annotations) == 1:
        label = "Delete annotation"
        return _one_step(label, remove_annotations(project, annotations, label))
    return Compound(
        f"Delete {len(annotations)} annotations", tuple(remove_annotations(project, annotations))
    )
