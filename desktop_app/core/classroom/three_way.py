"""A three-way merge of project files by record id, for git (``parallax merge --driver``).

Each record (article, code, annotator, annotation, link) is merged by id against the common
ancestor: a change on one side wins over no change on the other, a deletion on one side
over no change on the other. Nothing is dropped: two different changes keep both versions
(theirs under an id derived from its content), a record changed on one side and deleted on
the other is kept, and a record one side deleted but the other still uses (an article its
new annotations are on) comes back. Every such case is listed as a conflict. Rejected
compare suggestions merge by id too; the same pair rejected on both sides is kept once,
and a rejection of an article neither side kept is left out (nothing is suggested there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

import msgspec

from desktop_app.core.classroom.ids import Conflict, derived_id
from desktop_app.core.project import Project, RecordList
from desktop_app.core.records import Annotation, Annotator, Article, Code, Link, Rejection
from desktop_app.core.rejections import rejection_key

R = TypeVar("R", Article, Code, Annotator, Annotation, Link, Rejection)
_SECTIONS: tuple[tuple[str, Callable[[Project], RecordList[Any]]], ...] = (
    ("annotators", lambda p: p.annotators),
    ("codes", lambda p: p.codes),
    ("articles", lambda p: p.articles),
    ("annotations", lambda p: p.annotations),
    ("links", lambda p: p.links),
    ("rejections", lambda p: p.rejections),
)


@dataclass
class Merged:
    """The merged project and the conflicts it keeps both sides of."""

    project: Project
    conflicts: list[Conflict]

    @property
    def clean(self) -> bool:
        """True when nothing needed a decision."""
        return not self.conflicts


def merge_three_way(base: Project, ours: Project, theirs: Project) -> Merged:
    """Merge ``ours`` and ``theirs``, both descended from ``base`` (empty for add/add)."""
    conflicts: list[Conflict] = []
    sections: dict[str, dict[str, Any]] = {}
    for name, records in _SECTIONS:
        sections[name] = _merge_section(
            name, records(base), records(ours), records(theirs), conflicts
        )
    _restore_what_is_used(sections, (ours, theirs, base), conflicts)
    sections["rejections"] = _rejections_kept(sections)
    info = ours.info
    if ours.info.title != theirs.info.title:
        if ours.info.title == base.info.title:
            info = msgspec.structs.replace(info, title=theirs.info.title)
        elif theirs.info.title != base.info.title:
            conflicts.append(
                Conflict(
                    "project", info.id, None, f"title kept as ours; theirs is {theirs.info.title!r}"
                )
            )
    info = msgspec.structs.replace(info, modified=max(ours.info.modified, theirs.info.modified))
    assignment = ours.assignment
    if ours.assignment != theirs.assignment:
        if ours.assignment == base.assignment:
            assignment = theirs.assignment
        elif theirs.assignment != base.assignment:
            conflicts.append(
                Conflict(
                    "assignment",
                    ours.assignment.id if ours.assignment else "-",
                    None,
                    f"kept ours; theirs was {msgspec.json.encode(theirs.assignment).decode()}",
                )
            )
    merged = Project(
        info=info,
        assignment=assignment,
        annotators=sections["annotators"].values(),
        codes=sections["codes"].values(),
        articles=sections["articles"].values(),
        annotations=sections["annotations"].values(),
        links=sections["links"].values(),
        rejections=sections["rejections"].values(),
    )
    return Merged(merged, conflicts)


def _merge_section(
    name: str,
    base: RecordList[R],
    ours: RecordList[R],
    theirs: RecordList[R],
    conflicts: list[Conflict],
) -> dict[str, R]:
    result: dict[str, R] = {}
    ids = [*ours.ids(), *(i for i in theirs.ids() if i not in ours)]
    for record_id in ids:
        old, mine, other = base.get(record_id), ours.get(record_id), theirs.get(record_id)
        copy = None
        if mine == other or other == old:
            chosen = mine
        elif mine == old:
            chosen = other
        elif mine is None or other is None:
            chosen = mine or other
            side = "ours" if other is None else "theirs"
            message = f"deleted on one side, changed on the other: kept the {side}"
            conflicts.append(Conflict(name, record_id, None, message))
        else:
            chosen = mine
            copy = msgspec.structs.replace(other, id=derived_id(other))
            conflicts.append(
                Conflict(name, record_id, copy.id, "changed differently on both sides")
            )
        if chosen is not None:
            result[record_id] = chosen
        if copy is not None:
            result[copy.id] = copy
    return result


def _rejections_kept(sections: dict[str, dict[str, Any]]) -> dict[str, Rejection]:
    """The merged rejections of kept articles, one per rejected pair of passages."""
    articles = sections["articles"]
    kept: dict[str, Rejection] = {}
    seen: set[tuple[str, str, int, int, int, int]] = set()
    for rejection_id, rejection in sections["rejections"].items():
        key = rejection_key(rejection)
        if (
            key in seen
            or rejection.article_a not in articles
            or rejection.article_b not in articles
        ):
            continue
        seen.add(key)
        kept[rejection_id] = rejection
    return kept


def _restore_what_is_used(
    sections: dict[str, dict[str, Any]], sides: tuple[Project, ...], conflicts: list[Conflict]
) -> None:
    """Bring back records one side deleted and the merged result still refers to."""
    changed = True
    while changed:
        changed = False
        for section, wanted in _references(sections):
            kept = sections[section]
            if wanted in kept:
                continue
            for side in sides:
                record = dict(_SECTIONS)[section](side).get(wanted)
                if record is not None:
                    kept[wanted] = record
                    conflicts.append(
                        Conflict(section, wanted, None, "deleted on one side but still used: kept")
                    )
                    changed = True
                    break


def _references(sections: dict[str, dict[str, Any]]) -> Iterable[tuple[str, str]]:
    """(section, id) of every record the kept records refer to."""
    for annotation in list(sections["annotations"].values()):
        yield "articles", annotation.article
        for tag in annotation.tags:
            yield "codes", tag
        if annotation.annotator:
            yield "annotators", annotation.annotator
    for link in list(sections["links"].values()):
        yield "annotations", link.source
        yield "annotations", link.target
        if link.annotator:
            yield "annotators", link.annotator
    for code in list(sections["codes"].values()):
        if code.parent:
            yield "codes", code.parent
