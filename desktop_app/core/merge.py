"""Adding imported material to a project as one undoable edit."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from typing import Protocol

import msgspec

from desktop_app.core.edits import Compound, Edit, Insert, Replace
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Article, Code, Link, Rejection
from desktop_app.core.rejections import rejection_key


class Bundle(Protocol):
    """What an importer produced (``importers.registry.Imported`` has this shape)."""

    articles: list[Article]
    codes: list[Code]
    annotators: list[Annotator]
    annotations: list[Annotation]
    links: list[Link]
    rejections: list[Rejection]


def merge_imported(project: Project, bundle: Bundle, label: str = "Import") -> Edit | None:
    """One edit adding a bundle's articles, codes, annotators, annotations, links (absences
    among them) and rejected suggestions.

    Records whose id the project already has are not added twice. A code whose *name*
    matches an existing code (case-insensitive) is merged into it: annotations referring
    to the imported code refer to the existing one instead. An annotation of a passage the
    project already has with the same codes (:func:`already_present`) is not added again;
    a note it brings is added to the existing one's, and its links join the existing one.
    A link comes in only when both its ends are there and no link already joins them with
    its relation; a rejection only when both its articles are there and the same pair is
    not rejected already. None if nothing is new.
    """
    edits: list[Edit] = []
    code_alias: dict[str, str] = {}
    seen: set[str] = set()  # a bundle may repeat an id (a file listing an item twice)

    def new(record_id: str, existing: Container[str]) -> bool:
        if record_id in seen or record_id in existing:
            return False
        seen.add(record_id)
        return True

    for article in bundle.articles:
        if new(article.id, project.articles):
            edits.append(Insert(label, article))
    for code in bundle.codes:
        if not new(code.id, project.codes):
            continue
        same_name = project.code_by_name(code.name)
        if same_name is not None:
            code_alias[code.id] = same_name.id
            continue
        edits.append(Insert(label, code))
    for annotator in bundle.annotators:
        if new(annotator.id, project.annotators):
            edits.append(Insert(label, annotator))
    present = _passages(project.annotations)
    noted: dict[str, Annotation] = {}
    same_as: dict[str, str] = {}  # an imported annotation id -> the existing one it joins
    for annotation in bundle.annotations:
        if not new(annotation.id, project.annotations):
            continue
        if code_alias and any(t in code_alias for t in annotation.tags):
            tags = tuple(dict.fromkeys(code_alias.get(t, t) for t in annotation.tags))
            annotation = msgspec.structs.replace(annotation, tags=tags)
        existing = present.get(_passage(annotation))
        if existing is None:
            edits.append(Insert(label, annotation))
            continue
        same_as[annotation.id] = existing.id
        # the same passage with the same codes, back from another tool under a new id
        current = noted.get(existing.id, existing)
        if annotation.note.strip() and annotation.note.strip() not in current.note:
            merged_note = "\n\n".join(n for n in (current.note, annotation.note.strip()) if n)
            noted[existing.id] = msgspec.structs.replace(current, note=merged_note)
    edits += [Replace(label, project.annotations[i], a) for i, a in noted.items()]
    edits += _links(project, bundle, same_as, new, label)
    edits += _rejections(project, bundle, new, label)
    if not edits:
        return None
    return Compound(label, tuple(edits))


def _links(
    project: Project,
    bundle: Bundle,
    same_as: dict[str, str],
    new: Callable[[str, Container[str]], bool],
    label: str,
) -> list[Edit]:
    """The bundle's links whose two annotations are (or will be) in the project, their ends
    moved to the existing annotations that imported ones joined, without duplicates."""
    known = set(project.annotations.ids()) | {a.id for a in bundle.annotations}
    joined = {_link_key(link) for link in project.links}
    edits: list[Edit] = []
    for link in bundle.links:
        if not new(link.id, project.links) or link.source not in known or link.target not in known:
            continue
        source, target = (
            same_as.get(link.source, link.source),
            same_as.get(link.target, link.target),
        )
        if (source, target) != (link.source, link.target):
            link = msgspec.structs.replace(link, source=source, target=target)
        key = _link_key(link)
        if source == target or key in joined:
            continue
        joined.add(key)
        edits.append(Insert(label, link))
    return edits


def _link_key(link: Link) -> tuple[frozenset[str], str]:
    return frozenset((link.source, link.target)), link.relation


def _rejections(
    project: Project, bundle: Bundle, new: Callable[[str, Container[str]], bool], label: str
) -> list[Edit]:
    """The bundle's rejections of two articles the project has (or gets), once each."""
    articles = set(project.articles.ids()) | {a.id for a in bundle.articles}
    rejected = {rejection_key(r) for r in project.rejections}
    edits: list[Edit] = []
    for rejection in bundle.rejections:
        if not new(rejection.id, project.rejections):
            continue
        key = rejection_key(rejection)
        if key in rejected or not {rejection.article_a, rejection.article_b} <= articles:
            continue
        rejected.add(key)
        edits.append(Insert(label, rejection))
    return edits


