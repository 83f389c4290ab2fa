"""Collecting several project files into one project, as one undoable edit.

Articles are matched by SHA-256 (a matched article's annotations are re-pointed to the kept
article), codes by id and then by name (a code only a student has comes in, marked in its
description), annotators by id; annotations, links (absences among them) and rejected
compare suggestions keep their annotators, and a file's annotations without one are
attributed to an annotator named after the file. A pair of passages several files rejected
is kept once. Nothing is dropped: one id with two different versions keeps both, the second
under an id derived from its content, and is listed as a conflict. Collecting the same
file twice adds nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import msgspec

from desktop_app.core.classroom.ids import Conflict, derived_id, file_annotator_id
from desktop_app.core.edits import Compound, Edit, Insert
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Article, Code, Link, Rejection
from desktop_app.core.rejections import rejection_key

R = TypeVar("R", Article, Code, Annotator, Annotation, Link, Rejection)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One file to collect: its name (shown in marks and conflicts) and its project."""

    name: str
    project: Project


@dataclass
class Collected:
    """What collecting would do: the edit (None if nothing is new) and what to tell."""

    edit: Edit | None
    conflicts: list[Conflict] = field(default_factory=list)
    #: Records added per section ("articles", "codes", "annotators", "annotations", "links",
    #: "rejections").
    added: Counter[str] = field(default_factory=Counter)
    #: Names of codes that came in from a file and were not in the codebook.
    extra_codes: list[str] = field(default_factory=list)


def collect(project: Project, files: Sequence[Incoming], label: str = "Collect") -> Collected:
    """The edit bringing ``files`` into ``project`` (apply it, or push it on the undo stack)."""
    state = _State(project, label)
    for incoming in files:
        state.take(incoming)
    edit = Compound(label, tuple(state.edits)) if state.edits else None
    return Collected(edit, state.conflicts, state.added, state.extra_codes)


