"""The project aggregate: articles, codebook, annotators, annotations, links, and change events.

Only ``core.edits`` mutates a project (through the underscore methods), so every change a
user can make is undoable; everything else reads. Each primitive change is announced on
:attr:`Project.about_to_change`, then on :attr:`Project.changed`, as one :class:`Change`
naming the record before and after: all a view needs to update just what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Generic, Literal, TypeVar

import msgspec

from desktop_app.core.events import Signal
from desktop_app.core.intervals import IntervalIndex
from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Assignment,
    Code,
    Link,
    ProjectInfo,
    Rejection,
    new_id,
    utc_now,
)

R = TypeVar("R", Article, Code, Annotator, Annotation, Link, Rejection)
#: Any record a project holds in a list.
Record = Article | Code | Annotator | Annotation | Link | Rejection
#: Any record a change may name.
Changed = Record | ProjectInfo | Assignment
ChangeKind = Literal["added", "removed", "changed"]


class Change(msgspec.Struct, frozen=True):
    """One primitive change: a record added (``old`` is None), removed, or replaced."""

    kind: ChangeKind
    old: (
        Article | Code | Annotator | Annotation | Link | Rejection | ProjectInfo | Assignment | None
    )
    new: (
        Article | Code | Annotator | Annotation | Link | Rejection | ProjectInfo | Assignment | None
    )
    index: int

    @property
    def record(
        self,
    ) -> Article | Code | Annotator | Annotation | Link | Rejection | ProjectInfo | Assignment:
        """The record after the change, or the removed one."""
        record = self.new if self.new is not None else self.old
        assert record is not None
        return record


class RecordList(Generic[R]):
    """An ordered collection of records keyed by id, with O(1) lookup and row numbers."""

    __slots__ = ("_by_id", "_order", "_rows")

    def __init__(self, records: Iterable[R] = ()) -> None:
        self._by_id: dict[str, R] = {}
        self._order: list[str] = []
        self._rows: dict[str, int] | None = None
        for record in records:
            if record.id in self._by_id:
                raise ValueError(f"duplicate id {record.id}")
            self._by_id[record.id] = record
            self._order.append(record.id)

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[R]:
        # A C-level map, not a generator: saving lists 10,000 annotations at a time.
        return map(self._by_id.__getitem__, self._order)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    def __getitem__(self, record_id: str) -> R:
        return self._by_id[record_id]

    def get(self, record_id: str | None) -> R | None:
        """The record with this id, or None."""
        return self._by_id.get(record_id) if record_id is not None else None

    def at(self, row: int) -> R:
        """The record at ``row``."""
        return self._by_id[self._order[row]]

    def row(self, record_id: str) -> int:
        """The row of the record with this id."""
        if self._rows is None:
            self._rows = {rid: i for i, rid in enumerate(self._order)}
        return self._rows[record_id]

    def ids(self) -> list[str]:
        """Ids in order (a copy)."""
        return list(self._order)

    def _insert(self, record: R, index: int | None = None) -> int:
        if record.id in self._by_id:
            raise ValueError(f"duplicate id {record.id}")
        if index is None or index >= len(self._order):
            index = len(self._order)
            if self._rows is not None:
                self._rows[record.id] = index
        else:
            self._rows = None
        self._order.insert(index, record.id)
        self._by_id[record.id] = record
        return index

    def _remove(self, record_id: str) -> int:
        index = self.row(record_id)
        del self._order[index]
        del self._by_id[record_id]
        if index == len(self._order):
            assert self._rows is not None
            del self._rows[record_id]
        else:
            self._rows = None
        return index

    def _replace(self, record: R) -> int:
        if record.id not in self._by_id:
            raise KeyError(record.id)
        self._by_id[record.id] = record
        return self.row(record.id)


class Project:
    """Everything one project file holds, plus indexes for fast lookups."""

    def __init__(
        self,
        *,
        info: ProjectInfo | None = None,
        articles: Iterable[Article] = (),
        codes: Iterable[Code] = (),
        annotators: Iterable[Annotator] = (),
        annotations: Iterable[Annotation] = (),
        links: Iterable[Link] = (),
        assignment: Assignment | None = None,
        rejections: Iterable[Rejection] = (),
    ) -> None:
        now = utc_now()
        self.info = info or ProjectInfo(id=new_id(), created=now, modified=now)
        #: The exercise this project is (None for an ordinary project).
        self.assignment = assignment
        self.articles: RecordList[Article] = RecordList(articles)
        self.codes: RecordList[Code] = RecordList(codes)
        self.annotators: RecordList[Annotator] = RecordList(annotators)
        self.annotations: RecordList[Annotation] = RecordList(annotations)
        self.links: RecordList[Link] = RecordList(links)
        #: Compare-mode suggestions the reader turned down (per pair of articles).
        self.rejections: RecordList[Rejection] = RecordList(rejections)
        #: Emitted before each primitive change (item models need "about to" notice).
        self.about_to_change: Signal[Change] = Signal()
        #: Emitted after each primitive change.
        self.changed: Signal[Change] = Signal()
        # Interval indexes are built per article on first use (a pane showing it), so that
        # loading a large project does not pay for articles nobody looks at yet.
        self._index: dict[str, IntervalIndex] = {}

    # -- queries -------------------------------------------------------------------------

    def annotations_in(self, article_id: str, start: int, end: int) -> list[Annotation]:
        """Annotations of an article overlapping ``[start, end)``, by (start, end, id).

        With ``start == end``, the annotations containing that offset. Orphaned annotations
        have no place in the text and are never returned.
        """
        if article_id not in self.articles:
            return []
        by_id = self.annotations
        return [by_id[i] for i in self._index_of(article_id).overlapping(start, end)]

    def annotations_of(self, article_id: str) -> list[Annotation]:
        """All annotations of one article, in list order (orphans included)."""
        return [a for a in self.annotations if a.article == article_id]

    def annotation_with_span(self, article_id: str, start: int, end: int) -> Annotation | None:
        """The placed annotation covering exactly ``[start, end)``, if any."""
        for annotation in self.annotations_in(article_id, start, end):
            if annotation.start == start and annotation.end == end:
                return annotation
        return None

    def code_by_name(self, name: str) -> Code | None:
        """The code with this name (case-insensitive), if any."""
        folded = name.casefold()
        return next((c for c in self.codes if c.name.casefold() == folded), None)

    # -- primitive mutations (for core.edits only) ---------------------------------------

    def _index_of(self, article_id: str) -> IntervalIndex:
        index = self._index.get(article_id)
        if index is None:
            index = self._index[article_id] = IntervalIndex()
            index.add_many(
                [
                    (a.id, a.position.start, a.position.end)
                    for a in self.annotations
                    if a.article == article_id and a.anchor != "orphaned"
                ]
            )
        return index

    def _file(self, annotation: Annotation) -> None:
        index = self._index.get(annotation.article)
        if index is not None and annotation.anchor != "orphaned":
            index.add(annotation.id, annotation.start, annotation.end)

    def _unfile(self, annotation: Annotation) -> None:
        index = self._index.get(annotation.article)
        if index is not None:
            index.remove(annotation.id)

    def _collection(self, record: Record) -> RecordList[Any]:
        collections: dict[type, RecordList[Any]] = {
            Annotation: self.annotations,
            Article: self.articles,
            Code: self.codes,
            Annotator: self.annotators,
            Link: self.links,
            Rejection: self.rejections,
        }
        return collections[type(record)]

    def _insert(self, record: Record, index: int | None = None) -> None:
        collection = self._collection(record)
        row = len(collection) if index is None or index >= len(collection) else index
        change = Change("added", None, record, row)
        self.about_to_change.emit(change)
        collection._insert(record, row)
        if isinstance(record, Annotation):
            self._file(record)
        self.changed.emit(change)

    def _remove(self, record: Record) -> None:
        collection = self._collection(record)
        old = collection[record.id]
        change = Change("removed", old, None, collection.row(record.id))
        self.about_to_change.emit(change)
        collection._remove(record.id)
        if isinstance(old, Annotation):
            self._unfile(old)
        elif isinstance(old, Article):
            self._index.pop(old.id, None)  # rebuilt from the annotations if it comes back
        self.changed.emit(change)

    def _replace(self, record: Record) -> None:
        collection = self._collection(record)
        old = collection[record.id]
        change = Change("changed", old, record, collection.row(record.id))
        self.about_to_change.emit(change)
        collection._replace(record)
        if isinstance(old, Annotation):
            assert isinstance(record, Annotation)
            self._unfile(old)
            self._file(record)
        self.changed.emit(change)

    def _set_info(self, info: ProjectInfo) -> None:
        change = Change("changed", self.info, info, 0)
        self.about_to_change.emit(change)
        self.info = info
        self.changed.emit(change)

    def _set_assignment(self, assignment: Assignment | None) -> None:
        """Set or clear the assignment; announced as added, changed or removed."""
        old = self.assignment
        if old is None and assignment is None:
            return
        kind: ChangeKind = (
            "added" if old is None else "removed" if assignment is None else "changed"
        )
        change = Change(kind, old, assignment, 0)
        self.about_to_change.emit(change)
        self.assignment = assignment
        self.changed.emit(change)
