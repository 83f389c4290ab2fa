"""Validation on open: every problem of a project file, located, and what could be salvaged.

:func:`load_with_report` is how the app opens a file: it returns the project (everything
that is valid, repaired where that is safe) and a :class:`Report` listing each problem with
its line, column and JSON path and what was done about it. Nothing is dropped silently:
an item that cannot be kept is listed as ``dropped``. ``parallax validate`` prints the
same report.

Kinds of problems: broken JSON (items after the damage are still read when the file has
the layout Parallax writes), schema errors per item (missing field, wrong type), unknown
ids (article, tag, annotator, parent code, link ends), duplicate ids, offsets out of range
and quotes that do not match the text (the annotation is re-anchored or orphaned), and
articles whose SHA-256 does not match their text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import msgspec

from desktop_app.core.project import Project
from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Assignment,
    Code,
    Link,
    ProjectInfo,
    Rejection,
)
from desktop_app.core.text import REPLACEMENT, one_line, sha256_hex
from desktop_app.storage import project_file
from desktop_app.storage.json_text import (
    MAX_JSON_DEPTH,
    Locator,
    is_broken,
    line_column_of,
    nesting_exceeds,
    replace_lone_surrogate_escapes,
    scan_damaged,
)
from desktop_app.storage.migrations import MigrationError, migrate
from desktop_app.storage.project_file import line_column, paused_gc, syntax_error_position
from desktop_app.storage.record_errors import failing_path, without_location
from desktop_app.storage.schema import FORMAT_NAME, SCHEMA_VERSION, ProjectFile
from desktop_app.storage.semantics import Finding, check_semantics
from desktop_app.storage.watch import DiskState

#: What salvage did about a problem.
Outcome = Literal["unreadable", "dropped", "repaired", "orphaned", "kept"]

_SECTIONS: tuple[tuple[str, type], ...] = (
    ("annotators", Annotator),
    ("codebook", Code),
    ("articles", Article),
    ("annotations", Annotation),
    ("links", Link),
    ("rejections", Rejection),
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, where it is, and what salvage did about it."""

    message: str
    outcome: Outcome
    json_path: str | None = None
    line: int | None = None
    column: int | None = None

    def describe(self, path: Path | str) -> str:
        """``FILE:LINE:COLUMN: $.json.path: message [outcome]``, like a compiler."""
        where = str(path)
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        if self.json_path:
            where += f": {self.json_path}"
        return f"{where}: {self.message} [{self.outcome}]"


@dataclass
class Report:
    """Everything validation found in one file."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    #: False when nothing could be read at all (missing, unreadable, not a project).
    readable: bool = True
    #: The schema version the file says it has (None when unknown).
    schema_version: int | None = None
    #: True for a file of a newer schema: open it read-only.
    read_only: bool = False
    #: Facts worth telling that are not problems ("migrated from version 1").
    notes: list[str] = field(default_factory=list)
    #: The file's fingerprint when it was read (for ``watch.changed_on_disk``).
    disk_state: DiskState | None = None
    #: Per kind (``articles``, ``annotations``, ``codes``, ``links``, ``annotators``): how
    #: many records the file still shows, readable or not…
    shown: dict[str, int] = field(default_factory=dict)
    #: …and how many of them the salvaged project keeps.
    kept: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the file is readable and nothing is wrong with it."""
        return self.readable and not self.problems

    @property
    def fully_checked(self) -> bool:
        """False for a file of a newer schema: what this version does not know went unchecked."""
        return not self.read_only

    @property
    def exit_status(self) -> int:
        """0 valid, 1 problems found (something salvaged) or not fully checked, 2 unreadable."""
        if not self.readable:
            return 2
        return 0 if self.ok and self.fully_checked else 1

    def with_outcome(self, outcome: Outcome) -> list[Problem]:
        """The problems salvage resolved in this way (e.g. everything ``dropped``)."""
        return [problem for problem in self.problems if problem.outcome == outcome]

    def summary(self) -> str:
        """One line: valid, or how many problems and what became of them."""
        if not self.readable:
            return f"{self.path}: cannot be read"
        if not self.problems and not self.fully_checked:
            return (
                f"{self.path}: readable, but not fully checked: it was written by a newer "
                f"Parallax (schema version {self.schema_version}); this version checks what "
                f"it knows of schema version {SCHEMA_VERSION} and opens it read-only"
            )
        if not self.problems:
            return f"{self.path}: valid"
        counts: dict[str, int] = {}
        for problem in self.problems:
            counts[problem.outcome] = counts.get(problem.outcome, 0) + 1
        detail = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
        plural = "s" if len(self.problems) != 1 else ""
        return f"{self.path}: {len(self.problems)} problem{plural} ({detail})"

    def losses(self) -> dict[str, tuple[int, int]]:
        """Kinds of records some of which were not kept: kind -> (lost, shown in the file)."""
        lost: dict[str, tuple[int, int]] = {}
        for kind in LOSS_KINDS:
            shown = self.shown.get(kind, 0)
            missing = shown - self.kept.get(kind, 0)
            if missing > 0:
                lost[kind] = (missing, shown)
        return lost

    def format(self) -> str:
        """The whole report as text: one line per problem, notes, then the summary."""
        lines = [problem.describe(self.path) for problem in self.problems]
        lines += [f"{self.path}: note: {note}" for note in self.notes]
        if self.losses():
            lines.append(f"{self.path}: {describe_losses(self)}")
        lines.append(self.summary())
        return "\n".join(lines)


