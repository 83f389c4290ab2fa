"""Links between passages of two articles, as edits: accept a suggested pair, link by hand.

A link joins two annotations; a passage that is not annotated yet gets an untagged
annotation in the same step, so one undo takes the whole link away again.
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.anchoring import trim_span
from desktop_app.core.annotation_edits import SpanError, annotation_on
from desktop_app.core.edits import Compound, Edit, Insert
from desktop_app.core.project import Project
from desktop_app.core.records import ABSENT as ABSENT
from desktop_app.core.records import Annotation, Link, new_id, utc_now

#: The relations a reader picks from (the user may add their own).
LINK_RELATIONS: tuple[str, ...] = (
    "same fact",
    "contradicts",
    "adds detail",
    "different attribution",
    "different framing",
)
#: The link relation a suggestion of the engine starts as.
SUGGESTED_RELATION: dict[str, str] = {
    "same_fact": "same fact",
    "near_copy": "same fact",
    "shared_quote": "same fact",
    "adds_detail": "adds detail",
    "contradicts": "contradicts",
}


def relation_choices(project: Project) -> list[str]:
    """The standard relations, then every other relation the project's links already use."""
    own = [link.relation for link in project.links if link.relation not in LINK_RELATIONS]
    return [*LINK_RELATIONS, *dict.fromkeys(own)]


def _passage(
    project: Project,
    article_id: str,
    start: int,
    end: int,
    annotator: str | None,
    now: datetime,
) -> tuple[Annotation, Edit | None]:
    article = project.articles[article_id]
    if not 0 <= start <= end <= len(article.text):
        raise SpanError(f"{start}..{end} is outside the article ({len(article.text)} characters)")
    start, end = trim_span(article.text, start, end)
    if start == end:
        raise SpanError("nothing to link: the passage is empty or only white space")
    existing = project.annotation_with_span(article_id, start, end)
    if existing is not None:
        return existing, None
    annotation = annotation_on(article.text, article_id, start, end, annotator=annotator, now=now)
    return annotation, Insert("", annotation)


def link_passages(
    project: Project,
    source: tuple[str, int, int],
    target: tuple[str, int, int],
    relation: str,
    *,
    note: str = "",
    annotator: str | None = None,
    now: datetime | None = None,
) -> Edit:
    """Link passage ``source`` (article id, start, end) to ``target`` as one edit.

    Each end reuses the annotation covering exactly that (trimmed) span, or gets a new,
    untagged one. Raises :class:`SpanError` for an empty span and ValueError for an
    empty relation, two ends on the same annotation, or a link these two passages already
    have with this relation (either way round).
    """
    relation = relation.strip()
    if not relation:
        raise ValueError("a link needs a relation")
    now = now or utc_now()
    first, add_first = _passage(project, *source, annotator, now)
    second, add_second = _passage(project, *target, annotator, now)
    if first.id == second.id:
        raise ValueError("a passage cannot be linked to itself")
    ends = {first.id, second.id}
    if any({k.source, k.target} == ends and k.relation == relation for k in project.links):
        raise ValueError(f"these two passages are already linked as “{relation}”")
    link = Link(
        id=new_id(),
        source=first.id,
        target=second.id,
        relation=relation,
        note=note.strip(),
        annotator=annotator,
        created=now,
    )
    edits = tuple(e for e in (add_first, add_second) if e is not None)
    return Compound(f"Link “{relation}”", (*edits, Insert("", link)))


def link_between(project: Project, first_id: str, second_id: str) -> Link | None:
    """A link joining these two annotations (either way round), if there is one."""
    ends = {first_id, second_id}
    return next((link for link in project.links if {link.source, link.target} == ends), None)


def record_absence(
    project: Project,
    source: tuple[str, int, int],
    other_article: str,
    offset: int,
    code_id: str,
    *,
    annotator: str | None = None,
    now: datetime | None = None,
) -> Edit:
    """Note that ``other_article`` is silent on passage ``source``, coded ``code_id``.

    One edit: the passage gets an (untagged) annotation if it has none, the other article
    an empty annotation at ``offset`` (where the passage would be) carrying the code, and
    a link of relation :data:`ABSENT` joins them.
    """
    code = project.codes[code_id]
    text = project.articles[other_article].text
    if not 0 <= offset <= len(text):
        raise SpanError(f"{offset} is outside the article ({len(text)} characters)")
    now = now or utc_now()
    passage, add_passage = _passage(project, *source, annotator, now)
    absence = annotation_on(
        text, other_article, offset, offset, tags=(code_id,), annotator=annotator, now=now
    )
    link = Link(
        id=new_id(),
        source=passage.id,
        target=absence.id,
        relation=ABSENT,
        annotator=annotator,
        created=now,
    )
    edits = (add_passage,) if add_passage is not None else ()
    return Compound(f"Absent: “{code.name}”", (*edits, Insert("", absence), Insert("", link)))


def absences(project: Project, article_id: str | None = None) -> list[Annotation]:
    """The absence annotations (of one article, or of all), in project order."""
    targets = {link.target for link in project.links if link.relation == ABSENT}
    return [
        a
        for a in project.annotations
        if a.id in targets and (article_id is None or a.article == article_id)
    ]


def absence_counts(project: Project, article_id: str | None = None) -> dict[str, int]:
    """How many absences each code has (in one article, or in all)."""
    counts: dict[str, int] = {}
    for annotation in absences(project, article_id):
        for tag in annotation.tags:
            counts[tag] = counts.get(tag, 0) + 1
    return counts
