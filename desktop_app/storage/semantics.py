"""Checks a schema cannot express: ids that must exist or be unique, quotes that must match.

:func:`check_semantics` takes decoded records (each with its index in the file) and
returns the records to keep, repaired where that is safe, plus a :class:`Finding` for every
problem. Repairs never lose work: an annotation whose offsets or quote no longer fit its
article is re-anchored from its quote, or kept as an orphan; an unknown tag is taken off,
not the annotation; a duplicate id that is not an exact copy gets a fresh id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import msgspec

from desktop_app.core.anchoring import describe
from desktop_app.core.codebook import in_parent_cycle
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import (
    UUID_PATTERN,
    Annotation,
    Annotator,
    Article,
    Assignment,
    Code,
    Link,
    Rejection,
    TextPosition,
    TextQuote,
    new_id,
)
from desktop_app.core.text import is_canonical, one_line, sha256_hex
from desktop_app.storage.passage_placing import Passage, annotation_passages, placed_by_quote

_UUID = re.compile(UUID_PATTERN)
FindingOutcome = Literal["dropped", "repaired", "orphaned", "kept"]
R = TypeVar("R", Annotator, Code, Article, Annotation, Link)
Indexed = list[tuple[int, Any]]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found among decoded records."""

    message: str
    outcome: FindingOutcome
    json_path: str


