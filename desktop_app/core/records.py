"""Immutable records of the domain: articles, codes, annotators, annotations, links, assignment.

They are msgspec structs so that storage can decode a project file straight into them
(validating as it parses) and encode them with a stable key order. They are frozen:
an edit replaces a record instead of mutating it, which keeps undo trivial.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Literal

import msgspec

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
# Decoding checks the length only: a regex on every id costs more than half of loading a
# large project. The published JSON Schema keeps the pattern, and validation on open
# (storage.semantics) reports any record id that is not a UUID.
Uuid = Annotated[
    str, msgspec.Meta(min_length=36, max_length=36, extra_json_schema={"pattern": UUID_PATTERN})
]
Colour = Annotated[str, msgspec.Meta(pattern=r"^#[0-9A-Fa-f]{6}$")]
Offset = Annotated[int, msgspec.Meta(ge=0)]

#: How an annotation's anchor was last established (see ``core.anchoring``).
AnchorState = Literal["exact", "moved", "fuzzy", "review", "orphaned"]
#: Whether an article's ``date`` is its publication date or the date of the event it covers.
DateKind = Literal["published", "event"]


def new_id() -> str:
    """A fresh random UUID in canonical lowercase form."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current time in UTC, to the second (timestamps are for people, not ordering)."""
    return datetime.now(UTC).replace(microsecond=0)


class TextPosition(msgspec.Struct, frozen=True):
    """Code-point offsets into the canonical text: 0-based, end-exclusive."""

    start: Offset
    end: Offset

    def state_of(self, start: int, end: int) -> AnchorState:
        """How a placement at ``start``–``end`` stands to this span: "exact" on it, else "moved"."""
        return "exact" if (start, end) == (self.start, self.end) else "moved"


class TextQuote(msgspec.Struct, frozen=True):
    """The quoted passage with up to 32 code points of context on either side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


class Article(msgspec.Struct, frozen=True, kw_only=True):
    """One text under study, frozen at import in canonical form."""

    id: Uuid
    title: str
    text: str
    sha256: str
    outlet: str = ""
    author: str = ""
    date: str = ""
    date_kind: DateKind = "published"
    url: str = ""
    language: str = ""
    source_file: str = ""
    source_format: str = ""
    note: str = ""
    #: When the note was last changed (None: never, or written before notes had a time).
    note_modified: datetime | None = None


class Code(msgspec.Struct, frozen=True, kw_only=True):
    """A tag of the codebook."""

    id: Uuid
    name: str
    color: Colour
    description: str = ""
    shortcut: str = ""
    parent: Uuid | None = None


class Annotator(msgspec.Struct, frozen=True, kw_only=True):
    """A person who annotates."""

    id: Uuid
    name: str


class Annotation(msgspec.Struct, frozen=True, kw_only=True):
    """A highlighted passage of one article, with its tags and note."""

    id: Uuid
    article: Uuid
    position: TextPosition
    quote: TextQuote
    tags: tuple[Uuid, ...] = ()
    note: str = ""
    annotator: Uuid | None = None
    created: datetime
    modified: datetime
    anchor: AnchorState = "exact"

    @property
    def start(self) -> int:
        """Start offset (code points)."""
        return self.position.start

    @property
    def end(self) -> int:
        """End offset (code points, exclusive)."""
        return self.position.end


#: The relation of a link from a passage to the absence it records in the other article
#: (its target, an empty annotation carrying the code; see ``core.link_edits``).
ABSENT = "absent"


class Link(msgspec.Struct, frozen=True, kw_only=True):
    """A typed link between two annotations, usually in different articles."""

    id: Uuid
    source: Uuid
    target: Uuid
    relation: str = "related"
    note: str = ""
    #: Who made the link (None: unknown, e.g. a file of schema version 1).
    annotator: Uuid | None = None
    created: datetime


class Rejection(msgspec.Struct, frozen=True, kw_only=True):
    """A suggested pair of passages (compare mode) that the reader turned down.

    Kept per pair of articles, so the suggestion is not offered again for them;
    ``a`` is a passage of ``article_a`` and ``b`` one of ``article_b``. The quotes let
    the passages be found again when a text changes (None in files written before them).
    """

    id: Uuid
    article_a: Uuid
    article_b: Uuid
    a: TextPosition
    b: TextPosition
    annotator: Uuid | None = None
    created: datetime
    quote_a: TextQuote | None = None
    quote_b: TextQuote | None = None


class ProjectInfo(msgspec.Struct, frozen=True, kw_only=True):
    """Project-level metadata."""

    id: Uuid
    title: str = ""
    created: datetime
    modified: datetime


class Assignment(msgspec.Struct, frozen=True, kw_only=True):
    """A close-reading exercise a teacher sets: the project file is the assignment.

    In the teacher's own project ``reference_annotator`` names the annotator whose coding
    is the reference; a student copy has ``student_copy`` set and never a reference (the
    copy is made without the reference coding, see ``core.classroom``).
    """

    id: Uuid
    title: str
    instructions: str = ""
    #: Free text shown as written ("Friday 12 December, 9:00").
    deadline: str = ""
    reference_annotator: Uuid | None = None
    student_copy: bool = False
