"""W3C Web Annotation import: collections from Parallax and from other tools (Hypothesis…).

The text is not in the file, so each target is matched to a project article: by
``urn:uuid:<article id>``, else by the article's URL, else by the hash of its text. Each
annotation is then placed on the article's canonical text: the TextPositionSelector is
tried as code points (the W3C rule), then as UTF-16 units (what Hypothesis and other
JavaScript tools write), each accepted only where it selects the quote; then the quote is
looked for where its prefix and suffix match too (nearest the given position), and last
by the quote search, an article's annotations together (``importers.quote_placing``:
those placed with confidence guide the rest). What cannot be placed, or matches several places
with nothing to choose between them, is kept as an orphan; annotations of articles the
project does not have are reported by title or address.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import msgspec

from desktop_app.core.anchoring import describe
from desktop_app.core.layout import OffsetMap
from desktop_app.core.project import Project
from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Code,
    Link,
    TextPosition,
    TextQuote,
    utc_now,
)
from desktop_app.core.text import canonicalize
from desktop_app.importers.quote_placing import Located, Target, clamped, locate_all
from desktop_app.importers.refi_qdc import colour_of, import_failed, reconcile_codes, uuid_of

if TYPE_CHECKING:
    from desktop_app.importers.base import Imported, Progress

APP = "parallax:"
_RECOGNISE = re.compile(
    rb'anno\.jsonld|"type"\s*:\s*"Annotation(Collection|Page)?"'
    # Hypothesis' own JSON: the client's "Export" file, or an API search result.
    rb'|"export_userid"|"client_version"|"uri"\s*:\s*"[^"]*"\s*,\s*"text"'
)
Json = dict[str, Any]


class W3CImporter:
    """A W3C Web Annotation JSON(-LD) file: a collection, a page, a list or one annotation."""

    name = "W3C Web Annotation collection"
    patterns: tuple[str, ...] = ("*.jsonld", "*.json")

    def recognizes(self, path: Path, head: bytes) -> bool:
        """JSON naming the W3C annotation context or an Annotation type."""
        return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") and bool(
            _RECOGNISE.search(head)
        )

    def read(self, path: Path, project: Project, progress: Progress | None = None) -> Imported:
        # Small files: read in one go, so progress is not reported.
        """The annotations of the file that target project articles, placed on their text."""
        try:
            document = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as error:
            raise import_failed(f"{path.name}: not valid JSON ({error})") from None
        except (RecursionError, MemoryError):
            raise import_failed(
                f"{path.name}: arrays or objects nested too deep to be annotations; not imported"
            ) from None
        from desktop_app.core.surrogates import scrub
        from desktop_app.importers.base import surrogates_replaced

        document, replaced = scrub(document)  # "\ud800" is valid JSON, not valid text
        bundle = read_document(document, project)
        if replaced:
            bundle.warnings.append(surrogates_replaced(replaced))
        return bundle


def read_document(document: Any, project: Project) -> Imported:
    """The bundle a decoded W3C document contributes to ``project``."""
    items = annotation_items(document)
    kinds = _as_list(document.get("type")) if isinstance(document, dict) else []
    if not items and not {"AnnotationCollection", "AnnotationPage"} & set(kinds):
        raise import_failed("the file holds no W3C annotations")
    reader = _Reader(project, document if isinstance(document, dict) else {})
    linking = [item for item in items if _is_link(item)]
    for item in items:
        if not _is_link(item):
            reader.add(item)
    reader.place()
    for item in linking:
        reader.add_link(item)
    bundle = reader.bundle()
    if not items:
        bundle.warnings.append("the collection is empty")
    return bundle


def _is_link(item: Json) -> bool:
    """A linking annotation between two passages (as Parallax writes its links)."""
    targets = _as_list(item.get("target"))
    return "linking" in _as_list(item.get("motivation")) and len(targets) == 2


def annotation_items(document: Any) -> list[Json]:
    """The annotations of a collection (embedded pages), a page, a list or one annotation.

    Hypothesis' own JSON (the client's export, ``{"annotations": [...]}``, or an API search
    result, ``{"rows": [...]}``) is read too, each annotation turned into the W3C shape.
    """
    if isinstance(document, list):
        return [from_hypothesis(i) if "uri" in i else i for i in document if isinstance(i, dict)]
    if not isinstance(document, dict):
        return []
    for key in ("annotations", "rows"):
        if isinstance(document.get(key), list) and "type" not in document:
            return annotation_items(document[key])
    kinds = _as_list(document.get("type"))
    if "AnnotationCollection" in kinds:
        items: list[Json] = []
        page = document.get("first")
        while isinstance(page, dict):
            items += annotation_items(page)
            page = page.get("next")
        return items
    if "AnnotationPage" in kinds:
        return [i for i in _as_list(document.get("items")) if isinstance(i, dict)]
    return [document] if "Annotation" in kinds or "target" in document else []


def from_hypothesis(row: Json) -> Json:
    """One annotation of Hypothesis' API JSON in the W3C shape (positions stay UTF-16)."""
    bodies: list[Json] = []
    if isinstance(row.get("text"), str) and row["text"].strip():
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": row["text"]})
    bodies += [
        {"type": "TextualBody", "purpose": "tagging", "value": tag}
        for tag in _as_list(row.get("tags"))
        if isinstance(tag, str)
    ]
    user = row.get("user")
    display = (row.get("user_info") or {}).get("display_name")
    targets = [t for t in _as_list(row.get("target")) if isinstance(t, dict)]
    target = dict(targets[0]) if targets else {}
    target.setdefault("source", row.get("uri"))
    return {
        "id": f"https://hypothes.is/a/{row.get('id')}" if row.get("id") else None,
        "type": "Annotation",
        "created": row.get("created"),
        "modified": row.get("updated"),
        "creator": {"id": user, "name": display} if display else user,
        "body": bodies,
        "target": target,
    }


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def parse_time(value: Any) -> datetime | None:
    """An ``xsd:dateTime`` as an aware UTC datetime to the second, or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


class _Pending(NamedTuple):
    """An annotation taken in, before it is placed: its item, article and stated passage."""

    item: Json
    article: Article
    start: int | None
    end: int | None
    quote: TextQuote | None
    #: Parallax's own orphan: it stays one, at its last known place.
    orphan: bool = False


class _Reader:
    """Turns W3C annotations into records, reconciling codes and people with the project."""

    def __init__(self, project: Project, document: Json) -> None:
        self.project = project
        self.annotations: list[Annotation] = []
        self.links: list[Link] = []
        self.annotators: dict[str, Annotator] = {}
        self.unmatched: Counter[str] = Counter()
        self.orphans = 0
        self.relocated = 0  # offsets that did not select the quote: placed by the quote
        self.review = 0
        self.whole_page = 0
        #: Annotations taken in, to be placed each article's together (:meth:`place`).
        self.pending: list[_Pending] = []
        titles = {a.get("id"): _field(a, "title") for a in _as_list(document.get(APP + "articles"))}
        self.titles: dict[Any, Any] = titles
        self.codes: dict[str, Code] = {}
        used = {c.color for c in project.codes}
        for entry in _as_list(document.get(APP + "codebook")):
            if isinstance(entry, dict) and entry.get("id") and entry.get("name"):
                code = _code_from_entry(entry, used)
                used.add(code.color)
                self.codes[code.id] = code

    def bundle(self) -> Imported:
        from desktop_app.importers.base import Imported

        new_codes, alias = reconcile_codes(self.codes.values(), self.project)
        annotations = [
            msgspec.structs.replace(a, tags=tuple(dict.fromkeys(alias.get(t, t) for t in a.tags)))
            if any(t in alias for t in a.tags)
            else a
            for a in self.annotations
        ]
        warnings = [
            f"{count} annotation(s) target {self.titles.get(source) or source}, "
            "which is not in the project"
            for source, count in self.unmatched.items()
        ]
        if self.whole_page:
            warnings.append(
                f"{self.whole_page} note(s) about a whole article, not a passage, were skipped"
            )
        if self.relocated:
            warnings.append(
                f"{self.relocated} annotation(s) did not select their quote at the stated "
                "position and were placed by the quote"
            )
        if self.review:
            warnings.append(
                f"{self.review} annotation(s) were placed at a best guess that needs review"
            )
        if self.orphans:
            warnings.append(
                f"{self.orphans} annotation(s) could not be placed in their article's text "
                "and were kept as orphaned"
            )
        return Imported(
            codes=new_codes,
            annotators=list(self.annotators.values()),
            annotations=annotations,
            links=self.links,
            warnings=warnings,
        )

    def add_link(self, item: Json) -> None:
        """A linking annotation: a link between the annotations found at its two targets
        (read from this file or already in the project); skipped when an end is missing."""
        ends: list[str] = []
        for target in _as_list(item.get("target"))[:2]:
            if not isinstance(target, dict):
                return
            article = self._article(target.get("source"), target)
            if article is None:
                return
            _quote, start, end = _selectors(_as_list(target.get("selector")))
            if start is None or end is None:
                return
            found = next(
                (
                    a.id
                    for a in self.annotations
                    if a.article == article.id and (a.start, a.end) == (start, end)
                ),
                None,
            )
            if found is None:
                existing = self.project.annotation_with_span(article.id, start, end)
                found = existing.id if existing is not None else None
            if found is None:
                return
            ends.append(found)
        relation = item.get(APP + "relation")
        notes: list[str] = []
        for body in _as_list(item.get("body")):
            if not isinstance(body, dict) or not isinstance(body.get("value"), str):
                continue
            purpose = set(_as_list(body.get("purpose")))
            if "describing" in purpose and not isinstance(relation, str):
                relation = body["value"]
            elif "commenting" in purpose:
                notes.append(body["value"])
        self.links.append(
            Link(
                id=uuid_of(str(item.get("id") or json.dumps(item, sort_keys=True)), "link"),
                source=ends[0],
                target=ends[1],
                relation=relation if isinstance(relation, str) and relation else "related",
                note="\n\n".join(notes),
                annotator=self._annotator(item.get("creator")),
                created=parse_time(item.get("created")) or utc_now(),
            )
        )

    def add(self, item: Json) -> None:
        """Take in one annotation; it is placed by :meth:`place` with the others of its
        article."""
        target = next(iter(_as_list(item.get("target"))), None)
        source = target if isinstance(target, str) else (target or {}).get("source")
        selectors = [] if not isinstance(target, dict) else _as_list(target.get("selector"))
        article = self._article(source, target if isinstance(target, dict) else {})
        if article is None:
            self.unmatched[str(source)] += 1
            return
        quote, start, end = _selectors(selectors)
        if quote is None and start is None:
            self.whole_page += 1  # about the whole text, not a passage: nothing to anchor
            return
        if item.get(APP + "anchor") == "orphaned":  # Parallax's own orphan stays one
            last = target.get(APP + "lastPosition") if isinstance(target, dict) else None
            if isinstance(last, dict) and isinstance(last.get("start"), int):
                start, end = last["start"], last.get("end", last["start"])
            self.pending.append(_Pending(item, article, start, end, quote, orphan=True))
        else:
            self.pending.append(_Pending(item, article, start, end, quote))

    def place(self) -> None:
        """Place every annotation taken in, each article's together (``locate_all``), in
        the order they came."""
        by_article: dict[str, list[int]] = {}
        for index, pending in enumerate(self.pending):
            if not pending.orphan:
                by_article.setdefault(pending.article.id, []).append(index)
        located: dict[int, Located] = {}
        for indexes in by_article.values():
            text = self.pending[indexes[0]].article.text
            utf16 = OffsetMap(text)
            targets = [
                Target(self.pending[i].start, self.pending[i].end, self.pending[i].quote, utf16)
                for i in indexes
            ]
            located.update(zip(indexes, locate_all(text, targets), strict=True))
        for index, pending in enumerate(self.pending):
            if pending.orphan:
                span = clamped(pending.article.text, pending.start, pending.end)
                self._make(pending, ("orphaned", *span))
            else:
                self._make(pending, located[index])
        self.pending.clear()

    def _make(self, pending: _Pending, located: Located) -> None:
        """The annotation of one item, placed at ``located``."""
        item, article, quote = pending.item, pending.article, pending.quote
        state, start, end = located
        if not pending.orphan:
            given = pending.start is not None and pending.end is not None
            self.relocated += given and state != "exact"
            self.review += state == "review"
            stated = item.get(APP + "anchor")
            if state == "exact" and stated in ("moved", "fuzzy"):
                state = stated  # placed where it was: keep its review state
        if state == "orphaned":
            self.orphans += 1
            position, kept = TextPosition(start, end), quote or TextQuote(exact="")
        else:
            position, kept = describe(article.text, start, end)
        created = parse_time(item.get("created")) or utc_now()
        tags, note = self._bodies(item)
        self.annotations.append(
            Annotation(
                id=uuid_of(str(item.get("id") or json.dumps(item, sort_keys=True)), "annotation"),
                article=article.id,
                position=position,
                quote=kept,
                tags=tags,
                note=note,
                annotator=self._annotator(item.get("creator")),
                created=created,
                modified=parse_time(item.get("modified")) or created,
                anchor=state,
            )
        )

    def _article(self, source: Any, target: Json) -> Article | None:
        if not isinstance(source, str):
            return None
        articles = self.project.articles
        if source.lower().startswith("urn:uuid:"):
            found = articles.get(uuid_of(source))
            if found is not None:
                return found
        by_url = next((a for a in articles if a.url and a.url == source), None)
        digest = target.get(APP + "textSha256")
        by_hash = next((a for a in articles if digest and a.sha256 == digest), None)
        return by_url or by_hash

    def _bodies(self, item: Json) -> tuple[tuple[str, ...], str]:
        names: list[str] = []
        sources: list[str] = []
        notes: list[str] = []
        body_value = item.get("bodyValue")
        if isinstance(body_value, str) and body_value.strip():
            tagging = "tagging" in _as_list(item.get("motivation"))
            (names if tagging else notes).append(body_value.strip())
        for body in _as_list(item.get("body")):
            if not isinstance(body, dict):
                continue  # a bare IRI body links elsewhere: nothing Parallax can hold
            purpose = set(_as_list(body.get("purpose")))
            value, source = body.get("value"), body.get("source")
            if isinstance(source, str) and purpose & {"classifying", "tagging"}:
                sources.append(source)  # a code from a controlled vocabulary
            elif "tagging" in purpose and isinstance(value, str) and value.strip():
                names.append(value.strip())
            elif isinstance(value, str) and value.strip() and "linking" not in purpose:
                notes.append(value.strip())
        tags: list[str] = []
        paired = len(names) == len(sources)
        for i, source in enumerate(sources):
            code_id = uuid_of(source, "code")
            if code_id not in self.codes and code_id not in self.project.codes:
                name = names[i] if paired else source.rsplit("/", 1)[-1]
                self.codes[code_id] = self._new_code(code_id, name)
            tags.append(code_id)
        for name in names if not paired else ():
            tags.append(self._code_named(name))
        return tuple(dict.fromkeys(tags)), canonicalize("\n\n".join(notes)).strip()

    def _code_named(self, name: str) -> str:
        folded = name.casefold()
        candidates: list[Code] = [*self.codes.values(), *self.project.codes]
        for code in candidates:
            if code.name.casefold() == folded:
                return code.id
        code_id = uuid_of(folded, "code-name")
        self.codes[code_id] = self._new_code(code_id, name)
        return code_id

    def _new_code(self, code_id: str, name: str) -> Code:
        used = {c.color for c in (*self.codes.values(), *self.project.codes)}
        return Code(id=code_id, name=name, color=colour_of(None, used))

    def _annotator(self, creator: Any) -> str | None:
        creator = next(iter(_as_list(creator)), None)
        if isinstance(creator, str):
            creator = {"id": creator}
        if not isinstance(creator, dict):
            return None
        iri = str(creator.get("id") or "")
        name = str(creator.get("name") or creator.get("nickname") or "")
        if not name:
            name = iri.removeprefix("acct:").split("@")[0] if iri else "Unknown annotator"
        return annotator_for(iri or name, name, self.project, self.annotators)


def annotator_for(identifier: str, name: str, project: Project, found: dict[str, Annotator]) -> str:
    """The id of the annotator an import names: the project's (same id, else same name)
    or a new one, recorded in ``found``."""
    annotator_id = uuid_of(identifier, "annotator")
    if annotator_id in project.annotators:
        return annotator_id
    same_name = next((a for a in project.annotators if a.name == name), None)
    if same_name is not None:
        return same_name.id
    found.setdefault(annotator_id, Annotator(id=annotator_id, name=name))
    return annotator_id


def _selectors(selectors: list[Any]) -> tuple[TextQuote | None, int | None, int | None]:
    quote: TextQuote | None = None
    start = end = None
    for selector in selectors:
        if not isinstance(selector, dict):
            continue
        kind = selector.get("type")
        if kind == "TextQuoteSelector" and isinstance(selector.get("exact"), str):
            quote = TextQuote(
                exact=canonicalize(selector["exact"]),
                prefix=canonicalize(str(selector.get("prefix") or "")),
                suffix=canonicalize(str(selector.get("suffix") or "")),
            )
        elif kind == "TextPositionSelector":
            a, b = selector.get("start"), selector.get("end")
            if isinstance(a, int) and isinstance(b, int) and 0 <= a <= b:
                start, end = a, b
    return quote, start, end


def _code_from_entry(entry: Json, used: set[str]) -> Code:
    parent = _field(entry, "parent")
    if isinstance(parent, dict):
        parent = parent.get("id")
    return Code(
        id=uuid_of(str(entry["id"]), "code"),
        name=str(entry["name"]),
        color=colour_of(_field(entry, "color"), used),
        description=str(_field(entry, "description") or ""),
        shortcut=str(_field(entry, "shortcut") or ""),
        parent=uuid_of(parent, "code") if isinstance(parent, str) else None,
    )


def _field(entry: Json, term: str) -> Any:
    """A Parallax term of a nested record: prefixed (since the keys were namespaced) or,
    in files written before, bare."""
    value = entry.get(APP + term)
    return entry.get(term) if value is None else value