#: The kinds of records a loss report counts, in the order it names them.
LOSS_KINDS: tuple[str, ...] = ("articles", "annotations", "codes", "links")
_SECTION_KIND = {"codebook": "codes"}


def describe_losses(report: Report) -> str:
    """In plain words, what of the file is not in the salvaged project, kind by kind.

    "Not kept: 13 of 13 annotations and 2 of 7 articles. Kept: all 3 codes and the 2
    links." Counts are against what the damaged file still shows of each kind; what it
    no longer shows at all cannot be counted, and the sentence says so.
    """
    if not report.readable:
        return "Nothing could be read from the file."
    lost = report.losses()
    kept_whole = [
        f"{'all ' if report.kept.get(kind, 0) > 1 else ''}{report.kept.get(kind, 0)} "
        f"{_kind(kind, report.kept.get(kind, 0))}"
        for kind in LOSS_KINDS
        if kind not in lost and report.kept.get(kind, 0)
    ]
    if not lost:
        kept = _joined(kept_whole) or "nothing"
        return f"Everything the file shows was kept: {kept}."
    missing = _joined(
        [f"{n:,} of {shown:,} {_kind(kind, shown)}" for kind, (n, shown) in lost.items()]
    )
    sentence = f"Not kept: {missing}."
    if kept_whole:
        sentence += f" Kept: {_joined(kept_whole)}."
    sentence += (
        " Counted against what the damaged file still shows; saving over it loses the rest "
        "for good, so save under a new name to keep the original."
    )
    return sentence


def _kind(kind: str, count: int) -> str:
    return kind if count != 1 else kind[:-1]


