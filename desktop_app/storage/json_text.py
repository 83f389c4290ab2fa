"""Finding things in the text of a JSON file: where a JSON path is, and what survives damage.

:class:`Locator` answers "which line and column holds ``$.annotations[12].quote.exact``"
so validation messages can point into the file. :func:`scan_damaged` reads the items of
a project file that is no longer valid JSON (truncated, a byte flipped) one by one,
relying on the layout ``encode`` writes (top-level keys on lines of their own, indented
by two spaces; sections are arrays of objects), and skips to the next item after a
broken one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

PathPart = str | int

#: Deepest nesting of arrays and objects read from a file (Parallax writes at most 4).
MAX_JSON_DEPTH = 200
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_A_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")

_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_TOP_LEVEL_KEY = re.compile(r'^  "([A-Za-z_]+)": ', re.MULTILINE)
_PATH_PART = re.compile(r"\.([A-Za-z_][A-Za-z_0-9]*)|\[(\d+)\]")


def nesting_exceeds(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when arrays and objects in JSON ``raw`` nest deeper than ``limit`` levels.

    Counted without recursion, so a hostile file cannot exhaust the stack: strings are cut
    out, brackets kept, innermost pairs removed a few times over (cheap, and most of a
    real file goes; each pass lowers the depth by one or two levels, so the walk that
    follows allows that much less), and the rest walked with a counter that stops early.
    """
    brackets = _JSON_STRING.sub(b"", raw).translate(None, _NOT_A_BRACKET)
    passes = 4
    for _ in range(passes):
        brackets = brackets.replace(b"[]", b"").replace(b"{}", b"")
    limit = max(0, limit - 2 * passes)
    depth = 0
    for byte in brackets:
        if byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(0, depth - 1)
    return False


# A JSON escape pair forming one character, an escaped backslash (so that "\\ud800" is
# left alone), or a lone surrogate escape.
_ESCAPES = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    rb"|\\\\"
    rb"|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
)
_MAYBE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


@dataclass(frozen=True)
class SurrogateRepair:
    """Lone surrogate escapes (``\\ud800``) replaced by ``\\ufffd`` in a JSON text."""

    raw: bytes
    count: int = 0
    #: Byte offset of the first one replaced (None when none was).
    first_offset: int | None = None


def replace_lone_surrogate_escapes(raw: bytes) -> SurrogateRepair:
    """JSON ``raw`` with each lone surrogate escape made ``\\ufffd`` (U+FFFD).

    A JSON string may spell a lone surrogate (``"\\ud800"``), which no UTF-8 file, export
    or save can hold; replacing the escape keeps the offsets of the text it is in. Escaped
    pairs that form one character are kept. Costs one search when there is nothing to do.
    """
    if _MAYBE_SURROGATE.search(raw) is None:
        return SurrogateRepair(raw)
    count = 0
    first: int | None = None

    def fix(match: re.Match[bytes]) -> bytes:
        nonlocal count, first
        found = match.group(0)
        if len(found) != 6:  # a pair, or an escaped backslash
            return found
        count += 1
        if first is None:
            first = match.start()
        return b"\\ufffd"

    repaired = _ESCAPES.sub(fix, raw)
    return SurrogateRepair(repaired, count, first) if count else SurrogateRepair(raw)


def parse_json_path(json_path: str) -> list[PathPart] | None:
    """``$.a[3].b`` -> ``["a", 3, "b"]``; None for a path this module cannot follow."""
    if not json_path.startswith("$"):
        return None
    parts: list[PathPart] = []
    position = 1
    while position < len(json_path):
        match = _PATH_PART.match(json_path, position)
        if match is None:
            return None
        parts.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    return parts