class _State:
    """The project as it will be after the edits gathered so far."""

    def __init__(self, project: Project, label: str) -> None:
        self.label = label
        self.edits: list[Edit] = []
        self.conflicts: list[Conflict] = []
        self.added: Counter[str] = Counter()
        self.extra_codes: list[str] = []
        self.articles: dict[str, Article] = {a.id: a for a in project.articles}
        self.by_sha = {a.sha256: a.id for a in project.articles}
        self.codes: dict[str, Code] = {c.id: c for c in project.codes}
        self.by_name = {c.name.casefold(): c.id for c in project.codes}
        self.shortcuts = {c.shortcut for c in project.codes if c.shortcut}
        self.annotators: dict[str, Annotator] = {a.id: a for a in project.annotators}
        self.annotations: dict[str, Annotation] = {a.id: a for a in project.annotations}
        self.links: dict[str, Link] = {link.id: link for link in project.links}
        self.rejections: dict[str, Rejection] = {r.id: r for r in project.rejections}
        self.rejected = {rejection_key(r) for r in project.rejections}

    def add(
        self, section: str, record: Article | Code | Annotator | Annotation | Link | Rejection
    ) -> None:
        self.edits.append(Insert(self.label, record))
        self.added[section] += 1

    def take(self, incoming: Incoming) -> None:
        source = incoming.project
        articles = {a.id: self._article(a) for a in source.articles}
        codes = self._codes(list(source.codes), incoming.name)
        people = {a.id: self._annotator(a) for a in source.annotators}
        kept_ids: dict[str, str] = {}
        for annotation in source.annotations:
            if annotation.article not in articles:
                continue  # validation drops these on opening; a project never holds one
            who = people.get(annotation.annotator) if annotation.annotator else None
            if who is None:
                who = self._file_annotator(incoming.name)
            tags = tuple(dict.fromkeys(codes[t] for t in annotation.tags if t in codes))
            mapped = msgspec.structs.replace(
                annotation, article=articles[annotation.article], tags=tags, annotator=who
            )
            kept_ids[annotation.id] = self._keep("annotations", self.annotations, mapped)
        for link in source.links:
            if link.source not in kept_ids or link.target not in kept_ids:
                continue
            maker = people.get(link.annotator) if link.annotator else None
            mapped_link = msgspec.structs.replace(
                link, source=kept_ids[link.source], target=kept_ids[link.target], annotator=maker
            )
            self._keep("links", self.links, mapped_link)
        for rejection in source.rejections:
            if rejection.article_a not in articles or rejection.article_b not in articles:
                continue
            maker = people.get(rejection.annotator) if rejection.annotator else None
            mapped_rejection = msgspec.structs.replace(
                rejection,
                article_a=articles[rejection.article_a],
                article_b=articles[rejection.article_b],
                annotator=maker,
            )
            key = rejection_key(mapped_rejection)
            if key not in self.rejected:
                self.rejected.add(key)
                self._keep("rejections", self.rejections, mapped_rejection)

    def _keep(self, section: str, kept: dict[str, R], record: R) -> str:
        """Add ``record`` unless an equal one is there; a different one with its id: both."""
        existing = kept.get(record.id)
        if existing is None:
            kept[record.id] = record
            self.add(section, record)
            return record.id
        if existing == record:
            return record.id
        copy_id = derived_id(record)
        if kept.get(copy_id) is None:
            copy = msgspec.structs.replace(record, id=copy_id)
            kept[copy_id] = copy
            self.add(section, copy)
            self.conflicts.append(
                Conflict(section, record.id, copy_id, "two different versions of one record")
            )
        return copy_id

    def _article(self, article: Article) -> str:
        """The id the article will have: the kept one with the same text, or its own."""
        same_text = self.by_sha.get(article.sha256)
        if same_text is not None:
            return same_text
        kept = self._keep("articles", self.articles, article)
        self.by_sha[article.sha256] = kept
        return kept

    def _codes(self, codes: list[Code], source: str) -> dict[str, str]:
        """Incoming code id -> kept code id; new codes added, marked, parents mapped."""
        mapping: dict[str, str] = {}
        new: list[Code] = []
        for code in codes:
            existing = self.codes.get(code.id)
            if existing is not None and existing.name.casefold() == code.name.casefold():
                mapping[code.id] = code.id
            elif existing is None and code.name.casefold() in self.by_name:
                mapping[code.id] = self.by_name[code.name.casefold()]
            else:
                new.append(code)
                mapping[code.id] = derived_id(code) if existing is not None else code.id
        for code in new:
            kept_id = mapping[code.id]
            if kept_id in self.codes:
                continue  # collected before
            parent = mapping.get(code.parent) if code.parent else None
            shortcut = "" if code.shortcut in self.shortcuts else code.shortcut
            mark = f"Came in from {source}; not in the codebook."
            description = f"{code.description}\n\n{mark}" if code.description else mark
            added = msgspec.structs.replace(
                code, id=kept_id, parent=parent, shortcut=shortcut, description=description
            )
            if kept_id != code.id:
                self.conflicts.append(
                    Conflict("codes", code.id, kept_id, f"another code has this id ({code.name})")
                )
            self.codes[kept_id] = added
            self.by_name.setdefault(code.name.casefold(), kept_id)
            if shortcut:
                self.shortcuts.add(shortcut)
            self.extra_codes.append(code.name)
            self.add("codes", added)
        return mapping

    def _annotator(self, annotator: Annotator) -> str:
        existing = self.annotators.get(annotator.id)
        if existing is not None and existing.name == annotator.name:
            return annotator.id
        return self._keep("annotators", self.annotators, annotator)

    def _file_annotator(self, source: str) -> str:
        """The annotator standing for a file's annotations that carry none."""
        annotator = Annotator(id=file_annotator_id(source), name=source)
        return self._keep("annotators", self.annotators, annotator)
