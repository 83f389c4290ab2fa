"""REFI-QDA project import (``.qdpx`` archives and bare ``.qde`` files), vendor quirks included.

Sources are read from ``sources/`` or ``Sources/`` (any case), with or without a BOM.
Vendors disagree on how selections count a CRLF (ATLAS.ti: one character, NVivo: two)
and on whether a BOM is counted; for each source the reading under which the selections'
``name`` (the quoted text) matches best is chosen. Every selection is then placed on the
article's canonical text (or, when the project already has the article with another text,
re-anchored on it by its quote); what cannot be placed is kept as an orphan.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.anchoring import describe
from desktop_app.core.layout import OffsetMap
from desktop_app.core.merge import one_per_passage
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Link,
    TextPosition,
    TextQuote,
    utc_now,
)
from desktop_app.core.text import canonicalize, sha256_hex
from desktop_app.importers.archive_limits import ArchiveBudget, count_tree
from desktop_app.importers.quote_placing import Located, Target, locate_all
from desktop_app.importers.refi_qdc import (
    _safe_parser,
    codes_from_xml,
    import_failed,
    reconcile_codes,
    uuid_of,
)
from desktop_app.importers.w3c import annotator_for, parse_time

if TYPE_CHECKING:
    from desktop_app.importers.base import Imported, Progress


PROJECT_NS = "urn:QDA-XML:project:1.0"
#: Variable names (case-insensitive) that carry article fields.
ARTICLE_FIELDS = {
    "outlet": "outlet",
    "author": "author",
    "date": "date",
    "url": "url",
    "language": "language",
}
_CONTEXT = 32
_CRLF = re.compile("\r\n")


class QdpxImporter:
    """A REFI-QDA project: NVivo, ATLAS.ti, MAXQDA, QualCoder, Quirkos…"""

    name = "REFI-QDA project"
    patterns: tuple[str, ...] = ("*.qdpx", "*.qde")

    def recognizes(self, path: Path, head: bytes) -> bool:
        """A ZIP holding ``project.qde``, or XML whose root is a REFI-QDA ``Project``."""
        if head.startswith(b"PK\x03\x04"):
            return path.suffix.lower() == ".qdpx" or b"project.qde" in head.lower()
        return b"<Project" in head and PROJECT_NS.encode() in head

    def read(self, path: Path, project: Project, progress: Progress | None = None) -> Imported:
        # Small files: read in one go, so progress is not reported.
        """Articles, codes, users and coded selections of the project file."""
        budget = ArchiveBudget(path)
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return _Reader(project, path, budget.open(archive), budget).read()
        return _Reader(project, path, None, budget).read()


class _Reader:
    def __init__(
        self,
        project: Project,
        path: Path,
        archive: zipfile.ZipFile | None,
        budget: ArchiveBudget,
    ) -> None:
        self.budget = budget
        self.project = project
        self.path = path
        self.archive = archive
        self.members = {name.lower(): name for name in archive.namelist()} if archive else {}
        self.warnings: list[str] = []
        self.annotators: dict[str, Annotator] = {}
        self.code_alias: dict[str, str] = {}
        self.relocated = 0  # selections whose positions did not select their ``name``
        self.utf16: dict[str, OffsetMap] = {}

    def member(self, name: str) -> bytes | None:
        """An archive member by name (case-insensitive), or by base name in any folder."""
        if self.archive is None:
            return None
        key = name.lower().lstrip("/")
        found = self.members.get(key) or next(
            (real for low, real in self.members.items() if low.rsplit("/", 1)[-1] == key), None
        )
        if found is None:
            return None
        return self.budget.read(self.archive, found)

    def read(self) -> Imported:
        from lxml import etree

        from desktop_app.importers.base import Imported

        if self.archive is not None:
            raw = self.member("project.qde")
            if raw is None:
                qde = next((n for n in self.members if n.endswith(".qde")), None)
                raw = self.member(qde) if qde else None
            if raw is None:
                raise import_failed(f"{self.path.name}: no project.qde in the archive")
        else:
            raw = self.path.read_bytes()
        try:
            root = etree.fromstring(raw, parser=_safe_parser())
        except etree.XMLSyntaxError as error:
            raise import_failed(
                f"{self.path.name}: project.qde is not well-formed ({error})"
            ) from None
        count_tree(self.budget, root)
        ns = etree.QName(root).namespace or PROJECT_NS
        self.ns = ns
        if etree.QName(root).localname != "Project":
            raise import_failed(f"{self.path.name}: not a REFI-QDA project")
        self.users = {
            uuid_of(u.get("guid", ""), "annotator"): u.get("name") or "Unknown user"
            for u in root.iterfind(f"{{{ns}}}Users/{{{ns}}}User")
        }
        codes_element = root.find(f"{{{ns}}}CodeBook/{{{ns}}}Codes")
        codes = codes_from_xml(codes_element, ns) if codes_element is not None else []
        new_codes, self.code_alias = reconcile_codes(codes, self.project)
        self.variables = {
            uuid_of(v.get("guid", ""), "variable"): (v.get("name") or "").strip().casefold()
            for v in root.iterfind(f"{{{ns}}}Variables/{{{ns}}}Variable")
        }
        self.notes = {
            uuid_of(n.get("guid", ""), "note"): self.source_text(n) or ""
            for n in root.iterfind(f"{{{ns}}}Notes/{{{ns}}}Note")
        }
        articles: list[Article] = []
        annotations: list[Annotation] = []
        for source in root.iterfind(f"{{{ns}}}Sources/{{{ns}}}TextSource"):
            result = self.read_source(source)
            if result is not None:
                article, placed = result
                if article.id not in self.project.articles:
                    articles.append(article)
                annotations += placed
        skipped = [
            e
            for e in root.iterfind(f"{{{ns}}}Sources/*")
            if etree.QName(e).localname != "TextSource"
        ]
        if skipped:
            self.warnings.append(
                f"{len(skipped)} non-text source(s) (PDF, pictures, media) skipped"
            )
        links = self.read_links(root)
        linked = {i for link in links for i in (link.source, link.target)}
        annotations, merged = one_per_passage(annotations, linked)
        if merged:
            self.warnings.append(
                f"{merged} coding(s) of a passage already coded by the same person were merged "
                "into its annotation (one annotation, several codes)"
            )
        if self.relocated:
            self.warnings.append(
                f"{self.relocated} selection(s) did not select their quoted text at the given "
                "positions (counted in UTF-16 units, or line ends counted otherwise) and were "
                "placed by the quote"
            )
        review = sum(1 for a in annotations if a.anchor == "review")
        if review:
            self.warnings.append(f"{review} selection(s) placed at a best guess that needs review")
        orphans = sum(1 for a in annotations if a.anchor == "orphaned")
        if orphans:
            self.warnings.append(f"{orphans} selection(s) could not be placed; kept as orphaned")
        return Imported(
            articles=articles,
            codes=new_codes,
            annotators=list(self.annotators.values()),
            annotations=annotations,
            links=links,
            warnings=self.warnings,
        )

    def read_links(self, root: Any) -> list[Link]:
        """Links between selections (``Links/Link``), with their notes.

        Links to other kinds of objects (codes, sources) have no place in Parallax and are
        left out; ``core.merge`` keeps only links whose two annotations are in the project.
        """
        ns = self.ns
        links: list[Link] = []
        for element in root.iterfind(f"{{{ns}}}Links/{{{ns}}}Link"):
            origin, target = element.get("originGUID"), element.get("targetGUID")
            if not origin or not target:
                continue
            notes = [
                self.notes.get(uuid_of(ref.get("targetGUID", ""), "note"), "")
                for ref in element.iterfind(f"{{{ns}}}NoteRef")
            ]
            links.append(
                Link(
                    id=uuid_of(element.get("guid", ""), "link"),
                    source=uuid_of(origin, "annotation"),
                    target=uuid_of(target, "annotation"),
                    relation=(element.get("name") or "").strip() or "related",
                    note="\n\n".join(n.strip() for n in notes if n.strip()),
                    created=utc_now(),
                )
            )
        return links

    def source_text(self, element: Any) -> str | None:
        """The raw text of a TextSource or Note (inline or an internal file), BOM stripped."""
        inline = element.findtext(f"{{{self.ns}}}PlainTextContent")
        if inline is not None:
            return self.not_too_long(str(inline))
        location = element.get("plainTextPath") or ""
        if location.startswith("internal://"):
            data = self.member("sources/" + location[len("internal://") :])
            if data is not None:
                from desktop_app.importers.plain_text import decode_text

                text = decode_text(data)
                return self.not_too_long(text[1:] if text.startswith("\ufeff") else text)
        return None

    def not_too_long(self, text: str) -> str:
        """``text``, unless it is longer than any article may be (as for every importer)."""
        from desktop_app.importers.common import refuse_if_too_long

        refuse_if_too_long(self.path, len(text))
        return text

    def read_source(self, source: Any) -> tuple[Article, list[Annotation]] | None:
        ns = self.ns
        name = source.get("name") or "Untitled source"
        raw = self.source_text(source)
        if raw is None:
            self.warnings.append(f"source “{name}”: its text is not in the file; skipped")
            return None
        had_bom = False
        location = source.get("plainTextPath") or ""
        if location.startswith("internal://"):
            data = self.member("sources/" + location[len("internal://") :]) or b""
            had_bom = data.startswith(b"\xef\xbb\xbf")
        article = self.article_for(source, name, raw)
        selections = list(source.iterfind(f"{{{ns}}}PlainTextSelection"))
        reading = _Reading.best(raw, had_bom, selections)
        spans = [reading.span(s) for s in selections]
        to_canonical = reading.canonical_offsets([o for span in spans if span for o in span])
        targets = [
            self.target(selection, article, reading, span, to_canonical)
            for selection, span in zip(selections, spans, strict=True)
        ]
        annotations = [
            self.annotation(selection, article, target, located)
            for selection, target, located in zip(
                selections, targets, locate_all(article.text, targets), strict=True
            )
        ]
        for coding in source.iterfind(f"{{{ns}}}Coding"):  # codes the whole document
            whole = article.text.strip()
            start = article.text.find(whole) if whole else 0
            position, quote = describe(article.text, start, start + len(whole))
            annotations.append(self.make(coding, article, position, quote, "exact", [coding]))
        return article, annotations

    def article_for(self, source: Any, name: str, raw: str) -> Article:
        guid = uuid_of(source.get("guid", ""), "article")
        text = canonicalize(raw)
        existing = self.project.articles.get(guid) or next(
            (a for a in self.project.articles if a.sha256 == sha256_hex(text)), None
        )
        if existing is not None:
            if existing.text != text:
                self.warnings.append(
                    f"“{existing.title}” differs from the project's text; its selections were "
                    "placed again by their quotes"
                )
            return existing
        metadata = {}
        for value in source.iterfind(f"{{{self.ns}}}VariableValue"):
            ref = value.find(f"{{{self.ns}}}VariableRef")
            field = ARTICLE_FIELDS.get(
                self.variables.get(uuid_of(ref.get("targetGUID", ""), "variable"), "")
                if ref is not None
                else ""
            )
            text_value = value.findtext(f"{{{self.ns}}}TextValue")
            if field and text_value:
                metadata[field] = text_value
        return make_article(
            raw,
            title=name,
            article_id=guid,
            source_file=self.path.name,
            source_format="application/x-refi-qda",
            note=(source.findtext(f"{{{self.ns}}}Description") or "").strip(),
            **metadata,
        )

    def target(
        self,
        selection: Any,
        article: Article,
        reading: _Reading,
        span: tuple[int, int] | None,
        to_canonical: dict[int, int],
    ) -> Target:
        """The passage a selection states: its offsets as canonical code points and its
        quote; when they do not select its ``name``, that name as the quote and the text's
        UTF-16 map to try the offsets as UTF-16 units."""
        start = end = None
        quote = None
        if span is not None:
            quote = reading.quote(*span)
            start, end = to_canonical[span[0]], to_canonical[span[1]]
        stated = _stated_quote(selection)
        utf16 = None
        if stated is not None and (quote is None or quote.exact.strip() != stated):
            # the positions do not select the quoted text: place by the text, never "exact"
            quote = TextQuote(exact=stated)
            utf16 = self.utf16.get(article.id) or self.utf16.setdefault(
                article.id, OffsetMap(article.text)
            )
            self.relocated += 1
        return Target(start, end, quote, utf16)

    def annotation(
        self, selection: Any, article: Article, target: Target, located: Located
    ) -> Annotation:
        """The annotation of a selection whose passage was placed at ``located``."""
        state, a, b = located
        quote = target.quote
        if target.utf16 is not None and state == "exact":
            state = "moved"  # the positions did not select the quoted text
        if state == "orphaned":
            position, kept = TextPosition(a, b), quote or TextQuote(exact=selection.get("name", ""))
        else:
            position, kept = describe(article.text, a, b)
        codings = list(selection.iterfind(f"{{{self.ns}}}Coding"))
        return self.make(selection, article, position, kept, state, codings)

    def make(
        self,
        element: Any,
        article: Article,
        position: TextPosition,
        quote: TextQuote,
        state: Any,
        codings: list[Any],
    ) -> Annotation:
        ns = self.ns
        tags = []
        notes = [(element.findtext(f"{{{ns}}}Description") or "").strip()]
        for coding in codings:
            ref = coding.find(f"{{{ns}}}CodeRef")
            if ref is not None:
                code_id = uuid_of(ref.get("targetGUID", ""), "code")
                tags.append(self.code_alias.get(code_id, code_id))
            notes += [
                self.notes.get(uuid_of(r.get("targetGUID", ""), "note"), "")
                for r in coding.iterfind(f"{{{ns}}}NoteRef")
            ]
        if element.tag.endswith("PlainTextSelection"):
            notes += [
                self.notes.get(uuid_of(r.get("targetGUID", ""), "note"), "")
                for r in element.iterfind(f"{{{ns}}}NoteRef")
            ]
        note = "\n\n".join(dict.fromkeys(canonicalize(n).strip() for n in notes if n.strip()))
        created = parse_time(element.get("creationDateTime")) or utc_now()
        user = element.get("creatingUser")
        annotator = None
        if user:
            user_id = uuid_of(user, "annotator")
            name = self.users.get(user_id)
            if name is not None or user_id in self.project.annotators:
                annotator = annotator_for(user, name or "", self.project, self.annotators)
        return Annotation(
            id=uuid_of(element.get("guid", ""), "annotation"),
            article=article.id,
            position=position,
            quote=quote,
            tags=tuple(dict.fromkeys(tags)),
            note=note,
            annotator=annotator,
            created=created,
            modified=parse_time(element.get("modifiedDateTime")) or created,
            anchor=state,
        )


def _stated_quote(selection: Any) -> str | None:
    """A selection's ``name`` when it is the whole selected text (canonical, trimmed); None
    when there is none or it was shortened ("…")."""
    name = canonicalize(selection.get("name") or "").strip()
    if not name or name.endswith("…") or name.endswith("..."):
        return None
    return name


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class _Reading:
    """How one source's selections count: CRLF as one or two, the BOM counted or not."""

    def __init__(self, raw: str, crlf_as_two: bool, bom_counted: bool) -> None:
        self.lf_text = raw.replace("\r\n", "\n").replace("\r", "\n")
        self.crlf_as_two = crlf_as_two
        self.bom_counted = bom_counted
        self.crlf_ends = [m.end() for m in _CRLF.finditer(raw)] if crlf_as_two else []

    @classmethod
    def best(cls, raw: str, had_bom: bool, selections: list[Any]) -> _Reading:
        """The reading under which most selections select their ``name``."""
        # The standard counts code points of the file (a CRLF is two); that reading wins ties.
        readings = [cls(raw, True, False)] if "\r\n" in raw else []
        readings.append(cls(raw, False, False))
        if had_bom:
            readings += [cls(raw, r.crlf_as_two, True) for r in list(readings)]
        if len(readings) == 1:
            return readings[0]
        scores = [sum(r.matches(s) for s in selections) for r in readings]
        return readings[scores.index(max(scores))]

    def span(self, selection: Any) -> tuple[int, int] | None:
        """A selection's offsets into the LF-only text, or None when it has none."""
        start, end = _int(selection.get("startPosition")), _int(selection.get("endPosition"))
        if start is None or end is None or not 0 <= start <= end:
            return None
        return self.to_lf(start), self.to_lf(end)

    def canonical_offsets(self, offsets: list[int]) -> dict[int, int]:
        """Offsets into the LF-only text mapped to the canonical (NFC) text, in one pass."""
        if unicodedata.is_normalized("NFC", self.lf_text):
            return {o: o for o in offsets}
        mapped: dict[int, int] = {}
        done = total = 0
        for offset in sorted(set(offsets)):
            total += len(unicodedata.normalize("NFC", self.lf_text[done:offset]))
            done = offset
            mapped[offset] = total
        return mapped

    def to_lf(self, offset: int) -> int:
        """A selection offset as an offset into the LF-only text."""
        if self.bom_counted:
            offset = max(0, offset - 1)
        return offset - bisect.bisect_right(self.crlf_ends, offset)

    def quote(self, start: int, end: int) -> TextQuote:
        """The quote the LF-only text holds at ``[start, end)``, canonical."""
        text = self.lf_text
        return TextQuote(
            exact=canonicalize(text[start:end]),
            prefix=canonicalize(text[max(0, start - _CONTEXT) : start]),
            suffix=canonicalize(text[end : end + _CONTEXT]),
        )

    def matches(self, selection: Any) -> bool:
        """True when the selection's ``name`` is the text this reading selects."""
        name = canonicalize(selection.get("name") or "").strip().rstrip("…").rstrip(".").strip()
        start, end = _int(selection.get("startPosition")), _int(selection.get("endPosition"))
        if not name or start is None or end is None:
            return False
        found = canonicalize(self.lf_text[self.to_lf(start) : self.to_lf(end)]).strip()
        return found == name or (len(name) >= 8 and found.startswith(name))
