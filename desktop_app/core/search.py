"""Finding text in articles (any case, optionally whole words), and tagging what was found.

Matching ignores case by Unicode full case folding (``str.casefold``), which can change a
text's length (``ß`` folds to ``ss``, ``İ`` to ``i̇``). :class:`FoldedText` keeps the map
from folded positions back to canonical code points, and a match is reported only where it
covers whole characters: ``text[start:end].casefold() == needle.casefold()`` always holds.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from desktop_app.core.annotation_edits import SpanError, toggle_tag
from desktop_app.core.edits import Compound, Edit
from desktop_app.core.project import Project
from desktop_app.core.records import Code, utc_now
from desktop_app.core.wording import counted

#: No search reports more matches than this per article (the count says when it stopped).
MAX_MATCHES = 10_000
SNIPPET_CONTEXT = 48


class FoldedText:
    """A text's case fold, with the map from folded positions to code points."""

    __slots__ = ("_extra", "_starts", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.casefold()
        #: Code points whose fold is longer than one, and the extra length before each.
        self._starts: list[int] = []
        self._extra: list[int] = []
        if len(self.folded) != len(text):
            # Visit only the characters that grow (a handful of distinct ones at most).
            growing = "".join(sorted(c for c in set(text) if len(c.casefold()) > 1))
            extra = 0
            for match in re.finditer(f"[{re.escape(growing)}]", text):
                index = match.start()
                self._starts.append(index + extra)
                extra += len(match.group().casefold()) - 1
                self._extra.append(extra)

    def to_original(self, folded: int) -> int | None:
        """The code point at folded position ``folded`` (a boundary between characters).

        None when that position falls inside the fold of one character (as between the two
        ``s`` of a folded ``ß``).
        """
        row = bisect_right(self._starts, folded) - 1
        if row < 0:
            return folded
        start = self._starts[row]
        extra_before = self._extra[row - 1] if row else 0
        width = self._extra[row] - extra_before + 1
        if folded < start + width:
            return start - extra_before if folded == start else None
        return folded - self._extra[row]


@lru_cache(maxsize=16)
def folded_text(text: str) -> FoldedText:
    """The (cached) fold of an article text."""
    return FoldedText(text)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


def _at_word_edge(text: str, offset: int) -> bool:
    """True unless ``offset`` lies between two word characters."""
    if offset <= 0 or offset >= len(text):
        return True
    return not (_is_word_char(text[offset - 1]) and _is_word_char(text[offset]))


def find_all(
    text: str, needle: str, *, whole_words: bool = False, limit: int = MAX_MATCHES
) -> list[tuple[int, int]]:
    """Non-overlapping matches of ``needle`` in ``text``, any case, as code-point spans."""
    pattern = unicodedata.normalize("NFC", needle).casefold()
    if not pattern.strip():
        return []
    folded = folded_text(text)
    haystack = folded.folded
    matches: list[tuple[int, int]] = []
    position = haystack.find(pattern)
    while position >= 0 and len(matches) < limit:
        start = folded.to_original(position)
        end = folded.to_original(position + len(pattern))
        if (
            start is not None
            and end is not None
            and (not whole_words or (_at_word_edge(text, start) and _at_word_edge(text, end)))
        ):
            matches.append((start, end))
            position = haystack.find(pattern, position + len(pattern))
        else:
            position = haystack.find(pattern, position + 1)
    return matches


@dataclass(frozen=True, slots=True)
class Hit:
    """One match in one article."""

    article: str
    start: int
    end: int


def search_project(
    project: Project, needle: str, *, whole_words: bool = False, articles: Iterable[str] = ()
) -> list[Hit]:
    """Matches in every article (or in ``articles``), in project order."""
    chosen = set(articles)
    return [
        Hit(article.id, start, end)
        for article in project.articles
        if not chosen or article.id in chosen
        for start, end in find_all(article.text, needle, whole_words=whole_words)
    ]


def snippet(
    text: str, start: int, end: int, context: int = SNIPPET_CONTEXT
) -> tuple[str, str, str]:
    """The match with some context on each side, on one line, cut at word edges."""
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    if start - context > 0:
        cut = next((i for i, c in enumerate(before) if c.isspace()), -1)
        if 0 <= cut < len(before) - 1:
            before = "…" + before[cut + 1 :]
    if end + context < len(text):
        cut = next((i for i in range(len(after) - 1, -1, -1) if after[i].isspace()), -1)
        if cut > 0:
            after = after[:cut] + "…"
    return tuple(part.replace("\n", " ") for part in (before, text[start:end], after))  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class TagAllPlan:
    """The edit that tags search results, and what it will do."""

    edit: Edit | None
    passages: int
    articles: int
    skipped: int


def tag_all(
    project: Project,
    hits: Sequence[Hit],
    code_id: str,
    *,
    annotator: str | None = None,
    now: datetime | None = None,
) -> TagAllPlan:
    """One undoable step tagging every hit with a code; hits already tagged are skipped.

    A hit exactly covered by an annotation adds the tag to it; otherwise a new annotation
    is made, as tagging a selection would.
    """
    now = now or utc_now()
    edits: list[Edit] = []
    articles: set[str] = set()
    skipped = 0
    for hit in dict.fromkeys(hits):
        existing = project.annotation_with_span(hit.article, hit.start, hit.end)
        if existing is not None and code_id in existing.tags:
            skipped += 1
            continue
        try:
            edits.append(
                toggle_tag(
                    project, hit.article, hit.start, hit.end, code_id, annotator=annotator, now=now
                )
            )
        except SpanError:
            skipped += 1
            continue
        articles.add(hit.article)
    if not edits:
        return TagAllPlan(None, 0, 0, skipped)
    name = project.codes[code_id].name
    count = len(edits)
    label = f"Tag {counted(count, 'passage')} “{name}”"
    return TagAllPlan(Compound(label, tuple(edits)), count, len(articles), skipped)


def filter_codes(codes: Iterable[Code], typed: str) -> list[Code]:
    """Codes whose name contains ``typed`` (any case): names starting with it come first."""
    needle = typed.casefold().strip()
    if not needle:
        return list(codes)
    starting: list[Code] = []
    containing: list[Code] = []
    for code in codes:
        name = code.name.casefold()
        if name.startswith(needle):
            starting.append(code)
        elif needle in name:
            containing.append(code)
    return starting + containing