def line_column_of(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


@dataclass
class Locator:
    """Finds the line and column of JSON paths in one file's text (lazily, with caches)."""

    text: str
    #: Offset of an array's ``[`` -> offsets of its items (filled as they are found).
    items: dict[int, list[int]] = field(default_factory=dict)
    #: Offset of an object's ``{`` -> offsets of its members' values.
    members: dict[int, dict[str, int]] = field(default_factory=dict)

    def locate(self, json_path: str) -> tuple[int, int] | None:
        """Line and column where the value at ``json_path`` starts, if it can be found."""
        parts = parse_json_path(json_path)
        offset = self._skip_whitespace(0)
        if parts is None:
            return None
        try:
            for part in parts:
                found = self._child(offset, part)
                if found is None:
                    return None
                offset = found
        except (ValueError, IndexError):
            return None
        return line_column_of(self.text, offset)

    def _skip_whitespace(self, offset: int) -> int:
        match = _WHITESPACE.match(self.text, offset)
        return match.end() if match else offset

    def _child(self, offset: int, part: PathPart) -> int | None:
        opener = self.text[offset : offset + 1]
        if isinstance(part, int):
            if opener != "[":
                return None
            children = self.items.get(offset)
            if children is None:
                children = self.items[offset] = self._scan_array(offset)
            return children[part] if part < len(children) else None
        if opener != "{":
            return None
        members = self.members.get(offset)
        if members is None:
            members = self.members[offset] = self._scan_object(offset)
        return members.get(part)

    def _scan_array(self, offset: int) -> list[int]:
        text, children = self.text, []
        position = self._skip_whitespace(offset + 1)
        while position < len(text) and text[position] != "]":
            children.append(position)
            _, end = _DECODER.raw_decode(text, position)
            position = self._skip_whitespace(end)
            if text[position : position + 1] == ",":
                position = self._skip_whitespace(position + 1)
        return children

    def _scan_object(self, offset: int) -> dict[str, int]:
        text = self.text
        members: dict[str, int] = {}
        position = self._skip_whitespace(offset + 1)
        while position < len(text) and text[position] == '"':
            key, end = json.decoder.scanstring(text, position + 1)  # type: ignore[attr-defined]
            position = self._skip_whitespace(end)
            if text[position : position + 1] != ":":
                break
            position = self._skip_whitespace(position + 1)
            members.setdefault(key, position)
            _, end = _DECODER.raw_decode(text, position)
            position = self._skip_whitespace(end)
            if text[position : position + 1] == ",":
                position = self._skip_whitespace(position + 1)
        return members


@dataclass(frozen=True)
class Damage:
    """A stretch of a damaged file that could not be read."""

    json_path: str
    offset: int
    reason: str


@dataclass
class Salvaged:
    """What :func:`scan_damaged` could read: top-level values, and where it failed."""

    values: dict[str, Any] = field(default_factory=dict)
    damage: list[Damage] = field(default_factory=list)
    locator: Locator | None = None


def scan_damaged(text: str) -> Salvaged:
    """Read whatever top-level values and array items of a damaged project file are intact.

    An array item that cannot be parsed is reported in ``damage`` and skipped; reading
    resumes at the next object that is not a member's value (every section holds
    objects, and objects inside an item always follow a ``:``). Values found are recorded in the
    returned locator's caches, so problems found later can still be located.
    """
    salvaged = Salvaged(locator=Locator(text))
    root: dict[str, int] = {}
    keys = list(_TOP_LEVEL_KEY.finditer(text))
    for number, match in enumerate(keys):
        key, start = match.group(1), match.end()
        stop = keys[number + 1].start() if number + 1 < len(keys) else len(text)
        root.setdefault(key, start)
        if text.startswith("[", start):
            salvaged.values[key] = _scan_items(text, key, start, stop, salvaged)
            continue
        try:
            value, _ = _DECODER.raw_decode(text, start)
        except ValueError as error:
            salvaged.damage.append(Damage(f"$.{key}", start, _reason(error)))
            continue
        salvaged.values.setdefault(key, value)
    assert salvaged.locator is not None
    first = _WHITESPACE.match(text, 0)
    salvaged.locator.members[first.end() if first else 0] = root
    return salvaged


def _scan_items(text: str, key: str, start: int, stop: int, salvaged: Salvaged) -> list[Any]:
    assert salvaged.locator is not None
    values: list[Any] = []
    offsets: list[int] = []
    position = _skip(text, start + 1)
    while position < stop:
        if text[position] == "]":  # the end, unless items follow a stray bracket
            resume = _next_item(text, position + 1, stop)
            if resume is None:
                break
            salvaged.damage.append(Damage(f"$.{key}", position, "broken JSON: stray ']'"))
            position = resume
            continue
        if text[position] != "{":  # every section holds objects: skip to the next one
            salvaged.damage.append(Damage(f"$.{key}", position, "broken JSON: expected an item"))
            resume = _next_item(text, position + 1, stop)
            if resume is None:
                break
            position = resume
            continue
        try:
            value, end = _DECODER.raw_decode(text, position)
        except ValueError as error:
            index = len(values)
            salvaged.damage.append(Damage(f"$.{key}[{index}]", position, _reason(error)))
            values.append(_BROKEN)
            offsets.append(position)
            resume = _next_item(text, position + 1, stop)
            if resume is None:
                break
            position = resume
            continue
        values.append(value)
        offsets.append(position)
        position = _skip(text, end)
        if text[position : position + 1] == ",":
            position = _skip(text, position + 1)
        elif text[position : position + 1] != "]":
            reason = "broken JSON: expected ',' or ']' after an item"
            salvaged.damage.append(Damage(f"$.{key}", position, reason))
            resume = _next_item(text, position, stop)
            if resume is None:
                break
            position = resume
    salvaged.locator.items[start] = offsets
    return values


class _Broken:
    """Stands for an array item that could not be parsed (keeps later indexes right)."""

    def __repr__(self) -> str:
        return "<unreadable item>"


#: Placeholder for an unreadable array item in :attr:`Salvaged.values`.
_BROKEN = _Broken()


def is_broken(value: object) -> bool:
    """True for the placeholder of an item :func:`scan_damaged` could not read."""
    return value is _BROKEN


def _next_item(text: str, offset: int, stop: int) -> int | None:
    """Where the next array item (an object not following a ``:``) starts, if anywhere."""
    at = text.find("{", offset, stop)
    while at != -1:
        before = at - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before < 0 or text[before] != ":":
            return at
        at = text.find("{", at + 1, stop)
    return None


def _skip(text: str, offset: int) -> int:
    match = _WHITESPACE.match(text, offset)
    return match.end() if match else offset


def _reason(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"broken JSON: {error.msg.lower()}"
    return f"broken JSON: {error}"