class _Checker:
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(self, message: str, outcome: FindingOutcome, json_path: str) -> None:
        self.findings.append(Finding(message, outcome, json_path))

    def unique(self, section: str, records: list[tuple[int, R]]) -> list[tuple[int, R]]:
        """Records with distinct ids: exact copies dropped, others given a fresh id."""
        seen: dict[str, R] = {}
        kept: list[tuple[int, R]] = []
        for index, record in records:
            prior = seen.get(record.id)
            where = f"$.{section}[{index}].id"
            if not _UUID.match(record.id):
                self.add(
                    f"id {record.id!r} is not a UUID; kept, but other tools may reject it",
                    "kept",
                    where,
                )
            if prior is None:
                seen[record.id] = record
                kept.append((index, record))
            elif prior == record:
                self.add(
                    f"duplicate of an earlier item (id {record.id}); copy dropped", "dropped", where
                )
            else:
                fresh = msgspec.structs.replace(record, id=new_id())
                seen[fresh.id] = fresh
                kept.append((index, fresh))
                self.add(
                    f"id {record.id} is used by an earlier item too; "
                    f"kept with the new id {fresh.id}",
                    "repaired",
                    where,
                )
        return kept

    def codes(self, records: list[tuple[int, Code]]) -> list[Code]:
        parents = {code.id: code.parent for _, code in records}
        kept = []
        for index, code in records:
            if in_parent_cycle(code.id, parents):
                where = f"$.codebook[{index}].parent"
                self.add("codes are their own ancestors; made a top-level code", "repaired", where)
                parents[code.id] = None
                code = msgspec.structs.replace(code, parent=None)
            if code.parent is not None and code.parent not in parents:
                self.add(
                    f"unknown parent code {code.parent}; made a top-level code",
                    "repaired",
                    f"$.codebook[{index}].parent",
                )
                code = msgspec.structs.replace(code, parent=None)
            kept.append(code)
        return kept

    def articles(self, records: list[tuple[int, Article]]) -> list[Article]:
        kept = []
        for index, article in records:
            digest = sha256_hex(article.text)
            if digest != article.sha256:
                self.add(
                    "sha256 does not match the article's text (was it edited outside Parallax?); "
                    "recomputed, and its annotations checked against the text",
                    "repaired",
                    f"$.articles[{index}].sha256",
                )
                article = msgspec.structs.replace(article, sha256=digest)
            if not is_canonical(article.text):
                self.add(
                    "text is not in canonical form (NFC, LF line ends, no BOM); offsets may "
                    "disagree with other tools",
                    "kept",
                    f"$.articles[{index}].text",
                )
            kept.append(article)
        return kept

    def annotations(
        self,
        records: list[tuple[int, Annotation]],
        texts: dict[str, str],
        codes: set[str],
        annotators: set[str],
    ) -> list[Annotation]:
        kept = []
        placements = placed_by_quote(annotation_passages(records), texts)
        for (index, annotation), placement in zip(records, placements, strict=True):
            where = f"$.annotations[{index}]"
            text = texts.get(annotation.article)
            if text is None:
                self.add(
                    f"unknown article {annotation.article}; "
                    f"annotation “{one_line(annotation.quote.exact, 40)}” dropped",
                    "dropped",
                    f"{where}.article",
                )
                continue
            unknown = [tag for tag in annotation.tags if tag not in codes]
            if unknown:
                self.add(
                    f"unknown tag {', '.join(unknown)}; taken off the annotation",
                    "repaired",
                    f"{where}.tags",
                )
                tags = tuple(tag for tag in annotation.tags if tag in codes)
                annotation = msgspec.structs.replace(annotation, tags=tags)
            if annotation.annotator is not None and annotation.annotator not in annotators:
                self.add(
                    f"unknown annotator {annotation.annotator}; left blank",
                    "repaired",
                    f"{where}.annotator",
                )
                annotation = msgspec.structs.replace(annotation, annotator=None)
            kept.append(self._placed(annotation, text, where, placement))
        return kept

    def _placed(
        self, annotation: Annotation, text: str, where: str, placement: Placement | None
    ) -> Annotation:
        """The annotation on its passage: as it is when its offsets select its quote,
        else where its article's batch placed it by the quote (``placement``)."""
        if annotation.anchor == "orphaned":
            return annotation
        if annotation.start == annotation.end and not annotation.quote.exact:
            return self._placed_point(annotation, text, where)
        start, end, exact = annotation.start, annotation.end, annotation.quote.exact
        if placement is None or (start <= end <= len(text) and text[start:end] == exact):
            return annotation
        if start > end or end > len(text):
            issue = f"offsets {start}..{end} are outside the article ({len(text)} characters)"
            json_path = f"{where}.position"
        else:
            issue = f"the quote “{one_line(exact, 40)}” does not match the text at {start}..{end}"
            json_path = f"{where}.quote.exact"
        if not placement.placed:
            self.add(
                f"{issue}; no matching passage found, kept as an orphan", "orphaned", json_path
            )
            return msgspec.structs.replace(annotation, anchor="orphaned")
        position, quote = describe(text, placement.start, placement.end)
        self.add(
            f"{issue}; re-anchored at {placement.start}..{placement.end} ({placement.state})",
            "repaired",
            json_path,
        )
        return msgspec.structs.replace(
            annotation, position=position, quote=quote, anchor=placement.state
        )

    def _placed_point(self, annotation: Annotation, text: str, where: str) -> Annotation:
        """An empty annotation (an absence) found again by the text around it."""
        from desktop_app.core.text_update import place_point

        offset = place_point(text, annotation.start, annotation.quote)
        if offset == annotation.start:
            return annotation
        json_path = f"{where}.quote"
        if offset is None:
            self.add(
                f"the text around the empty passage at {annotation.start} is gone; "
                "kept as an orphan",
                "orphaned",
                json_path,
            )
            return msgspec.structs.replace(annotation, anchor="orphaned")
        position, quote = describe(text, offset, offset)
        self.add(
            f"the text around the empty passage at {annotation.start} moved; "
            f"placed at {offset} again",
            "repaired",
            json_path,
        )
        return msgspec.structs.replace(annotation, position=position, quote=quote, anchor="moved")

    def links(
        self, records: list[tuple[int, Link]], annotations: set[str], annotators: set[str]
    ) -> list[Link]:
        kept = []
        for index, link in records:
            missing = [end for end in (link.source, link.target) if end not in annotations]
            if missing:
                self.add(
                    f"links unknown annotation {', '.join(missing)}; link dropped",
                    "dropped",
                    f"$.links[{index}]",
                )
                continue
            if link.annotator is not None and link.annotator not in annotators:
                self.add(
                    f"unknown annotator {link.annotator}; left blank",
                    "repaired",
                    f"$.links[{index}].annotator",
                )
                link = msgspec.structs.replace(link, annotator=None)
            kept.append(link)
        return kept

    def rejections(
        self,
        records: list[tuple[int, Rejection]],
        texts: dict[str, str],
        annotations: Sequence[Passage] = (),
    ) -> list[Rejection]:
        """The rejections whose passages are still there (found by their quotes, with the
        ``annotations`` of their articles, if the text changed)."""
        passages = [
            (
                getattr(rejection, f"article_{side}"),
                getattr(rejection, side),
                getattr(rejection, f"quote_{side}"),
                False,
            )
            for _index, rejection in records
            for side in ("a", "b")
        ]
        found = placed_by_quote([*annotations, *passages], texts)[len(annotations) :]
        kept = []
        for number, (index, rejection) in enumerate(records):
            where = f"$.rejections[{index}]"
            missing = [a for a in (rejection.article_a, rejection.article_b) if a not in texts]
            if missing:
                self.add(
                    f"unknown article {', '.join(missing)}; rejected suggestion dropped",
                    "dropped",
                    where,
                )
                continue
            placed: Rejection | None = rejection
            for offset, side in enumerate(("a", "b")):
                if placed is not None:
                    text = texts[getattr(rejection, f"article_{side}")]
                    placement = found[2 * number + offset]
                    placed = self._rejected_passage(placed, side, text, where, placement)
            if placed is not None:
                kept.append(placed)
        return kept

    def _rejected_passage(
        self,
        rejection: Rejection,
        side: str,
        text: str,
        where: str,
        placement: Placement | None,
    ) -> Rejection | None:
        """The rejection with its ``side`` passage found in ``text`` (moved to where its
        quote placed it, ``placement``, if the text changed), or None (reported) when it
        is not there any more."""
        position: TextPosition = getattr(rejection, side)
        quote: TextQuote | None = getattr(rejection, f"quote_{side}")
        start, end = position.start, position.end
        fits = start < end <= len(text)
        if fits and (quote is None or text[start:end] == quote.exact):
            return rejection
        json_path = f"{where}.{side}"
        if quote is None:
            self.add(
                f"offsets {start}..{end} do not fit the article ({len(text)} characters); "
                "rejected suggestion dropped",
                "dropped",
                json_path,
            )
            return None
        if placement is None or not placement.placed or placement.end <= placement.start:
            self.add(
                f"the rejected passage “{one_line(quote.exact, 40)}” is not in the text any "
                "more; rejected suggestion dropped",
                "dropped",
                json_path,
            )
            return None
        new_position, new_quote = describe(text, placement.start, placement.end)
        self.add(
            f"the rejected passage “{one_line(quote.exact, 40)}” moved; found at "
            f"{placement.start}..{placement.end}",
            "repaired",
            json_path,
        )
        fields = {side: new_position, f"quote_{side}": new_quote}
        return msgspec.structs.replace(rejection, **fields)

    def assignment(self, assignment: Assignment | None, annotators: set[str]) -> list[Assignment]:
        """The assignment (none or one), its reference annotator checked."""
        if assignment is None:
            return []
        reference = assignment.reference_annotator
        where = "$.assignment.reference_annotator"
        if reference is not None and assignment.student_copy:
            self.add(
                "a student copy names a reference annotator; the name was taken off "
                "(the annotations stay)",
                "repaired",
                where,
            )
            assignment = msgspec.structs.replace(assignment, reference_annotator=None)
        elif reference is not None and reference not in annotators:
            self.add(f"unknown reference annotator {reference}; left blank", "repaired", where)
            assignment = msgspec.structs.replace(assignment, reference_annotator=None)
        return [assignment]