def _joined(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def load_with_report(path: Path | str) -> tuple[Project | None, Report]:
    """Open a project file forgivingly: the salvaged project (None if nothing) and a report."""
    path = Path(path)
    try:
        raw = project_file.read_bytes(path)
    except OSError as error:
        report = Report(path, readable=False)
        report.problems.append(Problem(f"cannot read: {error.strerror or error}", "unreadable"))
        return None, report
    except project_file.ProjectFileError as error:
        report = Report(path, readable=False)
        report.problems.append(Problem(error.reason, "unreadable"))
        return None, report
    project, report = salvage(raw, path)
    report.disk_state = DiskState.written(path, raw)
    return project, report


def validate(raw: bytes, path: Path | str) -> Report:
    """The report on file contents ``raw`` read from ``path``."""
    return salvage(raw, Path(path))[1]


def salvage(raw: bytes, path: Path) -> tuple[Project | None, Report]:
    """Decode ``raw`` keeping whatever is valid; see :func:`load_with_report`."""
    return _Salvage(raw, path).run()


class _Salvage:
    def __init__(self, raw: bytes, path: Path) -> None:
        self.report = Report(path)
        self._text: str | None = None
        self._locator: Locator | None = None
        self._pending: list[tuple[str, Outcome, str | None, int | None]] = []
        repair = replace_lone_surrogate_escapes(raw)
        self.raw = repair.raw
        self._surrogates = repair.count
        if repair.first_offset is not None:
            line, column = line_column(raw, repair.first_offset)
            plural = "s" if repair.count != 1 else ""
            self._add_at(
                f"{repair.count} lone surrogate{plural} (text no UTF-8 file can hold, such as "
                "\\ud800) replaced by U+FFFD",
                "repaired",
                None,
                line,
                column,
            )

    # -- the two ways in -------------------------------------------------------------------

    def run(self) -> tuple[Project | None, Report]:
        with paused_gc():
            project = self._typed()
            if project is None and nesting_exceeds(self.raw):
                self._fail(
                    f"arrays or objects nested more than {MAX_JSON_DEPTH} levels deep: not a "
                    "Parallax project (damaged or made to crash readers)"
                )
            elif project is None:
                project = self._item_by_item()
        self._finish()
        return project, self.report

    def _typed(self) -> Project | None:
        """The fast path: the whole file decodes against the model in one go."""
        try:
            data = msgspec.json.decode(self.raw, type=ProjectFile)
        except (msgspec.DecodeError, UnicodeDecodeError, RecursionError, MemoryError):
            return None
        version = data.schema_version
        if version < SCHEMA_VERSION:
            return None  # migrated item by item
        self._note_version(version)
        sections: dict[str, list[tuple[int, Any]]] = {
            "annotators": list(enumerate(data.annotators)),
            "codebook": list(enumerate(data.codebook)),
            "articles": list(enumerate(data.articles)),
            "annotations": list(enumerate(data.annotations)),
            "links": list(enumerate(data.links)),
            "rejections": list(enumerate(data.rejections)),
        }
        for name, records in sections.items():
            self.report.shown[_SECTION_KIND.get(name, name)] = len(records)
        return self._build(data.project, sections, data.assignment)

    def _item_by_item(self) -> Project | None:
        values = self._json_values()
        if values is None:
            return None
        if not any(key in values for key in ("project", *(name for name, _ in _SECTIONS))):
            self._fail("not a Parallax project: none of its sections is there")
            return None
        if values.get("format") != FORMAT_NAME:
            self._add(
                f"format should be {FORMAT_NAME!r}, found {values.get('format')!r}",
                "kept",
                "$.format",
            )
        values = self._upgraded(values)
        info = self._project_info(values.get("project"))
        sections = {name: self._decode_items(values, name, kind) for name, kind in _SECTIONS}
        return self._build(info, sections, self._assignment(values.get("assignment")))

    # -- reading raw values ----------------------------------------------------------------

    def _json_values(self) -> dict[str, Any] | None:
        raw = self.raw
        bad_bytes = _invalid_utf8_offsets(raw)
        if bad_bytes:
            for bad_byte in bad_bytes:
                line, column = line_column(raw, bad_byte)
                self._add_at(
                    "not UTF-8 text; unreadable bytes replaced", "repaired", None, line, column
                )
            raw = self.text.encode("utf-8")
        try:
            values = msgspec.json.decode(raw)
        except (msgspec.DecodeError, UnicodeDecodeError) as error:
            self._add_at(*_broken_json(str(error), raw))
        else:
            return self._object(values)
        salvaged = scan_damaged(self.text)
        self._locator = salvaged.locator
        for damage in salvaged.damage:
            self._add(damage.reason, "dropped", damage.json_path, damage.offset)
        if not salvaged.values:
            self._fail("nothing could be read from the damaged file")
            return None
        return salvaged.values

    def _object(self, values: Any) -> dict[str, Any] | None:
        if isinstance(values, dict):
            return values
        self._fail("not a Parallax project: the file is not a JSON object")
        return None

    def _upgraded(self, values: dict[str, Any]) -> dict[str, Any]:
        version = values.get("schema_version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self._add(
                f"schema_version should be a whole number >= 1, found {version!r}; "
                f"read as version {SCHEMA_VERSION}",
                "kept",
                "$.schema_version",
            )
            version = SCHEMA_VERSION
        self._note_version(version)
        if version >= SCHEMA_VERSION:
            return values
        try:
            return migrate(values, version)
        except (MigrationError, KeyError, TypeError, ValueError, AttributeError) as error:
            self._add(f"cannot migrate from version {version}: {error}", "kept", "$.schema_version")
            return values

    def _note_version(self, version: int) -> None:
        self.report.schema_version = version
        if version > SCHEMA_VERSION:
            self.report.read_only = True
            self.report.notes.append(project_file.newer_version_message(version))
        elif version < SCHEMA_VERSION:
            self.report.notes.append(f"migrated from schema version {version}")

    def _project_info(self, value: Any) -> ProjectInfo | None:
        if value is None:
            self._add("the project's own record is missing; a new one was made", "repaired", "$")
            return None
        try:
            return msgspec.convert(value, ProjectInfo)
        except msgspec.ValidationError as error:
            message, sub = _located(error, value, ProjectInfo)
            self._add(f"{message}; a new project record was made", "repaired", f"$.project{sub}")
            return None

    def _assignment(self, value: Any) -> Assignment | None:
        """The assignment record; a bad optional field is reset, a bad required one drops it."""
        if value is None:
            return None
        optional = {f.encode_name for f in msgspec.structs.fields(Assignment) if not f.required}
        while True:
            try:
                return msgspec.convert(value, Assignment)
            except msgspec.ValidationError as error:
                message, sub = _located(error, value, Assignment)
                field = sub[1:] if sub.startswith(".") else ""
                if field in optional and isinstance(value, dict) and field in value:
                    value = {key: item for key, item in value.items() if key != field}
                    self._add(
                        f"{message}; reset to its default, the rest kept",
                        "repaired",
                        f"$.assignment{sub}",
                    )
                    continue
                self._add(
                    f"{message}; the assignment record was dropped (articles, codes and "
                    "annotations are kept)",
                    "dropped",
                    f"$.assignment{sub}",
                )
                return None

    def _decode_items(self, values: dict[str, Any], name: str, kind: type) -> list[tuple[int, Any]]:
        items = values.get(name, [])
        self.report.shown[_SECTION_KIND.get(name, name)] = (
            len(items) if isinstance(items, list) else 0
        )
        if not isinstance(items, list):
            self._add(f"expected an array, found {type(items).__name__}", "dropped", f"$.{name}")
            return []
        optional = {f.encode_name for f in msgspec.structs.fields(kind) if not f.required}
        decoded: list[tuple[int, Any]] = []
        for index, item in enumerate(items):
            if is_broken(item):
                continue  # already reported by the damage scan
            record = self._decode_item(name, index, item, kind, optional)
            if record is not None:
                decoded.append((index, record))
        return decoded

    def _decode_item(
        self, name: str, index: int, item: Any, kind: type, optional: set[str]
    ) -> Any | None:
        """One record; a bad optional field is reset to its default rather than losing it all.

        An article whose date is a number keeps its text and its annotations; only a
        record whose required fields are wrong is dropped.
        """
        repairs: list[tuple[str, str, str]] = []
        reset: set[str] = set()
        while True:
            try:
                record: Any = msgspec.convert(item, kind)
            except msgspec.ValidationError as error:
                message, sub = _located(error, item, kind)
                field = sub[1:] if sub.startswith(".") else ""
                if field in optional and isinstance(item, dict) and field in item:
                    item = {key: value for key, value in item.items() if key != field}
                    repairs.append((message, sub, "reset to its default, the rest kept"))
                    continue
                default = _REQUIRED_DEFAULTS.get((name, field))
                if default is not None and isinstance(item, dict) and field not in reset:
                    reset.add(field)
                    item = {**item, field: default}
                    repairs.append((message, sub, f"set to “{default}”, the rest kept"))
                    continue
                if _placeable_by_quote(name, sub, item) and "position" not in reset:
                    reset.add("position")
                    item = {**item, "position": {"start": 0, "end": 0}}
                    what = _describe_item(name, item)
                    repairs.append((message, sub, f"{what} placed again by its quote"))
                    continue
                what = _describe_item(name, item)
                self._add(f"{message}; {what} dropped", "dropped", f"$.{name}[{index}]{sub}")
                return None
            for message, sub, done in repairs:
                self._add(f"{message}; {done}", "repaired", f"$.{name}[{index}]{sub}")
            return record

    # -- semantic checks and the project ---------------------------------------------------

    def _build(
        self,
        info: ProjectInfo | None,
        sections: dict[str, list[tuple[int, Any]]],
        assignment: Assignment | None = None,
    ) -> Project:
        if self._surrogates:  # reported above: their articles' hashes are not news
            sections["articles"] = [
                (index, _rehashed(article)) for index, article in sections["articles"]
            ]
        checked, findings = check_semantics(sections, assignment)
        for finding in findings:
            self._add_finding(finding)
        for name, records in checked.items():
            self.report.kept[_SECTION_KIND.get(name, name)] = len(records)
        return Project(
            info=info,
            annotators=checked["annotators"],
            codes=checked["codebook"],
            articles=checked["articles"],
            annotations=checked["annotations"],
            links=checked["links"],
            rejections=checked["rejections"],
            assignment=next(iter(checked["assignment"]), None),
        )

    def _add_finding(self, finding: Finding) -> None:
        self._add(finding.message, finding.outcome, finding.json_path)

    # -- problems and their locations ------------------------------------------------------

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.raw.decode("utf-8", errors="replace")
        return self._text

    def _add(
        self, message: str, outcome: Outcome, json_path: str | None, offset: int | None = None
    ) -> None:
        self._pending.append((message, outcome, json_path, offset))

    def _add_at(
        self,
        message: str,
        outcome: Outcome,
        json_path: str | None,
        line: int | None,
        column: int | None,
    ) -> None:
        self.report.problems.append(Problem(message, outcome, json_path, line, column))

    def _fail(self, message: str) -> None:
        self.report.readable = False
        self._add(message, "unreadable", None)

    def _finish(self) -> None:
        for message, outcome, json_path, offset in self._pending:
            line = column = None
            if offset is not None:
                line, column = line_column_of(self.text, offset)
            elif json_path is not None:
                if self._locator is None:
                    self._locator = Locator(self.text)
                found = self._locator.locate(json_path)
                if found is not None:
                    line, column = found
            self.report.problems.append(Problem(message, outcome, json_path, line, column))
        self._pending.clear()


#: Most stretches of bad UTF-8 located one by one (the rest are replaced all the same).
MAX_LOCATED_BAD_BYTES = 20


def _invalid_utf8_offsets(raw: bytes, limit: int = MAX_LOCATED_BAD_BYTES) -> list[int]:
    """Byte offsets where each stretch of invalid UTF-8 starts (at most ``limit``)."""
    import codecs

    offsets: list[int] = []
    view = memoryview(raw)
    start = 0
    while len(offsets) < limit:
        try:
            codecs.utf_8_decode(view[start:], "strict", True)
        except UnicodeDecodeError as error:  # Python's codec: its ``start`` is API
            if error.start or not offsets:  # bad bytes right after bad bytes: one stretch
                offsets.append(start + error.start)
            start += error.start + 1
        else:
            break
        while start < len(raw) and 0x80 <= raw[start] < 0xC0:  # the rest of that sequence
            start += 1
    return offsets


#: Required fields a record can do without: what they become when null, missing or wrong,
#: so that an article keeps its text and annotations for want of a title.
_REQUIRED_DEFAULTS: dict[tuple[str, str], str] = {
    ("articles", "title"): "Untitled article",
    ("codebook", "name"): "Unnamed code",
    ("annotators", "name"): "Unknown annotator",
}


def _placeable_by_quote(section: str, error_path: str, item: Any) -> bool:
    """True for an annotation whose offsets are bad but whose quote can place it again."""
    if section != "annotations" or not error_path.startswith(".position"):
        return False
    quote = item.get("quote") if isinstance(item, dict) else None
    return isinstance(quote, dict) and isinstance(quote.get("exact"), str) and bool(quote["exact"])


def _rehashed(article: Article) -> Article:
    """``article`` with the hash of its text, if a replaced surrogate changed it."""
    if REPLACEMENT in article.text and sha256_hex(article.text) != article.sha256:
        return msgspec.structs.replace(article, sha256=sha256_hex(article.text))
    return article


def _located(error: msgspec.ValidationError, value: Any, kind: Any) -> tuple[str, str]:
    """msgspec's message for ``error`` and the path (".a.b") of what in ``value`` is wrong.

    The path, which decides what is repaired, is found by checking the value's parts
    (``storage.record_errors``), never read out of the message's wording.
    """
    path = failing_path(value, kind) or ""
    return without_location(str(error), path), path


def _broken_json(message: str, raw: bytes) -> tuple[str, Outcome, None, int | None, int | None]:
    match = re.search(r"\(byte (\d+)\)", message)
    line = column = None
    if match is not None:
        line, column = line_column(raw, int(match.group(1)))
        message = message[: match.start()].strip()
    else:  # the library's wording is no contract: locate it with the standard parser
        line, column = syntax_error_position(raw) or (None, None)
    return f"broken JSON: {message}", "kept", None, line, column


def _describe_item(section: str, item: Any) -> str:
    """A few words a user recognises the item by (an annotation's quote, a code's name)."""
    singular = {"codebook": "code", "annotators": "annotator"}.get(section, section[:-1])
    if isinstance(item, dict):
        quote = item.get("quote")
        if isinstance(quote, dict) and isinstance(quote.get("exact"), str):
            return f"{singular} “{one_line(quote['exact'], 40)}”"
        for key in ("title", "name", "id"):
            if isinstance(item.get(key), str):
                return f"{singular} “{one_line(item[key], 40)}”"
    return f"the {singular}"
