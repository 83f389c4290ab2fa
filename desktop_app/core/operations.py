"""What a reader does to annotations, expressed as edits: tag, untag, note, delete.

Each function inspects the project and returns the :class:`~desktop_app.core.edits.Edit`
that does the job (or None when there is nothing to do); the caller applies it, usually
through the undo stack.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

from desktop_app.core.anchoring import describe, trim_span
from desktop_app.core.edits import Compound, Edit, Insert, Remove, Replace
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, new_id, utc_now


class SpanError(ValueError):
    """A span that cannot be annotated (empty, blank or outside the text)."""


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
    if not 0 <= start <= end <= len(article.text):
        raise SpanError(f"{start}..{end} is outside the article ({len(article.text)} characters)")
    start, end = trim_span(article.text, start, end)
    if start == end:
        raise SpanError("nothing to tag: the selection is empty or only white space")
    now = now or utc_now()
    existing = _coded_by(project, article_id, start, end, annotator)
    if existing is None:
        position, quote = describe(article.text, start, end)
        annotation = Annotation(
            id=new_id(),
            article=article_id,
            position=position,
            quote=quote,
            tags=(code_id,),
            annotator=annotator,
            created=now,
            modified=now,
        )
        return Insert(f"Tag “{code.name}”", annotation)
    if code_id in existing.tags:
        tags = tuple(t for t in existing.tags if t != code_id)
        label = f"Remove tag “{code.name}”"
        if not tags and not existing.note:
            return Remove.of(project, existing, label)
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
    if not 0 <= start <= end <= len(article.text):
        raise SpanError(f"{start}..{end} is outside the article ({len(article.text)} characters)")
    start, end = trim_span(article.text, start, end)
    if start == end:
        raise SpanError("nothing to annotate: the selection is empty or only white space")
    now = now or utc_now()
    position, quote = describe(article.text, start, end)
    annotation = Annotation(
        id=new_id(),
        article=article_id,
        position=position,
        quote=quote,
        note=note.strip(),
        annotator=annotator,
        created=now,
        modified=now,
    )
    return Insert("Add note", annotation)


def delete_annotations(project: Project, annotation_ids: list[str]) -> Edit | None:
    """Delete annotations as one step; None when the list is empty."""
    annotations = [project.annotations[i] for i in dict.fromkeys(annotation_ids)]
    if not annotations:
        return None
    if len(annotations) == 1:
        return Remove.of(project, annotations[0], "Delete annotation")
    # Remove from the last row up, so each recorded row is valid when reverted in reverse.
    annotations.sort(key=lambda a: project.annotations.row(a.id), reverse=True)
    edits = tuple(Remove.of(project, a, "") for a in annotations)
    return Compound(f"Delete {len(annotations)} annotations", edits)