def check_semantics(
    sections: dict[str, Indexed], assignment: Assignment | None = None
) -> tuple[dict[str, list[Any]], list[Finding]]:
    """Records to keep per section (repaired where needed) and the problems found.

    ``sections`` maps each section name of the file (``annotators``, ``codebook``,
    ``articles``, ``annotations``, ``links``) to its decoded records with file indexes.
    The result has these sections and ``assignment`` (a list of none or one).
    """
    checker = _Checker()
    annotators = [a for _, a in checker.unique("annotators", sections["annotators"])]
    codes = checker.codes(checker.unique("codebook", sections["codebook"]))
    articles = checker.articles(checker.unique("articles", sections["articles"]))
    annotation_records = checker.unique("annotations", sections["annotations"])
    annotations = checker.annotations(
        annotation_records,
        {article.id: article.text for article in articles},
        {code.id for code in codes},
        {annotator.id for annotator in annotators},
    )
    annotator_ids = {annotator.id for annotator in annotators}
    links = checker.links(
        checker.unique("links", sections["links"]), {a.id for a in annotations}, annotator_ids
    )
    checked: dict[str, list[Any]] = {
        "annotators": annotators,
        "codebook": codes,
        "articles": articles,
        "annotations": annotations,
        "links": links,
        "rejections": checker.rejections(
            checker.unique("rejections", sections.get("rejections", [])),
            {article.id: article.text for article in articles},
            annotation_passages(annotation_records),
        ),
        "assignment": checker.assignment(assignment, annotator_ids),
    }
    return checked, checker.findings