def already_present(project: Project, bundle: Bundle) -> int:
    """How many of a bundle's annotations (ids new to the project) mark a passage the
    project already has with the same codes: same article, same span, same tags, e.g. a
    file exported from this project and round-tripped through a tool that makes new ids.
    :func:`merge_imported` adds these to the existing annotation (its note) instead."""
    present = _passages(project.annotations)
    aliases = {
        code.id: same.id
        for code in bundle.codes
        if code.id not in project.codes and (same := project.code_by_name(code.name))
    }
    count = 0
    for annotation in bundle.annotations:
        if annotation.id in project.annotations:
            continue
        tags = tuple(aliases.get(t, t) for t in annotation.tags)
        count += _passage(annotation, tags) in present
    return count


Passage = tuple[str, int, int, frozenset[str]]


def _passage(annotation: Annotation, tags: tuple[str, ...] | None = None) -> Passage:
    chosen = annotation.tags if tags is None else tags
    return annotation.article, annotation.start, annotation.end, frozenset(chosen)


def _passages(annotations: Iterable[Annotation]) -> dict[Passage, Annotation]:
    """Placed, tagged passages by passage (orphans have no reliable span; an absence, an
    empty annotation, is a note of its own even where another absence sits)."""
    return {
        _passage(a): a for a in annotations if a.tags and a.anchor != "orphaned" and a.start < a.end
    }


def one_per_passage(
    annotations: list[Annotation], linked: Container[str] = ()
) -> tuple[list[Annotation], int]:
    """Annotations of one import with several codings of the same passage by the same
    person with different codes (QualCoder exports one selection per code, its note copied
    onto each) merged into one annotation with all their tags, the notes joined once each;
    and how many were merged away. Orphans, untagged annotations, the same code twice and
    annotations a link refers to are left as they are."""
    merged: dict[tuple[str, int, int, str | None], Annotation] = {}
    kept: list[Annotation] = []
    count = 0
    for annotation in annotations:
        if annotation.anchor == "orphaned" or annotation.id in linked:
            kept.append(annotation)
            continue
        key = (annotation.article, annotation.start, annotation.end, annotation.annotator)
        first = merged.get(key)
        if first is None or not first.tags or not annotation.tags:
            merged.setdefault(key, annotation)
            kept.append(annotation)
            continue
        if set(first.tags) & set(annotation.tags):  # the same code twice: kept apart
            kept.append(annotation)
            continue
        notes = dict.fromkeys(n for n in (first.note, annotation.note) if n.strip())
        combined = msgspec.structs.replace(
            first,
            tags=tuple(dict.fromkeys((*first.tags, *annotation.tags))),
            note="\n\n".join(notes),
            created=min(first.created, annotation.created),
            modified=max(first.modified, annotation.modified),
        )
        kept[kept.index(first)] = merged[key] = combined
        count += 1
    return kept, count
